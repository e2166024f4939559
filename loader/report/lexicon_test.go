package report

import "testing"

// TestWordSets: a token answers a word list through its id as its lower-case
// text does through the list's has, and lists cannot grow once extraction
// can run.
func TestWordSets(t *testing.T) {
	toks := tokenize("Hackers TARGETED the ministry, zyxwvut.", 0, len("Hackers TARGETED the ministry, zyxwvut."))
	for _, tk := range toks {
		for _, ws := range []*wordSet{targetVerbs, afterNoun, months} {
			if ws.is(tk.id) != ws.has(tk.lower) {
				t.Errorf("%q: is(id %d) = %v, has = %v", tk.text, tk.id, ws.is(tk.id), ws.has(tk.lower))
			}
		}
	}
	if !targetVerbs.is(toks[1].id) || !targetVerbs.has("targeted") {
		t.Errorf("targetVerbs does not hold %q", toks[1].text)
	}
	if toks[5].lower != "zyxwvut" || toks[5].id != 0 || targetVerbs.is(0) {
		t.Errorf("a word of no list: %q has id %d", toks[5].lower, toks[5].id)
	}
	s := &sent{toks: toks}
	if s.id(-1) != 0 || s.id(len(toks)) != 0 || s.id(1) != toks[1].id {
		t.Error("sent.id out of the sentence is not 0")
	}
	defer func() {
		if recover() == nil {
			t.Error("set built a list after initialization")
		}
	}()
	set("late")
}
