package neo4j

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strings"
	"syscall"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// storeError is an error a user reads: one line saying what went wrong and
// what to do. It wraps a sentinel of package graph (and a context error when
// the cause was a deadline or a cancellation), never a driver type.
type storeError struct {
	msg  string
	wrap []error
}

func (e *storeError) Error() string   { return e.msg }
func (e *storeError) Unwrap() []error { return e.wrap }

func newError(msg string, wrap ...error) error {
	return &storeError{msg: msg, wrap: wrap}
}

// asUnavailable makes err wrap graph.ErrUnavailable too: Open fails with
// it whatever the cause.
func asUnavailable(err error) error {
	if errors.Is(err, graph.ErrUnavailable) {
		return err
	}
	var se *storeError
	if errors.As(err, &se) {
		return &storeError{msg: se.msg, wrap: append([]error{graph.ErrUnavailable}, se.wrap...)}
	}
	return newError(err.Error(), graph.ErrUnavailable)
}

// walkErrors calls f on err and on every error it wraps, including the
// driver's wrappers that do not implement Unwrap, until f returns true.
func walkErrors(err error, f func(error) bool) bool {
	for err != nil {
		if f(err) {
			return true
		}
		switch e := err.(type) {
		case *neo4j.ConnectivityError:
			err = e.Inner
			continue
		case *neo4j.TransactionExecutionLimit:
			for i := len(e.Errors) - 1; i >= 0; i-- {
				if walkErrors(e.Errors[i], f) {
					return true
				}
			}
			return false
		case interface{ Unwrap() []error }:
			for _, x := range e.Unwrap() {
				if walkErrors(x, f) {
					return true
				}
			}
			return false
		}
		err = errors.Unwrap(err)
	}
	return false
}

// serverError returns the first Neo4j server error in err's chain.
func serverError(err error) *neo4j.Neo4jError {
	var found *neo4j.Neo4jError
	walkErrors(err, func(e error) bool {
		if x, ok := e.(*neo4j.Neo4jError); ok {
			found = x
			return true
		}
		return false
	})
	return found
}

func chainHas(err error, f func(error) bool) bool { return walkErrors(err, f) }

// firstLine returns the first line of a server message: Cypher errors go on
// with the query and a caret, which a one-line message leaves out.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// connectError explains why the server at cfg.URI cannot be used, in one line
// wrapping graph.ErrUnavailable.
func connectError(cfg Config, err error) error {
	where := fmt.Sprintf("neo4j at %s", redactURI(cfg.URI))
	if ctxErr := contextError(err); ctxErr != nil {
		if errors.Is(ctxErr, context.Canceled) {
			return newError(where+": connection attempt cancelled", graph.ErrUnavailable, ctxErr)
		}
		return newError(where+": no answer in time — is the address right and the server running?", graph.ErrUnavailable, ctxErr)
	}
	if se := serverError(err); se != nil {
		return newError(where+": "+describeServerError(cfg, se), graph.ErrUnavailable)
	}
	var (
		dnsErr  *net.DNSError
		certErr bool
		tlsErr  bool
	)
	walkErrors(err, func(e error) bool {
		switch x := e.(type) {
		case *net.DNSError:
			dnsErr = x
			return true
		case x509.UnknownAuthorityError, x509.HostnameError, x509.CertificateInvalidError, *tls.CertificateVerificationError:
			certErr = true
			return true
		case tls.RecordHeaderError, *tls.RecordHeaderError:
			tlsErr = true
			return true
		}
		return false
	})
	// The routing driver (neo4j://) reports some causes as text only.
	text := driverMessage(err)
	var reason string
	switch {
	case chainHas(err, func(e error) bool { return errors.Is(e, syscall.ECONNREFUSED) }) || strings.Contains(text, "connect: connection refused"):
		reason = "connection refused — is the server running? (scripts/neo4j start or docker compose up -d)"
	case dnsErr != nil:
		reason = fmt.Sprintf("cannot resolve host %q — check neo4j.uri / ACTORGRAPH_NEO4J_URI", dnsErr.Name)
	case strings.Contains(text, "no such host"):
		reason = "cannot resolve the host name — check neo4j.uri / ACTORGRAPH_NEO4J_URI"
	case certErr:
		reason = "the server's TLS certificate is not trusted — use bolt+ssc:// or neo4j+ssc:// for a self-signed certificate"
	case tlsErr:
		reason = "TLS handshake failed — the server does not speak TLS on this port; use bolt:// or neo4j://"
	case chainHas(err, isTimeout):
		reason = "no answer in time — is the address right and the port open?"
	case chainHas(err, func(e error) bool { return errors.Is(e, syscall.ECONNRESET) || errors.Is(e, syscall.EPIPE) }):
		reason = "the connection was closed by the server — is this a Bolt port (usually 7687)?"
	default:
		reason = "cannot connect: " + firstLine(text)
	}
	return newError(where+": "+reason, graph.ErrUnavailable)
}

func isTimeout(e error) bool {
	var t interface{ Timeout() bool }
	return errors.As(e, &t) && t.Timeout()
}

// contextError returns the context error in err's chain, if any.
func contextError(err error) error {
	var found error
	walkErrors(err, func(e error) bool {
		if e == context.Canceled || e == context.DeadlineExceeded {
			found = e
			return true
		}
		return false
	})
	return found
}

// driverMessage strips the driver's type prefixes from an error message.
func driverMessage(err error) string {
	msg := err.Error()
	for _, p := range []string{"ConnectivityError: ", "TransactionExecutionLimit: "} {
		msg = strings.ReplaceAll(msg, p, "")
	}
	return msg
}

// describeServerError turns a server error met while connecting (or later)
// into a sentence saying what to do.
func describeServerError(cfg Config, se *neo4j.Neo4jError) string {
	switch se.Code {
	case "Neo.ClientError.Security.Unauthorized":
		return fmt.Sprintf("authentication failed for user %q — check neo4j.password / ACTORGRAPH_NEO4J_PASSWORD", cfg.User)
	case "Neo.ClientError.Security.AuthenticationRateLimit":
		return fmt.Sprintf("too many failed logins for user %q, the server refuses new attempts for a while — check neo4j.password / ACTORGRAPH_NEO4J_PASSWORD", cfg.User)
	case "Neo.ClientError.Security.CredentialsExpired":
		return fmt.Sprintf("the password of user %q has expired and must be changed first (cypher-shell or Neo4j Browser)", cfg.User)
	case "Neo.ClientError.Database.DatabaseNotFound":
		return fmt.Sprintf("database %q does not exist — check neo4j.database / ACTORGRAPH_NEO4J_DATABASE", cfg.Database)
	case "Neo.ClientError.Security.Forbidden":
		return fmt.Sprintf("user %q is not allowed to do this: %s", cfg.User, firstLine(se.Msg))
	}
	return firstLine(se.Msg) + " (" + se.Code + ")"
}

// wrapError maps an error met while doing op into one line for a user,
// wrapping the matching sentinel of package graph.
func (s *Store) wrapError(op string, err error) error {
	if err == nil {
		return nil
	}
	var se *storeError
	if errors.As(err, &se) {
		return err
	}
	if ctxErr := contextError(err); ctxErr != nil {
		if errors.Is(ctxErr, context.Canceled) {
			return newError(op+": cancelled", ctxErr)
		}
		return newError(op+": took too long (deadline exceeded)", ctxErr)
	}
	if e := serverError(err); e != nil {
		switch {
		case e.Code == "Neo.ClientError.Statement.AccessMode":
			return newError("the query writes to the database; run it with --write to allow writes", graph.ErrReadOnly)
		case strings.HasPrefix(e.Code, "Neo.ClientError.Transaction.TransactionTimedOut"):
			return newError(fmt.Sprintf("%s: stopped by the server after the transaction timeout — raise it with --timeout", op), context.DeadlineExceeded)
		case e.Code == "Neo.ClientError.Transaction.Terminated", e.Code == "Neo.TransientError.Transaction.Terminated":
			return newError(fmt.Sprintf("%s: the transaction was terminated by the server: %s", op, firstLine(e.Msg)), context.Canceled)
		case e.Code == "Neo.ClientError.Statement.SyntaxError":
			return newError("cypher syntax error: "+firstLine(e.Msg), graph.ErrInvalid)
		case e.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
			return newError(fmt.Sprintf("%s: %s", op, firstLine(e.Msg)), graph.ErrInvalid)
		case strings.HasPrefix(e.Code, "Neo.ClientError.Statement."), strings.HasPrefix(e.Code, "Neo.ClientError.Procedure."):
			return newError("cypher: "+firstLine(e.Msg), graph.ErrInvalid)
		case strings.HasPrefix(e.Code, "Neo.ClientError.Security."), e.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return newError(fmt.Sprintf("neo4j at %s: %s", redactURI(s.cfg.URI), describeServerError(s.cfg, e)), graph.ErrUnavailable)
		case strings.HasPrefix(e.Code, "Neo.TransientError."), strings.HasPrefix(e.Code, "Neo.DatabaseError."):
			return newError(fmt.Sprintf("%s: the server could not do it: %s (%s)", op, firstLine(e.Msg), e.Code), graph.ErrUnavailable)
		}
		return newError(fmt.Sprintf("%s: %s (%s)", op, firstLine(e.Msg), e.Code))
	}
	if chainHas(err, func(e error) bool { _, ok := e.(*neo4j.ConnectivityError); return ok }) ||
		chainHas(err, func(e error) bool { var op *net.OpError; return errors.As(e, &op) }) {
		return connectError(s.cfg, err)
	}
	if chainHas(err, func(e error) bool { _, ok := e.(*neo4j.UsageError); return ok }) {
		return newError(fmt.Sprintf("%s: %s", op, firstLine(driverMessage(err))), graph.ErrInvalid)
	}
	return newError(fmt.Sprintf("%s: %s", op, firstLine(driverMessage(err))))
}
