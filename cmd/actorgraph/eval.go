package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/report"
)

// The corpora measured when no --gold is given, relative to the repository
// root (docs/extraction.md reports their figures).
const (
	defaultExamplesGold = "testdata/gold/examples.jsonl"
	defaultExamplesDocs = "examples/reports"
	defaultSeedsGold    = "testdata/gold/seeds.jsonl"
	defaultSeedsDocs    = "../shared/seeds"
	defaultCaptier      = "../shared/data/captier.jsonl"
)

type evalOptions struct {
	gold, docs string
	captier    string
	captierSet bool
	format     string
	verbose    bool
	output     string
}

func newEvalCmd(a *app) *cobra.Command {
	opts := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure extraction against gold relationships: precision, recall and F1",
		Long: `Runs the report extractor over documents whose relationships an analyst has written
down (the gold), and prints precision, recall and F1 per relationship type (TARGETED,
ATTRIBUTED_TO, USES, ALIAS), overall, and for TARGETED relationships whose two ends are
named. Names match leniently (see docs/extraction.md).

Without --gold, from the repository root, it measures what docs/extraction.md reports:
  examples  examples/reports with testdata/gold/examples.jsonl
  seeds     ../shared/seeds with testdata/gold/seeds.jsonl
  captier   ../shared/data/captier.jsonl (annotated sentences, converted at run time)
Corpora whose files are absent are skipped with a note.

--gold takes a gold file or a folder of *.jsonl gold files, --docs the folder of
documents they describe; CAPTIER is then measured only when --captier is given.
--verbose lists every false positive and false negative per document.
--min-confidence (or min_confidence in the config) scores only the evidence at or
above that confidence, as load keeps it.`,
		Example: `  actorgraph eval
  actorgraph eval --verbose -o eval-report.txt
  actorgraph eval --gold testdata/gold/seeds.jsonl --docs ../shared/seeds --format json`,
		Args: rangeArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.captierSet = cmd.Flags().Changed("captier")
			return runEval(cmd.Context(), a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.gold, "gold", "", "gold relationships: a .jsonl file or a folder of them (default: the built-in corpora)")
	f.StringVar(&opts.docs, "docs", "", "folder of the documents the --gold file describes")
	f.StringVar(&opts.captier, "captier", defaultCaptier, `CAPTIER doccano JSONL to convert and measure ("" to skip)`)
	f.StringVar(&opts.format, "format", "text", "output: text or json")
	f.BoolVarP(&opts.verbose, "verbose", "v", false, "list every false positive and false negative")
	f.StringVarP(&opts.output, "output", "o", "", "write the report to FILE instead of standard output")
	return cmd
}

func runEval(ctx context.Context, a *app, opts *evalOptions) error {
	switch opts.format {
	case "text", "json":
	default:
		return usagef("eval: --format %q: want text or json", opts.format)
	}
	if opts.gold == "" && opts.docs != "" {
		return usagef("eval: --docs needs --gold")
	}
	if opts.gold != "" && opts.docs == "" {
		return usagef("eval: --gold needs --docs, the folder of the documents it describes")
	}
	g, err := gazetteer.Default()
	if err != nil {
		return err
	}
	extract := func(path string, data []byte) (graph.Batch, error) {
		b, err := report.Read(path, data, g)
		if err != nil {
			return graph.Batch{}, err
		}
		b = b.WithMinConfidence(a.cfg.MinConfidence)
		return b, b.Validate()
	}
	scoring := eval.Options{Synonyms: eval.GazetteerSynonyms(g)}

	var rep eval.Report
	runOne := func(c eval.Corpus) error {
		cr, err := eval.RunCorpus(ctx, c, extract, scoring)
		if err != nil {
			return err
		}
		rep.Corpora = append(rep.Corpora, cr)
		return nil
	}
	if opts.gold != "" {
		c, err := evalCorpus(opts.gold, opts.docs)
		if err != nil {
			return err
		}
		if err := runOne(c); err != nil {
			return err
		}
	} else {
		for _, d := range []struct{ name, gold, docs string }{
			{"examples", defaultExamplesGold, defaultExamplesDocs},
			{"seeds", defaultSeedsGold, defaultSeedsDocs},
		} {
			if why := absent(d.gold, d.docs); why != "" {
				rep.Corpora = append(rep.Corpora, eval.Skip(d.name, why))
				continue
			}
			c, err := eval.LoadCorpus(d.name, d.gold, d.docs)
			if err != nil {
				return err
			}
			if err := runOne(c); err != nil {
				return err
			}
		}
	}
	if opts.captier != "" && (opts.gold == "" || opts.captierSet) {
		if _, err := os.Stat(opts.captier); err != nil {
			if opts.captierSet {
				return fmt.Errorf("%w: --captier %s: no such file", graph.ErrInvalid, opts.captier)
			}
			rep.Corpora = append(rep.Corpora, eval.Skip("captier", opts.captier+" not found"))
		} else {
			c, _, err := eval.ReadCaptierFile(opts.captier)
			if err != nil {
				return err
			}
			if err := runOne(c); err != nil {
				return err
			}
		}
	}
	ran := 0
	for _, c := range rep.Corpora {
		if c.Skipped == "" {
			ran++
		}
	}
	if ran == 0 {
		var why []string
		for _, c := range rep.Corpora {
			why = append(why, c.Name+": "+c.Skipped)
		}
		return fmt.Errorf("%w: eval: no corpus to measure (%s); run from the repository root or give --gold and --docs",
			graph.ErrInvalid, strings.Join(why, "; "))
	}
	rep.Total = eval.Total(rep.Corpora)

	var buf bytes.Buffer
	if opts.format == "json" {
		err = eval.WriteJSON(&buf, rep, opts.verbose)
	} else {
		err = eval.WriteText(&buf, rep, opts.verbose)
	}
	if err != nil {
		return err
	}
	if opts.output == "" {
		_, err = a.stdout.Write(buf.Bytes())
		return err
	}
	if err := writeFileAtomic(opts.output, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "wrote %s\n", opts.output)
	return nil
}

// absent says why a default corpus cannot run ("" when it can).
func absent(gold, docs string) string {
	if _, err := os.Stat(gold); err != nil {
		return gold + " not found"
	}
	if st, err := os.Stat(docs); err != nil || !st.IsDir() {
		return docs + " not found"
	}
	return ""
}

// evalCorpus reads the --gold file (or every *.jsonl in the --gold folder)
// and the documents in docs.
func evalCorpus(goldPath, docs string) (eval.Corpus, error) {
	st, err := os.Stat(goldPath)
	if err != nil {
		return eval.Corpus{}, fmt.Errorf("%w: --gold %s: no such file or folder", graph.ErrInvalid, goldPath)
	}
	if st, err := os.Stat(docs); err != nil || !st.IsDir() {
		return eval.Corpus{}, fmt.Errorf("%w: --docs %s: no such folder", graph.ErrInvalid, docs)
	}
	files := []string{goldPath}
	if st.IsDir() {
		files = nil
		err := filepath.WalkDir(goldPath, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".jsonl") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			return eval.Corpus{}, fmt.Errorf("read gold folder %s: %w", goldPath, err)
		}
		if len(files) == 0 {
			return eval.Corpus{}, fmt.Errorf("%w: --gold %s: no .jsonl files", graph.ErrInvalid, goldPath)
		}
		sort.Strings(files)
	}
	name := strings.TrimSuffix(filepath.Base(goldPath), filepath.Ext(goldPath))
	c := eval.Corpus{Name: name}
	for _, f := range files {
		gs, err := eval.ReadGoldFile(f)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return eval.Corpus{}, fmt.Errorf("%w: %v", graph.ErrInvalid, err)
			}
			return eval.Corpus{}, err
		}
		c.Gold = append(c.Gold, gs...)
	}
	if c.Docs, err = eval.ReadDocs(docs); err != nil {
		return eval.Corpus{}, err
	}
	return c, nil
}
