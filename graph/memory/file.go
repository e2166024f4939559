package memory

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// The file format: one JSON object with a format name and version, the known
// reports, the nodes and the edges, each record on a line of its own, sorted,
// so that equal stores are equal files. A path ending in ".gz" is written
// gzip-compressed; reading recognizes gzip by its magic bytes.
const (
	formatName    = "actorgraph-memory-store"
	formatVersion = 1
)

type fileData struct {
	Format  string            `json:"format"`
	Version int               `json:"version"`
	Reports []graph.ReportRef `json:"reports"`
	Nodes   []graph.Node      `json:"nodes"`
	Edges   []graph.Edge      `json:"edges"`
	Meta    map[string]string `json:"meta,omitempty"`
}

// stamp identifies one version of the data file: every write replaces the
// file by renaming a new one over it, so a new inode, size or time means
// another writer has been there.
type stamp struct {
	exists     bool
	dev, ino   uint64
	size       int64
	mtime      int64
	ctime      int64
	ctimeNanos int64
}

func stampOf(fi os.FileInfo) stamp {
	st := stamp{exists: true, size: fi.Size(), mtime: fi.ModTime().UnixNano()}
	if sys, ok := fi.Sys().(*syscall.Stat_t); ok {
		st.dev, st.ino = uint64(sys.Dev), uint64(sys.Ino)
		st.ctime, st.ctimeNanos = int64(sys.Ctim.Sec), int64(sys.Ctim.Nsec)
	}
	return st
}

// statFile returns the stamp of the file at path; a missing file has the zero stamp.
func statFile(path string) (stamp, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return stamp{}, nil
	}
	if err != nil {
		return stamp{}, fmt.Errorf("store %s: %w", path, err)
	}
	return stampOf(fi), nil
}

// readFile loads the store file at path. A missing or empty file is an empty
// store. The stamp is the one of the file that was read.
func readFile(path string) (*state, stamp, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return newState(), stamp{}, nil
	}
	if err != nil {
		return nil, stamp{}, fmt.Errorf("open store %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, stamp{}, fmt.Errorf("open store %s: %w", path, err)
	}
	st := stampOf(fi)
	if fi.Size() == 0 {
		return newState(), st, nil
	}
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, stamp{}, corrupt(path, err)
		}
		defer zr.Close()
		r = zr
	}
	var data fileData
	dec := json.NewDecoder(r)
	if err := dec.Decode(&data); err != nil {
		return nil, stamp{}, corrupt(path, err)
	}
	if data.Format != formatName {
		return nil, stamp{}, corrupt(path, fmt.Errorf("format %q, want %q", data.Format, formatName))
	}
	if data.Version != formatVersion {
		return nil, stamp{}, corrupt(path, fmt.Errorf("format version %d, this program reads version %d", data.Version, formatVersion))
	}
	g := newStateSized(len(data.Nodes), len(data.Edges))
	for k, v := range data.Meta {
		g.meta[k] = v
	}
	for _, r := range data.Reports {
		g.reports[r.ID] = r
	}
	for _, n := range data.Nodes {
		if n.ID == "" {
			return nil, stamp{}, corrupt(path, errors.New("node without id"))
		}
		g.putNode(n)
	}
	for _, e := range data.Edges {
		if _, ok := g.nodes[e.Source]; !ok {
			return nil, stamp{}, corrupt(path, fmt.Errorf("%s relationship from unknown node %q", e.Type, e.Source))
		}
		if _, ok := g.nodes[e.Target]; !ok {
			return nil, stamp{}, corrupt(path, fmt.Errorf("%s relationship to unknown node %q", e.Type, e.Target))
		}
		k := e.Key()
		if _, dup := g.edges[k]; dup {
			return nil, stamp{}, corrupt(path, fmt.Errorf("%s relationship %s -> %s listed twice", e.Type, e.Source, e.Target))
		}
		g.putEdge(k, e)
	}
	return g, st, nil
}

func corrupt(path string, err error) error {
	return fmt.Errorf("store file %s is corrupt or not a store file (%w): %v; move it away or restore a backup", path, graph.ErrInvalid, err)
}

// writeFile replaces the file at path with g, atomically: a temporary file in
// the same directory, synced, then renamed over it, then the directory synced.
// The caller holds the lock.
func writeFile(path string, g *state) (stamp, error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return stamp{}, fmt.Errorf("write store %s: %w", path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		return stamp{}, fmt.Errorf("write store %s: %w", path, err)
	}
	bw := bufio.NewWriterSize(tmp, 1<<16)
	var w io.Writer = bw
	var zw *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		zw = gzip.NewWriter(bw)
		w = zw
	}
	if err := encode(w, g); err != nil {
		return stamp{}, fmt.Errorf("write store %s: %w", path, err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return stamp{}, fmt.Errorf("write store %s: %w", path, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return stamp{}, fmt.Errorf("write store %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return stamp{}, fmt.Errorf("write store %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return stamp{}, fmt.Errorf("write store %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return stamp{}, fmt.Errorf("write store %s: %w", path, err)
	}
	done = true
	if d, err := os.Open(dir); err == nil {
		d.Sync() // best effort: the data itself is already synced
		d.Close()
	}
	return statFile(path)
}

// encode writes g in the file format, one record per line, sorted.
func encode(w io.Writer, g *state) error {
	bw := &errWriter{w: w}
	fmt.Fprintf(bw, "{\"format\":%q,\"version\":%d,\n", formatName, formatVersion)
	writeList(bw, "reports", g.reportList())
	bw.write(",\n")
	if len(g.meta) > 0 {
		meta, err := json.Marshal(g.meta) // keys sorted
		if err != nil {
			return err
		}
		bw.write(`"meta":` + string(meta) + ",\n")
	}
	nodes := make([]graph.Node, 0, len(g.nodes))
	for _, n := range g.nodes {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].ID < nodes[j].ID })
	keys := make([]string, 0, len(g.edges))
	for k := range g.edges {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the canonical edge order: by Edge.Key
	edges := make([]graph.Edge, len(keys))
	for i, k := range keys {
		edges[i] = g.edges[k]
	}
	writeList(bw, "nodes", nodes)
	bw.write(",\n")
	writeList(bw, "edges", edges)
	bw.write("}\n")
	return bw.err
}

func writeList[T any](w *errWriter, name string, items []T) {
	w.write(`"` + name + `":[`)
	enc := json.NewEncoder(w) // each record ends with a newline
	for i, it := range items {
		if i == 0 {
			w.write("\n")
		} else {
			w.write(",")
		}
		if err := enc.Encode(it); err != nil && w.err == nil {
			w.err = err
		}
	}
	w.write("]")
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) write(s string) { io.WriteString(e, s) }

// lockFile takes an exclusive lock on path (created if needed) for as long as
// the returned function is not called. It waits for other holders, and gives
// up when ctx ends.
func lockFile(ctx context.Context, path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock store %s: %w", path, err)
	}
	wait := time.Millisecond
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock store %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("lock store %s: %w", path, ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, 20*time.Millisecond)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
