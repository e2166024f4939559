package identity

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// Candidate is an entity dedupe looks at, with its context.
type Candidate struct {
	Node graph.Node
	// Places are the names of the countries it is LOCATED_IN.
	Places []string
	// Weight is how much the graph says about it (pieces of evidence); the
	// heavier of two duplicates is the one to keep.
	Weight int
}

// Duplicate is a pair of entities that are likely one, for an analyst to
// confirm with the merge line in a curation file.
type Duplicate struct {
	Kind   graph.Kind `json:"kind"`
	Into   graph.Node `json:"into"` // the one to keep
	From   graph.Node `json:"from"` // the one to merge into it
	Reason string     `json:"reason"`
	// Context is what supports it beyond the names: "both in Cambodia".
	Context string `json:"context,omitempty"`
	// Line is the curation entry to paste under merge:.
	Line string `json:"line"`
}

// dedupeStop are words that do not tell two names apart.
var dedupeStop = map[string]bool{"the": true, "of": true, "and": true, "for": true, "a": true, "an": true, "in": true, "on": true, "to": true, "at": true, "de": true}

type dedupeInfo struct {
	c       Candidate
	names   []string   // name then aliases
	norms   []string   // graph.Normalize of each
	content [][]string // content words of each
	places  map[string]bool
}

// Duplicates finds likely duplicates among candidates of the same kind:
// names equal but for little words ("Ministry of Interior" / "Ministry of
// the Interior"), an acronym and the name it abbreviates, names that differ
// in one word of the same stem ("National Election Committee" / "National
// Election Commission"), and a name that is another with its country in
// front ("Cambodian Senate" / "Senate" in Cambodia). Entities located in
// different countries are never paired. The result is sorted by kind, then
// by the names.
func Duplicates(cands []Candidate) []Duplicate {
	infos := make([]*dedupeInfo, 0, len(cands))
	for _, c := range cands {
		if c.Node.Kind == graph.Report || c.Node.Kind == graph.Country {
			continue
		}
		in := &dedupeInfo{c: c, places: map[string]bool{}}
		for _, p := range c.Places {
			in.places[graph.Normalize(p)] = true
		}
		for _, n := range c.Node.Names() {
			in.names = append(in.names, n)
			in.norms = append(in.norms, graph.Normalize(n))
			in.content = append(in.content, contentWords(n))
		}
		infos = append(infos, in)
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].c.Node.ID < infos[j].c.Node.ID })
	var out []Duplicate
	for i, a := range infos {
		for _, b := range infos[i+1:] {
			if a.c.Node.Kind != b.c.Node.Kind || !samePlace(a, b) {
				continue
			}
			reason := pairReason(a, b)
			if reason == "" {
				continue
			}
			into, from := a, b
			if heavier(b, a) {
				into, from = b, a
			}
			d := Duplicate{Kind: a.c.Node.Kind, Into: into.c.Node, From: from.c.Node, Reason: reason}
			if shared := sharedPlaces(a, b); len(shared) > 0 {
				d.Context = "both in " + strings.Join(shared, ", ")
			}
			d.Line = MergeLine(d.Kind, d.Into.Name, d.From.Name)
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		if out[i].Into.Name != out[j].Into.Name {
			return out[i].Into.Name < out[j].Into.Name
		}
		return out[i].From.Name < out[j].From.Name
	})
	return out
}

// samePlace is false when both are located and share no country.
func samePlace(a, b *dedupeInfo) bool {
	if len(a.places) == 0 || len(b.places) == 0 {
		return true
	}
	for p := range a.places {
		if b.places[p] {
			return true
		}
	}
	return false
}

func sharedPlaces(a, b *dedupeInfo) []string {
	var out []string
	for _, p := range a.c.Places {
		for _, q := range b.c.Places {
			if graph.Normalize(p) == graph.Normalize(q) && !contains(out, p) {
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}

// heavier says whether a is the one to keep: more evidence, else the
// longer (fuller) name, else the smaller id.
func heavier(a, b *dedupeInfo) bool {
	if a.c.Weight != b.c.Weight {
		return a.c.Weight > b.c.Weight
	}
	if la, lb := len(a.c.Node.Name), len(b.c.Node.Name); la != lb {
		return la > lb
	}
	return a.c.Node.ID < b.c.Node.ID
}

func contentWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(graph.Normalize(s)) {
		if !dedupeStop[w] {
			out = append(out, w)
		}
	}
	return out
}

// pairReason says why a and b look like one entity, "" when they do not.
func pairReason(a, b *dedupeInfo) string {
	for i := range a.names {
		for j := range b.names {
			if r := nameReason(a.names[i], b.names[j], a.norms[i], b.norms[j], a.content[i], b.content[j], a, b); r != "" {
				return r
			}
		}
	}
	return ""
}

func nameReason(na, nb, xa, xb string, ca, cb []string, a, b *dedupeInfo) string {
	if xa == xb {
		return fmt.Sprintf("same name %q", na)
	}
	if len(ca) > 0 && strings.Join(ca, " ") == strings.Join(cb, " ") {
		return fmt.Sprintf("%q and %q differ only in little words", na, nb)
	}
	if acronymOf(na, cb, xb) || acronymOf(nb, ca, xa) {
		short, long := na, nb
		if len(nb) < len(na) {
			short, long = nb, na
		}
		return fmt.Sprintf("%q is the acronym of %q", short, long)
	}
	if len(ca) == len(cb) && len(ca) > 0 {
		diff := -1
		for k := range ca {
			if ca[k] != cb[k] {
				if diff >= 0 {
					diff = -2
					break
				}
				diff = k
			}
		}
		if diff >= 0 && sameStem(ca[diff], cb[diff], len(ca) == 1) {
			return fmt.Sprintf("%q and %q differ only in %q / %q", na, nb, ca[diff], cb[diff])
		}
	}
	if r := countryPrefix(na, ca, cb, b); r != "" {
		return r
	}
	if r := countryPrefix(nb, cb, ca, a); r != "" {
		return r
	}
	return ""
}

// acronymOf reports whether short is an all-capitals acronym of the name
// whose content words are words (or all of whose words are, little words
// included: "MFA" and "MOFA" both stand for the Ministry of Foreign Affairs).
func acronymOf(short string, words []string, norm string) bool {
	s := strings.TrimSpace(short)
	if len(s) < 2 || len(s) > 8 || strings.ContainsRune(s, ' ') {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	if len(words) < 2 {
		return false
	}
	initials := func(ws []string) string {
		var b strings.Builder
		for _, w := range ws {
			b.WriteRune([]rune(w)[0])
		}
		return b.String()
	}
	low := strings.ToLower(s)
	return low == initials(words) || low == initials(strings.Fields(norm))
}

// sameStem says whether two different words share a stem: a common prefix
// of at least 5 letters (6 for one-word names) covering half the shorter.
func sameStem(a, b string, single bool) bool {
	n := 0
	ra, rb := []rune(a), []rune(b)
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	need := 5
	if single {
		need = 6
	}
	short := min(len(ra), len(rb))
	return n >= need && n*2 >= short
}

// countryPrefix: the name na is the name of b (content words cb) with a
// country or its demonym in front, and b is located in that country.
func countryPrefix(na string, ca, cb []string, b *dedupeInfo) string {
	if len(ca) < 2 || len(ca) <= len(cb) {
		return ""
	}
	for k := 1; k <= 3 && k < len(ca); k++ {
		if strings.Join(ca[k:], " ") != strings.Join(cb, " ") {
			continue
		}
		c, ok := gazetteer.LookupCountry(strings.Join(ca[:k], " "))
		if !ok {
			continue
		}
		if len(b.places) == 0 || b.places[graph.Normalize(c.Name)] {
			return fmt.Sprintf("%q is %q with its country (%s) in front", na, b.c.Node.Name, c.Name)
		}
	}
	return ""
}
