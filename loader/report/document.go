// Package report reads threat-intelligence reports written for people
// (Markdown with front matter, plain text, HTML articles) and turns their
// text into graph batches: the threat actors they name, whom those actors
// targeted, where they come from and what they used, each relationship with
// the sentence that states it.
package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Document is a report read from a file: its metadata and its body text,
// paragraphs separated by blank lines.
type Document struct {
	Path      string   `json:"path,omitempty"`
	Title     string   `json:"title,omitempty"`
	Date      string   `json:"date,omitempty"` // YYYY-MM-DD when known
	URL       string   `json:"url,omitempty"`
	Publisher string   `json:"publisher,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Text      string   `json:"text"`
	ID        string   `json:"id"` // "report:" + hash of the canonical URL, else of the normalized text
}

// Ref returns the report reference that evidence from the document carries.
func (d Document) Ref() graph.ReportRef {
	return graph.ReportRef{ID: d.ID, Title: d.Title, URL: d.URL, Date: d.Date, Publisher: d.Publisher, Path: d.Path}
}

// Parse reads a report by the extension of path: .md and .markdown (YAML
// front matter optional), .html and .htm, anything else as plain text.
// Malformed front matter gives a *graph.InputError with the file and line.
func Parse(path string, data []byte) (Document, error) {
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var (
		doc Document
		err error
	)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		doc, err = parseMarkdown(path, string(data))
	case ".html", ".htm", ".xhtml":
		doc, err = parseHTML(string(data))
	default:
		// A text file may carry front matter too (as the seeds do).
		if bytes.HasPrefix(data, []byte("---")) {
			doc, err = parseMarkdown(path, string(data))
		} else {
			doc = parseText(string(data))
		}
	}
	if err != nil {
		return Document{}, err
	}
	doc.Path = path
	doc.Text = dropInvisible(doc.Text)
	doc.Title = collapse(dropInvisible(doc.Title))
	doc.Date = normalizeDate(doc.Date)
	doc.URL = strings.TrimSpace(doc.URL)
	doc.Publisher = collapse(doc.Publisher)
	if doc.Publisher == "" && doc.URL != "" {
		doc.Publisher = publisherFromURL(doc.URL)
	}
	doc.ID = reportID(doc)
	return doc, nil
}

// reportID is stable across directories: the canonical URL when there is
// one, else the normalized text.
func reportID(d Document) string {
	if graph.CanonicalURL(d.URL) != "" {
		return graph.ReportIDForURL(d.URL)
	}
	h := sha256.New()
	h.Write([]byte("text\x00"))
	w := foldedWriter{h: h, buf: make([]byte, 0, min(4096, len(d.Title)+len(d.Text)+1))}
	w.write(d.Title)
	w.write("\n")
	w.write(d.Text)
	w.flush()
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return "report:" + hex.EncodeToString(sum[:8])
}

// foldedWriter feeds a hash the text lower-cased, its words separated by
// single spaces: the same bytes as
// strings.Join(strings.Fields(strings.ToLower(text)), " "), without building
// that copy of a long report.
type foldedWriter struct {
	h     hash.Hash
	buf   []byte
	words bool // a word has been written
	space bool // a space is due before the next word
}

func (w *foldedWriter) write(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case '\t', '\n', '\v', '\f', '\r', ' ':
				w.space = w.words
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			w.sep()
			w.buf = append(w.buf, c)
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if unicode.IsSpace(r) {
				w.space = w.words
				continue
			}
			w.sep()
			w.buf = utf8.AppendRune(w.buf, unicode.ToLower(r))
		}
		if len(w.buf) >= 4096 {
			w.flush()
		}
	}
}

func (w *foldedWriter) sep() {
	if w.space {
		w.buf = append(w.buf, ' ')
		w.space = false
	}
	w.words = true
}

func (w *foldedWriter) flush() {
	w.h.Write(w.buf)
	w.buf = w.buf[:0]
}

func publisherFromURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if h == "example.org" || h == "example.com" || h == "example.net" {
		return ""
	}
	return h
}

var (
	isoDate   = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})`)
	slashDate = regexp.MustCompile(`^(\d{4})/(\d{1,2})/(\d{1,2})`)
)

// normalizeDate turns the dates found in front matter and meta tags into
// YYYY-MM-DD; odd times after a good date ("2018-07-11 00:02:8") are ignored.
// A date it cannot read is dropped.
func normalizeDate(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), `"'`))
	if s == "" {
		return ""
	}
	for _, re := range []*regexp.Regexp{isoDate, slashDate} {
		if m := re.FindStringSubmatch(s); m != nil {
			t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
			if err == nil {
				return t.Format("2006-01-02")
			}
		}
	}
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
		"January 2 2006", time.RFC1123, time.RFC1123Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "02.01.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether s has no space at either end and no run of
// spaces, so that collapse would return it unchanged: most lines are.
func collapsed(s string) bool {
	space := true // a space here would be leading
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += size
		space = false
	}
	return !space
}

// dropInvisible removes the characters that web pages put inside words and
// that no reader sees: soft hyphens ("Ukr&shy;energo"), zero-width spaces,
// word joiners and byte-order marks. Left in, they cut names in two. It also
// writes the Unicode hyphens that typesetting puts in names ("Storm‑0558"
// with a non-breaking hyphen) as the ASCII hyphen.
func dropInvisible(s string) string {
	if !strings.ContainsAny(s, "\u00ad\u200b\u2060\ufeff\u2010\u2011") {
		return s // most texts have none: no copy
	}
	return invisible.Replace(s)
}

var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u2060", "", "\ufeff", "", "\u2010", "-", "\u2011", "-")

// parseText reads plain text: the first non-empty line is the title when it
// looks like a headline; "Key: value" lines right under it (date, url,
// source, publisher, tags) are metadata.
func parseText(s string) Document {
	var doc Document
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i < len(lines) && looksLikeHeadline(strings.TrimSpace(lines[i])) {
		doc.Title = strings.TrimSpace(lines[i])
		i++
		for i < len(lines) {
			k, v, ok := strings.Cut(lines[i], ":")
			if !ok || !applyMeta(&doc, k, v) {
				break
			}
			i++
		}
	}
	var body []string
	for _, l := range lines[i:] {
		if doc.Title != "" && strings.TrimSpace(l) == doc.Title {
			continue // headlines repeated by page furniture
		}
		body = append(body, l)
	}
	doc.Text = paragraphs(strings.Join(body, "\n"))
	return doc
}

// applyMeta sets a metadata field from a "Key: value" header line.
func applyMeta(doc *Document, key, value string) bool {
	value = strings.TrimSpace(value)
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "date", "published", "published on", "publication date":
		doc.Date = value
	case "url", "link", "source url":
		doc.URL = value
	case "source", "publisher", "site":
		if strings.HasPrefix(value, "http") {
			doc.URL = value
		} else {
			doc.Publisher = value
		}
	case "tags", "keywords":
		for _, t := range strings.Split(value, ",") {
			if t = strings.TrimSpace(t); t != "" {
				doc.Tags = append(doc.Tags, t)
			}
		}
	default:
		return false
	}
	return true
}

// looksLikeHeadline: short, one line, not ending like a sentence of prose.
func looksLikeHeadline(l string) bool {
	if l == "" || utf8.RuneCountInString(l) > 200 || wordCount(l) > 30 {
		return false
	}
	if strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "..") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“'
}

// wordCount is len(strings.Fields(s)) without building the slice.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// paragraphs joins wrapped lines and separates paragraphs by one blank line.
func paragraphs(s string) string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	// Bulleted lines are list items, read as in Markdown: after a lead that
	// ends with ":" they join it as one sentence, one item after another
	// ("Victims included: - A - B"); otherwise each is a paragraph.
	inList := false
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = collapse(l)
		if l == "" {
			// A blank line between the lead and its list does not part
			// them: "Victims included:", a blank line, "- A".
			if !inList && (len(cur) == 0 || !strings.HasSuffix(cur[len(cur)-1], ":")) {
				flush()
			}
			continue
		}
		if item, ok := textBullet(l); ok {
			if len(cur) > 0 && (inList || strings.HasSuffix(cur[len(cur)-1], ":")) {
				if inList {
					cur[len(cur)-1] = strings.TrimRight(cur[len(cur)-1], ".;,") + ";"
				}
				cur = append(cur, strings.TrimRight(item, "."))
				inList = true
				continue
			}
			flush()
			out = append(out, item)
			continue
		}
		if inList {
			cur[len(cur)-1] = strings.TrimRight(cur[len(cur)-1], ".;,") + "."
			flush()
			inList = false
		}
		cur = append(cur, l)
	}
	if inList {
		cur[len(cur)-1] = strings.TrimRight(cur[len(cur)-1], ".;,") + "."
	}
	flush()
	return strings.Join(out, "\n\n")
}

// textBullet returns the item of a bulleted line of plain text ("- A",
// "* A", "• A", "1. A", "2) A").
func textBullet(l string) (string, bool) {
	for _, m := range []string{"- ", "* ", "• ", "– ", "· "} {
		if strings.HasPrefix(l, m) {
			return strings.TrimSpace(l[len(m):]), true
		}
	}
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' ' {
		return strings.TrimSpace(l[i+2:]), true
	}
	return "", false
}

// errorf builds an input error for file at line.
func errorf(file string, line int, field, format string, args ...any) error {
	return &graph.InputError{File: file, Line: line, Field: field, Err: fmt.Errorf("%w: "+format, append([]any{graph.ErrInvalid}, args...)...)}
}
