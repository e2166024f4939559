package report

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		protect []Span
		want    []string
	}{
		{"plain", "One sentence here. Another one follows! A third?",
			nil, []string{"One sentence here.", "Another one follows!", "A third?"}},
		{"abbreviations", "A spokesperson for the embassy in Washington, D.C. did not answer. The U.S. Treasury said Dec. 1 was late.",
			nil, []string{"A spokesperson for the embassy in Washington, D.C. did not answer.", "The U.S. Treasury said Dec. 1 was late."}},
		{"a dateline's state, and the same word ending a sentence", "WICHITA, Kan. (Example Wire) — The city said so. He was based in Springfield, Ill. The firm agreed.",
			nil, []string{"WICHITA, Kan. (Example Wire) — The city said so.", "He was based in Springfield, Ill.", "The firm agreed."}},
		{"a time of day goes on", "Then, at about 3 a.m. Thursday, the site went offline. It came back at 9 p.m. The firm said so.",
			nil, []string{"Then, at about 3 a.m. Thursday, the site went offline.", "It came back at 9 p.m.", "The firm said so."}},
		{"initials", "He sold it to businessman Ravi S. Menon last year. Then he left.",
			nil, []string{"He sold it to businessman Ravi S. Menon last year.", "Then he left."}},
		{"dotted actor name", "The group TEMP.Periscope was active. It moved on.",
			nil, []string{"The group TEMP.Periscope was active.", "It moved on."}},
		{"glued sentences", "The firm traced the victims.The group went quiet.",
			nil, []string{"The firm traced the victims.", "The group went quiet."}},
		{"glued before a protected name", "according to the vendor.TEMP.Periscope is active.",
			[]Span{{24, 38}}, []string{"according to the vendor.", "TEMP.Periscope is active."}},
		{"lost dot", "The group has been tied According to the vendor, it is old.",
			nil, []string{"The group has been tied", "According to the vendor, it is old."}},
		{"no boundary after a function word", "The story ran in The Daily Example on Monday.",
			nil, []string{"The story ran in The Daily Example on Monday."}},
		{"a capitalized The opens a name after a verb", "The gang knocked The Daily Example's presses offline.",
			nil, []string{"The gang knocked The Daily Example's presses offline."}},
		{"a lost dot before The and a common noun", "The group has been tied The firm said so.",
			nil, []string{"The group has been tied", "The firm said so."}},
		{"domains and urls stay whole", "See example.com and www.Example.org/Path for details.",
			nil, []string{"See example.com and www.Example.org/Path for details."}},
		{"paragraphs", "First paragraph without a dot\n\nSecond paragraph.",
			nil, []string{"First paragraph without a dot", "Second paragraph."}},
		{"quotes", "“We saw it,” he said. “It was big.”",
			nil, []string{"“We saw it,” he said.", "“It was big.”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range SplitSentences(tt.text, tt.protect) {
				got = append(got, s.Text)
				if tt.text[s.Start:s.End] != s.Text {
					t.Errorf("got offsets [%d,%d) for %q, want them to cut out the sentence", s.Start, s.End, s.Text)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitSentencesParagraphIndex(t *testing.T) {
	got := SplitSentences("One. Two.\n\nThree.", nil)
	want := []int{0, 0, 1}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, s := range got {
		if s.Para != want[i] {
			t.Errorf("sentence %q: got paragraph %d, want %d", s.Text, s.Para, want[i])
		}
	}
}
