package export

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func newRenderer(t testing.TB) *render.Renderer {
	t.Helper()
	r, err := render.NewRenderer(context.Background())
	if err != nil {
		t.Fatalf("start renderer: %v", err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// fixtureSlides is the number of slides of the fixture deck: title, three
// questions, sources.
const fixtureSlides = 5

func TestBuild(t *testing.T) {
	b := fixtureBriefing(t)
	if len(b.Slides) != 3 {
		t.Fatalf("got %d slides, want 3", len(b.Slides))
	}
	if got, want := b.Slides[1].Title, "What TEMP.Periscope went after"; got != want {
		t.Errorf("got title %q, want the override %q", got, want)
	}
	if !strings.Contains(b.Slides[0].Title, "election commission") {
		t.Errorf("got title %q, want the question's own title", b.Slides[0].Title)
	}
	// Footnotes follow the order of the subgraph's reports, which is the
	// numbering the diagram uses.
	for i, s := range b.Slides {
		want := s.Graph.Reports()
		if len(s.Sources) != len(want) {
			t.Fatalf("slide %d: got %d sources, want %d", i+1, len(s.Sources), len(want))
		}
		for k := range want {
			if s.Sources[k].ID != want[k].ID {
				t.Errorf("slide %d footnote %d: got %s, want %s", i+1, k+1, s.Sources[k].ID, want[k].ID)
			}
		}
	}
	var ids []string
	for _, r := range b.Sources {
		ids = append(ids, r.ID)
	}
	if want := []string{"report:r3", "report:r1", "report:r2", "report:r4"}; strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("got sources %v, want %v (by date)", ids, want)
	}
}

func TestBuildNotFound(t *testing.T) {
	spec, err := ParseSpec("deck.yaml", []byte("slides:\n  - query: victims-of\n    args: [Nobody At All]\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(context.Background(), fixtureStore(t), spec)
	var ie *graph.InputError
	if !errors.As(err, &ie) || ie.Line != 2 {
		t.Fatalf("got %v, want an error naming deck.yaml line 2", err)
	}
	if !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("got %v, want it to wrap graph.ErrNotFound", err)
	}
}

func TestPPTX(t *testing.T) {
	ctx := context.Background()
	r := newRenderer(t)
	b := fixtureBriefing(t)
	data, err := PPTX(ctx, r, b, Options{DPI: 150})
	if err != nil {
		t.Fatalf("pptx: %v", err)
	}
	checkPPTX(t, data, fixtureSlides, 3)
	// The speaker notes of the victims-of slide quote the evidence.
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("ppt/notesSlides/notesSlide3.xml")
	if err != nil {
		t.Fatalf("notes of slide 3: %v", err)
	}
	notes, _ := io.ReadAll(rc)
	rc.Close()
	for _, want := range []string{`Question: victims-of &#34;TEMP.Periscope&#34;`, "TEMP.Periscope uses AIRBREAK", "[1] “The group deploys the backdoor.”"} {
		if !bytes.Contains(notes, []byte(want)) {
			t.Errorf("notes of slide 3: got no %q in %s", want, notes)
		}
	}
	again, err := PPTX(ctx, r, b, Options{DPI: 150})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("two PPTX files of the same briefing differ")
	}
	if dir := os.Getenv("ACTORGRAPH_EXPORT_KEEP"); dir != "" {
		writeKeep(t, dir, "fixture.pptx", data)
	}
}

// checkPPTX checks the package: a zip whose parts are well-formed XML, every
// part with a content type, every relationship pointing at a part, the
// expected slides in order, and pictures for the diagrams.
func checkPPTX(t *testing.T, data []byte, wantSlides, wantPictures int) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("open pptx as zip: %v", err)
	}
	parts := map[string][]byte{}
	for i, f := range zr.File {
		if i == 0 && f.Name != "[Content_Types].xml" {
			t.Errorf("got first entry %s, want [Content_Types].xml", f.Name)
		}
		if !f.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: got time %v, want the fixed 1980-01-01", f.Name, f.Modified)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = body
	}
	for name, body := range parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			if err := wellFormed(body); err != nil {
				t.Errorf("%s: not well-formed XML: %v", name, err)
			}
		}
	}
	for _, need := range []string{"_rels/.rels", "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels",
		"ppt/slideMasters/slideMaster1.xml", "ppt/slideLayouts/slideLayout1.xml", "ppt/theme/theme1.xml", "docProps/core.xml"} {
		if parts[need] == nil {
			t.Errorf("missing part %s", need)
		}
	}

	// Content types: every part is covered by an override or a default.
	ct := string(parts["[Content_Types].xml"])
	for name := range parts {
		if name == "[Content_Types].xml" {
			continue
		}
		ext := strings.TrimPrefix(path.Ext(name), ".")
		if !strings.Contains(ct, `PartName="/`+name+`"`) && !strings.Contains(ct, `Extension="`+ext+`"`) {
			t.Errorf("part %s has no content type", name)
		}
	}

	// Relationships resolve to parts.
	type relT struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
		Mode   string `xml:"TargetMode,attr"`
	}
	links := 0
	relsOf := map[string][]relT{}
	for name, body := range parts {
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		var doc struct {
			Rels []relT `xml:"Relationship"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		base := path.Dir(path.Dir(name)) // the folder of the source part
		for _, r := range doc.Rels {
			if r.Mode == "External" {
				links++
				if !strings.HasPrefix(r.Target, "https://") {
					t.Errorf("%s: got external link %q, want a URL", name, r.Target)
				}
				continue
			}
			target := path.Clean(path.Join(base, r.Target))
			if parts[target] == nil {
				t.Errorf("%s: relationship %s points at missing part %s", name, r.ID, target)
			}
		}
		relsOf[name] = doc.Rels
	}

	// The presentation lists the slides in order.
	var pres struct {
		Slides []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sldIdLst>sldId"`
		Size struct {
			CX int `xml:"cx,attr"`
			CY int `xml:"cy,attr"`
		} `xml:"sldSz"`
	}
	if err := xml.Unmarshal(parts["ppt/presentation.xml"], &pres); err != nil {
		t.Fatalf("presentation.xml: %v", err)
	}
	if pres.Size.CX != 12192000 || pres.Size.CY != 6858000 {
		t.Errorf("got slide size %dx%d EMU, want 12192000x6858000", pres.Size.CX, pres.Size.CY)
	}
	if len(pres.Slides) != wantSlides {
		t.Fatalf("got %d slides, want %d", len(pres.Slides), wantSlides)
	}
	targets := map[string]string{}
	for _, r := range relsOf["ppt/_rels/presentation.xml.rels"] {
		targets[r.ID] = r.Target
	}
	for i, sl := range pres.Slides {
		var s struct {
			ID  int
			RID string
		}
		for _, a := range sl.Attrs {
			switch {
			case a.Name.Local == "id" && a.Name.Space == "":
				s.ID, _ = strconv.Atoi(a.Value)
			case a.Name.Local == "id":
				s.RID = a.Value
			}
		}
		if want := fmt.Sprintf("slides/slide%d.xml", i+1); targets[s.RID] != want {
			t.Errorf("slide %d: got %s, want %s", i+1, targets[s.RID], want)
		}
		if s.ID < 256 {
			t.Errorf("slide %d: id %d below 256", i+1, s.ID)
		}
		slide := string(parts[fmt.Sprintf("ppt/slides/slide%d.xml", i+1)])
		if !strings.Contains(slide, `<p:ph type="title"/>`) {
			t.Errorf("slide %d has no title placeholder", i+1)
		}
	}
	if links == 0 {
		t.Error("got no links to the sources")
	}
	pictures := 0
	for name, body := range parts {
		if strings.HasPrefix(name, "ppt/media/") {
			if _, err := png.DecodeConfig(bytes.NewReader(body)); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			pictures++
		}
	}
	if pictures != wantPictures {
		t.Errorf("got %d pictures, want %d", pictures, wantPictures)
	}
}

func wellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestPDF(t *testing.T) {
	ctx := context.Background()
	r := newRenderer(t)
	b := fixtureBriefing(t)
	data, err := PDF(ctx, r, b, Options{})
	if err != nil {
		t.Fatalf("pdf: %v", err)
	}
	pages, boxes := pdfPages(data)
	if pages != fixtureSlides {
		t.Errorf("got %d pages, want %d", pages, fixtureSlides)
	}
	for _, box := range boxes {
		if box != "0 0 960.00 540.00" {
			t.Errorf("got MediaBox [%s], want 13.333x7.5 in (960x540 pt)", box)
		}
	}
	again, err := PDF(ctx, r, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("two PDFs of the same briefing differ")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "deck.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if keep := os.Getenv("ACTORGRAPH_EXPORT_KEEP"); keep != "" {
		writeKeep(t, keep, "fixture.pdf", data)
	}
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Log("pdfinfo not installed (apt-get install poppler-utils): skipping its check")
		return
	}
	info := pdfinfo(t, file)
	if info["Pages"] != strconv.Itoa(fixtureSlides) || info["Page size"] != "960 x 540 pts" {
		t.Errorf("pdfinfo: got %q pages of %q, want %d of 960 x 540 pts", info["Pages"], info["Page size"], fixtureSlides)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command("pdftotext", "-f", "3", "-l", "3", file, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		for _, want := range []string{"What TEMP.Periscope went after", "AIRBREAK", "TLP:AMBER", "Toolset of a maritime-focused intrusion set"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("page 3 text: got no %q (text must be selectable)", want)
			}
		}
	}
}

var (
	pdfPageRe = regexp.MustCompile(`/Type\s*/Page\b`)
	pdfBoxRe  = regexp.MustCompile(`/MediaBox\s*\[\s*([^\]]*?)\s*\]`)
)

// pdfPages counts the page objects of an uncompressed-structure PDF and
// returns every MediaBox.
func pdfPages(data []byte) (int, []string) {
	var boxes []string
	for _, m := range pdfBoxRe.FindAllSubmatch(data, -1) {
		boxes = append(boxes, string(m[1]))
	}
	return len(pdfPageRe.FindAll(data, -1)), boxes
}

func pdfinfo(t *testing.T, file string) map[string]string {
	t.Helper()
	out, err := exec.Command("pdfinfo", file).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", file, err)
	}
	info := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return info
}

func TestPNG(t *testing.T) {
	ctx := context.Background()
	r := newRenderer(t)
	b := fixtureBriefing(t)
	for _, size := range []struct{ w, h int }{{0, 0}, {1280, 720}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			out, err := PNG(ctx, r, b, Options{Width: size.w, Height: size.h})
			if err != nil {
				t.Fatalf("png: %v", err)
			}
			if len(out) != fixtureSlides {
				t.Fatalf("got %d images, want %d", len(out), fixtureSlides)
			}
			wantW, wantH := size.w, size.h
			if wantW == 0 {
				wantW, wantH = 1920, 1080
			}
			for i, data := range out {
				img, err := png.Decode(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("slide %d: %v", i+1, err)
				}
				if got := img.Bounds().Size(); got.X != wantW || got.Y != wantH {
					t.Errorf("slide %d: got %dx%d, want %dx%d", i+1, got.X, got.Y, wantW, wantH)
				}
				checkInk(t, i+1, img)
			}
		})
	}
}

// checkInk checks that a light slide has something drawn on it and no large
// black areas other than the TLP banners (the top and bottom 5%).
func checkInk(t *testing.T, n int, img image.Image) {
	t.Helper()
	bb := img.Bounds()
	inked, black, total := 0, 0, 0
	for y := bb.Min.Y + bb.Dy()/20; y < bb.Max.Y-bb.Dy()/20; y += 2 {
		for x := bb.Min.X; x < bb.Max.X; x += 2 {
			r, g, b, _ := img.At(x, y).RGBA()
			l := (r + g + b) / 3 >> 8
			total++
			if l < 200 {
				inked++
			}
			if l < 20 {
				black++
			}
		}
	}
	if inked < total/200 {
		t.Errorf("slide %d: got %d of %d pixels inked, want some content", n, inked, total)
	}
	if black > total/10 {
		t.Errorf("slide %d: got %d of %d pixels black, want no large black areas", n, black, total)
	}
}

func TestSVG(t *testing.T) {
	ctx := context.Background()
	r := newRenderer(t)
	b := fixtureBriefing(t)
	out, err := SVG(ctx, r, b, Options{})
	if err != nil {
		t.Fatalf("svg: %v", err)
	}
	if len(out) != fixtureSlides {
		t.Fatalf("got %d documents, want %d", len(out), fixtureSlides)
	}
	for i, data := range out {
		if err := wellFormed(data); err != nil {
			t.Errorf("slide %d: not well-formed: %v", i+1, err)
		}
		if !bytes.Contains(data, []byte(`viewBox="0 0 1920 1080"`)) {
			t.Errorf("slide %d: no 1920x1080 viewBox", i+1)
		}
	}
	for _, want := range []string{"What TEMP.Periscope went after", "AIRBREAK", "Cobalt Strike", "TLP:AMBER", "[1] Toolset of a maritime-focused intrusion set"} {
		if !bytes.Contains(out[2], []byte(">"+want)) {
			t.Errorf("slide 3: got no text %q", want)
		}
	}
}

// TestLayoutEdgeCases lays out slides that push the layout: an empty answer,
// a long title, many sources (which spill onto several sources slides), no
// marking, the dark theme.
func TestLayoutEdgeCases(t *testing.T) {
	ctx := context.Background()
	r := newRenderer(t)
	big := generated(60, 30)
	big.Title = strings.Repeat("A very long question title that goes on ", 6)
	b := NewBriefing("Edge cases", "2024-05-01", Marking{}, "dark", []graph.Subgraph{{Title: "Nothing"}, big})
	if len(b.Sources) != 30 {
		t.Fatalf("got %d sources, want 30", len(b.Sources))
	}
	fc, err := newFaces()
	if err != nil {
		t.Fatal(err)
	}
	ps := layout(fc, &b, legendOf)
	if len(ps) < 5 {
		t.Fatalf("got %d pages, want title, 2 questions and at least 2 sources pages", len(ps))
	}
	for i, p := range ps {
		for _, el := range p.Els {
			x0, y0, x1, y1 := extent(el)
			if x0 < 0 || y0 < 0 || x1 > canvasW+0.5 || y1 > canvasH+0.5 {
				t.Errorf("page %d: %T at (%.0f,%.0f)-(%.0f,%.0f) leaves the slide", i+1, el, x0, y0, x1, y1)
			}
			if te, ok := el.(*textEl); ok {
				for _, line := range te.Lines {
					if w := fc.width(line, te.Bold, te.Size); w > te.W+0.5 && te.Role != "" {
						t.Errorf("page %d: line %q is %.0f wide in a %.0f box", i+1, line, w, te.W)
					}
				}
			}
		}
	}
	// A long deck title and many questions still fit the title slide.
	var many []graph.Subgraph
	for i := 0; i < 12; i++ {
		many = append(many, graph.Subgraph{Title: fmt.Sprintf("Question %d with a rather long title that needs to be shortened on the agenda of the title slide", i)})
	}
	long := NewBriefing(strings.Repeat("A long deck title ", 12), "2024-05-01", Classification("SECRET"), "light", many)
	for _, el := range layout(fc, &long, legendOf)[0].Els {
		_, y0, _, y1 := extent(el)
		inBanner := y1 <= bannerH+0.5 || y0 >= canvasH-bannerH-0.5
		if !inBanner && (y0 < bannerH || y1 > canvasH-bannerH) {
			t.Errorf("title slide: %T from y %.0f to %.0f overlaps a banner", el, y0, y1)
		}
	}
	if !strings.HasPrefix(ps[len(ps)-1].Title, "Sources (") {
		t.Errorf("got last title %q, want numbered sources pages", ps[len(ps)-1].Title)
	}
	data, err := PPTX(ctx, r, b, Options{DPI: 96})
	if err != nil {
		t.Fatalf("pptx: %v", err)
	}
	checkPPTX(t, data, len(ps), 1)
}

func extent(el element) (x0, y0, x1, y1 float64) {
	switch e := el.(type) {
	case *rectEl:
		return e.X, e.Y, e.X + e.W, e.Y + e.H
	case *lineEl:
		return min(e.X1, e.X2), min(e.Y1, e.Y2), max(e.X1, e.X2), max(e.Y1, e.Y2)
	case *swatchEl:
		return e.X, e.Y, e.X + e.W, e.Y + e.H
	case *textEl:
		return e.X, e.Y, e.X + e.W, e.Y + e.H
	case *diagramEl:
		return e.X, e.Y, e.X + e.W, e.Y + e.H
	}
	return 0, 0, 0, 0
}

// TestLibreOffice converts the PPTX with LibreOffice, as a person opening it
// would, and checks the slides come out. It runs when soffice is installed
// (apt-get install libreoffice-impress) and fails without it when
// ACTORGRAPH_REQUIRE_LIBREOFFICE=1.
func TestLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("ACTORGRAPH_REQUIRE_LIBREOFFICE") == "1" {
			t.Fatal("soffice not found and ACTORGRAPH_REQUIRE_LIBREOFFICE=1 (apt-get install libreoffice-impress)")
		}
		t.Skip("soffice not installed (apt-get install libreoffice-impress): skipping the LibreOffice check")
	}
	if testing.Short() {
		t.Skip("-short: skipping the LibreOffice conversion")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	r := newRenderer(t)
	data, err := PPTX(ctx, r, fixtureBriefing(t), Options{DPI: 150})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "briefing.pptx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", filepath.Join(dir, "out"), in)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "out", "briefing.pdf"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no PDF: %v\n%s", err, out)
	}
	if _, err := exec.LookPath("pdfinfo"); err == nil {
		info := pdfinfo(t, filepath.Join(dir, "out", "briefing.pdf"))
		if info["Pages"] != strconv.Itoa(fixtureSlides) {
			t.Errorf("LibreOffice: got %s pages, want %d", info["Pages"], fixtureSlides)
		}
		if !strings.HasPrefix(info["Page size"], "960") || !strings.HasSuffix(info["Page size"], "540 pts") {
			t.Errorf("LibreOffice: got page size %q, want 960 x 540 pts", info["Page size"])
		}
	} else if len(pdf) < 1000 {
		t.Errorf("LibreOffice: got a %d-byte PDF", len(pdf))
	}
	if keep := os.Getenv("ACTORGRAPH_EXPORT_KEEP"); keep != "" {
		writeKeep(t, keep, "fixture-libreoffice.pdf", pdf)
	}
}

// writeKeep saves an output for looking at (ACTORGRAPH_EXPORT_KEEP=DIR).
func writeKeep(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// generated makes a subgraph of n nodes: threat actors targeting
// organizations, sectors and countries, with tools and attribution, from
// reports sources.
func generated(n, reports int) graph.Subgraph {
	var bl graph.Builder
	var refs []graph.ReportRef
	for i := 0; i < reports; i++ {
		refs = append(refs, graph.ReportRef{ID: fmt.Sprintf("report:g%03d", i), Title: fmt.Sprintf("Generated report number %d on intrusions", i),
			URL: fmt.Sprintf("https://example.org/generated/%03d", i), Date: fmt.Sprintf("2023-%02d-%02d", 1+i%12, 1+i%28), Publisher: "Generator"})
	}
	actors := max(1, n/15)
	kinds := []graph.Kind{graph.Organization, graph.Sector, graph.Country, graph.Malware, graph.Tool, graph.Infrastructure}
	var nodes []graph.Node
	for i := 0; i < actors; i++ {
		nodes = append(nodes, graph.NewNode(graph.ThreatActor, fmt.Sprintf("Actor %02d", i)))
	}
	for i := actors; i < n; i++ {
		k := kinds[i%len(kinds)]
		nodes = append(nodes, graph.NewNode(k, fmt.Sprintf("%s %03d", k, i)))
	}
	for _, nd := range nodes {
		bl.AddNode(nd)
	}
	for i := actors; i < n; i++ {
		a := nodes[i%actors]
		typ := graph.Targeted
		switch nodes[i].Kind {
		case graph.Malware, graph.Tool, graph.Infrastructure:
			typ = graph.Uses
		case graph.Country:
			if i%2 == 0 {
				typ = graph.AttributedTo
			}
		}
		r := refs[i%len(refs)]
		bl.AddEdge(graph.Edge{Type: typ, Source: a.ID, Target: nodes[i].ID, Evidence: []graph.Evidence{{Report: r, Sentence: fmt.Sprintf("Sentence %d.", i)}}})
	}
	bl.AddMatched(nodes[0].ID)
	return bl.Subgraph(fmt.Sprintf("Generated graph of %d entities", n))
}

// BenchmarkSlide300 draws one question slide with a generated 300-node
// diagram as a 1920x1080 PNG:
//
//	go test ./export -run '^$' -bench Slide300 -benchtime 3x
func BenchmarkSlide300(b *testing.B) {
	ctx := context.Background()
	r := newRenderer(b)
	br := NewBriefing("Benchmark", "2024-05-01", Marking{Text: "TLP:AMBER", Fg: "#FFC000", Bg: "#000000"}, "light", []graph.Subgraph{generated(300, 40)})
	fc, err := newFaces()
	if err != nil {
		b.Fatal(err)
	}
	ps := layout(fc, &br, legendOf)
	ra := &rasterizer{f: fc, d: r, o: Options{}.withDefaults(&br)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		img, err := ra.raster(ctx, ps[1], 1920, 1080)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := encodePNG(img); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSlide300Readable lays out a question slide with a 300-entity diagram:
// every label of the diagram must be drawn at 14 pixels or more on the
// 1920x1080 slide, the diagram must fill its box on one side, and the
// subtitle must say what was grouped to get there.
func TestSlide300Readable(t *testing.T) {
	ctx := context.Background()
	r := newRenderer(t)
	b := NewBriefing("Readable", "2024-05-01", Marking{}, "light", []graph.Subgraph{generated(300, 40)})
	ps, fc, err := pages(ctx, r, &b, Options{}.withDefaults(&b))
	if err != nil {
		t.Fatal(err)
	}
	var e *diagramEl
	var sub string
	for _, el := range ps[1].Els {
		switch x := el.(type) {
		case *diagramEl:
			e = x
		case *textEl:
			if x.Role == "subtitle" {
				sub = strings.Join(x.Lines, " ")
			}
		}
	}
	if e == nil || e.fit == nil || len(e.fit.shapes) == 0 {
		t.Fatal("got no diagram on the question slide")
	}
	smallest := math.Inf(1)
	for _, sh := range e.fit.shapes {
		if sh.Kind == render.ShapeText && strings.TrimSpace(sh.Text) != "" {
			smallest = math.Min(smallest, textSize(fc, sh)*e.fit.s)
		}
	}
	if smallest < 14 {
		t.Errorf("got smallest label %.1f px on the slide, want at least 14", smallest)
	}
	x0, y0, x1, y1 := e.fit.bounds()
	if w, h := x1-x0, y1-y0; w < 0.9*e.W && h < 0.9*e.H {
		t.Errorf("got a %.0fx%.0f px diagram in a %.0fx%.0f px box, want it to fill the box on one side", w, h, e.W, e.H)
	}
	if !strings.Contains(sub, "300 entities (280 in 20 groups)") {
		t.Errorf("got subtitle %q, want it to say 280 entities are drawn in 20 groups", sub)
	}
}
