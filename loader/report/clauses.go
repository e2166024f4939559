package report

import "github.com/actorgraph/actorgraph/graph"

// ownerClauseTarget: "the City of Oakland declared a state of emergency
// after Play encrypted its systems". An actor that attacks "its" or "their"
// systems in a clause a subordinator opens attacks the subject of the main
// clause, when that subject is an organization named first in the sentence.
func (x *extraction) ownerClauseTarget(s *sent, last *graph.Node) {
	for i := 1; i+2 < len(s.toks); i++ {
		if !subordinators.is(s.id(i)) || s.owner[i] >= 0 {
			continue
		}
		a := s.entAt(i + 1)
		if a < 0 || s.ents[a].kind != graph.ThreatActor || s.ents[a].ref && !actorNounRef(s, s.ents[a]) {
			continue
		}
		v := s.ents[a].b
		if s.lower(v) == "ransomware" || s.lower(v) == "gang" || s.lower(v) == "group" {
			v++ // "after the Play ransomware gang encrypted"
		}
		if l := s.lower(v); !targetVerbs.has(l) && !impactVerbs.has(l) && !disruptVerbs.has(l) {
			continue
		}
		if o := s.lower(v + 1); o != "its" && o != "their" {
			continue
		}
		// The subject: the first entity of the sentence, an organization,
		// with no verb of attack and no other actor before the subordinator.
		subj := -1
		for k := 0; k < i; k++ {
			if j := s.owner[k]; j >= 0 {
				if subj < 0 {
					subj = j
				}
				if s.ents[j].kind == graph.ThreatActor {
					subj = -2
					break
				}
			}
			if targetVerbs.is(s.id(k)) && s.owner[k] < 0 {
				subj = -2
				break
			}
		}
		if subj < 0 || s.ents[subj].kind != graph.Organization || s.ents[subj].ref {
			continue
		}
		actor, ok, ref := x.actor(s, a, last)
		if !ok {
			continue
		}
		x.target(s, actor, []victim{{ent: subj}}, "owner-clause", conf(0.7, ref), "")
	}
}

// actorNounRef reports whether a reference to the actor is a noun phrase
// ("the gang", "the group"), not a pronoun.
func actorNounRef(s *sent, e ent) bool {
	return e.b-e.a >= 2 || groupNouns.is(s.id(e.a))
}
