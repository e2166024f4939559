package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// Row is one line of a score table, with the ratios worked out.
type Row struct {
	Label string `json:"label"`
	Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Rows returns the table rows of counts in report order (see Labels).
func Rows(counts map[string]Counts) []Row {
	var out []Row
	for _, l := range Labels() {
		c := counts[l]
		out = append(out, Row{Label: l, Counts: c, Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()})
	}
	return out
}

// WriteTable writes a score table: one row per label, with counts,
// precision, recall and F1 to three decimals.
func WriteTable(w io.Writer, counts map[string]Counts) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "TYPE\tGOLD\tFOUND\tTP\tFP\tFN\tPRECISION\tRECALL\tF1\t")
	for _, r := range Rows(counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n",
			r.Label, r.Gold, r.Found, r.TP, r.FP, r.FN, r.Precision, r.Recall, r.F1)
	}
	return tw.Flush()
}

// ErrorClass counts errors of one kind, type and note class.
type ErrorClass struct {
	Kind  string `json:"kind"`
	Type  Type   `json:"type"`
	Note  string `json:"note"`
	Count int    `json:"count"`
}

// Classes groups errors by kind, type and the class of their note (the note
// without the names it quotes: "duplicate", "found as USES", "wrong target"),
// most frequent first.
func Classes(errs []Error) []ErrorClass {
	byKey := map[ErrorClass]int{}
	for _, e := range errs {
		note := e.Note
		if i := strings.Index(note, " of "); strings.HasPrefix(note, "duplicate") && i > 0 {
			note = note[:i]
		}
		byKey[ErrorClass{Kind: e.Kind, Type: e.Type, Note: note}]++
	}
	out := make([]ErrorClass, 0, len(byKey))
	for k, n := range byKey {
		k.Count = n
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Count != b.Count:
			return a.Count > b.Count
		case a.Kind != b.Kind:
			return a.Kind < b.Kind
		case a.Type != b.Type:
			return typeRank(a.Type) < typeRank(b.Type)
		}
		return a.Note < b.Note
	})
	return out
}

// WriteText writes the report for a person: per corpus, a line saying what
// was read, the score table, the warnings and the most frequent error
// classes; then the total over the corpora. With verbose, every false
// negative and false positive follows, per document, with the extractor's
// evidence sentence for false positives.
func WriteText(w io.Writer, r Report, verbose bool) error {
	ew := &errWriter{w: w}
	ran := 0
	for _, c := range r.Corpora {
		if c.Skipped != "" {
			ew.printf("corpus %s: skipped (%s)\n\n", c.Name, c.Skipped)
			continue
		}
		ran++
		ew.printf("corpus %s: %d documents, %s, %d gold relationships\n", c.Name, c.Docs, size(c.Bytes), c.Counts[Overall].Gold)
		if ew.err == nil {
			ew.err = WriteTable(w, c.Counts)
		}
		for _, f := range c.Failures {
			ew.printf("  extractor failed on %s: %s\n", f.Doc, f.Error)
		}
		for _, s := range c.Warnings {
			ew.printf("  warning: %s\n", s)
		}
		if cl := Classes(c.Errors); len(cl) > 0 {
			ew.printf("  most frequent errors:")
			for i, x := range cl {
				if i == 8 {
					break
				}
				ew.printf(" %s %s %s (%d);", x.Kind, x.Type, x.Note, x.Count)
			}
			ew.printf("\n")
		}
		ew.printf("\n")
	}
	if ran > 1 {
		ew.printf("all corpora\n")
		if ew.err == nil {
			ew.err = WriteTable(w, r.Total)
		}
		ew.printf("\n")
	}
	if !verbose {
		return ew.err
	}
	for _, c := range r.Corpora {
		if c.Skipped != "" || len(c.Errors) == 0 {
			continue
		}
		ew.printf("errors in %s (FN: in the gold, not found; FP: found, not in the gold)\n", c.Name)
		doc := ""
		for _, e := range c.Errors {
			if e.Doc != doc {
				doc = e.Doc
				ew.printf("  %s\n", doc)
			}
			named := ""
			if e.Named {
				named = " [named]"
			}
			ew.printf("    %s %-13s %s -> %s (%s)%s\n", e.Kind, e.Type, e.Source, e.Target, e.Note, named)
			if e.Evidence != "" {
				ew.printf("        %q\n", shorten(oneLine(e.Evidence), 160))
			}
		}
		ew.printf("\n")
	}
	return ew.err
}

// WriteJSON writes the report as indented JSON: per corpus the counts, the
// table rows with ratios, failures, warnings, error classes and (with
// verbose) every error; and the total.
func WriteJSON(w io.Writer, r Report, verbose bool) error {
	type corpusJSON struct {
		Name     string       `json:"name"`
		Skipped  string       `json:"skipped,omitempty"`
		Docs     int          `json:"docs"`
		Bytes    int          `json:"bytes"`
		Rows     []Row        `json:"rows,omitempty"`
		Failures []Failure    `json:"failures,omitempty"`
		Warnings []string     `json:"warnings,omitempty"`
		Classes  []ErrorClass `json:"error_classes,omitempty"`
		Errors   []Error      `json:"errors,omitempty"`
	}
	out := struct {
		Corpora []corpusJSON `json:"corpora"`
		Total   []Row        `json:"total"`
	}{Corpora: []corpusJSON{}, Total: Rows(r.Total)}
	for _, c := range r.Corpora {
		cj := corpusJSON{Name: c.Name, Skipped: c.Skipped, Docs: c.Docs, Bytes: c.Bytes,
			Failures: c.Failures, Warnings: c.Warnings}
		if c.Skipped == "" {
			cj.Rows = Rows(c.Counts)
			cj.Classes = Classes(c.Errors)
			if verbose {
				cj.Errors = c.Errors
			}
		}
		out.Corpora = append(out.Corpora, cj)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
