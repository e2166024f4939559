package report

import "github.com/actorgraph/actorgraph/graph"

// A team is the actors one sentence names together in a list: "The bureau
// named BlackTech, Flax Typhoon and APT41." A plural reference in a later
// sentence of the same paragraph ("The groups broke into ...", "They also
// hit ...") speaks of all of them, not only of the last one named.

// teamOf returns the actors sentence s names in one list, joined by commas
// and "and" ("BlackTech, Flax Typhoon, APT41 and UNC3886"), when the list
// holds at least two different actors; else nil.
func teamOf(s *sent) []graph.Node {
	var best, run []graph.Node
	prev := -1 // the end of the last actor of the run
	for _, e := range s.ents {
		if e.kind != graph.ThreatActor || e.ref {
			continue
		}
		if prev >= 0 && !listGap(s, prev, e.a) {
			if len(run) > len(best) {
				best = run
			}
			run = nil
		}
		if !inTeam(run, e.node.ID) {
			run = append(run, e.node)
		}
		prev = e.b
	}
	if len(run) > len(best) {
		best = run
	}
	if len(best) < 2 {
		return nil
	}
	return best
}

// listGap reports whether tokens [a, b) only join two names of a list: a
// comma, "and", or both.
func listGap(s *sent, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if l := s.lower(k); l != "," && l != "and" {
			return false
		}
	}
	return true
}

func inTeam(team []graph.Node, id string) bool {
	for _, n := range team {
		if n.ID == id {
			return true
		}
	}
	return false
}

// pluralRef reports whether sentence s names no actor and refers to
// actors in the plural: "they", "their", "the groups", "both gangs".
func pluralRef(s *sent) bool {
	plural := false
	for _, e := range s.ents {
		if e.kind != graph.ThreatActor {
			continue
		}
		if !e.ref {
			return false
		}
		switch s.lower(e.b - 1) {
		case "they", "their", "groups", "gangs", "actors", "crews", "teams", "units":
			plural = true
		}
	}
	return plural
}

// teamDeterminers open a plural reference to the actors just listed: "the
// groups", "both groups", "all four groups". Not "these groups", which
// speaks of a kind of group as often as of the ones named.
var teamDeterminers = set(`the|both|all`)

// teamNumbers count the actors of a list: "the two groups".
var teamNumbers = set(`two|three|four|five|six|seven|eight|nine|ten`)

// teamRef returns the first token of a plural reference ending at the
// group noun i ("the two groups", "all five groups"), or -1.
func teamRef(s *sent, i int) int {
	k := i - 1
	if teamNumbers.is(s.id(k)) {
		k--
	}
	if !teamDeterminers.is(s.id(k)) {
		return -1
	}
	if s.lower(k) == "the" && s.lower(i+1) == "of" {
		return -1 // "the groups of hackers"
	}
	return k
}

// shareWithTeam gives every actor of the team what sentence s gave the
// actor in focus through a plural reference: the targets, tools and
// sponsors of "They also broke into X".
func (x *extraction) shareWithTeam(s *sent, focus *graph.Node) {
	if len(x.team) < 2 || focus == nil || !inTeam(x.team, focus.ID) || !pluralRef(s) {
		return
	}
	n := len(x.edges)
	for i := 0; i < n; i++ {
		e := x.edges[i]
		if e.Source != focus.ID || e.Type != graph.Targeted && e.Type != graph.Uses && e.Type != graph.AttributedTo {
			continue
		}
		for _, ev := range e.Evidence {
			if ev.Sentence != s.Text {
				continue
			}
			to, ok := x.seen[e.Target]
			if !ok {
				break
			}
			for _, m := range x.team {
				if m.ID != focus.ID {
					x.add(e.Type, m, to, s, ev.Rule, ev.Confidence)
				}
			}
			break
		}
	}
}

// dropTeamRefs empties the references to "the groups" of sentence s, read
// when no list of actors comes before: "the groups that have ..." speaks of
// no one the report named.
func dropTeamRefs(s *sent) {
	for j, e := range s.ents {
		if e.kind == graph.ThreatActor && e.ref && s.lower(e.b-1) == "groups" {
			for k := e.a; k < e.b; k++ {
				s.owner[k] = -1
			}
			s.ents[j] = ent{a: e.a, b: e.b, affOrg: -1}
		}
	}
}
