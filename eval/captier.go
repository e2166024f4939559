package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// captierKinds maps the CAPTIER entity labels that the graph models to kinds.
// Other labels (Attack-Pattern, Infrastructure, File, Configuration,
// Observed-Data, Credential, Vulnerability) have no kind here and their
// relations are not scored.
var captierKinds = map[string]graph.Kind{
	"Threat-Actor": graph.ThreatActor,
	"Identity":     graph.Organization,
	"Industry":     graph.Sector,
	"Location":     graph.Country,
	"Malware":      graph.Malware,
	"Tool":         graph.Tool,
}

// aliasCue is the text between two spans of a related-to relation that makes
// it an alias claim: "X (Y)", "X, also known as Y", "X, which is also
// referred to as Y", "X aka Y".
var aliasCue = regexp.MustCompile(`(?i)^[\s,]*(\(|(?:[a-z]+\s+){0,4}(?:known|referred to|called|tracked|designated)\s+as|a\.?k\.?a\.?)[\s:]*$`)

type captierRecord struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		ID    int    `json:"id"`
		Label string `json:"label"`
		Start int    `json:"start_offset"`
		End   int    `json:"end_offset"`
		Token string `json:"token"`
	} `json:"entities"`
	Relations []struct {
		From int    `json:"from_id"`
		To   int    `json:"to_id"`
		Type string `json:"type"`
	} `json:"relations"`
}

// CaptierStats says what the CAPTIER converter kept and why it dropped the
// rest.
type CaptierStats struct {
	Sentences int            `json:"sentences"`
	Relations int            `json:"relations"`
	Kept      map[Type]int   `json:"kept"`
	Derived   int            `json:"derived"` // TARGETED to a country through located-at
	Dropped   map[string]int `json:"dropped"` // reason -> relations
}

// ReadCaptier converts CAPTIER's doccano JSON Lines (name is the file name
// for errors) into a corpus: each sentence a plain-text document whose id is
// the record id, and gold relationships mapped as follows.
//
//   - targets, Threat-Actor -> Identity | Industry | Location: TARGETED
//     (target kind Organization, Sector or Country; an Identity written
//     all in lower case, "government agencies", is a Sector). When the target is
//     located-at a Location in the same sentence, the actor also TARGETED that
//     location ("targeted government organizations in Cambodia": Cambodia).
//   - attributed-to, Threat-Actor -> Identity | Location: ATTRIBUTED_TO.
//   - located-at, Threat-Actor -> Location: ATTRIBUTED_TO ("a China-based
//     group", "an Iranian threat actor" is attribution to the country).
//   - uses, Threat-Actor -> Malware | Tool: USES.
//   - related-to between two Threat-Actor or Identity spans joined in the
//     text by an alias cue ("(", "also known as", "referred to as", "aka"):
//     ALIAS.
//
// Everything else is dropped and counted in CaptierStats.Dropped by reason:
// relation types the graph does not score (requires, interacts-with,
// exploits, has, affects, indicates, variant-of, other related-to), ends with
// unmodelled labels (Attack-Pattern, Infrastructure, File, ...), sources that
// are not threat actors, and ends that name no one ("they", "the group",
// "victims", "organizations"; see Named), which one sentence cannot resolve.
// A malformed line is an *graph.InputError wrapping graph.ErrInvalid.
func ReadCaptier(name string, r io.Reader) (Corpus, CaptierStats, error) {
	st := CaptierStats{Kept: map[Type]int{}, Dropped: map[string]int{}}
	c := Corpus{Name: "captier", Annotated: true}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		var rec captierRecord
		if err := json.Unmarshal(text, &rec); err != nil {
			return Corpus{}, st, &graph.InputError{File: name, Line: line, Err: fmt.Errorf("%w: %v", graph.ErrInvalid, err)}
		}
		if rec.ID == "" {
			return Corpus{}, st, &graph.InputError{File: name, Line: line, Field: "id", Err: fmt.Errorf("%w: record without id", graph.ErrInvalid)}
		}
		st.Sentences++
		c.Docs = append(c.Docs, Document{ID: rec.ID, Path: "captier/" + rec.ID + ".txt", Data: []byte(rec.Text)})
		gold, err := convertCaptier(rec, &st)
		if err != nil {
			return Corpus{}, st, &graph.InputError{File: name, Line: line, Err: err}
		}
		c.Gold = append(c.Gold, gold...)
	}
	if err := sc.Err(); err != nil {
		return Corpus{}, st, fmt.Errorf("read %s: %w", name, err)
	}
	return c, st, nil
}

// ReadCaptierFile reads a CAPTIER file (see ReadCaptier).
func ReadCaptierFile(path string) (Corpus, CaptierStats, error) {
	f, err := os.Open(path)
	if err != nil {
		return Corpus{}, CaptierStats{}, fmt.Errorf("read captier: %w", err)
	}
	defer f.Close()
	return ReadCaptier(path, f)
}

type span struct {
	label      string
	start, end int
	token      string
}

func convertCaptier(rec captierRecord, st *CaptierStats) ([]Gold, error) {
	spans := map[int]span{}
	for _, e := range rec.Entities {
		tok := strings.TrimSpace(e.Token)
		if e.Start >= 0 && e.End <= len(rec.Text) && e.Start < e.End {
			// The offsets are authoritative; the token is a copy.
			tok = strings.TrimSpace(rec.Text[e.Start:e.End])
		}
		spans[e.ID] = span{label: e.Label, start: e.Start, end: e.End, token: tok}
	}
	// locatedAt: span id -> locations it is located at.
	locatedAt := map[int][]int{}
	for _, r := range rec.Relations {
		if r.Type == "located-at" && spans[r.To].label == "Location" {
			locatedAt[r.From] = append(locatedAt[r.From], r.To)
		}
	}
	var out []Gold
	add := func(t Type, from, to span, note string) {
		g := Gold{Doc: rec.ID, Type: t, Source: from.token, Target: to.token,
			SourceKind: captierKinds[from.label], TargetKind: captierKinds[to.label], Note: note}
		// An Identity written in lower case ("military organizations") is a
		// kind of victim, not a victim.
		if g.TargetKind == graph.Organization && !capitalized(g.Target) {
			g.TargetKind = graph.Sector
		}
		out = append(out, g)
	}
	for _, r := range rec.Relations {
		st.Relations++
		from, okf := spans[r.From]
		to, okt := spans[r.To]
		if !okf || !okt {
			return nil, fmt.Errorf("%w: %s: relation between unknown entities %d and %d", graph.ErrInvalid, rec.ID, r.From, r.To)
		}
		typ, reason := captierType(r.Type, from, to, rec.Text)
		if typ == "" {
			st.Dropped[reason]++
			continue
		}
		fromNamed, toNamed := !unnamed[Key(from.token)], !unnamed[Key(to.token)]
		if !fromNamed {
			st.Dropped["source names no one"]++
		} else if r.Type == "targets" {
			// "targeted organizations in Cambodia" also says Cambodia was targeted.
			for _, loc := range locatedAt[r.To] {
				add(Targeted, from, spans[loc], "captier: targets + located-at")
				st.Derived++
			}
		}
		if !fromNamed {
			continue
		}
		if !toNamed {
			st.Dropped["target names no one"]++
			continue
		}
		add(typ, from, to, "captier: "+r.Type)
		st.Kept[typ]++
	}
	return dedupeGold(out), nil
}

// captierType maps one CAPTIER relation to a scored type, or returns why not.
func captierType(rel string, from, to span, text string) (Type, string) {
	fk, tk := captierKinds[from.label], captierKinds[to.label]
	switch rel {
	case "targets", "attributed-to", "located-at", "uses", "related-to":
	default:
		return "", "relation type " + rel + " not scored"
	}
	if fk == "" || tk == "" {
		return "", rel + " with an unmodelled end (" + from.label + " -> " + to.label + ")"
	}
	switch rel {
	case "related-to":
		actorish := func(k graph.Kind) bool { return k == graph.ThreatActor || k == graph.Organization }
		if actorish(fk) && actorish(tk) && aliasJoined(from, to, text) {
			return Alias, ""
		}
		return "", "related-to without an alias cue"
	}
	if fk != graph.ThreatActor {
		return "", rel + " from a " + from.label + ", not a threat actor"
	}
	switch {
	case rel == "targets" && (tk == graph.Organization || tk == graph.Sector || tk == graph.Country):
		return Targeted, ""
	case rel == "attributed-to" && (tk == graph.Organization || tk == graph.Country):
		return AttributedTo, ""
	case rel == "located-at" && tk == graph.Country:
		return AttributedTo, ""
	case rel == "uses" && (tk == graph.Malware || tk == graph.Tool):
		return Uses, ""
	}
	return "", rel + " from a threat actor to a " + to.label
}

// aliasJoined reports whether the text between two spans is an alias cue.
func aliasJoined(a, b span, text string) bool {
	if a.start > b.start {
		a, b = b, a
	}
	if a.end > b.start || b.start > len(text) {
		return false
	}
	return aliasCue.MatchString(text[a.end:b.start])
}

// dedupeGold drops repeated relationships (same doc, type and keys), keeping
// the first, in a stable order.
func dedupeGold(gs []Gold) []Gold {
	seen := map[string]bool{}
	out := gs[:0]
	for _, g := range gs {
		a, b := Key(g.Source), Key(g.Target)
		if g.Type == Alias && b < a {
			a, b = b, a
		}
		k := g.Doc + "\x00" + string(g.Type) + "\x00" + a + "\x00" + b
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return typeRank(out[i].Type) < typeRank(out[j].Type) })
	return out
}
