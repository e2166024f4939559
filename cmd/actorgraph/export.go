package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

type exportOptions struct {
	deck           string
	slides         []string
	title          string
	tlp            string
	classification string
	date           string
	output         string
	format         string
	reports        []string
	dpi            float64
	theme          string // set when --theme was given: it beats the deck's theme
}

func newExportCmd(a *app) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export [DECK.yaml] -o briefing.pptx|briefing.pdf|DIR/",
		Short: "Build a briefing deck from named questions: PowerPoint, PDF, or one PNG/SVG per slide",
		Long: `Asks a list of named questions and writes the answers as briefing slides: a title
slide, one slide per question (title, diagram, legend, sources as numbered footnotes) and
the list of every source with its address and date. An optional classification banner
(a TLP label or free text) runs along the top and bottom of every slide.

The questions come from a deck file:

  title: Cambodia 2018 election intrusions
  tlp: AMBER                  # or classification: "SECRET//REL"
  theme: light                # light, dark or print
  date: 2024-05-01            # printed on the title slide (default: today)
  slides:
    - query: who-targeted
      args: ["election commission"]
      title: optional override
    - query: victims-of
      args: ["TEMP.Periscope"]

or from flags: --slide 'who-targeted:election commission' --slide 'path:APT28:ministry'
(QUERY:ARG, path takes two arguments separated by a colon), with --title and --tlp.

The format follows -o: .pptx, .pdf, or a directory (ending in / or existing) for one
PNG per slide (slide-01.png, ...); --format svg writes one SVG per slide. Everything is
drawn in Go; the same deck, date and store give the same bytes.`,
		Example: `  actorgraph export deck.yaml -o briefing.pptx
  actorgraph export --reports reports/ --slide 'who-targeted:election commission' --tlp amber -o briefing.pdf
  actorgraph export deck.yaml --format svg -o slides/`,
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.deck = args[0]
			}
			if cmd.Flags().Changed("theme") {
				opts.theme = a.cfg.Render.Theme
			}
			return runExport(cmd.Context(), a, opts)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&opts.slides, "slide", nil, "add a slide: QUERY:ARG, e.g. 'who-targeted:election commission' (repeatable; after the deck's slides)")
	f.StringVar(&opts.title, "title", "", "deck title (overrides the deck file's)")
	f.StringVar(&opts.tlp, "tlp", "", "TLP banner on every slide: clear, green, amber, amber+strict or red")
	f.StringVar(&opts.classification, "classification", "", "free-text classification banner on every slide, e.g. 'SECRET//REL'")
	f.StringVar(&opts.date, "date", "", "date on the title slide, YYYY-MM-DD (default: the deck's, else today)")
	f.StringVarP(&opts.output, "output", "o", "", "output: FILE.pptx, FILE.pdf, or a directory for one file per slide")
	f.StringVar(&opts.format, "format", "", "output format: pptx, pdf, png or svg (default: from -o; png for a directory)")
	f.StringSliceVar(&opts.reports, "reports", nil, "load these reports (files or folders) into a temporary store and ask them, leaving the configured store alone")
	f.Float64Var(&opts.dpi, "dpi", 300, "resolution of the diagram pictures in PowerPoint decks")
	return cmd
}

func runExport(ctx context.Context, a *app, opts *exportOptions) error {
	spec, err := exportSpec(opts)
	if err != nil {
		return err
	}
	format, dir, err := exportTarget(opts)
	if err != nil {
		return err
	}
	switch {
	case opts.theme != "":
		spec.Theme = opts.theme
	case spec.Theme == "":
		spec.Theme = a.cfg.Render.Theme
	}
	if spec.Date == "" {
		spec.Date = time.Now().Format("2006-01-02")
	}
	if opts.dpi < 72 || opts.dpi > 1200 {
		return usagef("--dpi %g: want 72 to 1200", opts.dpi)
	}

	s, closeStore, err := a.openStoreFor(ctx, opts.reports)
	if err != nil {
		return err
	}
	defer closeStore()
	b, err := export.Build(ctx, s, spec)
	if err != nil {
		return a.explainEmpty(ctx, s, err, opts.reports)
	}

	r, err := render.NewRenderer(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	eo := export.Options{Width: a.cfg.Render.Width, Height: a.cfg.Render.Height, DPI: opts.dpi, MaxLeaves: a.cfg.Render.MaxLeaves, DateRange: a.cfg.Render.Dates}
	var files [][]byte
	switch format {
	case export.FormatPPTX:
		data, err := export.PPTX(ctx, r, b, eo)
		files = [][]byte{data}
		if err != nil {
			return err
		}
	case export.FormatPDF:
		data, err := export.PDF(ctx, r, b, eo)
		files = [][]byte{data}
		if err != nil {
			return err
		}
	case export.FormatPNG:
		if files, err = export.PNG(ctx, r, b, eo); err != nil {
			return err
		}
	case export.FormatSVG:
		if files, err = export.SVG(ctx, r, b, eo); err != nil {
			return err
		}
	}

	summary := fmt.Sprintf("%d %s, %d %s", len(b.Slides), exportPlural(len(b.Slides), "question", "questions"), len(b.Sources), exportPlural(len(b.Sources), "source", "sources"))
	if !dir {
		if err := writeFileAtomic(opts.output, files[0]); err != nil {
			return err
		}
		fmt.Fprintf(a.stderr, "wrote %s (%s)\n", opts.output, summary)
		return nil
	}
	if err := os.MkdirAll(opts.output, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", opts.output, err)
	}
	if len(files) == 1 && (format == export.FormatPPTX || format == export.FormatPDF) {
		path := filepath.Join(opts.output, "briefing."+format)
		if err := writeFileAtomic(path, files[0]); err != nil {
			return err
		}
		fmt.Fprintf(a.stderr, "wrote %s (%s)\n", path, summary)
		return nil
	}
	for i, data := range files {
		if err := writeFileAtomic(filepath.Join(opts.output, fmt.Sprintf("slide-%02d.%s", i+1, format)), data); err != nil {
			return err
		}
	}
	fmt.Fprintf(a.stderr, "wrote %d slides to %s (%s)\n", len(files), opts.output, summary)
	return nil
}

// exportSpec reads the deck file, if any, and adds the slides and settings
// given as flags.
func exportSpec(opts *exportOptions) (export.Spec, error) {
	var spec export.Spec
	if opts.deck != "" {
		data, err := os.ReadFile(opts.deck)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return spec, fmt.Errorf("%w: deck %s does not exist", graph.ErrInvalid, opts.deck)
			}
			return spec, fmt.Errorf("read deck %s: %w", opts.deck, err)
		}
		if spec, err = export.ParseSpec(opts.deck, data); err != nil {
			return spec, err
		}
	}
	for _, s := range opts.slides {
		ss, err := export.ParseSlideFlag(s)
		if err != nil {
			return spec, usagef("--slide: %v", err)
		}
		spec.Slides = append(spec.Slides, ss)
	}
	if len(spec.Slides) == 0 {
		return spec, usagef("export: no slides (give a deck file or --slide QUERY:ARG)")
	}
	if opts.title != "" {
		spec.Title = opts.title
	}
	if opts.tlp != "" && opts.classification != "" {
		return spec, usagef("export: give either --tlp or --classification, not both")
	}
	if opts.tlp != "" {
		m, err := export.ParseTLP(opts.tlp)
		if err != nil {
			return spec, usagef("--tlp: %v", err)
		}
		spec.Marking = m
	}
	if opts.classification != "" {
		spec.Marking = export.Classification(opts.classification)
	}
	if opts.date != "" {
		if _, err := time.Parse("2006-01-02", opts.date); err != nil {
			return spec, usagef("--date %q: want YYYY-MM-DD", opts.date)
		}
		spec.Date = opts.date
	}
	return spec, nil
}

// exportTarget works out the format and whether -o is a directory.
func exportTarget(opts *exportOptions) (format string, dir bool, err error) {
	if opts.output == "" {
		return "", false, usagef("export: say where to write with -o briefing.pptx, briefing.pdf or DIR/")
	}
	if fi, statErr := os.Stat(opts.output); statErr == nil && fi.IsDir() {
		dir = true
	}
	if strings.HasSuffix(opts.output, "/") || strings.HasSuffix(opts.output, string(os.PathSeparator)) {
		dir = true
	}
	format = strings.ToLower(opts.format)
	if format == "" {
		if dir {
			format = export.FormatPNG
		} else if format, err = export.FormatFromPath(opts.output); err != nil {
			return "", false, usagef("-o %s: %v", opts.output, err)
		}
	}
	valid := false
	for _, f := range export.Formats() {
		valid = valid || f == format
	}
	if !valid {
		return "", false, usagef("--format %q: want %s", opts.format, strings.Join(export.Formats(), ", "))
	}
	if !dir && (format == export.FormatPNG || format == export.FormatSVG) {
		// One file per slide needs a directory.
		if ext := strings.ToLower(filepath.Ext(opts.output)); ext == "."+format {
			return "", false, usagef("-o %s: %s writes one file per slide; give a directory (e.g. -o slides/)", opts.output, format)
		}
		dir = true
	}
	return format, dir, nil
}

func exportPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
