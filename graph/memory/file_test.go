package memory_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/memory"
)

func open(t *testing.T, path string) *memory.Store {
	t.Helper()
	s, err := memory.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func applyAll(t *testing.T, s *memory.Store, bs ...graph.Batch) {
	t.Helper()
	for _, b := range bs {
		if _, err := s.Apply(context.Background(), b); err != nil {
			t.Fatalf("apply %s: %v", b.Report.ID, err)
		}
	}
}

func counts(t *testing.T, s *memory.Store) graph.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatalf("counts: %v", err)
	}
	return c
}

// dump returns everything the store holds, for comparisons.
func dump(t *testing.T, s *memory.Store) string {
	t.Helper()
	ctx := context.Background()
	names, err := s.Names(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, name := range names {
		nodes, err := s.Find(ctx, name, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range nodes {
			ids = append(ids, n.ID)
		}
	}
	nodes, err := s.Nodes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	sg, err := s.Expand(ctx, ids, graph.Out, nil)
	if err != nil {
		t.Fatal(err)
	}
	reports, err := s.Reports(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%+v\n%+v\n%+v\n%+v", nodes, sg.Edges, reports, counts(t, s))
}

func TestPersistence(t *testing.T) {
	for _, name := range []string{"graph.json", "graph.json.gz"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			s := open(t, path)
			applyAll(t, s, graphtest.Fixtures()...)
			want := dump(t, s)

			again := open(t, path)
			if got := dump(t, again); got != want {
				t.Errorf("reopened store differs:\ngot  %s\nwant %s", got, want)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(name, ".gz") {
				zr, err := gzip.NewReader(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("not gzip: %v", err)
				}
				var buf bytes.Buffer
				if _, err := buf.ReadFrom(zr); err != nil {
					t.Fatal(err)
				}
				data = buf.Bytes()
			}
			if !bytes.HasPrefix(data, []byte(`{"format":"actorgraph-memory-store","version":1,`)) {
				t.Errorf("file starts with %.60q, want the format header", data)
			}

			// The same content written by another store is the same bytes.
			other := filepath.Join(t.TempDir(), name)
			s2 := open(t, other)
			bs := graphtest.Fixtures()
			applyAll(t, s2, bs[2], bs[1], bs[0])
			data2, err := os.ReadFile(other)
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := os.ReadFile(path)
			if !strings.HasSuffix(name, ".gz") && !bytes.Equal(raw, data2) {
				t.Errorf("the same graph applied in another order gave another file")
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		path string
		is   error
	}{
		{"not json", write("garbage.json", "this is not json"), graph.ErrInvalid},
		{"truncated", write("truncated.json", `{"format":"actorgraph-memory-store","version":1,"reports":[`), graph.ErrInvalid},
		{"other json", write("other.json", `{"hello":"world"}`), graph.ErrInvalid},
		{"newer version", write("newer.json", `{"format":"actorgraph-memory-store","version":99}`), graph.ErrInvalid},
		{"edge to nowhere", write("dangling.json", `{"format":"actorgraph-memory-store","version":1,"nodes":[],
"edges":[{"type":"TARGETED","source":"a","target":"b","evidence":[]}]}`), graph.ErrInvalid},
		{"bad gzip", write("bad.json.gz", "\x1f\x8bnot really gzip"), graph.ErrInvalid},
		{"missing directory", filepath.Join(dir, "no", "such", "graph.json"), os.ErrNotExist},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := memory.Open(tc.path)
			if !errors.Is(err, tc.is) {
				t.Fatalf("got %v, want an error wrapping %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.path) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
	t.Run("empty file is an empty store", func(t *testing.T) {
		s := open(t, write("empty.json", ""))
		if c := counts(t, s); c.Nodes != 0 {
			t.Errorf("got %d nodes, want 0", c.Nodes)
		}
	})
	t.Run("corrupted after open", func(t *testing.T) {
		p := filepath.Join(dir, "later.json")
		s := open(t, p)
		applyAll(t, s, graphtest.Batch1())
		if err := os.WriteFile(p, []byte("{broken"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Counts(context.Background()); !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), p) {
			t.Errorf("counts over a corrupted file: got %v, want an error naming the file", err)
		}
		if _, err := s.Apply(context.Background(), graphtest.Batch2()); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("apply over a corrupted file: got %v, want an error", err)
		}
		if data, _ := os.ReadFile(p); string(data) != "{broken" {
			t.Errorf("apply over a corrupted file rewrote it")
		}
	})
}

func TestReapplyLeavesFileAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	applyAll(t, s, graphtest.Fixtures()...)
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	applyAll(t, s, graphtest.Fixtures()...)
	after, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) || !before.ModTime().Equal(after.ModTime()) {
		t.Errorf("applying batches that change nothing rewrote the file")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestReportsAndClear(t *testing.T) {
	ctx := context.Background()
	for _, persisted := range []bool{false, true} {
		t.Run(fmt.Sprintf("persisted=%v", persisted), func(t *testing.T) {
			var s *memory.Store
			path := filepath.Join(t.TempDir(), "graph.json")
			if persisted {
				s = open(t, path)
			} else {
				s = memory.New()
			}
			applyAll(t, s, graphtest.Fixtures()...)
			reports, err := s.Reports(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := []graph.ReportRef{graphtest.Report3Ref(), graphtest.Report1Ref(), graphtest.Report2Ref()}
			if !reflect.DeepEqual(reports, want) {
				t.Errorf("reports: got %+v, want %+v", reports, want)
			}
			if err := s.Clear(ctx); err != nil {
				t.Fatalf("clear: %v", err)
			}
			if c := counts(t, s); c.Nodes+c.Edges+c.Reports != 0 {
				t.Errorf("after clear: got %+v, want nothing", c)
			}
			if persisted {
				if c := counts(t, open(t, path)); c.Nodes != 0 {
					t.Errorf("reopened after clear: got %d nodes, want 0", c.Nodes)
				}
			}
			// Everything comes back as new.
			st, err := s.Apply(ctx, graphtest.Batch1())
			if err != nil || st.NodesCreated != 8 || st.Reports != 1 {
				t.Errorf("apply after clear: got %+v, %v; want 8 nodes and a report created", st, err)
			}
		})
	}
}

// A store does not let callers change its contents through returned values.
func TestResultsAreCopies(t *testing.T) {
	ctx := context.Background()
	s := memory.New()
	applyAll(t, s, graphtest.Fixtures()...)
	nodes, _ := s.Nodes(ctx, []string{graphtest.APT28})
	nodes[0].Aliases[0] = "changed"
	nodes[0].Props["country"] = "changed"
	sg, _ := s.Expand(ctx, []string{graphtest.APT28}, graph.Out, nil)
	sg.Edges[0].Evidence[0].Sentence = "changed"
	sg.Nodes[0].Name = "changed"
	again, _ := s.Nodes(ctx, []string{graphtest.APT28})
	if again[0].Aliases[0] == "changed" || again[0].Props["country"] == "changed" {
		t.Errorf("changing a returned node changed the store: %+v", again[0])
	}
	sg2, _ := s.Expand(ctx, []string{graphtest.APT28}, graph.Out, nil)
	if sg2.Edges[0].Evidence[0].Sentence == "changed" || sg2.Nodes[0].Name == "changed" {
		t.Errorf("changing a returned subgraph changed the store")
	}
}

// writerBatch is batch i of writer w: its own report, actor and victim, and
// a victim shared by every writer (so the writers merge into one node and
// add evidence to one edge per actor).
func writerBatch(w, i int) graph.Batch {
	r := graph.ReportRef{ID: fmt.Sprintf("w%d-r%d", w, i), Date: "2024-01-01"}
	actor := graph.NewNode(graph.ThreatActor, fmt.Sprintf("Writer %d Actor %d", w, i))
	victim := graph.NewNode(graph.Organization, fmt.Sprintf("Writer %d Victim %d", w, i))
	shared := graph.NewNode(graph.Organization, "Shared Victim", fmt.Sprintf("Alias %d %d", w, i))
	ev := []graph.Evidence{{Report: r, Sentence: fmt.Sprintf("Actor %d/%d struck.", w, i)}}
	return graph.Batch{Report: r, Nodes: []graph.Node{actor, victim, shared}, Edges: []graph.Edge{
		{Type: graph.Targeted, Source: actor.ID, Target: victim.ID, Evidence: ev},
		{Type: graph.Targeted, Source: actor.ID, Target: shared.ID, Evidence: ev},
	}}
}

// checkWriters checks that every batch of every writer reached the store.
func checkWriters(t *testing.T, s *memory.Store, writers, batches int) {
	t.Helper()
	c := counts(t, s)
	want := graph.Counts{Nodes: 2*writers*batches + 1, Edges: 2 * writers * batches, Reports: writers * batches}
	if c.Nodes != want.Nodes || c.Edges != want.Edges || c.Reports != want.Reports {
		t.Errorf("got %d nodes, %d edges, %d reports; want %d, %d, %d (a write was lost)",
			c.Nodes, c.Edges, c.Reports, want.Nodes, want.Edges, want.Reports)
	}
	shared, err := s.Find(context.Background(), "Shared Victim", nil)
	if err != nil || len(shared) != 1 {
		t.Fatalf("find the shared victim: got %v, %v", shared, err)
	}
	if got := len(shared[0].Aliases); got != writers*batches {
		t.Errorf("shared victim has %d aliases, want %d", got, writers*batches)
	}
}

func TestConcurrentStoresOnOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "graph.json")
	const writers, batches = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*batches)
	for w := range writers {
		s := open(t, path) // one Store per writer, like separate processes
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range batches {
				if _, err := s.Apply(context.Background(), writerBatch(w, i)); err != nil {
					errs <- err
				}
				// Reads interleaved with other writers' writes see whole versions.
				if _, err := s.Counts(context.Background()); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	checkWriters(t, open(t, path), writers, batches)
}

// TestConcurrentProcesses runs several copies of the test binary that apply
// batches to one file at the same time.
func TestConcurrentProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	path := filepath.Join(t.TempDir(), "graph.json")
	const writers, batches = 3, 20
	cmds := make([]*exec.Cmd, writers)
	outs := make([]*bytes.Buffer, writers)
	for w := range writers {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1")
		cmd.Env = append(os.Environ(), "ACTORGRAPH_MEMORY_WRITER="+strings.Join([]string{path, strconv.Itoa(w), strconv.Itoa(batches)}, ","))
		outs[w] = &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = outs[w], outs[w]
		if err := cmd.Start(); err != nil {
			t.Fatalf("start writer %d: %v", w, err)
		}
		cmds[w] = cmd
	}
	for w, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("writer %d: %v\n%s", w, err, outs[w])
		}
	}
	checkWriters(t, open(t, path), writers, batches)
}

// TestHelperWriter is the body of a writer process of TestConcurrentProcesses;
// run directly it does nothing.
func TestHelperWriter(t *testing.T) {
	spec := os.Getenv("ACTORGRAPH_MEMORY_WRITER")
	if spec == "" {
		t.Skip("helper process for TestConcurrentProcesses")
	}
	parts := strings.Split(spec, ",")
	w, _ := strconv.Atoi(parts[1])
	n, _ := strconv.Atoi(parts[2])
	s, err := memory.Open(parts[0])
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := s.Apply(context.Background(), writerBatch(w, i)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestApplyCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := memory.New()
	if _, err := s.Apply(ctx, graphtest.Batch1()); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if c := counts(t, s); c.Nodes != 0 {
		t.Errorf("a cancelled apply stored %d nodes", c.Nodes)
	}
}

func TestUpdate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "graph.json")
	s := open(t, path)
	var kept *memory.Tx
	errStop := errors.New("stop")
	err := s.Update(ctx, func(tx *memory.Tx) error {
		kept = tx
		for _, b := range graphtest.Fixtures() {
			if _, err := tx.Apply(ctx, b); err != nil {
				return err
			}
		}
		// Readers of the same store see the batches before the write.
		if c := counts(t, s); c.Nodes != 20 {
			t.Errorf("inside update: got %d nodes, want 20", c.Nodes)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("file written before update returned (%v)", err)
		}
		if _, err := tx.Apply(ctx, graph.Batch{}); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("invalid batch inside update: got %v, want graph.ErrInvalid", err)
		}
		return errStop
	})
	if !errors.Is(err, errStop) {
		t.Fatalf("update: got %v, want fn's error", err)
	}
	if c := counts(t, open(t, path)); c.Nodes != 20 || c.Edges != 21 || c.Reports != 3 {
		t.Errorf("reopened after update: got %+v, want the fixtures", c)
	}
	if _, err := kept.Apply(ctx, graphtest.Batch1()); err == nil {
		t.Errorf("apply after the update is over: got no error")
	}
	// Memory-only stores run fn directly.
	m := memory.New()
	if err := m.Update(ctx, func(tx *memory.Tx) error { _, err := tx.Apply(ctx, graphtest.Batch3()); return err }); err != nil {
		t.Fatal(err)
	}
	if c := counts(t, m); c.Nodes != 6 {
		t.Errorf("memory update: got %d nodes, want 6", c.Nodes)
	}
}

func TestUpdateWithConcurrentWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "graph.json")
	const batches = 20
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		s := open(t, path)
		for i := range batches {
			if _, err := s.Apply(ctx, writerBatch(0, i)); err != nil {
				t.Error(err)
			}
		}
	}()
	go func() {
		defer wg.Done()
		s := open(t, path)
		for i := range batches / 5 {
			err := s.Update(ctx, func(tx *memory.Tx) error {
				for j := range 5 {
					if _, err := tx.Apply(ctx, writerBatch(1, 5*i+j)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}
	}()
	wg.Wait()
	checkWriters(t, open(t, path), 2, batches)
}
