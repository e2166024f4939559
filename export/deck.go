// Package export turns named questions into briefing material: one slide per
// question, with the diagram, its legend, the sources as numbered footnotes
// and an optional classification banner, written as a PowerPoint deck, a PDF,
// or one PNG or SVG file per slide. Everything is drawn in pure Go.
package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

// Spec is a briefing deck as a user writes it: a title, an optional
// classification, a theme and one slide per named question.
type Spec struct {
	// File is where the spec was read from, for error messages ("" for flags).
	File string
	// Title is the deck title shown on the title slide.
	Title string
	// Marking is the classification banner drawn at the top and bottom of
	// every slide; the zero value draws none.
	Marking Marking
	// Theme is light, dark or print ("" means light).
	Theme string
	// Date is the date printed on the title slide (YYYY-MM-DD); "" lets the
	// caller choose (the command uses today).
	Date string
	// Slides are the questions, in order.
	Slides []SlideSpec
}

// SlideSpec is one question of a deck.
type SlideSpec struct {
	// Query is the name of a named question (who-targeted, victims-of, ...).
	Query string
	// Args are the question's arguments.
	Args []string
	// Title overrides the question's own title when not empty.
	Title string
	// Depth and MaxHops are passed to the query (0: the query's default).
	Depth   int
	MaxHops int
	// Line is the line of the slide in the spec file (0 for flags).
	Line int
}

// Marking is a classification banner: a TLP label or free text.
type Marking struct {
	// Text is what the banner says, e.g. "TLP:AMBER" or "SECRET//REL".
	Text string
	// Fg and Bg are the banner's text and background colours (#RRGGBB).
	Fg, Bg string
}

// IsZero reports whether the marking draws no banner.
func (m Marking) IsZero() bool { return m.Text == "" }

// tlpColours are the FIRST TLP 2.0 label colours: coloured text on black.
var tlpLabels = []struct{ name, fg string }{
	{"RED", "#FF2B2B"},
	{"AMBER+STRICT", "#FFC000"},
	{"AMBER", "#FFC000"},
	{"GREEN", "#33FF00"},
	{"CLEAR", "#FFFFFF"},
}

// ParseTLP reads a Traffic Light Protocol label ("amber", "TLP:AMBER+STRICT",
// "TLP:WHITE" read as TLP:CLEAR) and returns its banner in the standard
// colours. Anything else is an error wrapping graph.ErrInvalid.
func ParseTLP(s string) (Marking, error) {
	key := strings.ToUpper(strings.TrimSpace(s))
	key = strings.TrimPrefix(key, "TLP:")
	key = strings.TrimPrefix(key, "TLP ")
	key = strings.ReplaceAll(key, " ", "")
	if key == "WHITE" {
		key = "CLEAR"
	}
	for _, l := range tlpLabels {
		if key == l.name {
			return Marking{Text: "TLP:" + l.name, Fg: l.fg, Bg: "#000000"}, nil
		}
	}
	return Marking{}, fmt.Errorf("%w: unknown TLP label %q (want CLEAR, GREEN, AMBER, AMBER+STRICT or RED)", graph.ErrInvalid, s)
}

// Classification returns the banner for a free-text classification marking,
// coloured by its leading level the way classified documents usually are
// (TOP SECRET orange, SECRET red, CONFIDENTIAL blue, UNCLASSIFIED green),
// dark grey otherwise.
func Classification(text string) Marking {
	text = strings.TrimSpace(text)
	if text == "" {
		return Marking{}
	}
	up := strings.ToUpper(text)
	switch {
	case strings.HasPrefix(up, "TOP SECRET"):
		return Marking{Text: text, Fg: "#000000", Bg: "#FF8C00"}
	case strings.HasPrefix(up, "SECRET"):
		return Marking{Text: text, Fg: "#FFFFFF", Bg: "#C8102E"}
	case strings.HasPrefix(up, "CONFIDENTIAL"):
		return Marking{Text: text, Fg: "#FFFFFF", Bg: "#0033A0"}
	case strings.HasPrefix(up, "UNCLASSIFIED"):
		return Marking{Text: text, Fg: "#FFFFFF", Bg: "#007A33"}
	case strings.HasPrefix(up, "CUI"), strings.HasPrefix(up, "CONTROLLED"):
		return Marking{Text: text, Fg: "#FFFFFF", Bg: "#502B85"}
	}
	return Marking{Text: text, Fg: "#FFFFFF", Bg: "#3A3A3A"}
}

// Themes lists the slide themes.
func Themes() []string { return []string{"light", "dark", "print"} }

func validTheme(t string) bool {
	for _, v := range Themes() {
		if t == v {
			return true
		}
	}
	return false
}

// ParseSpec reads a deck spec in YAML:
//
//	title: Cambodia 2018 election intrusions
//	tlp: AMBER            # or classification: "SECRET//REL"
//	theme: light          # light, dark or print
//	date: 2024-05-01      # optional, printed on the title slide
//	slides:
//	  - query: who-targeted
//	    args: ["election commission"]
//	    title: optional override
//
// Errors are *graph.InputError values naming file and line and wrapping
// graph.ErrInvalid: bad YAML, unknown keys, unknown questions, wrong numbers
// of arguments, unknown TLP labels or themes.
func ParseSpec(file string, data []byte) (Spec, error) {
	spec := Spec{File: file}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return spec, &graph.InputError{File: file, Err: fmt.Errorf("%w: the deck is empty", graph.ErrInvalid)}
		}
		return spec, yamlError(file, err)
	}
	if len(doc.Content) == 0 {
		return spec, &graph.InputError{File: file, Err: fmt.Errorf("%w: the deck is empty", graph.ErrInvalid)}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return spec, inputErr(file, root, "", "the deck must be a mapping with title and slides")
	}
	var tlp, class *yaml.Node
	var slides *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var err error
		switch k.Value {
		case "title":
			spec.Title, err = scalar(file, k.Value, v)
		case "tlp":
			tlp = v
		case "classification":
			class = v
		case "theme":
			spec.Theme, err = scalar(file, k.Value, v)
			if err == nil && spec.Theme != "" && !validTheme(spec.Theme) {
				err = inputErr(file, v, "theme", fmt.Sprintf("unknown theme %q (want %s)", spec.Theme, strings.Join(Themes(), ", ")))
			}
		case "date":
			spec.Date, err = scalar(file, k.Value, v)
			if err == nil && spec.Date != "" {
				if _, perr := time.Parse("2006-01-02", spec.Date); perr != nil {
					err = inputErr(file, v, "date", fmt.Sprintf("date %q is not YYYY-MM-DD", spec.Date))
				}
			}
		case "slides":
			slides = v
		default:
			err = inputErr(file, k, k.Value, "unknown key (want title, tlp, classification, theme, date, slides)")
		}
		if err != nil {
			return spec, err
		}
	}
	if tlp != nil && class != nil {
		return spec, inputErr(file, class, "classification", "give either tlp or classification, not both")
	}
	if tlp != nil {
		s, err := scalar(file, "tlp", tlp)
		if err != nil {
			return spec, err
		}
		if s != "" {
			m, err := ParseTLP(s)
			if err != nil {
				return spec, &graph.InputError{File: file, Line: tlp.Line, Field: "tlp", Err: err}
			}
			spec.Marking = m
		}
	}
	if class != nil {
		s, err := scalar(file, "classification", class)
		if err != nil {
			return spec, err
		}
		spec.Marking = Classification(s)
	}
	if slides == nil {
		return spec, inputErr(file, root, "slides", "the deck has no slides")
	}
	if slides.Kind != yaml.SequenceNode {
		return spec, inputErr(file, slides, "slides", "slides must be a list")
	}
	if len(slides.Content) == 0 {
		return spec, inputErr(file, slides, "slides", "the deck has no slides")
	}
	for _, sn := range slides.Content {
		s, err := parseSlide(file, sn)
		if err != nil {
			return spec, err
		}
		spec.Slides = append(spec.Slides, s)
	}
	return spec, nil
}

func parseSlide(file string, n *yaml.Node) (SlideSpec, error) {
	s := SlideSpec{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		return s, inputErr(file, n, "", "a slide must be a mapping with query and args")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		var err error
		switch k.Value {
		case "query":
			s.Query, err = scalar(file, "query", v)
		case "title":
			s.Title, err = scalar(file, "title", v)
		case "args":
			s.Args, err = stringList(file, v)
		case "depth":
			s.Depth, err = intValue(file, "depth", v)
		case "max_hops", "max-hops":
			s.MaxHops, err = intValue(file, k.Value, v)
		default:
			err = inputErr(file, k, k.Value, "unknown key (want query, args, title, depth, max_hops)")
		}
		if err != nil {
			return s, err
		}
	}
	if s.Query == "" {
		return s, inputErr(file, n, "query", "the slide names no query")
	}
	if err := checkSlide(s); err != nil {
		return s, &graph.InputError{File: file, Line: s.Line, Field: "query", Err: err}
	}
	return s, nil
}

// checkSlide checks the question name and its arguments against the
// catalog. Errors wrap graph.ErrInvalid.
func checkSlide(s SlideSpec) error {
	q, ok := queries.Lookup(s.Query)
	if !ok {
		var names []string
		for _, q := range queries.Catalog() {
			names = append(names, q.Name)
		}
		return fmt.Errorf("%w: unknown query %q (want one of %s)", graph.ErrInvalid, s.Query, strings.Join(names, ", "))
	}
	if err := q.CheckArgs(s.Args); err != nil {
		return err
	}
	if s.Depth < 0 || s.MaxHops < 0 {
		return fmt.Errorf("%w: depth and max_hops must not be negative", graph.ErrInvalid)
	}
	return nil
}

// ParseSlideFlag reads a slide given on the command line as
// "QUERY:ARG[:ARG...]", e.g. "who-targeted:election commission" or
// "path:APT28:ministry of defence". Only questions of a fixed number of
// arguments (path) split the rest at colons; for the others everything after
// the first colon is one text, colons included. Errors wrap graph.ErrInvalid.
func ParseSlideFlag(s string) (SlideSpec, error) {
	name, rest, _ := strings.Cut(s, ":")
	spec := SlideSpec{Query: strings.TrimSpace(name)}
	if spec.Query == "" {
		return spec, fmt.Errorf("%w: slide %q names no query (want QUERY:ARG)", graph.ErrInvalid, s)
	}
	q, ok := queries.Lookup(spec.Query)
	if ok && rest != "" {
		if q.MaxArgs <= 1 {
			spec.Args = []string{strings.TrimSpace(rest)}
		} else {
			for _, a := range strings.Split(rest, ":") {
				spec.Args = append(spec.Args, strings.TrimSpace(a))
			}
		}
	}
	if err := checkSlide(spec); err != nil {
		return spec, fmt.Errorf("slide %q: %w", s, err)
	}
	return spec, nil
}

func scalar(file, field string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", inputErr(file, v, field, "want a single value")
	}
	if v.Tag == "!!null" {
		return "", nil
	}
	return strings.TrimSpace(v.Value), nil
}

func stringList(file string, v *yaml.Node) ([]string, error) {
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil, nil
		}
		return []string{strings.TrimSpace(v.Value)}, nil
	case yaml.SequenceNode:
		var out []string
		for _, c := range v.Content {
			if c.Kind != yaml.ScalarNode {
				return nil, inputErr(file, c, "args", "each argument must be a single value")
			}
			out = append(out, strings.TrimSpace(c.Value))
		}
		return out, nil
	}
	return nil, inputErr(file, v, "args", "want a list of arguments")
}

func intValue(file, field string, v *yaml.Node) (int, error) {
	if v.Kind != yaml.ScalarNode {
		return 0, inputErr(file, v, field, "want a number")
	}
	n, err := strconv.Atoi(strings.TrimSpace(v.Value))
	if err != nil {
		return 0, inputErr(file, v, field, fmt.Sprintf("%q is not a whole number", v.Value))
	}
	return n, nil
}

func inputErr(file string, n *yaml.Node, field, msg string) error {
	return &graph.InputError{File: file, Line: n.Line, Field: field, Err: fmt.Errorf("%w: %s", graph.ErrInvalid, msg)}
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlError turns a yaml.v3 syntax error into an InputError with its line.
func yamlError(file string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = strings.TrimSpace(strings.Replace(msg, m[0]+":", "", 1))
	}
	return &graph.InputError{File: file, Line: line, Err: fmt.Errorf("%w: %s", graph.ErrInvalid, msg)}
}
