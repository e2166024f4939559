package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// outputOptions says where and how a subgraph goes.
type outputOptions struct {
	file   string
	format string
	title  string
}

func addOutputFlags(cmd *cobra.Command, o *outputOptions) {
	cmd.Flags().StringVarP(&o.file, "output", "o", "", "write the answer to FILE (.svg, .png, .dot, .json, .txt); the format follows the extension")
	cmd.Flags().StringVar(&o.format, "format", "", "output format: text, json, dot, svg or png (default: from -o, else text)")
	cmd.Flags().StringVar(&o.title, "title", "", "diagram title (default: the question)")
}

func (o *outputOptions) check() error {
	if o.format == "" && o.file != "" {
		f, err := render.FormatFromPath(o.file)
		if err != nil {
			return usagef("-o %s: %v", o.file, err)
		}
		o.format = f
	}
	switch o.format {
	case "", "text", "txt":
		o.format = "text"
	case "json", "dot", "svg", "png":
	default:
		return usagef("--format %q: want text, json, dot, svg or png", o.format)
	}
	return nil
}

// renderOptions turns the configuration into diagram options.
func (a *app) renderOptions(title string) render.Options {
	opt := render.DefaultOptions()
	opt.Title = title
	opt.Theme = a.cfg.Render.Theme
	opt.Width = a.cfg.Render.Width
	opt.Height = a.cfg.Render.Height
	opt.MaxLeaves = a.cfg.Render.MaxLeaves
	opt.DateRange = a.cfg.Render.Dates
	return opt
}

// writeSubgraph prints the subgraph or writes it to the output file. A file
// is written whole or not at all.
func (a *app) writeSubgraph(ctx context.Context, sg graph.Subgraph, o outputOptions) error {
	var data []byte
	var err error
	opt := a.renderOptions(o.title)
	switch o.format {
	case "text":
		data = []byte(render.Text(sg))
		if len(data) > 0 && data[len(data)-1] != '\n' {
			data = append(data, '\n')
		}
	case "json":
		data, err = render.JSON(sg)
	case "dot":
		data = render.DOT(sg, opt)
	case "svg", "png":
		var r *render.Renderer
		if r, err = render.NewRenderer(ctx); err != nil {
			return err
		}
		defer r.Close()
		if o.format == "svg" {
			data, err = r.SVG(ctx, sg, opt)
		} else {
			if o.file == "" && isTerminal(a.stdout) {
				return usagef("refusing to print a PNG on a terminal: use -o FILE.png")
			}
			data, err = r.PNG(ctx, sg, opt)
		}
	}
	if err != nil {
		return err
	}
	if o.file == "" {
		_, err = a.stdout.Write(data)
		return err
	}
	if err := writeFileAtomic(o.file, data); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "wrote %s (%d entities, %d relationships)\n", o.file, len(sg.Nodes), len(sg.Edges))
	return nil
}

// writeFileAtomic writes data to a temporary file beside path and renames it
// into place, so that a reader never sees half a file.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
