package eval

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// GazetteerSynonyms returns an Options.Synonyms that knows what g and the
// country table know: a threat actor's display name, aliases and ATT&CK ids
// (for mentions of kind ThreatActor or unknown kind), and a country's name,
// other names and demonyms (for mentions of kind Country or unknown kind).
// A name that g finds ambiguous has no synonyms.
func GazetteerSynonyms(g *gazetteer.Gazetteer) func(name string, kind graph.Kind) []string {
	return func(name string, kind graph.Kind) []string {
		var out []string
		if g != nil && (kind == "" || kind == graph.ThreatActor) {
			if e, ok := g.Lookup(name); ok {
				out = append(out, e.Names()...)
				out = append(out, e.ExternalIDs...)
			}
		}
		if kind == "" || kind == graph.Country {
			if c, ok := gazetteer.LookupCountry(name); ok {
				out = append(out, c.Name)
				out = append(out, c.Aliases...)
				out = append(out, c.Demonyms...)
			}
		}
		return out
	}
}
