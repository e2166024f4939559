package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a document's text: byte offsets [Start, End)
// into Document.Text and the index of its paragraph.
type Sentence struct {
	Text       string
	Start, End int
	Para       int
}

// Span is a byte range that sentence splitting must not cut (an actor name
// such as "TEMP.Periscope").
type Span struct{ Start, End int }

// abbreviations end with a dot that does not end a sentence.
var abbreviations = set(`mr|mrs|ms|dr|st|inc|ltd|corp|co|jr|sr|vs|no|gen|gov|sen|rep|lt|col|capt|prof|jan|feb|mar|apr|
jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|e.g|i.e|u.s|u.k|d.c|u.n|e.u|u.s.a|p.r.c|d.p.r.k|a.k.a|
fig|approx|est|dept|govt|assn|bros|ave|blvd|mt|ft|pp|vol|al|etc|cf|ca|no`)

// stateAbbreviations are the news agencies' abbreviations of US states, as
// datelines write them.
var stateAbbreviations = set(`Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|
Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo`)

// sentenceStarters begin a new sentence even when the dot before them was
// lost ("... according The firm said").
var sentenceStarters = set(`The|According|We|It|They|He|She|This|These|Those|However|There|Its|In|I|Our|A|An|His|Her`)

// functionWords precede a capitalized word inside a sentence ("of The
// Diplomat"), so no boundary is guessed after them.
var functionWords = set(`the|a|an|of|to|by|for|from|with|and|or|in|on|at|as|than|that|said|says|told|via|about|like|
into|onto|per|nor|but|is|was|were|are|be|been|called|dubbed|named|including|include|includes|included|says|wrote|
reported|reports|writes|titled|entitled|see|read|whether|if|while|when|where|between|among|against|across|toward|
towards|after|before|behind|upon|within|without|under|over|through|throughout|despite|targeting|targeted|targets|
breached|hacked|compromised|attacked|infiltrated|penetrated|hit|struck|using|used|uses|deployed|at|near|inside|
outside|around|than|via|whom|named|call|calls|visit|visited|joined|left|led|runs|run|owns|owned|bought|acquired`)

// SplitSentences splits text into sentences, paragraph by paragraph
// (paragraphs are separated by blank lines). It keeps abbreviations
// ("U.S.", "D.C.", "Dec.") and initials inside sentences, never cuts inside
// a protected span, and finds boundaries that lost their space or their dot
// ("victims.The firm", "has been tied According to").
func SplitSentences(text string, protect []Span) []Sentence {
	var out []Sentence
	para := 0
	pi := 0 // index into protect
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			for pi < len(protect) && protect[pi].End <= start {
				pi++
			}
			out = splitParagraph(text, start, end, para, protect[pi:], out)
			para++
		}
		start = end
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return out
}

func splitParagraph(text string, from, to, para int, protect []Span, out []Sentence) []Sentence {
	emit := func(s, e int) {
		for s < e && isSpace(text[s]) {
			s++
		}
		for e > s && isSpace(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e, Para: para})
		}
	}
	inside := func(i int) bool {
		for _, p := range protect {
			if p.Start > i {
				return false
			}
			if i >= p.Start && i < p.End-1 {
				return true
			}
		}
		return false
	}
	begin := from
	for i := from; i < to; i++ {
		c := text[i]
		switch {
		case c == '.' || c == '!' || c == '?' || (c == 0xE2 && strings.HasPrefix(text[i:], "…")):
			if c == '.' && inside(i) {
				continue
			}
			j := i + 1
			if c == 0xE2 {
				j = i + len("…")
			}
			for j < to && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			for j < to && isCloser(text, j) {
				_, size := utf8.DecodeRuneInString(text[j:])
				j += size
			}
			if j >= to {
				emit(begin, to)
				begin = to
				i = to
				continue
			}
			if isSpace(text[j]) {
				k := j
				for k < to && isSpace(text[k]) {
					k++
				}
				if k < to && startsSentence(text[k:]) && !(c == '.' && abbreviationBefore(text, from, i)) && !(c == '.' && clockBefore(text, from, i, k)) {
					emit(begin, j)
					begin = k
					i = k - 1
				}
				continue
			}
			// No space after the dot: a boundary only between a lower-case word
			// and a capital ("victims.The"), never in a URL, domain or e-mail.
			if c == '.' && glued(text, from, i, to) {
				emit(begin, i+1)
				begin = i + 1
			}
		case c == ' ':
			// A lost dot: "tied According to", "according The firm".
			if lostBoundary(text, from, i, to) {
				emit(begin, i)
				begin = i + 1
			}
		}
	}
	emit(begin, to)
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isCloser(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r == '"' || r == '\'' || r == ')' || r == ']' || r == '”' || r == '’' || r == '»'
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '(' || r == '\'' || r == '‘' || r == '['
}

// clockBefore reports whether the dot at i ends "a.m." or "p.m." and the
// word at k goes on telling the time: "at about 3 a.m. Thursday", "at 9
// p.m. GMT".
func clockBefore(text string, from, i, k int) bool {
	if w := strings.ToLower(wordBefore(text, from, i)); w != "a.m" && w != "p.m" {
		return false
	}
	e := k
	for e < len(text) && (text[e] >= 'A' && text[e] <= 'Z' || text[e] >= 'a' && text[e] <= 'z') {
		e++
	}
	return clockWords.has(text[k:e])
}

// clockWords follow a time of day in the same sentence.
var clockWords = set(`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|
September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|GMT|UTC|BST|CET|CEST|EET|EEST|IST|JST|KST|AEST|AEDT`)

// wordBefore returns the run of non-space characters ending just before i.
func wordBefore(text string, from, i int) string {
	k := i
	for k > from && !isSpace(text[k-1]) {
		k--
	}
	return text[k:i]
}

func abbreviationBefore(text string, from, i int) bool {
	w := strings.TrimLeft(wordBefore(text, from, i), "(\"'“‘[")
	if w == "" {
		return false
	}
	if abbreviations.has(strings.ToLower(w)) {
		return true
	}
	// A dateline's state: "WICHITA, Kan. (Reuters) —". Only after a comma
	// and before a parenthesis or a dash, since "Ill." or "Wash." may also end
	// a sentence.
	if stateAbbreviations.has(w) {
		k := i - len(w)
		for k > from && isSpace(text[k-1]) {
			k--
		}
		n := i + 1
		for n < len(text) && isSpace(text[n]) {
			n++
		}
		if k > from && text[k-1] == ',' && n < len(text) && (text[n] == '(' || strings.HasPrefix(text[n:], "—") || strings.HasPrefix(text[n:], "–") || text[n] == '-') {
			return true
		}
	}
	// An initial: "Sivakumar S. Ganapathy".
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return true
	}
	// Dotted capitals: "U.S", "D.C".
	if strings.Contains(w, ".") && strings.ToUpper(w) == w && len(w) <= 6 {
		return true
	}
	return false
}

// glued decides whether the dot at i, followed directly by a letter, ends a
// sentence: "victims.The" yes; "TEMP.Periscope", "example.com", "U.S." no.
func glued(text string, from, i, to int) bool {
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	w := wordBefore(text, from, i)
	if strings.Contains(w, "/") || strings.Contains(w, "@") || strings.HasPrefix(strings.ToLower(w), "www") {
		return false
	}
	// The segment since the previous dot must end in a lower-case letter
	// and have at least two letters.
	seg := w
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		seg = w[k+1:]
	}
	if utf8.RuneCountInString(seg) < 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(seg)
	if !unicode.IsLower(last) {
		return false
	}
	// The word after must be a word, not "Com" of a domain: it has at least
	// two letters or is "I"/"A".
	k := i + 1
	for k < to && (unicode.IsLetter(rune(text[k])) || text[k] >= 0x80) {
		k++
	}
	next := text[i+1 : k]
	return len(next) >= 2 || next == "I" || next == "A"
}

// lostBoundary guesses a sentence boundary at the space at i when the dot
// was lost: a lower-case content word followed by a typical sentence
// starter ("tied According to FireEye").
func lostBoundary(text string, from, i, to int) bool {
	k := i + 1
	for k < to && text[k] == ' ' {
		k++
	}
	if k >= to || text[k] < 'A' || text[k] > 'Z' {
		return false // sentence starters are capitalized: most words stop here
	}
	e := k
	for e < to && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')) {
		e++
	}
	next := text[k:e]
	if !sentenceStarters.has(next) || (e < to && text[e] != ' ') {
		return false
	}
	prev := wordBefore(text, from, i)
	if prev == "" || !isLowerWord(prev) || functionWords.has(prev) {
		return false
	}
	// "In" and "A" also open ordinary phrases after verbs; only trust them
	// after a double space (a lost dash or dot).
	if (next == "In" || next == "A" || next == "An" || next == "I" || next == "Our" || next == "His" || next == "Her") && k-i < 2 {
		return false
	}
	// "knocked The Philadelphia Inquirer's systems offline": "The" before
	// a capital opens a name as often as a sentence.
	if next == "The" && k-i < 2 && e+1 < to {
		if r, _ := utf8.DecodeRuneInString(text[e+1:]); unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
