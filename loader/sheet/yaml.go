package sheet

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/actorgraph/actorgraph/graph"
)

var yamlErrLine = regexp.MustCompile(`line (\d+)`)

// faultLine finds the line of a yaml.v3 parser error. Its message names the
// line, counted from 0, of the block the fault is in ("while parsing a block
// mapping"), which may start well above the fault. The fault is on the first
// line from there at which the file cut after that line fails with the same
// message; the search is bounded, falling back to the block's line.
func faultLine(data []byte, from int, msg string) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	var n yaml.Node
	for k := from; k <= len(lines) && k < from+500; k++ {
		prefix := bytes.Join(lines[:k], nil)
		if err := yaml.Unmarshal(prefix, &n); err != nil && stripLine(err.Error()) == stripLine(msg) {
			return k
		}
	}
	return from
}

// stripLine drops the line number from a yaml.v3 message.
func stripLine(msg string) string { return yamlErrLine.ReplaceAllString(msg, "") }

// parserError reports whether a yaml.v3 message comes from its parser, whose
// line numbers start at 0, rather than from its scanner, whose start at 1.
func parserError(msg string) bool {
	for _, what := range []string{"key", "'-' indicator", "',' or ']'", "',' or '}'", "node content", "<document start>"} {
		if msg == "did not find expected "+what {
			return true
		}
	}
	return false
}

// readYAML reads the rows of a YAML sheet: a list of mappings, or a mapping
// whose relationships key holds that list. Lines come from the YAML nodes.
func readYAML(path string, data []byte) ([]row, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line := 0
		if m := yamlErrLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "yaml: "), "line "+strconv.Itoa(line)+": ")
		if line > 0 && parserError(msg) {
			line = faultLine(data, line+1, err.Error()) // see faultLine
		}
		return nil, &graph.InputError{File: path, Line: line, Err: fmt.Errorf("%w: bad YAML: %s", graph.ErrInvalid, msg)}
	}
	if len(doc.Content) == 0 {
		return nil, nil // an empty file: no rows
	}
	list := doc.Content[0]
	if list.Kind == yaml.MappingNode {
		var found *yaml.Node
		for i := 0; i+1 < len(list.Content); i += 2 {
			if strings.EqualFold(list.Content[i].Value, "relationships") {
				found = list.Content[i+1]
			}
		}
		if found == nil {
			return nil, &graph.InputError{File: path, Line: list.Line,
				Err: fmt.Errorf("%w: want a list of rows or a relationships: key holding one", graph.ErrInvalid)}
		}
		list = found
	}
	if list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
		return nil, nil
	}
	if list.Kind != yaml.SequenceNode {
		return nil, &graph.InputError{File: path, Line: list.Line,
			Err: fmt.Errorf("%w: want a list of rows", graph.ErrInvalid)}
	}
	var rows []row
	for _, item := range list.Content {
		if item.Kind != yaml.MappingNode {
			return nil, &graph.InputError{File: path, Line: item.Line,
				Err: fmt.Errorf("%w: a row must be a mapping of keys (source, type, target, ...)", graph.ErrInvalid)}
		}
		rw := row{line: item.Line, fields: map[string]field{}}
		for i := 0; i+1 < len(item.Content); i += 2 {
			key, val := item.Content[i], item.Content[i+1]
			col := column(key.Value)
			if col == "" {
				continue
			}
			if _, dup := rw.fields[col]; dup {
				return nil, &graph.InputError{File: path, Line: key.Line, Field: col,
					Err: fmt.Errorf("%w: row names %s twice", graph.ErrInvalid, col)}
			}
			text, err := scalarText(val)
			if err != nil {
				return nil, &graph.InputError{File: path, Line: val.Line, Field: col, Err: err}
			}
			rw.fields[col] = field{value: text, line: val.Line}
		}
		rows = append(rows, rw)
	}
	return rows, nil
}

// scalarText returns a value as text: a scalar as written (so dates stay
// as typed), a list of scalars (aliases) joined by ";".
func scalarText(n *yaml.Node) (string, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "", nil
		}
		return n.Value, nil
	case yaml.SequenceNode:
		parts := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return "", fmt.Errorf("%w: want text or a list of text", graph.ErrInvalid)
			}
			parts = append(parts, c.Value)
		}
		return strings.Join(parts, ";"), nil
	case yaml.AliasNode:
		return scalarText(n.Alias)
	}
	return "", fmt.Errorf("%w: want text or a list of text", graph.ErrInvalid)
}
