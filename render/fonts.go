package render

import (
	"fmt"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// fonts holds the parsed Go fonts (a sans-serif family shipped as Go code,
// so PNG output needs no font files on the machine).
type fonts struct {
	regular, bold, italic, boldItalic *opentype.Font
}

func loadFonts() (*fonts, error) {
	var f fonts
	for _, x := range []struct {
		dst  **opentype.Font
		data []byte
	}{{&f.regular, goregular.TTF}, {&f.bold, gobold.TTF}, {&f.italic, goitalic.TTF}, {&f.boldItalic, gobolditalic.TTF}} {
		p, err := opentype.Parse(x.data)
		if err != nil {
			return nil, fmt.Errorf("load fonts: %w", err)
		}
		*x.dst = p
	}
	return &f, nil
}

func (f *fonts) pick(bold, italic bool) *opentype.Font {
	switch {
	case bold && italic:
		return f.boldItalic
	case bold:
		return f.bold
	case italic:
		return f.italic
	}
	return f.regular
}

// measure returns the advance width of text at size points.
func (f *fonts) measure(text string, size float64, bold bool) float64 {
	fnt := f.pick(bold, false)
	var buf sfnt.Buffer
	ppem := fixed.Int26_6(size * 64)
	var w fixed.Int26_6
	prev := sfnt.GlyphIndex(0)
	for i, r := range text {
		idx, err := fnt.GlyphIndex(&buf, r)
		if err != nil || idx == 0 {
			idx, _ = fnt.GlyphIndex(&buf, '?')
		}
		if i > 0 {
			if k, err := fnt.Kern(&buf, prev, idx, ppem, font.HintingNone); err == nil {
				w += k
			}
		}
		adv, err := fnt.GlyphAdvance(&buf, idx, ppem, font.HintingNone)
		if err == nil {
			w += adv
		}
		prev = idx
	}
	return float64(w) / 64
}

// face returns a face for drawing at size pixels.
func (f *fonts) face(bold, italic bool, size float64) (font.Face, error) {
	return opentype.NewFace(f.pick(bold, italic), &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
}

// fit shortens text with an ellipsis until it is at most width points wide.
func (f *fonts) fit(text string, size float64, bold bool, width float64) string {
	if f.measure(text, size, bold) <= width {
		return text
	}
	rs := []rune(text)
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if f.measure(string(rs[:mid])+"…", size, bold) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(rs[:lo]) + "…"
}
