package report_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/report"
)

// repoRoot walks up from the test's directory to the folder holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

func extractor(t testing.TB) (eval.Extractor, eval.Options) {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := func(path string, data []byte) (graph.Batch, error) { return report.Read(path, data, g) }
	return x, eval.Options{Synonyms: eval.GazetteerSynonyms(g)}
}

// TestDevSet measures extraction on the development reports in
// testdata/dev (texts written for the project, with gold relationships) and
// fails when the headline figure, named actor -> target, falls below the
// floor it reached. It guards against regressions; the figures themselves
// are reported by `actorgraph eval --gold loader/report/testdata/dev/gold.jsonl
// --docs loader/report/testdata/dev`.
func TestDevSet(t *testing.T) {
	rep := runSet(t, "dev")
	named := rep.Counts[eval.NamedTargets]
	if p, r := named.Precision(), named.Recall(); p < 0.9 || r < 0.65 {
		t.Errorf("got named actor -> target precision %.3f recall %.3f, want at least 0.900 and 0.650", p, r)
	}
	all := rep.Counts[eval.Overall]
	if p, r := all.Precision(), all.Recall(); p < 0.85 || r < 0.5 {
		t.Errorf("got overall precision %.3f recall %.3f, want at least 0.850 and 0.500", p, r)
	}
}

// TestUnseenSet guards the reports of testdata/unseen, written without sight
// of the extractor and scored once before any rule was changed for them
// (docs/extraction.md). Their figures are far below the dev set's; the floor
// only catches regressions. Victims described without a name ("a bank in
// Central Asia") cost precision here: their writers listed such victims in
// about half of their reports. The floor was lowered from 0.79 / 0.64 when
// batches 121-125, which score 0.62 / 0.46 on their own, joined the folder,
// and from 0.785 / 0.635 when batches 126-129 (0.68 / 0.42 blind) did;
// batches 130-136 (0.68 / 0.54 blind), 137-143 (0.66 / 0.52 blind at
// the start of their round, 0.70 / 0.54 at its end), 144-150 (0.68 /
// 0.62 at the start, 0.68 / 0.63 at the end), 151-157 (0.66 / 0.48 at
// the start, 0.67 / 0.50 at the end), 159-162 (0.60 / 0.56 at the
// start, 0.62 / 0.57 at the end), 163-164 (0.55 / 0.66 blind, 0.66 /
// 0.77 after the round that read them), 165-167 (0.65 / 0.52 blind,
// 0.80 / 0.64 after the round that read them), 168-170 (0.56 / 0.55
// blind, 0.68 / 0.71 after the round that read them), 171-175 (0.81 /
// 0.60 blind, 0.86 / 0.69 after the round that read them), 176-180
// (0.66 / 0.52 blind, 0.68 / 0.54 after the round that read them),
// 181-185 (0.66 / 0.55 blind, 0.67 / 0.60 after the round that read them),
// 186-190 (0.74 / 0.62 blind, 0.77 / 0.68 after the round that read them),
// 191-195 (0.64 / 0.65 blind, 0.68 / 0.69 after), 206-210 (0.80 / 0.60
// blind, 0.82 / 0.67 after), 196-205 (0.69 / 0.51 blind, 0.71 / 0.52
// after), 211-215 (0.77 / 0.60 blind, 0.80 / 0.66 after), 216-220
// (0.74 / 0.57 blind, 0.78 / 0.63 after), 221-225 (0.72 / 0.50 blind,
// 0.73 / 0.53 after) and 226-230 (0.65 / 0.57 blind, 0.67 / 0.65 after)
// joined above it. The precision floor went from 0.78 to 0.77 when batches
// 231-235 (0.64 / 0.56 blind, 0.68 / 0.59 after) brought the folder to
// 0.7796; batches 236-240 (0.74 / 0.67 blind, 0.75 / 0.74 after),
// 241-245 (0.72 / 0.64 blind, 0.75 / 0.68 after), 251-255 (0.46 / 0.47
// blind, 0.49 / 0.51 after), 256-260 (0.61 / 0.50 blind, 0.71 / 0.67
// after), 261-265 (0.50 / 0.48 blind, 0.57 / 0.59 after), 266-270
// (0.56 / 0.65 blind, 0.61 / 0.73 after) and 271-275 (0.57 / 0.49 blind,
// 0.63 / 0.65 after) joined above it too. The precision floor went from
// 0.77 to 0.765 when batches 276-280 (0.54 / 0.64 blind, 0.61 / 0.74
// after) brought the folder to 0.769, and from 0.765 to 0.76 when batches
// 281-285 (0.55 / 0.60 blind, 0.61 / 0.67 after) brought it to 0.766;
// batches 286-290 (0.61 / 0.57 blind, 0.69 / 0.73 after), 291-295
// (0.56 / 0.57 blind, 0.60 / 0.62 after), 296-300 (0.44 / 0.59 blind,
// 0.51 / 0.70 after) and 301-305 (0.56 / 0.54 blind, 0.63 / 0.60 after)
// joined above it. The precision floor went from 0.76 to 0.755 when
// batches 306-310 (0.49 / 0.58 blind, 0.58 / 0.71 after) brought the
// folder to 0.759; batches 311-315 (0.59 / 0.66 blind, 0.68 / 0.74 after),
// 316-320 (0.51 / 0.62 blind, 0.57 / 0.72 after), 321-325 (0.56 / 0.51
// blind, 0.64 / 0.64 after), 326-330 (0.62 / 0.52 blind, 0.67 / 0.61
// after) and 331-335 (0.56 / 0.59 blind, 0.61 / 0.67 after) joined above
// it. The precision floor went from 0.755 to 0.75 when batches 336-340
// (0.50 / 0.29 blind, 0.61 / 0.42 after) brought the folder to 0.754;
// batches 341-345 (0.59 / 0.58 blind, 0.65 / 0.61 after), 346-350
// (0.61 / 0.54 blind, 0.68 / 0.68 after), 351-355 (0.48 / 0.55 blind,
// 0.54 / 0.63 after), 356-360 (0.57 / 0.56 blind, 0.61 / 0.67 after),
// 361-365 (0.53 / 0.44 blind, 0.61 / 0.59 after), 366-370 (0.67 / 0.70
// blind, 0.70 / 0.73 after), 371-375 (0.55 / 0.58 blind, 0.59 / 0.65
// after) and 376-380 (0.52 / 0.48 blind, 0.56 / 0.53 after) joined above
// it. The precision floor went from 0.75 to 0.745 when batches 381-385
// (0.53 / 0.54 blind, 0.56 / 0.59 after) brought the folder to 0.7497;
// batches 386-390 (0.60 / 0.63 blind, 0.64 / 0.67 after) left it at 0.748,
// 391-395 (0.59 / 0.54 blind, 0.62 / 0.56 after) at 0.748 / 0.657,
// 396-400 (0.64 / 0.58 blind, 0.70 / 0.71 after) at 0.748 / 0.658, and
// 401-405 (0.52 / 0.78 blind, 0.54 / 0.82 after) at 0.746 / 0.659. The
// precision floor went from 0.745 to 0.74 when batches 406-410 (0.58 /
// 0.62 blind, 0.59 / 0.64 after) brought the folder to 0.7447 / 0.659;
// batches 411-415 (0.61 / 0.66 blind, 0.64 / 0.72 after) left it at
// 0.743 / 0.660, 416-420 (0.57 / 0.45 blind, 0.59 / 0.47 after) at
// 0.742 / 0.658, and 421-425 (0.51 / 0.49 blind, 0.54 / 0.56 after) at
// 0.740 / 0.658. The precision floor went from 0.74 to 0.735 when batches
// 426-430 (0.61 / 0.52 blind, 0.63 / 0.56 after) brought the folder to
// 0.7399 / 0.657; batches 431-435 (0.59 / 0.56 blind, 0.61 / 0.58 after)
// left it at 0.740 / 0.657.
func TestUnseenSet(t *testing.T) {
	rep := runSet(t, "unseen")
	named := rep.Counts[eval.NamedTargets]
	if p, r := named.Precision(), named.Recall(); p < 0.735 || r < 0.63 {
		t.Errorf("got named actor -> target precision %.3f recall %.3f, want at least 0.735 and 0.630", p, r)
	}
}

// runSet scores the extractor on testdata/<name> and its gold.jsonl.
func runSet(t *testing.T, name string) eval.CorpusReport {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "loader", "report", "testdata", name)
	c, err := eval.LoadCorpus(name, filepath.Join(dir, "gold.jsonl"), dir)
	if err != nil {
		t.Fatal(err)
	}
	x, opt := extractor(t)
	rep, err := eval.RunCorpus(context.Background(), c, x, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Failures) > 0 {
		t.Errorf("got extraction failures %v, want none", rep.Failures)
	}
	return rep
}

// TestEvalReport prints the evaluation report over every corpus at hand
// (the development set, the seeds, the samples and CAPTIER) when
// ACTORGRAPH_EVAL names a file to write it to; errors are listed with
// ACTORGRAPH_EVAL_VERBOSE=1.
func TestEvalReport(t *testing.T) {
	out := os.Getenv("ACTORGRAPH_EVAL")
	if out == "" {
		t.Skip("set ACTORGRAPH_EVAL to a file to write the evaluation report to")
	}
	root := repoRoot(t)
	x, opt := extractor(t)
	var rep eval.Report
	run := func(c eval.Corpus) {
		cr, err := eval.RunCorpus(context.Background(), c, x, opt)
		if err != nil {
			t.Fatal(err)
		}
		rep.Corpora = append(rep.Corpora, cr)
	}
	for _, d := range []struct{ name, gold, docs string }{
		{"dev", "loader/report/testdata/dev/gold.jsonl", "loader/report/testdata/dev"},
		{"unseen", "loader/report/testdata/unseen/gold.jsonl", "loader/report/testdata/unseen"},
		{"examples", "testdata/gold/examples.jsonl", "examples/reports"},
		{"seeds", "testdata/gold/seeds.jsonl", "../shared/seeds"},
	} {
		c, err := eval.LoadCorpus(d.name, filepath.Join(root, d.gold), filepath.Join(root, d.docs))
		if err != nil {
			rep.Corpora = append(rep.Corpora, eval.Skip(d.name, err.Error()))
			continue
		}
		run(c)
	}
	if extra := os.Getenv("ACTORGRAPH_EVAL_DIR"); extra != "" {
		c, err := eval.LoadCorpus("extra", filepath.Join(extra, "gold.jsonl"), extra)
		if err != nil {
			t.Fatal(err)
		}
		run(c)
	}
	if c, _, err := eval.ReadCaptierFile(filepath.Join(root, "..", "shared", "data", "captier.jsonl")); err == nil {
		run(c)
	} else {
		rep.Corpora = append(rep.Corpora, eval.Skip("captier", err.Error()))
	}
	rep.Total = eval.Total(rep.Corpora)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := eval.WriteText(f, rep, os.Getenv("ACTORGRAPH_EVAL_VERBOSE") != ""); err != nil {
		t.Fatal(err)
	}
}
