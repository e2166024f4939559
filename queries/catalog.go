package queries

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Query describes a named query of the catalog.
type Query struct {
	Name  string // what the user types: "who-targeted"
	Usage string // "who-targeted TEXT"
	Short string // one line saying what it answers
	// MinArgs and MaxArgs bound the number of arguments; MaxArgs -1 means
	// no limit: the arguments are words joined by spaces into one text, so
	// `who-targeted election commission` needs no quotes.
	MinArgs, MaxArgs int
}

// The limits of Options.
const (
	DefaultDepth   = 1  // neighborhood depth when Options.Depth is 0
	MaxDepth       = 4  // the deepest neighborhood
	DefaultMaxHops = 6  // path length limit when Options.MaxHops is 0
	MaxMaxHops     = 10 // the longest path limit
)

// Catalog returns the named queries, in the order to list them.
func Catalog() []Query {
	return []Query{
		{Name: "who-targeted", Usage: "who-targeted TEXT", MinArgs: 1, MaxArgs: -1,
			Short: "threat actors and campaigns that targeted the entities TEXT names, with their attribution"},
		{Name: "victims-of", Usage: "victims-of ACTOR", MinArgs: 1, MaxArgs: -1,
			Short: "what the threat actors or campaigns ACTOR names targeted, where the victims are, and the actors' attribution and tools"},
		{Name: "neighborhood", Usage: "neighborhood NAME [--depth N]", MinArgs: 1, MaxArgs: -1,
			Short: fmt.Sprintf("everything within N hops of NAME, either direction (default %d, at most %d)", DefaultDepth, MaxDepth)},
		{Name: "path", Usage: "path A B [--max-hops N]", MinArgs: 2, MaxArgs: 2,
			Short: fmt.Sprintf("every shortest path between A and B, either direction (at most N hops, default %d)", DefaultMaxHops)},
		{Name: "search", Usage: "search TEXT", MinArgs: 1, MaxArgs: -1,
			Short: "the entities TEXT names, by name or alias, best match first"},
	}
}

// Lookup returns the catalog entry named name.
func Lookup(name string) (Query, bool) {
	for _, q := range Catalog() {
		if q.Name == name {
			return q, true
		}
	}
	return Query{}, false
}

// CheckArgs says whether args suit the query; the error wraps graph.ErrInvalid
// and shows the usage.
func (q Query) CheckArgs(args []string) error {
	if len(args) < q.MinArgs || (q.MaxArgs >= 0 && len(args) > q.MaxArgs) {
		return fmt.Errorf("%w: %s takes %s, got %d (usage: %s)", graph.ErrInvalid, q.Name, q.argCount(), len(args), q.Usage)
	}
	for _, a := range args {
		if strings.TrimSpace(a) == "" {
			return fmt.Errorf("%w: %s: empty argument (usage: %s)", graph.ErrInvalid, q.Name, q.Usage)
		}
	}
	return nil
}

func (q Query) argCount() string {
	switch {
	case q.MaxArgs < 0:
		return fmt.Sprintf("at least %d argument(s)", q.MinArgs)
	case q.MinArgs == q.MaxArgs:
		return fmt.Sprintf("%d argument(s)", q.MinArgs)
	default:
		return fmt.Sprintf("%d to %d arguments", q.MinArgs, q.MaxArgs)
	}
}

// Options tunes the queries that have a size: zero values mean the defaults.
type Options struct {
	Depth   int // neighborhood: hops from the named entities, 1 to MaxDepth
	MaxHops int // path: the longest path considered, 1 to MaxMaxHops
}

// withDefaults fills in defaults and checks the limits.
func (o Options) withDefaults() (Options, error) {
	if o.Depth == 0 {
		o.Depth = DefaultDepth
	}
	if o.Depth < 1 || o.Depth > MaxDepth {
		return o, fmt.Errorf("%w: depth %d is out of range (1 to %d)", graph.ErrInvalid, o.Depth, MaxDepth)
	}
	if o.MaxHops == 0 {
		o.MaxHops = DefaultMaxHops
	}
	if o.MaxHops < 1 || o.MaxHops > MaxMaxHops {
		return o, fmt.Errorf("%w: max hops %d is out of range (1 to %d)", graph.ErrInvalid, o.MaxHops, MaxMaxHops)
	}
	return o, nil
}

// Run answers the named query over the store, as a sorted Subgraph with a
// title and, in Matched, the entities the arguments named.
//
// Errors: an unknown query name, wrong arguments or options out of range wrap
// graph.ErrInvalid (the message lists the query names or shows the usage); a
// text that names nothing is a *graph.NotFoundError with the nearest names; a
// text that names entities about which the store has no answer (nobody
// targeted them, no path between them) is a *NoAnswerError (wraps
// graph.ErrNotFound); a path endpoint that names several entities equally
// well is an *AmbiguousError (wraps graph.ErrInvalid). Store errors are
// returned wrapped.
func Run(ctx context.Context, s Store, name string, args []string, opt Options) (graph.Subgraph, error) {
	q, ok := Lookup(name)
	if !ok {
		var names []string
		for _, q := range Catalog() {
			names = append(names, q.Name)
		}
		return graph.Subgraph{}, fmt.Errorf("%w: unknown query %q (the queries are %s)", graph.ErrInvalid, name, strings.Join(names, ", "))
	}
	if err := q.CheckArgs(args); err != nil {
		return graph.Subgraph{}, err
	}
	opt, err := opt.withDefaults()
	if err != nil {
		return graph.Subgraph{}, err
	}
	text := strings.Join(args, " ")
	switch q.Name {
	case "who-targeted":
		return whoTargeted(ctx, s, text)
	case "victims-of":
		return victimsOf(ctx, s, text)
	case "neighborhood":
		return neighborhood(ctx, s, text, opt.Depth)
	case "path":
		return paths(ctx, s, args[0], args[1], opt.MaxHops)
	case "search":
		return searchGraph(ctx, s, text)
	}
	return graph.Subgraph{}, fmt.Errorf("%w: query %q has no implementation", graph.ErrUnsupported, name)
}
