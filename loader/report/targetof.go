package report

import "github.com/actorgraph/actorgraph/graph"

// targetAdjectives qualify "the target of": "a frequent target of",
// "the primary targets of".
var targetAdjectives = set(`primary|main|principal|chief|latest|frequent|repeated|first|intended|apparent|likely|biggest|largest|prime|key|specific|direct|particular|recent|new`)

// blameTo lay an attack on its actor before "to": "a campaign attributed
// to X".
var blameTo = set(`attributed|linked|tied|traced|blamed|credited|pinned|connected`)

// targetOfTarget: "Tessany Sciences was the target of a password-stealing
// campaign by the Quarrow gang", "Employees of X were the targets of an
// operation attributed to Y", "X had been the victim of this campaign": the
// subject is the victim of the attack named after "of", when the sentence
// names its actor or points at the attack the report tells of.
func (x *extraction) targetOfTarget(s *sent, last *graph.Node) {
	for i := 2; i+2 < len(s.toks); i++ {
		l := s.lower(i)
		if l != "target" && l != "targets" && l != "victim" && l != "victims" || s.owner[i] >= 0 || s.lower(i+1) != "of" {
			continue
		}
		d := i - 1
		for d > 0 && targetAdjectives.is(s.id(d)) {
			d--
		}
		if det := s.lower(d); det != "the" && det != "a" && det != "an" {
			continue
		}
		be := d - 1
		if b := s.lower(be); b != "was" && b != "were" && b != "is" && b != "are" && b != "been" || negatedVerb(s, be) {
			continue
		}
		end := be
		for end > 0 && (auxiliaries.is(s.id(end-1)) || perfect.is(s.id(end-1)) || adverbs.is(s.id(end-1))) && s.owner[end-1] < 0 {
			end--
		}
		if s.lower(end-1) == "not" || s.lower(end-1) == "never" {
			continue
		}
		of := i + 2
		actor, ok, ref, c := x.targetOfActor(s, of, last)
		if !ok {
			continue
		}
		start := clauseStart(s, end)
		vs := x.subjectVictims(s, start, end)
		if len(vs) == 0 {
			continue
		}
		x.target(s, actor, vs, "target-of", conf(c, ref), "")
	}
}

// targetOfActor finds whose attack the phrase at k (after "the target of")
// tells of: a named actor in it ("a Quarrow campaign", "APT28's operation"),
// after "by" or a word of blame, or, for "this campaign", the actor in focus.
func (x *extraction) targetOfActor(s *sent, k int, last *graph.Node) (graph.Node, bool, bool, float64) {
	attack := false
	for m := k; m < len(s.toks) && m < k+16; m++ {
		l := s.lower(m)
		if l == ";" || l == "." {
			break
		}
		if o := s.owner[m]; o >= 0 {
			e := s.ents[o]
			if e.kind == graph.ThreatActor && !e.ref && (m < k+5 || attack) {
				if s.lower(e.a-1) == "to" && s.lower(e.a-2) == "similar" {
					break // "an attack similar to X's": not X's
				}
				a, ok, ref := x.actor(s, o, last)
				return a, ok, ref, 0.8
			}
			if e.kind != graph.Malware {
				m = e.b - 1
				continue
			}
		}
		if nominals.is(s.id(m)) || l == "ransomware" || l == "malware" {
			attack = true
		}
		if l == "by" && attack {
			if ai := agentAt(s, m+1); ai >= 0 {
				a, ok, ref := x.actor(s, ai, last)
				return a, ok, ref, 0.8
			}
		}
		if clauseStops.is(s.id(m)) && l != "that" && l != "by" && l != "as" && !(l == "to" && blameTo.is(s.id(m-1))) {
			break
		}
	}
	if !attack {
		return graph.Node{}, false, false, 0
	}
	// "were the targets of this campaign": the attack the report tells of.
	if d := s.lower(k); (d == "this" || d == "that" || d == "these" || d == "the" && s.lower(k+1) == "same") && !x.elsewhere {
		if f := x.focusActor(last); f != nil {
			return *f, true, true, 0.65
		}
	}
	return graph.Node{}, false, false, 0
}
