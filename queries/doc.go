// Package queries answers the named questions of the catalog (who-targeted,
// victims-of, neighborhood, path, search) over any Store. Each question is
// defined once, here, in terms of the Store primitives (Find, Nodes, Expand,
// Paths, Names), so the embedded store and Neo4j give the same answers; the
// conformance suite in graph/graphtest holds every store to them.
//
// How the text of a question is matched:
//
//   - Matching is graph.Match: case and accents do not matter, a name or
//     any alias counts, and every word of the text (but stop words such as
//     "of" and "the") must be a word of one name: "election commission"
//     finds "National Election Commission".
//   - who-targeted, victims-of, neighborhood and search cover every entity
//     the text matches (of the kinds the question is about) and say which in
//     the title and in Subgraph.Matched.
//   - path needs one entity at each end: it takes the best-scoring match
//     (whole name, then whole alias, then words) and says so in the title
//     when the text matched several; a tie for the best score is an
//     *AmbiguousError listing the candidates.
//   - A text that matches nothing is a *graph.NotFoundError with up to five
//     nearest names; a text that matches entities the store has no answer
//     about is a *NoAnswerError.
//
// Limits: neighborhood depth 1 to MaxDepth (default DefaultDepth); path
// length 1 to MaxMaxHops (default DefaultMaxHops). Answers are sorted
// Subgraphs, so equal answers are equal values.
package queries
