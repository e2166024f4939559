package identity

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/actorgraph/actorgraph/graph"
)

// Curation is an analyst's corrections to identity, read from a YAML file
// (see docs/curation.md): entities to merge, aliases to split back out,
// display names to set and entities to drop. Applying it is repeatable: it
// is applied to what the sources say at every load, so removing a line
// undoes its effect at the next load.
type Curation struct {
	// Path is the file it was read from.
	Path string
	// Fingerprint identifies the content: a changed file has another one.
	Fingerprint string
	Merges      []Merge
	Splits      []Split
	Renames     []Rename
	Drops       []Drop
}

// Merge makes the entities named From one with the entity named Into,
// which keeps its id.
type Merge struct {
	Line int
	Kind graph.Kind // "" for any kind
	Into string
	From []string
}

// Split takes the alias Name out of the entity named From (any entity
// having it when From is empty): Name becomes an entity of its own again,
// and the relationships the sources stated under that name follow it.
type Split struct {
	Line int
	Kind graph.Kind
	Name string
	From string
}

// Rename sets the display name of the entity named Entity; its id stays.
type Rename struct {
	Line   int
	Kind   graph.Kind
	Entity string
	Name   string
}

// Drop removes the entity named Entity and its relationships.
type Drop struct {
	Line   int
	Kind   graph.Kind
	Entity string
}

// ReadCuration reads the curation file at path. A missing or unreadable
// file is an error wrapping graph.ErrInvalid; see ParseCuration for the rest.
func ReadCuration(path string) (*Curation, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &graph.InputError{File: path, Err: fmt.Errorf("%w: curation file: %v", graph.ErrInvalid, unwrapPathError(err))}
	}
	return ParseCuration(path, data)
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// ParseCuration reads a curation file's content. Errors are
// *graph.InputError values (wrapping graph.ErrInvalid) naming the file, the
// line and the field: bad YAML, an unknown section or key, a missing name,
// an unknown kind.
func ParseCuration(path string, data []byte) (*Curation, error) {
	sum := sha256.Sum256(data)
	c := &Curation{Path: path, Fingerprint: hex.EncodeToString(sum[:12])}
	fail := func(line int, field, format string, args ...any) error {
		return &graph.InputError{File: path, Line: line, Field: field, Err: fmt.Errorf("%w: %s", graph.ErrInvalid, fmt.Sprintf(format, args...))}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line := 0
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlLine.ReplaceAllString(msg, "")
		msg = strings.TrimLeft(msg, ": ")
		if line > 0 && strings.HasPrefix(msg, "did not find expected") {
			// yaml.v3's parser counts these lines from 0 (its scanner from 1).
			line++
		}
		return nil, fail(line, "", "not YAML: %s", msg)
	}
	if len(doc.Content) == 0 {
		return c, nil // an empty file curates nothing
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fail(root.Line, "", "a curation file is a mapping with the sections merge, split, rename and drop")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		section := strings.ToLower(key.Value)
		switch section {
		case "merge", "split", "rename", "drop":
		default:
			return nil, fail(key.Line, section, "unknown section (want merge, split, rename or drop)")
		}
		if val.Kind == yaml.ScalarNode && val.Tag == "!!null" {
			continue // "merge:" with nothing under it
		}
		if val.Kind != yaml.SequenceNode {
			return nil, fail(val.Line, section, "want a list of entries (lines starting with \"- \")")
		}
		for _, item := range val.Content {
			fields, err := itemFields(item, section, fail)
			if err != nil {
				return nil, err
			}
			kind := graph.Kind("")
			if f, ok := fields["kind"]; ok {
				k, err := graph.ParseKind(f.value)
				if err != nil {
					return nil, fail(f.line, section+".kind", "%s", strings.TrimPrefix(err.Error(), graph.ErrInvalid.Error()+": "))
				}
				kind = k
			}
			need := func(name string) (string, error) {
				f, ok := fields[name]
				if !ok || strings.TrimSpace(f.value) == "" {
					return "", fail(item.Line, section+"."+name, "missing %s", name)
				}
				return strings.TrimSpace(f.value), nil
			}
			switch section {
			case "merge":
				if err := allowed(fields, fail, section, "into", "from", "kind"); err != nil {
					return nil, err
				}
				into, err := need("into")
				if err != nil {
					return nil, err
				}
				f, ok := fields["from"]
				if !ok || len(f.list) == 0 {
					return nil, fail(item.Line, "merge.from", "missing from (the names merged into %q)", into)
				}
				c.Merges = append(c.Merges, Merge{Line: item.Line, Kind: kind, Into: into, From: f.list})
			case "split":
				if err := allowed(fields, fail, section, "name", "alias", "from", "kind"); err != nil {
					return nil, err
				}
				if _, ok := fields["name"]; !ok {
					if a, ok := fields["alias"]; ok {
						fields["name"] = a
					}
				}
				name, err := need("name")
				if err != nil {
					return nil, err
				}
				c.Splits = append(c.Splits, Split{Line: item.Line, Kind: kind, Name: name, From: strings.TrimSpace(fields["from"].value)})
			case "rename":
				if err := allowed(fields, fail, section, "entity", "name", "kind"); err != nil {
					return nil, err
				}
				ent, err := need("entity")
				if err != nil {
					return nil, err
				}
				name, err := need("name")
				if err != nil {
					return nil, err
				}
				c.Renames = append(c.Renames, Rename{Line: item.Line, Kind: kind, Entity: ent, Name: name})
			case "drop":
				if err := allowed(fields, fail, section, "entity", "kind"); err != nil {
					return nil, err
				}
				ent, err := need("entity")
				if err != nil {
					return nil, err
				}
				c.Drops = append(c.Drops, Drop{Line: item.Line, Kind: kind, Entity: ent})
			}
		}
	}
	return c, nil
}

// field is one key of an entry: a scalar value or a list of scalars.
type field struct {
	line   int
	value  string
	list   []string
	isList bool // written as a YAML list
}

type failFunc func(line int, field, format string, args ...any) error

// itemFields reads one entry: a mapping of scalar or list values. A bare
// scalar entry is an error naming the section's fields.
func itemFields(item *yaml.Node, section string, fail failFunc) (map[string]field, error) {
	if item.Kind != yaml.MappingNode {
		return nil, fail(item.Line, section, "each entry is a mapping such as %s", example(section))
	}
	out := map[string]field{}
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v := item.Content[i], item.Content[i+1]
		name := strings.ToLower(k.Value)
		if _, dup := out[name]; dup {
			return nil, fail(k.Line, section+"."+name, "given twice")
		}
		f := field{line: v.Line}
		switch v.Kind {
		case yaml.ScalarNode:
			f.value = v.Value
			if s := strings.TrimSpace(v.Value); s != "" {
				f.list = []string{s}
			}
		case yaml.SequenceNode:
			for _, e := range v.Content {
				if e.Kind != yaml.ScalarNode {
					return nil, fail(e.Line, section+"."+name, "want a name")
				}
				if s := strings.TrimSpace(e.Value); s != "" {
					f.list = append(f.list, s)
				}
			}
			f.value = strings.Join(f.list, ", ")
			f.isList = true
		default:
			return nil, fail(v.Line, section+"."+name, "want a name")
		}
		out[name] = f
	}
	return out, nil
}

// allowed rejects a key the section does not know, the first in the file.
func allowed(fields map[string]field, fail failFunc, section string, keys ...string) error {
	bad, line := "", 0
	for name, f := range fields {
		if !contains(keys, name) && (bad == "" || f.line < line || (f.line == line && name < bad)) {
			bad, line = name, f.line
		}
	}
	if bad != "" {
		return fail(line, section+"."+bad, "unknown key (want %s)", strings.Join(keys, ", "))
	}
	// Only merge's from takes a list; checked after the keys, so that a
	// misspelt key is reported as such.
	for _, name := range keys {
		if f, ok := fields[name]; ok && f.isList && (name != "from" || section != "merge") {
			return fail(f.line, section+"."+name, "want one name, not a list")
		}
	}
	return nil
}

func example(section string) string {
	switch section {
	case "merge":
		return `{into: "National Election Commission", from: ["National Election Committee"], kind: Organization}`
	case "split":
		return `{name: Leviathan, from: APT40}`
	case "rename":
		return `{entity: APT40, name: Leviathan}`
	default:
		return `{entity: "Example Org", kind: Organization}`
	}
}

// MergeLine returns a merge entry ready to paste under the merge: section
// of a curation file.
func MergeLine(kind graph.Kind, into string, from ...string) string {
	q := make([]string, len(from))
	for i, f := range from {
		q[i] = strconv.Quote(f)
	}
	return fmt.Sprintf("  - {kind: %s, into: %s, from: [%s]}", kind, strconv.Quote(into), strings.Join(q, ", "))
}
