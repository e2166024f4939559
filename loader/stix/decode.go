package stix

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// bundle is the part of a STIX bundle the reader uses.
type bundle struct {
	Type    string
	ID      string
	Objects []object
}

// object holds the properties of a STIX object that decide whether and how
// it is loaded; the others are ignored while decoding the whole bundle. Both
// dialects fit: 2.1 only adds fields.
type object struct {
	Type             string   `json:"type"`
	ID               string   `json:"id"`
	Created          string   `json:"created"`
	Modified         string   `json:"modified"`
	CreatedByRef     string   `json:"created_by_ref"`
	Name             string   `json:"name"`
	Revoked          bool     `json:"revoked"`
	Deprecated       bool     `json:"x_mitre_deprecated"`
	Domains          []string `json:"x_mitre_domains"`
	IdentityClass    string   `json:"identity_class"`
	Country          string   `json:"country"`
	Region           string   `json:"region"`
	RelationshipType string   `json:"relationship_type"`
	SourceRef        string   `json:"source_ref"`
	TargetRef        string   `json:"target_ref"`

	// start and end delimit the object in the file: for error lines, and
	// for decoding its details when it is loaded.
	start, end int64
}

// details are the properties only loaded objects need. Decoding them for
// the objects that are loaded alone (a tenth of ATT&CK) keeps the big
// descriptions and reference lists of techniques and mitigations out of
// memory.
type details struct {
	Description  string        `json:"description"`
	Aliases      []string      `json:"aliases"`
	MitreAliases []string      `json:"x_mitre_aliases"`
	ExternalRefs []externalRef `json:"external_references"`
	Sectors      []string      `json:"sectors"`
	FirstSeen    string        `json:"first_seen"`
	LastSeen     string        `json:"last_seen"`
	Confidence   *float64      `json:"confidence"`
}

type externalRef struct {
	SourceName  string `json:"source_name"`
	ExternalID  string `json:"external_id"`
	URL         string `json:"url"`
	Description string `json:"description"`
}

// decode reads a bundle object by object, remembering where each starts so
// that errors found later can name a line. Bad JSON is an *graph.InputError
// with the line of the fault.
func decode(path string, data []byte) (bundle, error) {
	var b bundle
	dec := json.NewDecoder(bytes.NewReader(data))
	fail := func(err error) (bundle, error) {
		return bundle{}, JSONError(path, data, err, 0, "STIX")
	}
	if err := expectDelim(dec, '{'); err != nil {
		return fail(err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string)
		switch key {
		case "type":
			err = dec.Decode(&b.Type)
		case "id":
			err = dec.Decode(&b.ID)
		case "objects":
			err = decodeObjects(path, data, dec, &b)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			var ie *graph.InputError
			if errors.As(err, &ie) {
				return bundle{}, err
			}
			return fail(err)
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return fail(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return bundle{}, &graph.InputError{File: path, Line: LineAt(data, dec.InputOffset()),
			Err: fmt.Errorf("%w: data after the end of the bundle", graph.ErrInvalid)}
	}
	return b, nil
}

func decodeObjects(path string, data []byte, dec *json.Decoder, b *bundle) error {
	if err := expectDelim(dec, '['); err != nil {
		return err
	}
	for dec.More() {
		start := skipSeparators(data, dec.InputOffset())
		var o object
		if err := dec.Decode(&o); err != nil {
			return JSONError(path, data, err, start, "STIX")
		}
		o.start, o.end = start, dec.InputOffset()
		b.Objects = append(b.Objects, o)
	}
	return expectDelim(dec, ']')
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("expected %q, found %v", string(want), tok)
	}
	return nil
}

// JSONError turns an encoding/json error met while decoding data, the
// content of the file path in the given format ("STIX", "MISP galaxy"), into
// an *graph.InputError wrapping graph.ErrInvalid, with the line of the fault:
// for a syntax error the exact line (found by re-scanning the whole file,
// which only happens on failure), for a wrongly typed value the line of the
// object being decoded, which starts at offset start.
func JSONError(path string, data []byte, err error, start int64, format string) error {
	line := 0
	field := ""
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typeErr):
		line = LineAt(data, start)
		field = typeErr.Field
		err = fmt.Errorf("%s is %s, want %s", typeErr.Field, typeErr.Value, typeErr.Type)
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		line = LineAt(data, int64(len(data)))
		err = errors.New("unexpected end of JSON input")
	default:
		var syn *json.SyntaxError
		if full := json.Unmarshal(data, new(json.RawMessage)); errors.As(full, &syn) {
			// Offset counts the offending byte: the fault is just before it.
			off := min(max(syn.Offset-1, 0), int64(len(data)))
			line = bytes.Count(data[:off], []byte("\n")) + 1
			err = syn
		} else {
			line = LineAt(data, start)
		}
	}
	return &graph.InputError{File: path, Line: line, Field: field,
		Err: fmt.Errorf("%w: bad %s JSON: %w", graph.ErrInvalid, format, err)}
}

// LineAt returns the 1-based line of the first significant byte at or after
// offset (skipping white space and commas, so that an object's start offset,
// taken before its separator, names the object's own line).
func LineAt(data []byte, offset int64) int {
	off := int(skipSeparators(data, offset))
	if off == len(data) && off > 0 {
		off-- // end of input: the last line
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// skipSeparators returns the offset of the first byte at or after offset
// that is neither white space nor a comma.
func skipSeparators(data []byte, offset int64) int64 {
	off := min(max(offset, 0), int64(len(data)))
	for off < int64(len(data)) && (data[off] == ' ' || data[off] == '\t' || data[off] == '\r' || data[off] == '\n' || data[off] == ',') {
		off++
	}
	return off
}
