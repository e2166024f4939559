package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Mention is one end of a found relationship: the node's name, its aliases
// and its kind.
type Mention struct {
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases,omitempty"`
	Kind    graph.Kind `json:"kind,omitempty"`
}

// Found is one relationship an extractor found in a document.
type Found struct {
	Doc    string  `json:"doc"`
	Type   Type    `json:"type"`
	Source Mention `json:"source"`
	Target Mention `json:"target"`
	// Evidence is a sentence the extractor gave for it, shown in error lists.
	Evidence string `json:"evidence,omitempty"`
}

// Named reports whether both ends are named (see Named).
func (f Found) Named() bool {
	return Named(f.Source.Name, f.Source.Kind) && Named(f.Target.Name, f.Target.Kind)
}

// FromBatch lists what an extractor found in document doc: every TARGETED,
// ATTRIBUTED_TO and USES edge of the batch, and an ALIAS for every alias claim
// the report itself makes (a node's AliasClaim whose Source is the batch's
// report id; aliases the gazetteer or another source supplies are not claims
// of the document). Edges of other types are not scored.
func FromBatch(doc string, b graph.Batch) []Found {
	nodes := make(map[string]graph.Node, len(b.Nodes))
	for _, n := range b.Nodes {
		nodes[n.ID] = n
	}
	mention := func(id string) Mention {
		n, ok := nodes[id]
		if !ok {
			return Mention{Name: id}
		}
		return Mention{Name: n.Name, Aliases: n.Aliases, Kind: n.Kind}
	}
	var out []Found
	for _, e := range b.Edges {
		t := Type(e.Type)
		if !t.Valid() {
			continue
		}
		f := Found{Doc: doc, Type: t, Source: mention(e.Source), Target: mention(e.Target)}
		for _, ev := range e.Evidence {
			if ev.Sentence != "" {
				f.Evidence = ev.Sentence
				break
			}
		}
		out = append(out, f)
	}
	for _, n := range b.Nodes {
		for _, c := range n.AliasClaims {
			if c.Source != b.Report.ID || Key(c.Alias) == Key(n.Name) {
				continue
			}
			out = append(out, Found{Doc: doc, Type: Alias,
				Source: Mention{Name: n.Name, Aliases: n.Aliases, Kind: n.Kind},
				Target: Mention{Name: c.Alias, Kind: n.Kind}})
		}
	}
	return out
}

// Counts are the outcome of matching one set of relationships: Gold =
// TP + FN relationships in the gold, Found = TP + FP found by the extractor.
type Counts struct {
	Gold  int `json:"gold"`
	Found int `json:"found"`
	TP    int `json:"tp"`
	FP    int `json:"fp"`
	FN    int `json:"fn"`
}

// Add sums counts.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Found += o.Found
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// Precision is TP / Found, 0 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / Gold, 0 when the gold is empty.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// The row labels beyond the four types.
const (
	// Overall is the micro-average over the four types.
	Overall = "overall"
	// NamedTargets is the headline figure: TARGETED relationships whose two
	// ends are named (see Named).
	NamedTargets = "named actor -> target"
)

// Labels returns the row labels of a result in report order.
func Labels() []string {
	return []string{string(Targeted), string(AttributedTo), string(Uses), string(Alias), Overall, NamedTargets}
}

// Result is the score of an extraction against the gold: counts per row
// label (see Labels), and every false positive and false negative.
type Result struct {
	Counts map[string]Counts `json:"counts"`
	Errors []Error           `json:"errors,omitempty"`
}

// Row returns the counts under label (zero when absent).
func (r Result) Row(label string) Counts { return r.Counts[label] }

// Add merges another result in.
func (r *Result) Add(o Result) {
	if r.Counts == nil {
		r.Counts = map[string]Counts{}
	}
	for k, c := range o.Counts {
		old := r.Counts[k]
		old.Add(c)
		r.Counts[k] = old
	}
	r.Errors = append(r.Errors, o.Errors...)
}

// Error kinds.
const (
	FalsePositive = "FP"
	FalseNegative = "FN"
)

// Error is a false positive (found, not in the gold) or a false negative (in
// the gold, not found), with a note on what went wrong when the scorer can
// tell: "duplicate" (a second name for a relationship already matched),
// "found as USES" / "gold has TARGETED" (right ends, wrong type), "reversed",
// "wrong target" / "target missed" (the source has other relationships of
// that type), "wrong source" / "source missed", "not in gold" / "not found".
type Error struct {
	Doc      string `json:"doc"`
	Kind     string `json:"kind"`
	Type     Type   `json:"type"`
	Source   string `json:"source"`
	Target   string `json:"target"`
	Named    bool   `json:"named"`
	Note     string `json:"note,omitempty"`
	Evidence string `json:"evidence,omitempty"`
}

// Options tunes matching.
type Options struct {
	// Synonyms returns other names of the entity name names (for a threat
	// actor, its gazetteer aliases; for a country, its other names and
	// demonyms), or nil. kind is the mention's kind, "" when unknown. It is
	// not used for ALIAS relationships, where the names themselves are the
	// claim. Nil means no synonyms.
	Synonyms func(name string, kind graph.Kind) []string
}

// end is one end of a relationship prepared for matching: its display name
// and kind, the words of its name (matched leniently), the words of every
// other name it goes by (matched exactly), and the sector stems of all.
type end struct {
	name    string
	kind    graph.Kind
	key     string
	primary []string
	names   [][]string // primary first, then aliases and synonyms
	sectors [][]string
	tools   [][]string
}

// endsMatch reports whether two ends name the same entity: their names match
// leniently (NamesMatch), or any name of one equals any name of the other
// (aliases and synonyms), or, when either is a malware or tool, their words
// without generic ones are equal ("Hermes ransomware" and "Hermes"), or,
// when one is a sector and the other a sector or of unknown kind, their
// sector stems match (sectorsMatch).
func endsMatch(a, b end) bool {
	// Lenient word matching ("Senate" for "Cambodian Senate") does not cross
	// between a sector and a named entity: the sector "Healthcare" is not
	// the company "Change Healthcare".
	if wordsMatch(a.primary, b.primary) && !sectorVersusNamed(a.kind, b.kind) {
		return true
	}
	if endsEqual(a, b) {
		return true
	}
	if toolKind(a.kind) || toolKind(b.kind) {
		for _, x := range a.tools {
			for _, y := range b.tools {
				if equalWords(x, y) {
					return true
				}
			}
		}
	}
	// Sector words only tie a sector to a sector (or to an end of unknown
	// kind): a found sector "Healthcare" is not the hospital company a gold
	// file names as an Organization.
	sectorish := func(k graph.Kind) bool { return k == graph.Sector || k == "" }
	if (a.kind == graph.Sector || b.kind == graph.Sector) && sectorish(a.kind) && sectorish(b.kind) {
		for _, x := range a.sectors {
			for _, y := range b.sectors {
				if sectorsMatch(x, y) {
					return true
				}
			}
		}
	}
	return false
}

// sectorVersusNamed reports whether one kind is Sector and the other a known
// kind that is not.
func sectorVersusNamed(a, b graph.Kind) bool {
	return a != "" && b != "" && (a == graph.Sector) != (b == graph.Sector)
}

func toolKind(k graph.Kind) bool { return k == graph.Malware || k == graph.Tool }

// endsEqual reports whether some name of a equals some name of b.
func endsEqual(a, b end) bool {
	for _, x := range a.names {
		for _, y := range b.names {
			if equalWords(x, y) {
				return true
			}
		}
	}
	return false
}

type item struct {
	doc      string
	typ      Type
	src, dst end
	named    bool
	evidence string
}

func (it item) pairKey() string {
	a, b := it.src.key, it.dst.key
	if it.typ == Alias && b < a {
		a, b = b, a
	}
	return a + "\x00" + b
}

// group holds the gold and found items of one document and type.
type group struct {
	gold, found []item
}

type matcher struct {
	opt   Options
	cache map[string][]string
}

func (m *matcher) end(name string, aliases []string, kind graph.Kind, synonyms bool) end {
	e := end{name: strings.TrimSpace(name), kind: kind, key: Key(name), primary: Words(name)}
	seen := map[string]bool{}
	add := func(n string) {
		ws := Words(n)
		k := strings.Join(ws, " ")
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		e.names = append(e.names, ws)
		if sw := sectorWords(ws); len(sw) > 0 {
			e.sectors = append(e.sectors, sw)
		}
		if tw := toolWords(ws); len(tw) > 0 {
			e.tools = append(e.tools, tw)
		}
	}
	add(name)
	if kind == graph.ThreatActor {
		add(describedActor(name))
	}
	for _, a := range aliases {
		add(a)
	}
	if synonyms && m.opt.Synonyms != nil {
		for _, n := range append([]string{name}, aliases...) {
			ck := string(kind) + "\x00" + n
			syn, ok := m.cache[ck]
			if !ok {
				syn = m.opt.Synonyms(n, kind)
				m.cache[ck] = syn
			}
			for _, s := range syn {
				add(s)
			}
		}
	}
	return e
}

// matches reports whether found item f states gold item g: both ends match
// (either way round for ALIAS).
func matches(g, f item) bool {
	if endsMatch(g.src, f.src) && endsMatch(g.dst, f.dst) {
		return true
	}
	return g.typ == Alias && endsMatch(g.src, f.dst) && endsMatch(g.dst, f.src)
}

// exact reports whether both ends are equal by some name.
func exact(g, f item) bool {
	if endsEqual(g.src, f.src) && endsEqual(g.dst, f.dst) {
		return true
	}
	return g.typ == Alias && endsEqual(g.src, f.dst) && endsEqual(g.dst, f.src)
}

// Score matches found relationships against the gold and counts. Matching is
// per document and type, one to one: a found relationship matches a gold one
// when both ends match (either way round for ALIAS; see endsMatch: the names
// leniently by NamesMatch, every other name exactly — the gold's listed
// aliases, the node's aliases, Options.Synonyms of either — and sectors,
// malware and tools by their content words), and the pairing maximizes the
// number of matches, preferring exact ones. Repeats on either side (same
// document, type and normalized ends) count once. A found relationship left
// unpaired is a false positive, even when it restates a matched one under
// another name ("duplicate"); a gold relationship left unpaired is a false
// negative. The NamedTargets row counts the TARGETED gold relationships whose
// ends are both named, the found ones paired with them, and the unpaired
// found ones whose ends are both named.
func Score(gold []Gold, found []Found, opt Options) Result {
	m := &matcher{opt: opt, cache: map[string][]string{}}
	groups := map[string]*group{}
	grp := func(doc string, t Type) *group {
		k := doc + "\x00" + string(t)
		if groups[k] == nil {
			groups[k] = &group{}
		}
		return groups[k]
	}
	goldSeen := map[string]int{}
	for _, g := range gold {
		syn := g.Type != Alias
		it := item{doc: g.Doc, typ: g.Type,
			src:   m.end(g.Source, g.SourceAliases, g.SourceKind, syn),
			dst:   m.end(g.Target, g.TargetAliases, g.TargetKind, syn),
			named: g.Type == Targeted && g.Named()}
		gr := grp(g.Doc, g.Type)
		k := g.Doc + "\x00" + string(g.Type) + "\x00" + it.pairKey()
		if i, ok := goldSeen[k]; ok {
			old := &gr.gold[i]
			old.src = mergeEnds(old.src, it.src)
			old.dst = mergeEnds(old.dst, it.dst)
			old.named = old.named || it.named
			continue
		}
		goldSeen[k] = len(gr.gold)
		gr.gold = append(gr.gold, it)
	}
	foundSeen := map[string]int{}
	for _, f := range found {
		if !f.Type.Valid() {
			continue
		}
		syn := f.Type != Alias
		srcAliases := f.Source.Aliases
		it := item{doc: f.Doc, typ: f.Type,
			src:      m.end(f.Source.Name, srcAliases, f.Source.Kind, syn),
			dst:      m.end(f.Target.Name, f.Target.Aliases, f.Target.Kind, syn),
			named:    f.Type == Targeted && f.Named(),
			evidence: f.Evidence}
		gr := grp(f.Doc, f.Type)
		k := f.Doc + "\x00" + string(f.Type) + "\x00" + it.pairKey()
		if i, ok := foundSeen[k]; ok {
			old := &gr.found[i]
			old.src = mergeEnds(old.src, it.src)
			old.dst = mergeEnds(old.dst, it.dst)
			continue
		}
		foundSeen[k] = len(gr.found)
		gr.found = append(gr.found, it)
	}

	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	res := Result{Counts: map[string]Counts{}}
	for _, l := range Labels() {
		res.Counts[l] = Counts{}
	}
	bump := func(label string, f func(*Counts)) {
		c := res.Counts[label]
		f(&c)
		res.Counts[label] = c
	}
	// byDoc collects every item of a document for the error notes.
	byDoc := map[string][]*group{}
	for _, k := range keys {
		doc := k[:strings.IndexByte(k, 0)]
		byDoc[doc] = append(byDoc[doc], groups[k])
	}
	for _, k := range keys {
		gr := groups[k]
		sortItems(gr.gold)
		sortItems(gr.found)
		adj := make([][]int, len(gr.gold))
		for i, g := range gr.gold {
			var ex, loose []int
			for j, f := range gr.found {
				switch {
				case exact(g, f):
					ex = append(ex, j)
				case matches(g, f):
					loose = append(loose, j)
				}
			}
			adj[i] = append(ex, loose...)
		}
		goldTo, foundTo := bipartite(adj, len(gr.found))
		for i, g := range gr.gold {
			label := string(g.typ)
			hit := goldTo[i] >= 0
			bump(label, func(c *Counts) {
				c.Gold++
				if hit {
					c.TP++
					c.Found++
				} else {
					c.FN++
				}
			})
			if g.named {
				bump(NamedTargets, func(c *Counts) {
					c.Gold++
					if hit {
						c.TP++
						c.Found++
					} else {
						c.FN++
					}
				})
			}
			if !hit {
				res.Errors = append(res.Errors, Error{Doc: g.doc, Kind: FalseNegative, Type: g.typ,
					Source: g.src.name, Target: g.dst.name, Named: g.named, Note: fnNote(g, byDoc[g.doc])})
			}
		}
		for j, f := range gr.found {
			if foundTo[j] >= 0 {
				continue
			}
			bump(string(f.typ), func(c *Counts) { c.Found++; c.FP++ })
			if f.named {
				bump(NamedTargets, func(c *Counts) { c.Found++; c.FP++ })
			}
			note := ""
			for i := range gr.gold {
				if matches(gr.gold[i], f) {
					note = fmt.Sprintf("duplicate of %s -> %s", gr.gold[i].src.name, gr.gold[i].dst.name)
					break
				}
			}
			if note == "" {
				note = fpNote(f, byDoc[f.doc])
			}
			res.Errors = append(res.Errors, Error{Doc: f.doc, Kind: FalsePositive, Type: f.typ,
				Source: f.src.name, Target: f.dst.name, Named: f.named, Note: note, Evidence: f.evidence})
		}
	}
	var all Counts
	for _, t := range Types() {
		all.Add(res.Counts[string(t)])
	}
	res.Counts[Overall] = all
	SortErrors(res.Errors)
	return res
}

// fnNote says why a gold relationship was missed, as far as the found
// relationships of the document tell.
func fnNote(g item, doc []*group) string {
	var sameSource, sameTarget bool
	for _, gr := range doc {
		for _, f := range gr.found {
			switch {
			case f.typ != g.typ && crossMatches(g, f):
				return "found as " + string(f.typ)
			case crossReversed(g, f):
				return "found reversed"
			case f.typ == g.typ && endsMatch(g.src, f.src):
				sameSource = true
			case f.typ == g.typ && endsMatch(g.dst, f.dst):
				sameTarget = true
			}
		}
	}
	switch {
	case sameSource:
		return "target missed"
	case sameTarget:
		return "source missed"
	}
	return "not found"
}

// fpNote says what is wrong with a found relationship the gold lacks.
func fpNote(f item, doc []*group) string {
	var sameSource, sameTarget bool
	for _, gr := range doc {
		for _, g := range gr.gold {
			switch {
			case g.typ != f.typ && crossMatches(g, f):
				return "gold has " + string(g.typ)
			case crossReversed(g, f):
				return "reversed"
			case g.typ == f.typ && endsMatch(g.src, f.src):
				sameSource = true
			case g.typ == f.typ && endsMatch(g.dst, f.dst):
				sameTarget = true
			}
		}
	}
	switch {
	case sameSource:
		return "wrong target"
	case sameTarget:
		return "wrong source"
	}
	return "not in gold"
}

func crossMatches(g, f item) bool {
	return endsMatch(g.src, f.src) && endsMatch(g.dst, f.dst)
}

func crossReversed(g, f item) bool {
	return g.typ != Alias && f.typ != Alias && endsMatch(g.src, f.dst) && endsMatch(g.dst, f.src)
}

// mergeEnds adds the other names of b to a (same primary key).
func mergeEnds(a, b end) end {
	seen := map[string]bool{}
	for _, ws := range a.names {
		seen[strings.Join(ws, " ")] = true
	}
	for _, ws := range b.names {
		if k := strings.Join(ws, " "); !seen[k] {
			seen[k] = true
			a.names = append(a.names, ws)
		}
	}
	a.sectors = append(a.sectors, b.sectors...)
	a.tools = append(a.tools, b.tools...)
	if a.kind == "" {
		a.kind = b.kind
	}
	return a
}

func sortItems(items []item) {
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].src.key != items[j].src.key {
			return items[i].src.key < items[j].src.key
		}
		return items[i].dst.key < items[j].dst.key
	})
}

// bipartite returns a maximum matching of left vertices (adj lists right
// vertices in order of preference) with nRight right vertices, found by
// augmenting paths in a fixed order so the result is deterministic.
func bipartite(adj [][]int, nRight int) (leftTo, rightTo []int) {
	leftTo = make([]int, len(adj))
	rightTo = make([]int, nRight)
	for i := range leftTo {
		leftTo[i] = -1
	}
	for j := range rightTo {
		rightTo[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if rightTo[j] < 0 || try(rightTo[j], seen) {
				leftTo[i], rightTo[j] = j, i
				return true
			}
		}
		return false
	}
	for i := range adj {
		try(i, make([]bool, nRight))
	}
	return leftTo, rightTo
}

// SortErrors sorts errors by document, kind (false negatives first), type,
// source and target.
func SortErrors(errs []Error) {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i], errs[j]
		switch {
		case a.Doc != b.Doc:
			return a.Doc < b.Doc
		case a.Kind != b.Kind:
			return a.Kind == FalseNegative
		case a.Type != b.Type:
			return typeRank(a.Type) < typeRank(b.Type)
		case a.Source != b.Source:
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
}

func typeRank(t Type) int {
	for i, x := range Types() {
		if x == t {
			return i
		}
	}
	return len(Types())
}

// actorDescriptors are the lower-case nouns a writer puts after a group's
// name without making them part of it: "the Grandoreiro gang", "PoetRAT
// operators". Capitalized, they belong to the name ("Lazarus Group").
var actorDescriptors = map[string]bool{"gang": true, "group": true, "crew": true,
	"operators": true, "actors": true, "hackers": true}

// describedActor returns an actor's name without a trailing lower-case
// descriptor, or "" when it has none.
func describedActor(name string) string {
	name = strings.TrimSpace(name)
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || !actorDescriptors[name[i+1:]] {
		return ""
	}
	return strings.TrimSpace(name[:i])
}
