package render

import (
	"context"
	"testing"
)

func newTestRenderer(t testing.TB) *Renderer {
	t.Helper()
	r, err := NewRenderer(context.Background())
	if err != nil {
		t.Fatalf("NewRenderer: %v", err)
	}
	t.Cleanup(func() {
		if err := r.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return r
}

func TestSampleOutputs(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	for _, theme := range []string{"light", "dark", "print"} {
		opt := DefaultOptions()
		opt.Theme = theme
		svg, err := r.SVG(ctx, sample(), opt)
		if err != nil {
			t.Fatalf("SVG: %v", err)
		}
		png, err := r.PNG(ctx, sample(), opt)
		if err != nil {
			t.Fatalf("PNG: %v", err)
		}
		writeOut(t, "sample-"+theme+".svg", svg)
		writeOut(t, "sample-"+theme+".png", png)
	}
	writeOut(t, "sample.dot", DOT(sample(), DefaultOptions()))
}
