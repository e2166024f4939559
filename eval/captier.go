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
	"github.com/actorgraph/actorgraph/loader/gazetteer"
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
var aliasCue = regexp.MustCompile(`(?i)^[\s,]*(\(|(?:[a-z]+\s+){0,4}(?:(?:known|referred to|tracked|designated)\s+as|called)|a\.?k\.?a\.?)[\s:]*$`)

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
//     all in lower case, "government agencies", is a Sector).
//   - uses, Threat-Actor -> Attack-Pattern, and targets, that Attack-Pattern
//     -> Identity | Industry | Location: TARGETED ("ran phishing campaigns
//     against Japanese organizations").
//   - Members of a targeted list (attributed-to between two Identity or
//     Industry spans, either way round: "industries, including technology"):
//     TARGETED.
//   - A target named by a country's demonym and generic nouns only
//     ("Taiwanese organizations") is that country (Taiwan).
//   - Whatever was targeted that is located-at a Location: the actor
//     TARGETED that location too ("government organizations in Cambodia");
//     and when the Location itself is the target, the Identity or Industry
//     spans located-at it were targeted too ("targets Freedonian government
//     institutions").
//   - attributed-to, Threat-Actor -> Identity | Location: ATTRIBUTED_TO, and
//     to the Identity's located-at Location ("Russia's GRU": Russia).
//   - located-at, Threat-Actor -> Location: ATTRIBUTED_TO ("a China-based
//     group", "an Iranian threat actor" is attribution to the country).
//   - uses, interacts-with or exploits, Threat-Actor -> Malware | Tool: USES
//     (an actor that installs, downloads or runs a tool uses it), when the
//     tool is named (some letter capitalized or a digit: "PoisonIvy", not
//     "backdoors"); and USES of the named variant-of relatives of a used
//     tool ("RATs such as PoisonIvy", "tools including Mimikatz").
//   - related-to between two Threat-Actor or Identity spans joined in the
//     text by an alias cue ("(", "also known as", "referred to as", "aka"):
//     ALIAS.
//
// Everything else is dropped and counted in CaptierStats.Dropped by reason:
// relation types the graph does not score (requires, interacts-with,
// exploits, has, affects, indicates, variant-of, other related-to), ends with
// unmodelled labels (Attack-Pattern, Infrastructure, File, ...), sources that
// are not threat actors, actors that are not named (see Named: "they", "the
// group", "a cyber espionage group"; when the sentence names exactly one
// actor, such mentions are taken to be that actor) and other ends that name no one
// ("victims", "victim environments", "compromised hosts"), which one sentence
// cannot resolve. A malformed line is an *graph.InputError wrapping
// graph.ErrInvalid.
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
	// "X is a cyber espionage group that has targeted Y": with one
	// named actor in the sentence, the unnamed actor mentions are that actor.
	// A mention before the actor's name, or related to it, is someone else.
	named, namedAt := "", -1
	for _, e := range rec.Entities {
		if sp := spans[e.ID]; sp.label == "Threat-Actor" && Named(sp.token, graph.ThreatActor) {
			if named != "" && Key(named) != Key(sp.token) {
				named = ""
				break
			}
			named = sp.token
			if namedAt < 0 || sp.start < namedAt {
				namedAt = sp.start
			}
		}
	}
	if named != "" {
		linked := map[int]bool{}
		for _, r := range rec.Relations {
			if Key(spans[r.From].token) == Key(named) {
				linked[r.To] = true
			}
			if Key(spans[r.To].token) == Key(named) {
				linked[r.From] = true
			}
		}
		for id, sp := range spans {
			if sp.label == "Threat-Actor" && !Named(sp.token, graph.ThreatActor) && sp.start > namedAt && !linked[id] {
				sp.token = named
				spans[id] = sp
			}
		}
	}
	for _, r := range rec.Relations {
		if _, ok := spans[r.From]; !ok {
			return nil, fmt.Errorf("%w: %s: relation from unknown entity %d", graph.ErrInvalid, rec.ID, r.From)
		}
		if _, ok := spans[r.To]; !ok {
			return nil, fmt.Errorf("%w: %s: relation to unknown entity %d", graph.ErrInvalid, rec.ID, r.To)
		}
	}
	victimish := func(l string) bool { return l == "Identity" || l == "Industry" }
	toolish := func(l string) bool { return l == "Malware" || l == "Tool" }
	// What the sentence says beyond single relations: where things are,
	// which list a victim belongs to, which techniques an actor used and
	// what those techniques were aimed at.
	locatedAt := map[int][]int{}
	locatedHere := map[int][]int{}
	members := map[int][]int{}
	kinds := map[int][]int{}
	techniques := map[int][]int{}
	aimedAt := map[int][]int{}
	for _, r := range rec.Relations {
		from, to := spans[r.From], spans[r.To]
		switch {
		case r.Type == "located-at" && to.label == "Location":
			locatedAt[r.From] = append(locatedAt[r.From], r.To)
			if victimish(from.label) {
				locatedHere[r.To] = append(locatedHere[r.To], r.From)
			}
		case r.Type == "attributed-to" && victimish(from.label) && victimish(to.label):
			// "industries, including technology" is annotated either way round.
			members[r.From] = append(members[r.From], r.To)
			members[r.To] = append(members[r.To], r.From)
		case r.Type == "variant-of" && toolish(from.label) && toolish(to.label):
			// "RATs such as PoisonIvy": PoisonIvy is a variant of RATs.
			kinds[r.From] = append(kinds[r.From], r.To)
			kinds[r.To] = append(kinds[r.To], r.From)
		case r.Type == "uses" && from.label == "Threat-Actor" && to.label == "Attack-Pattern":
			techniques[r.From] = append(techniques[r.From], r.To)
		case r.Type == "targets" && from.label == "Attack-Pattern" && captierKinds[to.label] != "" &&
			(victimish(to.label) || to.label == "Location"):
			aimedAt[r.From] = append(aimedAt[r.From], r.To)
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
		// "Taiwanese organizations" are Taiwan, as a victim.
		if t == Targeted && g.TargetKind != graph.Country {
			if c, ok := demonymOnly(g.Target); ok {
				g.Target, g.TargetKind = c, graph.Country
				g.Note += " (" + to.token + ")"
			}
		}
		out = append(out, g)
	}
	// targets collects, per actor span, the spans it targeted and how.
	type targeted struct {
		span int
		how  string
	}
	targets := map[int][]targeted{}
	for _, r := range rec.Relations {
		st.Relations++
		from, to := spans[r.From], spans[r.To]
		typ, reason := captierType(r.Type, from, to, rec.Text)
		if typ == "" {
			st.Dropped[reason]++
			continue
		}
		if !Named(from.token, captierKinds[from.label]) {
			st.Dropped["source names no one"]++
			continue
		}
		if r.Type == "targets" {
			targets[r.From] = append(targets[r.From], targeted{r.To, "targets"})
		}
		if typ == Uses {
			// "tools including Mimikatz": the named variants were used.
			for _, v := range kinds[r.To] {
				if vs := spans[v]; capitalized(vs.token) && !namesNoOne(Words(vs.token)) {
					add(Uses, from, vs, "captier: "+r.Type+" + variant-of")
				}
			}
		}
		if namesNoOne(Words(to.token)) {
			st.Dropped["target names no one"]++
			continue
		}
		if typ == Uses && !capitalized(to.token) {
			st.Dropped["uses a description, not a name"]++
			continue
		}
		add(typ, from, to, "captier: "+r.Type)
		st.Kept[typ]++
		if typ == AttributedTo && to.label == "Identity" {
			// "attributed to Russia's GRU" is attribution to Russia.
			for _, loc := range locatedAt[r.To] {
				add(AttributedTo, from, spans[loc], "captier: attributed-to + located-at")
			}
		}
	}
	actors := make([]int, 0, len(targets)+len(techniques))
	seenActor := map[int]bool{}
	for _, r := range rec.Relations {
		if (targets[r.From] != nil || techniques[r.From] != nil) && !seenActor[r.From] {
			seenActor[r.From] = true
			actors = append(actors, r.From)
		}
	}
	for _, a := range actors {
		from := spans[a]
		if !Named(from.token, captierKinds[from.label]) {
			continue
		}
		// An actor that used a technique aimed at X targeted X.
		all := append([]targeted(nil), targets[a]...)
		for _, p := range techniques[a] {
			for _, x := range aimedAt[p] {
				all = append(all, targeted{x, "uses + targets"})
			}
		}
		// "targets Freedonian ministries" is annotated as
		// targets Freedonian, and the ministries located-at Freedonian.
		for _, t := range append([]targeted(nil), all...) {
			if spans[t.span].label == "Location" {
				for _, x := range locatedHere[t.span] {
					all = append(all, targeted{x, t.how + " + located-at"})
				}
			}
		}
		// Members of a targeted list were targeted: "industries, including
		// technology and manufacturing".
		for _, t := range append([]targeted(nil), all...) {
			for _, m := range members[t.span] {
				all = append(all, targeted{m, t.how + " + attributed-to"})
			}
		}
		for _, t := range all {
			to := spans[t.span]
			if t.how != "targets" && !namesNoOne(Words(to.token)) {
				add(Targeted, from, to, "captier: "+t.how)
			}
			// "targeted government organizations in Cambodia" also says
			// Cambodia was targeted.
			for _, loc := range locatedAt[t.span] {
				add(Targeted, from, spans[loc], "captier: "+t.how+" + located-at")
			}
		}
	}
	out = dedupeGold(out)
	for _, g := range out {
		if strings.Contains(g.Note, "+") {
			st.Derived++
		}
	}
	return out, nil
}

// demonymOnly returns the country of a mention made of a country's name or
// demonym and generic nouns only ("Taiwanese organizations", "South Korean
// entities").
func demonymOnly(name string) (string, bool) {
	ws := Words(name)
	for n := 1; n <= 2 && n < len(ws); n++ {
		c, ok := gazetteer.LookupCountry(strings.Join(ws[:n], " "))
		if !ok {
			continue
		}
		rest := true
		for _, w := range ws[n:] {
			if !sectorNouns[w] && !unnamed[w] {
				rest = false
				break
			}
		}
		if rest {
			return c.Name, true
		}
	}
	return "", false
}

// captierType maps one CAPTIER relation to a scored type, or returns why not.
func captierType(rel string, from, to span, text string) (Type, string) {
	fk, tk := captierKinds[from.label], captierKinds[to.label]
	switch rel {
	case "targets", "attributed-to", "located-at", "uses", "related-to", "interacts-with", "exploits":
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
	case (rel == "uses" || rel == "interacts-with" || rel == "exploits") && (tk == graph.Malware || tk == graph.Tool):
		// An actor that installs, downloads or runs a tool uses it.
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
