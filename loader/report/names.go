package report

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// Threat actors the gazetteer does not know are found by how the text
// introduces them, once per document, and then recognized wherever their
// name appears in it:
//
//   - a group noun after the name: "the Rhysida group", "the ALPHV ransomware
//     operation", "the BlackCat gang";
//   - an apposition or a copula that calls the name a group: "Qilin, a
//     Russian-speaking ransomware-as-a-service operation", "OilRig, an
//     Iranian espionage group", "Copper Heron is a China-nexus actor";
//   - a naming cue after a group noun: "a group the researchers dubbed Copper
//     Heron", "an actor tracked as UNC9999", "which others call APT43";
//   - the shape of vendor names: tracking codes ("UNC9999", "TA4903",
//     "Storm-0558", "APT 41") and the naming schemes of the large vendors
//     ("Salt Typhoon", "Fancy Bear", "BRONZE UNION", "Earth Lusca");
//   - a claim of responsibility: "QuietLocker claimed the attack".

// discoverGroupNouns follow a name to make it an actor ("the X group").
var discoverGroupNouns = set(`group|gang|crew|actor|collective|cartel|syndicate|cybergang|apt|outfit|persona`)

// discoverOperations name an actor only after a crime modifier: "the ALPHV
// ransomware operation", not "the FBI operation".
var discoverOperations = set(`operation|operators|operator|affiliates|affiliate|brand|cartel`)

// discoverModifiers may stand between a name and its group noun.
var discoverModifiers = set(`ransomware|hacking|hacker|cybercrime|cybercriminal|extortion|espionage|cyber-espionage|
cyberespionage|threat|apt|state-sponsored|state-backed|data-extortion|raas|ransomware-as-a-service|criminal|data|theft|
hacktivist|cyber|nation-state|advanced|persistent|wiper|malware|phishing|intrusion|activity`)

// crimeModifiers make an "operation" an actor.
var crimeModifiers = set(`ransomware|extortion|data-extortion|raas|ransomware-as-a-service|cybercrime|cybercriminal|
hacking|criminal`)

// verbBeforeTime reports whether a time phrase between an attack verb and
// the "by" at q ends there: "was hit in April by", "encrypted last week by".
func verbBeforeTime(s *sent, q int) bool {
	for v := q - 2; v >= 0 && v >= q-6; v-- {
		if targetVerbs.is(s.id(v)) && timeAfter(s, v+1) == q {
			return true
		}
	}
	return false
}

// marketNouns after a capitalized word make it the name of securities or a
// market: "Treasury trades", "the Nasdaq market".
var marketNouns = set(`market|markets|trades|trading|bonds|securities|yields|futures|auction|auctions`)

// superlativeAt reports whether the apposition between a and k ranks the
// name: "LockBit, the most prolific ransomware operation of the past two
// years", "the largest ransomware gang of 2023".
func superlativeAt(s *sent, a, k int) bool {
	for m := a; m < k; m++ {
		if l := s.lower(m); l == "most" || l == "largest" || l == "biggest" || l == "busiest" || l == "prolific" && s.lower(m-1) == "most" {
			return true
		}
	}
	return false
}

// apposPreps end the phrase of an apposition's head.
var apposPreps = set(`by|on|against|at|in|into|with|for|from|across|targeting|aimed|claimed`)

// appositionNouns after "X, a ..." or "X is a ..." make X an actor.
var appositionNouns = set(`group|gang|crew|actor|collective|cartel|syndicate|outfit|apt|cluster|operation|
cybergang|adversary|hackers|team|unit|sub-group|subgroup|offshoot|faction|spin-off|splinter|persona|coalition`)

// waterBody reports whether a name is a sea, an ocean, a bay, a gulf or a
// strait: "the Bay of Bengal", "the Red Sea".
func waterBody(name string) bool {
	for _, p := range []string{"Bay of ", "Gulf of ", "Strait of ", "Straits of ", "Sea of "} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	for _, suf := range []string{" Sea", " Ocean", " Strait", " Shoal", " Reef", " Atoll"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// compassAdjectives describe, alone before a common noun: "Western
// government websites", "Eastern European banks".
var compassAdjectives = set(`Western|Eastern|Northern|Southern|Central|Northeastern|Northwestern|Southeastern|Southwestern|Middle`)

// volunteerWords make a force or an army a band of hackers: "a volunteer
// force", "a hacker army".
var volunteerWords = set(`volunteer|hacker|hacking|hacktivist|cyber|online`)

// namingCues name what comes after them: "dubbed X", "tracked as X".
var namingCues = [][]string{
	// The reflexive cues before the bare verbs: "which call themselves X".
	{"calling", "itself"}, {"calls", "itself"}, {"called", "itself"}, {"styling", "itself"}, {"styles", "itself"},
	{"calling", "themselves"}, {"call", "themselves"}, {"called", "themselves"}, {"styling", "themselves"},
	{"known", "as"}, {"tracked", "as"}, {"tracks", "as"}, {"track", "as"}, {"tracking", "as"}, {"referred", "to", "as"},
	{"designated", "as"}, {"identified", "as"}, {"dubbed"}, {"calls"}, {"call"}, {"called"}, {"named"},
	{"nicknamed"}, {"codenamed"}, {"code-named"}, {"labelled"}, {"labeled"}, {"designated"}, {"tracked", "by"},
	{"going", "by", "the", "handle"}, {"goes", "by", "the", "handle"}, {"went", "by", "the", "handle"},
	{"going", "by", "the", "name"}, {"goes", "by", "the", "name"}, {"went", "by", "the", "name"},
	{"going", "by", "the", "moniker"}, {"goes", "by", "the", "moniker"}, {"going", "by"}, {"goes", "by"}, {"operating", "as"}, {"operates", "as"}, {"posing", "as"},
	{"calling", "himself"}, {"calls", "himself"}, {"called", "himself"}, {"calling", "herself"}, {"calls", "herself"},
	{"using", "the", "name"}, {"using", "the", "handle"}, {"using", "the", "alias"}, {"under", "the", "name"},
	{"under", "the", "handle"}, {"under", "the", "alias"},
}

// unnamedGroup reports whether the sentence speaks of a group it does not
// name: "led to a previously undocumented espionage group", "a threat
// cluster that has broken into 35 organizations".
func unnamedGroup(s *sent) bool {
	for k, t := range s.toks {
		if !unnamedGroupNouns.is(t.id) || s.owner[k] >= 0 {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-5; m-- {
			if l := s.lower(m); l == "a" || l == "an" {
				return true
			}
			if s.owner[m] >= 0 || !s.toks[m].word || s.toks[m].cap {
				break
			}
		}
	}
	return false
}

// unnamedGroupNouns head the description of a group a report is about to
// name.
var unnamedGroupNouns = set(`group|actor|cluster|crew|gang|collective|outfit|adversary`)

// itNamingCues name a group the sentence before spoke of: "We have named it
// Lazy Koala", "we call it ShadowSilk".
var itNamingCues = set(`named|dubbed|call|called|calls|nicknamed|christened|codenamed|code-named`)

// campaignNouns name operations, not actors: "a campaign dubbed X".
var campaignNouns = set(`campaign|campaigns|operation|operations|wave|attack|attacks|intrusion|intrusions|incident|
vulnerability|flaw|exploit|technique|method|botnet|network|infrastructure|domain|domains|server|servers|site|page|
document|file|lure|lures|email|e-mail|emails|e-mails|message|messages|tactic|approach|kit|framework|scheme`)

// vendorWords inside a name make it a security team, not an actor: "the
// Threat Analysis Group", "Unit 42".
var vendorWords = set(`threat|intelligence|research|security|labs|lab|analysis|response|center|centre|incident|
team|unit|directorate|agency|police|department|ministry|office|bureau|service|services|government|university|
company|corporation|inc|ltd|news|times|post|press`)

// taxonomyWords end the names that large vendors give actors: Microsoft's
// weather ("Typhoon", "Blizzard", "Sandstorm", "Sleet", "Tempest"),
// CrowdStrike's animals ("Panda", "Bear", "Kitten", "Chollima", "Spider"),
// Palo Alto Networks' constellations ("Taurus", "Ursa", "Serpens").
var taxonomyWords = set(`typhoon|blizzard|sandstorm|sleet|tempest|hail|dust|flood|cyclone|tsunami|panda|bear|kitten|
chollima|spider|jackal|tiger|leopard|buffalo|crane|taurus|ursa|libra|serpens|pisces|scorpius|aquarius|draco|lynx`)

// metalWords start Secureworks' names ("BRONZE UNION", "IRON TWILIGHT").
var metalWords = set(`BRONZE|IRON|COBALT|GOLD|TIN|NICKEL|ZINC|ALUMINUM|COPPER|PLATINUM`)

// codePrefixes start tracking codes: "UNC2452", "TA505", "Storm-0558".
var codePrefixes = set(`unc|ta|fin|apt|uta|tag|dev|storm|temp|uac|uat|apt-c|apt-q|cl-sta|cl-cri|cl-unk|sectora|
sector|tgr-sta|tgr-unk|g`)

// codeName reports whether the token is a tracking code: a known prefix and
// digits ("UNC9999", "Storm-0558", "APT-C-23").
func codeName(t string) bool {
	i := len(t)
	for i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
		i--
	}
	if i == len(t) || i == 0 {
		return false
	}
	prefix := strings.ToLower(strings.TrimRight(t[:i], "-._"))
	if prefix == "g" || prefix == "ta" {
		return len(t)-i >= 3 && t[:i] == strings.ToUpper(t[:i]) // "G0065", "TA505"
	}
	return codePrefixes.has(prefix) && t[:1] == strings.ToUpper(t[:1])
}

// nameRun returns the end of a run of free capitalized words starting at i
// (at most max), joined by "&" or a possessive inside the name.
func (s *sent) nameRun(i, max int) int {
	j := i
	for j < len(s.toks) && j-i < max {
		if s.capWord(j) || (j > i && s.owner[j] < 0 && s.toks[j].digit && s.toks[j].word) {
			j++
			continue
		}
		if j > i && s.toks[j].text == "&" && s.capWord(j+1) {
			j += 2
			continue
		}
		break
	}
	return j
}

// plainRun reports whether the run [a, b) can be an actor's name: no
// sentence word, country, demonym, known organization, sector or vendor word.
//
// A country's name passes when country is set: the caller saw a cue strong
// enough to make it a gang's name ("a ransomware gang known as Cuba", "the
// Cuba ransomware group").
func (r *recognizer) plainRun(s *sent, a, b int, country bool) bool {
	if a >= b || b-a > 4 && !(b-a == 5 && crewEnd(s, b-1)) {
		return false
	}
	for i := a; i < b; i++ {
		t := s.toks[i]
		if t.lower == "of" && country && i > a && i+1 < b {
			continue // "IT Army of Ukraine"
		}
		// A vendor's word ends a vendor's name ("Citizen Lab", "Unit 42");
		// at the head of a longer name it may open an actor's: "Lab
		// Dookhtegan", "Team Insane PK".
		vendor := vendorWords.is(t.id) && !(i == a && b-a > 1 && !vendorWords.is(s.toks[b-1].id))
		if i > a && i < b-1 && t.cap && nameLinks.is(t.id) {
			continue // "Crackas With Attitude", "Guardians Of Peace": a capitalized link inside a name
		}
		// "Myanmar Hackers": a capitalized word for a group ends a name
		// that opens with a country.
		crew := country && i == b-1 && i > a && t.cap && groupNouns.is(t.id) && len(r.countries[s.toks[a].text]) > 0
		if (starters.is(t.id) || notSoftware.is(t.id)) && !(t.upper && b-a > 1) && !crew || vendor || months.is(t.id) || strings.Trim(t.text, "0123456789") == "" {
			return false // not "It", but "IT Army of Ukraine"
		}
		if !country && len(r.countries[t.text]) > 0 || len(r.demonyms[t.text]) > 0 && !(country && len(r.countries[t.text]) > 0) || len(r.orgs[t.text]) > 0 || regions.is(t.id) {
			return false
		}
		// "China-based", "Russian-speaking", "Iran-nexus".
		if k := strings.IndexByte(t.text, '-'); k > 0 && (len(r.countries[t.text[:k]])+len(r.demonyms[t.text[:k]]) > 0 || countrySuffixes.has(t.lower[strings.LastIndexByte(t.lower, '-')+1:])) {
			return false
		}
		if _, ok := sectorPhrases[t.lower]; ok && b-a == 1 {
			return false
		}
	}
	return true
}

// nameLinks are the short words a group's name may carry capitalized
// between its other words.
var nameLinks = set(`with|of|the|for|against|from|without`)

// discover finds the names that the sentence introduces as actors.
// chatApps host groups of people who chat: "a WeChat group".
var chatApps = set(`wechat|signal|viber|skype|zalo|kakaotalk|imessage|qq|line|messenger|teams|slack|mastodon|vk|vkontakte`)

func (r *recognizer) discover(s *sent, found map[string]bool) {
	n := len(s.toks)
	defer func() { r.groupSaid = unnamedGroup(s) }()
	add := func(a, b int) {
		if b-a == 1 && blocs.is(s.id(a)) {
			return // "the collective West": a bloc
		}
		if b-a == 1 && describer(s.toks[a].text) {
			return // "Little-known hacking group": a description
		}
		if b-a == 1 && methodWords.is(s.id(a)) {
			return // "the most visible DDoS collective": a method, not a name
		}
		if b-a == 1 && (socialPlatforms.is(s.id(a)) || chatApps.is(s.id(a))) {
			return // "a public WeChat group", "a Telegram group": a chat, not a crew
		}
		if b-a > 1 && describer(s.toks[a].text) {
			a++ // "Pro-Russian Stormous gang": the name after the stance
		}
		if o := s.owner[max(a-1, 0)]; a > 0 && o >= 0 && s.ents[o].kind == graph.ThreatActor && s.ents[o].b == a && s.toks[a-1].e+1 == s.toks[a].s {
			return // "Winnti Umbrella, an activity cluster": the known actor's name goes on
		}
		if a >= 2 && s.lower(a-1) == "of" && s.toks[a-2].cap && (orgHeads.is(s.id(a-2)) || institutionHeads.is(s.id(a-2))) {
			return // "the Office of Foreign Assets Control, the unit that ...": the end of an institution's name
		}
		// "IT Army of Ukraine": a country after "of" inside the name.
		ofCountry := false
		for k := a + 1; k < b; k++ {
			ofCountry = ofCountry || s.lower(k-1) == "of" && len(r.countries[s.toks[k].text]) > 0
		}
		// "Dragon Force Malaysia, a hacktivist collective", "Mysterious Team
		// Bangladesh": a country that ends a name the cue introduces.
		endCountry := b-a >= 2 && len(r.countries[s.toks[b-1].text]) > 0 && len(r.countries[s.toks[a].text])+len(r.demonyms[s.toks[a].text]) == 0
		// "a group calling itself Myanmar Hackers": a country that opens a
		// name ending in a word for a group.
		startCountry := b-a >= 2 && len(r.countries[s.toks[a].text]) > 0 && s.toks[b-1].cap && (groupNouns.is(s.id(b-1)) || crewNames.has(s.lower(b-1)))
		if r.plainRun(s, a, b, false) || (ofCountry || endCountry || startCountry) && r.plainRun(s, a, b, true) {
			name := s.textOf(r.text, a, b)
			found[name] = true
			if ofCountry {
				// "the IT Army" later stands for "the IT Army of Ukraine".
				for k := a + 1; k < b; k++ {
					if s.lower(k) == "of" && k-a >= 2 {
						head := s.textOf(r.text, a, k)
						found[head] = true
						if r.headOf == nil {
							r.headOf = map[string]string{}
						}
						r.headOf[head] = name
						break
					}
				}
			}
		}
	}
	// addPerson adds a name an attacker is called by and remembers a
	// person's name ("Ilya Lichtenstein"), whose surname later stands
	// for it.
	addPerson := func(a, b int) {
		add(a, b)
		if personRun(s, a, b) {
			r.persons[s.textOf(r.text, a, b)] = true
		}
	}
	// "It names seven groups that it holds responsible for the attacks: A,
	// B and C": the names listed after a colon that a plural group noun
	// announces.
	for c := 0; c < n; c++ {
		if s.lower(c) != ":" {
			continue
		}
		announced := false
		for k := c - 1; k >= 0 && k >= c-40; k-- {
			if l := s.lower(k); (l == "groups" || l == "gangs" || l == "collectives" || l == "crews" || l == "actors") && s.owner[k] < 0 {
				announced = true
				break
			}
		}
		if !announced {
			break
		}
		for j := c + 1; j < n; {
			b := s.nameRun(j, 4)
			if o := s.owner[j]; o >= 0 {
				b = s.ents[o].b // a name known already
			} else if b == j {
				break
			} else if r.plainRun(s, j, b, false) || b-j >= 2 && r.plainRun(s, j, b, true) {
				found[s.textOf(r.text, j, b)] = true
			}
			if l := s.lower(b); l == "," || l == "and" {
				j = b + 1
				if s.lower(j) == "and" {
					j++
				}
				continue
			}
			break
		}
		break
	}
	// addFamily takes the known ransomware family that ends the run [a, b)
	// as a gang's name: "Conti", "In May 2021 Conti", "The Agenda".
	addFamily := func(a, b int) {
		for j := a; j < b; j++ {
			if ransomwareRun(s, j, b) {
				add(j, b)
				return
			}
		}
	}
	// addCountry also takes a country's name, for the strongest cues.
	addCountry := func(a, b int) {
		if b-a == 1 && r.plainRun(s, a, b, true) {
			found[s.textOf(r.text, a, b)] = true
		}
	}
	for i := 0; i < n; i++ {
		if l := s.lower(i); (l == "track" || l == "tracks" || l == "tracking" || l == "tracked") && !s.toks[i].cap {
			// "We track its operators as Virtual Invaders", "we track this
			// activity as X": the object between the verb and "as".
			// "We track the actor behind these operations as Hades": a
			// short description after "behind" stretches the span.
			group, last := false, i+5
			for m := i + 1; m < n && m <= last; m++ {
				ml := s.lower(m)
				mlID := s.id(m)
				if ml == "behind" && group && last == i+5 {
					last = m + 5
					continue
				}
				group = group || groupNouns.is(mlID) || hackerNouns.is(mlID) || ml == "activity" || ml == "cluster" || ml == "it" || ml == "them" || ml == "operator" || ml == "operators"
				if ml == "as" && group && m > i+1 {
					if b := s.nameRun(m+1, 4); b > m+1 {
						add(m+1, b)
					}
					break
				}
				if !s.toks[m].word || s.toks[m].cap || clauseStops.is(mlID) && ml != "as" {
					break
				}
			}
		}
		if !s.capWord(i) {
			if !namingFirst[s.toks[i].lower] {
				continue // most words open no naming cue
			}
			// A naming cue after a group noun or an actor.
			for _, cue := range namingCues {
				j, ok := s.seqAt(i, cue)
				if !ok {
					continue
				}
				if cue[0] == "tracked" && cue[1] == "by" {
					// "tracked by Mandiant as X".
					k := s.nameRun(j, 3)
					if k == j || s.lower(k) != "as" {
						break
					}
					j = k + 1
				}
				behind := false
				if len(cue) == 1 && s.lower(j) == "the" && (unnamedGroupNouns.is(s.id(j+1)) || s.lower(j+1) == "operator" || s.lower(j+1) == "operators") && s.lower(j+2) == "behind" {
					// "named the operator behind the emails Nile Phish":
					// past the description to the name that ends it.
					m := j + 3
					for m < n && m <= j+7 && s.toks[m].word && !s.toks[m].cap && s.owner[m] < 0 && !clauseStops.is(s.id(m)) {
						m++
					}
					if b := s.nameRun(m, 4); b > m && m > j+3 && (b >= n || !s.toks[b].word || s.lower(b) == "and") {
						j, behind = m, true
					}
				}
				it := false
				if len(cue) == 1 && s.lower(j) == "it" && itNamingCues.has(cue[0]) && s.capWord(j+1) {
					// "We have named it Lazy Koala", after "a previously
					// undocumented espionage group".
					if !r.groupSaid && !r.namesActor(s, i) {
						break
					}
					j++
					it = true
				} else if !behind && !r.namesActor(s, i) {
					break
				}
				if !it && cue[0] == "named" && len(cue) == 1 && i > 0 && s.owner[i-1] >= 0 && s.ents[s.owner[i-1]].kind == graph.ThreatActor {
					break // "APT28 named Quarrow Bank among its victims": a listing, no naming
				}
				if !it && len(cue) == 1 && listingNamed(s, i, j) {
					break
				}
				for {
					if s.lower(j) == "the" {
						j++
					}
					quoted := false
					if t := s.toks[min(j, n-1)].text; t == "\"" || t == "“" || t == "'" || t == "‘" {
						j++ // calling itself "Waste"
						quoted = true
					}
					b := s.nameRun(j, 5)
					if b-j == 5 && !crewEnd(s, b-1) {
						b-- // a fifth word only ends a crew's name
					}
					if b == j && quoted {
						// calling itself "sudo rm -RF": a quoted name,
						// however it is written.
						b = quotedEnd(s, j, 5)
						if b > j && plausibleActorName(s.textOf(r.text, j, b)) {
							add(j, b)
						}
						break
					}
					if b == j {
						break
					}
					add(j, b)
					if b-j >= 3 && len(r.demonyms[s.toks[j].text]) > 0 && r.plainRun(s, j+1, b, false) {
						// "groups calling themselves the Moroccan Black
						// Cyber Army": the cue makes the demonym part of a name.
						found[s.textOf(r.text, j, b)] = true
					}
					if discoverGroupNouns.is(s.id(i - 1)) {
						addCountry(j, b) // "a ransomware gang known as Cuba"
					}
					if (s.lower(b) == "," || s.lower(b) == "and" || s.lower(b) == "or") && s.capWord(b+1) {
						j = b + 1
						continue
					}
					if (s.lower(b) == "and" || s.lower(b) == "or") && s.lower(b+1) == "the" && s.capWord(b+2) {
						j = b + 1 // "Phantom Atlas and the Moroccan Black Cyber Army"
						continue
					}
					if s.lower(b) == "," && (s.lower(b+1) == "and" || s.lower(b+1) == "or") {
						j = b + 2
						continue
					}
					break
				}
				break
			}
			continue
		}
		if starters.is(s.id(i)) && !s.toks[i].upper || months.is(s.id(i)) {
			continue
		}
		b := s.nameRun(i, 4)
		// "IT Army of Ukraine", "Cyber Army of Russia Reborn": a country
		// after "of" is part of a name that a group noun or cue introduces.
		if s.lower(b) == "of" && b > i && b+1 < n && len(r.countries[s.toks[b+1].text]) > 0 && (s.lower(b-1) == "army" || s.lower(b-1) == "team" || s.lower(b-1) == "squad" || s.lower(b-1) == "brigade" || s.lower(b-1) == "legion") {
			b = s.nameRun(b+1, 3)
		}
		// "IT Army of Ukraine", "Syrian Electronic Army": a capitalized
		// army of hackers is a group, whatever the sentence says of it.
		for k := i + 1; k < b; k++ {
			if hackerUnits[s.toks[k].text] && s.toks[k-1].cap && (hackerArmies.is(s.id(k-1)) || squadName(s, k)) {
				add(i, b)
				if r.plainRun(s, i, b, true) {
					found[s.textOf(r.text, i, b)] = true // "Pakistan Cyber Force": a country may open it
				}
				break
			}
		}
		// Shapes: tracking codes and vendor naming schemes.
		if b-i == 1 && codeName(s.toks[i].text) {
			add(i, b)
		}
		if b-i == 2 && (taxonomyWords.is(s.id(i+1)) || metalWords.has(s.toks[i].text) && s.toks[i+1].upper) {
			add(i, b)
		}
		if b-i == 1 && s.toks[i].text == "APT" && s.toks[min(b, n-1)].digit {
			add(i, b+1)
		}
		// A military unit's number: "Unit 29155", "Unit 61398".
		if s.toks[i].text == "Unit" && i+1 < n && len(s.toks[i+1].text) >= 4 && len(s.toks[i+1].text) <= 6 && strings.Trim(s.toks[i+1].text, "0123456789") == "" {
			found[s.textOf(r.text, i, i+2)] = true // not "Unit 42", a vendor's team
		}
		if s.lower(i) == "earth" && b-i == 2 {
			add(i, b)
		}
		// A group noun after the name: "the Rhysida group".
		k, crime := b, false
		for k < n && k < b+3 && discoverModifiers.is(s.id(k)) && s.owner[k] < 0 {
			crime = crime || crimeModifiers.is(s.id(k))
			k++
		}
		// The modifiers end the name: "the GoldenJackal APT group" is
		// GoldenJackal, and "the APT group" names no one.
		e := b
		for e > i && discoverModifiers.is(s.id(e-1)) {
			e--
		}
		f := i
		if e > i+1 && describer(s.toks[i].text) {
			f = i + 1 // "the Russia-based REvil operation": add drops the stance
		}
		if l := s.lower(k); (discoverGroupNouns.has(l) || crime && discoverOperations.has(l) || l == "operation" && ransomwareRun(s, f, e)) && s.owner[k] < 0 && !s.toks[k].cap &&
			(s.lower(i-1) != "a" && s.lower(i-1) != "an" || crime && ransomwareRun(s, f, e)) && e > i && !corporateGroup(s, i, k) && !civilWords.is(s.id(e-1)) &&
			!(l == "group" && !crime && r.companyName(s.textOf(r.text, i, e))) {
			add(i, e)
			if s.lower(e) == "ransomware" {
				addCountry(i, e) // "the Cuba ransomware gang"
			}
		}
		// "the gang behind DoppelPaymer": the known ransomware family's
		// operators, named after it.
		if i >= 2 && s.lower(i-1) == "behind" && discoverGroupNouns.is(s.id(i-2)) && !s.toks[i-2].cap && ransomwareRun(s, i, b) {
			add(i, b)
		}
		// An apposition or a copula: "Qilin, a ... operation", "X is a ... group".
		k = b
		relative := false
		if s.lower(k) == "," || s.lower(k) == "(" {
			k++
			if s.lower(k) == "which" || s.lower(k) == "who" {
				k++
				relative = true
			}
		}
		// Not "Behind the intrusion, according to a post reviewed by
		// Example Wire, is the gang that ...": the name closes an aside;
		// the copula belongs to the sentence.
		copula := (s.lower(k) == "is" || s.lower(k) == "was" || s.lower(k) == "remains") && (s.lower(b) != "," || relative)
		if copula {
			k++
		}
		// "X, which is a ... group", not "X, which the gang claimed": a
		// relative clause calls X a group only through its verb.
		if k > b && (s.lower(k) == "a" || s.lower(k) == "an" || s.lower(k) == "the" || s.lower(k) == "another") && (copula || !relative) {
			def := s.lower(k) == "the" && s.lower(b+1) != "which" && s.lower(b+1) != "who"
			crime := false
			for k++; k < n && k < b+10; k++ {
				l := s.lower(k)
				if appositionNouns.has(l) && !s.toks[k].cap && businessGroup(s, k) {
					break // "Keralty, the Bogotá-based healthcare group": a company
				}
				if l == "operation" && !crime && !ransomwareRun(s, i, b) && !(s.lower(k+1) == "behind" && attackNounWithin(s, k+2, 6)) {
					// "the Quran, an operation officials said was meant to
					// ...": a campaign; "Qilin, a ransomware operation" or
					// "LockBit, which was the most prolific operation": a gang.
					break
				}
				crime = crime || crimeModifiers.has(l) || stateModifiers.has(l) // "a Russian state-sponsored operation"
				if l == "family" && s.lower(k-1) == "ransomware" && !toolParticiples.is(s.id(k+1)) {
					// "HardBit, a ransomware family that has circulated since
					// 2022": its operators; not "Prestige, a ransomware family
					// deployed against ...", a tool in someone's hands.
					l = "gang"
				}
				if (l == "force" || l == "army") && volunteerWords.is(s.id(k-1)) {
					l = "group" // "the IT Army of Ukraine, a volunteer force coordinated by ..."
				}
				if appositionNouns.has(l) && !s.toks[k].cap && defenderWords.is(s.id(k-1)) && !crime {
					break // "CERT-UA, the emergency response team": defenders
				}
				if (l == "unit" || l == "team") && !crime && relatives.is(s.id(k+1)) && !attackWithin(s, k+2, 4) {
					break // "Transnet Port Terminals, the unit that handles container traffic": a company's unit
				}
				if appositionNouns.has(l) && !s.toks[k].cap {
					// "X, the group behind ...", but not "Historically, the
					// actor has ...": a definite apposition ends there.
					next := s.lower(k + 1)
					nextID := s.id(k + 1)
					closed := !def || next == "," || next == "." || next == ")" || next == "" || relatives.is(nextID) ||
						next == "behind" || next == "known" || next == "tracked" || next == "responsible" ||
						(next == "from" || next == "with" || next == "to" || next == "for" || next == "by") && relatives.is(s.id(k+2)) // "the gang from which"
					ranked := next == "of" && crime && superlativeAt(s, b, k)
					// "after it boasted of breaking into LG Electronics, the
					// ransomware crew known as Maze has ...": the apposition
					// introduces the name after it, not the object before.
					introduces := (next == "known" || next == "tracked") && (objectPreps.is(s.id(i-1)) || targetVerbs.has(s.lower(i-1))) && k+3 < n && s.toks[k+3].cap
					if (next != "of" || ranked) && next != "at" && (closed || ranked) && !(!def && runsIntoVerb(s, k+1)) && !introduces {
						add(i, b)
						if l := s.lower(b - 1); crime && b-i >= 2 && (l == "security" || l == "team") && r.plainRun(s, i, b-1, false) {
							// "Kelvin Security, a financially motivated hacking
							// group": the apposition outweighs a vendor's word.
							found[s.textOf(r.text, i, b)] = true
						}
					}
					break
				}
				adj := strings.Contains(l, "-") || len(r.demonyms[s.toks[k].text])+len(r.countries[s.toks[k].text]) > 0
				// A determiner opens a new phrase, so the apposition's head
				// is behind it: "MgBot, a modular framework the group has
				// used" calls MgBot a framework. "APT" only says the kind of group:
				// "a China-aligned APT group".
				// A preposition ends the head's phrase too: "TV5Monde, an
				// attack by hackers" calls TV5Monde an attack.
				if !s.toks[k].word || s.toks[k].cap && s.owner[k] < 0 && !adj && l != "apt" || l == "of" || l == "that" || l == "which" || l == "who" ||
					apposDeterminers.has(l) || apposPreps.has(l) {
					break
				}
			}
		}
		// A name before an alias cue that names a known or shaped actor:
		// "Copper Heron - tracked by Mandiant as UNC9999".
		k = b
		for k < n && k < b+3 && (s.lower(k) == "," || s.lower(k) == "-" || s.lower(k) == "(" || s.lower(k) == "–" || s.lower(k) == "—") {
			k++
		}
		selfCue := -1
		if k > b && s.lower(k-1) == "," && (s.lower(k) == "which" || s.lower(k) == "who") {
			// "CyberArmyofRussia_Reborn, which also calls itself the ...":
			// what the name calls itself.
			m := k + 1 + b2i(s.lower(k+1) == "also")
			for _, cue := range [][]string{{"calls", "itself"}, {"call", "themselves"}, {"calls", "themselves"}} {
				if j, ok := s.seqAt(m, cue); ok {
					selfCue = j
				}
			}
		}
		if k > b || s.lower(k) == "also" || s.lower(k) == "aka" {
			j, ok := aliasCueAt(s, k)
			if selfCue > 0 {
				j, ok = selfCue, true
			}
			if ok {
				m := j
				for m < n && m < j+2 && (s.lower(m) == "the" || !s.toks[m].word) {
					m++ // the "Cyber Army of Russia"
				}
				// A name that calls itself by another name is a group's.
				if o := s.entAt(m); o >= 0 && s.ents[o].kind == graph.ThreatActor || codeName(s.toks[min(j, n-1)].text) || selfCue > 0 && s.capWord(m) && !institutionName(s, i, b) {
					add(i, b)
				}
			}
		}
		// A claim of responsibility: "X claimed the attack".
		k = b
		if s.lower(k) == "has" || s.lower(k) == "have" || s.lower(k) == "later" || s.lower(k) == "also" {
			k++
		}
		if l := s.lower(k); l == "claimed" || l == "claims" {
			m := s.lower(k + 1)
			mID := s.id(k + 1)
			// "claims attack on X" in a headline, without the article.
			if m == "responsibility" || m == "credit" || m == "the" && nominals.is(s.id(k+2)) || nominals.is(mID) && nominalPreps.is(s.id(k+2)) {
				add(i, b)
			}
		}
		// "an attack claimed by X", "the breach was claimed by X": who
		// claims an attack is its author.
		if i >= 3 && s.lower(i-1) == "by" && s.lower(i-2) == "claimed" && (breachNouns.is(s.id(i-3)) || s.lower(i-3) == "was" || s.lower(i-3) == "been" || s.lower(i-3) == "were") &&
			!institutionName(s, i, b) {
			add(i, b)
		}
		// "the ransomware gang QuietLocker", "the loose collective
		// Anonymous": a group noun right before the name.
		if q := i - 1; q > 0 && discoverGroupNouns.is(s.id(q)) && s.owner[q] < 0 && !s.toks[q].cap {
			m, civil := q-1, false
			for m >= 0 && m >= q-4 && s.toks[m].word && (!s.toks[m].cap || describer(s.toks[m].text) && s.owner[m] < 0) && s.lower(m) != "the" && s.lower(m) != "a" && s.lower(m) != "an" {
				// "the Russia-linked ransomware and extortion gang Cl0p": a
				// stance may open the description.
				civil = civil || civilWords.is(s.id(m)) // "the transparency group Distributed Denial of Secrets"
				m--
			}
			_, regional := regionDemonyms[strings.ToLower(s.textOf(r.text, i, b))]
			// "a group Kyiv attributes to the FSB": the name is the subject
			// of a clause on the group, not the group's.
			relative := relativeVerbs.is(s.id(b))
			// "the state-controlled telecoms group Rostelecom", "the banking
			// group Lloyds": a company's group, not a gang.
			if l := s.lower(m); (l == "the" || l == "a" || l == "an") && !civil && !businessGroup(s, q) && !institutionName(s, i, b) && !regional && s.lower(b) != "and" && s.lower(b) != "or" && !relative {
				add(i, b) // not "a group European and U.S. officials ..."
			}
		}
		// "a separate group, Hive, took down ...", "another gang, X,": the
		// name set off by commas after its group noun.
		if q := i - 2; q > 0 && s.lower(i-1) == "," && s.lower(b) == "," && discoverGroupNouns.is(s.id(q)) && s.owner[q] < 0 && !s.toks[q].cap {
			m, civil := q-1, false
			for m >= 0 && m >= q-3 && s.toks[m].word && !s.toks[m].cap && s.lower(m) != "the" && s.lower(m) != "a" && s.lower(m) != "an" && s.lower(m) != "another" {
				civil = civil || civilWords.is(s.id(m))
				m--
			}
			if l := s.lower(m); (l == "a" || l == "an" || l == "another" || l == "the") && !civil && !businessGroup(s, q) && !institutionName(s, i, b) {
				add(i, b)
			}
		}
		// "i-Soon hacked email accounts ...": an unknown name that breaks
		// into others' systems is an actor, whatever it calls itself.
		k = b
		// "Black Basta, which appeared in April, has already claimed":
		// the verb after a relative clause on the name is the name's.
		if c := relativeAside(s, b); c > b {
			k = c
		} else if c := nounAside(s, b); c > b && r.familyRun(s, i, b) {
			k = c // "Conti, perhaps Qakbot's largest customer, went on to cripple"
		}
		for base := k; k < n && k < base+3 && (auxiliaries.is(s.id(k)) || perfect.is(s.id(k)) || adverbs.is(s.id(k))); {
			k++
		}
		if l := s.lower(k); (l == "hacked" || l == "breached" || l == "infiltrated" || l == "penetrated" || l == "defaced" || (l == "broke" || l == "hacked") && s.lower(k+1) == "into") && k == b &&
			!institutionName(s, i, b) {
			add(i, b)
		}
		// "Ryan Kramer, 25, of Santa Clarita, pleaded guilty to hacking
		// Disney", "Noah Urban was sentenced for breaching ...": a person
		// a court holds to a break-in is an attacker.
		if pa := personAside(s, b); (courtHack(s, pa) || pa > b && (hackVerbs.is(s.id(pa)) || s.lower(pa) == "broke" && s.lower(pa+1) == "into")) &&
			b-i >= 2 && r.plainRun(s, i, b, false) && !institutionName(s, i, b) {
			addPerson(i, b)
		}
		if b-i >= 2 && b-i <= 4 && personRun(s, i, b) && r.plainRun(s, i, b, false) && !institutionName(s, i, b) && charged(s, i, b) {
			r.defendants[s.textOf(r.text, i, b)] = true
		}
		if b-i >= 2 && b-i <= 3 && s.lower(b) == "," && hackerWhoBrokeIn(s, b+1) && r.plainRun(s, i, b, false) && !institutionName(s, i, b) {
			// "Phineas Fisher, the pseudonymous hacker who broke into
			// Hacking Team": an apposition that calls the name a hacker
			// who broke in.
			addPerson(i, b)
		}
		if b-i >= 2 && b-i <= 4 && onlineHandle(s, b) && personRun(s, i, b) && r.plainRun(s, i, b, false) && !institutionName(s, i, b) {
			// "Joseph James O'Connor, a 24-year-old from Liverpool known
			// online as "PlugwalkJoe"", "Graham Ivan Clark, ..., who used
			// the handle "Kirk"": a person known by a handle is a hacker.
			addPerson(i, b)
		}
		if q := i - 1; b-i >= 2 && b-i <= 3 && (s.lower(q) == "hacker" || s.lower(q) == "hackers") && s.owner[q] < 0 && r.plainRun(s, i, b, false) && !institutionName(s, i, b) && personRun(s, i, b) {
			// "Bitfinex hacker Ilya Lichtenstein", "convicted hacker Ivo
			// Brandt": the title names an attacker.
			addPerson(i, b)
		}
		if q, pa := i-1, personAside(s, b); b-i >= 2 && (s.lower(q) == "charged" || s.lower(q) == "indicted" || s.lower(q) == "convicted" || s.lower(q) == "sentenced") &&
			(s.lower(pa) == "with" || s.lower(pa) == "for" || s.lower(pa) == "of") && courtGerunds.is(s.id(pa+1)) && r.plainRun(s, i, b, false) && !institutionName(s, i, b) {
			// "prosecutors charged Vladimir Dunaev with hacking ...", "a
			// court convicted Rui Pinto, the hacker behind Football Leaks,
			// of breaking into ...".
			addPerson(i, b)
		}
		// "Conti crippled Ireland's health service", "LockBit hit Westpole":
		// a ransomware family that strikes is the gang that runs it.
		aside := k > b && s.lower(b) == "," && (relativeAside(s, b) > b || nounAside(s, b) > b)
		if gangVerbs.is(s.id(k)) && (k == b || perfect.is(s.id(b)) || adverbs.is(s.id(b)) || aside) && s.lower(k+1) != "by" {
			addFamily(i, b) // "In May 2021 Conti crippled"
		}
		if p := s.lower(i - 1 - b2i(s.lower(i-1) == "the")); s.lower(b) == "ransomware" && gangVerbs.is(s.id(b+1)) && s.lower(b+2) != "by" &&
			p != "'s" && p != "’s" && p != "with" && p != "of" && !useVerbs.has(p) {
			// "in late 2020, Ryuk ransomware shut down X"; not "the gang's
			// LockBit 3.0 ransomware paralyzed", "members using BlackCat
			// ransomware attacked": a tool in named hands.
			addFamily(i, b)
		}
		// "HOAX1337 and National Cyber Crew defaced the websites of X": a
		// name coordinated with a known group as the subject of an attack.
		if s.lower(b) == "and" && b-i <= 3 && r.plainRun(s, i, b, false) && !institutionName(s, i, b) {
			e := -1
			if j := s.entAt(b + 1); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && s.ents[j].a == b+1 {
				e = s.ents[j].b
			} else if k := s.nameRun(b+1, 4); k > b+1 && found[s.textOf(r.text, b+1, k)] {
				e = k // a name an earlier sentence introduced
			}
			if e > 0 {
				m := e
				for m < n && m < e+3 && (auxiliaries.is(s.id(m)) || perfect.is(s.id(m)) || adverbs.is(s.id(m)) || s.lower(m) == "both" || s.lower(m) == "also") {
					m++
				}
				if (targetVerbs.is(s.id(m)) || gangVerbs.is(s.id(m))) && s.lower(m+1) != "by" {
					add(i, b)
				}
			}
		}
		if launchVerbs.is(s.id(k)) && (k == b || perfect.is(s.id(b)) || adverbs.is(s.id(b)) || aside) {
			// "Conti began a weeks-long campaign against Costa Rica": a
			// family that wages a campaign is the gang.
			for m := k + 1; m < n && m <= k+4; m++ {
				if nominals.is(s.id(m)) {
					addFamily(i, b)
					break
				}
				if s.owner[m] >= 0 || !s.toks[m].word {
					break
				}
			}
		}
		// "A ransomware family that we named Agenda has been used against
		// hospitals": a family that is itself used against victims, with
		// nobody said to use it, stands for the gang that runs it.
		if m := passiveUse(s, b); m > 0 && s.lower(m+1) == "against" && !sentHas(s, m+2, "by") {
			addFamily(i, b) // "The Agenda ransomware"
		}
		// "the June 2020 LockBit attack on a police agency", "the Babuk
		// intrusion at X": a family whose attack lands on someone is the
		// gang that runs it.
		if m := b + b2i(s.lower(b) == "ransomware"); gangAttackNouns.is(s.id(m)) && (s.lower(m+1) == "on" || s.lower(m+1) == "against" || s.lower(m+1) == "at" || s.lower(m+1) == "into") {
			addFamily(i, b)
		}
		// "after a LockBit attack", "suffered a 2023 Black Basta
		// intrusion", "disclosed a NetWalker infection": an attack the
		// family made, that its victim lived through.
		if m := b + b2i(s.lower(b) == "ransomware"); gangAttackNouns.is(s.id(m)) {
			d := pastDate(s, i)
			if a := s.lower(d); (a == "a" || a == "an" || a == "the" && d == i-1) && attackSequels.is(s.id(d-1)) {
				addFamily(i, b)
			}
		}
		// "an attack attributed to Ryuk ransomware", "claimed by the Conti
		// gang", "an attack by LockBit", "hit by Akira": the family an
		// attack is laid on is the gang that runs it.
		if q := i - 1 - b2i(s.lower(i-1) == "the"); ((s.lower(q) == "to" || s.lower(q) == "on" || s.lower(q) == "by") && layWords.is(s.id(q-1)) ||
			s.lower(q) == "by" && (gangAttackNouns.is(s.id(q-1)) || targetVerbs.is(s.id(q-1)) || verbBeforeTime(s, q)) || s.lower(q) == "to" && lostBefore(s, q)) && r.familyRun(s, i, b) {
			add(i, b)
		}
		// "said it had been attacked with LockBit ransomware", "was hit with
		// Akira ransomware": the family a victim was struck with is the
		// gang that runs it.
		if q := i - 1 - b2i(s.lower(i-1) == "the"); s.lower(q) == "with" && withAttackVerbs.is(s.id(q-1)) && (s.lower(q-2) == "been" || s.lower(q-2) == "was" || s.lower(q-2) == "were") && s.lower(b) == "ransomware" {
			addFamily(i, b)
		}
		// "an intrusion blamed on BlackSuit": a name an attack is laid on,
		// right after the attack's noun, is its author's.
		if q := i - 1; (s.lower(q) == "on" || s.lower(q) == "to") && layWords.is(s.id(q-1)) && breachNouns.is(s.id(q-2)) && (s.lower(q-3) == "an" || s.lower(q-3) == "a") &&
			b-i <= 2 && r.plainRun(s, i, b, false) && !institutionName(s, i, b) && s.toks[i].cap {
			add(i, b)
		}
		// "operators of the Phobos ransomware", "hit by Rorschach ransomware",
		// "a RA World ransomware attack on X": a name no list knows, before
		// "ransomware", where the family strikes or has operators, is a
		// family the report treats as its gang. The family's other cues
		// below then hold for it too ("Phobos was behind both incidents").
		if e, after := r.unlistedFamily(s, i, b); e > i {
			q := i - 1 - b2i(s.lower(i-1) == "the")
			ql := s.lower(q - 1)
			qlID := s.id(q - 1)
			on := s.lower(after + 1)
			if gangAttackNouns.is(s.id(after)) && (on == "on" || on == "against") || s.lower(q) == "by" && !layWords.is(qlID) || s.lower(q) == "of" && (gangRoles.is(qlID) || ql == "victim" || ql == "victims") {
				add(i, e)
				r.families[s.textOf(r.text, i, e)] = true
			}
		}
		// "Conti was responsible for the attack on X", "Hive was behind":
		// a family that answers for an attack is the gang.
		if l := s.lower(b + 1); (s.lower(b) == "was" || s.lower(b) == "is" || s.lower(b) == "were") && (l == "responsible" || l == "behind") && r.familyRun(s, i, b) {
			add(i, b)
		}
		// "Officials blamed REvil for the attack", "accused LockBit of".
		if q := i - 1 - b2i(s.lower(i-1) == "the"); (blameVerbs.is(s.id(q)) && s.lower(b) == "for" || accuseVerbs.is(s.id(q)) && s.lower(b) == "of") && r.familyRun(s, i, b) {
			add(i, b)
		}
		// "The RansomEXX operation has a long list of victims", "Quarrow's
		// victims include": only an attacker has victims.
		k = b
		if discoverOperations.is(s.id(k)) || discoverGroupNouns.is(s.id(k)) {
			k++
		}
		if hasVictims(s, k) && !institutionName(s, i, b) && !(k == b && s.toks[i].upper && len(s.toks[i].text) <= 3) {
			add(i, b)
		}
		// "LockBit, which counted A and B among its victims": only an
		// attacker counts victims of its own.
		k = b
		if c := relativeAside(s, b); c > b && amongVerbs.is(s.id(c)) {
			k = c // "Black Basta, which leaned on the botnet, counted A among its first victims"
		} else if s.lower(k) == "," && relatives.is(s.id(k+1)) {
			k += 2
		}
		if amongVerbs.is(s.id(k)) && !institutionName(s, i, b) {
			if m := amongVictims(s, k+1); m > 0 && (s.lower(m+1) == "its" || s.lower(m+1) == "their") {
				add(i, b)
			}
		}
		// "the alleged leader of LockBit", "LockBit, whose victims include":
		// a ransomware family with a leader or with victims is the gang.
		q := i - 1 - b2i(s.lower(i-1) == "the")
		if (s.lower(q) == "of" && gangRoles.is(s.id(q-1)) || s.lower(b) == "," && s.lower(b+1) == "whose" && (s.lower(b+2) == "victims" || s.lower(b+2) == "targets")) && r.familyRun(s, i, b) {
			add(i, b)
		}
		// "RansomEXX, a strain that grew out of Defray777 and whose
		// operators have focused on public bodies": a family whose
		// operators the apposition tells of stands for its gang.
		if s.lower(b) == "," && (s.lower(b+1) == "a" || s.lower(b+1) == "whose") && r.familyRun(s, i, b) {
			for m := b + 1; m < n && m <= b+16; m++ {
				if l := s.lower(m); l == "." || l == ";" || s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.ThreatActor {
					break
				}
				if s.lower(m) == "whose" && (s.lower(m+1) == "operators" || s.lower(m+1) == "affiliates" || s.lower(m+1) == "developers") {
					add(i, b)
					break
				}
			}
		}
		// "an ALPHV affiliate breached X", "LockBit affiliates", "NetWalker
		// operators extorted": a family with affiliates or operators is the
		// gang that runs it.
		if l := s.lower(b); (l == "affiliate" || l == "affiliates" || l == "operators") && r.familyRun(s, i, b) {
			m := b + 1
			for m < n && m <= b+3 && (auxiliaries.is(s.id(m)) || perfect.is(s.id(m)) || adverbs.is(s.id(m))) {
				m++
			}
			if targetVerbs.is(s.id(m)) || gangVerbs.is(s.id(m)) || m > b+1 && (auxiliaries.is(s.id(b+1)) || perfect.is(s.id(b+1))) && !attackSoftwareRun(s, i, b) {
				// the affiliate strikes, or is the subject of a verb:
				// "DoppelPaymer operators have become notorious" (a family
				// ATT&CK does not list with its group); not "paid
				// a ransom to an ALPHV affiliate"
				add(i, b)
			}
		}
		// "HUR said it had breached Rosaviatsia", "HUR said its specialists
		// had penetrated ...": a name that claims a break-in as its own.
		if l := s.lower(b); (l == "said" || l == "says" || l == "claimed" || l == "claims") && !institutionName(s, i, b) {
			m := b + 1
			if s.lower(m) == "that" {
				m++
			}
			if p := s.lower(m); p == "it" || p == "its" || p == "they" || p == "their" {
				m++
				passive := false
				for m < n && m < b+8 && (s.toks[m].word && !s.toks[m].cap && !hackVerbs.is(s.id(m)) && !claimVerbs(s, m)) {
					passive = passive || s.lower(m) == "been" || s.lower(m) == "was" || s.lower(m) == "were" || s.lower(m) == "being"
					m++
				}
				if (hackVerbs.is(s.id(m)) || claimVerbs(s, m)) && !passive && s.lower(m+1) != "by" {
					add(i, b) // not "Quarrow Bank said it had been breached"
				}
			}
		}
		// "took down BlackSuit's leak sites": only an actor keeps a leak
		// site.
		if (s.lower(b) == "'s" || s.lower(b) == "’s") && b-i == 1 && !institutionName(s, i, b) {
			m := b + 1
			for m < n && m <= b+3 && darkWords.is(s.id(m)) {
				m++
			}
			if leakSiteAt(s, m) >= 0 || m > b+1 && (s.lower(m) == "blog" || s.lower(m) == "site") {
				add(i, b) // "LockBit's dark web blog"
			} else if m == b+1 && (s.lower(m) == "blog" || s.lower(m) == "site") && siteListsAfter(s, m+1) {
				add(i, b) // "Clop's site has carried files belonging to X": the site lists victims
			}
		}
		// "the leak site run by Black Basta", "a leak site operated by the
		// criminal group known as REvil": only an actor keeps a leak site.
		if q := siteRunnerBefore(s, i); q > 0 && r.familyRun(s, i, b) && !institutionName(s, i, b) {
			add(i, b)
		}
		// "BlackSuit, widely regarded as a rebrand of the Royal ransomware
		// operation": a rebrand of a gang is a gang.
		if s.lower(b) == "," && b-i == 1 {
			for m := b + 1; m < n && m <= b+5; m++ {
				if l := s.lower(m); (l == "rebrand" || l == "rebranding" || l == "successor" || l == "offshoot" || l == "spinoff" || l == "spin-off") && s.lower(m+1) == "of" {
					add(i, b)
					break
				}
				if !s.toks[m].word || s.owner[m] >= 0 {
					break
				}
			}
		}
		// "X listed Capita on its leak site": only an actor keeps a leak site.
		k = b
		if s.lower(k) == "has" || s.lower(k) == "have" || s.lower(k) == "later" || s.lower(k) == "also" {
			k++
		}
		if listingVerbs.is(s.id(k)) && s.lower(k) != "appeared" && s.lower(k) != "appears" && s.lower(k) != "surfaced" {
			for m := k + 1; m < n && m <= k+12 && s.lower(m) != "." && s.lower(m) != ";"; m++ {
				if leakSiteAt(s, m) >= 0 && (s.lower(m-1) == "its" || s.lower(m-1) == "their") {
					add(i, b)
					break
				}
				if victimRollAt(s, m) && (s.lower(m-1) == "its" || s.lower(m-1) == "their") && s.lower(k) != "named" && s.lower(k) != "names" {
					add(i, b) // "LockBit added Adif to its list of victims"
					break
				}
			}
		}
		// "The gang behind it, Black Basta, listed ...": the name after a
		// definite group noun and a comma, itself closed by a comma.
		if s.lower(i-1) == "," && (s.lower(b) == "," || s.lower(b) == "." || s.lower(b) == "") {
			for k := i - 2; k >= 1 && k >= i-6; k-- {
				l := s.lower(k)
				lID := s.id(k)
				// "tied to a different gang, BlackMatter": another group, named.
				other := (s.lower(k-1) == "different" || s.lower(k-1) == "separate" || s.lower(k-1) == "second") && (s.lower(k-2) == "a" || s.lower(k-2) == "the") || s.lower(k-1) == "another"
				if discoverGroupNouns.is(lID) && (s.lower(k-1) == "the" || other || discoverModifiers.is(s.id(k-1)) && s.lower(k-2) == "the") {
					add(i, b)
					break
				}
				if s.capWord(k) || !s.toks[k].word || relatives.is(lID) || l == "such" || l == "including" || l == "like" ||
					malwareNouns.is(lID) || toolNouns.is(lID) {
					break // "the group using a new backdoor, TidePool,": the backdoor's name
				}
			}
		}
		// "affiliated squads such as Legion", "hacktivist groups like X",
		// "ransomware gangs including X": the example of a plural group
		// noun that an attack word or "affiliated" qualifies.
		q = i - 1
		switch {
		case s.lower(q) == "as" && s.lower(q-1) == "such":
			q -= 2
		case s.lower(q) == "like" || s.lower(q) == "including":
			q--
		default:
			q = -1
		}
		if q > 0 && pluralGroups.is(s.id(q)) && (discoverModifiers.is(s.id(q-1)) || s.lower(q-1) == "affiliated" || s.lower(q-1) == "allied") {
			add(i, b)
		}
		// "hacktivists operating under the Anonymous banner", "Anonymous
		// hacktivists step up a campaign": a movement's name.
		if s.lower(b) == "banner" && s.lower(i-1) == "the" && s.lower(i-2) == "under" && r.plainRun(s, i, b, false) ||
			(s.lower(b) == "hacktivists" || s.lower(b) == "hacktivist") && s.owner[b] < 0 && r.plainRun(s, i, b, false) && !institutionName(s, i, b) {
			add(i, b)
		}
		// "Anonymous declared a "cyber war" against the Kremlin": a name
		// that wages a cyber war is a group of hackers.
		if l := s.lower(b); l == "declared" || l == "declares" || l == "waged" || l == "wages" {
			for m := b + 1; m < n && m <= b+5; m++ {
				if w := s.lower(m); w == "cyberwar" || w == "cyber-war" || w == "war" && s.lower(m-1) == "cyber" {
					add(i, b)
					break
				}
			}
		}
		// "Anonymous also claimed to have hijacked the feeds of ...": a
		// name that boasts of an attack is a group's.
		// The name opens the clause: not "a group aligned with the exiled
		// opposition Mujahedin-e Khalq claimed to have ...".
		opens := i == 0 || s.toks[i-1].text == "," || clauseOpeners.is(s.id(i-1))
		if l := s.lower(k); opens && (l == "claimed" || l == "claims") && s.lower(k+1) == "to" && s.lower(k+2) == "have" && (targetVerbs.is(s.id(k+3)) || intoVerbs.is(s.id(k+3))) && r.plainRun(s, i, b, false) {
			add(i, b)
		}
		// "X has taken credit for", "X took responsibility for".
		if l := s.lower(k); l == "taken" || l == "took" || l == "takes" {
			if m := s.lower(k + 1); (m == "credit" || m == "responsibility") && s.lower(k+2) == "for" {
				add(i, b)
			}
		}
		i = b - 1
	}
}

// clauseOpeners may stand right before the subject that opens a clause.
var clauseOpeners = set(`and|but|then|that|when|after|before|while|as|since|because|although|though`)

// crewNames end the names hacktivist crews give themselves: "Bangladesh
// Cyber Army", "Pakistan Cyber Force".
var crewNames = set(`army|force|squad|legion|brigade|society|warriors|knights|fighters|hunters`)

// crewEnd reports whether the capitalized word at k ends the name of a
// crew, which may run to five words: "Izz ad-Din al-Qassam Cyber Fighters".
func crewEnd(s *sent, k int) bool {
	return s.toks[k].cap && (crewNames.has(s.lower(k)) || groupNouns.is(s.id(k)))
}

// siteRunnerBefore reports where the leak site ends when the name at i is
// the one that runs it: "the leak site run by" or "operated by the
// (criminal) group known as" just before i. It returns -1 otherwise.
func siteRunnerBefore(s *sent, i int) int {
	q := i - 1
	if s.lower(q) == "as" && s.lower(q-1) == "known" {
		q -= 2
		if j := s.owner[q]; j >= 0 && s.ents[j].ref {
			q = s.ents[j].a // "the criminal group", read as one phrase
		}
		for m := 0; m < 3 && q > 0 && s.owner[q] < 0 && s.toks[q].word && !s.toks[q].cap && s.lower(q) != "by"; m++ {
			q-- // "the criminal group"
		}
	}
	if s.lower(q) == "the" {
		q--
	}
	if s.lower(q) != "by" {
		return -1
	}
	switch s.lower(q - 1) {
	case "run", "operated", "maintained", "controlled":
	default:
		return -1
	}
	for m := q - 4; m < q-1; m++ {
		if m >= 0 && leakSiteAt(s, m) == q-2 {
			return q - 2
		}
	}
	return -1
}

// familyRun reports whether the tokens [a, b) name a known ransomware
// family or one the document introduced as such.
func (r *recognizer) familyRun(s *sent, a, b int) bool {
	return ransomwareRun(s, a, b) || r.families[s.textOf(r.text, a, b)]
}

// unlistedFamily finds a name no list knows written as a ransomware family:
// "Phobos ransomware", "RA World Ransomware". It returns the end of the name
// and the token after "ransomware", or 0 when [a, b) is no such name.
func (r *recognizer) unlistedFamily(s *sent, a, b int) (int, int) {
	e, after := b, b+1
	if s.lower(b) != "ransomware" {
		if b-a < 2 || s.lower(b-1) != "ransomware" {
			return 0, 0
		}
		e, after = b-1, b
	}
	if e-a > 3 || !s.toks[a].cap || ransomwareRun(s, a, e) || platformWords.is(s.id(e-1)) || !r.plainRun(s, a, e, false) || institutionName(s, a, e) {
		return 0, 0
	}
	for k := a; k < e; k++ {
		if s.owner[k] >= 0 {
			return 0, 0 // a name the gazetteer or the report already gave
		}
	}
	return e, after
}

// toolParticiples after a family's noun make it a tool: "deployed against",
// "whose code leaked".
var toolParticiples = set(`deployed|used|built|developed|written|leaked|sold|distributed|whose|based`)

// platformWords name the systems a ransomware runs on, not the family:
// "Linux ransomware", "ESXi ransomware".
var platformWords = set(`linux|windows|esxi|vmware|macos|mac|android|unix|nas|hyper-v|vcenter`)

// crimeOperation reports whether token k is an operation a crime modifier
// makes a band of criminals: "the ALPHV ransomware operation".
func crimeOperation(s *sent, k int) bool {
	return discoverOperations.is(s.id(k)) && crimeModifiers.is(s.id(k-1))
}

// pluralGroups are group nouns whose examples a list gives: "squads such
// as Legion".
var pluralGroups = set(`groups|gangs|crews|squads|collectives|outfits|actors|teams|units|cells`)

// namesActor reports whether the naming cue at token i names an actor: the
// nearest noun before it is a group noun or an actor, not software or a
// campaign.
func (r *recognizer) namesActor(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor {
			return true
		}
		l := s.lower(k)
		lID := s.id(k)
		if crimeOperation(s, k) {
			return true // "a ransomware operation called Interlock"
		}
		if malwareNouns.is(lID) || toolNouns.is(lID) || campaignNouns.is(lID) {
			return false
		}
		if (groupNouns.is(lID) || appositionNouns.is(lID)) && l != "threat" && l != "hacking" && l != "network" {
			// "the incident response team, known as CERT Santé": defenders.
			// "The tool, which the actor calls GooseEgg": the actor names
			// its tool.
			return !defenderWords.is(s.id(k-1)) && !namesItsSoftware(s, k)
		}
		if l == "." || l == ";" {
			return false
		}
	}
	return false
}

// namesItsSoftware reports whether the group noun at k is the subject of a
// relative clause on software: "The tool, which the actor calls GooseEgg".
func namesItsSoftware(s *sent, k int) bool {
	m := k - 1
	if s.lower(m) == "the" || s.lower(m) == "this" || s.lower(m) == "its" {
		m--
	}
	if !relatives.is(s.id(m)) {
		return false
	}
	m--
	if s.lower(m) == "," {
		m--
	}
	return malwareNouns.is(s.id(m)) || toolNouns.is(s.id(m))
}

// attackWithin reports whether a target verb stands within n tokens from
// k: "the unit that attacked ...", "the team that breached ...".
func attackWithin(s *sent, k, n int) bool {
	for m := k; m < len(s.toks) && m < k+n; m++ {
		if targetVerbs.is(s.id(m)) || s.lower(m) == "behind" {
			return true
		}
	}
	return false
}

// defenderWords before "team" or "unit" make it a defenders' team.
var defenderWords = set(`response|security|research|emergency|defence|defense|readiness|investigation|investigations|forensic|forensics|hunting|hunter`)

// months are capitalized words that never start a name.
var months = set(`january|february|march|april|may|june|july|august|september|october|november|december|
jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday`)

// claimNames claims the names discovered in the document wherever they
// stand in sentence s.
func (r *recognizer) claimNames(s *sent) {
	if len(r.found) == 0 && len(r.short) == 0 {
		return
	}
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 || !s.toks[i].word {
			continue
		}
		if n, ok := r.short[s.toks[i].text]; ok && n.ID != "" {
			s.claim(ent{a: i, b: i + 1, kind: graph.ThreatActor, node: n})
			continue
		}
		for _, p := range r.found[s.toks[i].text] {
			j := i + len(p.words)
			if j > len(s.toks) || !s.free(i, j) {
				continue
			}
			ok := true
			for k, w := range p.words {
				if s.toks[i+k].text != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if j < len(s.toks) && s.toks[j].word && s.toks[j].cap && s.toks[j-1].e+1 == s.toks[j].s && s.owner[j] < 0 &&
				!groupNouns.is(s.id(j)) && !discoverGroupNouns.is(s.id(j)) && !malwareNouns.is(s.id(j)) && !discoverOperations.is(s.id(j)) {
				continue // "Royal Mail" after the gang "Royal": a longer name
			}
			name := p.name
			if full, ok := r.headOf[name]; ok {
				name = full
			}
			node := graph.NewNode(graph.ThreatActor, name)
			if e, ok := r.g.Lookup(name); ok {
				node = r.actorNode(e)
			}
			s.claim(ent{a: i, b: j, kind: graph.ThreatActor, node: node})
			i = j - 1
			break
		}
	}
}

// hackVerbs tell a break-in.
// layWords before "to", "on" or "by" lay an attack on someone.
var layWords = set(`attributed|blamed|tied|linked|pinned|claimed|traced`)

// launchVerbs start an attack or a campaign: "began a campaign against".
var launchVerbs = set(`launched|launches|began|begins|started|starts|waged|wages|ran|runs|conducted|conducts|carried|mounted|mounts|unleashed`)

// gangVerbs after a ransomware family's name make it the gang: what a gang
// does to its victims, not what a program does on a machine ("encrypted
// files" is both, and the gang is named for it).
var gangVerbs = set(`hit|hits|struck|strikes|crippled|cripples|attacked|attacks|breached|breaches|targeted|targets|
stole|steals|extorted|extorts|hacked|disrupted|paralyzed|paralysed|knocked|leaked|leaks|published|posted|claimed|claims|
listed|lists|compromised|infiltrated|encrypted|demanded|demands|threatened|victimized|went|took|broke|forced|shut`)

// methodWords are the acronyms of attack methods and means that stand
// before a group noun without naming a group: "a DDoS collective", "the
// RaaS operation".
var methodWords = set(`ddos|dos|raas|apt|rat|c2|mfa|vpn|rdp|sql|osint|ics|ot|it|iot|ai|llm|ttp|ttps|ioc|iocs|cve|edr|xdr|soc|cert|csirt`)

// gangAttackNouns name one strike that a ransomware family's name can
// stand before: "the LockBit attack on X".
// attackSequels stand before an attack the one who speaks lived through:
// "after a LockBit attack", "suffered a Hive intrusion", "responding to a
// Black Basta attack".
var attackSequels = set(`after|following|suffered|sustained|experienced|disclosed|confirmed|reported|announced|acknowledged|to|from|amid|in`)

var gangAttackNouns = set(`attack|attacks|intrusion|intrusions|breach|hack|cyberattack|cyberattacks|infection|infections`)

// darkWords say a site is hidden: "LockBit's dark web blog".
var darkWords = set(`dark|web|dark-web|darkweb|darknet|tor|tor-based|onion`)

// withAttackVerbs strike a victim with a ransomware: "was hit with".
var withAttackVerbs = set(`hit|attacked|struck|infected|targeted|compromised`)

var hackVerbs = set(`hacked|breached|penetrated|infiltrated|compromised|wiped|paralysed|paralyzed|encrypted`)

// institutionName reports whether the run [a, b) names an institution by
// its head word ("the FBI", "Dutch police", "the Justice Department"): those
// break into systems only to take them down.
func institutionName(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if l := s.lower(k); orgHeads.has(l) || institutionHeads.has(l) || l == "fbi" || l == "europol" || l == "police" || l == "nca" || l == "doj" {
			return true
		}
	}
	return false
}

// runsIntoVerb reports whether the phrase from k runs into a finite verb
// before any comma or relative pronoun: "near Second Thomas Shoal, a
// hacking group aligned with Beijing was working its way into ...", where
// "a hacking group" opens a new clause and is no apposition.
func runsIntoVerb(s *sent, k int) bool {
	if l := s.lower(k); l == "it" || l == "we" || l == "they" || l == "he" || l == "she" {
		return false // "Packrat, a group it had observed for years": a clause without "that"
	}
	for m := k; m < len(s.toks) && m < k+8; m++ {
		switch s.lower(m) {
		case ",", ".", ";", ":", ")", "(", "that", "which", "who", "whose", "and", "or":
			return false
		case "was", "were", "is", "are", "has", "have", "had":
			return true
		}
	}
	return false
}

// corporateGroup reports whether the group noun at k after the name at i
// is a business group's: "a supplier that is part of the Toyota group", "the Tata
// group's companies", "companies in the Adani group".
func corporateGroup(s *sent, i, k int) bool {
	if s.lower(k) != "group" || crimeModifiers.is(s.id(k-1)) {
		return false
	}
	if l := s.lower(k + 1); l == "company" || l == "companies" || l == "firms" || l == "subsidiary" || l == "subsidiaries" || chatNouns.has(l) {
		return true
	}
	if (s.lower(k+1) == "'s" || s.lower(k+1) == "’s") && memberWords.is(s.id(k+2)) {
		return true
	}
	q := i - 1
	if s.lower(q) == "the" {
		q--
	}
	return (s.lower(q) == "of" || s.lower(q) == "in" || s.lower(q) == "within") && memberWords.is(s.id(q-1))
}

// companyName reports whether the report writes name elsewhere as the start
// of a company's name: "Kawasaki Heavy Industries", "Kawasaki Motors".
// "The Kawasaki group" is then that company's group.
func (r *recognizer) companyName(name string) bool {
	for from := 0; ; {
		i := strings.Index(r.text[from:], name+" ")
		if i < 0 {
			return false
		}
		from += i + len(name) + 1
		words := strings.Fields(r.text[from:min(len(r.text), from+40)])
		if len(words) > 0 && companyContext.has(strings.Trim(words[0], ".,;:()")) {
			return true // "SolarWinds customers", "SolarWinds software"
		}
		for k := 0; k < len(words) && k < 2; k++ {
			w := strings.Trim(words[k], ".,;:()")
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			if l := strings.ToLower(w); orgHeads.has(l) && l != "group" || corporateSuffixes.has(l) || l == "motors" || l == "industries" {
				return true
			}
		}
	}
}

// companyContext are the words after a company's name that only a company
// has: "About 18,000 SolarWinds customers", "SolarWinds software". "The
// SolarWinds group" is then the actor behind the company's breach, not a
// group of that name.
var companyContext = set(`customers|clients|software|products|employees|staff|shareholders|investors|executives|spokesperson|spokesman|spokeswoman|subscribers`)

// civilWords before "group" tell what a lawful group works for: "Rights
// group Jonction", "the Privacy group", "Trade group".
var civilWords = set(`rights|advocacy|lobby|lobbying|industry|trade|pressure|campaign|campaigning|watchdog|consumer|privacy|
liberties|freedom|freedoms|environmental|opposition|activist|activists|student|students|veterans|patients|support|
research|media|business|employers|human|civil|digital|democracy|transparency|anti-corruption|press|
investigative|journalism|journalistic|investigations|fact-checking|osint|open-source`)

// chatNouns after "group" make it a modifier: "Signal group chats".
var chatNouns = set(`chat|chats|call|calls|message|messages|messaging|conversation|conversations|video|videos|text|texts`)

// memberWords say that a company belongs to a business group.
var memberWords = set(`part|arm|company|companies|subsidiary|subsidiaries|firms|businesses|member|members|affiliate|unit`)

// businessGroup reports whether the group noun at k is a company's: "a
// healthcare group", "the media group", "an industrial group".
func businessGroup(s *sent, k int) bool {
	if s.lower(k) != "group" && s.lower(k) != "conglomerate" {
		return false
	}
	// "the French pharmaceutical and dermo-cosmetics group": any of the
	// trades joined before the noun.
	for m := k - 1; m >= 0 && m >= k-5; m-- {
		p := s.lower(m)
		if m < k-1 && (p == "and" || p == ",") {
			continue
		}
		if !s.toks[m].word || s.toks[m].cap || apposDeterminers.has(p) {
			break
		}
		if _, ok := sectorPhrases[p]; ok {
			return true
		}
		if h := strings.LastIndexByte(p, '-'); h > 0 && businessModifiers.has(p[h+1:]) {
			return true // "dermo-cosmetics"
		}
		if businessModifiers.is(s.id(m)) || strings.HasSuffix(p, "-owned") || strings.HasSuffix(p, "-listed") || strings.HasSuffix(p, "-run") || strings.HasSuffix(p, "-controlled") {
			return true // "the state-owned group", "a family-owned group"
		}
	}
	// "the group that generates the bulk of the country's electricity":
	// a group that makes, runs or sells things is a company.
	m := k + 1
	if s.lower(m) == "that" || s.lower(m) == "which" {
		m++
	}
	return m > k+1 && businessVerbs.is(s.id(m))
}

// businessVerbs after "group that" tell what a company does.
var businessVerbs = set(`generates|produces|makes|manufactures|sells|owns|operates|runs|employs|supplies|provides|distributes|builds|ships|serves|publishes|manages|controls`)

// businessModifiers before "group" make it a company.
var businessModifiers = set(`healthcare|media|hospitality|hotel|hotels|insurance|retail|industrial|engineering|investment|
automotive|publishing|technology|telecoms|telecom|mining|shipping|holding|holdings|consulting|services|financial|banking|
food|fashion|luxury|travel|airline|energy|utility|pharmaceutical|chemicals|construction|property|real-estate|education|
broadcasting|entertainment|gaming|logistics|defense|defence|aerospace|steel|manufacturing|railway|rail|railways|transport|
transportation|postal|water|power|electricity|oil|gas|petroleum|brewing|beverage|beverages|drinks|dairy|agricultural|
agribusiness|cement|paper|textile|textiles|tobacco|trading|conglomerate|family|cosmetics|beauty|skincare|apparel|biotech|drug|
drugs|chemical|packaging|cruise|leisure|casino|gambling|betting|sports|advertising|marketing|software|electronics`)

// roleApposition reports whether an apposition starting at k names an
// organization by its role: "Greece's natural gas grid operator", "the
// country's flag carrier", "a Tokyo-based wallet software company".
func (r *recognizer) roleApposition(s *sent, k int) bool {
	switch {
	case s.lower(k) == "the" || s.lower(k) == "a" || s.lower(k) == "an":
		k++
		if nationNouns.is(s.id(k)) || s.lower(k) == "world" {
			if l := s.lower(k + 1); l == "'s" || l == "’s" {
				k += 2 // "JBS, the world's largest meat processor"
			}
		}
	case len(r.countries[s.toks[min(k, len(s.toks)-1)].text]) > 0 && (s.lower(k+1) == "'s" || s.lower(k+1) == "’s"):
		k += 2
	case s.lower(k) == "one" && s.lower(k+1) == "of" && s.lower(k+2) == "the":
		k += 3 // "CDW, one of the largest resellers of technology"
	case s.lower(k) == "one" && s.lower(k+1) == "of" && len(r.countries[s.toks[min(k+2, len(s.toks)-1)].text]) > 0 && (s.lower(k+3) == "'s" || s.lower(k+3) == "’s"):
		k += 4 // "OSDE, one of Argentina's largest private health insurers"
	default:
		return false
	}
	for m := k; m < len(s.toks) && m <= k+6; m++ {
		if roleNouns.is(s.id(m)) || bodyNouns.is(s.id(m)) || strings.HasSuffix(s.lower(m), "s") && roleNouns.has(strings.TrimSuffix(s.lower(m), "s")) {
			return true // "PAMI, the Argentine social services agency"
		}
		if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.Country {
			continue // "NASCAR, the U.S. stock car racing body"
		}
		// "SPECTR, a spyware tool the group has relied on": the phrase
		// ends where a new one starts.
		if !s.toks[m].word || s.toks[m].cap && len(r.countries[s.toks[m].text])+len(r.demonyms[s.toks[m].text]) == 0 ||
			apposDeterminers.is(s.id(m)) || relatives.is(s.id(m)) {
			return false
		}
	}
	return false
}

// bodyNouns head an apposition that calls a name a public body: "PAMI, the
// Argentine social services agency".
var bodyNouns = set(`agency|ministry|department|authority|regulator|hospital|university|court|council|institute|
administration|directorate|commission|municipality|fund|foundation|association|federation|union|party|parliament|body`)

// placeModified are nouns that a lone capitalized word before them only
// places or describes: "the Richmond hospital", "neighboring Arab
// governments", "Democratic voters".
var placeModified = set(`hospital|hospitals|city|town|village|county|area|region|province|provider|processor|voters|governments|
campus|suburb|district|officials|authorities|residents|citizens|lawmakers|community|communities|diaspora|neighborhood`)

// listTail returns the token after the list of capitalized names that
// continues at b (", B and C"), or b when no list continues there.
func listTail(s *sent, b int) int {
	k := b
	for n := 0; n < 8; n++ {
		j := k
		if s.lower(j) == "," {
			j++
		}
		if l := s.lower(j); l == "and" || l == "or" {
			j++
		}
		if j == k || !s.capWord(j) {
			return k
		}
		for j < len(s.toks) && s.capWord(j) {
			j++
		}
		k = j
	}
	return k
}

// techModifiers may stand between a product's maker and its noun: "Dahua
// security cameras", "Fortinet web gateways".
var techModifiers = set(`security|network|web|mail|email|file|edge|storage|surveillance|ip|vpn|remote|management|video|gaming|programmable|logic|industrial|control`)

// techModified reports whether modifiers of technology open at b and a
// noun of it follows: "security cameras", "programmable logic controller".
func techModified(s *sent, b int) bool {
	m := b
	for m < b+3 && techModifiers.is(s.id(m)) {
		m++
	}
	return m > b && techNouns.is(s.id(m))
}

// placeAdjectives stand between a place and the noun it modifies: "an
// Indianapolis public hospital system".
var placeAdjectives = set(`public|private|regional|local|municipal|main|largest|biggest|major|state-run|state-owned|nonprofit|non-profit`)

// techNouns after a name make it a product, not a victim: "Ivanti Connect
// Secure appliances", "Exchange servers".
var techNouns = set(`camera|cameras|server|servers|device|devices|appliance|appliances|system|systems|product|products|software|
vulnerability|vulnerabilities|flaw|flaws|bug|bugs|platform|platforms|instance|instances|tenant|tenants|account|accounts|
endpoint|endpoints|router|routers|firewall|firewalls|vpn|vpns|gateway|gateways|update|updates|build|code|credentials|
users|user|app|apps|application|applications|extension|extensions|plugin|plugins|library|libraries|package|packages|
documents|document|files|file|macro|macros|certificate|certificates|page|pages|site|sites|website|websites|portal|
api|cloud|service|feature|version|versions|client|clients|installer|binary|binaries|exploit|exploits|zero-day|game|games|
zero-days|cve|messenger|messengers|browser|browsers|installation|installations|deployment|deployments|bulletin|advisory|report|reports|blog|post|posts|profile|profiles|lure|lures|theme|themed|campaign|
campaigns|attack|attacks|case|incident|breach|hack|operation|operations|zero-day|ransomware|malware|backdoor|
spokesperson|spokesman|spokeswoman|researchers|analysts|said|says|told|reported|wrote|grid|grids|pipeline|interests|
interest|issues|affairs|community|communities|diaspora|brands|brand|identifiers|identifier|reader|viewer|switches|tokens|token|channels|
controller|controllers|plcs|hmi|hmis`)

// roleNouns stand between a description and a name: "the IT provider X".
var roleNouns = set(`provider|providers|company|firm|operator|maker|vendor|supplier|chain|giant|contractor|retailer|
bank|insurer|carrier|manufacturer|developer|startup|platform|service|outlet|exchange|lender|group|chipmaker|automaker|
carmaker|drugmaker|shipbuilder|airline|utility|broadcaster|publisher|conglomerate|processor|distributor|operator|
meatpacker|grocer|jeweler|jeweller|brewer|refiner|telco|miner|wholesaler|designer|society|reseller|bookseller|studio|
producer|newspaper|marketplace|exporter|fintech|brokerage`)

// headline reports whether the sentence is a title in title case: most of
// its words capitalized, and no lower-case word but short function words.
func (s *sent) headline() bool {
	if n := len(s.toks); n > 0 && s.toks[n-1].text == "." && n > 1 && s.toks[n-2].word && len(s.toks[n-2].text) > 2 {
		return false // a title has no full stop: "APT28 hit Marlow Health in October." is prose
	}
	words, caps := 0, 0
	for _, t := range s.toks {
		if !t.word || t.digit {
			continue
		}
		words++
		if t.cap {
			caps++
		} else if len(t.text) >= 5 && !starters.is(t.id) {
			return false
		}
	}
	return words >= 4 && caps*10 >= words*6
}

// softwareLists gives the names listed with a malware or tool the same
// kind when they are shaped like software names rather than companies
// (an inner capital or a digit: "GoldenDealer, GoldenHowl and GoldenRobo",
// "JackalControl, JackalSteal"), unless they are known organizations.
func (r *recognizer) softwareLists(s *sent) {
	softShape := func(j int) bool {
		e := s.ents[j]
		if e.kind != graph.Organization || e.b-e.a != 1 {
			return false
		}
		if _, _, known := r.capMatch(s, r.orgs, e.a); known {
			return false
		}
		w := []rune(s.toks[e.a].text)
		for k := 1; k < len(w); k++ {
			if unicode.IsUpper(w[k]) && unicode.IsLower(w[k-1]) || unicode.IsDigit(w[k]) {
				return true
			}
		}
		return false
	}
	sep := func(k int) bool { l := s.lower(k); return l == "," || l == "and" || l == "or" }
	retype := func(j int, kind graph.Kind) {
		s.ents[j].kind = kind
		s.ents[j].node = graph.NewNode(kind, s.textOf(r.text, s.ents[j].a, s.ents[j].b))
	}
	// "the components of both toolsets: GoldenDealer, GoldenHowl and
	// GoldenRobo": a list after a colon that closes a software noun.
	for c := 1; c < len(s.toks); c++ {
		if s.lower(c) != ":" {
			continue
		}
		kind := graph.Kind("")
		for k := c - 1; k >= 0 && k >= c-9 && (s.toks[k].word || s.lower(k) == "+" || s.lower(k) == "#"); k-- {
			// "components written in Python and C++:": the language's
			// signs are part of the lead.
			if l := s.lower(k); malwareNouns.has(l) || toolNouns.has(l) || l == "toolset" || l == "toolsets" || l == "components" || l == "implants" {
				kind = graph.Malware
				if toolNouns.has(l) {
					kind = graph.Tool
				}
				break
			}
		}
		if kind == "" {
			continue
		}
		for k := c + 1; k < len(s.toks); {
			j := s.entAt(k)
			if j < 0 || !softShape(j) {
				break
			}
			retype(j, kind)
			k = s.ents[j].b
			// "GoldenRobo in the first, and GoldenUsbGo ...": a short
			// phrase may close an item.
			for t := k; t < k+4 && t < len(s.toks) && s.toks[t].word && !s.toks[t].cap && !sep(t); t++ {
				if sep(t + 1) {
					k = t + 1
				}
			}
			if !sep(k) {
				break
			}
			for sep(k) {
				k++
			}
		}
	}
	for i := range s.ents {
		m := s.ents[i]
		if m.kind != graph.Malware && m.kind != graph.Tool {
			continue
		}
		for k := m.b; ; {
			for sep(k) {
				k++
			}
			if k == m.b {
				break
			}
			j := s.entAt(k)
			if j < 0 || !(softShape(j) || s.ents[j].kind == m.kind) {
				break
			}
			if s.ents[j].kind == graph.Organization {
				retype(j, m.kind)
			}
			k = s.ents[j].b
			if !sep(k) {
				break
			}
		}
		for k := m.a - 1; k > 0 && sep(k); {
			for k > 0 && sep(k) {
				k--
			}
			j := s.entAt(k)
			if j < 0 || !(softShape(j) || s.ents[j].kind == m.kind) {
				break
			}
			if s.ents[j].kind == graph.Organization {
				retype(j, m.kind)
			}
			k = s.ents[j].a - 1
		}
	}
}

// firstWord returns the index of the sentence's first word, past quotes and
// list marks.
func (s *sent) firstWord() int {
	for k, t := range s.toks {
		if t.word {
			return k
		}
	}
	return len(s.toks)
}

// afterDateline returns the first token after a dateline that opens the
// sentence, "KARACHI --" or "LONDON (Example Wire) —", or -1.
func (s *sent) afterDateline() int {
	for k, t := range s.toks {
		switch {
		case t.text == "--" || t.text == "—" || t.text == "–" || t.text == "-":
			if k == 0 {
				return -1
			}
			for k+1 < len(s.toks) && s.toks[k+1].text == "-" {
				k++ // "--" read as two dashes
			}
			return k + 1
		case t.word && !t.upper && k == 0, k > 8:
			return -1
		}
	}
	return -1
}

// openQuoteTitle reports whether token k opens a quoted title: a quotation
// mark and a capitalized word.
func openQuoteTitle(s *sent, k int) bool {
	t := s.toks[k].text
	return (t == "\"" || t == "“" || t == "‘") && s.capWord(k+1)
}

// carrierPair reports whether token k of the name [a, ...) joins two
// companies with a hyphen at h, the first ending in a country's name:
// "Air France-KLM". A name of countries alone ("UK-US") is no company.
func carrierPair(s *sent, a, k, h int) bool {
	rest := s.toks[k].text[h+1:]
	return k > a && len(rest) >= 2 && strings.ToUpper(rest) == rest && !strings.ContainsAny(rest, "0123456789-")
}

// intrudedAcronym reports whether the one-word name [a, b) is an acronym
// that owns the systems an intruder entered: "had broken into BMW's
// network", "accessed TSMC's systems".
func intrudedAcronym(s *sent, a, b int) bool {
	if b-a != 1 || len(s.toks[a].text) < 3 || s.toks[a].digit || s.lower(b) != "'s" && s.lower(b) != "’s" {
		return false
	}
	switch s.lower(b + 1) {
	case "network", "networks", "systems", "servers", "computers", "website", "websites":
	default:
		return false
	}
	switch s.lower(a - 1) {
	case "into", "breached", "hacked", "compromised", "accessed", "penetrated", "infiltrated", "attacked", "targeted":
		return true
	}
	return false
}

// titleWorks name the works a title follows: "the hit series Game of
// Thrones".
var titleWorks = set(`series|show|sitcom|drama|film|movie|documentary|franchise|album|novel|musical|miniseries`)

// ownedAcronym reports whether the lone acronym at [a, b) owns the accounts
// or sites before it: "accounts belonging to HBO", "the Twitter accounts
// of HBO".
func ownedAcronym(s *sent, a, b int) bool {
	if b-a != 1 || len(s.toks[a].text) < 3 || s.toks[a].digit || plainAcronyms.is(s.id(a)) || b < len(s.toks) && s.toks[b].cap {
		return false
	}
	owned := func(k int) bool { return hijackNouns.is(s.id(k)) || accountNouns.is(s.id(k)) }
	return s.lower(a-1) == "to" && s.lower(a-2) == "belonging" && owned(a-3) || s.lower(a-1) == "of" && owned(a-2)
}

// guesses claims the capitalized names left unclassified as possible
// organizations: "Twilio", "MGM Resorts International". They stand as
// victims only in the positions the rules give victims.
func (r *recognizer) guesses(s *sent) {
	if s.headline() || len(s.toks) >= 2 && upperRun(s, 0, len(s.toks)) {
		return // nor "PRISON FOOTAGE", a heading in capitals
	}
	n := len(s.toks)
	claimHolidays(s)
	for i := 0; i < n; i++ {
		if !s.capWord(i) || s.toks[i].digit && !s.toks[i].cap {
			continue
		}
		b := i + 1
		for b < n {
			if s.capWord(b) {
				b++
				continue
			}
			l := s.lower(b)
			lID := s.id(b)
			if s.owner[b] < 0 && (elided(s.toks[b].text) || foreignWord(s, b)) {
				b++ // "Automobile Club d'Italia", "Svenska kraftnät"
				continue
			}
			if l == "&" && s.capWord(b+1) || l == "." && (abbreviatedWords.has(s.toks[b-1].text) || r.dottedInitials(s.toks[b-1].text)) && s.capWord(b+1) {
				b += 2 // "Kellner & Sons", "St. Petersburg"
				continue
			}
			if romanceParticles.is(lID) && s.owner[b] < 0 && (s.capWord(b+1) || elided(s.toks[min(b+1, n-1)].text)) {
				b++ // "Dos de Maig", "Hospital General de l'Hospitalet"
				continue
			}
			if (l == "'s" || l == "’s") && s.capWord(b+1) && s.owner[b] < 0 && possessiveName(s, b+1) {
				b += 2
				continue
			}
			if (l == "'" || l == "’") && strings.HasSuffix(s.lower(b-1), "s") && s.capWord(b+1) && s.owner[b] < 0 && (possessiveName(s, b+1) || pluralOwnerName(s, b+1)) {
				b += 2 // "California State Teachers' Retirement System"
				continue
			}
			if l == "of" && s.capWord(b+1) && b+1 < n && !(s.owner[b+1] >= 0) {
				b += 2
				continue
			}
			break
		}
		a := i
		for a < b && (starters.is(s.id(a)) && !s.toks[a].upper && !placeOpens(s, a) || months.is(s.id(a)) || s.toks[a].text == "I" || !s.toks[a].cap && s.toks[a].digit) {
			a++
		}
		for a < b-1 && placeDescriber(s.lower(a)) {
			a++ // "Nagpur-based Solar Industries": the name after its place
		}
		if (a == s.firstWord() || a == s.afterDateline() || s.lower(a-1) == ":" || s.lower(a-1) == ";") && b-a >= 2 && leadDescriber(s.lower(a)) {
			a++ // "Steelmaker EVRAZ has shut down", "incidents: Meatpacker JBS paid": the kind of company, capitalized for being first
		}
		if (a == s.firstWord() || a == s.afterDateline()) && b-a >= 1 && commonLeads.is(s.id(a)) {
			a++ // "Names and Social Security numbers were exposed"
			if s.lower(a) == "of" {
				a++ // "Versions of UnRAR are affected": the product alone
			}
		}
		i = b - 1
		if a >= b || b-a > 6 {
			continue
		}
		ok := true
		for k := a; k < b; k++ {
			l := s.lower(k)
			lID := s.id(k)
			// "Diehl Defence", "Hanwha Defense": a company's last word, not
			// the start of "Defence Minister".
			companyDefense := (l == "defence" || l == "defense") && k == b-1 && b-a >= 2 && !titles.is(s.id(k-1)) && !s.toks[b].cap
			if notSoftware.is(lID) && (k == a || !mediaHeads.is(lID)) || months.is(lID) || (titles.is(lID) || personTitles.is(lID)) && (k == b-1 || personTitles.is(lID)) && !companyDefense {
				ok = false
			}
			if placeDescriber(l) || strings.HasPrefix(l, "cve-") || participleCompound(s.toks[k].text) {
				ok = false // "Tokyo-based", "CVE-2024-21887", "Quran-burning protests"
			}
			if h := strings.IndexByte(s.toks[k].text, '-'); h > 0 && len(r.countries[s.toks[k].text[:h]]) > 0 && !carrierPair(s, a, k, h) {
				ok = false // "UK-US trade talks"
			}
		}
		// "PAMI said its systems had", "ABB confirmed": an acronym that
		// speaks for itself is an organization.
		speaks := b-a == 1 && s.toks[a].upper && len(s.toks[a].text) >= 3 && !s.toks[a].digit && reportVerbs.is(s.id(b))
		// "Quarrow Health's files" names an owner, "Exchange's servers" a
		// product: a possessive before a plural asset noun keeps the name.
		owned := (s.lower(b) == "'s" || s.lower(b) == "’s") && b-a >= 2 && assetNouns.is(s.id(b+1)) && strings.HasSuffix(s.lower(b+1), "s")
		// "video game publisher Ubisoft reported": a role noun before the
		// name makes it a company that speaks.
		speaks = speaks || b-a == 1 && roleNouns.is(s.id(a-1)) && !s.toks[a-1].cap && reportVerbs.is(s.id(b))
		// "Ubisoft said it had suffered a "cyber security incident"": a
		// lone name that says it was hit speaks as a victim, not as a vendor
		// or a person.
		speaks = speaks || b-a == 1 && s.toks[a].word && !s.toks[a].digit && saidItWasHit(s, b)
		// "Wakayama City reported", "Tokushima Prefecture said": a local
		// government speaks.
		speaks = speaks || b-a >= 2 && localGovHeads.is(s.id(b-1)) && reportVerbs.is(s.id(b))
		// "Nissan's operations in Australia": a company's business in a
		// place, not an actor's operation.
		owned = owned || (s.lower(b) == "'s" || s.lower(b) == "’s") && (s.lower(b+1) == "operations" || s.lower(b+1) == "business") && s.lower(b+2) == "in"
		// "attributed the KuCoin breach to X": a name the report writes
		// elsewhere too, before the noun of its own attack.
		attacked := b-a == 1 && s.lower(a-1) == "the" && incidentNouns.is(s.id(b)) && r.midCap[s.toks[a].text] && r.seenCap[s.toks[a].text] > 1 &&
			len(softwareIndex()[s.toks[a].text]) == 0 && !techAcronyms.is(s.id(a))
		if !ok || techNouns.is(s.id(b)) && !speaks && !attacked || (s.lower(b) == "'s" && techNouns.is(s.id(b+1)) || techModified(s, b)) && !owned {
			continue
		}
		if k := listTail(s, b); k > b && techNouns.is(s.id(k)) {
			continue // "its Hertz, Dollar and Thrifty brands", "Medicare or Medicaid identifiers"
		}
		if b-a == 1 && len(s.toks[a].text) == 1 {
			continue // "C++", "Plan B": a letter alone names no organization
		}
		if b-a == 1 && compassWords.is(s.id(a)) && s.lower(a-1) == "the" {
			continue // "people who study the North": a region
		}
		if marketNouns.is(s.id(b)) {
			continue // "U.S. Treasury trades", "the Treasury market": securities, not a body
		}
		if b-a == 1 && currencyNames.is(s.id(a)) && (a > 0 && s.toks[a-1].digit || !s.toks[a].upper) {
			continue // "up for sale at 1.65 Bitcoin": a sum, not a victim
		}
		if b-a == 2 && (s.toks[a].text == "Form" || s.toks[a].text == "Schedule" || s.toks[a].text == "Exhibit") && strings.ContainsAny(s.toks[a+1].text, "0123456789") {
			continue // "a Form 8-K filing": a document
		}
		if b-a == 1 && (contraction(s.toks[a].lower) || s.lower(b) == "n't") {
			continue // "We're", "It's", "Didn't": a pronoun or an auxiliary
		}
		if b-a == 1 && placeModified.is(s.id(b)) && !s.toks[a].upper && a > 0 && s.toks[a-1].word && !s.toks[a-1].cap {
			continue // "the Richmond hospital", "an Indianapolis hospital system", "the Sicilian city of Palermo"
		}
		if m := b; b-a == 1 && !s.toks[a].upper && placeAdjectives.is(s.id(m)) {
			for placeAdjectives.is(s.id(m)) && m < b+3 {
				m++
			}
			if placeModified.is(s.id(m)) {
				continue // "Indianapolis public hospital system Eskenazi Health": the place of the name after it
			}
		}
		if techModified(s, b) && b-a <= 2 && !speaks {
			continue // "the Spider-Man video games", "the Niconico video service"
		}
		// A lone capitalized word opening the sentence is an ordinary word
		// unless the document writes it capitalized elsewhere.
		first := a == 0 || !s.toks[a-1].word && a == 1 && s.toks[0].text != ","
		// "Shell and the University of Rochester confirmed": coordinated
		// with a name, it is a name too.
		coord := (s.lower(b) == "and" || s.lower(b) == ",") && (s.toks[min(b+1, n-1)].cap || s.lower(b+1) == "the" && s.toks[min(b+2, n-1)].cap)
		// "Ascension, one of the largest health systems, said": an
		// apposition or a reporting verb after it.
		coord = coord || s.lower(b) == "," && (s.lower(b+1) == "a" || s.lower(b+1) == "an" || s.lower(b+1) == "one" || s.lower(b+1) == "the" || s.lower(b+1) == "whose" || s.lower(b+1) == "which") ||
			reportVerbs.is(s.id(b)) ||
			// "Südwestfalen-IT (SIT), a data center operator": a name the
			// report defines an acronym for.
			definedAcronym(s, a, b)
		if first && b-a == 1 && strings.HasSuffix(s.toks[a].lower, "ly") {
			continue // "Historically, ..."
		}
		if b-a == 1 && compassAdjectives.has(s.toks[a].text) && b < n && s.toks[b].word && !s.toks[b].cap {
			continue // "flooding Western government websites": a description
		}
		if o := s.owner[min(b, n-1)]; b-a == 1 && b < n && compassAdjectives.has(s.toks[a].text) && o >= 0 && s.ents[o].a == b && s.ents[o].kind == "" {
			continue // "a Northern California Medi-Cal plan": part of a place
		}
		// "NVIDIA: In late February the chipmaker confirmed an intrusion": a
		// name heading its paragraph, an acronym or a word the report
		// writes capitalized elsewhere.
		label := first && b-a == 1 && s.lower(b) == ":" && !s.toks[a].digit && !techAcronyms.is(s.id(a)) && (r.midCap[s.toks[a].text] || s.toks[a].upper && len(s.toks[a].text) >= 4)
		if first && b-a == 1 && !s.toks[a].upper && !s.toks[a].digit && !r.midCap[s.toks[a].text] && !coord && !brandBeforeCountry(s, a) && !innerCapital(s.toks[a].text) {
			continue
		}
		// A lone acronym is a victim only when the report defines it
		// ("(KHNP)") or knows it: "CPU", "MBR", "SAML" are no victims.
		acronym := s.toks[a].upper || len(s.toks[a].text) > 2 && strings.HasSuffix(s.toks[a].text, "s") && strings.ToUpper(s.toks[a].text[:len(s.toks[a].text)-1]) == s.toks[a].text[:len(s.toks[a].text)-1]
		// "the BBC" reads as a name; a bare "MBR" or "CPU" does not.
		// "British Airways, the BBC and Boots": a conjunction after it
		// does not make it a modifier.
		theName := s.lower(a-1) == "the" && len(s.toks[a].text) >= 3 && s.toks[a].upper && !(b < n && s.toks[b].word && !s.toks[b].cap && !((s.lower(b) == "and" || s.lower(b) == "or") && s.lower(a-2) == ",")) &&
			!(orgCues.is(s.id(a)) && b < n && s.toks[b].cap) // "the NGO Licadho": a cue before the name
		// "(OWA)" after a product name defines the product, not a victim.
		defined := s.lower(a-1) == "(" && s.lower(b) == ")"
		if defined {
			if o := s.entAt(a - 2); o < 0 || s.ents[o].kind != graph.Organization || s.ents[o].guess {
				defined = false
				if b-a == 1 && acronym {
					continue
				}
			}
		}
		// "BMW and Hyundai", "Microsoft and HPE": an acronym coordinated
		// with a plain name is a name too.
		plain := func(k int) bool {
			return k >= 0 && k < n && s.toks[k].cap && !s.toks[k].upper && s.toks[k].word && (s.owner[k] < 0 || s.ents[s.owner[k]].kind == graph.Organization)
		}
		coordName := len(s.toks[a].text) >= 3 && !s.toks[a].digit && (s.lower(b) == "and" && plain(b+1) || s.lower(a-1) == "and" && plain(a-2))
		// "chipmaker AMD", "the lender HSBC": a role noun introduces a name.
		roleName := (roleNouns.is(s.id(a-1)) || leadDescriber(s.lower(a-1))) && len(s.toks[a].text) >= 3 && !s.toks[a].digit
		// "DESFA, Greece's natural gas grid operator": an apposition
		// that calls the acronym an organization.
		roleName = roleName || len(s.toks[a].text) >= 3 && !s.toks[a].digit && s.lower(b) == "," && r.roleApposition(s, b+1)
		roleName = roleName || speaks || label || intrudedAcronym(s, a, b) || ownedAcronym(s, a, b)
		if b-a == 1 && acronym && !theName && !strings.ContainsAny(s.toks[a].text, "&-.") && !defined && !coordName && !roleName {
			continue
		}
		// "Chili's", "Arby's": a possessive that ends the name.
		// Not "Netflix's "Orange Is the New Black"": a title in quotes
		// after the owner's possessive.
		if (s.lower(b) == "'s" || s.lower(b) == "’s") && s.owner[b] < 0 && (b+1 >= n || !s.toks[b+1].word && !openQuoteTitle(s, b+1) || runConnectors.is(s.id(b+1)) || clauseStops.is(s.id(b+1))) {
			b++
		}
		// "the Finnish IT provider Tietoevry": the name that follows is the
		// organization, what comes before its role noun only describes it.
		if roleNouns.is(s.id(b)) && b+1 < n && s.toks[b+1].cap {
			continue
		}
		// "Dutch-German electronics retailer MediaMarkt": peoples joined by
		// a hyphen, or a describer with one more word before the role noun.
		if b-a == 1 && (r.peoplesCompound(s.toks[a].text) ||
			b+2 < n && !s.toks[b].cap && s.toks[b].word && roleNouns.is(s.id(b+1)) && s.toks[b+2].cap && describer(s.toks[a].text)) {
			continue
		}
		// "the hit series Game of Thrones", "the Spider-Man titles": a
		// work's title, not its owner.
		if titleWorks.is(s.id(a-1)) && s.owner[a-1] < 0 || b < n && (s.lower(b) == "titles" || s.lower(b) == "franchise" || s.lower(b) == "episodes") {
			continue
		}
		// "June 2: Company confirms a ransomware attack": a timeline's
		// word for the company it is about.
		if l := s.lower(a); b-a == 1 && (l == "company" || l == "firm") {
			continue
		}
		// A malware or tool name left without context is no organization.
		if b-a == 1 && len(softwareIndex()[s.toks[a].text]) > 0 {
			continue
		}
		// "weekend DDoS", "a new RCE": an attack's or a technique's short
		// name is no organization.
		if b-a == 1 && techAcronyms.is(s.id(a)) {
			continue
		}
		if b-a == 1 && municipalNouns.is(s.id(a)) && s.lower(b) == "of" {
			// "the City of Dallas": the place after "of" is claimed as a
			// place; the name takes it in.
			if j := s.entAt(b + 1); j >= 0 && s.ents[j].kind == "" && s.ents[j].a == b+1 {
				pl := s.ents[j]
				for k := pl.a; k < pl.b; k++ {
					s.owner[k] = -1
				}
				s.ents[j] = ent{a: pl.a, b: pl.b, affOrg: -1} // emptied: the name takes its tokens
				b = pl.b
			}
		}
		name := s.textOf(r.text, a, b)
		if holidays.has(strings.ToLower(name)) {
			continue // "on Labor Day weekend": a date
		}
		if townBeforeState(s, a, b) {
			s.claim(ent{a: a, b: b, affOrg: -1}) // "MedStar Health, the Columbia, Maryland, nonprofit": a town
			continue
		}
		if m := s.lower(a - 2); s.lower(a-1) == "of" && regionOfNouns.has(m) && !s.toks[a-2].cap && b-a <= 2 {
			s.claim(ent{a: a, b: b, affOrg: -1}) // "a lender based in the emirate of Sharjah": a place
			continue
		}
		if m := s.lower(a - 2); s.lower(a-1) == "of" && municipalNouns.has(m) && !s.toks[a-2].cap && s.free(a-2, a) {
			// "the city of Wichita": the city's government, named as
			// analysts name it, "City of Wichita".
			name = strings.ToUpper(m[:1]) + m[1:] + " of " + name
			a -= 2
		}
		if b-a >= 2 && s.toks[a].text == "Operation" {
			// "in 'Operation SyncHole'": a campaign's name, never a victim.
			s.claim(ent{a: a, b: b, kind: graph.Campaign, node: graph.NewNode(graph.Campaign, name), affOrg: -1})
			continue
		}
		if waterBody(name) {
			s.claim(ent{a: a, b: b, affOrg: -1}) // "from the Bay of Bengal to the Red Sea": a place
			continue
		}
		if o := s.owner[min(b, n-1)]; b < n && b-a >= 2 && s.lower(a-1) == "the" && facilityHeads.is(s.id(b)) && !s.capWord(b+1) &&
			(o < 0 || s.ents[o].kind == graph.Sector && s.ents[o].a == b && s.ents[o].b == b+1) {
			// "the Moisès Broggi hospital": the head noun is the name's,
			// not a sector of its own.
			if o >= 0 {
				s.ents[o] = ent{a: b, b: b + 1, affOrg: -1}
				s.owner[b] = -1
			}
			b++
			name = s.textOf(r.text, a, b)
		}
		if l := s.lower(a - 1); (l == "its" || l == "their" || l == "our") && b-a >= 2 && techHeads.is(s.id(b-1)) {
			s.claim(ent{a: a, b: b, affOrg: -1}) // "said its Domain Name System had been compromised": its own system
			continue
		}
		if r.knownInside(s, a, b) {
			// "Scattered Lapsus$ Hunters": a crew's name around a known
			// actor's is an alliance of actors, no organization.
			s.claim(ent{a: a, b: b, kind: graph.ThreatActor, node: graph.NewNode(graph.ThreatActor, name)})
			continue
		}
		s.claim(ent{a: a, b: b, kind: graph.Organization, node: graph.NewNode(graph.Organization, name), guess: true})
	}
}

// techHeads end the names of systems and protocols an organization runs:
// "its Domain Name System", "their Remote Desktop Protocol".
var techHeads = set(`system|protocol|server|servers|platform|portal|network|app|application|database|gateway|cloud|suite|console|interface|service|services`)

// knownInside reports whether the name [a, b) ends in a crew's word and has
// a known actor's name inside: "Scattered Lapsus$ Hunters".
func (r *recognizer) knownInside(s *sent, a, b int) bool {
	if b-a < 3 || !crewEnd(s, b-1) || groupNouns.is(s.id(b-1)) {
		return false
	}
	for x := a + 1; x < b-1; x++ {
		for y := x + 1; y < b; y++ {
			if _, ok := r.g.Lookup(s.textOf(r.text, x, y)); ok {
				return true
			}
		}
	}
	return false
}

// holidays are days named like organizations.
var holidays = set(holidayList)

// holidayList is the text of holidays.
const holidayList = `labor day|labour day|memorial day|independence day|thanksgiving|christmas|christmas eve|christmas day|
boxing day|new year|new year's day|new year's eve|easter|easter monday|good friday|black friday|cyber monday|halloween|
veterans day|presidents day|presidents' day|columbus day|juneteenth|victory day|national day|golden week|lunar new year|
chinese new year|hanukkah|ramadan|eid|diwali|passover|yom kippur|rosh hashanah|whitsun|pentecost|anzac day|waitangi day|
australia day|canada day|bastille day|republic day|remembrance day`

// currencyNames are cryptocurrencies a sum is given in.
var currencyNames = set(`bitcoin|bitcoins|monero|ether|ethereum|tether|litecoin|dogecoin|solana|usdt|usdc`)

// facilityHeads are the lower-case head nouns a place's proper name may
// take: "the Moisès Broggi hospital", "the Dos de Maig hospital".
var facilityHeads = set(`hospital|clinic|university|college|school|airport|museum|library|observatory`)

// contraction reports whether a word is a pronoun contracted with its
// auxiliary ("we're", "they'll"); the tokenizer splits "n't" off.
func contraction(l string) bool {
	for _, suf := range []string{"'re", "'ll", "'ve", "'m", "'d", "’re", "’ll", "’ve", "’m", "’d"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// namingFirst and aliasFirst hold the first words of namingCues and
// aliasCues, so that most tokens are turned away with one look-up.
var (
	namingFirst = firstWords(namingCues)
	aliasFirst  = firstWords(aliasCues)
)

// localGovHeads end the name of a local government: "Wakayama City",
// "Tokushima Prefecture".
var localGovHeads = set(`city|prefecture|county|province|municipality|borough|township|district`)

// municipalNouns before "of" and a place name make a local government.
// regionOfNouns before "of" make the unknown name after them a region, no
// organization: "the emirate of Sharjah", "the province of Hubei".
var regionOfNouns = set(`emirate|province|region|prefecture|canton|governorate|oblast|island|islands|archipelago|territory`)

var municipalNouns = set(`city|town|village|municipality|borough`)

// aliasCueAt reports whether an alias cue ("also known as", "aka", "tracked
// by X as") starts at token i, and returns the token after it.
func aliasCueAt(s *sent, i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || !aliasFirst[s.toks[i].lower] {
		return 0, false
	}
	for _, cue := range aliasCues {
		j, ok := s.seqAt(i, cue)
		if !ok || cue[0] == "or" || cue[0] == "named" || cue[0] == "called" || cue[0] == "call" || cue[0] == "calls" {
			continue
		}
		if cue[len(cue)-1] == "by" {
			b := j
			for b < len(s.toks) && b < j+4 && s.lower(b) != "as" {
				b++
			}
			if s.lower(b) != "as" {
				continue
			}
			j = b + 1
		}
		return j, true
	}
	return 0, false
}

// hasVictims reports whether the words at k give what precedes them
// victims: "'s victims include", "has a long list of victims", "claims
// more than 100 victims".
// techAcronyms are the short names of attacks and techniques that a
// sentence may write in capitals: no organizations.
var techAcronyms = set(`ddos|dos|rce|xss|sqli|csrf|ssrf|lfi|rfi|mitm|byovd|rdp|vpn|mfa|2fa|otp|sms|smb|ssh|ssl|tls|dns|bgp|ics|scada|plc|hmi|iot|ot|ioc|iocs|ttps|c2|apt|raas|poc|cve|cves|zero-day|0-day`)

// victimsAdjectives stand between an attacker's name and its victims:
// "BlackCat's recent victims include", "Quarrow's best-known victims".
var victimsAdjectives = set(`earlier|previous|past|other|known|latest|recent|most|more|notable|biggest|largest|first|confirmed|publicly|high-profile|prominent|best-known|well-known|claimed|named`)

func hasVictims(s *sent, k int) bool {
	if l := s.lower(k); l == "'s" || l == "’s" {
		m := k + 1
		for m < len(s.toks) && m <= k+3 && victimsAdjectives.is(s.id(m)) {
			m++
		}
		return s.lower(m) == "victims" && includeVerbs.is(s.id(m+1))
	}
	if l := s.lower(k); l != "has" && l != "had" && l != "claims" && l != "claimed" && l != "counts" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+7; m++ {
		if s.lower(m) == "victims" {
			return true
		}
		if s.owner[m] >= 0 || !s.toks[m].word && !s.toks[m].digit || clauseStops.is(s.id(m)) && s.lower(m) != "over" {
			return false
		}
	}
	return false
}

// saidItWasHit reports whether the words from b say that the speaker
// before them was hit: "said it had suffered", "says it was hit by",
// "said its network had been breached".
func saidItWasHit(s *sent, b int) bool {
	if l := s.lower(b); l != "said" && l != "says" {
		return false
	}
	k := b + 1
	if s.lower(k) == "that" {
		k++
	}
	if l := s.lower(k); l != "it" && l != "its" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+5; m++ {
		if hitWords.is(s.id(m)) {
			return true
		}
		if !s.toks[m].word || clauseStops.is(s.id(m)) {
			return false
		}
	}
	return false
}

// hitWords in a speaker's clause say that the speaker was hit.
var hitWords = set(`suffered|hit|breached|hacked|attacked|compromised|targeted|victim|incident|intrusion|disrupted|affected|impacted|encrypted`)

// claimVerbs reports whether the verb at m, after "said it had", claims an
// attack on others: "had disrupted communications on 116 vessels", "had
// defaced", "had obtained root-level access to X's network". Not "had
// disrupted the botnet", what defenders say.
func claimVerbs(s *sent, m int) bool {
	switch s.lower(m) {
	case "disrupted", "defaced", "crippled", "sabotaged":
		for k := m + 1; k < len(s.toks) && k <= m+3; k++ {
			if defenderObjects.is(s.id(k)) {
				return false
			}
		}
		return true
	case "obtained", "gained":
		for k := m + 1; k < len(s.toks) && k <= m+4; k++ {
			if s.lower(k) == "access" {
				return true
			}
		}
	}
	return false
}

// defenderObjects are what defenders disrupt: "disrupted the botnet".
var defenderObjects = set(`botnet|botnets|operation|operations|infrastructure|activity|activities|campaign|campaigns|servers|scheme|network|gang|group|
accounts|domains|efforts|attempts|attacks|plot`)

// blameVerbs and accuseVerbs put an attack on someone: "blamed X for",
// "accused X of".
var (
	blameVerbs  = set(`blamed|blames|blame|credited|credits`)
	accuseVerbs = set(`accused|accuses|accuse|suspected|suspects|suspect`)
)

// stateModifiers make an operation a state's hackers: "X is a Russian
// state-sponsored operation".
var stateModifiers = set(`state-sponsored|state-backed|state-linked|state-aligned|nation-state|espionage|cyber-espionage|cyberespionage`)

// hackerUnits end a hacker group's name after a word of hackerArmies.
var hackerUnits = map[string]bool{"Army": true, "Force": true, "Squad": true, "Brigade": true, "Legion": true, "Corps": true}

// squadName reports whether the "Squad" at k ends a hacker crew's name
// after any capitalized word: "Lizard Squad", "Chuckling Squad". Best Buy's
// "Geek Squad" is a service.
func squadName(s *sent, k int) bool {
	return s.toks[k].text == "Squad" && s.toks[k-1].text != "Geek" && s.toks[k-1].word
}

// hackerArmies are the words before a hackerUnits word in a hacker group's
// name: "IT Army", "Cyber Force".
var hackerArmies = set(`it|cyber|electronic|hacker|hackers|hacking|digital|online`)

// gangRoles are the people of a gang: "the leader of LockBit".
var gangRoles = set(`leader|leaders|boss|head|founder|founders|administrator|administrators|admin|developer|developers|member|members|affiliate|affiliates|operator|operators|mastermind|ringleader|kingpin|negotiator|negotiators`)

// quotedEnd returns the end of a quoted name that starts at token i: the
// token of the closing quote, when it comes within max tokens with no
// punctuation before it; else i.
func quotedEnd(s *sent, i, max int) int {
	for k := i; k < len(s.toks) && k <= i+max; k++ {
		switch s.toks[k].text {
		case "\"", "”", "'", "’":
			if k == i {
				return i
			}
			return k
		case ",", ".", ";", ":", "(", ")", "“":
			return i
		}
	}
	return i
}

// mediaHeads end a media name after its first word: "Truth Social", "Sky
// News". Alone or first they are ordinary words.
var mediaHeads = set(`social|news`)

// relativeVerbs after a name that follows a group noun make the name the
// subject of a relative clause: "a group Kyiv attributes to the FSB", "the
// group Microsoft tracks as ...".
var relativeVerbs = set(`attributes|attributed|ties|tied|links|linked|blames|blamed|says|said|believes|believed|calls|called|
tracks|tracked|describes|described|considers|suspects|suspected|identified|identifies|assesses|assessed`)

// placeDescriber reports whether a word ties what follows to a place or an
// owner: "Nagpur-based", "Intel-owned".
// participleCompound reports whether a word is a compound whose last part
// is a lower-case participle: "Quran-burning", "Kremlin-backed". It
// describes a noun and names nothing.
func participleCompound(w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 {
		return false
	}
	p := w[h+1:]
	return len(p) > 3 && strings.ToLower(p) == p && (strings.HasSuffix(p, "ing") || strings.HasSuffix(p, "ed"))
}

func placeDescriber(l string) bool {
	h := strings.LastIndexByte(l, '-')
	return h > 0 && countrySuffixes.has(l[h+1:])
}

// relativeAside returns the token after a relative clause set off by commas
// right after a name ("Black Basta, which appeared in April, has ..."), or
// the name's end b when there is none.
// nounAside returns the token after an apposition set off by commas right
// after b, a noun phrase with no verb: ", perhaps Qakbot's largest
// customer,", ", the most prolific gang of 2023,". It returns b if there
// is none.
func nounAside(s *sent, b int) int {
	if s.lower(b) != "," {
		return b
	}
	k := b + 1
	if hedges.is(s.id(k)) {
		k++
	}
	if l := s.lower(k); l != "the" && l != "a" && l != "an" && l != "its" && l != "their" && s.lower(k+1) != "'s" && s.lower(k+1) != "’s" {
		return b
	}
	for m := k + 1; m < len(s.toks) && m <= k+8; m++ {
		l := s.lower(m)
		if l == "," {
			return m + 1
		}
		if !s.toks[m].word && l != "'s" && l != "’s" && l != "-" || auxiliaries.is(s.id(m)) || relatives.is(s.id(m)) || reportVerbs.is(s.id(m)) || l == "and" || l == "but" {
			break
		}
	}
	return b
}

// personAside returns where the sentence goes on after the asides that
// follow a person's name ("Ryan Kramer, 25, of Santa Clarita,", "Noah
// Urban, a 20-year-old Florida man,"), or b when there is none.
func personAside(s *sent, b int) int {
	k, end := b, b
	for s.lower(k) == "," {
		m := k + 1
		switch l := s.lower(m); {
		case s.toks[min(m, len(s.toks)-1)].digit:
			m++ // ", 25,"
		case l == "of" || l == "from":
			m++ // ", of Santa Clarita,", ", of Bradford, Ontario,", ", of Fanwood, New Jersey;"
			for m < len(s.toks) && m <= k+7 && (s.toks[m].cap || s.lower(m) == "," && s.toks[min(m+1, len(s.toks)-1)].cap && placeEnd(s, m+2)) {
				m++
			}
			if s.lower(m) == ";" {
				return m // the next person of a list follows
			}
		case l == "the" && theHackerAside(s, m) > m:
			m = theHackerAside(s, m) // ", the computer hacker behind Football Leaks,"
		case l == "a" || l == "an":
			m++ // ", a 20-year-old Florida man,"
			for m < len(s.toks) && m <= k+8 && s.toks[m].word && !personNouns.is(s.id(m)) && !auxiliaries.is(s.id(m)) && !relatives.is(s.id(m)) {
				m++
			}
			if !personNouns.is(s.id(m)) {
				return end
			}
			m++
		default:
			return end
		}
		if s.lower(m) != "," {
			return end
		}
		k, end = m, m+1
	}
	return end
}

// placeEnd reports whether a place's second part ends at k, or one word
// after: ", Ontario,", ", New Jersey;".
func placeEnd(s *sent, k int) bool {
	l := s.lower(k)
	if l == "," || l == ";" {
		return true
	}
	l = s.lower(k + 1)
	return s.toks[min(k, len(s.toks)-1)].cap && (l == "," || l == ";")
}

// listPredicate returns the verb that a list of persons set off by
// semicolons shares, from the semicolon at k: "Paras Jha, 21, of Fanwood,
// New Jersey; Josiah White, 20, ...; and Dalton Norman, 21, ..., pleaded
// guilty". It returns k when there is none.
func listPredicate(s *sent, k int) int {
	last := false // "; and" opens the list's last person
	for m := k + 1; m < len(s.toks) && m <= k+40; m++ {
		switch l := s.lower(m); l {
		case ".":
			return k
		case "and":
			last = last || s.lower(m-1) == ";"
		case "pleaded", "pled", "was", "were", "have", "had", "has":
			if last && s.lower(m-1) == "," {
				return m
			}
			return k
		}
	}
	return k
}

// hackerWhoBrokeIn reports whether an apposition from k calls a name a
// hacker who broke in somewhere: "the pseudonymous hacker who broke into",
// "a hacker who breached".
func hackerWhoBrokeIn(s *sent, k int) bool {
	if l := s.lower(k); l != "the" && l != "a" {
		return false
	}
	m := k + 1
	for m < len(s.toks) && m <= k+3 && s.toks[m].word && !s.toks[m].cap && s.lower(m) != "hacker" && !relatives.is(s.id(m)) {
		m++
	}
	if s.lower(m) != "hacker" || s.lower(m+1) != "who" {
		return false
	}
	v := m + 2
	for v < len(s.toks) && v <= m+4 && (adverbs.is(s.id(v)) || perfect.is(s.id(v)) || s.lower(v) == "allegedly" || s.lower(v) == "later") {
		v++
	}
	return hackVerbs.is(s.id(v)) || s.lower(v) == "broke" && s.lower(v+1) == "into"
}

// onlineHandle reports whether the aside after a person's name at b gives
// the handle the person goes by online: ", known online as "tank"", ",
// who used the handle "PLuS"", ", who goes by the alias "Jorge"". An aside
// that calls the person a researcher or a journalist does not count.
func onlineHandle(s *sent, b int) bool {
	if s.lower(b) != "," {
		return false
	}
	for k := b + 1; k < len(s.toks) && k <= b+18; k++ {
		l := s.lower(k)
		if l == "." || l == ";" || defenderNouns.is(s.id(k)) {
			return false
		}
		if s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.ThreatActor {
			return false // "known online as LockBitSupp": the gang's name
		}
		switch {
		case l == "known" && s.lower(k+1) == "online" && s.lower(k+2) == "as":
			return true
		case (l == "handle" || l == "handles" || l == "moniker" || l == "alias") && k > b+2 &&
			(s.lower(k-1) == "the" || s.lower(k-1) == "online") && handleVerbs.is(s.id(k-2-b2i(s.lower(k-1) == "online" && s.lower(k-2) == "the"))):
			return true
		}
	}
	return false
}

// handleVerbs put a handle on a person: "used the handle", "went by the
// online handles".
var handleVerbs = set(`used|uses|using|goes|went|go|under|by`)

// defenderNouns in an aside say that a person studies or reports on
// attacks: "a researcher known online as MalwareTech".
var defenderNouns = set(`researcher|researchers|journalist|reporter|analyst|sleuth|investigator|expert`)

// personNouns end an apposition that tells who a person is.
var personNouns = set(`man|woman|national|citizen|resident|teenager|student|developer|programmer|hacker|member|administrator|operator`)

// theHackerAside returns the comma that closes an apposition from m that
// calls a person a hacker ("the computer hacker behind Football Leaks"),
// or m.
func theHackerAside(s *sent, m int) int {
	hacker := false
	for k := m + 1; k < len(s.toks) && k <= m+16; k++ {
		l := s.lower(k)
		if l == "," {
			if hacker {
				return k
			}
			return m
		}
		if l == "hacker" || l == "programmer" {
			hacker = true
		}
		if s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.ThreatActor || !hacker && (auxiliaries.is(s.id(k)) || relatives.is(s.id(k))) {
			return m
		}
	}
	return m
}

// charged reports whether the person [a, b) is named as charged, accused
// or held: "an indictment charges Song Wu, 39, with", "prosecutors
// indicted Ivo Brandt", "Ivo Brandt, 35, was arrested".
func charged(s *sent, a, b int) bool {
	p := a - 1
	if p >= 0 && personNouns.is(s.id(p)) {
		p-- // "charged defendant Ivo Brandt"
	}
	if courtVerbs.is(s.id(p)) && s.owner[max(p, 0)] < 0 {
		return true
	}
	k := personAside(s, b)
	if s.lower(k) == ";" {
		k = listPredicate(s, k)
	}
	if s.lower(k) == "has" || s.lower(k) == "had" || s.lower(k) == "have" {
		k++
	}
	if l := s.lower(k); l == "was" || l == "is" || l == "were" || l == "been" {
		k++
		if s.lower(k) == "been" {
			k++
		}
		return courtVerbs.is(s.id(k))
	}
	return s.lower(k) == "pleaded" || s.lower(k) == "pled"
}

// courtVerbs put a person before a court.
var courtVerbs = set(`charges|charged|indicts|indicted|accuses|accused|sentenced|convicted|arrested|extradited|sanctioned|prosecuted|jailed`)

// noteHackers remembers the capitalized words a sentence shows breaking in:
// "Wu targeted people working at NASA", "Kurtaj breached Uber".
func (r *recognizer) noteHackers(s *sent) {
	for k := 0; k+1 < len(s.toks); k++ {
		t := s.toks[k]
		if !t.word || !t.cap || t.upper || s.owner[k] >= 0 || s.toks[k+1].cap {
			continue
		}
		v := k + 1
		for v < len(s.toks) && v <= k+3 && (adverbs.is(s.id(v)) || s.lower(v) == "allegedly" || s.lower(v) == "also" || s.lower(v) == "then") {
			v++
		}
		if hackVerbs.is(s.id(v)) || s.lower(v) == "broke" && s.lower(v+1) == "into" || s.lower(v) == "targeted" || s.lower(v) == "attacked" || s.lower(v) == "phished" || s.lower(v) == "extorted" || s.lower(v) == "stole" ||
			courtHack(s, v) || pleadedToAttacks(s, v) {
			r.hackers[t.text] = true
		}
	}
}

// chargedHackers makes attackers of the charged persons whose surname the
// report shows breaking in: "An indictment charges Song Wu ... Wu targeted
// people working at NASA".
func (r *recognizer) chargedHackers() {
	for name := range r.defendants {
		ws := strings.Fields(name)
		if r.hackers[ws[len(ws)-1]] || r.hackers[name] {
			r.discovered[name] = true
			r.persons[name] = true
		}
	}
}

// courtHack reports whether a court's word on a break-in starts at k:
// "pleaded guilty to hacking", "was charged with breaching", "admitted
// stealing from", "was convicted of conspiring to hack".
func courtHack(s *sent, k int) bool {
	switch s.lower(k) {
	case "pleaded", "pleads", "pled", "admitted", "admits":
		if k = pleaded(s, k); k < 0 {
			return false
		}
	case "was", "were", "is", "are", "has", "have", "had":
		if s.lower(k+1) == "been" {
			k++
		}
		switch s.lower(k + 1) {
		case "charged", "indicted", "convicted", "sentenced", "accused", "jailed", "imprisoned", "arrested":
		default:
			return false
		}
		k += 2
		if l := s.lower(k); l != "with" && l != "of" && l != "for" {
			return false
		}
		k++
	default:
		return false
	}
	if s.lower(k) == "conspiring" && s.lower(k+1) == "to" {
		return hackVerbs.is(s.id(k+2)) || s.lower(k+2) == "hack" || s.lower(k+2) == "breach" || s.lower(k+2) == "attack"
	}
	return courtGerunds.is(s.id(k))
}

// pleaded returns the token after a plea that opens at k ("pleaded guilty
// to", "admitted", "admits to"), or -1.
func pleaded(s *sent, k int) int {
	switch s.lower(k) {
	case "pleaded", "pleads", "pled":
		if s.lower(k+1) != "guilty" || s.lower(k+2) != "to" {
			return -1
		}
		return k + 3
	case "admitted", "admits":
		if s.lower(k+1) == "to" {
			return k + 2
		}
		return k + 1
	}
	return -1
}

// pleadedToAttacks reports whether a plea to attacks on someone starts at
// k: "pleaded guilty to a series of attacks on Rutgers University",
// "admitted the intrusions into".
func pleadedToAttacks(s *sent, k int) bool {
	if k = pleaded(s, k); k < 0 {
		return false
	}
	if l := s.lower(k); l == "a" || l == "the" {
		k++
	}
	if s.lower(k) == "series" && s.lower(k+1) == "of" {
		k += 2
	}
	if l := s.lower(k); l == "repeated" || l == "several" {
		k++
	}
	switch s.lower(k) {
	case "attacks", "cyberattacks", "intrusions", "hacks", "attack", "cyberattack", "intrusion", "hack", "breach", "breaches":
	default:
		return false
	}
	l := s.lower(k + 1)
	return l == "on" || l == "against" || l == "into" || l == "of"
}

// courtGerunds name a break-in in a charge: "charged with hacking".
var courtGerunds = set(`hacking|breaching|attacking|infiltrating|compromising|extorting|penetrating|defacing|breaking`)

// hedges soften an apposition: "perhaps the largest".
var hedges = set(`perhaps|probably|arguably|possibly|likely|once|now|still|long|then`)

func relativeAside(s *sent, b int) int {
	if s.lower(b) != "," || s.lower(b+1) != "which" && s.lower(b+1) != "who" {
		return b
	}
	for k := b + 2; k < len(s.toks) && k <= b+14; k++ {
		if s.lower(k) == "," {
			return k + 1
		}
		if s.lower(k) == ";" || s.lower(k) == "and" || s.lower(k) == "but" {
			break
		}
	}
	return b
}

// passiveUse returns the "used" or "deployed" of a passive right after the
// subject that ends at b ("X has been used", "X was deployed", "X ransomware
// is being used"), or -1.
func passiveUse(s *sent, b int) int {
	k := b
	if l := s.lower(k); l == "ransomware" || l == "family" || l == "strain" {
		k++
	}
	be := false
	for k < len(s.toks) && k < b+5 && (auxiliaries.is(s.id(k)) || perfect.is(s.id(k)) || adverbs.is(s.id(k)) || s.lower(k) == "been" || s.lower(k) == "being") {
		be = be || s.lower(k) == "was" || s.lower(k) == "were" || s.lower(k) == "been" || s.lower(k) == "is" || s.lower(k) == "are" || s.lower(k) == "being"
		k++
	}
	if l := s.lower(k); be && (l == "used" || l == "deployed") {
		return k
	}
	return -1
}

// sentHas reports whether the word w appears at or after token from.
func sentHas(s *sent, from int, w string) bool {
	for k := from; k < len(s.toks); k++ {
		if s.lower(k) == w {
			return true
		}
	}
	return false
}

// pluralOwnerName reports whether the capitalized words from k end in a
// word that heads the name of a body of members: "Teachers' Retirement
// System", "Workers' Compensation Fund".
func pluralOwnerName(s *sent, k int) bool {
	for ; k < len(s.toks) && s.capWord(k); k++ {
		switch s.lower(k) {
		case "system", "fund", "association", "union", "federation", "league", "board", "trust", "plan", "society":
			return true
		}
	}
	return false
}

// dottedInitials reports whether w is initials joined by full stops whose
// last stop the tokenizer split off: "V.O" of "V.O. Chidambaranar Port
// Trust"; not a country's, "U.S" of "U.S. Treasury Department".
func (r *recognizer) dottedInitials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 || len(r.countries[w]) > 0 || len(r.countries[w+"."]) > 0 || len(r.demonyms[w]) > 0 || len(r.demonyms[w+"."]) > 0 {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && (r < 'A' || r > 'Z') || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// holidayFirst holds the first words of the holidays.
var holidayFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range strings.Split(holidayList, "|") {
		m[strings.Fields(h)[0]] = true
	}
	return m
}()

// claimHolidays claims the holidays of a sentence, so that no part of
// them reads as a name: "On New Year's Eve, the gang hit Travelex".
func claimHolidays(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if j := holidayEnd(s, i); j > i && s.free(i, j) {
			s.claim(ent{a: i, b: j, affOrg: -1})
			i = j - 1
		}
	}
}

// holidayEnd returns the end of the holiday named at token i ("New Year's
// Eve", "Anzac Day"), else -1.
func holidayEnd(s *sent, i int) int {
	if !s.capWord(i) || !holidayFirst[s.lower(i)] {
		return -1
	}
	for j := min(i+4, len(s.toks)); j > i; j-- {
		var b strings.Builder
		for k := i; k < j; k++ {
			if t := s.lower(k); k > i && t != "'s" && t != "’s" {
				b.WriteByte(' ')
			}
			b.WriteString(strings.ReplaceAll(s.lower(k), "’", "'"))
		}
		if holidays.has(b.String()) && (j-i > 1 || !s.toks[i].upper) {
			return j
		}
	}
	return -1
}

// personRun reports whether the run [a, b) reads as a person's name: two or
// three capitalized words, none in capitals only, none with a digit.
func personRun(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		t := s.toks[k]
		if !t.word || !t.cap || t.upper && len(t.text) > 1 || strings.ContainsAny(t.text, "0123456789") {
			return false
		}
	}
	return b-a >= 2
}

// brandBeforeCountry reports whether the word at a, known to no word list,
// runs straight into a country's name that a comma, "and" or a verb
// follows: "Vodafone Egypt, the UAE's Etisalat and Zain" opens a sentence
// with a company's national arm.
func brandBeforeCountry(s *sent, a int) bool {
	if s.toks[a].id != 0 && !brandWords.is(s.toks[a].id) || leadWords.is(s.toks[a].id) || len(s.toks[a].text) < 3 || strings.HasSuffix(s.toks[a].lower, "ly") ||
		a+1 >= len(s.toks) || s.toks[a].e+1 != s.toks[a+1].s {
		return false
	}
	j := s.owner[a+1]
	if j < 0 || s.ents[j].kind != graph.Country || s.ents[j].demonym || s.ents[j].a != a+1 || s.ents[j].node.Props["region"] == "true" {
		return false
	}
	l := s.lower(s.ents[j].b)
	return l == "," || l == "and" || reportVerbs.is(s.id(s.ents[j].b))
}

// leadWords open sentences before a country without naming a company:
// "Across Egypt, ...", "Inside Iran, ...".
var leadWords = set(`across|throughout|inside|outside|within|beyond|besides|despite|amid|amidst|among|during|after|before|since|
until|via|per|like|unlike|near|beside|toward|towards|under|over|into|onto|from|with|without|about|around|along|behind|below|above|
between|in|on|at|for|to|by|of|and|but|or|nor|yet|so|then|now|today|yesterday|tonight|meanwhile|elsewhere|also|even|only|still|
both|all|most|some|many|several|neither|either|each|every|while|when|where|whereas|if|unless|though|although|because|as|once|
north|south|east|west|northern|southern|eastern|western|central|greater|mainland|rural|urban|neighboring|neighbouring`)

// brandWords are company names that may open a sentence before a country
// ("Orange Belgium"); every other word a word list holds is taken for prose.
var brandWords = set(`vodafone|orange|zain|ooredoo|airtel|telenor|telefonica|telefónica|etisalat|batelco|omantel|jazz|ufone`)

// townBeforeState reports whether the name at a..b is a town that a place
// after it and a common noun make the seat of what an apposition
// describes: "the Columbia, Maryland, nonprofit that runs ten hospitals",
// "the Burlington, North Carolina, company".
func townBeforeState(s *sent, a, b int) bool {
	if s.lower(a-1) != "the" || s.lower(b) != "," {
		return false
	}
	o := s.owner[min(b+1, len(s.toks)-1)]
	if o < 0 || s.ents[o].a != b+1 || s.ents[o].kind != "" && s.ents[o].kind != graph.Country || s.ents[o].demonym {
		return false
	}
	e := s.ents[o].b
	if s.lower(e) != "," {
		return false
	}
	for k := e + 1; k < len(s.toks) && k <= e+3; k++ {
		if !s.toks[k].word || s.toks[k].cap {
			return false
		}
		if seatHeads.is(s.id(k)) {
			return true
		}
	}
	return false
}

// seatHeads are the common nouns an apposition that opens with a town
// describes: "the Columbia, Maryland, nonprofit", "the Burlington, North
// Carolina, laboratory company".
var seatHeads = set(`company|firm|nonprofit|non-profit|maker|manufacturer|provider|operator|chain|group|insurer|bank|lender|retailer|
utility|hospital|system|network|startup|business|giant|conglomerate|developer|supplier|contractor|agency|organization|organisation|
institution|college|university|school|charity|clinic|airline|carrier|publisher|newspaper|broadcaster|processor|distributor|refinery|plant`)

// innerCapital reports whether a word mixes capitals and small letters
// inside it, as names do and ordinary words opening a sentence do not:
// "PowerSchool", "SKDKnickerbocker", "LinkedIn".
func innerCapital(w string) bool {
	lower, upper, tail := false, 0, 0
	for i, c := range w {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
			if upper >= 2 {
				tail++ // "SKDKnickerbocker": capitals, then a word
			}
		case i > 0 && c >= 'A' && c <= 'Z' && lower:
			return true
		case c >= 'A' && c <= 'Z' && !lower:
			upper++
		default:
			return false
		}
	}
	return tail >= 3 // not "CEOs", "IDs"
}

// siteListsAfter reports whether a listing verb, perhaps after an auxiliary
// or an adverb, starts at k: "(Clop's site) has carried", "(site) listed".
func siteListsAfter(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+2; m++ {
		switch l := s.lower(m); {
		case listingVerbs.is(s.id(m)) && l != "appeared" && l != "appears" && l != "surfaced" || l == "carried" || l == "carries":
			return true
		case auxiliaries.is(s.id(m)) || perfect.is(s.id(m)) || adverbs.is(s.id(m)) || l == "also" || l == "later" || l == "now":
		default:
			return false
		}
	}
	return false
}
