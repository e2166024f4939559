// Package gazetteer knows the names of threat actors: a built-in list
// generated from the MISP galaxy and MITRE ATT&CK, lookup by name or alias,
// and a fast scan for actor names in free text. It also holds a table of
// countries with their names and demonyms.
package gazetteer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

//go:generate go run ./internal/gen -data ../../../shared/data -out actors.json

//go:embed actors.json
var builtin []byte

// Entry is one threat actor: its display name, every other name, the
// suspected sponsor country and its identifiers in the sources it came from.
type Entry struct {
	Name        string   `json:"name"`                   // display name (MISP cluster value by default)
	Aliases     []string `json:"aliases,omitempty"`      // every other name, sorted
	Country     string   `json:"country,omitempty"`      // ISO 3166-1 alpha-2 of the suspected sponsor, "" when unknown
	ExternalIDs []string `json:"external_ids,omitempty"` // e.g. "G0065"
	Sources     []string `json:"sources,omitempty"`      // e.g. "misp-galaxy:<uuid>", "mitre-attack:G0065"
	// MITREName is the name ATT&CK gives the group ("Leviathan"), "" when
	// ATT&CK does not know it.
	MITREName string `json:"mitre_name,omitempty"`
	// NameSources says which source gives which names (SourceMISP or
	// "mitre-attack:G0065" -> names, sorted), for entries built from several
	// sources; an entry of one source has every name from it (see SourcesOf).
	NameSources map[string][]string `json:"name_sources,omitempty"`
	// Vendors names the vendor that coined a name (MISP's "origin:<name>"
	// meta keys) or, failing that, uses it (MISP's name-attribution):
	// name -> vendor ("TEMP.Periscope" -> "FireEye").
	Vendors map[string]string `json:"vendors,omitempty"`
}

// SourceMISP is the source of the names the MISP galaxy gives an entry.
const SourceMISP = "misp-galaxy"

// SourcesOf returns the sources that give the entry the name (compared
// like Lookup), sorted: SourceMISP and "mitre-attack:G0065". It is nil for
// a name the entry does not have.
func (e Entry) SourcesOf(name string) []string {
	k := lookupKey(name)
	if k == "" {
		return nil
	}
	has := false
	for _, n := range e.Names() {
		if lookupKey(n) == k {
			has = true
			break
		}
	}
	if !has {
		return nil
	}
	var out []string
	if len(e.NameSources) == 0 {
		for _, s := range e.Sources {
			if strings.HasPrefix(s, SourceMISP+":") {
				s = SourceMISP
			}
			out = append(out, s)
		}
		sort.Strings(out)
		return out
	}
	for src, names := range e.NameSources {
		for _, n := range names {
			if lookupKey(n) == k {
				out = append(out, src)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// VendorOf returns the vendor that coined or uses the name, "" when unknown.
func (e Entry) VendorOf(name string) string {
	if v, ok := e.Vendors[name]; ok {
		return v
	}
	k := lookupKey(name)
	best := ""
	for n, v := range e.Vendors {
		if lookupKey(n) == k && (best == "" || v < best) {
			best = v
		}
	}
	return best
}

// Node returns the ThreatActor node of the entry: id
// graph.NodeID(graph.ThreatActor, e.Name), the aliases, and props "country"
// (ISO code) and "external_id" (ATT&CK ids joined by commas) when known.
func (e Entry) Node() graph.Node {
	n := graph.NewNode(graph.ThreatActor, e.Name, e.Aliases...)
	props := map[string]string{}
	if e.Country != "" {
		props["country"] = e.Country
	}
	if len(e.ExternalIDs) > 0 {
		props["external_id"] = strings.Join(e.ExternalIDs, ",")
	}
	if len(props) > 0 {
		n.Props = props
	}
	return n
}

// Node returns e.Node(), built once when the gazetteer was: a copy the
// caller may change. An entry that is not the gazetteer's own is built now.
func (g *Gazetteer) Node(e Entry) graph.Node {
	n, ok := g.nodes[e.Name]
	if !ok {
		return e.Node()
	}
	n.Aliases = append([]string(nil), n.Aliases...)
	n.AliasClaims = append([]graph.AliasClaim(nil), n.AliasClaims...)
	if n.Props != nil {
		props := make(map[string]string, len(n.Props))
		for k, v := range n.Props {
			props[k] = v
		}
		n.Props = props
	}
	return n
}

// Names returns the entry's name followed by its aliases.
func (e Entry) Names() []string { return append([]string{e.Name}, e.Aliases...) }

// Data is the layout of the built-in data file.
type Data struct {
	Notice  []string `json:"notice"`
	Entries []Entry  `json:"entries"`
}

// Conflict is a name claimed by more than one entry: Lookup refuses it (unless
// it is the display name of exactly one of them) and Scan skips it.
type Conflict struct {
	Alias   string  `json:"alias"`
	Entries []Entry `json:"entries"`
}

// Gazetteer finds threat actors by name. It is immutable once built and safe
// for concurrent use.
type Gazetteer struct {
	entries []Entry
	byName  map[string][]int // lookupKey -> entries whose display name has the key
	byAlias map[string][]int // lookupKey -> entries with an alias (or external id) of the key
	byWeak  map[string][]int // lookupKey -> entries with a name of the key once "Group" is dropped
	scan    *trie
	// nodes holds Entry.Node of every entry, by display name: building a
	// node normalizes and sorts every alias, too slow to repeat for each of
	// many short documents.
	nodes map[string]graph.Node
}

// Default returns the built-in gazetteer generated from the MISP galaxy and
// ATT&CK. It fails only if the embedded data is corrupt.
func Default() (*Gazetteer, error) {
	var d Data
	if err := json.Unmarshal(builtin, &d); err != nil {
		return nil, fmt.Errorf("read built-in gazetteer: %w", err)
	}
	return New(d.Entries), nil
}

// New builds a gazetteer from entries. Entries are copied; their order does
// not matter.
func New(entries []Entry) *Gazetteer {
	g := &Gazetteer{byName: map[string][]int{}, byAlias: map[string][]int{}}
	g.entries = make([]Entry, len(entries))
	copy(g.entries, entries)
	sort.SliceStable(g.entries, func(i, j int) bool { return g.entries[i].Name < g.entries[j].Name })
	add := func(m map[string][]int, name string, i int) {
		k := lookupKey(name)
		if k == "" {
			return
		}
		for _, j := range m[k] {
			if j == i {
				return
			}
		}
		m[k] = append(m[k], i)
	}
	g.byWeak = map[string][]int{}
	for i, e := range g.entries {
		add(g.byName, e.Name, i)
		for _, a := range claimed(e)[1:] {
			add(g.byAlias, a, i)
		}
		for _, a := range shortNames(e) {
			add(g.byWeak, a, i)
		}
	}
	g.scan = g.buildTrie()
	g.nodes = make(map[string]graph.Node, len(g.entries))
	for _, e := range g.entries {
		if _, dup := g.nodes[e.Name]; !dup {
			g.nodes[e.Name] = e.Node()
		}
	}
	return g
}

// Entries returns every entry, sorted by name.
func (g *Gazetteer) Entries() []Entry { return append([]Entry(nil), g.entries...) }

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup finds the entry named name, by display name, alias or external id,
// ignoring case, spaces and punctuation ("APT 40" finds APT40). A name that
// is the display name of exactly one entry resolves to it; otherwise a name
// claimed by more than one entry is ambiguous and Lookup reports false.
func (g *Gazetteer) Lookup(name string) (Entry, bool) {
	i, ok := g.resolve(lookupKey(name))
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

func (g *Gazetteer) resolve(k string) (int, bool) {
	if k == "" {
		return 0, false
	}
	if ids := g.byName[k]; len(ids) == 1 {
		return ids[0], true
	} else if len(ids) > 1 {
		return 0, false
	}
	if ids := g.byAlias[k]; len(ids) == 1 {
		return ids[0], true
	} else if len(ids) > 1 {
		if a := g.absorber(ids); a >= 0 {
			return a, true
		}
		return 0, false
	}
	if ids := g.byWeak[k]; len(ids) == 1 {
		return ids[0], true
	}
	return 0, false
}

// absorber returns the one entry among ids that lists the display name of
// every other as an alias of its own, or -1. "NOBELIUM" is claimed by
// APT29 and by UNC2452, and APT29 lists UNC2452 among its names: the
// sources already say they are one actor, so the name is APT29's.
func (g *Gazetteer) absorber(ids []int) int {
	found := -1
	for _, i := range ids {
		all := true
		for _, j := range ids {
			if j != i && !slices.Contains(g.byAlias[lookupKey(g.entries[j].Name)], i) {
				all = false
				break
			}
		}
		if all {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// Claimants returns every entry that answers to name (its display name,
// an alias or an external id, compared like Lookup), sorted by name: one
// entry for a plain name, several for a conflict, none for an unknown name.
func (g *Gazetteer) Claimants(name string) []Entry {
	k := lookupKey(name)
	if k == "" {
		return nil
	}
	var ids []int
	for _, i := range g.byName[k] {
		ids = append(ids, i)
	}
	for _, i := range g.byAlias[k] {
		if !containsInt(ids, i) {
			ids = append(ids, i)
		}
	}
	sort.Ints(ids)
	out := make([]Entry, len(ids))
	for j, i := range ids {
		out[j] = g.entries[i]
	}
	return out
}

// Conflicts returns the names claimed by more than one entry, sorted, each
// with the entries claiming it.
func (g *Gazetteer) Conflicts() []Conflict {
	claims := map[string][]int{}
	surface := map[string]string{}
	for _, m := range []map[string][]int{g.byName, g.byAlias} {
		for k, ids := range m {
			for _, i := range ids {
				if !containsInt(claims[k], i) {
					claims[k] = append(claims[k], i)
				}
			}
		}
	}
	var out []Conflict
	for k, ids := range claims {
		if len(ids) < 2 {
			continue
		}
		sort.Ints(ids)
		c := Conflict{}
		for _, i := range ids {
			c.Entries = append(c.Entries, g.entries[i])
			for _, n := range claimed(g.entries[i]) {
				if lookupKey(n) == k && (surface[k] == "" || n < surface[k]) {
					surface[k] = n
				}
			}
		}
		c.Alias = surface[k]
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Alias < out[j].Alias })
	return out
}

// claimed returns every name an entry answers to: its name, aliases,
// external ids, and the ATT&CK name when it is spelled differently
// ("Moses Staff" for MISP's "MosesStaff").
func claimed(e Entry) []string {
	out := append(append([]string{e.Name}, e.Aliases...), e.ExternalIDs...)
	if e.MITREName != "" && !slices.Contains(out, e.MITREName) {
		out = append(out, e.MITREName)
	}
	return out
}

// shortNames are the names of an entry without a trailing generic word
// ("Lazarus" for "Lazarus Group"). Lookup accepts them when nothing else
// matches; Scan only for the few in scanShort, since most are ordinary
// words or places ("Beijing Group", "Comment Group").
func shortNames(e Entry) []string {
	var out []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		i := strings.LastIndexByte(strings.TrimSpace(n), ' ')
		if i <= 0 || !genericTail[strings.ToLower(strings.TrimSpace(n[i+1:]))] {
			continue
		}
		if short := strings.TrimSpace(n[:i]); lookupKey(short) != "" {
			out = append(out, short)
		}
	}
	return out
}

var scanShort = map[string]bool{"Lazarus": true, "Winnti": true, "Gamaredon": true, "OceanLotus": true, "Menupass": true, "Donot": true}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// lookupKey folds a name for lookup: graph.Normalize, then only letters and
// digits, so "APT 40", "apt-40" and "APT40" are one key.
func lookupKey(s string) string {
	n := graph.Normalize(s)
	var b strings.Builder
	b.Grow(len(n))
	for _, r := range n {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// LookupKey is the folded form Lookup compares: graph.Normalize without
// spaces or punctuation. Other packages use it to index names the same way.
func LookupKey(s string) string { return lookupKey(s) }
