package neo4j_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/graph/neo4j"
	"github.com/actorgraph/actorgraph/queries"
)

// The store is what the named queries and the loader need. sink is
// loader.Sink, written out so that these tests do not build the loader.
type sink interface {
	Apply(ctx context.Context, b graph.Batch) (graph.ApplyStats, error)
}

var (
	_ queries.Store = (*neo4j.Store)(nil)
	_ sink          = (*neo4j.Store)(nil)
)

// snapshot is everything a store holds, read through its public methods.
type snapshot struct {
	Counts  graph.Counts
	Reports []graph.ReportRef
	Nodes   []graph.Node
	Edges   []graph.Edge
	Names   []string
}

type fullStore interface {
	queries.Store
	Reports(ctx context.Context) ([]graph.ReportRef, error)
}

func takeSnapshot(t *testing.T, s fullStore) snapshot {
	t.Helper()
	ctx := testContext(t)
	var snap snapshot
	var err error
	if snap.Counts, err = s.Counts(ctx); err != nil {
		t.Fatalf("counts: %v", err)
	}
	if snap.Reports, err = s.Reports(ctx); err != nil {
		t.Fatalf("reports: %v", err)
	}
	if snap.Names, err = s.Names(ctx); err != nil {
		t.Fatalf("names: %v", err)
	}
	ids := allIDs(t, s, snap.Names)
	if snap.Nodes, err = s.Nodes(ctx, ids); err != nil {
		t.Fatalf("nodes: %v", err)
	}
	sg, err := s.Expand(ctx, ids, graph.Out, nil)
	if err != nil {
		t.Fatalf("expand: %v", err)
	}
	snap.Edges = sg.Edges
	return snap
}

// allIDs returns the id of every node: Neo4j lists them, the embedded store
// finds each node by its own name.
func allIDs(t *testing.T, s fullStore, names []string) []string {
	t.Helper()
	ctx := testContext(t)
	var ids []string
	if ns, ok := s.(*neo4j.Store); ok {
		res, err := ns.Cypher(ctx, "MATCH (n:Entity) RETURN n.id ORDER BY n.id", nil, neo4j.CypherOptions{})
		if err != nil {
			t.Fatalf("list ids: %v", err)
		}
		for _, r := range res.Rows {
			ids = append(ids, r[0].(string))
		}
		return ids
	}
	seen := map[string]bool{}
	for _, name := range names {
		found, err := s.Find(ctx, name, nil)
		if err != nil {
			t.Fatalf("find %q: %v", name, err)
		}
		for _, n := range found {
			if !seen[n.ID] {
				seen[n.ID] = true
				ids = append(ids, n.ID)
			}
		}
	}
	return ids
}

// memorySnapshot applies batches to an embedded store and takes its snapshot.
func memorySnapshot(t *testing.T, batches ...graph.Batch) snapshot {
	t.Helper()
	m := memory.New()
	for _, b := range batches {
		if _, err := m.Apply(testContext(t), b); err != nil {
			t.Fatalf("memory apply: %v", err)
		}
	}
	return takeSnapshot(t, m)
}

func compareSnapshots(t *testing.T, got, want snapshot) {
	t.Helper()
	if !reflect.DeepEqual(got.Counts, want.Counts) {
		t.Errorf("counts: got %+v, want %+v", got.Counts, want.Counts)
	}
	if !reflect.DeepEqual(got.Reports, want.Reports) {
		t.Errorf("reports: got %+v, want %+v", got.Reports, want.Reports)
	}
	if !reflect.DeepEqual(got.Names, want.Names) {
		t.Errorf("names: got %d %v, want %d %v", len(got.Names), first(got.Names), len(want.Names), first(want.Names))
	}
	if len(got.Nodes) != len(want.Nodes) {
		t.Errorf("nodes: got %d, want %d", len(got.Nodes), len(want.Nodes))
	}
	for i := 0; i < len(got.Nodes) && i < len(want.Nodes); i++ {
		if !reflect.DeepEqual(got.Nodes[i], want.Nodes[i]) {
			t.Errorf("node %d: got %+v, want %+v", i, got.Nodes[i], want.Nodes[i])
			break
		}
	}
	if len(got.Edges) != len(want.Edges) {
		t.Errorf("edges: got %d, want %d", len(got.Edges), len(want.Edges))
	}
	for i := 0; i < len(got.Edges) && i < len(want.Edges); i++ {
		if !reflect.DeepEqual(got.Edges[i], want.Edges[i]) {
			t.Errorf("edge %d: got %+v, want %+v", i, got.Edges[i], want.Edges[i])
			break
		}
	}
}

func first(s []string) []string {
	if len(s) > 5 {
		return s[:5]
	}
	return s
}

func apply(t *testing.T, s *neo4j.Store, batches ...graph.Batch) graph.ApplyStats {
	t.Helper()
	var total graph.ApplyStats
	for _, b := range batches {
		st, err := s.Apply(testContext(t), b)
		if err != nil {
			t.Fatalf("apply %s: %v", b.Report.ID, err)
		}
		total.Add(st)
	}
	return total
}

// smallBatches are two overlapping reports with the cases that a storage
// model can get wrong: aliases, alias claims, props, a better spelling in
// the second report, evidence on the same edge from both.
func smallBatches() []graph.Batch {
	r1 := graph.ReportRef{ID: "report:one", Title: "One", Date: "2024-03-01", URL: "https://example.com/1"}
	r2 := graph.ReportRef{ID: "report:two", Title: "Two", Date: "2024-04-01", Publisher: "Example"}
	apt := graph.NewNode(graph.ThreatActor, "apt40", "TEMP.Periscope")
	apt.AliasClaims = []graph.AliasClaim{{Alias: "TEMP.Periscope", Source: "report:one"}}
	apt.Props = map[string]string{"country": "CN"}
	apt2 := graph.NewNode(graph.ThreatActor, "APT40", "Leviathan", "Kryptonite Panda")
	apt2.AliasClaims = []graph.AliasClaim{{Alias: "Leviathan", Source: "mitre-attack"}}
	apt2.Props = map[string]string{"external_id": "G0065", "description": "A group."}
	org := graph.NewNode(graph.Organization, "Ministère des Affaires étrangères")
	cty := graph.NewNode(graph.Country, "Côte d'Ivoire")
	mal := graph.NewNode(graph.Malware, "BADFLICK")
	rep := graph.Node{ID: "report:one", Kind: graph.Report, Name: "One"}
	ev1 := graph.Evidence{Report: r1, Sentence: "APT40 targeted the ministry.", Rule: "verb", Confidence: 0.8}
	ev2 := graph.Evidence{Report: r2, Sentence: "The ministry was attacked by APT40.", Rule: "passive", Confidence: 0.6}
	return []graph.Batch{
		{Report: r1, Nodes: []graph.Node{apt, org, cty, rep}, Edges: []graph.Edge{
			{Type: graph.Targeted, Source: apt.ID, Target: org.ID, Evidence: []graph.Evidence{ev1}},
			{Type: graph.LocatedIn, Source: org.ID, Target: cty.ID, Evidence: []graph.Evidence{ev1}},
			{Type: graph.RelatedTo, Source: rep.ID, Target: apt.ID, Evidence: []graph.Evidence{ev1}},
		}},
		{Report: r2, Nodes: []graph.Node{apt2, org, mal}, Edges: []graph.Edge{
			{Type: graph.Targeted, Source: apt2.ID, Target: org.ID, Evidence: []graph.Evidence{ev2, ev2}},
			{Type: graph.Uses, Source: apt2.ID, Target: mal.ID, Evidence: []graph.Evidence{ev2}},
		}},
	}
}

func TestApplyRoundTrip(t *testing.T) {
	s := openStore(t)
	batches := smallBatches()
	stats := apply(t, s, batches...)
	want := graph.ApplyStats{Reports: 2, NodesCreated: 5, NodesUpdated: 1, EdgesCreated: 4, EdgesUpdated: 1}
	if stats != want {
		t.Errorf("stats: got %+v, want %+v", stats, want)
	}
	compareSnapshots(t, takeSnapshot(t, s), memorySnapshot(t, batches...))
}

func TestApplyTwiceChangesNothing(t *testing.T) {
	s := openStore(t)
	batches := corpus(1, 4, 300)
	first := apply(t, s, batches...)
	once := takeSnapshot(t, s)
	second := apply(t, s, batches...)
	if want := (graph.ApplyStats{}); second != want {
		t.Errorf("second load: got %+v, want %+v (first load %+v)", second, want, first)
	}
	compareSnapshots(t, takeSnapshot(t, s), once)
	compareSnapshots(t, once, memorySnapshot(t, batches...))
}

// TestConcurrentOverlappingLoads: two goroutines load overlapping batches
// (the same entities and relationships, different evidence) at the same
// time; the result is the one of loading them one after the other.
func TestConcurrentOverlappingLoads(t *testing.T) {
	s := openStore(t)
	a := corpus(7, 3, 400)
	b := corpus(7, 3, 400)
	for i := range b {
		// Same entities and edges, other report ids: evidence must add up.
		b[i] = rebrand(b[i], fmt.Sprintf("report:other-%d", i))
	}
	// The second loader has a store of its own (its own driver and
	// connections), as another process would.
	other, err := neo4j.Open(testContext(t), testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close(context.Background())
	var wg sync.WaitGroup
	errs := make(chan error, len(a)+len(b))
	for i, set := range [][]graph.Batch{a, b} {
		st := s
		if i == 1 {
			st = other
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, batch := range set {
				if _, err := st.Apply(testContext(t), batch); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent apply: %v", err)
	}
	compareSnapshots(t, takeSnapshot(t, s), memorySnapshot(t, append(append([]graph.Batch{}, a...), b...)...))
}

// rebrand returns b as told by another report.
func rebrand(b graph.Batch, id string) graph.Batch {
	rep := b.Report
	rep.ID = id
	out := graph.Batch{Report: rep, Nodes: b.Nodes}
	for _, e := range b.Edges {
		e2 := e
		e2.Evidence = nil
		for _, ev := range e.Evidence {
			ev.Report = rep
			e2.Evidence = append(e2.Evidence, ev)
		}
		out.Edges = append(out.Edges, e2)
	}
	return out
}

func TestFailedBatchLeavesNothing(t *testing.T) {
	s := openStore(t)
	ctx := testContext(t)
	apply(t, s, smallBatches()[0])

	t.Run("constraint violation halfway", func(t *testing.T) {
		// Report entities may have any id, and Reports come last: a Report
		// entity with the id of a stored Tool passes validation and breaks
		// the id constraint of Entity after every other node of the batch
		// has been written, inside the transaction.
		tool := graph.NewNode(graph.Tool, "Clash")
		ev := graph.Evidence{Report: graph.ReportRef{ID: "report:tool"}, Sentence: "s"}
		apply(t, s, graph.Batch{Report: ev.Report, Nodes: []graph.Node{tool, smallBatches()[0].Nodes[0]}, Edges: []graph.Edge{
			{Type: graph.Uses, Source: smallBatches()[0].Nodes[0].ID, Target: tool.ID, Evidence: []graph.Evidence{ev}}}})
		snapBefore := takeSnapshot(t, s)
		big := corpus(3, 1, 500)[0]
		big.Nodes = append(big.Nodes, graph.Node{ID: tool.ID, Kind: graph.Report, Name: "Clash report"})
		if err := big.Validate(); err != nil {
			t.Fatalf("the batch must pass validation: %v", err)
		}
		for _, applyFn := range []struct {
			name string
			fn   func(context.Context, graph.Batch) (graph.ApplyStats, error)
		}{{"batched", s.Apply}, {"one by one", s.ApplyOneByOne}} {
			_, err := applyFn.fn(ctx, big)
			if err == nil {
				t.Fatalf("%s: apply succeeded, want a constraint error", applyFn.name)
			}
			if !errors.Is(err, graph.ErrInvalid) || strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: error %q should be one line wrapping graph.ErrInvalid", applyFn.name, err)
			}
			t.Logf("%s: %v", applyFn.name, err)
			compareSnapshots(t, takeSnapshot(t, s), snapBefore)
		}
	})

	t.Run("cancelled mid-transaction", func(t *testing.T) {
		snapBefore := takeSnapshot(t, s)
		big := corpus(4, 1, 3000)[0]
		cctx, cancel := context.WithCancel(ctx)
		go func() {
			time.Sleep(300 * time.Millisecond)
			cancel()
		}()
		_, err := s.ApplyOneByOne(cctx, big)
		if err == nil {
			t.Skip("the load finished before the cancellation")
		}
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %v does not wrap context.Canceled", err)
		}
		compareSnapshots(t, takeSnapshot(t, s), snapBefore)
	})
}

func TestCypherReadOnly(t *testing.T) {
	s := openStore(t)
	ctx := testContext(t)
	apply(t, s, smallBatches()...)
	before, _ := s.Counts(ctx)
	_, err := s.Cypher(ctx, "MATCH (n) DETACH DELETE n", nil, neo4j.CypherOptions{})
	if !errors.Is(err, graph.ErrReadOnly) {
		t.Fatalf("got error %v, want one wrapping graph.ErrReadOnly", err)
	}
	if want := "the query writes to the database; run it with --write to allow writes"; err.Error() != want {
		t.Errorf("message: got %q, want %q", err.Error(), want)
	}
	after, _ := s.Counts(ctx)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("counts changed by a refused write: before %+v, after %+v", before, after)
	}

	res, err := s.Cypher(ctx, "MATCH (n:Malware) SET n.prop_checked = $v RETURN count(n) AS c", map[string]any{"v": "yes"}, neo4j.CypherOptions{Write: true})
	if err != nil {
		t.Fatalf("write query: %v", err)
	}
	if got := res.Rows[0][0]; got != int64(1) {
		t.Errorf("write query count: got %v, want 1", got)
	}
	ns, err := s.Nodes(ctx, []string{graph.NodeID(graph.Malware, "BADFLICK")})
	if err != nil || len(ns) != 1 || ns[0].Props["checked"] != "yes" {
		t.Errorf("after --write: got %+v, %v; want the prop checked=yes", ns, err)
	}

	// CALL { ... } IN TRANSACTIONS needs an auto-commit transaction.
	q := "MATCH (n:Malware) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS"
	if _, err := s.Cypher(ctx, q, nil, neo4j.CypherOptions{}); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("read-only %s: got %v, want graph.ErrReadOnly", q, err)
	}
	if _, err := s.Cypher(ctx, q, nil, neo4j.CypherOptions{Write: true}); err != nil {
		t.Errorf("--write %s: %v", q, err)
	}
	if c, _ := s.Counts(ctx); c.ByKind[graph.Malware] != 0 {
		t.Errorf("after deleting malware: %d left", c.ByKind[graph.Malware])
	}
}

func TestCypherLimitTimeoutErrors(t *testing.T) {
	s := openStore(t)
	ctx := testContext(t)
	res, err := s.Cypher(ctx, "UNWIND range(1, 100) AS i RETURN i", nil, neo4j.CypherOptions{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 10 || !res.Truncated {
		t.Errorf("limit 10: got %d rows, truncated %v; want 10, true", len(res.Rows), res.Truncated)
	}
	res, err = s.Cypher(ctx, "UNWIND range(1, 10) AS i RETURN i", nil, neo4j.CypherOptions{Limit: 10})
	if err != nil || len(res.Rows) != 10 || res.Truncated {
		t.Errorf("limit 10 of 10: got %d rows, truncated %v, %v; want 10, false", len(res.Rows), res.Truncated, err)
	}
	if !reflect.DeepEqual(res.Columns, []string{"i"}) {
		t.Errorf("columns: got %v, want [i]", res.Columns)
	}

	start := time.Now()
	_, err = s.Cypher(ctx, "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 0 RETURN count(*)", nil, neo4j.CypherOptions{Timeout: time.Second})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("slow query: got %v, want an error wrapping context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("timeout of 1s stopped the query after %s", d)
	}

	_, err = s.Cypher(ctx, "MATC (n) RETURN n", nil, neo4j.CypherOptions{})
	if !errors.Is(err, graph.ErrInvalid) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "syntax") {
		t.Errorf("syntax error: got %q, want one line mentioning syntax, wrapping graph.ErrInvalid", err)
	}
	_, err = s.Cypher(ctx, "RETURN $missing", nil, neo4j.CypherOptions{})
	if !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("missing parameter: got %v, want graph.ErrInvalid", err)
	}
}

func TestCypherResultGraph(t *testing.T) {
	s := openStore(t)
	ctx := testContext(t)
	batches := smallBatches()
	apply(t, s, batches...)
	res, err := s.Cypher(ctx,
		"MATCH p = shortestPath((a:ThreatActor {id: $a})-[*]-(c:Country)) RETURN p, length(p) AS hops",
		map[string]any{"a": graph.NodeID(graph.ThreatActor, "APT40")}, neo4j.CypherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 {
		t.Fatalf("rows: got %d, want 1", len(res.Rows))
	}
	if res.Rows[0][1] != int64(2) {
		t.Errorf("hops: got %v, want 2", res.Rows[0][1])
	}
	p, ok := res.Rows[0][0].(map[string]any)
	if !ok {
		t.Fatalf("path value: got %T, want map[string]any", res.Rows[0][0])
	}
	if nodes, _ := p["nodes"].([]any); len(nodes) != 3 {
		t.Errorf("path nodes: got %v", p["nodes"])
	}
	want := memorySnapshot(t, batches...)
	var wantIDs []string
	for _, id := range []string{graph.NodeID(graph.Country, "Côte d'Ivoire"), graph.NodeID(graph.Organization, "Ministère des Affaires étrangères"), graph.NodeID(graph.ThreatActor, "APT40")} {
		wantIDs = append(wantIDs, id)
	}
	var gotIDs []string
	for _, n := range res.Graph.Nodes {
		gotIDs = append(gotIDs, n.ID)
	}
	if !reflect.DeepEqual(gotIDs, wantIDs) {
		t.Errorf("graph nodes: got %v, want %v", gotIDs, wantIDs)
	}
	if len(res.Graph.Edges) != 2 {
		t.Fatalf("graph edges: got %d, want 2", len(res.Graph.Edges))
	}
	for _, e := range res.Graph.Edges {
		found := false
		for _, w := range want.Edges {
			if reflect.DeepEqual(e, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("graph edge %+v is not the stored edge", e)
		}
	}

	// A relationship returned alone still names its endpoints.
	res, err = s.Cypher(ctx, "MATCH ()-[r:USES]->() RETURN r", nil, neo4j.CypherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e, ok := res.Rows[0][0].(graph.Edge)
	if !ok || e.Source != graph.NodeID(graph.ThreatActor, "APT40") || e.Target != graph.NodeID(graph.Malware, "BADFLICK") {
		t.Errorf("relationship value: got %#v", res.Rows[0][0])
	}
	if len(res.Graph.Nodes) != 2 || len(res.Graph.Edges) != 1 {
		t.Errorf("graph of a lone relationship: got %d nodes, %d edges; want 2, 1", len(res.Graph.Nodes), len(res.Graph.Edges))
	}
}

func TestOpenErrors(t *testing.T) {
	cfg := testConfig(t)
	ctx := testContext(t)

	bad := cfg
	bad.Password = "wrong-password-xyz"
	_, err := neo4j.Open(ctx, bad)
	if !errors.Is(err, graph.ErrUnavailable) {
		t.Fatalf("wrong password: got %v, want an error wrapping graph.ErrUnavailable", err)
	}
	msg := err.Error()
	t.Logf("wrong password: %s", msg)
	if !strings.Contains(msg, "authentication failed") || strings.Contains(msg, bad.Password) || strings.Contains(msg, "\n") {
		t.Errorf("wrong password: message %q should say authentication failed, in one line, without the password", msg)
	}
	if cfg.Password != "" && strings.Contains(msg, cfg.Password) {
		t.Errorf("message %q holds the real password", msg)
	}

	nodb := cfg
	nodb.Database = "no-such-database"
	_, err = neo4j.Open(ctx, nodb)
	if !errors.Is(err, graph.ErrUnavailable) || !strings.Contains(err.Error(), `database "no-such-database" does not exist`) {
		t.Errorf("unknown database: got %v, want graph.ErrUnavailable saying the database does not exist", err)
	}

	down := cfg
	down.URI = "bolt://127.0.0.1:1" // nothing listens on port 1
	for _, uri := range []string{"bolt://127.0.0.1:1", "neo4j://127.0.0.1:1"} {
		down.URI = uri
		_, err = neo4j.Open(ctx, down)
		if !errors.Is(err, graph.ErrUnavailable) {
			t.Fatalf("server down: got %v, want graph.ErrUnavailable", err)
		}
		if msg := err.Error(); !strings.Contains(msg, "connection refused") || !strings.Contains(msg, uri) || strings.Contains(msg, "\n") {
			t.Errorf("server down: message %q should name the URI and say connection refused, in one line", msg)
		}
		t.Logf("server down: %v", err)
	}
}

// TestFindMatchesMemory: Find on Neo4j (full-text candidates, or a scan for
// very long queries) returns exactly what the embedded store returns, for
// names that Lucene's own analyzers would tokenize differently.
func TestFindMatchesMemory(t *testing.T) {
	s := openStore(t)
	ctx := testContext(t)
	names := []struct {
		kind    graph.Kind
		name    string
		aliases []string
	}{
		{graph.ThreatActor, "TEMP.Periscope", []string{"APT40", "Leviathan", "BRONZE MOHAWK"}},
		{graph.ThreatActor, "APT 28", []string{"Fancy Bear", "Sofacy"}},
		{graph.ThreatActor, "APT4", nil},
		{graph.Organization, "Ministry of the Interior", nil},
		{graph.Organization, "Ministère des Affaires étrangères", nil},
		{graph.Country, "Côte d'Ivoire", nil},
		{graph.ThreatActor, "Лазарь", nil},
		{graph.ThreatActor, "Кимсуки", []string{"Velvet Chollima"}},
		{graph.Organization, "AT&T", nil},
		{graph.Organization, "The Of", nil},
		{graph.Malware, "Café", nil},
		{graph.Tool, "Not Or And", nil},
		{graph.Sector, "Oil & Gas", nil},
		{graph.Organization, "中国电信", nil},
		{graph.Infrastructure, "x1y2z3", nil},
		{graph.Organization, "O'Brien & Partners, Ltd.", nil},
	}
	// A name of 300 distinct words: a query for it has too many words for
	// one index query, and Find scans instead.
	var words []string
	for i := 0; i < 300; i++ {
		words = append(words, string(rune('a'+i/26%26))+string(rune('a'+i%26))+"word")
	}
	long := strings.Join(words, " ")
	names = append(names, struct {
		kind    graph.Kind
		name    string
		aliases []string
	}{graph.Campaign, long, nil})
	b := graph.Batch{Report: graph.ReportRef{ID: "report:names"}}
	for _, n := range names {
		b.Nodes = append(b.Nodes, graph.NewNode(n.kind, n.name, n.aliases...))
	}
	apply(t, s, b)
	m := memory.New()
	if _, err := m.Apply(ctx, b); err != nil {
		t.Fatal(err)
	}
	queries := []string{
		"TEMP.Periscope", "temp periscope", "periscope", "APT40", "APT 40", "apt-40", "apt", "40", "apt4", "APT 4",
		"bronze", "APT28", "fancy", "Ministry of Interior", "ministry of the interior", "the interior",
		"ministere des affaires etrangeres", "Ministère", "cote divoire", "Côte d’Ivoire", "Лазарь", "лазарь",
		"Кимсуки", "velvet chollima", "AT&T", "at and t", "att", "the of", "of", "The", "Caf", "cafe", "Café",
		"not", "NOT OR AND", "or", "oil and gas", "oil gas", "中国电信", "中国", "x1y2z3", "x 1 y 2", "xyz",
		"", "!!!", "\"quoted\"", "back\\slash", "apt*", "apt?", "(apt)", "apt:40", "obrien partners", long, strings.ToUpper(long), strings.Join(words[:200], " "),
	}
	for _, q := range queries {
		for _, kinds := range [][]graph.Kind{nil, {graph.ThreatActor}, {graph.Organization, graph.Country}} {
			got, err := s.Find(ctx, q, kinds)
			if err != nil {
				t.Errorf("Find(%.40q, %v): %v", q, kinds, err)
				continue
			}
			want, _ := m.Find(ctx, q, kinds)
			if !reflect.DeepEqual(ids(got), ids(want)) {
				t.Errorf("Find(%.40q, %v): got %v, want %v", q, kinds, ids(got), ids(want))
			}
		}
	}
}

func ids(ns []graph.Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.ID)
	}
	return out
}

func TestCypherValues(t *testing.T) {
	s := openStore(t)
	ctx := testContext(t)
	res, err := s.Cypher(ctx, "RETURN $s AS s, 1 AS i, 1.5 AS f, true AS b, null AS n, [1, 'a'] AS l, "+
		"{k: date('2024-01-02')} AS m, localdatetime('2024-01-02T03:04:05') AS ldt, duration('P1D') AS d, "+
		"point({x: 1.0, y: 2.0}) AS p", map[string]any{"s": "x"}, neo4j.CypherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []any{"x", int64(1), 1.5, true, nil, []any{int64(1), "a"}, map[string]any{"k": "2024-01-02"},
		"2024-01-02T03:04:05", "P0M1DT0S", map[string]any{"srid": int64(7203), "x": 1.0, "y": 2.0}}
	if !reflect.DeepEqual(res.Rows[0], want) {
		t.Errorf("values: got %#v, want %#v", res.Rows[0], want)
	}

	// Nodes and relationships outside the model read as maps, and stay out
	// of the result graph.
	res, err = s.Cypher(ctx, "CREATE (a:Note {text: 'hi'})-[r:ABOUT]->(b:Note) RETURN a, r", nil, neo4j.CypherOptions{Write: true})
	if err != nil {
		t.Fatal(err)
	}
	a, ok := res.Rows[0][0].(map[string]any)
	if !ok || !reflect.DeepEqual(a["labels"], []string{"Note"}) || !reflect.DeepEqual(a["properties"], map[string]any{"text": "hi"}) {
		t.Errorf("node outside the model: got %#v", res.Rows[0][0])
	}
	if r, ok := res.Rows[0][1].(map[string]any); !ok || r["type"] != "ABOUT" {
		t.Errorf("relationship outside the model: got %#v", res.Rows[0][1])
	}
	if len(res.Graph.Nodes)+len(res.Graph.Edges) != 0 {
		t.Errorf("graph of notes: got %+v, want empty", res.Graph)
	}
}
