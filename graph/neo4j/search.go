package neo4j

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Find must return exactly what graph.Match accepts. Lucene's own analyzers
// would tokenize names differently from graph.Words ("TEMP.Periscope",
// "APT40", accents, non-Latin scripts), so the full-text index does not
// analyze: each node carries a "search" property of tokens this package
// computes with the functions of package graph, indexed with Lucene's
// whitespace analyzer. A node matches a query only if one of these holds
// (see graph.Match), each of which the index can look up:
//
//   - Normalize(name or alias) == Normalize(query): token "n_" + normalized
//     form with "_" for spaces;
//   - squash(name or alias) == squash(query), not empty: token "k_" +
//     squash form;
//   - every content word of the query is a word of one name or alias: the
//     words themselves (the index holds the words of all names, a superset).
//
// The index therefore returns a superset of the matches, and Find filters and
// ranks the candidates with graph.Match itself.

const (
	searchIndex  = "entity_search"
	normPrefix   = "n_"
	squashPrefix = "k_"
	// maxSearchWords bounds the clauses of one Lucene query (Lucene refuses
	// more than 1024); longer queries scan instead.
	maxSearchWords = 256
)

// searchTokens returns the index tokens of a node, without repeats, in a
// fixed order.
func searchTokens(n graph.Node) []string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, name := range n.Names() {
		for _, w := range graph.Words(name) {
			add(w)
		}
		if norm := graph.Normalize(name); norm != "" {
			add(normPrefix + strings.ReplaceAll(norm, " ", "_"))
		}
		if sq := squash(name); sq != "" {
			add(squashPrefix + sq)
		}
	}
	return out
}

// searchText is the value of a node's search property.
func searchText(n graph.Node) string { return strings.Join(searchTokens(n), " ") }

// searchQuery returns the Lucene query for the candidates of text, and false
// when text cannot match anything (graph.Match returns 0 for an empty
// normalized query) or has too many words for one query.
func searchQuery(text string) (query string, ok bool) {
	norm := graph.Normalize(text)
	if norm == "" {
		return "", false
	}
	words := contentWords(text)
	if len(words) > maxSearchWords {
		return "", false
	}
	var parts []string
	if len(words) > 0 {
		req := make([]string, len(words))
		for i, w := range words {
			req[i] = "+" + quoteTerm(w)
		}
		parts = append(parts, "("+strings.Join(req, " ")+")")
	}
	parts = append(parts, quoteTerm(normPrefix+strings.ReplaceAll(norm, " ", "_")))
	if sq := squash(text); sq != "" {
		parts = append(parts, quoteTerm(squashPrefix+sq))
	}
	return strings.Join(parts, " OR "), true
}

// quoteTerm quotes a token for Lucene's query syntax. Tokens hold only
// letters, digits and "_", but quoting keeps words such as "and", "or" and
// "not" from reading as operators whatever their case.
func quoteTerm(t string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(t) + `"`
}

// stopWords mirrors graph's list: query words that Match does not require.
var stopWords = map[string]bool{"the": true, "of": true, "a": true, "an": true, "and": true, "for": true, "in": true, "on": true, "to": true}

// contentWords are the query words graph.Match requires, without repeats.
func contentWords(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range graph.Words(s) {
		if !stopWords[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// squash mirrors graph's squash: lower case, ASCII letters and digits only.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tokensSatisfy reports whether a node with these tokens is returned by the
// index for text; the unit tests use it to check that candidates are a
// superset of graph.Match.
func tokensSatisfy(tokens []string, text string) bool {
	have := map[string]bool{}
	for _, t := range tokens {
		have[t] = true
	}
	norm := graph.Normalize(text)
	if norm == "" {
		return false
	}
	if sq := squash(text); have[normPrefix+strings.ReplaceAll(norm, " ", "_")] || (sq != "" && have[squashPrefix+sq]) {
		return true
	}
	words := contentWords(text)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return true
}
