package report

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// parseMarkdown reads optional YAML front matter and a Markdown body.
func parseMarkdown(path, s string) (Document, error) {
	var doc Document
	s = strings.ReplaceAll(s, "\r\n", "\n")
	body := s
	bodyLine := 1
	if strings.HasPrefix(s, "---\n") || s == "---" {
		rest := s[4:]
		end := -1
		n := 0
		for off := 0; off <= len(rest); {
			nl := strings.IndexByte(rest[off:], '\n')
			line := rest[off:]
			if nl >= 0 {
				line = rest[off : off+nl]
			}
			n++
			if t := strings.TrimRight(line, " \t"); t == "---" || t == "..." {
				end = off
				if nl >= 0 {
					body = rest[off+nl+1:]
				} else {
					body = ""
				}
				break
			}
			if nl < 0 {
				break
			}
			off += nl + 1
		}
		if end < 0 {
			return doc, errorf(path, 1, "", "front matter opened with --- is never closed")
		}
		if err := parseFrontMatter(path, rest[:end], &doc); err != nil {
			return doc, err
		}
		bodyLine = n + 2
	}
	_ = bodyLine
	text, title := markdownText(body)
	if doc.Title == "" {
		doc.Title = title
	}
	doc.Text = text
	return doc, nil
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// parseFrontMatter reads the YAML between the --- lines; line numbers in
// errors count from the first line of the file.
func parseFrontMatter(path, src string, doc *Document) error {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		line := 1
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = n + 1
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlLine.ReplaceAllString(msg, "")
		msg = strings.TrimLeft(msg, ": ")
		return errorf(path, line, "", "bad front matter: %s", msg)
	}
	if len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return errorf(path, m.Line+1, "", "front matter is not a mapping of keys to values")
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		key := strings.ToLower(k.Value)
		line := k.Line + 1
		switch key {
		case "title", "date", "url", "tourl", "link", "source_url", "canonical", "canonical_url", "source",
			"publisher", "site", "site_name", "published", "published_at", "pubdate":
			if v.Kind != yaml.ScalarNode {
				return errorf(path, line, key, "want a single value, got %s", kindName(v))
			}
			val := strings.TrimSpace(v.Value)
			switch key {
			case "title":
				doc.Title = val
			case "date", "published", "published_at", "pubdate":
				if doc.Date == "" {
					doc.Date = val
				}
			case "url", "tourl", "link", "source_url", "canonical", "canonical_url":
				if doc.URL == "" || key == "url" || key == "canonical" || key == "canonical_url" {
					doc.URL = val
				}
			case "source":
				if strings.HasPrefix(val, "http://") || strings.HasPrefix(val, "https://") {
					if doc.URL == "" {
						doc.URL = val
					}
				} else if doc.Publisher == "" {
					doc.Publisher = val
				}
			default:
				doc.Publisher = val
			}
		case "tags", "keywords", "categories", "actors":
			tags, err := stringList(v)
			if err != nil {
				return errorf(path, line, key, "%v", err)
			}
			doc.Tags = append(doc.Tags, tags...)
		}
	}
	return nil
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	default:
		return "a value"
	}
}

// stringList reads a list of scalars or one comma-separated scalar.
func stringList(v *yaml.Node) ([]string, error) {
	var out []string
	switch v.Kind {
	case yaml.ScalarNode:
		for _, t := range strings.Split(v.Value, ",") {
			if t = strings.TrimSpace(t); t != "" {
				out = append(out, t)
			}
		}
	case yaml.SequenceNode:
		for _, c := range v.Content {
			if c.Kind != yaml.ScalarNode {
				return nil, errors.New("want a list of words")
			}
			if t := strings.TrimSpace(c.Value); t != "" {
				out = append(out, t)
			}
		}
	default:
		return nil, fmt.Errorf("want a list, got %s", kindName(v))
	}
	return out, nil
}

var (
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdRefDef    = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+.*$`)
	mdHTMLTag   = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	mdEmphasis  = regexp.MustCompile(`(\*\*|__|\*|~~)([^*_~]+)(\*\*|__|\*|~~)`)
	mdUnderline = regexp.MustCompile(`(^|\s)_([^_]+)_(\s|$|[.,;:!?])`)
	mdCode      = regexp.MustCompile("`([^`]*)`")
	mdList      = regexp.MustCompile(`^\s*([-*+]|\d+[.)])\s+`)
	mdHeading   = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
)

// proseSentence finds a sentence boundary inside a list item: a full stop,
// a space and a capital.
var proseSentence = regexp.MustCompile(`[a-z0-9)"”]\.\s+[A-Z]`)

// entryStop finds a full stop, a space and a capital inside a list entry,
// with the word before the stop.
var entryStop = regexp.MustCompile(`([\w)"”]+)\.\s+[A-Z]`)

// entryAbbreviations end in a full stop that ends no sentence.
var entryAbbreviations = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Inc": true, "Corp": true,
	"Co": true, "Ltd": true, "Jr": true, "Sr": true, "No": true, "Gen": true, "Lt": true, "Col": true, "Sgt": true, "Rep": true,
	"Sen": true, "Gov": true, "Prof": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true, "vs": true}

// entrySentences joins the sentences of a list entry with semicolons:
// "Change Healthcare – listed in April, weeks after the attack by ALPHV.
// The affiliate ..." stays one entry of the list it is joined to.
func entrySentences(item string) string {
	return entryStop.ReplaceAllStringFunc(item, func(m string) string {
		w := entryStop.FindStringSubmatch(m)[1]
		if len(w) < 2 || entryAbbreviations[w] || strings.Contains(w, ".") {
			return m
		}
		return w + "; " + m[len(m)-1:]
	})
}

// proseItem reports whether a list item is prose of its own, sentences
// rather than a name or a phrase: "In May, NOBELIUM took over the account
// used by USAID. Recipients were ...". Such items stay paragraphs, so each
// sentence in them is read as one.
func proseItem(item string) bool {
	if m := nameLed.FindStringSubmatch(item); m != nil && !itemOpeners[m[1]] {
		return false // "Schneider Electric, where Grep claimed ...": an entry for a name
	}
	return proseSentence.MatchString(item) || len(strings.Fields(item)) > 40
}

// nameLed matches a list item that opens with a capitalized name and then
// a comma, a dash, a colon or a parenthesis. The name may hold the small
// words of names ("City of Muleshoe, Texas (January 2024): ...").
var nameLed = regexp.MustCompile(`^([A-Z][\w.&'’-]*)(?: (?:(?:of|de|du|des|del|la|le|da|di|do|for|and|the|&) )*[A-Z][\w.&'’-]*)*\s*[,—–:(]`)

// itemOpeners start a sentence rather than a name.
var itemOpeners = map[string]bool{"In": true, "On": true, "At": true, "Since": true, "During": true, "After": true, "Before": true, "From": true,
	"By": true, "Late": true, "Early": true, "Last": true, "First": true, "The": true, "A": true, "An": true, "This": true, "That": true, "These": true}

// markdownText turns a Markdown body into plain paragraphs. It returns the
// first level-one heading as a title candidate. A list that follows a line
// ending in ":" is joined to it with semicolons, so "targets included:" and
// its items stay one sentence; other list items are paragraphs of their own.
func markdownText(body string) (string, string) {
	var paras []string
	var cur []string
	title := ""
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	inFence := false
	listJoin := false
	lines := strings.Split(body, "\n")
	for li, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			inFence = !inFence
			flush()
			continue
		}
		if inFence || mdRefDef.MatchString(line) {
			continue
		}
		if trim == "" {
			if !listJoin && (len(cur) == 0 || !strings.HasSuffix(cur[len(cur)-1], ":")) {
				flush()
			}
			continue
		}
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			flush()
			listJoin = false
			h := inline(m[2])
			if title == "" && len(m[1]) == 1 {
				title = h
				continue
			}
			paras = append(paras, h)
			continue
		}
		if trim == "---" || trim == "***" || trim == "___" {
			flush()
			listJoin = false
			continue
		}
		if tableRow(trim) {
			// A table: each cell is a paragraph of its own, as the cells of
			// an HTML table are; the header row and the rule under it are
			// left out.
			flush()
			listJoin = false
			if tableRule(trim) || li+1 < len(lines) && tableRule(strings.TrimSpace(lines[li+1])) {
				continue
			}
			for _, c := range tableCells(trim) {
				if c = inline(strings.TrimSpace(c)); c != "" {
					paras = append(paras, c)
				}
			}
			continue
		}
		trim = strings.TrimSpace(strings.TrimLeft(trim, ">"))
		if loc := mdList.FindStringIndex(trim); loc != nil {
			item := inline(trim[loc[1]:])
			if len(cur) > 0 && (listJoin || strings.HasSuffix(cur[len(cur)-1], ":")) && !proseItem(item) {
				if listJoin {
					cur[len(cur)-1] = strings.TrimRight(cur[len(cur)-1], ".;,") + ";"
				}
				// An entry for a name may run on in sentences of its own
				// ("Christie's – the auction house ... . Its website was
				// down"); they stay inside the entry, so the list reads on.
				item = entrySentences(item)
				cur = append(cur, strings.TrimRight(item, "."))
				listJoin = true
				continue
			}
			flush()
			paras = append(paras, item)
			continue
		}
		if listJoin {
			if len(cur) > 0 && !strings.HasSuffix(cur[len(cur)-1], ".") {
				cur[len(cur)-1] += "."
			}
			flush()
			listJoin = false
		}
		cur = append(cur, inline(trim))
	}
	if listJoin && len(cur) > 0 && !strings.HasSuffix(cur[len(cur)-1], ".") {
		cur[len(cur)-1] += "."
	}
	flush()
	return strings.Join(paras, "\n\n"), title
}

// tableRow reports whether a line is a row of a Markdown table: it starts
// with a pipe and holds another.
func tableRow(line string) bool {
	return strings.HasPrefix(line, "|") && strings.Count(line, "|") >= 2
}

// tableRule reports whether a line is the rule under a table's header:
// "| --- | :---: |".
func tableRule(line string) bool {
	if !tableRow(line) || !strings.Contains(line, "-") {
		return false
	}
	return strings.Trim(line, "|-: \t") == ""
}

// tableCells splits a table row at its pipes; an escaped pipe ("\|") stays
// in its cell.
func tableCells(line string) []string {
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	line = strings.ReplaceAll(line, `\|`, "\x00")
	cells := strings.Split(line, "|")
	for i, c := range cells {
		cells[i] = strings.ReplaceAll(c, "\x00", "|")
	}
	return cells
}

// inline removes Markdown inline markup, keeping the words.
func inline(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdHTMLTag.ReplaceAllString(s, "")
	for i := 0; i < 2; i++ {
		s = mdEmphasis.ReplaceAllString(s, "$2")
	}
	s = mdUnderline.ReplaceAllString(s, "$1$2$3")
	return collapse(s)
}
