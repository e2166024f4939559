package report

import "github.com/actorgraph/actorgraph/graph"

// batchNouns are the lots a seller of stolen data offers them in.
var batchNouns = set(`batch|batches|round|rounds|tranche|tranches|lot|lots|listing|listings|haul|hauls|bundle|bundles|dump|dumps|trove|troves|cache|caches|collection|collections`)

// batchVerbs tell what a lot held.
var batchVerbs = set(`included|includes|include|added|adds|carried|carries|contained|contains|featured|features|comprised`)

// soldData are what a lot of stolen data is counted in, besides dataNouns.
var soldData = set(`accounts|credentials|passwords|logins|rows|entries|profiles`)

// batchTarget: "That first batch included data attributed to the video app
// Dubsmash, the fitness tracker MyFitnessPal and the genealogy service
// MyHeritage", "a fresh batch posted by the same seller added about 5
// million records said to come from Yatra": the lots of a data sale name
// whose data they hold. The seller is the actor the lot is credited to in the
// sentence, else the actor in focus.
func (x *extraction) batchTarget(s *sent, last *graph.Node) {
	for i := range s.toks {
		if !batchVerbs.is(s.id(i)) || s.owner[i] >= 0 {
			continue
		}
		b := -1
		for m := i - 1; m >= 0 && m >= i-12; m-- {
			if l := s.lower(m); l == ";" || l == "." || l == ":" {
				break
			}
			if batchNouns.is(s.id(m)) && s.owner[m] < 0 {
				b = m
				break
			}
		}
		if b < 0 {
			continue
		}
		from := soldFrom(s, i+1)
		if from < 0 {
			continue
		}
		var actor *graph.Node
		others := false
		for _, e := range s.ents {
			if e.kind != graph.ThreatActor || e.ref {
				continue
			}
			if e.a < i && actor == nil {
				n := e.node
				actor = &n // "the latest ShinyHunters batch", "a batch posted by X"
				continue
			}
			others = true
		}
		if others {
			continue
		}
		ref := false
		if actor == nil {
			if actor = x.focusActor(last); actor == nil {
				continue
			}
			ref = true
		}
		var vs []victim
		for _, v := range x.objects(s, from, true) {
			if !ownersBy(s, s.ents[v.ent].a) {
				vs = append(vs, v)
			}
		}
		x.target(s, *actor, vs, "batch-target", conf(0.7, ref), "")
	}
}

// ownersBy reports whether the name at a follows "owned by" or "run by": the
// owner of a victim described in the list, not one of its lots.
func ownersBy(s *sent, a int) bool {
	if s.lower(a-1) != "by" {
		return false
	}
	for m := a - 2; m >= 0 && m >= a-4; m-- {
		if l := s.lower(m); l == "owned" || l == "run" || l == "operated" || l == "backed" || l == "controlled" {
			return true
		}
	}
	return false
}

// sentData are data nouns whose "from" names a sender, not the one robbed:
// "correspondence from the Public Service Department".
var sentData = set(`correspondence|emails|letters|messages|memos`)

// soldFrom returns where the owner of the data after a lot's verb is named
// ("data attributed to X", "5 million records said to come from X",
// "accounts from X"), or -1.
func soldFrom(s *sent, k int) int {
	for m := k; m < len(s.toks) && m <= k+8; m++ {
		if s.owner[m] >= 0 || clauseStops.is(s.id(m)) && s.lower(m) != "than" {
			return -1
		}
		if !dataNouns.is(s.id(m)) && !soldData.is(s.id(m)) {
			continue
		}
		n := m + 1
		if l := s.lower(n); l == "said" || l == "reported" || l == "believed" || l == "claimed" || l == "alleged" {
			// "records said to come from X", "data said to belong to X".
			if s.lower(n+1) != "to" {
				return -1
			}
			switch {
			case s.lower(n+2) == "come" && s.lower(n+3) == "from":
				return n + 4
			case s.lower(n+2) == "belong" && s.lower(n+3) == "to":
				return n + 4
			case s.lower(n+2) == "have" && s.lower(n+3) == "come" && s.lower(n+4) == "from":
				return n + 5
			}
			return -1
		}
		switch l := s.lower(n); {
		case (l == "attributed" || l == "belonging") && s.lower(n+1) == "to":
			return n + 2
		case (l == "taken" || l == "stolen" || l == "lifted") && s.lower(n+1) == "from":
			return n + 2
		case l == "from" && !sentData.is(s.id(m)):
			return n + 1
		}
		return -1
	}
	return -1
}
