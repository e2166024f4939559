package report

import (
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// cooccurrenceTarget is the fallback of the TARGETED rules, for countries: in
// a sentence that names one actor (or refers to the actor in focus) and
// carries a word of attack, a country that no other rule tied to the actor
// and that stands in no other role is the actor's target, at a lower
// confidence (0.5, 0.4 for the actor in focus). The roles that exclude it:
// the actor's sponsor, the origin of a group ("a South America espionage
// group"), the source of the report ("agencies from A, B and C", "according
// to", "X said"), an attacker ("X has been caught spying"), a topic ("critical
// of China"), the place of other attackers ("hackers in Vietnam"), a fronted place
// ("In London, officials said"), a modifier ("the US ambassador"). A world
// region counts only right after its victims: "victims in Western Europe",
// "businesses in Europe and Asia".
//
// Organizations are left out: measured on the development reports, they
// brought two right pairs for about twenty wrong ones (agencies and vendors
// that report, sponsors, products), while countries, the places of the
// victims a sentence tells of, were right about four times in five.
func (x *extraction) cooccurrenceTarget(s *sent, last *graph.Node) {
	if s.title {
		return // a headline is too terse for a country merely named beside an actor
	}
	found := false
	for _, e := range s.ents {
		if e.kind == graph.Country && !e.demonym {
			found = true
			break
		}
	}
	if !found {
		return
	}
	cue := false
	for _, t := range s.toks {
		if prohibitions.is(t.id) {
			return // "rules forbid attacks on organizations in A and B": a rule, not an attack
		}
	}
	for i, t := range s.toks {
		if s.owner[i] >= 0 || negations.is(s.id(i-1)) {
			continue
		}
		if targetVerbs.is(t.id) || participles.is(t.id) || nominals.is(t.id) || coocCues.is(t.id) || storyDamage(s, i) {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	var actor graph.Node
	named, ref := false, false
	for _, e := range s.ents {
		if e.kind != graph.ThreatActor {
			continue
		}
		if e.ref {
			// "its" and "their" tie a sentence to the actor only before a
			// word of its work: "its phishing lures reached", not "while
			// its founder was travelling in". Otherwise they count only with
			// a word for victims, as a sentence without a reference does.
			ref = ref || !speakerPronoun(s, e.a) && (s.lower(e.a) != "its" && s.lower(e.a) != "their" || actorsWork(s, e.b))
			continue
		}
		if named && actor.ID != e.node.ID {
			return // two actors: whose target is unclear
		}
		actor, named = e.node, true
	}
	c := 0.5
	if !named {
		f := x.focusActor(last)
		if f == nil || !ref && !victimCue(s) {
			return
		}
		actor, c = *f, 0.4
		if !ref {
			c = 0.35
		}
	}
	sponsor := actor.Props["country"]
	for j, e := range s.ents {
		if e.kind == graph.Organization && e.node.Props["described"] != "" && e.country != "" {
			// "an entity in Belarus was on the list": the place of a
			// described organization, as if the text named the country.
			cc, ok := gazetteer.CountryByCode(e.country)
			if !ok {
				continue
			}
			e.node, e.kind = countryNode(cc), graph.Country
		}
		if e.kind != graph.Country || e.demonym || sponsor != "" && e.node.Props["iso"] == sponsor {
			continue
		}
		if x.hasEdge(actor, e.node) || !coocVictim(s, j) || describesNames(s, e.b) {
			continue
		}
		x.add(graph.Targeted, actor, e.node, s, "cooccurrence-cue", c)
	}
}

// hasEdge reports whether a TARGETED, ATTRIBUTED_TO or USES edge already
// ties actor to n.
func (x *extraction) hasEdge(actor, n graph.Node) bool {
	for _, t := range []graph.RelType{graph.Targeted, graph.AttributedTo, graph.Uses} {
		if _, ok := x.edgeAt[string(t)+"\x00"+actor.ID+"\x00"+n.ID]; ok {
			return true
		}
	}
	return false
}

// interestNouns after a country's possessive tell what the country wants.
var interestNouns = set(`interest|interests|priorities|priority|ambitions|ambition|goals|aims|agenda|strategy|objectives|needs`)

// warNouns after a country's possessive make it the one waging a war.
var warNouns = set(`invasion|war|aggression|annexation|occupation|offensive`)

// coocVictim reports whether the country j of s may be a victim by
// co-occurrence: not a modifier, a fronted place, a source of the report, a
// sponsor, an origin or an attacker.
func coocVictim(s *sent, j int) bool {
	e := s.ents[j]
	if waterName(s, e) {
		return false // "the Indian Ocean", "the Bay of Bengal": where, never whom
	}
	if l := s.lower(e.b); (l == "'s" || l == "’s") && s.entAt(e.b+1) >= 0 && s.ents[s.entAt(e.b+1)].kind == graph.ThreatActor && !s.ents[s.entAt(e.b+1)].ref {
		return false // "North Korea's Contagious Interview operation": the group's sponsor
	}
	if attributedToState(s, e.a) {
		return false // "which it attributes with high confidence to the government of Bahrain"
	}
	if coocModifier(s, e) || dateline(s, e) || appositivePlace(s, e) || excepted(s, e.a) || describesOrg(s, e) || describesName(s, e) {
		return false
	}
	if orgParts.is(s.id(e.b)) || personTitles.is(s.id(e.b)) || titles.is(s.id(e.b)) || coocCurrencies.is(s.id(e.b)) {
		return false // "the US ambassador", "the bank's US arm", "US dollars"
	}
	if l := s.lower(e.b); l == "citizen" || l == "citizens" || l == "national" || l == "nationals" || l == "resident" || l == "residents" || l == "passport" {
		return false // "a Russian-born U.S. citizen": whose citizen, not whom he hit
	}
	if stateDeed(s, e) {
		return false // "The United States and the United Kingdom have publicly tied it to the SVR"
	}
	if s.lower(e.a-1) == "in" && abstractObjects.is(s.id(e.a-2)) {
		return false // "an attack on press freedom in Portugal": where the idea is
	}
	for k := e.a - 1; k >= 1 && k >= e.a-7; k-- {
		if relatives.is(s.id(k)) && otherDoers.is(s.id(k-1)) {
			return false // "any country that launched cyberattacks against Oman": that country's deed
		}
		if s.owner[k] >= 0 || s.lower(k) == "," || s.lower(k) == ";" {
			break
		}
	}
	if l := s.lower(e.b); (l == "'s" || l == "’s") && warNouns.is(s.id(e.b+1+b2i(s.lower(e.b+1) == "full-scale"))) {
		return false // "since Russia's invasion of Ukraine": the invader
	}
	if l := s.lower(e.b); (l == "'s" || l == "’s") && s.entAt(e.b+1) >= 0 && s.ents[s.entAt(e.b+1)].kind == graph.Organization && s.ents[s.entAt(e.b+1)].a == e.b+1 && !e.demonym || countryOfCompany(s, e) {
		return false // "clients including Ericsson and Finland's Valmet", "Chile's state-owned BancoEstado": where the victim is
	}
	if l := s.lower(e.b); l == "'s" || l == "’s" {
		// "Russia's sustained interest in gathering intelligence",
		// "India's strategic intelligence priorities": what the country
		// wants, not what it suffered.
		for m := e.b + 1; m < len(s.toks) && m <= e.b+4 && s.toks[m].word && s.owner[m] < 0; m++ {
			if interestNouns.is(s.id(m)) {
				return false
			}
		}
	}
	if l := s.lower(e.b); l == "'s" || l == "’s" || l == "'" || l == "’" {
		// "Germany's domestic intelligence agency", "the Netherlands'
		// NCSC": the country's own defenders, who report, not suffer.
		for m := e.b + 1; m < len(s.toks) && m <= e.b+6 && (s.toks[m].word || s.toks[m].text == "&"); m++ {
			if watchNouns.is(s.id(m)) || s.lower(m) == "emergency" && s.lower(m+1) == "response" {
				return false // "Austria's federal computer emergency response team"
			}
		}
	}
	if p := e.a - 1 - b2i(s.lower(e.a-1) == "the"); s.lower(p) == "in" {
		if o := s.entAt(p - 1); o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref {
			return false // "the University of Pisa in Italy": where the victim is
		}
	}
	if ownedThere(s, e.a) {
		return false // "Enel Group, which owns distributors in Brazil, Chile and Peru": where the victim does business
	}
	if placePrep(s, e.a) && s.lower(e.b) == "," && e.a <= 3 {
		return false // "In London, officials said": where, not whom
	}
	if placePrep(s, e.a) {
		q := e.a - 2
		if s.lower(q+1) == "the" {
			q--
		}
		if groupNouns.is(s.id(q)) {
			return false // "hackers in Vietnam": where other attackers are
		}
	}
	// A list's role is its head's: "agencies from A, the B and C".
	h := e.a
	for {
		q := h - 1
		if s.lower(q) == "the" {
			q--
		}
		if l := s.lower(q); l != "," && l != "and" && l != "or" {
			break
		}
		q--
		if s.lower(q) == "," {
			q-- // ", and"
		}
		k := s.entAt(q)
		if k < 0 || s.ents[k].kind != e.kind {
			break
		}
		h = s.ents[k].a
	}
	p := h - 1
	if s.lower(p) == "the" || s.lower(p) == "a" || s.lower(p) == "an" {
		p--
	}
	if s.lower(p) == "," && p >= 2 && s.toks[p-1].cap {
		// "headquartered in Tessenderlo, Belgium": the country of a town.
		q := p - 1
		if o := s.owner[q]; o >= 0 && s.ents[o].kind != graph.Country {
			q = s.ents[o].a
		} else {
			for q > 0 && s.toks[q-1].cap && s.owner[q-1] < 0 {
				q--
			}
		}
		if s.lower(q-1) == "in" && s.owner[q] < 0 || s.lower(q-1) == "in" && s.ents[s.owner[q]].kind != graph.Country {
			p = q - 1
		}
	}
	pl := s.lower(p)
	plID := s.id(p)
	// A region is too wide to be read from co-occurrence ("businesses in
	// Europe and Asia" may be anyone's), unless the victims stand right
	// before it: "victims in Western Europe", "organizations across Asia",
	// "40 organizations in 13 countries, most of them in the Middle East".
	if e.node.Props["region"] == "true" && !((pl == "in" || pl == "across" || pl == "throughout") && (victimNouns.is(s.id(p-1)) || partOfVictims(s, p-1))) {
		return false
	}
	if coocTopicWords.is(plID) || (pl == "of" || pl == "with" || pl == "to") && coocTopicWords.is(s.id(p-1)) || pl == "in" && s.lower(p-1) == "interest" && (s.lower(e.b) == "'s" || s.lower(e.b) == "’s") {
		return false // "critical of China", "a conflict over Taiwan": a topic
	}
	if pl == "on" && topicExperts.is(s.id(p-1)) {
		return false // "experts on North Korea": a subject
	}
	if pl == "of" && interestNouns.is(s.id(p-1)) {
		return false // "aligns with the geopolitical interests of Russia and Belarus": who gains
	}
	if pl == "from" && groupNouns.is(s.id(p-1)) {
		return false // "state-sponsored groups from North Korea, Iran and China": where they come from
	}
	if coocAccuseWords.is(plID) {
		return false // "officials accused the United States and Israel": a suspect
	}
	if (pl == "from" || pl == "of") && coocBodyNouns.is(s.id(p-1)) || pl == "in" && coocPeerNouns.is(s.id(p-1)) {
		return false // "agencies from Australia": who reports
	}
	if pl == "in" && p == 1 && (s.lower(0) == "researchers" || s.lower(0) == "analysts" || s.lower(0) == "experts") {
		return false // "Researchers in China track the activity as X": who studies it
	}
	if pl == "by" {
		return false // "a gang invented by the US", "hit by X": an agent, never a victim
	}
	if pl == "in" && victimSites(s, p-1) {
		return false // "an attack that affected IT operations in Thailand": where the victim works
	}
	if authorList(s, h) {
		return false // "an advisory published by CISA, the FBI and agencies in Canada and France": the authors
	}
	if pl == "of" {
		if o := s.entAt(p - 1); o >= 0 && s.ents[o].kind == graph.ThreatActor {
			return false // "the IT Army of Ukraine": the actor's own country
		}
	}
	if pl == "in" || pl == "from" || pl == "to" {
		for q := p - 1; q >= 0 && q >= p-5 && s.lower(q) != "," && s.lower(q) != ";"; q-- {
			if coocArrestWords.is(s.id(q)) {
				return false // "arrested two people in France", "extradited to the US": where the police acted
			}
		}
	}
	if pl == "in" {
		for q := p - 1; q >= 0 && q >= p-6 && s.lower(q) != "," && s.lower(q) != ";"; q-- {
			if coocSeatWords.is(s.id(q)) && !nominalBetween(s, q, p) {
				return false // "headquartered in France", "operates hotels in Canada": where a company is; not "runs a campaign in"
			}
		}
		if coocInfraNouns.is(s.id(p-1)) || coocTopicWords.is(s.id(p-1)) {
			return false // "servers in the Netherlands", "the conflict in the Middle East"
		}
	}
	if supportedBy(s, h) {
		return false // "countries supporting Ukraine": whom the victims back
	}
	if pl == "with" && coocPartnerVerbs.is(s.id(p-1)) {
		return false // "measures the U.S. coordinated with South Korea, Japan and Australia": partners
	}
	if pl == "at" && s.lower(p-1) == "finger" {
		return false // "pointed the finger at Russia": a suspect
	}
	// "according to X", "told X", "researchers at X".
	if pl == "to" && s.lower(p-1) == "according" || pl == "told" || coocSourceNouns.is(plID) ||
		(pl == "at" || pl == "from" || pl == "with" || pl == "of") && (coocSourceNouns.is(s.id(p-1)) || titles.is(s.id(p-1))) {
		return false
	}
	// "by X" after a verb of reporting or enforcement.
	if pl == "by" && (coocAgentVerbs.is(s.id(p-1)) || reportVerbs.is(s.id(p-1)) || makerVerbs.is(s.id(p-1)) || coocSourceNouns.is(s.id(p-1))) {
		return false
	}
	// "attributed to X", "on behalf of X": a sponsor.
	for _, cue := range attributionCues {
		if p-len(cue)+1 < 0 {
			continue
		}
		if k, ok := s.seqAt(p-len(cue)+1, cue); ok && k == p+1 {
			return false
		}
	}
	// What follows the list: "X said", "X officials", "X has been accused".
	n := listEnd(s, j)
	if s.lower(n) == "'s" || s.lower(n) == "’s" {
		n++
	}
	n = skipAllies(s, n)
	for n < len(s.toks) && adverbs.is(s.id(n)) {
		n++
	}
	n = skipWhen(s, n)
	for n < len(s.toks) && adverbs.is(s.id(n)) {
		n++
	}
	nl := s.lower(n)
	nlID := s.id(n)
	if reportVerbs.is(nlID) || coocAgentVerbs.is(nlID) || embeddedVerbs.is(nlID) || coocSourceNouns.is(nlID) || coocBodyNouns.is(nlID) || coocLawNouns.is(nlID) {
		return false
	}
	if groupNouns.is(nlID) || groupModifiers.is(nlID) && nl != "the" && nl != "a" && nl != "an" && nl != "of" && nl != "one" {
		return false // "a suspected South America espionage group": an origin
	}
	// "X has hacked", "X has been caught spying": X is the attacker; not "X
	// was hit".
	m, aux := n, false
	for m < len(s.toks) && (auxiliaries.is(s.id(m)) || perfect.is(s.id(m)) || adverbs.is(s.id(m)) || s.lower(m) == "caught") {
		aux = aux || auxiliaries.is(s.id(m))
		m++
	}
	if l := s.lower(m); targetVerbs.has(l) && s.owner[m] < 0 && !(aux && participles.has(l)) {
		return false
	}
	if l := s.lower(m); reportVerbs.has(l) || coocAgentVerbs.has(l) || embeddedVerbs.has(l) {
		return false // "X has been accused", "X has warned"
	}
	return true
}

// authorList reports whether the name at a stands in the list of authors
// after "published by", "issued by": "a joint advisory published in June by
// the ACSC, the United States' CISA and FBI, and agencies in Canada, the
// United Kingdom and New Zealand".
func authorList(s *sent, a int) bool {
	for k := a - 1; k >= 1 && k >= a-30; k-- {
		if o := s.owner[k]; o >= 0 {
			k = s.ents[o].a
			continue
		}
		l := s.lower(k)
		lID := s.id(k)
		if l == "by" {
			v := k - 1
			for v > 0 && v >= k-4 && (months.is(s.id(v)) || s.toks[v].digit || timeNouns.is(s.id(v)) || s.lower(v) == "in" || s.lower(v) == "on" || s.lower(v) == "last" || s.lower(v) == "this" || s.lower(v) == "jointly") {
				v-- // "published in June by", "issued last week by"
			}
			return authorVerbs.is(s.id(v))
		}
		if !(l == "," || l == "and" || l == "the" || l == "'s" || l == "’s" || l == "'" || l == "’" || l == "in" || l == "of" || l == "from" ||
			coocBodyNouns.is(lID) || s.toks[k].cap) {
			return false
		}
	}
	return false
}

// authorVerbs before "by" name who wrote or issued a text.
var authorVerbs = set(`published|issued|released|authored|co-authored|co-signed|signed|written|produced|compiled|co-sealed|sealed`)

// partOfVictims reports whether token k ends "most of them" after a victim
// noun: "40 organizations in 13 countries, most of them".
func partOfVictims(s *sent, k int) bool {
	if s.lower(k) != "them" || s.lower(k-1) != "of" {
		return false
	}
	switch s.lower(k - 2) {
	case "most", "many", "all", "some", "half", "several", "nearly", "majority":
	default:
		return false
	}
	for m := k - 3; m >= 0 && m >= k-9; m-- {
		if victimNouns.is(s.id(m)) {
			return true
		}
	}
	return false
}

// coocAccuseWords before a country make it the one accused, not the one
// hit: "Iranian officials have accused the United States and Israel of
// orchestrating the protests", "Sweden accused Iran of breaking into".
var coocAccuseWords = set(`accused|accuse|accuses|accusing|blamed|blame|blames|blaming|suspected|suspects|suspect`)

// skipAllies passes the generic end of a list of states that begins at n:
// "the United States and nine allied countries accused", "Britain and its
// allies said". It returns n when there is none.
func skipAllies(s *sent, n int) int {
	if l := s.lower(n); l != "and" && l != "," {
		return n
	}
	m := n + 1
	if s.lower(m) == "and" {
		m++
	}
	for k := m; k < len(s.toks) && k <= m+3; k++ {
		if s.owner[k] >= 0 {
			return n
		}
		switch s.lower(k) {
		case "allies", "partners", "countries", "nations", "governments", "states":
			return k + 1
		}
	}
	return n
}

// skipWhen passes a short time phrase at n ("on Thursday", "last week",
// "earlier this month") so that the verb after it is read: "Sweden on
// Tuesday accused Iran". It returns n when there is none.
func skipWhen(s *sent, n int) int {
	m := n
	for m < len(s.toks) && m < n+4 && s.owner[m] < 0 {
		l := s.lower(m)
		lID := s.id(m)
		if !(l == "on" || l == "last" || l == "this" || l == "earlier" || l == "later" || l == "late" || l == "early" ||
			l == "week" || l == "month" || l == "year" || l == "today" || l == "yesterday" || months.is(lID)) {
			break
		}
		m++
	}
	if m == n || s.lower(m-1) == "on" || s.lower(m-1) == "this" || s.lower(m-1) == "last" {
		return n // nothing passed, or a phrase cut short: "on the", "this"
	}
	return m
}

// coocModifier reports whether country e modifies what follows it rather
// than naming a place: "US firm Volexity", "U.S. agencies warned", "the U.S.
// Securities and Exchange Commission", "France's National Gendarmerie". The
// noun it modifies, when a victim, is found by the other rules.
func coocModifier(s *sent, e ent) bool {
	n := e.b
	if l := s.lower(n); l == "'s" || l == "’s" {
		// "Canada's Saskatchewan Liquor and Gaming Authority": the organization is
		// the name; "Ukraine's government" stays a place.
		k := s.entAt(n + 1)
		return k >= 0 && s.ents[k].kind == graph.Organization && s.ents[k].a == n+1 && !s.ents[k].guess
	}
	if k := s.entAt(n); k >= 0 && s.ents[k].a == n && s.ents[k].kind == graph.Organization && !s.ents[k].guess {
		return true // "the U.S. Securities and Exchange Commission"
	}
	return coocModified.is(s.id(n))
}

// stateDeeds are what a state does to an attacker or about an attack, as
// the subject of its verb: "Israel extradited", "Britain has blamed".
var stateDeeds = set(`said|says|tied|ties|blamed|blames|accused|accuses|attributed|attributes|sanctioned|sanctions|extradited|
extradites|sent|handed|charged|charges|indicted|arrested|condemned|denied|denies|announced|warned|warns|expelled|summoned|
imposed|joined|named|names|called|calls|linked|links|publicly|formally|officially|jointly|expressed|backed|endorsed|echoed|
concurred|agreed|seconded`)

// stateDeed reports whether the country e, or a list of countries that
// ends with it, is the subject of a state's deed: "The United States and
// the United Kingdom have publicly tied it to the SVR".
func stateDeed(s *sent, e ent) bool {
	k := e.b
	for {
		m := k
		if s.lower(m) == "," {
			m++
		}
		if s.lower(m) == "and" {
			m++
		}
		if s.lower(m) == "the" {
			m++
		}
		if j := s.entAt(m); m > k && j >= 0 && s.ents[j].kind == graph.Country && !s.ents[j].demonym && s.ents[j].a == m {
			k = s.ents[j].b
			continue
		}
		break
	}
	for k < len(s.toks) && (perfect.is(s.id(k)) || s.lower(k) == "also" || s.lower(k) == "has" || s.lower(k) == "have") {
		k++
	}
	if !stateDeeds.is(s.id(k)) || s.owner[k] >= 0 {
		return false
	}
	// The list's first country opens the clause.
	a := e.a
	for {
		q := a - 1
		if s.lower(q) == "the" {
			q--
		}
		if l := s.lower(q); l == "and" || l == "," {
			q--
			if s.lower(q) == "," {
				q--
			}
			if j := s.entAt(q); j >= 0 && s.ents[j].kind == graph.Country && !s.ents[j].demonym {
				a = s.ents[j].a
				continue
			}
		}
		break
	}
	if s.lower(a-1) == "the" {
		a--
	}
	l := s.lower(a - 1)
	return a == 0 || l == "," || l == ";" || l == "and" || l == "but" || l == "that" || l == "when" || l == "after" || l == "while" || l == "as" || l == "\"" || l == "“"
}

// coocModified are the nouns a country modifies when it names who reports or
// acts, not where a victim is: "US firm Volexity", "a U.S. cybersecurity
// company", "U.S. officials".
var coocModified = set(`firm|firms|company|companies|cybersecurity|security|vendor|vendors|researchers|researcher|
officials|official|agencies|agency|authorities|prosecutors|investigators|navy|army|military|intelligence|police|
embassy|ambassador|envoy|diplomats|lawmakers|senator|senators|president|minister|ministers|regulators|court|courts|
watchdog|regulator|house|speaker|congress|forces|troops|east|west|coast|market|markets|history`)

// dateline reports whether country e is part of a news dateline at the start
// of the sentence: "COPENHAGEN, Denmark (Example Wire) —".
func dateline(s *sent, e ent) bool {
	if e.a > 6 || !datelineWords(s, e.a) {
		return false
	}
	if definedAcronym(s, e.a, e.b) && s.lower(e.b+3) == "," {
		return false // "Südwestfalen-IT (SIT), a data center operator, said": a name and its acronym
	}
	switch s.lower(e.b) {
	case "(", "—", "–", "--", "-":
		return true
	}
	return false
}

// definedAcronym reports whether the name [a, b) is followed by an acronym
// in parentheses that starts with the name's letter: "Südwestfalen-IT
// (SIT)". A dateline's agency ("WASHINGTON (AP) —") starts otherwise.
func definedAcronym(s *sent, a, b int) bool {
	return s.lower(b) == "(" && b+2 < len(s.toks) && s.toks[b+1].upper && s.lower(b+2) == ")" &&
		strings.EqualFold(s.toks[b+1].text[:1], s.toks[a].text[:1])
}

// datelineWords reports whether the tokens before end are those of a news
// dateline: capitalized words, commas and slashes ("KYIV, Ukraine"), and a
// date's day after its month ("July 22", "TAIPEI, Jan. 4").
func datelineWords(s *sent, end int) bool {
	for i := 0; i < end; i++ {
		t := s.toks[i]
		if t.digit && i > 0 && (months.is(s.id(i-1)) || s.lower(i-1) == "." && months.is(s.id(i-2))) {
			continue
		}
		if t.text == "." && i > 0 && months.is(s.id(i-1)) {
			continue
		}
		if t.text != "," && t.text != "/" && !(t.word && t.cap) {
			return false
		}
	}
	return true
}

// coocSeatWords before "in" place a company rather than an attack:
// "headquartered in France", "operates about 50 hotels in Canada".
var coocSeatWords = set(`headquartered|based|registered|incorporated|operates|operating|operate|located|headquarters|
subsidiary|subsidiaries|exile|runs|run`)

// nominalBetween reports whether a noun of attack stands between a and b.
func nominalBetween(s *sent, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if nominals.is(s.id(k)) {
			return true
		}
	}
	return false
}

// coocInfraNouns before "in" are where an actor's servers are: "servers in
// the Netherlands had been taken offline".
var coocInfraNouns = set(`servers|server|infrastructure|domains|hosting|datacenters|nodes|proxies`)

// coocCues are words of attack beyond the target verbs and nouns of attack.
var coocCues = set(`victim|victims|ransomware|exfiltrated|exfiltrate|exfiltration|leaked|leak|leaks|encrypted|ransom|
extortion|extorted|intruders|espionage|outage|outages|stolen|stole|theft|disruption|wiped|defaced|spearphishing|
phishing|lured|lures|lure|impersonated|impersonating|spoofed|spoofing|infections|infection|infected|detections`)

// coocSourceNouns name who reports on an attack, not who suffers it.
var coocSourceNouns = set(`researchers|researcher|analysts|analyst|report|reports|reporting|blog|advisory|advisories|
investigators|experts|spokesperson|spokesman|spokeswoman|officials|statement|alert|bulletin|assessment|telemetry|
according|threat|intelligence|incident|response|responders`)

// coocTopicWords before a country make it what is spoken of, not whom an
// attack hit: "critical of China", "talks between A and B", "over Taiwan".
var coocTopicWords = set(`critical|critics|critic|supportive|opposed|hostile|sympathetic|friendly|relations|ties|
talks|tensions|conflict|dispute|disputes|war|invasion|invaded|invade|invading|annexed|occupied|over|about|regarding|
concerning|between|toward|towards|policy|policies|referencing|referenced|mentioning|mentioned|featuring|invoking|
fighting|crimes|atrocities|hostilities`)

// coocCurrencies after a country make it a modifier: "US dollars".
var coocCurrencies = set(`$|dollar|dollars|currency|euros|pounds|yuan|won|rubles|roubles|hryvnia`)

// coocBodyNouns before "from" name who reports: "agencies from A and B".
var coocBodyNouns = set(`agencies|authorities|officials|partners|governments|investigators|researchers|analysts|experts`)

// coocAgentVerbs after a name make it an agent that acts on the actor:
// "the US indicted", "Germany attributed".
var coocAgentVerbs = set(`indicted|charged|sanctioned|seized|arrested|dismantled|attributed|blamed|accused|tracks|
tracked|observed|detected|identified|discovered|uncovered|published|issued|released|linked|traced|exposed|unmasked|
assessed|assesses|believes|believe|alleged|alleges|offered|offers|calls|named|dubbed|warns|warn|urged|urges|
recommended|recommends|investigated|investigating|investigates|notified|helped|responded|found|observes|detects|
attributes|links|took|shut|disrupted|wrote|writes|says|said|reported|summoned|expelled|condemned|accuses|blames|
imposed|imposes|invaded|invades|complained|complain|complains|protested|protests|denounced|denounces|condemns`)

// listEnd returns the token after the list of entities of one kind that
// entity j opens or belongs to: "the US, Australia and New Zealand said"
// ends before "said".
func listEnd(s *sent, j int) int {
	e := s.ents[j]
	n := e.b
	for {
		q := n
		if l := s.lower(q); l != "," && l != "and" && l != "or" {
			return n
		}
		q++
		if s.lower(q) == "and" || s.lower(q) == "or" {
			q++
		}
		if s.lower(q) == "the" {
			q++
		}
		k := s.entAt(q)
		if k < 0 || s.ents[k].kind != e.kind || s.ents[k].a != q {
			return n
		}
		n = s.ents[k].b
	}
}

// coocLawNouns after a country name who acts on the actor: "US prosecutors
// unsealed charges".
// coocArrestWords are acts of the police: a country after them is where
// they took place.
var coocArrestWords = set(`arrested|arrest|arrests|detained|detentions|searches|searched|raids|raided|extradited|
charged|indicted|convicted|sentenced|seized|apprehended`)

var coocLawNouns = set(`prosecutors|prosecutor|lawmakers|regulators|courts|court|judge|judges|sanctions|indictment|police`)

// coocPartnerVerbs before "with" make the countries after it partners:
// "coordinated with", "worked with", "partnered with".
var coocPartnerVerbs = set(`coordinated|coordinating|coordinates|worked|working|partnered|partnering|cooperated|cooperating|collaborated|collaborating|jointly|together|alongside|consultation|coordination|cooperation|collaboration|conjunction`)

// coocPeerNouns before "in" name who acts with the reporters: "counterparts
// in the UK, Canada and Australia".
var coocPeerNouns = set(`counterparts|partners|allies|colleagues|peers`)

// waterName reports whether a place is a sea, an ocean or a bay.
func waterName(s *sent, e ent) bool {
	for k := e.a; k <= e.b && k < len(s.toks); k++ {
		switch s.lower(k) {
		case "ocean", "sea", "bay", "strait", "mediterranean", "gulf":
			if k < e.b || s.toks[k].cap {
				return true
			}
		}
	}
	return false
}

// prohibitions make a sentence about what an actor does not attack.
var prohibitions = set(`forbid|forbids|forbade|forbidden|prohibit|prohibits|prohibited|bans|banned|spare|spares|spared|
exempt|exempts|exempted|off-limits`)

// victimCue reports whether a sentence that names no actor speaks of the
// victims of an attack: "Government agencies in Malaysia and Thailand account
// for most of the confirmed compromises", "victims turned up in Brazil".
func victimCue(s *sent) bool {
	for i, t := range s.toks {
		if s.owner[i] < 0 && victimCueWords.is(t.id) && !negations.is(s.id(i-1)) {
			return true
		}
		// "Telemetry shows users hit in the United States, Nigeria ...".
		if i > 0 && participles.is(t.id) && (listNouns.is(s.id(i-1)) || s.owner[i-1] >= 0 && s.ents[s.owner[i-1]].kind == graph.Sector) && s.lower(i+1) == "in" {
			return true
		}
		if s.owner[i] < 0 && storyDamage(s, i) {
			return true
		}
		// "more than 100 devices have been affected, most of them in Japan".
		if l := t.lower; l == "affected" || l == "infected" || l == "compromised" {
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if deviceNouns.is(s.id(k)) {
					return true
				}
				if !auxiliaries.is(s.id(k)) && s.lower(k) != "been" && s.lower(k) != "have" && s.lower(k) != "had" && s.lower(k) != "has" {
					break
				}
			}
		}

	}
	return false
}

// storyDamage reports whether token i opens a phrase that tells of the
// story's attack without naming who made it: "had been hit by the
// incident", "were also of interest", "received booby-trapped documents".
func storyDamage(s *sent, i int) bool {
	switch l := s.lower(i); {
	case damageParticiples.has(l):
		// "762 companies ... had been hit by the incident".
		k := i + 1
		for adverbs.is(s.id(k)) {
			k++
		}
		return s.lower(k) == "by" && s.lower(k+1) == "the" && damageNouns.is(s.id(k+2))
	case l == "of" && s.lower(i+1) == "interest":
		// "organizations in Turkey and India were also of interest".
		k := i - 1
		for k > 0 && adverbs.is(s.id(k)) {
			k--
		}
		if !beVerbs.is(s.id(k)) {
			return false
		}
		for m := clauseStart(s, k); m < k; m++ {
			if s.owner[m] < 0 && listNouns.is(s.id(m)) || s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.Sector {
				return true // "organizations in A and B were of interest", not "tourism in A is"
			}
		}
		return false
	case l == "received" || l == "receive" || l == "receives" || l == "got":
		// "government entities in Vietnam received Word documents whose
		// remote templates pulled down RTF files".
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			if lureNouns.is(s.id(k)) {
				return true
			}
			if clauseStops.is(s.id(k)) {
				break
			}
		}
	}
	return false
}

// damageParticiples tell that someone suffered an attack.
var damageParticiples = set(`hit|affected|impacted|disrupted|crippled|paralyzed|paralysed|struck|compromised|breached`)

// beVerbs are the forms of "to be".
var beVerbs = set(`is|are|was|were|be|been|being|remain|remained|remains`)

// deviceNouns are machines whose infection places victims: "devices have
// been affected, most of them in Japan".
var deviceNouns = set(`devices|machines|computers|hosts|endpoints|systems|servers|phones|routers`)

var victimCueWords = set(`victim|victims|compromises|intrusions|infections|detections|compromised|infected|breached|hacked`)

// speakerPronoun reports whether the pronoun at a stands for who speaks
// just before it: "Dutch police said they had taken 127 servers offline",
// "the ministry says it has restored".
func speakerPronoun(s *sent, a int) bool {
	if !pronouns.is(s.id(a)) {
		return false
	}
	k := a - 1
	if s.lower(k) == "that" {
		k--
		for n := k - 1; !reportVerbs.is(s.id(k)) && n >= 0 && n >= k-4; n-- {
			// "the FBI said at the time that it", "said on Monday that it"
			atTime := s.lower(n+1) == "at" && s.lower(n+2) == "the" && s.lower(n+3) == "time" && n+4 == k+1
			if reportVerbs.is(s.id(n)) && s.owner[n] < 0 && (timeAfter(s, n+1) == k+1 || atTime) {
				k = n
			}
		}
	}
	if !reportVerbs.is(s.id(k)) {
		return false
	}
	j := s.entAt(k - 1)
	if j < 0 {
		return false
	}
	// An authority speaks of its own acts; a vendor's "it" is the actor it
	// writes about ("Microsoft says it spies on ...").
	e := s.ents[j]
	return e.kind == graph.Sector || e.kind == graph.Organization && (institutionHeads.is(s.id(e.b-1)) || authorityWords.is(s.id(e.b-1)) || authorityNames[e.node.Name])
}

// authorityNames are agencies that act against attackers, named by their
// short forms.
var authorityNames = map[string]bool{"FBI": true, "CISA": true, "NCA": true, "Europol": true, "Interpol": true, "NSA": true, "GCHQ": true, "NCSC": true, "BKA": true, "ANSSI": true, "DOJ": true}

// authorityWords end the names of authorities that act against attackers.
var authorityWords = set(`police|regulator|prosecutors|court|government|gendarmerie|army|military|guard`)

// describesOrg reports whether country e stands in an apposition that
// describes the organization before it: "Encevo, the biggest energy
// supplier in Luxembourg", "Luka Rijeka, the company that handles cargo at
// Croatia's largest seaport". The country places the organization; the
// organization is the victim.
func describesOrg(s *sent, e ent) bool {
	for k := e.a - 1; k >= 1 && k >= e.a-16; k-- {
		if o := s.owner[k]; o >= 0 && (s.ents[o].kind == graph.Sector || s.ents[o].demonym) {
			k = s.ents[o].a // "the biggest energy supplier in"
			continue
		}
		if s.owner[k] >= 0 || s.toks[k].text == ";" || s.toks[k].text == ":" {
			return false
		}
		if s.toks[k].text != "," {
			continue
		}
		if l := s.lower(k + 1); l != "the" && l != "a" && l != "an" || k+2 >= e.a {
			return false // "A, the US Anti-Doping Agency": the next item of a list
		}
		o := s.entAt(k - 1)
		return o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref
	}
	return false
}

// watchNouns head a country's defenders and investigators: "Germany's
// domestic intelligence agency", "Britain's data protection watchdog".
var watchNouns = set(`agency|agencies|watchdog|watchdogs|police|gendarmerie|investigators|prosecutors|regulator|regulators|
cert|ncsc|csirt|counterintelligence|coordination|cyber-security|cybersecurity`)

// ownedThere reports whether the country at token a, perhaps one of a list,
// follows "in" at the end of a clause that tells what an organization owns
// or runs: "which owns distributors in Brazil, Chile and Peru".
func ownedThere(s *sent, a int) bool {
	k := a - 1
	for k > 0 {
		if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.Country {
			k = s.ents[o].a - 1
			continue
		}
		if l := s.lower(k); l == "," || l == "and" || l == "the" {
			k--
			continue
		}
		break
	}
	if s.lower(k) != "in" {
		return false
	}
	for m := k - 1; m >= 1 && m >= k-5; m-- {
		if s.owner[m] >= 0 || s.lower(m) == "," {
			return false
		}
		if l := s.lower(m); (l == "owns" || l == "operates" || l == "runs" || l == "serves" || l == "has") && relatives.is(s.id(m-1)) {
			return true
		}
	}
	return false
}

// actorsWork reports whether a word of an actor's work follows a
// possessive within two words: "its phishing lures", "their attacks", "its
// victims".
func actorsWork(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+1; m++ {
		if id := s.id(m); nominals.is(id) || lureNouns.is(id) || malwareNouns.is(id) || workNouns.is(id) {
			return true
		}
		if !s.toks[m].word || s.toks[m].cap {
			return false
		}
	}
	return false
}

// workNouns are more of what an actor's possessive may own in its work.
var workNouns = set(`victims|victim|targets|target|targeting|operators|hackers|affiliates|members|infrastructure|tools|activity|activities|phishing|intrusions`)

// attributedToState reports whether the country at a closes "attributes
// ... to (the government of)": the state an actor is laid on, not its
// victim ("which it attributes with high confidence to the government of
// Bahrain").
func attributedToState(s *sent, a int) bool {
	p := a - 1
	if s.lower(p) == "the" {
		p--
	}
	if s.lower(p) == "of" && (s.lower(p-1) == "government" || s.lower(p-1) == "governments") {
		p -= 2
		if s.lower(p) == "the" {
			p--
		}
	}
	if s.lower(p) != "to" {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-5; k-- {
		switch s.lower(k) {
		case "attributes", "attributed", "attribute", "attributing", "links", "linked", "link", "linking", "ties", "tied", "blames", "blamed", "blame", "assesses", "traced", "traces":
			return true
		}
		if s.owner[k] >= 0 || !s.toks[k].word {
			return false
		}
	}
	return false
}
