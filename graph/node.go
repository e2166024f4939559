package graph

import (
	"sort"
	"strings"
	"unicode"
)

// Node is an entity: a threat actor, a victim organization, a country, a report...
// Its ID is NodeID(Kind, canonical name), so the same entity named in two
// sources is one node.
type Node struct {
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// AliasClaims records which source asserted each alias (a report sentence,
	// ATT&CK, MISP, a curation file). It may be empty for aliases whose source
	// is the entity's own record.
	AliasClaims []AliasClaim `json:"alias_claims,omitempty"`
	// Props holds scalar facts: "country" (ISO code), "external_id" (ATT&CK
	// G0065), "description", and for reports "title", "url", "date", "publisher".
	Props map[string]string `json:"props,omitempty"`
}

// AliasClaim says that Source (a report id, "mitre-attack", "misp-galaxy",
// "curation") asserts that the entity is also called Alias.
type AliasClaim struct {
	Alias  string `json:"alias"`
	Source string `json:"source"`
}

// NewNode returns a node of kind k named name, with its id.
func NewNode(k Kind, name string, aliases ...string) Node {
	n := Node{ID: NodeID(k, name), Kind: k, Name: strings.TrimSpace(name)}
	n.Aliases = cleanAliases(n.Name, aliases)
	return n
}

// Names returns the node's name followed by its aliases.
func (n Node) Names() []string { return append([]string{n.Name}, n.Aliases...) }

// MergeNodes combines two records of the same entity. The result does not
// depend on the order of the arguments, so loads commute: the display name is
// the better-written spelling (more capitals, then alphabetical), aliases and
// alias claims are the sorted union, props are the union with the smaller
// value winning a conflict.
func MergeNodes(a, b Node) Node {
	out := Node{ID: a.ID, Kind: a.Kind}
	if out.ID == "" {
		out.ID, out.Kind = b.ID, b.Kind
	}
	out.Name = betterName(a.Name, b.Name)
	out.Aliases = cleanAliases(out.Name, append(append(append([]string{}, a.Aliases...), b.Aliases...), a.Name, b.Name))
	out.AliasClaims = mergeClaims(a.AliasClaims, b.AliasClaims)
	if len(a.Props)+len(b.Props) > 0 {
		out.Props = map[string]string{}
		for k, v := range a.Props {
			out.Props[k] = v
		}
		for k, v := range b.Props {
			if old, ok := out.Props[k]; !ok || old == "" || (v != "" && v < old) {
				out.Props[k] = v
			}
		}
	}
	return out
}

// betterName picks the display spelling of two names of one entity, the same
// whatever the order of the arguments.
func betterName(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	ua, ub := upperCount(a), upperCount(b)
	if ua != ub {
		if ua > ub {
			return a
		}
		return b
	}
	if a < b {
		return a
	}
	return b
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// cleanAliases returns the aliases other than name, one spelling per
// normalized form (the better one), sorted.
func cleanAliases(name string, aliases []string) []string {
	self := Normalize(name)
	best := map[string]string{}
	for _, a := range aliases {
		a = strings.TrimSpace(a)
		k := Normalize(a)
		if a == "" || k == "" || k == self {
			continue
		}
		best[k] = betterName(best[k], a)
	}
	if len(best) == 0 {
		return nil
	}
	out := make([]string, 0, len(best))
	for _, v := range best {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func mergeClaims(a, b []AliasClaim) []AliasClaim {
	if len(a)+len(b) == 0 {
		return nil
	}
	seen := map[AliasClaim]bool{}
	var out []AliasClaim
	for _, c := range append(append([]AliasClaim{}, a...), b...) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Alias != out[j].Alias {
			return out[i].Alias < out[j].Alias
		}
		return out[i].Source < out[j].Source
	})
	return out
}
