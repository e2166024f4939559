package graph

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors shared by every package; check them with errors.Is.
var (
	// ErrInvalid marks input that breaks the model: an unknown kind, an edge
	// without evidence, a malformed row.
	ErrInvalid = errors.New("invalid")
	// ErrNotFound marks a name or id that matches nothing in the store.
	ErrNotFound = errors.New("not found")
	// ErrUnavailable marks a store that cannot be reached or refuses the credentials.
	ErrUnavailable = errors.New("store unavailable")
	// ErrUnsupported marks an operation the configured store cannot do.
	ErrUnsupported = errors.New("not supported")
	// ErrReadOnly marks a write attempted where only reads are allowed.
	ErrReadOnly = errors.New("read-only")
)

// NotFoundError says that Query matched nothing, and offers the nearest names.
// It wraps ErrNotFound.
type NotFoundError struct {
	Query   string
	Nearest []string
}

func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("nothing matches %q", e.Query)
	if len(e.Nearest) > 0 {
		msg += "; nearest names: " + strings.Join(e.Nearest, ", ")
	}
	return msg
}

// Unwrap makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Unwrap() error { return ErrNotFound }

// InputError locates bad input: file, line (0 when unknown) and field (may be
// empty). It wraps the cause, usually ErrInvalid.
type InputError struct {
	File  string
	Line  int
	Field string
	Err   error
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %s", e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }
