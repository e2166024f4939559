package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph/memory"
	"github.com/actorgraph/actorgraph/loader"
)

type loadOptions struct {
	paths   []string
	quiet   bool
	rebuild bool
}

func newLoadCmd(a *app) *cobra.Command {
	opts := &loadOptions{}
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Add reports, sheets, STIX bundles and MISP galaxy files to the store",
		Long: `Reads every source under the given files and folders and adds it to the configured store.
Every file is read before anything is stored: one bad file stops the load with nothing
stored. Each file is stored whole or not at all, and loading the same file again adds
nothing new (evidence is merged, never duplicated).`,
		Args: rangeArgs(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			return runLoad(cmd.Context(), a, opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.quiet, "quiet", "q", false, "print no progress and no summary")
	cmd.Flags().BoolVar(&opts.rebuild, "rebuild", false, "clear the store and load every source it recorded again with these (done by itself when names.prefer, names.curation or the gazetteer changed)")
	return cmd
}

func runLoad(ctx context.Context, a *app, opts *loadOptions) error {
	s, closeStore, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore()
	var bar *progressBar
	if !opts.quiet && isTerminal(a.stderr) {
		bar = &progressBar{w: a.stderr}
	}
	lopt := a.loaderOptions()
	lopt.Rebuild = opts.rebuild
	if bar != nil {
		lopt.Progress = bar.update
	}
	var sum loader.Summary
	if m, ok := s.(*memory.Store); ok {
		// One write of the store file for the whole load, however many
		// files: other processes see the store before or after, never between.
		err = m.Update(ctx, func(tx *memory.Tx) error {
			var lerr error
			sum, lerr = loader.Load(ctx, tx, opts.paths, lopt)
			return lerr
		})
	} else {
		sum, err = loader.Load(ctx, s, opts.paths, lopt)
	}
	bar.finish()
	if err != nil {
		return err
	}
	if !opts.quiet {
		writeLoadSummary(a.stdout, a.describeStore(), sum)
	}
	return nil
}

func writeLoadSummary(w io.Writer, where string, sum loader.Summary) {
	if sum.Rebuilt != "" {
		fmt.Fprintf(w, "rebuilt %s from every recorded source: %s\n", where, sum.Rebuilt)
	}
	fmt.Fprintf(w, "loaded %d files into %s\n", len(sum.Files), where)
	fmt.Fprintf(w, "  reports:       %d new, %d already there\n", sum.Reports, max(0, len(sum.Files)-sum.Reports))
	fmt.Fprintf(w, "  entities:      %d created, %d updated\n", sum.NodesCreated, sum.NodesUpdated)
	fmt.Fprintf(w, "  relationships: %d created, %d updated\n", sum.EdgesCreated, sum.EdgesUpdated)
	writeResolution(w, sum.Resolution)
	for _, f := range sum.Files {
		fmt.Fprintf(w, "  %s (%s): %d entities, %d relationships\n", f.Path, f.Format, len(f.Batch.Nodes), len(f.Batch.Edges))
		if len(f.Loaded) > 0 {
			fmt.Fprintf(w, "    loaded:  %s\n", countList(f.Loaded))
		}
		if len(f.Skipped) > 0 {
			fmt.Fprintf(w, "    skipped: %s\n", countList(f.Skipped))
		}
		if len(f.SkipReasons) > 0 {
			fmt.Fprintf(w, "    skipped because: %s\n", countList(f.SkipReasons))
		}
	}
}

// countList prints counts sorted by key: "a 3, b 1".
func countList(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// progressBar draws one self-overwriting line on a terminal. While a file is
// being stored it redraws every quarter second with the time spent on it, so
// a long write into Neo4j never looks stuck.
type progressBar struct {
	w     io.Writer
	mu    sync.Mutex
	last  string
	cur   loader.Progress
	since time.Time
	stop  chan struct{}
	done  chan struct{}
}

func (p *progressBar) update(pr loader.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stop == nil {
		p.stop, p.done = make(chan struct{}), make(chan struct{})
		go p.tick()
	}
	if pr.Path != p.cur.Path || pr.Phase != p.cur.Phase {
		p.since = time.Now()
	}
	p.cur = pr
	p.drawLocked()
}

func (p *progressBar) tick() {
	defer close(p.done)
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			if p.cur.Done < p.cur.Total {
				p.drawLocked()
			}
			p.mu.Unlock()
		}
	}
}

func (p *progressBar) drawLocked() {
	const width = 30
	pr := p.cur
	filled := width * pr.Done / max(pr.Total, 1)
	name := pr.Path
	if r := []rune(name); len(r) > 40 {
		name = "…" + string(r[len(r)-39:])
	}
	line := fmt.Sprintf("\r%-5s [%s%s] %d/%d %s", pr.Phase, strings.Repeat("=", filled), strings.Repeat(" ", width-filled), pr.Done, pr.Total, name)
	if pr.Phase == "apply" && pr.Done < pr.Total {
		line += fmt.Sprintf(" (%d entities, %d relationships) %ds", pr.Entities, pr.Relationships, int(time.Since(p.since).Seconds()))
	}
	if pad := len(p.last) - len(line); pad > 0 {
		line += strings.Repeat(" ", pad)
	}
	p.last = line
	fmt.Fprint(p.w, line)
}

// finish stops the ticker and clears the line.
func (p *progressBar) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	stop := p.stop
	p.mu.Unlock()
	if stop != nil {
		close(stop)
		<-p.done
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.last != "" {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", len(p.last))+"\r")
	}
}
