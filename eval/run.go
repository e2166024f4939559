// Package eval measures how well report extraction agrees with what an
// analyst reads in the same text: gold relationships (JSON Lines files, or
// the CAPTIER annotated sentences converted at run time), an extractor run
// over the documents, and precision, recall and F1 per relationship type
// under the lenient name matching documented in docs/extraction.md.
package eval

import (
	"context"
	"fmt"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Extractor reads one document into a batch; report.Read with a gazetteer
// is the one the command uses.
type Extractor func(path string, data []byte) (graph.Batch, error)

// Failure is a document the extractor refused; its gold relationships count
// as false negatives.
type Failure struct {
	Doc   string `json:"doc"`
	Error string `json:"error"`
}

// CorpusReport is the score on one corpus.
type CorpusReport struct {
	Name string `json:"name"`
	// Skipped says why the corpus was not run ("" when it was).
	Skipped string `json:"skipped,omitempty"`
	Docs    int    `json:"docs"`
	Bytes   int    `json:"bytes"`
	Result
	Failures []Failure `json:"failures,omitempty"`
	// Warnings name gold documents that are not in the corpus (their
	// relationships are left out) and documents without gold (whatever is
	// found in them counts as false positives).
	Warnings []string `json:"warnings,omitempty"`
}

// Report is the score on every corpus and in total.
type Report struct {
	Corpora []CorpusReport `json:"corpora"`
	// Total sums the counts of the corpora that ran (no error list).
	Total map[string]Counts `json:"total"`
}

// Skip returns the report entry of a corpus that could not be run.
func Skip(name, why string) CorpusReport { return CorpusReport{Name: name, Skipped: why} }

// RunCorpus runs x over every document of c and scores what it found. A
// document the extractor fails on is a Failure, not an error; the error is
// ctx's when it is cancelled.
func RunCorpus(ctx context.Context, c Corpus, x Extractor, opt Options) (CorpusReport, error) {
	rep := CorpusReport{Name: c.Name, Docs: len(c.Docs), Bytes: c.Bytes()}
	ids := map[string]bool{}
	var found []Found
	for _, d := range c.Docs {
		if err := ctx.Err(); err != nil {
			return CorpusReport{}, err
		}
		ids[d.ID] = true
		b, err := x(d.Path, d.Data)
		if err != nil {
			rep.Failures = append(rep.Failures, Failure{Doc: d.ID, Error: err.Error()})
			continue
		}
		found = append(found, FromBatch(d.ID, b)...)
	}
	var gold []Gold
	missing := map[string]bool{}
	withGold := map[string]bool{}
	for _, g := range c.Gold {
		if !ids[g.Doc] {
			missing[g.Doc] = true
			continue
		}
		withGold[g.Doc] = true
		gold = append(gold, g)
	}
	for _, doc := range sortedKeys(missing) {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("gold names document %s, which is not in the corpus: its relationships are left out", doc))
	}
	if !c.Annotated {
		for _, d := range c.Docs {
			if !withGold[d.ID] {
				rep.Warnings = append(rep.Warnings, fmt.Sprintf("document %s has no gold: whatever is found in it counts as false positives", d.ID))
			}
		}
	}
	rep.Result = Score(gold, found, opt)
	return rep, nil
}

// Total sums the counts of the corpora that ran.
func Total(corpora []CorpusReport) map[string]Counts {
	var all Result
	all.Counts = map[string]Counts{}
	for _, l := range Labels() {
		all.Counts[l] = Counts{}
	}
	for _, c := range corpora {
		if c.Skipped == "" {
			all.Add(Result{Counts: c.Counts})
		}
	}
	return all.Counts
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
