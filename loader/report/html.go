package report

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML reads an article page: metadata from <title> and meta tags, text
// from <article> or <main> (else <body>), leaving out navigation, scripts,
// styles, headers, footers, asides and forms.
func parseHTML(s string) (Document, error) {
	var doc Document
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return doc, err
	}
	var titleTag, ogTitle, h1 string
	var article, mainEl, body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if titleTag == "" {
					titleTag = textOf(n)
				}
			case atom.Meta:
				metaField(&doc, n, &ogTitle)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
					doc.URL = attr(n, "href")
				}
			case atom.Time:
				if doc.Date == "" {
					doc.Date = attr(n, "datetime")
				}
			case atom.Article:
				if article == nil {
					article = n
				}
			case atom.Main:
				if mainEl == nil {
					mainEl = n
				}
			case atom.Body:
				body = n
			case atom.H1:
				if h1 == "" && !skipped(n) {
					h1 = collapse(textOf(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	switch {
	case ogTitle != "":
		doc.Title = ogTitle
	case h1 != "":
		doc.Title = h1
	default:
		doc.Title = titleTag
	}
	content := article
	if content == nil {
		content = mainEl
	}
	if content == nil {
		content = body
	}
	if content == nil {
		content = root
	}
	var paras []htmlPara
	var cur strings.Builder
	item := 0 // depth of <li> elements open
	flush := func() {
		if t := collapse(cur.String()); t != "" && t != doc.Title {
			paras = append(paras, htmlPara{text: t, item: item > 0})
		}
		cur.Reset()
	}
	var text func(n *html.Node)
	text = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped(n) {
				return
			}
			if n.DataAtom == atom.Br {
				flush()
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			flush()
		}
		li := n.Type == html.ElementNode && n.DataAtom == atom.Li
		if li {
			item++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c)
		}
		if block {
			flush()
		}
		if li {
			item--
		}
	}
	text(content)
	flush()
	doc.Text = strings.Join(joinLists(paras), "\n\n")
	return doc, nil
}

// htmlPara is a paragraph of an HTML page; item marks the text of a list
// item.
type htmlPara struct {
	text string
	item bool
}

// joinLists joins the items of a list that follows a paragraph ending in ":"
// to it with semicolons, as markdownText does, so that "we observed it
// targeting:" and its items stay one sentence. Items of prose, and the items
// after one, stay paragraphs of their own; so do other paragraphs.
func joinLists(paras []htmlPara) []string {
	var out []string
	for i := 0; i < len(paras); i++ {
		p := paras[i].text
		if !strings.HasSuffix(p, ":") || i+1 >= len(paras) || !paras[i+1].item {
			out = append(out, p)
			continue
		}
		if proseItem(paras[i+1].text) {
			// "In May, NOBELIUM took over ... . Recipients were ...":
			// items of prose stay paragraphs, as in Markdown.
			out = append(out, p)
			for i+1 < len(paras) && paras[i+1].item {
				i++
				out = append(out, paras[i].text)
			}
			continue
		}
		var b strings.Builder
		b.WriteString(p)
		for i+1 < len(paras) && paras[i+1].item && !proseItem(paras[i+1].text) {
			i++
			if !strings.HasSuffix(b.String(), ":") {
				b.WriteString(";")
			}
			b.WriteString(" ")
			b.WriteString(strings.TrimRight(paras[i].text, ".;,"))
		}
		b.WriteString(".")
		out = append(out, b.String())
	}
	return out
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Pre: true, atom.Figure: true,
	atom.Figcaption: true, atom.Dd: true, atom.Dt: true, atom.Main: true, atom.Header: true, atom.Footer: true,
}

// skipped elements carry no article text.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Header, atom.Aside, atom.Form, atom.Noscript,
		atom.Iframe, atom.Svg, atom.Button, atom.Select, atom.Template, atom.Figcaption, atom.Head:
		return true
	}
	if strings.EqualFold(attr(n, "aria-hidden"), "true") || attr(n, "hidden") != "" || hasAttr(n, "hidden") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "menu":
		return true
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range []string{"nav", "menu", "footer", "sidebar", "share", "social", "comment", "related",
		"advert", "cookie", "breadcrumb", "newsletter", "subscribe", "promo", "byline-share", "skip-link"} {
		if containsWord(cls, w) {
			return true
		}
	}
	return false
}

// containsWord reports whether w is one of the dash/space separated words of s.
func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if f == w {
			return true
		}
	}
	return false
}

func metaField(doc *Document, n *html.Node, ogTitle *string) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "itemprop"))
	}
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title":
		if *ogTitle == "" {
			*ogTitle = val
		}
	case "og:url":
		if doc.URL == "" {
			doc.URL = val
		}
	case "og:site_name", "publisher", "application-name":
		if doc.Publisher == "" {
			doc.Publisher = val
		}
	case "article:published_time", "date", "pubdate", "publishdate", "datepublished", "dc.date", "citation_date",
		"sailthru.date", "parsely-pub-date":
		if doc.Date == "" {
			doc.Date = val
		}
	case "keywords", "news_keywords":
		for _, t := range strings.Split(val, ",") {
			if t = strings.TrimSpace(t); t != "" {
				doc.Tags = append(doc.Tags, t)
			}
		}
	case "article:tag":
		doc.Tags = append(doc.Tags, val)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}
