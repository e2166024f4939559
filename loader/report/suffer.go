package report

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// sufferTarget links an organization that a sentence says suffered an
// attack, in a sentence that names no actor, to the actor in focus: "The
// pharmaceutical company Merck lost production of a vaccine", "MGM Resorts
// was forced to shut down systems", "Garmin, whose services went down for
// days", "the city disclosed a ransomware attack", "UnitedHealth paid a
// ransom". News reports tell the damage of an attack in sentences of their
// own, after or before the one that names who did it.
//
// The sentence must name no actor (then the rules of that sentence decide)
// and no malware the actor in focus is not known to use ("after being
// attacked with Hive ransomware" is someone else's attack). The organization
// must be the subject of the damage: the clause before the predicate, or the
// name before ", whose". The actor may be named in a clause after the
// damage that tells what it did: "X disclosed an incident after Snatch
// posted its data", "X went offline when the gang struck". Confidence 0.55: below the explicit rules, above the
// country co-occurrence fallback.
func (x *extraction) sufferTarget(s *sent, last *graph.Node) {
	var f *graph.Node
	after := len(s.toks) // the damage must be told before this token
	// "X had begun targeting airlines, shortly after A and B disclosed
	// incidents that researchers linked to the group": the damage is laid
	// on the actor the reference stands for, named elsewhere in the
	// sentence or not.
	var laidRef *graph.Node
	for j, e := range s.ents {
		if e.kind != graph.ThreatActor || !e.ref || pronouns.is(s.id(e.a)) {
			continue
		}
		if k := e.a - 1; s.lower(k) == "to" && layWords.is(s.id(k-1)) && (s.lower(k-2) == "later" || s.lower(k-2) == "investigators" || s.lower(k-2) == "researchers" || s.lower(k-2) == "officials" || relatives.is(s.id(k-2)) || s.lower(k-2) == "have" || s.lower(k-2) == "has") {
			if a, ok, _ := x.actor(s, j, last); ok {
				laidRef = &a
			}
		}
	}
	for _, e := range s.ents {
		if e.kind != graph.ThreatActor || e.ref {
			continue
		}
		if laidRef != nil && e.node.ID == laidRef.ID {
			continue // the actor the damage is laid on, told by its reference
		}
		// "X disclosed a breach after Snatch posted its data": the one
		// actor named opens a clause of its own after the damage.
		k := e.a - 1
		if s.lower(k) == "the" {
			k--
		}
		if f != nil && f.ID != e.node.ID {
			return
		}
		if pl := s.lower(k); pl == "paid" || pl == "pay" || pl == "pays" {
			f = &e.node // "JBS said it paid REvil $11 million": whom the victim paid
			continue
		}
		// "..., an attack researchers later tied to Black Basta", "in an
		// attack for which Hunters International demanded $10 million": the
		// actor the damage is laid on.
		laid := (s.lower(k) == "to" || s.lower(k) == "on" || s.lower(k) == "by") && layWords.is(s.id(k-1)) ||
			s.lower(k) == "which" && s.lower(k-1) == "for" || claimedAfter(s, e, k) ||
			s.lower(k) == "of" && s.lower(k-1) == "work" // "an attack the hospital later confirmed was the work of Daixin"
		// "The Bank of Zambia refused to pay after a Hive attack in May,
		// and X was forced to take its systems offline": the actor's
		// attack is the sentence's, before or after the damage.
		// "a 2023 Black Basta intrusion", "a Hive ransomware attack".
		d := pastDate(s, e.a)
		own := false
		if l := s.lower(d); l == "a" || l == "an" {
			j, n := namedAttack(s, d)
			own = j >= 0 && s.ents[j].a == e.a && !nominalPreps.is(s.id(n+1))
		}
		// "suffered a ransomware attack by LockBit".
		laid = laid || s.lower(k) == "by" && (gangAttackNouns.is(s.id(k-1)) || nominals.is(s.id(k-1)))
		// "lost recordings of court hearings to Qilin".
		laid = laid || s.lower(k) == "to" && lostBefore(s, k)
		// "had flights delayed by an attack later claimed by BlackCat".
		laid = laid || s.lower(k) == "by" && attackClaimedBy(s, k)
		if !sequelWords.is(s.id(k)) && !laid && !own && !x.listedSufferer(s, e, k) {
			return
		}
		f, after = &e.node, k
		if own {
			after = len(s.toks)
		}
	}
	if f == nil && laidRef != nil {
		f = laidRef
	}
	if f == nil {
		if f = x.focusActor(last); f == nil || mundaneCause(s) || otherAuthor(s, f) {
			return
		}
	}
	ref := false
	for _, e := range s.ents {
		ref = ref || e.kind == graph.ThreatActor && e.ref && !pronouns.is(s.id(e.a))
	}
	for _, e := range s.ents {
		if (e.kind == graph.Malware || e.kind == graph.Tool) && !ref && !x.usedElsewhere(*f, e.node, s) {
			return
		}
	}
	for i := range s.toks {
		if s.owner[i] >= 0 {
			continue
		}
		end := sufferAt(s, i)
		if end < 0 || i >= after {
			continue
		}
		start := clauseStart(s, end)
		if deniedVictim(s, start, i) {
			continue // "X was not among his victims"
		}
		if r := end - 1; r > start && (s.lower(r) == "who" || s.lower(r) == "that" || s.lower(r) == "which") && s.owner[r] < 0 {
			if p := r - 1; s.owner[p] < 0 && s.toks[p].word {
				continue // "compensation to customers who suffered losses": the noun before the relative suffered
			}
		}
		var vs []victim
		if w := whoseAt(s, start, end); w > 0 {
			// "Garmin, whose services went down": the name before the comma.
			if j := s.entAt(w - 2); j >= 0 && s.lower(w-1) == "," && isVictim(s.ents[j]) && s.ents[j].kind != graph.Country {
				vs = []victim{{ent: j}}
			}
		} else {
			vs = x.suffererSubject(s, start, end)
		}
		if len(vs) > 0 {
			vs = append(vs, x.asDid(s, end)...)
		}
		vs = named(s, vs)
		x.target(s, *f, vs, "suffered-focus", 0.55, "")
	}
}

// otherAuthor reports whether a sentence that names no actor lays its
// attack on someone all the same: "after a 2021 intrusion linked to Russian
// hackers", "after a RansomEXX attack" (a name no list knows), "in another
// intrusion", "never publicly attributed". The actor in
// focus f did not make that attack; an attack told by the first word of
// its name ("an INC attack" for INC Ransom) is its own.
func otherAuthor(s *sent, f *graph.Node) bool {
	for k := 1; k+1 < len(s.toks); k++ {
		l := s.lower(k)
		if (l == "another" || l == "separate" || l == "unrelated" || l == "different") && s.owner[k] < 0 && attackNoun(s, k+1) {
			return true // "lost millions of records in another intrusion"
		}
		if (l == "both" || l == "each") && reportVerbs.is(s.id(k+1)) && bareIncidents.is(s.id(k+2)) && incidentEnds.is(s.id(k+3)) {
			return true // "A and B both reported cyberattacks in 2023": incidents of their own
		}
		if (l == "never" || l == "not") && (s.lower(k+1) == "attributed" || s.lower(k+1) == "claimed" || s.lower(k+1) == "publicly" && (s.lower(k+2) == "attributed" || s.lower(k+2) == "claimed")) {
			return true // "intrusions ..., many of which were never publicly attributed"
		}
		if (l == "neither" || l == "none") && s.owner[k] < 0 && unattributed(s, k+1) {
			return true // "although neither was publicly assigned to a specific group"
		}
		if (l == "to" || l == "on") && layWords.is(s.id(k-1)) && s.lower(k-1) != "claimed" && s.lower(k+1) != "have" && s.lower(k+1) != "be" &&
			(s.owner[k+1] < 0 && !nominals.is(s.id(k+1)) || s.owner[k+1] >= 0 && (s.ents[s.owner[k+1]].demonym || s.ents[s.owner[k+1]].kind == graph.Country && (s.lower(k-1) == "blamed" || s.lower(k-1) == "pinned"))) {
			// "linked to Russian hackers", "blamed on a Chinese group", "an
			// incident U.S. media reports blamed on Israel"; not "linked
			// to attacks on ...".
			return true
		}
		if l == "to" && (s.lower(k+1) == "an" || s.lower(k+1) == "a") && (s.lower(k+2) == "attacker" || s.lower(k+2) == "hacker" || s.lower(k+2) == "exploiter") && lostBefore(s, k) {
			return true // "lost around $48 million to an attacker who exploited a flaw"
		}
		if (l == "a" || l == "an") && s.owner[k+1] < 0 && s.toks[k+1].cap && !months.is(s.id(k+1)) && !techAcronyms.is(s.id(k+1)) && !strings.HasPrefix(strings.ToLower(f.Name), s.lower(k+1)) {
			n := k + 2
			if s.lower(n) == "ransomware" {
				n++
			}
			if gangAttackNouns.is(s.id(n)) {
				return true // "a RansomEXX attack"
			}
		}
	}
	return false
}

// bareIncidents, plural and without an article after "both reported", are
// each victim's own incidents.
var bareIncidents = set(`attacks|cyberattacks|breaches|intrusions|incidents|hacks`)

// incidentEnds may follow the bare incidents: "in 2023", "last year", ".".
var incidentEnds = set(`in|last|this|earlier|during|over|.|,|;|and`)

// listedSufferer reports whether the actor e opens a clause of its own
// after the damage, telling what it did to the one who suffered it: "Knauf
// took its systems offline ...; Black Basta later listed the company on its
// site", "..., and LockBit posted its files". k is the token before e.
func (x *extraction) listedSufferer(s *sent, e ent, k int) bool {
	if l := s.lower(k); l != ";" && !(l == "and" && s.lower(k-1) == ",") {
		return false
	}
	m := e.b
	for m < len(s.toks) && (adverbs.is(s.id(m)) || s.lower(m) == "later" || s.lower(m) == "then" || s.lower(m) == "quickly") {
		m++
	}
	if !(listingVerbs.is(s.id(m)) || leakVerbs.is(s.id(m)) || s.lower(m) == "claimed") {
		return false
	}
	switch o := s.lower(m + 1); {
	case o == "it" || o == "its":
		return true
	case o == "the" && (s.lower(m+2) == "company" || s.lower(m+2) == "firm" || s.lower(m+2) == "organization" || s.lower(m+2) == "organisation" ||
		s.lower(m+2) == "hospital" || s.lower(m+2) == "city" || s.lower(m+2) == "county" || s.lower(m+2) == "group" || s.lower(m+2) == "university" ||
		s.lower(m+2) == "attack" || s.lower(m+2) == "incident" || s.lower(m+2) == "intrusion"):
		return true
	}
	return false
}

// asDid returns the victims of ", as did X, Y and Z" after a predicate of
// damage: "... all confirmed disruption, as did the IMT School and Kompass".
func (x *extraction) asDid(s *sent, from int) []victim {
	for k := from; k+2 < len(s.toks); k++ {
		l := s.lower(k)
		if l == ";" || l == "." {
			return nil
		}
		if l == "as" && s.lower(k+1) == "did" && s.lower(k-1) == "," {
			end := k + 2
			for end < len(s.toks) && s.lower(end) != ";" && s.lower(end) != "." {
				end++
			}
			return x.subjectVictims(s, k+2, end)
		}
	}
	return nil
}

// clientNouns are the people a victim tells of its incident.
var clientNouns = set(`customers|clients|users|patients|members|students|subscribers|policyholders|passengers|guests`)

// attackAfter reports whether an attack is named at k, after its article
// and modifiers: "an attack", "a ransomware attack", "the breach".
func attackAfter(s *sent, k int) bool {
	if l := s.lower(k); l != "a" && l != "an" && l != "the" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
		if nominals.is(s.id(m)) {
			return true
		}
		if !s.toks[m].word || s.owner[m] >= 0 && s.ents[s.owner[m]].kind != graph.Malware {
			return false
		}
	}
	return false
}

// sufferers returns the organizations that sentence p says suffered an
// attack, as sufferTarget reads them: the subject of the damage.
// suffererSubject returns the victims named by the subject [start, end)
// of a verb of suffering, or, when the subject is a pronoun or the
// victim's own people, by whoever reports it.
func (x *extraction) suffererSubject(s *sent, start, end int) []victim {
	vs := x.subjectVictims(s, start, relativeEnd(s, start, end))
	if len(vs) == 0 && start > 0 && (pronouns.is(s.id(start)) || s.lower(start) == "we" || ownPeople(s, start, end) || attackerSubject(s, start, end) ||
		incidentSubject(s, start, end)) {
		// "X said it had paid a ransom", "X said staff noticed
		// suspicious activity", "X disclosed that attackers had
		// abused its systems": the victim is who said so.
		rv := start - 1
		if s.lower(rv) == "that" {
			rv = reportVerbBefore(s, rv) // "confirmed on Thursday that"
		}
		if rv >= 0 && reportVerbs.is(s.id(rv)) {
			// "X, which sits under the Ministry of Y, confirmed":
			// the subject before its relative clause.
			cs := clauseStart(s, rv)
			vs = x.subjectVictims(s, cs, relativeEnd(s, cs, rv))
		}
	}
	return vs
}

func (x *extraction) sufferers(p *sent) []victim {
	for i := range p.toks {
		if p.owner[i] >= 0 {
			continue
		}
		end := sufferAt(p, i)
		if end < 0 {
			continue
		}
		start := clauseStart(p, end)
		if whoseAt(p, start, end) > 0 {
			continue
		}
		if vs := named(p, x.suffererSubject(p, start, end)); len(vs) > 0 {
			return vs
		}
	}
	return nil
}

// firstToSuffer reports whether the words from k on tell of an attack felt:
// "(among the first) to report infections", "to disclose a breach".
func firstToSuffer(s *sent, k int) bool {
	switch l := s.lower(k); l {
	case "feel":
		// "was among the first to feel the effects".
		o := s.lower(k + 2)
		return s.lower(k+1) == "the" && (o == "effects" || o == "effect" || o == "impact" || o == "brunt")
	case "report", "disclose", "suffer":
		// Not "was among the first to confirm the incident": a speaker.
		for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
			if felt.is(s.id(m)) {
				return true
			}
			if s.owner[m] >= 0 || clauseStops.is(s.id(m)) {
				return false
			}
		}
	}
	return false
}

// felt are what a victim reports of an attack on itself.
var felt = set(`infections|infection|breach|breaches|intrusion|intrusions|compromise|outage|outages|attacks|attack|cyberattack|ransomware`)

// attackClaimedBy reports whether the "by" at k ends "an attack (later)
// claimed by", "the attack blamed by": the actor after it is the author.
func attackClaimedBy(s *sent, k int) bool {
	m := k - 1
	if l := s.lower(m); l != "claimed" && l != "blamed" {
		return false
	}
	for m--; m > 0 && (adverbs.is(s.id(m)) || s.lower(m) == "later") && s.owner[m] < 0; m-- {
	}
	return s.owner[m] < 0 && (gangAttackNouns.is(s.id(m)) || nominals.is(s.id(m)))
}

// claimedAfter reports whether actor e, with k the word before it, claims
// an attack just named: "following an attack that the Qilin gang later
// claimed", "in an attack the same group claimed".
func claimedAfter(s *sent, e ent, k int) bool {
	if l := s.lower(k); l != "that" && l != "which" && !nominals.has(l) {
		return false
	}
	m := e.b
	for m < len(s.toks) && (groupNouns.is(s.id(m)) || adverbs.is(s.id(m)) || s.lower(m) == "later" || s.lower(m) == "has" || s.lower(m) == "had" || s.lower(m) == "ransomware") && s.owner[m] < 0 {
		m++
	}
	if seemVerbs.is(s.id(m)) && s.lower(m+1) == "to" {
		m += 2 // "which Lapsus$ appeared to claim"
	}
	l := s.lower(m)
	return l == "claimed" || l == "claims" || l == "claim" && s.lower(m-1) == "to"
}

// relativeEnd cuts the subject [start, end) before a relative clause inside
// it: "X, which runs Y, was hit" keeps X.
func relativeEnd(s *sent, start, end int) int {
	for k := start + 1; k < end; k++ {
		if relatives.is(s.id(k)) && s.owner[k] < 0 {
			return k
		}
	}
	return end
}

// whoseAt returns the "whose" a few words before end that opens the subject
// [start, end) of a predicate ("X, whose services went down", "hospitals
// whose Hipocrate databases had been encrypted"), or -1.
func whoseAt(s *sent, start, end int) int {
	for k := end - 1; k >= start && k >= end-6; k-- {
		if l := s.lower(k); l == "whose" && s.owner[k] < 0 {
			return k
		} else if s.owner[k] < 0 && (!s.toks[k].word || clauseStops.has(l)) {
			return -1 // "whose Hipocrate databases had been": a name may stand between
		}
	}
	return -1
}

// concludeVerbs open a finding's own clause: "the report concludes that the
// court was infected".
var concludeVerbs = set(`concludes|concluded|conclude|determined|determines|established|establishes|found|finds|shows|showed`)

// clauseStart returns the first token of the clause that ends at end: after
// a semicolon, ", and", "but", a subordinator, a reporting verb, or an
// active verb of attack of its own ("X breached A, and B was hit as well").
func clauseStart(s *sent, end int) int {
	for k := end - 1; k >= 0; k-- {
		l := s.lower(k)
		lID := s.id(k)
		if l == ";" || l == "but" || l == ":" || (l == "which" || l == "whom") && (s.lower(k-1) == "in" || s.lower(k-1) == "during" || s.lower(k-1) == "after") || (l == "that" && s.owner[k] < 0 && k > 0 && (reportedThat(s, k) || concernWords.is(s.id(k-1)) || concludeVerbs.is(s.id(k-1)))) || subordinators.is(lID) || reportVerbs.is(lID) && s.owner[k] < 0 && s.lower(k+1) != "being" && s.lower(k+1) != "having" ||
			(l == "and" && s.lower(k-1) == "," && !listAnd(s, k, end)) || (l == "claim" || l == "claims") && pronouns.is(s.id(k-1)) || (s.owner[k] < 0 && targetVerbs.is(lID) && !participles.is(lID)) {
			return k + 1
		}
	}
	return 0
}

// sufferAt reports whether a predicate of damage starts at token i and
// returns the index where its subject ends (i, or the auxiliary before it),
// else -1:
//
//   - "lost production", "suffered an outage", "sustained losses";
//   - "had to reinstall", "was forced to shut down", "forced to isolate";
//   - "went offline", "was down for days", "remained offline";
//   - "shut down its systems", "took its network offline";
//   - "paid a ransom", "paid the hackers";
//   - "disclosed a cyberattack", "confirmed a data breach", "reported a
//     ransomware incident" (not "reported an attack on X": then X is the
//     victim, which other rules read);
//   - "was among the victims", "was one of the first victims".
func sufferAt(s *sent, i int) int {
	l := s.lower(i)
	lID := s.id(i)
	subjEnd := func(k int) int {
		// Back over auxiliaries and adverbs: "has since had to", "was also".
		for k > 0 && (auxiliaries.is(s.id(k-1)) || perfect.is(s.id(k-1)) || adverbs.is(s.id(k-1)) || s.lower(k-1) == "later" || s.lower(k-1) == "eventually" ||
			(s.lower(k-1) == "all" || s.lower(k-1) == "both") && k > 1 && s.owner[k-2] >= 0) {
			k--
		}
		return k
	}
	switch {
	case l == "lost" || l == "loses" || l == "lose":
		for k := i + 1; k < len(s.toks) && k <= i+7; k++ {
			if lossNouns.is(s.id(k)) {
				return subjEnd(i)
			}
			if lossAmount.is(s.id(k)) || s.toks[k].digit && s.owner[k] < 0 || currencySigns.is(s.id(k)) {
				continue // "lost as much as £25 million"
			}
			if s.owner[k] >= 0 || clauseStops.is(s.id(k)) {
				break
			}
		}
	case l == "suffered" || l == "suffers" || l == "sustained" || l == "experienced" || l == "subjected" && s.lower(i+1) == "to" && auxiliaries.is(s.id(i-1-b2i(isQuote(s.lower(i-1))))):
		// "was subjected to a hacker attack", like "suffered".
		for k := i + 1 + b2i(l == "subjected"); k < len(s.toks) && k <= i+8; k++ {
			if !s.toks[k].word && (s.lower(k) == "\"" || s.lower(k) == "“" || s.lower(k) == "'") {
				continue // suffered a "computer security incident"
			}
			if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref || s.toks[k].digit && s.owner[k] < 0 {
				continue // suffered a 2023 LockBit attack
			}
			if damageNouns.is(s.id(k)) {
				if nominalPreps.is(s.id(k+1)) && s.lower(k+1) != "of" && s.lower(k+1) != "from" && !(s.lower(k+1) == "on" && (months.is(s.id(k+2)) || s.toks[min(k+2, len(s.toks)-1)].digit)) {
					return -1 // "suffered an attack on its partner": the partner
				}
				if isQuote(s.lower(i - 1)) {
					return subjEnd(i - 1) // had been "subjected to a hacker attack"
				}
				return subjEnd(i)
			}
			if s.owner[k] >= 0 || clauseStops.is(s.id(k)) {
				break
			}
		}
	case (l == "stopped" || l == "stop" || l == "stops") && (s.lower(i+1) == "responding" || s.lower(i+1) == "loading" || s.lower(i+1) == "working") &&
		commonServices(s, clauseStart(s, i), i):
		return subjEnd(i) // "The websites of A and B all stopped responding"
	case disruptionVerbs.is(lID) && !negations.is(s.id(i-1)):
		// "Crozer Health paused some outpatient services", "shut down
		// their electronic systems, postponed elective surgeries".
		for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
			if disruptedNouns.is(s.id(k)) {
				return subjEnd(i)
			}
			if s.owner[k] >= 0 && !(pronouns.is(s.id(k))) || !s.toks[k].word {
				break
			}
		}
	case (l == "could" || l == "can") && (s.lower(i+1) == "not" || s.lower(i+1) == "no" || s.lower(i+1) == "n't") || l == "unable" && s.lower(i+1) == "to" && auxiliaries.is(s.id(i-1)):
		// "staff at X could not open electronic records", "employees were
		// unable to access their email".
		k := i + 1
		for k < len(s.toks) && k <= i+3 && (s.lower(k) == "not" || s.lower(k) == "to" || s.lower(k) == "longer") {
			k++
		}
		if lockedVerbs.is(s.id(k)) {
			for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
				if assetNouns.is(s.id(m)) || serviceNouns.is(s.id(m)) || disruptedNouns.is(s.id(m)) || recordNouns.is(s.id(m)) {
					if l == "unable" {
						return subjEnd(i - 1)
					}
					return subjEnd(i)
				}
				if s.owner[m] >= 0 || !s.toks[m].word {
					break
				}
			}
		}
	case l == "spent" || l == "spends" || l == "spend":
		// "The Toronto Public Library spent months restoring services",
		// "spent about three weeks rebuilding its network".
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			if restoringVerbs.is(s.id(k)) {
				return subjEnd(i)
			}
			if !(timeWords.is(s.id(k)) || quantityWords.is(s.id(k)) || s.toks[k].digit) || s.owner[k] >= 0 {
				break
			}
		}
	case (l == "refused" || l == "declined") && s.lower(i+1) == "to" && s.lower(i+2) == "pay":
		// "The Bank of Zambia refused to pay": a name right before, not
		// "the Crown corporation refused to pay".
		if j := s.entAt(s.prevWord(i)); j >= 0 && isVictim(s.ents[j]) && s.ents[j].kind != graph.Sector {
			return subjEnd(i)
		}
	case l == "had" && s.lower(i+1) == "to" || l == "forced" && s.lower(i+1) == "to" || l == "obliged" && s.lower(i+1) == "to":
		if recoveryVerbs.is(s.id(i + 2)) {
			return subjEnd(i)
		}
	case l == "become" || l == "became" || l == "becomes":
		// "it had become one of the victims".
		if s.lower(i+1) == "one" && s.lower(i+2) == "of" && s.lower(i+3) == "the" && (s.lower(i+4) == "victims" || s.lower(i+5) == "victims") {
			return subjEnd(i)
		}
		k := i + 1
		for k < len(s.toks) && k <= i+4 && (adverbs.is(s.id(k)) || lyAdverb(s, k) || s.lower(k) == "and" || s.lower(k) == "slow" || s.lower(k) == "sluggish" || s.lower(k) == "unstable") {
			k++ // "became sluggish and intermittently unavailable"
		}
		if n := s.lower(k); (n == "unreachable" || n == "inaccessible" || n == "unavailable") && commonServices(s, clauseStart(s, i), i) {
			return subjEnd(i) // "The websites of A and B became unreachable"
		}
	case l == "went" || l == "gone" || l == "go" || l == "goes" || l == "remained" || l == "stayed" || l == "were" || l == "was" || l == "are" || l == "is":
		k := i + 1
		for k < len(s.toks) && (adverbs.is(s.id(k)) || lyAdverb(s, k)) {
			k++ // "was briefly unreachable"
		}
		n := s.lower(k)
		nID := s.id(k)
		if (l == "was" || l == "were") && (n == "unreachable" || n == "inaccessible" || n == "unavailable") {
			return subjEnd(i) // "the websites of X were unreachable"
		}
		if (l == "was" || l == "were") && haltedWords.is(nID) && servicesBefore(s, i) {
			return subjEnd(i) // "Shipments from X and from Y were suspended"
		}
		if n == "offline" || n == "dark" || (n == "down" && l != "was" && l != "were") ||
			(n == "down" && (s.lower(k+1) == "for" || s.lower(k+1) == "until" || l == "were" && ownSystemsBefore(s, i))) {
			return subjEnd(i)
		}
		if (l == "was" || l == "were" || l == "are" || l == "is") && (n == "among" || n == "one" && s.lower(k+1) == "of") {
			for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
				if s.lower(m) == "victims" || s.lower(m) == "casualties" {
					return subjEnd(i)
				}
				if a := s.lower(m); (a == "affected" || a == "impacted" || a == "compromised" || a == "breached") && s.lower(m-1) == "the" {
					return subjEnd(i) // "was among the affected Drift customers"
				}
				if (s.lower(m) == "that" || s.lower(m) == "which" || s.lower(m) == "who") && disclosedBreach(s, m+1) {
					return subjEnd(i) // "are among the organizations that have acknowledged that attackers ..."
				}
				if s.lower(m) == "whose" && staffNouns.is(s.id(m+1)) && phishingReceived(s, m+2) {
					return subjEnd(i) // "were among the organizations whose employees received phishing emails"
				}
				if s.lower(m) == "to" && firstToSuffer(s, m+1) {
					return subjEnd(i) // "was among the first companies to report infections"
				}
				if s.owner[m] >= 0 || clauseStops.is(s.id(m)) {
					break
				}
			}
		}
	case l == "shut" || l == "shuts" || l == "took" || l == "takes" || l == "pulled" || l == "disconnected" || l == "isolated":
		for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
			if pronouns.is(s.id(k)) && (s.lower(k) == "its" || s.lower(k) == "their") {
				for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
					if assetNouns.is(s.id(m)) || serviceNouns.is(s.id(m)) {
						return subjEnd(i)
					}
				}
				break
			}
			if s.owner[k] >= 0 || clauseStops.is(s.id(k)) {
				break
			}
		}
	case l == "found" || l == "discovered":
		// "Munster Technological University found its own data on the
		// gang's leak site".
		k := i + 1
		if l := s.lower(k); l != "its" && l != "their" {
			break
		}
		k++
		if s.lower(k) == "own" {
			k++
		}
		if !assetNouns.is(s.id(k)) {
			break
		}
		for m := k + 1; m < len(s.toks) && m <= k+8; m++ {
			if n := s.lower(m); n == "site" || n == "sites" || n == "forum" || n == "forums" || n == "web" || n == "telegram" {
				return subjEnd(i)
			}
			if clauseStops.is(s.id(m)) && s.lower(m) != "on" {
				break
			}
		}
	case l == "saw" || l == "sees" || l == "watched":
		// "X saw its website slow to a crawl", "saw its systems go down",
		// "saw its internal systems, websites and apps taken offline".
		if disruptedNouns.is(s.id(i+1)) && delayedByAttack(s, i+2) {
			return subjEnd(i) // "Swissport saw flights delayed after an attack"
		}
		if m := s.lower(i + 1); m == "its" || m == "their" {
			asset := false
			for k := i + 2; k < len(s.toks) && k <= i+10; k++ {
				switch n := s.lower(k); {
				case assetNouns.has(n) || serviceNouns.has(n):
					asset = true
				case !asset:
				case n == "go", n == "slow", n == "crash", n == "fail", n == "freeze", n == "grind", n == "stop", n == "collapse",
					n == "disappear", n == "vanish", n == "buckle", haveDamage.has(n) && n != "taken" && n != "knocked",
					(n == "taken" || n == "knocked" || n == "pushed") && (s.lower(k+1) == "offline" || s.lower(k+1) == "down"):
					return subjEnd(i)
				}
				if s.owner[k] >= 0 || !s.toks[k].word && s.lower(k) != "," {
					break
				}
			}
		}
	case damageParticiples.is(lID) && i > 0 && auxiliaries.is(s.id(i-1)):
		// "companies in A and B had been hit by the incident": the story's
		// attack, not "hit by the Conti gang" (an actor is no damage noun).
		k := i + 1
		for adverbs.is(s.id(k)) {
			k++
		}
		if s.lower(k) == "by" && s.lower(k+1) == "the" && damageNouns.is(s.id(k+2)) && !nominalPreps.is(s.id(k+3)) {
			return subjEnd(i)
		}
	case abuseParticiples.is(lID) && i > 0 && auxiliaries.is(s.id(i-1)):
		// "its registrar account had been misused": the owner's damage.
		k := subjEnd(i)
		for m := k - 1; m >= 0 && m >= k-4; m-- {
			if pronouns.is(s.id(m)) && (s.lower(m) == "its" || s.lower(m) == "their") {
				if m < k-1 && (assetNouns.is(s.id(k-1)) || serviceNouns.is(s.id(k-1))) {
					return k
				}
				break
			}
			if !s.toks[m].word || s.toks[m].cap {
				break
			}
		}
	case incidentVerbs.is(lID) && i > 0:
		// "X said an IT security incident had disrupted pharmacy systems":
		// an attack told as the subject, damaging systems of the speaker's.
		if k := subjEnd(i); k > 0 && breachNouns.is(s.id(k-1)) && ownAssetAfter(s, i+1) {
			return k
		}
	case takeVerbs.is(lID) && i > 0 && (perfect.is(s.id(i-1)) || attackerWords.is(s.id(i-1))):
		// "X confirmed that hackers had stolen data from its network".
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			if s.lower(k) == "from" && (s.lower(k+1) == "its" || s.lower(k+1) == "their") && ownAssetAfter(s, k+2) {
				return subjEnd(i)
			}
			if s.owner[k] >= 0 || clauseStops.is(s.id(k)) {
				break
			}
		}
	case (l == "gained" || l == "obtained" || l == "got") && i > 0 && (perfect.is(s.id(i-1)) || attackerWords.is(s.id(i-1))):
		// "X confirmed that hackers gained unauthorised access to one of its
		// internal ticketing systems": the damage of whoever owns them.
		k := i + 1
		if l := s.lower(k); l == "unauthorized" || l == "unauthorised" || l == "illegal" || l == "illicit" {
			k++
		}
		if s.lower(k) != "access" || s.lower(k+1) != "to" && s.lower(k+1) != "into" {
			break
		}
		for m := k + 2; m < len(s.toks) && m <= k+6; m++ {
			if (s.lower(m) == "its" || s.lower(m) == "their") && ownAssetAfter(s, m+1) {
				return subjEnd(i)
			}
			if s.owner[m] >= 0 && !(s.lower(m) == "its" || s.lower(m) == "their") || !s.toks[m].word {
				break
			}
		}
	case abuseVerbs.is(lID) && i > 0 && (perfect.is(s.id(i-1)) || attackerWords.is(s.id(i-1))):
		// "attackers had abused its systems": an unnamed attacker, the
		// damage of whoever owns the systems.
		if ownAssetAfter(s, i+1) && (s.lower(i+1) == "its" || s.lower(i+1) == "their") {
			return subjEnd(i)
		}
	case (l == "had" || l == "has" || l == "have") && !negations.is(s.id(i-1)) && s.lower(i-1) != "n't":
		// "X had its systems knocked offline", "had its network encrypted",
		// "had production systems disrupted"; not "did not have its own
		// systems compromised".
		if disruptedNouns.is(s.id(i+1)) && delayedByAttack(s, i+2) {
			return i // "Swissport had flights delayed by an attack"
		}
		if m := s.lower(i + 1); i+1 < len(s.toks) && (m == "its" || m == "their" || s.owner[i+1] < 0 && s.toks[i+1].word && !s.toks[i+1].cap && m != "the" && m != "a" && m != "an" && !pronouns.has(m)) {
			for k := i + 2 - b2i(m != "its" && m != "their"); k < len(s.toks) && k <= i+4; k++ {
				if (assetNouns.is(s.id(k)) || serviceNouns.is(s.id(k))) && haveDamage.is(s.id(k+1)) {
					return i
				}
				if s.owner[k] >= 0 && !(s.lower(k) == "its" || s.lower(k) == "their") || !s.toks[k].word {
					break
				}
			}
		}
	case l == "reported" && suspiciousWords.is(s.id(i+1)) && activityNouns.is(s.id(i+2)):
		return subjEnd(i) // "X reported unauthorized access to the panel to police"
	case noticeVerbs.is(lID):
		// "X said staff first noticed suspicious activity", "it detected
		// unauthorized access": what a victim finds on its own network, told
		// by the victim (a vendor that "identified anomalous traffic" may
		// speak of its customers).
		b := subjEnd(i)
		for b > 0 && (s.lower(b-1) == "first" || adverbs.is(s.id(b-1))) {
			b--
		}
		told := true
		if w := s.lower(b - 1); w != "it" && w != "they" && w != "we" && !ownPeople(s, b-1, b) {
			told = false
		}
		if ownAttackAfter(s, i+1) {
			return b // "confirmed that it had detected a cyberattack on its information systems"
		}
		for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
			if negations.is(s.id(k)) || s.lower(k) == "no" || s.lower(k) == "nothing" {
				return -1 // "found no sign of unusual activity"
			}
			if suspiciousWords.is(s.id(k)) && activityNouns.is(s.id(k+1)) {
				// "NAC first noticed suspicious activity on its systems":
				// a named finder, on its own systems.
				if p := s.lower(k + 2); !told && !((p == "on" || p == "in" || p == "to" || p == "across" || p == "involving") && (s.lower(k+3) == "its" || s.lower(k+3) == "their")) {
					return -1
				}
				return subjEnd(i)
			}
			if s.owner[k] >= 0 || !s.toks[k].word {
				break
			}
		}
	case l == "returned" && (s.lower(i+1) == "errors" || s.lower(i+1) == "error"):
		return subjEnd(i) // "pages for X returned errors"
	case l == "crashed" || l == "buckled":
		// "X's website crashed", not "the update that crashed millions
		// of computers".
		if n := s.lower(i + 1); !s.toks[min(i+1, len(s.toks)-1)].word || n == "for" || n == "on" || n == "in" || n == "after" || n == "under" || n == "during" || n == "and" || n == "repeatedly" || n == "again" {
			return subjEnd(i)
		}
	case l == "received" || l == "opened" || l == "receive" || l == "open":
		// "Government entities in Vietnam received Word documents whose
		// templates pulled down the exploit": the recipients of a lure.
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			if lureNouns.is(s.id(k)) && (maliciousLure(s, i+1, k) || s.lower(k+1) == "whose" || s.lower(k+1) == "that" || s.lower(k+1) == "carrying" || s.lower(k+1) == "laced" || s.lower(k+1) == "with") {
				return subjEnd(i)
			}
			if clauseStops.is(s.id(k)) {
				break
			}
		}
	case (l == "notified" || l == "notifies" || l == "alerted" || l == "warned") && (staffNouns.is(s.id(i+1)) || clientNouns.is(s.id(i+1))):
		// "have both notified customers of similar incidents".
		for k := i + 2; k < len(s.toks) && k <= i+6; k++ {
			if breachNouns.is(s.id(k)) || pluralBreachNouns.is(s.id(k)) {
				return subjEnd(i)
			}
			if s.owner[k] >= 0 || clauseStops.is(s.id(k)) || !s.toks[k].word {
				break
			}
		}
	case l == "paid" || l == "pays" || l == "pay":
		n := s.lower(i + 1)
		if n == "a" || n == "the" || n == "an" {
			n = s.lower(i + 2)
		}
		if n == "ransom" || n == "hackers" || n == "attackers" || n == "extortionists" || n == "criminals" {
			return subjEnd(i)
		}
		if j := s.entAt(i + 1 + b2i(s.lower(i+1) == "the")); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
			return subjEnd(i) // "paid REvil the equivalent of $11 million"
		}
		// "paid the equivalent of $11 million in bitcoin after an attack".
		for k := i + 1; k < len(s.toks) && k <= i+12; k++ {
			if l := s.lower(k); (l == "after" || l == "following") && attackAfter(s, k+1) {
				return subjEnd(i)
			}
			if clauseStops.is(s.id(k)) || s.owner[k] >= 0 {
				break
			}
		}
	case (l == "disclosed" || l == "confirmed" || l == "reported" || l == "announced" || l == "acknowledged" || l == "discloses" || l == "confirms" || l == "reports") &&
		s.lower(i+1) != "responsibility" && !negations.is(s.id(i-1)):
		// Not "has never acknowledged responsibility for cyberattacks".
		// "disclosed a data breach", "reported cyber incidents": an
		// article or a possessive, or a plural noun without one.
		n := i + 1
		if w := describedAs(s, n); w > 0 {
			n = w // "disclosed what they described as a network security incident"
		}
		det := true
		if d := s.lower(n); d != "a" && d != "an" && d != "its" && d != "their" {
			det = false
			n = i
		}
		for k := n + 1; k < len(s.toks) && k <= n+4; k++ {
			if l := s.lower(k); det && (l == "\"" || l == "“" || l == "'") {
				continue // reported a "cybersecurity incident"
			}
			if s.lower(k) == "exposure" && s.lower(k+1) == "of" {
				return subjEnd(i) // "each confirmed exposure of business contact details"
			}
			if massBreachNouns.is(s.id(k)) && k > n+1 && !(k == n+2 && !det && s.toks[n+1].word && !s.toks[n+1].cap && s.lower(n+1) != "that" && s.lower(n+1) != "the") {
				break // "confirmed that the disruption had been caused by": not its own; but "reported network disruptions" is
			}
			if o := s.owner[k]; det && o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
				continue // disclosed a NetWalker infection
			}
			if breachNouns.is(s.id(k)) || !det && pluralBreachNouns.is(s.id(k)) {
				if !det && !pluralBreachNouns.is(s.id(k)) {
					return -1 // "reported attack data": no disclosure
				}
				if p := s.lower(k + 1); (nominalPreps.has(p) || p == "by" || p == "that" && s.lower(k+2) == "hit") && !ownAssetAfter(s, k+2) {
					return -1 // "reported an attack on X", "an attack by Y"
				}
				if p := s.lower(k + 1); !det && (p == "in" && s.lower(k+2) == "which" || p == "where" || p == "involving") {
					return -1 // "Quillon Labs reported intrusions in which the operators ...": others' incidents, told by a researcher
				}
				return subjEnd(i)
			}
			if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap && !relatedModifier(s.lower(k)) {
				break
			}
		}
	}
	return -1
}

// relatedModifier reports whether a capitalized word only describes the
// noun after it: "Salesforce-related breaches", "MOVEit-linked intrusions".
func relatedModifier(l string) bool {
	h := strings.LastIndexByte(l, '-')
	return h > 0 && (l[h+1:] == "related" || l[h+1:] == "linked" || l[h+1:] == "themed" || l[h+1:] == "connected")
}

// unattributed reports whether "was publicly assigned to" or a like
// passive of blame follows k: "(neither) was publicly attributed".
func unattributed(s *sent, k int) bool {
	if s.lower(k) == "of" && s.lower(k+1) == "them" {
		k += 2 // "none of them was"
	}
	if l := s.lower(k); l == "has" || l == "have" {
		k++
	}
	if l := s.lower(k); l != "was" && l != "were" && l != "is" && l != "been" {
		return false
	}
	k++
	if s.lower(k) == "been" {
		k++
	}
	if s.lower(k) == "publicly" || s.lower(k) == "formally" || s.lower(k) == "officially" {
		k++
	}
	switch s.lower(k) {
	case "attributed", "assigned", "claimed", "tied", "linked", "blamed", "pinned", "traced":
		return true
	}
	return false
}

// describesNames reports whether the lowercase words from k close a
// description that the names after its comma fill: "U.S. chemical makers,
// Hexion and Momentive".
func describesNames(s *sent, k int) bool {
	m := k
	for m < len(s.toks) && m < k+3 && s.toks[m].word && !s.toks[m].cap && unicode.IsLetter(rune(s.toks[m].text[0])) && (s.owner[m] < 0 || s.ents[s.owner[m]].kind == graph.Sector) && !clauseStops.is(s.id(m)) {
		m++
	}
	if m == k || s.lower(m) != "," {
		return false
	}
	j := s.entAt(m + 1)
	return j >= 0 && s.ents[j].a == m+1 && s.ents[j].kind == graph.Organization
}

// describedAs returns the token after "what they described as" at k, or
// -1: "disclosed what it called a cybersecurity incident".
func describedAs(s *sent, k int) int {
	if s.lower(k) != "what" {
		return -1
	}
	m := k + 1
	if l := s.lower(m); l == "the" {
		m += 2 // "what the company called"
	} else if l == "it" || l == "they" || l == "he" || l == "she" || l == "we" {
		m++
	} else {
		return -1
	}
	switch s.lower(m) {
	case "described", "describes", "characterized", "characterised", "termed", "terms":
		if s.lower(m+1) != "as" {
			return -1
		}
		return m + 2
	case "called", "calls":
		return m + 1
	}
	return -1
}

// ownAttackAfter reports whether an attack on the subject's own systems
// follows k: "had detected a cyberattack on its information systems".
func ownAttackAfter(s *sent, k int) bool {
	if d := s.lower(k); d != "a" && d != "an" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
		if breachNouns.is(s.id(m)) {
			p := s.lower(m + 2)
			return (s.lower(m+1) == "on" || s.lower(m+1) == "affecting" || s.lower(m+1) == "against") && (p == "its" || p == "their" || p == "our") && ownAssetAfter(s, m+2)
		}
		if s.owner[m] >= 0 || !s.toks[m].word || s.toks[m].cap {
			return false
		}
	}
	return false
}

// abuseParticiples say what was done to a victim's own systems: "its
// account had been misused".
var abuseParticiples = set(`misused|abused|accessed|compromised|breached|hijacked|infiltrated|encrypted|penetrated|
tampered|hacked|wiped|defaced`)

// abuseVerbs are what an unnamed attacker did to a victim's own systems.
var abuseVerbs = set(`abused|misused|accessed|breached|compromised|hijacked|infiltrated|encrypted|penetrated|hacked|wiped|defaced`)

// attackerWords name an attacker without naming it.
var attackerWords = set(`attackers|hackers|intruders|criminals|cybercriminals|someone|actors`)

// delayedByAttack reports whether the words from k tell of damage by an
// attack: "delayed after an attack", "cancelled by a cyberattack claimed
// by", "halted in a ransomware attack"; not "delayed by bad weather".
func delayedByAttack(s *sent, k0 int) bool {
	for k := k0; k < len(s.toks) && k <= k0+2; k++ {
		if n := s.lower(k); haveDamage.has(n) || n == "delayed" || n == "cancelled" || n == "canceled" || n == "grounded" || n == "suspended" || n == "halted" {
			for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
				if c := s.lower(m); (c == "after" || c == "following" || c == "amid" || c == "by" || c == "in") && (attackNoun(s, m+1) || s.entAt(m+1+b2i(s.lower(m+1) == "the")) >= 0 && s.ents[s.entAt(m+1+b2i(s.lower(m+1) == "the"))].kind == graph.ThreatActor) {
					return true
				}
			}
			return false
		}
		if s.owner[k] >= 0 || !s.toks[k].word {
			return false
		}
	}
	return false
}

// haveDamage follow "had its systems": "knocked offline", "encrypted".
var haveDamage = set(`knocked|taken|encrypted|wiped|disrupted|crippled|locked|hijacked|defaced|frozen|paralyzed|paralysed|shut|compromised|breached`)

// noticeVerbs, suspiciousWords and activityNouns tell that a victim found
// an intrusion: "noticed suspicious activity", "detected unauthorized access".
var noticeVerbs = set(`noticed|detected|discovered|spotted|identified|observed|found|notices|detects|discovers`)
var suspiciousWords = set(`suspicious|unusual|unauthorized|unauthorised|anomalous|malicious|abnormal`)
var activityNouns = set(`activity|access|traffic|behavior|behaviour|activities|logins|login`)

// ownPeople reports whether the subject [start, end) is the staff of the
// one who reports: "staff first noticed", "its employees spotted".
func ownPeople(s *sent, start, end int) bool {
	for k := start; k < end && k < start+3; k++ {
		switch s.lower(k) {
		case "staff", "employees", "workers", "administrators", "engineers", "technicians", "personnel", "employee":
			return true
		case "its", "their", "it", "the":
			continue
		}
		return false
	}
	return false
}

// incidentVerbs are what an attack told as a subject does to its victim's
// systems: "an incident had disrupted pharmacy systems".
var incidentVerbs = set(`disrupted|crippled|affected|impacted|hit|paralyzed|paralysed|encrypted|disabled|compromised|breached`)

// takeVerbs are what an unnamed attacker takes from its victim's systems.
var takeVerbs = set(`stolen|stole|taken|took|exfiltrated|copied|downloaded|siphoned`)

// incidentSubject reports whether the subject [start, end) is an attack
// without its author: "an IT security incident", "the ransomware attack".
func incidentSubject(s *sent, start, end int) bool {
	if end-start < 2 || end-start > 6 || !breachNouns.is(s.id(end-1)) {
		return false
	}
	if d := s.lower(start); d != "a" && d != "an" && d != "the" {
		return false
	}
	for k := start + 1; k < end-1; k++ {
		if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap && len(s.toks[k].text) > 3 {
			return false // "the IT security incident", not "the Conti attack"
		}
	}
	return true
}

// attackerSubject reports whether the subject [start, end) is an unnamed
// attacker: "attackers", "hackers", "an unauthorized third party".
func attackerSubject(s *sent, start, end int) bool {
	seen := false
	for k := start; k < end && k < start+5; k++ {
		switch l := s.lower(k); {
		case attackerWords.has(l) || l == "party" && seen:
			seen = true
		case l == "the" || l == "an" || l == "a" || l == "third" || l == "unknown" || suspiciousWords.has(l):
			seen = seen || l == "third"
		default:
			return false
		}
	}
	return seen
}

// lossNouns are what a victim loses: "lost production", "lost access to".
var lossNouns = set(`production|data|access|revenue|revenues|money|funds|million|millions|billion|billions|control|
records|files|customers|business|sales|service|services|email|e-mail|connectivity|power|operations|recordings|documents|footage`)

// lostBefore reports whether the "to" at k ends what a victim lost: "lost
// recordings of court hearings to Qilin", "lost $3 million to the gang".
func lostBefore(s *sent, k int) bool {
	for m := k - 1; m >= 0 && m >= k-9; m-- {
		switch l := s.lower(m); {
		case l == "lost" || l == "lose" || l == "loses":
			return true
		case !s.toks[m].word && !currencySigns.has(l) && l != "-" || relatives.has(l) || l == "and" || s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.ThreatActor:
			return false
		}
	}
	return false
}

// damageNouns are what a victim suffers: "suffered an outage".
var damageNouns = set(`outage|outages|breach|breaches|attack|attacks|cyberattack|cyberattacks|cyber-attack|intrusion|
intrusions|incident|disruption|disruptions|downtime|loss|losses|compromise|hack|ransomware|interruption|leak|infection`)

// massBreachNouns tell of damage only right after the verb or its article:
// "confirmed disruption", "reported a disruption".
var massBreachNouns = set(`disruption|disruptions|downtime`)

// breachNouns name an attack a victim discloses: "disclosed a data breach".
var breachNouns = set(`breach|intrusion|cyberattack|cyber-attack|attack|incident|compromise|hack|outage|ransomware|
cyberincident|cyber-incident|disruption|disruptions|downtime|infection`)

// recoveryVerbs are what a victim has to do after an attack: "had to
// reinstall", "was forced to shut down".
var recoveryVerbs = set(`shut|close|take|reinstall|rebuild|restore|isolate|disconnect|cancel|postpone|divert|suspend|
halt|revert|switch|resort|rely|fall|turn|stop|delay|reschedule|write|declare|reroute|send|pull|unplug|wipe|
replace|reset|notify|operate|work|keep|move`)

// usedElsewhere reports whether a USES edge from actor to n rests on a
// sentence other than s: "attacked with Hive ransomware" alone does not make
// Hive the tool of the actor in focus.
func (x *extraction) usedElsewhere(actor, n graph.Node, s *sent) bool {
	i, ok := x.edgeAt[string(graph.Uses)+"\x00"+actor.ID+"\x00"+n.ID]
	if !ok {
		return false
	}
	for _, ev := range x.edges[i].Evidence {
		if ev.Sentence != s.Text {
			return true
		}
	}
	return false
}

// named drops the sectors of a subject that names an organization: "the
// pharmaceutical company Merck" is Merck, not the healthcare sector.
func named(s *sent, vs []victim) []victim {
	org := false
	for _, v := range vs {
		if k := s.ents[v.ent].kind; k == graph.Organization || k == graph.Person {
			org = true
		}
	}
	if !org {
		return vs
	}
	out := vs[:0:0]
	for _, v := range vs {
		if s.ents[v.ent].kind != graph.Sector {
			out = append(out, v)
		}
	}
	return out
}

// selfReportTarget: an organization that reports an intrusion into its own
// systems is the victim. "TeamViewer said hackers working for Russia's
// intelligence service broke into its corporate IT environment", "HPE
// revealed in a filing that the same group had been inside its cloud-based
// email environment", "Microsoft said Midnight Blizzard had broken into its
// corporate email". The reporter is an organization, subject of a reporting
// verb; the clause it reports has an attack verb (or "inside") whose object is
// "its"/"their" and a noun for what an attack reaches (network, email,
// systems), not the reporter's customers. The attacker is the actor the
// clause names, or, for "hackers" or "the attackers", the actor in focus.
func (x *extraction) selfReportTarget(s *sent, last *graph.Node) {
	for r := range s.toks {
		if s.owner[r] >= 0 || !reportVerbs.is(s.id(r)) && !revealVerbs.is(s.id(r)) {
			continue
		}
		reporter := -1
		start := clauseStart(s, r)
		// "The district, which surrounds the city of Ludwigshafen, says":
		// the reporter is before the relative clause.
		for _, v := range x.subjectVictims(s, start, relativeEnd(s, start, r)) {
			if s.ents[v.ent].kind == graph.Organization {
				reporter = v.ent
			}
		}
		if reporter < 0 {
			continue
		}
		// The reported clause: after "that", or right after the verb and a
		// time word or a short phrase ("said Friday that", "revealed in a
		// securities filing that").
		c := r + 1
		for k := r + 1; k < len(s.toks) && k <= r+8; k++ {
			if s.lower(k) == "that" && s.owner[k] < 0 {
				c = k + 1
				break
			}
			if s.owner[k] >= 0 || s.toks[k].text == "," {
				break
			}
		}
		actor, agent, verb := -1, -1, -1
		steal := false
		for k := c; k < len(s.toks); k++ {
			l := s.lower(k)
			lID := s.id(k)
			if l == ";" || reportVerbs.is(lID) && s.owner[k] < 0 {
				break
			}
			if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor && !pronouns.is(lID) && verb < 0 && actor < 0 {
				actor = j
			}
			if attackerNouns.is(lID) && s.owner[k] < 0 && verb < 0 && agent < 0 {
				agent = k
			}
			if s.owner[k] < 0 && actor >= 0 && stealVerbs.is(lID) && perfect.is(s.id(k-1)) && (s.ents[actor].b == k-1 || s.ents[actor].b == k-2 && groupNouns.is(s.id(k-2))) {
				// "disclosed that the Ragnar Locker gang had stolen
				// personal data": the reporter's data.
				verb, steal = k, true
				break
			}
			// "hackers breached its network", "the gang had compromised its
			// servers": a participle's form, the subject's verb.
			finite := !participles.is(lID) || agent >= 0 && agent == k-1 || perfect.is(s.id(k-1)) || actor >= 0 && s.ents[actor].b == k
			if s.owner[k] < 0 && (targetVerbs.is(lID) && finite || intoVerbs.is(lID) || l == "inside") && (actor >= 0 || agent >= 0) {
				verb = k
				break
			}
		}
		if verb < 0 || !ownAsset(s, verb) && !(steal && takenData(s, verb) && s.ents[reporter].a <= clauseStart(s, r)+1) || deniedBetween(s, r, verb) {
			continue
		}
		if byBefore(s, start, s.ents[reporter].a) || peopleOwnAsset(s, c, verb) {
			// "A message shared by firms including Recorded Future said
			// the group had lost access to parts of its infrastructure";
			// "The ministry said the operators approached engineers and
			// attempted to infect their computers": not the speaker's own.
			continue
		}
		if actor < 0 {
			actor = x.claimerAfter(s, verb+1)
		}
		var a graph.Node
		ref := true
		if actor >= 0 {
			n, ok, isRef := x.actor(s, actor, last)
			if !ok {
				continue
			}
			a, ref = n, isRef
		} else if f := x.focusActor(last); f != nil {
			a = *f
		} else {
			continue
		}
		x.target(s, a, []victim{{ent: reporter}}, "self-report", conf(0.8, ref), "")
	}
}

// claimerAfter returns the actor that the rest of s, from token from on,
// names as the author of the attack it reported, or -1: "said hackers had
// encrypted its network; the Quarrow gang later claimed the attack", "an
// attack claimed by Quarrow". The victim that tells of "hackers" is then that
// actor's, not the one in focus.
func (x *extraction) claimerAfter(s *sent, from int) int {
	for k := from; k < len(s.toks); k++ {
		if l := s.lower(k + 1); breachNouns.is(s.id(k)) && s.owner[k] < 0 && (l == "claimed" || l == "attributed" || l == "blamed") {
			// "an attack claimed by X", "an intrusion attributed to X".
			if j := x.blamed(s, k+1); j >= 0 && !s.ents[j].ref {
				return j
			}
			continue
		}
		if breachNouns.is(s.id(k)) && s.owner[k] < 0 && (s.lower(k-1) == "an" || s.lower(k-1) == "a") && s.lower(k-2) == "," {
			// ", an intrusion lawmakers in Seoul attributed to X": who laid
			// it on X stands between.
			if j := x.laidOnNoun(s, k); j >= 0 && !s.ents[j].ref {
				return j
			}
		}
		j := s.entAt(k)
		if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || s.ents[j].a != k {
			continue
		}
		// "X later claimed the attack", "the X ransomware gang claimed
		// responsibility", "X took credit".
		m := s.ents[j].b
		for m < len(s.toks) && m < s.ents[j].b+3 && (groupNouns.is(s.id(m)) || s.lower(m) == "ransomware") && s.owner[m] < 0 {
			m++
		}
		for m < len(s.toks) && (adverbs.is(s.id(m)) || s.lower(m) == "later" || s.lower(m) == "has" || s.lower(m) == "had" || s.lower(m) == "subsequently") {
			m++
		}
		switch s.lower(m) {
		case "claimed", "claims":
			if o := s.lower(m + 1); o == "responsibility" || o == "credit" || o == "the" || o == "it" || o == "that" {
				return j
			}
		case "took":
			if s.lower(m+1) == "credit" || s.lower(m+1) == "responsibility" {
				return j
			}
		}
	}
	return -1
}

// deniedBetween reports whether a denial stands between the reporting verb
// at r and the verb at v: "had seen no evidence that attackers reached".
func deniedBetween(s *sent, r, v int) bool {
	for k := r + 1; k < v; k++ {
		if l := s.lower(k); l == "no" || l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	return false
}

// stealVerbs take data from whoever reports the loss.
var stealVerbs = set(`stolen|stole|taken|took|exfiltrated|copied|accessed|encrypted|leaked|published`)

// takenData reports whether the verb at v takes data with no other owner
// named: "had stolen personal data on up to 390,000 people", not "had
// stolen data from X".
func takenData(s *sent, v int) bool {
	if !stealVerbs.is(s.id(v)) {
		return false
	}
	data := false
	for k := v + 1; k < len(s.toks) && k <= v+10; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if l == "from" || l == "at" || l == "belonging" || l == "of" && s.entAt(k+1) >= 0 || s.owner[k] >= 0 && isVictim(s.ents[s.owner[k]]) && s.ents[s.owner[k]].kind != graph.Sector {
			return false
		}
		if l == ";" || l == "." {
			break
		}
		if k <= v+4 && assetNouns.is(lID) {
			data = true
		}
	}
	return data
}

// ownAsset reports whether "its" or "their" follows the attack verb at v
// within a few words and is followed by a noun for what an attack reaches:
// "broke into its corporate IT environment", "inside their networks". Not
// "its customers": then the victims are the customers.
func ownAsset(s *sent, v int) bool {
	for k := v + 1; k < len(s.toks) && k <= v+6; k++ {
		l := s.lower(k)
		lID := s.id(k)
		// "breached an internal ticketing system", "corporate email
		// accounts": the reporter's own, as with "its".
		if (l == "internal" || l == "corporate") && (s.lower(v) == "inside" || s.lower(v-1) == "to" || s.lower(v-2) == "to") {
			return false // "to get inside corporate networks": anyone's
		}
		if l == "its" || l == "their" || l == "our" || l == "internal" || l == "corporate" {
			for m := k + 1; m < len(s.toks) && m <= k+5; m++ {
				w := s.lower(m)
				wID := s.id(m)
				if thirdParties.is(wID) {
					return false
				}
				if assetNouns.is(wID) || serviceNouns.is(wID) || w == "repositories" || w == "environment" || w == "estate" || w == "code" && s.lower(m-1) == "source" {
					if n := s.lower(m + 1); (l == "internal" || l == "corporate") && (n == "of" || n == "at" || n == "belonging" || n == "for" || n == "used") {
						return false // "the internal network of a ministry": another's
					}
					return true
				}
			}
			return false
		}
		if l == "to" && s.lower(k-1) == "access" {
			continue // "gained unauthorised access to its IT systems"
		}
		if k == v+1 && bareAssetVerbs.is(s.id(v)) && bareAssets.is(lID) && bareAsset(s, k) {
			return true // "SamSam had encrypted systems used for park permits"
		}
		if k == v+1 && (l == "service" || l == "services") && s.lower(k+1) == "to" {
			// "had disrupted service to some of its clients": the
			// reporter's service to its own customers.
			for m := k + 2; m < len(s.toks) && m <= k+6; m++ {
				if w := s.lower(m); (w == "its" || w == "their") && dependentNouns.is(s.id(m+1)) {
					return true
				}
			}
			return false
		}
		if s.owner[k] >= 0 || clauseStops.is(lID) {
			return false
		}
	}
	return false
}

// bareAsset reports whether the asset noun at k, right after an attack verb
// and with no article or owner, stays the reporter's: nothing up to the
// clause's end places it with someone else ("systems of a ministry",
// "servers at three hospitals", "systems across the country").
func bareAsset(s *sent, k int) bool {
	for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
		l := s.lower(m)
		if l == "of" || l == "at" || l == "belonging" || l == "across" || l == "around" || l == "worldwide" || l == "in" || s.owner[m] >= 0 && !pronouns.is(s.id(m)) {
			return false
		}
		if clauseStops.is(s.id(m)) || !s.toks[m].word {
			return true
		}
	}
	return true
}

// bareAssetVerbs reach machines the reporter owns when their object has no
// owner: "had encrypted systems", "had infected servers".
var bareAssetVerbs = set(`encrypted|infected|wiped|locked|compromised|breached`)

// bareAssets are the machines those verbs reach.
var bareAssets = set(`systems|servers|computers|machines|files|networks|workstations|devices`)

// revealVerbs report like reportVerbs but are not in that list.
var revealVerbs = set(`revealed|reveals|wrote|writes|explained|told`)

// intoVerbs reach inside a victim's systems: "get into its network", "logged
// into its network", "moved through its network".
var intoVerbs = set(`accessed|entered|reached|read|viewed|stole|copied|exfiltrated|downloaded|got|gained|obtained|logged|moved|roamed|penetrated`)

// attackerNouns name attackers without naming them: "hackers broke into".
var attackerNouns = set(`hackers|attackers|intruders|cybercriminals|criminals|spies|operatives`)

// pluralBreachNouns may stand without an article: "disclosed intrusions".
var pluralBreachNouns = set(`breaches|intrusions|cyberattacks|cyber-attacks|attacks|incidents|compromises|hacks|outages|
cyberincidents|cyber-incidents|disruption|disruptions|downtime`)

// openingClauseTarget: "After breaking into SolarWinds' build environment,
// the hackers slipped a backdoor into ...": an opening participle clause of
// attack shares the subject of the main clause, the actor named (or referred
// to) right after its comma.
func (x *extraction) openingClauseTarget(s *sent, last *graph.Node) {
	switch s.lower(0) {
	case "after", "before", "while", "since", "upon", "by", "when":
	default:
		return
	}
	v := 1
	if l := s.lower(v); !targetVerbs.has(l) || !strings.HasSuffix(l, "ing") || s.owner[v] >= 0 {
		return
	}
	comma := -1
	for k := v + 1; k < len(s.toks) && k <= v+14; k++ {
		if s.toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return
	}
	k := comma + 1
	if s.lower(k) == "the" && s.owner[k] < 0 {
		k++
	}
	ai := s.entAt(k)
	if ai < 0 || s.ents[ai].kind != graph.ThreatActor {
		return
	}
	actor, ok, ref := x.actor(s, ai, last)
	if !ok {
		return
	}
	from := v + 1
	if l := s.lower(from); l == "into" || l == "in" || l == "through" {
		from++
	}
	var vs []victim
	for _, o := range x.objects(s, from, false) {
		if s.ents[o.ent].a < comma {
			vs = append(vs, o)
		}
	}
	x.target(s, actor, vs, "opening-clause", conf(0.8, ref), "")
}

// thirdParties after "its" are other people than the organization itself:
// "targeted its customers".
var thirdParties = set(`customers|clients|users|partners|members|subscribers|suppliers|vendors|contractors|employees|staff`)

// sequelWords open the clause after a victim's damage that names who caused
// it: "after Snatch posted its data".
var sequelWords = set(`after|when|once|following`)

// maliciousLure reports whether a word of malice stands in [a, b): "received
// booby-trapped documents", "opened a malicious attachment".
func maliciousLure(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		switch s.lower(k) {
		case "malicious", "booby-trapped", "weaponized", "weaponised", "rigged", "infected", "trojanized", "tainted", "poisoned", "phishing", "spear-phishing", "spearphishing", "fake", "bogus", "lure", "decoy":
			return true
		}
	}
	return false
}

// ownAssetAfter reports whether an asset of the speaker's own follows at k:
// "disclosed breaches of customer databases", "an intrusion into its
// network".
func ownAssetAfter(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+2; m++ {
		if assetNouns.is(s.id(m)) || serviceNouns.is(s.id(m)) || webPages(s, m) {
			// Not "an attack against the operating systems and servers
			// of the Tel Aviv metro": someone else's.
			for q := m + 1; q < len(s.toks) && q <= m+4 && s.toks[q].word; q++ {
				if s.lower(q) == "of" {
					return false
				}
			}
			return true
		}
		if s.owner[m] >= 0 && !(s.lower(m) == "its" || s.lower(m) == "their") || !s.toks[m].word || s.toks[m].cap {
			return false
		}
	}
	return false
}

// webPages reports whether token m closes "home pages" or "web pages": a
// site's own pages, as a service is.
func webPages(s *sent, m int) bool {
	l := s.lower(m - 1)
	return (s.lower(m) == "pages" || s.lower(m) == "page") && (l == "home" || l == "web" || l == "login")
}

// reportedThat reports whether the "that" at k follows a verb of reporting,
// perhaps with a time between: "said that", "disclosed on Monday that".
func reportedThat(s *sent, k int) bool {
	return reportVerbBefore(s, k) >= 0
}

// reportVerbBefore returns the reporting verb before the "that" at k, over a
// short time phrase ("confirmed on Thursday that"), or -1.
func reportVerbBefore(s *sent, k int) int {
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		if reportVerbs.is(s.id(m)) || (findVerbs.is(s.id(m)) || evidenceVerbs.is(s.id(m))) && s.owner[m] < 0 {
			return m
		}
		if o := s.owner[m]; o >= 0 && s.ents[o].b == m+1 {
			// "told BleepingComputer that", "informed regulators that",
			// "told the U.S. Department of Health that": whom it was told
			// is not who tells.
			a := s.ents[o].a - 1
			for a > 0 && (s.lower(a) == "the" || s.owner[a] >= 0 && s.ents[s.owner[a]].kind == graph.Country) {
				a--
			}
			if s.lower(a) == "told" || s.lower(a) == "informed" || s.lower(a) == "notified" || s.lower(a) == "assured" {
				return a
			}
			if r := reportByAt(s, s.ents[o].a); r >= 0 {
				return r // "confirmed a report by the broadcaster NRK that": the clause is the report's
			}
			if s.lower(a) == "by" && (s.lower(a-1) == "told" || s.lower(a-1) == "informed" || s.lower(a-1) == "notified" || s.lower(a-1) == "alerted" || s.lower(a-1) == "warned") && auxiliaries.is(s.id(a-2)) {
				return a - 1 // "had been notified by PBI that": the one notified speaks of its own data
			}
		}
		if a := audienceAt(s, m); a >= 0 {
			m = a // "confirmed to the reporters that": whom it was said to
			continue
		}
		if l := s.lower(m); s.owner[m] >= 0 || !s.toks[m].word || !(l == "on" || l == "in" || l == "last" || l == "this" || l == "late" || l == "early" || months.has(l) || s.toks[m].digit || timeWords.has(l)) {
			return -1
		}
	}
	return -1
}

// reportNouns are what a finding is published in: "a report by NRK that".
var reportNouns = set(`report|reports|story|article|investigation|analysis|assessment|statement|announcement|finding|findings`)

// reportByAt returns the report noun of "a report by [the public
// broadcaster] X", where X starts at a, or -1.
func reportByAt(s *sent, a int) int {
	for k := a - 1; k > 0 && k >= a-4; k-- {
		if s.lower(k) == "by" || s.lower(k) == "from" {
			if reportNouns.is(s.id(k - 1)) {
				return k - 1
			}
			return -1
		}
		if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap {
			return -1
		}
	}
	return -1
}

// concernWords open a clause of what someone fears or knows: "patients
// worried that their information may have been exposed".
var concernWords = set(`worried|concerned|afraid|fearful|fearing|aware|unaware|convinced|confident|certain|sure|hopeful`)

// audienceNouns are whom a statement is made to: "confirmed to reporters",
// "said to the journalists".
var audienceNouns = set(`reporters|journalists|broadcasters|investors|regulators|shareholders|customers|employees|staff|lawmakers|us|media|press`)

// audienceAt: the "to" of "to [the] reporters" ending at k, or -1.
func audienceAt(s *sent, k int) int {
	if s.owner[k] >= 0 || !audienceNouns.is(s.id(k)) {
		return -1
	}
	a := k - 1
	if s.lower(a) == "the" {
		a--
	}
	if a >= 0 && s.lower(a) == "to" {
		return a
	}
	return -1
}

// evidenceVerbs open a clause that figures or findings support:
// "figures from X suggest that", "the company estimates that".
var evidenceVerbs = set(`suggest|suggests|suggested|estimate|estimates|estimated|show|shows|showed|indicate|indicates|indicated`)

// findVerbs open a clause of findings as reporting verbs do: "researchers
// found that 22 missions received the email".
var findVerbs = set(`found|finds|discovered|discovers|determined|concluded|observed|established|assessed|believes|believe`)

// timeWords may stand between a reporting verb and its "that": "confirmed
// in recent weeks that", "said over the past few days that".
var timeWords = set(`week|weeks|month|months|year|years|day|days|friday|today|yesterday|recent|past|few|several|the|over|
during|earlier|later|since|then|monday|tuesday|wednesday|thursday|saturday|sunday|morning|afternoon|evening|night|weekend`)

// listAnd reports whether the ", and" at k closes a list of names that is
// the subject ending at end: "Louis Vuitton, Dior, and Tiffany & Co. have
// each disclosed", not "X breached A, and B was hit as well".
func listAnd(s *sent, k, end int) bool {
	j := s.entAt(k + 1)
	if j < 0 {
		// "..., and the cable and broadband provider NET were named": the
		// words that describe the last item before its name.
		for m := k + 1; m < end && m <= k+8; m++ {
			if s.owner[m] >= 0 {
				if o := s.ents[s.owner[m]]; o.kind == graph.Organization && !o.ref && m == o.a {
					j = s.owner[m]
				}
				if o := s.ents[s.owner[m]]; o.kind != graph.Sector {
					break
				}
				continue
			}
			if !s.toks[m].word || s.toks[m].cap || auxiliaries.is(s.id(m)) || pastVerb(s, m) {
				break
			}
		}
	}
	if j < 0 || s.ents[j].kind == graph.ThreatActor {
		return false
	}
	e := s.ents[j].b
	if q := dashClose(s, e, end); q > 0 {
		e = q + 1 // "and NET - all owned by America Movil - were named": an aside
	}
	for e < end && (auxiliaries.is(s.id(e)) || perfect.is(s.id(e)) || adverbs.is(s.id(e)) || s.toks[e].text == ".") {
		e++
	}
	if e != end {
		return false
	}
	p := s.entAt(k - 2)
	if p >= 0 && s.ents[p].kind == s.ents[j].kind && s.lower(s.ents[p].a-1) == "," {
		return true
	}
	if s.ents[j].kind != graph.Organization {
		return false
	}
	// "Claro, the mobile operator, its sister Embratel, and ...": the item
	// before ", and" named after words that describe it, or described in
	// apposition after its name.
	m := k - 2
	for q := k - 2; q > 0 && q >= k-6; q-- {
		if s.lower(q) == "," {
			m = q
			break
		}
		if s.owner[q] >= 0 && s.ents[s.owner[q]].kind == graph.Organization && !s.ents[s.owner[q]].ref {
			// "its sister Embratel,": a named item.
			return s.lower(s.ents[s.owner[q]].a-1) == "," || describedItem(s, s.ents[s.owner[q]].a-1)
		}
		if !s.toks[q].word || s.toks[q].cap && s.owner[q] < 0 || pastVerb(s, q) {
			return false
		}
	}
	// ", the mobile operator, and": an apposition on the name before it.
	if s.lower(m) != "," || (s.lower(m+1) != "the" && s.lower(m+1) != "a") {
		return false
	}
	o := s.entAt(m - 1)
	return o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref && s.ents[o].b == m
}

// dashClose returns the dash that closes an aside opened by the dash at k,
// a dozen words on at most and before end, else -1.
func dashClose(s *sent, k, end int) int {
	if k >= end {
		return -1
	}
	if d := s.toks[k].text; d == "-" || d == "–" || d == "—" {
		for q := k + 1; q < end && q <= k+12; q++ {
			if s.toks[q].text == d {
				return q
			}
		}
	}
	return -1
}

// describedItem reports whether the words that end at k describe an item of
// a list that a comma opens: ", its corporate sister Embratel".
func describedItem(s *sent, k int) bool {
	for q := k; q > 0 && q >= k-5; q-- {
		if s.lower(q) == "," {
			return q < k
		}
		if o := s.owner[q]; o >= 0 && !(s.ents[o].ref && (s.lower(q) == "its" || s.lower(q) == "their")) && s.ents[o].kind != graph.Sector {
			return false
		}
		if !s.toks[q].word || s.toks[q].cap && s.owner[q] < 0 {
			return false
		}
	}
	return false
}

// ownSystemsBefore reports whether the clause before token i speaks of
// systems or services that are not a speaker's own: "the official websites
// of X were down", not "sales were down" nor "X said its website was down".
func ownSystemsBefore(s *sent, i int) bool {
	start := clauseStart(s, i)
	if pronouns.is(s.id(start)) {
		return false
	}
	for k := start; k < i; k++ {
		if s.owner[k] < 0 && (assetNouns.is(s.id(k)) || serviceNouns.is(s.id(k))) {
			return true
		}
	}
	return false
}

// disclosedBreach reports whether the relative clause at k tells of a
// breach its subject disclosed: "(that) have now acknowledged that
// attackers abused ...", "(that) confirmed a data breach".
func disclosedBreach(s *sent, k int) bool {
	for k < len(s.toks) && (perfect.is(s.id(k)) || adverbs.is(s.id(k)) || s.lower(k) == "now" || s.lower(k) == "since" || s.lower(k) == "publicly") {
		k++
	}
	switch s.lower(k) {
	case "acknowledged", "confirmed", "disclosed", "reported", "admitted", "notified":
	default:
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+8; m++ {
		if l := s.lower(m); breachNouns.has(l) || pluralBreachNouns.has(l) || l == "attackers" || l == "hackers" || l == "intruders" || l == "losses" || l == "theft" {
			return true
		}
	}
	return false
}

// disruptionVerbs with disruptedNouns tell what a victim had to stop:
// "paused some outpatient services", "postponed elective surgeries".
var (
	disruptionVerbs = set(`paused|postponed|cancelled|canceled|diverted|rescheduled|suspended|halted|stopped`)
	disruptedNouns  = set(`services|surgeries|appointments|procedures|operations|ambulances|patients|production|deliveries|flights|classes|exams|
orders|shipments|sales|trading|loading`)
)

// haltedWords after "was" or "were" tell that a victim's services stopped.
var haltedWords = set(`suspended|delayed|halted|interrupted|cancelled|canceled|stopped|frozen`)

// servicesBefore reports whether the few words before the verb at i name a
// victim's services: "Shipments from X were suspended", not "Talks with X
// were suspended".
func servicesBefore(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if l := s.lower(k); disruptedNouns.has(l) || serviceNouns.has(l) || l == "shipments" || l == "orders" {
			return true
		}
		if s.lower(k) == ";" {
			break
		}
	}
	return false
}

// commonServices reports whether a service or system is named by a common
// noun in [a, b): "The websites of A and B", not "Fenwick Mail".
func commonServices(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.owner[k] < 0 && (serviceNouns.is(s.id(k)) || disruptedNouns.is(s.id(k))) {
			return true
		}
	}
	return false
}

// afterAttackTarget: "Acea was still restoring systems after a ransomware
// attack claimed by Black Basta", "Marlow Bank's shares fell following a
// breach attributed to Quarrow". The organization that opens the clause
// lived through the attack laid on the actor; an attack with an object of
// its own ("after an attack on Y") and a clause of those who respond ("the
// FBI opened an inquiry after ...") are left to other rules.
func (x *extraction) afterAttackTarget(s *sent, last *graph.Node) {
	for i := 1; i < len(s.toks); i++ {
		l := s.lower(i)
		if l != "after" && l != "following" && l != "as" || s.owner[i] >= 0 {
			continue
		}
		a := actorAfter(s, preludeEnd(s, i+1))
		if l == "as" && !headlineAs(s, i) {
			continue
		}
		if a < 0 {
			if !attackNoun(s, i+1) {
				continue
			}
			n := i + 1
			for n < len(s.toks) && !nominals.is(s.id(n)) && !(s.lower(n) == "ransomware" || s.lower(n) == "malware") {
				n++
			}
			if p := s.lower(n + 1); nominalPreps.has(p) && p != "from" {
				continue
			}
			if a = x.blamed(s, n+1); a < 0 {
				continue
			}
		}
		start := clauseStart(s, i)
		if k := disclosedNoun(s, i); start == i && k >= 0 {
			// "Pelton Corp confirms data breach after ...": the noun of
			// attack is the confirming verb's object, not a verb.
			start = clauseStart(s, k)
		}
		if d := s.entAt(start); d >= 0 && s.ents[d].kind == "" && s.ents[d].b > s.ents[d].a+2 && !s.toks[s.ents[d].b-1].word {
			start = s.ents[d].b // "ROME, Feb 6 (Example Wire) - Acea, ...": past the dateline
		}
		start = pastOpeningTime(s, start, i)
		if s.lower(start) == "the" {
			start++
		}
		if c := s.entAt(start); c >= 0 && s.ents[c].kind == graph.Country && (s.lower(s.ents[c].b) == "'s" || s.lower(s.ents[c].b) == "’s") {
			start = s.ents[c].b + 1 // "Britain's Royal Mail lost ...": the company
			for m := start; m < i && m <= start+2 && s.owner[m] < 0 && s.toks[m].word && !s.toks[m].cap && strings.Contains(s.lower(m), "-"); m++ {
				if o := s.entAt(m + 1); o >= 0 && s.ents[o].kind == graph.Organization && s.ents[o].a == m+1 {
					start = m + 1 // "Chile's state-owned BancoEstado"
				}
			}
		}
		j := s.entAt(start)
		if j < 0 || s.ents[j].kind != graph.Organization || s.ents[j].ref {
			return
		}
		for m := s.ents[j].b; m < i; m++ {
			if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref || responderVerbs.is(s.id(m)) {
				return
			}
		}
		if actor, ok, ref := x.actor(s, a, last); ok {
			x.target(s, actor, []victim{{ent: j}}, "after-attack", conf(0.75, ref), "")
		}
		return
	}
}

// disclosedNoun returns the verb that confirms or discloses the noun of
// attack right before i ("confirms data breach", "disclosed a
// cyberattack"), or -1.
func disclosedNoun(s *sent, i int) int {
	k := i - 1
	for k > 0 && (nominals.is(s.id(k)) || s.lower(k) == "data" || s.lower(k) == "a" || s.lower(k) == "an" || s.lower(k) == "cyber") && s.owner[k] < 0 {
		k--
	}
	if k < i-1 && nominals.is(s.id(i-1)) && (reportVerbs.is(s.id(k)) || revealVerbs.is(s.id(k))) && s.owner[k] < 0 {
		return k
	}
	return -1
}

// headlineAs reports whether "as" at i follows a confirming verb in the
// present tense and its noun of attack, as headlines put it: "Wattpad
// confirms breach as ShinyHunters dumps data". The actor's clause then
// tells the cause.
func headlineAs(s *sent, i int) bool {
	k := disclosedNoun(s, i)
	return k >= 0 && strings.HasSuffix(s.lower(k), "s")
}

// actorPreludes may stand before an actor's name that opens a clause,
// with no article: "as hacker crew ShinyHunters dumps data", "after
// China-linked Salt Typhoon breached".
var actorPreludes = set(`hacker|hackers|hacking|crew|gang|group|ransomware|extortion|cybercrime|data-theft|notorious`)

// preludeEnd returns the first token after the words of actorPreludes that
// open at k, when an actor's name follows them; k otherwise.
func preludeEnd(s *sent, k int) int {
	m := k
	for m < len(s.toks) && m < k+3 && s.owner[m] < 0 && (actorPreludes.is(s.id(m)) || strings.HasSuffix(s.lower(m), "-linked") || strings.HasSuffix(s.lower(m), "-backed")) {
		m++
	}
	if j := s.entAt(m); m > k && j >= 0 && s.ents[j].kind == graph.ThreatActor && s.ents[j].a == m {
		return m
	}
	return k
}

// actorAfter returns the actor whose attack the words at k tell, after
// "after": "a LockBit attack", "the Hive ransomware attack", "Hive listed
// it", "LockBit encrypted its servers"; or -1.
func actorAfter(s *sent, k int) int {
	if l := s.lower(k); l == "a" || l == "an" || l == "the" {
		if j, m := namedAttack(s, k); j >= 0 && !nominalPreps.is(s.id(m+1)) {
			return j // not "a LockBit attack on Y": that attack has its own victim
		}
		if l := s.lower(k); l != "the" {
			return -1
		}
		// "after the LockBit gang encrypted servers running its terminal
		// system": the gang named with its group noun.
		j := s.entAt(k + 1)
		if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || s.ents[j].a != k+1 || !groupNouns.is(s.id(s.ents[j].b)) && s.lower(s.ents[j].b) != "ransomware" {
			return -1
		}
		m := s.ents[j].b + 1
		if groupNouns.is(s.id(m)) {
			m++ // "the LockBit ransomware gang"
		}
		if claimsOrLeaks(s, m) {
			return j // "after the Quarrow gang leaks files"
		}
		if !(targetVerbs.is(s.id(m)) || disruptVerbs.is(s.id(m))) {
			return -1
		}
		if o := s.lower(m + 1); o == "it" || o == "its" || o == "them" || o == "their" || assetNouns.is(s.id(m+1)) {
			return j
		}
		return -1
	}
	j := s.entAt(k)
	if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || s.ents[j].a != k {
		return -1
	}
	m := s.ents[j].b
	if groupNouns.is(s.id(m)) && s.owner[m] < 0 && claimsOrLeaks(s, m+1) {
		return j // "after Quarrow gang claims attack"
	}
	for m < len(s.toks) && m <= s.ents[j].b+2 && (auxiliaries.is(s.id(m)) || adverbs.is(s.id(m))) {
		m++
	}
	if claimsOrLeaks(s, m) {
		return j // "Frost & Sullivan confirms breach after KelvinSecurity lists customer database for sale"
	}
	if !(targetVerbs.is(s.id(m)) || listingVerbs.is(s.id(m)) || disruptVerbs.is(s.id(m))) {
		return -1
	}
	if l := s.lower(m + 1); l == "out" || l == "down" || l == "offline" {
		m++ // "Play knocked out its phone lines"
	}
	if o := s.lower(m + 1); o == "it" || o == "its" || o == "them" || o == "their" || assetNouns.is(s.id(m+1)) {
		return j // "after LockBit encrypted servers running its terminal system"
	}
	return -1
}

// claimsOrLeaks reports whether the verb at m claims an attack or puts
// data out, with no victim of its own: "claims attack", "claimed
// responsibility", "lists customer database for sale", "leaks files".
func claimsOrLeaks(s *sent, m int) bool {
	l := s.lower(m)
	if l == "claims" || l == "claimed" {
		k := m + 1
		if o := s.lower(k); o == "the" || o == "a" || o == "an" {
			k++
		}
		if o := s.lower(k); o == "responsibility" || o == "credit" {
			return true
		}
		return nominals.is(s.id(k)) && !nominalPreps.is(s.id(k+1))
	}
	if !leakVerbs.is(s.id(m)) && !listingVerbs.is(s.id(m)) {
		return false
	}
	// The data is the confirming organization's: not "leaks files of Y".
	for k := m + 1; k < len(s.toks) && k <= m+4; k++ {
		if dataNouns.is(s.id(k)) {
			return !nominalPreps.is(s.id(k+1)) || s.lower(k+1) == "on" // "posts files on its site"
		}
		if s.owner[k] >= 0 || !s.toks[k].word {
			return false
		}
	}
	return false
}

// pastOpeningTime returns the token after an opening phrase of time at
// start, before end: "In February 2023, the City of Oakland declared ...",
// "The same month, the City of Tulsa shut down ...", "A week later, ...";
// else start.
func pastOpeningTime(s *sent, start, end int) int {
	l := s.lower(start)
	lead := l == "in" || l == "on" || l == "during" || l == "last" || l == "earlier" || l == "this" || l == "later"
	timed := false
	for m := start; m < end && m <= start+6; m++ {
		w := s.lower(m)
		wID := s.id(m)
		if w == "," {
			if lead || timed {
				return m + 1
			}
			return start
		}
		if s.owner[m] >= 0 || !s.toks[m].word && !s.toks[m].digit {
			if !lead {
				return start
			}
			continue
		}
		if timeWords.is(wID) && w != "the" && w != "over" && w != "since" && w != "then" || months.is(wID) || s.toks[m].digit || w == "later" || w == "earlier" {
			timed = true
		} else if !lead && s.toks[m].cap && m > start {
			return start // "The City, ..."
		}
	}
	return start
}

// restoringVerbs tell how a victim spent its time after an attack: "spent
// weeks restoring systems".
var restoringVerbs = set(`restoring|recovering|rebuilding|repairing|reinstalling|reimaging|re-imaging|rebooting|remediating|cleaning|rolling`)

// lossAmount and currencySigns tell an amount: "as much as £25 million",
// "more than $10 million".
var (
	lossAmount    = set(`as|much|more|than|about|nearly|roughly|around|almost|some|up|over|an|estimated|least|at`)
	currencySigns = set(`£|$|€|¥|us$`)
)

// pastDate returns the token before a, past up to three words of a date:
// the article of "a 2023 Black Basta intrusion", "an October 2023 LockBit
// attack".
func pastDate(s *sent, a int) int {
	d := a - 1
	for d > 0 && d >= a-3 && s.owner[d] < 0 && (s.toks[d].digit || months.is(s.id(d))) {
		d--
	}
	return d
}

// namedAttack reads an attack named by its actor at the article k: "a
// LockBit attack", "an October 2023 Black Basta intrusion", "the Hive
// ransomware attack". It returns the actor's entity and the index of the
// noun of attack, or -1, -1.
func namedAttack(s *sent, k int) (int, int) {
	if l := s.lower(k); l != "a" && l != "an" && l != "the" {
		return -1, -1
	}
	m := k + 1
	for m < len(s.toks) && m <= k+3 && s.owner[m] < 0 && (s.toks[m].digit || months.is(s.id(m))) {
		m++ // the date of the attack
	}
	j := s.entAt(m)
	if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || s.ents[j].a != m {
		return -1, -1
	}
	n := s.ents[j].b
	if s.lower(n) == "ransomware" {
		n++
	}
	if !gangAttackNouns.is(s.id(n)) {
		return -1, -1
	}
	return j, n
}

// responderVerbs tell what those who respond to an attack do.
var responderVerbs = set(`opened|launched|began|arrested|charged|indicted|sanctioned|seized|issued|published|warned|advised|investigated|
investigating|raided|dismantled`)

// mundaneCause reports whether a sentence lays the damage it tells on
// something other than an attack: "an IT outage caused by construction work
// damaging fiber cables, an unrelated event", "an outage blamed on a faulty
// update".
func mundaneCause(s *sent) bool {
	for k := 0; k < len(s.toks); k++ {
		l := s.lower(k)
		if l == "unrelated" && s.owner[k] < 0 {
			return true
		}
		if (l == "caused" || l == "blamed") && (s.lower(k+1) == "by" || s.lower(k+1) == "on") {
			attack := false
			for m := k + 2; m < len(s.toks) && m <= k+6 && s.toks[m].word; m++ {
				if nominals.is(s.id(m)) || malwareNouns.is(s.id(m)) || s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.ThreatActor ||
					hackerNouns.is(s.id(m)) {
					attack = true
				}
			}
			if !attack {
				return true
			}
		}
	}
	return false
}

// lockedVerbs are what staff cannot do with their systems during an attack:
// "could not open electronic records", "were unable to access email".
var lockedVerbs = set(`open|access|use|reach|log|retrieve|view|book|pull`)

// recordNouns are the records staff could not open.
var recordNouns = set(`records|record|email|emails|e-mail|files|charts|x-rays|appointments|accounts|computers|payroll`)

// ransomPaidTarget reads a ransom paid, or refused, to an actor: the payer
// is the actor's victim. "CDW has refused to pay an $80mn ransom to the
// LockBit hacking gang", "Change Healthcare had already paid a $22 million
// ransom to an ALPHV affiliate", "JBS said it paid REvil the equivalent of
// $11 million".
func (x *extraction) ransomPaidTarget(s *sent, last *graph.Node) {
	n := len(s.toks)
	for r := 0; r < n; r++ {
		if s.owner[r] >= 0 || !payVerbs.is(s.id(r)) && !(s.lower(r+1) == "over" && handVerbs.is(s.id(r))) {
			continue
		}
		// The actor: the verb's first object ("paid REvil", "pay the
		// Qilin gang"), else after "to" past the sum or the ransom.
		actor := -1
		k := r + 1
		if s.lower(k) == "the" {
			k++
		}
		if j := s.entAt(k); j >= 0 && s.ents[j].kind == graph.ThreatActor && s.ents[j].a == k {
			actor = j
		} else if j := s.entAt(r + 1); j >= 0 && s.ents[j].kind == graph.ThreatActor && s.ents[j].ref && s.ents[j].a == r+1 && s.lower(r+1) == "the" {
			actor = j // "paid the gang about $4.4 million"
		}
		// "the bitcoin that Colonial handed over to the DarkSide gang".
		handed := (s.lower(r) == "handed" || s.lower(r) == "hands" || s.lower(r) == "hand") && s.lower(r+1) == "over"
		ransom := handed && paidSum(s, r)

		for m := r + 1; actor < 0 && m < n && m <= r+12; m++ {
			l := s.lower(m)
			ransom = ransom || l == "ransom" || l == "ransoms" || l == "$" || l == "million" || l == "bitcoin" || strings.HasPrefix(l, "$")
			if l == "to" && ransom {
				q := m + 1
				for q < n && q <= m+2 && (s.lower(q) == "the" || s.lower(q) == "a" || s.lower(q) == "an") {
					q++
				}
				if j := s.entAt(q); j >= 0 && s.ents[j].kind == graph.ThreatActor && s.ents[j].a == q {
					actor = j
				}
				break
			}
			if s.owner[m] >= 0 && s.ents[s.owner[m]].kind != graph.Country || l == ";" || l == "that" || l == "." || relatives.is(s.id(m)) {
				break
			}
		}
		if actor < 0 {
			continue
		}
		// The payer: the subject before the verb group ("had already
		// paid", "has refused to pay", "won't pay").
		v := r
		for v > 0 && (auxiliaries.is(s.id(v-1)) || perfect.is(s.id(v-1)) || adverbs.is(s.id(v-1)) || payLeads.is(s.id(v-1))) {
			v--
		}
		payers := func(end int) []victim {
			var vs []victim
			start := clauseStart(s, end)
			for _, w := range x.subjectVictims(s, start, relativeEnd(s, start, end)) {
				if e := s.ents[w.ent]; (e.kind == graph.Organization || e.kind == graph.Country && !e.demonym) && !e.ref {
					vs = append(vs, w)
				}
			}
			return vs
		}
		vs := payers(v)
		if handed && len(vs) == 0 {
			// "the bitcoin that Colonial handed over": the relative
			// clause's subject.
			for k := v - 1; k >= 0 && k >= v-8; k-- {
				if l := s.lower(k); (l == "that" || l == "which") && s.owner[k] < 0 {
					for _, w := range x.subjectVictims(s, k+1, v) {
						if e := s.ents[w.ent]; e.kind == graph.Organization && !e.ref {
							vs = append(vs, w)
						}
					}
					break
				}
			}
		}
		if len(vs) == 0 && pronouns.is(s.id(v-1)) && reportVerbs.is(s.id(v-2)) {
			vs = payers(v - 2) // "JBS said it paid REvil ...": the one who said it
		}
		if vs = named(s, vs); len(vs) == 0 {
			continue
		}
		a, ok, ref := x.actor(s, actor, last)
		if !ok {
			continue
		}
		x.target(s, a, vs, "ransom-paid", conf(0.8, ref), "")
	}
}

// handVerbs hand a ransom over.
var handVerbs = set(`hand|hands|handed|handing`)

// paidSum reports whether a sum or a ransom stands in the clause that the
// verb at r ends: "63.7 bitcoin that Colonial handed over".
func paidSum(s *sent, r int) bool {
	for k := r - 1; k >= 0 && k >= r-12; k-- {
		l := s.lower(k)
		if l == "ransom" || l == "ransoms" || l == "bitcoin" || l == "million" || strings.HasPrefix(l, "$") {
			return true
		}
		if (l == ";" || l == ".") && s.owner[k] < 0 {
			return false
		}
	}
	return false
}

// payVerbs hand over a ransom.
var payVerbs = set(`pay|paid|pays|paying`)

// payLeads stand between a payer and the verb: "refused to pay", "did not
// pay", "won't pay", "agreed to pay".
var payLeads = set(`to|refused|refuses|declined|declines|agreed|agrees|not|never|did|does|wo|n't|will|would|chose|decided|opted|eventually|reportedly|also|already|still`)

// expandTarget reads an actor that widens its reach: "Ink Dragon has
// expanded its operations from Southeast Asia and South America into
// Europe" tells of victims in all three, where it was and where it went.
func (x *extraction) expandTarget(s *sent, last *graph.Node) {
	n := len(s.toks)
	for v := 1; v < n; v++ {
		if s.owner[v] >= 0 || !expandVerbs.is(s.id(v)) {
			continue
		}
		k := v + 1
		if l := s.lower(k); l == "its" || l == "their" {
			k++
			for k < n && k <= v+4 && s.toks[k].word && !s.toks[k].cap && s.lower(k) != "from" && s.lower(k) != "into" && s.lower(k) != "to" {
				k++
			}
		}
		if s.lower(k) != "from" {
			continue
		}
		// "from A and B into C": the places left and the place reached.
		into := -1
		for m := k + 1; m < n && m <= k+12; m++ {
			if l := s.lower(m); l == "into" || l == "to" {
				into = m
				break
			}
			if s.owner[m] < 0 && s.lower(m) != "and" && s.lower(m) != "," && s.lower(m) != "the" {
				break
			}
		}
		if into < 0 {
			continue
		}
		actor, ok, ref := x.actorLeft(s, v, 12, last)
		if !ok {
			continue
		}
		// Places and sectors only: not "moved from Telegram to Signal".
		var vs []victim
		for _, w := range append(x.objects(s, k+1, false), x.objects(s, into+1, false)...) {
			if e := s.ents[w.ent]; e.kind == graph.Country || e.kind == graph.Sector {
				vs = append(vs, w)
			}
		}
		x.target(s, actor, vs, "expanded-into", conf(0.7, ref), "")
	}
}

// expandVerbs widen an actor's reach: "expanded its operations from A into B".
var expandVerbs = set(`expanded|expanding|expands|extended|extending|extends|broadened|broadening|widened|widening|shifted|shifting|shifts`)

// isQuote reports whether l is a quotation mark.
func isQuote(l string) bool {
	return l == "\"" || l == "“" || l == "”" || l == "'"
}

// phishingReceived reports whether a verb of receiving at k takes phishing
// as its object: "received carefully crafted phishing emails", "received
// several waves of spear-phishing messages".
func phishingReceived(s *sent, k int) bool {
	if l := s.lower(k); l != "received" && l != "receive" && l != "receives" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
		if phishWords.is(s.id(m)) {
			return true
		}
		if s.owner[m] >= 0 || !s.toks[m].word {
			return false
		}
	}
	return false
}

// phishWords name a phishing lure: "phishing emails", "malicious messages".
var phishWords = set(`phishing|spear-phishing|spearphishing|malicious|booby-trapped|malware-laden`)

// byBefore reports whether "by" stands in [a, b): the name after it is the
// agent of a participle, not the subject that speaks.
func byBefore(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.lower(k) == "by" && !ownedBy.is(s.id(k-1)) {
			return true
		}
	}
	return false
}

// ownedBy are the participles of an apposition that says whose the
// subject is: "Redbanc, the interbank network owned by a consortium of
// Chilean lenders, confirmed".
var ownedBy = set(`owned|run|operated|controlled|founded|backed|led|managed|acquired|bought|created|built|made|used|funded|
supported|staffed|chaired|headed|formed|established|held|co-owned|majority-owned|wholly-owned`)

// peopleOwnAsset reports whether the asset after the verb at v is "their"
// and people named between c and v own it: "approached engineers and
// managers ... and attempted to infect their computers".
func peopleOwnAsset(s *sent, c, v int) bool {
	their := false
	for k := v + 1; k < len(s.toks) && k <= v+4; k++ {
		if s.lower(k) == "their" {
			their = true
			break
		}
	}
	if !their {
		return false
	}
	for k := c; k < v; k++ {
		if staffNouns.is(s.id(k)) || dependentNouns.is(s.id(k)) || peopleNouns.is(s.id(k)) {
			return true
		}
	}
	return false
}

// peopleNouns name people by their trade.
var peopleNouns = set(`engineers|managers|researchers|journalists|officials|scientists|developers|analysts|diplomats|activists|lawyers|recruiters|candidates|targets|victims`)
