// Package sheet reads analyst sheets: CSV or YAML files with one
// relationship per row.
//
// A row names its two ends and the relationship between them, and the report
// that says so:
//
//	source, source_kind, type, target, target_kind   required
//	report, url, date, quote, publisher              the evidence
//	source_aliases, target_aliases                   other names, separated by ";" or "|"
//
// Column names (CSV header) and keys (YAML) ignore case, spaces and
// punctuation ("Source Kind" is source_kind); a few other spellings are read
// too (relationship for type, sentence for quote, title for report). Kinds and
// types are parsed leniently by graph.ParseKind and graph.ParseRelType
// ("threat actor", "targets"). Other columns are ignored. Country names are
// read through the gazetteer's country table, so "USA" is the United States.
//
// A sheet loads whole or not at all: the first malformed row is an
// *graph.InputError with the file, the row's real line in the file (quoted
// CSV fields may span lines) and the field.
package sheet

import (
	"bytes"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/stix"
)

// Stats counts the rows loaded by relationship type ("TARGETED"). A sheet has
// no skipped rows: a row is loaded or the whole sheet is refused. Blank and
// comment rows are not counted.
type Stats = stix.Stats

// The columns of a sheet.
const (
	colSource        = "source"
	colSourceKind    = "source_kind"
	colType          = "type"
	colTarget        = "target"
	colTargetKind    = "target_kind"
	colReport        = "report"
	colURL           = "url"
	colDate          = "date"
	colQuote         = "quote"
	colSourceAliases = "source_aliases"
	colTargetAliases = "target_aliases"
	colPublisher     = "publisher"
)

// required are the columns every sheet must have.
var required = []string{colSource, colSourceKind, colType, colTarget, colTargetKind}

// columnNames maps folded header names (letters and digits only, lower case)
// to columns.
var columnNames = map[string]string{
	"source": colSource, "sourcekind": colSourceKind, "sourcetype": colSourceKind,
	"type": colType, "relationship": colType, "relationshiptype": colType, "relation": colType, "rel": colType,
	"target": colTarget, "targetkind": colTargetKind, "targettype": colTargetKind,
	"report": colReport, "title": colReport, "reporttitle": colReport,
	"url": colURL, "link": colURL, "reporturl": colURL,
	"date": colDate, "reportdate": colDate, "published": colDate,
	"quote": colQuote, "sentence": colQuote, "evidence": colQuote, "excerpt": colQuote,
	"sourcealiases": colSourceAliases, "targetaliases": colTargetAliases,
	"publisher": colPublisher,
}

// column returns the column a header name stands for, "" for none.
func column(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return columnNames[b.String()]
}

// field is one cell: its text and the line it starts on.
type field struct {
	value string
	line  int
}

// row is one relationship as read from the file.
type row struct {
	line   int
	fields map[string]field
}

func (r row) get(col string) field {
	f := r.fields[col]
	if f.line == 0 {
		f.line = r.line
	}
	f.value = strings.TrimSpace(f.value)
	return f
}

// sniffLen is how much of a file Detect looks at.
const sniffLen = 4096

var (
	bom        = []byte("\xef\xbb\xbf")
	yamlSource = regexp.MustCompile(`(?mi)^\s*(?:-\s+)?source\s*:`)
	yamlTarget = regexp.MustCompile(`(?mi)^\s*(?:-\s+)?target\s*:`)
	yamlType   = regexp.MustCompile(`(?mi)^\s*(?:-\s+)?(?:type|relationship)\s*:`)
	yamlKind   = regexp.MustCompile(`(?mi)^\s*(?:-\s+)?(?:source|target)[ _-]?(?:kind|type)\s*:`)
	aliasSep   = regexp.MustCompile(`[;|]`)
)

// Detect reports whether data looks like an analyst sheet: a CSV whose header
// (its first line that is not blank or a # comment) has source, type and
// target columns, or YAML whose first few kilobytes have source, target, type
// and source_kind or target_kind keys (a report's front matter may well have
// source and type).
func Detect(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), sniffLen)], bom), " \t\r\n")
	if len(head) == 0 || head[0] == '{' || head[0] == '[' {
		return false
	}
	return isYAML(head) || isCSVHeader(head)
}

func isYAML(head []byte) bool {
	return yamlSource.Match(head) && yamlTarget.Match(head) && yamlType.Match(head) && yamlKind.Match(head)
}

// Read reads a whole sheet into one batch: one edge per row (rows stating the
// same relationship make one edge with several pieces of evidence). The
// batch's report is the sheet itself ("sheet:" + file name); each piece of
// evidence names the report the row cites: "report:" + a hash of its URL
// when the row has one (the id the report loader gives the same article),
// else "sheet:" + file name + ":" + the report title, with the row's title,
// URL, date and publisher, the quote as sentence and "file:line" as locator.
//
// Files ending in .yaml or .yml are YAML, .csv and .tsv CSV; others are told
// apart by content. Any malformed row is a *graph.InputError wrapping
// graph.ErrInvalid, and nothing is returned with it.
func Read(path string, data []byte) (graph.Batch, Stats, error) {
	data = bytes.TrimPrefix(data, bom)
	var rows []row
	var err error
	switch ext := strings.ToLower(filepath.Ext(path)); {
	case ext == ".yaml" || ext == ".yml":
		rows, err = readYAML(path, data)
	case ext == ".csv" || ext == ".tsv":
		rows, err = readCSV(path, data)
	case isYAML(data[:min(len(data), sniffLen)]):
		rows, err = readYAML(path, data)
	default:
		rows, err = readCSV(path, data)
	}
	if err != nil {
		return graph.Batch{}, Stats{}, err
	}
	base := filepath.Base(path)
	batch := graph.Batch{Report: graph.ReportRef{ID: "sheet:" + base, Title: base, Path: path}}
	var st Stats
	for _, r := range rows {
		src, dst, e, err := relationship(path, base, r)
		if err != nil {
			return graph.Batch{}, Stats{}, err
		}
		batch.Nodes = append(batch.Nodes, src, dst)
		batch.Edges = append(batch.Edges, e)
		st.Load(string(e.Type))
	}
	return batch.Normalized(), st, nil
}

// relationship checks one row and turns it into two nodes and an edge.
func relationship(path, base string, r row) (graph.Node, graph.Node, graph.Edge, error) {
	failErr := func(f field, col string, err error) (graph.Node, graph.Node, graph.Edge, error) {
		return graph.Node{}, graph.Node{}, graph.Edge{}, &graph.InputError{File: path, Line: f.line, Field: col, Err: err}
	}
	fail := func(f field, col, format string, args ...any) (graph.Node, graph.Node, graph.Edge, error) {
		return failErr(f, col, fmt.Errorf("%w: %s", graph.ErrInvalid, fmt.Sprintf(format, args...)))
	}
	for _, col := range []string{colSource, colType, colTarget, colSourceKind, colTargetKind} {
		if f := r.get(col); f.value == "" {
			return fail(f, col, "missing %s", col)
		}
	}
	ends := [2]graph.Node{}
	given := [2][]string{} // the aliases the row itself states
	for i, side := range [2][3]string{{colSource, colSourceKind, colSourceAliases}, {colTarget, colTargetKind, colTargetAliases}} {
		kf := r.get(side[1])
		kind, err := graph.ParseKind(kf.value)
		if err != nil {
			return failErr(kf, side[1], err)
		}
		if kind == graph.Report {
			return fail(kf, side[1], "a row relates entities, not reports (cite the report in the report and url columns)")
		}
		given[i] = splitAliases(r.get(side[2]).value)
		ends[i] = entity(kind, r.get(side[0]).value, given[i])
	}
	tf := r.get(colType)
	typ, err := graph.ParseRelType(tf.value)
	if err != nil {
		return failErr(tf, colType, err)
	}
	if ends[0].ID == ends[1].ID {
		return fail(r.get(colTarget), colTarget, "source and target are the same entity %q", ends[0].Name)
	}
	df := r.get(colDate)
	date, ok := parseDate(df.value)
	if !ok {
		return fail(df, colDate, "bad date %q (want YYYY-MM-DD, YYYY-MM or YYYY)", df.value)
	}
	uf := r.get(colURL)
	if uf.value != "" {
		if u, err := url.Parse(uf.value); err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			return fail(uf, colURL, "bad url %q (want http:// or https://)", uf.value)
		}
	}
	title := collapse(r.get(colReport).value)
	ref := graph.ReportRef{Title: title, URL: uf.value, Date: date, Publisher: collapse(r.get(colPublisher).value), Path: path}
	switch {
	case ref.URL != "":
		ref.ID = ReportID(ref.URL)
	case title != "":
		ref.ID = "sheet:" + base + ":" + graph.Key(title)
	default:
		ref.ID = "sheet:" + base
	}
	for i := range ends {
		for _, a := range given[i] {
			if graph.Normalize(a) != graph.Normalize(ends[i].Name) {
				ends[i].AliasClaims = append(ends[i].AliasClaims, graph.AliasClaim{Alias: a, Source: ref.ID})
			}
		}
	}
	e := graph.Edge{Type: typ, Source: ends[0].ID, Target: ends[1].ID, Evidence: []graph.Evidence{{
		Report:     ref,
		Sentence:   collapse(r.get(colQuote).value),
		Locator:    base + ":" + strconv.Itoa(r.line),
		Rule:       "sheet",
		Confidence: 1,
	}}}
	return ends[0], ends[1], e, nil
}

// entity makes the node a row names. Countries take the gazetteer's name
// (keeping the sheet's spelling as an alias), sectors the readable spelling
// of a STIX vocabulary value.
func entity(kind graph.Kind, name string, aliases []string) graph.Node {
	name = collapse(name)
	switch kind {
	case graph.Country:
		if c, ok := stix.LookupCountry(name); ok {
			return graph.MergeNodes(c.Node(), graph.NewNode(graph.Country, c.Name, append(aliases, name)...))
		}
	case graph.Sector:
		name = stix.SectorName(name)
	}
	return graph.NewNode(kind, name, aliases...)
}

func splitAliases(s string) []string {
	var out []string
	for _, a := range aliasSep.Split(s, -1) {
		if a = collapse(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// parseDate accepts YYYY-MM-DD, YYYY-MM, YYYY and RFC 3339 timestamps (cut to
// their day); "" is no date.
func parseDate(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s, true
		}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2006-01-02"), true
	}
	return "", false
}

// ReportID is the id of the report at a URL: graph.ReportIDForURL, the same
// id the report loader gives the article read from that address.
func ReportID(rawURL string) string { return graph.ReportIDForURL(rawURL) }
