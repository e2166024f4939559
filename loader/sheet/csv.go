package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// delimiter guesses the separator from the header line: the most frequent of
// comma, semicolon and tab (spreadsheets export all three).
func delimiter(header []byte) rune {
	best, n := ',', bytes.Count(header, []byte(","))
	for _, d := range []rune{';', '\t'} {
		if c := bytes.Count(header, []byte(string(d))); c > n {
			best, n = d, c
		}
	}
	return best
}

// headerLine returns the first line that is neither blank nor a # comment.
func headerLine(data []byte) []byte {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '#' {
			return t
		}
	}
	return nil
}

func isCSVHeader(head []byte) bool {
	line := headerLine(head)
	r := csv.NewReader(bytes.NewReader(line))
	r.Comma = delimiter(line)
	r.LazyQuotes = true
	cells, err := r.Read()
	if err != nil {
		return false
	}
	have := map[string]bool{}
	for _, c := range cells {
		have[column(c)] = true
	}
	return have[colSource] && have[colType] && have[colTarget]
}

// readCSV reads the rows of a CSV sheet, each with the real line it starts on
// and the line of each cell.
func readCSV(path string, data []byte) ([]row, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = delimiter(headerLine(data))
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err == io.EOF {
		return nil, &graph.InputError{File: path, Err: fmt.Errorf("%w: empty sheet (want a header with %s)", graph.ErrInvalid, strings.Join(required, ", "))}
	}
	if err != nil {
		return nil, csvError(path, err)
	}
	headerAt, _ := r.FieldPos(0)
	cols := make([]string, len(header))
	seen := map[string]bool{}
	for i, h := range header {
		cols[i] = column(h)
		if cols[i] != "" && seen[cols[i]] {
			return nil, &graph.InputError{File: path, Line: headerAt, Field: cols[i],
				Err: fmt.Errorf("%w: header names column %s twice", graph.ErrInvalid, cols[i])}
		}
		seen[cols[i]] = true
	}
	for _, c := range required {
		if !seen[c] {
			return nil, &graph.InputError{File: path, Line: headerAt, Field: c,
				Err: fmt.Errorf("%w: header has no %s column (want %s)", graph.ErrInvalid, c, strings.Join(required, ", "))}
		}
	}
	var rows []row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, csvError(path, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) > len(header) {
			return nil, &graph.InputError{File: path, Line: line,
				Err: fmt.Errorf("%w: row has %d cells, the header %d (a comma in an unquoted cell?)", graph.ErrInvalid, len(rec), len(header))}
		}
		if blank(rec) {
			continue
		}
		rw := row{line: line, fields: map[string]field{}}
		for i, v := range rec {
			if cols[i] == "" {
				continue
			}
			l, _ := r.FieldPos(i)
			rw.fields[cols[i]] = field{value: v, line: l}
		}
		rows = append(rows, rw)
	}
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

func csvError(path string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &graph.InputError{File: path, Line: pe.Line, Err: fmt.Errorf("%w: bad CSV: %w", graph.ErrInvalid, pe.Err)}
	}
	return &graph.InputError{File: path, Err: fmt.Errorf("%w: bad CSV: %w", graph.ErrInvalid, err)}
}
