// Package loader turns sources into graph batches and feeds them to a store:
// reports (Markdown with front matter, plain text, HTML), STIX 2.0/2.1
// bundles, MISP galaxy cluster files and CSV/YAML analyst sheets. Each file
// is recognized by its content, read whole into one batch, and applied whole
// or not at all.
package loader

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/misp"
	"github.com/actorgraph/actorgraph/loader/report"
	"github.com/actorgraph/actorgraph/loader/sheet"
	"github.com/actorgraph/actorgraph/loader/stix"
)

// Formats a file can be read as.
const (
	FormatReport = "report"
	FormatSTIX   = "stix"
	FormatMISP   = "misp"
	FormatSheet  = "sheet"
)

// Options tunes reading.
type Options struct {
	// Gazetteer recognizes known threat actors and their aliases; nil means
	// the built-in one.
	Gazetteer *gazetteer.Gazetteer
	// Progress, when set, is called as files are read and applied.
	Progress func(Progress)
	// Prefer is the naming convention for threat actors ("misp", "mitre", or
	// a vendor such as "mandiant"); empty means "misp".
	Prefer string
	// Curation is the path of a curation file (merges, splits, renames,
	// drops); empty means none.
	Curation string
}

// Progress reports how far a load has gone.
type Progress struct {
	Phase string // "read" or "apply"
	Done  int
	Total int
	Path  string
}

// File is one source read into a batch.
type File struct {
	Path   string
	Format string
	Batch  graph.Batch
	// Loaded and Skipped count objects by type for structured sources, and
	// SkipReasons says why objects were skipped ("revoked", "deprecated",
	// "unmodelled type", ...).
	Loaded, Skipped, SkipReasons map[string]int
}

// Summary is the outcome of a load.
type Summary struct {
	Files []File
	graph.ApplyStats
}

// extensions lists the file endings a folder walk picks up; files named
// explicitly are read whatever their ending.
var extensions = map[string]bool{
	".md": true, ".markdown": true, ".txt": true, ".text": true, ".html": true, ".htm": true,
	".json": true, ".csv": true, ".yaml": true, ".yml": true,
}

// Files expands paths into the sorted list of files to read: files named
// explicitly, and in folders (recursively) every file with a known ending,
// hidden files and folders excepted. A path that does not exist is an error.
func Files(paths []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: no such file or folder", graph.ErrInvalid, p)
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && extensions[strings.ToLower(filepath.Ext(name))] {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read folder %s: %w", p, err)
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return out, nil
}

// Detect says which format data is, from its content first and its name
// second. It returns an error wrapping graph.ErrInvalid when the content is
// none of the formats.
func Detect(path string, data []byte) (string, error) {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case len(head) > 0 && head[0] == '{' || ext == ".json":
		switch {
		case stix.Detect(data):
			return FormatSTIX, nil
		case misp.Detect(data):
			return FormatMISP, nil
		}
		return "", fmt.Errorf("%w: %s: JSON that is neither a STIX bundle nor a MISP galaxy cluster file", graph.ErrInvalid, path)
	case sheet.Detect(data):
		return FormatSheet, nil
	case ext == ".csv" || ext == ".yaml" || ext == ".yml":
		return "", fmt.Errorf("%w: %s: not an analyst sheet (a CSV needs a header with source, type and target columns; a YAML sheet a list of rows with those keys)", graph.ErrInvalid, path)
	}
	if bytes.IndexByte(head[:min(len(head), 8000)], 0) >= 0 {
		return "", fmt.Errorf("%w: %s: binary file, not a report", graph.ErrInvalid, path)
	}
	return FormatReport, nil
}

// ReadFile reads one source into a validated batch.
func ReadFile(ctx context.Context, path string, opt Options) (File, error) {
	if err := ctx.Err(); err != nil {
		return File{}, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return File{}, fmt.Errorf("%w: read %s: %v", graph.ErrInvalid, path, err)
	}
	format, err := Detect(path, data)
	if err != nil {
		return File{}, err
	}
	f := File{Path: path, Format: format}
	switch format {
	case FormatSTIX:
		var st stix.Stats
		f.Batch, st, err = stix.Read(path, data)
		f.Loaded, f.Skipped, f.SkipReasons = st.Loaded, st.Skipped, st.SkipReasons
	case FormatMISP:
		var st misp.Stats
		f.Batch, st, err = misp.Read(path, data)
		f.Loaded, f.Skipped, f.SkipReasons = st.Loaded, st.Skipped, st.SkipReasons
	case FormatSheet:
		var st sheet.Stats
		f.Batch, st, err = sheet.Read(path, data)
		f.Loaded, f.Skipped, f.SkipReasons = st.Loaded, st.Skipped, st.SkipReasons
	default:
		g := opt.Gazetteer
		if g == nil {
			if g, err = gazetteer.Default(); err != nil {
				return File{}, err
			}
		}
		f.Batch, err = report.Read(path, data, g)
	}
	if err != nil {
		return File{}, err
	}
	if err := f.Batch.Validate(); err != nil {
		return File{}, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// ReadAll reads every file under paths (see Files). It stops at the first bad
// file and returns its error: either all files are good or none is used.
func ReadAll(ctx context.Context, paths []string, opt Options) ([]File, error) {
	files, err := Files(paths)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: no reports found in %s", graph.ErrInvalid, strings.Join(paths, ", "))
	}
	if opt.Gazetteer == nil {
		if opt.Gazetteer, err = gazetteer.Default(); err != nil {
			return nil, err
		}
	}
	out := make([]File, 0, len(files))
	for i, p := range files {
		f, err := ReadFile(ctx, p, opt)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
		if opt.Progress != nil {
			opt.Progress(Progress{Phase: "read", Done: i + 1, Total: len(files), Path: p})
		}
	}
	return out, nil
}

// Load reads every source under paths and applies them to sink, one batch per
// file. Nothing is applied unless every file reads cleanly. If the sink fails
// on a file, the files before it stay loaded (each whole), that file and the
// ones after it are not, and the error names the file.
func Load(ctx context.Context, sink Sink, paths []string, opt Options) (Summary, error) {
	files, err := ReadAll(ctx, paths, opt)
	if err != nil {
		return Summary{}, err
	}
	return Apply(ctx, sink, files, opt)
}

// Apply applies files already read to sink, in order.
func Apply(ctx context.Context, sink Sink, files []File, opt Options) (Summary, error) {
	var sum Summary
	for i, f := range files {
		st, err := sink.Apply(ctx, f.Batch)
		if err != nil {
			return sum, fmt.Errorf("load %s (after %d of %d files loaded): %w", f.Path, i, len(files), err)
		}
		sum.ApplyStats.Add(st)
		sum.Files = append(sum.Files, f)
		if opt.Progress != nil {
			opt.Progress(Progress{Phase: "apply", Done: i + 1, Total: len(files), Path: f.Path})
		}
	}
	return sum, nil
}
