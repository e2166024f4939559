package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Type is the type of a scored relationship: three of the graph's
// relationship types, and ALIAS for a report's claim that two names name one
// entity ("X, also known as Y").
type Type string

// The scored types.
const (
	Targeted     Type = "TARGETED"
	AttributedTo Type = "ATTRIBUTED_TO"
	Uses         Type = "USES"
	Alias        Type = "ALIAS"
)

// Types returns the scored types in report order.
func Types() []Type { return []Type{Targeted, AttributedTo, Uses, Alias} }

// Valid reports whether t is one of the scored types.
func (t Type) Valid() bool {
	switch t {
	case Targeted, AttributedTo, Uses, Alias:
		return true
	}
	return false
}

// Gold is one relationship a document states, as an analyst reads it: one
// line of a gold file.
type Gold struct {
	// Doc is the document: a file name relative to the corpus folder, or a
	// CAPTIER sentence id.
	Doc  string `json:"doc"`
	Type Type   `json:"type"`
	// Source and Target are the names as the document (or the analyst)
	// writes them. For ALIAS the order does not matter.
	Source string `json:"source"`
	Target string `json:"target"`
	// SourceKind and TargetKind are optional entity kinds (graph.Kind
	// spellings); they decide whether an end is named (see Named).
	SourceKind graph.Kind `json:"source_kind,omitempty"`
	TargetKind graph.Kind `json:"target_kind,omitempty"`
	// SourceAliases and TargetAliases are other names that count as the same
	// entity ("National Election Committee" for "National Election Commission").
	SourceAliases []string `json:"source_aliases,omitempty"`
	TargetAliases []string `json:"target_aliases,omitempty"`
	// Note says where the relationship comes from; it is not scored.
	Note string `json:"note,omitempty"`
}

// Named reports whether both ends are named (see the package function Named).
func (g Gold) Named() bool {
	return Named(g.Source, g.SourceKind) && Named(g.Target, g.TargetKind)
}

// Validate checks one gold record. Errors wrap graph.ErrInvalid.
func (g Gold) Validate() error {
	switch {
	case strings.TrimSpace(g.Doc) == "":
		return fmt.Errorf("%w: gold relationship without doc", graph.ErrInvalid)
	case !g.Type.Valid():
		return fmt.Errorf("%w: gold type %q: want TARGETED, ATTRIBUTED_TO, USES or ALIAS", graph.ErrInvalid, g.Type)
	case Key(g.Source) == "" || Key(g.Target) == "":
		return fmt.Errorf("%w: gold %s relationship needs a source and a target", graph.ErrInvalid, g.Type)
	}
	for _, k := range []graph.Kind{g.SourceKind, g.TargetKind} {
		if k != "" && !k.Valid() {
			return fmt.Errorf("%w: gold kind %q is not an entity kind", graph.ErrInvalid, k)
		}
	}
	return nil
}

// ReadGold reads gold relationships: JSON Lines, one object per line, blank
// lines and lines starting with "#" ignored. Type and kinds are read
// leniently ("targets", "attributed-to", "threat actor"). A bad line is an
// *graph.InputError naming the file (name) and line, wrapping graph.ErrInvalid.
func ReadGold(name string, r io.Reader) ([]Gold, error) {
	var out []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		g, err := parseGold(text)
		if err != nil {
			return nil, &graph.InputError{File: name, Line: line, Err: err}
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold %s: %w", name, err)
	}
	return out, nil
}

func parseGold(text []byte) (Gold, error) {
	var raw struct {
		Gold
		Type       string `json:"type"`
		SourceKind string `json:"source_kind"`
		TargetKind string `json:"target_kind"`
	}
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return Gold{}, fmt.Errorf("%w: %v", graph.ErrInvalid, err)
	}
	g := raw.Gold
	g.Type = parseType(raw.Type)
	var err error
	if g.SourceKind, err = parseKind(raw.SourceKind); err != nil {
		return Gold{}, err
	}
	if g.TargetKind, err = parseKind(raw.TargetKind); err != nil {
		return Gold{}, err
	}
	return g, g.Validate()
}

func parseType(s string) Type {
	if strings.EqualFold(strings.TrimSpace(s), "alias") || strings.EqualFold(strings.TrimSpace(s), "aka") {
		return Alias
	}
	if t, err := graph.ParseRelType(s); err == nil {
		return Type(t)
	}
	return Type(s)
}

func parseKind(s string) (graph.Kind, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	return graph.ParseKind(s)
}

// ReadGoldFile reads a gold file (see ReadGold).
func ReadGoldFile(path string) ([]Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	return ReadGold(path, f)
}

// WriteGold writes gold relationships as JSON Lines, in the order given.
func WriteGold(w io.Writer, gs []Gold) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, g := range gs {
		if err := enc.Encode(g); err != nil {
			return fmt.Errorf("write gold: %w", err)
		}
	}
	return nil
}
