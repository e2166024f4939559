package report

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// tok is a word or a punctuation mark of a sentence, by byte offsets into
// the document text.
type tok struct {
	s, e  int
	text  string
	lower string
	id    wordID // lower's id in the word lists, 0 if no list has it
	word  bool   // starts with a letter or digit
	cap   bool   // starts with an upper-case letter
	upper bool   // has letters, all upper case, at least two characters
	digit bool   // has a digit
}

func isConnector(r rune) bool {
	return r == '.' || r == '\'' || r == '’' || r == '-' || r == '&' || r == '_' || r == '@' || r == '/' || r == ':'
}

// tokenize splits the sentence text[from:to] into tokens. Words keep inner
// dots, hyphens and apostrophes ("TEMP.Periscope", "state-owned"); a
// possessive "'s" is a token of its own.
func tokenize(text string, from, to int) []tok {
	out := make([]tok, 0, (to-from)/5+1)
	// An ASCII sentence is lower-cased once and its tokens' lower forms are
	// slices of that copy; other sentences lower-case token by token, since
	// case mapping can change a rune's length.
	low, lowFrom := "", -1
	if isASCII(text[from:to]) {
		low, lowFrom = strings.ToLower(text[from:to]), from
	}
	mkTok := func(text string, s, e int) tok {
		if lowFrom >= 0 {
			return makeTok(text, s, e, low[s-lowFrom:e-lowFrom])
		}
		return makeTok(text, s, e, strings.ToLower(text[s:e]))
	}
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			out = append(out, mkTok(text, i, i+size))
			i += size
			continue
		}
		j := i + size
		for j < to {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
				j += s2
				continue
			}
			if r2 == ',' && thousands(text, i, j, to) {
				j += 4 // "342,000": one number
				continue
			}
			if isConnector(r2) && j+s2 < to {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
					if r2 == ':' && !unicode.IsDigit(r3) {
						break // "include:the" is two words; "10:30" is one
					}
					j += s2
					continue
				}
			}
			break
		}
		if j < to && text[j] == '$' && (j+1 == to || !isWordByte(text[j+1])) && unicode.IsLetter(lastRune(text[i:j])) {
			j++ // "Lapsus$": a name's closing dollar sign, not a currency
		}
		w := text[i:j]
		// Split a possessive: "Cambodia's" -> "Cambodia", "'s".
		if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			k := strings.LastIndexAny(w, "'’")
			out = append(out, mkTok(text, i, i+k), mkTok(text, i+k, j))
		} else if n := len(w); n > 3 && (strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")) {
			// Split a negation: "didn't" -> "did", "n't"; "won’t" -> "wo",
			// "n't". The negation's lower form is "n't" for either
			// apostrophe.
			k := strings.LastIndexAny(w, "'’") - 1
			out = append(out, mkTok(text, i, i+k), makeTok(text, i+k, j, "n't"))
		} else {
			out = append(out, mkTok(text, i, j))
		}
		i = j
	}
	return out
}

// thousands reports whether the comma at j, after the digits text[i:j],
// separates thousands: three digits follow and no fourth.
func thousands(text string, i, j, to int) bool {
	if j+4 > to || (j+4 < to && text[j+4] >= '0' && text[j+4] <= '9') {
		return false
	}
	for k := i; k < j; k++ {
		if (text[k] < '0' || text[k] > '9') && text[k] != ',' {
			return false
		}
	}
	for k := j + 1; k < j+4; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return true
}

// isWordByte reports whether c may continue a word: an ASCII letter or
// digit, or a byte of a multi-byte rune.
func isWordByte(c byte) bool {
	return c >= utf8.RuneSelf || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func makeTok(text string, s, e int, lower string) tok {
	t := tok{s: s, e: e, text: text[s:e], lower: lower, id: vocab[lower]}
	r, _ := utf8.DecodeRuneInString(t.text)
	t.word = unicode.IsLetter(r) || unicode.IsDigit(r)
	t.cap = unicode.IsUpper(r)
	letters, uppers := 0, 0
	for _, c := range t.text {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				uppers++
			}
		}
		if unicode.IsDigit(c) {
			t.digit = true
		}
	}
	t.upper = letters >= 2 && letters == uppers
	// "i-Soon", "eBay": one lower-case letter, a hyphen or not, then a
	// capitalized word, is a name.
	if !t.cap && unicode.IsLower(r) && letters >= 4 {
		rest := t.text[1:]
		if strings.HasPrefix(rest, "-") {
			rest = rest[1:]
		}
		if c, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(c) && uppers <= 2 {
			t.cap = true
		}
	}
	// "8Base": digits, then a capitalized word, is a name.
	if !t.cap && t.digit && unicode.IsDigit(r) && letters >= 4 && uppers == 1 {
		k := strings.IndexFunc(t.text, func(c rune) bool { return !unicode.IsDigit(c) })
		if c, _ := utf8.DecodeRuneInString(t.text[k:]); unicode.IsUpper(c) && len(t.text)-k == letters && !units.has(t.lower[k:]) {
			t.cap = true
		}
	}
	return t
}

// units follow a number without a space: "10Gbps".
var units = set(`gbps|mbps|kbps|tbps|ghz|mhz|khz|gbit|mbit`)

// ent is an entity recognized in a sentence: tokens [a, b).
type ent struct {
	a, b     int
	kind     graph.Kind
	node     graph.Node
	demonym  bool   // a Country written as an adjective ("Chinese"): a modifier, never a victim
	country  string // ISO code of a country named inside an organization's name
	noLocate bool   // the country in the name does not place the organization (embassies)
	ref      bool   // a reference to the actor in focus ("the group", "they")
	acronym  string // acronym defined right after the name: "(CNRP)"
	affOrg   int    // for a person: index of the organization named with their title, -1 none
	guess    bool   // a capitalized name with no cue of its kind: an organization only as a victim
	govt     string // for a Country: the text's name of its government ("Indian government")
	secText  string // for a described organization: its sector as written ("telecommunications company")
}

type sent struct {
	Sentence
	toks  []tok
	ents  []ent
	owner []int // token -> index into ents, -1 none
	title bool  // the report's title, read after its text
}

func (s *sent) claim(e ent) int {
	for i := e.a; i < e.b; i++ {
		if s.owner[i] >= 0 {
			return -1
		}
	}
	if e.b > e.a && e.b+1 < len(s.toks) && s.toks[e.b].text == "." && s.owner[e.b] < 0 &&
		(strings.Contains(s.toks[e.b-1].text, ".") || nameAbbreviations.has(s.toks[e.b-1].text) && s.toks[e.b-1].e == s.toks[e.b].s) {
		// "U.S." is cut into "U.S" and "."; inside a sentence the period
		// belongs to the name, so that what follows the name is the next
		// word: "U.S. officials", "the U.S., the U.K. and Australia",
		// "Kadokawa Corp., claimed by ...".
		e.b++
	}
	e.affOrg = -1
	s.ents = append(s.ents, e)
	idx := len(s.ents) - 1
	for i := e.a; i < e.b; i++ {
		s.owner[i] = idx
	}
	return idx
}

func (s *sent) free(a, b int) bool {
	if a < 0 || b > len(s.toks) || a >= b {
		return false
	}
	for i := a; i < b; i++ {
		if s.owner[i] >= 0 {
			return false
		}
	}
	return true
}

func (s *sent) lower(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].lower
}

// id is the word-list id of token i (see wordID), 0 outside the sentence.
func (s *sent) id(i int) wordID {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].id
}

func (s *sent) textOf(text string, a, b int) string { return text[s.toks[a].s:s.toks[b-1].e] }

// entAt returns the entity covering token i, or -1.
func (s *sent) entAt(i int) int {
	if i < 0 || i >= len(s.toks) {
		return -1
	}
	return s.owner[i]
}

// recognizer holds what recognition needs for one document.
type recognizer struct {
	productAcronyms map[string]bool // acronyms defined for products: "(FTA)"
	text            string
	g               *gazetteer.Gazetteer
	mentions        []gazetteer.Mention
	next            int                   // first mention not before the current sentence
	nodes           map[string]graph.Node // actor nodes by entry name
	orgFirst        map[string]graph.Node // first word of a longer organization name -> it (empty: ambiguous)
	orgAlone        map[string]bool       // one-word organizations met before any longer name that starts with them
	countries       map[string][]phrase   // first token -> country names and aliases
	demonyms        map[string][]phrase   // first token -> demonyms
	orgs            map[string][]phrase   // first token -> known organizations
	acronyms        map[string]int        // acronym -> index in acronymDefs
	namedActor      bool                  // an actor was named in a sentence recognized so far

	discovered map[string]bool       // actor names the document introduces
	persons    map[string]bool       // those of them that name a person: "Ilya Lichtenstein"
	defendants map[string]bool       // persons a court or prosecutor charges: "charges Song Wu"
	hackers    map[string]bool       // capitalized words that break into something: "Wu targeted"
	families   map[string]bool       // ransomware families the document names that no list knows ("the Phobos ransomware")
	groupSaid  bool                  // the sentence before spoke of a group it did not name ("a previously undocumented group")
	headOf     map[string]string     // "IT Army" -> "IT Army of Ukraine": a discovered name's head stands for it
	found      map[string][]phrase   // first token -> discovered names
	midCap     map[string]bool       // words the document capitalizes inside sentences
	seenCap    map[string]int        // how often it does
	orgWords   map[string]graph.Node // first and last words of organizations named so far
	orgRoles   map[string]graph.Node // role nouns organizations were introduced with ("the airline") -> it (empty: ambiguous)
	lastOrg    graph.Node            // the one organization the last sentence or two named, for "the company" in the next
	lastOrgAge int                   // sentences since lastOrg was named
	short      map[string]graph.Node // short forms of the actors named in the document ("NoName")
	softSeen   map[string]bool       // software the document has named in a software context
	seenOrgs   map[string][]phrase   // first token -> organizations of two words or more named so far
	seenNodes  map[string]graph.Node // those organizations' nodes, by name
	initials   map[string]graph.Node // "AT" -> Auckland Transport: the initials of organizations named so far (empty node: two share them)
}

type phrase struct {
	words []string
	code  string // country code
	name  string
}

func phraseIndex(entries [][2]string) map[string][]phrase {
	m := map[string][]phrase{}
	for _, e := range entries {
		toks := tokenize(e[0], 0, len(e[0]))
		var words []string
		for _, t := range toks {
			if t.text == "." {
				continue
			}
			words = append(words, t.text)
		}
		if len(words) == 0 {
			continue
		}
		m[words[0]] = append(m[words[0]], phrase{words: words, code: e[1], name: e[0]})
	}
	for k := range m {
		ps := m[k]
		// Longest first.
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return m
}

// lexicon holds the phrase indexes of countries, demonyms and known
// organizations. It is built once, on first use, and never changed.
type lexicon struct {
	countries, demonyms, orgs map[string][]phrase
}

var builtinLexicon = sync.OnceValue(func() *lexicon {
	var names, dems [][2]string
	for _, c := range gazetteer.Countries() {
		names = append(names, [2]string{c.Name, c.Code})
		// Short capitals are country names: "UAE", "PRC", "USA".
		for _, a := range c.Aliases {
			if a == "US" || a == "UK" || a == "U.S." || a == "U.K." || strings.ToUpper(a) != a || len(a) >= 3 {
				names = append(names, [2]string{a, c.Code})
			}
		}
		for _, d := range c.Demonyms {
			dems = append(dems, [2]string{d, c.Code})
		}
	}
	var orgs [][2]string
	for _, o := range knownOrgs {
		orgs = append(orgs, [2]string{o, ""})
	}
	return &lexicon{countries: phraseIndex(names), demonyms: phraseIndex(dems), orgs: phraseIndex(orgs)}
})

// newRecognizer prepares recognition for one document; the lexicons are
// shared by every document.
func newRecognizer(text string, g *gazetteer.Gazetteer) *recognizer {
	lx := builtinLexicon()
	return &recognizer{text: text, g: g, nodes: map[string]graph.Node{}, discovered: map[string]bool{}, persons: map[string]bool{}, defendants: map[string]bool{}, hackers: map[string]bool{}, families: map[string]bool{}, midCap: map[string]bool{}, seenCap: map[string]int{},
		countries: lx.countries, demonyms: lx.demonyms, orgs: lx.orgs}
}

// match finds the longest phrase of idx starting at token i whose tokens
// are free; it returns the end token and the phrase.
func (r *recognizer) match(s *sent, idx map[string][]phrase, i int) (int, phrase, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, phrase{}, false
	}
	return r.matchFrom(s, idx, i)
}

// capMatch is match for the built-in countries, demonyms and organizations,
// whose phrases all start with a capital letter: a word in lower case is
// passed over without a lookup.
func (r *recognizer) capMatch(s *sent, idx map[string][]phrase, i int) (int, phrase, bool) {
	if i < 0 || i >= len(s.toks) || !s.toks[i].cap {
		return 0, phrase{}, false
	}
	return r.matchFrom(s, idx, i)
}

func (r *recognizer) matchFrom(s *sent, idx map[string][]phrase, i int) (int, phrase, bool) {
	cands := idx[s.toks[i].text]
	for _, p := range cands {
		j, k := i, 0
		for ; k < len(p.words) && j < len(s.toks); k++ {
			if s.toks[j].text != p.words[k] {
				break
			}
			j++
			if j < len(s.toks) && s.toks[j].text == "." && k+1 < len(p.words) {
				j++ // "U.S" "." — dots between parts of an abbreviation
			}
		}
		if k == len(p.words) && s.free(i, j) {
			return j, p, true
		}
	}
	return 0, phrase{}, false
}

// countryAt recognizes a country name at token i, also written as a
// possessive without its apostrophe ("Cambodias"). It returns the end token.
func (r *recognizer) countryAt(s *sent, i int) (int, gazetteer.Country, bool) {
	if j, p, ok := r.capMatch(s, r.countries, i); ok {
		if j < len(s.toks) && s.toks[j].text == "$" && s.toks[j].s == s.toks[j-1].e {
			return 0, gazetteer.Country{}, false // "US$140mn", "HK$": a currency
		}
		c, _ := gazetteer.CountryByCode(p.code)
		return j, c, true
	}
	if i < 0 || i >= len(s.toks) {
		return 0, gazetteer.Country{}, false
	}
	t := s.toks[i]
	if t.cap && strings.HasSuffix(t.text, "s") && len(t.text) > 4 && s.free(i, i+1) {
		base := t.text[:len(t.text)-1]
		for _, p := range r.countries[base] {
			if len(p.words) == 1 && !strings.HasSuffix(base, "s") {
				c, _ := gazetteer.CountryByCode(p.code)
				return i + 1, c, true
			}
		}
	}
	return 0, gazetteer.Country{}, false
}

func (r *recognizer) demonymAt(s *sent, i int) (int, gazetteer.Country, bool) {
	if j, p, ok := r.capMatch(s, r.demonyms, i); ok {
		c, _ := gazetteer.CountryByCode(p.code)
		return j, c, true
	}
	return 0, gazetteer.Country{}, false
}

// countryIn returns the country named or implied inside tokens [a, b) of an
// organization name: a leading country name or demonym, or "of <Country>".
func (r *recognizer) countryIn(s *sent, a, b int) string {
	for i := a; i < b; i++ {
		if i > a && !(s.lower(i-1) == "of" || s.lower(i-1) == "in") && i != a {
			continue
		}
		for _, idx := range []map[string][]phrase{r.countries, r.demonyms} {
			for _, p := range idx[s.toks[i].text] {
				if i+len(p.words) <= b {
					ok := true
					for k, w := range p.words {
						if s.toks[i+k].text != w {
							ok = false
							break
						}
					}
					if ok {
						return p.code
					}
				}
			}
		}
		if t := s.toks[i].text; strings.HasSuffix(t, "s") && len(t) > 4 {
			for _, p := range r.countries[t[:len(t)-1]] {
				if len(p.words) == 1 {
					return p.code
				}
			}
		}
	}
	return ""
}

// recognizeActors finds the actors of one sentence that the gazetteer or a
// naming cue gives, and notes the names the sentence introduces as actors.
func (r *recognizer) recognizeActors(s *sent) {
	s.owner = make([]int, len(s.toks))
	for i := range s.owner {
		s.owner[i] = -1
	}
	r.actors(s)
	r.introduced(s)
	r.discover(s, r.discovered)
	r.noteHackers(s)
	for i, t := range s.toks {
		if p := s.lower(i - 1); i > 0 && t.cap && (s.toks[i-1].word || p == "," || p == ";" || p == "(" || p == "&") {
			r.midCap[t.text] = true
			r.seenCap[t.text]++
		}
	}
}

// recognize finds the other entities of one sentence, once every sentence
// went through recognizeActors.
func (r *recognizer) recognize(s *sent) {
	claimDateline(s)
	r.products(s)
	r.clubs(s)
	r.claimNames(s)
	r.infrastructure(s)
	r.armedServices(s)
	r.knownOrganizations(s)
	r.seenOrganizations(s)
	r.spelledAcronyms(s)
	r.knownSoftware(s)
	r.communities(s)
	r.sharedHeads(s)
	r.localGovernments(s)
	r.chunks(s)
	r.descriptions(s)
	r.demonymInstitutions(s)
	r.regions(s)
	r.places(s)
	r.stateOffices(s)
	r.sectors(s)
	r.software(s)
	r.guesses(s)
	r.claimedAttackNames(s)
	r.countrySubsidiaries(s)
	r.softwareLists(s)
	r.orgReferences(s)
	r.rememberOrganizations(s)
	for _, e := range s.ents {
		r.namedActor = r.namedActor || e.kind == graph.ThreatActor && !e.ref
	}
	r.actorRefs(s)
}

// siteOwner reports whether the possessive at j makes the name before it
// part of a site's name: "NASA's Goddard Space Flight Center", "NASA's Jet
// Propulsion Laboratory".
func siteOwner(s *sent, j int) bool {
	if l := s.lower(j); l != "'s" && l != "’s" {
		return false
	}
	m := j + 1
	for m < len(s.toks) && m <= j+5 && s.capWord(m) {
		m++
	}
	return m > j+2 && siteHeads.is(s.id(m-1))
}

// siteHeads end the name of a site an organization runs.
var siteHeads = set(`center|centre|laboratory|laboratories`)

// armedServices claims a country's armed service under the name the report
// gives it: "the U.S. Army", "the U.S. Air Force".
func (r *recognizer) armedServices(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 {
			continue
		}
		j, _, ok := r.countryAt(s, i)
		if ok && j < len(s.toks) && s.toks[j].text == "." && s.toks[j-1].e == s.toks[j].s {
			j++ // "U.S" and its period
		}
		if !ok || j >= len(s.toks) || s.owner[j] >= 0 {
			continue
		}
		end := -1
		for _, b := range armedBranches {
			if s.wordsAt(j, b) {
				end = j + len(b)
				break
			}
		}
		if end < 0 || end < len(s.toks) && s.capWord(end) {
			continue // not "the U.S. Army Corps of Engineers" cut short
		}
		s.claim(ent{a: i, b: end, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.textOf(r.text, i, end))})
		i = end - 1
	}
}

// armedBranches are the services a country's name opens.
var armedBranches = [][]string{{"Army"}, {"Navy"}, {"Air", "Force"}, {"Marine", "Corps"}, {"Coast", "Guard"}, {"Space", "Force"}, {"Cyber", "Command"}, {"Marines"}}

// clubPrefixes open or close the names of sports clubs, whose other words
// are often a city: "FC Barcelona", "AS Roma", "Leeds United AFC".
var clubPrefixes = set(`FC|AC|AS|SC|CF|AFC|SL|RC|CD|SV|SK|FK|NK|BK|IF|PSV|RB|VfB|VfL|SSC|OGC|CFC`)

// clubs claims the names of sports clubs before their city can claim a
// word of them: "Spanish football club FC Barcelona".
func (r *recognizer) clubs(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if !clubPrefixes.has(s.toks[i].text) || s.owner[i] >= 0 {
			continue
		}
		if j := s.nameRun(i+1, 3); j > i+1 && !clubPrefixes.has(s.toks[j-1].text) {
			// "FC Barcelona", "AS Saint-Étienne".
			s.claim(ent{a: i, b: j, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.textOf(r.text, i, j))})
			i = j - 1
			continue
		}
		if t := s.toks[i].text; t != "FC" && t != "AFC" && t != "CFC" {
			continue // "Holy Family RC and CE College": a school's church
		}
		a := i
		for a > 0 && a > i-3 && s.capWord(a-1) && s.owner[a-1] < 0 && !starters.is(s.id(a-1)) {
			a--
		}
		if a < i {
			// "Leeds United AFC".
			s.claim(ent{a: a, b: i + 1, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.textOf(r.text, a, i+1))})
		}
	}
}

// productNames are enterprise products that attackers exploit, named like
// companies: "the MOVEit Transfer servers", "Accellion's File Transfer
// Appliance", "Microsoft Exchange". A product is no victim; the company that
// makes it is one only when the text says it was breached. Longer names
// come first.
var productNames = [][]string{
	{"Accellion", "File", "Transfer", "Appliance"}, {"File", "Transfer", "Appliance"}, {"MOVEit", "Transfer"}, {"MOVEit", "Cloud"},
	{"MOVEit"}, {"GoAnywhere", "MFT"}, {"GoAnywhere"}, {"Cleo", "Harmony"}, {"VLTrader"}, {"LexiCom"},
	{"Microsoft", "Exchange", "Server"}, {"Microsoft", "Exchange"}, {"Exchange", "Server"}, {"SharePoint", "Server"}, {"Microsoft", "SharePoint"},
	{"Confluence", "Server"}, {"Confluence", "Data", "Center"}, {"ConnectWise", "ScreenConnect"}, {"ScreenConnect"},
	{"Kaseya", "VSA"}, {"SolarWinds", "Orion"}, {"Pulse", "Connect", "Secure"}, {"Ivanti", "Connect", "Secure"},
	{"Citrix", "NetScaler"}, {"NetScaler", "ADC"}, {"Citrix", "ADC"}, {"FortiOS"}, {"FortiGate"}, {"PAN-OS"}, {"GlobalProtect"},
	{"vCenter", "Server"}, {"vCenter"}, {"ESXi"}, {"Microsoft", "Internet", "Information", "Services"}, {"Internet", "Information", "Services"},
}

// wordsAt reports whether the tokens from i are the words ws, as written.
func (s *sent) wordsAt(i int, ws []string) bool {
	if i < 0 || i+len(ws) > len(s.toks) {
		return false
	}
	for k, w := range ws {
		if s.toks[i+k].text != w {
			return false
		}
	}
	return true
}

// productsByFirst indexes productNames by their first word, longer names
// first.
var productsByFirst = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range productNames {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
})

// products claims the productNames a sentence writes, as entities of no
// kind: they hold their words against the guesses at organizations. An
// acronym defined for one ("File Transfer Appliance (FTA)") names the
// product in the rest of the report.
func (r *recognizer) products(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if r.productAcronyms[s.toks[i].text] && s.owner[i] < 0 {
			s.claim(ent{a: i, b: i + 1})
			continue
		}
		for _, p := range productsByFirst()[s.toks[i].text] {
			j := i + len(p)
			if s.wordsAt(i, p) && s.free(i, j) {
				for j < len(s.toks) && s.capWord(j) && s.owner[j] < 0 {
					j++ // "Microsoft Exchange Control Panel": a part of the product
				}
				if s.lower(j) == "(" && s.lower(j+2) == ")" && s.toks[j+1].upper && s.owner[j+1] < 0 {
					if r.productAcronyms == nil {
						r.productAcronyms = map[string]bool{}
					}
					r.productAcronyms[s.toks[j+1].text] = true
					j += 3
				}
				s.claim(ent{a: i, b: j})
				i = j - 1
				break
			}
		}
	}
}

// claimedAttackNames reads the one word no list knows between "claimed
// the" and an attack noun as the victim's name: "the IT Army later claimed
// the Lovit attack as its own".
func (r *recognizer) claimedAttackNames(s *sent) {
	for a := 2; a+1 < len(s.toks); a++ {
		if l := s.lower(a - 2); l != "claimed" && l != "claims" && l != "claiming" && l != "behind" || s.lower(a-1) != "the" || s.owner[a] >= 0 ||
			!(s.capWord(a) || s.toks[a].digit && s.toks[a].upper) || s.toks[a].upper && len(s.toks[a].text) < 3 {
			continue // "claimed the Lovit attack", "behind the 3CX attack"
		}
		if !strictAttacks.is(s.id(a+1)) || months.is(s.id(a)) || len(softwareIndex()[s.toks[a].text]) > 0 || len(r.countries[s.toks[a].text])+len(r.demonyms[s.toks[a].text]) > 0 {
			continue
		}
		s.claim(ent{a: a, b: a + 1, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.toks[a].text), guess: true})
	}
}

// localGovernments claims a place's government told in lower case: "the
// Wuhan municipal government", "the Osaka prefectural government".
func (r *recognizer) localGovernments(s *sent) {
	for i := 0; i+2 < len(s.toks); i++ {
		if !s.capWord(i) || s.toks[i].upper || s.lower(i-1) != "the" {
			continue
		}
		b := i + 1
		for b < len(s.toks) && b < i+3 && s.capWord(b) {
			b++
		}
		if !localLevels.is(s.id(b)) || !localBodies.is(s.id(b+1)) || s.toks[b].cap || s.owner[b] >= 0 || s.owner[b+1] >= 0 {
			continue
		}
		if _, _, ok := r.countryAt(s, i); ok {
			continue // "the Chinese provincial government" is the state's
		}
		if _, _, ok := r.demonymAt(s, i); ok {
			continue
		}
		s.claim(ent{a: i, b: b + 2, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.textOf(r.text, i, b+2))})
		i = b + 1
	}
}

// localLevels and localBodies make a place's government: "municipal
// government", "county council".
var (
	localLevels = set(`municipal|city|provincial|county|regional|metropolitan|prefectural|district|state|town|local`)
	localBodies = set(`government|council|administration|authorities`)
)

// upperRun reports whether every word of [a, b) is in capitals.
func upperRun(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].word && !s.toks[k].upper {
			return false
		}
	}
	return true
}

// seenOrganizations reads again the names of organizations an earlier
// sentence recognized, where this one gives no cue of its own: "Western
// Digital's dirty laundry" names the company, and so does "from Western
// Digital's systems" later on.
func (r *recognizer) seenOrganizations(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if !s.toks[i].cap || s.owner[i] >= 0 {
			continue
		}
		j, p, ok := r.match(s, r.seenOrgs, i)
		if !ok {
			continue
		}
		if k := regionAt(s, j); k > j && s.free(j, k) && !s.capWord(k) && !(i > 0 && s.capWord(i-1) && !starters.is(s.id(i-1))) {
			// "EVRAZ North America had been hit": the company's arm in a
			// region, read as the company.
			s.claim(ent{a: i, b: k, kind: graph.Organization, node: r.seenNodes[p.name]})
			i = k - 1
			continue
		}
		if j < len(s.toks) && s.capWord(j) || i > 0 && s.capWord(i-1) && !starters.is(s.id(i-1)) || siteOwner(s, j) {
			continue // part of a longer name
		}
		s.claim(ent{a: i, b: j, kind: graph.Organization, node: r.seenNodes[p.name]})
		i = j - 1
	}
	for i, t := range s.toks {
		if !t.upper || !t.word || len(t.text) < 2 || s.owner[i] >= 0 || s.capWord(i+1) || i > 0 && s.capWord(i-1) && !starters.is(s.id(i-1)) ||
			techAcronyms.is(t.id) || plainAcronyms.is(t.id) || s.lower(i-1) == "its" || s.lower(i-1) == "their" || s.lower(i-1) == "our" {
			continue // not "its PSN migration": a modifier
		}
		if node, ok := r.initials[t.text]; ok && node.ID != "" {
			kind := graph.Organization
			if node.Kind == graph.ThreatActor {
				kind = graph.ThreatActor // "CWA claimed": Crackas With Attitude
			}
			s.claim(ent{a: i, b: i + 1, kind: kind, node: node}) // "since AT was hit": Auckland Transport
		}
	}
}

// plainAcronyms are the short capitals of ordinary prose, never taken for
// the initials of an organization the report named: "IT systems", "the CEO".
var plainAcronyms = set(`it|us|uk|eu|un|ai|id|tv|pc|hr|pr|ok|am|pm|gb|tb|mb|kb|ip|os|ceo|cfo|cto|cio|ciso|coo|api|pdf|usb|pin|faq|gdp|nft|ev|ceos`)

// rememberInitials keeps the initials of an organization named in two or
// more capitalized words ("Auckland Transport" -> "AT"), so that the
// report's later short form reads as it. Two organizations with the same
// initials leave them to neither.
func (r *recognizer) rememberInitials(s *sent, e ent) {
	if e.acronym != "" || e.b-e.a < 2 {
		return
	}
	var b strings.Builder
	for k := e.a; k < e.b; k++ {
		t := s.toks[k]
		switch {
		case acronymJoiners.is(t.id) && !t.cap:
		case t.cap && t.word && !t.upper && !t.digit:
			b.WriteByte(t.text[0])
		default:
			return // "AT&T Inc", "the 2024 Games": no initials to read
		}
	}
	in := b.String()
	if len(in) < 2 || len(in) > 5 || strings.IndexFunc(in, func(c rune) bool { return c < 'A' || c > 'Z' }) >= 0 {
		return
	}
	if r.initials == nil {
		r.initials = map[string]graph.Node{}
	}
	if old, ok := r.initials[in]; ok && old.ID != e.node.ID {
		r.initials[in] = graph.Node{}
		return
	}
	r.initials[in] = e.node
}

// spelledAcronyms claims the organization whose name an acronym in
// parentheses spells out, across the small words inside it: "the
// Organisation for the Prohibition of Chemical Weapons (OPCW)", "the
// Ministry of Economy, Trade and Industry (METI)". Without the acronym the
// name would end at its first small word.
func (r *recognizer) spelledAcronyms(s *sent) {
	for p := 2; p+2 < len(s.toks); p++ {
		acr := s.toks[p+1].text
		if s.toks[p].text != "(" || s.toks[p+2].text != ")" || !s.toks[p+1].upper || len(acr) < 3 || len(acr) > 8 ||
			strings.IndexFunc(acr, func(c rune) bool { return c < 'A' || c > 'Z' }) >= 0 {
			continue
		}
		// Back from the parenthesis, one capitalized word per letter of
		// the acronym, small words between them.
		a, n := p, len(acr)
		for k := p - 1; k >= 0 && n > 0; k-- {
			t := s.toks[k]
			c := k
			if t.text == "." && k > 0 && s.toks[k-1].e == t.s {
				c = k - 1 // "U.S.": the period after the country's letters
			}
			// "U.S. Anti-Doping Agency (USADA)": the country's letters open
			// the acronym.
			if l := strings.ReplaceAll(s.toks[c].text, ".", ""); n < len(acr) && len(l) >= 2 && s.free(c, k+1) && len(r.countries[s.toks[c].text]) > 0 && strings.HasSuffix(acr[:n], l) {
				n -= len(l)
				a = c
				break
			}
			if s.owner[k] >= 0 {
				break
			}
			if acronymJoiners.is(t.id) || t.text == "," && n < len(acr) && len(r.countries[s.toks[k+1].text]) == 0 {
				continue // not "the Academy of Medicine, Singapore (AMS)": the country stays a place
			}
			if parts := strings.Split(t.text, "-"); len(parts) >= 2 && len(parts) <= n && t.cap && !t.upper {
				// "Anti-Doping": a letter for each part.
				ok := true
				for q, part := range parts {
					ok = ok && part != "" && part[0] == acr[n-len(parts)+q]
				}
				if ok {
					n -= len(parts)
					a = k
					continue
				}
			}
			if !t.cap || t.upper && len(t.text) > 1 || t.text[0] != acr[n-1] {
				break
			}
			n--
			a = k
		}
		if n > 0 || p-a < 3 || starters.is(s.id(a)) || techNouns.is(s.id(p-1)) {
			continue // a name of its own words only, which the other steps read; not "Email Security Gateway (ESG)"
		}
		if e, _, ok := r.countryAt(s, a); ok && e >= p {
			continue // "United Arab Emirates (UAE)": a country
		}
		// Only names that read as institutions: not "Outlook Web Access
		// (OWA)" or "Programmable Logic Controller (PLC)", products.
		institution := r.countryIn(s, a, p) != ""
		for k := a; k < p && !institution; k++ {
			lID := s.id(k)
			institution = orgHeads.is(lID) || orgStarts.is(lID) || institutionHeads.is(lID) || acronymInstitutions.is(lID)
		}
		if !institution {
			continue
		}
		name := s.textOf(r.text, a, p)
		e := ent{a: a, b: p, kind: graph.Organization, acronym: acr, node: graph.NewNode(graph.Organization, name, acr)}
		e.country = r.countryIn(s, a, p)
		if s.free(p, p+3) {
			e.b = p + 3
		}
		s.claim(e)
	}
}

// acronymInstitutions are more words of the bodies an acronym may spell
// out: "Superintendence of Health", "Bay Area Rapid Transit",
// "Commonwealth of Independent States".
var acronymInstitutions = set(`commonwealth|states|nations|superintendence|superintendency|transit|transport|transportation|
registry|inspectorate|prosecutor|ombudsman|observatory|treasury|customs|parliament`)

// acronymJoiners are the small words inside a name its acronym skips.
var acronymJoiners = set(`of|for|the|and|on|in|de|del|la|das|do|dos|des|du|y|e|ed|di|dei|degli|della|delle|&|against|to`)

// rememberOrganizations keeps the organizations of two words or more, and
// the acronyms ("PAMI", "ABB"), that the sentence names, for
// seenOrganizations.
func (r *recognizer) rememberOrganizations(s *sent) {
	for _, e := range s.ents {
		acronym := e.b-e.a == 1 && s.toks[e.a].upper && len(s.toks[e.a].text) >= 3 && !s.toks[e.a].digit && len(r.countries[s.toks[e.a].text]) == 0
		for k := e.a - 1; acronym && k >= 0 && k >= e.a-6; k-- {
			acronym = !useVerbs.is(s.id(k)) // "uses both MeshAgent and SSF": a tool, maybe
		}
		if e.kind == graph.ThreatActor && !e.ref && e.node.ID != "" {
			if e.b-e.a >= 3 {
				r.rememberInitials(s, e) // "Crackas With Attitude" -> "CWA", not "Mustang Panda" -> "MP"
			}
			continue
		}
		if e.kind != graph.Organization || e.ref || e.b-e.a < 2 && !acronym || !s.toks[e.a].cap && !acronym || e.node.ID == "" {
			continue
		}
		r.rememberInitials(s, e)
		var words []string
		for k := e.a; k < e.b; k++ {
			words = append(words, s.toks[k].text)
		}
		name := strings.Join(words, " ")
		if _, ok := r.seenNodes[name]; ok {
			continue
		}
		if r.seenOrgs == nil {
			r.seenOrgs, r.seenNodes = map[string][]phrase{}, map[string]graph.Node{}
		}
		r.seenNodes[name] = e.node
		ps := append(r.seenOrgs[words[0]], phrase{words: words, name: name})
		for i := len(ps) - 1; i > 0 && len(ps[i].words) > len(ps[i-1].words); i-- {
			ps[i], ps[i-1] = ps[i-1], ps[i] // longest first
		}
		r.seenOrgs[words[0]] = ps
	}
}

// claimDateline claims a news agency's dateline at the start of a sentence,
// so that nothing in it is read as an entity: "WASHINGTON, May 8 (Reuters)
// -", "KYIV, Ukraine (AP) —", "TAIPEI --". The place opens it in capitals;
// the outlet, if any, is in parentheses; a dash ends it. A dateline whose
// place is in title case ("Kyiv, Ukraine (AP) —") is not claimed, since
// "Lazarus Group (APT38) - ..." has that shape too; its country and agency
// are kept from being victims by dateline (cooccur.go) and onlyDateline.
func claimDateline(s *sent) {
	if len(s.toks) < 3 || !s.toks[0].upper || !s.toks[0].word || len(s.toks[0].text) < 3 {
		return
	}
	paren := false
	for k := 1; k < len(s.toks) && k <= 12; k++ {
		t := s.toks[k]
		switch {
		case t.text == "-" || t.text == "–" || t.text == "—" || t.text == "--":
			if k+1 < len(s.toks) && s.toks[k+1].text == "-" {
				k++ // "--" cut in two
			}
			if k+1 < len(s.toks) && s.toks[k+1].word && !s.toks[k+1].cap {
				return // "ALPHV — also known as BlackCat — appeared": a name and its aside, not a dateline
			}
			if s.free(0, k+1) {
				s.claim(ent{a: 0, b: k + 1})
			}
			return
		case t.text == "(":
			paren = true
		case t.text == ")":
			paren = false
		case paren, t.cap && t.word, t.digit, t.text == ",", t.text == ".", t.text == "/":
		default:
			return
		}
	}
}

// roleReferences reads "the airline" as Air Canada when the report
// introduced Air Canada as an airline ("the airline Air Canada", "Air
// Canada, the country's largest airline"), and remembers the roles the
// sentence gives its organizations. A role two organizations share names
// neither.
func (r *recognizer) roleReferences(s *sent) {
	own := map[int]bool{} // the role nouns of this sentence's own appositions
	remember := func(e ent, noun string) {
		if r.orgRoles == nil {
			r.orgRoles = map[string]graph.Node{}
		}
		if old, ok := r.orgRoles[noun]; ok && old.ID != e.node.ID {
			r.orgRoles[noun] = graph.Node{}
		} else if !ok {
			r.orgRoles[noun] = e.node
		}
	}
	role := func(e ent, k int) {
		own[k] = true
		if genericRoles.is(s.id(k)) {
			return // "the company" may be any of them
		}
		remember(e, s.lower(k))
	}
	for _, e := range s.ents {
		if e.kind != graph.Organization || e.ref || e.node.ID == "" || informedParty(s, e) {
			continue
		}
		if e.b-e.a >= 2 {
			// "Bangkok Airways ... added the airline to its leak site":
			// the last word of a name tells what the organization is.
			for _, noun := range nameRoles[s.lower(e.b-1)] {
				remember(e, noun)
			}
		}
		if roleNouns.is(s.id(e.a-1)) && !s.toks[e.a-1].cap {
			role(e, e.a-1) // "airline Air Canada", "the meatpacker JBS"
		}
		if s.lower(e.b) != "," {
			continue
		}
		// "Air Canada, the country's largest airline,": the head of an
		// apposition, up to its first comma or preposition.
		for k := e.b + 1; k < len(s.toks) && k <= e.b+8; k++ {
			l := s.lower(k)
			if l == "," || l == "." || l == "of" || l == "that" || l == "which" || l == "whose" || l == "in" || l == "with" || l == "for" {
				if k > e.b+2 && roleNouns.is(s.id(k-1)) && (s.lower(e.b+1) == "the" || s.lower(e.b+1) == "a" || s.lower(e.b+1) == "an") {
					role(e, k-1)
				}
				break
			}
		}
	}
	// "Air Canada disclosed that hackers had accessed ...; BianLian later
	// listed the airline": an organization that opens the sentence and
	// tells of its own incident is what a role noun after it names.
	var teller graph.Node
	generic := false // "the company" may stand for the teller too
	for _, e := range s.ents {
		if e.kind == graph.Organization && !e.ref && reportVerbs.is(s.id(e.b)) && firstName(s, e.a) {
			teller = e.node
		}
	}
	if teller.ID == "" {
		// "French industrial giant Schneider Electric has confirmed that
		// ..., after a member of the group claimed to have stolen data
		// from the company's Jira server".
		if e, ok := firstSubject(s); ok {
			teller, generic = e.node, true
		}
	}
	if teller.ID == "" {
		// "Snappfood, Iran's largest food-delivery platform, acknowledged
		// that ..., days after a group began advertising the company's
		// user database".
		teller = appositiveTeller(s)
		generic = teller.ID != ""
	}
	if teller.ID == "" {
		// "Hours before Rite Aid's statement, the RansomHub gang listed
		// the company on its leak site": whose statement tells of it.
		for _, e := range s.ents {
			if e.kind == graph.Organization && !e.ref && (s.lower(e.b) == "'s" || s.lower(e.b) == "’s") && statementNouns.is(s.id(e.b+1)) {
				teller, generic = e.node, true
				break
			}
		}
	}
	if teller.ID == "" && len(s.ents) > 0 {
		// "NVIDIA: In late February the chipmaker confirmed an
		// intrusion": a paragraph headed by a name tells of it.
		for _, e := range s.ents {
			if e.a == s.firstWord() && e.kind == graph.Organization && !e.ref && s.lower(e.b) == ":" {
				teller, generic = e.node, true
			}
		}
	}
	defer r.rememberLastOrg(s, teller)
	for i := 1; i < len(s.toks); i++ {
		n, ok := r.orgRoles[s.toks[i].lower]
		tells := false
		if (!ok || n.ID == "") && teller.ID != "" && (generic && tellerRoles.is(s.toks[i].id) || (roleNouns.is(s.toks[i].id) || bodyNouns.is(s.toks[i].id) && listingVerbs.is(s.id(i-2))) && !genericRoles.is(s.toks[i].id)) {
			// "Court Services Victoria said hackers had stolen recordings,
			// and Qilin later listed the agency on its site".
			n, ok, tells = teller, true, generic
		}
		if (!ok || n.ID == "") && theCompany.is(s.toks[i].id) && r.lastOrg.ID != "" && i-1 > s.firstWord() && !orgBefore(s, i) {
			// "Deutsche Windtechnik said an intrusion had forced it to
			// switch off remote monitoring. Black Basta later listed the
			// company on its leak site": the one organization of the
			// sentences just before.
			n, ok, tells = r.lastOrg, true, true
		}
		if !ok || n.ID == "" || own[i] || s.lower(i-1) != "the" || s.capWord(i+1) || (s.lower(i+1) == "'s" || s.lower(i+1) == "’s") && !tells {
			continue
		}
		if sectorHeads.is(s.id(i+1)) || groupNouns.is(s.id(i+1)) || roleNouns.is(s.id(i+1)) {
			continue // "the airline sector", "the hospital group": a kind of business, or another company
		}
		if o := s.owner[i]; o >= 0 && s.ents[o].kind == graph.Sector && s.ents[o].a == i && s.ents[o].b == i+1 && institutionRefs.is(s.id(i)) {
			s.ents[o].kind, s.ents[o].node = graph.Organization, n // "the airline": Air Canada
		} else if o < 0 && s.owner[i-1] < 0 {
			s.claim(ent{a: i - 1, b: i + 1, kind: graph.Organization, node: n})
		}
	}
}

// statementNouns are what an organization says of its own incident.
var statementNouns = set(`statement|statements|announcement|disclosure|filing|notice|notification|confirmation|admission`)

// theCompany are the plain nouns a report calls its one company by.
var theCompany = set(`company|firm`)

// orgBefore reports whether the sentence names an organization before
// token i: then "the company" may be that one.
func orgBefore(s *sent, i int) bool {
	for _, e := range s.ents {
		if e.a < i && e.kind == graph.Organization {
			return true
		}
	}
	return false
}

// rememberLastOrg keeps the organization that tells of its own incident in
// a sentence, and is the only one the sentence names, for the sentence
// after it (and the one after that, when the next names none). A sentence
// with another organization, or a third without one, forgets it.
func (r *recognizer) rememberLastOrg(s *sent, teller graph.Node) {
	orgs := false
	for _, e := range s.ents {
		if e.kind != graph.Organization || e.node.ID == "" {
			continue
		}
		if e.node.ID != teller.ID {
			r.lastOrg = graph.Node{}
			return
		}
		orgs = true
	}
	if orgs {
		r.lastOrg, r.lastOrgAge = teller, 0
		return
	}
	if r.lastOrgAge++; r.lastOrgAge > 1 {
		r.lastOrg = graph.Node{}
	}
}

// appositiveTeller returns the organization that opens a sentence and,
// after an apposition, tells of something: "Deutsche Windtechnik, a German
// firm that maintains wind turbines, said on April 11 that".
func appositiveTeller(s *sent) graph.Node {
	if len(s.ents) == 0 {
		return graph.Node{}
	}
	e := s.ents[0]
	for _, f := range s.ents[1:] {
		if f.a < e.a {
			e = f
		}
	}
	if e.kind != graph.Organization || e.ref || e.a != s.firstWord() || s.lower(e.b) != "," {
		return graph.Node{}
	}
	from := e.b + 2
	if j := s.entAt(e.b + 1); j >= 0 && s.ents[j].kind == graph.Country && (s.lower(s.ents[j].b) == "'s" || s.lower(s.ents[j].b) == "’s") {
		from = s.ents[j].b + 1 // "Snappfood, Iran's largest food-delivery platform, acknowledged"
	} else if l := s.lower(e.b + 1); l != "a" && l != "an" && l != "the" && l != "one" {
		return graph.Node{}
	}
	for k := from; k < len(s.toks) && k <= e.b+16; k++ {
		if s.lower(k) == "," {
			m := k + 1
			for m < len(s.toks) && m <= k+3 && (perfect.is(s.id(m)) || adverbs.is(s.id(m))) {
				m++
			}
			if reportVerbs.is(s.id(m)) {
				return e.node
			}
			return graph.Node{}
		}
		if !s.toks[k].word && s.lower(k) != "-" {
			return graph.Node{}
		}
	}
	return graph.Node{}
}

// firstName reports whether a name starting at a opens its sentence, after
// a time phrase at most: "That September, Air Canada disclosed".
// firstSubject returns the organization that opens a sentence as the
// subject of a reporting verb ("has confirmed that", "said on Monday"),
// after no other name but places and demonyms.
func firstSubject(s *sent) (ent, bool) {
	first := -1
	for j, e := range s.ents {
		if e.kind != graph.Country && e.kind != graph.Sector && (first < 0 || e.a < s.ents[first].a) {
			first = j
		}
	}
	if first < 0 || s.ents[first].kind != graph.Organization || s.ents[first].ref {
		return ent{}, false
	}
	e := s.ents[first]
	if l := s.lower(e.a - 1); l == "at" || l == "from" || l == "with" || l == "of" {
		return ent{}, false // "Researchers at Check Point later said": the researchers' employer tells of no incident of its own
	}
	k := e.b
	if j := s.entAt(k + 1); (s.lower(k) == "of" || s.lower(k) == "in") && j >= 0 && (s.ents[j].kind == "" || s.ents[j].kind == graph.Country) {
		k = s.ents[j].b // "Planned Parenthood of Montana also confirmed", "Court Services Victoria in Australia said"
	}
	for k < len(s.toks) && k <= e.b+3 && (perfect.is(s.id(k)) || adverbs.is(s.id(k))) {
		k++
	}
	if !reportVerbs.is(s.id(k)) {
		return ent{}, false
	}
	for m := 0; m < e.a; m++ {
		if l := s.lower(m); l == ";" || l == ":" || relatives.has(l) || reportVerbs.is(s.id(m)) {
			return ent{}, false
		}
	}
	return e, true
}

// nameRoles are the role nouns the last word of an organization's name
// gives it: "Bangkok Airways" is an airline and a carrier.
var nameRoles = map[string][]string{
	"airways": {"airline", "carrier"}, "airlines": {"airline", "carrier"},
	"bank": {"bank", "lender"}, "bancorp": {"bank", "lender"},
	"insurance": {"insurer"}, "assurance": {"insurer"},
	"semiconductor": {"chipmaker"}, "semiconductors": {"chipmaker"}, "foundries": {"chipmaker", "foundry"}, "foundry": {"chipmaker", "foundry"},
	"motors": {"automaker", "carmaker"}, "pharmaceuticals": {"drugmaker"}, "pharma": {"drugmaker"},
	"hospital": {"hospital"}, "airport": {"airport"}, "university": {"university"},
}

// sectorHeads after a role noun make it a kind of business: "the airline
// industry".
var sectorHeads = set(`sector|sectors|industry|industries|market|markets|business|businesses|companies|firms|operators|trade|community`)

// tellerRoles are the generic roles that stand for the organization that
// tells of its own incident in the same sentence.
var tellerRoles = set(`company|firm|organization|organisation|business`)

func firstName(s *sent, a int) bool {
	for k := 0; k < a; k++ {
		if s.owner[k] >= 0 || !(s.toks[k].text == "," || months.is(s.id(k)) || s.toks[k].digit || starters.is(s.id(k)) || timeNouns.is(s.id(k))) {
			return false
		}
	}
	return true
}

// institutionRefs are sector words that, after "the", name the one
// institution of that kind the report named: "the university", "the
// hospital". Not "the healthcare sector".
var institutionRefs = set(`university|college|school|hospital|clinic|city|county|council|municipality|ministry|port|airport|
museum|library|bank|insurer|airline|utility|district|parliament|court|judiciary|embassy|newspaper|broadcaster`)

// informedParty reports whether e is told of an incident, not hit by it:
// "said it had informed the UAE Central Bank and law enforcement". A later
// "the bank" is the victim, not the one informed.
func informedParty(s *sent, e ent) bool {
	p := e.a - 1
	if s.lower(p) == "the" {
		p--
	}
	switch s.lower(p) {
	case "informed", "notified", "alerted", "told", "briefed", "contacted", "notify", "inform", "alert":
		return true
	}
	return false
}

// townOf reports whether name is the municipality of the place word: "City
// of Lowell" for "Lowell".
func townOf(name, word string) bool {
	for _, p := range []string{"City of ", "Town of ", "Municipality of ", "Village of ", "Borough of "} {
		if name == p+word {
			return true
		}
	}
	return false
}

// genericRoles fit too many organizations to stand for one.
var genericRoles = set(`company|firm|group|service|platform|provider|developer|startup|outlet|operator|giant|vendor|supplier`)

// orgReferences reads "the port" as the Port of Seattle named before it in
// the document, "the district" as the school district: a definite noun that
// is the first or last word of an organization's name. The organizations of
// the sentence are then remembered for the sentences after it.
func (r *recognizer) orgReferences(s *sent) {
	r.roleReferences(s)
	for i := 1; i < len(s.toks); i++ {
		// "the university" after "the University of Notre Dame Australia":
		// a sector word alone after "the" is that organization too.
		sector := -1
		if o := s.owner[i]; o >= 0 && s.ents[o].kind == graph.Sector && s.ents[o].a == i && s.ents[o].b == i+1 && institutionRefs.is(s.id(i)) {
			sector = o
		}
		if s.lower(i-1) != "the" || s.owner[i] >= 0 && sector < 0 || s.owner[i-1] >= 0 || s.toks[i].cap || !s.toks[i].word {
			continue
		}
		if n, ok := r.orgWords[s.toks[i].lower]; ok && !groupNouns.is(s.toks[i].id) && !(i+1 < len(s.toks) && s.toks[i+1].word && !s.toks[i+1].cap && !afterNoun.is(s.id(i+1)) && !reportVerbs.is(s.id(i+1))) {
			if sector >= 0 {
				s.ents[sector].kind, s.ents[sector].node = graph.Organization, n
				continue
			}
			s.claim(ent{a: i - 1, b: i + 1, kind: graph.Organization, node: n})
		}
	}
	// "from Partnership's servers" after "Partnership HealthPlan of
	// California": the first word of a longer name met before, as an
	// owner, is that organization.
	for i := 0; i+1 < len(s.toks); i++ {
		if l := s.lower(i + 1); l != "'s" && l != "’s" || !s.toks[i].cap || s.toks[i].upper || !s.free(i, i+1) {
			continue
		}
		if n, ok := r.orgFirst[s.toks[i].text]; ok && n.ID != "" {
			s.claim(ent{a: i, b: i + 1, kind: graph.Organization, node: n})
		}
	}
	// "Omni" after "Omni Hotels & Resorts": the first word of a longer name
	// met before, alone, is that organization.
	for i := range s.ents {
		e := &s.ents[i]
		if e.kind != graph.Organization || e.b-e.a != 1 {
			continue
		}
		if n, ok := r.orgWords[s.toks[e.a].lower]; ok && n.ID != e.node.ID && townOf(n.Name, s.toks[e.a].text) {
			e.node = n // "Lowell" after "the City of Lowell": the same town
		} else if n, ok := r.orgWords[s.toks[e.a].lower]; ok && (e.a == 0 && e.b < len(s.toks) && s.toks[e.b].word && !s.toks[e.b].cap || s.lower(e.a-1) == "the") && n.ID != e.node.ID &&
			strings.HasSuffix(strings.ToLower(n.Name), " "+s.toks[e.a].lower) {
			// "County phone lines went down" after "Fulton County", "the
			// Lottery" after "the Ohio Lottery": the head word of a name
			// met before, opening a sentence or after "the".
			e.node = n
		} else if n, ok := r.orgFirst[s.toks[e.a].text]; ok && n.ID != "" && n.ID != e.node.ID {
			e.node = n
		} else if !ok {
			if r.orgAlone == nil {
				r.orgAlone = map[string]bool{}
			}
			r.orgAlone[s.toks[e.a].text] = true
		}
	}
	for i := range s.ents {
		e := &s.ents[i]
		if e.kind != graph.Organization || e.b-e.a < 2 {
			continue
		}
		if r.orgWords == nil {
			r.orgWords = map[string]graph.Node{}
		}
		if last := s.toks[e.b-1]; e.b-e.a == 3 && s.lower(e.a+1) == "of" {
			// "the Municipality of Westmount" after "the City of
			// Westmount": one town.
			if old, ok := r.orgWords[last.lower]; ok && old.ID != e.node.ID && townOf(old.Name, last.text) && townOf(e.node.Name, last.text) {
				e.node = old
			}
		}
		if t := s.toks[e.a]; t.cap && !t.upper && len(t.text) >= 4 && t.word && !starters.is(t.id) && !orgStarts.is(t.id) && !orgHeads.is(t.id) &&
			!runConnectors.is(t.id) && len(r.countries[t.text])+len(r.demonyms[t.text]) == 0 && !s.toks[e.a+1].digit {
			if r.orgFirst == nil {
				r.orgFirst = map[string]graph.Node{}
			}
			old, ok := r.orgFirst[t.text]
			switch {
			case r.orgAlone[t.text]:
				// "Capita" met alone before "Capita Pension Solutions"
				// stays the company it named: the longer name is another.
			case !ok || old.ID == e.node.ID:
				r.orgFirst[t.text] = e.node
			default:
				r.orgFirst[t.text] = graph.Node{} // two organizations share it: neither
			}
		}
		if e.b-e.a == 2 && s.lower(e.a) == "the" && genericRoles.is(s.id(e.a+1)) {
			continue // "the company" as the teller of one sentence: not for the sentences after it
		}
		if informedParty(s, *e) {
			continue // "had informed the UAE Central Bank": no later "the bank"
		}
		for _, k := range []int{e.a, e.b - 1} {
			if w := s.lower(k); len(w) > 3 && !runConnectors.has(w) && !strings.Contains(w, "'") {
				r.orgWords[w] = e.node
			}
		}
	}
}

// shortForms remembers the short forms a text uses for an actor after
// naming it in full: the letters before the digits of "NoName057(16)" or
// "Storm0558" ("NoName"), and the name before a group noun of "the Lazarus
// Group" ("Lazarus"). A short form must be a capitalized word of at least
// four letters that is not a country, a common sentence starter or another
// actor's name; one that two actors share stands for neither.
func (r *recognizer) shortForms(sents []*sent) {
	add := func(words []string, node graph.Node) {
		var short string
		switch {
		case len(words) == 1:
			w := words[0]
			if i := strings.IndexFunc(w, unicode.IsDigit); i >= 4 && strings.IndexFunc(w[:i], func(c rune) bool { return !unicode.IsLetter(c) }) < 0 {
				short = w[:i]
			}
		case len(words) == 2 && (discoverGroupNouns.has(strings.ToLower(words[1])) || strings.ToLower(words[1]) == "team"):
			short = words[0]
		}
		l := strings.ToLower(short)
		if len(short) < 4 || !unicode.IsUpper([]rune(short)[0]) || starters.has(l) || groupNouns.has(l) {
			return
		}
		r.setShort(short, node)
	}
	seen := map[string]bool{}
	for _, s := range sents {
		for _, e := range s.ents {
			if e.kind == graph.ThreatActor && !e.ref && s.lower(e.b) == "(" && s.lower(e.b+2) == ")" && s.owner[e.b+1] < 0 {
				r.acronym(s.toks[e.b+1].text, e.node) // "Cyber Army of Russia Reborn (CARR)"
			}
			if e.kind != graph.ThreatActor || e.ref || e.b-e.a > 2 {
				continue
			}
			text := s.textOf(r.text, e.a, e.b)
			if seen[text] {
				continue
			}
			seen[text] = true
			words := []string{s.toks[e.a].text}
			if e.b-e.a == 2 {
				words = append(words, s.toks[e.a+1].text)
			}
			add(words, e.node)
		}
	}
	for name := range r.discovered {
		node := graph.NewNode(graph.ThreatActor, name)
		if e, ok := r.g.Lookup(name); ok {
			node = r.actorNode(e)
		}
		add(strings.Fields(name), node)
		if ws := strings.Fields(name); r.persons[name] && len(ws) >= 2 {
			// "Ilya Lichtenstein" ... "Lichtenstein signed": a person goes by
			// the surname; a short one ("Song Wu" ... "Wu targeted") when
			// the report shows it at work.
			last := ws[len(ws)-1]
			if l := strings.ToLower(last); (len(last) >= 4 || len(last) >= 2 && r.hackers[last]) && !starters.has(l) && len(r.countries[last]) == 0 {
				r.setShort(last, node)
			}
		}
	}
}

// acronym remembers an actor's acronym written in parentheses after its
// name: two to eight capital letters that are no country and no other
// actor's name.
func (r *recognizer) acronym(a string, node graph.Node) {
	if len(a) < 2 || len(a) > 8 || strings.IndexFunc(a, func(c rune) bool { return c < 'A' || c > 'Z' }) >= 0 {
		return
	}
	r.setShort(a, node)
}

// setShort makes short stand for the actor node, unless it is a country,
// another actor's name in the gazetteer, or a short form two actors share.
func (r *recognizer) setShort(short string, node graph.Node) {
	if _, ok := gazetteer.LookupCountry(short); ok {
		return
	}
	if o, ok := r.g.Lookup(short); ok && r.actorNode(o).ID != node.ID {
		return
	}
	if r.short == nil {
		r.short = map[string]graph.Node{}
	}
	if n, ok := r.short[short]; ok && n.ID != node.ID {
		r.short[short] = graph.Node{} // two actors share it: neither
		return
	}
	r.short[short] = node
}

// index turns the discovered names into a phrase index for claimNames.
func (r *recognizer) index() {
	var names [][2]string
	for n := range r.discovered {
		names = append(names, [2]string{n, ""})
	}
	sort.Slice(names, func(i, j int) bool { return names[i][0] < names[j][0] })
	r.found = phraseIndex(names)
}

// actorNode returns the node of a gazetteer entry, built once per document.
func (r *recognizer) actorNode(e gazetteer.Entry) graph.Node {
	if n, ok := r.nodes[e.Name]; ok {
		return n
	}
	n := r.g.Node(e)
	r.nodes[e.Name] = n
	return n
}

// actors claims the gazetteer's mentions inside the sentence. Sentences come
// in text order, so the mentions are walked once.
func (r *recognizer) actors(s *sent) {
	for r.next < len(r.mentions) && r.mentions[r.next].End <= s.Start {
		r.next++
	}
	for k := r.next; k < len(r.mentions) && r.mentions[k].Start < s.End; k++ {
		m := r.mentions[k]
		if m.End <= s.Start {
			continue
		}
		a, b := -1, -1
		for i, t := range s.toks {
			if t.s >= m.End+1 {
				break
			}
			if a < 0 && t.s >= m.Start && t.s < m.End {
				a = i
			}
			if t.s < m.End && t.e <= m.End+1 {
				b = i + 1
			}
		}
		if a < 0 || b <= a {
			continue
		}
		// The token must not run past the name ("TEMP.Periscopes").
		if last := s.toks[b-1]; last.e > m.End && !strings.HasSuffix(last.text, ".") && !(last.e == m.End+1 && strings.HasSuffix(last.text, "$")) {
			continue
		}
		if strings.HasPrefix(m.Entry.Name, "Operation ") && s.toks[a].text == "Operation" {
			// The galaxy lists some operations among its clusters
			// ("Operation Triangulation"): a campaign, not its actor.
			s.claim(ent{a: a, b: b, kind: graph.Campaign, node: graph.NewNode(graph.Campaign, m.Entry.Name), affOrg: -1})
			continue
		}
		if a > 0 && s.toks[a-1].text == "Operation" && s.owner[a-1] < 0 {
			// "Operation FishMedley, a campaign we attribute to
			// FishMonger": the operation, not the group.
			s.claim(ent{a: a - 1, b: b, kind: graph.Campaign, node: graph.NewNode(graph.Campaign, s.textOf(r.text, a-1, b)), affOrg: -1})
			continue
		}
		if a > 0 && platformBrands.is(s.toks[a-1].id) && s.toks[a-1].cap && s.toks[a-1].e+1 == s.toks[a].s && s.owner[a-1] < 0 {
			continue // "Google Play", "Microsoft Teams": a product that bears the name
		}
		if !s.title && b+1 < len(s.toks) && s.toks[b].cap && s.toks[b-1].e+1 == s.toks[b].s && s.owner[b] < 0 &&
			len(r.countries[s.toks[b].text]) > 0 && s.lower(b+1) != "'s" && s.lower(b+1) != "’s" && !s.toks[b+1].cap {
			// "DragonForce Malaysia, a hacktivist collective": a country
			// written into the name makes another group than the galaxy's.
			s.claim(ent{a: a, b: b + 1, kind: graph.ThreatActor, node: graph.NewNode(graph.ThreatActor, s.textOf(r.text, a, b+1))})
			continue
		}
		if softwareBefore(s, a, b) {
			continue // "the Havex remote-access Trojan": the malware the group is also named for
		}
		if a > 0 && businessRoles.is(s.toks[a-1].id) && !s.toks[a-1].cap && s.owner[a-1] < 0 {
			// "surveillance software vendor Hacking Team": a company that
			// shares its name with a cluster of the galaxy.
			s.claim(ent{a: a, b: b, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.textOf(r.text, a, b))})
			continue
		}
		if b < len(s.toks) && s.owner[b] < 0 && (s.toks[b].text == "Group" || s.toks[b].text == "Gang" || s.toks[b].text == "Team" || s.toks[b].text == "Crew") &&
			!(b+1 < len(s.toks) && (s.toks[b+1].digit || s.toks[b+1].cap)) { // not "Magecart Group 5"
			b++ // "the Carbanak Group": the name with its head, one actor
		}
		if x, y, ok := r.aroundDiscovered(s, a, b); ok {
			// "Scattered LAPSUS$ Hunters" after the report introduced it:
			// the longer name, not the known one inside it.
			name := s.textOf(r.text, x, y)
			s.claim(ent{a: x, b: y, kind: graph.ThreatActor, node: graph.NewNode(graph.ThreatActor, name)})
			continue
		}
		s.claim(ent{a: a, b: b, kind: graph.ThreatActor, node: r.actorNode(m.Entry)})
	}
}

// innerKnown returns the end of a name that runs on through a known actor's
// name right after [a, end): "Scattered LAPSUS$ Hunters", where LAPSUS$ was
// found first. The known actor is emptied; end if there is none.
func innerKnown(s *sent, a, end int) int {
	if end <= a || end >= len(s.toks) {
		return end
	}
	o := s.owner[end]
	if o < 0 || s.ents[o].kind != graph.ThreatActor || s.ents[o].ref || s.ents[o].a != end {
		return end
	}
	in := s.ents[o]
	if in.b >= len(s.toks) || s.toks[in.b].s > s.toks[in.b-1].e+1 || !s.toks[in.b].cap {
		return end
	}
	e2 := s.nameAt(in.b, 2)
	if e2 == in.b {
		return end
	}
	for k := in.a; k < in.b; k++ {
		s.owner[k] = -1
	}
	s.ents[o] = ent{a: in.a, b: in.b, affOrg: -1}
	return e2
}

// aroundDiscovered reports whether a name the document introduced takes in
// the known actor's name at [a, b) with a word or two on either side, or a
// capitalized word before it and a crew's word after it do ("Scattered
// Lapsus$ Hunters"), and returns that name's span.
func (r *recognizer) aroundDiscovered(s *sent, a, b int) (int, int, bool) {
	for p := 0; p <= 2; p++ {
		for q := 0; q <= 2; q++ {
			if p+q == 0 || a-p < 0 || b+q > len(s.toks) || !s.free(a-p, a) || !s.free(b, b+q) {
				continue
			}
			if r.discovered[s.textOf(r.text, a-p, b+q)] {
				return a - p, b + q, true
			}
			// "Scattered Lapsus$ Hunters, the alliance of ...": a word before
			// and a crew's word after make another group's name.
			if p == 1 && q == 1 && s.toks[a-1].cap && s.toks[a-1].word && !starters.is(s.toks[a-1].id) && s.toks[a-1].e+1 == s.toks[a].s &&
				s.toks[b-1].e+1 == s.toks[b].s && crewEnd(s, b) && !groupNouns.is(s.id(b)) {
				return a - 1, b + 1, true
			}
		}
	}
	return 0, 0, false
}

// businessRoles before a name make it a company: "spyware vendor X".
var businessRoles = set(`vendor|company|firm|maker|supplier|contractor|manufacturer|startup|retailer|insurer|lender`)

// softwareBefore reports whether the actor's name [a, b) is a piece of
// ATT&CK software, not ransomware, that a word for malware follows, maybe
// after a lower-case modifier: "the Havex malware", "the Havex
// remote-access Trojan".
func softwareBefore(s *sent, a, b int) bool {
	if !attackSoftwareRun(s, a, b) || ransomwareRun(s, a, b) {
		return false
	}
	for k := b; k < len(s.toks) && k <= b+3; k++ {
		if malwareNouns.is(s.id(k)) && s.lower(k) != "family" && s.lower(k) != "variant" {
			return true
		}
		if s.toks[k].cap && !malwareNouns.is(s.id(k)) || !s.toks[k].word && s.toks[k].text != "-" {
			return false
		}
	}
	return false
}

// platformBrands are the companies whose product names may contain a group's
// name: "Google Play", "Microsoft Teams".
var platformBrands = set(`google|apple|microsoft|amazon|samsung|huawei|xiaomi|android`)

// nameLike reports whether token i can be (part of) a proper name.
func (s *sent) nameLike(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if !t.word || len([]rune(t.text)) < 2 || strings.HasSuffix(t.lower, "-based") {
		return false
	}
	// "xenZen", "kiberphant0m": a handle in camel case or with digits.
	camel := strings.IndexFunc(t.text, unicode.IsUpper) > 0
	if !(t.cap || t.upper || camel || (t.digit && strings.IndexFunc(t.text, unicode.IsLetter) >= 0)) {
		return false
	}
	return !starters.is(t.id) && !notSoftware.is(t.id)
}

// nameAt returns the end of a name of up to max tokens starting at i: name
// tokens, possibly joined by nothing else.
func (s *sent) nameAt(i, max int) int {
	j := i
	for j < len(s.toks) && j-i < max && s.nameLike(j) && s.owner[j] < 0 {
		j++
	}
	return j
}

// seqAt reports whether the lower-case words w start at token i; it
// returns the token after them.
func (s *sent) seqAt(i int, w []string) (int, bool) {
	for k, x := range w {
		if i+k >= len(s.toks) || s.toks[i+k].lower != x {
			return 0, false
		}
	}
	return i + len(w), true
}

// systemNetworks before "network" make it a system of computers, not a
// network of people: "the government's communications network".
var systemNetworks = set(`communications|communication|computer|computers|secure|internal|corporate|private|telecommunications|data|classified|mobile|wireless|satellite|radio|power|payment|payments|interbank`)

// introduced finds actors named by a cue: "a group known as X", "dubbed X".
func (r *recognizer) introduced(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if !introFirst[s.toks[i].lower] {
			continue
		}
		for _, cue := range introCues {
			j, ok := s.seqAt(i, cue)
			if !ok && len(cue) == 2 && cue[0] == "known" {
				j, ok = s.knownToAs(i)
			}
			if !ok {
				continue
			}
			// What is being named: a group, or software?
			isGroup, isSoft, persona := false, false, false
			for k := i - 1; k >= 0 && k >= i-5; k-- {
				l := s.lower(k)
				lID := s.id(k)
				if groupNouns.is(lID) && l != "threat" && l != "hacking" {
					// Not "the incident response team, known as CERT Santé",
					// nor "the tool, which the actor calls GooseEgg", nor
					// "the secure communications network, known as IVBB".
					isGroup = !defenderWords.is(s.id(k-1)) && !namesItsSoftware(s, k) && !(l == "network" && systemNetworks.is(s.id(k-1)))
					isSoft = namesItsSoftware(s, k)
					break
				}
				if personaNouns.is(lID) && (k == i-1 && (s.lower(i) == "calling" || s.lower(i) == "going" || s.lower(i) == "using") || k == i-2 && (s.lower(i-1) == "who" || s.lower(i-1) == "that") && reflexives.is(s.id(i+1))) {
					// "an anonymous figure calling itself Bjorka", "a hacker
					// who calls himself xenZen", "a user going by Fenice", "a
					// seller using the name KryptonZambie": one who names
					// itself is a hacker's persona.
					isGroup, persona = true, true
					break
				}
				if malwareNouns.is(lID) || toolNouns.is(lID) {
					isSoft = true
					break
				}
			}
			if !isGroup && !isSoft {
				// The named thing stands after the verb: "Proofpoint called
				// the operation X", "Microsoft named the group Y".
				k := j
				if l := s.lower(k); l == "the" || l == "this" || l == "that" || l == "its" || l == "their" {
					k++
				}
				if l := s.lower(k); (groupNouns.has(l) && l != "threat" && l != "hacking" || l == "operation") && k > j && s.owner[k] < 0 && !s.toks[k].cap {
					isGroup, j = true, k+1
				}
			}
			if !isGroup || isSoft || cue[len(cue)-1] == "themselves" && !persona {
				continue // "groups calling themselves A and the B": the names' own reading
			}
			if len(cue) == 1 && listingNamed(s, i, j) {
				continue
			}
			if s.lower(j) == "the" {
				j++
			}
			if o := s.owner[min(j, len(s.toks)-1)]; j < len(s.toks) && o >= 0 && s.ents[o].kind == graph.ThreatActor && s.ents[o].a == j {
				r.introducedMore(s, s.ents[o].b) // "known as APT35 and Phosphorus"
				continue
			}
			end := s.nameAt(j, 5)
			if e2 := innerKnown(s, j, end); e2 > end {
				end = e2 // "calling itself Scattered LAPSUS$ Hunters"
			}
			if end-j == 5 && !crewEnd(s, end-1) {
				end-- // a fifth word only ends a crew's name
			}
			if t := s.toks[min(j, len(s.toks)-1)].text; end == j && j+1 < len(s.toks) && (t == "\"" || t == "“") && s.toks[j+1].word {
				// a user calling themselves "kzoldyck": a handle in quotes,
				// however it is written.
				if q := quotedEnd(s, j+1, 3); q > j+1 {
					j, end = j+1, q
				}
			}
			if end == j {
				continue
			}
			// A possessive inside the name: "calls itself Abraham's Ax".
			if l := s.lower(end); (l == "'s" || l == "’s") && s.toks[end].s == s.toks[end-1].e && s.nameLike(end+1) && s.owner[end+1] < 0 {
				end = s.nameAt(end+1, 3)
			}
			name := s.textOf(r.text, j, end)
			if !plausibleActorName(name) {
				continue
			}
			node := graph.NewNode(graph.ThreatActor, name)
			if e, ok := r.g.Lookup(name); ok {
				node = r.actorNode(e)
			}
			r.discovered[name] = true // recognized wherever the document names it again
			s.claim(ent{a: j, b: end, kind: graph.ThreatActor, node: node})
			r.introducedMore(s, end)
		}
	}
}

// introducedMore claims the known actor names that go on the list a naming
// cue opened before token k: "also known as APT35 and Phosphorus", where
// "Phosphorus" alone is too common a word to be found without the cue.
func (r *recognizer) introducedMore(s *sent, k int) {
	for k < len(s.toks) {
		l := s.lower(k)
		if l != "," && l != "and" && l != "or" {
			return
		}
		j := k + 1
		if l == "," && (s.lower(j) == "and" || s.lower(j) == "or") {
			j++
		}
		if o := s.owner[min(j, len(s.toks)-1)]; j < len(s.toks) && o >= 0 {
			if s.ents[o].kind != graph.ThreatActor || s.ents[o].a != j {
				return
			}
			k = s.ents[o].b // "APT35" the gazetteer found already
			continue
		}
		end := s.nameAt(j, 4)
		if end == j {
			return
		}
		e, ok := r.g.Lookup(s.textOf(r.text, j, end))
		if !ok {
			return
		}
		s.claim(ent{a: j, b: end, kind: graph.ThreatActor, node: r.actorNode(e)})
		k = end
	}
}

// knownToAs matches "known to researchers as", "known among security
// researchers as", "known to Microsoft as" at token i; it returns the token after "as".
func (s *sent) knownToAs(i int) (int, bool) {
	if s.lower(i) != "known" || s.lower(i+1) != "to" && s.lower(i+1) != "among" {
		return 0, false
	}
	for k := i + 2; k < len(s.toks) && k <= i+5; k++ {
		t := s.toks[k]
		if t.lower == "as" {
			return k + 1, k > i+2
		}
		if !t.word {
			break
		}
	}
	return 0, false
}

// reflexives after "calls" name oneself: "who calls himself".
var reflexives = set(`itself|himself|herself|themselves`)

// personaNouns name someone who goes by a name of their own choosing.
// entryNamed reports whether one of the entry's names is w, case aside.
func entryNamed(e gazetteer.Entry, w string) bool {
	if strings.EqualFold(e.Name, w) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(a, w) {
			return true
		}
	}
	return false
}

// foundWord reports whether the document introduced w, one word, as an
// actor's name.
func (r *recognizer) foundWord(w string) bool {
	for _, p := range r.found[w] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

// linkSuffixes tie hackers to a group in a compound: "Anonymous-affiliated".
var linkSuffixes = set(`affiliated|linked|aligned|allied|associated`)

// sellerNouns stand for a data seller's persona once it is named: "the
// handle had posted databases from X", "the seller also claimed ...".
var sellerNouns = set(`handle|seller`)

var personaNouns = set(`figure|persona|individual|entity|user|account|hacker|seller|poster`)

func plausibleActorName(name string) bool {
	if len(name) < 3 {
		return false
	}
	if _, ok := gazetteer.LookupCountry(name); ok {
		return false
	}
	if strings.Trim(name, "0123456789 ") == "" {
		return false // a year
	}
	l := strings.ToLower(name)
	return !starters.has(l) && !groupNouns.has(l) && !blocs.has(l)
}

// blocs are political and compass blocs, never a group's name: "the
// collective West".
var blocs = set(`west|east|north|south|the west|the east|global south|global north|west's|east's`)

// infrastructure claims IPv4 addresses and domain names.
func (r *recognizer) infrastructure(s *sent) {
	for i, t := range s.toks {
		if !t.word || s.owner[i] >= 0 || !strings.ContainsAny(t.text, ".[(") {
			continue
		}
		text := strings.ReplaceAll(strings.ReplaceAll(t.text, "[.]", "."), "(.)", ".")
		if isIPv4(text) || isDomain(text) {
			s.claim(ent{a: i, b: i + 1, kind: graph.Infrastructure, node: graph.NewNode(graph.Infrastructure, strings.ToLower(text))})
		}
	}
}

func isIPv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 {
			return false
		}
		n := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				return false
			}
			n = n*10 + int(c-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}

var tlds = set(`com|net|org|info|biz|ru|cn|io|xyz|top|online|site|kh|ua|kp|ir|su|tk|ml|ga|cf|gq|pw|cc|me|co|uk|de|
fr|jp|kr|in|vn|my|sg|hk|tw|us|eu|club|live|space|tech|website|cloud|app|dev|ly|to|ws|mobi|name|pro`)

func isDomain(s string) bool {
	if strings.ContainsAny(s, "/@'’&_") || !strings.Contains(s, ".") || strings.ToLower(s) != s {
		return false
	}
	parts := strings.Split(s, ".")
	if len(parts) < 2 || !tlds.has(parts[len(parts)-1]) {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
	}
	// "e.g", "i.e" and the like are no domains: want a label of 3+ characters.
	return len(parts[len(parts)-2]) >= 3
}

// knownOrganizations claims organizations from the built-in list.
func (r *recognizer) knownOrganizations(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if j, p, ok := r.capMatch(s, r.orgs, i); ok {
			// "Meta" or "Apple" as ordinary words at a sentence start are
			// still names here; the list holds names only.
			if j < len(s.toks) && s.toks[j].cap && s.toks[j].word && orgHeads.is(s.toks[j].id) {
				continue // part of a longer name: "Sony Pictures Entertainment"
			}
			if siteOwner(s, j) {
				continue
			}
			if j < len(s.toks) && s.toks[j].word && (s.toks[j].cap || s.toks[j].digit) && !titles.is(s.toks[j].id) && s.toks[j-1].e+1 == s.toks[j].s {
				continue // a product: "Microsoft Excel", "Microsoft 365"
			}
			s.claim(ent{a: i, b: j, kind: graph.Organization, node: graph.NewNode(graph.Organization, p.name)})
			i = j - 1
		}
	}
}

func (s *sent) capWord(i int) bool {
	if i < 0 || i >= len(s.toks) || s.owner[i] >= 0 {
		return false
	}
	t := s.toks[i]
	return t.word && (t.cap || (t.digit && i > 0 && s.toks[i-1].cap))
}

// bodyName tells a body's name from a person's after a title word: "the
// General Directorate of Intelligence" starts with the head of a body, and
// "of" or "for" never joins the parts of a person's name.
func bodyName(s *sent, a, b int) bool {
	if orgHeads.is(s.id(a)) {
		return true
	}
	for k := a + 1; k < b; k++ {
		if l := s.lower(k); !s.toks[k].cap && (l == "of" || l == "for") {
			return true
		}
	}
	return false
}

// combiningForms are the first parts of compounds of peoples: "Franco-German".
var combiningForms = set(`franco|sino|anglo|russo|indo|afro|euro|austro|italo|greco|turco|irano|judeo|hispano|luso|germano|polono|nippo|korea|us|uk|eu`)

// peoplesCompound reports whether w joins peoples or countries with hyphens:
// "Dutch-German", "US-Israeli", "Sino-Russian".
func (r *recognizer) peoplesCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || combiningForms.has(strings.ToLower(p)) {
			continue
		}
		one := false
		for _, idx := range []map[string][]phrase{r.demonyms, r.countries} {
			for _, ph := range idx[p] {
				one = one || len(ph.words) == 1
			}
		}
		if !one {
			return false
		}
	}
	return true
}

// elided reports whether w is an elided article and a name: "d'Italia",
// "l'Aquila".
func elided(w string) bool {
	if len(w) < 4 || (w[0] != 'd' && w[0] != 'l') {
		return false
	}
	rest := ""
	switch {
	case w[1] == '\'':
		rest = w[2:]
	case strings.HasPrefix(w[1:], "’"):
		rest = w[1+len("’"):]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// foreignWord reports whether the lower-case word at k, right after a
// capitalized word, carries a letter English writes without accents, as the
// words of foreign names do: "Svenska kraftnät". A few loanwords aside.
func foreignWord(s *sent, k int) bool {
	t := s.toks[k]
	if !t.word || t.cap || k == 0 || !s.toks[k-1].cap || !s.toks[k-1].word || loanwords.is(t.id) {
		return false
	}
	for _, r := range t.text {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

var loanwords = set(`café|cafés|naïve|résumé|protégé|fiancé|cliché|décor|rôle|élite|déjà|vu|über|façade|señor|piñata|jalapeño|entrée|soirée|débris|détente|exposé|touché`)

var runConnectors = set(`of|the|and|for|de|du|des|la|le|del|di|da|dei|degli|della|dello|delle|do|dos|das|von|van|&|on`)

// romanceParticles inside a capitalized run make it a name: "Caja
// Costarricense de Seguro Social".
var romanceParticles = set(`de|du|des|del|di|da|do|dos|das|della|dello|degli|dei|delle`)

// romanceRun reports whether a romance particle joins the run [a, b): "de",
// "des", "del".
func romanceRun(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if romanceParticles.is(s.id(k)) {
			return true
		}
	}
	return false
}

// romanceArticles may follow a particle inside a name: "Secretaría de la
// Defensa Nacional", "Banco de los Andes".
var romanceArticles = set(`la|las|los|le|les|el|l'`)

// abbreviatedWords end with a full stop inside a place's or an
// organization's name: "St. Petersburg", "Mt. Sinai Hospital".
var abbreviatedWords = set(`St|Mt|Ft|Ste`)

// nameAbbreviations end a company's name with a period that does not end
// the sentence: "Kadokawa Corp., claimed by ...", "Isetō Co. said".
var nameAbbreviations = set(`Corp|Inc|Co|Ltd|Bros|Cos|Plc|Pty|Pvt`)

// chunks finds runs of capitalized words and classifies them: persons
// (after a title), organizations (with a head noun, an "X of" start, or a
// cue before them), acronyms defined in parentheses.
func (r *recognizer) chunks(s *sent) {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !s.capWord(i) {
			continue
		}
		j := i + 1
		seenOf, ofAt := false, -1
		for j < n {
			if s.capWord(j) {
				j++
				continue
			}
			l := s.lower(j)
			lID := s.id(j)
			// A possessive inside a name: "King's College Hospital", but not
			// after a country: "Russia's Foreign Intelligence Service".
			if (l == "'s" || l == "’s") && s.capWord(j+1) && s.owner[j] < 0 && len(r.countries[s.toks[j+1].text]) == 0 && possessiveName(s, j+1) {
				if e, _, ok := r.countryAt(s, i); !(ok && e == j) && !places.has(strings.ToLower(s.textOf(r.text, i, j))) {
					// Not after a city or a state: "Toronto's Hospital for
					// Sick Children" is the hospital.
					j += 2
					continue
				}
			}
			// A plural possessive inside a name: "Department of Veterans'
			// Affairs", "Children's and Women's" aside.
			// Not after a company's head word: "Lumen Technologies' Black
			// Lotus Labs" is the lab of a company.
			if (l == "'" || l == "’") && s.toks[j].s == s.toks[j-1].e && strings.HasSuffix(s.toks[j-1].text, "s") &&
				s.capWord(j-1) && s.capWord(j+1) && s.owner[j] < 0 && !orgHeads.is(s.id(j-1)) {
				j += 2
				continue
			}
			// An initial: "Sivakumar S. Ganapathy"; an abbreviation: "St.
			// Petersburg".
			if s.toks[j].text == "." && (len([]rune(s.toks[j-1].text)) == 1 || abbreviatedWords.has(s.toks[j-1].text) || r.dottedInitials(s.toks[j-1].text)) && s.toks[j-1].cap && s.capWord(j+1) {
				j++
				continue
			}
			// A list of fields inside an institution's name: "Ministry of
			// Science, Innovation, Technology and Telecommunications".
			// Not "Bank of America, JPMorgan Chase and Wells Fargo": a
			// country after "of" ends the name.
			if l == "," && seenOf && !r.countryEnds(s, ofAt, j) {
				if k := fieldList(s, j); k > j {
					j = k
					continue
				}
			}
			if (l == "et" || l == "y" || l == "e" || l == "ed") && s.owner[j] < 0 && (romanceRun(s, i, j) || s.capWord(j+1) && romanceParticles.is(s.id(j+2)) && s.capWord(j+3)) {
				// "Direction Générale des Impôts et des Domaines",
				// "Ministerio de Ciencia y Tecnología", "Águas e Energia do
				// Porto": "and" in the name's language.
				k := j + 1
				if romanceParticles.is(s.id(k)) {
					k++
					if romanceArticles.is(s.id(k)) {
						k++
					}
				}
				if s.capWord(k) {
					j = k
					continue
				}
			}
			if l == "in" && seenOf && s.owner[j] < 0 && s.capWord(j+1) && s.owner[j+1] < 0 && !s.capWord(j+2) && s.lower(j+2) != "(" && inFields.is(s.id(j+1)) {
				j += 2 // "Canadian Centre for Ethics in Sport": the field is part of the name
				break
			}
			if l == "in" && seenOf && s.owner[j] < 0 && cooperationWords.is(s.id(j-1)) && s.capWord(j+1) && s.owner[j+1] < 0 && !s.capWord(j+2) {
				j += 2 // "Organization for Security and Co-operation in Europe": the region is part of the name
				break
			}
			if runConnectors.is(lID) && s.owner[j] < 0 {
				k := j + 1
				if l == "of" || l == "for" {
					seenOf, ofAt = true, k
					if s.lower(k) == "the" && (l == "of" || l == "for" && (orgHeads.is(s.id(j-1)) || institutionHeads.is(s.id(j-1)) || s.lower(j-1) == "organisation") && s.capWord(k+1)) {
						k++ // "the Organisation for the Prohibition of Chemical Weapons"
					}
				}
				if romanceParticles.is(lID) && romanceArticles.is(s.id(k)) && s.capWord(k+1) {
					k++ // "de la Defensa Nacional"
				}
				if (l == "and" || l == "&") && hostelPair(s, j) {
					j = k
					continue
				}
				if (l == "and" || l == "&") && !(seenOf || l == "&" || andJoins(s, j) || healthBoard(s, i, j)) {
					break
				}
				if l == "and" && j-i >= 2 && closingHeads.is(s.id(j-1)) {
					break // "... Regional Airport and Marlow International Airport": two names
				}
				if l == "the" && s.lower(j-1) != "of" && !(j-i == 1 && orgCues.is(s.id(i-1)) && !s.toks[i-1].cap && s.capWord(k) && !s.capWord(k+1)) {
					break // not "the charity Save the Children": a verb and its object in one name
				}
				if l == "and" && orgStarts.is(s.id(k)) {
					break
				}
				if l == "and" && seenOf && j-i >= 3 && s.toks[k].upper && len(s.toks[k].text) >= 3 && !s.capWord(k+1) && !andAcronyms.is(s.id(k)) {
					break // "the International Association of Athletics Federations and FIFA": two names
				}
				if l == "and" && seenOf && s.hasWord(ofAt, j, "and") {
					break // "Ministry of Economy and Finance and Banco Pichincha": a name has one "and" after "of"
				}
				if l == "and" && seenOf && secondCompany(s, k) {
					break // "the Ministry of Finance and Kellner Bank": two names
				}
				if l == "and" && (s.lower(k+1) == "'s" || s.lower(k+1) == "’s") {
					break // "Jordan's Ministry of Education and Tanzania's College ...": two names
				}
				if l == "on" && (months.is(s.id(k)) || holidayEnd(s, k) > k) {
					break // "told the Commission on Friday", "Travelex on New Year's Eve": a date, not the name's remit
				}
				if s.capWord(k) {
					j = k
					continue
				}
				if romanceParticles.is(lID) && k < len(s.toks) && s.owner[k] < 0 && elided(s.toks[k].text) {
					j = k + 1 // "Hospital General de l'Hospitalet"
					continue
				}
				if m := romanceMiddle(s, k); romanceParticles.is(lID) && m > k {
					j = m // "Société de transport de Montréal"
					continue
				}
			}
			if (j == i+1 || j == i+2 && starters.is(s.id(i))) && romanceHeads.is(s.id(j-1)) && s.owner[j] < 0 {
				if m := romanceTail(s, j); m > j {
					j = m // "Centre hospitalier d'Arles", "Azienda ospedaliera di Padova"
					continue
				}
			}
			break
		}
		r.classify(s, i, j)
		i = j - 1
	}
}

// hasWord reports whether the word w (lower case) is among tokens [a, b).
func (s *sent) hasWord(a, b int, w string) bool {
	for k := max(a, 0); k < b && k < len(s.toks); k++ {
		if s.lower(k) == w {
			return true
		}
	}
	return false
}

// andAcronyms end a ministry's name after "and": "Ministry of Science and
// ICT".
var andAcronyms = set(`ict|it|hiv|aids|stem`)

// inFields end an institution's name after "in": "Centre for Ethics in
// Sport".
var inFields = set(`sport|sports|education|science|sciences|technology|medicine|journalism|economics|society|engineering`)

// cooperationWords before "in" and a region end a body's name:
// "Organization for Security and Co-operation in Europe".
var cooperationWords = set(`co-operation|cooperation`)

// companyEnds end a company's or a facility's name, not the remit of a
// ministry: "Kellner Bank", "Pelton Telecom", not "Human Services".
var companyEnds = set(`bank|telecom|airlines|airways|railways|hospital|university|corporation|corp|inc|ltd|llc|plc|gmbh|company|group|holdings|airport|
center|centre|clinic|college|school|museum`)

// secondCompany reports whether the capitalized words from k, after an "and"
// inside an institution's name, are a company's name of their own: two words
// or more, the last of which ends a company's name.
func secondCompany(s *sent, k int) bool {
	j := k
	for j < len(s.toks) && s.capWord(j) && j-k < 4 {
		j++
	}
	return j-k >= 2 && companyEnds.is(s.id(j-1))
}

// healthBoard reports whether the "and" at j joins the two places of a
// health board's name: "NHS Dumfries and Galloway", "NHS Ayrshire and
// Arran".
func healthBoard(s *sent, i, j int) bool {
	nhs := s.toks[i].text == "NHS" && j-i >= 2 || i > 0 && s.toks[i-1].text == "NHS" && j-i >= 1
	for k := i; k < j; k++ {
		if s.lower(k) == "and" {
			return false // "NHS Lothian and Arran and Marlow Council": one "and" only
		}
	}
	return nhs && s.capWord(j+1) && !s.capWord(j+2) && !romanceParticles.is(s.id(j+2)) && s.toks[j+1].text != "NHS"
}

// andJoins reports whether the "and" at token j joins two parts of one
// organization's name: the part after it ends with a head noun or is
// followed by an acronym, the part before has no head ("Cybersecurity and
// Infrastructure Security Agency (CISA)", "Korea Hydro and Nuclear Power").
func andJoins(s *sent, j int) bool {
	e := j + 1
	for e < len(s.toks) && s.capWord(e) {
		e++
	}
	if e == j+1 {
		return false
	}
	before := 0
	for k := j - 1; k >= 0 && s.capWord(k); k-- {
		before++
	}
	if before >= 2 && closingHeads.is(s.id(j-1)) && orgHeads.is(s.id(e-1)) {
		return false // "Chicago O'Hare International Airport and Los Angeles International Airport (LAX)": two whole names
	}
	if s.lower(e) == "(" && s.toks[min(e+1, len(s.toks)-1)].upper && s.lower(e+2) == ")" {
		return true
	}
	if before >= 2 && e-j-1 == 1 && tradeWords.is(s.id(j-1)) && tradeWords.is(s.id(j+1)) {
		return true // "Mitsubishi UFJ Trust and Banking", "Pacific Gas and Electric": two trades, one name
	}
	if before == 1 && e-j-1 >= 2 && adjectiveWord(s.lower(j-1)) && (institutionHeads.is(s.id(e-1)) || orgHeads.is(s.id(e-1))) {
		return true // "the Industrial and Commercial Bank of China", "arm of Industrial and Commercial Bank of China": one name
	}
	if before == 1 && e-j-1 >= 2 && s.lower(j-2) == "the" && remitWords.is(s.id(j-1)) && institutionHeads.is(s.id(e-1)) {
		return true // "the Food and Drug Administration", "the Fish and Wildlife Service"
	}
	if before == 1 && e-j-1 == 2 && s.lower(j-2) == "the" && !s.toks[j-1].upper && !s.toks[j+1].upper && careHeads.is(s.id(e-1)) {
		return true // "the Rudolf and Stefanie Hospital": a hospital named after two people
	}
	return e-j-1 >= 2 && before >= 2 && institutionHeads.is(s.id(e-1))
}

// careHeads end the names of hospitals and schools, which may honour two
// people joined by "and".
var careHeads = set(`hospital|clinic|infirmary|hospice|sanatorium|school|college`)

// remitWords name what a public body looks after, the first word of a name
// that joins two with "and": "Food and Drug Administration".
var remitWords = set(`food|fish|foreign|home|veterans|consumer|immigration|customs|border|alcohol|trade|industry|commerce|science|education|health|labor|labour|
transport|transportation|energy|environment|agriculture|finance|justice|defense|defence|culture|tourism|water|housing|
land|lands|mines|forestry|fisheries|sport|sports|youth|family|welfare|planning|budget|tax|revenue|audit|statistics`)

// tradeWords name the trades a company's name may join with "and":
// "Trust and Banking", "Gas and Electric", "Light and Power".
var tradeWords = set(`trust|banking|savings|loan|loans|insurance|investment|investments|securities|oil|gas|electric|power|
light|water|energy|trading|engineering|construction|shipbuilding|commerce|industry|industries|finance|development|steel|mining`)

// hostelPair reports whether "and" at j joins two halves of a venue's name:
// "Emerald Queen Hotel and Casino", "Marlow Resort & Spa".
func hostelPair(s *sent, j int) bool {
	return venueWords.is(s.id(j-1)) && venueWords.is(s.id(j+1)) && s.capWord(j+1) && !s.capWord(j+2)
}

var venueWords = set(`hotel|casino|resort|spa|suites|marina|golf|club`)

// closingHeads end a name that nothing after "and" continues: "... Airport
// and ...", "... University and ...".
var closingHeads = set(`airport|airports|hospital|university|college|school|museum|library|port|corporation|inc|ltd|llc|
plc|airlines|airways|railways|hotel|hotels|resorts|casino|clinic|church|cathedral|stadium|zoo|council|authority|agency|commission`)

// adjectiveWord reports whether w has the ending of an adjective
// ("industrial", "economic", "cooperative"): alone it names no one, so
// before "and" it opens a longer name.
func adjectiveWord(w string) bool {
	for _, suf := range []string{"al", "ic", "ive", "ary", "ous"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// possessiveName reports whether the capitalized run at k, after a
// possessive, ends a name of its own kind: "King's College Hospital",
// "Children's Hospital"; not "Schneider Electric's Sustainability Business"
// or "Bybit's Ethereum", a company's division or product.
func possessiveName(s *sent, k int) bool {
	if collectiveOwners.is(s.id(k - 2)) {
		return true // "Boston Children's Health Physicians", "People's Bank"
	}
	for ; k < len(s.toks) && s.capWord(k); k++ {
		if l := s.lower(k); orgHeads.has(l) || institutionHeads.has(l) || l == "college" || l == "hospital" || l == "school" || l == "church" || l == "cathedral" {
			return true
		}
	}
	return false
}

// collectiveOwners are the plural nouns whose possessive sits inside names
// of every kind: "Children's", "Women's", "People's".
var collectiveOwners = set(`children|women|men|people|peoples|veterans|workers`)

// countryEnds reports whether the words from a (after "of", maybe "the")
// to j are a country's name: "of America", "of the United Kingdom".
func (r *recognizer) countryEnds(s *sent, a, j int) bool {
	if a < 0 {
		return false
	}
	if s.lower(a) == "the" {
		a++
	}
	e, _, ok := r.countryAt(s, a)
	return ok && e == j
}

// fieldList returns the end of a list of single capitalized words that
// continues a name after its "of" at the comma j and ends in "and" with one
// more such word ("of Science, Innovation, Technology and
// Telecommunications"), or j when there is none. Words a rule or the
// gazetteer already claimed (countries, known organizations) end it.
func fieldList(s *sent, j int) int {
	// field returns the end of a field of one or two capitalized words
	// at k ("Employment", "Small Business"), or -1.
	field := func(k int) int {
		if !s.capWord(k) || s.owner[k] >= 0 {
			return -1
		}
		if !s.capWord(k + 1) {
			return k + 1
		}
		if s.owner[k+1] < 0 && !s.capWord(k+2) {
			return k + 2
		}
		return -1
	}
	k := j
	for s.lower(k) == "," {
		e := field(k + 1)
		if e < 0 {
			return j
		}
		k = e
	}
	if s.lower(k) != "and" {
		return j
	}
	e := field(k + 1)
	if e < 0 {
		return j
	}
	return e
}

// institutionHeads end names that often hold an "and": "National
// Telecommunications and Information Administration".
var institutionHeads = set(`administration|agency|commission|committee|department|departments|ministry|office|
institute|authority|bureau|council|power|affairs|security|development|research|studies|technology|service`)

// placeOpens reports whether the word at a opens the name of a place and is
// no ordinary word at the start of a sentence: "New" in "the New York Times".
func placeOpens(s *sent, a int) bool {
	if s.lower(a) == "new" && (s.lower(a+1) == "zealand" || s.lower(a+1) == "caledonia" || s.lower(a+1) == "delhi") {
		return true // "the New Zealand Parliament"
	}
	return places.has(s.lower(a)+" "+s.lower(a+1)) || places.has(s.lower(a)+" "+s.lower(a+1)+" "+s.lower(a+2))
}

// classify decides what the capitalized run [a, b) is.
func (r *recognizer) classify(s *sent, a, b int) {
	// Split at verbs and articles inside title-case runs (headlines).
	for k := a + 1; k < b; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if targetVerbs.is(lID) || l == "says" || l == "said" || l == "uses" || ((l == "the" || l == "a" || l == "an") && s.toks[k].cap) {
			r.classify(s, a, k)
			if l == "the" || l == "a" || l == "an" {
				r.classify(s, k+1, b)
			} else {
				r.classify(s, k+1, b)
			}
			return
		}
	}
	// "NHS Lothian", "NHS Dumfries and Galloway": a body of the health service.
	if b-a >= 2 && b-a <= 5 && s.toks[a].text == "NHS" {
		r.organization(s, a, b, true)
		return
	}
	// "the NGO Example Watch": an upper-case cue word starts the run.
	if b-a >= 2 && s.toks[a].upper && orgCues.is(s.id(a)) {
		a++
		if b-a <= 4 {
			r.organization(s, a, b, true)
			return
		}
	}
	// Leading words that start sentences are not part of names.
	// Nor are describing compounds: "Dallas-based Omni Hotels".
	for a < b && (starters.is(s.id(a)) && !placeOpens(s, a) || runConnectors.is(s.id(a)) || months.is(s.id(a)) && b-a > 1 && s.toks[a].cap && !orgHeads.is(s.id(a+1)) ||
		b-a > 1 && describer(s.toks[a].text) || a == 0 && b-a > 1 && leadDescriber(s.lower(a))) {
		a++ // "On Monday Brightwater Financial Services"
	}
	for b > a && runConnectors.is(s.id(b-1)) {
		b--
	}
	if a >= b {
		return
	}
	// A title inside the run: "FireEye Senior Analyst Ben Read".
	for k := b - 1; k > a; k-- {
		if personTitles.is(s.id(k-1)) && b-k >= 2 && b-k <= 3 && !orgHeads.is(s.id(b-1)) && !runConnectors.is(s.id(k)) && !bodyName(s, k, b) {
			t := k - 1
			for t > a && titles.is(s.id(t-1)) {
				t--
			}
			p := s.claim(ent{a: k, b: b, kind: graph.Person, node: graph.NewNode(graph.Person, s.textOf(r.text, k, b))})
			if p >= 0 {
				o := -1
				if end, _, dem := r.demonymAt(s, a); t > a && (dem && end == t || places.has(strings.ToLower(s.textOf(r.text, a, t)))) {
					// "Italian President Sergio Mattarella": a nationality, no
					// organization; "California Governor Gavin Newsom": a state.
				} else if t > a && runConnectors.is(s.id(t-1)) {
					// "the Social Democratic Party of Chancellor Olaf
					// Scholz": the party, without the "of" that ties it
					// to the person.
					if e := t - 1; e > a {
						o = r.organization(s, a, e, true)
					}
				} else if t > a {
					o = r.organization(s, a, t, true)
				} else if j := s.entAt(a - 1); j >= 0 && s.ents[j].kind == graph.Organization {
					o = j // "FireEye Senior Analyst Ben Read", FireEye known already
				}
				if o >= 0 {
					s.ents[p].affOrg = o
				}
			}
			return
		}
	}
	// A title before the run: "analyst Ben Read", "businessman Sivakumar S. Ganapathy".
	if a > 0 && personTitles.is(s.id(a-1)) && !s.toks[a-1].cap && b-a >= 2 && b-a <= 4 && !orgHeads.is(s.id(b-1)) && !bodyName(s, a, b) {
		if _, _, ok := r.countryAt(s, a); !ok {
			p := s.claim(ent{a: a, b: b, kind: graph.Person, node: graph.NewNode(graph.Person, s.textOf(r.text, a, b))})
			// "Mandiant analyst John Smith", "Mandiant senior analyst John Smith".
			t := a - 1
			for t > 0 && titles.is(s.id(t-1)) && !s.toks[t-1].cap {
				t--
			}
			if j := s.entAt(t - 1); p >= 0 && j >= 0 && s.ents[j].kind == graph.Organization {
				s.ents[p].affOrg = j
			}
			return
		}
	}
	// "said Ben Read", "Ben Read said".
	if (s.lower(a-1) == "said" || s.lower(a-1) == "says" || s.lower(b) == "said" || s.lower(b) == "says") &&
		b-a >= 2 && b-a <= 3 && !orgHeads.is(s.id(b-1)) && !localGovHeads.is(s.id(b-1)) && !s.toks[a].upper && r.plainName(s, a, b) && !orgWords(s, a, b) && s.lower(a-1) != "the" {
		// Not "The Houston Rockets said": a person's name takes no article.
		s.claim(ent{a: a, b: b, kind: graph.Person, node: graph.NewNode(graph.Person, s.textOf(r.text, a, b))})
		return
	}
	if s.lower(a-1) == "the" && (s.lower(b) == "said" || s.lower(b) == "says") && b-a >= 2 && b-a <= 3 && !s.toks[a].upper && r.plainName(s, a, b) {
		// "The Houston Rockets said": the body that speaks.
		r.organization(s, a, b, true)
		return
	}
	// "Members of the Cambodia National Rescue Party": the name is what
	// follows "of" when what comes before is no organization itself.
	if !orgStarts.is(s.id(a)) {
		for k := a + 1; k < b-1; k++ {
			if s.lower(k) != "of" {
				continue
			}
			if orgHeads.is(s.id(k - 1)) {
				break
			}
			c := k + 1
			if s.lower(c) == "the" {
				c++
			}
			if c < b && r.organization(s, c, b, false) >= 0 {
				return
			}
			break
		}
	}
	r.organization(s, a, b, false)
}

// shortForm reports whether w, in parentheses after a name that starts
// with first, is the name's short form in mixed case: "Philippine Health
// Insurance Corporation (PhilHealth)". It starts with the name's letter and
// has a capital inside.
func shortForm(w, first string) bool {
	if len(w) < 4 || len(w) > 14 || first == "" || !strings.EqualFold(w[:1], first[:1]) {
		return false
	}
	inner := false
	for i, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		inner = inner || i > 0 && unicode.IsUpper(r)
	}
	return inner && unicode.IsUpper([]rune(w)[0])
}

// syllableForm reports whether w is built from the starts of the words of
// the name [a, b), in order and at least two of them: "Bancomext" for
// "Banco Nacional de Comercio Exterior", "Petrobras" for "Petróleo
// Brasileiro".
func syllableForm(s *sent, w string, a, b int) bool {
	if len(w) < 5 || len(w) > 14 || b-a < 2 {
		return false
	}
	var words []string
	for k := a; k < b; k++ {
		if s.toks[k].cap && s.toks[k].word {
			words = append(words, strings.ToLower(s.toks[k].text))
		}
	}
	var match func(rest string, i, used int) bool
	match = func(rest string, i, used int) bool {
		if rest == "" {
			return used >= 2
		}
		for j := i; j < len(words); j++ {
			for n := min(len(words[j]), len(rest)); n >= 2; n-- {
				if rest[:n] == words[j][:n] && match(rest[n:], j+1, used+1) {
					return true
				}
			}
			if used == 0 {
				return false // the short form opens with the name's first word
			}
		}
		return false
	}
	return match(strings.ToLower(w), 0, 0)
}

// titleAcronyms are offices, not bodies: "the CEO of America's largest
// bank".
var titleAcronyms = set(`ceo|cfo|cto|ciso|coo|cio|vp`)

// plainName: no country, demonym or known organization among the tokens.
func (r *recognizer) plainName(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		if len(r.countries[s.toks[i].text])+len(r.demonyms[s.toks[i].text]) > 0 {
			return false
		}
	}
	return true
}

// organization claims [a, b) as an organization when it looks like one;
// force accepts any name (it stands before a person's title).
func (r *recognizer) organization(s *sent, a, b int, force bool) int {
	last := s.lower(b - 1)
	lastID := s.id(b - 1)
	head := b-a >= 2 && orgHeads.is(lastID)
	// "Health Service Executive": an office named after its service.
	head = head || b-a >= 3 && last == "executive" && orgHeads.is(s.id(b-2))
	// "Mitsubishi UFJ Trust and Banking": two trades joined end a company.
	head = head || b-a >= 4 && s.lower(b-2) == "and" && tradeWords.is(lastID) && tradeWords.is(s.id(b-3))
	start := b-a >= 3 && orgStarts.is(s.id(a)) && s.lower(a+1) == "of"
	for k := a; k < b-1 && b-a >= 3 && !start; k++ {
		// "Korea Institute for National Unification", "US Department of
		// Justice", "Transport for London".
		// "Inter-Parliamentary Alliance on China", "Commission on Elections".
		start = (orgStarts.is(s.id(k)) || orgHeads.is(s.id(k))) && (s.lower(k+1) == "of" || s.lower(k+1) == "for" || s.lower(k+1) == "on") ||
			s.lower(k+1) == "for" && s.toks[k].cap && k+2 < b && s.toks[k+2].cap
	}
	// "PGA of America", "Boy Scouts of America": an acronym, or members
	// in the plural, of a country.
	if !start && b-a >= 3 && s.lower(b-2) == "of" && s.toks[b-1].text == "America" {
		t := s.toks[b-3]
		start = t.upper && len(t.text) >= 2 && len(t.text) <= 6 && b-a == 3 && !titleAcronyms.is(s.id(b-3)) ||
			!t.upper && t.cap && strings.HasSuffix(t.text, "s") && b-a >= 4
	}
	// "Caja Costarricense de Seguro Social", "Banco de la Nación": a
	// lower-case Romance particle inside a capitalized run.
	for k := a + 1; k < b-1 && b-a >= 3 && !start; k++ {
		start = romanceParticles.has(s.toks[k].text) && s.toks[k-1].cap
	}
	if b-a >= 3 && romanceHeads.is(s.id(a)) && s.toks[a+1].word && !s.toks[a+1].cap {
		start = true // "Centre hospitalier d'Arles": a Romance head and its adjective
	}
	// "British Library", "German Foreign Office": a demonym and a name;
	// not "the Finnish IT provider", a description.
	if d, _, ok := r.demonymAt(s, a); ok && d < b && b-a <= 5 && !(b < len(s.toks) && s.toks[b].word && !s.toks[b].cap) {
		start = true
	}
	cue := a > 0 && orgCues.is(s.id(a-1)) && !s.toks[a-1].cap && b-a <= 4
	if a > 1 && s.lower(a-1) == "the" && orgCues.is(s.id(a-2)) && b-a <= 4 {
		cue = true
	}
	// "Korea Hydro and Nuclear Power (KHNP)": a name with its acronym.
	acr := b+2 < len(s.toks) && s.toks[b].text == "(" && s.toks[b+1].upper && s.toks[b+2].text == ")" && b-a >= 2
	if acr {
		// Only names that read as institutions: a country in them or an
		// "and" joining two parts, not "Server Message Block (SMB)".
		joined := false
		for k := a; k < b; k++ {
			joined = joined || s.lower(k) == "and"
		}
		acr = joined || r.countryIn(s, a, b) != ""
	}
	if !(head || start || cue || force || acr) {
		return -1
	}
	if e, _, ok := r.countryAt(s, a); ok && e >= b {
		return -1 // "Saudi Arabia", a country
	}
	if b-a > 12 {
		return -1
	}
	name := s.textOf(r.text, a, b)
	e := ent{a: a, b: b, kind: graph.Organization}
	// An acronym defined right after: "National Rescue Party (CNRP)".
	if b+2 < len(s.toks) && s.toks[b].text == "(" && (s.toks[b+1].upper && len(s.toks[b+1].text) <= 8 || shortForm(s.toks[b+1].text, s.toks[a].text) || syllableForm(s, s.toks[b+1].text, a, b)) && s.toks[b+2].text == ")" {
		e.acronym = s.toks[b+1].text
	}
	e.country = r.countryIn(s, a, b)
	if strings.Contains(strings.ToLower(name), "embass") || strings.Contains(strings.ToLower(name), "consulate") {
		e.noLocate = true
	}
	e.node = graph.NewNode(graph.Organization, name)
	if e.acronym != "" {
		e.node = graph.NewNode(graph.Organization, name, e.acronym)
	}
	if e.acronym != "" && s.free(b, b+3) {
		e.b = b + 3 // the parenthesised acronym belongs to the name
	}
	return s.claim(e)
}

// demonymInstitutions reads "the Cambodian senate" as the organization
// "Cambodian Senate" placed in Cambodia.
func (r *recognizer) demonymInstitutions(s *sent) {
	r.institutionsOf(s)
	for i := 0; i < len(s.toks); i++ {
		j, c, ok := r.demonymAt(s, i)
		prefix := ""
		if !ok {
			// "Germany's foreign office": the German Foreign Office.
			e, c2, ok2 := r.countryAt(s, i)
			if !ok2 || (s.lower(e) != "'s" && s.lower(e) != "’s") {
				continue
			}
			j, c, ok = e+1, c2, true
			prefix = c.Name
			if len(c.Demonyms) > 0 {
				prefix = c.Demonyms[0]
			}
		}
		for _, w := range []int{2, 1} {
			if j+w > len(s.toks) || !s.free(j, j+w) {
				continue
			}
			var words []string
			for k := j; k < j+w; k++ {
				words = append(words, s.toks[k].lower)
			}
			if !institutions.has(strings.Join(words, " ")) || s.toks[j].cap {
				continue
			}
			// "Cambodian government targets": a modifier, not the institution.
			next := s.lower(j + w)
			nextID := s.id(j + w)
			if next != "" && s.toks[j+w].word && !afterNoun.is(nextID) && !auxiliaries.is(nextID) && !clauseStops.is(nextID) {
				continue
			}
			if w == 1 && stateWords.has(words[0]) && words[0] != "ministry" && words[0] != "navy" && words[0] != "army" {
				// "the Chinese government" is the state: the country itself,
				// and, as a victim, its government too.
				e := ent{a: i, b: j + w, kind: graph.Country, node: countryNode(c)}
				if (words[0] == "government" || words[0] == "military") && !sharedModifier(s, j+w) {
					// "the Indian military": the state, and its forces too.
					if prefix == "" {
						prefix = s.textOf(r.text, i, j)
					}
					e.govt = prefix + " " + words[0]
				}
				s.claim(e)
				i = j + w - 1
				break
			}
			q := i - 1
			if compassWords.is(s.id(q)) {
				q-- // "a South American army"
			}
			if a := s.lower(q); (a == "a" || a == "an") && prefix == "" {
				break // "a US hospital chain", "a South American army": a description, no one body
			}
			if prefix == "" {
				prefix = s.textOf(r.text, i, j)
			}
			name := prefix + " " + titleWords(words)
			node := graph.NewNode(graph.Organization, name)
			if words[0] == "armed" {
				node = armedForcesNode(c.Name, c.Code, s.textOf(r.text, i, j+w)) // one node, "the Indian military" too
			} else {
				// "Finland's parliament" is the same body as "the Finnish
				// Parliament": the possessive form is an alias.
				addAlias(&node, c.Name+"'s "+strings.Join(words, " "))
			}
			s.claim(ent{a: i, b: j + w, kind: graph.Organization, node: node, country: c.Code,
				noLocate: words[0] == "embassy"})
			i = j + w - 1
			break
		}
	}
}

// institutionsOf claims a state's institution written in lower case
// before "of" and the country: "the central bank of Kenya", "the
// parliament of Moldova". The name is the institution's title, "Central
// Bank of Kenya", with "Kenya's central bank" as an alias.
func (r *recognizer) institutionsOf(s *sent) {
	for i := 3; i < len(s.toks); i++ {
		if s.lower(i-1) != "of" || s.owner[i-1] >= 0 {
			continue
		}
		end, c, ok := r.countryAt(s, i)
		if !ok || end < len(s.toks) && (s.toks[end].cap || s.lower(end) == "'s" || s.lower(end) == "’s") {
			continue // not "the judiciary of Argentina's Córdoba province"
		}
		for _, w := range []int{2, 1} {
			a := i - 1 - w
			if a < 1 || s.lower(a-1) != "the" || !s.free(a, i) {
				continue
			}
			var words []string
			for k := a; k < i-1; k++ {
				words = append(words, s.toks[k].lower)
			}
			inst := strings.Join(words, " ")
			if !institutions.has(inst) || s.toks[a].cap || stateWords.has(inst) && inst != "parliament" && inst != "senate" {
				continue
			}
			node := graph.NewNode(graph.Organization, titleWords(words)+" of "+c.Name)
			addAlias(&node, c.Name+"'s "+inst)
			s.claim(ent{a: a, b: end, kind: graph.Organization, node: node, country: c.Code})
			break
		}
	}
}

func titleWords(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(out, " ")
}

// countrySubsidiaries joins an organization and the country (or one-word
// region) written right after it into one name: "Bell Canada", "Yamaha Motor
// Philippines", "Bridgestone Americas" are companies, not a company and a
// place. The country's entity is left without a kind, its tokens owned by
// the organization.
func (r *recognizer) countrySubsidiaries(s *sent) {
	for i := range s.ents {
		o := &s.ents[i]
		if o.kind != graph.Organization || o.b >= len(s.toks) {
			continue
		}
		j := s.owner[o.b]
		if j < 0 || j == i {
			continue
		}
		c := &s.ents[j]
		region := c.node.Props["region"] == "true" && !(c.b == c.a+1 && subsidiaryRegions.is(s.id(c.a)))
		if c.kind != graph.Country || c.demonym || region || c.a != o.b || s.toks[o.b-1].e+1 != s.toks[c.a].s || !s.toks[o.b-1].cap && !s.toks[o.b-1].upper {
			continue
		}
		o.b = c.b
		o.country = c.node.Props["iso"]
		for k := c.a; k < c.b; k++ {
			s.owner[k] = i
		}
		*c = ent{a: c.a, b: c.b, affOrg: -1}
		// "Yamaha Canada Music": the name goes on after the country.
		for o.b < len(s.toks) && s.toks[o.b].word && s.toks[o.b].cap && s.toks[o.b-1].e+1 == s.toks[o.b].s && !months.is(s.id(o.b)) {
			k := s.owner[o.b]
			if k >= 0 && !(s.ents[k].kind == graph.Organization && s.ents[k].a == o.b) {
				break
			}
			if k >= 0 {
				for m := s.ents[k].a; m < s.ents[k].b; m++ {
					s.owner[m] = i
				}
				o.b = s.ents[k].b
				s.ents[k] = ent{a: s.ents[k].a, b: s.ents[k].b, affOrg: -1}
				continue
			}
			s.owner[o.b] = i
			o.b++
		}
		o.node = graph.NewNode(graph.Organization, s.textOf(r.text, o.a, o.b))
	}
}

// commonLeads are plural nouns of things that open a sentence, never a
// name: "Names and Social Security numbers were exposed", "Versions of
// UnRAR are affected".
var commonLeads = set(`names|versions|copies|details|numbers|addresses|photos|images|samples|parts|portions|screenshots|
records|files|documents|emails|passwords|credentials|databases|systems|servers|devices|computers|logs|contents|
customers|employees|residents|users|patients|clients|subscribers|passengers|shareholders|policyholders|staff|staffers`)

// leadDescribers are nouns for a kind of company that open a sentence before
// its name, capitalized only for being first: "Brewer Asahi Group
// Holdings", "Insurer Allianz UK".
var leadDescribers = set(`brewer|insurer|retailer|carmaker|automaker|chipmaker|drugmaker|planemaker|lender|grocer|jeweler|jeweller|
broadcaster|manufacturer|distributor|contractor|supermarket|conglomerate|telco|shipper|refiner|miner|meatpacker|bottler|wholesaler|
reinsurer|airline|shipbuilder|homebuilder|publisher`)

// leadDescriber reports whether a sentence's first word, l, is a kind of
// company: one of leadDescribers or a "-maker" ("Steelmaker EVRAZ").
func leadDescriber(l string) bool {
	return leadDescribers.has(l) || len(l) > len("maker")+2 && strings.HasSuffix(l, "maker")
}

// subsidiaryRegions are the one-word regions a company's regional arm is
// named by: "Bridgestone Americas", "Kawasaki Motors Europe".
var subsidiaryRegions = set(`americas|europe|asia|africa|emea|apac|latam|oceania|nordics|benelux|iberia`)

// regionSpellings give the usual name of a region written another way.
var regionSpellings = map[string]string{
	"south-east asia": "Southeast Asia", "south east asia": "Southeast Asia", "south-east europe": "Southeast Europe",
	"north-east asia": "Northeast Asia",
}

// regionAt returns the end of a world region's name written at i ("North
// America", "Europe"), or i.
func regionAt(s *sent, i int) int {
	for w := 3; w >= 1; w-- {
		if i+w > len(s.toks) {
			continue
		}
		var words []string
		for k := i; k < i+w; k++ {
			if !s.toks[k].cap {
				break
			}
			words = append(words, s.toks[k].lower)
		}
		if len(words) == w && regions.has(strings.Join(words, " ")) {
			return i + w
		}
	}
	return i
}

// regions claims names of world regions ("North America", "Southeast Asia")
// as locations of kind Country with the prop region=true, so that no part of
// them is read as a country ("America").
func (r *recognizer) regions(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if !s.toks[i].cap || r.inCountry(s, i) {
			continue
		}
		if compassWords.is(s.toks[i].id) && s.lower(i+1) == "and" && i+3 < len(s.toks) && compassWords.is(s.toks[i+2].id) && s.toks[i+3].cap && s.free(i, i+1) {
			// "North and South America": the first is North America.
			if name := s.toks[i].text + " " + s.toks[i+3].text; regions.has(strings.ToLower(name)) {
				n := graph.NewNode(graph.Country, name)
				n.Props = map[string]string{"region": "true"}
				s.claim(ent{a: i, b: i + 1, kind: graph.Country, node: n})
				continue
			}
		}
		if name, ok := r.compassRegion(s, i); ok {
			// "a Central European manufacturer", "Southeastern Europe".
			n := graph.NewNode(graph.Country, name)
			n.Props = map[string]string{"region": "true"}
			s.claim(ent{a: i, b: i + 2, kind: graph.Country, node: n, demonym: !strings.HasSuffix(name, s.toks[i+1].text)})
			i++
			continue
		}
		if loneRegions.is(s.toks[i].id) && !s.capWord(i+1) && s.free(i, i+1) {
			if nationNouns.is(s.id(i+1)) || s.lower(i+1) == "island" && nationNouns.is(s.id(i+2)) {
				s.claim(ent{a: i, b: i + 1}) // "the Pacific nation": one country, told by its place
				continue
			}
			n := graph.NewNode(graph.Country, s.toks[i].text)
			n.Props = map[string]string{"region": "true"}
			s.claim(ent{a: i, b: i + 1, kind: graph.Country, node: n})
			continue
		}
		if !regionFirst()[s.toks[i].lower] {
			continue
		}
		for w := 3; w >= 1; w-- {
			if i+w > len(s.toks) || !s.free(i, i+w) {
				continue
			}
			var words []string
			for k := i; k < i+w; k++ {
				words = append(words, s.toks[k].lower)
			}
			if _, _, country := r.countryAt(s, i); places.has(strings.Join(words, " ")) && !country {
				if k := i + w; k < len(s.toks) && s.capWord(k) && s.owner[k] < 0 && !months.is(s.id(k)) && !titles.is(s.id(k)) && !s.title {
					// "Dallas County", "the Los Angeles Unified School
					// District", "London Drugs": the place opens a name.
					i += w - 1
					break
				}
				// A state or a city: never a victim by itself, never a
				// country; but "the state governments of Colorado, Kentucky
				// and Mississippi" name the governments by their states.
				if placeGovernment(s, i) {
					s.claim(ent{a: i, b: i + w, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.textOf(r.text, i, i+w))})
				} else {
					s.claim(ent{a: i, b: i + w})
				}
				i += w - 1
				break
			}
			if name, ok := regionDemonyms[strings.Join(words, " ")]; ok {
				n := graph.NewNode(graph.Country, name)
				n.Props = map[string]string{"region": "true"}
				// "the Gulf", "the Gulf region": the region itself, not
				// the adjective of "Gulf states".
				dem := !(w == 1 && s.lower(i-1) == "the" && regions.is(s.toks[i].id) && (s.lower(i+1) == "region" || !s.toks[min(i+1, len(s.toks)-1)].word || s.lower(i+1) == "and" || s.lower(i+1) == "or"))
				s.claim(ent{a: i, b: i + w, kind: graph.Country, node: n, demonym: dem})
				i += w - 1
				break
			}
			if regions.has(strings.Join(words, " ")) {
				name := s.textOf(r.text, i, i+w)
				n := graph.NewNode(graph.Country, name)
				if canon, ok := regionSpellings[strings.Join(words, " ")]; ok {
					// "South-East Asia" is the node "Southeast Asia", the
					// spelling kept as an alias.
					n = graph.NewNode(graph.Country, canon, name)
				}
				n.Props = map[string]string{"region": "true"}
				s.claim(ent{a: i, b: i + w, kind: graph.Country, node: n})
				i += w - 1
				break
			}
		}
	}
}

// communities reads a people, faith or region named by its adjective
// ("Kurdish", "Tibetan", "Arab"), which is no country and no organization.
// Before a noun of people or bodies it makes one victim with that noun:
// "the Kurdish military", "Tibetan and Uyghur communities" (two), "Kurdish
// websites". Alone before another noun it is no entity at all: "Israeli
// and Arab targets", "the former Soviet space". Inside a capitalized name
// ("United Arab Emirates", "Arab Bank") it is left to the name.
func (r *recognizer) communities(s *sent) {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !s.toks[i].cap || !communityAdjectives.is(s.toks[i].id) || !s.free(i, i+1) || s.capWord(i-1) && !s.toks[i-1].upper {
			continue
		}
		// The adjectives of one noun: "Tibetan and Uyghur", "Kurdish, Arab and Turkmen".
		adj := []int{i}
		j := i + 1
		for j+1 < n && (s.lower(j) == "and" || s.lower(j) == "," || s.lower(j) == "or") {
			k := j + 1
			if s.lower(k) == "and" || s.lower(k) == "or" {
				k++
			}
			if k >= n || !s.toks[k].cap || !communityAdjectives.is(s.toks[k].id) || !s.free(k, k+1) {
				break
			}
			adj = append(adj, k)
			j = k + 1
		}
		if s.capWord(j) {
			i = j
			continue // "Arab Bank", "Kurdistan Regional Government": a name
		}
		noun := s.lower(j)
		kind, ok := communityNouns[noun]
		for _, k := range adj {
			if !ok || !s.free(j, j+1) {
				s.claim(ent{a: k, b: k + 1}) // an adjective, no one
				continue
			}
			b := k + 1
			if k == adj[len(adj)-1] {
				b = j + 1
			}
			name := s.toks[k].text + " " + s.toks[j].text
			s.claim(ent{a: k, b: b, kind: kind, node: graph.NewNode(kind, name)})
		}
		i = j
	}
}

// sharedHeads reads names that share one plural head noun: "the Treasury
// and Commerce departments" are the Treasury Department and the Commerce
// Department, "the Foreign and Defence ministries" two ministries.
func (r *recognizer) sharedHeads(s *sent) {
	n := len(s.toks)
	for j := 0; j < n; j++ {
		head, ok := pluralHeads[s.lower(j)]
		if !ok || j < 3 || s.toks[j].cap {
			continue
		}
		// The coordinated names before the head, last first: runs of
		// capitalized words parted by ",", "and" or "or".
		var runs [][2]int
		k := j
		for {
			b := k
			a := b
			for a > 0 && s.capWord(a-1) && s.free(a-1, a) && !starters.is(s.id(a-1)) {
				a--
			}
			if a == b {
				break
			}
			runs = append(runs, [2]int{a, b})
			k = a
			if c := s.lower(k - 1); c == "and" || c == "or" || c == "," {
				k--
				if s.lower(k-1) == "," {
					k-- // "A, B, and C"
				}
				continue
			}
			break
		}
		if len(runs) < 2 || s.lower(runs[len(runs)-1][0]-1) == "," {
			continue
		}
		if c := s.lower(runs[0][0] - 1); c != "and" && c != "or" {
			continue // "Treasury, Commerce departments": no list
		}
		for i, rn := range runs {
			b := rn[1]
			if i == 0 {
				b = j + 1
			}
			name := s.textOf(r.text, rn[0], rn[1]) + " " + head
			s.claim(ent{a: rn[0], b: b, kind: graph.Organization, node: graph.NewNode(graph.Organization, name)})
		}
	}
}

// pluralHeads are the plural head nouns that coordinated names share, and
// the singular each name takes.
var pluralHeads = map[string]string{
	"departments": "Department", "ministries": "Ministry", "agencies": "Agency", "committees": "Committee",
	"commissions": "Commission", "offices": "Office", "councils": "Council",
}

// communityAdjectives name peoples, faiths and historical or cultural
// regions that are no country of the gazetteer.
var communityAdjectives = set(`kurdish|tibetan|uyghur|uighur|sahrawi|tamil|rohingya|baloch|baluch|pashtun|hazara|druze|
yazidi|berber|amazigh|tatar|chechen|catalan|basque|arab|jewish|muslim|sikh|hindu|buddhist|christian|catholic|soviet|
persian|kashmiri|scottish|welsh|flemish|walloon|crimean|cossack|ossetian|abkhaz|karabakh|bahai|baha'i|ahmadi|shia|
shiite|sunni|copt|coptic`)

// communityNouns follow a community's adjective and make it a victim: the
// community itself (a Sector, like other populations) or one of its bodies
// (an Organization).
var communityNouns = map[string]graph.Kind{
	"community": graph.Sector, "communities": graph.Sector, "diaspora": graph.Sector, "diasporas": graph.Sector,
	"activists": graph.Sector, "dissidents": graph.Sector, "exiles": graph.Sector, "minority": graph.Sector,
	"minorities": graph.Sector, "population": graph.Sector, "journalists": graph.Sector, "websites": graph.Sector,
	"media": graph.Sector, "outlets": graph.Sector, "users": graph.Sector, "students": graph.Sector,
	"military": graph.Organization, "forces": graph.Organization, "fighters": graph.Organization,
	"militias": graph.Organization, "authorities": graph.Organization, "officials": graph.Organization,
	"government": graph.Organization, "parties": graph.Organization, "groups": graph.Organization,
	"organizations": graph.Organization, "organisations": graph.Organization,
}

// compassRegion returns the region a point of the compass and a continent
// at token i name, in the words of the text: "Central European" and
// "Central Europe" are Central Europe, "Southeastern European" is
// Southeastern Europe. A country's name or demonym is not one ("South
// Africa", "South African").
func (r *recognizer) compassRegion(s *sent, i int) (string, bool) {
	if i+1 >= len(s.toks) || !compassWords.is(s.toks[i].id) || !s.toks[i+1].cap || !s.free(i, i+2) {
		return "", false
	}
	cont, ok := continents[s.toks[i+1].lower]
	if !ok {
		return "", false
	}
	if j, _, ok := r.countryAt(s, i); ok && j > i+1 {
		return "", false
	}
	if j, _, ok := r.demonymAt(s, i); ok && j > i+1 {
		return "", false
	}
	return s.toks[i].text + " " + cont, true
}

// compassWords open a region's name: "Central Europe", "West African".
var compassWords = set(`central|eastern|western|northern|southern|northeastern|northwestern|southeastern|southwestern|
east|west|north|south|northeast|northwest|southeast|southwest`)

// continents are the continents by their names and adjectives.
var continents = map[string]string{
	"europe": "Europe", "european": "Europe", "asia": "Asia", "asian": "Asia", "africa": "Africa", "african": "Africa",
	"america": "America", "american": "America",
}

// inCountry reports whether token i is inside the name or demonym of a
// country that starts before it: "Africa" in "South Africa", "African" in
// "South African", "Republic" in "Central African Republic".
func (r *recognizer) inCountry(s *sent, i int) bool {
	for k := max(i-3, 0); k < i; k++ {
		if j, _, ok := r.countryAt(s, k); ok && j > i {
			return true
		}
		if j, _, ok := r.demonymAt(s, k); ok && j > i {
			return true // "African" in "South African"
		}
	}
	return false
}

// brandDemonym reports whether the demonym [i, j) stands inside a
// company's name, between two capitalized words of a sentence in running
// text: "Chipotle Mexican Grill", "Royal Dutch Shell"; not "the Kremlin's
// Russian Hackers" in a headline, nor "Microsoft Threat Intelligence".
func brandDemonym(s *sent, i, j int) bool {
	if s.title || i == 0 || j >= len(s.toks) || !s.capWord(i-1) || !s.capWord(j) || s.capWord(j+1) {
		return false
	}
	if s.owner[i-1] >= 0 || s.owner[j] >= 0 || s.toks[i-1].upper || months.is(s.id(i-1)) {
		return false
	}
	w := s.id(j)
	return !groupNouns.is(w) && !hackerNouns.is(w) && !stateWords.is(w) && !orgCues.is(w) && !actorAdjectives.is(w)
}

// places claims countries and demonyms.
func (r *recognizer) places(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 || !s.toks[i].word {
			continue
		}
		if i > 0 && s.toks[i-1].text == "New" && s.toks[i].text == "Jersey" {
			continue
		}
		if j, c, ok := compoundCountry(s, i); ok {
			// "North Korea-based", "Saudi Arabia-linked": a country of
			// several words ends in the compound.
			s.claim(ent{a: i, b: j, kind: graph.Country, node: countryNode(c), demonym: true})
			i = j - 1
			continue
		}
		if j, c, ok := r.countryAt(s, i); ok {
			if s.toks[i].text == "USA" && i > 0 && s.capWord(i-1) {
				continue // "Austal USA": the company's American arm
			}
			if usState(s, i, j) {
				s.claim(ent{a: i, b: j}) // "Bainbridge, Georgia": a US state, a place
				i = j - 1
				continue
			}
			// "Singapore- and Tokyo-based": the first half of a suspended
			// compound is an adjective like the second.
			dem := s.lower(j) == "-" && (s.lower(j+1) == "and" || s.lower(j+1) == "or") && suspendedSuffix(s, j+2)
			s.claim(ent{a: i, b: j, kind: graph.Country, node: countryNode(c), demonym: dem})
			i = j - 1
			continue
		}
		if j, c, ok := r.demonymAt(s, i); ok {
			if brandDemonym(s, i, j) {
				i = j - 1
				continue // "Chipotle Mexican Grill", "Royal Dutch Shell": inside a name
			}
			s.claim(ent{a: i, b: j, kind: graph.Country, node: countryNode(c), demonym: true})
			i = j - 1
			continue
		}
		if j, _, ok := r.pluralDemonymAt(s, i); ok {
			s.claim(ent{a: i, b: j})
			i = j - 1
			continue
		}
		// "China-based", "Russia-nexus", "Iran-linked": an adjective too.
		if k := strings.LastIndexByte(s.toks[i].text, '-'); k > 0 && countrySuffixes.has(s.toks[i].lower[k+1:]) {
			for _, p := range r.countries[s.toks[i].text[:k]] {
				if len(p.words) == 1 {
					c, _ := gazetteer.CountryByCode(p.code)
					s.claim(ent{a: i, b: i + 1, kind: graph.Country, node: countryNode(c), demonym: true})
					break
				}
			}
		}
	}
}

// pluralDemonymAt recognizes the people of a country by the plural of its
// demonym: "Iranians", "South Koreans", "Israelis". Demonyms with no
// plural of their own ("Chinese", "British") are not read this way.
func (r *recognizer) pluralDemonymAt(s *sent, i int) (int, gazetteer.Country, bool) {
	if i < 0 || i >= len(s.toks) || !s.toks[i].cap {
		return 0, gazetteer.Country{}, false
	}
	t := s.toks[i].text
	for _, key := range []string{t, strings.TrimSuffix(t, "s")} {
		for _, p := range r.demonyms[key] {
			n := len(p.words)
			if i+n > len(s.toks) || !s.free(i, i+n) {
				continue
			}
			last := p.words[n-1]
			if !strings.HasSuffix(last, "an") && !strings.HasSuffix(last, "i") || s.toks[i+n-1].text != last+"s" {
				continue
			}
			match := true
			for k := 0; k < n-1; k++ {
				match = match && s.toks[i+k].text == p.words[k]
			}
			if match {
				c, _ := gazetteer.CountryByCode(p.code)
				return i + n, c, true
			}
		}
	}
	return 0, gazetteer.Country{}, false
}

// numberWord reports whether token k counts people: "four", "11".
func numberWord(s *sent, k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k].text
	return teamNumbers.is(s.id(k)) || t != "" && t[0] >= '0' && t[0] <= '9' && !strings.ContainsAny(t, ".,")
}

// dissentAfter reports whether the words after a people's name set them
// apart from their state: "Iranians who oppose the regime", "Russians
// living abroad", "Uyghurs in exile".
func dissentAfter(s *sent, j int) bool {
	switch s.lower(j) {
	case "who", "living", "abroad", "overseas":
		return true
	case "in":
		return s.lower(j+1) == "exile"
	}
	return false
}

// suspendedSuffix reports whether the word at k, or the one after it,
// ends in a country suffix: "Tokyo-based", "Abu Dhabi-linked".
func suspendedSuffix(s *sent, k int) bool {
	for m := k; m < k+2 && m < len(s.toks); m++ {
		if h := strings.LastIndexByte(s.toks[m].lower, '-'); h > 0 && countrySuffixes.has(s.toks[m].lower[h+1:]) {
			return true
		}
	}
	return false
}

// usState reports whether the country name [a, b) is the US state of the
// same name: "Bainbridge, Georgia", "Georgia's Fulton County", "the state
// of Georgia".
func usState(s *sent, a, b int) bool {
	if s.lower(a) != "georgia" || b != a+1 {
		return false
	}
	if s.lower(a-1) == "," && a >= 2 && s.toks[a-2].cap && s.owner[a-2] < 0 {
		return true // "Bainbridge, Georgia"
	}
	if s.lower(a-1) == "of" && s.lower(a-2) == "state" {
		return true
	}
	for k := b; k < len(s.toks) && k <= b+6; k++ {
		if l := s.lower(k); l == "county" || l == "counties" || l == "atlanta" || l == "savannah" || l == "state" && s.lower(k-1) != "," {
			return true // "Georgia's Fulton County", "Georgia state agencies"
		}
	}
	return false
}

// compoundCountry returns the end of a country of two to three words whose
// last word opens a compound at token a or up to two words after it: "North
// Korea-based", "United Arab Emirates-linked".
func compoundCountry(s *sent, a int) (int, gazetteer.Country, bool) {
	if !s.toks[a].cap || starters.is(s.toks[a].id) || s.toks[a].lower == "the" {
		return 0, gazetteer.Country{}, false
	}
	for w := 1; w <= 2 && a+w < len(s.toks); w++ {
		t := s.toks[a+w]
		k := strings.LastIndexByte(t.text, '-')
		if !s.free(a, a+w+1) || !s.toks[a+w-1].cap {
			break
		}
		if k <= 0 {
			continue
		}
		if !countrySuffixes.has(t.lower[k+1:]) {
			break
		}
		words := make([]string, 0, w+1)
		for m := a; m < a+w; m++ {
			words = append(words, s.toks[m].text)
		}
		words = append(words, t.text[:k])
		if c, ok := gazetteer.LookupCountry(strings.Join(words, " ")); ok {
			return a + w + 1, c, true
		}
		break
	}
	return 0, gazetteer.Country{}, false
}

// sectorFirst holds the first words of the sector phrases.
var sectorFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range sectorPhrases {
		w, _, _ := strings.Cut(p, " ")
		m[w] = true
	}
	return m
}()

// sectors claims sector phrases (any case), longest first.
func (r *recognizer) sectors(s *sent) {
	var phrase []byte // the words looked up, reused: the lookup does not copy it
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 || !s.toks[i].word || !sectorFirst[s.toks[i].lower] {
			continue
		}
		for w := 4; w >= 1; w-- {
			if i+w > len(s.toks) || !s.free(i, i+w) {
				continue
			}
			phrase = phrase[:0]
			for k := i; k < i+w; k++ {
				if k > i {
					phrase = append(phrase, ' ')
				}
				phrase = append(phrase, s.toks[k].lower...)
			}
			if name, ok := sectorPhrases[string(phrase)]; ok {
				if name == "Cryptocurrency" && s.lower(i-1) == "stock" {
					break // "told its stock exchanges": a market, not a crypto exchange
				}
				if w == 1 && s.toks[i].lower == "opposition" && (s.lower(i+1) == "research" || s.lower(i+1) == "file" || s.lower(i+1) == "files") {
					break // "opposition research on Donald Trump": a campaign's files, not the opposition
				}
				if s.inName(i, i+w) {
					break // "Change Healthcare", "Korea Hydro and Nuclear Power"
				}
				// The phrase as written is an alias: "the electric utility
				// sector" finds the Energy sector.
				s.claim(ent{a: i, b: i + w, kind: graph.Sector, node: graph.NewNode(graph.Sector, name, sectorAlias(s.textOf(r.text, i, i+w)))})
				i += w - 1
				break
			}
		}
	}
}

// inName reports whether the capitalized words [a, b) are part of a longer
// capitalized name: a capitalized word mid-sentence next to another one.
func (s *sent) inName(a, b int) bool {
	if !s.toks[a].cap {
		return false
	}
	first := a == 0 || !s.toks[a-1].word
	capNext := b < len(s.toks) && s.toks[b].cap && s.toks[b].word
	capPrev := a > 0 && s.toks[a-1].cap && s.toks[a-1].word
	if first {
		return capNext
	}
	return capPrev || capNext || s.toks[a].cap
}

// sectorAlias is a sector phrase as an alias: lower case unless an acronym.
func sectorAlias(text string) string {
	if strings.ToUpper(text) == text {
		return text
	}
	return strings.ToLower(text)
}

// premisesNouns after a name make it a place someone runs, not software:
// "runs the Joseph-Imbert hospital".
var premisesNouns = set(`hospital|hospitals|clinic|clinics|school|schools|university|college|campus|plant|plants|facility|facilities|
station|stations|airport|airports|port|museum|library|hotel|hotels|mine|refinery|store|stores|shop|shops|restaurant|restaurants|farm|farms|prison|prisons`)

// software finds malware and tools by their cues: "using X", "the X
// backdoor", "a backdoor called X".
func (r *recognizer) software(s *sent) {
	n := len(s.toks)
	add := func(a, b int, kindHint graph.Kind) {
		if a >= b || !s.free(a, b) {
			return
		}
		kind := kindHint
		if kind == "" {
			kind = graph.Malware
			for _, k := range []int{b, b + 1, a - 1, a - 2} {
				lID := s.id(k)
				if toolNouns.is(lID) {
					kind = graph.Tool
					break
				}
				if malwareNouns.is(lID) {
					break
				}
			}
		}
		name := s.textOf(r.text, a, b)
		s.claim(ent{a: a, b: b, kind: kind, node: graph.NewNode(kind, name)})
	}
	for i := 0; i < n; i++ {
		lID := s.id(i)
		switch {
		case useVerbs.is(lID):
			if p := s.lower(i - 1); p == "its" || p == "their" || p == "the" || p == "a" || p == "his" || p == "her" {
				continue // "its use of": a noun
			}
			j := i + 1
			for j < n {
				lj := s.lower(j)
				if lj == "the" || lj == "a" || lj == "an" || lj == "its" || lj == "their" || lj == "custom" || lj == "new" ||
					lj == "modified" || lj == "malware" || lj == "tool" || lj == "backdoor" || lj == "updated" {
					j++
					continue
				}
				if (lj == "variants" || lj == "variant" || lj == "version" || lj == "versions") && s.lower(j+1) == "of" {
					j += 2
					continue
				}
				break
			}
			if end := s.nameAt(j, 2); end > j && r.softwareName(s, j, end) && !premisesNouns.is(s.id(end)) {
				add(j, end, "") // not "runs the Joseph-Imbert hospital": a place the subject runs
			}
		case (malwareNouns.is(lID) || toolNouns.is(lID) && !productNouns.is(lID)) && (s.lower(i+1) == "such" && s.lower(i+2) == "as" || s.lower(i+1) == "including" || s.lower(i+1) == "like"):
			// "tools such as AdFind, Atera Agent and SimpleHelp".
			kind := graph.Malware
			if toolNouns.is(lID) {
				kind = graph.Tool
			}
			j := i + 2
			if s.lower(i+1) == "such" {
				j = i + 3
			}
			for j < n {
				end := s.nameAt(j, 3)
				if end == j {
					if o := s.owner[j]; o >= 0 && (s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool) {
						end = s.ents[o].b
					} else if s.owner[j] >= 0 && s.ents[s.owner[j]].guess {
						end = j // an unknown name already taken as a guess: leave it
					} else {
						break
					}
				} else if r.softwareName(s, j, end) || s.toks[j].upper || s.toks[j].digit {
					add(j, end, kind)
				}
				if end == j {
					break
				}
				if l := s.lower(end); l == "," || l == "and" || l == "or" {
					j = end + 1
					if s.lower(j) == "and" || s.lower(j) == "or" {
						j++
					}
					continue
				}
				break
			}
		case malwareNouns.is(lID) || toolNouns.is(lID):
			// "the X backdoor": the name before the noun; not "Rashim
			// Software", a company's name.
			if i > 0 && s.owner[i-1] < 0 && !(s.toks[i].cap && companyWords.is(lID)) && s.nameLike(i-1) && r.softwareName(s, i-1, i) {
				a := i - 1
				if a > 0 && s.nameLike(a-1) && s.owner[a-1] < 0 && !starters.is(s.id(a-1)) && r.softwareName(s, a-1, i) && s.toks[a-1].e+1 == s.toks[a].s {
					a--
				}
				kind := graph.Malware
				if toolNouns.is(lID) {
					kind = graph.Tool
				}
				b := i
				if s.toks[i].cap && toolNouns.is(lID) {
					b++ // "Oracle E-Business Suite": the capitalized noun is part of the product's name
				}
				add(a, b, kind)
			}
			// "a backdoor called X", "the backdoor X", "a trojan that we
			// named X"; not "the story-sharing platform Wattpad", a
			// company's service.
			j := i + 1
			for m := j; m < n && m <= i+4; m++ {
				if l := s.lower(m); l == "that" || l == "which" || l == "we" || l == "they" || l == "researchers" || l == "the" || l == "have" || l == "has" {
					continue
				}
				if l := s.lower(m); (l == "named" || l == "called" || l == "dubbed" || l == "nicknamed" || l == "codenamed") && m > j {
					j = m
				}
				break
			}
			if k, ok := s.seqAt(j, []string{"known", "as"}); ok {
				j = k
			} else if s.lower(j) == "called" || s.lower(j) == "dubbed" || s.lower(j) == "named" || s.lower(j) == "nicknamed" || s.lower(j) == "codenamed" {
				j++
			}
			if s.toks[min(j, n-1)].text == "," && s.owner[i] < 0 {
				// "a new backdoor, TidePool, in phishing messages": the
				// name set off by commas after the noun.
				kind := graph.Malware
				if toolNouns.is(lID) {
					kind = graph.Tool
				}
				if end := s.nameAt(j+1, 2); end > j+1 && end < n && (s.toks[end].text == "," || s.toks[end].text == ".") && r.softwareName(s, j+1, end) && s.owner[j+1] < 0 {
					add(j+1, end, kind)
				} else if end > j+1 && end < n && s.lower(end) == "and" && r.softwareName(s, j+1, end) && s.owner[j+1] < 0 {
					// "two custom pieces of malware, Veaty and Spearal,
					// against": two names set off together.
					if end2 := s.nameAt(end+1, 2); end2 > end+1 && end2 < n && (s.toks[end2].text == "," || s.toks[end2].text == ".") && r.softwareName(s, end+1, end2) && s.owner[end+1] < 0 {
						add(j+1, end, kind)
						add(end+1, end2, kind)
					}
				}
			}
			definite := s.lower(i-1) == "the" || i > 1 && s.lower(i-2) == "the" && !s.toks[i-1].cap
			if end := s.nameAt(j, 2); end > j && r.softwareName(s, j, end) && (j > i+1 || s.toks[j].upper || strings.ContainsAny(s.toks[j].text, "-0123456789") || definite && s.toks[j].cap && s.lower(i) != "platform") {
				kind := graph.Malware
				if toolNouns.is(lID) {
					kind = graph.Tool
				}
				add(j, end, kind)
			}
		}
	}
}

// softwareName rejects names that are countries, demonyms or single ordinary
// capitalized words at the start of a sentence.
func (r *recognizer) softwareName(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		t := s.toks[i]
		if len(r.countries[t.text])+len(r.demonyms[t.text]) > 0 || notSoftware.is(t.id) || starters.is(t.id) {
			return false
		}
		if sectorPhrases[t.lower] != "" || groupNouns.is(t.id) || malwareNouns.is(t.id) || toolNouns.is(t.id) {
			return false
		}
		if strings.HasPrefix(t.lower, "cve-") {
			return false // a vulnerability
		}
		if h := strings.LastIndexByte(t.lower, '-'); h > 0 && (makerSuffixes.has(t.lower[h+1:]) || countrySuffixes.has(t.lower[h+1:])) {
			return false // "an FBI-built tool", "the Russian-speaking ransomware gang"
		}
	}
	return a > 0 || s.toks[a].upper || strings.ContainsAny(s.toks[a].text, "-0123456789")
}

// itTakers are verbs whose "it" is a thing handled, never an actor: "take
// it offline", "shut it down", "make it harder".
var itTakers = set(`take|takes|took|taken|taking|bring|brings|brought|bringing|put|puts|putting|shut|shuts|shutting|
knock|knocks|knocked|knocking|pull|pulls|pulled|pulling|keep|keeps|kept|keeping|restore|restores|restored|restoring|
disconnect|disconnects|disconnected|disconnecting|isolate|isolates|isolated|isolating|rebuild|rebuilds|rebuilt|
rebuilding|wipe|wipes|wiped|make|makes|made|making|leave|leaves|left|leaving|move|moves|moved|moving`)

// actorRefs marks words that stand for the actor in focus: "the group",
// "the hacking group", "this actor", "they", "it".
func (r *recognizer) actorRefs(s *sent) {
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 {
			continue
		}
		l := s.lower(i)
		lID := s.id(i)
		if s.toks[i].upper {
			continue // "IT", not "it"
		}
		if k := strings.LastIndexByte(l, '-'); k > 0 && linkSuffixes.has(l[k+1:]) && hackerNouns.is(s.id(i+1)) && s.owner[i+1] < 0 {
			// "Anonymous-affiliated hackers", "Lazarus-linked hackers":
			// the known group they are tied to.
			w := s.toks[i].text[:k]
			if len(w) >= 4 && len(r.countries[w])+len(r.demonyms[w]) == 0 {
				if e, ok := r.g.Lookup(w); ok && entryNamed(e, w) {
					s.claim(ent{a: i, b: i + 2, kind: graph.ThreatActor, node: r.actorNode(e)})
					continue
				}
				if r.foundWord(w) {
					s.claim(ent{a: i, b: i + 2, kind: graph.ThreatActor, node: graph.NewNode(graph.ThreatActor, w)})
					continue
				}
			}
		}
		switch {
		case l == "it" && i > 0 && itTakers.is(s.id(i-1)):
			// "forcing the department to take it offline": the thing taken.
		case l == "they" || l == "it" || l == "its" || l == "their":
			s.claim(ent{a: i, b: i + 1, kind: graph.ThreatActor, ref: true})
		case l == "groups":
			// "the groups", "all five groups": the actors a list named (see
			// teamOf); with no list before, no one.
			if k := teamRef(s, i); k >= 0 && s.free(k, i+1) {
				s.claim(ent{a: k, b: i + 1, kind: graph.ThreatActor, ref: true})
			}
		case groupAgents.is(lID) && r.namedActor && s.owner[i] < 0 && linkedToGroup(s, i+1) > 0:
			// "accounts linked to the operation claimed attacks against
			// X", "participants tied to the campaign": the actor's own.
			if e := linkedToGroup(s, i+1); s.free(i, e) {
				s.claim(ent{a: i, b: e, kind: graph.ThreatActor, ref: true})
			}
		case accusedPeople.is(lID) && s.lower(i-1) == "same" && s.lower(i-2) == "the" && r.namedActor && s.owner[i] < 0:
			// "Prosecutors said the same conspirators went after X": the
			// people charged as the actor's members.
			if s.free(i-2, i+1) {
				s.claim(ent{a: i - 2, b: i + 1, kind: graph.ThreatActor, ref: true})
			}
		case (groupNouns.is(lID) || sellerNouns.is(lID) && s.lower(i-1) == "the" && r.namedActor) && l != "threat" && l != "hacking" && l != "network" && l != "groups":
			// Needs a definite determiner, possibly with modifiers: "the
			// (hacking) group", "this actor", "a hacking group tied to".
			k := i - 1
			for k >= 0 && k >= i-3 && (groupModifiers.is(s.id(k)) || s.lower(k) == "threat" || demonymAt(s, k)) && !(s.lower(k) == "the" || s.lower(k) == "a" || s.lower(k) == "an") {
				k--
			}
			if k >= 0 && s.lower(k) != "the" && r.namedActor {
				// Only "the Russian group" refers back; "a Russian group" is
				// new, unless no actor was named yet: a lede's "a Russian
				// state-sponsored group" is the one the report names later.
				for m := k + 1; m < i; m++ {
					if demonymAt(s, m) {
						k = -2
						break
					}
				}
				if k == -2 {
					continue
				}
			}
			det := s.lower(k)
			if !r.namedActor && hackerNouns.is(lID) && det != "the" && det != "a" && det != "an" {
				// "Chinese state-sponsored hackers broke into X" before any
				// actor is named: the actor the report names later.
				for m := k + 1; m < i; m++ {
					if d := s.entAt(m); d >= 0 && demonymAt(s, m) {
						if b := s.ents[d].b; b <= i && s.free(b, i+1) {
							s.claim(ent{a: b, b: i + 1, kind: graph.ThreatActor, ref: true})
						}
						break
					}
				}
				continue
			}
			if det == "the" || det == "this" || det == "that" || (det == "a" && i > k+1) {
				// "the group of Chinese hackers" is no reference; "accused the
				// group of breaching X" is.
				ofDeed := s.lower(i+1) == "of" && strings.HasSuffix(s.lower(i+2), "ing") && !s.toks[i+2].cap && det == "the" && accuseVerbs.is(s.id(k-1))
				if s.lower(i+1) == "of" && !ofDeed || (k >= 0 && s.owner[k] >= 0) {
					continue
				}
				if l == "team" && (s.lower(i+1) == "at" || s.lower(i+1) == "from" || s.lower(i+1) == "behind") {
					continue // "the team at Pelton Labs": researchers, not attackers
				}
				a := k
				for a+1 < i && demonymAt(s, a+1) {
					a++ // "the Russian group": the reference leaves the demonym to attribution
				}
				if a > k {
					a++
				}
				// "the hackers" only for hackers/attackers with "the".
				if (l == "hackers" || l == "actors" || l == "attackers" || l == "spies" || l == "operators" || l == "intruders" || l == "criminals" || l == "cybercriminals" || l == "extortionists") && det != "the" {
					continue
				}
				if a < 0 {
					a = 0
				}
				if s.free(a, i+1) {
					s.claim(ent{a: a, b: i + 1, kind: graph.ThreatActor, ref: true})
				}
			}
		}
	}
}

// groupAgents are the people and accounts that act for a group.
var groupAgents = set(`accounts|participants|members|supporters|volunteers|affiliates|operatives`)

// linkedToGroup returns the end of "linked to the operation", "tied to the
// group", "affiliated with the collective" from k, or 0.
func linkedToGroup(s *sent, k int) int {
	switch s.lower(k) {
	case "linked", "tied", "connected":
		if s.lower(k+1) != "to" {
			return 0
		}
	case "associated", "affiliated", "aligned":
		if s.lower(k+1) != "with" {
			return 0
		}
	default:
		return 0
	}
	if s.lower(k+2) != "the" {
		return 0
	}
	switch s.lower(k + 3) {
	case "operation", "group", "collective", "campaign", "movement", "gang", "crew":
		return k + 4
	}
	return 0
}

// hackerNouns name attackers in the plural: "Chinese hackers".
var hackerNouns = set(`hackers|attackers|spies|operators|intruders|criminals|cybercriminals|extortionists`)

// demonymAt reports whether token k belongs to a demonym.
func demonymAt(s *sent, k int) bool {
	j := s.entAt(k)
	return j >= 0 && s.ents[j].kind == graph.Country && s.ents[j].demonym
}

// regionFirst holds the first words of regions and region adjectives.
var regionFirst = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range regions.words {
		w, _, _ := strings.Cut(p, " ")
		m[w] = true
	}
	for p := range regionDemonyms {
		w, _, _ := strings.Cut(p, " ")
		m[w] = true
	}
	for _, p := range places.words {
		w, _, _ := strings.Cut(p, " ")
		m[w] = true
	}
	return m
})

// orgWords reports whether [a, b) holds a word of organization names ("of",
// "Department", "Agency"): not a person's name.
func orgWords(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if l := s.lower(k); l == "of" || l == "for" || orgHeads.has(l) || orgStarts.has(l) {
			return true
		}
	}
	return false
}

// productNouns name software in general, not an attacker's tools: "widely
// used software such as Log4J" lists products that get exploited.
var productNouns = set(`software|platform|platforms|program|suite|products|applications`)

// countryNodes holds the node of every country, built once: a country's
// node carries many aliases and is asked for at every mention.
var countryNodes = sync.OnceValue(func() map[string]graph.Node {
	m := map[string]graph.Node{}
	for _, c := range gazetteer.Countries() {
		m[c.Code] = c.Node()
	}
	return m
})

// countryNode returns the node of country c.
func countryNode(c gazetteer.Country) graph.Node {
	if n, ok := countryNodes()[c.Code]; ok {
		return n
	}
	return c.Node()
}

// makerSuffixes end adjectives of origin: "FBI-built", "US-made".
var makerSuffixes = set(`built|made|developed|owned|based|linked|backed|run|operated|designed|written`)

// sharedModifier reports whether the word before k modifies, with the words
// coordinated after it, a noun of victims that follows: "Indian government
// and private websites", "South Korean government, military, and defense
// organizations".
func sharedModifier(s *sent, k int) bool {
	if l := s.lower(k); l != "and" && l != "or" && l != "," {
		return false
	}
	for m := k; m < len(s.toks) && m <= k+6; m++ {
		l := s.lower(m)
		lID := s.id(m)
		switch {
		case victimNouns.is(lID) || listNouns.is(lID) || l == "sites" || l == "websites" || l == "web":
			return true
		case l == "and" || l == "or" || l == ",":
		case !s.toks[m].word || s.toks[m].cap || clauseStops.is(lID) || auxiliaries.is(lID) || apposDeterminers.is(lID) || l == "its" || l == "their":
			return false // "Pakistan's military and its nuclear authorities": a noun of its own
		}
	}
	return false
}

// descriptions reads an unnamed organization that a report places, "a
// government organization in Taiwan", "an IT service provider in South
// Asia", "a Middle Eastern telecommunications company", as an organization
// of its own: vendor reports name most victims this way. The article is
// left out of the name; the description must say where the organization is
// (a demonym or region before the head noun, or "in <place>" after it), and
// a capitalized name right after it is the organization itself ("a Dutch
// company Pelton") and is read instead.
func (r *recognizer) descriptions(s *sent) {
	n := len(s.toks)
	for i := 0; i+2 < n; i++ {
		if l := s.lower(i); l != "a" && l != "an" && l != "one" || s.toks[i].cap && i > 0 {
			continue
		}
		found := false
		for k := i + 1; k < n && k <= i+10 && !found; k++ {
			found = descriptionHeads.is(s.toks[k].id)
		}
		if !found {
			continue // most articles open no description: skip the lookups
		}
		head, code, region := -1, "", ""
		for k, mods := i+1, 0; k < n && mods <= 6; mods++ {
			if !s.free(k, k+1) {
				break
			}
			if name, ok := r.compassRegion(s, k); ok {
				region, k = name, k+2
				continue
			}
			if j, c, ok := r.demonymAt(s, k); ok {
				code, k = c.Code, j
				continue
			}
			if j, c, ok := r.countryAt(s, k); ok && j < n && !s.toks[j].cap && s.toks[j].word {
				code, k = c.Code, j // "a U.S. state legislature"
				continue
			}
			if name, w := r.regionWords(s, k); w > 0 {
				region, k = name, k+w
				continue
			}
			t := s.toks[k]
			acronym := t.upper && len(t.text) <= 3 && s.free(k, k+1) // "an IT service provider"
			if !t.word || t.cap && !acronym || t.digit || functionWords.is(t.id) && t.lower != "and" || defenderWords.is(t.id) || describeStops.is(t.id) {
				break
			}
			if descriptionHeads.is(t.id) {
				head = k
				break
			}
			k++
		}
		if head < 0 || s.lower(head-1) == "and" {
			continue
		}
		for head+1 < n && descriptionHeads.is(s.toks[head+1].id) && !s.toks[head+1].cap && s.free(head+1, head+2) {
			head++ // "a European government organization"
		}
		if p := s.lower(i - 1); p == "," && i > 1 && namedBefore(s, i-2) || beVerbs.has(p) || p == "as" || p == "became" || p == "becomes" {
			continue // "Zellis, a British payroll provider", "X is a Dutch firm": a named one described
		}
		end := head + 1
		p := end
		switch s.lower(p) {
		case "based", "headquartered", "located":
			if s.lower(p+1) == "in" {
				p += 2
			} else {
				p = -1
			}
		case "in":
			p++
		default:
			p = -1
		}
		if p > 0 {
			if s.lower(p) == "the" {
				p++
			}
			if compassWords.is(s.id(p)) && !s.toks[p].cap {
				p++ // "in western Ukraine"
			}
			if p >= len(s.toks) {
				continue // the sentence ends: no place named
			}
			if j, c, ok := r.countryAt(s, p); ok {
				end, code = j, c.Code
			} else if name, ok := r.compassRegion(s, p); ok {
				end, region = p+2, name
			} else if name, w := r.regionWords(s, p); w > 0 {
				end, region = p+w, name
			} else if w := placeWords(s, p); w > 0 {
				end = p + w
			}
		}
		if code == "" && region == "" || end < len(s.toks) && s.toks[end].cap && s.toks[end].word && end == head+1 {
			continue
		}
		if end < len(s.toks) && (s.lower(end) == "of" || s.lower(end) == "'s" || s.lower(end) == "’s") {
			continue // "a subsidiary of X", "a ministry's": the name comes after
		}
		if s.lower(end) == "," && end+1 < len(s.toks) && s.toks[end+1].cap && s.lower(end+2) != "and" {
			continue // "a Brazilian facility, Hospital Santa Rita,": the name follows
		}
		start := i + 1
		for k := start; k < head; k++ {
			if participles.is(s.id(k)) || s.lower(k) == "unnamed" || s.lower(k) == "unidentified" {
				start = k + 1 // "an affected university in Southeast Asia"
			}
		}
		node := graph.NewNode(graph.Organization, s.textOf(r.text, start, end))
		node.Props = map[string]string{"described": "true"}
		secText := ""
		if sec, a, b := sectorIn(s, start, head+1); sec != "" {
			node.Props["sector"] = sec
			secText = sectorAlias(s.textOf(r.text, a, b))
		}
		if region != "" {
			node.Props["place"] = region
		}
		if s.claim(ent{a: start, b: end, kind: graph.Organization, node: node, country: code, secText: secText}) >= 0 {
			i = end - 1
		}
	}
}

// regionWords returns the region named at k and its length in words
// ("Southeast Asia", "the Middle East" without its article, "Middle
// Eastern"), or 0.
func (r *recognizer) regionWords(s *sent, k int) (string, int) {
	if !s.toks[min(k, len(s.toks)-1)].cap {
		return "", 0
	}
	for w := 3; w >= 1; w-- {
		if k+w > len(s.toks) || !s.free(k, k+w) {
			continue
		}
		words := make([]string, 0, w)
		for m := k; m < k+w; m++ {
			words = append(words, s.toks[m].lower)
		}
		key := strings.Join(words, " ")
		if name, ok := regionDemonyms[key]; ok {
			return name, w
		}
		if regions.has(key) {
			return s.textOf(r.text, k, k+w), w
		}
	}
	return "", 0
}

// placeGovernment reports whether the state or city at i is named for its
// government: "the government of Kentucky", "the state governments of
// Colorado, Kentucky and Mississippi" (each place of the list after it).
func placeGovernment(s *sent, i int) bool {
	k := i - 1
	for n := 0; n < 4 && k > 0 && (s.lower(k) == "," || s.lower(k) == "and"); n++ {
		// Back over the list to the place that opens it.
		m := k - 1
		for m > 0 && s.toks[m].cap && s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.Organization {
			m--
		}
		if m == k-1 {
			return false
		}
		k = m
		if s.lower(k) == "," || s.lower(k) == "and" {
			continue
		}
		break
	}
	if s.lower(k) != "of" {
		return false
	}
	l := s.lower(k - 1)
	return l == "government" || l == "governments" || l == "administration" || l == "administrations"
}

// placeWords returns the length of a state or city named at k, or 0.
func placeWords(s *sent, k int) int {
	for w := 3; w >= 1; w-- {
		if k+w > len(s.toks) || !s.toks[k].cap {
			continue
		}
		words := make([]string, 0, w)
		for m := k; m < k+w; m++ {
			words = append(words, s.toks[m].lower)
		}
		if places.has(strings.Join(words, " ")) {
			return w
		}
	}
	return 0
}

// descriptionHeads end the description of an unnamed organization.
var descriptionHeads = set(`organization|organisation|company|firm|ministry|bank|provider|operator|agency|university|
institute|institution|entity|manufacturer|maker|embassy|hospital|department|contractor|association|school|nonprofit|
non-profit|ngo|utility|insurer|retailer|airline|authority|office|consulate|laboratory|lab|newspaper|broadcaster|
exchange|municipality|council|legislature|parliament|administration|plant|facility|shelter|clinic|charity|developer|
supplier|conglomerate|publisher|distributor|government|corporation|enterprise|party|center|centre|refinery|port`)

// describeStops end a description before any head: words of a clause or of
// the actor's side ("a group", "a threat actor").
var describeStops = set(`group|actor|actors|gang|crew|hacker|hackers|attacker|attackers|campaign|operation|report|
that|which|who|whose|with|by|from|for|to|of|on|at|as|in|was|is|were|are|has|had|have|been|said|says|new|number|
series|variety|range|lot|few|couple|handful|total|dozen|string|wave|list|mix|part|member|subsidiary|unit|arm|
division|branch|customer|client|partner|vendor|target|victim`)

// sectorIn returns the sector that words [a, b) name, the longest phrase
// first ("telecommunications company" is Telecommunications), and where
// the phrase stands; "" if none.
func sectorIn(s *sent, a, b int) (string, int, int) {
	for i := a; i < b; i++ {
		for w := min(4, b-i); w >= 1; w-- {
			words := make([]string, 0, w)
			for k := i; k < i+w; k++ {
				words = append(words, s.toks[k].lower)
			}
			if name, ok := sectorPhrases[strings.Join(words, " ")]; ok {
				return name, i, i + w
			}
		}
	}
	return "", 0, 0
}

// namedBefore reports whether token k ends a name that a description after
// a comma may describe: "Kinmax Technology, a Taiwanese hardware
// supplier", not "In Taiwan, a government organization".
func namedBefore(s *sent, k int) bool {
	if j := s.owner[k]; j >= 0 && s.ents[j].node.Props["described"] != "" || !s.toks[k].cap && j < 0 {
		return false // "a Dutch firm, a bank in Kenya": a list of descriptions
	}
	m := k
	for m > 0 && (s.toks[m-1].cap || s.owner[m-1] >= 0 && s.owner[m-1] == s.owner[k]) {
		m--
	}
	// "in Kenya, a bank": a place, then a description of something else;
	// not "stole data from Trans-Northern Pipelines, a Canadian company".
	switch s.lower(m - 1) {
	case "in", "at", "on", "across", "for", "to", "into", "since", "until", "after", "before", "during":
		return false
	}
	return !months.is(s.id(k))
}

// romanceMiddle returns where the capitalized end of a Romance name starts
// when one or two lower-case words and a second particle lead to it from k:
// "Société de transport de Montréal", "Banque de développement du Canada".
// It returns k when there is none.
// romanceHeads open a name in French, Italian, Spanish or Portuguese whose
// next word is an adjective in lower case: "Centre hospitalier d'Arles".
var romanceHeads = set(`centre|centro|hôpital|ospedale|istituto|institut|instituto|université|università|universidad|universidade|
conseil|consiglio|consejo|caisse|cassa|caja|agence|agenzia|agencia|direction|dirección|direzione|société|società|sociedad|
servicio|serviço|servizio|mairie|ayuntamiento|comune|communauté|syndicat|banco|banca|banque|compagnie|compañía|régie|
ministère|ministerio|ministero|tribunale|préfecture|groupe|grupo|gruppo|fondation|fundación|fondazione|azienda|empresa|
entreprise|autorità|autorité|autoridad|administración|secretaría|secretaria|superintendencia|instituto|companhia|câmara|cámara|camera`)

// romanceTail returns the token after the name's end when one or two
// lower-case words at k lead to a particle and a capitalized word ("de
// Montréal") or an elided one ("d'Arles"); k otherwise.
func romanceTail(s *sent, k int) int {
	m := adjectiveRun(s, k)
	if m == k {
		return k
	}
	if m < len(s.toks) && s.owner[m] < 0 && elided(s.toks[m].text) {
		return m + 1
	}
	return romanceMiddle(s, k)
}

// adjectiveRun returns the end of the one or two lower-case words at k
// inside a Romance name ("hospitalier", "de transport"), before a particle
// or an elided one.
func adjectiveRun(s *sent, k int) int {
	m := k
	for m < len(s.toks) && m < k+2 && s.toks[m].word && !s.toks[m].cap && s.owner[m] < 0 && !romanceParticles.is(s.id(m)) && !runConnectors.is(s.id(m)) && !elided(s.toks[m].text) {
		m++
	}
	return m
}

func romanceMiddle(s *sent, k int) int {
	m := adjectiveRun(s, k)
	if m == k || !romanceParticles.is(s.id(m)) {
		return k
	}
	m++
	if romanceArticles.is(s.id(m)) {
		m++
	}
	if !s.capWord(m) {
		return k
	}
	return m
}

// stateOffices claims the office of a state's elected official after the
// state's name: "the Illinois Attorney General's office", "the Kansas
// Secretary of State's Office", "the Ohio Auditor's office".
func (r *recognizer) stateOffices(s *sent) {
	n := len(s.toks)
	for o := range s.ents {
		e := s.ents[o]
		if e.kind != "" || e.b+2 >= n {
			continue
		}
		k, m := e.b, -1
		switch t := s.toks[k].text; {
		case t == "Attorney" && s.toks[k+1].text == "General":
			m = k + 2
		case t == "Secretary" && s.toks[k+1].text == "of" && k+2 < n && s.toks[k+2].text == "State":
			m = k + 3
		case t == "Governor" || t == "Comptroller" || t == "Treasurer" || t == "Auditor":
			m = k + 1
		}
		if m < 0 || m >= n {
			continue
		}
		end := -1
		if l := s.lower(m); (l == "'s" || l == "’s") && m+1 < n && s.lower(m+1) == "office" {
			end = m + 2
		} else if s.toks[m].text == "Office" {
			end = m + 1
		}
		if end < 0 {
			continue
		}
		// "State's Office" read as a name of its own gives way.
		inside := true
		for i := k; i < end; i++ {
			if j := s.owner[i]; j >= 0 && (s.ents[j].a < k || s.ents[j].b > end) {
				inside = false
			}
		}
		if !inside {
			continue
		}
		for i := k; i < end; i++ {
			if j := s.owner[i]; j >= 0 {
				s.ents[j] = ent{a: k, b: k, affOrg: -1}
			}
		}
		name := s.textOf(r.text, e.a, end)
		s.ents[o].b, s.ents[o].kind, s.ents[o].node = end, graph.Organization, graph.NewNode(graph.Organization, name)
		for i := k; i < end; i++ {
			s.owner[i] = o
		}
	}
}
