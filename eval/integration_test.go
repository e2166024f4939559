package eval_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/report"
)

// Paths relative to this package: the repository's gold and examples, and
// the shared data beside the repository.
const (
	seedsDir     = "../../shared/seeds"
	seedsGold    = "../testdata/gold/seeds.jsonl"
	examplesDir  = "../examples/reports"
	examplesGold = "../testdata/gold/examples.jsonl"
	captierPath  = "../../shared/data/captier.jsonl"
)

func extractor(t testing.TB) (eval.Extractor, eval.Options) {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := func(path string, data []byte) (graph.Batch, error) { return report.Read(path, data, g) }
	return x, eval.Options{Synonyms: eval.GazetteerSynonyms(g)}
}

// TestSeedsReport runs the real extractor over the seed articles and checks
// that a full report comes out. It asserts no threshold: the figures are
// recorded in docs/extraction.md.
func TestSeedsReport(t *testing.T) {
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed articles not found (%s): %v", seedsDir, err)
	}
	c, err := eval.LoadCorpus("seeds", seedsGold, seedsDir)
	if err != nil {
		t.Fatal(err)
	}
	x, opt := extractor(t)
	cr, err := eval.RunCorpus(context.Background(), c, x, opt)
	if err != nil {
		t.Fatal(err)
	}
	if cr.Docs != 2 {
		t.Errorf("documents: got %d, want 2", cr.Docs)
	}
	if got, want := cr.Counts[eval.Overall].Gold, len(c.Gold); got != want {
		t.Errorf("gold relationships scored: got %d, want %d (warnings: %v)", got, want, cr.Warnings)
	}
	for _, f := range cr.Failures {
		t.Errorf("extractor failed on %s: %s", f.Doc, f.Error)
	}
	rep := eval.Report{Corpora: []eval.CorpusReport{cr}}
	rep.Total = eval.Total(rep.Corpora)
	var text bytes.Buffer
	if err := eval.WriteText(&text, rep, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range append(eval.Labels(), "corpus seeds: 2 documents") {
		if !strings.Contains(text.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, text.String())
		}
	}
	var js bytes.Buffer
	if err := eval.WriteJSON(&js, rep, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"label": "named actor -> target"`) {
		t.Errorf("JSON report lacks the named row:\n%s", js.String())
	}
	t.Logf("seeds:\n%s", text.String())
}

// TestExamplesGold checks that every gold line of the sample reports names a
// file in examples/reports.
func TestExamplesGold(t *testing.T) {
	if _, err := os.Stat(examplesGold); err != nil {
		t.Skipf("no gold for the examples yet: %v", err)
	}
	c, err := eval.LoadCorpus("examples", examplesGold, examplesDir)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, d := range c.Docs {
		ids[d.ID] = true
	}
	for _, g := range c.Gold {
		if !ids[g.Doc] {
			t.Errorf("gold names %s, which is not in %s", g.Doc, examplesDir)
		}
	}
}

// BenchmarkExtractThroughput measures report extraction in bytes per second
// over the CAPTIER sentences (each a document) and the sample reports; the
// target is at least 2 MB/s on one core:
//
//	go test ./eval -run '^$' -bench ExtractThroughput -cpu 1
func BenchmarkExtractThroughput(b *testing.B) {
	var docs []eval.Document
	if _, err := os.Stat(captierPath); err == nil {
		c, _, err := eval.ReadCaptierFile(captierPath)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, c.Docs...)
	}
	if _, err := os.Stat(examplesDir); err == nil {
		ex, err := eval.ReadDocs(examplesDir)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, ex...)
	}
	if len(docs) == 0 {
		b.Skipf("no corpus: neither %s nor %s", captierPath, filepath.Clean(examplesDir))
	}
	x, _ := extractor(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.Data))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x(d.Path, d.Data); err != nil {
				b.Fatalf("%s: %v", d.ID, err)
			}
		}
	}
}

// TestCaptierReport converts the CAPTIER sentences and runs the real
// extractor over them: every sentence is read, the conversion keeps a gold
// relationship of each type, and nothing fails.
func TestCaptierReport(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if _, err := os.Stat(captierPath); err != nil {
		t.Skipf("CAPTIER not found (%s): %v", captierPath, err)
	}
	c, st, err := eval.ReadCaptierFile(captierPath)
	if err != nil {
		t.Fatal(err)
	}
	if st.Sentences < 1000 || len(c.Docs) != st.Sentences {
		t.Errorf("sentences: got %d (%d documents), want over 1000, one document each", st.Sentences, len(c.Docs))
	}
	for _, typ := range eval.Types() {
		if st.Kept[typ] == 0 {
			t.Errorf("no %s relationship kept (dropped: %v)", typ, st.Dropped)
		}
	}
	x, opt := extractor(t)
	cr, err := eval.RunCorpus(context.Background(), c, x, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range cr.Failures {
		t.Errorf("extractor failed on %s: %s", f.Doc, f.Error)
	}
	if len(cr.Warnings) != 0 {
		t.Errorf("warnings: got %v, want none", cr.Warnings)
	}
	if got, want := cr.Counts[eval.Overall].Gold, len(c.Gold); got != want {
		t.Errorf("gold relationships scored: got %d, want %d", got, want)
	}
}
