package report

import "github.com/actorgraph/actorgraph/graph"

// relObjectVerbs take the victim a relative clause hangs on as their
// object: "Pelton Bank, which LockBit hit in May", "websites that Kimsuky
// had compromised".
var relObjectVerbs = set(`hit|struck|attacked|breached|hacked|compromised|infiltrated|penetrated|targeted|encrypted|crippled|
paralyzed|paralysed|disrupted|extorted|claimed|listed|defaced|wiped|infected|spied|phished|robbed|looted|victimized|
knocked|took|went`)

// relativeObjectTarget: "Pelton Bank, which LockBit hit in May, said it had
// restored its systems", "several hospitals that the group attacked last
// year". The victim is what the relative pronoun stands for, the actor the
// clause's subject, and the clause's verb has no object of its own.
func (x *extraction) relativeObjectTarget(s *sent, last *graph.Node) {
	for k := 1; k+2 < len(s.toks); k++ {
		if l := s.lower(k); l != "which" && l != "that" && l != "whom" || s.owner[k] >= 0 {
			continue
		}
		// The antecedent: the name before ", which" or right before "that".
		p := k - 1
		if s.lower(p) == "," {
			p--
		} else if s.lower(k) == "which" {
			continue // "the attack in which": a preposition, not an object
		}
		if s.lower(k) == "that" && (reportVerbs[s.lower(p)] || s.owner[p] < 0 && !s.toks[p].word) {
			continue // "said that LockBit hit": a clause, not a relative
		}
		v := s.entAt(p)
		if v < 0 || s.ents[v].b != p+1 || !isVictim(s.ents[v]) || s.ents[v].ref {
			continue
		}
		// The subject: an actor, named or referred to.
		m := k + 1
		if s.lower(m) == "the" && s.owner[m] < 0 {
			m++
		}
		a := s.entAt(m)
		if a < 0 || s.ents[a].kind != graph.ThreatActor || pronouns[s.lower(s.ents[a].a)] && s.lower(s.ents[a].a) != "it" && s.lower(s.ents[a].a) != "they" {
			continue
		}
		q := s.ents[a].b
		if groupNouns[s.lower(q)] && s.owner[q] < 0 {
			q++ // "which the Akira gang hit"
		}
		for q < len(s.toks) && q < s.ents[a].b+4 && (perfect[s.lower(q)] || adverbs[s.lower(q)] || s.lower(q) == "also" || s.lower(q) == "later" || s.lower(q) == "reportedly" || s.lower(q) == "allegedly") {
			q++
		}
		verb := s.lower(q)
		if !relObjectVerbs[verb] || s.owner[q] >= 0 {
			continue
		}
		if (verb == "knocked" || verb == "took" || verb == "went") && s.lower(q+1) != "offline" && s.lower(q+1) != "down" {
			continue // "knocked offline", "took down"
		}
		if verb == "went" && s.lower(q+1) == "down" {
			continue
		}
		// No object of its own: the clause ends, or a time or manner
		// phrase follows.
		n := q + 1
		if verb == "knocked" || verb == "took" {
			n++
		}
		if !clauseEnd(s, n) {
			continue
		}
		actor, ok, ref := x.actor(s, a, last)
		if !ok {
			continue
		}
		x.target(s, actor, []victim{{ent: v}}, "relative-object", conf(0.8, ref), "")
	}
}

// clauseEnd reports whether a verb's clause ends at token n, or goes on
// with a time, place or manner phrase only: ",", ".", "in May", "last
// year", "with ransomware", "using".
func clauseEnd(s *sent, n int) bool {
	if n >= len(s.toks) {
		return true
	}
	switch l := s.lower(n); l {
	case ",", ".", ";", ")", "—", "–", "in", "on", "last", "earlier", "this", "with", "using", "through", "via", "during", "before", "after", "and", "but", "when", "while", "as", "since", "at", "from", "for":
		if l == "in" || l == "on" || l == "at" || l == "for" || l == "from" {
			// "in May", "in 2023", "on Monday", not "hit in the network".
			return timeAfter(s, n) > n || s.lower(n+1) == "the" && (s.lower(n+2) == "past" || s.lower(n+2) == "spring" || s.lower(n+2) == "summer" || s.lower(n+2) == "autumn" || s.lower(n+2) == "fall" || s.lower(n+2) == "winter")
		}
		return true
	}
	return false
}
