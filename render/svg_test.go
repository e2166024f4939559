package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// svgDoc is what the structural tests read from an SVG: the text of every
// <title> and every <text>, and the root size.
type svgDoc struct {
	titles []string
	texts  []string
	width  string
	height string
}

// parseSVG decodes the whole document with encoding/xml, failing the test
// when it is not well-formed.
func parseSVG(t *testing.T, data []byte) svgDoc {
	t.Helper()
	var doc svgDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []string
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, data)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				if tok.Name.Local != "svg" {
					t.Fatalf("got root element %q, want svg", tok.Name.Local)
				}
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "width":
						doc.width = a.Value
					case "height":
						doc.height = a.Value
					}
				}
			}
			stack = append(stack, tok.Name.Local)
			cur.Reset()
		case xml.CharData:
			cur.Write(tok)
		case xml.EndElement:
			switch tok.Name.Local {
			case "title":
				doc.titles = append(doc.titles, cur.String())
			case "text":
				doc.texts = append(doc.texts, cur.String())
			}
			stack = stack[:len(stack)-1]
			cur.Reset()
		}
	}
	if len(stack) != 0 {
		t.Fatalf("SVG ends inside <%s>", stack[len(stack)-1])
	}
	return doc
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSVGStructure(t *testing.T) {
	r := newTestRenderer(t)
	sg := sample()
	svg, err := r.SVG(context.Background(), sg, DefaultOptions())
	if err != nil {
		t.Fatalf("SVG: %v", err)
	}
	doc := parseSVG(t, svg)
	if doc.width != "1920" || doc.height != "1080" {
		t.Errorf("got size %sx%s, want 1920x1080", doc.width, doc.height)
	}
	if !contains(doc.titles, sg.Title) {
		t.Errorf("got titles %q, want the diagram title %q among them", doc.titles, sg.Title)
	}
	if !contains(doc.texts, sg.Title) {
		t.Errorf("got no <text> with the title %q", sg.Title)
	}
	for _, n := range sg.Nodes {
		if !contains(doc.titles, n.ID) {
			t.Errorf("got no <title> for node %q", n.ID)
		}
	}
	all := strings.Join(doc.texts, "\n")
	for _, want := range []string{"APT40", "aka Leviathan, TEMP.Periscope", "TARGETED (2)", "ATTRIBUTED_TO (2)", "Threat actor", "[1] Chinese espionage group targets Cambodia", "China"} {
		if !strings.Contains(all, want) {
			t.Errorf("got SVG text without %q", want)
		}
	}
}

// TestNastyNames renders hostile names through Graphviz: the DOT must
// parse, the SVG must be well-formed, and every word of every name must
// come out as written, in the SVG and in the Drawing the PNG is made from.
func TestNastyNames(t *testing.T) {
	r := newTestRenderer(t)
	ctx := context.Background()
	sg := nasty()
	for _, theme := range []string{"light", "dark"} {
		opt := DefaultOptions()
		opt.Theme, opt.DateRange = theme, true
		svg, err := r.SVG(ctx, sg, opt)
		if err != nil {
			t.Fatalf("SVG: %v", err)
		}
		writeOut(t, "nasty-"+theme+".svg", svg)
		doc := parseSVG(t, svg)
		d, err := r.Layout(ctx, sg, opt)
		if err != nil {
			t.Fatalf("Layout: %v", err)
		}
		var drawn []string
		for _, s := range d.Shapes {
			if s.Kind == ShapeText {
				drawn = append(drawn, s.Text)
			}
		}
		svgText, drawText := strings.Join(doc.texts, "\n"), strings.Join(drawn, "\n")
		for _, n := range sg.Nodes {
			for _, w := range strings.Fields(cleanText(n.Name, false)) {
				if !strings.Contains(svgText, w) {
					t.Errorf("%s: SVG text lacks %q of name %q", theme, w, n.Name)
				}
				if !strings.Contains(drawText, w) {
					t.Errorf("%s: drawing lacks %q of name %q", theme, w, n.Name)
				}
			}
		}
		ids := dotIDs(newView(sg, opt).nodes)
		for _, n := range sg.Nodes {
			if !contains(doc.titles, ids[n.ID]) {
				t.Errorf("%s: got no <title> for node %q", theme, ids[n.ID])
			}
		}
		png, err := r.PNG(ctx, sg, opt)
		if err != nil {
			t.Fatalf("PNG: %v", err)
		}
		writeOut(t, "nasty-"+theme+".png", png)
	}
}

func TestSVGEmptyAndSmall(t *testing.T) {
	r := newTestRenderer(t)
	for _, sg := range []graph.Subgraph{{}, {Title: "Only a title"}} {
		svg, err := r.SVG(context.Background(), sg, DefaultOptions())
		if err != nil {
			t.Fatalf("SVG of %q: %v", sg.Title, err)
		}
		parseSVG(t, svg)
		if _, err := r.PNG(context.Background(), sg, DefaultOptions()); err != nil {
			t.Fatalf("PNG of %q: %v", sg.Title, err)
		}
	}
}
