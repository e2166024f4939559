package export

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// parsedFonts holds the Go fonts parsed once: they are read-only after
// parsing, so sharing them is safe.
var parsedFonts = sync.OnceValues(func() ([4]*opentype.Font, error) {
	var out [4]*opentype.Font
	for i, data := range [][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF} {
		f, err := opentype.Parse(data)
		if err != nil {
			return out, fmt.Errorf("parse font: %w", err)
		}
		out[i] = f
	}
	return out, nil
})

// fontTTF returns the TrueType data of a face of the Go family, for
// embedding in PDF.
func fontTTF(bold, italic bool) []byte {
	switch {
	case bold && italic:
		return gobolditalic.TTF
	case bold:
		return gobold.TTF
	case italic:
		return goitalic.TTF
	}
	return goregular.TTF
}

// faces caches font faces by weight and pixel size. It is not safe for
// concurrent use: one per export.
type faces struct {
	fonts [4]*opentype.Font
	cache map[faceKey]font.Face
}

type faceKey struct {
	bold, italic bool
	size         float64
}

func newFaces() (*faces, error) {
	f, err := parsedFonts()
	if err != nil {
		return nil, err
	}
	return &faces{fonts: f, cache: map[faceKey]font.Face{}}, nil
}

// face returns the upright face of the given weight at size pixels.
func (f *faces) face(bold bool, size float64) font.Face { return f.styled(bold, false, size) }

// styled returns the face of the given weight and slant at size pixels.
func (f *faces) styled(bold, italic bool, size float64) font.Face {
	k := faceKey{bold, italic, size}
	if fc, ok := f.cache[k]; ok {
		return fc
	}
	i := 0
	if bold {
		i = 1
	}
	if italic {
		i += 2
	}
	fc, err := opentype.NewFace(f.fonts[i], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		// NewFace fails only for invalid options, which are constants here.
		panic(err)
	}
	f.cache[k] = fc
	return fc
}

// width measures s in pixels.
func (f *faces) width(s string, bold bool, size float64) float64 {
	return fixedToFloat(font.MeasureString(f.face(bold, size), s))
}

// widthStyled measures s in pixels in the given weight and slant.
func (f *faces) widthStyled(s string, bold, italic bool, size float64) float64 {
	return fixedToFloat(font.MeasureString(f.styled(bold, italic, size), s))
}

func fixedToFloat(x fixed.Int26_6) float64 { return float64(x) / 64 }

// wrap breaks s into lines no wider than width, at spaces where it can and
// inside words (long URLs) where it must.
func (f *faces) wrap(s string, bold bool, size, width float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		cur := ""
		for _, w := range words {
			try := w
			if cur != "" {
				try = cur + " " + w
			}
			if f.width(try, bold, size) <= width {
				cur = try
				continue
			}
			if cur != "" {
				lines = append(lines, cur)
				cur = ""
			}
			for f.width(w, bold, size) > width {
				head := f.fit(w, bold, size, width)
				lines = append(lines, head)
				w = w[len(head):]
			}
			cur = w
		}
		if cur != "" {
			lines = append(lines, cur)
		}
	}
	return lines
}

// fit returns the longest prefix of s (at least one rune) no wider than width.
func (f *faces) fit(s string, bold bool, size, width float64) string {
	end := 0
	for i, r := range s {
		next := i + utf8.RuneLen(r)
		if end > 0 && f.width(s[:next], bold, size) > width {
			break
		}
		end = next
	}
	return s[:end]
}

// truncate shortens s with an ellipsis so that it is no wider than width.
func (f *faces) truncate(s string, bold bool, size, width float64) string {
	if f.width(s, bold, size) <= width {
		return s
	}
	const ell = "…"
	room := width - f.width(ell, bold, size)
	if room <= 0 {
		return ell
	}
	head := strings.TrimRight(f.fit(s, bold, size, room), " ,;:-–—")
	return head + ell
}

// clampLines keeps at most n lines, ending the last kept one with an
// ellipsis when lines were dropped.
func (f *faces) clampLines(lines []string, n int, bold bool, size, width float64) []string {
	if len(lines) <= n {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	out[n-1] = f.truncate(out[n-1]+" "+lines[n]+"…", bold, size, width)
	if !strings.HasSuffix(out[n-1], "…") {
		out[n-1] += "…"
	}
	return out
}
