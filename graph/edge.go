package graph

import (
	"sort"
	"strings"
)

// ReportRef identifies the document a piece of evidence comes from: a news
// article, a vendor post, a STIX bundle, a MISP galaxy file, an analyst sheet.
type ReportRef struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Date      string `json:"date,omitempty"` // YYYY-MM-DD when known
	Publisher string `json:"publisher,omitempty"`
	Path      string `json:"path,omitempty"` // the file it was read from
}

// Evidence is one source stating one relationship: the report, the sentence
// that says it (or, for structured sources, Locator: the object id, cluster
// uuid or sheet line), and how it was found.
type Evidence struct {
	Report     ReportRef `json:"report"`
	Sentence   string    `json:"sentence,omitempty"`
	Locator    string    `json:"locator,omitempty"`
	Rule       string    `json:"rule,omitempty"`
	Confidence float64   `json:"confidence,omitempty"`
}

// Key identifies a piece of evidence: the same report saying the same thing
// twice is one piece of evidence.
func (e Evidence) Key() string {
	return e.Report.ID + "\x00" + e.Sentence + "\x00" + e.Locator
}

// Edge is a relationship between two nodes, with every piece of evidence for
// it. Two reports stating the same relationship make one edge with two pieces
// of evidence.
type Edge struct {
	Type     RelType    `json:"type"`
	Source   string     `json:"source"`
	Target   string     `json:"target"`
	Evidence []Evidence `json:"evidence"`
}

// Key identifies an edge by type and endpoints.
func (e Edge) Key() string {
	return string(e.Type) + "\x00" + e.Source + "\x00" + e.Target
}

// ReportIDs returns the distinct ids of the reports behind the edge, sorted.
func (e Edge) ReportIDs() []string {
	seen := map[string]bool{}
	var out []string
	for _, ev := range e.Evidence {
		if !seen[ev.Report.ID] {
			seen[ev.Report.ID] = true
			out = append(out, ev.Report.ID)
		}
	}
	sort.Strings(out)
	return out
}

// DateRange returns the earliest and latest evidence dates ("" when none).
func (e Edge) DateRange() (first, last string) {
	for _, ev := range e.Evidence {
		d := ev.Report.Date
		if d == "" {
			continue
		}
		if first == "" || d < first {
			first = d
		}
		if last == "" || d > last {
			last = d
		}
	}
	return first, last
}

// MergeEdges combines two records of the same edge: the sorted union of their
// evidence. The result does not depend on the order of the arguments.
func MergeEdges(a, b Edge) Edge {
	out := Edge{Type: a.Type, Source: a.Source, Target: a.Target}
	if out.Type == "" {
		out.Type, out.Source, out.Target = b.Type, b.Source, b.Target
	}
	out.Evidence = MergeEvidence(a.Evidence, b.Evidence)
	return out
}

// MergeEvidence returns the union of two evidence lists, one entry per Key,
// sorted by date, report id, sentence and locator.
func MergeEvidence(a, b []Evidence) []Evidence {
	byKey := map[string]Evidence{}
	for _, ev := range append(append([]Evidence{}, a...), b...) {
		k := ev.Key()
		if old, ok := byKey[k]; ok {
			ev = mergeOneEvidence(old, ev)
		}
		byKey[k] = ev
	}
	out := make([]Evidence, 0, len(byKey))
	for _, ev := range byKey {
		out = append(out, ev)
	}
	SortEvidence(out)
	return out
}

// mergeOneEvidence combines two records with the same key without depending on
// their order: the higher confidence, the smaller rule name, the fuller report.
func mergeOneEvidence(a, b Evidence) Evidence {
	out := a
	if b.Confidence > out.Confidence {
		out.Confidence = b.Confidence
	}
	if out.Rule == "" || (b.Rule != "" && b.Rule < out.Rule) {
		out.Rule = b.Rule
	}
	out.Report = mergeReportRef(a.Report, b.Report)
	return out
}

func mergeReportRef(a, b ReportRef) ReportRef {
	pick := func(x, y string) string {
		if x == "" || (y != "" && y < x) {
			return y
		}
		return x
	}
	return ReportRef{ID: pick(a.ID, b.ID), Title: pick(a.Title, b.Title), URL: pick(a.URL, b.URL),
		Date: pick(a.Date, b.Date), Publisher: pick(a.Publisher, b.Publisher), Path: pick(a.Path, b.Path)}
}

// SortEvidence sorts evidence in place by date, report id, sentence, locator.
func SortEvidence(evs []Evidence) {
	sort.Slice(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if a.Report.Date != b.Report.Date {
			return a.Report.Date < b.Report.Date
		}
		if a.Report.ID != b.Report.ID {
			return a.Report.ID < b.Report.ID
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return strings.Compare(a.Locator, b.Locator) < 0
	})
}
