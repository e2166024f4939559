package export

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestParseSpec(t *testing.T) {
	spec, err := ParseSpec("deck.yaml", []byte(fixtureDeck))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if spec.Title != "Cambodia 2018 election intrusions" || spec.Theme != "light" || spec.Date != "2018-08-01" {
		t.Errorf("got title %q theme %q date %q", spec.Title, spec.Theme, spec.Date)
	}
	if want := (Marking{Text: "TLP:AMBER", Fg: "#FFC000", Bg: "#000000"}); spec.Marking != want {
		t.Errorf("got marking %+v, want %+v", spec.Marking, want)
	}
	want := []SlideSpec{
		{Query: "who-targeted", Args: []string{"election commission"}, Line: 6},
		{Query: "victims-of", Args: []string{"TEMP.Periscope"}, Title: "What TEMP.Periscope went after", Line: 8},
		{Query: "path", Args: []string{"Sample Panda", "Opposition Party"}, Line: 11},
	}
	if !reflect.DeepEqual(spec.Slides, want) {
		t.Errorf("got slides %+v, want %+v", spec.Slides, want)
	}
}

func TestParseSpecVariants(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want Spec
	}{
		{
			name: "classification, scalar args, depth",
			yaml: "title: T\nclassification: SECRET//REL TO USA\nslides:\n  - query: neighborhood\n    args: APT28\n    depth: 2\n",
			want: Spec{File: "d.yaml", Title: "T", Marking: Marking{Text: "SECRET//REL TO USA", Fg: "#FFFFFF", Bg: "#C8102E"},
				Slides: []SlideSpec{{Query: "neighborhood", Args: []string{"APT28"}, Depth: 2, Line: 4}}},
		},
		{
			name: "tlp with prefix and max hops",
			yaml: "tlp: TLP:amber+strict\nslides:\n- query: path\n  args: [a, b]\n  max_hops: 3\n",
			want: Spec{File: "d.yaml", Marking: Marking{Text: "TLP:AMBER+STRICT", Fg: "#FFC000", Bg: "#000000"},
				Slides: []SlideSpec{{Query: "path", Args: []string{"a", "b"}, MaxHops: 3, Line: 3}}},
		},
		{
			name: "empty tlp means none",
			yaml: "tlp:\ntheme: dark\nslides:\n- {query: victims-of, args: [x]}\n",
			want: Spec{File: "d.yaml", Theme: "dark", Slides: []SlideSpec{{Query: "victims-of", Args: []string{"x"}, Line: 4}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSpec("d.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseSpecErrors(t *testing.T) {
	tests := []struct {
		name      string
		yaml      string
		wantLine  int
		wantField string
		wantMsg   string
	}{
		{"empty", "", 0, "", "empty"},
		{"not a mapping", "- a\n- b\n", 1, "", "mapping"},
		{"syntax", "title: x\nslides:\n\t- query: who-targeted\n", 3, "", "cannot start any token"},
		{"unknown key", "title: x\nauthor: me\nslides:\n  - {query: victims-of, args: [x]}\n", 2, "author", "unknown key"},
		{"no slides", "title: x\n", 1, "slides", "no slides"},
		{"slides not a list", "slides: who-targeted\n", 1, "slides", "list"},
		{"empty slides", "slides: []\n", 1, "slides", "no slides"},
		{"unknown query", "title: x\nslides:\n  - query: victims-of\n    args: [x]\n  - query: who-did\n    args: [x]\n", 5, "query", `unknown query "who-did"`},
		{"no query", "slides:\n  - args: [x]\n", 2, "query", "no query"},
		{"too few args", "slides:\n  - query: path\n    args: [only-one]\n", 2, "query", "path takes"},
		{"no args", "slides:\n  - query: victims-of\n", 2, "query", "victims-of takes"},
		{"nested args", "slides:\n  - query: victims-of\n    args: [[x]]\n", 3, "args", "single value"},
		{"unknown slide key", "slides:\n  - query: victims-of\n    args: [x]\n    colour: red\n", 4, "colour", "unknown key"},
		{"bad depth", "slides:\n  - query: neighborhood\n    args: [x]\n    depth: deep\n", 4, "depth", "whole number"},
		{"bad tlp", "tlp: purple\nslides:\n  - {query: victims-of, args: [x]}\n", 1, "tlp", "TLP label"},
		{"tlp and classification", "tlp: red\nclassification: SECRET\nslides:\n  - {query: victims-of, args: [x]}\n", 2, "classification", "either"},
		{"bad theme", "theme: neon\nslides:\n  - {query: victims-of, args: [x]}\n", 1, "theme", "unknown theme"},
		{"bad date", "date: 1 May 2024\nslides:\n  - {query: victims-of, args: [x]}\n", 1, "date", "YYYY-MM-DD"},
		{"title not scalar", "title: [a, b]\nslides:\n  - {query: victims-of, args: [x]}\n", 1, "title", "single value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSpec("deck.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatal("got no error")
			}
			var ie *graph.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %T %v, want *graph.InputError", err, err)
			}
			if !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("got %v, want it to wrap graph.ErrInvalid", err)
			}
			if ie.File != "deck.yaml" || ie.Line != tt.wantLine || ie.Field != tt.wantField {
				t.Errorf("got %s line %d field %q, want deck.yaml line %d field %q (%v)", ie.File, ie.Line, ie.Field, tt.wantLine, tt.wantField, err)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got %q, want it to contain %q", err, tt.wantMsg)
			}
		})
	}
}

func TestParseSlideFlag(t *testing.T) {
	tests := []struct {
		in      string
		want    SlideSpec
		wantErr string
	}{
		{in: "who-targeted:election commission", want: SlideSpec{Query: "who-targeted", Args: []string{"election commission"}}},
		{in: "victims-of: TEMP.Periscope ", want: SlideSpec{Query: "victims-of", Args: []string{"TEMP.Periscope"}}},
		{in: "neighborhood:Operation: Red October", want: SlideSpec{Query: "neighborhood", Args: []string{"Operation: Red October"}}},
		{in: "path:APT28:Ministry of Defence", want: SlideSpec{Query: "path", Args: []string{"APT28", "Ministry of Defence"}}},
		{in: "path:APT28", wantErr: "path takes"},
		{in: "who-did:x", wantErr: "unknown query"},
		{in: ":x", wantErr: "names no query"},
		{in: "victims-of", wantErr: "victims-of takes"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSlideFlag(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, graph.ErrInvalid) {
					t.Fatalf("got %v, want an invalid-input error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseTLP(t *testing.T) {
	tests := []struct{ in, text, fg string }{
		{"clear", "TLP:CLEAR", "#FFFFFF"},
		{"TLP:WHITE", "TLP:CLEAR", "#FFFFFF"},
		{"green", "TLP:GREEN", "#33FF00"},
		{"Amber", "TLP:AMBER", "#FFC000"},
		{"tlp:amber+strict", "TLP:AMBER+STRICT", "#FFC000"},
		{"TLP: RED", "TLP:RED", "#FF2B2B"},
	}
	for _, tt := range tests {
		m, err := ParseTLP(tt.in)
		if err != nil {
			t.Errorf("%q: got error %v", tt.in, err)
			continue
		}
		if m.Text != tt.text || m.Fg != tt.fg || m.Bg != "#000000" {
			t.Errorf("%q: got %+v, want %s in %s on black", tt.in, m, tt.text, tt.fg)
		}
	}
	if _, err := ParseTLP("amber-ish"); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("got %v, want an error wrapping graph.ErrInvalid", err)
	}
}

func TestClassification(t *testing.T) {
	tests := []struct{ in, bg string }{
		{"TOP SECRET//SI", "#FF8C00"},
		{"Secret//REL TO GBR", "#C8102E"},
		{"CONFIDENTIAL", "#0033A0"},
		{"UNCLASSIFIED//FOUO", "#007A33"},
		{"Company internal", "#3A3A3A"},
	}
	for _, tt := range tests {
		if got := Classification(tt.in); got.Bg != tt.bg || got.Text != tt.in {
			t.Errorf("%q: got %+v, want background %s", tt.in, got, tt.bg)
		}
	}
	if !Classification("  ").IsZero() {
		t.Error("blank classification: got a banner, want none")
	}
}
