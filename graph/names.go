package graph

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds a name to the form used for identity and matching: lower
// case, accents removed, "&" read as "and", apostrophes dropped, any other
// punctuation read as a space, a leading "the" dropped, spaces collapsed.
// "The Ministry of Foreign Affairs" and "ministry of foreign affairs" are equal.
func Normalize(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := true
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == '‘' || r == '`':
			continue
		case r == '&':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	s := strings.TrimSpace(b.String())
	s = strings.TrimPrefix(s, "the ")
	return s
}

// Key is Normalize with words joined by hyphens: the name part of an id.
func Key(name string) string {
	return strings.ReplaceAll(Normalize(name), " ", "-")
}

// NodeID is the stable id of the entity of kind k named name: the same entity
// named in two reports gets the same id. Punctuation and case do not count.
func NodeID(k Kind, name string) string {
	return strings.ToLower(string(k)) + ":" + Key(name)
}

// Words splits a name into match words: Normalize, then a break at every
// change between letters and digits, so "APT40" and "APT 40" give the same words.
func Words(s string) []string {
	var out []string
	for _, f := range strings.Fields(Normalize(s)) {
		start := 0
		rs := []rune(f)
		for i := 1; i <= len(rs); i++ {
			if i == len(rs) || unicode.IsDigit(rs[i]) != unicode.IsDigit(rs[i-1]) {
				out = append(out, string(rs[start:i]))
				start = i
			}
		}
	}
	return out
}

// stopWords are not required to match: "ministry of the interior" finds
// "Ministry of Interior".
var stopWords = map[string]bool{"the": true, "of": true, "a": true, "an": true, "and": true, "for": true, "in": true, "on": true, "to": true}

// Match scores how well query names node n; 0 means no match. Matching is
// case-insensitive, by name or any alias, and word-based: every query word
// except stop words must be a word of the name (or of one alias). A whole-name
// match scores 3, a whole-alias match 2, a word match 1.
func Match(query string, n Node) int {
	q := Normalize(query)
	if q == "" {
		return 0
	}
	// The squashed form only counts when it is not empty: names written
	// without Latin letters or digits all squash to "".
	sq := squash(query)
	if Normalize(n.Name) == q || (sq != "" && squash(n.Name) == sq) {
		return 3
	}
	for _, a := range n.Aliases {
		if Normalize(a) == q || (sq != "" && squash(a) == sq) {
			return 2
		}
	}
	qw := contentWords(query)
	if len(qw) == 0 {
		return 0
	}
	for _, name := range append([]string{n.Name}, n.Aliases...) {
		if containsWords(Words(name), qw) {
			return 1
		}
	}
	return 0
}

func contentWords(s string) []string {
	var out []string
	for _, w := range Words(s) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

func containsWords(have, want []string) bool {
	set := make(map[string]bool, len(have))
	for _, w := range have {
		set[w] = true
	}
	for _, w := range want {
		if !set[w] {
			return false
		}
	}
	return true
}

// Nearest returns up to n names from candidates closest to query by edit
// distance over normalized forms, closest first, ties by name. Names too far
// away to be a plausible typo are left out.
func Nearest(query string, candidates []string, n int) []string {
	q := Normalize(query)
	type scored struct {
		name string
		d    int
	}
	seen := map[string]bool{}
	var all []scored
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		nc := Normalize(c)
		d := levenshtein(q, nc)
		// A query that is a word-prefix of the name is close whatever the length.
		if strings.Contains(nc, q) || strings.Contains(q, nc) {
			d = min(d, 1+abs(len(nc)-len(q))/4)
		}
		// A typo inside part of a longer name ("Sandwurm" for "Sandworm
		// Team"): compare with each run of as many words as the query has,
		// one step further for the words left out.
		if qw, cw := strings.Fields(q), strings.Fields(nc); len(cw) > len(qw) && len(qw) > 0 {
			for i := 0; i+len(qw) <= len(cw); i++ {
				d = min(d, 1+levenshtein(q, strings.Join(cw[i:i+len(qw)], " ")))
			}
		}
		limit := max(2, len(q)/2)
		if d <= limit {
			all = append(all, scored{c, d})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].name < all[j].name
	})
	var out []string
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].name)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
