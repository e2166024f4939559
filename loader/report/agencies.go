package report

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// agencyNames are the intelligence and military services that reports name
// as the hand behind an intrusion ("the NSA penetrated the center", "HUR
// launched a DDoS campaign"). Police and defenders are not among them: a
// takedown is no attack.
var agencyNames = set(`nsa|national security agency|u.s. national security agency|us national security agency|
gru|main intelligence directorate|main directorate of intelligence|main directorate|gu|hur|gur|
defence intelligence of ukraine|defense intelligence of ukraine|svr|foreign intelligence service|
fsb|federal security service|sbu|security service of ukraine|mss|ministry of state security|
rgb|reconnaissance general bureau|irgc|islamic revolutionary guard corps|gchq|mossad|unit 8200|
cia|central intelligence agency|tailored access operations|office of tailored access operations|tao|
cyber command|u.s. cyber command|us cyber command|national cyber force|strategic support force`)

// agency reports whether an organization node is an intelligence or
// military service.
func agency(n graph.Node) bool {
	if agencyNames.has(strings.ToLower(n.Name)) {
		return true
	}
	for _, a := range n.Aliases {
		if agencyNames.has(strings.ToLower(a)) {
			return true
		}
	}
	return false
}

// agencyFillers may stand between a service's name and its verb: "the NSA
// had allegedly penetrated".
var agencyFillers = set(`had|has|have|allegedly|reportedly|also|repeatedly|previously|then|later|itself|once|again|
successfully|secretly|covertly|apparently|subsequently|since|already`)

// promoteAgencies makes an intelligence or military service an actor for
// the whole report when one of its sentences has it attack: its name
// before an attack verb ("the NSA penetrated the center", "HUR launched a
// DDoS campaign that disrupted ..."), or after an accusation of one
// ("accused the NSA of a campaign of cyberattacks on ...", "accused the
// GRU of attacking ..."). In that report the service is a threat actor of
// the same name.
func (x *extraction) promoteAgencies() {
	acting := map[string]bool{}
	for _, s := range x.sents {
		for _, e := range s.ents {
			if e.kind == graph.Organization && !e.ref && agency(e.node) && agencyAttacks(s, e) {
				acting[e.node.ID] = true
			}
		}
	}
	if len(acting) == 0 {
		return
	}
	// A service the report links a named group to is that group's parent:
	// "APT28, a unit of Russia's GRU", "Callisto, which London ties to the
	// FSB". The group is the actor; the service stays its sponsor.
	for _, s := range x.sents {
		for _, e := range s.ents {
			if e.kind != graph.Organization || !acting[e.node.ID] {
				continue
			}
			for _, o := range s.ents {
				if o.kind == graph.ThreatActor && !o.ref && linkedBetween(s, o, e) {
					delete(acting, e.node.ID)
				}
			}
		}
	}
	if len(acting) == 0 {
		return
	}
	for _, s := range x.sents {
		for i := range s.ents {
			if e := &s.ents[i]; e.kind == graph.Organization && acting[e.node.ID] {
				n := e.node
				n.Kind, n.ID = graph.ThreatActor, graph.NodeID(graph.ThreatActor, n.Name)
				n.Aliases = append([]string(nil), n.Aliases...)
				e.kind, e.node = graph.ThreatActor, n
			}
		}
	}
}

// agencyAttacks reports whether the service e of s is said to attack in s.
func agencyAttacks(s *sent, e ent) bool {
	// The name as the object of a preposition is no subject: "campaigns
	// for the Islamic Revolutionary Guard Corps broke into ...".
	p := e.a - 1
	for p >= 0 && (s.lower(p) == "the" || s.lower(p) == "'s" || s.lower(p) == "’s" || s.owner[p] >= 0 && s.ents[s.owner[p]].kind == graph.Country) {
		p--
	}
	subject := !objectPreps.is(s.id(p)) && s.lower(p) != "by" || insiders(s, p)
	if attacksLaidOn(s, e) {
		return true
	}
	k := e.b
	if l := s.lower(k); l == "'s" || l == "’s" {
		// "the NSA's operation had infected handsets".
		k++
		for m := k; m < len(s.toks) && m <= k+3; m++ {
			if nominals.is(s.id(m)) || agencyStaff.is(s.id(m)) {
				k = m + 1 // "HUR's cyber specialists targeted"
				break
			}
		}
		if k == e.b+1 {
			return false
		}
	}
	if s.lower(k) == "," && appositionOpens.is(s.id(k+1)) || s.lower(k) == "," && s.lower(k+1) == "known" {
		// "the Main Intelligence Directorate, known by its initials as
		// HUR, said": past the apposition to the verb.
		for m := k + 2; m < len(s.toks) && m <= k+16; m++ {
			if s.lower(m) == "," {
				k = m + 1
				break
			}
			if s.lower(m) == ";" || s.lower(m) == "." {
				break
			}
		}
	}
	for k < len(s.toks) && agencyFillers.is(s.id(k)) {
		k++
	}
	if subject {
		switch l := s.lower(k); {
		case (l == "taken" || l == "took" || l == "claimed") && s.lower(k+1) == "credit" && s.lower(k+2) == "for":
			// "has also taken credit for several intrusions inside Russia".
			if attackNounWithin(s, k+3, 4) {
				return true
			}
		case strings.HasSuffix(l, "ing") && (groupNouns.is(s.id(k+1)) || groupNouns.has(strings.TrimSuffix(s.lower(k+1), "s")) || nominals.is(s.id(k+1))):
			return false // "FSB hacking crews": a modifier
		case targetVerbs.has(l) && l != "focused" && l != "focus" && l != "focuses" && l != "focusing" && !s.passiveAt(k):
			particle, ok := targetParticle[l]
			return !ok || s.lower(k+1) == particle
		case l == "launched" || l == "conducted" || l == "carried" || l == "mounted" || l == "staged" || l == "waged":
			// "HUR launched a days-long DDoS campaign".
			if attackNounWithin(s, k+1, 6) || s.lower(k+1) == "ddos" || s.lower(k+2) == "ddos" {
				return true
			}
		case l == "claimed" || l == "claims":
			// "HUR also claimed a series of DDoS attacks on ...", "the
			// cyberattacks that HUR has claimed against ...".
			if s.lower(k+1) != "that" && attackNounWithin(s, k+1, 5) || (s.lower(p) == "that" || s.lower(p) == "which") && nominals.is(s.id(p-1)) {
				return true
			}
			fallthrough
		case reportVerbs.has(l):
			// "HUR said it had hit X", "said its specialists had gained
			// access to".
			return ownDeed(s, k+1)
		}
	}
	// "accused the NSA of a campaign of cyberattacks on the center".
	if s.lower(e.b) == "of" {
		// The service itself, not "a unit of Russia's GRU" nor "officers
		// of the FSB".
		accused := false
		if l := s.lower(p); l == "accused" || l == "accusing" || l == "accuses" || l == "accuse" || l == "blamed" {
			accused = true
		}
		if accused {
			for m := e.b + 1; m < len(s.toks) && m <= e.b+6; m++ {
				if l := s.lower(m); targetVerbs.has(l) && strings.HasSuffix(l, "ing") || nominals.has(l) && l != "operation" && l != "activity" && l != "activities" {
					return true
				}
			}
		}
	}
	return false
}

// attacksLaidOn reports whether service e of s is the one attacks are laid
// on: "attributed those attacks to Russia's military intelligence agency,
// the GRU", "blamed the attacks on the GRU".
func attacksLaidOn(s *sent, e ent) bool {
	for k := e.a - 1; k > 0 && k >= e.a-10; k-- {
		l := s.lower(k)
		if l != "to" && l != "on" {
			if o := s.owner[k]; o >= 0 && s.ents[o].kind != graph.Country && s.ents[o].kind != graph.Sector || isQuote(l) || s.toks[k].word && s.toks[k].cap && s.owner[k] < 0 || l == ";" || clauseStops.is(s.id(k)) {
				return false
			}
			continue
		}
		// "attributed those attacks to", "blamed the attacks on".
		n := k - 1
		if !nominals.is(s.id(n)) || n < 2 {
			return false
		}
		v := n - 1
		if l := s.lower(v); l == "those" || l == "the" || l == "these" || l == "that" || l == "both" {
			v--
		}
		for v > 0 && (adverbs.is(s.id(v)) || lyAdverb(s, v)) {
			v--
		}
		switch s.lower(v) {
		case "attributed", "blamed", "pinned", "traced":
			return true
		}
		return false
	}
	return false
}

// insiders reports whether the preposition at p ties people who speak for a
// service to it: "A source in the Main Directorate of Intelligence ...
// told outlets that the agency had ...", "officials at the SBU said".
func insiders(s *sent, p int) bool {
	if l := s.lower(p); l != "in" && l != "at" && l != "within" && l != "inside" {
		return false
	}
	return insiderNouns.is(s.id(p - 1))
}

// insiderNouns are people who speak for a service from inside it.
var insiderNouns = set(`source|sources|official|officials|spokesperson|spokesman|spokeswoman|representative|representatives`)

// agencyStaff are a service's people who do its operations.
var agencyStaff = set(`specialists|hackers|operatives|officers|experts|teams|team|units|unit|agents|staff`)

// ownDeed reports whether the clause a service reports from token k on tells
// of an attack it did itself: "(said) it had hit X", "(said) that its
// specialists had gained access to".
func ownDeed(s *sent, k int) bool {
	if s.lower(k-1) == "told" {
		// "told several Ukrainian outlets on Thursday that".
		for m := k; m < len(s.toks) && m <= k+7; m++ {
			if s.lower(m) == "that" {
				k = m
				break
			}
			if !s.toks[m].word {
				break
			}
		}
	}
	if s.lower(k) == "that" {
		k++
	}
	switch s.lower(k) {
	case "it":
		k++
	case "the":
		// "that the agency has been running a DDoS campaign against".
		if !agencyNouns.is(s.id(k + 1)) {
			return false
		}
		k += 2
	case "its":
		staff := -1
		for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
			if agencyStaff.is(s.id(m)) {
				staff = m
				break
			}
		}
		if staff < 0 {
			return false
		}
		k = staff + 1
	default:
		return false
	}
	for k < len(s.toks) && (agencyFillers.is(s.id(k)) || perfect.is(s.id(k)) || s.lower(k) == "been" && s.lower(k+1) == "running") {
		k++
	}
	l := s.lower(k)
	switch {
	case gainVerbs.is(s.id(k)) || l == "obtained" || l == "got":
		// "had gained access to", not "had obtained evidence".
		return s.lower(k+1) == "access"
	case targetVerbs.has(l) && !s.passiveAt(k):
		return true
	case l == "running" || l == "conducting" || l == "waging" || l == "launched" || l == "conducted" || l == "carried":
		// "has been running a large DDoS campaign against".
		return attackNounWithin(s, k+1, 9)
	}
	return false
}

// agencyNouns stand for an intelligence or military service in its own
// statement: "the agency said".
var agencyNouns = set(`agency|service|directorate|intelligence|ministry`)

// attackNounWithin reports whether a noun of attack, not "operation",
// stands among the n tokens from k: "several intrusions", "a DDoS campaign".
func attackNounWithin(s *sent, k, n int) bool {
	for m := k; m < len(s.toks) && m < k+n; m++ {
		if l := s.lower(m); nominals.has(l) && l != "operation" && l != "operations" {
			return true
		}
	}
	return false
}

// passiveAt reports whether the verb at k is a participle after a form of
// "be": "was targeted".
func (s *sent) passiveAt(k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		switch s.lower(m) {
		case "was", "were", "been", "being", "is", "are", "be":
			return true
		}
		if !agencyFillers.is(s.id(m)) && s.lower(m) != "not" {
			return false
		}
	}
	return false
}

// parentCues between a group's name and a service's say that the group
// belongs to the service.
var parentCues = set(`linked|attributed|attributes|attribute|tied|ties|unit|units|part|run|operated|behind|belongs|belonging|
working|works|associated|affiliated|connected|controlled|directed|sponsored|backed|subordinate|division|arm|branch|
centre|center|known|tracked|identified|officers|operatives|service|agency|by|of|within|inside|under|to`)

// linkedBetween reports whether the words between actor a and service b of
// s (either order, at most sixteen tokens apart) link the two.
func linkedBetween(s *sent, a, b ent) bool {
	from, to := a.b, b.a
	if b.b <= a.a {
		from, to = b.b, a.a
	}
	if to < from || to-from > 16 {
		return false
	}
	for k := from; k < to; k++ {
		if parentCues.is(s.id(k)) {
			return true
		}
	}
	return false
}
