package gazetteer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mention is an actor name found in text: the byte offsets [Start, End) of
// the surface form Text, and the entry it names.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Entry Entry  `json:"entry"`
}

// Token is a run of letters or a run of digits in text, by byte offsets.
// A change between letters and digits ends a token, so "APT40" is two
// tokens, like "APT 40".
type Token struct {
	Start, End int
}

// Tokens splits text into tokens: maximal runs of letters or of digits.
// Everything else (spaces, punctuation) separates tokens.
func Tokens(text string) []Token {
	out := make([]Token, 0, len(text)/5)
	start, class := -1, 0 // class 1 letter, 2 digit
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		k := 0
		switch {
		case c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
			k = 1
		case c >= '0' && c <= '9':
			k = 2
		case c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
			k = 1
		case c >= utf8.RuneSelf && unicode.IsDigit(r):
			k = 2
		}
		if k != class {
			if class != 0 {
				out = append(out, Token{start, i})
			}
			start, class = i, k
		}
		i += size
	}
	if class != 0 {
		out = append(out, Token{start, len(text)})
	}
	return out
}

type trie struct {
	next  map[string]*trie
	entry int // index of the entry named by the path, -1 none, -2 ambiguous
}

type claim struct {
	entry  int
	isName bool
}

// buildTrie indexes the scannable names of every entry by their tokens.
func (g *Gazetteer) buildTrie() *trie {
	claims := map[string][]claim{}
	var order []string
	addSeq := func(seq string, c claim) {
		for _, old := range claims[seq] {
			if old.entry == c.entry {
				return
			}
		}
		if _, ok := claims[seq]; !ok {
			order = append(order, seq)
		}
		claims[seq] = append(claims[seq], c)
	}
	for i, e := range g.entries {
		for j, n := range claimed(e) {
			if !Scannable(n) {
				continue
			}
			for _, v := range variants(n) {
				addSeq(v, claim{entry: i, isName: j == 0})
			}
		}
		for _, n := range shortNames(e) {
			if scanShort[n] {
				addSeq(strings.Join(variantWords(n), "\x00"), claim{entry: i})
			}
		}
	}
	root := &trie{entry: -1}
	sort.Strings(order)
	for _, seq := range order {
		cs := claims[seq]
		entry := -2
		var named []int
		for _, c := range cs {
			if c.isName {
				named = append(named, c.entry)
			}
		}
		ids := make([]int, len(cs))
		for k, c := range cs {
			ids[k] = c.entry
		}
		switch {
		case len(cs) == 1:
			entry = cs[0].entry
		case len(named) == 1:
			entry = named[0]
		case g.absorber(ids) >= 0:
			entry = g.absorber(ids)
		}
		node := root
		for _, tok := range strings.Split(seq, "\x00") {
			if node.next == nil {
				node.next = map[string]*trie{}
			}
			child, ok := node.next[tok]
			if !ok {
				child = &trie{entry: -1}
				node.next[tok] = child
			}
			node = child
		}
		node.entry = entry
	}
	return root
}

// variants returns the token sequences (joined by NUL) under which a name is
// matched in text: as written; for names in capitals of several words, also
// in title case ("FANCY BEAR", "Fancy Bear"); for names ending in a generic
// word such as "Group", also with that word in lower case.
func variants(name string) []string {
	words := variantWords(name)
	out := []string{strings.Join(words, "\x00")}
	if len(words) > 1 && isUpperWord(strings.Join(words, "")) {
		tc := make([]string, len(words))
		for i, w := range words {
			tc[i] = titleCase(w)
		}
		out = append(out, strings.Join(tc, "\x00"))
	}
	if len(words) == 1 && elementName(words[0]) {
		out = append(out, titleCase(words[0]))
	}
	if len(words) == 1 && camelCase(words[0]) {
		out = append(out, unCamel(words[0])) // "XakNet" written "Xaknet"
	}
	if last := words[len(words)-1]; len(words) > 1 && genericTail[strings.ToLower(last)] {
		lc := append(append([]string{}, words[:len(words)-1]...), strings.ToLower(last))
		out = append(out, strings.Join(lc, "\x00"))
	}
	return out
}

func variantWords(name string) []string {
	toks := Tokens(name)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = name[t.Start:t.End]
	}
	return words
}

// elementName reports whether a one-word name in capitals is one of the
// chemical elements Microsoft named groups after ("GALLIUM", "NOBELIUM",
// "ZIRCONIUM"), which the press writes in title case ("Gallium", "Nobelium").
// Elements that ordinary prose names (a browser engine, a satellite company,
// the nuclear and household ones) match in capitals only.
func elementName(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "IUM") && isUpperWord(w) && !commonElements[w]
}

var commonElements = map[string]bool{
	"CHROMIUM": true, "IRIDIUM": true, "PLUTONIUM": true, "URANIUM": true, "HELIUM": true, "SODIUM": true,
	"POTASSIUM": true, "MAGNESIUM": true, "RADIUM": true, "CALCIUM": true, "LITHIUM": true, "TITANIUM": true,
	"PALLADIUM": true, "CADMIUM": true,
}

var genericTail = map[string]bool{"group": true, "team": true, "gang": true, "crew": true, "army": true}

func titleCase(w string) string {
	if w == "" || !isUpperWord(w) {
		return w
	}
	r, size := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[size:])
}

// camelCase reports whether a word of at least five letters opens with a
// capital and has another capital after a lower-case letter: "KillNet",
// "XakNet", not "LAPSUS" or "Conti".
func camelCase(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// unCamel keeps a word's first capital and lowers the rest: "KillNet" ->
// "Killnet".
func unCamel(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[size:])
}

func isUpperWord(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

// Scannable reports whether a name is distinctive enough to be looked for in
// free text: names without a capital letter, names shorter than three letters
// or digits, single words of three letters and single ordinary English words
// ("Silence", "Cobalt", "Mask") are not; Lookup still accepts them.
func Scannable(name string) bool {
	toks := Tokens(name)
	if len(toks) == 0 {
		return false
	}
	hasUpper, alnum := false, 0
	for _, r := range name {
		if unicode.IsUpper(r) {
			hasUpper = true
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum++
		}
	}
	if !hasUpper || alnum < 3 {
		return false
	}
	if len(toks) == 1 {
		w := name[toks[0].Start:toks[0].End]
		if strings.TrimSpace(name) != w {
			return false // a lone word with punctuation around it
		}
		if utf8.RuneCountInString(w) < 4 || commonWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// commonWords are actor names that are also ordinary words (or common
// brands, places and people) and would be found all over ordinary prose.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		amoeba anonymous axiom bitter blackwood buckeye butterfly calcium calypso cardinal
		cicada cleaver cobalt dogfish elfin equation gorilla grayling honeybee indra kairos
		labubu lead lexus machete mask mirage monsoon moonlight morpho nitro packrat patchwork
		phosphorus pickaxe pioneer polaris popeye pupa rancor rattlesnake reaper scarab scimitar
		siesta silence slingshot snake strider superman tick trident vermin watchdog
		zinc alibaba akira sauron hellsing sandcat magnet
		charming kitten platinum copper iron tin nickel mercury
		carbon neon argon oxygen hydrogen helium gold silver bronze
		anchor apple aurora bear bee blue cloud comet crow dragon eagle echo falcon fox ghost
		hawk hydra kraken lion lotus matrix nexus night ocean omega orion panda phantom phoenix
		python raven saturn scorpion shadow shark spider storm sun sword tiger titan venom viper
		wolf zeus hive
	`) {
		m[w] = true
	}
	return m
}()

// Scan finds known actor names in text, leftmost longest first, without
// overlaps. Matching is case-sensitive on the spelling of the data (names in
// capitals also match in title case), tolerant of a space, dot or hyphen
// between the parts of a name ("APT 40" for APT40). Ambiguous names and
// names that are not Scannable are never reported.
func (g *Gazetteer) Scan(text string) []Mention {
	return g.ScanTokens(text, Tokens(text))
}

// ScanTokens is Scan over tokens already computed with Tokens(text).
func (g *Gazetteer) ScanTokens(text string, toks []Token) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		if i > 0 && toks[i-1].End == toks[i].Start {
			i++ // a name never starts inside a word
			continue
		}
		node := g.scan
		best, bestEnd := -1, -1
		for j := i; j < len(toks); j++ {
			if j > i && !nameSep(text[toks[j-1].End:toks[j].Start]) {
				break
			}
			w := text[toks[j].Start:toks[j].End]
			child, ok := node.next[w]
			if !ok && j == i && toks[j].End < len(text) && text[toks[j].End] == '$' && !inCapRun(text, toks, j) {
				// "Lapsus$" for "LAPSUS$": the dollar sign marks the name
				// in whatever case.
				child, ok = node.next[strings.ToUpper(w)]
			}
			if !ok && camelCase(w) {
				// "KillNet" for "Killnet": writers set the inner capital of a
				// compound name as they please.
				child, ok = node.next[unCamel(w)]
			}
			if !ok {
				break
			}
			node = child
			if node.entry != -1 && wordEnd(text, toks, j) {
				best, bestEnd = node.entry, j
			}
		}
		if best == -1 || bestEnd < 0 {
			i++
			continue
		}
		if best >= 0 {
			s, e := toks[i].Start, toks[bestEnd].End
			out = append(out, Mention{Start: s, End: e, Text: text[s:e], Entry: g.entries[best]})
		}
		i = bestEnd + 1
	}
	return out
}

// inCapRun reports whether token j stands between capitalized words, as in
// a longer name: "Scattered Lapsus$ Hunters".
func inCapRun(text string, toks []Token, j int) bool {
	capital := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[toks[k].Start:])
		return unicode.IsUpper(r)
	}
	groupWord := func(k int) bool {
		switch strings.ToLower(text[toks[k].Start:toks[k].End]) {
		case "group", "gang", "team", "crew":
			return true // "Lapsus$ Group" is the name with its group noun
		}
		return false
	}
	return j > 0 && strings.TrimSpace(text[toks[j-1].End:toks[j].Start]) == "" && capital(j-1) ||
		j+1 < len(toks) && strings.TrimSpace(text[toks[j].End+1:toks[j+1].Start]) == "" && capital(j+1) && !groupWord(j+1)
}

// wordEnd reports whether the name ending at token j does not run on into a
// following token of the same word ("APT40s" is not "APT40").
func wordEnd(text string, toks []Token, j int) bool {
	if j+1 >= len(toks) {
		return true
	}
	return toks[j+1].Start != toks[j].End
}

// nameSep reports whether the text between two tokens can separate the parts
// of one name: nothing, a space, or a dot, hyphen, underscore, colon or
// slash, with at most one space.
func nameSep(s string) bool {
	if len(s) > 2 {
		return false
	}
	spaces := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			spaces++
		case '.', '-', '_', ':', '/':
		default:
			return false
		}
	}
	return spaces <= 1
}
