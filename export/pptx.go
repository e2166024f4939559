package export

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"image"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/fogleman/gg"
)

// PowerPoint measures in EMU: 12192000 x 6858000 is a 16:9 slide of
// 13.333 x 7.5 inches, so a canvas pixel is 6350 EMU and half a point.
const (
	slideCX   = 12192000
	slideCY   = 6858000
	emuPerPx  = slideCX / canvasW
	pptxFont  = "Arial"
	nsA       = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsP       = "http://schemas.openxmlformats.org/presentationml/2006/main"
	relsNS    = "http://schemas.openxmlformats.org/package/2006/relationships"
	relType   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	ctPresML  = "application/vnd.openxmlformats-officedocument.presentationml."
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// PPTX writes the briefing as a PowerPoint deck (Office Open XML, 16:9):
// titles, footnotes, legends and banners are native shapes and text boxes
// that can be edited; each diagram is a PNG picture at opt.DPI; the speaker
// notes of a question's slide list its relationships with the evidence for
// each. The same briefing gives the same bytes.
func PPTX(ctx context.Context, d Diagrammer, b Briefing, opt Options) ([]byte, error) {
	opt = opt.withDefaults(&b)
	ps, fc, err := pages(ctx, d, &b, opt)
	if err != nil {
		return nil, err
	}
	parts := map[string][]byte{}
	var media int
	for i, p := range ps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sw := &slideWriter{fc: fc, nextID: 2}
		var pics []string
		for _, el := range p.Els {
			if e, ok := el.(*diagramEl); ok {
				img, box, err := diagramPicture(ctx, d, fc, e, opt)
				if err != nil {
					return nil, fmt.Errorf("slide %d: %w", i+1, err)
				}
				if img == nil {
					continue
				}
				media++
				name := fmt.Sprintf("image%d.png", media)
				data, err := encodePNG(img)
				if err != nil {
					return nil, err
				}
				parts["ppt/media/"+name] = data
				pics = append(pics, name)
				sw.picture(fmt.Sprintf("rId%d", len(pics)+1), box, "Diagram: "+p.Title)
				continue
			}
			sw.element(el)
		}
		n := i + 1
		parts[fmt.Sprintf("ppt/slides/slide%d.xml", n)] = sw.slide(p.Bg)
		var rels []rel
		rels = append(rels, rel{"rId1", relType + "slideLayout", "../slideLayouts/slideLayout1.xml", false})
		for k, name := range pics {
			rels = append(rels, rel{fmt.Sprintf("rId%d", k+2), relType + "image", "../media/" + name, false})
		}
		for k, url := range sw.links {
			rels = append(rels, rel{fmt.Sprintf("rIdL%d", k+1), relType + "hyperlink", url, true})
		}
		if len(p.Notes) > 0 {
			rels = append(rels, rel{"rIdN1", relType + "notesSlide", fmt.Sprintf("../notesSlides/notesSlide%d.xml", n), false})
			parts[fmt.Sprintf("ppt/notesSlides/notesSlide%d.xml", n)] = notesXML(p.Notes)
			parts[fmt.Sprintf("ppt/notesSlides/_rels/notesSlide%d.xml.rels", n)] = relsXML([]rel{
				{"rId1", relType + "notesMaster", "../notesMasters/notesMaster1.xml", false},
				{"rId2", relType + "slide", fmt.Sprintf("../slides/slide%d.xml", n), false},
			})
		}
		parts[fmt.Sprintf("ppt/slides/_rels/slide%d.xml.rels", n)] = relsXML(rels)
	}
	bg := slidePalette(b.Theme)
	var withNotes []int
	for i, p := range ps {
		if len(p.Notes) > 0 {
			withNotes = append(withNotes, i+1)
		}
	}
	for name, data := range packageParts(len(ps), withNotes, b, bg) {
		parts[name] = data
	}
	stamp := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	return zipParts(parts, stamp)
}

// diagramPicture rasterizes a diagram at opt.DPI, cropped to the drawing and
// with a transparent background; box is where it goes on the canvas.
func diagramPicture(ctx context.Context, d Diagrammer, fc *faces, e *diagramEl, opt Options) (image.Image, [4]float64, error) {
	fd, err := layoutDiagram(ctx, d, e, opt)
	if err != nil {
		return nil, [4]float64{}, err
	}
	if len(fd.shapes) == 0 {
		return nil, [4]float64{}, nil
	}
	x0, y0, x1, y1 := fd.bounds()
	pxPerCanvas := opt.DPI * (13.333333 / canvasW)
	w := int(math.Ceil((x1 - x0) * pxPerCanvas))
	h := int(math.Ceil((y1 - y0) * pxPerCanvas))
	if w < 1 || h < 1 || w > 20000 || h > 20000 {
		return nil, [4]float64{}, fmt.Errorf("diagram picture size %dx%d out of range (lower the DPI)", w, h)
	}
	dc := gg.NewContext(w, h)
	r := &rasterizer{f: fc, o: opt}
	r.drawDiagram(dc, fd, -x0*pxPerCanvas, -y0*pxPerCanvas, pxPerCanvas)
	return dc.Image(), [4]float64{x0, y0, float64(w) / pxPerCanvas, float64(h) / pxPerCanvas}, nil
}

// slideWriter collects the shapes of one slide as PresentationML.
type slideWriter struct {
	fc     *faces
	b      strings.Builder
	nextID int
	links  []string // external hyperlinks, relationship "rIdL<n>" is links[n-1]
}

func (w *slideWriter) id() int { w.nextID++; return w.nextID - 1 }

func emu(px float64) int64 { return int64(math.Round(px * emuPerPx)) }

func xfrm(x, y, cx, cy float64) string {
	return fmt.Sprintf(`<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>`, emu(x), emu(y), emu(cx), emu(cy))
}

func solid(hex string) string {
	return fmt.Sprintf(`<a:solidFill><a:srgbClr val="%s"/></a:solidFill>`, strings.ToUpper(strings.TrimPrefix(hex, "#")))
}

func (w *slideWriter) element(el element) {
	switch e := el.(type) {
	case *rectEl:
		geom := `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>`
		if e.Radius > 0 {
			adj := int(math.Round(e.Radius / math.Min(e.W, e.H) * 100000))
			geom = fmt.Sprintf(`<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val %d"/></a:avLst></a:prstGeom>`, adj)
		}
		id := w.id()
		fmt.Fprintf(&w.b, `<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Rectangle %d"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>%s%s%s<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`,
			id, id, xfrm(e.X, e.Y, e.W, e.H), geom, solid(e.Fill))
	case *lineEl:
		id := w.id()
		dash := ""
		switch e.Style {
		case "dashed":
			dash = `<a:prstDash val="dash"/>`
		case "dotted":
			dash = `<a:prstDash val="sysDot"/>`
		}
		head := ""
		if e.Arrow {
			head = `<a:tailEnd type="triangle" w="med" len="med"/>`
		}
		fmt.Fprintf(&w.b, `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="%d" name="Line %d"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr>%s<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="%d">%s%s%s</a:ln></p:spPr></p:cxnSp>`,
			id, id, xfrm(e.X1, e.Y1, e.X2-e.X1, e.Y2-e.Y1), emu(e.Width), solid(e.Color), dash, head)
	case *swatchEl:
		id := w.id()
		var paths strings.Builder
		pw, ph := emu(e.W), emu(e.H)
		for _, sp := range swatchPaths(e.Shape, e.X, e.Y, e.W, e.H) {
			fill := ""
			if !sp.Closed {
				fill = ` fill="none"`
			}
			fmt.Fprintf(&paths, `<a:path w="%d" h="%d"%s>`, pw, ph, fill)
			for i, q := range sp.Pts {
				tag := "a:lnTo"
				if i == 0 {
					tag = "a:moveTo"
				}
				fmt.Fprintf(&paths, `<%s><a:pt x="%d" y="%d"/></%s>`, tag, emu(q.X-e.X), emu(q.Y-e.Y), tag)
			}
			if sp.Closed {
				paths.WriteString(`<a:close/>`)
			}
			paths.WriteString(`</a:path>`)
		}
		fmt.Fprintf(&w.b, `<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Legend shape %d"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>%s<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>%s</a:pathLst></a:custGeom>%s<a:ln w="%d">%s</a:ln></p:spPr></p:sp>`,
			id, id, xfrm(e.X, e.Y, e.W, e.H), paths.String(), solid(e.Fill), emu(2), solid(e.Stroke))
	case *textEl:
		w.text(e)
	}
}

// text writes a text block as a text box; the slide title goes into the
// layout's title placeholder, so that it shows in outlines and navigation.
func (w *slideWriter) text(e *textEl) {
	id := w.id()
	algn := map[string]string{"c": "ctr", "r": "r"}[e.Align]
	if algn == "" {
		algn = "l"
	}
	lines := e.Lines
	if e.Role == "title" {
		// One paragraph: the title rewraps when edited.
		lines = []string{strings.Join(e.Lines, " ")}
	}
	b := ""
	if e.Bold {
		b = ` b="1"`
	}
	link := ""
	if e.Link != "" {
		w.links = append(w.links, e.Link)
		link = fmt.Sprintf(`<a:hlinkClick r:id="rIdL%d"/>`, len(w.links))
	}
	var paras strings.Builder
	for _, line := range lines {
		fmt.Fprintf(&paras, `<a:p><a:pPr algn="%s"><a:lnSpc><a:spcPts val="%d"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>`,
			algn, int(math.Round(e.LineH*pdfUnit*100)))
		if line != "" {
			fmt.Fprintf(&paras, `<a:r><a:rPr lang="en-US" sz="%d"%s dirty="0">%s<a:latin typeface="%s" panose="020B0604020202020204" pitchFamily="34" charset="0"/><a:cs typeface="%s" panose="020B0604020202020204" pitchFamily="34" charset="0"/>%s</a:rPr><a:t>%s</a:t></a:r>`,
				int(math.Round(e.Size*pdfUnit*100)), b, solid(e.Color), pptxFont, pptxFont, link, esc(line))
		}
		paras.WriteString(`</a:p>`)
	}
	nv := fmt.Sprintf(`<p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>`, id, id)
	if e.Role == "title" {
		nv = fmt.Sprintf(`<p:nvSpPr><p:cNvPr id="%d" name="Title %d"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>`, id, id)
	}
	// Lines were wrapped with the Go fonts, which are wider than Arial: the
	// box keeps them as they are. A title is one paragraph that wraps, and
	// shrinks should a substitute font be wider still.
	wrap, fit := "none", "<a:noAutofit/>"
	if e.Role == "title" {
		wrap, fit = "square", "<a:normAutofit/>"
	}
	fmt.Fprintf(&w.b, `<p:sp>%s<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="%s" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0">%s</a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>`,
		nv, xfrm(e.X, e.Y, e.W, e.H), wrap, fit, paras.String())
}

func (w *slideWriter) picture(rid string, box [4]float64, descr string) {
	id := w.id()
	fmt.Fprintf(&w.b, `<p:pic><p:nvPicPr><p:cNvPr id="%d" name="Diagram %d" descr="%s"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`,
		id, id, esc(descr), rid, xfrm(box[0], box[1], box[2], box[3]))
}

func (w *slideWriter) slide(bg string) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<p:sld xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"><p:cSld><p:bg><p:bgPr>%s<a:effectLst/></p:bgPr></p:bg><p:spTree>`, nsA, nsR, nsP, solid(bg))
	b.WriteString(grpSpPr)
	b.WriteString(w.b.String())
	b.WriteString(`</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`)
	return []byte(b.String())
}

const grpSpPr = `<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>`

type rel struct {
	id, typ, target string
	external        bool
}

func relsXML(rels []rel) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<Relationships xmlns="%s">`, relsNS)
	for _, r := range rels {
		mode := ""
		if r.external {
			mode = ` TargetMode="External"`
		}
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"%s/>`, r.id, r.typ, esc(r.target), mode)
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

// packageParts returns the parts every deck has: content types, package and
// presentation relationships, presentation, master, layout, theme,
// properties.
// notes lists the numbers of the slides that have speaker notes.
func packageParts(slides int, notes []int, b Briefing, pal palette) map[string][]byte {
	parts := map[string][]byte{}
	var ct strings.Builder
	ct.WriteString(xmlHeader)
	ct.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	ct.WriteString(`<Default Extension="png" ContentType="image/png"/>`)
	ct.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	ct.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	over := func(name, typ string) {
		fmt.Fprintf(&ct, `<Override PartName="/%s" ContentType="%s"/>`, name, typ)
	}
	over("ppt/presentation.xml", ctPresML+"presentation.main+xml")
	over("ppt/slideMasters/slideMaster1.xml", ctPresML+"slideMaster+xml")
	over("ppt/slideLayouts/slideLayout1.xml", ctPresML+"slideLayout+xml")
	for i := 1; i <= slides; i++ {
		over(fmt.Sprintf("ppt/slides/slide%d.xml", i), ctPresML+"slide+xml")
	}
	over("ppt/notesMasters/notesMaster1.xml", ctPresML+"notesMaster+xml")
	for _, i := range notes {
		over(fmt.Sprintf("ppt/notesSlides/notesSlide%d.xml", i), ctPresML+"notesSlide+xml")
	}
	over("ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")
	over("ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml")
	over("ppt/presProps.xml", ctPresML+"presProps+xml")
	over("ppt/viewProps.xml", ctPresML+"viewProps+xml")
	over("ppt/tableStyles.xml", ctPresML+"tableStyles+xml")
	over("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	over("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	ct.WriteString(`</Types>`)
	parts["[Content_Types].xml"] = []byte(ct.String())

	parts["_rels/.rels"] = relsXML([]rel{
		{"rId1", relType + "officeDocument", "ppt/presentation.xml", false},
		{"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml", false},
		{"rId3", relType + "extended-properties", "docProps/app.xml", false},
	})

	var pres strings.Builder
	pres.WriteString(xmlHeader)
	fmt.Fprintf(&pres, `<p:presentation xmlns:a="%s" xmlns:r="%s" xmlns:p="%s" saveSubsetFonts="1">`, nsA, nsR, nsP)
	pres.WriteString(`<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>`)
	fmt.Fprintf(&pres, `<p:notesMasterIdLst><p:notesMasterId r:id="rId%d"/></p:notesMasterIdLst><p:sldIdLst>`, slides+6)
	prels := []rel{{"rId1", relType + "slideMaster", "slideMasters/slideMaster1.xml", false}}
	for i := 1; i <= slides; i++ {
		rid := fmt.Sprintf("rId%d", i+1)
		fmt.Fprintf(&pres, `<p:sldId id="%d" r:id="%s"/>`, 255+i, rid)
		prels = append(prels, rel{rid, relType + "slide", fmt.Sprintf("slides/slide%d.xml", i), false})
	}
	fmt.Fprintf(&pres, `</p:sldIdLst><p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/>`, slideCX, slideCY)
	fmt.Fprintf(&pres, `<p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr><a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle>`)
	pres.WriteString(`</p:presentation>`)
	parts["ppt/presentation.xml"] = []byte(pres.String())
	n := slides + 1
	prels = append(prels,
		rel{fmt.Sprintf("rId%d", n+1), relType + "presProps", "presProps.xml", false},
		rel{fmt.Sprintf("rId%d", n+2), relType + "viewProps", "viewProps.xml", false},
		rel{fmt.Sprintf("rId%d", n+3), relType + "theme", "theme/theme1.xml", false},
		rel{fmt.Sprintf("rId%d", n+4), relType + "tableStyles", "tableStyles.xml", false},
		rel{fmt.Sprintf("rId%d", n+5), relType + "notesMaster", "notesMasters/notesMaster1.xml", false},
	)
	parts["ppt/_rels/presentation.xml.rels"] = relsXML(prels)

	parts["ppt/presProps.xml"] = []byte(xmlHeader + fmt.Sprintf(`<p:presentationPr xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"/>`, nsA, nsR, nsP))
	parts["ppt/viewProps.xml"] = []byte(xmlHeader + fmt.Sprintf(`<p:viewPr xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`, nsA, nsR, nsP))
	parts["ppt/tableStyles.xml"] = []byte(xmlHeader + fmt.Sprintf(`<a:tblStyleLst xmlns:a="%s" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`, nsA))

	parts["ppt/theme/theme1.xml"] = themeXML(pal)
	parts["ppt/theme/theme2.xml"] = themeXML(slidePalette("light"))
	parts["ppt/notesMasters/notesMaster1.xml"] = notesMasterXML()
	parts["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = relsXML([]rel{{"rId1", relType + "theme", "../theme/theme2.xml", false}})
	parts["ppt/slideMasters/slideMaster1.xml"] = masterXML(pal)
	parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = relsXML([]rel{
		{"rId1", relType + "slideLayout", "../slideLayouts/slideLayout1.xml", false},
		{"rId2", relType + "theme", "../theme/theme1.xml", false},
	})
	parts["ppt/slideLayouts/slideLayout1.xml"] = layoutXML()
	parts["ppt/slideLayouts/_rels/slideLayout1.xml.rels"] = relsXML([]rel{
		{"rId1", relType + "slideMaster", "../slideMasters/slideMaster1.xml", false},
	})

	created := "2000-01-01T00:00:00Z"
	if _, err := time.Parse("2006-01-02", b.Date); err == nil {
		created = b.Date + "T00:00:00Z"
	}
	parts["docProps/core.xml"] = []byte(xmlHeader + fmt.Sprintf(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>actorgraph</dc:creator><cp:keywords>%s</cp:keywords><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>`,
		esc(b.Title), esc(b.Marking.Text), created, created))
	parts["docProps/app.xml"] = []byte(xmlHeader + fmt.Sprintf(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>actorgraph</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>%d</Slides></Properties>`, slides))
	return parts
}

// themeXML is a complete but plain theme: PowerPoint requires every part of
// the colour, font and format schemes.
func themeXML(pal palette) []byte {
	hex := func(s string) string { return strings.ToUpper(strings.TrimPrefix(s, "#")) }
	fill3 := `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`
	ln := func(w int) string {
		return fmt.Sprintf(`<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`, w)
	}
	var b strings.Builder
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<a:theme xmlns:a="%s" name="actorgraph"><a:themeElements>`, nsA)
	fmt.Fprintf(&b, `<a:clrScheme name="actorgraph"><a:dk1><a:srgbClr val="%s"/></a:dk1><a:lt1><a:srgbClr val="%s"/></a:lt1><a:dk2><a:srgbClr val="1F4E79"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>`,
		hex(pal.Text), hex(pal.Bg))
	for i, c := range []string{"D55E00", "0072B2", "009E73", "E69F00", "56B4E9", "CC79A7"} {
		fmt.Fprintf(&b, `<a:accent%d><a:srgbClr val="%s"/></a:accent%d>`, i+1, c, i+1)
	}
	b.WriteString(`<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>`)
	fmt.Fprintf(&b, `<a:fontScheme name="actorgraph"><a:majorFont><a:latin typeface="%s"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="%s"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>`, pptxFont, pptxFont)
	b.WriteString(`<a:fmtScheme name="actorgraph"><a:fillStyleLst>` + fill3 + fill3 + fill3 + `</a:fillStyleLst>`)
	b.WriteString(`<a:lnStyleLst>` + ln(6350) + ln(12700) + ln(19050) + `</a:lnStyleLst>`)
	b.WriteString(`<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>`)
	b.WriteString(`<a:bgFillStyleLst>` + fill3 + fill3 + fill3 + `</a:bgFillStyleLst></a:fmtScheme>`)
	b.WriteString(`</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`)
	return []byte(b.String())
}

func masterXML(pal palette) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<p:sldMaster xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"><p:cSld><p:bg><p:bgPr>%s<a:effectLst/></p:bgPr></p:bg><p:spTree>`, nsA, nsR, nsP, solid(pal.Bg))
	b.WriteString(grpSpPr)
	fmt.Fprintf(&b, `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr vert="horz" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>Title</a:t></a:r></a:p></p:txBody></p:sp>`,
		xfrm(margin, 40, canvasW-2*margin, 130))
	b.WriteString(`</p:spTree></p:cSld>`)
	b.WriteString(`<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>`)
	b.WriteString(`<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>`)
	fmt.Fprintf(&b, `<p:txStyles><p:titleStyle><a:lvl1pPr algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="2600" b="1" kern="1200">%s<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>`, solid(pal.Text))
	fmt.Fprintf(&b, `<p:bodyStyle><a:lvl1pPr marL="0" indent="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/><a:defRPr sz="1400" kern="1200">%s<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:bodyStyle>`, solid(pal.Text))
	b.WriteString(`<p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr><a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles>`)
	b.WriteString(`</p:sldMaster>`)
	return []byte(b.String())
}

// The notes pages are portrait: the slide picture above, the notes below.
const (
	notesPlaceholders = `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="1143000"/><a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></p:spPr></p:sp>` +
		`<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4400550"/><a:ext cx="5486400" cy="3600450"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>Notes</a:t></a:r></a:p></p:txBody></p:sp>`
)

func notesMasterXML() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<p:notesMaster xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>`, nsA, nsR, nsP)
	b.WriteString(grpSpPr)
	b.WriteString(notesPlaceholders)
	b.WriteString(`</p:spTree></p:cSld>`)
	b.WriteString(`<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>`)
	b.WriteString(`<p:notesStyle><a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:notesStyle>`)
	b.WriteString(`</p:notesMaster>`)
	return []byte(b.String())
}

// notesXML is the notes page of a slide, one paragraph a line.
func notesXML(lines []string) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<p:notes xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"><p:cSld><p:spTree>`, nsA, nsR, nsP)
	b.WriteString(grpSpPr)
	b.WriteString(`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>`)
	b.WriteString(`<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>`)
	for _, line := range lines {
		fmt.Fprintf(&b, `<a:p><a:r><a:rPr lang="en-US" sz="1000" dirty="0"/><a:t>%s</a:t></a:r></a:p>`, esc(line))
	}
	b.WriteString(`</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`)
	return []byte(b.String())
}

func layoutXML() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	fmt.Fprintf(&b, `<p:sldLayout xmlns:a="%s" xmlns:r="%s" xmlns:p="%s" type="titleOnly" preserve="1"><p:cSld name="Title Only"><p:spTree>`, nsA, nsR, nsP)
	b.WriteString(grpSpPr)
	b.WriteString(`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>Title</a:t></a:r></a:p></p:txBody></p:sp>`)
	b.WriteString(`</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`)
	return []byte(b.String())
}

// zipParts writes the parts as a zip archive: [Content_Types].xml first, the
// rest sorted by name, every entry with the same timestamp, so that the same
// parts give the same bytes.
func zipParts(parts map[string][]byte, stamp time.Time) ([]byte, error) {
	names := make([]string, 0, len(parts))
	for name := range parts {
		if name != "[Content_Types].xml" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	names = append([]string{"[Content_Types].xml"}, names...)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		method := zip.Deflate
		if strings.HasSuffix(name, ".png") {
			method = zip.Store // already compressed
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: stamp})
		if err != nil {
			return nil, fmt.Errorf("write pptx: %w", err)
		}
		if _, err := w.Write(parts[name]); err != nil {
			return nil, fmt.Errorf("write pptx: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("write pptx: %w", err)
	}
	return buf.Bytes(), nil
}
