package report

import "github.com/actorgraph/actorgraph/graph"

// leakSiteTarget reads the way ransomware reporting names victims: by the
// gang's leak site. "Hive later listed Lake Charles Memorial Health System
// on its leak site", "the gang added Patelco to its extortion portal",
// "Fenwick Logistics appeared on RansomHub's data leak site", "Marlow Bank
// was posted to the Lamprey leak blog". The site's owner is the actor: the
// one named before the site ("RansomHub's", "the Lamprey"), else the
// subject of the listing verb, else, for "its"/"their", the actor in focus.
// The victims are the objects of the listing verb, or, for "appeared on"
// and a passive, the subject before it.
func (x *extraction) leakSiteTarget(s *sent, last *graph.Node) {
	for i := 1; i < len(s.toks); i++ {
		site := leakSiteAt(s, i)
		if site < 0 && ownSite(s, i) {
			site = i // "added X to its site", "listed on the gang's website"
		}
		if site < 0 {
			continue
		}
		// The preposition before the site phrase: "on its leak site".
		p := i - 1
		for p > 0 && (s.lower(p) == "its" || s.lower(p) == "their" || s.lower(p) == "the" || s.lower(p) == "a" || s.lower(p) == "'s" || s.lower(p) == "’s" ||
			siteModifiers.is(s.id(p)) ||
			s.owner[p] >= 0 && s.ents[s.owner[p]].kind == graph.ThreatActor ||
			siteOwnerNouns.is(s.id(p)) && s.owner[p] < 0 && s.owner[p-1] >= 0 && s.ents[s.owner[p-1]].kind == graph.ThreatActor) {
			p--
		}
		// "to the "pre-release" section of its site".
		if s.lower(p) == "of" && sectionNouns.is(s.id(p-1)) {
			q := p - 2
			for q > 0 && q > p-6 && s.owner[q] < 0 && s.lower(q) != "to" && s.lower(q) != "on" && s.lower(q) != "onto" {
				q--
			}
			p = q
		}
		if l := s.lower(p); l != "on" && l != "to" && l != "onto" {
			x.siteSubject(s, i, site, last)
			continue
		}
		owner := -1
		for k := p + 1; k < i; k++ {
			if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor {
				owner = j
			}
		}
		if owner < 0 {
			owner = siteRunBy(s, site)
		}
		// The listing verb before the preposition, and what lies between.
		// A name counts as one word: "listed the Consejería Jurídica del
		// Ejecutivo Federal, the Legal Counsel of the Federal Executive, on".
		v := -1
		start := p - 1
		if q := leakAppositionOpen(s, p-1); q > 0 {
			start = q // "added ZESA Holdings, the state-owned company that runs ..., to its data leak site"
		}
		for k, steps := start, 0; k >= 0 && steps < 15; k-- {
			if s.owner[k] < 0 || s.ents[s.owner[k]].a == k {
				steps++
			}
			if l := s.lower(k - 1); (l == "the" || l == "its" || l == "their" || l == "a") && (s.lower(k) == "list" || s.lower(k) == "listing") {
				continue // "added Adif to the list of victims on its leak site": the noun
			}
			if (listingVerbs.is(s.id(k)) || turnedUp(s, k)) && s.owner[k] < 0 {
				v = k
				break
			}
			if s.toks[k].text == ";" || relatives.is(s.id(k)) {
				break
			}
		}
		if v < 0 {
			continue
		}
		var vs []victim
		aux := v - 1
		for aux > 0 && (s.lower(aux) == "also" || adverbs.is(s.id(aux))) && s.owner[aux] < 0 {
			aux-- // "were also named on Play's site"
		}
		passive := auxiliaries.is(s.id(aux)) || s.lower(v) == "appeared" || s.lower(v) == "appears" || s.lower(v) == "surfaced" || turnedUp(s, v)
		if owner >= 0 && s.ents[owner].ref && !passive {
			// "Black Basta, a ransomware operation that includes former
			// members of the Conti syndicate, posted X on its leak site":
			// the site is the subject's, not the actor named last.
			if j := x.nearestActorLeft(s, v, 30); j >= 0 && !s.ents[j].ref {
				owner = j
			}
		}
		if passive {
			end := asideBefore(s, v)
			start := clauseStart(s, end)
			vs = x.subjectVictims(s, start, relativeEnd(s, start, end))
			if j := namesOwner(s, aux); len(named(s, vs)) == 0 && j >= 0 {
				vs = []victim{{ent: j}} // "the ADA's name had appeared on the leak site"
			}
			if len(named(s, vs)) == 0 {
				// "A dozen others have been named on Clop's leak site,
				// including X, Y and Z": the victims follow.
				vs = includedVictims(s, site+1)
			}
		} else {
			for k := v + 1; k < p; k++ {
				if l := s.lower(k + 1); s.toks[k].text == "," && len(vs) > 0 && (l == "the" || l == "a" || l == "an") && !listGoesOn(s, k+1, p) {
					// "listed X, the Legal Counsel of the Federal
					// Executive, on its site": an apposition, one victim.
					for k++; k < p && s.toks[k].text != ","; k++ {
					}
					continue
				}
				if j := s.owner[k]; j >= 0 && isVictim(s.ents[j]) && s.ents[j].kind != graph.Country && !madeBy(s, s.ents[j]) {
					vs = append(vs, victim{ent: j})
					k = s.ents[j].b - 1
				}
			}
			if owner < 0 {
				if j := x.nearestActorLeft(s, v, 10); j >= 0 {
					owner = j
				}
			}
			if k := followedBy(s, site+1); k > 0 && len(vs) > 0 {
				// "added A and B to its leak site, followed this month by
				// the law firms C and D": more of the same listing.
				vs = append(vs, x.objects(s, k, true)...)
			}
		}
		vs = named(s, vs)
		if len(vs) == 0 {
			continue
		}
		var actor graph.Node
		ref := false
		switch {
		case owner >= 0:
			a, ok, r := x.actor(s, owner, last)
			if !ok {
				continue
			}
			actor, ref = a, r
		case s.lower(p+1) == "its" || s.lower(p+1) == "their" || s.lower(p+1) == "the" && passive && leakSiteAt(s, i) >= 0:
			// "on its leak site"; "X was listed on the leak site within
			// days": the site of the gang the report is about.
			f := x.focusActor(last)
			if f == nil {
				continue
			}
			actor, ref = *f, true
		default:
			continue
		}
		x.target(s, actor, vs, "leak-site", conf(0.8, ref), "")
		i = site
	}
}

// namesOwner returns the entity whose name is the subject ending at token k
// ("the ADA's name had appeared", "Acme's name was posted"), skipping an
// auxiliary at k, or -1.
func namesOwner(s *sent, k int) int {
	if auxiliaries.is(s.id(k)) || perfect.is(s.id(k)) {
		k--
	}
	if l := s.lower(k); l != "name" && l != "names" {
		return -1
	}
	if l := s.lower(k - 1); l != "'s" && l != "’s" {
		return -1
	}
	if j := s.entAt(k - 2); j >= 0 && isVictim(s.ents[j]) && s.ents[j].kind != graph.Country {
		return j
	}
	return -1
}

// followedBy returns the token after ", followed by" (a time phrase may
// stand before "by": ", followed this month by") at k, else -1.
func followedBy(s *sent, k int) int {
	if s.lower(k) != "," || s.lower(k+1) != "followed" {
		return -1
	}
	for m := k + 2; m < len(s.toks) && m <= k+6; m++ {
		if s.lower(m) == "by" {
			return m + 1
		}
		if s.owner[m] >= 0 || !s.toks[m].word {
			return -1
		}
	}
	return -1
}

// leakAppositionOpen returns the comma that opens an apposition closed by the
// comma at c ("ZESA Holdings, the state-owned company that runs most of
// the grid, to"), when a name stands before it; else -1.
func leakAppositionOpen(s *sent, c int) int {
	if c < 3 || s.toks[c].text != "," {
		return -1
	}
	for q := c - 1; q > 1 && q >= c-25; q-- {
		switch t := s.toks[q].text; {
		case t == ";" || t == "." || t == ":":
			return -1
		case t == ",":
			if l := s.lower(q + 1); l != "the" && l != "a" && l != "an" {
				return -1
			}
			if o := s.owner[q-1]; o >= 0 && s.ents[o].kind == graph.Organization {
				return q
			}
			return -1
		}
	}
	return -1
}

// asideBefore returns where the subject of the verb at v ends: before a
// relative clause set off by commas ("X, whose systems went down at the
// weekend, has been listed"), else at v.
func asideBefore(s *sent, v int) int {
	k := v - 1
	for k > 0 && (auxiliaries.is(s.id(k)) || perfect.is(s.id(k)) || adverbs.is(s.id(k)) || s.lower(k) == "also") {
		k--
	}
	if s.lower(k) != "," {
		return v
	}
	for m := k - 1; m > 0 && m >= k-15; m-- {
		switch l := s.lower(m); {
		case l == "," && (s.lower(m+1) == "whose" || s.lower(m+1) == "which" || s.lower(m+1) == "who"):
			return m
		case l == "," || l == ";":
			return v
		}
	}
	return v
}

// siteSubject reads a leak site that lists its victims itself: "The group's
// leak site already lists a handful of earlier victims, among them X and Y",
// "Its leak site names Z". i is the first word of the site phrase, site its
// noun.
func (x *extraction) siteSubject(s *sent, i, site int, last *graph.Node) {
	start := i
	for start > 0 && siteModifiers.is(s.id(start-1)) {
		start-- // "LockBit's dark web blog listed X"
	}
	if i == site && start == i && !((s.lower(i-1) == "'s" || s.lower(i-1) == "’s") && s.entAt(i-2) >= 0 && s.ents[s.entAt(i-2)].kind == graph.ThreatActor) {
		return // "its website lists brands such as X": a showcase, not a leak site; "Clop's site" is the gang's
	}
	v := site + 1
	for v < len(s.toks) && v <= site+3 && (adverbs.is(s.id(v)) || s.lower(v) == "already" || s.lower(v) == "now" || s.lower(v) == "also" || auxiliaries.is(s.id(v)) || perfect.is(s.id(v))) {
		v++
	}
	post := false
	switch s.lower(v) {
	case "lists", "listed", "names", "named", "includes", "included", "shows", "showed", "featured", "features", "displayed", "displays":
	case "carried", "carries", "posted", "posts", "published", "publishes", "hosted", "hosts", "leaked":
		post = true // "Clop's site has carried files it says belong to X": whose files, the words after them say
	default:
		return
	}
	var actor graph.Node
	ref := false
	p := start - 1
	if l := s.lower(p); l == "'s" || l == "’s" {
		p--
	}
	switch j := s.entAt(p); {
	case j >= 0 && s.ents[j].kind == graph.ThreatActor:
		a, ok, r := x.actor(s, j, last)
		if !ok {
			return
		}
		actor, ref = a, r
	case s.lower(p) == "its" || s.lower(p) == "their":
		f := x.focusActor(last)
		if f == nil {
			return
		}
		actor, ref = *f, true
	default:
		return
	}
	var vs []victim
	if post {
		m := aboutOwner(s, v+1)
		if m < 0 {
			return
		}
		vs = x.objects(s, m, false)
	} else if vs = includedVictims(s, v+1); len(vs) == 0 {
		vs = x.objects(s, v+1, false)
	}
	keep := vs[:0]
	for _, vc := range vs {
		if !inApposition(s, s.ents[vc.ent].a) {
			keep = append(keep, vc)
		}
	}
	if vs = named(s, keep); len(vs) > 0 {
		x.target(s, actor, vs, "leak-site", conf(0.8, ref), "")
	}
}

// inApposition reports whether the name at a stands inside a description
// set off after a comma: "X, a Canadian provincial Crown corporation, and Y".
func inApposition(s *sent, a int) bool {
	for k := a - 1; k >= 1 && k >= a-6; k-- {
		l := s.lower(k)
		if (l == "a" || l == "an") && s.lower(k-1) == "," {
			return true
		}
		if o := s.owner[k]; o >= 0 && !s.ents[o].demonym || !s.toks[k].word {
			return false
		}
	}
	return false
}

// siteRunBy returns the actor named as the runner of the site ending at
// token i ("a data-leak site run by X", "operated by the X gang", "the leak
// site of the Monti group"), or -1.
func siteRunBy(s *sent, i int) int {
	k := i + 3
	switch s.lower(i + 1) {
	case "run", "operated", "maintained", "controlled":
		if s.lower(i+2) != "by" {
			return -1
		}
	case "of":
		k = i + 2 // "the leak site of the Monti group"
	default:
		return -1
	}
	if s.lower(k) == "the" && s.owner[k] < 0 {
		k++
	}
	if j := s.owner[k]; j >= 0 && s.ents[j].ref && s.lower(s.ents[j].b) == "known" && s.lower(s.ents[j].b+1) == "as" {
		k = s.ents[j].b + 2 // "operated by the criminal group known as REvil"
	}
	if operatorNouns.is(s.id(k)) && s.lower(k+1) == "of" && s.owner[k] < 0 {
		k += 2 // "a website run by the operators of the Maze ransomware"
		if s.lower(k) == "the" && s.owner[k] < 0 {
			k++
		}
	}
	if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
		return j
	}
	return -1
}

// turnedUp reports whether token k begins "turned up" or "showed up", which
// tell of a listing as "appeared" does: "X also turned up on its leak site".
func turnedUp(s *sent, k int) bool {
	l := s.lower(k)
	return (l == "turned" || l == "turn" || l == "turns" || l == "showed" || l == "shows") && s.lower(k+1) == "up"
}

// includedVictims returns the victims of an "including" (or "such as",
// "among them") list that follows token from within a few words, up to the
// end of the clause.
func includedVictims(s *sent, from int) []victim {
	k := from
	for ; k < len(s.toks) && k < from+8; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if l == "including" || l == "such" && s.lower(k+1) == "as" || l == "among" && s.lower(k+1) == "them" {
			break
		}
		if l == ";" || s.owner[k] >= 0 || targetVerbs.is(lID) || reportVerbs.is(lID) {
			return nil
		}
	}
	if k >= len(s.toks) || k == from+8 {
		return nil
	}
	var vs []victim
	for k++; k < len(s.toks); k++ {
		l := s.lower(k)
		lID := s.id(k)
		if l == ";" || relatives.is(lID) || reportVerbs.is(lID) {
			break
		}
		if j := s.owner[k]; j >= 0 {
			if e := s.ents[j]; isVictim(e) && e.kind != graph.Country && !possessor(s, e) && !madeBy(s, e) {
				vs = append(vs, victim{ent: j})
			}
			k = s.ents[j].b - 1
		}
	}
	return vs
}

// asVictimTarget: "Cuba listed the Parliament of Montenegro, known locally
// as the Skupstina, as a victim", "the gang named X among its victims".
func (x *extraction) asVictimTarget(s *sent, last *graph.Node) {
	for v := 1; v < len(s.toks); v++ {
		if !listingVerbs.is(s.id(v)) && !amongVerbs.is(s.id(v)) || s.owner[v] >= 0 || auxiliaries.is(s.id(v-1)) {
			continue
		}
		end := -1
		for k := v + 1; k < len(s.toks) && k <= v+16; k++ {
			l := s.lower(k)
			lID := s.id(k)
			if l == ";" || l == "." {
				break
			}
			if (listingVerbs.is(lID) || amongVerbs.is(lID)) && s.owner[k] < 0 {
				break // "after it appeared in April 2022, counted X among its victims": the later verb's
			}
			if (l == "as" || l == "among") && s.owner[k] < 0 {
				m := k + 1
				for m < len(s.toks) && m <= k+4 && (s.lower(m) == "a" || s.lower(m) == "one" || s.lower(m) == "of" || s.lower(m) == "its" || s.lower(m) == "their" || s.lower(m) == "the" || s.lower(m) == "latest" || s.lower(m) == "new" || s.lower(m) == "recent" || victimOrdinals.is(s.id(m))) {
					m++
				}
				if l := s.lower(m); l == "victim" || l == "victims" || l == "targets" && (s.lower(k) == "among" || s.lower(m-1) != "the") {
					end = k // "named X among its targets"
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		a := asideActor(s, v)
		if a < 0 {
			a = x.nearestActorLeft(s, v, 10)
		}
		if a < 0 {
			a = openingActor(s, v)
		}
		if a < 0 {
			continue
		}
		actor, ok, ref := x.actor(s, a, last)
		if !ok {
			continue
		}
		var vs []victim
		for k := v + 1; k < end; k++ {
			if s.lower(k) == "," && s.lower(k+1) == "known" {
				break // "X, known locally as Y, as a victim": the first name
			}
			if s.lower(k) == "," && (s.lower(k+1) == "which" || s.lower(k+1) == "who") {
				// "X, which runs the over-the-counter market, and Y among
				// its targets": past the clause on X.
				m := k + 1
				for m < end && s.lower(m) != "," {
					m++
				}
				if m == end {
					break
				}
				k = m
				continue
			}
			if j := s.owner[k]; j >= 0 && isVictim(s.ents[j]) && s.ents[j].kind != graph.Country && !madeBy(s, s.ents[j]) {
				vs = append(vs, victim{ent: j})
				k = s.ents[j].b - 1
			}
		}
		x.target(s, actor, named(s, vs), "leak-site", conf(0.8, ref), "")
	}
}

// openingActor returns the named actor that opens the sentence and is the
// subject of the verb at v, past its apposition: "Killnet, a
// Russian-speaking group that talks through Telegram, claimed
// responsibility in a post that listed X among its targets". It returns -1
// when another actor, a semicolon or a quotation stands between.
func openingActor(s *sent, v int) int {
	j := s.entAt(b2i(s.lower(0) == "the"))
	if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || s.lower(s.ents[j].b) != "," || v-s.ents[j].b > 30 {
		return -1
	}
	for k := s.ents[j].b; k < v; k++ {
		if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref || s.lower(k) == ";" || isQuote(s.lower(k)) {
			return -1
		}
	}
	return j
}

// victimOrdinals rank a victim among others: "among its first victims".
var victimOrdinals = set(`first|earliest|biggest|largest|best-known|most|highest-profile|high-profile|notable|prominent|early`)

// siteModifiers stand between the owner and a leak site: "its Tor-based
// leak site", "its dark-web data leak site", "its own shame site".
var siteModifiers = set(`data|dark|web|dark-web|darkweb|darknet|tor|tor-based|onion|own|new|public`)

// leakSiteAt reports whether a leak site is named at token i ("leak site",
// "data leak blog", "extortion portal", "shame site") and returns its last
// token, else -1.
func leakSiteAt(s *sent, i int) int {
	l := s.lower(i)
	if l != "leak" && l != "leaks" && l != "extortion" && l != "shame" && l != "shaming" && l != "data-leak" {
		return -1
	}
	for k := i + 1; k <= i+2 && k < len(s.toks); k++ {
		switch s.lower(k) {
		case "site", "sites", "portal", "blog", "page", "website":
			return k
		}
	}
	return -1
}

// ownSite reports whether token i is a site that belongs to an actor: "its
// site", "their website", "the gang's blog", "Karakurt's site". "its" and
// "their" count only for an actor in the sentence or in focus; the listing
// verb and its preposition are checked by the caller.
func ownSite(s *sent, i int) bool {
	switch s.lower(i) {
	case "site", "website", "blog", "portal":
	case "list", "roster":
		// "added X to its list of victims": the list stands for the site.
		if !victimRollAt(s, i) {
			return false
		}
	default:
		return false
	}
	if siteRunBy(s, i) >= 0 {
		return true // "a website run by the operators of the Maze ransomware"
	}
	p := i - 1
	for p > 0 && siteModifiers.is(s.id(p)) {
		p--
	}
	switch l := s.lower(p); l {
	case "its", "their":
		return true
	case "'s", "’s":
		o := s.entAt(p - 1)
		return o >= 0 && s.ents[o].kind == graph.ThreatActor
	}
	return false
}

// victimRollAt reports whether token i opens a gang's roll of victims: "list
// of victims", "roster of targets".
func victimRollAt(s *sent, i int) bool {
	l := s.lower(i)
	return (l == "list" || l == "roster") && s.lower(i+1) == "of" && (s.lower(i+2) == "victims" || s.lower(i+2) == "targets")
}

// siteOwnerNouns follow an actor's name before its site: "on the Monti
// group's leak site".
var siteOwnerNouns = set(`group|gang|crew|operation|ransomware|cartel|collective`)

// sectionNouns name a part of a site: "the "pre-release" section of its site".
var sectionNouns = set(`section|part|page|corner|area|tab`)

// listingVerbs put a victim on a leak site.
var listingVerbs = set(`listed|lists|list|added|adds|adding|listing|posted|posts|posting|named|names|published|publishes|put|puts|placed|
included|includes|appeared|appears|surfaced|uploaded|dumped|leaked`)

// listedTarget reads a listing told without the site, as ransomware
// reporting does once the site is known: "the group also listed German
// automotive supplier Continental", "In March it listed Marlow Pharma",
// "has listed several dozen organizations since, among them Pelton
// Australia". The subject must be an actor, named or referred to, right
// before the verb (adverbs, "has" and a time phrase may stand between); a
// passive ("was listed on the same day") and a sentence that names a site
// (leakSiteTarget) are left alone.
func (x *extraction) listedTarget(s *sent, last *graph.Node) {
	for i := 1; i < len(s.toks); i++ {
		entry := listingEntry(s, i)
		if l := s.lower(i); l != "listed" && l != "lists" && l != "posted" && l != "posts" && entry < 0 || s.owner[i] >= 0 {
			continue
		}
		if l := s.lower(i); (l == "posted" || l == "posts") && !victimsAhead(s, i+1) && entry < 0 {
			continue // "posted data it said came from X": a post, not a listing
		}
		for k := i + 1; k < len(s.toks); k++ {
			if leakSiteAt(s, k) >= 0 || ownSite(s, k) {
				return
			}
		}
		j := gangSubject(s, i)
		if j < 0 {
			continue
		}
		if e := s.ents[j]; s.lower(i) == "lists" && (s.lower(e.a) == "it" || s.lower(e.a) == "they") {
			continue // "It lists the child folders of ...": what malware does
		}
		if l := s.lower(s.ents[j].a - 1); relatives.has(l) || l == "those" || l == "what" {
			continue // "most of those it listed were", "an account that X lists for": a relative clause
		}
		if l := s.lower(i + 1); (auxiliaries.has(l) || objectPreps.has(l) || l == "for" || l == "as") && entry < 0 {
			continue
		}
		from := i + 1
		if entry >= 0 {
			from = entry // "posted a listing for X": the victim after "for"
		}
		vs := named(s, x.objects(s, from, false))
		if len(vs) == 0 {
			vs = named(s, includedVictims(s, i+1))
		}
		x.gangTarget(s, j, vs, last)
	}
}

// listingEntry returns the token after "a listing for" when the verb at i
// puts an entry up ("posted a listing for the California Department of
// Finance", "created an entry for X"), else -1.
func listingEntry(s *sent, i int) int {
	switch s.lower(i) {
	case "posted", "posts", "published", "publishes", "added", "adds", "created", "creates", "put", "puts":
	default:
		return -1
	}
	k := i + 1
	if l := s.lower(k); l != "a" && l != "an" {
		return -1
	}
	k++
	if l := s.lower(k); l == "new" || l == "brief" || l == "short" {
		k++
	}
	if l := s.lower(k); (l == "listing" || l == "entry" || l == "page") && s.lower(k+1) == "for" {
		return k + 2
	}
	return -1
}

// asideActor returns the named actor whose relative clause, set off by
// commas, ends right before the verb at v: "Black Basta, which emerged
// from Conti's remnants, claimed ...". -1 if none.
func asideActor(s *sent, v int) int {
	if s.lower(v-1) != "," {
		return -1
	}
	for m := v - 3; m > 1 && m >= v-16; m-- {
		if (s.lower(m) == "which" || s.lower(m) == "who") && s.lower(m-1) == "," {
			if j := s.entAt(m - 2); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && relativeAside(s, s.ents[j].b) == v {
				return j
			}
			return -1
		}
	}
	return -1
}

// victimsAhead reports whether the word "victims" (or "organizations",
// "companies") follows within a few words: "posted the most Brazilian
// victims".
func victimsAhead(s *sent, from int) bool {
	for k := from; k < len(s.toks) && k <= from+5; k++ {
		if l := s.lower(k); l == "victims" || l == "organizations" || l == "companies" || l == "organisations" {
			return true
		}
		if clauseStops.is(s.id(k)) || !s.toks[k].word {
			return false
		}
	}
	return false
}

// gangSubject returns the actor that is the subject of the verb at i, right
// before it (adverbs, "has", "later", "since" and "this week" may stand
// between): a name, a group noun or "it"/"they". -1 if none.
func gangSubject(s *sent, i int) int {
	k := i - 1
	for k > 0 && (adverbs.is(s.id(k)) || s.lower(k) == "has" || s.lower(k) == "have" || s.lower(k) == "had" || s.lower(k) == "later" || s.lower(k) == "since") {
		k--
	}
	if k > 2 && (s.lower(k) == "months" || s.lower(k) == "weeks" || s.lower(k) == "days") && s.lower(k-1) == "recent" && s.lower(k-2) == "in" {
		k -= 3 // "the group has in recent months claimed"
		for k > 0 && (s.lower(k) == "has" || s.lower(k) == "have" || adverbs.is(s.id(k))) {
			k--
		}
	}
	if k > 1 && timeNouns.is(s.id(k)) && (s.lower(k-1) == "this" || s.lower(k-1) == "last") {
		k -= 2 // "RansomHub this week listed"
	}
	if j := asideActor(s, k+1); j >= 0 {
		return j // "Black Basta, which emerged from Conti's remnants, claimed"
	}
	for m := k; m > 0 && s.owner[m] < 0 && (groupNouns.is(s.id(m)) || crimeModifiers.is(s.id(m)) || s.lower(m) == "hacktivist" || s.lower(m) == "ddos"); m-- {
		if o := s.owner[m-1]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
			k = m - 1 // "the Quarrow ransomware gang listed": the name before its group noun
			break
		}
	}
	j := s.owner[max(k, 0)]
	if k < 0 || j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].b != k+1 {
		return -1
	}
	if e := s.ents[j]; e.ref && !actorRefs.is(s.id(e.b-1)) && s.lower(e.a) != "it" && s.lower(e.a) != "they" {
		return -1 // "its" and the like are no subject
	}
	return j
}

// clauseActor returns the actor that is the subject of the clause a
// participle after a comma hangs on ("the group announced a trip to Canada,
// claiming the Senate site"), or -1: the first actor of the sentence, with no
// other actor and no semicolon between it and the comma.
func clauseActor(s *sent, i int) int {
	if s.lower(i-1) != "," {
		return -1
	}
	j := -1
	for k := 0; k < i-1; k++ {
		if s.toks[k].text == ";" {
			return -1
		}
		o := s.owner[k]
		if o < 0 || s.ents[o].kind != graph.ThreatActor {
			continue
		}
		if j >= 0 && s.ents[o].node.ID != s.ents[j].node.ID {
			return -1
		}
		if j < 0 {
			if e := s.ents[o]; e.ref && !actorRefs.is(s.id(e.b-1)) && s.lower(e.a) != "it" && s.lower(e.a) != "they" {
				return -1 // "its" opens no clause
			}
			j = o
		}
		k = s.ents[o].b - 1
	}
	return j
}

// gangTarget ties the actor of entity j to the victims a gang's listing or
// claim names.
func (x *extraction) gangTarget(s *sent, j int, vs []victim, last *graph.Node) {
	if len(vs) == 0 {
		return
	}
	if actor, ok, ref := x.actor(s, j, last); ok {
		x.target(s, actor, vs, "leak-site", conf(0.7, ref), "")
	}
}

// claimer returns the actor that claims at token i ("Black Basta claimed",
// "the group has claimed", "..., claiming"), or -1 when token i is no
// claim verb or no actor claims with it.
func claimer(s *sent, i int) int {
	l := s.lower(i)
	if l != "claimed" && l != "claims" && l != "claiming" || s.owner[i] >= 0 {
		return -1
	}
	if l == "claiming" {
		return clauseActor(s, i)
	}
	return gangSubject(s, i)
}

// claimedVictims reads a gang claiming victims by name: "this January Black
// Basta claimed both Hyundai Motor Europe and British water supplier
// Southern Water", "the gang has claimed Marlow Bank". The subject must be
// an actor right before the verb (adverbs and "has" may stand between) and
// a named organization must follow within a few words of description;
// "claimed responsibility", "claimed that" and "claimed to" name no victim.
func (x *extraction) claimedVictims(s *sent, last *graph.Node) {
	for i := 1; i < len(s.toks); i++ {
		j := claimer(s, i)
		if j < 0 {
			continue
		}
		// The first victim: after "both", an article and lower-case words
		// of description ("British water supplier").
		m := i + 1
		if s.lower(m) == "both" {
			m++
		}
		if l := s.lower(m); l == "on" || l == "in" || l == "via" || l == "through" {
			continue // "claimed on Twitter that ...": where the claim was made
		}
		for m < len(s.toks) && m <= i+8 {
			if o := s.owner[m]; o >= 0 && (s.ents[o].kind == graph.Sector || s.ents[o].kind == graph.Country && s.ents[o].demonym) {
				m = s.ents[o].b // "the German automotive supplier Continental"
				continue
			}
			if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.Country && (s.lower(s.ents[o].b) == "'s" || s.lower(s.ents[o].b) == "’s") {
				m = s.ents[o].b + 1 // "claimed Peru's national intelligence directorate"
				continue
			}
			if !(s.owner[m] < 0 && s.toks[m].word && !s.toks[m].cap && !clauseStops.is(s.id(m)) && !auxiliaries.is(s.id(m)) &&
				s.lower(m) != "responsibility" && s.lower(m) != "credit" && s.lower(m) != "that" && s.lower(m) != "to" && !nominals.is(s.id(m))) {
				break
			}
			m++
		}
		from := i + 1
		if d := s.lower(i + 1); s.lower(m) == "," && m > i+2 && (d == "a" || d == "an") {
			// "claimed a Brazilian facility, Hospital Santa Rita, and X":
			// the description, then the name.
			m++
			from = m
		}
		o := s.owner[min(m, len(s.toks)-1)]
		if m >= len(s.toks) || o < 0 || s.ents[o].kind != graph.Organization || s.ents[o].a != m {
			continue
		}
		if n := s.lower(s.ents[o].b); auxiliaries.has(n) || perfect.has(n) || n == "had" || n == "would" || n == "could" || n == "did" || targetVerbs.has(n) || reportVerbs.has(n) {
			continue // "claimed Marlow Bank had paid": what it said, not whom it hit
		}
		x.gangTarget(s, j, named(s, x.objects(s, from, false)), last)
	}
}

// postNouns are where a group names its targets without a leak site: "were
// named in Wednesday's posts", "listed in its Telegram messages".
var postNouns = set(`post|posts|message|messages|list|lists|statement|statements|announcement|announcements`)

// namedInPostsTarget: "Mediobanca and payments company Nexi were named in
// Wednesday's posts, as were three defense manufacturers: the gunmaker
// Benelli and ammunition producer Fiocchi". The subject of the passive,
// and the list after ", as were", are the targets of the group whose posts
// they are: the one named in them, else the actor in focus.
func (x *extraction) namedInPostsTarget(s *sent, last *graph.Node) {
	for v := 2; v+2 < len(s.toks); v++ {
		if l := s.lower(v); l != "named" && l != "listed" && l != "mentioned" || s.owner[v] >= 0 || !auxiliaries.is(s.id(v-1)) || s.lower(v+1) != "in" {
			continue
		}
		// The posts: "in Wednesday's posts", "in the group's Telegram posts".
		m, owner := v+2, -1
		for m < len(s.toks) && m <= v+7 && !postNouns.is(s.id(m)) {
			if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.ThreatActor {
				owner = o
			}
			if !s.toks[m].word && s.lower(m) != "'s" && s.lower(m) != "’s" {
				break
			}
			m++
		}
		if !postNouns.is(s.id(m)) {
			continue
		}
		start := clauseStart(s, v-1)
		vs := x.subjectVictims(s, start, relativeEnd(s, start, v-1))
		// ", as were A and B", ", as were three manufacturers: A and B".
		if k := m + 1; s.lower(k) == "," && s.lower(k+1) == "as" && (s.lower(k+2) == "were" || s.lower(k+2) == "was") {
			from := k + 3
			for q := from; q < len(s.toks) && q <= from+8; q++ {
				if s.lower(q) == ":" {
					from = q + 1
					break
				}
				if s.owner[q] >= 0 {
					break
				}
			}
			vs = append(vs, x.objects(s, from, true)...)
		}
		vs = named(s, vs)
		if len(vs) == 0 {
			continue
		}
		var actor graph.Node
		ref := true
		if owner >= 0 {
			a, ok, r := x.actor(s, owner, last)
			if !ok {
				continue
			}
			actor, ref = a, r
		} else if f := x.focusActor(last); f != nil {
			actor = *f
		} else {
			continue
		}
		x.target(s, actor, vs, "named-in-posts", conf(0.75, ref), "")
	}
}

// claimedAttackThat reads the attack a group claims by what it did: "Killnet
// claims weekend DDoS that slowed Bulgaria's presidency, ministries and
// Constitutional Court", "the gang claimed responsibility for an attack
// that crippled X". The claimer, right before the verb, is the attacker;
// the objects of the relative clause's attack verb are its victims.
func (x *extraction) claimedAttackThat(s *sent, last *graph.Node) {
	n := len(s.toks)
	for i := 1; i < n; i++ {
		j := claimer(s, i)
		if j < 0 {
			continue
		}
		m := i + 1
		if s.lower(m) == "responsibility" || s.lower(m) == "credit" {
			if s.lower(m+1) != "for" {
				continue
			}
			m += 2
		}
		// The attack: an article and lower-case words of description, then
		// its noun ("a weekend DDoS", "the two-day outage").
		noun := -1
		for k := m; k < n && k <= m+5; k++ {
			if s.owner[k] >= 0 || !s.toks[k].word && !s.toks[k].digit {
				break
			}
			if claimedAttackNouns.is(s.id(k)) {
				noun = k
			}
			if s.toks[k].cap && !claimedAttackNouns.is(s.id(k)) || clauseStops.is(s.id(k)) && !relatives.is(s.id(k)) || relatives.is(s.id(k)) {
				break
			}
		}
		if noun < 0 || s.lower(noun+1) != "that" && s.lower(noun+1) != "which" {
			continue
		}
		v := noun + 2
		for v < n && v <= noun+4 && (auxiliaries.is(s.id(v)) || perfect.is(s.id(v)) || adverbs.is(s.id(v))) {
			v++
		}
		if !targetVerbs.is(s.id(v)) && !slowVerbs.is(s.id(v)) && !offlineObject(s, v) {
			continue
		}
		vs := named(s, x.objects(s, v+1, false))
		if len(vs) == 0 {
			continue
		}
		if actor, ok, ref := x.actor(s, j, last); ok {
			x.target(s, actor, vs, "claimed-attack-that", conf(0.8, ref), "")
		}
	}
}

// claimedAttackNouns name an attack a group may claim.
var claimedAttackNouns = set(`attack|attacks|cyberattack|cyberattacks|ddos|dos|outage|outages|disruption|disruptions|intrusion|breach|hack|campaign|wave|strike|strikes|operation|incident`)

// slowVerbs tell what a flood of traffic did to the sites it hit.
var slowVerbs = set(`slowed|downed|overwhelmed|flooded|crashed|froze|halted|blocked|shut|took|knocked|brought|disabled|paralysed|paralyzed`)

// venue reports whether e names the place a post or a listing went up on,
// not a victim: "listed a database on the BreachForums marketplace",
// "posted Mirai's source code on the Hack Forums message board".
func venue(s *sent, e ent) bool {
	p := e.a - 1
	if p >= 0 && isQuote(s.lower(p)) {
		p--
	}
	if l := s.lower(p); l == "the" || l == "its" || l == "their" {
		p--
	}
	if l := s.lower(p); l != "on" && l != "to" && l != "onto" {
		return false
	}
	k := e.b
	if isQuote(s.lower(k)) {
		k++
	}
	if s.lower(k) == "message" || s.lower(k) == "discussion" || s.lower(k) == "hacking" || s.lower(k) == "cybercrime" {
		k++
	}
	if s.lower(k) == "data" && leakSiteHeads.is(s.id(k+1)) {
		k++
	}
	if leakSiteHeads.is(s.id(k)) && (s.lower(k+1) == "site" || s.lower(k+1) == "blog" || s.lower(k+1) == "page" || s.lower(k+1) == "portal") {
		return true // "posted data on its "Happy Blog" leak site": the gang's own site
	}
	if !tradingPlaces.is(s.id(k)) {
		return false
	}
	for m := p - 1; m >= 0 && m >= p-12; m-- {
		if postingVerbs.is(s.id(m)) && s.owner[m] < 0 {
			return true
		}
		if s.lower(m) == ";" || s.lower(m) == "." {
			break
		}
	}
	return false
}

// postingVerbs put something up on a forum or a market.
var postingVerbs = set(`posted|posts|listed|lists|published|publishes|uploaded|advertised|advertises|offered|offers|sold|sells|dumped|leaked|shared|put`)

// leakSiteHeads before "site" or "blog" after a name make it the name of a
// gang's site: "its Happy Blog leak site", "the Marlow data leak site".
var leakSiteHeads = set(`leak|leaks|extortion|shaming`)

// tradingPlaces after a name make it a place where data is traded or shown.
var tradingPlaces = set(`marketplace|market|forum|forums|board|channel|group|chat|server|account|page|platform`)
