package report

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestParseMarkdownFrontMatter(t *testing.T) {
	src := "---\nlayout: post\ntitle: Hackers hit a ministry\ndate: 2018-07-11 00:02:8\ntourl: https://www.example.org/a/b/?utm_source=x\ntags: [Group,China,TEMP.Periscope]\npublisher: Example News\n---\nBody **text** with a [link](https://example.org).\n"
	doc, err := Parse("reports/a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := Document{Path: "reports/a.md", Title: "Hackers hit a ministry", Date: "2018-07-11",
		URL: "https://www.example.org/a/b/?utm_source=x", Publisher: "Example News",
		Tags: []string{"Group", "China", "TEMP.Periscope"}, Text: "Body text with a link.", ID: doc.ID}
	if !reflect.DeepEqual(doc, want) {
		t.Errorf("got %+v, want %+v", doc, want)
	}
	if !strings.HasPrefix(doc.ID, "report:") || len(doc.ID) != len("report:")+16 {
		t.Errorf("got id %q, want report:<16 hex digits>", doc.ID)
	}
}

func TestParseReportID(t *testing.T) {
	a, _ := Parse("one/a.md", []byte("---\nurl: https://example.org/x\n---\nText A."))
	b, _ := Parse("two/b.md", []byte("---\nurl: http://www.example.org/x/#top\n---\nOther text."))
	if a.ID != b.ID {
		t.Errorf("got ids %s and %s for one canonical URL, want one id", a.ID, b.ID)
	}
	c, _ := Parse("one/c.txt", []byte("A headline\n\nSome   body text."))
	d, _ := Parse("two/c.txt", []byte("A headline\n\nSome body\ntext.\n"))
	if c.ID != d.ID {
		t.Errorf("got ids %s and %s for the same text in two folders, want one id", c.ID, d.ID)
	}
	e, _ := Parse("one/e.txt", []byte("A headline\n\nOther body text."))
	if c.ID == e.ID {
		t.Errorf("got id %s for two different texts, want two ids", c.ID)
	}
}

func TestParseBadFrontMatter(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		line  int
		field string
	}{
		{"never closed", "---\ntitle: x\nbody", 1, ""},
		{"bad yaml", "---\ntitle: ok\ndate: x\n  bad: y\n---\nbody", 4, ""},
		{"title is a list", "---\ntitle: [a, b]\n---\nbody", 2, "title"},
		{"tags is a mapping", "---\ntitle: x\ntags: {a: b}\n---\nbody", 3, "tags"},
		{"not a mapping", "---\n- a\n- b\n---\nbody", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.md", []byte(tt.src))
			var ie *graph.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want a *graph.InputError", err)
			}
			if ie.File != "bad.md" || ie.Line != tt.line || ie.Field != tt.field || !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("got file %q line %d field %q (%v), want bad.md line %d field %q wrapping ErrInvalid", ie.File, ie.Line, ie.Field, err, tt.line, tt.field)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	src := "China Spy Network Targets Example: Report\nDate: 2018-07-20\nURL: https://example.org/t\nTags: APT40, elections\n\nRecent Features\n\nChina Spy Network Targets Example: Report\n\nFirst paragraph is\nwrapped here.\n\nSecond paragraph.\n"
	doc, err := Parse("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "China Spy Network Targets Example: Report" || doc.Date != "2018-07-20" || doc.URL != "https://example.org/t" ||
		!reflect.DeepEqual(doc.Tags, []string{"APT40", "elections"}) {
		t.Errorf("got %+v, want title, date, url and tags from the header", doc)
	}
	want := "Recent Features\n\nFirst paragraph is wrapped here.\n\nSecond paragraph."
	if doc.Text != want {
		t.Errorf("got text %q, want %q", doc.Text, want)
	}
	noTitle, _ := Parse("b.txt", []byte("This is prose and not a headline.\nIt goes on."))
	if noTitle.Title != "" {
		t.Errorf("got title %q for prose, want none", noTitle.Title)
	}
}

func TestParseHTML(t *testing.T) {
	src := `<html><head><title>Site | A title</title><meta property="og:title" content="A title">
<meta property="article:published_time" content="2017-06-15T09:00:00Z"><meta property="og:site_name" content="Example Desk">
<link rel="canonical" href="https://example.org/x"><script>var x = "APT28 targeted everyone";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> APT29 menu</nav><header>Site header</header>
<main><article><h1>A title</h1><p>First <b>paragraph</b>.</p><div class="share-buttons">Share this</div><p>Second paragraph.</p>
<aside>Related: other story</aside></article></main><footer>Copyright</footer></body></html>`
	doc, err := Parse("a.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "A title" || doc.Date != "2017-06-15" || doc.URL != "https://example.org/x" || doc.Publisher != "Example Desk" {
		t.Errorf("got %+v, want title, date, url and publisher from the meta tags", doc)
	}
	if want := "First paragraph.\n\nSecond paragraph."; doc.Text != want {
		t.Errorf("got text %q, want %q", doc.Text, want)
	}
}

func TestMarkdownLists(t *testing.T) {
	src := "# Title here\n\nThe impacted organizations include:\n\n- the Ministry of Energy\n- the State Treasury Service\n\nAnother paragraph.\n\n- a loose item\n"
	doc, err := Parse("l.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "The impacted organizations include: the Ministry of Energy; the State Treasury Service.\n\nAnother paragraph.\n\na loose item"
	if doc.Text != want || doc.Title != "Title here" {
		t.Errorf("got title %q text %q, want %q and %q", doc.Title, doc.Text, "Title here", want)
	}
}

// TestMarkdownProseLists checks that list items written as sentences of
// their own stay paragraphs after a lead that ends in ":", while items that
// open with a name (small words such as "of" inside it) stay joined to the
// lead, their own sentences joined by semicolons so that the list is read
// as one (a stop after an abbreviation or an initial ends no sentence).
func TestMarkdownProseLists(t *testing.T) {
	src := "The group has favoured indirect routes:\n\n- In May, the group took over an account used by Marlow Aid. Recipients were think tanks.\n- In June, it went after Kellner.\n\nIts victims include:\n\n- Pelton Electric, where the gang stole data. Pelton confirmed a breach.\n- Marlow Bank – hit after a raid by QUILL. No group claimed it\n- Dr. Ames, of the U.S. Treasury\n- Fenwick Bank\n- **City of Halvery, Texas** (May 2024): a tank overflowed. Staff confirmed it.\n"
	doc, err := Parse("p.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "The group has favoured indirect routes:\n\nIn May, the group took over an account used by Marlow Aid. Recipients were think tanks.\n\nIn June, it went after Kellner.\n\nIts victims include: Pelton Electric, where the gang stole data; Pelton confirmed a breach; Marlow Bank – hit after a raid by QUILL; No group claimed it; Dr. Ames, of the U.S. Treasury; Fenwick Bank; City of Halvery, Texas (May 2024): a tank overflowed; Staff confirmed it."
	if doc.Text != want {
		t.Errorf("got text %q, want %q", doc.Text, want)
	}
}

// TestMarkdownTables checks that each cell of a Markdown table is a
// paragraph of its own, without the header row and its rule, so that a row
// of indicators is not read as one long sentence.
func TestMarkdownTables(t *testing.T) {
	src := "Before the table.\n\n| Tactic | Technique | Description |\n| --- | :---: | --- |\n| Initial Access | T1566 | APT28 sent emails to the Ministry of Defense. |\n|update[.]com|Domain \\| C2||\n\nAfter it.\n"
	doc, err := Parse("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "Before the table.\n\nInitial Access\n\nT1566\n\nAPT28 sent emails to the Ministry of Defense.\n\nupdate[.]com\n\nDomain | C2\n\nAfter it."
	if doc.Text != want {
		t.Errorf("got text %q, want %q", doc.Text, want)
	}
}

// TestTextLists checks that bulleted lines of plain text are list items:
// joined to a lead ending in ":" as one sentence, one item after another,
// also across blank lines, and paragraphs of their own otherwise.
func TestTextLists(t *testing.T) {
	src := "Quarrow gang hits banks\n\nKey points of this post:\n - The gang compromised banks in Chile.\n - We also saw it in Peru.\nAnother paragraph.\n\n* a loose item\n1. a numbered item\n\nIts victims were:\n\n  - Pelton Bank\n\n  - Marlow Council\n"
	doc, err := Parse("l.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "Key points of this post: The gang compromised banks in Chile; We also saw it in Peru.\n\nAnother paragraph.\n\na loose item\n\na numbered item\n\nIts victims were: Pelton Bank; Marlow Council."
	if doc.Text != want {
		t.Errorf("got text %q, want %q", doc.Text, want)
	}
}

// TestHTMLLists checks that an HTML list after a paragraph ending in ":" is
// joined to it as one sentence, as in Markdown, and that other lists stay
// paragraphs of their own.
func TestHTMLLists(t *testing.T) {
	src := `<html><body><article><p>Over the period we observed it targeting:</p>
<ul><li>ministries in Chile and Peru;</li><li>the <b>State Treasury</b> Service.</li></ul>
<p>Another paragraph.</p><ul><li>a loose item</li></ul></article></body></html>`
	doc, err := Parse("l.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "Over the period we observed it targeting: ministries in Chile and Peru; the State Treasury Service.\n\nAnother paragraph.\n\na loose item"
	if doc.Text != want {
		t.Errorf("got text %q, want %q", doc.Text, want)
	}
}

// TestHTMLProseLists checks that list items of prose after a paragraph
// ending in ":" stay paragraphs of their own, as in Markdown, so that each
// of their sentences is read as one; the items before one are joined.
func TestHTMLProseLists(t *testing.T) {
	src := `<html><body><p>Among the worst incidents:</p>
<ul><li>Pelton Bank</li><li>In May, the gang took over an account used by Marlow Aid. Recipients were think tanks.</li><li>Fenwick Bank</li></ul></body></html>`
	doc, err := Parse("l.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "Among the worst incidents: Pelton Bank.\n\nIn May, the gang took over an account used by Marlow Aid. Recipients were think tanks.\n\nFenwick Bank"
	if doc.Text != want {
		t.Errorf("got text %q, want %q", doc.Text, want)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := map[string]string{
		"2018-07-11 00:02:8": "2018-07-11", "2018-7-1": "2018-07-01", "2016/05/26": "2016-05-26",
		"July 11, 2018": "2018-07-11", "2017-06-15T09:00:00Z": "2017-06-15", "sometime": "", "": "",
	}
	for in, want := range tests {
		if got := normalizeDate(in); got != want {
			t.Errorf("normalizeDate(%q): got %q, want %q", in, got, want)
		}
	}
}

// TestReportIDFolding checks that the id of a report without a URL hashes its
// title and text lower-cased with runs of white space folded, so that a copy
// re-wrapped or re-cased by another feed is the same report, and that odd
// bytes change nothing in that rule.
func TestReportIDFolding(t *testing.T) {
	reference := func(d Document) string {
		key := "text\x00" + strings.Join(strings.Fields(strings.ToLower(d.Title+"\n"+d.Text)), " ")
		sum := sha256.Sum256([]byte(key))
		return "report:" + hex.EncodeToString(sum[:8])
	}
	long := strings.Repeat("The Group BREACHED the Ministry.\n\n  ", 400)
	cases := []Document{
		{},
		{Title: "Title", Text: "Body"},
		{Title: "  Leading\tspace ", Text: "\n\nand  trailing  \r\n"},
		{Text: "Ünïcödé ŞİRKET İstanbul\u00a0non-breaking\u0085next\u2003em"},
		{Text: "invalid \xff\xfe bytes and \xe2\x80 a cut rune"},
		{Title: "Long", Text: long},
	}
	for _, d := range cases {
		if got, want := reportID(d), reference(d); got != want {
			t.Errorf("reportID(%q, %.40q) = %s, want %s", d.Title, d.Text, got, want)
		}
	}
	a := reportID(Document{Title: "APT40 hits ministry", Text: "The group  hit\nthe ministry."})
	b := reportID(Document{Title: "apt40 HITS Ministry", Text: "The group hit the ministry.  "})
	if a != b {
		t.Errorf("re-cased, re-wrapped copy has another id: %s vs %s", a, b)
	}
	if c := reportID(Document{Title: "APT40 hits ministry", Text: "The group hit the embassy."}); c == a {
		t.Errorf("different text, same id %s", c)
	}
}

// TestParseInvisibleCharacters: soft hyphens, zero-width spaces, word
// joiners and byte-order marks inside words are dropped in every format, so
// that "Ukr&shy;energo" is the name Ukrenergo; a non-breaking hyphen is a
// hyphen.
func TestParseInvisibleCharacters(t *testing.T) {
	tests := map[string]string{
		"a.html": "<html><body><article><p>Sandworm hit Ukr&shy;energo and Nafto&#8203;gaz.</p></article></body></html>",
		"a.md":   "---\ntitle: Sandworm\n---\nSandworm hit Ukr\u00adenergo and Nafto\u200bgaz.\n",
		"a.txt":  "\ufeffSandworm hit Ukr\u00adenergo and Nafto\u2060gaz.\n",
	}
	tests["b.txt"] = "Storm\u20110558 hit Ukr\u00adenergo and Nafto\u2060gaz.\n"
	for path, src := range tests {
		doc, err := Parse(path, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		want := "Sandworm hit Ukrenergo and Naftogaz."
		if path == "b.txt" {
			want = "Storm-0558 hit Ukrenergo and Naftogaz."
		}
		if doc.Text != want {
			t.Errorf("%s: got text %q, want %q", path, doc.Text, want)
		}
	}
}

// TestCollapseFastPath: collapse returns a line unchanged only when
// joining its fields would give the same text.
func TestCollapseFastPath(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u2003b", "a\u0085b",
		"Übersicht der Angriffe", "x\ny", "\v", "a \r", "é", "é ", "\xffa b", "a\xff\xfe b"} {
		want := strings.Join(strings.Fields(s), " ")
		if got := collapse(s); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}
