package render

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
)

// wasmMu serialises every use of go-graphviz. Its parser and every Graphviz
// instance share one WebAssembly module held by the library as package
// state, and that module is not safe for concurrent use; so the lock has to
// be as wide as the module, not per Renderer.
var wasmMu sync.Mutex

// Renderer lays diagrams out with Graphviz and draws them. It owns a
// Graphviz instance: create it once with NewRenderer, reuse it, and Close it.
// A Renderer is safe for concurrent use; Graphviz calls are serialised.
type Renderer struct {
	gv    *graphviz.Graphviz
	fonts *fonts
}

// NewRenderer starts Graphviz and loads the fonts used for PNG output. It
// returns an error when the Graphviz module cannot be instantiated.
func NewRenderer(ctx context.Context) (*Renderer, error) {
	f, err := loadFonts()
	if err != nil {
		return nil, err
	}
	wasmMu.Lock()
	defer wasmMu.Unlock()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	return &Renderer{gv: gv, fonts: f}, nil
}

// Close releases the Graphviz instance. The Renderer must not be used after.
func (r *Renderer) Close() error {
	wasmMu.Lock()
	defer wasmMu.Unlock()
	if r.gv == nil {
		return nil
	}
	// Graphviz's context free returns the count of errors it logged while
	// the context lived (sfdp logs one about a triangulation library this
	// build lacks, and lays out regardless); layouts reported their own
	// failures when they happened, so that count is not Close's error.
	_ = r.gv.Close()
	r.gv = nil
	return nil
}

// run parses dot with Graphviz, lays it out with engine ("dot", "sfdp") and
// writes it in format ("svg" or "xdot").
func (r *Renderer) run(ctx context.Context, dot []byte, engine, format string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	wasmMu.Lock()
	defer wasmMu.Unlock()
	if r.gv == nil {
		return nil, fmt.Errorf("graphviz: renderer is closed")
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("graphviz: parse dot: %w", err)
	}
	defer g.Close()
	r.gv.SetLayout(graphviz.Layout(engine))
	var buf bytes.Buffer
	if err := r.gv.Render(ctx, g, graphviz.Format(format), &buf); err != nil {
		return nil, fmt.Errorf("graphviz: render %s: %w", format, err)
	}
	return buf.Bytes(), nil
}
