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
		if s.lower(k) == "that" && (reportVerbs.is(s.id(p)) || s.owner[p] < 0 && !s.toks[p].word) {
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
		if a < 0 || s.ents[a].kind != graph.ThreatActor || pronouns.is(s.id(s.ents[a].a)) && s.lower(s.ents[a].a) != "it" && s.lower(s.ents[a].a) != "they" {
			continue
		}
		q := s.ents[a].b
		if groupNouns.is(s.id(q)) && s.owner[q] < 0 {
			q++ // "which the Akira gang hit"
		}
		for q < len(s.toks) && q < s.ents[a].b+4 && (perfect.is(s.id(q)) || adverbs.is(s.id(q)) || s.lower(q) == "also" || s.lower(q) == "later" || s.lower(q) == "reportedly" || s.lower(q) == "allegedly") {
			q++
		}
		verb := s.lower(q)
		verbID := s.id(q)
		if !relObjectVerbs.is(verbID) || s.owner[q] >= 0 {
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

// semicolonBlameTarget reads an incident told before a semicolon and laid on
// an actor after it: "Ukraine's national news agency, Ukrinform, was also
// hit by a series of wipers that month; CERT-UA linked that incident to
// Sandworm as well", "In 2020 hackers broke into the email system of the
// Storting; the police later said the operation was carried out by APT28".
func (x *extraction) semicolonBlameTarget(s *sent, last *graph.Node) {
	for k := 3; k < len(s.toks); k++ {
		if s.toks[k].text != ";" {
			continue
		}
		a := -1
		for n := k + 1; n < len(s.toks) && n <= k+14 && s.toks[n].text != ";"; n++ {
			if !incidentNouns.is(s.id(n)) && !fromNominals.is(s.id(n)) && s.lower(n) != "operation" || s.owner[n] >= 0 {
				continue
			}
			if d := s.lower(n - 1); d != "that" && d != "this" && d != "the" {
				continue
			}
			a = x.blamed(s, n+1) // "the operation was carried out by X"
			if v := s.lower(n - 2); a < 0 && (v == "linked" || v == "tied" || v == "traced" || v == "attributed" || v == "blamed" || v == "pinned") {
				// "linked that incident to X"
				if m := n + 1; s.lower(m) == "to" || s.lower(m) == "on" {
					if j := s.entAt(m + 1); j >= 0 && s.ents[j].a == m+1 {
						a = j
					}
				}
			}
			break
		}
		if a < 0 || s.ents[a].kind != graph.ThreatActor {
			continue
		}
		// The incident before the semicolon: its passive subject, or the
		// object of its attack verb.
		cs := semicolonStart(s, k)
		var vs []victim
		for q := cs; q < k; q++ {
			l := s.lower(q)
			lID := s.id(q)
			if s.owner[q] >= 0 {
				continue
			}
			if participles.is(lID) {
				p := q - 1
				for p > cs && (adverbs.is(s.id(p)) || s.lower(p) == "also") {
					p--
				}
				if auxiliaries.is(s.id(p)) {
					vs = x.subjectVictims(s, cs, relativeEnd(s, cs, p))
					break
				}
			}
			if targetVerbs.is(lID) && !participles.is(lID) {
				from := q + 1
				if part, ok := targetParticle[l]; ok {
					if s.lower(from) != part {
						continue
					}
					from++
				}
				for _, v := range x.objects(s, from, false) {
					e := s.ents[v.ent]
					if e.a >= k {
						continue
					}
					if n := len(vs); n > 0 && s.ents[vs[n-1].ent].b == e.a-2 && s.lower(e.a-2) == "," && s.lower(e.a-1) == "the" {
						continue // "the Storting, the Norwegian parliament": one body
					}
					vs = append(vs, v)
				}
				break
			}
		}
		if len(vs) == 0 {
			// "Sky Mavis lost some $620 million from its Ronin bridge":
			// the one who suffered it.
			for q := cs; q < k; q++ {
				if end := sufferAt(s, q); end > cs && s.owner[q] < 0 {
					vs = x.subjectVictims(s, cs, relativeEnd(s, cs, end))
					break
				}
			}
		}
		vs = named(s, vs)
		if len(vs) == 0 {
			continue
		}
		actor, ok, ref := x.actor(s, a, last)
		if !ok {
			continue
		}
		x.target(s, actor, vs, "semicolon-blame", conf(0.75, ref), "")
		return
	}
}

// interestTarget reads where a group's attention lies: "it has shown a
// particular interest in Japan and South Korea", "goes after large
// organizations in Asia, with a focus on financial services", "...,
// with a particular interest in Taiwan and Southeast Asia". The places,
// sectors and organizations named are the actor's targets; a possessive
// ("an interest in China's foreign relations") names a topic, not a victim.
func (x *extraction) interestTarget(s *sent, last *graph.Node) {
	for i := 1; i+2 < len(s.toks); i++ {
		l := s.lower(i)
		var from int
		switch {
		case l == "interest" && s.lower(i+1) == "in":
			from = i + 2
		case l == "focus" && s.lower(i+1) == "on":
			from = i + 2
		default:
			continue
		}
		// "has shown a particular interest in", ", with a focus on".
		k := i - 1
		for k > 0 && (interestModifiers.is(s.id(k)) || s.lower(k) == "a" || s.lower(k) == "an") {
			k--
		}
		shown := k > 0 && (s.lower(k) == "shown" || s.lower(k) == "showed" || s.lower(k) == "shows" || s.lower(k) == "show" || s.lower(k) == "taken" || s.lower(k) == "took")
		with := s.lower(k) == "with" && s.lower(k-1) == ","
		if !shown && !with {
			continue
		}
		if with {
			// The clause before the comma attacks: "goes after X, with a
			// focus on Y".
			attack := false
			for m := k - 2; m >= 0 && m >= k-30; m-- {
				if s.owner[m] < 0 && (targetVerbs.is(s.id(m)) || s.lower(m) == "targets" || nominals.is(s.id(m))) {
					attack = true
					break
				}
			}
			if !attack {
				continue
			}
		}
		actor, ok, ref := x.actorLeft(s, k, 40, last)
		if !ok {
			continue
		}
		var vs []victim
		for _, v := range x.objects(s, from, false) {
			e := s.ents[v.ent]
			if b := s.lower(e.b); b == "'s" || b == "’s" || b == "'" || e.demonym {
				continue // "an interest in China's foreign relations": a topic; "German manufacturers": the annotators' choice varies
			}
			vs = append(vs, v)
		}
		x.target(s, actor, vs, "interest-target", conf(0.7, ref), "")
	}
}

// interestModifiers qualify an interest: "a particular interest in".
var interestModifiers = set(`particular|special|strong|keen|clear|sustained|growing|persistent|specific|heavy|main|primary|sharp`)
