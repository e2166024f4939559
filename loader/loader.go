// Package loader turns sources into graph batches and feeds them to a store:
// reports (Markdown with front matter, plain text, HTML), STIX 2.0/2.1
// bundles, MISP galaxy cluster files and CSV/YAML analyst sheets. Each file
// is recognized by its content, read whole into one batch, and applied whole
// or not at all.
package loader

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
	"github.com/actorgraph/actorgraph/loader/identity"
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
	// MinConfidence drops evidence scored below it (see
	// graph.Batch.WithMinConfidence); 0 keeps everything.
	MinConfidence float64
	// Rebuild makes Load clear the store and load every source it recorded
	// again with the new ones, as it does by itself when the naming
	// convention, the curation file or the gazetteer changed.
	Rebuild bool
}

// Progress reports how far a load has gone.
type Progress struct {
	Phase string // "read" or "apply"
	Done  int    // files finished
	Total int
	Path  string
	// Entities and Relationships size the file being applied when Done <
	// Total: Apply reports each file before it starts on it, and again when
	// it is stored.
	Entities, Relationships int
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
	// Resolution says what identity resolution did.
	Resolution Resolution
	// Rebuilt says why the store was cleared and every recorded source
	// loaded again; "" when it was not.
	Rebuilt string
}

// Resolution is what identity resolution did over the files of a load.
type Resolution struct {
	// Conflicts are names two entities answer to, kept apart.
	Conflicts []identity.Conflict
	// Notes say which curation lines had no effect, and why.
	Notes []string
	// Merged counts records that became part of an entity under another id;
	// SelfLoops relationships dropped because both ends became one entity;
	// Dropped entities the curation dropped.
	Merged, SelfLoops, Dropped int
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
	f.Batch = f.Batch.WithMinConfidence(opt.MinConfidence)
	if err := f.Batch.Validate(); err != nil {
		return File{}, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// ReadAll reads every file under paths (see Files) and resolves identities
// across them (see Read). It stops at the first bad file and returns its
// error: either all files are good or none is used.
func ReadAll(ctx context.Context, paths []string, opt Options) ([]File, error) {
	files, _, err := Read(ctx, paths, opt)
	return files, err
}

// Read reads every file under paths (see Files), then resolves identities
// across all of them with package identity: threat actors mapped to the
// gazetteer, records of one entity given one id, names kept with their
// sources, display names by opt.Prefer, opt.Curation applied last. A bad
// file, an unknown naming convention or a bad curation file is an error
// (wrapping graph.ErrInvalid; the curation's a *graph.InputError naming
// file, line and field) and nothing is returned with it.
func Read(ctx context.Context, paths []string, opt Options) ([]File, Resolution, error) {
	conv, cur, err := identityOptions(opt)
	if err != nil {
		return nil, Resolution{}, err
	}
	files, err := readFiles(ctx, paths, &opt)
	if err != nil {
		return nil, Resolution{}, err
	}
	batches := make([]graph.Batch, len(files))
	for i, f := range files {
		batches[i] = f.Batch
	}
	res := identity.Resolve(batches, identity.Options{Gazetteer: opt.Gazetteer, Convention: conv, Curation: cur})
	for i := range files {
		files[i].Batch = res.Batches[i]
		if err := files[i].Batch.Validate(); err != nil {
			return nil, Resolution{}, fmt.Errorf("%s: after identity resolution: %w", files[i].Path, err)
		}
	}
	return files, Resolution{Conflicts: res.Conflicts, Notes: res.Notes, Merged: res.Merged, SelfLoops: res.SelfLoops, Dropped: res.Dropped}, nil
}

// identityOptions reads the naming convention and the curation file.
func identityOptions(opt Options) (identity.Convention, *identity.Curation, error) {
	conv, err := identity.ParseConvention(opt.Prefer)
	if err != nil {
		return identity.Convention{}, nil, fmt.Errorf("names.prefer: %w", err)
	}
	var cur *identity.Curation
	if opt.Curation != "" {
		if cur, err = identity.ReadCuration(opt.Curation); err != nil {
			return identity.Convention{}, nil, err
		}
	}
	return conv, cur, nil
}

// readFiles reads every file under paths, unresolved.
func readFiles(ctx context.Context, paths []string, opt *Options) ([]File, error) {
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
		f, err := ReadFile(ctx, p, *opt)
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
//
// A sink that keeps metadata (MetaSink) records the sources loaded and the
// identity settings (naming convention, curation file, gazetteer). When
// those settings changed since the last load, or opt.Rebuild is set, Load
// clears the sink and loads every recorded source again together with the
// new ones, so that a changed convention or a removed curation line takes
// effect on everything; Summary.Rebuilt says why. A recorded source that is
// gone makes that an error (wrapping graph.ErrInvalid) before anything is
// cleared.
func Load(ctx context.Context, sink Sink, paths []string, opt Options) (Summary, error) {
	ms, ok := sink.(MetaSink)
	if !ok {
		files, res, err := Read(ctx, paths, opt)
		if err != nil {
			return Summary{}, err
		}
		sum, err := Apply(ctx, sink, files, opt)
		sum.Resolution = res
		return sum, err
	}
	return loadRecorded(ctx, ms, paths, opt)
}

// MetaSink is a sink that keeps metadata and can be cleared: what Load
// needs to rebuild a store whose identity settings changed.
type MetaSink interface {
	Sink
	// Meta returns the value stored under key; false when there is none.
	Meta(ctx context.Context, key string) (string, bool, error)
	// SetMeta stores value under key.
	SetMeta(ctx context.Context, key, value string) error
	// Clear removes everything, metadata included.
	Clear(ctx context.Context) error
}

// Metadata keys Load keeps in a MetaSink.
const (
	MetaSources       = "loader.sources"        // JSON list of the absolute paths of the files loaded
	MetaIdentity      = "loader.identity"       // fingerprint of the identity settings
	MetaPrefer        = "loader.prefer"         // the naming convention, for messages
	MetaCuration      = "loader.curation"       // "path sha", for messages
	MetaMinConfidence = "loader.min_confidence" // the minimum confidence, for messages
)

// identityVersion changes when Resolve decides differently: stores loaded
// by another version are rebuilt.
const identityVersion = "identity-1"

func loadRecorded(ctx context.Context, ms MetaSink, paths []string, opt Options) (Summary, error) {
	conv, cur, err := identityOptions(opt)
	if err != nil {
		return Summary{}, err
	}
	if opt.Gazetteer == nil {
		if opt.Gazetteer, err = gazetteer.Default(); err != nil {
			return Summary{}, err
		}
	}
	curation := ""
	if cur != nil {
		curation = cur.Path + " " + cur.Fingerprint
	}
	fp := fingerprint(identityVersion, conv.Name, curation, gazetteerFingerprint(opt.Gazetteer), minConfidenceKey(opt.MinConfidence))
	meta := func(k string) (string, bool, error) {
		v, ok, err := ms.Meta(ctx, k)
		if err != nil {
			return "", false, fmt.Errorf("read store metadata %s: %w", k, err)
		}
		return v, ok, nil
	}
	oldFP, hasFP, err := meta(MetaIdentity)
	if err != nil {
		return Summary{}, err
	}
	var recorded []string
	if v, ok, err := meta(MetaSources); err != nil {
		return Summary{}, err
	} else if ok {
		if err := json.Unmarshal([]byte(v), &recorded); err != nil {
			return Summary{}, fmt.Errorf("%w: store metadata %s: %v", graph.ErrInvalid, MetaSources, err)
		}
	}
	names, err := Files(paths)
	if err != nil {
		return Summary{}, err
	}
	var abs []string
	for _, p := range names {
		a, err := filepath.Abs(p)
		if err != nil {
			return Summary{}, fmt.Errorf("%w: %s: %v", graph.ErrInvalid, p, err)
		}
		abs = append(abs, a)
	}
	reason := ""
	switch {
	case opt.Rebuild:
		reason = "asked to rebuild"
	case hasFP && oldFP != fp:
		reason = changeReason(ctx, ms, conv.Name, curation, opt.MinConfidence)
	}
	all := union(recorded, abs)
	var sum Summary
	if reason == "" {
		files, res, err := Read(ctx, paths, opt)
		if err != nil {
			return Summary{}, err
		}
		if sum, err = Apply(ctx, ms, files, opt); err != nil {
			return sum, err
		}
		sum.Resolution = res
	} else {
		for _, p := range recorded {
			if _, err := os.Stat(p); err != nil {
				return Summary{}, fmt.Errorf("%w: cannot rebuild the store (%s): the recorded source %s is gone; restore it, or start again with 'actorgraph reset' and load the sources you have", graph.ErrInvalid, reason, p)
			}
		}
		files, res, err := Read(ctx, all, opt)
		if err != nil {
			return Summary{}, err
		}
		if err := checkNothingLost(ctx, ms, all, reason); err != nil {
			return Summary{}, err
		}
		if err := ms.Clear(ctx); err != nil {
			return Summary{}, fmt.Errorf("rebuild: %w", err)
		}
		// Until every file is applied the store says it is incomplete, so
		// that a failed rebuild is rebuilt again by the next load.
		if err := setMeta(ctx, ms, all, fp+" incomplete", conv.Name, curation, minConfidenceKey(opt.MinConfidence)); err != nil {
			return Summary{}, err
		}
		if sum, err = Apply(ctx, ms, files, opt); err != nil {
			return sum, err
		}
		sum.Resolution = res
		sum.Rebuilt = reason
	}
	if err := setMeta(ctx, ms, all, fp, conv.Name, curation, minConfidenceKey(opt.MinConfidence)); err != nil {
		return sum, err
	}
	return sum, nil
}

// checkNothingLost refuses a rebuild that would lose reports: ones the
// store holds from files that are not among the sources to load again
// (loaded before sources were recorded, or from another folder).
func checkNothingLost(ctx context.Context, ms MetaSink, sources []string, reason string) error {
	rl, ok := ms.(interface {
		Reports(ctx context.Context) ([]graph.ReportRef, error)
	})
	if !ok {
		return nil
	}
	reports, err := rl.Reports(ctx)
	if err != nil {
		return fmt.Errorf("rebuild: %w", err)
	}
	have := map[string]bool{}
	for _, p := range sources {
		have[p] = true
	}
	var lost []string
	for _, r := range reports {
		p := r.Path
		if p != "" {
			if a, err := filepath.Abs(p); err == nil {
				p = a
			}
		}
		if p == "" || !have[p] {
			name := r.Path
			if name == "" {
				name = r.ID
			}
			lost = append(lost, name)
		}
	}
	if len(lost) == 0 {
		return nil
	}
	sort.Strings(lost)
	more := ""
	if len(lost) > 3 {
		more = fmt.Sprintf(" and %d more", len(lost)-3)
		lost = lost[:3]
	}
	return fmt.Errorf("%w: cannot rebuild the store (%s): it holds reports from sources it did not record (%s%s); load them again with 'actorgraph load --rebuild' and the new sources, or start again with 'actorgraph reset'", graph.ErrInvalid, reason, strings.Join(lost, ", "), more)
}

func setMeta(ctx context.Context, ms MetaSink, sources []string, fp, prefer, curation, minConfidence string) error {
	b, err := json.Marshal(sources)
	if err != nil {
		return err
	}
	for _, kv := range [][2]string{{MetaSources, string(b)}, {MetaPrefer, prefer}, {MetaCuration, curation}, {MetaMinConfidence, minConfidence}, {MetaIdentity, fp}} {
		if err := ms.SetMeta(ctx, kv[0], kv[1]); err != nil {
			return fmt.Errorf("write store metadata %s: %w", kv[0], err)
		}
	}
	return nil
}

// changeReason says which identity setting changed since the last load.
func changeReason(ctx context.Context, ms MetaSink, prefer, curation string, minConfidence float64) string {
	var parts []string
	if old, ok, err := ms.Meta(ctx, MetaPrefer); err == nil && ok && old != prefer {
		parts = append(parts, fmt.Sprintf("naming convention changed from %s to %s", old, prefer))
	}
	if old, ok, err := ms.Meta(ctx, MetaCuration); err == nil && ok && old != curation {
		switch {
		case old == "":
			parts = append(parts, "curation file added")
		case curation == "":
			parts = append(parts, "curation file removed")
		default:
			parts = append(parts, "curation file changed")
		}
	}
	if old, ok, err := ms.Meta(ctx, MetaMinConfidence); err == nil && old != minConfidenceKey(minConfidence) && (ok || minConfidence > 0) {
		parts = append(parts, fmt.Sprintf("minimum confidence changed from %s to %s", orNone(old), orNone(minConfidenceKey(minConfidence))))
	}
	if len(parts) == 0 {
		return "identity data changed (gazetteer, program version or an incomplete earlier load)"
	}
	return strings.Join(parts, "; ")
}

func fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

func gazetteerFingerprint(g *gazetteer.Gazetteer) string {
	b, err := json.Marshal(g.Entries())
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}

// union returns a followed by the elements of b not in a.
func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string{}, a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Apply applies files already read to sink, in order.
func Apply(ctx context.Context, sink Sink, files []File, opt Options) (Summary, error) {
	var sum Summary
	for i, f := range files {
		if opt.Progress != nil {
			opt.Progress(Progress{Phase: "apply", Done: i, Total: len(files), Path: f.Path,
				Entities: len(f.Batch.Nodes), Relationships: len(f.Batch.Edges)})
		}
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

// minConfidenceKey writes the minimum confidence for the store's metadata:
// "" when there is none.
func minConfidenceKey(min float64) string {
	if min <= 0 {
		return ""
	}
	return strconv.FormatFloat(min, 'f', -1, 64)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
