package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// NoAnswerError says that the arguments of a question named entities, but
// the store records no answer about them: nobody targeted them, they are not
// of a kind the question is about, there is no path between them. It wraps
// graph.ErrNotFound.
type NoAnswerError struct {
	Query   string       // the query name, "who-targeted"
	Args    []string     // what the user wrote: one text, or the two ends of a path
	Matches []graph.Node // the entities the arguments name
	Reason  string       // what is missing, "no threat actor or campaign is recorded as targeting it"
}

func (e *NoAnswerError) Error() string {
	quoted := make([]string, len(e.Args))
	for i, a := range e.Args {
		quoted[i] = fmt.Sprintf("%q", a)
	}
	who := "they name"
	if len(e.Args) == 1 {
		who = quoted[0] + " names"
	}
	return fmt.Sprintf("%s %s: %s (%s %s)", e.Query, strings.Join(quoted, " "), e.Reason, who, describeNodes(e.Matches, 5))
}

// Unwrap makes errors.Is(err, graph.ErrNotFound) true.
func (e *NoAnswerError) Unwrap() error { return graph.ErrNotFound }

// AmbiguousError says that Text names several entities equally well where the
// question needs one (the endpoints of a path). It wraps graph.ErrInvalid.
type AmbiguousError struct {
	Text       string
	Candidates []graph.Node // the best-scoring matches, sorted by id
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q is ambiguous, it names %s: use a fuller name or an alias", e.Text, describeNodes(e.Candidates, 10))
}

// Unwrap makes errors.Is(err, graph.ErrInvalid) true.
func (e *AmbiguousError) Unwrap() error { return graph.ErrInvalid }

// describeNodes lists nodes as `Name (Kind)`, sorted, at most max of them.
func describeNodes(nodes []graph.Node, max int) string {
	parts := make([]string, 0, len(nodes))
	for _, n := range sortedByName(nodes) {
		parts = append(parts, fmt.Sprintf("%s (%s)", n.Name, n.Kind))
	}
	return joinAtMost(parts, max)
}

func joinAtMost(parts []string, max int) string {
	if len(parts) > max {
		return strings.Join(parts[:max], ", ") + fmt.Sprintf(" and %d more", len(parts)-max)
	}
	return strings.Join(parts, ", ")
}

func sortedByName(nodes []graph.Node) []graph.Node {
	out := append([]graph.Node(nil), nodes...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Search returns the entities that text names (graph.Match: by name or
// alias, case-insensitive, word-based), best match first then by id. When it
// names nothing the error is a *graph.NotFoundError with up to 5 nearest
// names; an empty text wraps graph.ErrInvalid.
func Search(ctx context.Context, s Store, text string) ([]graph.Node, error) {
	// A search lists every entity the words match, exact or not.
	return resolveAll(ctx, s, "search", text, nil, "")
}

// resolve finds the entities text names among kinds (all when empty).
// Nothing at all: *graph.NotFoundError with the nearest names. Only entities
// of other kinds: *NoAnswerError saying it names no <what>.
func resolve(ctx context.Context, s Store, query, text string, kinds []graph.Kind, what string) ([]graph.Node, error) {
	nodes, err := resolveAll(ctx, s, query, text, kinds, what)
	if err != nil {
		return nil, err
	}
	return exactFirst(text, nodes), nil
}

// resolveAll is resolve keeping every word match, exact or not.
func resolveAll(ctx context.Context, s Store, query, text string, kinds []graph.Kind, what string) ([]graph.Node, error) {
	text = strings.TrimSpace(text)
	if graph.Normalize(text) == "" {
		return nil, fmt.Errorf("%w: %s: %q has no letters or digits to match", graph.ErrInvalid, query, text)
	}
	nodes, err := s.Find(ctx, text, kinds)
	if err != nil {
		return nil, fmt.Errorf("%s: find %q: %w", query, text, err)
	}
	if len(nodes) > 0 {
		return nodes, nil
	}
	if len(kinds) > 0 {
		others, err := s.Find(ctx, text, nil)
		if err != nil {
			return nil, fmt.Errorf("%s: find %q: %w", query, text, err)
		}
		if len(others) > 0 {
			return nil, &NoAnswerError{Query: query, Args: []string{text}, Matches: others, Reason: "it names no " + what}
		}
	}
	names, err := s.Names(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: names: %w", query, err)
	}
	return nil, &graph.NotFoundError{Query: text, Nearest: graph.Nearest(text, names, 5)}
}

// exactFirst keeps, when text is exactly the name or an alias of some of
// the nodes, only those: "APT28" means the group of that name, not also a
// group with the alias "APT-C-28" that merely shares its words. Without an
// exact match every word match stays. The order of nodes is kept.
func exactFirst(text string, nodes []graph.Node) []graph.Node {
	var exact []graph.Node
	for _, n := range nodes {
		if graph.Match(text, n) >= 2 {
			exact = append(exact, n)
		}
	}
	if len(exact) == 0 {
		return nodes
	}
	return exact
}

// best returns the single best match of text (the highest graph.Match
// score) and every match; several entities sharing the best score is an
// *AmbiguousError.
func best(ctx context.Context, s Store, query, text string) (graph.Node, []graph.Node, error) {
	nodes, err := resolve(ctx, s, query, text, nil, "")
	if err != nil {
		return graph.Node{}, nil, err
	}
	top := graph.Match(text, nodes[0])
	var tied []graph.Node
	for _, n := range nodes {
		if graph.Match(text, n) == top {
			tied = append(tied, n)
		}
	}
	if len(tied) > 1 {
		return graph.Node{}, nil, &AmbiguousError{Text: text, Candidates: tied}
	}
	return nodes[0], nodes, nil
}

// quoteBest writes a path end for a title: like quote, and when text named
// several entities, which one was taken.
func quoteBest(text string, chosen graph.Node, all []graph.Node) string {
	if len(all) > 1 {
		return fmt.Sprintf("%q (best of %d matches: %s)", text, len(all), chosen.Name)
	}
	return quote(text, []graph.Node{chosen})
}

// quote writes the text of a question for a title: quoted, followed by the
// entities it named unless it named exactly one under its own name.
func quote(text string, matched []graph.Node) string {
	q := fmt.Sprintf("%q", text)
	if len(matched) == 1 && graph.Normalize(matched[0].Name) == graph.Normalize(text) {
		return q
	}
	names := make([]string, 0, len(matched))
	for _, n := range sortedByName(matched) {
		names = append(names, n.Name)
	}
	noun := "matches"
	if len(matched) == 1 {
		noun = "match"
	}
	return fmt.Sprintf("%s (%d %s: %s)", q, len(matched), noun, joinAtMost(names, 5))
}

func ids(nodes []graph.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	sort.Strings(out)
	return out
}
