package report

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// One report often names one party two ways: "Kadokawa" and "Kadokawa
// Corporation", "Tata Technologies" and "Tata Technologies Ltd"; or an actor
// by two vendors' names the gazetteer already ties together ("UNC4736" and
// the AppleJeus operation). Left apart they would be two victims or two
// attackers in the report's graph. variants finds them once the report is
// read, so that the report speaks of each party once.

// corporateSuffixes end a company's legal name and add nothing to who it
// is: "Kadokawa Corporation" is Kadokawa.
var corporateSuffixes = set(`ltd|limited|inc|incorporated|corp|corporation|co|company|plc|llc|group|holdings|ag|sa|se|
gmbh|nv|bv|spa|oyj|asa|ab|kk|pte|pvt|lp|llp`)

// orgKey is an organization's name without case, punctuation and trailing
// corporate suffixes; "" when nothing would be left. A local government
// is its place: "Wakayama City", "the city of Wakayama" and "Wakayama"
// in one report are one victim.
func orgKey(name string) string {
	w := strings.Fields(graph.Normalize(name))
	for len(w) > 1 && (corporateSuffixes.has(w[len(w)-1]) || localGovHeads.has(w[len(w)-1])) {
		w = w[:len(w)-1]
	}
	if len(w) > 2 && municipalNouns.has(w[0]) && w[1] == "of" {
		w = w[2:]
	}
	return strings.Join(w, " ")
}

// variants returns, for each node that is another node's variant in this
// report, the id of the node it stands for:
//
//   - organizations whose names differ only by corporate suffixes become
//     the one with the longest name;
//   - two actors of which one carries the other's name among its aliases
//     become the one the report names more often (the first named on a tie).
func (x *extraction) variants(byID map[string]graph.Node) map[string]string {
	into := map[string]string{}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	orgs := map[string][]graph.Node{}
	var named, actors []graph.Node
	for _, id := range ids {
		n := byID[id]
		switch n.Kind {
		case graph.Organization:
			named = append(named, n)
			if k := orgKey(n.Name); k != "" {
				orgs[k] = append(orgs[k], n)
			}
		case graph.ThreatActor:
			if x.mergedID(id) == id {
				actors = append(actors, n)
			}
		}
	}
	for _, ns := range orgs {
		if len(ns) < 2 {
			continue
		}
		sort.Slice(ns, func(i, j int) bool {
			if len(ns[i].Name) != len(ns[j].Name) {
				return len(ns[i].Name) > len(ns[j].Name)
			}
			return ns[i].Name < ns[j].Name
		})
		for _, n := range ns[1:] {
			into[n.ID] = ns[0].ID
		}
	}

	// "Trans-Northern" in a headline and "Trans-Northern Pipelines" in the
	// text; "TNPI" after "Trans-Northern Pipelines Inc.": a short form of
	// the one name in the report it can stand for. A name and one word of
	// its trade ("Colonial Pipeline", "Port of Lisbon Administration"),
	// not a subsidiary ("Askul Logist").
	for _, short := range named {
		if _, ok := into[short.ID]; ok || len(orgs[orgKey(short.Name)]) > 1 {
			continue // "Electrica" beside "Electrica Group" is that name already
		}
		acronym := len(short.Name) >= 3 && len(short.Name) <= 6 && strings.ToUpper(short.Name) == short.Name
		var win []graph.Node
		for _, long := range named {
			if long.ID == short.ID {
				continue
			}
			rest := strings.ToLower(strings.TrimPrefix(long.Name, short.Name+" "))
			trade := len(rest) < len(long.Name) && !strings.ContainsRune(rest, ' ') && (orgHeads.has(rest) || orgHeads.has(strings.TrimSuffix(rest, "s"))) &&
				!ownInstitutions.has(rest) // "Asia University Hospital" is the university's hospital
			if trade || acronym && initialsOf(short.Name, long.Name) {
				win = append(win, long)
			}
		}
		if len(win) == 1 {
			into[short.ID] = win[0].ID
		}
	}

	first := map[string]int{}
	for i, s := range x.sents {
		for _, e := range s.ents {
			if _, ok := first[e.node.ID]; !ok && e.kind == graph.ThreatActor && !e.ref {
				first[e.node.ID] = i
			}
		}
	}
	// keep reports whether actor a outranks b: named more often, or as
	// often and first.
	keep := func(a, b graph.Node) bool {
		if x.mentions[a.ID] != x.mentions[b.ID] {
			return x.mentions[a.ID] > x.mentions[b.ID]
		}
		fa, oka := first[a.ID]
		fb, okb := first[b.ID]
		if oka != okb {
			return oka
		}
		if fa != fb {
			return fa < fb
		}
		return a.ID < b.ID
	}
	for i, a := range actors {
		for _, b := range actors[i+1:] {
			if !sameName(a, b) && !sameName(b, a) || x.twoEntries(a, b) {
				continue
			}
			if _, ok := into[a.ID]; ok {
				continue
			}
			if _, ok := into[b.ID]; ok {
				continue
			}
			win, lose := a, b
			if !keep(a, b) {
				win, lose = b, a
			}
			into[lose.ID] = win.ID
		}
	}
	// A winner may lose in turn to a third name: every variant stands for
	// the last one of its chain, so that no order of merging loses names.
	for lose, win := range into {
		for k := 0; k < len(into); k++ {
			next, ok := into[win]
			if !ok {
				break
			}
			win = next
		}
		into[lose] = win
	}
	return into
}

// twoEntries reports whether the report names a and b side by side as two
// groups: "Lazarus and Andariel were responsible", even though one source
// lists Andariel among Lazarus's names.
func (x *extraction) twoEntries(a, b graph.Node) bool {
	for _, s := range x.sents {
		for i, e := range s.ents {
			if e.kind != graph.ThreatActor || e.ref || e.node.ID != a.ID && e.node.ID != b.ID {
				continue
			}
			if s.lower(e.b) != "and" {
				continue
			}
			j := s.entAt(e.b + 1)
			if j < 0 || j == i || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || aliasList(s, e.a, s.ents[j].b) {
				continue
			}
			if o := s.ents[j].node.ID; o != e.node.ID && (o == a.ID || o == b.ID) {
				return true
			}
		}
	}
	return false
}

// aliasList reports whether the names in [a, b) are a list of other
// names for one group: "which other vendors track as Spring Dragon,
// Billbug and Thrip", "overlaps with RedDelta and Mustang Panda", "under
// the Thrip and Billbug names".
func aliasList(s *sent, a, b int) bool {
	if nameNouns.is(s.id(b)) {
		return true
	}
	for k := a - 1; k >= 0; k-- {
		if aliasLeads.is(s.id(k)) {
			return true
		}
	}
	return false
}

// aliasLeads introduce other names of a group; nameNouns follow them.
var (
	aliasLeads = set(`as|call|calls|called|named|known|aka|overlaps|overlap|overlapping|tracks|track|tracked|dubbed|alias|aliases|names|monikers`)
	nameNouns  = set(`names|monikers|labels|aliases|designations`)
)

// ownInstitutions, after a name, make a body of its own: a university's
// hospital, a city's police ("Stanford" and "Stanford University" are one).
var ownInstitutions = set(`hospital|hospitals|police|clinic|clinics|museum|library`)

// hyphenInitials returns the initials of a name whose hyphenated words count
// as two, corporate suffixes included: "Trans-Northern Pipelines Inc" gives
// "TNPI"; "" when a word starts in lower case.
func hyphenInitials(name string) string {
	return initials(strings.ReplaceAll(strings.TrimSuffix(name, "."), "-", " "))
}

// initialsOf reports whether acronym spells the initials of name, perhaps
// with the initial of a corporate suffix the name left out: "TNPI" for
// "Trans-Northern Pipelines" (Inc.).
func initialsOf(acronym, name string) bool {
	in := hyphenInitials(name)
	if len(in) < 2 {
		return false
	}
	return acronym == in || len(acronym) == len(in)+1 && strings.HasPrefix(acronym, in) && strings.ContainsRune("ILCPG", rune(acronym[len(acronym)-1]))
}
