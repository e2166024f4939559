package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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
	png, err := r.PNG(ctx, medium(), DefaultOptions())
	if err != nil {
		t.Fatalf("PNG: %v", err)
	}
	writeOut(t, "medium.png", png)
}

// TestConcurrentRenderers uses two renderers from several goroutines: the
// shared Graphviz module must be serialised, and outputs must not mix.
func TestConcurrentRenderers(t *testing.T) {
	r1, r2 := newTestRenderer(t), newTestRenderer(t)
	ctx := context.Background()
	want, err := r1.SVG(ctx, sample(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		r := r1
		if i%2 == 1 {
			r = r2
		}
		go func() {
			got, err := r.SVG(ctx, sample(), DefaultOptions())
			if err == nil && string(got) != string(want) {
				err = fmt.Errorf("got different SVG bytes from a concurrent render")
			}
			if err == nil {
				_, err = r.PNG(ctx, sample(), Options{Width: 320, Height: 180})
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestRendererClosedAndCancelled(t *testing.T) {
	r, err := NewRenderer(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := r.SVG(ctx, sample(), DefaultOptions()); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close: got %v, want nil", err)
	}
	if _, err := r.PNG(context.Background(), sample(), DefaultOptions()); err == nil {
		t.Errorf("closed renderer: got no error")
	}
}

func TestPNGDeterministic(t *testing.T) {
	r := newTestRenderer(t)
	opt := DefaultOptions()
	opt.Width, opt.Height = 640, 360
	a, err := r.PNG(context.Background(), sample(), opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := r.PNG(context.Background(), sample(), opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("got different PNG bytes for the same input")
	}
}

// TestVariants renders option combinations that the other tests do not
// cover, checking each decodes; with -out they are saved for looking at.
func TestVariants(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	collapsed := DefaultOptions()
	collapsed.MaxLeaves, collapsed.DateRange, collapsed.Theme = 3, true, "print"
	dpi := DefaultOptions()
	dpi.Width, dpi.Height, dpi.DPI = 0, 0, 96
	tb := DefaultOptions()
	tb.Direction, tb.Theme = "TB", "dark"
	for name, opt := range map[string]Options{"collapsed-dates-print": collapsed, "dpi96": dpi, "tb-dark": tb} {
		data, err := r.PNG(ctx, sample(), opt)
		if err != nil {
			t.Fatalf("%s: PNG: %v", name, err)
		}
		decodePNG(t, data)
		writeOut(t, "variant-"+name+".png", data)
	}
}
