package report

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// Read parses and extracts a report: Parse, then Extract, the batch
// validated and normalized. Errors are those of Parse (a *graph.InputError
// for bad front matter) or a batch that fails validation (graph.ErrInvalid).
func Read(path string, data []byte, g *gazetteer.Gazetteer) (graph.Batch, error) {
	doc, err := Parse(path, data)
	if err != nil {
		return graph.Batch{}, err
	}
	b, err := Extract(doc, g)
	if err != nil {
		return graph.Batch{}, fmt.Errorf("extract %s: %w", path, err)
	}
	if err := b.Validate(); err != nil {
		return graph.Batch{}, fmt.Errorf("extract %s: %w", path, err)
	}
	return b, nil // Extract's batch is normalized already
}

// Extract recognizes the entities of a parsed report and the relationships
// its sentences state. g may be nil (no known actors: only actors
// introduced by a cue such as "a group known as X" are found). The batch
// holds the report node, the actors named, every node that takes part in a
// relationship, and the relationships, each with one piece of evidence per
// sentence. It is normalized.
func Extract(doc Document, g *gazetteer.Gazetteer) (graph.Batch, error) {
	if g == nil {
		g = gazetteer.New(nil)
	}
	if doc.ID == "" {
		doc.ID = reportID(doc)
	}
	x := &extraction{doc: doc, ref: doc.Ref()}
	x.run(g)
	return x.batch(), nil
}

type extraction struct {
	doc      Document
	ref      graph.ReportRef
	sents    []*sent
	docActor *graph.Node
	// titleActor is the one actor the headline names, when the body names
	// it too.
	titleActor *graph.Node
	// leadActor is the first actor the report names, at sentence leadIdx:
	// what a news lede's "hackers" and "a ransomware gang" stand for when the
	// name comes a sentence or two later.
	leadActor *graph.Node
	leadIdx   int
	leadLays  bool        // the lead sentence lays the incident before it on the lead actor
	lastDoc   *graph.Node // the last actor named in an earlier paragraph
	// section is the one actor the current section's heading names
	// ("## Cisco Talos: 'Static Tundra'"), nil under other headings.
	section  *graph.Node
	mentions map[string]int // actor id -> times named so far
	prev     *sent          // the sentence before the current one
	idx      int            // the index of the current sentence in sents
	heading  string         // the last heading, lower case ("targeting")
	itemPara int            // the paragraph of the last list item read under it, plus one
	edgeAt   map[string]int // edge key -> index in edges
	seen     map[string]graph.Node
	edges    []graph.Edge
	actors   map[string]graph.Node // actor nodes named in the text
	claims   map[string][]graph.AliasClaim
	merged   map[string]graph.Node // actor id -> the actor the report says it is
	laid     map[string]string     // actor id of a family laid on a gang -> the family's name
	g        *gazetteer.Gazetteer
	located  []graph.Edge // LOCATED_IN edges kept only when their organization takes part in another edge
	text     string       // the text the sentences index: the body, then the headline
	headline bool         // reading the headline: no actor is in focus
	// elsewhere is set for a sentence that tells of another incident
	// ("in separate breaches", "did not tie each victim to a group"): its
	// victims are not given to the actor in focus.
	elsewhere bool
	// unclaimedPara is one more than the paragraph whose sentence said that
	// its attacks were claimed by no one, 0 when there is none.
	unclaimedPara int
	// team is the list of actors the paragraph's last sentence that named
	// actors named together (see teamOf), nil when it named one.
	team []graph.Node
}

func (x *extraction) run(g *gazetteer.Gazetteer) {
	// The headline is read last, as a paragraph of its own that no actor
	// in focus reaches: "RansomHouse claims attack that froze Muji and Loft
	// online stores" tells of the attack with both its ends named. A title
	// in title case is skipped (sent.headline).
	text := x.doc.Text
	body := len(text)
	if h := strings.TrimSpace(x.doc.Title); h != "" {
		if t := (&sent{toks: tokenize(h, 0, len(h))}); !t.headline() {
			text += "\n\n" + h
		}
	}
	x.text = text
	r := newRecognizer(text, g)
	toks := gazetteer.Tokens(text)
	r.mentions = g.ScanTokens(text, toks)
	protect := make([]Span, len(r.mentions))
	for i, m := range r.mentions {
		protect[i] = Span{m.Start, m.End}
	}
	x.actors = map[string]graph.Node{}
	x.claims = map[string][]graph.AliasClaim{}
	x.merged = map[string]graph.Node{}
	x.g = g
	for _, ss := range SplitSentences(text, protect) {
		s := &sent{Sentence: ss, toks: tokenize(text, ss.Start, ss.End), title: ss.Start >= body}
		r.recognizeActors(s)
		x.sents = append(x.sents, s)
	}
	r.chargedHackers()
	r.shortForms(x.sents)
	r.index()
	for _, s := range x.sents {
		r.recognize(s)
	}
	x.acronyms(r)
	x.promoteAgencies()
	for _, s := range x.sents {
		// "The utility identified the malware as Ryuk": the family stands
		// for its gang before the report's actor is chosen.
		identifiedAs(s)
	}
	x.focus(g)
	var last *graph.Node
	para := -1
	for i, s := range x.sents {
		x.idx = i
		if s.title && !x.headline {
			x.headline = true
			x.docActor, x.leadActor, x.lastDoc = nil, nil, nil
		}
		if s.Para != para {
			if last != nil {
				x.lastDoc = last
			}
			para, last = s.Para, nil
			x.team = nil
		}
		x.remap(s)
		if x.headingLine(i) {
			x.section = nil
			for _, e := range s.ents {
				if e.kind == graph.ThreatActor && !e.ref {
					if x.section != nil && x.section.ID != e.node.ID {
						x.section = nil
						break
					}
					n := e.node
					x.section = &n
				}
			}
		}
		for i := range s.ents {
			e := &s.ents[i]
			if e.kind == graph.ThreatActor && !e.ref {
				x.actors[e.node.ID] = e.node
				if x.mentions == nil {
					x.mentions = map[string]int{}
				}
				x.mentions[e.node.ID]++
			}
		}
		if len(x.team) < 2 {
			dropTeamRefs(s)
		}
		focus := x.inFocus(last)
		x.sentence(s, &last)
		x.shareWithTeam(s, focus)
		if t := teamOf(s); t != nil {
			x.team = t
		} else if namesActor(s) {
			x.team = nil
		}
		x.prev = s
	}
	x.dropSuperseded()
	x.dropSponsors()
}

// dropSponsors removes a victim that a sentence names as the actor's
// sponsor: "a group linked to Ukraine's Security Service says it destroyed
// the servers" is no attack on Ukraine, however close the country stands
// to the verb.
func (x *extraction) dropSponsors() {
	sponsor := map[string]bool{} // actor, sponsor and sentence
	for _, e := range x.edges {
		if e.Type == graph.AttributedTo {
			for _, ev := range e.Evidence {
				sponsor[e.Source+"\x00"+e.Target+"\x00"+ev.Sentence] = true
			}
		}
	}
	if len(sponsor) == 0 {
		return
	}
	// once: the sponsor is named only once in the sentence ("a Brazil-based
	// adversary that targets Brazilian businesses" names it twice).
	once := func(id, text string) bool {
		n := 0
		for _, s := range x.sents {
			if s.Text != text {
				continue
			}
			for _, e := range s.ents {
				if e.node.ID == id && (e.a == 0 || s.toks[e.a-1].text != "(") {
					n++
				}
			}
		}
		return n < 2
	}
	kept := x.edges[:0]
	for _, e := range x.edges {
		if e.Type == graph.Targeted {
			evs := e.Evidence[:0]
			for _, ev := range e.Evidence {
				if !sponsor[e.Source+"\x00"+e.Target+"\x00"+ev.Sentence] || !once(e.Target, ev.Sentence) {
					evs = append(evs, ev)
				}
			}
			e.Evidence = evs
			if len(evs) == 0 {
				continue
			}
		}
		kept = append(kept, e)
	}
	x.reindex(kept)
}

// supersedable are the rules that give a victim to the actor in focus for
// want of a named one: "X said attackers had encrypted files. The Rhysida
// gang later claimed the attack." lays X on Rhysida alone.
var supersedable = map[string]bool{"suffered-focus": true, "self-report": true, "svo-focus": true, "nominal-focus": true, "passive-focus": true}

// dropSuperseded removes a victim given to the actor in focus only because
// a sentence told its damage ("JBS paid $11 million after an attack"), when
// the next sentence laid that attack on another actor ("The FBI attributed
// that attack to REvil").
func (x *extraction) dropSuperseded() {
	laid := map[string]map[string]bool{} // target and sentence -> the actors it was laid on
	for _, e := range x.edges {
		for _, ev := range e.Evidence {
			if e.Type == graph.Targeted && ev.Rule == "antecedent-attack" {
				k := e.Target + "\x00" + ev.Sentence
				if laid[k] == nil {
					laid[k] = map[string]bool{}
				}
				laid[k][e.Source] = true
			}
		}
	}
	if len(laid) == 0 {
		return
	}
	// laidElsewhere: the sentence's attack was laid on an actor other than
	// the edge's own.
	laidElsewhere := func(e graph.Edge, ev graph.Evidence) bool {
		for a := range laid[e.Target+"\x00"+ev.Sentence] {
			if a != e.Source {
				return true
			}
		}
		return false
	}
	kept := x.edges[:0]
	for _, e := range x.edges {
		drop := e.Type == graph.Targeted
		for _, ev := range e.Evidence {
			drop = drop && supersedable[ev.Rule] && laidElsewhere(e, ev)
		}
		if !drop {
			kept = append(kept, e)
		}
	}
	x.reindex(kept)
}

// reindex makes kept, filtered from x.edges in place, the edge list.
func (x *extraction) reindex(kept []graph.Edge) {
	if len(kept) == len(x.edges) {
		return
	}
	x.edges = kept
	x.edgeAt = make(map[string]int, len(kept))
	for i, e := range kept {
		x.edgeAt[string(e.Type)+"\x00"+e.Source+"\x00"+e.Target] = i
	}
}

// acronyms gives organizations that share a defined acronym one node (the
// longest name, the others as aliases), and reads a bare acronym ("the
// CNRP") as that organization.
func (x *extraction) acronyms(r *recognizer) {
	for _, s := range x.sents {
		x.placeInAcronym(s)
	}
	names := map[string][]string{}
	bare, long := map[string]bool{}, map[string]string{}
	for _, s := range x.sents {
		for _, e := range s.ents {
			switch {
			case e.kind != graph.Organization:
			case e.acronym != "":
				names[e.acronym] = append(names[e.acronym], e.node.Name)
			case e.b-e.a == 1 && s.toks[e.a].upper:
				bare[s.toks[e.a].text] = true
			default:
				// "CDK Global" is known as "CDK" too.
				i := initials(e.node.Name)
				if f := s.toks[e.a]; f.upper && len(f.text) >= 3 && e.b-e.a >= 2 {
					i = f.text
				}
				if n, ok := long[i]; ok && n != e.node.Name {
					long[i] = "" // two names with these initials: neither
				} else if !ok && len(i) >= 3 {
					long[i] = e.node.Name
				}
			}
		}
		// "the State Security Committee, still known by its Soviet-era
		// acronym KGB": an acronym the report gives in words.
		for i, t := range s.toks {
			if (t.upper && len(t.text) >= 3 || t.cap && t.word && len(t.text) >= 5) && !t.digit {
				// "Mexico's Secretariat of National Defense, known as
				// SEDENA,", "Ethiopia's Information Network Security
				// Agency, or INSA,": the acronym right after the name.
				e := -1
				if s.lower(i-1) == "as" && s.lower(i-2) == "known" && s.lower(i-3) == "," {
					e = s.entAt(i - 4)
				} else if s.lower(i-1) == "as" && s.lower(i-2) == "known" && (s.lower(i-3) == "better" || s.lower(i-3) == "commonly" || s.lower(i-3) == "widely") && s.lower(i-4) == "," {
					e = s.entAt(i - 5) // "the National Bank of Ras Al Khaimah, better known as RAKBANK,"
				} else if t.upper && s.lower(i-1) == "as" && (shortNouns.is(s.id(i-2)) || s.lower(i-2) == "or" && shortNouns.is(s.id(i-4))) {
					// "known by its Ukrainian initials as HUR", "... as
					// HUR or GUR".
					for m := i - 3; m > 1 && m >= i-8; m-- {
						if s.lower(m) == "known" && s.lower(m+1) == "by" && s.lower(m-1) == "," {
							e = s.entAt(m - 2)
							break
						}
					}
				}
				if s.lower(i-1) == "or" && s.lower(i-2) == "," && (s.lower(i+1) == "," || s.lower(i+1) == "." || s.lower(i+1) == ")") {
					e = s.entAt(i - 3)
				}
				if e >= 0 && !t.upper && !shortForm(t.text, s.toks[s.ents[e].a].text) && !syllableForm(s, t.text, s.ents[e].a, s.ents[e].b) {
					e = -1 // "the Philippine Health Insurance Corporation, or PhilHealth,": a short form made of its words
				}
				// The acronym may be one the tool knows on its own: "known
				// by its Ukrainian initials as HUR".
				if e >= 0 && s.ents[e].kind == graph.Organization && s.ents[e].b-s.ents[e].a >= 2 && (s.owner[i] < 0 || bareAcronym(s, i)) {
					names[t.text] = append(names[t.text], s.ents[e].node.Name)
					continue
				}
			}
			// "known by its Ukrainian initials HUR".
			if !t.upper || len(t.text) < 2 || !shortNouns.is(s.id(i-1)) || s.owner[i] >= 0 && !bareAcronym(s, i) {
				continue
			}
			for m := i - 2; m >= 0 && m >= i-10; m-- {
				if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.Organization && s.ents[o].b-s.ents[o].a >= 2 {
					names[t.text] = append(names[t.text], s.ents[o].node.Name)
					break
				}
			}
		}
	}
	// "the National Health Laboratory Service" and, later, "the NHLS":
	// an acronym made of the initials of a name the report gives, or its
	// first word.
	inferred := map[string]bool{}
	for acr := range bare {
		if n := long[acr]; n != "" && len(names[acr]) == 0 {
			names[acr], inferred[acr] = []string{n}, true
		}
	}
	if len(names) == 0 {
		return
	}
	canon := map[string]graph.Node{}
	byName := map[string]string{}
	for acr, ns := range names {
		sort.Slice(ns, func(i, j int) bool {
			if len(ns[i]) != len(ns[j]) {
				return len(ns[i]) > len(ns[j])
			}
			return ns[i] < ns[j]
		})
		canon[acr] = graph.NewNode(graph.Organization, ns[0], append([]string{acr}, ns[1:]...)...)
		// "the Democratic National Committee (DNC)": the report names the
		// organization by its acronym.
		// Initials the report never spells out are read, not claimed.
		if !inferred[acr] {
			x.claims[canon[acr].ID] = append(x.claims[canon[acr].ID], graph.AliasClaim{Alias: acr, Source: x.doc.ID})
		}
		x.addNode(canon[acr])
		for _, n := range ns {
			byName[graph.Normalize(n)] = acr
		}
	}
	for _, s := range x.sents {
		for i := range s.ents {
			e := &s.ents[i]
			if e.kind != graph.Organization {
				continue
			}
			if acr, ok := byName[graph.Normalize(e.node.Name)]; ok {
				e.node = canon[acr]
			} else if n, ok := canon[e.node.Name]; ok {
				e.node = n
			}
		}
		for i, t := range s.toks {
			if n, ok := canon[t.text]; ok && s.owner[i] < 0 {
				e := ent{a: i, b: i + 1, kind: graph.Organization, node: n}
				e.country = r.countryIn(s, i, i+1)
				s.claim(e)
			}
		}
	}
}

// bareAcronym reports whether token i of s is an organization's name all by
// itself: "HUR", "SBU".
func bareAcronym(s *sent, i int) bool {
	o := s.owner[i]
	return o >= 0 && s.ents[o].kind == graph.Organization && s.ents[o].a == i && s.ents[o].b == i+1
}

// placeInAcronym takes a place before an organization back into its name
// when the organization's acronym says so: "Boston Children's Health
// Physicians (BCHP)" is not "Children's Health Physicians" in Boston.
func (x *extraction) placeInAcronym(s *sent) {
	for i := range s.ents {
		e := &s.ents[i]
		acr := e.acronym
		if acr == "" && e.b+2 < len(s.toks) && s.toks[e.b].text == "(" && s.toks[e.b+1].upper && s.toks[e.b+2].text == ")" {
			acr = s.toks[e.b+1].text
		}
		if e.kind != graph.Organization || acr == "" || initials(e.node.Name) == acr {
			continue
		}
		p := s.entAt(e.a - 1)
		if p < 0 || s.ents[p].kind != "" || s.ents[p].b != e.a || !s.toks[s.ents[p].a].cap {
			continue
		}
		name := s.textOf(x.text, s.ents[p].a, e.a) + " " + e.node.Name
		if initials(name) != acr {
			continue
		}
		pl := s.ents[p]
		s.ents[p] = ent{a: pl.a, b: pl.b, affOrg: -1} // emptied: the name takes its tokens
		for k := pl.a; k < pl.b; k++ {
			s.owner[k] = i
		}
		e.a = pl.a
		e.node = graph.NewNode(graph.Organization, name, acr)
	}
}

// initials returns the capitals that start the words of name, leaving out
// the small words: "National Health Laboratory Service" gives "NHLS".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "and", "for", "the", "on", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// focus finds the actor the report is about: the only actor it names, or the
// only known actor among its tags.
func (x *extraction) focus(g *gazetteer.Gazetteer) {
	seen := map[string]graph.Node{}
	count := map[string]int{}
	titled := map[string]graph.Node{}
	for i, s := range x.sents {
		if s.title {
			for _, e := range s.ents {
				// Not "EastWind campaign: new CloudSorcerer attacks on ...":
				// a name the headline gives to attacks or to software.
				if l := s.lower(e.b); e.kind == graph.ThreatActor && !e.ref && !campaignNouns.has(l) && !(malwareNouns.has(l) && l != "ransomware") {
					titled[e.node.ID] = e.node
				}
			}
			continue
		}
		for _, e := range s.ents {
			if e.kind == graph.ThreatActor && !e.ref {
				seen[e.node.ID] = e.node
				count[e.node.ID]++
				if x.leadActor == nil {
					n := e.node
					x.leadActor, x.leadIdx = &n, i
				}
			}
		}
	}
	if x.leadActor != nil {
		x.leadLays = laysIncident(x.sents[x.leadIdx], x.leadActor.ID)
	}
	tagged := map[string]graph.Node{}
	for _, t := range x.doc.Tags {
		if _, ok := gazetteer.LookupCountry(t); ok || len(gazetteer.LookupKey(t)) < 3 {
			continue
		}
		if e, ok := g.Lookup(t); ok {
			n := g.Node(e)
			tagged[n.ID] = n
			x.actors[n.ID] = n
		}
	}
	pick := func(m map[string]graph.Node) *graph.Node {
		if len(m) != 1 {
			return nil
		}
		for _, n := range m {
			n := n
			return &n
		}
		return nil
	}
	if n := pick(seen); n != nil {
		x.docActor = n
		if t := pick(titled); t != nil && t.ID == n.ID {
			x.titleActor = n
		}
	} else if n := pick(titled); n != nil && seen[n.ID].ID != "" {
		// The headline names the report's actor: "Slow and Polite: UNC6293
		// Talks Russia Experts Into ...", however often the body names an
		// older group in its background paragraphs.
		x.docActor, x.titleActor = n, n
	} else if n := pick(tagged); n != nil {
		x.docActor = n
	} else if n := dominant(seen, count); n != nil {
		x.docActor = n
	} else if len(seen) == 0 {
		x.docActor = nil
	}
}

// dominant returns the actor a report is about when it names several: the
// one named at least three times and at least twice as often as any other
// ("Volt Typhoon" four times, "Salt Typhoon" once in a closing paragraph).
func dominant(seen map[string]graph.Node, count map[string]int) *graph.Node {
	best, n, second := "", 0, 0
	for id, c := range count {
		switch {
		case c > n || c == n && id < best:
			if n > second {
				second = n
			}
			best, n = id, c
		case c > second:
			second = c
		}
	}
	if n < 3 || n < 2*second {
		return nil
	}
	m := seen[best]
	return &m
}

// namedAfter reports whether the actor's name holds the country's name as
// whole words: "Anonymous Sudan", "Cyber Army of Russia Reborn".
func namedAfter(actor, country graph.Node) bool {
	words := " " + strings.Join(strings.Fields(actor.Name), " ") + " "
	for _, n := range append([]string{country.Name}, country.Aliases...) {
		if len(n) >= 4 && strings.Contains(words, " "+n+" ") {
			return true
		}
	}
	return false
}

// add records an edge with one piece of evidence from sentence s.
func (x *extraction) add(t graph.RelType, from, to graph.Node, s *sent, rule string, conf float64) {
	if from.ID == "" || to.ID == "" || from.ID == to.ID {
		return
	}
	if t == graph.Targeted && sameName(from, to) {
		return // "RansomHouse - written "Ransom House" in some statements": the actor itself
	}
	if t == graph.Targeted && to.Kind == graph.Country && namedAfter(from, to) {
		return // "Anonymous Sudan", "IT Army of Ukraine": the country in the actor's name is its cause
	}
	if t == graph.Targeted && to.Kind == graph.Country && s.onlyServed(to.ID) {
		return // "espionage on behalf of the People's Republic of China": whom it serves
	}
	if t == graph.Targeted && to.Kind == graph.Organization && s.onlyDateline(to.ID) {
		return // "KYIV, Ukraine (Example Press) — ...": the news agency
	}
	x.addNode(from)
	x.addNode(to)
	ev := graph.Evidence{Report: x.ref, Sentence: s.Text, Rule: rule, Confidence: conf}
	// Edges and evidence are merged here as graph.MergeEdges would, without
	// rebuilding the evidence list on every repeat.
	k := string(t) + "\x00" + from.ID + "\x00" + to.ID
	if x.edgeAt == nil {
		x.edgeAt = map[string]int{}
	}
	i, ok := x.edgeAt[k]
	if !ok {
		x.edgeAt[k] = len(x.edges)
		x.edges = append(x.edges, graph.Edge{Type: t, Source: from.ID, Target: to.ID, Evidence: []graph.Evidence{ev}})
		return
	}
	e := &x.edges[i]
	for j := range e.Evidence {
		old := &e.Evidence[j]
		if old.Sentence != ev.Sentence {
			continue
		}
		if ev.Confidence > old.Confidence {
			old.Confidence = ev.Confidence
		}
		if ev.Rule < old.Rule {
			old.Rule = ev.Rule
		}
		return
	}
	e.Evidence = append(e.Evidence, ev)
}

func (x *extraction) locate(org graph.Node, code string, s *sent, rule string, conf float64) {
	c, ok := gazetteer.CountryByCode(code)
	if !ok || (org.Kind != graph.Organization && org.Kind != graph.Infrastructure) {
		return
	}
	cn := countryNode(c)
	x.located = append(x.located, graph.Edge{Type: graph.LocatedIn, Source: org.ID, Target: cn.ID, Evidence: []graph.Evidence{{
		Report: x.ref, Sentence: s.Text, Rule: rule, Confidence: conf,
	}}})
	x.addNode(org)
	x.addNode(cn)
}

// addNode records a node; the same node met again is merged only when it
// differs (merging is the expensive part of a busy report).
func (x *extraction) addNode(n graph.Node) {
	if x.seen == nil {
		x.seen = map[string]graph.Node{}
	}
	if old, ok := x.seen[n.ID]; ok && old.Name == n.Name && len(old.Props) == len(n.Props) && hasAll(old.Aliases, n.Aliases) {
		return
	} else if ok {
		n = graph.MergeNodes(old, n)
	}
	x.seen[n.ID] = n
}

// batch assembles the result: the report node, the actors, the nodes of the
// edges, the edges; LOCATED_IN only for organizations in another edge.
func (x *extraction) batch() graph.Batch {
	var bl graph.Builder
	title := x.doc.Title
	if title == "" {
		title = filepath.Base(x.doc.Path)
	}
	if title == "" || title == "." {
		title = x.doc.ID
	}
	rep := graph.Node{ID: x.doc.ID, Kind: graph.Report, Name: title, Props: map[string]string{"title": x.doc.Title}}
	for k, v := range map[string]string{"url": x.doc.URL, "date": x.doc.Date, "publisher": x.doc.Publisher} {
		if v != "" {
			rep.Props[k] = v
		}
	}
	if rep.Props["title"] == "" {
		delete(rep.Props, "title")
	}
	bl.AddNode(rep)
	byID := make(map[string]graph.Node, len(x.seen))
	for id, n := range x.seen {
		byID[id] = n
	}
	for id, n := range x.actors {
		if _, ok := x.merged[id]; ok {
			continue
		}
		if old, ok := byID[id]; ok && !(old.Name == n.Name && hasAll(old.Aliases, n.Aliases) && len(old.Props) == len(n.Props)) {
			n = graph.MergeNodes(old, n)
		} else if ok {
			n = old
		}
		byID[id] = n
	}
	claimed := map[string]bool{}
	for id, cs := range x.claims {
		n, ok := byID[id]
		if !ok {
			continue
		}
		claimed[id] = true
		for _, c := range cs {
			n = graph.MergeNodes(n, graph.Node{ID: n.ID, Kind: n.Kind, Name: n.Name, Aliases: []string{c.Alias}, AliasClaims: []graph.AliasClaim{c}})
		}
		byID[id] = n
	}
	// A family the report laid on a gang ("WastedLocker, a strain that
	// researchers attribute to Evil Corp") is one of the gang's names.
	for _, id := range sortedKeys(x.laid) {
		to := x.mergedID(id)
		w, wok := byID[to]
		if to == id || !wok {
			continue
		}
		names := []string{x.laid[id]}
		if l, ok := byID[id]; ok {
			names = append([]string{l.Name}, l.Aliases...)
		}
		byID[to] = graph.MergeNodes(w, graph.Node{ID: w.ID, Kind: w.Kind, Name: w.Name, Aliases: names})
	}
	// Two names of one party in this report become one node.
	into := x.variants(byID)
	for _, lose := range slices.Sorted(maps.Keys(into)) {
		win := into[lose]
		l, w := byID[lose], byID[win]
		// The report's claim that the lost name is another name of the
		// kept one stays a claim, turned around.
		var cs []graph.AliasClaim
		for _, c := range l.AliasClaims {
			if graph.Normalize(c.Alias) == graph.Normalize(w.Name) {
				c.Alias = l.Name
			}
			cs = append(cs, c)
		}
		byID[win] = graph.MergeNodes(w, graph.Node{ID: w.ID, Kind: w.Kind, Name: w.Name,
			Aliases: append([]string{l.Name}, l.Aliases...), AliasClaims: cs})
	}
	final := func(id string) string {
		id = x.mergedID(id)
		if w, ok := into[id]; ok {
			return w
		}
		return id
	}
	used := map[string]bool{}
	for _, e := range x.edges {
		// An actor the report later said is another one ("tracks it as
		// Tropical Scorpius") speaks as that one from its first mention.
		e.Source, e.Target = final(e.Source), final(e.Target)
		if e.Source == e.Target {
			continue
		}
		used[e.Source] = true
		used[e.Target] = true
		bl.AddEdge(e)
	}
	for _, e := range x.located {
		e.Source = final(e.Source)
		if used[e.Source] {
			bl.AddEdge(e)
			used[e.Target] = true
		}
	}
	for id, n := range byID {
		if _, ok := x.merged[id]; ok && x.mergedID(id) != id {
			continue
		}
		if _, ok := into[id]; ok {
			continue
		}
		if used[id] || n.Kind == graph.ThreatActor || claimed[id] {
			bl.AddNode(cloneNode(n))
		}
	}
	s := bl.Subgraph("")
	return graph.Batch{Report: x.ref, Nodes: s.Nodes, Edges: s.Edges}
}

// sortedKeys returns the keys of m in order; none, without allocating, for
// an empty map.
func sortedKeys[V any](m map[string]V) []string {
	if len(m) == 0 {
		return nil
	}
	return slices.Sorted(maps.Keys(m))
}

// mergedID follows the report's own merges from an actor's id to the actor
// it was said to be.
func (x *extraction) mergedID(id string) string {
	for k := 0; k < 3; k++ {
		n, ok := x.merged[id]
		if !ok || n.ID == id {
			break
		}
		id = n.ID
	}
	return id
}

// actor resolves entity i of s to an actor node: a named actor, or for a
// reference the nearest actor named before it in the sentence, else the
// paragraph's last actor, else the last actor of an earlier paragraph, else
// the report's actor.
func (x *extraction) actor(s *sent, i int, last *graph.Node) (graph.Node, bool, bool) {
	e := s.ents[i]
	if e.kind != graph.ThreatActor {
		return graph.Node{}, false, false
	}
	if !e.ref {
		return e.node, true, false
	}
	for k := e.a - 1; k >= 0; k-- {
		if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor && s.ents[j].ref && s.ents[j].a == k {
			if n, ok := x.demonstrativeActor(s, s.ents[j]); ok {
				return n, true, true // "That group stole ..., and Talos found it had ...": the same group
			}
		}
		if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
			if p := s.ents[j].a - 1 - b2i(s.lower(s.ents[j].a-1) == "the"); subordinators.is(s.id(p)) && refSubjectBefore(s, p) {
				break // "The group grew since LockBit was disrupted, and it ...": the group
			}
			if o := appositionHost(s, j, e.a); o >= 0 {
				j = o // "Conti, the gang from which Royal's members came, was behind ... when it encrypted": Conti
			}
			return s.ents[j].node, true, true
		}
	}
	if speakerPronoun(s, e.a) {
		return graph.Node{}, false, true // "police said they had taken servers offline"
	}
	if n, ok := x.demonstrativeActor(s, e); ok {
		return n, true, true
	}
	// "Babuk itself ... after its operators stole files": the operators of
	// the ransomware named before, someone other than the actor in focus.
	if l := s.lower(e.a); (l == "its" || l == "their") && operatorNouns.is(s.id(e.b)) {
		for k := e.a - 1; k >= 0; k-- {
			if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.Malware || s.owner[k] < 0 && s.toks[k].cap && len(softwareIndex()[s.toks[k].text]) > 0 {
				return graph.Node{}, false, true
			}
		}
	}
	if n := x.inFocus(last); n != nil {
		if m := x.malwareBefore(s, e); m != nil {
			// The malware's own group, which need not be the one in
			// focus.
			if n = x.softwareOwner(*m, n); n == nil {
				return graph.Node{}, false, true
			}
		}
		return *n, true, true
	}
	return graph.Node{}, false, true
}

// malwareBefore returns the malware the sentence before named when "It"
// opens s and that sentence named no actor: "The most disruptive attack
// remains WannaCry in 2017. It infected computers across the NHS."
func (x *extraction) malwareBefore(s *sent, e ent) *graph.Node {
	if e.a != 0 || s.lower(0) != "it" || x.prev == nil || x.prev.Para != s.Para {
		return nil
	}
	var mal *graph.Node
	for i, p := range x.prev.ents {
		if p.kind == graph.ThreatActor {
			return nil
		}
		if p.kind == graph.Malware {
			mal = &x.prev.ents[i].node
		}
	}
	return mal
}

// actorLeft returns the actor named (or referred to) nearest before token
// i, within span tokens, resolved as actor does.
func (x *extraction) actorLeft(s *sent, i, span int, last *graph.Node) (graph.Node, bool, bool) {
	a := x.nearestActorLeft(s, i, span)
	if a < 0 {
		return graph.Node{}, false, false
	}
	return x.actor(s, a, last)
}

// demonstrativeActor reads "That group" opening a sentence as the actor the
// sentence before named last: "... who read Talos' reporting on YoroTrooper
// in 2023. That group stole credentials ..." speaks of YoroTrooper, not of
// the actor in focus. "The same gang" is the subject of the sentence before.
func (x *extraction) demonstrativeActor(s *sent, e ent) (graph.Node, bool) {
	same := s.lower(e.a) == "the" && s.lower(e.a+1) == "same" // "The same gang was behind ..."
	if l := s.lower(e.a); l != "that" && l != "this" && !same || !groupNouns.is(s.id(e.b-1)) || x.prev == nil {
		return graph.Node{}, false
	}
	if !firstName(s, e.a) {
		// "CrowdStrike describes that adversary as ...": the object of a
		// verb of describing, with no actor named before it.
		vID := s.id(e.a - 1)
		if !describeVerbs.is(vID) {
			return graph.Node{}, false
		}
		for _, o := range s.ents {
			if o.kind == graph.ThreatActor && !o.ref && o.a < e.a {
				return graph.Node{}, false
			}
		}
	}
	best := -1
	if same {
		// "The same gang": the subject of the sentence before, not a name
		// in its asides ("the gap left by the GandCrab operation",
		// "tracks that activity as UNC6240").
		for j, p := range x.prev.ents {
			if p.kind != graph.ThreatActor || best >= 0 && p.a > x.prev.ents[best].a {
				continue
			}
			q := p.a - 1 - b2i(x.prev.lower(p.a-1) == "the")
			if l := x.prev.lower(q); l == "of" || l == "by" || l == "from" || l == "as" && !culpritNouns.is(x.prev.id(q-1)) || l == "than" {
				continue // not "identified the malware as RansomEXX", the culprit
			}
			best = j
		}
		if best < 0 || x.prev.ents[best].ref {
			return graph.Node{}, false
		}
		return x.resolve(x.prev.ents[best].node), true
	}
	for j, p := range x.prev.ents {
		if p.kind == graph.ThreatActor && !p.ref && (best < 0 || p.a > x.prev.ents[best].a) {
			best = j
		}
	}
	if best < 0 {
		return graph.Node{}, false
	}
	return x.resolve(x.prev.ents[best].node), true
}

// describeVerbs take a group as their object when someone reports on it:
// "CrowdStrike describes that adversary as China-nexus".
var describeVerbs = set(`describes|described|calls|called|tracks|tracked|characterizes|characterized|assesses|assessed|links|linked|ties|tied|attributes|attributed|considers|considered|regards|regarded`)

// neverAttributed reports whether s opens by saying that the incident just
// told has no known author: "That incident was never publicly attributed",
// "The attack has not been claimed".
func neverAttributed(s *sent) bool {
	if len(s.toks) < 5 || namesActor(s) {
		return false
	}
	if l := s.lower(0); (l == "neither" || l == "none") && !namesActor(s) {
		// "Neither company named an attacker", "None of the companies
		// has named the attackers".
		for k := 1; k < len(s.toks) && k <= 6; k++ {
			if l := s.lower(k); (l == "named" || l == "identified" || l == "blamed") && (agentNouns.is(s.id(k+1)) || (s.lower(k+1) == "an" || s.lower(k+1) == "the" || s.lower(k+1) == "any") && agentNouns.is(s.id(k+2))) {
				return true
			}
		}
		return false
	}
	if l := s.lower(0); l != "that" && l != "the" && l != "this" || !breachNouns.is(s.id(1)) {
		return false
	}
	neg := false
	for k := 2; k < len(s.toks) && k <= 7; k++ {
		switch l := s.lower(k); {
		case l == "never" || l == "not" || l == "n't":
			neg = true
		case l == "attributed" || l == "claimed":
			return neg
		case auxiliaries.has(l) || perfect.has(l) || adverbs.has(l) || l == "been" || l == "yet" || l == "publicly" || l == "officially":
		default:
			return false
		}
	}
	return false
}

// unclaimedIncidents reports whether s says that the attacks it tells of
// have no known author: "Other incidents have followed without any group
// putting its name to them", "no group has claimed the attacks", "none of
// them has been claimed".
func unclaimedIncidents(s *sent) bool {
	if namesActor(s) {
		return false
	}
	for i := range s.toks {
		l := s.lower(i)
		if (l == "without" && (s.lower(i+1) == "any" || s.lower(i+1) == "a")) || l == "no" {
			k := i + 1 + b2i(l == "without")
			if m := s.lower(k); (m == "ransomware" || m == "known" || m == "hacking" || m == "hacker" || m == "criminal" || m == "extortion") &&
				(unknownAuthors.is(s.id(k+1)) || groupNouns.is(s.id(k+1))) {
				k++ // "no ransomware group has publicly taken credit"
			}
			if !unknownAuthors.is(s.id(k)) && !groupNouns.is(s.id(k)) && s.lower(k) != "one" {
				continue
			}
			for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
				switch s.lower(m) {
				case "claiming", "claimed", "claim", "putting", "taking", "taken", "took", "owning":
					return true
				}
			}
		}
		if l == "without" && (s.lower(i+1) == "identifying" || s.lower(i+1) == "naming" || s.lower(i+1) == "saying") &&
			(agentNouns.is(s.id(i+3)) || s.lower(i+2) == "who" || s.lower(i+2) == "an" && agentNouns.is(s.id(i+3)) || s.lower(i+2) == "any" && agentNouns.is(s.id(i+3))) {
			return true // "have reported disruptions without identifying their attackers"
		}
		if (l == "named" || l == "identified" || l == "blamed") && (s.lower(i-1) == "not" || s.lower(i-2) == "not" && s.lower(i-1) == "publicly") {
			// "investigators have not named any outside attacker".
			for m := i + 1; m < len(s.toks) && m <= i+4; m++ {
				if agentNouns.is(s.id(m)) || bareAttackerNouns.is(s.id(m)) || s.lower(m) == "attacker" || s.lower(m) == "culprit" || s.lower(m) == "culprits" || s.lower(m) == "perpetrators" {
					return true
				}
			}
		}
		if l == "neither" && (s.lower(i+1) == "case" || s.lower(i+1) == "instance" || s.lower(i+1) == "incident") {
			// "in neither case has the responsible group been publicly
			// identified".
			for m := i + 2; m < len(s.toks) && m <= i+10; m++ {
				if ml := s.lower(m); ml == "identified" || ml == "named" || ml == "claimed" || ml == "attributed" {
					return true
				}
			}
		}
		if l == "who" && (s.lower(i-1) == "say" || s.lower(i-1) == "said") && (s.lower(i-2) == "not" || s.lower(i-2) == "n't" || s.lower(i-2) == "yet" && s.lower(i-3) == "not") &&
			(stealVerbs.is(s.id(i+1)) || targetVerbs.is(s.id(i+1))) {
			// "prosecutors did not say who stole them" ("has not said who
			// was responsible" is unsaidAuthor's, for one incident).
			return true
		}
		if l == "nobody" || l == "no" && s.lower(i+1) == "one" {
			// "Nobody has publicly identified who was behind that attack".
			for m := i + 1; m < len(s.toks) && m <= i+5; m++ {
				if ml := s.lower(m); (ml == "identified" || ml == "named" || ml == "determined" || ml == "established" || ml == "said") && s.lower(m+1) == "who" {
					return true
				}
			}
		}
		if l == "claimed" || l == "attributed" || l == "pinned" || l == "blamed" {
			k := i - 1 - b2i(s.lower(i-1) == "publicly" || s.lower(i-1) == "officially")
			if s.lower(k) == "been" && (s.lower(k-1) == "not" || s.lower(k-2) == "not") {
				return true // "have not been claimed", "has not yet been publicly attributed"
			}
			if s.lower(k) == "been" && s.lower(0) == "none" && s.lower(1) == "of" {
				return true // "None of those breaches has been publicly pinned on a specific group"
			}
			if s.lower(k) == "been" && s.lower(0) == "not" && (s.lower(1) == "every" || s.lower(1) == "all") &&
				(s.lower(i+1) == "on" || s.lower(i+1) == "to") && s.lower(i+2) == "the" && s.lower(i+3) == "same" {
				return true // "Not every recent intrusion has been pinned on the same crew": the next one is someone else's
			}
		}
	}
	return false
}

// unattributedHere reports whether s, naming no actor, says that what it
// tells of has no known author, in a negated passive ("an attack that was
// never publicly attributed") or of no group ("though no group has been
// identified as responsible").
func unattributedHere(s *sent) bool {
	if namesActor(s) {
		return false
	}
	for i := range s.toks {
		if s.lower(i) == "no" && (groupNouns.is(s.id(i+1)) || unknownAuthors.is(s.id(i+1))) {
			// "though no group has ever been credibly identified as
			// responsible".
			for m := i + 2; m < len(s.toks) && m <= i+7; m++ {
				if l := s.lower(m); l == "identified" || l == "named" || l == "linked" || l == "tied" || l == "blamed" {
					return true
				}
				if clauseStops.is(s.id(m)) || !s.toks[m].word {
					break
				}
			}
		}
		if l := s.lower(i); l != "attributed" && l != "claimed" && l != "pinned" {
			continue
		}
		neg, passive := false, false
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			l := s.lower(k)
			if l == "never" || l == "not" || l == "n't" {
				neg = true
				continue
			}
			if l == "been" || l == "was" || l == "were" || l == "is" || l == "are" {
				passive = true
				continue
			}
			if !adverbs.is(s.id(k)) && !auxiliaries.is(s.id(k)) && l != "yet" && l != "ever" && l != "credibly" && l != "formally" {
				break
			}
		}
		if neg && passive {
			return true
		}
	}
	return false
}

// unclaimedAhead reports whether a later sentence of s's paragraph, before
// any that names an actor, says that the incident s tells of has no known
// author: "X took its network offline on Wednesday. Its email was affected.
// As of Thursday, no group had claimed that incident."
func (x *extraction) unclaimedAhead(s *sent) bool {
	if namesActor(s) {
		return false
	}
	for j := x.idx + 1; j < len(x.sents) && j <= x.idx+3 && x.sents[j].Para == s.Para; j++ {
		t := x.sents[j]
		if namesActor(t) {
			return false
		}
		if unsaidAuthor(t) {
			return true // "MSC did not say who was responsible."
		}
		if !unclaimedIncidents(t) && !otherIncident(t) || laterKnown(t) {
			continue
		}
		for k := 1; k < len(t.toks); k++ {
			if l := t.lower(k - 1); (l == "that" || l == "this" || l == "the") && breachNouns.is(t.id(k)) {
				return true
			}
			if l := t.lower(k - 1); (l == "those" || l == "these" || l == "the") && (breachNouns.has(strings.TrimSuffix(t.lower(k), "s")) || breachNouns.has(strings.TrimSuffix(t.lower(k), "es"))) {
				return true // "None of those breaches has been pinned on a group"
			}
		}
	}
	return false
}

// unsaidAuthor reports whether s says that the organization hit would not
// tell who was behind the incident just told: "MSC did not say who was
// responsible", "The council declined to say who was behind the attack".
func unsaidAuthor(s *sent) bool {
	if namesActor(s) {
		return false
	}
	if o := s.owner[0]; o < 0 || s.ents[o].kind != graph.Organization {
		return false
	}
	for k := 1; k+3 < len(s.toks); k++ {
		if l := s.lower(k); l != "say" && l != "disclose" && l != "identify" && l != "name" && l != "reveal" && l != "specify" && l != "speculate" {
			continue
		}
		if p := s.lower(k - 1); p != "not" && p != "n't" && !(p == "to" && (s.lower(k-2) == "declined" || s.lower(k-2) == "refused")) {
			continue
		}
		w := k + 1 + b2i(s.lower(k+1) == "on")
		if s.lower(w) != "who" || !finiteBe.is(s.id(w+1)) && s.lower(w+1) != "had" && s.lower(w+1) != "has" {
			continue // not "did not say who he believed was responsible": one speaker's view
		}
		for m := w + 2; m < len(s.toks) && m <= w+4; m++ {
			if l := s.lower(m); l == "responsible" || l == "behind" {
				return true
			}
		}
	}
	return false
}

// laterKnown reports whether s says an author was unknown only for a while:
// "at the time, no group claimed the attack", "initially".
func laterKnown(s *sent) bool {
	for k := range s.toks {
		if l := s.lower(k); l == "initially" || l == "originally" || l == "time" && s.lower(k-1) == "the" && s.lower(k-2) == "at" {
			return true
		}
	}
	return false
}

// appositionHost returns the actor whose apposition, set off by commas
// before token end, holds the actor j, or -1: in "Conti, the gang from
// which Royal's members came, was behind", Royal stands inside Conti's.
func appositionHost(s *sent, j, end int) int {
	open := -1
	for k := s.ents[j].a - 1; k >= 0; k-- {
		if s.lower(k) == "," {
			open = k
			break
		}
		if s.owner[k] >= 0 && !s.ents[s.owner[k]].ref || s.lower(k) == ";" || s.lower(k) == "(" {
			return -1
		}
	}
	if open < 1 {
		return -1
	}
	o := s.owner[open-1]
	if o < 0 || s.ents[o].kind != graph.ThreatActor || s.ents[o].ref || !appositionOpens.is(s.id(open+1)) {
		return -1
	}
	for k := s.ents[j].b; k < end; k++ {
		if s.lower(k) == "," {
			return o
		}
	}
	return -1
}

// relativeHost returns the actor a relative clause set off by commas hangs
// on, when the actor a stands inside that clause and the verb at i follows
// it: "the same crew, which has also posted under the X banner, turned to
// ...". It returns -1 otherwise.
func relativeHost(s *sent, a, i int) int {
	w := -1
	for k := s.ents[a].a - 1; k > 0 && k >= s.ents[a].a-12; k-- {
		if l := s.lower(k); (l == "which" || l == "who") && s.lower(k-1) == "," {
			w = k
			break
		}
		if l := s.lower(k); (l == "a" || l == "an") && s.lower(k-1) == "," && (groupNouns.is(s.id(k+1)) || groupNouns.is(s.id(k+2)) && !s.toks[k+1].cap) {
			// "UNC1549, a cluster it said had possible ties to the group
			// X, had targeted": an apposition.
			w = k
			break
		}
		if l := s.lower(k); l == "," || l == ";" || s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.ThreatActor && !s.ents[s.owner[k]].ref {
			return -1
		}
	}
	if w < 0 {
		return -1
	}
	for k := w + 1; k < s.ents[a].a; k++ {
		switch s.lower(k) {
		case "itself", "themselves", "known", "dubbed", "named", "names", "called", "calls", "call", "tracked", "tracks", "track", "as", "alias", "aka", "or":
			return -1 // "The group, which calls itself Abraham's Ax, began": the same actor
		}
	}
	closed := false
	for k := s.ents[a].b; k < i; k++ {
		if s.lower(k) == "," {
			closed = true
		}
		if s.lower(k) == ";" {
			return -1
		}
	}
	h := s.entAt(w - 2)
	if !closed || h < 0 || s.ents[h].kind != graph.ThreatActor || s.ents[h].b != w-1 {
		return -1
	}
	return h
}

// appositionOpens begin an apposition that describes the name before it.
var appositionOpens = set(`the|a|an|which|who|whose`)

// otherIncidentNouns after "separate", "unrelated" or "different" say a
// sentence tells of another incident or another attacker.
var otherIncidentNouns = set(`attack|attacks|cyberattack|cyberattacks|breach|breaches|incident|incidents|hack|hacks|
intrusion|intrusions|infection|infections|compromise|compromises|campaign|campaigns|group|groups|gang|gangs|actor|actors|
crew|operation|operations|ransomware`)

// otherIncident reports whether sentence s tells of another incident than
// the story's: "in separate breaches", "a different Belarus-linked group",
// "did not tie each victim to a specific group".
func otherIncident(s *sent) bool {
	for i := range s.toks {
		switch s.lower(i) {
		case "separate", "unrelated", "different":
			for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
				if otherIncidentNouns.is(s.id(k)) {
					return true
				}
				if !s.toks[k].word {
					break
				}
			}
		case "tie", "attribute", "link":
			if s.lower(i-1) == "not" || s.lower(i-1) == "n't" || s.lower(i-2) == "not" && s.lower(i-1) == "yet" {
				return true
			}
		case "unclaimed", "unattributed":
			return true
		case "who":
			// "though it has not said who was responsible", "it is unclear
			// who was behind the attack": an author not known.
			k := i - 1
			if s.lower(k) == "yet" || s.lower(k) == "publicly" {
				k--
			}
			n := k - 1 - b2i(s.lower(k-1) == "publicly") // "never publicly identified who was responsible"
			if l := s.lower(k); (l == "say" || l == "said" || l == "says" || l == "disclosed" || l == "disclose" || l == "revealed" || l == "reveal" || l == "specified" || l == "specify" || l == "know" || l == "known" || l == "identified" || l == "identify" || l == "named" || l == "name") && (s.lower(n) == "not" || s.lower(n) == "n't" || s.lower(n) == "never" || s.lower(n-1) == "not" && s.lower(n) == "yet") ||
				l == "unclear" || l == "unknown" || l == "clear" && s.lower(k-1) == "not" {
				for m := i + 1; m < len(s.toks) && m <= i+4; m++ {
					if l := s.lower(m); l == "responsible" || l == "behind" {
						return true
					}
				}
			}
		case "name", "named", "identify", "identified":
			// "the company did not name the attackers", "no group was
			// publicly named": an attack with no known author.
			if k := i - 1 - b2i(s.lower(i-1) == "publicly"); s.lower(k) == "not" || s.lower(k) == "n't" {
				if m := i + 1 + b2i(s.lower(i+1) == "the" || s.lower(i+1) == "a" || s.lower(i+1) == "any"); unknownAuthors.is(s.id(m)) {
					return true
				}
			}
			if k := i - 1 - b2i(s.lower(i-1) == "publicly"); s.lower(k) == "was" || s.lower(k) == "been" || s.lower(k) == "is" {
				for m := k - 1; m >= 0 && m >= k-3; m-- {
					if s.lower(m) == "no" && unknownAuthors.is(s.id(m+1)) {
						return true
					}
				}
				// "its attackers have never been publicly identified"
				if s.lower(k) == "been" && (s.lower(k-1) == "never" || s.lower(k-1) == "not") {
					for m := k - 3; m >= 0 && m >= k-5; m-- {
						if unknownAuthors.is(s.id(m)) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// unknownAuthors name the unknown authors of an attack: "did not name the
// attackers", "no group was named".
var unknownAuthors = set(`attackers|attacker|hackers|hacker|group|gang|culprits|perpetrators|actor|actors|culprit|perpetrator|responsible`)

// operatorNouns after "its" name the people behind a piece of software.
var operatorNouns = set(`operators|operator|affiliates|developers|authors|creators|members|administrators|admins`)

// focusActor returns the actor a sentence that names none is about (see
// inFocus), or nil when the sentence tells of another incident.
func (x *extraction) focusActor(last *graph.Node) *graph.Node {
	if x.elsewhere {
		return nil
	}
	return x.inFocus(last)
}

// inFocus returns the actor in focus: the last one named, else the report's.
func (x *extraction) inFocus(last *graph.Node) *graph.Node {
	if x.headline {
		return nil
	}
	if last != nil {
		return last
	}
	if x.lastDoc != nil && x.titleActor != nil && x.lastDoc.ID != x.titleActor.ID && !x.namedAhead(x.lastDoc.ID, x.titleActor.ID) {
		return x.titleActor
	}
	if x.lastDoc != nil {
		// A new paragraph speaks of the report's main actor rather than of
		// one named once in passing ("a persona called Solntsepek claimed
		// responsibility").
		best, n := "", 0
		for id, c := range x.mentions {
			if c > n || c == n && id < best {
				best, n = id, c
			}
		}
		// An actor the section's heading names is the section's.
		under := x.section != nil && x.section.ID == x.lastDoc.ID
		if best != x.lastDoc.ID && n >= 3 && n >= 2*x.mentions[x.lastDoc.ID] && !under && !x.namedAhead(x.lastDoc.ID, best) {
			m := x.actors[best]
			return &m
		}
		return x.lastDoc
	}
	if x.docActor == nil && x.leadActor != nil && x.idx < x.leadIdx && x.leadIdx-x.idx <= leadSpan {
		// "Hackers broke into X ... The group, which calls itself Y, ...":
		// the lede's attackers are the actor named right after it.
		n := x.actors[x.leadActor.ID]
		if n.ID == "" {
			n = *x.leadActor
		}
		return &n
	}
	if x.docActor == nil && x.leadActor != nil && x.idx < x.leadIdx && x.leadIdx-x.idx <= lateSpan && x.leadLays {
		// "Emails were taken from ten State Department accounts ...
		// Microsoft pinned the campaign on a group it calls Storm-0558":
		// the lede's intrusion is the one the first actor named is blamed
		// for, whatever older groups the report goes on to name.
		n := x.actors[x.leadActor.ID]
		if n.ID == "" {
			n = *x.leadActor
		}
		return &n
	}
	if x.docActor != nil && x.titleActor == nil && x.leadActor != nil && x.leadActor.ID == x.docActor.ID && x.idx < x.leadIdx && len(x.doc.Tags) == 0 {
		// "A Russian satellite operator was knocked offline ... [a dozen
		// sentences on] The IT Army of Ukraine has repeatedly ...": an
		// actor first named in a background section is not the lede's.
		// Nor, however close, one first named in a sentence of an earlier
		// year: "In March 2018, the Justice Department charged nine
		// Iranians associated with the Mabna Institute".
		lead, gap := x.sents[x.leadIdx], x.leadIdx-x.idx
		if gap > lateSpan && !laysAttack(lead) || gap > leadSpan && x.earlierYearLead(lead) {
			return nil
		}
	}
	return x.docActor
}

// lateSpan is how many sentences may pass before an untitled report first
// names the one actor it is about.
const lateSpan = 10

// headingLine reports whether sentence i is a heading standing alone as
// its paragraph.
func (x *extraction) headingLine(i int) bool {
	s := x.sents[i]
	if s.title || !isHeading(s) || i > 0 && x.sents[i-1].Para == s.Para {
		return false
	}
	return i+1 >= len(x.sents) || x.sents[i+1].Para != s.Para
}

// leadSpan is how many sentences before its first name an actor may be
// referred to by description.
const leadSpan = 2

// sameName reports whether b's name is one of a's names once spaces,
// hyphens and case are set aside: "Ransom House" is RansomHouse.
func sameName(a, b graph.Node) bool {
	if squashedEqual(a.Name, b.Name) {
		return true
	}
	for _, al := range a.Aliases {
		if squashedEqual(al, b.Name) {
			return true
		}
	}
	return false
}

// squashedEqual compares two names without case, spaces, hyphens, dots and
// underscores, without allocating.
func squashedEqual(x, y string) bool {
	skip := func(r rune) bool { return r == ' ' || r == '-' || r == '.' || r == '_' }
	i, j := 0, 0
	for {
		for i < len(x) && skip(rune(x[i])) {
			i++
		}
		for j < len(y) && skip(rune(y[j])) {
			j++
		}
		if i == len(x) || j == len(y) {
			return i == len(x) && j == len(y)
		}
		rx, nx := utf8.DecodeRuneInString(x[i:])
		ry, ny := utf8.DecodeRuneInString(y[j:])
		if unicode.ToLower(rx) != unicode.ToLower(ry) {
			return false
		}
		i, j = i+nx, j+ny
	}
}

// speakerTitles before a person's name make the person speak for an
// organization: "City spokesperson Danielle Hayes said".
var speakerTitles = set(`spokesperson|spokesman|spokeswoman|spokespeople|official|officer|director|manager|administrator|
executive|representative|secretary|chief|head|president|chairman|chairwoman|ceo|cio|ciso|cto`)

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// oneOfTarget reads a subject that a copula ranks among an actor's
// victims: "Marlow Bank was one of the lenders that APT28 breached", "The
// Kammergericht is far from the only German institution the Emotet group
// has hit", "X is not the first lender the group has targeted".
func (x *extraction) oneOfTarget(s *sent, last *graph.Node) {
	if len(s.ents) == 0 {
		return
	}
	v := s.entAt(s.firstWord() + b2i(s.lower(s.firstWord()) == "the"))
	if v < 0 || !isVictim(s.ents[v]) || s.ents[v].kind == graph.Sector {
		return
	}
	c := s.ents[v].b
	if l := s.lower(c); l != "is" && l != "was" {
		return
	}
	k := c + 1
	if s.lower(k) == "not" && (s.lower(k+1) == "among" || s.lower(k+1) == "one") {
		return // "was not among the firms X hit"
	}
	// The ranking words: "one of the", "among the", "(far from) the only",
	// "(not) the first", "the latest".
	for k < len(s.toks) && k <= c+4 && (s.lower(k) == "far" || s.lower(k) == "from" || s.lower(k) == "not" || s.lower(k) == "just" || s.lower(k) == "only" && s.lower(k+1) == "one") {
		k++
	}
	switch {
	case s.lower(k) == "one" && s.lower(k+1) == "of":
		k += 2
	case s.lower(k) == "among":
		k++
	case s.lower(k) == "the" && (s.lower(k+1) == "only" || s.lower(k+1) == "first" || s.lower(k+1) == "latest" || s.lower(k+1) == "second" || s.lower(k+1) == "third"):
	default:
		return
	}
	// The head noun, then the actor and its verb: "the only German
	// institution the Emotet group has hit".
	for m := k; m < len(s.toks) && m <= k+8; m++ {
		if l := s.lower(m); l == "," || l == ";" || l == "." || !s.toks[m].word && s.owner[m] < 0 {
			return
		}
		o := s.owner[m]
		if o < 0 || s.ents[o].kind != graph.ThreatActor || s.ents[o].a != m {
			if o >= 0 && s.ents[o].kind != graph.Country && s.ents[o].kind != graph.Sector {
				return // another name first: "one of the banks Kellner Bank acquired"
			}
			continue
		}
		q := s.ents[o].b
		for q < s.ents[o].b+2 && (groupNouns.is(s.id(q)) || discoverModifiers.is(s.id(q))) && s.owner[q] < 0 {
			q++ // "the Emotet group has hit"
		}
		for perfect.is(s.id(q)) || adverbs.is(s.id(q)) {
			q++
		}
		if !targetVerbs.is(s.id(q)) && !participles.is(s.id(q)) {
			return
		}
		actor, ok, ref := x.actor(s, o, last)
		if !ok {
			return
		}
		x.target(s, actor, []victim{{ent: v}}, "one-of-target", conf(0.8, ref), "")
		return
	}
}

// isVictim reports whether an entity may be the target of an attack.
func isVictim(e ent) bool {
	switch e.kind {
	case graph.Organization, graph.Sector, graph.Person, graph.Infrastructure:
		return true
	case graph.Country:
		return !e.demonym
	}
	return false
}

// sentence applies every rule to one sentence.
func (x *extraction) sentence(s *sent, last **graph.Node) {
	x.elsewhere = otherIncident(s)
	if unclaimedIncidents(s) {
		x.unclaimedPara = s.Para + 1
		x.elsewhere = true
	} else if x.unclaimedPara == s.Para+1 && !namesActor(s) {
		// "Other incidents have followed without any group putting its
		// name to them. X said in May that ...": the rest of the paragraph
		// tells of attacks no one claimed.
		x.elsewhere = true
	}
	if x.idx+1 < len(x.sents) && x.sents[x.idx+1].Para == s.Para && neverAttributed(x.sents[x.idx+1]) || x.unclaimedAhead(s) {
		// "X disclosed that attackers had reached its network. That
		// incident was never publicly attributed.": no actor's attack.
		x.elsewhere = true
	}
	if unattributedHere(s) {
		// "The Port of Barcelona was hit by a cyberattack in 2018 that was
		// never publicly attributed to any group": no actor's attack.
		x.elsewhere = true
	}
	defer func() { x.elsewhere = false }()
	x.aliases(s, *last)
	x.familyOwners(s)
	x.remap(s)
	x.svoTarget(s, *last)
	x.passiveTarget(s, *last)
	x.listTarget(s, *last)
	x.nominalTarget(s, *last)
	x.amongTarget(s, *last)
	x.invertedTarget(s, *last)
	x.antecedentTarget(s, *last)
	x.oneOfTarget(s, *last)
	x.relativeObjectTarget(s, *last)
	x.interestTarget(s, *last)
	x.headingTarget(s, *last)
	x.againstTarget(s, *last)
	x.insideTarget(s, *last)
	x.modifierTarget(s, *last)
	x.hackerTitleTarget(s, *last)
	x.attribution(s, *last)
	x.uses(s, *last)
	x.sufferTarget(s, *last)
	x.afterAttackTarget(s, *last)
	x.selfReportTarget(s, *last)
	x.ransomPaidTarget(s, *last)
	x.expandTarget(s, *last)
	x.openingClauseTarget(s, *last)
	x.leakSiteTarget(s, *last)
	x.listedTarget(s, *last)
	x.namedInPostsTarget(s, *last)
	x.claimedVictims(s, *last)
	x.batchTarget(s, *last)
	x.targetOfTarget(s, *last)
	x.claimedAttackThat(s, *last)
	x.asVictimTarget(s, *last)
	x.appositiveBlameTarget(s, *last)
	x.semicolonClaimTarget(s, *last)
	x.semicolonBlameTarget(s, *last)
	x.saidBlamedTarget(s, *last)
	x.impostorTarget(s, *last)
	x.spoofTarget(s, *last)
	x.accusedOfTarget(s, *last)
	x.ownerClauseTarget(s, *last)
	x.alsoVictims(s)
	x.cooccurrenceTarget(s, *last)
	x.affiliations(s)
	x.orgCountries(s)
	x.describedPlaces(s)
	// The actor in focus is the last one named as a subject, not as the
	// object of a preposition ("worked with the ALPHV operation").
	for i := range s.ents {
		if e := s.ents[i]; e.kind == graph.ThreatActor && !e.ref {
			p := e.a - 1
			if s.lower(p) == "the" {
				p--
			}
			if (objectPreps.is(s.id(p)) || s.lower(p) == "as") && *last != nil {
				continue // "OPERA1ER, which Symantec tracks as Bluebottle": the alias is no new subject
			}
			if q := p - b2i(s.lower(p) == "the"); subordinators.is(s.id(q)) && refSubjectBefore(s, q) {
				continue // "The group has grown since LockBit was disrupted": the group stays the subject
			}
			if sideMention(s, i) {
				continue // "X has become the most prolific crew, outpacing the better-known Killnet": X stays the subject
			}
			n := e.node
			*last = &n
		}
	}
	x.softwareFocus(s, last)
}

// sideMention reports whether actor i is named only in passing, after a
// sentence that opened on another actor as its subject: the object of a
// gerund or a comparison after a comma ("NoName057(16) has become the most
// prolific crew, outpacing the better-known Killnet", "..., much like
// Killnet").
func sideMention(s *sent, i int) bool {
	e := s.ents[i]
	first := -1
	for j, o := range s.ents {
		if o.kind == graph.ThreatActor && !o.ref && o.a < e.a && j != i {
			first = j
			break
		}
	}
	if first < 0 || s.ents[first].node.ID == e.node.ID {
		return false
	}
	if a := s.ents[first].a; a > 1 || a == 1 && s.lower(0) != "the" {
		return false // the other actor must open the sentence
	}
	p := e.a - 1
	for p > s.ents[first].b && p >= e.a-4 && s.owner[p] < 0 && s.toks[p].word && !s.toks[p].cap && (s.lower(p) == "the" || s.lower(p) == "a" || strings.Contains(s.lower(p), "-") || adjectiveWord(s.lower(p))) {
		p-- // "the better-known", "the notorious"
	}
	l := s.lower(p)
	if l != "than" && l != "like" && l != "unlike" && !(strings.HasSuffix(l, "ing") && len(l) > 5) {
		return false
	}
	for k := p - 1; k >= s.ents[first].b && k >= p-3; k-- {
		if s.lower(k) == "," {
			return true // "..., outpacing", "..., much like"
		}
	}
	return false
}

// softwareFocus moves the focus to the group that owns the software a
// sentence opens on, when the sentence names no actor and the report names
// that group: "In Britain, WannaCry disrupted dozens of organizations"
// after a paragraph on the exploit's leakers speaks of Lazarus Group.
func (x *extraction) softwareFocus(s *sent, last **graph.Node) {
	for _, e := range s.ents {
		if e.kind == graph.ThreatActor {
			return
		}
	}
	for _, e := range s.ents {
		if e.a > 6 {
			return
		}
		if e.kind == "" || e.kind == graph.Country && s.lower(e.a-1) == "in" {
			continue
		}
		if e.kind != graph.Malware {
			return
		}
		if p := e.a - 1 - b2i(s.lower(e.a-1) == "the"); objectPreps.is(s.id(p)) || s.lower(p) == "as" {
			return
		}
		if n := x.namedOwner(e.node); n != nil {
			*last = n
		}
		return
	}
}

// namedOwner returns the one group the catalogue says uses the software,
// when the report names it.
func (x *extraction) namedOwner(sw graph.Node) *graph.Node {
	groups := softwareGroups()[sw.ID]
	if len(groups) != 1 {
		return nil
	}
	o, ok := x.g.Lookup(groups[0])
	if !ok {
		return nil
	}
	id := x.g.Node(o).ID
	for _, s := range x.sents {
		for _, e := range s.ents {
			if e.kind != graph.ThreatActor || e.ref {
				continue
			}
			if n := x.resolve(e.node); n.ID == id {
				return &n
			}
		}
	}
	return nil
}

// impostorTarget: "a hacker posing as a recruiter sent a bogus test to an
// employee of Ginco". Someone posing as another who reaches the staff of an
// organization attacks that organization; the actor is the one the
// sentence names, else the actor in focus.
func (x *extraction) impostorTarget(s *sent, last *graph.Node) {
	pose := -1
	for i := 1; i < len(s.toks); i++ {
		if l := s.lower(i); (l == "posing" || l == "masquerading") && s.lower(i+1) == "as" || l == "impersonating" || l == "pretending" && s.lower(i+1) == "to" {
			pose = i
			break
		}
	}
	if pose < 0 {
		return
	}
	var vs []victim
	for k := pose + 2; k < len(s.toks)-2; k++ {
		if !staffNouns.is(s.id(k)) && s.lower(k) != "employee" && s.lower(k) != "engineer" && s.lower(k) != "developer" {
			continue
		}
		if p := s.lower(k + 1); p != "of" && p != "at" {
			continue
		}
		if j := s.entAt(k + 2 + b2i(s.lower(k+2) == "the")); j >= 0 && s.ents[j].kind == graph.Organization && !s.ents[j].ref {
			vs = append(vs, victim{ent: j})
		}
	}
	if len(vs) == 0 {
		return
	}
	actor, ref, ok := x.soleActor(s, last)
	if !ok {
		return // two actors: whose impostor it is is unclear
	}
	x.target(s, actor, vs, "impostor-target", conf(0.7, ref), "")
}

// soleActor returns the one actor s names, else the actor in focus, and
// whether it is only the focus (ref); ok is false when s names two actors
// or none is in focus.
func (x *extraction) soleActor(s *sent, last *graph.Node) (actor graph.Node, ref, ok bool) {
	ref = true
	for _, e := range s.ents {
		if e.kind == graph.ThreatActor && !e.ref {
			if actor.ID != "" && actor.ID != e.node.ID {
				return graph.Node{}, false, false
			}
			actor, ref = e.node, false
		}
	}
	if actor.ID == "" {
		f := x.focusActor(last)
		if f == nil {
			return graph.Node{}, false, false
		}
		actor = *f
	}
	return actor, ref, true
}

// spoofedVictims returns the organizations whose own login pages, webmail
// or sites a sentence says were copied: "webmail login pages made to look
// like those of the Nepal Army and Nepal Police", "copies of the email
// portals of Nepal's Ministry of Defence", "two of the domains mimicked the
// Hudson Institute". A copy of an organization's own portal is bait for its
// staff; a copy of a platform every victim uses (Microsoft, Google) is not
// its owner's loss, and neither is a lure that only bears a name ("emails
// impersonating the Ministry").
func (x *extraction) spoofedVictims(s *sent) []victim {
	var vs []victim
	for i := 1; i < len(s.toks); i++ {
		if s.owner[i] >= 0 {
			continue
		}
		k := -1
		switch l := s.lower(i); {
		case l == "look" && s.lower(i+1) == "like" && s.lower(i-1) == "to":
			k = i + 2
		case l == "copies" && s.lower(i+1) == "of", l == "imitations" && s.lower(i+1) == "of", l == "clones" && s.lower(i+1) == "of":
			k = i + 2
		case spoofVerbs.is(s.id(i)):
			k = i + 1
		}
		if k < 0 {
			continue
		}
		portal := false
		for m := i - 1; m >= 0 && m >= i-6; m-- {
			if portalNouns.is(s.id(m)) && s.owner[m] < 0 {
				portal = true
			}
		}
		if l := s.lower(k); l == "those" || l == "that" {
			if s.lower(k+1) != "of" {
				continue
			}
			k += 2 // "made to look like those of X"
		}
		// "copies of the email portals of X": the owner after the portal.
		for m := k; m < len(s.toks) && m <= k+4 && s.owner[m] < 0 && s.toks[m].word && !s.toks[m].cap; m++ {
			if portalNouns.is(s.id(m)) && s.lower(m+1) == "of" {
				portal, k = true, m+2
				break
			}
		}
		if !portal {
			continue
		}
		for _, v := range x.objects(s, k, false) {
			if e := s.ents[v.ent]; e.kind == graph.Organization && !platformBrands.is(s.id(e.a)) && !lureBrands.is(s.id(e.a)) {
				vs = append(vs, v)
			}
		}
	}
	return vs
}

// accusedPeople are the people an indictment accuses of the actor's deeds:
// "accuses the men of breaking into".
var accusedPeople = set(`men|officers|defendants|suspects|individuals|operatives|conspirators|hackers|agents`)

// accusedOfTarget: an indictment that accuses the actor, or the people
// charged as its members, of an attack on victims: "The indictment accuses
// the men of breaking into the networks of X, Y and Z", "accused APT40 of
// hacking X".
func (x *extraction) accusedOfTarget(s *sent, last *graph.Node) {
	for i := range s.toks {
		if l := s.lower(i); l != "accuses" && l != "accused" && l != "accuse" && l != "accusing" || s.owner[i] >= 0 {
			continue
		}
		of := -1
		for m := i + 1; m < len(s.toks) && m <= i+5; m++ {
			if s.lower(m) == "of" {
				of = m
				break
			}
		}
		if of < 0 {
			continue
		}
		a := -1
		people := false
		for m := i + 1; m < of; m++ {
			if j := s.owner[m]; j >= 0 {
				if s.ents[j].kind == graph.ThreatActor && a < 0 {
					a = j
					m = s.ents[j].b - 1
					continue
				}
				a = -2 // someone else: "accused Russia of"
				break
			}
			people = people || accusedPeople.is(s.id(m))
		}
		if a == -2 || a < 0 && !people {
			continue
		}
		g := of + 1
		verb := s.lower(g)
		var vs []victim
		if strings.HasSuffix(verb, "ing") && targetVerbs.is(s.id(g)) {
			from := g + 1
			if part, ok := targetParticle[verb]; ok {
				if s.lower(from) != part {
					continue // "accused of going public"
				}
				from++
			}
			vs = x.objects(s, from, false)
		}
		// "... of spearphishing X, and of a 2019 campaign against Georgia",
		// "of attacks on the grid, along with assaults on the Ministry of
		// Finance": the further charges of the same sentence.
		for m := g + 1; m+2 < len(s.toks); m++ {
			l := s.lower(m)
			if l == ";" || l == "." || s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.ThreatActor {
				break
			}
			k := -1
			switch {
			case l == "of" && s.lower(m-1) == "and" && s.owner[m] < 0:
				k = m + 1
			case l == "along" && s.lower(m+1) == "with", l == "as" && s.lower(m+1) == "well" && s.lower(m+2) == "as":
				k = m + 2 + b2i(l == "as")
			}
			if k < 0 {
				continue
			}
			if p := chargedAttack(s, k); p > 0 {
				vs = append(vs, x.objects(s, p, false)...)
			}
		}
		if len(vs) == 0 {
			continue
		}
		var actor graph.Node
		var ok, ref bool
		if a >= 0 {
			actor, ok, ref = x.actor(s, a, last)
		} else if f := x.focusActor(last); f != nil {
			actor, ok, ref = *f, true, true
		}
		if ok {
			x.target(s, actor, vs, "accused-of", conf(0.75, ref), "")
		}
		return
	}
}

// spoofVerbs copy what they name: "domains spoofing X".
var spoofVerbs = set(`mimicked|mimicking|mimic|mimics|imitated|imitating|imitate|imitates|spoofed|spoofing|spoof|spoofs|impersonated|impersonating|cloned|cloning|copying|copied`)

// portalNouns are the pages a phishing operation copies.
var portalNouns = set(`webmail|login|logon|portal|portals|sign-in|inbox`)

// lureBrands are services whose login pages phishing copies for anyone's
// accounts: their pages are bait, not their owners' loss.
var lureBrands = set(`naver|daum|kakao|okta|yahoo|gmail|outlook|office|onedrive|dropbox|docusign|adobe|linkedin|facebook|twitter|instagram|whatsapp|zoom|webex|paypal|dhl|fedex|netflix|protonmail|mail.ru|yandex`)

// spoofTarget: an actor's phishing pages copying an organization's own
// portals target it: "the group's server carried copies of the email
// portals of Nepal's Ministry of Defence".
func (x *extraction) spoofTarget(s *sent, last *graph.Node) {
	vs := x.spoofedVictims(s)
	if len(vs) == 0 {
		return
	}
	actor, ref, ok := x.soleActor(s, last)
	if !ok || ref && x.elsewhere {
		return // two actors, or a focus the sentence is not about
	}
	x.target(s, actor, vs, "spoof-target", conf(0.65, ref), "")
}

// remap gives the actors of s that the report named as aliases of another
// actor that other actor's node.
func (x *extraction) remap(s *sent) {
	if len(x.merged) == 0 {
		return
	}
	for i := range s.ents {
		e := &s.ents[i]
		if e.kind != graph.ThreatActor || e.ref {
			continue
		}
		e.node = x.resolve(e.node)
	}
}

// resolve follows the merges of actor n (at most three steps) to the node
// that stands for it.
func (x *extraction) resolve(n graph.Node) graph.Node {
	for k := 0; k < 3; k++ {
		m, ok := x.merged[n.ID]
		if !ok || m.ID == n.ID {
			break
		}
		n = m
	}
	return n
}

// namedAhead reports whether the rest of the current paragraph names the
// actor id again before it names other: a background paragraph about a
// second actor ("In 2024 a group known as IRLeaks broke into Tosan. / Among
// the lenders whose data was taken were A and B. ... IRLeaks settled for a
// ransom") stays with that actor.
func (x *extraction) namedAhead(id, other string) bool {
	if x.idx < 0 || x.idx >= len(x.sents) {
		return false
	}
	para := x.sents[x.idx].Para
	for _, s := range x.sents[x.idx+1:] {
		if s.Para != para || s.title {
			return false
		}
		seen, rival := false, false
		for _, e := range s.ents {
			if e.kind != graph.ThreatActor || e.ref {
				continue
			}
			n := x.resolve(e.node)
			seen = seen || n.ID == id
			rival = rival || n.ID == other
		}
		if rival {
			return false
		}
		if seen {
			return true
		}
	}
	return false
}

// gerundDescriptor reports whether the word at k, ending in -ing, opens the
// description of a name that follows: "dating app Zoosk", "publishing
// platform Wattpad", "shipping company X"; not "delivering LODEINFO".
func gerundDescriptor(s *sent, k int) bool {
	n := k + 1
	if !s.toks[min(n, len(s.toks)-1)].word || s.toks[min(n, len(s.toks)-1)].cap || s.owner[min(n, len(s.toks)-1)] >= 0 || apposDeterminers.is(s.id(n)) || itemPreps.is(s.id(n)) || gerundPreps.is(s.id(n)) || strings.HasSuffix(s.lower(n), "ed") {
		return false
	}
	j := s.entAt(n + 1)
	return j >= 0 && s.ents[j].a == n+1 && s.ents[j].kind == graph.Organization && !s.ents[j].ref
}

// subjectlessVerb returns the verb that opens the clause after the
// semicolon at k when that clause has no subject of its own, else -1: "the
// gang has hit Royal Mail; claimed a breach at Boeing; and disrupted ...".
// The subject before the semicolon is its subject too.
func subjectlessVerb(s *sent, k int) int {
	m := k + 1
	for m < len(s.toks) && (s.lower(m) == "and" || adverbs.is(s.id(m))) {
		m++
	}
	if m >= len(s.toks)-1 || s.owner[m] >= 0 || !s.toks[m].word || s.toks[m].cap || s.lower(m+1) == "by" {
		return -1 // "; hacked by X": a participle of its own
	}
	if l := s.lower(m); strings.HasSuffix(l, "ed") || l == "hit" || l == "struck" || l == "stole" || l == "took" {
		return m
	}
	return -1
}

// subjectlessAfter reports whether token i stands in the subjectless clause
// after the semicolon at k, at most a few plain words past its verb:
// "claimed a breach at X" reaches "breach".
func subjectlessAfter(s *sent, k, i int) bool {
	v := subjectlessVerb(s, k)
	if v < 0 || v > i || i-v > 5 {
		return false
	}
	for q := v; q < i; q++ {
		if s.owner[q] >= 0 || !s.toks[q].word || s.toks[q].cap {
			return false
		}
	}
	return true
}

// subjectlessChain returns the last semicolon between token a and token i
// when each semicolon there opens a clause with no subject of its own (see
// subjectlessVerb), else -1.
func subjectlessChain(s *sent, a, i int) int {
	last := -1
	for k := a; k < i; k++ {
		if s.toks[k].text != ";" {
			continue
		}
		if subjectlessVerb(s, k) < 0 {
			return -1
		}
		last = k
	}
	return last
}

// nearestActorLeft finds the actor entity closest before token i, within
// max tokens, not across a semicolon. An actor that is the object of a
// preposition ("servers belonging to OilRig") gives way to one further left
// that can be the subject.
func (x *extraction) nearestActorLeft(s *sent, i, max int) int {
	first := -1
	for k := i - 1; k >= 0 && k >= i-max; k-- {
		if s.toks[k].text == ";" && !subjectlessAfter(s, k, i) {
			break
		}
		if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor {
			e := s.ents[j]
			if e.ref && s.lower(e.a-1) == "with" && (s.lower(e.a) == "its" || s.lower(e.a) == "their") {
				// "The FBI, together with its partners, will keep
				// disrupting ...": the company someone keeps, not the
				// subject; the subject stands further left.
				k = e.a
				continue
			}
			p := e.a - 1
			for p >= 0 && (demonymAt(s, p) || s.lower(p) == "the" || s.lower(p) == "a" || s.lower(p) == "an" || actorAdjectives.is(s.id(p)) ||
				strings.Contains(s.lower(p), "-") && s.owner[p] < 0 && !s.toks[p].cap) {
				p-- // "a sub-group of the North Korean Lazarus Group", "members of the now-defunct Conti syndicate"
			}
			if !objectPreps.is(s.id(p)) || e.ref {
				if first >= 0 && e.ref {
					return first
				}
				return j
			}
			if first < 0 {
				first = j
			}
			k = e.a
		}
	}
	return first
}

// longSubject returns the actor that opens a long sentence when the verb at
// i heads a second predicate of that subject, after ", and" and no subject
// of its own: "Anonymous Sudan, which presents itself as ..., launched a
// campaign against Sweden in January ..., and in February and March
// repeatedly took down services of SAS". It returns -1 otherwise.
func (x *extraction) longSubject(s *sent, i int) int {
	j := s.entAt(b2i(s.lower(0) == "the"))
	if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref {
		return -1
	}
	and := -1
	for k := i - 1; k > s.ents[j].b; k-- {
		if s.lower(k) == "and" && s.lower(k-1) == "," {
			and = k
			break
		}
		// Only dates, prepositions and adverbs between ", and" and the verb.
		if o := s.owner[k]; o >= 0 || s.toks[k].cap && !months.is(s.id(k)) || s.toks[k].text == ";" {
			return -1
		}
	}
	if and < 0 || i-and > 8 {
		return -1
	}
	return j
}

// actorAdjectives describe an actor after its article: "the notorious
// Lazarus Group", "the defunct Conti syndicate".
var actorAdjectives = set(`defunct|notorious|infamous|prolific|former|rival|same|disbanded|larger|smaller|original|related|affiliated|sister|parent|wider|broader`)

// clauseAfter reports whether a clause of its own starts at token m, after
// a semicolon: a name or reference, then a verb ("Trend Micro also found",
// "the group later hit"), not the next item of a list.
func clauseAfter(s *sent, m int) bool {
	if s.lower(m) == "and" {
		m++
	}
	j := s.entAt(m)
	if j < 0 {
		return false
	}
	n := s.ents[j].b
	for adverbs.is(s.id(n)) || s.lower(n) == "also" {
		n++
	}
	lID := s.id(n)
	return pastVerb(s, n) || irregularPast.is(lID) || reportVerbs.is(lID) || auxiliaries.is(lID) || perfect.is(lID) || targetVerbs.is(lID) && !participles.is(lID)
}

// irregularPast are verbs in the past that do not end in -ed.
var irregularPast = set(`found|saw|took|made|gave|wrote|knew|began|ran|sent|got|kept|led|left|put|set|spent|thought|brought|
built|caught|held|told|said|struck|stole|broke|went|came|became|drew|fell|grew|paid|read|sold|shut|won|lost|met|meant`)

// colonList reports whether the objects starting at from follow a colon,
// right before them or a few words on: "has included: A; B; and C", as a
// bulleted list reads once joined.
func colonList(s *sent, from int) bool {
	for k := max(from-2, 0); k < len(s.toks) && k <= from+8; k++ {
		if s.toks[k].text == ":" {
			return true
		}
		if k >= from && s.owner[k] >= 0 {
			return false
		}
	}
	return false
}

// platformUsers are people reached on a platform: "developers on LinkedIn".
var platformUsers = set(`users|developers|people|journalists|activists|accounts|profiles|followers|members|candidates|job-seekers|jobseekers|
freelancers|engineers|researchers|dissidents|employees|staff|subscribers|customers`)

// topicExperts before "on" take a subject, not a place: "experts on North
// Korea".
var topicExperts = set(`experts|expert|specialists|specialist|scholars|scholar|analysts|analyst|academics|commentators|authorities|authority`)

// objectPreps before an actor make it the object of a preposition.
var objectPreps = set(`to|of|from|with|within|for|about|against|than|like|on|at|into`)

// objects collects victims in tokens [from, ...) until a clause stop. It
// returns victims, and organizations placed by "in <Country>".
type victim struct {
	ent     int
	country string // from "X in <Country>"
}

func (x *extraction) objects(s *sent, from int, listMode bool) []victim {
	var out []victim
	for k := from; k < len(s.toks) && k <= from+2 && s.toks[k].word && !s.toks[k].cap; k++ {
		if abstractObjects.is(s.id(k)) {
			return nil // "an attack on press freedom in Portugal": an idea, not a victim
		}
	}
	for k := from; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.text == "," && len(out) > 0 && relatives.is(s.id(k+1)) {
			// "crippled A, which had to reinstall its servers; the
			// pharmaceutical company B, whose systems were hit; and the
			// food company C": past the clause to the next item.
			m := k + 2
			for m < len(s.toks) && m <= k+25 && s.toks[m].text != ";" && s.toks[m].text != ":" && s.toks[m].text != "\"" {
				m++
			}
			if s.lower(m) == ";" && semicolonItem(s, m+1) {
				k = m + b2i(s.lower(m+1) == "and")
				continue
			}
		}
		if t.text == "," && len(out) > 0 && (relatives.is(s.id(k+1)) || s.toks[min(k+1, len(s.toks)-1)].word && !s.toks[min(k+1, len(s.toks)-1)].cap && relatives.is(s.id(k+2)) ||
			s.lower(k+1) == "a" || s.lower(k+1) == "an" || s.lower(k+1) == "one") {
			// "crippled computers at Everis, a Spanish IT consultancy owned
			// by NTT Data, and at Cadena SER": past an apposition too.
			// "moved on to chipmaker Nvidia, from which it claimed to have
			// stolen 1 terabyte of data, and to Samsung": past the clause
			// to the next item and its preposition.
			m := k + 2
			for m < len(s.toks) && m <= k+25 && !(s.lower(m) == "," && s.lower(m+1) == "and") && s.toks[m].text != ";" && s.toks[m].text != ":" {
				m++
			}
			pre := from - 1
			if q := s.ents[out[0].ent].a - 1; q >= from && s.lower(q) == s.lower(m+2) {
				pre = q // "crippled computers at Everis, ..., and at Cadena SER"
			}
			if s.lower(m) == "," && s.lower(m+1) == "and" && pre >= 0 && s.lower(m+2) == s.lower(pre) && (nominalPreps.is(s.id(pre)) || s.lower(pre) == "to") {
				if j := s.entAt(m + 3); j >= 0 && s.ents[j].kind == graph.Organization && !s.ents[j].ref {
					k = m + 2
					continue
				}
			}
		}
		if j := s.owner[k]; j >= 0 {
			e := s.ents[j]
			if e.ref && (s.lower(k) == "its" || s.lower(k) == "their") && len(out) > 0 {
				continue // "the Institute and its Integrity Initiative project"
			}
			if e.ref && (s.lower(k) == "its" || s.lower(k) == "their") && roleApposition(s, k+1) {
				continue // "the servers of its developer, Intellect Service": the name says whose
			}
			if e.ref && (s.lower(k) == "it" || s.lower(k) == "they") && k > from && (listNouns.is(s.id(k-1)) || victimNouns.is(s.id(k-1))) {
				// "Syrian companies it accused of working with the Quds
				// Force, among them X and Y": past the clause to the list.
				if m := amongAfter(s, k+1); m > 0 {
					k = m
					continue
				}
			}
			if e.kind == graph.ThreatActor && !listMode {
				break
			}
			if (e.kind == graph.Organization || e.kind == graph.Person) && s.lower(e.a-1) == "," && len(out) > 0 && trailingSource(s, e.b) {
				break // "Victims were in A and B, Quillon Labs said.": who says it
			}
			if (e.kind == graph.Organization || e.kind == graph.Person) && speakerPhrase(s, e) {
				break // "..., a researcher at Chilean firm CronUp noted at the time."
			}
			if excepted(s, e.a) {
				k = e.b - 1
				continue // "on every continent except Antarctica"
			}
			if e.kind == graph.Organization && madeBy(s, e) {
				k = e.b - 1
				continue // "the maker of "Pac-Man" and the "Elden Ring" publisher": products
			}
			if e.kind == graph.Organization && s.lower(e.a-1) == "of" && (regionNouns.is(s.id(e.a-2)) || s.lower(e.a-2) == "state" && placedIn(s, e.a-2)) && !s.toks[e.a-2].cap {
				k = e.b - 1
				continue // "the authority serving the province of L'Aquila", "in the German state of Rhineland-Palatinate": a place
			}
			if e.kind == graph.Country && e.demonym && basedBeforeName(s, e) {
				k = e.b - 1
				continue // "Vietnam-based gaming studio Sky Mavis": where the victim is
			}
			if e.kind == graph.Country && sponsorCue(s, e.a) {
				k = e.b - 1
				continue // "an espionage group linked to China": the group's sponsor
			}
			if e.kind == graph.Country && supportedBy(s, e.a) {
				k = e.b - 1
				continue // "attacks against countries supporting Ukraine": whom the victims back
			}
			if p := s.lower(e.a - 1); (p == "toward" || p == "towards") && policyWords.is(s.id(e.a-2)) {
				k = e.b - 1
				continue // "anyone working on policy toward North Korea": what the victims work on
			}
			if e.kind == graph.Organization && heldAt(s, e.a) {
				k = e.b - 1
				continue // "from Bangladesh Bank's account at the Federal Reserve Bank of New York": who keeps the account
			}
			if (e.kind == graph.Organization || e.kind == graph.Person) && (dissentNouns.is(s.id(e.b)) || s.lower(e.b) == "supporters" || s.lower(e.b) == "loyalists") && !s.toks[min(e.b, len(s.toks)-1)].cap {
				k = e.b - 1
				continue // "Kremlin critics", "Putin opponents": whom the victims stand against or with
			}
			if p := e.a - 1 - b2i(s.lower(e.a-1) == "the"); s.lower(p) == "on" && (s.lower(p-1) == "research" || s.lower(p-1) == "dirt") {
				k = e.b - 1
				continue // "went after opposition research on Donald Trump": what the files were about
			}
			if e.kind == graph.Organization && offeringNouns.is(s.id(e.b)) && (s.lower(e.b+1) == "operated" || s.lower(e.b+1) == "run" || s.lower(e.b+1) == "owned" || s.lower(e.b+1) == "managed") && s.lower(e.b+2) == "by" {
				k = e.b - 1
				continue // "the Ronin bridge operated by Sky Mavis": the product of the victim after it
			}
			if e.kind == graph.Country && e.demonym && demonymVictim(s, e.b) && !describesName(s, e) {
				// "Japanese and Taiwanese organizations": the countries.
				out = append(out, victim{ent: j})
			}
			if e.kind == graph.Organization && describedPlace(s, e) {
				k = e.b - 1
				continue // "a hospital in the French Riviera city of Cannes": where the victim is
			}
			if e.kind == graph.Organization && e.guess && (basedAt(s, e.b) || s.lower(e.b) == "," && e.b+1 < len(s.toks) && s.toks[e.b+1].cap && basedAt(s, e.b+2)) {
				k = e.b - 1
				continue // "the Mississauga, Ont.-based company": where the victim is
			}
			if e.kind == graph.Organization && e.guess && modifierInApposition(s, e) {
				k = e.b - 1
				continue // "Nodex, a St. Petersburg internet service provider": where or whose the victim is
			}
			if e.kind == graph.Organization && platformAccounts(s, e) {
				k = e.b - 1
				continue // "took over the Twitter and Pinterest accounts of X": where the accounts are
			}
			if e.kind == graph.Organization && x.affiliation(s, j) && s.lower(e.b) != "of" && s.lower(e.b) != "," {
				k = e.b - 1
				continue // "the accounts of Facebook founder Mark Zuckerberg": where the person works
			}
			if countryOfCompany(s, e) {
				// "breached Finland's Valmet", "clients including Ericsson
				// and Finland's Valmet": where the victim is; but "Peru's
				// intelligence directorate" is the state's own.
				k = e.b - 1
				continue
			}
			if e.kind == graph.Sector && itSystems(s, e) {
				k = e.b - 1
				continue // "an incident affecting our information technology systems": the victim's own IT
			}
			if o := s.entAt(e.b); e.kind == graph.Sector && !s.toks[e.a].cap && o >= 0 && s.ents[o].a == e.b && s.ents[o].kind == graph.Organization && !s.ents[o].ref {
				k = e.b - 1
				continue // "Australian airline Qantas": what the company is
			}
			if (e.kind == graph.Country || e.kind == graph.Sector) && describesName(s, e) {
				k = e.b - 1
				continue // "the US cable maker Southwire", "Capita, the British outsourcing company": where the victim is
			}
			if e.kind == graph.Country && appositivePlace(s, e) {
				k = e.b - 1
				continue // "Shoprite Holdings, Africa's largest supermarket chain": where the victim is
			}
			if o := appositionIn(s, e); e.kind == graph.Country && o >= 0 {
				if n := len(out); n > 0 && out[n-1].ent == o && out[n-1].country == "" {
					out[n-1].country = e.node.Props["iso"]
				}
				k = e.b - 1
				continue // "InvestBank, a lender based in the United Arab Emirates": where the victim is
			}
			// "computer systems across Kettering Health": the systems' owner.
			assetOwner := (s.lower(e.a-1) == "across" || s.lower(e.a-1) == "throughout") && assetNouns.is(s.id(e.a-2)) && e.kind == graph.Organization
			// "emails from victim Microsoft Exchange servers": a product.
			product := e.kind == graph.Organization && (productName(s, e) && (techNouns.is(s.id(e.b)) || s.toks[min(e.b, len(s.toks)-1)].word && !s.toks[min(e.b, len(s.toks)-1)].cap && techNouns.is(s.id(e.b+1))) || ownedProduct(s, e) || madeProduct(s, e))
			if isVictim(e) && !product && !(e.guess && placePrep(s, e.a) && !assetOwner) && !possessor(s, e) && !(e.kind == graph.Organization && placePrep(s, e.a) && memberNouns.is(s.id(e.b))) && !(e.kind == graph.Organization && memberStates(s, e.b)) &&
				!(e.kind == graph.Country && !sectorAt(s, e.b) && (orgParts.is(s.id(e.b)) || personTitles.is(s.id(e.b)) || titles.is(s.id(e.b)))) &&
				!(e.kind == graph.Country && ownersAssetAt(s, e.a)) && !titledName(s, e) {
				// "X in Cambodia": the country places the organization before it.
				p := k - 1
				if s.lower(p) == "the" && s.owner[p] < 0 {
					p-- // "in the Philippines"
				}
				if e.kind == graph.Country && p >= 0 && (s.lower(p) == "in" || s.lower(p) == "of") && len(out) > 0 {
					prev := out[len(out)-1]
					pe := s.ents[prev.ent]
					if pe.b == p && pe.kind == graph.Organization {
						// The organization is placed there, and what is
						// attacked there is attacked in that country.
						out[len(out)-1].country = e.node.Props["iso"]
						k = e.b - 1
						continue
					} else if s.lower(p) == "of" && !(sectorNouns.is(s.id(p-1)) && s.lower(p-1) != "victims" && s.lower(p-1) != "targets") {
						k = e.b - 1 // "the sectors of the United States" goes on
						continue
					}
				}
				out = append(out, victim{ent: j})
			}
			k = e.b - 1
			continue
		}
		if (t.text == "." || t.text == "!" || t.text == "?") && k == len(s.toks)-1 {
			break
		}
		if (t.text == "—" || t.text == "–") && officeHeads.is(s.id(k-1)) {
			// "four ministries — Foreign Affairs, Economy and Finance —":
			// the names leave out their head; read them as no names.
			for k++; k < len(s.toks) && s.toks[k].text != t.text && s.toks[k].text != ";"; k++ {
			}
			continue
		}
		if t.lower == "on" && topicExperts.is(s.id(k-1)) {
			// "lures aimed at experts on North Korea": the experts'
			// subject, not a victim.
			m := k + 1
			for m < len(s.toks) {
				if o := s.owner[m]; o >= 0 && s.ents[o].kind != graph.ThreatActor {
					m = s.ents[o].b
					continue
				}
				if l := s.lower(m); l == "," && s.lower(m+1) != "and" || l == "and" && s.lower(m+1) != "on" || l == "the" || s.owner[m] < 0 && s.toks[m].cap {
					m++
					continue
				}
				break
			}
			k = m - 1
			continue
		}
		if t.lower == "on" && platformUsers.is(s.id(k-1)) {
			// "approach developers on LinkedIn, Upwork and Freelancer.com":
			// where the people are reached, not whom.
			m := k + 1
			for m < len(s.toks) {
				if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.Organization {
					m = s.ents[o].b
					continue
				}
				if l := s.lower(m); l == "," || l == "and" || l == "or" || l == "the" || s.owner[m] < 0 && s.toks[m].cap {
					m++
					continue
				}
				break
			}
			k = m - 1
			continue
		}
		if t.text == "," && len(out) > 0 && personAt(s, s.ents[out[len(out)-1].ent], k) {
			// "Nicholas Burns, the U.S. ambassador to China, and Daniel
			// Kritenbrink": the person's office, no more victims.
			if m := personOffice(s, k+1); m > 0 {
				k = m - 1
				continue
			}
		}
		if listMode {
			if (t.lower == "were" || t.lower == "was") && len(out) > 0 && k > from+1 && s.owner[k] < 0 {
				m := k + 1
				for m < len(s.toks) && adverbs.is(s.id(m)) {
					m++
				}
				if participles.is(s.id(m)) || asVerbs.is(s.id(m)) {
					break // "firms including A and B were named as targets of X": the list is the subject
				}
			}
			if t.text == ";" && clauseAfter(s, k+1) {
				break // "Its targets were A and B; Trend Micro also found C": a new clause
			}
			if t.lower == "according" || t.lower == "said" || t.lower == "says" || t.lower == "wrote" || t.lower == "told" {
				break
			}
			if t.text == "\"" || t.text == "”" || t.text == "“" {
				break // "the number of victims is likely higher," Kaspersky's team wrote: a quote ends the list
			}
			if (t.lower == "while" || t.lower == "whereas") && k > from && len(out) > 0 {
				break // "BlackCat's victims include A and B, while Hive crippled C": another clause, another subject
			}
			if n := s.lower(k + 1); t.lower == "and" && len(out) > 0 && strings.HasSuffix(n, "ing") && len(n) > 5 && s.owner[k+1] < 0 && !s.toks[k+1].cap &&
				!targetVerbs.has(n) && n != "including" && apposDeterminers.is(s.id(k+2)) {
				break // "lists of targets that included A and B and framing the campaign as ...": what the actor did besides
			}
			if relatives.is(t.id) {
				// A relative clause on one victim ends at the next comma
				// when another victim follows: "Royal Mail, whose
				// deliveries were frozen for weeks, German car parts maker
				// Continental, and the Port of Nagoya".
				m := k + 1
				for m < len(s.toks) && s.toks[m].text != ";" && s.toks[m].text != "," {
					m++
				}
				// "two German companies whose terminals were disrupted in
				// February, and Swissport": ", and" opens the next item.
				if s.lower(m) == "," && (s.lower(k-1) == "," || s.lower(m+1) == "and") && listItemAt(s, m+1) {
					k = m
					continue
				}
				for k < len(s.toks) && s.toks[k].text != ";" {
					k++
				}
			}
			continue
		}
		if t.lower == "for" && s.lower(k-1) == "code" {
			break // "stole source code for Cyberpunk 2077": the products the code makes
		}
		if t.text == "," && k > from {
			m := k + 1 + b2i(s.lower(k+1) == "and")
			if l := s.lower(m); (l == "had" || l == "has" || l == "have") && s.toks[min(m+1, len(s.toks)-1)].word && !s.toks[min(m+1, len(s.toks)-1)].cap && strings.HasSuffix(s.lower(m+1), "ed") &&
				!(targetVerbs.is(s.id(m+1)) || participles.is(s.id(m+1)) || gangVerbs.is(s.id(m+1)) || leakVerbs.is(s.id(m+1)) || s.lower(m+1) == "accessed") {
				break // "had taken the system offline, had informed X": another verb, its own object
			}
		}
		if t.text == "," && len(out) > 0 && (s.lower(k+1) == "both" || s.lower(k+1) == "all" || s.lower(k+1) == "each") && strings.HasSuffix(s.lower(k+2), "ed") {
			break // "the Heco Bridge and the HTX exchange, both associated with Justin Sun": what the victims share
		}
		if t.lower == "in" && victimSites(s, k-1) {
			// "an attack that halted beef plants in the United States,
			// Canada and Australia": where the victim's plants stand.
			m := k + 1
			for m < len(s.toks) {
				if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.Country {
					m = s.ents[o].b
					continue
				}
				if l := s.lower(m); l == "," || l == "and" || l == "the" {
					m++
					continue
				}
				break
			}
			k = m - 1
			continue
		}
		if (t.lower == "on" || t.lower == "during") && s.lower(k+1) == "the" && (s.lower(k+2) == "day" || s.lower(k+2) == "eve" || s.lower(k+2) == "week") && k > from {
			break // "hit X on the day the country formally joined NATO": a time, told by a clause of its own
		}
		if (t.text == "\"" || t.text == "”") && s.lower(k-1) == "," {
			break // `access to sensitive research," the Talos researchers wrote`: the quote ends
		}
		if t.lower == "as" && s.lower(k+1) == "well" && s.lower(k+2) == "as" {
			k += 2 // "A as well as B"
			continue
		}
		if t.lower == "along" && s.lower(k+1) == "with" && len(out) > 0 && nameAhead(s, k+2) {
			k++ // "Claro along with its sister companies Embratel and NET"
			continue
		}
		if t.text == "," && len(out) > 0 && s.lower(k+1) == "the" && ownerNouns.is(s.id(k+2)) && s.lower(k+3) == "of" {
			// "Impresa, the owner of broadcaster SIC and weekly newspaper
			// Expresso,": what the victim owns, not more victims.
			for k++; k < len(s.toks) && s.toks[k].text != "," && s.toks[k].text != ";"; k++ {
			}
			if s.lower(k) != "," {
				break
			}
			continue
		}
		if (t.lower == "at" || t.lower == "under" || t.lower == "on") && (sponsorNouns.is(s.id(k+1)) || s.lower(k+1) == "the" && sponsorNouns.is(s.id(k+2))) {
			break // "at the request of the FSB": the sponsor, not a victim
		}
		if (t.lower == "used" || t.lower == "operated" || t.lower == "run" || t.lower == "owned" || t.lower == "managed") && s.lower(k+1) == "by" && (assetNouns.is(s.id(k-1)) || offeringNouns.is(s.id(k-1)) || facilityNouns.is(s.id(k-1))) {
			o := s.entAt(k + 2 + b2i(s.lower(k+2) == "the"))
			if o < 0 && personTitles.is(s.id(k+2)) {
				o = s.entAt(k + 3) // "phones used by Senator Ada Morell"
			}
			if o < 0 {
				// "a substation run by the national grid operator,
				// Ukrenergo": the owner named after its description.
				m := k + 2
				if s.lower(m) == "the" {
					m++
				}
				for m < len(s.toks) && m < k+7 && s.toks[m].word && !s.toks[m].cap && s.owner[m] < 0 && !clauseStops.is(s.id(m)) {
					m++
				}
				if s.lower(m) == "," && m > k+3 {
					if j := s.entAt(m + 1); j >= 0 && s.ents[j].kind == graph.Organization && !s.ents[j].ref {
						k = m
						continue
					}
				}
			}
			if o < 0 || s.ents[o].kind == graph.ThreatActor || s.ents[o].ref {
				break // "took down 100 servers used by the pro-Russian group": the attackers' own
			}
			k++ // "encrypted systems used by Askul Logist": whose systems
			continue
		}
		if (t.lower == "connected" || t.lower == "linked" || t.lower == "tied" || t.lower == "related" || t.lower == "belonging") && s.lower(k+1) == "to" ||
			t.lower == "associated" && s.lower(k+1) == "with" {
			k++ // "organizations connected to Taiwan"
			continue
		}
		if t.lower == "by" && k > from && makerVerbs.is(s.id(k-1)) {
			// "controllers made by the Israeli company Unitronics at water
			// facilities": the maker is no victim; the objects go on.
			m := k + 1
			for m < len(s.toks) && m < k+8 && s.lower(m) != "at" && s.lower(m) != "in" && s.lower(m) != "," {
				m++
			}
			k = m - 1
			continue
		}
		if (t.lower == "that" || t.lower == "those") && s.lower(k-1) == "including" && s.lower(k+1) == "of" {
			k++ // "government sites in Italy, including that of the Italian Senate"
			continue
		}
		if (t.lower == "who" || t.lower == "that") && workVerbs.is(s.id(k+1)) {
			k++ // "people who work on Middle Eastern affairs at universities"
			continue
		}
		if (t.lower == "before" || t.lower == "after" || t.lower == "during") && (s.lower(k+1) == "the" || s.lower(k+1) == "a" || s.lower(k+1) == "an") {
			// "stole data from dozens of companies before the pipeline
			// incident, among them X": a time phrase, then the list goes on.
			m := k + 2
			for m < len(s.toks) && m < k+7 && s.toks[m].word && s.owner[m] < 0 && !s.toks[m].cap && !auxiliaries.is(s.id(m)) && !reportVerbs.is(s.id(m)) {
				m++
			}
			if s.lower(m) == "," && (s.lower(m+1) == "among" || s.lower(m+1) == "including") {
				k = m
				continue
			}
		}
		if t.lower == "to" && (s.lower(k-1) == "close" || s.lower(k-1) == "up") && s.toks[min(k+1, len(s.toks)-1)].digit {
			continue // "close to 30 public bodies, including X": a number
		}
		if (t.lower == "to" || t.lower == "from") && len(out) > 0 && (s.lower(k-1) == "and" || s.lower(k-1) == "or") {
			continue // "accounts belonging to A and to B", "data from A and from B"
		}
		if t.text == "," && len(out) > 0 && (s.lower(k-1) == "and" || s.lower(k-1) == "or") {
			// "to governmental organizations in Africa and, from December
			// 2023, to at least one government in the Caribbean": a time
			// aside between two objects of one preposition.
			// "Kadokawa and, only days before the NHLS attack, the
			// software provider CDK Global": the aside names no victim.
			m, when, before := k+1, false, false
			for m < len(s.toks) && m <= k+7 && s.toks[m].text != "," {
				when = when || m <= k+5 && (s.toks[m].digit || months.is(s.id(m)) || timeAside(s, m))
				before = before || (s.lower(m) == "before" || s.lower(m) == "after") && (s.lower(m-1) == "days" || s.lower(m-1) == "weeks" || s.lower(m-1) == "months" || s.lower(m-1) == "shortly" || s.lower(m-1) == "just")
				m++
			}
			if when && s.lower(m) == "," && (s.lower(m+1) == "to" || s.lower(m+1) == "against" || s.lower(m+1) == "on") {
				k = m + 1
				continue
			}
			if before && s.lower(m) == "," && listItemAt(s, m+1) {
				k = m
				continue
			}
		}
		if t.text == ";" && len(out) > 0 && colonList(s, from) {
			// "has included: A and B; C, a think tank; and D": a
			// bulleted list, one item per semicolon.
			if s.lower(k+1) == "and" {
				k++
			}
			continue
		}
		if t.text == ";" && len(out) > 0 && from > 0 && s.lower(from-1) == "from" {
			// "came from X; from Y; and from Z": the sources go on.
			m := k + 1
			if s.lower(m) == "and" {
				m++
			}
			if s.lower(m) == "from" {
				k = m
				continue
			}
		}
		if m := timeSpan(s, k); m > k && len(out) > 0 && s.lower(m) == "," && (s.lower(m+1) == "alongside" || s.lower(m+1) == "along" || s.lower(m+1) == "including" || s.lower(m+1) == "as" && s.lower(m+2) == "well") {
			// "compromised government entities in Europe over the past
			// year, alongside intrusions at ministries in Africa".
			k = m
			continue
		}
		if t.lower == "by" && (len(out) > 0 || victimNouns.is(s.id(k-1))) {
			// "hit 900 organizations by May 2025, across North America and
			// Europe": a date, then where the victims are.
			e := k + 1
			for e < len(s.toks) && e <= k+5 && (months.is(s.id(e)) || s.toks[e].digit || s.lower(e) == "early" || s.lower(e) == "late" || s.lower(e) == "mid" || s.lower(e) == "end" || s.lower(e) == "the" || s.lower(e) == "of") {
				e++
			}
			if e > k+1 && s.lower(e) == "," && (s.lower(e+1) == "across" || s.lower(e+1) == "throughout") {
				k = e + 1
				continue
			}
		}
		if relatives.is(t.id) && len(out) > 0 && appositionOpen(s, s.ents[out[len(out)-1].ent].b, k) {
			// "listed NorthBay Healthcare, a nonprofit system that runs
			// hospitals in Fairfield and Vacaville, California, and Weiser
			// Memorial Hospital": the clause describes the victim before
			// it; the list goes on after ", and".
			if m := listResumes(s, k+1); m > 0 {
				k = m
				continue
			}
		}
		if t.text == ";" || clauseStops.is(t.id) || relatives.is(t.id) {
			break
		}
		if t.text == "," && reportClause(s, k+1) {
			break // "X and Y, the German broadcaster BR reported"
		}
		if n := s.lower(k + 1); t.text == "," && strings.HasSuffix(n, "ing") && len(n) > 5 && s.owner[k+1] < 0 && !s.toks[k+1].cap &&
			!targetVerbs.has(n) && n != "including" && n != "excluding" && n != "notably" && !namingList(s, k+1) && !gerundDescriptor(s, k+1) &&
			!(victimNouns.is(s.id(k+2)) || listNouns.is(s.id(k+2)) || s.owner[min(k+2, len(s.toks)-1)] >= 0 && s.ents[s.owner[min(k+2, len(s.toks)-1)]].kind == graph.Sector) {
			// Not "individuals, gambling companies and ...": a noun phrase.
			break // "members of a party, delivering LODEINFO": what the actor did next
		}
		if t.text == "," && k+1 < len(s.toks) && (clauseStops.is(s.id(k+1)) && !(s.lower(k+1) == "as" && s.lower(k+2) == "well") || finiteBe.is(s.id(k+1)) || s.lower(k+1) == "and" && (auxiliaries.is(s.id(k+2)) || s.lower(k+2) == "has" || s.lower(k+2) == "have" || placeTimePreps.is(s.id(k+2)) || pastVerb(s, k+2))) {
			break
		}
		if t.lower == "and" && x.newClause(s, k+1) {
			break // "X, and the US Justice Department indicted ..."
		}
		if n := s.lower(k + 1); t.lower == "and" && predicateAt(s, k+1) && !targetVerbs.has(n) && !gangVerbs.has(n) && !hackVerbs.has(n) && !leakVerbs.has(n) && !listingVerbs.has(n) &&
			!takeVerbs.has(n) && !disruptVerbs.has(n) && !harmVerbs.has(n) {
			break // "destroyed the bank's data and described Sepah as ...": a predicate of its own
		}
	}
	return out
}

// dataHeldAt returns the first token of the holder in "exposed the personal
// records of about 1.25 million people at X" when a verb of exposure at k
// opens it, else -1: the data, then where it was kept.
func dataHeldAt(s *sent, k int) int {
	if l := s.lower(k); l != "exposed" && l != "leaked" && l != "stole" && l != "copied" && l != "took" || s.owner[k] >= 0 {
		return -1
	}
	data := false
	for m := k + 1; m < len(s.toks) && m <= k+14; m++ {
		l := s.lower(m)
		data = data || dataNouns.is(s.id(m))
		if (l == "at" || l == "from") && data {
			return m + 1
		}
		if o := s.owner[m]; o >= 0 && s.ents[o].kind != graph.Sector || clauseStops.is(s.id(m)) || l == "," || l == ";" || l == "." {
			return -1
		}
	}
	return -1
}

// namingList reports whether "naming" at k lists the victims of a plural
// noun before it: "hit the services of several of the country's largest
// lenders, naming Sberbank, Alfa-Bank and VTB".
func namingList(s *sent, k int) bool {
	if s.lower(k) != "naming" {
		return false
	}
	o := s.owner[min(k+1, len(s.toks)-1)]
	return o >= 0 && s.ents[o].a == k+1 && s.ents[o].kind == graph.Organization && strings.HasSuffix(s.lower(k-2), "s")
}

// itSystems reports whether the sector e is "information technology" or
// "IT" before a word for systems: the victim's own computers, not the
// technology sector.
func itSystems(s *sent, e ent) bool {
	it := e.b-e.a == 1 && s.lower(e.a) == "it" || e.b-e.a == 2 && s.lower(e.a) == "information" && s.lower(e.a+1) == "technology"
	return it && assetNouns.is(s.id(e.b))
}

// abstractObjects are ideas an attack is said to strike at.
var abstractObjects = set(`freedom|freedoms|democracy|sovereignty|liberty`)

// finiteBe after a comma opens the predicate of a subject named before
// the verb: "the attack, built to destroy files, was the work of X".
var finiteBe = set(`was|were|is|are`)

// predicateAt reports whether a verb in the past with an object of its own
// starts at k: "described Sepah as", "praised the", not "armored vehicles".
func predicateAt(s *sent, k int) bool {
	l := s.lower(k)
	if k+1 >= len(s.toks) || s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap || !strings.HasSuffix(l, "ed") || len(l) < 5 {
		return false
	}
	n := s.lower(k + 1)
	if j := s.entAt(k + 1); j >= 0 {
		return !s.ents[j].demonym && s.ents[j].kind != graph.Sector && s.toks[k+1].cap // not "exiled opposition figures"
	}
	return n == "the" || n == "a" || n == "an" || n == "its" || n == "their" || n == "it" || n == "them" || n == "that"
}

// harmVerbs follow "and" in a predicate whose object is hurt all the same:
// "disrupted A and forced B to ...".
var harmVerbs = set(`forced|left|caused|prompted|crippled|locked|exposed|shut|knocked|paralyzed|paralysed|encrypted|exfiltrated|accessed|infected`)

// sufferedBetween reports whether tokens [a, b) tell of an incident
// suffered, as sufferAt reads it: "that disclosed breaches", "that have
// acknowledged incidents".
func sufferedBetween(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.owner[k] < 0 && sufferAt(s, k) >= 0 {
			return true
		}
	}
	return false
}

// amongAfter returns the last token of ", among them" or ", including"
// within the next words from k, or -1: where the examples of a noun
// described by a clause begin.
func amongAfter(s *sent, k int) int {
	for m := k; m < len(s.toks) && m <= k+14; m++ {
		if s.lower(m) == ";" || s.lower(m) == "." {
			return -1
		}
		if s.lower(m) == "," && s.lower(m+1) == "among" && s.lower(m+2) == "them" {
			return m + 2
		}
		if s.lower(m) == "," && s.lower(m+1) == "including" {
			return m + 1
		}
	}
	return -1
}

// colonListAfter returns the colon of "across several organisations:" or
// "at the following agencies:" within a few words from k, or -1: a plural
// noun of victims ends the words before the colon.
func colonListAfter(s *sent, k int) int {
	for m := k; m < len(s.toks) && m <= k+6; m++ {
		if s.lower(m) == ":" {
			if m > k && (listNouns.is(s.id(m-1)) || victimNouns.is(s.id(m-1))) && s.owner[m-1] < 0 {
				return m
			}
			return -1
		}
		if s.owner[m] >= 0 || clauseStops.is(s.id(m)) || !s.toks[m].word {
			return -1
		}
	}
	return -1
}

// assetSubject reports whether the subject [a, b) is a victim's assets
// with no name in it: "nine email accounts", "the mailboxes".
func assetSubject(s *sent, a, b int) bool {
	found := false
	for k := a; k < b; k++ {
		if s.owner[k] >= 0 {
			return false
		}
		found = found || assetNouns.is(s.id(k))
	}
	return found
}

// tiedTo reports whether the words from k tell what something is tied
// to, a few qualifiers first: "almost all connected to", "mostly linked
// with".
func tiedTo(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+3; m++ {
		if l := s.lower(m); (l == "connected" || l == "linked" || l == "tied" || l == "related") && (s.lower(m+1) == "to" || s.lower(m+1) == "with") {
			return true
		}
		if l := s.lower(m); !adverbs.is(s.id(m)) && l != "almost" && l != "mostly" && l != "largely" && l != "mainly" && l != "closely" {
			return false
		}
	}
	return false
}

// pluralSubject reports whether the words [a, b) are a plural noun of
// victims and no name: "At least seven organizations".
func pluralSubject(s *sent, a, b int) bool {
	found := false
	for k := a; k < b; k++ {
		if o := s.owner[k]; o >= 0 && !(s.ents[o].kind == graph.Sector && !s.toks[k].cap) {
			return false
		}
		found = found || listNouns.is(s.id(k)) || victimNouns.is(s.id(k))
	}
	return found
}

// listItemAt reports whether another item of a list of victims starts at
// token k: a name, or an article or "and" before one within a few words.
// appositionOpen reports whether the words from b (just past a victim's
// name) up to k are an apposition that describes it: ", a nonprofit system"
// or ", the pathology provider".
func appositionOpen(s *sent, b, k int) bool {
	if s.lower(b) != "," || k-b < 3 || k-b > 8 {
		return false
	}
	if l := s.lower(b + 1); l != "a" && l != "an" && l != "the" {
		return false
	}
	for m := b + 2; m < k; m++ {
		if !s.toks[m].word || s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.ThreatActor {
			return false
		}
	}
	return true
}

// listResumes returns the comma of the ", and" after which a list of victims
// goes on past a clause that began at k, or -1 when none follows within the
// sentence before a semicolon or a new clause.
func listResumes(s *sent, k int) int {
	for m := k; m < len(s.toks) && m < k+25; m++ {
		if s.toks[m].text == ";" || s.toks[m].text == "\"" || s.toks[m].text == "“" || s.toks[m].text == "”" {
			return -1
		}
		if s.toks[m].text == "," && s.lower(m+1) == "and" && listItemAt(s, m+2) {
			return m + 1
		}
	}
	return -1
}

// timeSpan returns the end of a span of time that starts at k ("over the
// past year", "in the last two months", "during the previous decade"), or k
// when none starts there.
func timeSpan(s *sent, k int) int {
	l := s.lower(k)
	if (l == "over" || l == "for") && s.lower(k+1) != "the" {
		// "over several years", "for two months".
		if e := durationRun(s, k+1); e > k+1 {
			return e
		}
		return k
	}
	if l != "over" && l != "in" && l != "during" && l != "throughout" || s.lower(k+1) != "the" {
		return k
	}
	if l := s.lower(k + 2); l == "years" || l == "months" || l == "decades" {
		return k + 3 // "over the years"
	}
	m := k + 2
	if l := s.lower(m); l != "past" && l != "last" && l != "previous" && l != "following" {
		return k
	}
	m++
	if s.toks[min(m, len(s.toks)-1)].digit || teamNumbers.is(s.id(m)) || s.lower(m) == "few" || s.lower(m) == "several" {
		m++
	}
	switch s.lower(m) {
	case "year", "years", "month", "months", "week", "weeks", "decade", "decades", "day", "days":
		return m + 1
	}
	return k
}

// possessed reports whether the noun at k has an actor or a pronoun for
// its owner, past its adjectives: "the group's best-known claims", "its
// largest claims".
func possessed(s *sent, k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if l := s.lower(m); l == "its" || l == "their" {
			return true
		}
		if l := s.lower(m); l == "'s" || l == "’s" {
			o := s.owner[max(m-1, 0)]
			return o >= 0 && s.ents[o].kind == graph.ThreatActor // not "Marlow Bank's claims"
		}
		if !s.toks[m].word || s.owner[m] >= 0 || s.toks[m].cap {
			return false
		}
	}
	return false
}

// deniedVictim reports whether the words before token i deny that the
// subject from start on was a victim: "there is no indication that X was
// among his victims", "X was not among them".
func deniedVictim(s *sent, start, i int) bool {
	for k := max(start, i-3); k < i; k++ {
		if l := s.lower(k); l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	for k := 1; k < start && k < len(s.toks); k++ {
		if s.lower(k-1) == "no" && (s.lower(k) == "indication" || s.lower(k) == "evidence" || s.lower(k) == "sign" || s.lower(k) == "suggestion") {
			return true
		}
	}
	return false
}

// memberStates reports whether the words at b name the members of the
// organization before them: "hitting NATO members", "EU member states",
// "NATO allies". The members were hit, not the body.
func memberStates(s *sent, b int) bool {
	switch s.lower(b) {
	case "members":
		return true
	case "member":
		return memberNouns.is(s.id(b + 1))
	}
	return false
}

// deniedThat reports whether the verb at i is in a clause that "no
// evidence that" or "no indication that" denies: "it found no evidence that
// the services had targeted Cancellato".
func deniedThat(s *sent, i int) bool {
	for k := i - 1; k >= 2 && k >= i-14; k-- {
		switch l := s.lower(k); {
		case l == ";" || l == "but" || l == "however":
			return false
		case l == "that" && s.lower(k-2) == "no" && (s.lower(k-1) == "indication" || s.lower(k-1) == "evidence" || s.lower(k-1) == "sign" || s.lower(k-1) == "suggestion" || s.lower(k-1) == "proof"):
			return true
		}
	}
	return false
}

// semicolonItem reports whether the words after a semicolon open another
// item of a list: "the pharmaceutical company Merck, whose", "and the food
// company Mondelez International".
func semicolonItem(s *sent, k int) bool {
	if s.lower(k) == "and" {
		k++
	}
	if s.lower(k) != "the" {
		return false
	}
	m := k + 1
	for m < len(s.toks) && m <= k+4 && s.toks[m].word && !s.toks[m].cap && (s.owner[m] < 0 || s.ents[s.owner[m]].kind == graph.Sector) {
		m++ // "the pharmaceutical company": a role, maybe read as a sector
	}
	o := s.owner[min(m, len(s.toks)-1)]
	if m == k+1 || o < 0 || !isVictim(s.ents[o]) || s.ents[o].kind == graph.Sector {
		return false
	}
	e := s.ents[o].b
	return e >= len(s.toks) || s.lower(e) == "," || s.lower(e) == ";" || s.lower(e) == "."
}

func listItemAt(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+6; m++ {
		if o := s.owner[m]; o >= 0 && !(s.ents[o].kind == graph.Country && s.ents[o].demonym) {
			return isVictim(s.ents[o])
		}
		if l := s.lower(m); !s.toks[m].word && s.owner[m] < 0 || clauseStops.has(l) || relatives.has(l) || auxiliaries.has(l) || reportVerbs.has(l) || pronouns.has(l) {
			return false
		}
	}
	return false
}

// whoseActor returns the actor that a "whose" at or just before p hangs on,
// past an apposition: "KillNet, the most visible DDoS collective, whose
// June campaign against X", "Sandworm, whose attacks on Y". It returns -1
// when the word is no "whose" or no actor stands before it.
func whoseActor(s *sent, p int) int {
	for p >= 0 && (months.is(s.id(p)) || s.toks[p].digit) && s.owner[p] < 0 {
		p-- // "whose June 2022 campaign"
	}
	if p < 2 || s.lower(p) != "whose" || s.lower(p-1) != "," {
		return -1
	}
	k := p - 2
	if j := s.entAt(k); j >= 0 {
		if s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
			return j
		}
		return -1
	}
	// An apposition between commas: "X, the most visible ... collective,".
	for m := k; m >= 0 && m >= k-10; m-- {
		if s.lower(m) == "," {
			if j := s.entAt(m - 1); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && (s.lower(m+1) == "the" || s.lower(m+1) == "a" || s.lower(m+1) == "an") {
				return j
			}
			return -1
		}
		if s.owner[m] >= 0 && !s.ents[s.owner[m]].demonym && !s.ents[s.owner[m]].guess || !s.toks[m].word && s.toks[m].text != "-" {
			return -1
		}
	}
	return -1
}

// anyonePronouns before "whose" name no one: "anyone whose data".
var anyonePronouns = set(`anyone|anybody|everyone|everybody|someone|somebody|those|whoever`)

// whoseHead returns where the phrase that "whose" at w hangs on starts: the
// names and sectors right before it, joined by commas and "and", back to
// no further than start.
// dependentNouns are the people of an organization: "notifying customers
// whose information may have been exposed" tells of the notifier's breach.
var dependentNouns = set(`customers|clients|employees|patients|staff|users|members|students|donors|subscribers|
policyholders|holders|workers|residents|citizens|passengers|guests|shoppers|consumers|account-holders`)

func whoseHead(s *sent, start, w int) int {
	k := w - 1
	if anyonePronouns.is(s.id(k)) {
		return w // "would contact anyone whose information had been compromised": no one named
	}
	comma := s.lower(k) == ","
	if comma {
		k--
	}
	if j := s.entAt(k); j < 0 && !comma && s.toks[k].word && !s.toks[k].cap && !dependentNouns.is(s.id(k)) {
		// "did not identify the country whose site was hacked": a common
		// noun names no one, unless the subject is among them ("were
		// among the officials whose accounts").
		m := k
		for m > start && s.toks[m].word && !s.toks[m].cap && s.owner[m] < 0 && s.lower(m) != "the" && s.lower(m) != "a" && s.lower(m) != "an" {
			m--
		}
		if l := s.lower(m - 1); l != "among" && l != "of" && l != "as" {
			return w
		}
		return start
	}
	if j := s.entAt(k); j < 0 || s.ents[j].kind == graph.Sector && (comma || s.lower(s.ents[j].a-1) == "the" && (s.lower(s.ents[j].a-2) == "among" || s.lower(s.ents[j].a-2) == "of")) {
		// "were among the officials whose accounts", "Telefónica, the
		// telecom company, whose systems": the head names no one, or
		// describes a name before it.
		return start
	}
	head := w
	for k >= start {
		j := s.entAt(k)
		if j < 0 {
			break
		}
		head = s.ents[j].a
		k = head - 1
		if s.lower(k) == "the" {
			k--
		}
		if l := s.lower(k); l != "," && l != "and" {
			break
		}
		k--
	}
	return head
}

// madeBy reports whether organization e names a product of the one the
// sentence speaks of: "the maker of "Pac-Man"", "the "Elden Ring"
// publisher".
func madeBy(s *sent, e ent) bool {
	a, b := e.a, e.b
	if q := s.toks[max(a-1, 0)].text; q == "\"" || q == "“" {
		a--
	}
	if q := s.toks[min(b, len(s.toks)-1)].text; b < len(s.toks) && (q == "\"" || q == "”") {
		b++
	}
	if s.lower(a-1) == "of" && makerNouns.is(s.id(a-2)) {
		return true
	}
	if s.lower(a-1) == "the" && s.lower(a-2) == "of" && makerNouns.is(s.id(a-3)) && productAfter(s, b) {
		return true // "the German manufacturer of the IRIS-T air-defense system"
	}
	return a > 0 && (s.lower(a-1) == "the" || s.lower(a-1) == "a") && makerNouns.is(s.id(b))
}

// makerNouns name an organization by what it makes: "the maker of X", "the
// X publisher".
var makerNouns = set(`maker|makers|publisher|developer|creator|creators|producer|studio|manufacturer|manufacturers`)

// madeNouns name made things a maker is known by: "the maker of the
// Leopard battle tank".
var madeNouns = set(`game|games|vehicle|vehicles|car|cars|aircraft|jet|jets|missile|missiles|drone|drones|tank|tanks|
rifle|rifles|submarine|submarines|frigate|frigates|helicopter|helicopters|satellite|satellites|vaccine|vaccines|drug|phone|phones`)

// productAfter reports whether a product noun follows the name ending at b,
// within three words: "the IRIS-T air-defense system", "the Elden Ring game".
func productAfter(s *sent, b int) bool {
	for k := b; k < len(s.toks) && k < b+3 && s.toks[k].word && !s.toks[k].cap; k++ {
		if techNouns.is(s.id(k)) || releaseNouns.is(s.id(k)) || madeNouns.is(s.id(k)) {
			return true
		}
	}
	return false
}

// excepted reports whether the entity at a is left out of what the
// sentence says: "every continent except Antarctica", "excluding Russia",
// "other than the CIS".
func excepted(s *sent, a int) bool {
	k := a - 1
	if s.lower(k) == "the" {
		k--
	}
	switch s.lower(k) {
	case "except", "excluding", "sparing", "outside":
		return true
	case "than":
		return s.lower(k-1) == "other"
	case "from":
		return s.lower(k-1) == "apart" || s.lower(k-1) == "aside"
	}
	return false
}

// reportClause reports whether a short clause of reporting starts at token
// k: a subject of a few words, then a reporting verb ("the German public
// broadcaster BR reported", "officials said", "it said").
func reportClause(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m < k+7; m++ {
		l := s.lower(m)
		lID := s.id(m)
		if (reportVerbs.is(lID) || researchVerbs.is(lID)) && s.owner[m] < 0 {
			return m > k
		}
		if (findingVerbs.is(lID) || l == "warns" || l == "claims") && s.owner[m] < 0 && (m+1 >= len(s.toks) || !s.toks[m+1].word) {
			return m > k // "..., Mandiant finds": the closing source of a headline
		}
		if l == "," || l == ";" || relatives.is(lID) || auxiliaries.is(lID) || perfect.is(lID) || !s.toks[m].word {
			return false
		}
	}
	return false
}

// researchVerbs start a clause in which a vendor or an agency tells of an
// attack: ", and Cisco Talos documented a campaign against ...".
var researchVerbs = set(`documented|described|detailed|observed|tracked|uncovered|discovered|analyzed|analysed|attributed|linked|identified`)

// embeddedVerbs after an entity make it the subject of a clause inside:
// "which the FBI accused of", "that the US government assesses is".
var embeddedVerbs = set(`assess|assesses|assessed|believe|believes|believed|accused|accuses|alleged|alleges|charged|
charges|blamed|blames|considers|considered|describes|described|calls|called|tracks|tracked|named|identified`)

// sectorAt reports whether a sector's name starts at token k: "U.S.
// defense contractors" places victims, "the U.S. defense secretary" names a
// title.
func sectorAt(s *sent, k int) bool {
	j := s.entAt(k)
	return j >= 0 && s.ents[j].kind == graph.Sector && s.ents[j].a == k
}

// orgParts after a country make it a modifier: "the bank's US arm".
var orgParts = set(`arm|arms|unit|units|branch|branches|subsidiary|subsidiaries|division|office|offices|operations|
affiliate|affiliates|embassy|consulate|ambassador`)

// memberNouns after an organization make it a place: "in a NATO member state".
var memberNouns = set(`member|members|country|countries|state|states|nation|nations`)

// workVerbs after "who" keep a list of victims going: "people who work at X".
var workVerbs = set(`work|works|worked|working|serve|serves|served|study|studies|live|lives|report|reports|focus|focuses`)

// sponsorNouns open a phrase naming who ordered an attack.
var sponsorNouns = set(`request|behest|direction|orders|behalf|instruction|instructions|command`)

// makerVerbs before "by" name who made or runs a thing, not an attacker.
var makerVerbs = set(`made|produced|manufactured|owned|operated|run|sold|developed|built|supplied|provided|hosted`)

// placeTimePreps open an adverbial that starts a new clause after ", and":
// "..., and in 2020 the Justice Department indicted".
var placeTimePreps = set(`in|on|at|after|before|during|since|later|then|last|earlier|meanwhile|separately`)

// newClause reports whether a subject and its verb start at token k: an
// entity (after "the") followed by a finite verb.
func (x *extraction) newClause(s *sent, k int) bool {
	if s.lower(k) == "the" {
		k++
	}
	// "and security firm AhnLab has documented ...": up to two words
	// that say what the subject is.
	for d := 0; d < 2 && s.entAt(k) < 0 && s.toks[min(k, len(s.toks)-1)].word && !s.toks[min(k, len(s.toks)-1)].cap && describerNouns.is(s.id(k)); d++ {
		k++
	}
	j := s.entAt(k)
	if j < 0 {
		return false
	}
	m := s.ents[j].b
	for m < len(s.toks) && m < s.ents[j].b+2 && (adverbs.is(s.id(m)) || s.lower(m) == "also" || s.lower(m) == "later") {
		m++ // "and Talos also found it had ..."
	}
	v := s.lower(m)
	vID := s.id(m)
	return auxiliaries.is(vID) || perfect.is(vID) || reportVerbs.is(vID) || findVerbs.is(vID) || v == "indicted" || v == "charged" || v == "sanctioned" ||
		v == "blamed" || v == "accused" || v == "attributed" || v == "linked"
}

// basedAt reports whether "-based" follows at k, after an abbreviation's
// dot or not: "Ont.-based", "Calif.-based".
func basedAt(s *sent, k int) bool {
	if s.lower(k) == "." {
		k++
	}
	return s.lower(k) == "-" && s.lower(k+1) == "based"
}

// describerNouns say what a named subject is: "security firm", "the
// research company".
var describerNouns = set(`security|cybersecurity|research|firm|company|vendor|researcher|researchers|outlet|provider|specialist|consultancy|lab|labs`)

// demonymVictim reports whether the demonym ending before token k
// qualifies a generic victim noun: "Taiwanese organizations", "Japanese and
// Taiwanese companies".
func demonymVictim(s *sent, k int) bool {
	mods := 0
	for ; k < len(s.toks); k++ {
		l := s.lower(k)
		lID := s.id(k)
		if l == "and" || l == "or" || l == "," {
			continue
		}
		if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.Country && s.ents[j].demonym {
			k = s.ents[j].b - 1
			continue
		}
		if dissentNouns.is(lID) {
			return false // "Chinese dissidents living abroad": the state's opponents, not the state
		}
		if j := s.owner[k]; j >= 0 {
			// "Colombian government institutions", "the Cambodian senate".
			e := s.ents[j]
			return e.kind == graph.Sector || e.kind == graph.Organization && !e.guess && !s.toks[k].cap
		}
		if (l == "websites" || l == "sites") && stagingSites(s) {
			return false // "compromised three Japanese websites to perform watering hole attacks": the actor's staging ground
		}
		if victimNouns.is(lID) || l == "customers" || l == "clients" {
			return true // "European and Central American customers"
		}
		// "American water utilities": up to two modifiers before the noun,
		// not across a preposition ("Middle Eastern affairs at universities").
		mods++
		if mods > 2 || !s.toks[k].word || s.toks[k].cap || relatives.is(lID) || clauseStops.is(lID) || auxiliaries.is(lID) || objectPreps.is(lID) || l == "in" {
			return false
		}
	}
	return false
}

// partnerNouns name those a victim does business with, who are not hit with it.
var partnerNouns = set(`partners|suppliers|shareholders|investors|backers|owners|brands|clientele|customer|client`)

// dissentNouns after a demonym name people who stand against that country's
// state, live outside it or are its minorities: the country is no victim.
var dissentNouns = set(`dissident|dissidents|minority|minorities|exile|exiles|diaspora|diasporas|émigrés|emigres|defector|defectors|refugees|opposition|opponents|critics`)

// confidence for a rule, lower when the actor comes from context.
func conf(base float64, ref bool) float64 {
	if ref {
		return base - 0.2
	}
	return base
}

func (x *extraction) target(s *sent, actor graph.Node, vs []victim, rule string, c float64, locate string) {
	for _, v := range vs {
		e := s.ents[v.ent]
		if k := placeAcronym(s, e); k >= 0 {
			// "the municipal transport network of Coimbra, SMTUC,"
			if j := s.entAt(k); j >= 0 {
				e = s.ents[j]
			} else {
				e = ent{a: k, b: k + 1, kind: graph.Organization, node: graph.NewNode(graph.Organization, s.toks[k].text)}
			}
		}
		if parentCompany(s, v.ent) || ownedProduct(s, e) || warTheatre(s, e) || ownSurname(actor, e) || venue(s, e) {
			continue
		}
		if e.kind == graph.Country && describesNames(s, e.b) {
			continue // "Two U.S. chemical makers, Hexion and Momentive": the companies
		}
		if e.node.Props["described"] != "" {
			x.describedTarget(actor, e, s, rule, c)
			continue
		}
		x.add(graph.Targeted, actor, e.node, s, rule, c)
		if e.govt != "" {
			// "targeted the Indian government": the state and its government.
			g := governmentNode(e.node, e.govt)
			x.add(graph.Targeted, actor, g, s, rule, c)
			x.locate(g, e.node.Props["iso"], s, "government-of", 0.9)
		}
		if v.country != "" {
			x.locate(e.node, v.country, s, "in-country", 0.75)
		} else if locate != "" && e.kind == graph.Organization && e.country == "" {
			x.locate(e.node, locate, s, "list-country", 0.7)
		}
	}
}

// ownSurname reports whether e is the actor's own surname, which a report
// uses for a hacker it has named in full: "Pinto, who sat impassively as
// the verdict was read" is Rui Pinto, no victim of his.
func ownSurname(actor graph.Node, e ent) bool {
	if !e.guess || e.kind != graph.Organization && e.kind != graph.Person || strings.Contains(e.node.Name, " ") {
		return false
	}
	return strings.HasSuffix(actor.Name, " "+e.node.Name)
}

// acquiredVerbs tell that the organization before them bought the one the
// clause describes.
var acquiredVerbs = set(`acquired|bought|purchased|owns`)

// parentCompany reports whether organization j is named only as the parent
// of a victim the sentence names: "Xerox Business Solutions, the U.S.
// business services arm of Xerox", "the U.S. arm of ICBC, ICBC Financial
// Services", "Sony's Insomniac Games studio". The subsidiary was hit, not
// the group. When the subsidiary has no name of its own ("the US arm of
// ICBC"), the parent is the victim the text gives.
func parentCompany(s *sent, j int) bool {
	e := s.ents[j]
	if e.kind != graph.Organization {
		return false
	}
	named := func(k int) bool {
		o := s.entAt(k)
		return o >= 0 && o != j && s.ents[o].kind == graph.Organization && !s.ents[o].ref
	}
	if subsidiaryNouns.is(s.id(e.b)) && named(e.b+1) {
		return true // "American Airlines subsidiary Envoy Air"
	}
	if acquiredVerbs.is(s.id(e.b)) && e.a > 0 && s.toks[e.a-1].word && !s.toks[e.a-1].cap && s.lower(e.a-1) != "and" && s.lower(e.a-1) != "or" {
		// "Home Chef, the meal-kit business Kroger acquired in 2018": the
		// buyer of the victim the sentence names.
		return true
	}
	if d := s.lower(e.a - 1); subsidiaryNouns.is(s.id(e.b)) && (d == "the" || d == "a") && s.lower(e.a-2) == "," && named(e.a-3) {
		return true // "Change Healthcare, the UnitedHealth Group subsidiary"
	}
	if l := s.lower(e.b); (l == "'s" || l == "’s") && named(e.b+1) {
		end := s.ents[s.entAt(e.b+1)].b
		return subsidiaryNouns.is(s.id(end)) // "Sony's Insomniac Games studio"
	}
	if l := s.lower(e.b); l == "'s" || l == "’s" {
		// "FedEx's European subsidiary TNT Express": the parent before a
		// described subsidiary.
		for m := e.b + 1; m < len(s.toks) && m <= e.b+3; m++ {
			if subsidiaryNouns.is(s.id(m)) {
				return named(m + 1)
			}
			if !s.toks[m].word || s.owner[m] >= 0 && s.ents[s.owner[m]].kind != graph.Country {
				break
			}
		}
	}
	k := e.a - 1
	if l := s.lower(k); (l == "'s" || l == "’s") && s.entAt(k-1) >= 0 && s.ents[s.entAt(k-1)].kind == graph.Country {
		k = s.ents[s.entAt(k-1)].a - 1 // "arm of India's Tata Group"
	}
	for n := 0; k > 0 && n < 4 && s.lower(k) != "of" && s.toks[k].word && s.owner[k] < 0; n++ {
		k-- // "arm of Japanese tire maker Bridgestone"
	}
	if s.lower(k) != "of" || !subsidiaryNouns.is(s.id(k-1)) {
		return false
	}
	// The subsidiary in apposition carries the parent's first word, which
	// tells it from the next item of a list ("Royal Mail, the U.S. arm of
	// ICBC, aerospace giant Boeing").
	sameFirst := func(k int) bool {
		o := s.ents[s.entAt(k)]
		first := s.toks[o.a].text
		initials := ""
		for i := e.a; i < e.b; i++ {
			if s.toks[i].cap {
				initials += s.toks[i].text[:1]
			}
		}
		return strings.EqualFold(first, s.toks[e.a].text) || first == initials // "ICBC Financial Services"
	}
	if s.lower(e.b) == "," && named(e.b+1) {
		return sameFirst(e.b + 1) // "the US arm of ICBC, ICBC Financial Services,"
	}
	// "Xerox Business Solutions, the U.S. business services arm of Xerox"
	for m := k - 1; m > 0 && m >= k-6; m-- {
		if s.lower(m) == "the" || s.lower(m) == "a" {
			return s.lower(m-1) == "," && named(m-2) && sameFirst(m-2)
		}
	}
	return false
}

// warTheatre reports whether the country e is named as the place of a war
// or an invasion, not as anyone's victim: "events connected to the war in
// Ukraine", "since the invasion of Ukraine".
func warTheatre(s *sent, e ent) bool {
	if e.kind != graph.Country || e.demonym {
		return false
	}
	p := s.lower(e.a - 1)
	w := s.lower(e.a - 2)
	return (p == "in" || p == "over") && (w == "war" || w == "conflict" || w == "fighting") || p == "of" && (w == "invasion" || w == "occupation")
}

// subsidiaryNouns name a part of a company: "arm of", "'s subsidiary".
var subsidiaryNouns = set(`arm|arms|subsidiary|subsidiaries|unit|division|affiliate|branch|studio`)

// prevWord returns the index of the word before i, skipping adverbs.
func (s *sent) prevWord(i int) int {
	k := i - 1
	for k >= 0 && (adverbs.is(s.id(k)) || lyAdverb(s, k) || s.lower(k) == "itself" || s.lower(k) == "themselves") {
		k-- // "was itself breached"
	}
	return k
}

// sinceThen returns the token after a phrase of time that opens at k ("until
// now", "so far", "to date"), else k: "its best-known victim until now was X".
func sinceThen(s *sent, k int) int {
	switch s.lower(k) + " " + s.lower(k+1) {
	case "until now", "so far", "to date", "till now", "until today":
		return k + 2
	}
	return k
}

// lyAdverb reports whether token k is an adverb in -ly that no list names:
// "were briefly knocked offline", "was temporarily disrupted".
func lyAdverb(s *sent, k int) bool {
	l := s.lower(k)
	lID := s.id(k)
	return len(l) > 5 && strings.HasSuffix(l, "ly") && s.owner[k] < 0 && !s.toks[k].cap && !lyNouns.is(lID)
}

// lyNouns end in -ly but are no adverbs.
var lyNouns = set(`family|supply|assembly|reply|anomaly|monopoly|rally|butterfly|ally|italy|july|bully|jelly|belly`)

// usedSoftware reports whether entity j is malware or a tool that actor a
// uses in the words between them: "the group used NotPetya, which crippled
// X" tells what the group's malware did.
func usedSoftware(s *sent, a, j int) bool {
	if j < 0 || s.ents[j].kind != graph.Malware && s.ents[j].kind != graph.Tool {
		return false
	}
	for k := s.ents[a].b; k < s.ents[j].a; k++ {
		if useVerbs.is(s.id(k)) {
			return true
		}
		if clauseStops.is(s.id(k)) || s.owner[k] >= 0 && s.owner[k] != a && s.owner[k] != j {
			return false
		}
	}
	return false
}

// soldAccess returns the token after "access to" when the verb at i sells
// it ("offered to sell "root access" to the network of X", "was selling
// access to X", "auctioned off access to X"), else -1.
func soldAccess(s *sent, i int) int {
	switch s.lower(i) {
	case "sell", "sells", "selling", "sold", "auctioned", "auctioning", "auction", "advertised", "advertising", "advertises", "peddled", "peddling", "hawked", "offering", "offered":
	default:
		return -1
	}
	k := i + 1
	if s.lower(k) == "off" {
		k++
	}
	for m := k; m < len(s.toks) && m <= k+4; m++ {
		if s.lower(m) == "access" {
			if s.lower(m+1) == "\"" || s.lower(m+1) == "”" {
				m++
			}
			if s.lower(m+1) != "to" {
				return -1
			}
			for b := m + 2; b < len(s.toks) && b <= m+5; b++ {
				if buyerNouns.is(s.id(b)) || s.owner[b] >= 0 && s.ents[s.owner[b]].kind == graph.ThreatActor {
					return -1 // "selling access to ransomware affiliates of ALPHV": the buyers
				}
			}
			return m + 2
		}
		if l := s.lower(m); s.owner[m] >= 0 || clauseStops.has(l) || l != "\"" && l != "“" && !s.toks[m].word {
			return -1
		}
	}
	return -1
}

// buyerNouns are those an access broker sells to.
var buyerNouns = set(`affiliates|affiliate|criminals|buyers|buyer|gangs|gang|groups|operators|hackers|actors|ransomware|bidder|bidders|customers|clients`)

// asideTimes are the spans a time aside names: "and, this week, to X".
var asideTimes = set(`week|weekend|month|year|summer|spring|autumn|fall|winter|morning|day|time`)

// timeAside reports whether the words at m tell a time without a date:
// "this week", "last month", "more recently", "later".
func timeAside(s *sent, m int) bool {
	switch l := s.lower(m); l {
	case "later", "earlier", "recently", "yesterday", "today", "subsequently", "separately", "meanwhile":
		return true
	case "this", "last", "that", "next":
		return asideTimes.is(s.id(m + 1))
	}
	return false
}

// nameAhead reports whether a name follows k, right away or after a
// possessive and its nouns ("its sister companies Embratel"), with no
// preposition between: not "along with messages from supporters of X".
func nameAhead(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+4; m++ {
		if s.owner[m] >= 0 || s.capWord(m) {
			return true
		}
		if s.lower(m) == "of" && (hijackNouns.is(s.id(m-1)) || assetNouns.is(s.id(m-1))) {
			continue // "along with the site of the Administrative Appeals Tribunal"
		}
		if !s.toks[m].word || clauseStops.is(s.id(m)) || objectPreps.is(s.id(m)) || s.lower(m) == "of" || s.lower(m) == "from" {
			return false
		}
	}
	return false
}

// hijackedObject reports whether what follows k, within a few words, is
// what attackers take over: "websites and social media accounts".
func hijackedObject(s *sent, k int) bool {
	return nounAhead(s, k, hijackNouns)
}

// nounAhead reports whether a noun of nouns heads the phrase at k, within
// six words and before the clause ends: "websites and social media
// accounts", "Dorsey's Twitter account".
func nounAhead(s *sent, k int, nouns *wordSet) bool {
	for m := k; m < len(s.toks) && m <= k+6; m++ {
		if nouns.is(s.id(m)) {
			return true
		}
		if s.lower(m) == "," && m > k && (s.owner[m-1] >= 0 || s.toks[m-1].cap) && m+1 < len(s.toks) && s.toks[m+1].cap {
			continue // "the Twitter, Quora and Pinterest accounts"
		}
		if clauseStops.is(s.id(m)) && s.lower(m) != "and" || !s.toks[m].word && s.lower(m) != "'s" && s.lower(m) != "’s" && s.owner[m] < 0 {
			return false
		}
	}
	return false
}

// postVerbs put words out through an account.
var postVerbs = set(`posted|tweeted|published|broadcast|sent|messaged|wrote|posting|tweeting|publishing|sending`)

// hijackNouns are what attackers take over.
var hijackNouns = set(`website|websites|site|sites|account|accounts|profile|profiles|systems|servers|domain|domains|homepage|homepages|channel|channels|screens|feeds|broadcast|broadcasts|network|networks|portal|portals|page|pages|handle|handles`)

// bodyParts are the parts of a body an -ing word may describe: "the
// offensive hacking division of the NSA" is no verb.
var bodyParts = set(`division|divisions|arm|arms|branch|branches|wing|wings|department|departments|directorate|office|bureau|center|centre|squad`)

// svoTarget: "X targeted Y", "X has been breaking into Y", "X ..., targeting A, B and C".
// ransomAsked returns the token after "asked" when what follows is a
// ransom asked of someone: "asked Taiwanese computer maker Acer for $50
// million", "asking the city for 13 bitcoin"; else 0.
func ransomAsked(s *sent, i int) int {
	if l := s.lower(i); l != "asked" && l != "asking" && l != "asks" && l != "ask" {
		return 0
	}
	for k := i + 1; k < len(s.toks) && k <= i+8; k++ {
		if s.lower(k) != "for" {
			if s.toks[k].text == "," || clauseStops.is(s.id(k)) {
				return 0
			}
			continue
		}
		if k == i+1 {
			return 0
		}
		m := k + 1
		if s.lower(m) == "a" || s.lower(m) == "an" {
			m++
		}
		if t := s.toks[min(m, len(s.toks)-1)]; !(t.text == "$" || t.text == "€" || t.text == "£" || t.digit || s.lower(m) == "ransom" || s.lower(m) == "payment") {
			return 0
		}
		// Only a named victim: not "asked the airline for $3,500", a
		// word for the kind of victim.
		if j := s.entAt(k - 1); j >= 0 && (s.ents[j].kind == graph.Organization || s.ents[j].kind == graph.Person) && !s.ents[j].ref {
			return i + 1
		}
		return 0
	}
	return 0
}

func (x *extraction) svoTarget(s *sent, last *graph.Node) {
	for i, t := range s.toks {
		if negatedVerb(s, i) {
			continue // "does not target human rights defenders", "did not hit X"
		}
		// "leaked 2 TB of data", "stole Quarrow's files".
		leak := (leakVerbs.is(t.id) || downloadVerbs.is(t.id)) && dataObject(s, i) || takeVerbs.is(t.id) && t.lower != "taken" && t.lower != "stolen" && ownerBeforeData(s, i+1) >= 0 ||
			madeOffWith(s, i) && ownerBeforeData(s, i+1) >= 0 ||
			leakVerbs.is(t.id) && possessiveWithin(s, i+1, i+4) && dataWithin(s, i+1, i+6) && refusedPayer(s, i) >= 0 || // "after X refused to pay, Maze published its files"
			forSale(s, i) > 0 && dataObject(s, forSale(s, i)-1) // "put up for sale records on 91 million users of X"
		if leak && (t.lower == "leak" || t.lower == "publish" || t.lower == "dump") && (s.lower(i-1) == "to" && !infinitiveLeads.is(s.id(i-2)) || modals.is(s.id(i-1))) {
			leak = false // "to dump Oracle database contents": a headline's present tense only; not "went on to leak files from X"
		}
		control := controlVerbs.is(t.id) && s.lower(i+1) == "control" && (s.lower(i+2) == "of" || s.lower(i+2) == "over")
		// "was also active against X": only with its particle.
		active := t.lower == "active" && s.lower(i+1) == "against"
		// "spent months inside X", "spent more than two years inside the
		// network of X".
		spentFrom := -1
		if t.lower == "spent" {
			if k := durationRun(s, i+1); k > i+1 && (s.lower(k) == "inside" || s.lower(k) == "within") {
				active, spentFrom = true, k+1
			}
		}
		// "declared a "cyber war" on the Russian government".
		if t.lower == "declared" || t.lower == "declares" || t.lower == "waged" || t.lower == "waging" {
			for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
				on := k + 1
				if on < len(s.toks) && !s.toks[on].word {
					on++ // the closing quote of "cyber war"
				}
				if s.lower(k) == "war" && (s.lower(on) == "on" || s.lower(on) == "against") {
					active, spentFrom = true, on+1
					break
				}
				if s.owner[k] >= 0 {
					break
				}
			}
		}
		// "turned its attention to the Netherlands", "set its sights on X".
		if (t.lower == "turned" || t.lower == "turns" || t.lower == "turning" || t.lower == "set" || t.lower == "sets" || t.lower == "shifted" || t.lower == "shifts") &&
			(s.lower(i+1) == "its" || s.lower(i+1) == "their") && (s.lower(i+2) == "attention" || s.lower(i+2) == "sights" || s.lower(i+2) == "focus") &&
			(s.lower(i+3) == "to" || s.lower(i+3) == "on") {
			active, spentFrom = true, i+4
		}
		// "The gang then moved on to the pharmaceutical firm X": its next
		// victim.
		if (t.lower == "moved" || t.lower == "moves") && s.lower(i+1) == "on" && s.lower(i+2) == "to" {
			active, spentFrom = true, i+3
		}
		// "it did the same to Sundar Pichai's Quora account": the attack
		// the sentence before told of, again.
		if (t.lower == "did" || t.lower == "does" || t.lower == "do") && s.lower(i+1) == "the" && s.lower(i+2) == "same" && s.lower(i+3) == "to" {
			active, spentFrom = true, i+4
		}
		// "took over websites and social media accounts belonging to X": a
		// hijack, not "took over the case".
		if (t.lower == "took" || t.lower == "take" || t.lower == "takes" || t.lower == "taking" || t.lower == "taken") && s.lower(i+1) == "over" && hijackedObject(s, i+2) {
			active, spentFrom = true, i+2
		}
		// "posted from the Twitter account of X", "tweeted from X's
		// account": speaking through someone's account is a hijack of it.
		if postVerbs.is(t.id) {
			m := i + 1
			for m < len(s.toks) && m <= i+3 && adverbs.is(s.id(m)) {
				m++
			}
			if (s.lower(m) == "from" || s.lower(m) == "through" || s.lower(m) == "via") && nounAhead(s, m+1, accountNouns) {
				active, spentFrom = true, m+1
			}
		}
		// "offered to sell "root access" to the network of Eskom": an
		// access broker's wares are a foothold in the victim.
		if k := soldAccess(s, i); k > 0 {
			active, spentFrom = true, k
		}
		// "asked Taiwanese computer maker Acer for $50 million": a ransom
		// demanded of the victim.
		if k := ransomAsked(s, i); k > 0 {
			active, spentFrom = true, k
		}
		// "has made El Salvador's government its main target".
		madeEnd := madeTarget(s, i)
		if madeEnd > 0 {
			active, spentFrom = true, i+1
		}
		forced := forcedObject(s, i)
		// "obtained access to X", "had maintained access to the network of X",
		// "claimed it had access to servers run by X".
		access := (t.lower == "obtained" || t.lower == "obtain" || t.lower == "obtains" || t.lower == "obtaining" ||
			t.lower == "maintained" || t.lower == "maintaining" || t.lower == "retained" || (t.lower == "had" || t.lower == "has" || t.lower == "have") && accessNamed(s, i+3)) && s.lower(i+1) == "access" && (s.lower(i+2) == "to" || s.lower(i+2) == "into")
		// "has landed jobs at organizations in the aerospace sector",
		// "secured remote positions with X": fake workers hired inside.
		hired := -1
		if jobVerbs.is(t.id) {
			k := i + 1
			if l := s.lower(k); l == "remote" || l == "technical" || l == "it" || l == "engineering" || l == "developer" || l == "software" {
				k++
			}
			if jobNouns.is(s.id(k)) && (s.lower(k+1) == "at" || s.lower(k+1) == "with" || s.lower(k+1) == "inside") {
				hired = k + 2
			}
		}
		// "touched organizations in the United States, Taiwan and India",
		// read as "reached" is below.
		touch := t.lower == "touched" || t.lower == "touching" || deceiveVerbs.is(t.id)
		// "controlled a workstation belonging to a support engineer at
		// Sitel", "accessed a data server belonging to X": a machine or an
		// account of the victim's, taken.
		took := seizeVerbs.is(t.id) && seizedAsset(s, i+1)
		// "seized Netflix's main U.S. Twitter account and the account of
		// Marvel Entertainment": an account or a site taken by force.
		if o := s.entAt(i + 1); (t.lower == "seized" || t.lower == "seizing" || t.lower == "commandeered" || t.lower == "commandeering") && s.lower(i+1) != "on" {
			from := i + 1
			if o >= 0 && s.ents[o].a == i+1 {
				from = s.ents[o].b // past the owner's name
			}
			took = took || hijackedObject(s, from)
		}
		if s.owner[i] >= 0 || !targetVerbs.is(t.id) && hired < 0 && !touch && !active && !leak && !control && !forced && !access && !took && !fromVerbs.is(t.id) && !offlineObject(s, i) && !(disruptVerbs.is(t.id) && (softwareSubject(s, i) >= 0 || attackSubject(s, i))) {
			continue
		}
		if j := s.entAt(i - 1); j >= 0 && s.ents[j].kind == graph.Organization && s.ents[j].b == i && nominals.is(t.id) {
			continue // "claims Tata Power hack, dumps ...": a noun after the victim's name
		}
		// "reached organizations in Oman", not "reached a settlement with X"
		// or "reached out to X".
		if t.lower == "reached" || t.lower == "reaching" || touch {
			ok := deceiveVerbs.is(t.id) && deceivedName(s, i+1) // "tricked John Podesta into entering his password"
			if o := s.entAt(i + 1); t.lower == "reached" && o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref && (malwareNouns.is(s.id(i-1)) || nominals.is(s.id(i-1))) {
				ok = true // "when the malware reached A.P. Moller-Maersk"
			}
			if o := s.entAt(i + 1); t.lower == "reached" && o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref {
				q := i - 1 - b2i(s.lower(i-1) == "then" || s.lower(i-1) == "also")
				if a := s.entAt(q); a >= 0 && s.ents[a].kind == graph.ThreatActor || bareAttackerNouns.is(s.id(q)) && s.lower(q-1) == "the" {
					ok = true // "the attackers reached Zellis, a payroll provider"
				}
			}
			p := i - 1 - b2i(s.lower(i-1) == "also" || s.lower(i-1) == "even" || s.lower(i-1) == "eventually")
			if c := relativeComma(s, p); c > 0 {
				p = c - 1 // "The intrusion, which began in the spring of 2016, reached X"
			}
			if t.lower == "reached" && s.lower(p-1) == "the" && (nominals.is(s.id(p)) || malwareNouns.is(s.id(p))) && s.lower(i+1) != "deep" && s.lower(i+1) != "into" && s.lower(i+1) != "out" {
				ok = true // "The breach also reached the company's affiliated brands, A, B and C"
			}
			for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
				if listNouns.is(s.id(k)) && !participles.is(s.id(k)) || victimNouns.is(s.id(k)) || staffNouns.is(s.id(k)) {
					ok = true // "reached organizations in Oman", "lures reached employees of X"
					break
				}
				if (assetNouns.is(s.id(k)) || s.lower(k) == "laptop" || s.lower(k) == "laptops") && s.lower(k+1) == "belonging" && s.lower(k+2) == "to" {
					ok = true // "had reached a laptop belonging to a support engineer at Sitel"
					break
				}
				if s.owner[k] >= 0 || !s.toks[k].word {
					break
				}
			}
			if !ok {
				continue
			}
		}
		// Not a verb: "hacking group", "its attacks on", "a target",
		// "phishing emails" (nominalTarget reads whom they were sent to).
		next := s.lower(i + 1)
		nextID := s.id(i + 1)
		if strings.Contains(t.lower, "phishing") && lureNouns.is(nextID) {
			continue
		}
		_, particle := targetParticle[t.lower]
		if groupNouns.is(nextID) || strings.HasSuffix(t.lower, "ing") && bodyParts.is(nextID) || !particle && nominalPreps.is(nextID) && next != "from" && (strings.HasSuffix(t.lower, "s") || t.lower == "attack" || t.lower == "targeting") {
			continue
		}
		p := s.prevWord(i)
		pl := s.lower(p)
		plID := s.id(p)
		if t.lower == "moved" || t.lower == "roamed" {
			// "the same intruders moved through A, B and C", not "much of
			// it moved through Garantex".
			// "It then moved on to chipmaker Nvidia": the next victim of
			// the actor a sentence-opening pronoun stands for.
			onTo := s.lower(i+1) == "on" && s.lower(i+2) == "to" && pronouns.is(plID) && p == 0
			if o := s.owner[p]; o < 0 || s.ents[o].kind != graph.ThreatActor || pronouns.is(plID) && !onTo {
				continue
			}
		}
		// "went on to hit X": an infinitive whose verb reads like a participle.
		infinitive := pl == "to" && baseParticiples.is(t.id) && infinitiveLeads.is(s.id(p-1))
		if adjectivePrev.is(plID) && !(strings.HasSuffix(t.lower, "ing") && gerundPreps.is(plID)) && !(pl == "to" && !participles.is(t.id)) && !infinitive {
			continue // "the targeted organizations", "on targeted accounts"; not "for hacking X"
		}
		if d := s.lower(p - 1); (d == "a" || d == "an") && nominals.is(t.id) && !strings.HasSuffix(t.lower, "ing") && strings.HasSuffix(pl, "ed") && s.toks[p].word && !s.toks[p].cap && s.owner[p] < 0 {
			continue // "was not a targeted attack": the noun
		}
		if negations.is(plID) || negations.is(s.id(p-1)) && pl == "to" {
			continue // "a rule against attacking hospitals", "refused to attack"
		}
		if pl == "from" && prohibitedBefore(s, p) {
			continue // "forbids its affiliates from attacking targets in Cuba"
		}
		if deniedThat(s, i) {
			continue // "found no evidence that the services had targeted X"
		}
		if t.lower == "targets" {
			q := i - 1
			if l := s.lower(q); l == "earlier" || l == "previous" || l == "past" || l == "prior" || l == "other" || l == "known" || l == "recent" || l == "usual" {
				q--
			}
			if l := s.lower(q); l == "'s" || l == "’s" || l == "its" || l == "their" {
				continue // "The group's earlier targets read like a list of ...": the noun
			}
		}
		if (t.lower == "targets" || t.lower == "victims") && (targetVerbs.is(plID) || strings.HasSuffix(pl, "ing") && s.owner[p] < 0) {
			continue // "attacking targets in Cuba": the noun, object of the verb before it
		}
		if t.lower == "targets" && p >= 0 && s.owner[p] >= 0 && s.ents[s.owner[p]].kind == graph.Sector {
			continue // "to strike government targets in the Middle East": a noun a sector word describes
		}
		passive := participles.is(t.id) && (auxiliaries.is(plID) || next == "by")
		if participles.is(t.id) && fromVerbs.is(t.id) && next == "from" && (assetNouns.is(plID) || pl == "documents" || pl == "information") && s.owner[p] < 0 {
			passive = true // "Data stolen from X appeared on the gang's leak site"
		}
		if passive && fromVerbs.is(t.id) {
			// "documents stolen from the account of X": from whom.
			k := i + 1
			for k < len(s.toks) && k < i+6 && s.lower(k) != "from" && s.owner[k] < 0 && !clauseStops.is(s.id(k)) {
				k++
			}
			if s.lower(k) == "from" {
				if actor, ok, ref, c, rule := x.laterActor(s, k, last); ok {
					x.target(s, actor, x.objects(s, k+1, false), rule, conf(c, ref), "")
				}
			}
			continue
		}
		if passive {
			continue
		}
		// A participle used as an adjective: "attacked organizations".
		actorBefore := p >= 0 && s.owner[p] >= 0 && s.ents[s.owner[p]].kind == graph.ThreatActor
		if p >= 0 && s.owner[p] < 0 && !s.toks[p].cap && aimedVerbs.is(t.id) && (agentNouns.is(plID) || attemptNouns.is(plID) || ownAttackNouns.is(plID)) {
			// "The campaign targeted organizations in Israel", "the
			// attackers targeted companies in ...": a verb after its
			// subject, not "the targeted organizations".
			actorBefore = true
		}
		if n := s.lower(i + 2); (n == "at" || n == "belonging" || n == "across" || n == "inside") && p >= 0 && s.owner[p] < 0 && s.toks[p].word && !adjectiveLead.is(plID) && !objectPreps.is(plID) {
			// "the Monti ransomware gang encrypted systems at X", "one of
			// its affiliates crippled systems at X": a subject before the
			// verb, not "the encrypted systems at X".
			actorBefore = true
		}
		if participles.is(t.id) && s.toks[i+min(1, len(s.toks)-1-i)].word && listNouns.is(nextID) && !perfect.is(plID) && !actorBefore {
			continue
		}
		from := i + 1
		if l := s.lower(from); (l == "down" || l == "offline") && offlineObject(s, i) {
			from++ // "took down X"
		}
		if m := forSale(s, i); m > 0 {
			from = m // "put up for sale records on users of X"
		}
		if control {
			from = i + 3 // "seized control of X", "took control over X"
		} else if spentFrom > 0 {
			from = spentFrom
		} else if access {
			from = i + 3
		} else if hired > 0 {
			from = hired
		} else if gainVerbs.is(t.id) {
			// "gained access to X": only with its particle; "gained a
			// foothold in X".
			if s.lower(i+1) == "a" && s.lower(i+2) == "foothold" && (s.lower(i+3) == "in" || s.lower(i+3) == "inside" || s.lower(i+3) == "at") {
				from = i + 4
			} else if s.lower(i+1) != "access" || s.lower(i+2) != "to" && s.lower(i+2) != "into" {
				continue
			} else {
				from = i + 3
			}
		}
		if part, ok := targetParticle[t.lower]; ok && spentFrom < 0 {
			// "focused on X", "focused its operations on X".
			k := i + 1
			if l := s.lower(k); (l == "its" || l == "their" || l == "his" || l == "her") && t.lower != "broke" {
				k++
				for k < len(s.toks) && k < i+5 && s.toks[k].word && !s.toks[k].cap && s.lower(k) != part && s.owner[k] < 0 {
					k++
				}
			}
			if s.lower(k) != part {
				continue
			}
			from = k + 1
		}
		if fromVerbs.is(t.id) && !offlineObject(s, i) && !access && !control && !active || leak {
			// "stole $100 million from X", "drained funds from X", "published
			// data from X".
			k, lim := from, from+14
			for k < len(s.toks) && k < lim && s.lower(k) != "from" && (s.owner[k] < 0 || s.ents[s.owner[k]].ref && pronouns.is(s.id(k)) || soldOn(s, s.owner[k]) || s.ents[s.owner[k]].kind == graph.Sector && !s.toks[k].cap) &&
				(!clauseStops.is(s.id(k)) || (s.lower(k) == "said" || s.lower(k) == "says") && (pronouns.is(s.id(k-1)) || s.lower(k-1) == "and") || s.lower(k) == "than" && approxWords.is(s.id(k-1)) || s.lower(k) == "to" && (s.lower(k-1) == "close" || s.lower(k-1) == "up") || s.lower(k) == "with" && firstBatch(s, k-2)) && (s.lower(k) != "," || measureAfter(s, k) || dataListComma(s, k) || firstBatch(s, k)) {
				// "posted data it said came from X", "released more than
				// 360,000 files from X", "stole medical files from X",
				// "posted 46 GB on its leak site and said the files came
				// from X"
				if s.lower(k) == "," && firstBatch(s, k) || s.owner[k] >= 0 && k == s.ents[s.owner[k]].a && soldOn(s, s.owner[k]) {
					lim += 6 // the market and the first batch lengthen the span
				}
				k++
			}
			if (t.lower == "copied" || t.lower == "copying") && !copiedData(s, from, k) {
				continue // "copied articles from the outlet": content, not a victim's data
			}
			if s.lower(k) != "from" {
				// "leaking data about employees of Atlassian": whose data.
				if m := aboutOwner(s, from); m > 0 {
					from = m
				} else if m := ownerBeforeData(s, whatSaid(s, from)); m >= 0 {
					from = m
				} else if !robbedOrg(s, t.id, from, k) && !(possessiveWithin(s, from, k) && refusedPayer(s, i) >= 0) {
					continue
				}
			} else {
				from = heldBy(s, k+1)
			}
		}
		a := x.nearestActorLeft(s, i, 30)
		if a >= 0 && pl == "to" {
			// "Turla had hijacked the servers of the Iranian group OilRig
			// to strike X": the subject strikes, with what it took.
			if o := ofPhrase(s, s.ents[a].a); o >= 0 {
				if j := x.nearestActorLeft(s, o, 30); j >= 0 {
					a = j
				}
			}
		}
		if a >= 0 {
			// "the same crew, which has also posted under the Scattered
			// Lapsus$ Hunters banner, turned to ...": the subject the
			// relative clause hangs on.
			if h := relativeHost(s, a, i); h >= 0 {
				a = h
			}
			// "Indrik Spider's BitPaymer ransomware crippled X": the gang
			// whose family it is.
			if e := s.ents[a]; familyNouns.is(s.id(e.b)) && (s.lower(e.a-1) == "'s" || s.lower(e.a-1) == "’s") {
				if o := s.entAt(e.a - 2); o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
					a = o
				}
			}
		}
		if a < 0 {
			a = x.longSubject(s, i)
		}
		if a < 0 {
			// "The campaign also affected X", "a wiper dubbed AcidRain
			// disabled X": attacks or malware of the actor in focus.
			sw := softwareSubject(s, i)
			f := x.focusActor(last)
			b := blamedOn(s)
			if b >= 0 {
				f = &s.ents[b].node // "blamed a ransomware outbreak that crippled X on Winnti"
			}
			if f != nil && sw >= 0 && b < 0 {
				// "the WannaCry worm forced Renault to halt production" in a
				// report on NotPetya: the malware's own group.
				f = x.softwareOwner(s.ents[sw].node, f)
			}
			if f != nil && thatAttack(s) && b < 0 {
				// "In that attack, intruders went after X": see below.
				if n := x.nextBlamed(); n != nil || x.prev == nil || !namesActor(x.prev) {
					f = n
				}
			}
			if f != nil && (attackSubject(s, i) || sw >= 0 || theMalware(s, i)) && !otherAttack(s, i) && (b >= 0 || !otherAuthor(s, f)) && (b >= 0 || sw >= 0 || !x.earlierIncident(s, i)) {
				x.target(s, *f, x.objects(s, from, false), "svo-focus", 0.65, "")
				if sw >= 0 {
					x.add(graph.Uses, *f, s.ents[sw].node, s, "uses-subject", 0.65)
				}
			}
			continue
		}
		// "... Tietoevry, whose outage disrupted services": the verb belongs
		// to a relative clause on something else.
		inRelative := false
		for k := s.ents[a].b; k < i; k++ {
			if l := s.lower(k); (l == "whose" || l == "which" || l == "who" || l == "that" && k > 0 && s.toks[k-1].word && !s.toks[k-1].cap && (malwareNouns.is(s.id(k-1)) || toolNouns.is(s.id(k-1)))) && s.owner[k] < 0 {
				ante := k - 1
				if s.lower(ante) == "," {
					ante--
				}
				// "the Rhysida ransomware operation, which has attacked X":
				// the clause is on the actor its group noun stands for.
				for m := ante; m > ante-4 && s.owner[m] < 0 && (groupNouns.is(s.id(m)) || discoverGroupNouns.is(s.id(m)) || discoverOperations.is(s.id(m)) || discoverModifiers.is(s.id(m))); m-- {
					if s.entAt(m-1) == a {
						ante = m - 1
					}
				}
				if groupNouns.is(s.id(ante)) && s.owner[ante] < 0 {
					// "Phineas Fisher, the pseudonymous hacker who broke
					// into X": an apposition on the actor.
					p := ante - 1
					for p > ante-4 && s.toks[p].word && !s.toks[p].cap && s.owner[p] < 0 && !appositionOpens.is(s.id(p)) {
						p--
					}
					if appositionOpens.is(s.id(p)) && s.lower(p-1) == "," && s.entAt(p-2) == a {
						ante = p - 2
					}
				}
				inRelative = s.entAt(ante) != a && !usedSoftware(s, a, s.entAt(ante)) && !closedRelative(s, a, k, i) && !blamedAttack(s, a, ante)
			}
		}
		if inRelative {
			continue
		}
		actor, ok, ref := x.actor(s, a, last)
		if !ok || unobserved(s, s.ents[a].a) {
			continue
		}
		vs := x.objects(s, from, false)
		if w := beganWith(s, vs); w > 0 {
			vs = append(vs, x.objects(s, w, false)...) // "attacked Costa Rica, starting with the Ministry of Finance"
		}
		ownAssets := false
		for k := from; k < len(s.toks) && k < from+7 && !ownAssets; k++ {
			if l := s.lower(k); l == "its" || l == "their" {
				// "access to parts of its network", "a number of its own
				// corporate email accounts".
				for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
					if thirdParties.is(s.id(m)) {
						break // "its customers": the customers are hit, not the speaker
					}
					if assetNouns.is(s.id(m)) || serviceNouns.is(s.id(m)) {
						ownAssets = true
						break
					}
					if s.owner[m] >= 0 || !s.toks[m].word || s.toks[m].cap {
						break
					}
				}
			}
			if s.owner[k] >= 0 && !s.ents[s.owner[k]].ref || clauseStops.is(s.id(k)) {
				break
			}
		}
		if l := s.lower(from); len(vs) == 0 && ((l == "its" || l == "their") && !thirdParties.is(s.id(from+1)) || ownAssets) {
			// "X disclosed that Y had breached its network": who disclosed.
			// The reporting verb may stand a few words back: "X said on
			// Wednesday that a Russian state-sponsored group had ...".
			for k := s.ents[a].a - 1; k >= 0; k-- {
				if s.lower(k) == "that" {
					k--
				}
				if k < 0 {
					break
				}
				if reportVerbs.is(s.id(k)) && !peopleOwnAsset(s, k+1, i) && !byBefore(s, 0, k) {
					vs = x.subjectVictims(s, 0, relativeEnd(s, 0, k)) // not "the city of Ludwigshafen" in "The district, which surrounds the city of Ludwigshafen, says"
					if len(vs) > 1 {
						vs = vs[:1]
					}
					break
				}
				demonym := s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.Country && s.ents[s.owner[k]].demonym
				if s.owner[k] >= 0 && !demonym || k < s.ents[a].a-8 || !s.toks[k].word {
					break
				}
			}
			if len(vs) == 0 && ownAssets {
				if v := refusedPayer(s, s.ents[a].a); v >= 0 {
					vs = []victim{{ent: v}} // "after Allied Universal refused to pay, Maze published its files"
				}
			}
		}
		if madeEnd > 0 {
			keep := vs[:0]
			for _, v := range vs {
				if s.ents[v.ent].a < madeEnd {
					keep = append(keep, v)
				}
			}
			vs = keep
		}
		rule := "svo-target"
		if ref && bareAttackers(s, a) {
			// "In late 2014, attackers penetrated X": the actor in focus,
			// unless the next sentence lays those intrusions on another.
			rule = "svo-focus"
			if thatAttack(s) {
				// "... the 2018 breach of SingHealth. In that attack,
				// intruders went after X. Symantec later attributed the
				// SingHealth attack to Whitefly": the attack told before,
				// by the actor the next sentence blames, else by the one
				// the sentence before named; none if neither names one.
				if n := x.nextBlamed(); n != nil {
					actor, rule = *n, "svo-target"
				} else if x.prev == nil || !namesActor(x.prev) {
					continue
				}
			}
		}
		x.target(s, actor, vs, rule, conf(0.9, ref), "")
		for _, b := range coordinatedActors(s, a) {
			// "Phantom Atlas and the Moroccan Black Cyber Army breached X".
			x.target(s, s.ents[b].node, vs, "svo-target", 0.9, "")
		}
	}
}

// bareAttackers reports whether the actor at entity a is a bare plural
// ("attackers", "the hackers") with no named actor before it in s.
func bareAttackers(s *sent, a int) bool {
	e := s.ents[a]
	if e.b-e.a > 2 || !bareAttackerNouns.is(s.id(e.b-1)) || e.b-e.a == 2 && s.lower(e.a) != "the" {
		return false
	}
	for _, o := range s.ents {
		if o.kind == graph.ThreatActor && !o.ref && o.a < e.a {
			return false
		}
	}
	return true
}

// thatAttack reports whether a sentence opens on an attack the sentence
// before told of: "In that attack, ...", "During that breach, ...".
func thatAttack(s *sent) bool {
	l := s.lower(0)
	return (l == "in" || l == "during") && s.lower(1) == "that" && nominals.is(s.id(2)) && s.lower(3) == ","
}

// nextBlamed returns the actor the next sentence lays a definite attack
// on ("Symantec later attributed the SingHealth attack to Whitefly"), or
// nil.
func (x *extraction) nextBlamed() *graph.Node {
	if x.idx+1 >= len(x.sents) || x.sents[x.idx+1].title {
		return nil
	}
	q := x.sents[x.idx+1]
	// from holds where a blame may start: after a campaign's name
	// ("Operation Electric Powder was attributed at the time to Gaza
	// Cybergang"), after a definite attack noun or before its determiner.
	var from []int
	for _, e := range q.ents {
		if e.kind == graph.Campaign {
			from = append(from, e.b)
		}
	}
	if q.lower(0) == "operation" && q.owner[0] < 0 {
		e := 1
		for e < len(q.toks) && q.toks[e].cap && q.owner[e] < 0 {
			e++
		}
		if e > 1 {
			from = append(from, e)
		}
	}
	for i := 1; i < len(q.toks); i++ {
		if !nominals.is(q.id(i)) || q.owner[i] >= 0 {
			continue
		}
		d, ok := definiteNominal(q, i)
		if j := q.entAt(i - 1); !ok && j >= 0 && q.lower(q.ents[j].a-1) == "the" {
			d, ok = q.ents[j].a-1, true // "the SingHealth attack"
		}
		if ok {
			from = append(from, i+1, d-1)
		}
	}
	for _, k := range from {
		if a := x.blamed(q, k); k > 0 && a >= 0 && !q.ents[a].ref {
			n := x.resolve(q.ents[a].node)
			return &n
		}
	}
	return nil
}

// bareAttackerNouns name attackers without saying who they are.
var bareAttackerNouns = set(`attackers|hackers|intruders|cybercriminals|criminals`)

// blamedAttack reports whether the noun at ante, which a relative clause
// hangs on, is an attack laid on the actor at a in the same clause: "It
// has been blamed for ... the 2017 WannaCry ransomware outbreak, which
// crippled computers at X", "X, responsible for the NotPetya attack,
// which disrupted Y". The damage the clause tells is the actor's.
func blamedAttack(s *sent, a, ante int) bool {
	if s.owner[ante] >= 0 || !nominals.is(s.id(ante)) || s.lower(ante) == "campaign" || s.lower(ante) == "operation" {
		return false
	}
	for k := s.ents[a].b; k < ante; k++ {
		l := s.lower(k)
		if (l == "blamed" || l == "responsible" || l == "behind") && s.owner[k] < 0 {
			for m := k + 1; m < ante; m++ {
				if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.ThreatActor || s.lower(m) == ";" {
					return false // "blamed for a hack that Sandworm ...": another actor
				}
			}
			return true
		}
		if l == ";" || l == "but" || l == "while" {
			return false
		}
	}
	return false
}

// unobserved reports whether the actor at a is the object of a denied
// observation: "Proofpoint has not observed TA402 targeting Israeli
// organizations", "we have never seen the group attack X".
func unobserved(s *sent, a int) bool {
	k := a - 1
	if s.lower(k) == "the" {
		k--
	}
	if !observeVerbs.is(s.id(k)) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if l := s.lower(m); l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	return false
}

var observeVerbs = set(`observed|seen|saw|see|found|detected|identified|noticed|witnessed`)

// focusNominal reports whether the noun of attack at i is the story's own
// attack: definite ("the attack on X", "the breach of X", "the company's
// attack"), with no year, no name and no word that sets it apart before it,
// in a sentence that names no actor.
//
// A plural works when "the" heads it and a list of victims follows ("The
// December attacks at X, Y and Z used BlackEnergy"), and so does the
// malware of the actor in focus (own).
func focusNominal(s *sent, i int, own func(graph.Node) bool) bool {
	plural := strings.HasSuffix(s.lower(i), "s") && s.lower(i) != "ransomware"
	if !strictAttacks.is(s.id(i)) || plural && !victimList(s, i+1) {
		return false
	}
	for _, e := range s.ents {
		if e.kind == graph.ThreatActor && !e.ref || e.kind == graph.Malware && (own == nil || !own(e.node)) {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := s.lower(k)
		if l == "the" || l == "this" || l == "that" && !plural {
			// Not "blamed the attack on Russian intelligence".
			b := s.lower(k - 1)
			return !(b == "blamed" || b == "blame" || b == "blames" || b == "pinned" || b == "pin" || b == "attributed" || b == "attribute" || b == "attributes")
		}
		if months.is(s.id(k)) && s.owner[k] < 0 {
			continue // "the December attack on"
		}
		if s.toks[k].digit || s.toks[k].cap || s.owner[k] >= 0 || l == "separate" || l == "another" || l == "earlier" || l == "previous" || l == "similar" || l == "unrelated" || l == "a" || l == "an" {
			return false
		}
	}
	return false
}

// victimList reports whether "at", "on" or "against" at k opens a list of
// two or more named organizations: "at X, Y and Z".
func victimList(s *sent, k int) bool {
	if l := s.lower(k); l != "at" && l != "on" && l != "against" {
		return false
	}
	n := 0
	for k++; k < len(s.toks); {
		j := s.entAt(k)
		if j < 0 || s.ents[j].kind != graph.Organization {
			break
		}
		n++
		k = s.ents[j].b
		if l := s.lower(k); l == "," || l == "and" {
			k++
			if s.lower(k) == "and" {
				k++
			}
			continue
		}
		break
	}
	return n >= 2
}

// stagingSites reports whether the sentence uses websites to reach other
// victims: "strategic web compromises of South Korean websites to
// distribute malware", "watering hole attacks".
func stagingSites(s *sent) bool {
	for _, t := range s.toks {
		switch t.lower {
		case "watering", "distribute", "distributing", "host", "hosting", "serve", "serving", "stage", "staging":
			return true
		}
	}
	return false
}

// exploitVerbs turn a flaw against victims: "exploited it against".
var exploitVerbs = set(`exploited|exploiting|exploits|exploit|weaponized|weaponised`)

// otherDoers head a relative clause whose deeds are their own: "any
// country that launched cyberattacks against Russia".
var otherDoers = set(`country|countries|nation|nations|government|governments|state|states|anyone|whoever|people|individuals`)

// blamedOn returns the named actor a sentence blames an attack on ("the
// Investigation Bureau blamed a ransomware outbreak that crippled X on
// Winnti Umbrella"), or -1.
func blamedOn(s *sent) int {
	for k, t := range s.toks {
		if (t.lower == "which" || t.lower == "that") && s.owner[k] < 0 {
			// "a wave of attacks that paralysed X and which the Cuba
			// ransomware gang partly claimed": the claimer's attack.
			j := k + 1
			if s.lower(j) == "the" {
				j++
			}
			if e := s.entAt(j); e >= 0 && s.ents[e].kind == graph.ThreatActor && !s.ents[e].ref {
				m := s.ents[e].b
				for m < len(s.toks) && m <= s.ents[e].b+4 && (adverbs.is(s.id(m)) || s.lower(m) == "ransomware" || groupNouns.is(s.id(m)) || s.lower(m) == "partly" || s.lower(m) == "partially" || perfect.is(s.id(m))) {
					m++
				}
				if l := s.lower(m); l == "claimed" || l == "claims" {
					return e
				}
			}
			continue
		}
		if linkVerbs.is(t.id) {
			// "Italian media linked it to the Hive gang", "incidents that
			// officials have linked to the collective known as Scattered
			// Spider".
			if e := linkedTo(s, k); e >= 0 {
				return e
			}
			continue
		}
		if l := t.lower; l != "blamed" && l != "blames" && l != "blame" && l != "pinned" && l != "pins" {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+40; m++ {
			if s.lower(m) == ";" {
				break
			}
			if s.lower(m) != "on" {
				continue
			}
			j := m + 1
			if s.lower(j) == "the" {
				j++
			}
			if e := s.entAt(j); e >= 0 && s.ents[e].kind == graph.ThreatActor && !s.ents[e].ref {
				return e
			}
		}
	}
	return -1
}

// softwareOwner returns the actor behind an attack by known software sw when
// the actor in focus is f: f, unless ATT&CK knows f and ties sw to one
// other group alone. Then it is that group when the report names it, else
// nil (the attack is not f's).
func (x *extraction) softwareOwner(sw graph.Node, f *graph.Node) *graph.Node {
	groups := softwareGroups()[sw.ID]
	if len(groups) != 1 {
		return f
	}
	e, ok := x.g.Lookup(f.Name)
	if ok && slices.Contains(e.ExternalIDs, groups[0]) {
		return f
	}
	if n := x.namedOwner(sw); n != nil {
		return n
	}
	// A focus the catalogue does not know ("The Shadow Brokers", who leaked
	// the exploit WannaCry carried) keeps the damage unless the report
	// names the software's own group.
	if !ok && !ransomwareNames()[f.Name] {
		return f
	}
	return nil // "the NotPetya outbreak" in a report on LockBit: Sandworm's
}

// linkVerbs tie an attack to its author with "to".
var linkVerbs = set(`linked|attributed|tied|traced`)

// linkedTo returns the actor that the link verb at k ties something to:
// "to" within a few words of the verb, then the actor within a short
// description ("the loose collective known as X").
func linkedTo(s *sent, k int) int {
	m := k + 1
	for m < len(s.toks) && m <= k+4 && s.lower(m) != "to" && s.toks[m].word && (s.owner[m] < 0 || s.ents[s.owner[m]].ref) {
		m++
	}
	if s.lower(m) != "to" {
		return -1
	}
	for j := m + 1; j < len(s.toks) && j <= m+10; j++ {
		if l := s.lower(j); l == "," || l == ";" || l == "." || l == "and" {
			return -1
		}
		if e := s.entAt(j); e >= 0 {
			if s.ents[e].kind == graph.ThreatActor && !s.ents[e].ref {
				return e
			}
			return -1
		}
	}
	return -1
}

// madeTarget returns where "its" stands in "made X its (main) target" when
// the verb at i is "made", else -1.
func madeTarget(s *sent, i int) int {
	switch s.lower(i) {
	case "made", "makes", "making", "make":
	default:
		return -1
	}
	named := false
	for m := i + 1; m < len(s.toks) && m <= i+10; m++ {
		if l := s.lower(m); (l == "its" || l == "their") && named {
			n := m + 1
			for n < m+3 && s.toks[n].word && !s.toks[n].cap && !madeTargetNouns.is(s.id(n)) && s.owner[n] < 0 {
				n++ // "its main", "its most frequent"
			}
			if madeTargetNouns.is(s.id(n)) {
				return m
			}
			return -1
		}
		if o := s.owner[m]; o >= 0 {
			named = named || !s.ents[o].ref && isVictim(s.ents[o])
			continue
		}
		if l := s.lower(m); l == "," || l == ";" || l == "." || clauseStops.has(l) && l != "and" && l != "of" && l != "the" {
			return -1
		}
	}
	return -1
}

var madeTargetNouns = set(`target|targets|focus|priority|priorities|quarry|victim|victims|prey`)

// investigatorNouns head a reporter that looked into an incident: "a joint
// investigation team from X and Y confirmed that the systems had been
// encrypted" tells of X's and Y's work, not of their systems.
var investigatorNouns = set(`team|teams|investigators|experts|researchers|analysts|responders|specialists|auditors|inspectors|investigation|investigations|probe|taskforce`)

// investigatorOf reports whether the name at a stands in the phrase of an
// investigator noun between from and a: "a joint investigation team from
// the Financial Supervisory Service and the Financial Security Institute".
// sourceNouns after a name make it a source of findings, not who was hit:
// "ESET telemetry shows organizations being targeted".
var sourceNouns = set(`telemetry|data|research|researchers|analysts|analysis|report|reporting|findings|investigators|sensors|logs|scans|team|tracking`)

// findingVerbs tell what a source of findings shows.
var findingVerbs = set(`shows|showed|show|found|finds|indicates|indicated|suggests|suggested|revealed|reveals|identified|identifies|recorded|records|observed|saw|sees|detected|detects`)

// addressee reports whether e is told what the sentence reports: "a
// researcher told Recorded Future News that data had been exposed".
func addressee(s *sent, e ent) bool {
	p := e.a - 1
	if s.lower(p) == "the" {
		p--
	}
	switch s.lower(p) {
	case "told", "tell", "tells", "telling", "briefed":
		return true
	}
	return false
}

func investigatorOf(s *sent, from, a int) bool {
	for k := from; k < a; k++ {
		if investigatorNouns.is(s.id(k)) && s.owner[k] < 0 {
			if l := s.lower(k + 1); l == "from" || l == "at" || l == "of" {
				return true
			}
		}
	}
	return false
}

// otherAttack reports whether the subject of the verb at i is an attack
// the text sets apart from the actor in focus: "a separate breach at Optus
// exposed the data", "an unrelated attack".
func otherAttack(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		// "a botnet built from the Mirai code hammered X", "a modified
		// variant knocked X offline": software others made from the
		// actor's, after it was leaked or sold.
		if derivedWords.is(s.id(k)) || s.lower(k) == "built" && s.lower(k+1) == "from" {
			return true
		}
		switch s.lower(k) {
		case "separate", "unrelated", "different", "another":
			return nominals.is(s.id(k+1)) || nominals.is(s.id(k+2))
		case ";", ",", "and", "but":
			return false
		case "of":
			// "The attack is the latest in a run of ransomware incidents
			// affecting X": the others of the run, not the story's attack.
			if seriesNouns.is(s.id(k-1)) && (s.lower(k-2) == "a" || s.lower(k-2) == "the") && s.lower(k-3) == "in" && s.lower(k-4) == "latest" {
				return true
			}
		}
	}
	return false
}

// derivedWords make software a copy of another's.
var derivedWords = set(`copycat|copycats|modified|derived|derivative|spin-off|offshoot|knockoff|clone`)

// seriesNouns gather incidents into a run: "the latest in a string of".
var seriesNouns = set(`run|string|series|spate|wave|line|succession|rash|slew`)

// coordinatedActors returns the named actors coordinated before actor a:
// "A and B", "A, B and the C".
func coordinatedActors(s *sent, a int) []int {
	var out []int
	k := s.ents[a].a - 1 // the token before the leftmost actor so far
	if d := describedBefore(s, k); d > 0 && s.lower(d) == "and" {
		k = d // "Tonto Team and a second Chinese group, APT10, had targeted"
	}
	for {
		j := k
		if s.lower(j) == "the" {
			j--
		}
		if l := s.lower(j); l != "and" && l != "," {
			break
		}
		j--
		if s.lower(j) == "," {
			j--
		}
		b := s.entAt(j)
		if b < 0 || s.ents[b].kind != graph.ThreatActor || s.ents[b].ref || s.ents[b].node.ID == s.ents[a].node.ID {
			break
		}
		out = append(out, b)
		k = s.ents[b].a - 1
	}
	if s.lower(k) == "the" {
		k--
	}
	if aliasListCues.is(s.id(k)) {
		return nil // "also tracked as APT35 and Charming Kitten": names of one actor
	}
	return out
}

// describedBefore returns the token before a description of a group that
// stands in apposition before the comma at k ("and a second Chinese group,
// APT10"), else -1.
func describedBefore(s *sent, k int) int {
	if s.lower(k) != "," || !groupNouns.is(s.id(k-1)) || s.owner[k-1] >= 0 {
		return -1
	}
	for m := k - 2; m > 0 && m >= k-6; m-- {
		if o := s.owner[m]; o >= 0 && s.ents[o].kind != graph.Country || !s.toks[m].word {
			return -1 // "a second Chinese group": a demonym may describe it
		}
		if l := s.lower(m); l == "a" || l == "an" || l == "another" {
			return m - 1
		}
	}
	return -1
}

// aliasListCues before a list of actor names make them names of one actor.
var aliasListCues = set(`as|call|calls|called|named|dubbed|aka|a.k.a.|nicknamed|codenamed|labelled|labeled`)

// measureAfter reports whether the comma at k opens a measure in
// apposition: "5.2 million files, about 6.6 TB of data, from X".
func measureAfter(s *sent, k int) bool {
	switch s.lower(k + 1) {
	case "about", "roughly", "some", "nearly", "around", "approximately", "almost", "over", "more", "or", "totaling", "totalling":
		return true
	}
	return s.toks[min(k+1, len(s.toks)-1)].digit || s.lower(k-1) == "data" || s.lower(k-1) == "tb" || s.lower(k-1) == "gb" || dataModifiers(s, k)
}

// dataModifiers reports whether the comma at k lists whose data follows:
// "stole 140 GB of patient, physician and affiliate data from OSDE".
func dataModifiers(s *sent, k int) bool {
	coord := false
	for m := k + 1; m < len(s.toks) && m <= k+8; m++ {
		switch l := s.lower(m); {
		case dataNouns.is(s.id(m)):
			return coord && m > k+2
		case l == "and" || l == "or":
			coord = true
		case l == ",":
		case !s.toks[m].word || s.toks[m].cap || s.owner[m] >= 0 && s.ents[s.owner[m]].kind != graph.Sector || clauseStops.is(s.id(m)) || functionWords.is(s.id(m)):
			return false
		}
	}
	return false
}

// offlineObject reports whether the verb at i puts its object offline:
// "took Windsor Regional Hospital and three other hospitals offline",
// "knocked the bank's website offline", "brought X down".
func offlineObject(s *sent, i int) bool {
	switch s.lower(i) {
	case "made", "make", "makes", "making", "rendered", "render", "renders", "rendering", "left", "leaving":
		// "made the sites of A, B and C unreachable or painfully slow",
		// "left the portal inaccessible": a name, then the state it was
		// left in, within the clause.
		named := false
		for k := i + 1; k < len(s.toks) && k <= i+30; k++ {
			if o := s.owner[k]; o >= 0 {
				named = named || isVictim(s.ents[o]) && s.ents[o].kind != graph.Sector
				k = s.ents[o].b - 1
				continue
			}
			switch l := s.lower(k); {
			case outageStates.has(l):
				return named
			case l == ";" || l == "." || clauseStops.has(l) && l != "according":
				return false
			}
		}
		return false
	case "took", "take", "takes", "taking", "taken", "knocked", "knock", "knocks", "knocking", "brought", "bring", "brings", "bringing",
		"forced", "force", "forces", "forcing", "pushed", "push", "pushes", "pushing":
	case "black", "blacks", "blacked", "blacking":
		// "tried to black out part of Ukraine".
		return s.lower(i+1) == "out" && s.lower(i+2) != "of"
	case "shut", "shuts", "shutting":
		// "an affiliate shut down the Centre Hospitalier": only with its
		// particle right after it and a name after that, not "shut down
		// the attacker-controlled calendars".
		if s.lower(i+1) != "down" {
			return false
		}
		j := s.entAt(i + 2 + b2i(s.lower(i+2) == "the"))
		return j >= 0 && s.ents[j].kind == graph.Organization && s.ents[j].a <= i+3
	default:
		return false
	}
	if l := s.lower(i + 1); l == "down" || l == "offline" || l == "out" && s.lower(i+2) != "of" && (s.lower(i) == "knocked" || s.lower(i) == "knock" || s.lower(i) == "knocks" || s.lower(i) == "knocking") {
		return true // "took down the website of X", "knocking out services run by X"
	}
	for k := i + 2; k < len(s.toks) && k <= i+22; k++ {
		switch l := s.lower(k); {
		case l == "offline" || l == "off-line" || l == "down" && s.lower(k-1) != "and" || l == "out" && s.lower(k+1) != "of":
			return s.entAt(k-1) >= 0 || s.toks[k-1].word && !s.toks[k-1].cap
		case l == "to" && (s.lower(k+1) == "a" || s.lower(k+1) == "its") && haltNouns.is(s.id(k+2)) && k > i+1:
			return true // "brought parts of Costa Rica's government to a halt"
		case clauseStops.has(l) || l == ";" || l == ".":
			return false
		}
	}
	return false
}

// haltNouns are where an attack brings what it hits: "to a halt".
var haltNouns = set(`halt|standstill|stop|knees`)

// outageStates are what an attack leaves a site or service in.
var outageStates = set(`unreachable|unavailable|inaccessible|offline|unusable|inoperable|unresponsive|inoperative`)

// forcedObject reports whether the verb at i forces a named victim into an
// act: "forced Barcelona's Hospital Clínic to cancel appointments", "forcing
// the Pelton Port Authority to shut down its systems".
func forcedObject(s *sent, i int) bool {
	switch s.lower(i) {
	case "forced", "force", "forces", "forcing":
	default:
		return false
	}
	if relatives.is(s.id(i-1)) && !nominals.is(s.id(i-2)) {
		return false // "published a report that forced X to respond": the report did
	}
	named := false
	for k := i + 1; k < len(s.toks) && k <= i+10; k++ {
		if o := s.owner[k]; o >= 0 {
			e := s.ents[o]
			if e.kind == graph.ThreatActor || !isVictim(e) && !(e.kind == "" && (s.lower(e.b) == "'s" || s.lower(e.b) == "’s" || named && (s.lower(e.a-1) == "near" || s.lower(e.a-1) == "in" || s.lower(e.a-1) == "outside"))) {
				return false // not "forced Barcelona's Hospital Clínic": a place owns the victim; "forced X near Paris to" goes on
			}
			named = named || !e.ref && e.kind != ""
			k = e.b - 1
			continue
		}
		l := s.lower(k)
		lID := s.id(k)
		if l == "to" {
			n := s.lower(k + 1)
			return named && k+1 < len(s.toks) && s.toks[k+1].word && !s.toks[k+1].cap && n != "the" && n != "a" && n != "an"
		}
		if clauseStops.is(lID) || l == "," || l == ";" || l == "." {
			return false
		}
	}
	return false
}

// perfect auxiliaries make a participle a verb: "has targeted organizations".
var perfect = set(`has|have|had|having`)

// baseParticiples are attack verbs whose base form is their participle, and
// infinitiveLeads the words before "to" that make it an infinitive: "went
// on to hit X", "tried to hit X".
var (
	baseParticiples = set(`hit|read`)
	infinitiveLeads = set(`on|tried|attempted|sought|began|started|managed|able|went|continued|moved|appeared|seemed|used`)
)

// ownerNouns open an apposition on what a victim owns or runs.
var ownerNouns = set(`owner|parent|operator|publisher|proprietor`)

// staffNouns are people of an organization reached by an attack: "lures
// reached employees of X".
var staffNouns = set(`employees|staff|staffers|personnel|workers|executives`)

// adjectiveLead before a participle make it an adjective: "the encrypted
// systems at X", "and compromised servers across Y".
var adjectiveLead = set(`the|a|an|its|their|his|her|our|this|that|these|those|and|or|in|by|as|many|some|several|other|all|any|no`)

// gerundPreps before an -ing form make it a verb: "responsible for hacking X".
var gerundPreps = set(`for|of|in|by|on|at|with|after|before|from|into|while|when`)

// negations before a target verb deny the attack: "a rule against
// attacking hospitals", "promised not to target".
var negations = set(`against|not|never|avoid|avoided|avoids|avoiding|refrain|refrained|ban|banned|bans|forbid|
forbade|forbids|prohibit|prohibited|prohibits|without|stop|stopped|instead|no|nor|refused|declined|denied|denies`)

// twiceBy returns the "by" after a count of attacks and a colon that
// opens their list: "was hit twice in 2020: first in February by the
// Mailto ransomware"; else k.
func twiceBy(s *sent, k int) int {
	if l := s.lower(k); l != "twice" && l != "repeatedly" && l != "again" {
		return k
	}
	e := timeAfter(s, k+1)
	if s.lower(e) != ":" {
		return k
	}
	e++
	if s.lower(e) == "first" || s.lower(e) == "once" {
		e++
	}
	if m := timeAfter(s, e); s.lower(m) == "by" {
		return m
	}
	return k
}

// passiveTarget: "Y was targeted by X", "Y have also been breached" (the
// actor in focus), "Y, previously targeted by X", "Y was breached in an
// operation attributed to X", "Y said it had been hacked by X".
func (x *extraction) passiveTarget(s *sent, last *graph.Node) {
	for i, t := range s.toks {
		// "Account details for 13 million users of X have been put up for
		// sale by Y".
		sale := t.lower == "put" && s.lower(i+1) == "up" && s.lower(i+2) == "for" && (s.lower(i+3) == "sale" || s.lower(i+3) == "auction") && auxiliaries.is(s.id(s.prevWord(i)))
		if s.owner[i] >= 0 || !participles.is(t.id) && !(leakParticiples.is(t.id) && havePassive(s, s.prevWord(i)) >= 0) && !sale {
			continue
		}
		p := s.prevWord(i)
		if (s.lower(p) == "worst" || s.lower(p) == "hardest" || s.lower(p) == "most") && s.lower(p-1) == "the" {
			p = s.prevWord(p - 1) // "were the worst affected"
		}
		if notAmongBefore(s, i) {
			continue // "X was not among the accounts known to have been read"
		}
		aux := auxiliaries.is(s.id(p))
		if aux && s.lower(p) == "been" && s.lower(p-1) == "have" && s.lower(p-2) == "to" && (hearsay.is(s.id(p-3)) || foundVerbs.is(s.id(p-3))) && auxiliaries.is(s.id(p-4)) {
			p -= 4 // "whose information was found to have been exposed": the subject stands before "was"
		}
		if deniedPassive(s, p, i) {
			continue // "Cox was not affected by the attack", "found no evidence that X was breached"
		}
		if s.lower(p) == "being" && (s.lower(p-1) == "from" || s.lower(p-1) == "without" || s.lower(p-1) == "avoid" || s.lower(p-1) == "prevent") {
			continue // "to protect the files from being read": no one's files were
		}
		if s.lower(p) == "be" && modals.is(s.id(s.prevWord(p))) {
			continue // "organizations should assume they will be targeted": a forecast, not an attack
		}
		if instrumentParticiples.is(t.id) && s.lower(i+1) == "to" {
			continue // "an antivirus product, Sheed AV, abused to protect the files": a tool, not a victim
		}
		k := i + 1
		if sale {
			k = i + 4
		}
		for k < len(s.toks) && adverbs.is(s.id(k)) {
			k++
		}
		if l := s.lower(k); (l == "offline" || l == "down" || l == "out") && durationAfter(s, k+1) > k+1 {
			k++ // "knocked offline for a week by"
		}
		over := s.lower(k) == "over" && t.lower == "taken"
		if over {
			k++ // "had their feeds taken over by"
			if s.lower(k) == "on" || s.lower(k) == "in" {
				// "taken over on Jan. 6, 2015, by": a date set off by commas
				for m := k + 1; m < len(s.toks) && m <= k+7; m++ {
					if s.lower(m) == "," && s.lower(m+1) == "by" {
						k = m + 1
						break
					}
					if !s.toks[m].digit && !months.is(s.id(m)) && s.lower(m) != "." && s.lower(m) != "," {
						break
					}
				}
			}
		}
		k = durationAfter(s, k) // "paralyzed for four days by"
		if e := timeAfter(s, k); e > k && s.lower(e) == "by" {
			k = e // "encrypted in late December 2022 by"
		}
		if e := twiceBy(s, k); e > k {
			k = e // "was hit twice in 2020: first in February by"
		}
		by := s.lower(k) == "by"
		if t.lower == "hijacked" && !by {
			continue // "the account on X was hijacked": accounts change hands often; only a named taker tells who
		}
		if !aux {
			// "X had its data stolen by Y", "X found its files posted by Y",
			// "X had files and employee data published": the one who had
			// them is the victim.
			if h := havePassive(s, p); h >= 0 && (by || leakParticiples.is(t.id)) {
				aux, p = true, h
			}
		}
		if !aux && !by {
			continue
		}
		if !aux && (p < 0 || s.toks[p].text != ",") && s.lower(p) != "previously" {
			// "targeted by" as a reduced clause needs a comma before it;
			// a headline drops its auxiliary: "Utility K-Electric hit by
			// NetWalker ransomware".
			if hj := s.entAt(p); s.title && by && hj >= 0 && isVictim(s.ents[hj]) && s.ents[hj].kind != graph.Country {
				// the victim stands right before the participle
			} else if p >= 0 && s.toks[p].text != "," {
				continue
			}
		}
		var actor graph.Node
		var ok, ref bool
		c := 0.85
		rule := "passive-target"
		if by {
			j := k + 1
			if s.lower(j) == "the" && s.owner[j] < 0 {
				j++
			}
			if operatorNouns.is(s.id(j)) && s.lower(j+1) == "of" && s.owner[j] < 0 {
				// "attacked by operators of REvil", "by affiliates of the
				// NetWalker ransomware".
				j += 2 + b2i(s.lower(j+2) == "the")
			}
			ai := s.entAt(j)
			if ai < 0 && (s.lower(j) == "a" || s.lower(j) == "an") {
				// "hit by a group called Pelton", "by a new ransomware gang,
				// QuietLocker": the actor the description names.
				for m := j + 1; m < len(s.toks) && m <= j+7; m++ {
					if o := s.owner[m]; o >= 0 {
						if e := s.ents[o]; e.kind == graph.ThreatActor && !e.ref {
							ai = o
						} else if e.kind == graph.Malware && !e.ref && variantOf(s, m) && ransomwareRun(s, e.a, e.b) {
							// "struck by a new variant of Ryuk": the
							// family stands for its gang.
							s.ents[o].kind, s.ents[o].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, e.node.Name)
							ai = o
						}
						break
					}
					if clauseStops.is(s.id(m)) && s.lower(m) != "as" || s.lower(m) == ";" {
						break
					}
				}
			}
			if ai < 0 && !attackNoun(s, j) {
				ai = agentAt(s, k+1) // "put up for sale by a hacker who goes by the name X"
			}
			if ai < 0 && !attackNoun(s, j) || ai >= 0 && s.ents[ai].kind == graph.Country {
				if d := describedAgent(s, k+1); d >= 0 {
					ai = d // "targeted by the Russian group APT28", "by Russia's APT28"
				}
			}
			switch {
			case ai >= 0 && s.ents[ai].kind == graph.ThreatActor:
				actor, ok, ref = x.actor(s, ai, last)
			case attackNoun(s, j):
				// "hit by a ransomware attack": by whom, the sentence or
				// the actor in focus says.
				actor, ok, ref, c, rule = x.laterActor(s, j, last)
			case over:
				// "were both taken over by hackers who posted ...": the
				// takeover the report is about, by the actor in focus.
				actor, ok, ref, c, rule = x.laterActor(s, k, last)
			default:
				continue // "targeted by hackers in Vietnam": not our actor
			}
		} else {
			actor, ok, ref, c, rule = x.laterActor(s, k, last)
			if sale && rule != "passive-attributed" && !actorNamedAfter(s, actor, k) {
				continue // "had been put up for sale, although the seller has not been identified"
			}
		}
		if !ok {
			continue
		}
		// Subject: victims from the clause start to the verb, not inside a
		// relative clause.
		end := i
		if aux {
			end = p
		}
		// The clause starts after a semicolon, ", and", "but", "that", or an
		// active verb of its own ("X breached A, and B was hit as well").
		start := clauseStart(s, end)
		for k := end - 1; k > start; k-- {
			if l := s.lower(k); (l == "why" || l == "how") && s.owner[k] < 0 {
				start = k + 1 // "was unable to determine why the labs were targeted"
				break
			}
		}
		if w := s.lower(end - 1); w == "what" || w == "whatever" || whSubject(s, start, end) {
			continue // "brought in Kroll to examine what was accessed": the subject is "what"
		}
		if relativeSubject(s, start, end) {
			continue // "X urged organizations that had been hit by Y to ...": the victims are not named
		}
		if relativeOfThing(s, start, end) {
			continue // "reusing documents that appeared to have been stolen": the documents were
		}
		r := end - 1
		for r > start && (auxiliaries.is(s.id(r)) || perfect.is(s.id(r))) {
			r--
		}
		if r > start && (s.lower(r) == "that" || s.lower(r) == "who") && s.owner[r] < 0 && s.lower(r-1) != "," {
			// "When Kaspersky first wrote about it, it counted 20 hotels in
			// Brazil that had been hit": the head before "that", in its own
			// clause, not the writer.
			for k := r - 1; k > start; k-- {
				if s.lower(k) == "," && s.owner[k] < 0 {
					start = k + 1
					break
				}
			}
		}
		if l := s.lower(start - 1); l == "if" || l == "whether" || l == "unless" {
			continue // "urged the government to notify citizens if their data had been exposed": a condition
		}
		whose := false
		if w := whoseAt(s, start, end); w > start {
			// "DNSC counted 26 hospitals whose databases had been
			// encrypted": the victims are what "whose" hangs on, not the
			// sentence's subject.
			h := whoseHead(s, start, w)
			start, whose = h, h == w
		}
		end = relativeEnd(s, start, end)
		vs := x.subjectVictims(s, start, end)
		if len(vs) == 0 && start > 1 && !whose {
			// "X said it had been breached", "X said some of its systems
			// were hit": the victim is who said so; not "X did not identify
			// the country whose site was hacked".
			rv := start - 1
			if s.lower(rv) == "that" {
				if m := reportVerbBefore(s, rv); m >= 0 {
					rv = m // "disclosed on Monday that"
				} else {
					rv--
				}
			}
			pron, plural := false, false
			for k := start; k < end; k++ {
				if j := s.entAt(k); j >= 0 && s.ents[j].ref && pronouns.is(s.id(k)) {
					pron = true
					plural = s.lower(k) == "they" || s.lower(k) == "their"
				}
				if assetNouns.is(s.id(k)) && s.owner[k] < 0 && k < start+4 {
					pron = true // "X warned that the records of its drivers were taken"
				}
				if j := s.entAt(k); j >= 0 && s.ents[j].kind == graph.ThreatActor && !pronouns.is(s.id(k)) {
					pron, plural = false, false // the actor is a subject in there
					break
				}
			}
			// "X cancelled operations after its systems were encrypted":
			// the owner is the subject of the clause the subordinator
			// hangs on.
			owned := subordinators.is(s.id(rv)) && (s.lower(start) == "its" || s.lower(start) == "their")
			if sp := s.entAt(rv - 1); sp >= 0 && s.ents[sp].kind == graph.ThreatActor {
				pron = false // "files they claim were stolen": the attackers speak
			}
			// "had been notified by PBI that member data had been stolen":
			// the one notified.
			notified := (s.lower(rv) == "notified" || s.lower(rv) == "informed" || s.lower(rv) == "alerted") && s.lower(rv+1) == "by"
			if (reportVerbs.is(s.id(rv)) || owned || notified) && pron && !relativeSubject(s, 0, rv) {
				// The reporter is the subject of the reporting verb, in its
				// own clause: "..., and the Louisiana Office warned that".
				cs := 0
				for k := rv - 1; k > 0; k-- {
					if l := s.lower(k); l == "and" && s.lower(k-1) == "," && s.lower(rv-1) == "," && relativeOpen(s, k) {
						continue // "X, which is based in Belgium, and runs fabs in Germany, disclosed": the relative clause goes on
					}
					if l := s.lower(k); l == ";" || l == "and" && s.lower(k-1) == "," || l == "but" {
						cs = k + 1
						break
					}
				}
				// "Mitsubishi Electric, which supplies the Self-Defense
				// Forces, confirmed that it": the one before the clause.
				vs = x.subjectVictims(s, cs, relativeEnd(s, cs, rv))
				keep := vs[:0]
				for _, v := range vs {
					e := s.ents[v.ent]
					// "A report published in October by the National Audit
					// Office found that ... their machines were infected":
					// the agent of a participle is not the one speaking.
					agent := s.lower(e.a-1) == "by" || s.lower(e.a-1) == "the" && s.lower(e.a-2) == "by"
					if (e.kind != graph.Person || !speakerTitles.is(s.id(e.a-1))) && !investigatorOf(s, cs, e.a) && !addressee(s, e) && !sourceNouns.is(s.id(e.b)) && !agent {
						keep = append(keep, v) // "spokesperson Danielle Hayes said that ...": a speaker, no victim
					}
				}
				vs = keep
				for k := rv - 1; k >= cs && k >= rv-3 && !plural; k-- {
					// "A, B and C have all warned that": each of them speaks.
					l := s.lower(k)
					lID := s.id(k)
					plural = l == "all" || l == "both" || l == "have" || l == "were" || l == "are"
					if !(plural || adverbs.is(lID) || l == "also" || l == "each") {
						break
					}
				}
				if len(vs) > 1 && !plural {
					vs = vs[len(vs)-1:]
				}
			}
		}
		if !aux && len(vs) > 1 {
			vs = vs[len(vs)-1:] // "A, B, previously targeted by X": only B
		}
		if !by && countrySubject(s, vs, start, end) {
			continue // "Croatia has also been hit", "Canada's hospitals have been hit before": a country's record, no actor's victim
		}
		keep := vs[:0]
		for _, v := range vs {
			if e := s.ents[v.ent]; !(sourceNouns.is(s.id(e.b)) && findingVerbs.is(s.id(e.b+1))) {
				keep = append(keep, v) // not "ESET telemetry shows organizations being targeted": who tells
			}
		}
		if len(keep) == 0 && aux && pluralSubject(s, start, end) {
			// "At least seven organizations were targeted, the report said,
			// among them A and B": the subject's members after the verb.
			if m := amongAfter(s, i+1); m > 0 {
				keep = append(keep, x.objects(s, m+1, true)...)
			}
		}
		if len(keep) == 0 && aux && (pluralSubject(s, start, end) || assetSubject(s, start, end)) {
			// "nine email accounts had been targeted across several
			// organisations: A, B and C": the list the colon opens.
			if m := colonListAfter(s, i+1); m > 0 {
				keep = append(keep, x.objects(s, m+1, true)...)
			}
		}
		if m := i + 1; len(keep) > 0 && s.lower(m) == "," && s.lower(m+1) == "as" && (s.lower(m+2) == "were" || s.lower(m+2) == "was") {
			// "X's mailbox was accessed, as were the accounts of A and B".
			keep = append(keep, x.objects(s, m+3, true)...)
		}
		if !by && (rule == "passive-focus" || rule == "passive-target") {
			// "Government agencies in Ukraine were hit", with no agent: a
			// country's record, which the focus actor may not own.
			keep = slices.DeleteFunc(keep, func(v victim) bool { return s.ents[v.ent].kind == graph.Country })
		}
		x.target(s, actor, keep, rule, conf(c, ref), "")
	}
}

// countrySubject reports whether the subject [start, end) of a passive
// verb is a country alone or a country's common nouns ("Croatia", "Chile's
// public sector"), with no organization named in it.
func countrySubject(s *sent, vs []victim, start, end int) bool {
	if len(vs) == 0 {
		return false
	}
	for _, v := range vs {
		if e := s.ents[v.ent]; e.kind != graph.Country && e.kind != graph.Sector {
			return false
		}
	}
	a := start
	if s.lower(a) == "the" {
		a++
	}
	j := s.entAt(a)
	if j < 0 || s.ents[j].kind != graph.Country || s.ents[j].demonym {
		return false
	}
	k := s.ents[j].b
	m := k
	for m < end && (auxiliaries.is(s.id(m)) || perfect.is(s.id(m)) || adverbs.is(s.id(m)) || lyAdverb(s, m)) {
		m++ // "Croatia has also been hit"
	}
	if m == end {
		return true
	}
	if l := s.lower(k); l != "'s" && l != "’s" {
		return false
	}
	for k++; k < end; k++ {
		if o := s.owner[k]; o >= 0 && s.ents[o].kind != graph.Sector || s.toks[k].cap || !s.toks[k].word {
			return false
		}
	}
	return true
}

// deniedPassive reports whether the passive verb at i, whose auxiliary or
// previous word is p, is denied: "was not affected", "had never been
// breached", "no information had been compromised", "found no evidence that
// its servers were breached".
func deniedPassive(s *sent, p, i int) bool {
	for k := max(p-1, 0); k < i; k++ {
		if l := s.lower(k); l == "not" || l == "never" || l == "n't" || l == "nor" {
			return true
		}
	}
	// The subject or the clause that governs it: back to a clause stop.
	for k := p - 1; k >= 0 && k >= p-14; k-- {
		l := s.lower(k)
		if l == "no" || l == "none" || l == "neither" || l == "nor" || l == "nothing" || l == "denied" || l == "denies" || l == "deny" {
			return true // "Neither A, B nor C was itself compromised"
		}
		if (l == "not" || l == "n't") && hedgeVerbs.is(s.id(k+1)) {
			return true // "Adobe is not believed to have been compromised"
		}
		if l == ";" || l == "but" || l == "." || l == "while" || l == "although" || l == "though" || l == "," && s.lower(k+1) != "which" {
			break
		}
	}
	return false
}

// hedgeVerbs report a belief about a fact: "is not believed to have been".
var hedgeVerbs = set(`believed|thought|known|said|reported|expected|considered|understood`)

// whSubject reports whether the subject [start, end) of a passive is a
// question word's phrase (not a relative "which"): "Check Point did not say what information was
// taken", "how many records were stolen".
func whSubject(s *sent, start, end int) bool {
	for k := end - 1; k >= start && k >= end-4; k-- {
		if s.owner[k] >= 0 || !s.toks[k].word {
			return false
		}
		if l := s.lower(k); l == "what" || l == "how" || l == "whether" {
			return true
		}
		if s.lower(k) == "which" && askVerbs.is(s.id(k-1)) {
			return true // "to determine which offices and individuals were affected"
		}
	}
	return false
}

// askVerbs take a question: "determine which offices were affected", "did
// not say which agencies were breached".
var askVerbs = set(`determine|determining|determined|establish|establishing|say|said|know|knew|identify|identifying|disclose|disclosed|
confirm|confirmed|specify|specified|reveal|revealed|tell|assess|assessing|investigate|investigating|understand|clear|unclear|unknown|check|checking|ascertain|name|named|list|listed`)

// refSubjectBefore reports whether the sentence opens with the actor in
// focus as its subject ("The group", "It") before the subordinator at p.
func refSubjectBefore(s *sent, p int) bool {
	for _, e := range s.ents {
		if e.kind == graph.ThreatActor && e.ref && e.a <= 2 && e.a < p {
			return true
		}
	}
	return false
}

// subordinators open a clause of their own.
var subordinators = set(`after|before|when|because|although|though|while|since|until|once|whereas|unless|if|whether`)

// assetNouns are what a victim loses: "its records were stolen".
var assetNouns = set(`records|data|files|systems|networks|servers|accounts|e-mails|emails|mailboxes|information|appliances|appliance|
routers|firewalls|gateways|endpoints|workstations|
documents|entities|machines|devices|computers|databases|credentials|customers|employees|staff|network|system|server|
environment|infrastructure|tenant|website|mailbox|account|computer|device|machine|recordings|recording|details|
correspondence|payroll|payrolls|messages|archives|backups|websites|portal|portals|patients|students|clients|members|users|
repositories|repository|repos|codebase|workstations|laptops|endpoints|phones|phone|smartphones|handsets|inboxes|inbox|database`)

// reportVerbs introduce what someone said: "X said that ...".
// trailingSource reports whether a reporting verb at k closes the sentence:
// "..., Quillon Labs said." or "..., Quillon Labs said in a report.".
func trailingSource(s *sent, k int) bool {
	if s.lower(k) == "has" || s.lower(k) == "had" {
		k++
	}
	if !reportVerbs.is(s.id(k)) || s.lower(k+1) == "that" || s.lower(k+1) == "it" {
		return false
	}
	for m := k + 1; m < len(s.toks); m++ {
		if s.owner[m] >= 0 && !(s.lower(m-1) == "on" || s.lower(m-1) == "in") {
			return false
		}
		if l := s.lower(m); l == "that" || l == "which" || l == "," {
			return false
		}
	}
	return true
}

// speakerPhrase reports whether e closes a sentence as the employer of the
// one who speaks: ", a security researcher at Chilean firm CronUp noted".
func speakerPhrase(s *sent, e ent) bool {
	if !trailingSource(s, e.b) {
		return false
	}
	role := false
	for k := e.a - 1; k >= 0 && k >= e.a-8; k-- {
		l := s.lower(k)
		lID := s.id(k)
		if l == "," {
			return role
		}
		if s.owner[k] >= 0 && s.ents[s.owner[k]].kind != graph.Country || !s.toks[k].word {
			return false
		}
		role = role || personTitles.is(lID) || titles.is(lID)
	}
	return false
}

var reportVerbs = set(`said|says|confirmed|confirms|disclosed|discloses|reported|reports|announced|announces|
acknowledged|acknowledges|revealed|reveals|admitted|admits|stated|states|told|warned|explained|noted|added|
say|allege|alleges|confirm|disclose|reveal|acknowledge|admit|announce`)

// relativeOfThing reports whether the subject [start, end) of a passive
// ends in a relative pronoun whose antecedent is a plain noun, no entity:
// "scanned documents that appeared to have been stolen".
func relativeOfThing(s *sent, start, end int) bool {
	k := end - 1
	for k > start && s.owner[k] < 0 && (auxiliaries.is(s.id(k)) || perfect.is(s.id(k)) || adverbs.is(s.id(k)) ||
		s.lower(k) == "to" || s.lower(k) == "appeared" || s.lower(k) == "appear" || s.lower(k) == "seemed" || s.lower(k) == "seem") {
		k--
	}
	if l := s.lower(k); (l != "that" && l != "which") || s.owner[k] >= 0 || k-1 < start {
		return false
	}
	return s.owner[k-1] < 0 && s.toks[k-1].word && !pronouns.is(s.id(k-1))
}

// subjectVictims collects the victims in tokens [start, end), skipping
// appositions ("Change Healthcare, a subsidiary of UnitedHealth Group, was
// breached": only Change Healthcare).
func (x *extraction) subjectVictims(s *sent, start, end int) []victim {
	var vs []victim
	if s.lower(start) == "according" && s.lower(start+1) == "to" {
		// "According to a report the university commissioned from the
		// security firm Fox-IT, two employees opened ...": the source.
		for k := start + 2; k < end; k++ {
			if s.lower(k) == "," {
				start = k + 1
				break
			}
		}
	}
	for k := start; k < end; k++ {
		if d := s.toks[k].text; (d == "-" || d == "–" || d == "—") && len(vs) > 0 {
			// "Claro, Embratel and NET - all owned by Mexico's America
			// Movil - were named": the owner in a dashed aside.
			m := k + 1 + b2i(s.lower(k+1) == "all" || s.lower(k+1) == "both" || s.lower(k+1) == "each")
			if l := s.lower(m); l == "owned" || l == "controlled" || l == "run" || l == "operated" || l == "subsidiaries" || l == "units" || l == "part" {
				if q := dashClose(s, k, end); q > 0 {
					k = q
					continue
				}
			}
		}
		if s.toks[k].text == "," && len(vs) > 0 {
			l := s.lower(k + 1)
			if j := s.entAt(k + 2); l == "the" && j >= 0 && s.ents[j].a == k+2 && s.ents[j].kind == graph.Organization && !s.ents[j].guess {
				continue // "the national health institute, the Istituto Superiore di Sanità": a name
			}
			if l == "the" && listGoesOn(s, k+1, end) {
				continue // "Procter & Gamble, the City of Toronto and Hitachi Energy": a list
			}
			if l == "a" || l == "an" || l == "the" || l == "another" || l == "which" || l == "who" || l == "itself" || l == "whose" || l == "one" ||
				l == "owned" || l == "controlled" || l == "run" || l == "based" || l == "headquartered" || l == "part" ||
				l == "prepared" || l == "written" || l == "commissioned" || l == "published" || l == "produced" || l == "compiled" {
				// "Christie's, owned by ... Groupe Artémis, confirmed": an
				// apposition on the subject.
				for k++; k < end && s.toks[k].text != ","; k++ {
				}
				continue
			}
		}
		if j := s.owner[k]; j >= 0 {
			e := s.ents[j]
			// Not "the US ambassador to China" (a modifier and a complement)
			// nor "Commerce" in "Commerce Secretary Gina Raimondo".
			modifier := e.kind == graph.Country && (personTitles.is(s.id(e.b)) || titles.is(s.id(e.b)) || orgParts.is(s.id(e.b)))
			complement := objectPreps.is(s.id(e.a-1)) && s.lower(e.a-1) != "of" || s.lower(e.a-1) == "the" && objectPreps.is(s.id(e.a-2)) && s.lower(e.a-2) != "of"
			if p := e.a - 1 - b2i(s.lower(e.a-1) == "the"); complement && (s.lower(p) == "at" || s.lower(p) == "for") && (assetNouns.is(s.id(p-1)) || serviceNouns.is(s.id(p-1)) || s.lower(p-1) == "pages") ||
				complement && s.lower(p) == "from" && (disruptedNouns.is(s.id(p-1)) || s.lower(p-1) == "shipments") ||
				complement && s.lower(p) == "from" && s.lower(p-1) == "and" ||
				complement && s.lower(p) == "at" && dependentNouns.is(s.id(p-1)) && s.lower(p-1) != "customers" {
				// "systems at X went down", "pages for X returned errors",
				// "shipments from X and from Y were suspended", "staff at X
				// could not open records": X's own
				complement = false
			} else if complement && s.lower(p) == "to" && s.lower(p-1) == "belonging" && (assetNouns.is(s.id(p-2)) || serviceNouns.is(s.id(p-2))) {
				complement = false // "websites belonging to X went down"
			}
			// "Schools and kindergartens in New Zealand lost access": the
			// place of the victims a sector names.
			sectorPlace := false
			if e.kind == graph.Country && !e.demonym && s.lower(e.a-1-b2i(s.lower(e.a-1) == "the")) == "in" {
				// "Schools and kindergartens in": a sector, then its like.
				for p := e.a - 2 - b2i(s.lower(e.a-1) == "the"); p >= start && p >= e.a-6; p-- {
					if o := s.owner[p]; o >= 0 {
						sectorPlace = s.ents[o].kind == graph.Sector
						break
					}
					if !s.toks[p].word || s.toks[p].cap || clauseStops.is(s.id(p)) {
						break
					}
				}
			}
			// "Versions of UnRAR are affected": a product's, no victim.
			release := s.lower(e.a-1) == "of" && releaseNouns.is(s.id(e.a-2))
			// "employees at one of its businesses": the owner's own line of
			// business, no sector of victims.
			release = release || e.kind == graph.Sector && (s.lower(e.a-1) == "its" || s.lower(e.a-1) == "their") && e.node.ID == "sector:private-sector"
			// "Canada's WestJet": where the victim is.
			// "The Twitter account of X was hijacked": where the account is.
			release = release || e.kind == graph.Organization && platformAccounts(s, e)
			if isVictim(e) && (!placePrep(s, e.a) || sectorPlace) && !possessor(s, e) && !modifier && !complement && !release && !countryOfCompany(s, e) && !x.affiliation(s, j) && !dateline(s, e) && !basedIn(s, e) &&
				!(e.kind == graph.Country && (appositivePlace(s, e) || describesName(s, e))) { // "the Port of Nagoya, Japan's busiest,", "U.S. bookseller Barnes & Noble"
				vs = append(vs, victim{ent: j})
			}
			k = e.b - 1
		}
	}
	return vs
}

// releaseNouns name the forms a product ships in.
var releaseNouns = set(`version|versions|release|releases|build|builds|edition|editions|copies|installers|installer`)

// basedIn reports whether entity e is the place of a "-based" modifier:
// "the Kariya, Aichi prefecture-based company".
func basedIn(s *sent, e ent) bool {
	for m := e.b; m < len(s.toks) && m < e.b+5; m++ {
		l := s.lower(m)
		if strings.HasSuffix(l, "-based") || l == "based" && s.lower(m-1) == "-" {
			return true
		}
		if j := s.owner[m]; l == "," || l == "-" || j >= 0 && (s.ents[j].kind == graph.Country || s.ents[j].kind == graph.Organization) ||
			l == "prefecture" || l == "province" || l == "state" || l == "county" || l == "city" {
			if j >= 0 {
				m = s.ents[j].b - 1
			}
			continue
		}
		return false
	}
	return false
}

// listGoesOn reports whether the phrase after a list's comma at k runs,
// without another comma, to an "and" or "or" and a named party before end:
// "A, the City of Toronto and Hitachi Energy" continues a list, where "A,
// the payments unit of B, was hit" is an apposition.
func listGoesOn(s *sent, k, end int) bool {
	for m := k; m < end-1; m++ {
		switch l := s.lower(m); {
		case l == "," || l == ";":
			return false
		case s.owner[m] < 0 && m > k && (l == "for" || l == "behind" || l == "of" || l == "with"):
			// "the studio known for the Crysis series and the shooter
			// Warface": the "and" joins what the description names.
			return false
		case l == "and" || l == "or":
			n := m + 1
			if s.lower(n) == "the" {
				n++
				// "and the security company Qualys": a few words that
				// describe the next name.
				for d := 0; d < 4 && s.owner[n] < 0 && s.toks[min(n, len(s.toks)-1)].word && !s.toks[min(n, len(s.toks)-1)].cap &&
					!clauseStops.is(s.id(n)) && !itemPreps.is(s.id(n)) && !relatives.is(s.id(n)); d++ {
					n++
				}
			}
			j := s.entAt(n)
			return j >= 0 && s.ents[j].a == n && s.ents[j].kind != graph.ThreatActor && s.ents[j].kind != ""
		}
	}
	return false
}

// affiliation reports whether entity j is the organization named with a
// person's title ("Commerce" in "Commerce Secretary Gina Raimondo").
func (x *extraction) affiliation(s *sent, j int) bool {
	for _, e := range s.ents {
		if e.kind == graph.Person && e.affOrg == j {
			return true
		}
	}
	return false
}

// possessor reports whether entity e only qualifies what follows it:
// "Olaf Scholz's party", "Bybit's chief executive". A country keeps its
// place: "Ukraine's largest operator" is in Ukraine.
// titledName reports whether organization e only gives the title of the
// name after it: "Twitter co-founder Jack Dorsey", "Google chief executive
// Sundar Pichai" tell of the person.
func titledName(s *sent, e ent) bool {
	if e.kind != graph.Organization {
		return false
	}
	k := e.b
	for n := 0; n < 2 && k < len(s.toks) && s.toks[k].word && !s.toks[k].cap && s.owner[k] < 0 && !clauseStops.is(s.id(k)) && !runConnectors.is(s.id(k)); n++ {
		if personTitles.is(s.id(k)) || strings.HasPrefix(s.lower(k), "co-") && personTitles.has(strings.TrimPrefix(s.lower(k), "co-")) {
			j := s.entAt(k + 1)
			return j >= 0 && s.ents[j].a == k+1 && (s.ents[j].kind == graph.Person || s.ents[j].kind == graph.Organization && s.ents[j].guess)
		}
		k++
	}
	return false
}

// ownersAssetAt reports whether the country at a modifies an organization's
// asset: "Netflix's main U.S. Twitter account" is Netflix's.
func ownersAssetAt(s *sent, a int) bool {
	k := a - 1
	for k > 0 && k >= a-3 && s.toks[k].word && !s.toks[k].cap && s.owner[k] < 0 && !clauseStops.is(s.id(k)) {
		k--
	}
	if l := s.lower(k); l != "'s" && l != "’s" {
		return false
	}
	o := s.entAt(k - 1)
	return o >= 0 && s.ents[o].kind == graph.Organization && s.ents[o].b == k && ownedAsset(s, s.ents[o])
}

func possessor(s *sent, e ent) bool {
	l := s.lower(e.b)
	if l != "'s" && l != "’s" || e.kind == graph.Country || e.kind == graph.Sector {
		return false
	}
	if ownedAsset(s, e) {
		return false // "Royal Mail's export service": what is hit is the organization's
	}
	n := e.b + 1
	return n < len(s.toks) && s.owner[n] < 0 && s.toks[n].word && !s.toks[n].cap && !runConnectors.is(s.id(n)) && !clauseStops.is(s.id(n)) && !starters.is(s.id(n))
}

// ownedProduct reports whether organization e names a product of the
// organization that owns it, before the product's noun: "Ronin" in "Sky
// Mavis's Ronin bridge", "Ethereum" in "Bybit's Ethereum wallet". The owner
// is the victim.
func ownedProduct(s *sent, e ent) bool {
	if e.kind != graph.Organization {
		return false
	}
	switch l := s.lower(e.a - 1); l {
	case "'s", "’s":
		if o := s.entAt(e.a - 2); o < 0 || s.ents[o].kind != graph.Organization {
			return false
		}
	case "its", "their":
		// "its Schoology learning platform": the victim's own service.
	default:
		return false
	}
	// Up to two modifiers before the noun: "Bybit's Ethereum cold
	// wallets", "its Impulse license provisioning system".
	for k := e.b; k < len(s.toks) && k <= e.b+2; k++ {
		if offeringNouns.is(s.id(k)) {
			return true
		}
		if !s.toks[k].word || s.toks[k].cap || s.owner[k] >= 0 {
			return false
		}
	}
	return false
}

// offeringNouns name what a company runs for its users: "Harmony's Horizon
// bridge", "Google's Gmail service".
var offeringNouns = set(`bridge|bridges|wallet|wallets|blockchain|sidechain|platform|app|apps|browser|software|product|
products|service|services|cloud|token|tokens|protocol|game|network|portal|portals|system`)

// appositivePlace reports whether country e opens an apposition that
// describes the victim just before it: "Tata Power, India's largest power
// company", "DESFA, Greece's gas grid operator". The country places that
// victim; it is not a victim of its own.
// appositionIn returns the organization an apposition places in country
// e ("InvestBank, a lender based in the United Arab Emirates", "Pelton
// Bank, a small lender in France"), or -1.
func appositionIn(s *sent, e ent) int {
	p := e.a - 1
	if s.lower(p) == "the" {
		p--
	}
	if s.lower(p) != "in" {
		return -1
	}
	p--
	if l := s.lower(p); l == "based" || l == "headquartered" || l == "located" {
		p--
	}
	for n := 0; n < 4 && p > 0 && s.toks[p].word && !s.toks[p].cap && s.owner[p] < 0 && !adjectiveLead.is(s.id(p)); n++ {
		p--
	}
	if l := s.lower(p); (l != "a" && l != "an") || p == e.a-2 || s.lower(p-1) != "," {
		return -1
	}
	k := s.entAt(p - 2)
	if k < 0 || s.ents[k].b != p-1 || s.ents[k].kind != graph.Organization {
		return -1
	}
	return k
}

func appositivePlace(s *sent, e ent) bool {
	if l := s.lower(e.b); l != "'s" && l != "’s" {
		// "ICBC Financial Services, the U.S. broker-dealer arm of ...":
		// the country describes the victim named before the comma.
		// "Allied Universal, a large U.S. security services company": an
		// article and a few adjectives before it.
		d := e.a - 1
		for n := 0; n < 2 && d > 0 && s.toks[d].word && !s.toks[d].cap && s.owner[d] < 0 && s.lower(d) != "the" && s.lower(d) != "a" && s.lower(d) != "an"; n++ {
			d--
		}
		if art := s.lower(d); art != "the" && (art != "a" && art != "an" || d == e.a-1) || s.lower(d-1) != "," || e.b >= len(s.toks) || s.owner[e.b] >= 0 && s.ents[s.owner[e.b]].kind != graph.Sector || !s.toks[e.b].word || s.toks[e.b].cap || victimNouns.has(l) {
			return false
		}
		k := s.entAt(d - 2)
		return k >= 0 && s.ents[k].b == d-1 && s.ents[k].kind == graph.Organization
	}
	n := e.b + 1
	if n >= len(s.toks) || s.owner[n] >= 0 || !s.toks[n].word || s.toks[n].cap {
		return false // "Ukraine's Naftogaz": a name follows, read by itself
	}
	a := e.a
	if s.lower(a-1) == "the" {
		a--
	}
	if s.lower(a-1) == "of" && s.lower(a-2) == "one" {
		a -= 2 // "the University of Duisburg-Essen, one of Germany's largest universities"
	}
	if s.lower(a-1) != "," {
		return false
	}
	k := s.entAt(a - 2)
	return k >= 0 && s.ents[k].b == a-1 && s.ents[k].kind == graph.Organization
}

// describedPlace reports whether an organization is a place described
// after a preposition of place, or a name that describes such a place: "a
// hospital in the French Riviera city of Cannes" (both Riviera and the city
// of Cannes), not "hit the city of Cannes".
func describedPlace(s *sent, e ent) bool {
	a := e.a
	if l := s.lower(e.b); e.guess && (placeNouns.has(l) || regionNouns.has(l)) && s.lower(e.b+1) == "of" && !s.toks[e.b].cap {
		a = e.b // "the French Riviera city of": the name before the noun
	} else if s.toks[a].cap || !placeNouns.is(s.id(a)) {
		return false
	}
	k := a - 1
	for k >= 0 && k >= a-4 && s.lower(k) != "the" && s.lower(k) != "a" && s.toks[k].word {
		k--
	}
	if s.lower(k) != "the" && s.lower(k) != "a" || k == a-1 && a != e.a {
		return false
	}
	switch s.lower(k - 1) {
	case "in", "near", "outside", "across", "around", "throughout":
		return true
	}
	return false
}

// placeNouns head the name of a place: "the city of Cannes".
var placeNouns = set(`city|town|village|municipality|borough|port|capital`)

// modifierInApposition reports whether a name modifies the noun of an
// apposition on the organization before it: "Nodex, a St. Petersburg
// internet service provider", "Marlow Bank, a Pelton Group subsidiary".
func modifierInApposition(s *sent, e ent) bool {
	if l := s.lower(e.a - 1); l != "a" && l != "an" || s.lower(e.a-2) != "," {
		return false
	}
	if n := e.b; n >= len(s.toks) || s.owner[n] >= 0 && s.ents[s.owner[n]].kind != graph.Sector || !s.toks[n].word || s.toks[n].cap {
		return false
	}
	k := s.entAt(e.a - 3)
	return k >= 0 && s.ents[k].b == e.a-2 && s.ents[k].kind == graph.Organization
}

// ownedAsset reports whether an organization's possessive is followed, within
// three lower-case modifiers, by a noun for what an attack hits: "Royal Mail's
// international export service", "Hyundai's network", "the bank's systems".
// A person's possessive ("Olaf Scholz's party") is not read so.
func ownedAsset(s *sent, e ent) bool {
	if e.kind == graph.Person {
		// "Gina Raimondo's mailbox was accessed": the person's own.
		return personalAssets.is(s.id(e.b+1)) || personalAssets.is(s.id(e.b+2)) && !s.toks[e.b+1].cap && s.owner[e.b+1] < 0
	}
	if e.kind != graph.Organization {
		return false
	}
	limit, place := e.b+4, false
	for k := e.b + 1; k < len(s.toks) && k <= limit; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if place && !accountNouns.is(lID) && (assetNouns.is(lID) || serviceNouns.is(lID)) {
			return false // "Ford's own UK dealer network": a unit of its own
		}
		if assetNouns.is(lID) || serviceNouns.is(lID) || keptAccounts.is(lID) || (orgParts.is(lID) || partyUnits.is(lID)) && k == e.b+1 || (l == "group" || partyUnits.is(lID)) && k == e.b+2 && s.lower(k-1) == "parliamentary" {
			// "the Labour Party's parliamentary group": the party's own.
			// Not when the asset is named right after: "Fenwick Group's
			// travel arm Fenwick Journeys" is the arm's own name.
			return !(s.capWord(k+1) || s.entAt(k+1) >= 0 && s.ents[s.entAt(k+1)].kind == graph.Organization)
		}
		if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.Sector && !s.toks[k].cap {
			continue // "Royal Mail's international shipping operation": a sector's word describes the asset
		}
		if l == "and" && k > e.b+1 && k+1 < len(s.toks) && s.toks[k+1].word && !s.toks[k+1].cap {
			continue // "Boeing's parts and distribution business"
		}
		if s.toks[k].cap && s.toks[k].word && keptAccounts.is(s.id(k+1)) {
			continue // "Microsoft's private GitHub repositories": the account holder's own
		}
		if o := s.owner[k]; o >= 0 && s.ents[o].a == k && s.ents[o].kind == graph.Country && !s.ents[o].ref {
			k, limit, place = s.ents[o].b-1, limit+s.ents[o].b-s.ents[o].a-1, true
			continue // "Netflix's main U.S. Twitter account": where the account serves
		}
		if o := s.owner[k]; o >= 0 && s.ents[o].a == k && (s.ents[o].kind == graph.Organization || s.ents[o].kind == "" && s.ents[o].node.ID == "") && k > e.b+1 && (serviceNouns.is(s.id(s.ents[o].b)) || assetNouns.is(s.id(s.ents[o].b))) {
			k = s.ents[o].b - 1
			continue // "Rackspace's hosted Microsoft Exchange service": another's product, run by the owner
		}
		if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap || clauseStops.is(lID) || relatives.is(lID) || auxiliaries.is(lID) {
			return false
		}
	}
	return false
}

// shortNouns name a short form of a name: "known by its initials as HUR".
var shortNouns = set(`initials|acronym|abbreviation`)

// keptAccounts are what an organization keeps on another's platform: "its
// GitHub repositories", "its Slack accounts".
var keptAccounts = set(`repositories|repository|repos|repo|accounts|account|workspace|workspaces|tenant|tenants`)

// partyUnits are a party's or a body's own parts.
var partyUnits = set(`caucus|faction|secretariat|headquarters|leadership|delegation`)

// personalAssets are what a person has that an intruder reads or takes.
var personalAssets = set(`mailbox|mailboxes|inbox|inboxes|account|accounts|email|e-mail|emails|e-mails|phone|phones|smartphone|iphone|laptop|computer|devices|device|messages|correspondence`)

// serviceNouns are what an organization runs and an attack takes down:
// "the port's container terminals", "the company's export service".
var serviceNouns = set(`service|services|operation|operations|bridge|terminals|terminal|website|websites|site|sites|platform|portal|
email|e-mail|mail|mailboxes|tenant|cloud|plant|plants|facility|facilities|pipeline|grid|exchange|wallet|wallets|
branch|branches|subsidiary|subsidiaries|unit|units|arm|division|divisions|business|businesses|offices|hospitals|clinics|laboratories|labs|stores`)

// productName reports whether an entity's name holds a product word
// ("Windows Security Health Service").
func productName(s *sent, e ent) bool {
	for k := e.a; k < e.b; k++ {
		if notSoftware.is(s.id(k)) {
			return true
		}
	}
	return false
}

// attackNoun reports whether a noun of attack starts at token j, possibly
// after an article and modifiers: "a ransomware attack", "attacks".
func attackNoun(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+4; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if nominals.is(lID) {
			return true
		}
		if (l == "ransomware" || l == "malware") && !groupNouns.is(s.id(k+1)) && !appositionNouns.is(s.id(k+1)) && !actorRefs.is(s.id(k+1)) && s.owner[k] < 0 {
			return true // "hit by ransomware that forced it to", not "by the ransomware gang"
		}
		if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap && !months.is(lID) {
			return false // not "a Quarrow attack"; "a January attack" is one
		}
	}
	return false
}

// actorNamedAfter reports whether the sentence names actor itself after k: "had
// been put up for sale ..., and said it believed FIN7 was behind that
// intrusion".
func actorNamedAfter(s *sent, actor graph.Node, k int) bool {
	for _, e := range s.ents {
		if e.a >= k && !e.ref && e.node.ID == actor.ID {
			return true
		}
	}
	return false
}

// forSaleSpan reports whether the words [a, b) leave the clause of a sale:
// a clause stop other than "on", "in" and "of" of the place and batch.
func forSaleSpan(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if l := s.lower(k); l == ";" || l == "." || s.owner[k] >= 0 && s.ents[s.owner[k]].kind != graph.Organization ||
			clauseStops.is(s.id(k)) && l != "on" && l != "in" && l != "of" && l != "as" {
			return true
		}
	}
	return false
}

// softwareSubjectBefore reports whether malware, a tool or an earlier agent
// stands before k: "The exploit, known as EternalBlue, had been developed by
// the NSA and was leaked by X" leaks software, not a victim's data.
func softwareSubjectBefore(s *sent, k int) bool {
	for m := 0; m < k && m < len(s.toks); m++ {
		if o := s.owner[m]; o >= 0 && (s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool) || s.lower(m) == "by" {
			return true
		}
	}
	return false
}

// usesSoftware reports whether the catalogue ties software sw to actor f,
// or f goes by the software's name.
func (x *extraction) usesSoftware(f, sw graph.Node) bool {
	if strings.EqualFold(f.Name, sw.Name) {
		return true
	}
	e, ok := x.g.Lookup(f.Name)
	if !ok {
		return false
	}
	for _, g := range softwareGroups()[sw.ID] {
		if slices.Contains(e.ExternalIDs, g) {
			return true
		}
	}
	return strings.EqualFold(e.Name, sw.Name) || slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, sw.Name) })
}

// ransomwareAgent returns the ransomware named as the agent of the passive
// after from ("was knocked offline by Ryuk", "encrypted by the Ryuk
// ransomware"), or -1.
func ransomwareAgent(s *sent, from int) int {
	for k := from; k < len(s.toks) && k <= from+8; k++ {
		if l := s.lower(k); l == ";" || l == "," && k > from+1 {
			return -1
		}
		if s.lower(k) != "by" {
			continue
		}
		j := s.entAt(k + 1 + b2i(s.lower(k+1) == "the"))
		if j >= 0 && s.ents[j].kind == graph.Malware && ransomwareNames()[s.ents[j].node.Name] {
			return j
		}
		return -1
	}
	return -1
}

// agentAt returns the named actor an agent phrase at j gives: "the Quarrow
// gang", "a hacker who goes by the name Gnosticplayers", "a group calling
// itself X"; -1 if none.
func agentAt(s *sent, j int) int {
	if ai := s.entAt(j + b2i(s.lower(j) == "the")); ai >= 0 {
		if s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
			return ai
		}
		return -1
	}
	if l := s.lower(j); l != "a" && l != "an" {
		return -1
	}
	for m := j + 1; m < len(s.toks) && m <= j+8; m++ {
		if o := s.owner[m]; o >= 0 {
			if s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
				return o
			}
			return -1
		}
		if l := s.lower(m); l == ";" || l == "." || l == "," || l == "and" {
			return -1
		}
	}
	return -1
}

// describedAgent returns the actor that a description after "by" names:
// "the Russian group APT28", "the North Korean hacking group Lazarus",
// "Russia's APT28", "Russian hackers from APT28", "the Chinese
// state-sponsored group known as APT41". Only a demonym or a country's
// possessive, group words and their modifiers may stand before the name;
// it returns -1 when anything else does ("by the Chinese government").
func describedAgent(s *sent, j int) int {
	country, group := false, false
	for m := j; m < len(s.toks) && m <= j+8; m++ {
		if o := s.owner[m]; o >= 0 {
			e := s.ents[o]
			switch {
			case e.kind == graph.ThreatActor && !e.ref:
				if !country && !group {
					return -1 // no description: the caller reads the name itself
				}
				return o
			case e.kind == graph.ThreatActor && groupNouns.has(s.lower(e.b-1)):
				group = true // "the Russian group APT28": "group" alone would stand for the actor in focus
				m = e.b - 1
				continue
			case e.kind == graph.Country && !country && (e.demonym || s.lower(e.b) == "'s" || s.lower(e.b) == "’s"):
				country = true
				m = e.b - 1 + b2i(!e.demonym)
				continue
			}
			return -1
		}
		l := s.lower(m)
		if groupNouns.has(l) {
			group = true
			continue
		}
		if group && nameCues.has(l) {
			continue // "hackers using the name X", "a crew calling itself X"
		}
		if groupModifiers.has(l) || l == "from" && m > j && groupNouns.has(s.lower(m-1)) ||
			(l == "as" || l == "called" || l == "dubbed" || l == "named") && m > j {
			continue
		}
		return -1
	}
	return -1
}

// nameCues lead from a group noun to the name the group goes by.
var nameCues = set(`using|calling|call|calls|themselves|itself|going|goes|go|by|who|that|under|name|names|handle|moniker|banner|persona|label`)

// laterActor finds who a passive sentence blames after the verb: "in an
// operation attributed to X", "claimed by X", else the actor in focus.
func (x *extraction) laterActor(s *sent, from int, last *graph.Node) (graph.Node, bool, bool, float64, string) {
	semi := false
	for k := from; k < len(s.toks); k++ {
		if s.toks[k].text == ";" {
			if semi {
				break
			}
			semi = true // only "attributed the attack to X" reaches back over it
			continue
		}
		l := s.lower(k)
		lID := s.id(k)
		blame := l == "attributed" || l == "linked" || l == "tied" || l == "blamed" || l == "claimed" || l == "traced" || l == "pinned"
		j := -1
		switch {
		case blame && !semi && (s.lower(k+1) == "to" || s.lower(k+1) == "on" || s.lower(k+1) == "by"):
			j = k + 2
		case blame && l != "claimed" && s.lower(k+1) == "the" && breachNouns.is(s.id(k+2)) && (s.lower(k+3) == "to" || s.lower(k+3) == "on"):
			j = k + 4 // "officials attributed the attack to X"
		}
		if j > 0 {
			if s.lower(j) == "the" {
				j++
			}
			if s.entAt(j) < 0 {
				// "tied to a different gang, BlackMatter": the name after
				// the group's description.
				for m := j; m < len(s.toks) && m <= j+4; m++ {
					if s.lower(m) == "," && groupNouns.is(s.id(m-1)) {
						j = m + 1
						break
					}
					if !s.toks[m].word || s.owner[m] >= 0 {
						break
					}
				}
			}
			if ai := s.entAt(j); ai >= 0 && s.ents[ai].kind == graph.ThreatActor {
				a, ok, ref := x.actor(s, ai, last)
				return a, ok, ref, 0.8, "passive-attributed"
			}
		}
		if semi {
			continue
		}
		// "an attack that RansomHouse later boasted about", "an attack
		// that the gang claimed".
		// "in attacks the group later boasted about".
		if k > from && (l == "that" && attackNoun(s, k-1) || nominals.is(s.id(k-1)) && s.lower(k-2) != "the" && s.entAt(k) >= 0) {
			j := k
			if l == "that" {
				j++
			}
			if ai := s.entAt(j); ai >= 0 && s.ents[ai].kind == graph.ThreatActor {
				m := s.ents[ai].b
				for adverbs.is(s.id(m)) || s.lower(m) == "later" {
					m++
				}
				if v := s.lower(m); v == "claimed" || v == "boasted" || v == "bragged" || v == "took" && s.lower(m+1) == "credit" {
					if a, ok, ref := x.actor(s, ai, last); ok {
						return a, ok, ref, 0.8, "passive-attributed"
					}
				}
			}
		}
		// "its ticketing system had been breached after Hellcat claimed to
		// have stolen data": the actor of the sequel tells whose attack it was.
		if sequelWords.is(lID) && k >= from {
			j := k + 1
			if s.lower(j) == "the" {
				j++
			}
			if ai := s.entAt(j); ai >= 0 && s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
				m := s.ents[ai].b
				for m < len(s.toks) && (groupNouns.is(s.id(m)) || adverbs.is(s.id(m)) || s.lower(m) == "later" || s.lower(m) == "had" || s.lower(m) == "has") && s.owner[m] < 0 {
					m++
				}
				if gangVerbs.is(s.id(m)) || leakVerbs.is(s.id(m)) || listingVerbs.is(s.id(m)) {
					a, ok, ref := x.actor(s, ai, last)
					return a, ok, ref, 0.7, "passive-attributed"
				}
			}
		}
		// "said it had been attacked with LockBit ransomware".
		if l == "with" && k >= from && withAttackVerbs.is(s.id(k-1)) {
			j := k + 1 + b2i(s.lower(k+1) == "the")
			if ai := s.entAt(j); ai >= 0 && s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
				return s.ents[ai].node, true, false, 0.8, "passive-attributed"
			}
		}
		// "struck by ransomware from a group calling itself DarkBit".
		if l == "from" && k > from && attackNoun(s, k-1) {
			for j := k + 1; j < len(s.toks) && j <= k+6 && !clauseStops.is(s.id(j)) && s.lower(j) != ","; j++ {
				if ai := s.entAt(j); ai >= 0 {
					if s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
						return s.ents[ai].node, true, false, 0.8, "passive-attributed"
					}
					if !s.ents[ai].ref {
						break
					}
				}
			}
		}
		// "have been put up for sale on a dark web market, in the fourth
		// batch of stolen databases released this year by a hacker who goes
		// by the name Gnosticplayers": the agent after the place and batch.
		if l == "by" && k > from && k <= from+24 && !forSaleSpan(s, from, k) && !softwareSubjectBefore(s, from) {
			if ai := agentAt(s, k+1); ai >= 0 {
				return s.ents[ai].node, true, false, 0.8, "passive-attributed"
			}
		}
		// "that incident was the work of a different gang, Black Basta",
		// "carried out by": a named actor within the next few words.
		if l == "work" && s.lower(k+1) == "of" || l == "carried" && s.lower(k+1) == "out" && s.lower(k+2) == "by" {
			for j := k + 2; j < len(s.toks) && j <= k+8; j++ {
				if ai := s.entAt(j); ai >= 0 && s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
					return s.ents[ai].node, true, false, 0.8, "passive-attributed"
				} else if ai >= 0 && s.ents[ai].kind == graph.Malware {
					return graph.Node{}, false, false, 0, "" // "the work of Black Basta" read as a ransomware: someone else, not the focus
				}
			}
		}
	}
	if sw := ransomwareAgent(s, from); sw >= 0 {
		// "SEPE was knocked offline by Ryuk" in a report on Babuk: the
		// ransomware's crew, unless it is the actor in focus's own.
		node := s.ents[sw].node
		if f := x.focusActor(last); f != nil && x.usesSoftware(*f, node) {
			return *f, true, true, 0.8, "passive-focus"
		}
		return graph.NewNode(graph.ThreatActor, node.Name), true, false, 0.8, "passive-attributed"
	}
	if f := x.focusActor(last); f != nil {
		if unnamedAgent(s) {
			// "X, whose systems were accessed in 2021, had been compromised
			// by a Chinese state-affiliated actor": someone the text does
			// not name.
			return graph.Node{}, false, false, 0, ""
		}
		for _, e := range s.ents {
			if e.kind == graph.ThreatActor && !e.ref && e.node.ID != f.ID {
				// "Anonymous claimed to have leaked files stolen from X":
				// the sentence's own actor, which the active rules read,
				// not the one in focus.
				return graph.Node{}, false, false, 0, ""
			}
		}
		for _, e := range s.ents {
			if e.kind == graph.ThreatActor && !e.ref && e.node.ID == f.ID {
				return *f, true, true, 0.8, "passive-target" // the sentence names it
			}
		}
		if x.earlierYearLead(s) {
			// "In 2019, the Town of Wasaga Beach paid 11 bitcoin after its
			// servers were encrypted": background of another year, whose
			// attacker the passive does not name.
			return graph.Node{}, false, false, 0, ""
		}
		return *f, true, true, 0.8, "passive-focus"
	}
	return graph.Node{}, false, false, 0, ""
}

// earlierYearLead reports whether the sentence opens with a time phrase
// of a year before the report's own ("In 2019,", "In June 2015,"): the
// background of other incidents.
func (x *extraction) earlierYearLead(s *sent) bool {
	if len(x.doc.Date) < 4 || s.lower(0) != "in" {
		return false
	}
	k := 1
	if months.is(s.id(k)) {
		k++
	}
	y := s.lower(k)
	if len(y) != 4 || s.lower(k+1) != "," || y[0] != '1' && y[0] != '2' {
		return false
	}
	return y < x.doc.Date[:4]
}

// earlierIncident reports whether the verb at i has for subject an attack
// the text introduces ("a ransomware attack", "an intrusion") in a year
// before the report's: "In 2020, Manchester United spent weeks recovering
// from a cyberattack that took down ...". Another incident, not the one
// the report is about.
func (x *extraction) earlierIncident(s *sent, i int) bool {
	if len(x.doc.Date) < 4 {
		return false
	}
	// The subject stands right before the verb, perhaps with a relative
	// pronoun or a date: "a cyberattack that took down", "A ransomware
	// attack in November 2022 crippled".
	indefinite := false
	for k := i - 1; k >= 0 && k >= i-7 && !indefinite; k-- {
		l := s.lower(k)
		if l == "," || l == ";" || l == "and" || l == "but" || s.owner[k] >= 0 {
			return false
		}
		// Not "indicted four nationals over a campaign that stole": the
		// campaign the charges blame.
		indefinite = (l == "a" || l == "an") && attackNoun(s, k+1) && s.lower(k-1) != "over" && s.lower(k-1) != "for"
	}
	if !indefinite {
		return false
	}
	earlier := false
	for k, t := range s.toks {
		switch t.lower {
		case "blamed", "attributed", "responsible", "accused", "charged", "indicted":
			return false // "The unit is blamed for ... and a 2019 campaign that defaced": the record laid on it
		}
		// Not "a 2021 intrusion affecting X": the incident the report
		// itself dates.
		if y := t.lower; len(y) == 4 && t.digit && (y[0] == '1' || y[0] == '2') && y < x.doc.Date[:4] && s.lower(k-1) != "a" && s.lower(k-1) != "an" && s.lower(k-1) != "the" {
			earlier = true
		}
	}
	return earlier
}

// relativeOpen reports whether a non-restrictive relative clause (", which",
// ", who") opens before k in the same clause.
func relativeOpen(s *sent, k int) bool {
	for m := k - 1; m > 0; m-- {
		if l := s.lower(m); l == ";" || l == ":" {
			return false
		}
		if l := s.lower(m); (l == "which" || l == "who") && s.lower(m-1) == "," {
			return true
		}
	}
	return false
}

// modals before "be" and a participle make the passive a forecast or a
// possibility.
var modals = set(`will|would|could|might|may|can|should|must`)

// instrumentParticiples before "to" and a verb make their subject a means:
// "a driver abused to hide files", "a server exploited to relay traffic".
var instrumentParticiples = set(`abused|exploited|leveraged|weaponized|weaponised|misused|repurposed|used|employed`)

// unnamedAgent reports whether the sentence gives a passive an agent it
// does not name: "by a Chinese state-affiliated actor", "by an unknown
// group", "by other hackers".
func unnamedAgent(s *sent) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.lower(k) != "by" {
			continue
		}
		switch s.lower(k + 1) {
		case "a", "an", "another", "other", "unknown", "unidentified", "different", "separate":
		default:
			continue
		}
		for m := k + 2; m < len(s.toks) && m <= k+7; m++ {
			if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
				break // "by a group called X": named
			}
			if agentNouns.is(s.id(m)) && s.lower(m+1) != "called" && s.lower(m+1) != "known" && s.lower(m+1) != "dubbed" && s.entAt(m+1) < 0 {
				return true
			}
			if !s.toks[m].word || clauseStops.is(s.id(m)) {
				break
			}
		}
	}
	return false
}

// agentNouns name an attacker without naming it.
var agentNouns = set(`actor|actors|group|groups|hacker|hackers|attacker|attackers|gang|crew|operators|intruders|team|criminals|perpetrators|culprits`)

// countryOfCompany reports whether the country e owns the organization
// after it, "Canada's WestJet": where that victim is, not a victim of its
// own; but "Peru's intelligence directorate" is the state's own body.
func countryOfCompany(s *sent, e ent) bool {
	if e.kind != graph.Country || e.demonym || s.lower(e.b) != "'s" && s.lower(e.b) != "’s" {
		return false
	}
	m := e.b + 1
	for n := 0; n < 3 && m < len(s.toks) && s.owner[m] < 0 && s.toks[m].word && !s.toks[m].cap && !victimNouns.is(s.id(m)); n++ {
		m++ // "Japan's largest brewer Kirin", "Iran's state-owned Bank Sepah"
	}
	if o := s.entAt(m); m < len(s.toks) && (victimNouns.is(s.id(m)) || o >= 0 && s.ents[o].kind == graph.Sector) {
		// "Singapore's largest telecoms operator Singtel": a description
		// of the company named right after it.
		for n := 0; n < 3 && m < len(s.toks) && s.toks[m].word && !s.toks[m].cap && s.lower(m) != "and" && s.lower(m) != "or" && (s.owner[m] < 0 || s.ents[s.owner[m]].kind == graph.Sector); n++ {
			m++
		}
	}
	if l := s.lower(m - 1); s.lower(m) == "," && m > e.b+1 && l != "system" && l != "systems" && l != "platform" && l != "portal" && l != "software" && l != "app" && l != "database" && l != "network" {
		// "Sweden's national grid operator, Svenska kraftnät,", "Costa
		// Rica's public health service, the Caja Costarricense de Seguro
		// Social": the company named in apposition after its description;
		// not "Albania's border control system, the TIMS": a system.
		m++
		if s.lower(m) == "the" {
			m++
		}
	}
	o := s.entAt(m)
	return o >= 0 && s.ents[o].a == m && s.ents[o].kind == graph.Organization
}

// placePrep reports whether the word before token a makes what follows a
// place: "in Massachusetts", "across Europe".
func placePrep(s *sent, a int) bool {
	name := a
	if l := s.lower(a - 1); l == "the" || l == "a" || l == "an" {
		a-- // "in the United States", "in a NATO member state"
	}
	switch s.lower(a - 1) {
	case "in", "across", "near", "throughout", "outside", "around", "within":
		return true
	case ",", "and", "or":
		// "in Washington, D.C.", "in Chile, Spain and Uruguay"; not the
		// organization after a fronted place: "In Australia, Court Services
		// Victoria disclosed", "In Sweden, the Coop supermarket chain".
		if k, j := s.entAt(name), s.entAt(a-2); k >= 0 && j >= 0 && s.ents[k].kind == graph.Organization && (s.ents[j].kind == graph.Country || s.ents[j].kind == "" && s.ents[j].a <= 2) && s.lower(a-1) == "," {
			return false
		}
		if k := s.entAt(name); k >= 0 && s.ents[k].kind == graph.Organization && s.lower(name-1) == "the" && (!s.ents[k].guess || facilityHeads.is(s.id(s.ents[k].b-1))) {
			return false // "the Moisès Broggi hospital in Sant Joan Despí, the Dos de Maig hospital": the next item, no place
		}
		if j := s.entAt(a - 2); j >= 0 && (s.ents[j].guess || s.ents[j].kind == graph.Country || s.ents[j].kind == "") {
			return placePrep(s, s.ents[j].a)
		}
	}
	return false
}

// participleSubject returns the actor whose clause a participle after a
// comma inside [from, to) goes on: "a group calling itself X claimed the
// attacks, posting lists of targets that included A and B". It returns -1
// when there is none.
func participleSubject(s *sent, from, to int) int {
	for k := max(from, 1); k < to; k++ {
		if s.toks[k].text != "," {
			continue
		}
		p := k + 1
		if t := s.toks[min(p, len(s.toks)-1)].text; t == "\"" || t == "”" {
			p++ // "under the banner \"Operation Ababil,\" posting ..."
		}
		if !strings.HasSuffix(s.lower(p), "ing") || s.toks[p].cap || s.owner[p] >= 0 {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-30 && s.toks[j].text != ";"; j-- {
			if o := s.owner[j]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
				return o
			}
		}
		return -1
	}
	return -1
}

// listTarget: "targets included A, B and C", "the impacted organizations
// include: A; B", "among the targets was X", "targets ranging from A to B".
func (x *extraction) listTarget(s *sent, last *graph.Node) {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		l := s.lower(i)
		lID := s.id(i)
		var from, leadStart int
		leadEnd := i      // the actor is named before this token
		bulleted := false // marked only as a bulleted list of victims
		switch {
		case l == "among" && s.lower(i+1) == "the" && listMarks.is(s.id(i+2)) && (auxiliaries.is(s.id(i + 3))):
			from, leadStart = i+4, i
		case amongVerbs.is(lID) && s.owner[i] < 0 && amongVictims(s, i+1) > i+1:
			// "Prosecutors named A, B and C among the victims", "the group
			// also listed A and B among its targets".
			from, leadStart = i+1, max(0, i-12)
		case l == "among" && i == 0 && (s.lower(1) == "them" || s.lower(1) == "those") && auxiliaries.is(s.id(2)) &&
			x.prev != nil && (x.prev.Para == s.Para || x.prev.Para == s.Para-1) && hitMany(x.prev):
			// "The first wave hit roughly 20 sites. Among them were A and B."
			// The sentence before may close the paragraph before.
			from, leadStart = 3, i
		case l == "with" && s.owner[i] < 0 && withAmong(s, i+1) > 0:
			// "also reached drug developers, with Celltrion, Genexine and
			// Shin Poong among the companies that were targeted".
			from, leadStart = i+1, 0
		case l == "among" && i == 0 && frontedAmong(s) > 0:
			// "Among the companies whose networks were breached were A, B
			// and C", "Among the organizations caught in UNC2546's
			// campaign were A and B".
			from, leadStart = frontedAmong(s)+1, i
			leadEnd = from
		case (listVerbs.is(lID) || s.toks[i].text == ":") && !(auxiliaries.is(lID) && relatives.is(s.id(i-1))):
			leadStart = i - 12
			if leadStart < 0 {
				leadStart = 0
			}
			for k := i - 13; k >= 0 && k >= i-24; k-- {
				// "The group's first list of targets, published on
				// Saturday, named about 30 Russian corporate and state
				// websites, including ...": a list of targets further back.
				if (s.lower(k) == "list" || s.lower(k) == "lists") && s.lower(k+1) == "of" && (s.lower(k+2) == "targets" || s.lower(k+2) == "victims") {
					leadStart = k
					break
				}
			}
			mark := false
			for k := leadStart; k < i; k++ {
				if s.toks[k].text == ";" || s.toks[k].text == "." {
					leadStart = k + 1
					mark = false
					continue
				}
				if s.lower(k) == "that" && thinkVerbs.is(s.id(k-1)) {
					// "the group's regional targets lead us to believe that
					// this activity is state sponsored": the list verb has
					// its own subject.
					mark = false
					continue
				}
				// "organizations affected by the campaign span X, Y and Z".
				if l := s.lower(k); participles.has(l) && listMarks.has(l) && k > 0 && (listNouns.is(s.id(k-1)) || victimNouns.is(s.id(k-1)) || s.isSector(k-1) || seenCompromised(s, k)) && s.owner[k] < 0 {
					mark = true
				} else if (l == "that" || l == "who") && (listNouns.is(s.id(k-1)) || victimNouns.is(s.id(k-1)) || s.isSector(k-1) || s.lower(k-1) == "others") && includeVerbs.is(s.id(i)) && sufferedBetween(s, k+1, i) {
					// "Organizations that disclosed breaches in that wave
					// included X", "Others that have acknowledged incidents
					// include X".
					mark = true
				} else if (l == "named" || l == "listed" || l == "claimed" || l == "posted") && s.lower(k+1) == "by" && s.owner[k] < 0 && !dataNouns.is(s.id(k-1)) &&
					s.entAt(k+2+b2i(s.lower(k+2) == "the")) >= 0 && s.ents[s.entAt(k+2+b2i(s.lower(k+2) == "the"))].kind == graph.ThreatActor {
					// "Other companies named by Clop include X": named on the
					// actor's leak site.
					mark = true
				} else if l == "caught" && k > 0 && (listNouns.is(s.id(k-1)) || victimNouns.is(s.id(k-1)) || s.isSector(k-1)) && s.owner[k] < 0 && includeVerbs.is(s.id(i)) &&
					caughtIn(s, k+1, i) {
					// "Other companies caught in the blast included X":
					// the victims of the attack told of.
					mark = true
				} else if l == "named" && k > 0 && (listNouns.is(s.id(k-1)) || victimNouns.is(s.id(k-1))) && s.owner[k] < 0 && includeVerbs.is(s.id(i)) && campaignAfter(s, k+1, i) {
					// "Organizations named in public reporting on the
					// campaign include: X": the campaign's victims.
					mark = true
				} else if (l == "claims" || l == "conquests") && s.owner[k] < 0 && s.prevWord(i) == k && includeVerbs.is(s.id(i)) && possessed(s, k) {
					// "The group's best-known claims include X": the
					// victims it claimed.
					mark = true
				} else if (l == "list" || l == "lists") && s.owner[k] < 0 && (targetListWords.is(s.id(k-1)) || s.lower(k+1) == "of" && (s.lower(k+2) == "victims" || s.lower(k+2) == "targets")) && listSubject(s, k, i, s.lower(k+1) == "of") {
					// "The geographic list was similarly broad, spanning X,
					// Y and Z", "the group's list of targets included X".
					mark = true
				} else if listMarks.has(l) && s.owner[k] < 0 && !dataNouns.is(s.id(k-1)) { // not "the archive posted by the criminals included material for X"
					// A participle marks a list only before a noun: "attacked
					// organizations", not "targeted by hackers". A singular
					// noun only right before the verb: "the victim was X", not
					// "information from the victim, including X".
					switch {
					case l == "reached" || l == "reaching":
						// "reached downstream clients including X", not "the
						// emails reached people who had been treated by X".
						li := s.lower(i)
						mark = mark || li == "such" || li == "including" || li == "like"
					case l == "targeting":
						// "RedAlpha's targeting has included: X", not "the
						// targeting is consistent with Chinese interests".
						p := s.lower(k - 1)
						mark = mark || (p == "'s" || p == "’s" || p == "its" || p == "their") && includeVerbs.is(s.id(i))
					case l == "victim" || l == "target":
						// "the victim was X", "the group's victim list
						// includes X".
						mark = mark || s.prevWord(i) == k || rosterNouns.is(s.id(k+1)) && s.prevWord(i) == k+1 || sinceThen(s, k+1) == s.prevWord(i)+1
					case !participles.has(l) || listNouns.is(s.id(k+1)) && !participles.is(s.id(k+1)) || s.entAt(k+1) >= 0:
						mark = true
					}
				}
			}
			// "such as" and "including" list what the noun before them
			// names: "victims such as X", not "malware such as X".
			if mark && (l == "such" || l == "including" || l == "like") && !x.victimHead(s, i) {
				mark = false
			}
			if !mark && i <= accordingEnd(s)+3 && includeVerbs.is(lID) && x.prevMarks(s) {
				// "The list of victims is long. It includes A, B and C."
				mark = true
			}
			if c := i + b2i(s.toks[i].text != ":"); !mark && c < n && s.toks[c].text == ":" && x.bulletLead(s, c) {
				mark, bulleted = true, true
			}
			if mark && includeVerbs.is(lID) && (clientNouns.is(s.id(i-1)) || partnerNouns.is(s.id(i-1))) && s.owner[i-1] < 0 {
				mark = false // "a maker of power supplies whose customers include A and B": a victim's clientele
			}
			if c := i + b2i(s.toks[i].text != ":"); mark && c < n && s.toks[c].text == ":" && adviceLead(s, c) {
				mark = false // "Organizations in the targeted industries should: ..."
			}
			if !mark {
				continue
			}
			from = i + 1
			if tiedTo(s, from) {
				continue // "Its targets were almost all connected to Case 173": what they share
			}
			if s.lower(from) == "as" && l == "such" {
				from++
			}
			if s.lower(from) == "those" && s.lower(from+1) == "of" {
				from += 2 // "websites, including those of Gazprom and Lukoil"
			}
			if (l == "ranging" || l == "ranged" || l == "range") && s.lower(from) == "from" {
				from++
			}
			if s.toks[min(from, n-1)].text == ":" {
				from++
			}
		default:
			continue
		}
		a := -1
		for k := leadEnd - 1; k >= leadStart; k-- {
			if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor {
				a = j
				break
			}
		}
		if a >= 0 {
			// "Black Basta, which emerged from Conti's remains, has claimed
			// hundreds of victims, including X": not the group the relative
			// clause names, but the subject it hangs on.
			for k := s.ents[a].a - 1; k >= 0 && k >= s.ents[a].a-16; k-- {
				j := s.owner[k]
				if j < 0 || j == a || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref {
					continue
				}
				if c := relativeAside(s, s.ents[j].b); c > s.ents[a].b && c <= i {
					a = j
				}
				break
			}
		}
		if a < 0 {
			// "Black Basta, which appeared in April, has already claimed
			// dozens of victims, including X": the subject before a relative
			// clause set off by commas.
			for k := leadStart - 1; k >= 0 && k >= leadStart-8; k-- {
				j := s.owner[k]
				if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref {
					continue
				}
				if c := relativeAside(s, s.ents[j].b); c > s.ents[j].b && c <= i && clauseStart(s, i) <= s.ents[j].a {
					a = j
				}
				break
			}
		}
		if a < 0 {
			// "Black Basta, a new operation that surfaced weeks ago and
			// whose other victims include X": the one "whose" hangs on.
			for w := i - 1; w >= leadStart; w-- {
				if s.lower(w) != "whose" || s.owner[w] >= 0 {
					continue
				}
				for k := w - 1; k >= 0 && k >= w-20 && s.toks[k].text != ";"; k-- {
					if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
						a = j
						break
					}
				}
				break
			}
		}
		if a < 0 {
			a = participleSubject(s, leadStart, i)
		}
		var actor graph.Node
		var ok, ref bool
		if a >= 0 {
			actor, ok, ref = x.actor(s, a, last)
		} else if q := s.lower(leadStart); (q == "many" || q == "most" || q == "some" || q == "all" || q == "few" || q == "several") && s.lower(from) != "in" && !seenIn(s, from) {
			continue // "Many of the victims in this sector are ...": victims in general; not "Most of them are in X"
		} else if f := x.focusActor(last); f != nil {
			for k := leadStart; k < i; k++ {
				if j := s.owner[k]; j >= 0 && (s.ents[j].kind == graph.Malware || s.ents[j].kind == graph.Tool) {
					// "Casbaneiro's targets fall into three groups" in a
					// report that also names Lazarus: the malware's own group.
					f = x.softwareOwner(s.ents[j].node, f)
					break
				}
				if l := s.lower(k + 1); (l == "'s" || l == "’s") && s.owner[k] < 0 && s.toks[k].cap && !s.toks[k].upper && k+1 < i {
					f = nil // "Casbaneiro's targets": a name the text has not made an actor's
					break
				}
			}
			if f != nil {
				actor, ok, ref = *f, true, true
			}
		}
		if !ok {
			continue
		}
		// A demonym in the lead-in places the organizations listed.
		locate := ""
		for k := leadStart; k < i; k++ {
			if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.Country && s.ents[j].demonym {
				locate = s.ents[j].node.Props["iso"]
			}
		}
		var vs []victim
		if !bulleted {
			vs = x.objects(s, from, true)
		}
		if c := from - 1; c < len(s.toks) && s.toks[c].text == ":" {
			if heads, ok := bulletHeads(s, c); ok {
				// A list of items, one after another: the name that opens
				// each and, when the lead names victims by itself, what the
				// first item lists ("include: the Election Commission,
				// members of the Rescue Party; ..."); the places and names
				// further in an item are not victims.
				end := c + 1
				for end < n && s.toks[end].text != ";" {
					end++
				}
				first := vs[:0:0]
				for _, v := range vs {
					if s.ents[v.ent].a < end {
						first = append(first, v)
					}
				}
				if a < 0 {
					// The actor in focus stands for the lead's unnamed
					// one: an item that names its own actor, or says none
					// claimed it, is not its victim ("JBS (2021): REvil
					// encrypted ...; Schreiber Foods: no group claimed").
					heads = ownItems(s, heads, actor)
				}
				vs = append(first, heads...)
			}
		}
		keep := vs[:0:0]
		for _, v := range vs {
			if e := s.ents[v.ent]; (e.kind == graph.Country || e.kind == graph.Sector) && describesListed(s, e.a) {
				continue // "Expleo, a French engineering consultancy": what the company is
			}
			if e := s.ents[v.ent]; e.kind == graph.Sector && !s.toks[e.a].cap {
				if o := s.entAt(e.b); o >= 0 && s.ents[o].a == e.b && s.ents[o].kind == graph.Organization && !s.ents[o].ref {
					continue // "Australian airline Qantas": what the company is
				}
			}
			keep = append(keep, v)
		}
		x.target(s, actor, keep, "list-target", conf(0.85, ref), locate)
		return
	}
}

// adviceLead reports whether the lead-in of the list at colon c gives
// advice: its items are what to do, not who was hit.
func adviceLead(s *sent, c int) bool {
	for k := max(0, c-3); k < c; k++ {
		switch s.lower(k) {
		case "should", "must", "recommend", "recommends", "recommended", "urged", "urges", "advised", "advises":
			return true
		}
	}
	return false
}

// itemPreps end the words that may describe the head of a list item.
var itemPreps = set(`of|with|from|by|using|via|on|for|to|into|through|over|under|as`)

// bulletLead reports whether the colon at c opens a bulleted list of
// victims: two items at least, joined as one sentence, and a word of victims
// or of a leak site's postings in the lead-in or in the sentence before it
// in the paragraph ("Taken together, the postings name: A; B", "The list
// read like a cross-section of medicine. Large centers sat alongside rural
// hospitals: A; B"), none of tools or flaws.
func (x *extraction) bulletLead(s *sent, c int) bool {
	items := 0
	for k := c + 1; k < len(s.toks); k++ {
		if s.toks[k].text == ";" {
			items++
		}
	}
	if items == 0 {
		return false
	}
	cue := func(p *sent, a, b int) (yes, no bool) {
		for k := a; k < b; k++ {
			lID := p.id(k)
			if p.owner[k] >= 0 {
				continue
			}
			if bulletAnti.is(lID) && (k == 0 || p.lower(k-1) != "whose") {
				// "Organizations whose software was trojanized:" is
				// about the items' own software.
				return false, true
			}
			yes = yes || listMarks.is(lID) || bulletCues.is(lID)
			// "The three organizations named in the report were:": the
			// victims the report names.
			yes = yes || namedInWords.is(lID) && k > 0 && namedInNouns.is(p.id(k-1)) && p.lower(k+1) == "in"
		}
		return yes, false
	}
	yes, no := cue(s, 0, c)
	if no {
		return false
	}
	if !yes && x.prev != nil && x.prev.Para == s.Para {
		yes, no = cue(x.prev, 0, len(x.prev.toks))
	}
	return yes && !no
}

// namedInWords after namedInNouns lead a list of a report's victims:
// "the organizations named in the report were:".
var namedInWords = set(`named|identified|listed|mentioned`)

// namedInNouns stand for the victims in that lead; not "agencies", which
// may be the report's authors.
var namedInNouns = set(`organizations|organisations|entities|companies|firms|victims|targets|institutions|businesses`)

// bulletCues in a list's lead-in say its items were hit or posted.
var bulletCues = set(`list|postings|posted|claimed|claims|leak|breaches|intrusions|attacks|hit-list|credit|responsibility|
disruptions|outages|cyberattacks|hacks|defacements|incidents|adding|added|adds|singled|targeted|breached|compromised|impact|impacts|
trojanized|trojanised|backdoored`)

// bulletAnti in a list's lead-in say its items are tools, flaws or advice.
var bulletAnti = set(`tools|tool|malware|vulnerabilities|vulnerability|flaws|flaw|cves|exploited|exploit|exploits|indicators|
should|recommend|recommends|techniques|capabilities|components|backdoors|payloads|families|stole|stolen|files|material|
toolkit|toolset|arsenal|implants|implant|utilities|software|commands|modules|plugins|loaders|stealers|
builds|build|versions|releases|distributions|distros|packages|branches|products|models|firmware|editions`)

// bulletHeads returns the victims that open the items of a bulleted list
// joined after the colon at c ("Earlier victims include: A, the airport
// handler, which ...; B, whose data the gang posted ...; C"): the name an
// item starts with, one joined to it by "and", and the country it is placed
// in ("a research institute in France"). An item may run on in clauses of
// its own, where the reading of objects stops. It needs two items at least.
func bulletHeads(s *sent, c int) ([]victim, bool) {
	var out []victim
	items := 0
	for p := c + 1; p < len(s.toks); {
		q := p
		for q < len(s.toks) && s.toks[q].text != ";" {
			q++
		}
		items++
		out = append(out, itemHead(s, p, q)...)
		p = q + 1
	}
	return out, items >= 2
}

// ownItems keeps the list heads whose item names no actor other than
// actor and does not say that no one claimed it.
func ownItems(s *sent, heads []victim, actor graph.Node) []victim {
	kept := heads[:0:0]
	for _, v := range heads {
		p, q := s.ents[v.ent].a, s.ents[v.ent].b
		for p > 0 && s.toks[p-1].text != ";" && s.toks[p-1].text != ":" {
			p--
		}
		for q < len(s.toks) && s.toks[q].text != ";" {
			q++
			if q < len(s.toks) && s.toks[q].text == ";" && q+1 < len(s.toks) && s.owner[q+1] < 0 {
				q++ // a sentence of the item's own: "; No group has claimed it"
			}
		}
		own := true
		for k := p; k < q && own; k++ {
			if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && s.ents[j].node.ID != actor.ID {
				own = false
			}
			if s.lower(k) == "no" && (groupNouns.is(s.id(k+1)) || s.lower(k+1) == "one") {
				own = false // "No group has publicly claimed responsibility"
			}
		}
		if own {
			kept = append(kept, v)
		}
	}
	return kept
}

// roleDescribed reports whether an apposition at b, before q, calls the
// name before it a company or a public body by its role: ", the Japanese
// video game developer", ", a regional utility".
func roleDescribed(s *sent, b, q int) bool {
	if s.lower(b) != "," || (s.lower(b+1) != "the" && s.lower(b+1) != "a" && s.lower(b+1) != "an") {
		return false
	}
	for m := b + 2; m < q && m <= b+8; m++ {
		if roleNouns.is(s.id(m)) || bodyNouns.is(s.id(m)) {
			return true
		}
		if !s.toks[m].word || relatives.is(s.id(m)) {
			return false
		}
	}
	return false
}

// parenRole reports whether a parenthesis at b, inside the item that ends
// at q, says what kind of business the name before it is: "Cencosud
// (Chilean retail group), November 2020, where ...".
func parenRole(s *sent, b, q int) bool {
	if s.lower(b) != "(" {
		return false
	}
	for m := b + 1; m < q && m <= b+8; m++ {
		l := s.lower(m)
		if l == ")" || l == ";" {
			return false
		}
		if roleNouns.has(l) || bodyNouns.has(l) || roleNouns.has(strings.TrimSuffix(l, "s")) || bodyNouns.has(strings.TrimSuffix(l, "s")) {
			return s.hasWord(m+1, q, ")")
		}
	}
	return false
}

// pairRole reports whether "and" at b joins the name before it to a second
// one-word name that a parenthesis describes: "Ubisoft and Crytek (video
// game publishers)".
func pairRole(s *sent, b, q int) bool {
	if s.lower(b) != "and" {
		return false
	}
	o := s.entAt(b + 1)
	return o >= 0 && s.ents[o].a == b+1 && s.ents[o].b-s.ents[o].a == 1 && parenRole(s, s.ents[o].b, q)
}

// itemDash reports whether a dash at b sets the name that opens an item
// apart from its note: "OpenAI – repeated API outages in November".
func itemDash(s *sent, b int) bool {
	l := s.lower(b)
	return l == "–" || l == "—" || l == "-" && b > 0 && s.toks[b-1].e < s.toks[b].s
}

// closesItem reports whether the parenthesis opened at b closes the item
// that ends at q: "Google (a Gmail-related domain)".
func closesItem(s *sent, b, q int) bool {
	for m := b + 1; m < q; m++ {
		if s.lower(m) == ")" {
			return m+1 == q
		}
	}
	return false
}

// itemHead reads the head of one list item in tokens [p, q): after a few
// words of description ("the financial regulator BaFin", "Italian luxury
// fashion house Moncler"), the first name, if it may be a victim.
func itemHead(s *sent, p, q int) []victim {
	var out []victim
	k := p
	if l := s.lower(k); l == "and" || l == "or" {
		k++
	}
	for n := 0; k < q && n <= 6; n++ {
		j := s.owner[k]
		if j < 0 {
			if s.lower(k) == "of" && (peopleOf.is(s.id(k-1)) || memberNouns.is(s.id(k-1))) {
				k++ // "three members of Waad": whose members
				continue
			}
			if s.lower(k) == "of" && bodyNouns.is(s.id(k-1)) && !s.toks[k-1].cap && s.lower(p) != "a" && s.lower(p) != "an" {
				// "the district administration of the Märkischer Kreis":
				// whose body; not "a central executive body of the
				// Ukrainian government", one body among its many.
				k++
				continue
			}
			if !s.toks[k].word || clauseStops.is(s.id(k)) || relatives.is(s.id(k)) || itemPreps.is(s.id(k)) {
				// "installation of AnyDesk on one server": a name after
				// a preposition is no head.
				return out
			}
			k++
			continue
		}
		e := s.ents[j]
		if e.kind == "" {
			k = e.b // "a Catholic organization in Hungary"
			continue
		}
		if e.kind == graph.Country {
			// "major U.S. carriers, including AT&T and Verizon": the
			// country only describes the members the item names.
			m := e.b
			for m < q && m < e.b+3 && s.owner[m] < 0 && s.toks[m].word && !s.toks[m].cap && !clauseStops.is(s.id(m)) {
				m++
			}
			if m > e.b {
				if in := includedNames(s, m, q); len(in) > 0 {
					return append(out, in...)
				}
			}
		}
		if e.kind == graph.Country && (e.demonym || (s.lower(e.b) == "'s" || s.lower(e.b) == "’s") && e.b+1 < q) {
			// "Italian luxury fashion house Moncler", "Taiwan's ruling
			// Democratic Progressive Party": the country only describes.
			k = e.b + b2i(!e.demonym)
			continue
		}
		if !isVictim(e) || e.kind == graph.Infrastructure || e.ref || s.lower(p) == "cve" {
			return out
		}
		if e.guess && n == 0 && e.b-e.a == 1 && !roleDescribed(s, e.b, q) && !(e.b == q || s.lower(e.b) == "(" && closesItem(s, e.b, q) || itemDash(s, e.b)) && !parenRole(s, e.b, q) && !pairRole(s, e.b, q) {
			// A capitalized word that opens an item tells nothing of its
			// kind: "Creates a scheduled task", "CordScan, a scanner"; but
			// "Capcom, the Japanese video game developer" is a company.
			return out
		}
		out = append(out, victim{ent: j})
		m := e.b
		if e.kind == graph.Sector {
			// "major U.S. carriers, including AT&T, Verizon and Lumen":
			// the sector's members the item names.
			out = append(out, includedNames(s, m, q)...)
		}
		if s.lower(m) == "and" {
			m++
			if l := s.lower(m); l == "its" || l == "the" || l == "their" {
				m++
			}
			if o := s.entAt(m); o >= 0 && (s.ents[o].kind == graph.Organization || s.ents[o].kind == graph.Person || e.kind == graph.Sector && s.ents[o].kind == graph.Sector) {
				// "diplomatic missions and government institutions in
				// Brazil": two kinds of victims in one place.
				out = append(out, victim{ent: o})
				m = s.ents[o].b
			}
		}
		// "a nongovernmental organization in Thailand", "pharmaceutical
		// companies in Brazil and the United States": the countries the
		// victims are in.
		for w := 0; w < 2 && m < q && s.owner[m] < 0 && s.toks[m].word && s.lower(m) != "in" && !clauseStops.is(s.id(m)) && !relatives.is(s.id(m)); w++ {
			m++
		}
		if e.kind != graph.Country && s.lower(m) == "in" {
			for d := m + 1; d < q; {
				d += b2i(s.lower(d) == "the")
				o := s.entAt(d)
				if o < 0 || s.ents[o].kind != graph.Country || s.ents[o].demonym {
					break
				}
				out = append(out, victim{ent: o})
				d = s.ents[o].b
				if l := s.lower(d); l != "," && l != "and" {
					break
				}
				d++
				d += b2i(s.lower(d) == "and")
			}
		}
		return out
	}
	return out
}

// includedNames returns the organizations that ", including" or "such as"
// at m lists, before q: "carriers, including A, B and C, where ...".
func includedNames(s *sent, m, q int) []victim {
	m += b2i(s.lower(m) == ",")
	switch {
	case s.lower(m) == "including" || s.lower(m) == "like":
		m++
	case s.lower(m) == "such" && s.lower(m+1) == "as":
		m += 2
	default:
		return nil
	}
	var out []victim
	for m < q {
		o := s.entAt(m)
		if o < 0 || s.ents[o].kind != graph.Organization {
			break
		}
		out = append(out, victim{ent: o})
		m = s.ents[o].b
		if l := s.lower(m); l != "," && l != "and" {
			break
		}
		m++
		m += b2i(s.lower(m) == "and")
	}
	return out
}

// seenCompromised reports whether the participle at k follows a verb of
// seeing whose object is a noun of victims: "the organizations we have seen
// compromised this year are in X".
func seenCompromised(s *sent, k int) bool {
	if l := s.lower(k - 1); l != "seen" && l != "observed" && l != "found" && l != "identified" && l != "confirmed" {
		return false
	}
	for m := k - 2; m >= 0 && m >= k-6; m-- {
		if listNouns.is(s.id(m)) && s.owner[m] < 0 {
			return true
		}
	}
	return false
}

// amongVerbs put what follows them on a list: "named A and B among the
// victims".
var amongVerbs = set(`named|names|name|listed|lists|list|counted|counts|count|identified|identifies|added|adds|placed|put`)

// listingNamed reports whether the naming cue "named" at i, with its object
// at j, lists rather than names: "the group also named X", "the group named
// X among its targets".
func listingNamed(s *sent, i, j int) bool {
	return s.lower(i) == "named" && (adverbs.is(s.id(i-1)) || amongVictims(s, j) > 0)
}

// amongVictims returns the position of "among" or "as" in "among the
// victims", "among its targets", "as further targets", after from and
// before the clause ends, or -1.
func amongVictims(s *sent, from int) int {
	for k := from; k < len(s.toks) && k <= from+40; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if l == "." || clauseStops.is(lID) && l != "as" {
			return -1
		}
		if l != "among" && l != "as" {
			continue
		}
		m := k + 1
		if d := s.lower(m); d == "the" || d == "its" || d == "their" || d == "his" || d == "her" {
			m++
		}
		for victimOrdinals.is(s.id(m)) && m <= k+3 {
			m++ // "among its first victims"
		}
		if l == "as" {
			// "listed A and B as further "targets of the day"".
			for m < len(s.toks) && m <= k+3 && (!s.toks[m].word || s.lower(m) == "further" || s.lower(m) == "new" || s.lower(m) == "its" || s.lower(m) == "their") {
				m++
			}
		}
		if v := s.lower(m); v == "victims" || v == "targets" {
			return k
		}
		if l == "as" {
			continue
		}
		return -1
	}
	return -1
}

// withAmong returns where "among" stands in "with A, B and C among the
// companies that were targeted" (or "among those hit"), the names first;
// else -1.
func withAmong(s *sent, from int) int {
	names := false
	for k := from; k < len(s.toks) && k <= from+30; k++ {
		if o := s.owner[k]; o >= 0 {
			if e := s.ents[o]; e.kind == graph.ThreatActor || e.ref {
				return -1
			}
			names = true
			k = s.ents[o].b - 1
			continue
		}
		l := s.lower(k)
		if l == "," || l == "and" || l == "the" {
			continue
		}
		if l != "among" || !names {
			return -1
		}
		m := k + 1
		if d := s.lower(m); d == "the" || d == "those" {
			m++
		}
		if listNouns.is(s.id(m)) || victimNouns.is(s.id(m)) || s.isSector(m) {
			m++
		}
		if rel := s.lower(m); rel == "that" || rel == "which" || rel == "who" {
			m++
		}
		for auxiliaries.is(s.id(m)) || perfect.is(s.id(m)) {
			m++
		}
		if participles.is(s.id(m)) || s.lower(m) == "victims" || s.lower(m) == "targets" {
			return k
		}
		return -1
	}
	return -1
}

// hitMany reports whether sentence p tells of an attack on victims it does
// not name: "The first wave hit roughly 20 sites", "the gang claimed 12
// victims".
func hitMany(p *sent) bool {
	for k, t := range p.toks {
		if t.lower == "victims" || t.lower == "targets" {
			return true
		}
		// "databases it said it had taken from 18 companies".
		taken := takeVerbs.is(t.id) && p.lower(k+1) == "from"
		if !targetVerbs.is(t.id) && !nominals.is(t.id) && !taken || p.owner[k] >= 0 {
			continue
		}
		for m := k + 1; m < len(p.toks) && m <= k+5; m++ {
			if victimNouns.is(p.id(m)) {
				return true
			}
			if p.owner[m] >= 0 || !p.toks[m].word {
				break
			}
		}
	}
	return false
}

// frontedAmong returns the verb of a sentence that opens with "Among the
// <nouns> <clause saying they were hit> were ...", or -1: the verb is the
// first auxiliary not followed by a participle, within fourteen words,
// after a word saying victims.
func frontedAmong(s *sent) int {
	mark := false
	for k := 1; k < len(s.toks) && k <= 14; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if o := s.owner[k]; o >= 0 && s.ents[o].kind != graph.ThreatActor && !s.ents[o].ref && s.lower(k-1) == "the" && s.ents[o].b < len(s.toks) && !s.toks[s.ents[o].b].cap && s.toks[s.ents[o].b].word {
			k = s.ents[o].b - 1
			continue // "Among the NFL clubs whose accounts were hijacked were ...": whose clubs
		}
		if o := s.owner[k]; o >= 0 && mark && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref && (s.lower(k-1) == "in" || s.lower(k-1) == "by") {
			k = s.ents[o].b - 1
			continue // "Among the organizations caught in UNC2546's campaign were ..."
		}
		if s.owner[k] >= 0 || l == "," || l == ";" {
			return -1
		}
		if listMarks.is(lID) || leakParticiples.is(lID) && auxiliaries.is(s.id(k-1)) || l == "caught" && (s.lower(k+1) == "in" || s.lower(k+1) == "up") {
			mark = true // "Among the companies whose files were published were ..."
		}
		if (participles.is(lID) || takenOver(l)) && auxiliaries.is(s.id(k-1)) && k >= 3 && (s.lower(k-3) == "whose" || s.lower(k-4) == "whose") {
			mark = true // "Among the lenders whose data was taken were ..."
		}
		if auxiliaries.is(lID) && !participles.is(s.id(k+1)) && !takenOver(s.lower(k+1)) && !leakParticiples.is(s.id(k+1)) && !adverbs.is(s.id(k+1)) {
			if mark {
				return k
			}
			return -1
		}
	}
	return -1
}

// takenOver tells of accounts or sites an intruder took over: "whose
// accounts were hijacked".
func takenOver(l string) bool { return l == "hijacked" || l == "seized" }

// victimHead reports whether the noun phrase before token i (skipping a
// comma) names victims: a victim noun, a sector, a country or an
// organization.
func (x *extraction) victimHead(s *sent, i int) bool {
	k := i - 1
	if s.lower(k) == "," || s.lower(k) == ":" {
		k--
	}
	if j := s.entAt(k); j >= 0 {
		return isVictim(s.ents[j]) || s.ents[j].demonym
	}
	lID := s.id(k)
	if listNouns.is(lID) || victimNouns.is(lID) || sectorNouns.is(lID) || clientNouns.is(lID) {
		return true // "reached downstream clients including X"
	}
	// "claimed victims across several continents, including X": the
	// victims before a place phrase.
	for m := k - 1; m >= 1 && m >= k-4; m-- {
		if s.owner[m] >= 0 || !s.toks[m].word {
			return false
		}
		if pl := s.lower(m); pl == "across" || pl == "around" || pl == "throughout" || pl == "worldwide" {
			q := s.lower(m - 1)
			return q == "victims" || q == "targets"
		}
	}
	return false
}

// sectorNouns head phrases of victims: "industries such as".
var sectorNouns = set(`industries|industry|sectors|sector|verticals|fields|areas|countries|nations|regions|
governments|institutions|organizations|organisations|entities|companies|firms|businesses|targets|victims`)

// includeVerbs continue a list: "It includes A, B and C".
// listSubject reports whether the list noun at k is the subject of the
// list verb at i: "The geographic list was similarly broad, spanning X",
// not "relaunched with a new target list and a timetable, and participants
// have since been posting".
//
// "The group's first list of targets, published on Saturday, named about 30
// Russian websites, including those of X and Y": a list of targets keeps
// its verb's object over an aside and a count, up to "including".
func listSubject(s *sent, k, i int, ofTargets bool) bool {
	if ofTargets && (s.lower(i) == "including" || includeVerbs.is(s.id(i))) && i-k <= 24 {
		for m := k + 1; m < i; m++ {
			if l := s.lower(m); l == "have" || l == "has" || l == "had" || l == "but" || s.owner[m] >= 0 && s.ents[s.owner[m]].kind == graph.ThreatActor {
				return false
			}
		}
		return true
	}
	if i-k > 8 {
		return false
	}
	for m := k + 1; m < i; m++ {
		if l := s.lower(m); l == "and" || l == "or" || l == "have" || l == "has" || l == "had" || s.owner[m] >= 0 || s.toks[m].cap {
			return false
		}
	}
	return true
}

// targetListWords before "list" make it a list of victims: "the
// geographic list", "the victim list".
var targetListWords = set(`geographic|geographical|victim|target|targeting|country|sector|sectoral|hit`)

var includeVerbs = set(`include|included|includes|comprise|comprised|comprises|spanned|spans|span`)

// prevMarks reports whether the sentence before s, in its paragraph, speaks
// of victims or targets, and s opens with a pronoun or "the list": the list
// in s continues it.
// accordingEnd returns where the clause starts after an opening
// "According to the report," or 0.
func accordingEnd(s *sent) int {
	if s.lower(0) != "according" || s.lower(1) != "to" {
		return 0
	}
	for k := 2; k < len(s.toks) && k <= 9; k++ {
		if s.lower(k) == "," {
			return k + 1
		}
		if s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.ThreatActor {
			return 0
		}
	}
	return 0
}

func (x *extraction) prevMarks(s *sent) bool {
	p := x.prev
	if p == nil || p.Para != s.Para {
		return false
	}
	a := accordingEnd(s)
	switch s.lower(a) {
	case "it", "they", "this", "these":
	case "the", "that":
		if s.lower(a+1) != "list" {
			return false
		}
	default:
		return false
	}
	site, lists := false, false
	for k, t := range p.toks {
		if listMarks.is(t.id) && p.owner[k] < 0 {
			return true
		}
		// "Clop's leak site now lists a range of those organizations.
		// They include A, B and C."
		site = site || leakSiteAt(p, k) >= 0
		lists = lists || (t.lower == "lists" || t.lower == "listed" || t.lower == "names" || t.lower == "named" || t.lower == "shows") && p.owner[k] < 0
	}
	return site && lists
}

// machineNouns are what malware runs on, not whom it is for.
var machineNouns = set(`computers|computer|machines|machine|systems|devices|servers|hosts|endpoints|phones|smartphones`)

// seemVerbs stand between a subject and its participle: "appeared aimed at".
var seemVerbs = set(`appeared|appears|seemed|seems|looked|looks`)

// nominalTarget: "its attacks on X", "X's campaign against Y", "stepped up
// its attacks on friendly interests in Cambodia", "the attack on X was
// claimed by Y", "the breach of X by Y", "Y claimed the attack on X", "Y was
// blamed for intrusions at X".
func (x *extraction) nominalTarget(s *sent, last *graph.Node) {
	for i, t := range s.toks {
		// "delivered the LightlessCan backdoor to X": malware sent like a lure.
		payload := malwareNouns.is(t.id) && t.lower != "family" && t.lower != "variant" && t.lower != "sample" && t.lower != "samples" && s.owner[i] < 0
		// "linked the group to the loss of around $54 million from X": a
		// sum lost, as a theft.
		moneyLoss := (t.lower == "loss" || t.lower == "losses") && s.lower(i+1) == "of" && moneyAt(s, i+2)
		if !nominals.is(t.id) && !lureNouns.is(t.id) && !payload && t.lower != "packages" && !moneyLoss || s.owner[i] >= 0 {
			continue
		}
		// "the attack that knocked X offline", "the outbreak, which crippled X".
		relFrom := -1
		k := i + 1
		if l := s.lower(k); (l == "of" || l == "in") && s.toks[min(k+1, len(s.toks)-1)].digit && s.lower(k+2) == "," {
			k += 2 // "the WannaCry outbreak of 2017, which disrupted X"
		}
		if k += b2i(s.lower(k) == ","); s.lower(k) == "that" || s.lower(k) == "which" {
			k++
			for adverbs.is(s.id(k)) {
				k++
			}
			if (targetVerbs.is(s.id(k)) || impactVerbs.is(s.id(k))) && s.owner[k] < 0 && !auxiliaries.is(s.id(k)) {
				relFrom = k + 1
				if s.lower(k+1) == "down" || s.lower(k+1) == "offline" {
					relFrom++ // "the attack that took down X"
				}
			} else if exposedAt := dataHeldAt(s, k); exposedAt > 0 {
				relFrom = exposedAt // "the break-in that exposed the records of 1.25 million people at X"
			}
		}
		// "messages sent to X", "lures aimed at X".
		// "the emails were aimed squarely at X", "a campaign aimed at X".
		aimed := false
		if lureNouns.is(t.id) || nominals.is(t.id) || payload || t.lower == "packages" && s.owner[i] < 0 {
			k := i + 1
			// "an operation that appears to have been aimed at X".
			if l := s.lower(k); (l == "that" || l == "which") && (s.lower(k+1) == "appears" || s.lower(k+1) == "appeared" || s.lower(k+1) == "seems" || s.lower(k+1) == "seemed") && s.lower(k+2) == "to" {
				k += 3
			}
			for k < len(s.toks) && k <= i+7 && (auxiliaries.is(s.id(k)) || adverbs.is(s.id(k)) || s.lower(k) == "have" || s.lower(k) == "has" || s.lower(k) == "had" ||
				seemVerbs.is(s.id(k))) {
				k++ // "both packages appeared aimed at X"
			}
			m := k + 1
			if adverbs.is(s.id(m)) {
				m++ // "aimed squarely at"
			}
			if l := s.lower(k); (l == "sent" || l == "aimed" || l == "addressed" || l == "directed") && (s.lower(m) == "to" || s.lower(m) == "at") &&
				!(payload && machineNouns.is(s.id(m+1))) { // not "Linux malware aimed at computers running BOSS"
				relFrom, aimed = m+1, true
			}
		}
		// "sent more than 10,000 malicious e-mails to X", "sent phishing
		// emails carrying the logo of Y to X": the recipient after "to".
		if lureNouns.is(t.id) || payload {
			if payload && !aimed {
				relFrom = -1 // only the recipient of a delivery, or the aim
			}
			sent := false
			for m := i - 1; m >= 0 && m >= i-9; m-- {
				if l := s.lower(m); l == "sent" || l == "send" || l == "sends" || l == "sending" || l == "mailed" || l == "deliver" || l == "delivered" || l == "delivering" || l == "delivers" {
					sent = true
					break
				}
			}
			for k := i + 1; sent && k < len(s.toks) && k <= i+22; k++ {
				if l := s.lower(k); l == ";" || relatives.has(l) || l == "." {
					break
				}
				if s.lower(k) == "to" && (k == i+1 || recipientAt(s, k+1)) {
					relFrom = k + 1
					break
				}
			}
			if payload && relFrom < 0 {
				continue // "Stuxnet, the malware that sabotaged X": no delivery
			}
		}
		// "sent phishing e-mails to X", "sent credential-phishing pages to X".
		if (t.lower == "phishing" || t.lower == "spearphishing" || strings.HasSuffix(t.lower, "-phishing")) && lureNouns.is(s.id(i+1)) && (s.lower(i+2) == "to" || s.lower(i+2) == "at") {
			relFrom = i + 3
		}
		// "the theft of about $308 million from X": what was taken, then
		// whom from.
		if (fromNominals.is(t.id) || t.lower == "destruction") && s.lower(i+1) == "of" && relFrom < 0 && s.entAt(i+2) < 0 {
			for k := i + 2; k < len(s.toks) && k <= i+9; k++ {
				// "the destruction of data at Sony Pictures Entertainment".
				if s.lower(k) == "from" || s.lower(k) == "at" && (dataNouns.is(s.id(k-1)) || machineNouns.is(s.id(k-1))) {
					relFrom = k + 1
					break
				}
				if s.owner[k] >= 0 || clauseStops.is(s.id(k)) || s.lower(k) == "," {
					break
				}
			}
		}
		if e := timeAfter(s, i+1); relFrom < 0 && e > i+1 && nominals.is(t.id) && (s.lower(e) == "on" || s.lower(e) == "against") {
			relFrom = e + 1 // "claimed an attack last year on X"
		}
		if relFrom < 0 && nominals.is(t.id) && !strings.HasSuffix(t.lower, "ing") {
			// "Its best-known attack before Radix was against Unimicron":
			// the noun's victim after a copula; a short phrase of time may
			// stand between.
			k := i + 1
			if l := s.lower(k); l == "before" || l == "after" || l == "since" || l == "until" || l == "in" || l == "this" || l == "last" {
				for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
					if l := s.lower(m); l == "was" || l == "were" {
						k = m
						break
					}
					if !s.toks[m].word || clauseStops.is(s.id(m)) {
						break
					}
				}
			}
			if l := s.lower(k); (l == "was" || l == "were") && (s.lower(k+1) == "against" || s.lower(k+1) == "on") {
				relFrom = k + 2
			}
		}
		// "a series of intrusions and data leaks against X": two nouns of
		// attack share their victims.
		if relFrom < 0 && nominals.is(t.id) && s.lower(i+1) == "and" {
			for k := i + 2; k < len(s.toks) && k <= i+4; k++ {
				if (s.lower(k) == "against" || s.lower(k) == "on" || s.lower(k) == "at") && (nominals.is(s.id(k-1)) || s.lower(k-1) == "leaks" || s.lower(k-1) == "defacements") {
					relFrom = k + 1
					break
				}
				if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap {
					break
				}
			}
		}
		// "intrusions by APT41 into X", "attacks by Y on X": the agent
		// between the noun and its victims.
		byActor := -1
		claimedBy := (s.lower(i+1) == "claimed" || s.lower(i+1) == "blamed" || s.lower(i+1) == "attributed") && s.lower(i+2) == "by"
		if relFrom < 0 && nominals.is(t.id) && (s.lower(i+1) == "by" || claimedBy) {
			// "a campaign by the APT group Tick against X": past the
			// description to the name. "an attack claimed by Qilin on
			// car parts maker X".
			k := i + 2 + b2i(claimedBy)
			for k < len(s.toks) && k < i+6 && s.toks[k].word && !clauseStops.is(s.id(k)) && !nominalPreps.is(s.id(k)) {
				if o := s.owner[k]; o >= 0 {
					if e := s.ents[o]; !e.ref && !e.demonym {
						break
					}
					k = s.ents[o].b // "the APT group", "Russian"
					continue
				}
				k++
			}
			if j := s.entAt(k); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
				m := s.ents[j].b
				if groupNouns.is(s.id(m)) && s.owner[m] < 0 {
					m++ // "attacks by the Crambus group against X"
				}
				if l := s.lower(m); l == "on" || l == "against" || l == "into" {
					byActor, relFrom = j, m+1
				}
			}
		}
		if (fromNominals.is(t.id) || moneyLoss) && s.lower(i+1) == "of" && relFrom < 0 {
			// "the theft of about ¥7 billion in cryptocurrency from X": past
			// what was taken to whom it was taken from.
			for k := i + 2; k < len(s.toks) && k <= i+10; k++ {
				l := s.lower(k)
				lID := s.id(k)
				if l == "from" {
					relFrom = k + 1
					break
				}
				if clauseStops.is(lID) || s.toks[k].cap && !currencySigns.is(lID) || !s.toks[k].word && !currencySigns.is(lID) && l != "." && l != "," || s.owner[k] >= 0 && s.ents[s.owner[k]].kind != graph.Sector {
					break
				}
			}
		}
		if relFrom < 0 && t.lower == "break-in" && s.lower(i+1) == "to" && s.owner[i+1] < 0 {
			relFrom = i + 2 // "the break-in to the private email account of X"
		}
		if !nominalPreps.is(s.id(i+1)) && relFrom < 0 || !nominals.is(t.id) && relFrom < 0 {
			continue
		}
		if s.lower(i+1) == "of" && !nominalsOf.is(t.id) && relFrom < 0 {
			continue
		}
		if s.lower(i+1) == "from" && !fromNominals.is(t.id) {
			continue
		}
		a := -1
		rule := "nominal-target"
		p := i - 1
		for p >= 0 && (groupModifiers.is(s.id(p)) || nominalModifiers.is(s.id(p))) && s.owner[p] < 0 {
			p--
		}
		if l := s.lower(p); negations.has(l) && l != "against" && l != "without" {
			continue // "the rules forbid attacks on organizations in ..."
		}
		if j := s.entAt(p); j >= 0 && s.ents[j].kind == graph.ThreatActor && negations.is(s.id(s.ents[j].a-1)) && s.lower(s.ents[j].a-1) != "against" {
			continue // "almost no X operations aimed at Kazakh institutions"
		}
		if deniedEvidence(s, i) {
			continue // "found no evidence of data theft from X or of any compromise of Y"
		}
		if p >= 0 && s.toks[p].text != "" {
			if s.lower(p) == "'s" || s.lower(p) == "’s" {
				p--
			}
			if j := s.entAt(p); j >= 0 && s.ents[j].kind == graph.ThreatActor {
				a = j
			}
		}
		if j := whoseActor(s, p); j >= 0 && a < 0 {
			a, rule = j, "nominal-whose" // "KillNet, the DDoS collective, whose June campaign against X"
		}
		from := i + 2
		if relFrom >= 0 {
			from = relFrom
		}
		vs := x.objects(s, from, false)
		if w := beganWith(s, vs); w > 0 {
			vs = append(vs, x.objects(s, w, false)...) // "a campaign against Costa Rica that began with the Ministry of Finance"
		}
		if byActor >= 0 {
			a, rule = byActor, "nominal-by"
		}
		if a < 0 {
			// After the victims: "by Y", "attributed to Y", "claimed by Y".
			a = x.blamed(s, from)
			if a >= 0 {
				rule = "nominal-by"
			}
		}
		if a < 0 {
			// "the attack on X, which Y claimed in September".
			if j := relativeClaimer(s, from); j >= 0 {
				a, rule = j, "nominal-by"
			}
		}
		if a < 0 {
			// The attack is the object of laying it on someone: "the FBI
			// attributed the attack on X to Y", "tied the theft of $620
			// million from X to Y", "pinned the hack of X on Y".
			if j := laidAfter(s, p, from); j >= 0 {
				a, rule = j, "nominal-by"
			}
		}
		if a < 0 {
			// The subject: "Y claimed the attack on X", "Y launched attacks against X".
			j := x.nearestActorLeft(s, p+1, 18)
			if j < 0 {
				// Past a long aside on the actor: "X and Y, two labels the
				// industry applies to ..., were responsible for".
				if k := x.nearestActorLeft(s, p+1, 40); k >= 0 && !s.ents[k].ref {
					if c := asideEnd(s, s.ents[k].b); c > 0 && c < p && p-c <= 10 {
						j = k
					}
				}
				if k := x.nearestActorLeft(s, p+1, 40); j < 0 && k >= 0 && subjectlessChain(s, s.ents[k].b, p) >= 0 {
					j = k // "the gang has hit A, which ...; claimed a breach at B"
				}
			}
			if j >= 0 && s.ents[j].ref {
				// "APT32, a group it believes acts for Vietnam, had sent
				// phishing messages to X": not the pronoun in the aside,
				// the actor the aside describes.
				if k := x.nearestActorLeft(s, s.ents[j].a, 12); k >= 0 && !s.ents[k].ref {
					if c := asideEnd(s, s.ents[k].b); c > s.ents[j].a && c < i {
						j = k
					} else if b := s.ents[k].b; s.lower(b) == "," && (s.lower(b+1) == "which" || s.lower(b+1) == "who") && pronouns.is(s.id(s.ents[j].a)) {
						// "Mustang Panda, which has used it for years in
						// operations against X": the relative clause's
						// subject, not the pronoun it uses.
						j = k
					}
				}
			}
			if j >= 0 && (!s.ents[j].ref || s.ents[j].b >= i-14 || subjectlessChain(s, s.ents[j].b, i) >= 0) {
				between := false
				k0 := s.ents[j].b
				if c := subjectlessChain(s, k0, i); c >= 0 {
					k0 = c + 1 // "X has hit A; claimed a breach at B": B's own clause
				}
				for k := k0; k < i; k++ {
					if c := asideEnd(s, k); k == s.ents[j].b && c > k && c < i {
						// "the Lazarus Group and APT38, two labels ... run by
						// the North Korean government, were responsible for
						// the theft from X": past the actor's aside.
						k = c
						continue
					}
					if blamingAgent(s, k) {
						continue // "Lazarus was blamed by the U.S. for the attack on X": who blames is no victim
					}
					// "X is a group that has conducted intrusions against":
					// a relative clause on the actor's own description.
					// A relative clause with a subject of its own ("which
					// officials attributed") cuts the actor off.
					rel := relatives.is(s.id(k)) && !(groupNouns.is(s.id(k-1)) || appositionNouns.is(s.id(k-1))) &&
						(s.entAt(k+1) >= 0 && s.ents[s.entAt(k+1)].kind == graph.ThreatActor || s.toks[min(k+1, len(s.toks)-1)].cap || pronouns.is(s.id(k+1)) || s.lower(k+1) == "the" ||
							otherDoers.is(s.id(k-1))) // "threatened any country that launched cyberattacks against X"
					if o := s.owner[k]; o >= 0 && isVictim(s.ents[o]) || s.toks[k].text == ";" || rel {
						between = true
					}
				}
				if !between {
					a, rule = j, "nominal-subject"
				}
			}
		}
		if a < 0 {
			// "The group was blamed for the 2014 destruction of computers at
			// X, for the 2016 theft of $81 million from Y, and for ...": a
			// later item of the list of deeds laid on the subject.
			if j := blameListActor(s, i); j >= 0 {
				a, rule = j, "nominal-subject"
			}
		}
		if a < 0 {
			// "Other incidents attributed to DoppelPaymer include the breach
			// of X; the theft of data from Y; and an attack on Z": items of
			// a list whose lead names the actor.
			if j := includeLeadActor(s, p); j >= 0 {
				a, rule = j, "nominal-subject"
			}
		}
		if a < 0 && p <= 3 && (s.lower(0) == "in" || s.lower(0) == "during" || s.lower(0) == "as" || s.lower(0) == "for") {
			// "In a campaign against X, Y deployed ...": the subject after
			// the opening phrase.
			for k := from; k < len(s.toks); k++ {
				if s.toks[k].text == "," {
					if j := s.entAt(k + 1); j >= 0 && s.ents[j].kind == graph.ThreatActor {
						a, rule = j, "nominal-opening"
					}
					break
				}
			}
		}
		own := func(sw graph.Node) bool {
			f := x.focusActor(last)
			return f != nil && x.softwareOwner(sw, f) == f && len(softwareGroups()[sw.ID]) == 1
		}
		if a < 0 && focusNominal(s, i, own) {
			// "The attack on Ignitis flooded the company's websites": the
			// story's attack, by the actor in focus.
			if f := x.focusActor(last); f != nil {
				// Only the victims up to the end of the phrase: "the attack
				// against X in July, the Microsoft team said" stops at X.
				cut := len(s.toks)
				for k := from; k < len(s.toks); k++ {
					if s.lower(k) == "," && s.entAt(k+1) < 0 && !(s.lower(k+1) == "and" || s.lower(k+1) == "or") {
						cut = k
						break
					}
					if l := s.lower(k); (l == "is" || l == "was") && s.owner[k] < 0 {
						cut = k // "The attack on X is the latest in a run of incidents affecting Y": the phrase ends at its verb
						break
					}
				}
				keep := vs[:0:0]
				for _, v := range vs {
					if s.ents[v.ent].a < cut {
						keep = append(keep, v)
					}
				}
				x.target(s, *f, keep, "nominal-focus", 0.5, "")
			}
			continue
		}
		if a < 0 && (lureNouns.is(t.id) || payload || aimed) {
			// "We observed messages sent to X": the actor in focus sent them.
			if f := x.focusActor(last); f != nil {
				x.target(s, *f, x.objects(s, from, false), "lure-target", 0.6, "")
			}
			continue
		}
		if a < 0 {
			continue
		}
		actor, ok, ref := x.actor(s, a, last)
		if !ok {
			continue
		}
		// "attacks on friendly interests in Cambodia": the country is the target.
		if len(vs) == 0 {
			for k := from; k < len(s.toks) && k < from+8; k++ {
				if clauseStops.is(s.id(k)) && s.lower(k) != "in" || abstractObjects.is(s.id(k)) {
					break // not "an attack on press freedom in Portugal"
				}
				if j := s.owner[k]; j >= 0 && s.ents[j].kind == graph.Country && !s.ents[j].demonym && s.lower(k-1) == "in" {
					vs = append(vs, victim{ent: j})
					break
				}
			}
		}
		if fromNominals.is(t.id) || moneyLoss {
			vs = append(vs, x.heistSegments(s, from)...)
		}
		vs = append(vs, x.relativeDamage(s, from)...)
		x.target(s, actor, vs, rule, conf(0.8, ref), "")
		if rule == "nominal-by" {
			// "tied the theft from X to the Lazarus Group and APT38".
			for _, b := range coActors(s, a)[1:] {
				x.target(s, s.ents[b].node, vs, rule, 0.8, "")
			}
		}
		if rule == "nominal-subject" && !ref {
			// "Lazarus and Andariel were responsible for the theft from X".
			for _, b := range coActorsBefore(s, a) {
				x.target(s, s.ents[b].node, vs, rule, 0.8, "")
			}
		}
	}
}

// blameListActor returns the actor laid with a list of deeds, "X was blamed
// for A, for B, and for C", when the noun of attack at i heads an item of
// it after the first: "The group was blamed for the 2014 destruction of
// computers at Sony Pictures Entertainment, for the 2016 theft of $81
// million from Bangladesh Bank's account ...". -1 if none.
func blameListActor(s *sent, i int) int {
	item := func(k int) int { // the "for" that opens the item the word at k stands in, or -1
		for m := k - 1; m >= 0 && m >= k-5; m-- {
			switch l := s.lower(m); {
			case l == "for":
				return m
			case l == "the" || l == "a" || l == "an" || s.toks[m].digit || nominalModifiers.is(s.id(m)) || groupModifiers.is(s.id(m)):
			case s.owner[m] >= 0 && (s.ents[s.owner[m]].kind == graph.Malware || s.ents[s.owner[m]].kind == graph.Organization):
				m = s.ents[s.owner[m]].a // "for the WannaCry outbreak", "for the Sony hack"
			default:
				return -1
			}
		}
		return -1
	}
	f := item(i)
	if f < 1 || !(s.lower(f-1) == "," || s.lower(f-1) == "and" && s.lower(f-2) == ",") {
		return -1
	}
	for m := f - 2; m > 0 && m >= f-45; m-- {
		l := s.lower(m)
		if l == ";" || l == "." || relatives.has(l) && s.lower(m-1) == "," {
			return -1
		}
		if l != "for" || !blameWords.is(s.id(m-1)) {
			continue
		}
		// "X was blamed for", "X is best known for", "X has been held responsible for".
		b := auxStart(s, m-2)
		if j := s.entAt(b); j >= 0 && s.ents[j].kind == graph.ThreatActor && s.ents[j].b == b+1 {
			return j
		}
		return -1
	}
	return -1
}

// auxStart steps back from b over the auxiliaries, adverbs and "held" of a
// verb phrase to the word before them: the end of its subject in "X has
// been held responsible for", "X was widely blamed for".
func auxStart(s *sent, b int) int {
	for b >= 0 && s.owner[b] < 0 && (auxiliaries.is(s.id(b)) || perfect.is(s.id(b)) || adverbs.is(s.id(b)) || s.lower(b) == "held") {
		b--
	}
	return b
}

// blamedLead returns the actor that the clause before ", including" at k
// lays attacks on, or -1: "REvil, also known as Sodinokibi, was behind some
// of the most disruptive attacks of 2021, including".
func blamedLead(s *sent, k int) int {
	attack := false
	for m := k - 2; m > 0 && m >= k-30; m-- {
		l := s.lower(m)
		if o := s.owner[m]; l == ";" || l == ":" || o >= 0 && s.ents[o].kind != graph.ThreatActor && s.ents[o].kind != graph.Malware {
			return -1 // not past a victim; "also known as Sodinokibi" may stand between
		}
		if nominals.is(s.id(m)) {
			attack = true
		}
		if !attack || (l != "behind" && l != "responsible" && l != "carried" && l != "conducted" && l != "claimed") || s.owner[m] >= 0 {
			continue
		}
		b := auxStart(s, m-1)
		if s.lower(b) == "," {
			for c := b - 1; c > 0 && c >= b-8; c-- {
				if s.lower(c) == "," {
					b = c - 1 // "REvil, also known as Sodinokibi, was behind"
					break
				}
			}
		}
		j := s.entAt(b)
		if j < 0 || s.ents[j].ref || s.ents[j].b != b+1 {
			return -1
		}
		if e := s.ents[j]; e.kind == graph.Malware && ransomwareRun(s, e.a, e.b) {
			// "REvil, also known as Sodinokibi, was behind": the family
			// stands for its gang.
			s.ents[j].kind, s.ents[j].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, e.node.Name)
		}
		if s.ents[j].kind == graph.ThreatActor {
			return j
		}
		return -1
	}
	return -1
}

// seizeVerbs take hold of a machine or an account: "controlled the laptop
// of a support engineer at X".
var seizeVerbs = set(`controlled|controls|controlling|accessed|accesses|accessing|seized|seizing|commandeered|commandeering`)

// seizedAsset reports whether the words at k name a machine or an account
// and then whose it is: "a workstation belonging to", "the laptop of", "a
// data server used by", "the personal account of".
func seizedAsset(s *sent, k int) bool {
	if l := s.lower(k); l != "a" && l != "an" && l != "the" && l != "one" {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
		if !s.toks[m].word || s.toks[m].cap || s.owner[m] >= 0 {
			return false
		}
		if assetNouns.is(s.id(m)) || s.lower(m) == "laptop" || s.lower(m) == "laptops" || s.lower(m) == "workstation" || s.lower(m) == "phone" {
			switch l := s.lower(m + 1); {
			case l == "of" || l == "at":
				return true
			case (l == "belonging" || l == "used" || l == "owned" || l == "run" || l == "operated") && (s.lower(m+2) == "to" || s.lower(m+2) == "by"):
				return true
			}
			// "a data server belonging to": the head comes later.
		}
	}
	return false
}

// deceiveVerbs trick people into helping an attack: "tricked employees at
// X into opening the attachment", read as "reached" is (with the people
// right after).
var deceiveVerbs = set(`trick|tricked|tricking|tricks|dupe|duped|duping|dupes|deceive|deceived|deceiving|fool|fooled|fooling`)

// deceivedName reports whether a person or an organization is named right
// after a verb of deceit, perhaps after a title and a comma, and the
// sentence goes on with "into": "tricked the campaign's chairman, John
// Podesta, into entering his password".
func deceivedName(s *sent, k int) bool {
	if s.lower(k) == "the" {
		for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
			if s.lower(m) == "," {
				k = m + 1
				break
			}
		}
	}
	o := s.entAt(k)
	if o < 0 || s.ents[o].ref || (s.ents[o].kind != graph.Person && s.ents[o].kind != graph.Organization) {
		return false
	}
	m := s.ents[o].b
	if s.lower(m) == "," {
		m++
	}
	return s.lower(m) == "into"
}

// jobVerbs and jobNouns tell of workers hired under false identities:
// "landed jobs at", "secured positions with".
var (
	jobVerbs = set(`landed|land|lands|landing|secured|secure|secures|securing|obtained|gained|got|found|took|held|holds|hold`)
	jobNouns = set(`jobs|job|positions|position|roles|role|work|employment|contracts|contract`)
)

// includeLeadActor returns the actor named in the lead of a list that
// "include(s)" opens, when the token at p stands in an item of that list
// after its first semicolon or comma: "Other incidents attributed to
// DoppelPaymer include the breach of X; the theft of data from Y". -1 if
// none.
func includeLeadActor(s *sent, p int) int {
	sep := false
	for k := p; k > 0 && k >= p-45; k-- {
		l := s.lower(k)
		if l == ";" || l == "," {
			sep = true
			continue
		}
		if l == "including" && s.lower(k-1) == "," && s.owner[k] < 0 {
			// "X was behind some of the most disruptive attacks of 2021,
			// including the compromise of A ..., and the attack on B": the
			// actor the lead lays the attacks on.
			return blamedLead(s, k)
		}
		if (l == "include" || l == "includes" || l == "included") && s.owner[k] < 0 {
			if !sep {
				return -1 // the first item: the rules for the lead read it
			}
			for m := k - 1; m >= 0 && m >= k-8; m-- {
				if j := s.owner[m]; j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
					return j
				}
				if s.lower(m) == ";" || s.lower(m) == "." {
					break
				}
			}
			return -1
		}
		if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor {
			return -1
		}
	}
	return -1
}

// deployVerbs put malware on a victim's systems: "deployed the ransomware at X".
var deployVerbs = set(`deployed|deploy|deploys|deploying|installed|installing|planted|planting|detonated|detonating|executed|launched`)

// seenIn reports whether the words at k tell where victims were seen: "(Some
// victims have also been) observed elsewhere in Southeast Asia".
func seenIn(s *sent, k int) bool {
	switch s.lower(k) {
	case "observed", "seen", "found", "spotted", "identified", "located", "based":
	default:
		return false
	}
	k++
	if s.lower(k) == "elsewhere" {
		k++
	}
	return s.lower(k) == "in" || s.lower(k) == "across"
}

// heistSegments returns the victims of the thefts a list goes on to tell
// after the first one, one per clause between semicolons: "the theft of
// $308 million from X; roughly $235 million taken from Y; about $50 million
// lost by Z".
func (x *extraction) heistSegments(s *sent, from int) []victim {
	var vs []victim
	for k := from; k < len(s.toks); k++ {
		if s.toks[k].text != ";" {
			continue
		}
		for m := k + 1; m < len(s.toks) && m <= k+9 && s.toks[m].text != ";"; m++ {
			if takenWords.is(s.id(m)) && (s.lower(m+1) == "from" || s.lower(m+1) == "by" && s.lower(m) == "lost") {
				vs = append(vs, x.objects(s, m+2, false)...)
				break
			}
			if s.owner[m] >= 0 && s.ents[s.owner[m]].kind != graph.Country {
				break
			}
		}
	}
	return vs
}

// takenWords tell a sum taken from a victim: "$235 million taken from X".
var takenWords = set(`taken|stolen|drained|siphoned|lost|looted|swiped|pilfered`)

// controlVerbs with "control of" take over a victim's systems: "seized
// control of the online forums of 40 universities".
var controlVerbs = set(`seized|seize|seizes|seizing|took|take|takes|taking|gained|gain|gains|gaining|assumed|wrested`)

// prohibitedBefore reports whether a verb of forbidding stands a few words
// before the "from" at p: "forbids its affiliates from", "barred members
// from".
func prohibitedBefore(s *sent, p int) bool {
	for k := p - 1; k >= 0 && k >= p-5; k-- {
		if prohibitions.is(s.id(k)) || negations.is(s.id(k)) && s.lower(k) != "against" && s.lower(k) != "without" {
			return true
		}
		if s.toks[k].text == "," || s.toks[k].text == ";" {
			return false
		}
	}
	return false
}

// deniedEvidence reports whether the noun of attack at i is what no
// evidence was found of: "no evidence of data theft from X", "no sign of a
// compromise", "or of any compromise of Y" after such a denial.
func deniedEvidence(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		switch s.lower(k) {
		case "evidence", "sign", "signs", "indication", "indications", "trace", "traces", "proof":
			for m := k - 1; m >= 0 && m >= k-3; m-- {
				if l := s.lower(m); l == "no" || l == "not" || l == "n't" || l == "never" || l == "without" {
					return true
				}
			}
			return false
		case ";", ".", "but":
			return false
		}
	}
	return false
}

// timeAfter returns the end of a time phrase at token k ("last year", "this
// month", "in 2022", "in March", "earlier this year"), or k when none starts
// there.
func timeAfter(s *sent, k int) int {
	switch l := s.lower(k); {
	case l == "last" || l == "this" || l == "next":
		if timeNouns.is(s.id(k+1)) || months.is(s.id(k+1)) {
			return k + 2
		}
	case l == "earlier" || l == "later":
		if s.lower(k+1) == "this" || s.lower(k+1) == "that" || s.lower(k+1) == "last" {
			if timeNouns.is(s.id(k + 2)) {
				return k + 3
			}
		}
	case l == "in" || l == "on":
		// "in late December 2022", "in 2023", "on Tuesday", "on March 3".
		m := k + 1
		if l == "in" && (s.lower(m) == "early" || s.lower(m) == "late" || s.lower(m) == "mid") {
			m++
		}
		if months.is(s.id(m)) {
			m++
			if s.toks[min(m, len(s.toks)-1)].digit && m < len(s.toks) {
				m++
				if s.lower(m) == "," && s.toks[min(m+1, len(s.toks)-1)].digit && len(s.toks[min(m+1, len(s.toks)-1)].text) == 4 {
					m += 2 // "on March 3, 2024"
				}
			}
			return m
		}
		if l == "in" && m < len(s.toks) && s.toks[m].digit && len(s.toks[m].text) == 4 {
			return m + 1
		}
	}
	return k
}

// durationAfter returns the end of a duration at token k ("for four days",
// "for more than a week", "for several hours"), or k when none starts there.
func durationAfter(s *sent, k int) int {
	if s.lower(k) != "for" {
		return k
	}
	if e := durationRun(s, k+1); e > k+1 {
		return e
	}
	return k
}

// durationRun returns the end of an amount of time at token k ("four
// days", "more than two years", "months"), or k when none starts there.
func durationRun(s *sent, k int) int {
	for m := k; m < len(s.toks) && m <= k+5; m++ {
		lID := s.id(m)
		if durationNouns.is(lID) {
			return m + 1
		}
		if !s.toks[m].digit && !quantityWords.is(lID) {
			return k
		}
	}
	return k
}

// durationNouns end a duration; quantityWords come before them.
var durationNouns = set(`minutes|hour|hours|day|days|week|weeks|month|months|year|years`)
var quantityWords = set(`a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|more|than|about|nearly|almost|over|under|at|least|roughly|some|to`)

// timeNouns follow "last" or "this" in a time phrase.
var timeNouns = set(`year|month|week|summer|winter|spring|autumn|fall|weekend|decade`)

// laidAfter returns the named actor an attack is laid on when the attack
// is the object of the laying verb (p is the token before the attack's
// noun and its modifiers, the verb or its article; from is where its
// victims start): "attributed the
// attack on X to Y", "pinned the hack of X on the Y group". It returns -1
// when there is none.
func laidAfter(s *sent, p, from int) int {
	for m := 0; m < 5 && p > 0 && (months.is(s.id(p)) || s.toks[p].digit || s.lower(p) == "recent" || s.lower(p) == "latest" || s.lower(p) == "earlier" ||
		s.lower(p) == "$" || s.lower(p) == "million" || s.lower(p) == "billion"); m++ {
		p-- // "tied the July theft of ...", "the 2022 hack of", "the $1.5 billion theft from"
	}
	if l := s.lower(p); l == "the" || l == "a" || l == "an" || l == "this" || l == "that" {
		p--
	}
	verb := s.lower(p)
	prep := ""
	switch verb {
	case "attributed", "attribute", "attributes", "tied", "tie", "ties", "linked", "link", "links", "traced", "trace", "traces", "connected", "connects":
		prep = "to"
	case "blamed", "blame", "blames", "pinned", "pin", "pins":
		prep = "on"
	default:
		return -1
	}
	for k := from; k < len(s.toks) && k < from+20; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if l == ";" || l == "." || relatives.is(lID) || reportVerbs.is(lID) {
			return -1
		}
		if l != prep {
			continue
		}
		j := k + 1
		if e := s.entAt(j); e >= 0 && s.ents[e].kind == graph.ThreatActor && s.ents[e].ref && s.ents[e].a == j {
			return e // "attributed the theft from X to the unit": the actor in focus
		}
		if s.lower(j) == "the" {
			j++
		}
		if c := s.entAt(j); c >= 0 && s.ents[c].kind == graph.Country && (s.lower(s.ents[c].b) == "'s" || s.lower(s.ents[c].b) == "’s") {
			j = s.ents[c].b + 1 // "to North Korea's Lazarus Group"
		}
		if e := s.entAt(j); e >= 0 && s.ents[e].kind == graph.ThreatActor && !s.ents[e].ref {
			return e
		}
		// "to a North Korean unit it calls TraderTraitor": the name the
		// description is given.
		if l := s.lower(k + 1); l == "a" || l == "an" || l == "the" {
			for m := k + 2; m < len(s.toks) && m < k+9; m++ {
				if s.lower(m) == "calls" || s.lower(m) == "dubbed" || s.lower(m) == "called" || s.lower(m) == "named" || s.lower(m) == "as" {
					if e := s.entAt(m + 1); e >= 0 && s.ents[e].kind == graph.ThreatActor && !s.ents[e].ref {
						return e
					}
				}
				if !s.toks[m].word || clauseStops.is(s.id(m)) && s.lower(m) != "as" {
					break
				}
			}
		}
	}
	return -1
}

// recipientAt reports whether a recipient starts at token k, after "to":
// a name, or up to three words before one ("political parties in Germany",
// "the Ministry of Defence"), not an infinitive ("to steal").
func recipientAt(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+5; m++ {
		if s.owner[m] >= 0 {
			return s.ents[s.owner[m]].kind != graph.ThreatActor && s.ents[s.owner[m]].kind != graph.Malware && s.ents[s.owner[m]].kind != graph.Tool
		}
		if !s.toks[m].word || clauseStops.is(s.id(m)) {
			return false
		}
	}
	return false
}

// impactVerbs in a relative clause on an attack name what the attack did to
// its victim: "the cyberattack that forced X to shut down", "the attack
// that crippled X's export service".
var impactVerbs = set(`forced|crippled|paralyzed|paralysed|halted|disabled|knocked|took|brought|shut|affected|
impacted|froze|crashed|downed|paralyses|cripples|forces|hobbled|idled|encrypted|locked`)

// strictAttacks are nouns that name one attack, which an organization's
// name before them places: "the SolarWinds compromise", "the Colonial
// Pipeline attack" (not "the FBI operation").
var strictAttacks = set(`attack|attacks|hack|hacks|breach|breaches|compromise|intrusion|intrusions|cyberattack|
cyberattacks|cyber-attack|heist|heists|theft`)

// blameWords between an actor and an attack make the actor its author:
// "X is best known for the Y hack", "X was behind the Y breach".
var blameWords = set(`known|responsible|behind|claimed|carried|conducted|blamed|perpetrated|committed|launched|
staged|orchestrated|pulled|linked|tied|attributed`)

// hackerTitleTarget: "Bitfinex hacker Ilya Lichtenstein", "the Marlow Bank
// hackers, Quarrow": the organization before "hacker" is the victim of the
// actor the title names.
func (x *extraction) hackerTitleTarget(s *sent, last *graph.Node) {
	for i := 1; i+1 < len(s.toks); i++ {
		if l := s.lower(i); l != "hacker" && l != "hackers" || s.owner[i] >= 0 {
			continue
		}
		o := s.entAt(i - 1)
		j := s.entAt(i + 1 + b2i(s.lower(i+1) == ","))
		if o < 0 || j < 0 || s.ents[o].b != i || s.ents[o].kind != graph.Organization || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref {
			continue
		}
		if l := s.lower(i - 1); l == "leaks" || l == "leak" || l == "files" || l == "papers" {
			continue // "Football Leaks hacker Rui Pinto": his own disclosures
		}
		actor, ok, ref := x.actor(s, j, last)
		if ok {
			x.target(s, actor, []victim{{ent: o}}, "hacker-title", conf(0.8, ref), "")
		}
	}
}

// modifierTarget: an organization named before a noun of attack is its
// victim when the sentence blames an actor for that attack: "Midnight
// Blizzard is best known for the SolarWinds supply-chain compromise", "the
// Colonial Pipeline attack was attributed to DarkSide".
func (x *extraction) modifierTarget(s *sent, last *graph.Node) {
	for i := 2; i < len(s.toks); i++ {
		if !strictAttacks.is(s.id(i)) || s.owner[i] >= 0 {
			continue
		}
		p := i - 1
		for p > 0 && s.owner[p] < 0 && (nominalModifiers.is(s.id(p)) || strings.Contains(s.lower(p), "-") && !s.toks[p].cap && s.toks[p].word) {
			p-- // "supply-chain", "ransomware"
		}
		j := s.owner[p]
		if j < 0 || s.ents[j].kind != graph.Organization || s.ents[j].b != p+1 {
			continue
		}
		// "both the Mitsubishi Electric and NEC intrusions": two victims
		// of attacks of one kind.
		vs := []victim{{ent: j}}
		first := j
		if l := s.lower(s.ents[j].a - 1); l == "and" && strings.HasSuffix(s.lower(i), "s") {
			if o := s.owner[s.ents[j].a-2]; o >= 0 && s.ents[o].kind == graph.Organization && s.ents[o].b == s.ents[j].a-1 {
				vs, first = append(vs, victim{ent: o}), o
			}
		}
		// "the Bybit heist", "the record $1.5 billion Bybit heist", and in a
		// headline "hackers behind record $1.5 billion Bybit heist".
		d := s.ents[first].a - 1
		for d > 0 && s.owner[d] < 0 && (amountWords.is(s.id(d)) || s.toks[d].digit || nominalModifiers.is(s.id(d))) {
			d--
		}
		if s.lower(d) != "the" && !blameWords.is(s.id(d)) {
			continue
		}
		a := x.blamed(s, i+1)
		lay := d - 1 - b2i(s.lower(d-1) == "both")
		if l := s.lower(i + 1); a < 0 && layWords.is(s.id(lay)) && (l == "to" || l == "on") {
			// "attributed the KuCoin breach to the Lazarus Group", "linked
			// the intrusion to a China-based hacking group known as Tick".
			if k := s.entAt(i + 2 + b2i(s.lower(i+2) == "the")); k >= 0 && s.ents[k].kind == graph.ThreatActor {
				a = k
			} else if k := describedActor(s, i+2); k >= 0 {
				a = k
			}
		}
		if a < 0 {
			// Not "they believe those responsible for the Medibank breach":
			// a pronoun before the verb of belief is not the attacker.
			if k := x.nearestActorLeft(s, s.ents[j].a, 12); k >= 0 && !(s.ents[k].ref && pronouns.is(s.id(s.ents[k].a)) && (beliefVerbs.is(s.id(s.ents[k].b)) || reportVerbs.is(s.id(s.ents[k].b)))) {
				for m := s.ents[k].b; m < s.ents[j].a; m++ {
					if blameWords.is(s.id(m)) {
						a = k
						break
					}
				}
			}
		}
		if a < 0 || negatedBetween(s, s.ents[a].b, s.ents[j].a) {
			continue // "had not claimed responsibility for the Rutube attack"
		}
		if actor, ok, ref := x.actor(s, a, last); ok {
			x.target(s, actor, vs, "modifier-target", conf(0.75, ref), "")
		}
	}
}

// describedActor returns the actor that an indefinite description at k
// goes on to name, or -1: "a China-based hacking group known as Tick".
func describedActor(s *sent, k int) int {
	if l := s.lower(k); l != "a" && l != "an" {
		return -1
	}
	for m := k + 1; m < len(s.toks) && m <= k+6; m++ {
		if s.owner[m] >= 0 && s.ents[s.owner[m]].kind != graph.Country {
			return -1
		}
		if (s.lower(m) == "known" || s.lower(m) == "tracked") && s.lower(m+1) == "as" || s.lower(m) == "called" || s.lower(m) == "dubbed" || s.lower(m) == "named" {
			at := m + 1 + b2i(s.lower(m+1) == "as")
			if e := s.entAt(at); e >= 0 && s.ents[e].kind == graph.ThreatActor && !s.ents[e].ref && groupNouns.is(s.id(m-1)) {
				return e
			}
			return -1
		}
		if !s.toks[m].word || clauseStops.is(s.id(m)) {
			return -1
		}
	}
	return -1
}

// amountWords describe an attack by its size: "the record $1.5 billion
// Bybit heist".
var amountWords = set(`$|€|£|record|million|billion|multimillion|multibillion|multi-million|multi-billion|estimated|
roughly|about|nearly|almost|some`)

// lureNouns follow "phishing": "phishing e-mails to X".
var lureNouns = set(`e-mails|emails|email|e-mail|messages|lures|texts|links|invitations|documents|attachments|campaigns|pages|sites|websites|
sheet|spreadsheet|spreadsheets|document|attachment|file|files|archive|archives|lure|message|link|invitation|installer|installers`)

// moneyAt reports whether a sum of money starts at token k: "$54
// million", "around $54 million", "more than €2 million".
func moneyAt(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+3; m++ {
		if currencySigns.is(s.id(m)) {
			return true
		}
		if !approxWords.is(s.id(m)) && !quantityWords.is(s.id(m)) {
			return false
		}
	}
	return false
}

// fromNominals take their victim after "from": "the theft from X".
var fromNominals = set(`theft|thefts|heist|heists|robbery|raid|raids`)

// nominalsOf are the nouns of attack whose victim follows "of": "the
// breach of X", not "the campaign of X".
var nominalsOf = set(`targeting|compromise|compromises|breach|breaches|hack|hacks|hacking|infiltration|penetration|
intrusion|takeover|defacement|exploitation|disruption|sabotage|takedown|takedowns|hijacking`)

// nominalModifiers may stand between a possessive and a noun of attack:
// "Sandworm's destructive attacks on".
var nominalModifiers = set(`recent|latest|new|destructive|disruptive|repeated|ongoing|continued|earlier|previous|
first|second|major|massive|large-scale|coordinated|damaging|cyber|ransomware|wiper|phishing|spear-phishing|
spearphishing|espionage|hacking|data|theft|extortion|alleged|suspected|reported|own|many|several|successful`)

// blamed finds the actor a sentence blames after token from: "by Y",
// "attributed to Y", "claimed by Y", "linked to Y".
func (x *extraction) blamed(s *sent, from int) int {
	for k := from; k < len(s.toks) && k < from+20; k++ {
		l := s.lower(k)
		if l == ";" || l == "." && s.owner[k] < 0 { // not the period of "Kadokawa Corp."
			break
		}
		j := -1
		switch {
		case l == "by":
			j = k + 1
		case l == "work" && s.lower(k+1) == "of" && s.lower(k-1) == "the" && (s.lower(k-2) == "was" || s.lower(k-2) == "is" || s.lower(k-2) == "were"):
			j = k + 2 // "the campaign was the work of APT33"
		case (l == "attributed" || l == "linked" || l == "tied" || l == "blamed" || l == "pinned" || l == "traced") &&
			(s.lower(k+1) == "to" || s.lower(k+1) == "on"):
			j = k + 2
		case (l == "attributed" || l == "attribute" || l == "attributes" || l == "blamed" || l == "pinned" || l == "tied" || l == "linked" || l == "traced" || l == "connected" ||
			l == "tie" || l == "ties" || l == "link" || l == "links" || l == "trace" || l == "traces") && k+1 < len(s.toks):
			// "attributed the intrusions to X": the object between; "tied
			// the toolkit used in those intrusions, which they called
			// CozyDuke, to the group": a longer one.
			for m := k + 1; m < len(s.toks) && m <= k+16; m++ {
				if s.lower(m) == ";" || s.lower(m) == "." && s.owner[m] < 0 {
					break
				}
				if s.lower(m) == "to" || s.lower(m) == "on" {
					j = m + 1
					break
				}
			}
		}
		if j < 0 {
			continue
		}
		// "attributed the intrusions to three groups, Lazarus, Andariel and
		// Kimsuky": the first actor named after the cue.
		for m := j; m < len(s.toks) && m < j+8; m++ {
			if ai := s.entAt(m); ai >= 0 && s.ents[ai].kind == graph.ThreatActor {
				if named := knownAsAfter(s, s.ents[ai]); s.ents[ai].ref && named >= 0 {
					return named // "to the group widely known as Cozy Bear"
				}
				return ai
			}
			if ai := s.entAt(m); ai >= 0 && (s.ents[ai].kind == graph.Country && (s.lower(s.ents[ai].b) == "'s" || s.lower(s.ents[ai].b) == "’s") || s.ents[ai].kind == graph.Sector && !s.toks[m].cap) {
				m = s.ents[ai].b - 1
				continue // "to Russia's military intelligence agency, the GRU"
			}
			if ai := s.entAt(m); ai >= 0 || s.lower(m) == ";" {
				break
			}
		}
	}
	return -1
}

// knownAsAfter returns the named actor that a reference's "known as",
// "called" or "dubbed" gives, or -1: "the group widely known as Cozy Bear".
func knownAsAfter(s *sent, e ent) int {
	for m := e.b; m < len(s.toks) && m <= e.b+3; m++ {
		l := s.lower(m)
		if l != "as" && l != "called" && l != "dubbed" && l != "named" {
			if s.owner[m] >= 0 || !s.toks[m].word || l != "known" && l != "tracked" && !strings.HasSuffix(l, "ly") {
				return -1
			}
			continue
		}
		if ai := s.entAt(m + 1); ai >= 0 && s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
			return ai
		}
		return -1
	}
	return -1
}

// ofPhrase returns the "of" whose object is the name at a, past modifiers
// ("the servers of the Iranian espionage group OilRig"), or -1.
func ofPhrase(s *sent, a int) int {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		l := s.lower(k)
		lID := s.id(k)
		if l == "of" {
			return k
		}
		if demonymAt(s, k) {
			continue
		}
		if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor && s.ents[o].ref && !pronouns.is(lID) && l != "its" && l != "their" {
			k = s.ents[o].a // "the Iranian espionage group"
			continue
		}
		if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap && l != "the" || clauseStops.is(lID) || auxiliaries.is(lID) || perfect.is(lID) {
			return -1
		}
	}
	return -1
}

// basedBeforeName reports whether the demonym e is "X-based" before the
// name it places: "Vietnam-based gaming studio Sky Mavis".
func basedBeforeName(s *sent, e ent) bool {
	if !strings.HasSuffix(s.lower(e.b-1), "-based") {
		return false
	}
	for k := e.b; k < len(s.toks) && k <= e.b+3; k++ {
		if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.Organization && s.toks[k].cap {
			return true
		}
		if !s.toks[k].word || s.toks[k].cap && s.owner[k] < 0 {
			return false
		}
	}
	return false
}

// madeProduct reports whether the organization at e names a maker's
// product after an origin: "Israeli-made Unitronics programmable logic
// controllers".
func madeProduct(s *sent, e ent) bool {
	l := s.lower(e.a - 1)
	if h := strings.LastIndexByte(l, '-'); h <= 0 || !madeSuffixes.has(l[h+1:]) {
		return false
	}
	return e.b < len(s.toks) && s.toks[e.b].word && !s.toks[e.b].cap && s.owner[e.b] < 0
}

var madeSuffixes = set(`made|built|designed|manufactured`)

// relativeClaimer returns the actor of a relative clause that claims the
// attack told before it, or -1: "the attack on OakBend Medical Center in
// Richmond, Texas, which Daixin claimed in September 2022".
func relativeClaimer(s *sent, from int) int {
	for k := from; k < len(s.toks) && k < from+22; k++ {
		l := s.lower(k)
		lID := s.id(k)
		if l == ";" || l == "." && s.owner[k] < 0 || clauseStops.is(lID) && l != "which" {
			return -1
		}
		if l != "which" || s.lower(k-1) != "," || s.owner[k] >= 0 {
			continue
		}
		m := k + 1
		if s.lower(m) == "the" && s.owner[m] < 0 {
			m++
		}
		j := s.entAt(m)
		if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref {
			return -1
		}
		v := s.ents[j].b
		if groupNouns.is(s.id(v)) && s.owner[v] < 0 {
			v++ // "which the Lamprey gang claimed"
		}
		for v < len(s.toks) && v < s.ents[j].b+4 && (adverbs.is(s.id(v)) || perfect.is(s.id(v))) {
			v++
		}
		if l := s.lower(v); l == "claimed" || l == "claims" || l == "carried" || l == "conducted" {
			return j
		}
		return -1
	}
	return -1
}

// coActors returns actor a and the actors listed with it: "Lazarus,
// Andariel and Kimsuky".
// coActorsBefore returns the actors listed before actor a with it:
// "Lazarus and" before "Andariel", "APT28, APT29 and" before "Turla".
func coActorsBefore(s *sent, a int) []int {
	var out []int
	for k := s.ents[a].a - 1; k > 0; {
		l := s.lower(k)
		if l != "," && l != "and" && l != "or" {
			break
		}
		if l == "and" || l == "or" {
			if s.lower(k-1) == "," {
				k--
			}
		}
		j := s.entAt(k - 1)
		if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || s.ents[j].node.ID == s.ents[a].node.ID {
			break
		}
		out = append(out, j)
		k = s.ents[j].a - 1
	}
	return out
}

func coActors(s *sent, a int) []int {
	out := []int{a}
	for k := s.ents[a].b; k+1 < len(s.toks); {
		l := s.lower(k)
		if l != "," && l != "and" && l != "or" {
			break
		}
		k++
		if s.lower(k) == "and" || s.lower(k) == "or" {
			k++
		}
		j := s.entAt(k)
		if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref {
			break
		}
		out = append(out, j)
		k = s.ents[j].b
	}
	return out
}

// headingTarget: the items listed under a heading about victims ("##
// Targeting", "Victimology", "Targeted sectors"): short lines without a
// verb, each naming victims of the actor in focus.
func (x *extraction) headingTarget(s *sent, last *graph.Node) {
	named := false
	for _, e := range s.ents {
		named = named || isVictim(e) || e.kind == graph.ThreatActor && !e.ref
	}
	if isHeading(s) && !named {
		x.heading = strings.ToLower(s.Text)
		return
	}
	// "- **Focus Camera**, a New York-based photography retailer": an item
	// that describes the victim it names first.
	item := -1
	if j := s.entAt(0); j >= 0 && isVictim(s.ents[j]) && s.ents[j].kind != graph.Country && itemEnd(s, s.ents[j].b) && len(s.toks) <= 30 {
		item = j
		for i, t := range s.toks {
			if s.owner[i] < 0 && (targetVerbs.is(t.id) || auxiliaries.is(t.id) || reportVerbs.is(t.id) || useVerbs.is(t.id) || perfect.is(t.id) || t.lower == "which" || t.lower == "who") {
				item = -1
				break
			}
		}
	}
	if x.heading != "" && item < 0 && !isHeading(s) && listLead(s) {
		return // "Sansec notified the merchants below, ...:": the list follows
	}
	if x.heading != "" && item < 0 && x.itemPara == s.Para+1 {
		return // "Roughly US$10 million stolen via SWIFT.": the item goes on
	}
	if x.heading == "" || item < 0 && (len(s.toks) > 16 || !isHeading(s) && len(s.toks) > 8) {
		// A sentence of prose ends the list under the heading.
		x.heading = ""
		return
	}
	x.itemPara = s.Para + 1
	victims := false
	for _, w := range strings.Fields(x.heading) {
		if headingMarks.has(strings.Trim(w, ":")) {
			victims = true
		}
	}
	if !victims {
		return
	}
	for _, t := range s.toks {
		if targetVerbs.is(t.id) || auxiliaries.is(t.id) || reportVerbs.is(t.id) || useVerbs.is(t.id) || perfect.is(t.id) {
			return
		}
	}
	f := x.focusActor(last)
	if f == nil {
		return
	}
	var vs []victim
	for k := 0; k < len(s.toks); k++ {
		if j := s.owner[k]; j >= 0 {
			if e := s.ents[j]; isVictim(e) && !placePrep(s, e.a) && !bracketedAfterName(s, e) {
				vs = append(vs, victim{ent: j})
			}
			k = s.ents[j].b - 1
		}
	}
	if item >= 0 {
		vs = []victim{{ent: item}}
	}
	x.target(s, *f, vs, "heading-list", 0.6, "")
}

// bracketedAfterName reports whether e stands in brackets right after
// another name, which it places or abbreviates: "Cobb County (Georgia)",
// "Banco Nacional de Comercio Exterior (Bancomext)".
func bracketedAfterName(s *sent, e ent) bool {
	return s.lower(e.a-1) == "(" && s.lower(e.b) == ")" && s.entAt(e.a-2) >= 0
}

// itemEnd reports whether the name of a list item ends at token b: before
// a comma, or a colon after a short abbreviation in brackets ("Banco
// Nacional de Comercio Exterior (Bancomext), Mexico: January 2018.").
func itemEnd(s *sent, b int) bool {
	if s.lower(b) == "(" {
		for k := b + 1; k < len(s.toks) && k <= b+5; k++ {
			if s.lower(k) == ")" {
				b = k + 1
				break
			}
		}
	}
	return s.lower(b) == "," || s.lower(b) == ":" && itemDate(s, b)
}

// itemDate reports whether the colon at b ends the first line of a list
// item: a date follows it, not a list of its own.
func itemDate(s *sent, b int) bool {
	return b+1 < len(s.toks) && (months.is(s.id(b+1)) || s.toks[b+1].digit)
}

// listLead reports whether a sentence of prose announces the list after
// it: "Sansec notified the merchants below", "the following were hit:".
func listLead(s *sent) bool {
	if s.toks[len(s.toks)-1].text == ":" {
		return true
	}
	for i, t := range s.toks {
		if (t.lower == "below" || t.lower == "following") && s.owner[i] < 0 {
			return true
		}
	}
	return false
}

// headingMarks in a heading announce a list of victims.
var headingMarks = set(`targeting|targets|targeted|victims|victimology|targetting|affected|impacted|victim`)

// isHeading reports whether a sentence is a heading: a few words and no
// final stop.
func isHeading(s *sent) bool {
	words := 0
	for _, t := range s.toks {
		if t.word {
			words++
		}
	}
	last := s.toks[len(s.toks)-1].text
	return words > 0 && words <= 5 && last != "." && last != "," && last != ";"
}

// asVerbs name something as a victim: "named as victims".
var asVerbs = set(`named|identified|listed|confirmed|reported|described|cited|mentioned|revealed|outed`)

// antecedentTarget: "Ascension said a ransomware attack disrupted care.
// People familiar with the matter said the attack was carried out by Black
// Basta." The attack blamed in one sentence is the one the sentence before
// reported, and its victim is that sentence's subject.
func (x *extraction) antecedentTarget(s *sent, last *graph.Node) {
	p := x.prev
	if p == nil {
		return
	}
	if a := identifiedAs(s); a >= 0 {
		x.focusFamily(s, a, last)
		if v := silentVictim(s, a); v >= 0 {
			// "Eletronuclear has not named the attackers, but researchers
			// say the intrusion bears the hallmarks of REvil".
			if actor, ok, ref := x.actor(s, a, last); ok {
				x.target(s, actor, []victim{{ent: v}}, "antecedent-attack", conf(0.7, ref), "")
			}
			return
		}
		if v := silentSubject(p); v >= 0 && p.Para == s.Para {
			// "Fujifilm has not named the criminals behind the attack.
			// But two people ... said the ransomware was deployed by REvil."
			if actor, ok, ref := x.actor(s, a, last); ok {
				x.target(p, actor, []victim{{ent: v}}, "antecedent-attack", conf(0.7, ref), "")
			}
			return
		}
		// "Researchers identified the malware as RansomEXX": the attack
		// told before is the family's gang's.
		x.antecedentVictims(s, a, last, true, 1)
		return
	}
	if a := namesTheGroup(s); a >= 0 && x.unnamedAgentBefore() {
		// "Agencies in the UAE have been targeted by an Iranian espionage
		// group. Trend Micro tracks the group as Earth Simnavaz."
		x.antecedentVictims(s, a, last, false, 1)
		return
	}
	if a := involvedFamily(s); a >= 0 {
		// "Toll shut down its systems after an attack involving the
		// NetWalker ransomware": the family's gang hit the sufferer; with
		// none in the sentence, the one the sentence before told of.
		if vs := x.sufferers(s); len(vs) > 0 {
			if actor, ok, ref := x.actor(s, a, last); ok {
				x.target(s, actor, vs, "attack-involving", conf(0.7, ref), "")
			}
			return
		}
		x.antecedentVictims(s, a, last, true, 1)
		return
	}
	for i := 0; i+3 < len(s.toks); i++ {
		// "Responsibility was claimed by ShinyHunters": the attack is the
		// one told before.
		if l := s.lower(i); (l == "responsibility" || l == "credit") && s.owner[i] < 0 && (i == 0 || s.lower(i-1) == ",") {
			k := i + 1
			if s.lower(k) == "was" || s.lower(k) == "has" && s.lower(k+1) == "been" {
				k += 1 + b2i(s.lower(k) == "has")
				if s.lower(k) == "quickly" || s.lower(k) == "later" || s.lower(k) == "since" {
					k++
				}
				if s.lower(k) == "claimed" && s.lower(k+1) == "by" {
					m := k + 2 + b2i(s.lower(k+2) == "the")
					if j := s.entAt(m); j >= 0 && s.ents[j].a == m && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
						x.antecedentVictims(s, j, last, true, 1)
						return
					}
				}
			}
		}
	}
	for i := 1; i < len(s.toks); i++ {
		if claimsBare(s, i) {
			// "Interlock later claimed responsibility": the attack is the
			// one the sentence before reported.
			// "The Ragnar Locker gang later took responsibility": a group
			// noun and an adverb may stand between.
			j := x.nearestActorLeft(s, i, 6)
			if j < 0 {
				j = ransomwareCrew(s, i)
			}
			if j >= 0 {
				x.antecedentVictims(s, j, last, true, 1)
			}
			return
		}
		activity := s.lower(i) == "activity" && (s.lower(i-1) == "that" || s.lower(i-1) == "this") // "He attributed that activity to X"
		if !nominals.is(s.id(i)) && !activity || s.owner[i] >= 0 || nominalPreps.is(s.id(i+1)) && s.lower(i+1) != "of" && !claimVenue(s, i+1) {
			continue
		}
		d, ok := definiteNominal(s, i)
		if activity {
			d, ok = i-1, true
		}
		if !ok {
			continue
		}
		// Who is blamed: "carried out by X", "attributed to X", "X claimed
		// the attack", "X was behind the attack", "attributed the
		// intrusions to X".
		a := x.blamed(s, i+1)
		if a < 0 && d > 0 {
			a = x.blamed(s, d-1)
		}
		if a < 0 && d > 0 {
			// "tied the toolkit used in those intrusions ... to the group
			// known as Cozy Bear": the verb before the thing it ties.
			for k := d - 1; k > 0 && k >= d-6 && s.owner[k] < 0 && s.lower(k) != ","; k-- {
				if l := s.lower(k); l == "tied" || l == "linked" || l == "traced" || l == "connected" {
					a = x.blamed(s, k)
					break
				}
			}
		}
		if a < 0 {
			if j := x.nearestActorLeft(s, d, 6); j >= 0 && !s.ents[j].ref {
				for k := s.ents[j].b; k < d; k++ {
					if l := s.lower(k); l == "claimed" || l == "behind" || l == "responsible" || l == "carried" || l == "conducted" || l == "credit" {
						a = j
					}
				}
			}
		}
		if a < 0 {
			continue
		}
		// "That would tie both attacks to X": the two the lede told of.
		both := s.lower(d) == "both" && strings.HasSuffix(s.lower(i), "s")
		x.antecedentVictims(s, a, last, incidentNouns.is(s.id(i)) || both, 1+b2i(both))
		return
	}
}

// focusFamily makes the family that entity a names as an attack's culprit
// stand for the actor in focus when that actor runs it: "identified the
// ransomware as Ryuk" in a report on Wizard Spider is Wizard Spider's
// attack, not one by a gang called Ryuk.
func (x *extraction) focusFamily(s *sent, a int, last *graph.Node) {
	f := x.focusActor(last)
	if f == nil || strings.EqualFold(f.Name, s.ents[a].node.Name) {
		return
	}
	if x.usesSoftware(*f, graph.NewNode(graph.Malware, s.ents[a].node.Name)) {
		s.ents[a].node = *f
	}
}

// relativeComma returns the comma that opens a relative clause which the
// comma at c closes, or -1: "The intrusion, which began in the spring of
// 2016 and ran into the summer, reached ...".
func relativeComma(s *sent, c int) int {
	if s.lower(c) != "," {
		return -1
	}
	for k := c - 1; k > 0 && k >= c-20; k-- {
		if l := s.lower(k); l == ";" || l == ":" {
			return -1
		}
		if s.lower(k) == "," {
			if l := s.lower(k + 1); l == "which" || l == "that" {
				return k
			}
			return -1
		}
	}
	return -1
}

// asideOpen returns the comma that opens an aside which the comma at c
// closes, or -1: ", along with companies in the energy sector,".
func asideOpen(s *sent, c int) int {
	for k := c - 1; k > 0 && k >= c-14; k-- {
		if s.lower(k) == ";" || s.lower(k) == "that" {
			return -1
		}
		if s.lower(k) != "," {
			continue
		}
		l, m := s.lower(k+1), s.lower(k+2)
		if l == "along" && m == "with" || l == "together" && m == "with" || l == "as" && m == "well" || l == "alongside" {
			return k
		}
		return -1
	}
	return -1
}

// namesTheGroup returns the actor a sentence gives as the name of the group
// spoken of before, or -1: "Trend Micro tracks the group as Earth Simnavaz",
// "Researchers call the hackers Copper Heron".
func namesTheGroup(s *sent) int {
	for k := 1; k+3 < len(s.toks); k++ {
		switch s.lower(k) {
		case "tracks", "track", "tracked", "calls", "call", "called", "dubs", "dub", "dubbed", "named", "names":
		default:
			continue
		}
		if s.owner[k] >= 0 || s.lower(k+1) != "the" || !unnamedGroupNouns.is(s.id(k+2)) && s.lower(k+2) != "hackers" && s.lower(k+2) != "attackers" && s.lower(k+2) != "operators" {
			continue
		}
		at := k + 3 + b2i(s.lower(k+3) == "as")
		if e := s.entAt(at); e >= 0 && s.ents[e].kind == graph.ThreatActor && !s.ents[e].ref {
			return e
		}
	}
	return -1
}

// unnamedAgentBefore reports whether one of the two sentences before the
// current one laid an attack on a group it only described: "have been
// targeted by an Iranian espionage group", "a China-based group breached".
func (x *extraction) unnamedAgentBefore() bool {
	for back := 1; back <= 2 && x.idx-back >= 0; back++ {
		q := x.sents[x.idx-back]
		if namesActor(q) {
			return false
		}
		for k := 0; k+1 < len(q.toks); k++ {
			if l := q.lower(k); (l == "a" || l == "an") && (k == 0 || q.lower(k-1) == "by" || q.lower(k-1) == ",") {
				for m := k + 1; m < len(q.toks) && m <= k+5; m++ {
					if groupNouns.is(q.id(m)) && q.owner[m] < 0 {
						return true
					}
					if !q.toks[m].word {
						break
					}
				}
			}
		}
	}
	return false
}

// silentVictim returns the organization that opens s and "has not named
// the attackers" before actor a is named, or -1: the victim of the attack
// the rest of the sentence lays on a.
func silentVictim(s *sent, a int) int {
	if o := silentSubject(s); o >= 0 && s.ents[o].b < s.ents[a].a {
		return o
	}
	return -1
}

// silentSubject returns the organization that opens s saying it has not
// named its attackers ("Fujifilm has not named the criminals behind the
// attack"), or -1.
func silentSubject(s *sent) int {
	o := s.owner[0]
	if o < 0 || s.ents[o].kind != graph.Organization || s.ents[o].ref {
		return -1
	}
	k := s.ents[o].b
	if l := s.lower(k); l != "has" && l != "have" && l != "had" && l != "did" || s.lower(k+1) != "not" {
		return -1
	}
	if l := s.lower(k + 2); (l == "named" || l == "name" || l == "identified" || l == "identify" || l == "blamed" || l == "attributed") && agentNouns.is(s.id(k+4)) {
		return o
	}
	return -1
}

// involvedFamily returns the ransomware family that "the attack involved"
// or "an attack involving" names, made its gang, or -1: "its latest attack
// involved the Nefilim ransomware", "an attack involving a strain known as
// Mailto, or NetWalker". The aliases before the last name are no victims.
func involvedFamily(s *sent) int {
	for k := 1; k+2 < len(s.toks); k++ {
		if l := s.lower(k); l != "involved" && l != "involving" || !incidentNouns.is(s.id(k-1)) && !breachNouns.is(s.id(k-1)) {
			continue
		}
		m := k + 1
		if l := s.lower(m); l == "the" || l == "a" || l == "an" {
			m++
		}
		if familyNouns.is(s.id(m)) && s.lower(m+1) == "known" && s.lower(m+2) == "as" {
			m += 3 // "a strain known as"
		}
		for {
			ai := s.entAt(m)
			if ai < 0 || s.ents[ai].ref {
				return -1
			}
			e := s.ents[ai]
			if s.lower(e.b) == "," && s.lower(e.b+1) == "or" {
				s.ents[ai].kind = "" // "Mailto, or NetWalker": one family's two names
				m = e.b + 2
				continue
			}
			if e.kind == graph.ThreatActor {
				return ai
			}
			if !ransomwareRun(s, e.a, e.b) {
				return -1
			}
			s.ents[ai].kind, s.ents[ai].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, e.node.Name)
			return ai
		}
	}
	return -1
}

// variantNouns name a form of a malware family: "a new variant of Ryuk".
var variantNouns = set(`variant|variants|version|versions|strain|form|flavor|flavour|build|fork`)

// variantOf reports whether the name at m follows a variant noun and "of":
// "a new variant of Ryuk", "a version of the Ryuk ransomware".
func variantOf(s *sent, m int) bool {
	k := m - 1
	if s.lower(k) == "the" {
		k--
	}
	return k >= 1 && s.lower(k) == "of" && variantNouns.is(s.id(k-1))
}

// identifiedAs returns the actor that "identified the malware as X" or
// "said that the malware was X" names as the malware of an attack told
// before, or -1.
func identifiedAs(s *sent) int {
	for k := 1; k+4 < len(s.toks); k++ {
		if l := s.lower(k); l != "identified" && l != "confirmed" || s.lower(k+1) != "the" || !culpritNouns.is(s.id(k+2)) || s.lower(k+3) != "as" {
			continue
		}
		if ai := s.entAt(k + 4); ai >= 0 && s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
			return ai
		}
		if ai := s.entAt(k + 4); ai >= 0 && s.ents[ai].kind != graph.ThreatActor && ransomwareRun(s, s.ents[ai].a, s.ents[ai].b) {
			// "identified the ransomware as DoppelPaymer": the family
			// stands for its gang.
			s.ents[ai].kind, s.ents[ai].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, s.ents[ai].node.Name)
			return ai
		}
	}
	// "told reporters that the malware was Ryuk", "said the intruders
	// were Turla".
	for k := 1; k+3 < len(s.toks); k++ {
		if l := s.lower(k - 1); l != "that" && l != "said" && l != "says" || s.lower(k) != "the" || !culpritNouns.is(s.id(k+1)) || s.lower(k+2) != "was" && s.lower(k+2) != "is" && s.lower(k+2) != "were" {
			continue
		}
		if ai := s.entAt(k + 3); ai >= 0 && s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref {
			return ai
		}
		if ai := s.entAt(k + 3); ai >= 0 && s.ents[ai].kind == graph.Malware && ransomwareRun(s, s.ents[ai].a, s.ents[ai].b) {
			// "the ransomware was Ryuk": the family stands for its gang.
			s.ents[ai].kind, s.ents[ai].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, s.ents[ai].node.Name)
			return ai
		}
	}
	// "said the ransomware was deployed by REvil": the family that ran it
	// was the gang's.
	for k := 1; k+5 < len(s.toks); k++ {
		if l := s.lower(k - 1); l != "that" && l != "said" && l != "says" || s.lower(k) != "the" || !culpritNouns.is(s.id(k+1)) || s.lower(k+2) != "was" && s.lower(k+2) != "had" || s.lower(k+2) == "had" && s.lower(k+3) != "been" {
			continue
		}
		m := k + 3 + b2i(s.lower(k+2) == "had")
		if l := s.lower(m); l != "deployed" && l != "planted" && l != "run" || s.lower(m+1) != "by" {
			continue
		}
		ai := s.entAt(m + 2 + b2i(s.lower(m+2) == "the"))
		if ai < 0 || s.ents[ai].ref {
			continue
		}
		if e := s.ents[ai]; e.kind == graph.ThreatActor {
			return ai
		} else if e.kind == graph.Malware && ransomwareRun(s, e.a, e.b) {
			s.ents[ai].kind, s.ents[ai].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, e.node.Name)
			return ai
		}
	}
	// "ransom notes consistent with WastedLocker, a strain that
	// researchers attribute to Evil Corp": the evidence points to a
	// family, and the family's apposition to its gang.
	for k := 1; k+2 < len(s.toks); k++ {
		if !(s.lower(k) == "consistent" && s.lower(k+1) == "with" || s.lower(k) == "matching" || s.lower(k) == "hallmarks" && s.lower(k+1) == "of") {
			continue
		}
		m := k + 1 + b2i(s.lower(k+1) == "with" || s.lower(k+1) == "of")
		if mi := s.entAt(m); mi >= 0 {
			if ai := familyGang(s, mi); ai >= 0 {
				return ai
			}
			if e := s.ents[mi]; s.lower(k) == "hallmarks" && !e.ref && (e.kind == graph.ThreatActor || e.kind == graph.Malware && ransomwareRun(s, e.a, e.b)) {
				// "the intrusion bears the hallmarks of REvil": the
				// family stands for its gang.
				s.ents[mi].kind, s.ents[mi].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, e.node.Name)
				return mi
			}
		}
	}
	// "said it closely matched those left by BitPaymer": the note or the
	// code matches what a known family leaves.
	for k := 1; k+3 < len(s.toks); k++ {
		if l := s.lower(k); l != "matched" && l != "matches" && l != "resembled" && l != "resembles" || s.lower(k+1) != "those" && s.lower(k+1) != "ones" {
			continue
		}
		if l := s.lower(k + 2); (l == "left" || l == "used" || l == "dropped" || l == "deployed") && s.lower(k+3) == "by" {
			if mi := s.entAt(k + 4 + b2i(s.lower(k+4) == "the")); mi >= 0 {
				if e := s.ents[mi]; !e.ref && (e.kind == graph.ThreatActor || e.kind == graph.Malware && ransomwareRun(s, e.a, e.b)) {
					s.ents[mi].kind, s.ents[mi].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, e.node.Name)
					return mi
				}
			}
		}
	}
	return -1
}

// familyGang returns the actor an apposition on the malware at entity mi
// lays it on, or -1: "WastedLocker, a strain that first appeared in May and
// that researchers attribute to Evil Corp".
func familyGang(s *sent, mi int) int {
	e := s.ents[mi]
	if e.kind != graph.Malware && e.kind != graph.ThreatActor || e.ref || s.lower(e.b) != "," {
		return -1
	}
	if l := s.lower(e.b + 1); l != "a" && l != "an" && l != "the" || !familyNouns.is(s.id(e.b+2)) && !familyNouns.is(s.id(e.b+3)) {
		return -1
	}
	for j := e.b + 1; j < len(s.toks) && j <= e.b+16 && s.lower(j) != ";"; j++ {
		if l := s.lower(j); (l == "attribute" || l == "attributed" || l == "linked" || l == "tie" || l == "tied") && s.lower(j+1) == "to" {
			if ai := s.entAt(j + 2); ai >= 0 && s.ents[ai].kind == graph.ThreatActor && !s.ents[ai].ref && ai != mi {
				return ai
			}
			return -1
		}
		// "Ryuk, the ransomware operated by the Russian-speaking criminal
		// group that CrowdStrike calls Wizard Spider".
		if l := s.lower(j); (l == "operated" || l == "run" || l == "used" || l == "deployed" || l == "developed" || l == "built") && s.lower(j+1) == "by" {
			for m := j + 2; m < len(s.toks) && m <= j+14; m++ {
				if l := s.lower(m); l == "," || l == ";" || l == "." && s.owner[m] < 0 || l == "and" {
					return -1
				}
				if ai := s.owner[m]; ai >= 0 && s.ents[ai].kind == graph.ThreatActor && ai != mi {
					if s.ents[ai].ref {
						continue // "the criminal group that ... calls X": the description
					}
					return ai
				}
			}
			return -1
		}
	}
	return -1
}

// familyNouns head an apposition that describes a malware family.
var familyNouns = set(`strain|variant|family|ransomware|malware|locker|encryptor|wiper|backdoor|trojan`)

// familyOwners remembers the gang an apposition lays a malware family on:
// after "WastedLocker, a strain that researchers attribute to Evil Corp",
// "WastedLocker attacks" are Evil Corp's.
func (x *extraction) familyOwners(s *sent) {
	for mi, e := range s.ents {
		ai := familyGang(s, mi)
		if ai < 0 {
			continue
		}
		id := graph.NewNode(graph.ThreatActor, e.node.Name).ID
		gang := x.resolve(s.ents[ai].node)
		if _, ok := x.merged[id]; ok || id == gang.ID {
			continue
		}
		x.merged[id] = gang
		if x.laid == nil {
			x.laid = map[string]string{}
		}
		x.laid[id] = e.node.Name
	}
}

// culpritNouns name what an attack is identified as.
var culpritNouns = set(`malware|ransomware|strain|variant|culprit|attacker|attackers|perpetrator|perpetrators|intruders|intruder|hackers`)

// claimVenue reports whether the preposition at k opens the place where an
// attack was claimed, not its victim: "claimed the attack on its Telegram
// channel", "on Telegram", "on their leak site".
func claimVenue(s *sent, k int) bool {
	if s.lower(k) != "on" && s.lower(k) != "in" {
		return false
	}
	m := k + 1
	if l := s.lower(m); l == "its" || l == "their" || l == "a" || l == "the" || l == "his" {
		m++
	}
	for n := 0; n < 3 && m < len(s.toks); n, m = n+1, m+1 {
		lID := s.id(m)
		if venueNouns.is(lID) {
			return true
		}
		if !s.toks[m].word || s.toks[m].cap && s.owner[m] >= 0 && s.ents[s.owner[m]].kind != graph.Organization {
			return false
		}
	}
	return false
}

// venueNouns are the places a group posts its claims.
var venueNouns = set(`telegram|channel|channels|site|website|blog|forum|account|page|post|posts|message|messages|statement|x|twitter`)

// incidentNouns name one attack: what "the attack was claimed by X" refers
// to when the report's lede told of it.
var incidentNouns = set(`attack|cyberattack|cyber-attack|breach|hack|intrusion|incident|compromise|break-in`)

// ransomwareCrew returns the ransomware named in "a group using the Ragnar
// Locker ransomware" before token i, made the actor it stands for, or -1.
func ransomwareCrew(s *sent, i int) int {
	for j, e := range s.ents {
		if e.kind != graph.Malware || e.b >= i || i-e.b > 6 || s.lower(e.b) != "ransomware" || s.lower(e.a-1) != "the" {
			continue
		}
		if l := s.lower(e.a - 2); (l == "using" || l == "deploying" || l == "behind") && unnamedGroupNouns.is(s.id(e.a-3)) {
			s.ents[j].kind, s.ents[j].node = graph.ThreatActor, graph.NewNode(graph.ThreatActor, e.node.Name)
			return j
		}
	}
	return -1
}

// claimsBare reports whether token i of s is "responsibility" or "credit"
// claimed with no attack named after it: "claimed responsibility and
// posted data", "took credit.".
func claimsBare(s *sent, i int) bool {
	l := s.lower(i)
	if l != "responsibility" && l != "credit" {
		return false
	}
	switch s.lower(i - 1) {
	case "claimed", "claims", "claim", "claiming", "took", "takes", "take", "taken", "taking":
	default:
		return false
	}
	next := s.lower(i + 1)
	return next != "for" && next != "of" && next != "on"
}

// pastAside returns the token after a short parenthesis or a name in
// apposition at v, or after the comma that closes the name at a when that
// name is itself in apposition; or v: "the Norwegian Police Security Service (PST)
// concluded", "Finland's Security and Intelligence Service, Supo, later
// said".
func pastAside(s *sent, a, v int) int {
	switch s.lower(v) {
	case "(":
		for m := v + 1; m < len(s.toks) && m <= v+4; m++ {
			if s.lower(m) == ")" {
				return m + 1
			}
		}
	case ",":
		if s.lower(a-1) == "," && s.entAt(a-2) >= 0 {
			return v + 1 // the name in apposition itself
		}
		if j := s.entAt(v + 1); j >= 0 && s.ents[j].a == v+1 && s.lower(s.ents[j].b) == "," {
			return s.ents[j].b + 1
		}
	}
	return v
}

// pastTime returns the token after a short time phrase at k ("in December
// 2020", "on Monday", "last week"), or k.
func pastTime(s *sent, k int) int {
	l := s.lower(k)
	if l != "in" && l != "on" && l != "last" && l != "this" && l != "earlier" && l != "later" {
		return k
	}
	for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
		if s.lower(m) == "that" || !s.toks[m].word && s.lower(m) != "," {
			return m
		}
	}
	return k
}

// antecedentVictims ties the actor at entity a of s (and the actors listed
// with it) to the victims of the attack an earlier sentence reported, when s
// names no victim of its own. An incident ("the attack", "claimed
// responsibility") that no nearby sentence reported is the lede's.
func (x *extraction) antecedentVictims(s *sent, a int, last *graph.Node, incident bool, attacks int) {
	p := x.prev
	told := -1 // "Gov. John Bel Edwards ... told reporters that the malware was Ryuk": the teller's clause
	// "hackers stole $280 million from KuCoin; Chainalysis tied the theft
	// to the Lazarus Group": the clause before the semicolon told of it.
	head := false
	if k := semicolonStart(s, s.ents[a].a) - 1; k > 0 {
		if h := headClause(s, k); h != nil && len(x.attackVictims(h)) > 0 {
			p, told, head = h, k, true
		}
	}
	for k := range s.toks {
		if s.lower(k) != "that" || k >= s.ents[a].a {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-3; m-- {
			if reportVerbs.is(s.id(m)) && s.owner[m] < 0 {
				told = k // "told reporters that"
			}
		}
	}
	for _, e := range s.ents {
		if e.b <= told {
			continue
		}
		v := e.b
		if s.lower(v) == "and" {
			// "The United States and the United Kingdom later attributed":
			// both tell.
			n := v + 1 + b2i(s.lower(v+1) == "the")
			if o := s.entAt(n); o >= 0 && s.ents[o].a == n && s.ents[o].kind == e.kind {
				v = s.ents[o].b
			}
		}
		v = pastAside(s, e.a, v)
		for adverbs.is(s.id(v)) || strings.HasSuffix(s.lower(v), "ly") && s.owner[v] < 0 || perfect.is(s.id(v)) {
			v++ // "has since attributed"
		}
		if reportVerbs.is(s.id(v)) || layWords.is(s.id(v)) || findVerbs.is(s.id(v)) && s.lower(pastTime(s, v+1)) == "that" {
			continue // "The FBI publicly attributed that attack to REvil": who tells
		}
		if l := s.lower(e.a - 1); l == "told" || l == "tell" || l == "tells" || l == "telling" {
			continue // "Two people told Example Wire that": whom they tell
		}
		if venueNouns.is(s.id(e.b)) && s.lower(e.b) != "site" && s.lower(e.b) != "website" {
			continue // "A Twitter account associated with X claimed responsibility": where it was claimed
		}
		if l := s.lower(e.b); l == "uses" || l == "tracks" || l == "calls" || l == "dubs" || l == "gave" || l == "gives" {
			continue // "Indrik Spider, the name CrowdStrike uses for the group": who names the actor
		}
		if e.kind == graph.Country && (s.lower(e.b) == "'s" || s.lower(e.b) == "’s") && s.toks[min(e.b+1, len(s.toks)-1)].cap {
			continue // "Norway's Police Security Service later said": whose service tells
		}
		if e.kind == graph.Country && (s.lower(e.b) == "'s" || s.lower(e.b) == "’s") && e.a < s.ents[a].a && e.a >= s.ents[a].a-8 {
			continue // "attributed those attacks to Russia's military intelligence agency, the GRU": the actor's own
		}
		if q := e.a - 1 - b2i(s.lower(e.a-1) == "the"); e.kind == graph.Country && (s.lower(q) == "to" && linkVerbs.is(s.id(q-1)) || s.lower(q) == "of" && s.lower(q-1) == "behalf") {
			continue // "a group that security firms have tied to the Iranian government", "on behalf of Tehran": its sponsor
		}
		if (s.lower(e.b) == "'s" || s.lower(e.b) == "’s") && tellerNouns.is(s.id(e.b+1)) {
			continue // "Google's analysts linked those attacks to X": whose analysts tell
		}
		if e.a > s.ents[a].b && actorsPast(s, a, e.a) {
			continue // "X, the crew behind the 2023 breaches at MGM Resorts": the actor's earlier victims
		}
		if isVictim(e) && e.kind != graph.Sector {
			return // the sentence names its own victim
		}
	}
	// The sentence before reported an attack on its subject; failing
	// that, the last of the three before it that reported one and named
	// no actor ("... was hit. Systems were encrypted. The Lamprey gang
	// later claimed the attack.").
	var vs []victim
	if p.Para == s.Para {
		vs = x.attackVictims(p)
		if !namesActor(p) && (len(vs) == 0 || onlyCountries(p, vs)) {
			// "JBS paid $11 million after an attack."; "JBS halted
			// operations at plants in the United States and Australia
			// after a cyberattack": the company, not where its plants are.
			if ws := x.sufferers(p); len(vs) == 0 || len(ws) > 0 && !onlyCountries(p, ws) {
				vs = ws
			}
		}
	}
	src, conf0 := p, 0.7
	first := 2
	if p.Para != s.Para || head {
		first = 1 // "... took down the Department of Health. ¶ The governor said the malware was Ryuk."
	}
	for back := first; len(vs) == 0 && back <= 4 && x.idx-back >= 0; back++ {
		q := x.sents[x.idx-back]
		if namesActor(q) || isHeading(q) {
			break
		}
		vs, src, conf0 = x.attackVictims(q), q, 0.6
	}
	rule := "antecedent-attack"
	if len(vs) == 0 && incident {
		// "The attack was claimed in October by Interlock", paragraphs
		// after the lede told of it: the report's own incident.
		vs, src = x.ledeVictims()
		rule, conf0 = "lede-attack", 0.55
	}
	if len(vs) == 0 {
		return
	}
	for _, ai := range coActors(s, a) {
		if actor, ok, ref := x.actor(s, ai, last); ok {
			x.target(src, actor, vs, rule, conf(conf0, ref), "")
			if attacks > 1 && rule == "lede-attack" {
				// "That would tie both attacks to X": the other victim is
				// the next one the report told of an attack on.
				if ws, q := x.nextVictims(src, vs); len(ws) > 0 {
					x.target(q, actor, ws, rule, conf(conf0, ref), "")
				}
			}
		}
	}
}

// headClause returns the part of s before token k as a sentence of its
// own, nil when an entity straddles k. Its text is the whole sentence's,
// for evidence.
func headClause(s *sent, k int) *sent {
	h := &sent{Sentence: s.Sentence, toks: s.toks[:k], owner: make([]int, k), title: s.title}
	at := make([]int, len(s.ents))
	for i, e := range s.ents {
		at[i] = -1
		if e.a < k && e.b > k {
			return nil
		}
		if e.b <= k {
			at[i] = len(h.ents)
			h.ents = append(h.ents, e)
		}
	}
	for i := range h.owner {
		h.owner[i] = -1
		if o := s.owner[i]; o >= 0 {
			h.owner[i] = at[o]
		}
	}
	return h
}

// tellerNouns are the staff of an organization who tell of an attack:
// "Google's analysts", "Mandiant's researchers".
var tellerNouns = set(`analysts|researchers|investigators|experts|team|responders|engineers`)

// actorsPast reports whether token k lies in an apposition after actor a
// that tells of the actor's earlier deeds: "Scattered Spider, the crew
// behind the 2023 breaches at MGM Resorts", "..., which also hit X"; not
// "APT28, which is associated with the GRU".
func actorsPast(s *sent, a, k int) bool {
	e := s.ents[a]
	if s.lower(e.b) != "," {
		return false
	}
	rel := false
	for m := e.b + 1; m < k; m++ {
		switch l := s.lower(m); {
		case l == ";" || l == "." && s.owner[m] < 0:
			return false
		case l == "behind" || l == "responsible":
			return true
		case l == "which" || l == "who" || l == "that":
			rel = true
		case l == "," && rel:
			return false // "X, which is tied to the GRU, claimed an attack on Y": the clause has closed
		case rel && deedVerbs.has(l):
			return true
		}
	}
	return false
}

// deedVerbs tell, in a relative clause, of what an actor did before:
// "Indra, a group that in 2019 claimed intrusions into X".
var deedVerbs = set(`claimed|hit|breached|attacked|targeted|compromised|struck|hacked`)

// nextVictims returns the victims of the first attack told after sentence
// src, before the current sentence, that are not among vs; none once a
// sentence names an actor.
func (x *extraction) nextVictims(src *sent, vs []victim) ([]victim, *sent) {
	had := map[string]bool{}
	for _, v := range vs {
		had[src.ents[v.ent].node.ID] = true
	}
	from := slices.Index(x.sents, src)
	if from < 0 {
		return nil, nil
	}
	for _, q := range x.sents[from+1 : x.idx] {
		if namesActor(q) {
			return nil, nil
		}
		var ws []victim
		for k := 1; k+1 < len(q.toks); k++ {
			// "The second victim was Everis".
			if l := q.lower(k); (l == "victim" || l == "target") && (q.lower(k+1) == "was" || q.lower(k+1) == "is") {
				if j := q.entAt(k + 2); j >= 0 && q.ents[j].kind == graph.Organization && !had[q.ents[j].node.ID] {
					return []victim{{ent: j}}, q
				}
			}
		}
		for _, w := range x.attackVictims(q) {
			if e := q.ents[w.ent]; !had[e.node.ID] && e.kind == graph.Organization {
				ws = append(ws, w)
			}
		}
		if len(ws) > 0 {
			return ws, q
		}
	}
	return nil, nil
}

// ledeVictims returns the victims of the attack the report's first two
// sentences tell of when they name no actor: "More than a million people
// had their data exposed in a ransomware attack on X."
func (x *extraction) ledeVictims() ([]victim, *sent) {
	n := 0
	var first *sent
	told := false
	for _, q := range x.sents[:x.idx] {
		if q.title || n == 2 {
			break
		}
		if isHeading(q) || bylineSent(q) {
			continue
		}
		n++
		if namesActor(q) {
			return nil, nil
		}
		if vs := x.attackVictims(q); len(vs) > 0 {
			return vs, q
		}
		if first == nil {
			first = q
		}
		for k := range q.toks {
			told = told || q.owner[k] < 0 && incidentNouns.is(q.id(k)) || q.lower(k) == "ransomware" && q.lower(k-1) == "by"
		}
	}
	if first == nil || !told {
		return nil, nil
	}
	return ledeSubject(first), first
}

// ledeSubject returns the one organization the lede's first sentence
// names, when the lede tells of an attack it does not lay on anyone:
// "Patients at Grupo Fleury were turned away. The company is dealing with
// what it described as an attack on its systems."
func ledeSubject(first *sent) []victim {
	var vs []victim
	if j := first.entAt(1 + b2i(first.lower(1) == "at") + b2i(first.lower(2) == "the")); j >= 0 && staffNouns.is(first.id(0)) && first.lower(1) == "at" && first.ents[j].kind == graph.Organization {
		// "Staff at the PGA of America arrived to find their files
		// scrambled by ransomware": the staff's employer.
		return []victim{{ent: j}}
	}
	for j, e := range first.ents {
		if e.kind == graph.Organization && !e.ref && isVictim(e) && !possessor(first, e) && e.node.Props["described"] == "" {
			if len(vs) > 0 && first.ents[vs[0].ent].node.ID != e.node.ID {
				return nil // two organizations: which was hit, the lede does not say
			}
			if len(vs) == 0 {
				vs = append(vs, victim{ent: j})
			}
		}
	}
	return vs
}

// describesListed reports whether the word at k stands in an apposition
// that describes the organization before it: "Expleo, a French engineering
// and technology consultancy".
func describesListed(s *sent, k int) bool {
	d := k - 1
	for d > 0 && s.lower(d) != "a" && s.lower(d) != "an" {
		if s.lower(d) == "," || s.lower(d) == ";" || s.lower(d) == ":" || !s.toks[d].word || k-d > 6 {
			return false
		}
		d--
	}
	if s.lower(d-1) != "," {
		return false
	}
	if j := s.entAt(d - 2); j < 0 || s.ents[j].kind != graph.Organization {
		return false
	}
	e := k
	for e < len(s.toks) && s.toks[e].word && e-k < 8 {
		e++
	}
	return e > k && !s.toks[e-1].cap && s.owner[e-1] < 0 // ends on a common noun
}

// bylineSent reports whether a sentence is a byline or a source line:
// "By Example News technology desk · November 5, 2019 · https://...".
func bylineSent(s *sent) bool {
	if s.lower(0) == "by" && s.toks[min(1, len(s.toks)-1)].cap {
		return true
	}
	return strings.Contains(s.Text, "https://") || strings.Contains(s.Text, "http://")
}

// relativeSubject reports whether the subject of the verb group ending at
// end is a relative pronoun whose head is a common noun: "organizations
// that believed", "customers who were". Such a subject names no victim, and
// the names before it belong to another clause.
func relativeSubject(s *sent, start, end int) bool {
	k := end - 1
	for k >= start && k >= end-5 && (auxiliaries.is(s.id(k)) || perfect.is(s.id(k)) || adverbs.is(s.id(k)) || beliefVerbs.is(s.id(k)) || s.lower(k) == "they" || s.lower(k) == "may" || s.lower(k) == "might") {
		k--
	}
	if k < max(start, 1) || s.owner[k] >= 0 || !relatives.is(s.id(k)) || s.lower(k) == "whose" {
		return false
	}
	h := k - 1
	return h >= 0 && (s.owner[h] < 0 || s.ents[s.owner[h]].ref) && s.toks[h].word && !s.toks[h].cap
}

// beliefVerbs stand between a relative pronoun and the clause it opens:
// "organizations that believed they had been hit".
var beliefVerbs = set(`believed|believe|believes|thought|think|suspected|suspect|suspects|feared|fear|fears|knew|know|said|say|says`)

// skipPossessive skips a possessive pronoun and up to two lower-case nouns
// before a name: "the cyberattack on its subsidiary Marlow Health" is an
// attack on Marlow Health.
func skipPossessive(s *sent, m int) int {
	if l := s.lower(m); l != "its" && l != "their" {
		return m
	}
	for k := m + 1; k < len(s.toks) && k <= m+3; k++ {
		if j := s.owner[k]; j >= 0 {
			if s.ents[j].kind == graph.Organization && s.ents[j].a == k {
				return k
			}
			return m
		}
		if !s.toks[k].word || s.toks[k].cap {
			return m
		}
	}
	return m
}

// namesActor reports whether s names an actor (not a reference).
func namesActor(s *sent) bool {
	for _, e := range s.ents {
		if e.kind == graph.ThreatActor && !e.ref {
			return true
		}
	}
	return false
}

// attackVictims returns the victims of the attack sentence p reports: the
// objects of its attack verb or noun, else its first organization when it
// speaks of the victim by a pronoun. None when p reports no attack.
// definiteNominal returns the determiner of the attack noun at k when it is
// definite ("the attack", "this ransomware incident"), skipping modifiers.
func definiteNominal(s *sent, k int) (int, bool) {
	d := k - 1
	for d > 0 && nominalModifiers.is(s.id(d)) {
		d--
	}
	l := s.lower(d)
	return d, l == "the" || l == "this" || l == "that" || l == "those" || l == "these" || l == "both"
}

// onlooker reports whether the attack noun at k is only known of or looked
// into: "said it was aware of the incident", "is investigating the breach".
func onlooker(s *sent, k int) bool {
	d, ok := definiteNominal(s, k)
	if !nominals.is(s.id(k)) || !ok {
		return false
	}
	p := s.lower(d - 1)
	if p == "of" || p == "into" {
		p = s.lower(d - 2)
	}
	return onlookerWords.has(p)
}

// onlookerWords know of an attack or look into it.
var onlookerWords = set(`aware|investigating|investigate|investigated|probing|probe|examining|monitoring|handling|looking|
reviewing|assessing|studying|tracking|following`)

// triedTo reports whether the verb at k is an infinitive after a verb of
// trying: "hackers tried to break into X".
func triedTo(s *sent, k int) bool {
	if s.lower(k-1) != "to" {
		return false
	}
	switch s.lower(k - 2) {
	case "tried", "try", "tries", "trying", "attempted", "attempting", "sought", "seeking", "seeks", "managed", "wanted", "aimed":
		return true
	}
	return false
}

// codeFor reports whether the tokens [from, to) end in code that is for
// what follows: "source code repositories for Cyberpunk 2077" names
// products, not their owner.
func codeFor(s *sent, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if l := s.lower(k); (l == "code" || l == "repositories" || l == "repository" || l == "repos" || l == "builds" || l == "versions") && s.lower(k+1) == "for" {
			return true
		}
	}
	return false
}

func (x *extraction) attackVictims(p *sent) []victim {
	attack := false
	for k, t := range p.toks {
		if (nominals.is(t.id) || targetVerbs.is(t.id) || participles.is(t.id) || tookDown(p, k)) && p.owner[k] < 0 && !onlooker(p, k) {
			attack = true
		}
	}
	if !attack {
		return x.spoofedVictims(p)
	}
	var vs []victim
	// "Hackers had infiltrated 83 defense companies": the objects of the
	// attack the sentence before reported, else its subject.
	pron := false
	for k, t := range p.toks {
		if pronouns.is(t.id) || t.lower == "it" {
			pron = true
		}
		noun := k > 0 && (adjectivePrev.is(p.id(k-1)) || nominalModifiers.is(p.id(k-1))) && !triedTo(p, k)
		// "attackers penetrated X", "a similar intrusion hit Y": a past
		// tense after the attack's subject.
		subj := k > 0 && p.owner[k-1] < 0 && (bareAttackerNouns.is(p.id(k-1)) || nominals.is(p.id(k-1)))
		// "That move took down websites and email at X".
		takeDown := tookDown(p, k)
		if (targetVerbs.is(t.id) || takeDown) && p.owner[k] < 0 && (!participles.is(t.id) || subj) && !noun || participles.is(t.id) && perfect.is(p.id(p.prevWord(k))) {
			from := k + 1 + b2i(takeDown)
			if part, ok := targetParticle[t.lower]; ok && p.lower(from) == part || p.lower(from) == "out" {
				from++ // "knocked out X"
			} else if ok && !takeDown {
				continue // "was getting under way at X": no "into", no attack
			}
			ws := x.objects(p, from, false)
			if l := p.lower(from); l == "our" || l == "its" || l == "their" {
				ws = dropSectors(p, ws) // "affecting our information technology systems": its own systems
			}
			if len(ws) > 0 && codeFor(p, from, p.ents[ws[0].ent].a) {
				ws = nil // "copied source code repositories for Cyberpunk 2077": products
			}
			if len(ws) > 0 {
				vs = addVictims(vs, ws)
				continue
			}
		}
		if nominals.is(t.id) && (p.lower(k+1) == "on" || p.lower(k+1) == "against" || p.lower(k+1) == "at" || p.lower(k+1) == "from" && fromNominals.is(t.id)) {
			if ws := x.objects(p, skipPossessive(p, k+2), false); len(ws) > 0 {
				vs = addVictims(vs, ws)
				continue
			}
		}
		if fromNominals.is(t.id) || (t.lower == "stolen" || t.lower == "stole" || t.lower == "siphoned" || t.lower == "exfiltrated") && p.owner[k] < 0 {
			// "the theft of $1.5 billion in assets from X", "had stolen
			// documents from the Foreign Office".
			for m := k + 1; m < len(p.toks) && m < k+12; m++ {
				if p.lower(m) == "from" {
					vs = addVictims(vs, x.objects(p, m+1, false))
					break
				}
			}
		}
	}
	var reported []victim
	if len(vs) == 0 {
		// "Shoppers at A and B were told ..., after C confirmed that an
		// outsider had accessed customer records": C, and the list too.
		reported = x.hackersReported(p)
	}
	for k, t := range p.toks {
		// "EVRAZ North America had been hit": the subject of a passive.
		if len(vs) > 0 || k < 2 || !participles.is(t.id) || p.owner[k] >= 0 {
			continue
		}
		if l := p.lower(k - 1); l == "been" || l == "was" || l == "were" {
			a := k - 2 // the clause the subject opens: "confirmed that X had been hit"
			for a > 0 && p.lower(a-1) != "that" && p.lower(a-1) != ";" {
				if p.lower(a-1) == "," {
					// "Agencies in the UAE, along with energy companies,
					// have been targeted": the aside is part of the subject.
					if c := asideOpen(p, a-1); c >= 0 {
						a = c
						continue
					}
					break
				}
				a--
			}
			vs = x.subjectVictims(p, a, k-1)
		}
	}
	for k := 0; len(vs) == 0 && pron && k < len(p.toks); k++ {
		j := p.owner[k]
		if j < 0 {
			continue
		}
		e := p.ents[j]
		if p.lower(e.a-1) == "by" || p.lower(e.a-2) == "by" && p.toks[e.a-1].word && !p.toks[e.a-1].cap {
			k = e.b - 1
			continue // "The report, prepared by consultancy PwC": its author
		}
		if l := p.lower(e.a - 1); l == "told" || l == "tell" || l == "tells" || l == "informed" {
			k = e.b - 1
			continue // "Zendesk told Example News that its platform ...": whom it told
		}
		if l := p.lower(e.a - 1); (l == "its" || l == "their") && e.kind == graph.Organization {
			k = e.b - 1
			continue // "The company said ... its Kryvorizka power plant": the company's own site
		}
		if e.kind == graph.Organization && !placePrep(p, e.a) && !possessor(p, e) {
			if l := p.lower(e.a - 1); l == "at" || l == "of" {
				vs = x.objects(p, e.a, false) // "Customers of A, B and C": the list
			}
			if len(vs) == 0 {
				vs = append(vs, victim{ent: j})
			}
			break
		}
		if l := p.lower(e.a); e.ref && (l == "their" || l == "its") {
			k = e.b - 1
			continue // "Shoppers who swiped their cards at X": the shoppers' own
		}
		if isVictim(e) || e.kind == graph.ThreatActor {
			break
		}
		k = e.b - 1
	}
	return addVictims(vs, reported)
}

// dropSectors returns vs without its sectors.
func dropSectors(s *sent, vs []victim) []victim {
	var keep []victim
	for _, v := range vs {
		if s.ents[v.ent].kind != graph.Sector {
			keep = append(keep, v)
		}
	}
	return keep
}

// tookDown reports whether token k of s opens "took down", "takes down".
func tookDown(s *sent, k int) bool {
	l := s.lower(k)
	return (l == "took" || l == "takes" || l == "take" || l == "taking") && s.lower(k+1) == "down"
}

// addVictims appends the victims of ws not in vs already.
func addVictims(vs, ws []victim) []victim {
	for _, w := range ws {
		dup := false
		for _, v := range vs {
			dup = dup || v.ent == w.ent
		}
		if !dup {
			vs = append(vs, w)
		}
	}
	return vs
}

// hackersReported returns the organization that, in p, reports that
// hackers struck: "the Municipal Water Authority of Aliquippa, in western
// Pennsylvania, said hackers had taken over a device at a booster station".
// What the hackers reached is the reporter's, whoever the report later
// names as their author.
func (x *extraction) hackersReported(p *sent) []victim {
	for r := range p.toks {
		if p.owner[r] >= 0 || !reportVerbs.is(p.id(r)) {
			continue
		}
		h := r + 1
		if p.lower(h) == "that" {
			h++
		}
		h = unnamedAttacker(p, h)
		if h < 0 {
			continue
		}
		v := h + 1
		for v < len(p.toks) && v <= h+3 && (auxiliaries.is(p.id(v)) || perfect.is(p.id(v)) || adverbs.is(p.id(v))) {
			v++
		}
		l := p.lower(v)
		lID := p.id(v)
		if !(targetVerbs.is(lID) || intoVerbs.is(lID) || (l == "taken" || l == "took") && (p.lower(v+1) == "over" || p.lower(v+1) == "control")) {
			continue
		}
		start := clauseStart(p, r)
		var out []victim
		for _, vc := range x.subjectVictims(p, start, relativeEnd(p, start, r)) {
			if p.ents[vc.ent].kind == graph.Organization {
				out = append(out, vc)
			}
		}
		if len(out) > 0 {
			return out[len(out)-1:]
		}
	}
	return nil
}

// unnamedAttacker returns the last token of an unnamed attacker that opens
// at h, or -1: "hackers", "an outsider", "an unauthorised third party".
func unnamedAttacker(p *sent, h int) int {
	k, hostile := h, false
	for k < len(p.toks) && k <= h+3 && p.owner[k] < 0 {
		switch p.lower(k) {
		case "unknown", "unauthorized", "unauthorised", "malicious", "external":
			hostile = true
			fallthrough
		case "a", "an", "the", "third":
			k++
			continue
		}
		break
	}
	l := p.lower(k)
	switch {
	case attackerNouns.is(p.id(k)) && (p.owner[k] < 0 || p.ents[p.owner[k]].ref):
		return k
	case p.owner[k] >= 0:
		return -1
	case l == "outsider" || l == "outsiders" || l == "intruder" || l == "hacker" || l == "attacker":
		return k
	case (l == "party" || l == "parties") && p.lower(k-1) == "third" && hostile:
		return k // "an unauthorised third party", not "a third party"
	}
	return -1
}

// rankWords rank a victim among the actor's: "the first victim", "its
// latest target".
var rankWords = set(`first|latest|newest|earliest|biggest|largest|main|primary|initial|principal|highest-profile|best-known|most|prominent|known|confirmed|original|sole|only`)

// copulaVictim returns the auxiliary of "X was the first victim" whose
// noun of victim is at i, or -1: "was the first victim in the chain",
// "became its latest target". Not "the victim of" (told elsewhere), not
// "was not the first victim".
func copulaVictim(s *sent, i int) int {
	if l := s.lower(i + 1); l == "of" || l == "to" || l == "'s" || l == "’s" {
		return -1
	}
	k := i - 1
	ranked := false
	for k > 0 && k >= i-4 && rankWords.is(s.id(k)) && s.owner[k] < 0 {
		ranked = true
		k--
	}
	if l := s.lower(k); !ranked || l != "the" && l != "its" && l != "their" {
		return -1
	}
	a := k - 1
	if l := s.lower(a); l != "was" && l != "is" && l != "became" && l != "becomes" && l != "been" {
		return -1
	}
	if negations.is(s.id(a-1)) || s.lower(a-1) == "not" {
		return -1
	}
	return a
}

// amongTarget: "X and Y were among the companies targeted", "X was among
// the victims", "X, itself a victim of the campaign", "X fell victim to Y".
func (x *extraction) amongTarget(s *sent, last *graph.Node) {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		l := s.lower(i)
		end, after := -1, -1
		oneOf := -1
		if (l == "one" || l == "some" || l == "two" || l == "several" || l == "many") && s.lower(i+1) == "of" && s.owner[i] < 0 {
			// "X was one of the first confirmed victims".
			k := i + 2
			if s.lower(k) == "the" || s.lower(k) == "its" || s.lower(k) == "their" {
				k++
			}
			for k < n && k < i+7 && !listMarks.is(s.id(k)) && s.toks[k].word && !s.toks[k].cap && s.owner[k] < 0 {
				k++
			}
			if s.lower(k) == "victims" || s.lower(k) == "targets" {
				oneOf = k
			}
		}
		asVictims := -1
		if (l == "as") && (s.lower(i+1) == "victims" || s.lower(i+1) == "targets" || s.lower(i+2) == "victim" || s.lower(i+2) == "target") {
			// "X have been named in press reports as victims".
			for k := i - 1; k >= 0 && k >= i-6; k-- {
				if asVerbs.is(s.id(k)) {
					asVictims = k
					break
				}
			}
		}
		// "Colonial was not DarkSide's only large victim", "X became
		// LockBit's latest target": the possessor is the actor.
		ownVictim, granted := -1, false
		if o := s.owner[i]; o >= 0 && s.ents[o].a == i && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref && possessive(s, s.ents[o].b) {
			k := s.ents[o].b + 1
			for k < n && k <= s.ents[o].b+4 && s.toks[k].word && !s.toks[k].cap && s.owner[k] < 0 && !victimHeads.is(s.id(k)) {
				k++
			}
			if victimHeads.is(s.id(k)) {
				ownVictim = k
			}
		}
		switch {
		case ownVictim >= 0:
			p := s.prevWord(i)
			if s.lower(p) == "not" {
				p = s.prevWord(p)
			}
			if deniedVictim(s, p, i) {
				// "was not LockBit's victim" denies it; "was not
				// DarkSide's only victim" grants it.
				if o := s.lower(s.ents[s.owner[i]].b + 1); o != "only" && o != "first" && o != "sole" {
					continue
				}
				granted = true
			}
			if !auxiliaries.is(s.id(p)) {
				continue
			}
			end, after = p, i
		case asVictims >= 0:
			p := s.prevWord(asVictims)
			if !auxiliaries.is(s.id(p)) {
				continue
			}
			end, after = p, i+2
			n := i + 1 + b2i(s.lower(i+1) == "a" || s.lower(i+1) == "an") // "as targets", "as a victim"
			if s.lower(n+1) == "of" {
				after = n + 2 // "named as targets of Winnti": whose
			}
		case oneOf >= 0:
			p := s.prevWord(i)
			if !auxiliaries.is(s.id(p)) {
				continue
			}
			end, after = p, oneOf+1
		case l == "among" && s.owner[i] < 0:
			k := i + 1
			if s.lower(k) == "those" && participles.is(s.id(k+1)) {
				// "X were among those targeted".
				p := s.prevWord(i)
				if auxiliaries.is(s.id(p)) {
					end, after = p, k+2
					break
				}
				continue
			}
			if s.lower(k) == "the" || s.lower(k) == "its" || s.lower(k) == "their" {
				k++
			}
			// "among the group's earliest victims", "among Lamprey's victims":
			// the possessor is the actor.
			possessor := -1
			if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor && s.ents[o].a > i &&
				(s.lower(s.ents[o].b) == "'s" || s.lower(s.ents[o].b) == "’s" || s.lower(s.ents[o].b) == "'") {
				possessor, k = o, s.ents[o].b+1
			}
			for k < n && k < i+5+b2i(possessor >= 0)*3 && !listNouns.is(s.id(k)) && s.owner[k] < 0 && !s.toks[k].cap {
				k++
			}
			if a := relativeAttacker(s, i+1); a >= 0 && possessor < 0 {
				// "X and Y were among the service providers whose networks
				// APT10 used to reach their customers".
				if p := s.prevWord(i); auxiliaries.is(s.id(p)) {
					end, after = p, s.ents[a].a
					break
				}
			}
			if !listNouns.is(s.id(k)) {
				continue
			}
			// The noun must say victims: "among the victims", "among the
			// companies targeted".
			whose := whoseAttacked(s, k+1)
			if whose < 0 {
				whose = saidAttacked(s, k+1)
			}
			if !listMarks.is(s.id(k)) && !participles.is(s.id(k+1)) && whose < 0 {
				continue
			}
			p := s.prevWord(i)
			if l := s.lower(p); (l == "named" || l == "listed" || l == "counted" || l == "included" || l == "identified") && auxiliaries.is(s.id(s.prevWord(p))) {
				p = s.prevWord(p) // "X and Y were named among its targets"
			}
			if !auxiliaries.is(s.id(p)) && s.lower(p) != "," {
				continue
			}
			end, after = p, k+1
			if possessor >= 0 {
				after = s.ents[possessor].a // the actor is read there
			} else if whose > 0 {
				after = whose
			}
		case (l == "victim" || l == "target") && s.owner[i] < 0 && copulaVictim(s, i) >= 0:
			// "SolarWinds itself was the first victim in the chain",
			// "X was its latest victim": the actor in focus.
			end, after = copulaVictim(s, i), i+1
		case (l == "victim" || l == "victims") && (s.lower(i+1) == "of" || s.lower(i+1) == "to"):
			p := i - 1
			for p >= 0 && (s.lower(p) == "a" || s.lower(p) == "the" || s.lower(p) == "another" || s.lower(p) == "itself" ||
				s.lower(p) == "fell" || s.lower(p) == "fall" || s.lower(p) == "falls" || s.lower(p) == "became" ||
				s.lower(p) == "been" || s.lower(p) == "also" || s.lower(p) == "latest" || s.lower(p) == "first" ||
				s.lower(p) == "one" || s.lower(p) == "was" || s.lower(p) == "is" || s.lower(p) == "has") {
				p--
			}
			if p == i-1 {
				continue
			}
			end, after = p+1, i+2
			if s.lower(p) == "," {
				end = p
			}
		default:
			continue
		}
		start := 0
		for k := end - 1; k >= 0; k-- {
			if l := s.lower(k); l == ";" || l == ":" || (l == "," && s.lower(k+1) == "and") || l == "but" || l == "that" && s.owner[k] < 0 || subordinators.has(l) {
				start = k + 1
				break
			}
		}
		if !granted && deniedVictim(s, start, i) {
			continue // "no indication that the department was among his victims"
		}
		for k := start + 1; k < end; k++ {
			if (asVerbs.is(s.id(k)) || s.lower(k) == "counted" || s.lower(k) == "included") && s.owner[k] < 0 && s.owner[k-1] >= 0 && s.ents[s.owner[k-1]].kind != graph.ThreatActor {
				start = k + 1 // "ClearSky named SaudiNet ... among the victims": who names them
				break
			}
			if reportVerbs.is(s.id(k)) && s.owner[k] < 0 && s.owner[k-1] >= 0 && s.ents[s.owner[k-1]].kind != graph.ThreatActor && (s.lower(k+1) == "it" || s.lower(k+1) == "that") {
				start = k + 1 // "the FBI said it had identified 16 attacks on X, among 400 organisations hit": who tells
				break
			}
		}
		vs := x.subjectVictims(s, start, end)
		if len(vs) == 0 {
			continue
		}
		var actor graph.Node
		var ok, ref bool
		c := 0.8
		if ai := s.entAt(after + b2i(s.lower(after) == "the")); ai >= 0 && s.ents[ai].kind == graph.ThreatActor {
			actor, ok, ref = x.actor(s, ai, last)
		} else if ai := x.blamed(s, after); ai >= 0 {
			actor, ok, ref = x.actor(s, ai, last)
		} else if f := x.focusActor(last); f != nil {
			actor, ok, ref, c = *f, true, true, 0.75
		}
		if ok {
			x.target(s, actor, vs, "victim-of", conf(c, ref), "")
		}
	}
}

// possessiveWithin reports whether "its" or "their" stands in [a, b).
func possessiveWithin(s *sent, a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if l := s.lower(k); l == "its" || l == "their" {
			return true
		}
	}
	return false
}

// dataWithin reports whether a noun of data stands in [a, b).
func dataWithin(s *sent, a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if dataNouns.is(s.id(k)) {
			return true
		}
	}
	return false
}

// refusedPayer returns the organization that a clause before end says
// would not pay, or -1: "after Allied Universal, a California security
// staffing company, refused to pay, Maze published several gigabytes of its
// files".
func refusedPayer(s *sent, end int) int {
	for k := 1; k+2 < end; k++ {
		l := s.lower(k)
		if l != "refused" && l != "declined" && l != "failed" && !(l == "not" && (s.lower(k-1) == "did" || s.lower(k-1) == "would")) {
			continue
		}
		if m := k + 1 + b2i(s.lower(k+1) == "to"); s.lower(m) != "pay" && s.lower(m) != "negotiate" {
			continue // "refused to pay", "declined to negotiate"
		}
		o := s.owner[k-1-b2i(s.lower(k-1) == "did" || s.lower(k-1) == "would")]
		for m := k - 1; o < 0 && m >= 0; m-- {
			if s.lower(m) == "," {
				// "Allied Universal, a California security staffing
				// company, refused": back past the apposition.
				for m--; m >= 0 && s.lower(m) != ","; m-- {
				}
				if m >= 0 {
					o = s.owner[m-1+b2i(m == 0)]
				}
				break
			}
			if s.owner[m] >= 0 || !s.toks[m].word {
				break
			}
		}
		if o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref {
			return o
		}
	}
	return -1
}

// whoseAttacked returns the token after "by" when a relative clause at k
// says the list's assets were attacked ("whose web servers were quietly
// compromised by a Lebanese group"), the token after the participle when it
// names no agent, and -1 when k opens no such clause.
// saidAttacked returns the token after "that said they had been breached"
// at k, a relative clause whose members tell of their own attack: "among
// the federal agencies that said they had been breached"; or -1.
func saidAttacked(s *sent, k int) int {
	if l := s.lower(k); l != "that" && l != "which" && l != "who" {
		return -1
	}
	if !reportVerbs.is(s.id(k+1)) || s.owner[k+1] >= 0 {
		return -1
	}
	v := k + 2
	if l := s.lower(v); l != "they" && l != "it" {
		return -1
	}
	v++
	for n := 0; n < 3 && v < len(s.toks) && (auxiliaries.is(s.id(v)) || s.lower(v) == "had" || s.lower(v) == "have" || s.lower(v) == "has"); n++ {
		v++
	}
	if v == k+3 || !listMarks.is(s.id(v)) || !participles.is(s.id(v)) {
		return -1
	}
	if s.lower(v+1) == "by" {
		return v + 2
	}
	return v + 1
}

func whoseAttacked(s *sent, k int) int {
	if s.lower(k) != "whose" {
		return -1
	}
	for m := k + 1; m < len(s.toks) && m <= k+4; m++ {
		if !auxiliaries.is(s.id(m)) {
			if !s.toks[m].word || s.toks[m].cap || s.owner[m] >= 0 {
				return -1
			}
			continue
		}
		v := m + 1
		if s.lower(v) == "been" {
			v++
		}
		for v < len(s.toks) && (adverbs.is(s.id(v)) || lyAdverb(s, v)) {
			v++
		}
		if !participles.is(s.id(v)) {
			return -1
		}
		if s.lower(v+1) == "by" {
			return v + 2
		}
		return v + 1
	}
	return -1
}

// relativeAttacker returns the actor of a relative clause on the plural
// noun phrase that starts at k, when the actor attacked what the phrase
// names: "the firms that Quarrow breached", "the providers whose networks
// Quarrow used". It returns -1 otherwise.
func relativeAttacker(s *sent, k int) int {
	r := k
	for r < len(s.toks) && r < k+5 && s.toks[r].word && !s.toks[r].cap && s.owner[r] < 0 && !relatives.is(s.id(r)) {
		r++
	}
	if r == k || !strings.HasSuffix(s.lower(r-1), "s") {
		return -1
	}
	m := r + 1
	switch s.lower(r) {
	case "that", "which":
	case "whose":
		if !hijackNouns.is(s.id(m)) {
			return -1
		}
		m++
	default:
		return -1
	}
	if s.lower(m) == "the" {
		m++
	}
	a := s.entAt(m)
	if a < 0 || s.ents[a].kind != graph.ThreatActor || s.ents[a].ref {
		return -1
	}
	v := s.ents[a].b
	if l := s.lower(v); l == "had" || l == "has" || l == "have" {
		v++
	}
	if targetVerbs.is(s.id(v)) || s.lower(r) == "whose" && (s.lower(v) == "used" || s.lower(v) == "abused" || s.lower(v) == "exploited") {
		return a
	}
	return -1
}

// passiveSoftware reports whether the subject of the passive verb at v is
// software: "the backdoor was planted into X", "it was loaded into the
// network of X"; not "some of the ether was then pushed into Tornado Cash".
func passiveSoftware(s *sent, v int) bool {
	for k := v - 1; k >= 0 && k >= v-10; k-- {
		if o := s.owner[k]; o >= 0 {
			if kind := s.ents[o].kind; kind == graph.Malware || kind == graph.Tool || kind == graph.ThreatActor && s.ents[o].ref {
				return true
			}
			k = s.ents[o].a
			continue
		}
		if l := s.id(k); malwareNouns.is(l) || toolNouns.is(l) || s.lower(k) == "it" || s.lower(k) == "they" {
			return true
		}
		if clauseStops.is(s.id(k)) || s.lower(k) == ";" {
			return false
		}
	}
	return false
}

// slipVerbs put software into something by stealth: "slipped ShadowPad
// into server-management software".
var slipVerbs = set(`slipped|slipping|slip|slips|smuggled|smuggling|hid|hiding|hidden|embedded|embedding|injected|injecting|snuck|sneaked`)

// vendorOf returns the organization that makes or sells the product named
// from k: "server-management software sold by NetSarang", "the update
// client developed by Pelton". It returns -1 otherwise.
func vendorOf(s *sent, k int) int {
	m := k
	for m < len(s.toks) && m <= k+5 && s.owner[m] < 0 && s.toks[m].word && !clauseStops.is(s.id(m)) && !vendorVerbs.is(s.id(m)) {
		m++
	}
	if !vendorVerbs.is(s.id(m)) || s.lower(m+1) != "by" || m == k || !wareNouns.is(s.id(m-1)) {
		return -1
	}
	o := s.entAt(m + 2 + b2i(s.lower(m+2) == "the"))
	if o < 0 || s.ents[o].kind != graph.Organization || s.ents[o].ref {
		return -1
	}
	return o
}

// vendorVerbs tie a product to its maker.
var vendorVerbs = set(`sold|made|developed|published|built|distributed|shipped|produced|offered|supplied|maintained`)

// wareNouns are what a maker's customers install.
var wareNouns = set(`software|application|applications|app|apps|update|updates|updater|client|utility|installer|installers|package|packages|library|libraries|tool|tools|product|products|suite|program|programs|firmware|plugin|plug-in|extension`)

// againstTarget: "X deployed BellaCiao against organizations in India",
// "the malware was used against the energy sector".
func (x *extraction) againstTarget(s *sent, last *graph.Node) {
	for i, t := range s.toks {
		// "deployed its tools on devices of the Afghan government".
		// "planted backdoors in the computer systems of NPO Mash".
		assetAt := i + 1
		for assetAt < len(s.toks) && assetAt <= i+3 && !assetNouns.is(s.id(assetAt)) && s.owner[assetAt] < 0 && s.toks[assetAt].word && (!s.toks[assetAt].cap || s.toks[assetAt].upper) {
			assetAt++
		}
		for assetNouns.is(s.id(assetAt)) && assetNouns.is(s.id(assetAt+1)) {
			assetAt++ // "computer systems"
		}
		onAssets := (t.lower == "on" || t.lower == "onto" || t.lower == "in") && assetNouns.is(s.id(assetAt)) &&
			(s.lower(assetAt+1) == "of" || s.lower(assetAt+1) == "at" || s.lower(assetAt+1) == "belonging")
		// "deployed the ransomware at Tensor": at an organization.
		atOrg := false
		if t.lower == "at" {
			j := s.entAt(i + 1 + b2i(s.lower(i+1) == "the"))
			atOrg = j >= 0 && s.ents[j].kind == graph.Organization && !s.ents[j].ref
		}
		if !(t.lower == "against" || t.lower == "inside" || t.lower == "into" || t.lower == "within" || onAssets || atOrg) || s.owner[i] >= 0 {
			continue
		}
		if n := i + 1; n >= len(s.toks) || !s.toks[n].word && s.owner[n] < 0 {
			continue // "to get inside," ends the clause: no object
		}
		v := -1
		if t.lower == "into" && s.lower(i-1) == "way" && (s.lower(i-2) == "its" || s.lower(i-2) == "their") {
			v = i - 3 // "talked its way into customer databases at X"
		}
		for k, lim := i-1, i-8; v < 0 && k >= 0 && k >= lim; k-- {
			if (useVerbs.is(s.id(k)) || exploitVerbs.is(s.id(k)) || t.lower == "into" && slipVerbs.is(s.id(k))) && s.owner[k] < 0 && (!atOrg || deployVerbs.is(s.id(k))) {
				v = k // "had exploited it against defense entities in Europe"
				break
			}
			// "used modified Trochilus, 9002 RAT and Gh0st variants
			// against": a comma inside a list of software goes on.
			soft := func(m int) bool {
				o := s.owner[min(max(m, 0), len(s.toks)-1)]
				return o >= 0 && (s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool)
			}
			if onAssets && s.toks[k].text == "," && (s.lower(k+1) == "as" && s.lower(k+2) == "well" && s.lower(k+3) == "as" && k+4 == i || s.lower(k+1) == "and" && k+2 == i) {
				lim -= 8 // "planted code on the news sites, as well as on the website of X": the same verb
				continue
			}
			// "used two custom pieces of malware, Veaty and Spearal,
			// against": the commas around the names of the software.
			if s.toks[k].text == ";" || s.toks[k].text == "," && !(soft(k-1) && soft(k+1)) && !adjectiveComma(s, k) && !(malwareNouns.is(s.id(k-1)) && soft(k+1)) && !(soft(k-1) && k+1 == i) || relatives.is(s.id(k)) && !(s.lower(k) == "that" && useVerbs.is(s.id(k-1))) {
				break // not "used that approach against X"
			}
			if s.toks[k].text == "," {
				lim -= 4
			}
		}
		if v < 0 {
			continue
		}
		if relatives.is(s.id(v-1)) && s.owner[v-1] < 0 {
			// "any country that launched cyberattacks against Russia": the
			// relative clause's own subject, unless it is the actor.
			if j := s.entAt(v - 2); !(j >= 0 && s.ents[j].kind == graph.ThreatActor) && !groupNouns.is(s.id(v-2)) {
				continue
			}
		}
		var actor graph.Node
		var ok, ref bool
		wayInto := t.lower == "into" && s.lower(i-1) == "way"
		if auxiliaries.is(s.id(s.prevWord(v))) && !wayInto {
			if t.lower == "against" || onAssets || atOrg || passiveSoftware(s, v) {
				actor, ok, ref, _, _ = x.laterActor(s, i, last)
			}
		} else if a := x.nearestActorLeft(s, v, 20); a >= 0 {
			actor, ok, ref = x.actor(s, a, last)
		} else if j := s.entAt(v - 1); j >= 0 && !s.ents[j].ref && (s.lower(v) == "used" || s.lower(v) == "deployed") {
			// "Microsoft has seen GooseEgg used against organizations in
			// Ukraine": software the actor in focus uses, even where the
			// sentence gives no cue that the name is software.
			if f := x.focusActor(last); f != nil {
				name := s.ents[j].node.Name
				if x.usedElsewhere(*f, graph.NewNode(graph.Malware, name), s) || x.usedElsewhere(*f, graph.NewNode(graph.Tool, name), s) {
					actor, ok, ref = *f, true, true
				}
			}
		}
		if !ok {
			continue
		}
		from := i + 1
		if onAssets {
			from = assetAt + 2
			if s.lower(assetAt+1) == "belonging" {
				from++
			}
		}
		vs := x.objects(s, from, false)
		if t.lower != "against" && !onAssets && !wayInto {
			// "planted X inside a regional energy company", not "loaded a
			// DLL into the Windows Security Health Service".
			keep := vs[:0]
			for _, v := range vs {
				e := s.ents[v.ent]
				if e.kind == graph.Sector || e.kind == graph.Country || e.kind == graph.Organization && (!e.guess || atOrg || ownedAsset(s, e) || s.lower(e.a-1) == "of" && assetNouns.is(s.id(e.a-2))) && !productName(s, e) {
					keep = append(keep, v)
				}
			}
			vs = keep
		}
		if t.lower == "into" {
			// "slipped ShadowPad into server-management software sold by
			// NetSarang": the vendor whose product was tampered with.
			if o := vendorOf(s, i+1); o >= 0 {
				vs = append(vs, victim{ent: o})
			}
		}
		x.target(s, actor, vs, "use-against", conf(0.8, ref), "")
	}
}

// policyWords take a country after "toward" as their subject matter.
var policyWords = set(`policy|policies|stance|stances|approach|attitudes|posture|strategy|diplomacy|relations`)

// partShares come before "part of" when it is a share of a place, not
// what a group belongs to: "black out part of Ukraine", "cut power to part
// of Kyiv".
var partShares = set(`out|off|down|over|to|in|across|into|through|throughout|affecting|covering`)

// attribution: "tied to China", "acting on behalf of the Chinese
// government", "a Chinese espionage group known as X", "X is one of the most
// active Chinese groups".
// placeOfVictim tells an office of an organization ("the London branch of",
// "the Hong Kong arm of") that a preposition or a verb of attack takes as
// its object: the place of the attack, where "a unit of" names a master.
func placeOfVictim(s *sent, i int, cue string) bool {
	switch cue {
	case "branch", "arm", "division", "unit", "element":
	default:
		return false
	}
	k := i - 1
	for n := 0; k >= 0 && n < 3 && s.lower(k) != "the" && s.lower(k) != "its"; n++ {
		if !s.toks[k].cap && s.owner[k] < 0 {
			return false
		}
		k--
	}
	if k < 1 || (s.lower(k) != "the" && s.lower(k) != "its") {
		return false
	}
	switch p := s.lower(k - 1); {
	case p == "from" || p == "at" || p == "into" || p == "inside" || p == "in" || p == "against":
		return true
	default:
		return targetVerbs.is(s.id(k-1)) || disruptVerbs.is(s.id(k-1))
	}
}

func (x *extraction) attribution(s *sent, last *graph.Node) {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if !attributionFirst[s.toks[i].lower] {
			continue
		}
		for _, cue := range attributionCues {
			j, ok := s.seqAt(i, cue)
			if !ok || s.owner[i] >= 0 {
				continue
			}
			if ownedFacility(s, i, cue[0]) {
				continue // "a substation north of Kyiv operated by Ukrenergo": who runs the site
			}
			if cue[0] == "part" && (partShares.is(s.id(i-1)) || targetVerbs.is(s.id(i-1)) || disruptVerbs.is(s.id(i-1))) {
				continue // "tried to black out part of Ukraine": a share of a place, not membership
			}
			if placeOfVictim(s, i, cue[0]) {
				continue // "exfiltrated files from the London branch of Quarrow Bank": an office, not a master
			}
			// The sponsor right after the cue.
			k := j
			for k < n && (s.lower(k) == "the" || s.lower(k) == "a") && s.owner[k] < 0 {
				k++
			}
			si := s.entAt(k)
			if si < 0 {
				continue
			}
			se := s.ents[si]
			var sponsor graph.Node
			switch {
			case se.kind == graph.Country && !se.demonym:
				sponsor = se.node
			case se.kind == graph.Country && se.demonym && stateWords.is(s.id(se.b)):
				sponsor = se.node
			case se.kind == graph.Organization && !se.guess && (breachNouns.is(s.id(se.b)) || s.lower(se.b) == "case"):
				continue // "connected to the Mitsubishi Electric case": an incident, no sponsor
			case se.kind == graph.Organization && !se.guess:
				sponsor = se.node
				// "the GRU, Russia's military intelligence service".
				if se.country == "" && s.lower(se.b) == "," {
					if ci := s.entAt(se.b + 1); ci >= 0 && s.ents[ci].kind == graph.Country {
						se.country = s.ents[ci].node.Props["iso"]
					}
				}
			default:
				continue
			}
			a := x.nearestActorLeft(s, i, 16)
			if a < 0 {
				continue
			}
			// "APT28 targeted organizations tied to China" ties the victims;
			// "X, a group the US government attributes to Y" has its own subject.
			// Adverbial cues ("at the request of", "on behalf of") attach to
			// the whole clause, whatever it attacked.
			adverbial := false
			for _, w := range cue {
				adverbial = adverbial || sponsorNouns.has(w)
			}
			active := cue[0] == "attribute" || cue[0] == "attributes" || cue[0] == "work" || cue[0] == "serves" || adverbial
			between := false
			for k := s.ents[a].b; k < i; k++ {
				if targetVerbs.is(s.id(k)) && !adverbial {
					between = true
				}
				if adverbial && (courtVerbs.is(s.id(k)) || s.lower(k) == "detained") {
					// "O'Connor was arrested in Estepona at the request of
					// U.S. authorities": the police's request, no sponsor.
					between = true
				}
				if o := s.owner[k]; !active && o >= 0 && isVictim(s.ents[o]) {
					// "that the US government says is", "that Ukraine's SBU
					// has linked to": the subject of a clause inside.
					e := s.ents[o]
					m := e.b
					if s.lower(m) == "'s" || s.lower(m) == "’s" {
						m += 2
					}
					if !(reportVerbs.is(s.id(m)) || auxiliaries.is(s.id(m)) || perfect.is(s.id(m)) || embeddedVerbs.is(s.id(m))) {
						between = true
					}
					k = e.b - 1
				}
			}
			if between {
				continue
			}
			actor, ok, ref := x.actor(s, a, last)
			if !ok {
				continue
			}
			rule := "attribution-cue"
			x.add(graph.AttributedTo, actor, sponsor, s, rule, conf(0.8, ref))
			// "Russia's Foreign Intelligence Service (SVR)": the service too.
			if se.kind == graph.Country && (s.lower(se.b) == "'s" || s.lower(se.b) == "’s") {
				if oi := s.entAt(se.b + 1); oi >= 0 && s.ents[oi].kind == graph.Organization && !s.ents[oi].guess {
					x.add(graph.AttributedTo, actor, s.ents[oi].node, s, rule, conf(0.8, ref))
					x.locate(s.ents[oi].node, se.node.Props["iso"], s, "org-country", 0.9)
				}
			}
			if sponsor.Kind == graph.Organization && se.country != "" {
				x.locate(sponsor, se.country, s, "org-country", 0.9)
			}
			i = j - 1
			break
		}
	}
	// "Sandworm, the GRU team that ...": an apposition naming the sponsor.
	for _, e := range s.ents {
		if e.kind != graph.ThreatActor || e.ref || s.lower(e.b) != "," {
			continue
		}
		k := e.b + 1
		if l := s.lower(k); l == "the" || l == "a" || l == "an" {
			k++
		}
		oi := s.entAt(k)
		if oi < 0 || s.ents[oi].kind != graph.Organization || s.ents[oi].guess {
			continue
		}
		for m := s.ents[oi].b; m < len(s.toks) && m < s.ents[oi].b+4; m++ {
			if groupNounStrict(s.lower(m)) || appositionNouns.is(s.id(m)) {
				x.add(graph.AttributedTo, e.node, s.ents[oi].node, s, "attribution-apposition", 0.75)
				break
			}
			if s.owner[m] >= 0 || !s.toks[m].word {
				break
			}
		}
	}
	// Demonym + group noun.
	for _, e := range s.ents {
		if e.kind != graph.Country || !e.demonym {
			continue
		}
		k := e.b
		for k < n && k < e.b+4 && groupModifiers.is(s.id(k)) && !groupNounStrict(s.lower(k)) && s.owner[k] < 0 {
			k++
		}
		if k >= n || !groupNounStrict(s.lower(k)) {
			continue
		}
		// After: "... group known as X", "... group X".
		actorIdx := -1
		after := k + 1
		if s.lower(after) == "," || s.lower(after) == "(" {
			after++ // "a separate Chinese group, Salt Typhoon,"
		}
		if l := s.lower(after); l == "that" || l == "which" || l == "whom" {
			// "a China-aligned group that researchers call X".
			for m := after + 1; m < n && m <= after+4; m++ {
				if j := s.entAt(m); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && introFirst[s.lower(m-1)] {
					actorIdx = j
					break
				}
				if s.lower(m) == "as" {
					if j := s.entAt(m + 1); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
						actorIdx = j
					}
					break
				}
			}
		}
		for _, cue := range introCues {
			if j, ok := s.seqAt(after, cue); ok {
				after = j
				break
			}
		}
		if j := s.entAt(after); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && actorIdx < 0 {
			actorIdx = j
		}
		// Before: "X is one of the most active Chinese groups", "X, a Chinese group".
		if actorIdx < 0 {
			for p := e.a - 1; p >= 0 && p >= e.a-10; p-- {
				l := s.lower(p)
				lID := s.id(p)
				if j := s.owner[p]; j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref {
					actorIdx = j
					break
				}
				if !(groupModifiers.is(lID) || l == "is" || l == "was" || l == "are" || l == "remains" || l == "," ||
					l == "as" || l == "being" || l == "been" || l == "has" || l == "believed" || l == "to" || l == "be" ||
					l == "likely" || l == "of" || l == "one" || l == "most" || l == "the") {
					break
				}
			}
		}
		if actorIdx < 0 {
			// "the Russian group": the actor in focus.
			if j := s.entAt(k); j >= 0 && s.ents[j].ref {
				actorIdx = j
			} else {
				continue
			}
		}
		actor, ok, ref := x.actor(s, actorIdx, last)
		if ok {
			x.add(graph.AttributedTo, actor, e.node, s, "attribution-adj", conf(0.7, ref))
		}
	}
}

func groupNounStrict(l string) bool {
	return groupNouns.has(l) && l != "threat" && l != "hacking"
}

// uses: "X used SCANBOX", "they appeared to be using SCANBOX", "SCANBOX was
// deployed by X", "X's BlackEnergy malware".
func (x *extraction) uses(s *sent, last *graph.Node) {
	for _, e := range s.ents {
		infra := e.kind == graph.Infrastructure
		if e.kind != graph.Malware && e.kind != graph.Tool && !infra {
			continue
		}
		if strictAttacks.is(s.id(e.b)) {
			continue // "used the Baltimore attack as a marketing tool": an attack, not software
		}
		// A use verb before the software, an actor before the verb.
		for k := e.a - 1; k >= 0 && k >= e.a-12; k-- {
			if l := s.lower(k); l == ";" || relatives.has(l) && s.owner[k] < 0 && !namingAfter(s, k) || subordinators.has(l) {
				break
			}
			if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
				break
			}
			if !useVerbs.is(s.id(k)) && !(infra && infraVerbs.is(s.id(k))) && !(s.lower(k) == "with" && x.hasTargetVerbBefore(s, k)) {
				continue
			}
			a := x.nearestActorLeft(s, k, 25)
			if a < 0 && useVerbs.is(s.id(k)) && !otherSubject(s, k) {
				// "Malicious bundles install the VIRTUALPITA backdoor": an
				// attack step of the actor in focus.
				if f := x.focusActor(last); f != nil {
					x.add(graph.Uses, *f, e.node, s, "uses-focus", 0.5)
				}
				break
			}
			if a < 0 && s.lower(k) == "with" && auxiliaries.is(s.id(s.prevWord(k-1))) {
				// "Victims were infected with PlugX": by the actor in focus.
				if f := x.focusActor(last); f != nil {
					x.add(graph.Uses, *f, e.node, s, "uses-infected", 0.6)
				}
				break
			}
			if a < 0 && attackSubject(s, k) {
				// "Recent intrusions used POWERSTAR": the actor in focus.
				if f := x.focusActor(last); f != nil {
					x.add(graph.Uses, *f, e.node, s, "uses-tool", 0.6)
				}
				break
			}
			if a < 0 {
				break
			}
			if actor, ok, ref := x.actor(s, a, last); ok {
				rule := "uses-tool"
				if infra {
					rule = "uses-infrastructure"
				}
				x.add(graph.Uses, actor, e.node, s, rule, conf(0.8, ref))
				// "a server at 203.0.113.5 in the Netherlands".
				if infra && s.lower(e.b) == "in" {
					c := e.b + 1
					if s.lower(c) == "the" && s.owner[c] < 0 {
						c++
					}
					if ci := s.entAt(c); ci >= 0 && s.ents[ci].kind == graph.Country && !s.ents[ci].demonym {
						x.locate(e.node, s.ents[ci].node.Props["iso"], s, "in-country", 0.75)
					}
				}
			}
			break
		}
		// "SCANBOX was used by X", "BellaCiao was deployed against ..." (the
		// actor in focus).
		k := e.b
		if auxiliaries.is(s.id(k)) {
			k++
			for adverbs.is(s.id(k)) {
				k++
			}
			if useVerbs.is(s.id(k)) && s.lower(k+1) == "by" {
				if a := s.entAt(k + 2); a >= 0 && s.ents[a].kind == graph.ThreatActor {
					if actor, ok, ref := x.actor(s, a, last); ok {
						x.add(graph.Uses, actor, e.node, s, "uses-passive", conf(0.8, ref))
					}
				}
			} else if useVerbs.is(s.id(k)) && (s.lower(k+1) == "against" || s.lower(k+1) == "in" || s.lower(k+1) == "on" || s.lower(k+1) == "to") {
				if actor, ok, ref, _, _ := x.laterActor(s, k+1, last); ok {
					x.add(graph.Uses, actor, e.node, s, "uses-passive", conf(0.75, ref))
				}
			}
		}
		// "Gazer and Carbon, two implants that Turla installed", "BabyShark,
		// a backdoor the group has used for years".
		for k := e.b; k < len(s.toks) && k < e.b+12; k++ {
			l := s.lower(k)
			if l == ";" || l == "." {
				break
			}
			o := s.owner[k]
			if o < 0 || s.ents[o].kind != graph.ThreatActor {
				continue
			}
			p := s.ents[o].a - 1
			if !(relatives.is(s.id(p)) || malwareNouns.is(s.id(p)) || toolNouns.is(s.id(p))) {
				break
			}
			v := s.ents[o].b
			for auxiliaries.is(s.id(v)) || perfect.is(s.id(v)) || adverbs.is(s.id(v)) {
				v++
			}
			if useVerbs.is(s.id(v)) {
				if actor, ok, ref := x.actor(s, o, last); ok {
					x.add(graph.Uses, actor, e.node, s, "uses-relative", conf(0.75, ref))
				}
			}
			break
		}
		// "X's SCANBOX".
		if e.a >= 2 && (s.lower(e.a-1) == "'s" || s.lower(e.a-1) == "’s") {
			if a := s.entAt(e.a - 2); a >= 0 && s.ents[a].kind == graph.ThreatActor {
				if actor, ok, ref := x.actor(s, a, last); ok {
					x.add(graph.Uses, actor, e.node, s, "uses-possessive", conf(0.75, ref))
				}
			}
		}
	}
}

// supportedBy reports whether the country at a is the one a plural of
// victims backs: "countries supporting Ukraine", "nations that back Kyiv",
// "governments that have aided Israel".
func supportedBy(s *sent, a int) bool {
	p := a - 1
	if s.lower(p) == "the" {
		p--
	}
	if !backingVerbs.is(s.id(p)) {
		return false
	}
	p--
	if s.lower(p) == "have" || s.lower(p) == "has" {
		p--
	}
	if l := s.lower(p); l == "that" || l == "which" || l == "who" {
		p--
	}
	return supporterNouns.is(s.id(p))
}

// backingVerbs say that someone takes a country's side.
var backingVerbs = set(`support|supports|supported|supporting|back|backs|backed|backing|aid|aids|aided|aiding|arm|arms|armed|arming|
help|helps|helped|helping|assist|assists|assisted|assisting`)

// supporterNouns are the plural victims that may back a country.
var supporterNouns = set(`countries|nations|states|governments|allies|organizations|organisations|companies|firms|entities|
partners|members`)

// closedRelative reports whether the verb at i, after ", and", coordinates
// with an attack verb of the actor a before the relative clause at rel: in
// "LockBit has crippled Royal Mail, which could not send parcels for weeks,
// and hit ION Trading UK", LockBit hit ION Trading UK.
func closedRelative(s *sent, a, rel, i int) bool {
	q := i - 1
	for q > rel && (perfect.is(s.id(q)) || adverbs.is(s.id(q)) || s.lower(q) == "also") {
		q-- // ", and had targeted X"
	}
	if s.lower(q) != "and" || s.lower(q-1) != "," {
		return false
	}
	for k := s.ents[a].b; k < rel; k++ {
		if (targetVerbs.is(s.id(k)) || s.lower(k) == "sent" || s.lower(k) == "delivered") && s.owner[k] < 0 {
			return true // "had sent spyware to X, a blogger who ..., and had targeted Y"
		}
		if clauseStops.is(s.id(k)) && s.lower(k) != "," {
			return false
		}
	}
	return false
}

// heldAt reports whether the name at a keeps another's account: "X's
// account at Y", "its accounts with Y".
func heldAt(s *sent, a int) bool {
	if s.lower(a-1) == "the" {
		a--
	}
	if l := s.lower(a - 1); l != "at" && l != "with" {
		return false
	}
	if l := s.lower(a - 2); l != "account" && l != "accounts" {
		return false
	}
	l := s.lower(a - 3)
	return l == "'s" || l == "’s" || l == "its" || l == "their"
}

// blamingAgent reports whether the token at k is inside the agent of a
// passive blame, "was blamed by the U.S. for", "was accused by Britain of":
// who lays the blame, between the actor and the attack it answers for.
func blamingAgent(s *sent, k int) bool {
	o := s.owner[k]
	if o < 0 {
		return false
	}
	a := s.ents[o].a
	if s.lower(a-1) == "the" {
		a--
	}
	vID := s.id(a - 2)
	if s.lower(a-1) != "by" || !(blameVerbs.is(vID) || accuseVerbs.is(vID) || layWords.is(vID)) || !(s.lower(a-3) == "was" || s.lower(a-3) == "were" || s.lower(a-3) == "been" || s.lower(a-3) == "is") {
		return false
	}
	l := s.lower(s.ents[o].b)
	return l == "for" || l == "of" || l == "in" || l == "as"
}

// softwareSubject returns the malware or tool that is the subject of the
// verb at k ("a wiper dubbed AcidRain disabled ..."), or -1.
func softwareSubject(s *sent, k int) int {
	if l := s.lower(k - 1); (l == "after" || l == "before" || l == "while") && strings.HasSuffix(s.lower(k), "ing") {
		// "Industroyer cut power to part of Kyiv after hitting X": the
		// gerund's subject is the sentence's.
		for p := 0; p < k-1; p++ {
			if o := s.owner[p]; o >= 0 && s.ents[o].kind != "" {
				if s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool {
					return o
				}
				return -1
			}
		}
		return -1
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if o := s.owner[p]; o >= 0 {
			if s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool {
				return o
			}
			return -1
		}
		if s.toks[p].text == "," && p > 0 {
			// "a tool known as Industroyer, or CrashOverride, hit X": the
			// comma closes the malware's other name.
			if o := s.owner[p-1]; o >= 0 && (s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool) {
				if a := s.ents[o].a; s.lower(a-1) == "or" && s.lower(a-2) == "," && softwareAt(s, a-3) {
					return o
				}
			}
		}
		if relatives.is(s.id(p)) && s.lower(p-1) == "," && (breachNouns.is(s.id(p-2)) || s.lower(p-2) == "outbreak") {
			// "the 2017 NotPetya outbreak, which paralysed X": the
			// relative clause's subject is the malware's outbreak.
			if o := s.owner[p-3]; p >= 3 && o >= 0 && (s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool) {
				return o
			}
			return -1
		}
		if s.toks[p].text == "," || relatives.is(s.id(p)) {
			return -1
		}
	}
	return -1
}

// kineticWords make an attack noun a physical one: "a U.S. drone strike
// killed X".
var kineticWords = set(`drone|missile|air|artillery|rocket|military|physical|kinetic|terrorist|suicide|bomb|knife|gun|armed`)

// theMalware reports whether "the malware" or "the worm" is the subject of
// the verb at k: software the report has told of, the actor's own.
func theMalware(s *sent, k int) bool {
	d := s.lower(k - 2)
	return (d == "the" || d == "this") && s.owner[k-1] < 0 && (s.lower(k-1) == "malware" || s.lower(k-1) == "worm" || s.lower(k-1) == "virus")
}

// disruptVerbs are attacks only when malware or an attack is their
// subject: "a wiper dubbed AcidRain disabled modems", not "APT28 disabled
// logging".
var disruptVerbs = set(`disabled|disables|disabling|destroyed|destroys|bricked|knocked|shut|erased|corrupted|
took|takes|wiped|locked|encrypted`)

// gainVerbs are attacks with "access to": "gained access to X".
var gainVerbs = set(`gained|gain|gains|gaining`)

// fromVerbs take their victim after "from": "stole $100 million from X".
// aimedVerbs, after the attack or its actors, tell whom they went after:
// "The campaign targeted organizations in Israel".
var aimedVerbs = set(`targeted|hit|attacked|breached|compromised|infiltrated|penetrated|infected`)

// robVerbs take the victim itself as their object: "drained the Heco
// Bridge", "robbed Bangladesh Bank".
var robVerbs = set(`drained|drain|drains|draining|looted|loot|loots|looting|robbed|rob|robs|robbing|emptied|emptying`)

// robbedOrg reports whether a verb of robVerbs has a named organization as
// its direct object, at k just after the verb or its article: "was blamed
// for draining the Heco Bridge and the HTX exchange".
func robbedOrg(s *sent, verb wordID, from, k int) bool {
	if !robVerbs.is(verb) || k >= len(s.toks) || k != from && (k != from+1 || s.lower(from) != "the") {
		return false
	}
	j := s.owner[k]
	return j >= 0 && s.ents[j].kind == graph.Organization && !s.ents[j].ref
}

var fromVerbs = set(`stole|steal|steals|stealing|stolen|drained|drain|drains|draining|siphoned|siphon|siphoning|
looted|loot|exfiltrated|exfiltrating|exfiltrate|took|taken|robbed|obtain|obtained|obtaining|collect|collected|
collecting|gather|gathered|gathering|harvest|harvested|harvesting|demanded|demanding|demands|demand|pulled|pulling|extracted|extracting|pilfered|swiped|grabbed|copied|copying`)

// leakVerbs take their victim after "from" when their object is data:
// "published data from X", "leaked 3 TB of files from X", "advertised data
// from X", "claimed 44 GB of material from X".
var leakVerbs = set(`published|publishes|publishing|posted|posts|posting|leaked|leaks|leaking|dumped|dumps|dumping|leak|publish|dump|
released|releases|releasing|sold|sells|selling|auctioned|auctioning|advertised|advertises|advertising|offered|offers|offering|
claimed|claims`)

// saleVerbs offer stolen data for sale; what they sell may be counted in
// accounts or credentials as well as in records.
var saleVerbs = set(`sold|sells|selling|sell|auctioned|auctioning|advertised|advertises|advertising|offered|offers|offering`)

// dataNouns are what a gang leaks.
var dataNouns = set(`data|files|documents|records|emails|information|gigabytes|terabytes|gb|tb|trove|cache|dump|
databases|database|archives|archive|details|correspondence|material|materials|screenshots|footage|recordings|
spreadsheets|samples|contracts|statements|schematics|blueprints|payroll|payrolls`)

// ownersDataWords stand between an owner and its data: "Snappfood's full
// user database", "the bank's internal customer records".
var ownersDataWords = set(`user|users'|customer|customers'|client|employee|employees'|staff|member|patient|patients'|subscriber|student|personal|internal|full|entire|complete|private|sensitive|confidential|corporate|financial|billing|payment|hr|payroll`)

// ownedData are data nouns that name their owner after "of": "the payroll
// of the Legislative Assembly", "internal emails of X" (not "terabytes of").
var ownedData = set(`files|documents|records|emails|databases|database|archives|correspondence|recordings|contracts|payroll|payrolls|spreadsheets|schematics|blueprints`)

// peopleOf are the people whose records belong to an organization named
// after "of": "personnel files of officers of the National Civil Police".
var peopleOf = set(`customers|clients|users|partners|members|subscribers|suppliers|vendors|contractors|employees|staff|
officers|personnel|officials|workers|patients|passengers|students|soldiers|agents|judges|lawmakers|deputies`)

// forSale returns where the object of a "put up for sale" (or "for
// auction") at i starts: after the particle, or right after "put" when the
// object comes first; else 0.
func forSale(s *sent, i int) int {
	if l := s.lower(i); l != "put" && l != "puts" && l != "putting" {
		return 0
	}
	sale := func(k int) bool {
		l := s.lower(k + 2)
		return s.lower(k) == "up" && s.lower(k+1) == "for" && (l == "sale" || l == "auction")
	}
	if sale(i + 1) {
		return i + 4
	}
	// "puts MarineMax data up for auction": the object comes before the
	// particle.
	for k := i + 2; k < len(s.toks) && k <= i+8; k++ {
		if sale(k) {
			return i + 1
		}
		if l := s.lower(k); l == "up" || l == "," || clauseStops.has(l) {
			return 0
		}
	}
	return 0
}

// dataObject reports whether the verb at i has data for object, within a few
// words: "published data", "leaked 3 TB of files", "posted a trove of".
func dataObject(s *sent, i int) bool {
	if ownerBeforeData(s, whatSaid(s, i+1)) >= 0 {
		return true // "posted 1.5 terabytes of DaVita files"
	}
	lim := i + 11
	for k := whatSaid(s, i+1); k < len(s.toks) && k <= lim; k++ {
		if l := s.lower(k - 1); s.lower(k) == "to" && (l == "close" || l == "up") {
			continue // "leaked close to 190 gigabytes"
		}
		if s.lower(k) == "," && firstBatch(s, k) {
			k, lim = k+2, lim+6 // "advertised stolen accounts, starting with 620 million records"
			continue
		}
		if j := s.owner[k]; j >= 0 && soldOn(s, j) {
			// "advertising batches of stolen accounts on the dark web
			// marketplace Dream Market, starting with ... records".
			k, lim = s.ents[j].b-1, lim+6
			continue
		}
		if s.owner[k] >= 0 || clauseStops.is(s.id(k)) || s.lower(k) == "from" {
			return false
		}
		if dataNouns.is(s.id(k)) || s.lower(k) == "code" && s.lower(k-1) == "source" {
			return true // "released more than 360,000 files", "published source code"
		}
		if soldData.is(s.id(k)) && saleVerbs.is(s.id(i)) && (k > i+1 || s.lower(i) != "advertising") {
			// "began selling what it said were 91 million user accounts",
			// not "business and advertising accounts".
			return true
		}
	}
	return false
}

// soldOn reports whether entity j names the market the data was offered
// on: "advertised stolen accounts on the dark web marketplace Dream Market,
// starting with records from X".
func soldOn(s *sent, j int) bool {
	e := s.ents[j]
	if e.kind != graph.Organization || !tradingPlaces.is(s.id(e.a-1)) {
		return false
	}
	for m := e.a - 2; m >= 0 && m >= e.a-6; m-- {
		if s.lower(m) == "on" {
			return true
		}
		if s.owner[m] >= 0 || !s.toks[m].word {
			return false
		}
	}
	return false
}

// accessNamed reports whether the words from k name an organization before
// any description of the network: "had access to servers run by X", not
// "had access to the ministry's existing Zabbix network".
func accessNamed(s *sent, k int) bool {
	for m := k; m < len(s.toks) && m <= k+6; m++ {
		if l := s.lower(m); l == "'s" || l == "’s" || clauseStops.is(s.id(m)) && l != "by" && l != "of" || !s.toks[m].word {
			return false
		}
		if o := s.owner[m]; o >= 0 {
			return s.ents[o].kind == graph.Organization && !s.ents[o].ref // "had had access to Sitel's environment"
		}
	}
	return false
}

// firstBatch reports whether the comma at k opens "starting with" or
// "beginning with": "advertised stolen accounts, starting with 620 million
// records from 16 websites": the first batch of what was sold, whose
// source follows.
func firstBatch(s *sent, k int) bool {
	l := s.lower(k + 1)
	return (l == "starting" || l == "beginning") && s.lower(k+2) == "with"
}

// whatSaid returns the token after "what it said were" at k, else k:
// "advertised what it said were records on 70 million AT&T customers".
func whatSaid(s *sent, k int) int {
	if s.lower(k) != "what" {
		return k
	}
	m := k + 1
	if l := s.lower(m); l != "it" && l != "they" && l != "the" && l != "he" {
		return k
	}
	m++
	if s.lower(m-1) == "the" {
		m++ // "what the group said"
	}
	if l := s.lower(m); l != "said" && l != "says" && l != "claimed" && l != "claims" && l != "described" && l != "called" {
		return k
	}
	m++
	if l := s.lower(m); l == "were" || l == "was" || l == "are" || l == "is" || l == "as" {
		return m + 1
	}
	return k
}

// ownerBeforeData returns where an organization that owns the data is named
// right before the data noun, within a few words of from: "posted about 1.5
// terabytes of DaVita files", "leaked Marlow Bank data". -1 if none.
func ownerBeforeData(s *sent, from int) int {
	for k := from; k < len(s.toks) && k <= from+6; k++ {
		if j := s.owner[k]; j >= 0 {
			e := s.ents[j]
			d := e.b
			if l := s.lower(d); l == "'s" || l == "’s" {
				d++ // "leaked Quarrow Health's files"
				for m := 0; m < 2 && ownersDataWords.is(s.id(d)) && s.owner[d] < 0 && dataNouns.is(s.id(d+1+b2i(ownersDataWords.is(s.id(d+1))))); m++ {
					d++ // "the company's full user database"
				}
			}
			of := k - 1
			if secretWords.has(s.lower(of)) {
				of-- // "190 gigabytes of confidential Samsung data"
			}
			code := s.lower(d) == "source" && s.lower(d+1) == "code" // "Vodafone's source code"
			if e.kind == graph.Organization && (dataNouns.is(s.id(d)) || code) && (k == from || s.lower(of) == "of" || k == from+1 && s.lower(from) == "the" && d > e.b) {
				// "leaked the Legislative Assembly's payroll"
				return k
			}
			return -1
		}
		if l := s.lower(k); clauseStops.has(l) && l != "of" && !approxWords.has(l) || l == "from" || !s.toks[k].word && l != "$" && l != "." {
			return -1
		}
	}
	return -1
}

// madeOffWith reports whether "with" at i ends "walked off with", "made
// away with": a theft whose object names the owner of the data.
func madeOffWith(s *sent, i int) bool {
	if s.lower(i) != "with" || s.lower(i-1) != "off" && s.lower(i-1) != "away" {
		return false
	}
	switch s.lower(i - 2) {
	case "walked", "walk", "walks", "made", "make", "makes", "got", "get", "gets", "ran", "run", "runs":
		return true
	}
	return false
}

// downloadVerbs take data from its owner when data is their object: "had
// downloaded 500 gigabytes of data from repositories belonging to X".
var downloadVerbs = set(`downloaded|downloading|download|downloads`)

// heldBy skips a few words of storage after "from" when an owner follows:
// "data from private repositories belonging to X" gives X's place.
func heldBy(s *sent, k int) int {
	for m := k; m < len(s.toks) && m < k+5; m++ {
		if s.owner[m] >= 0 || !s.toks[m].word {
			return k
		}
		if l, n := s.lower(m), s.lower(m+1); m > k && (l == "belonging" && n == "to" || (l == "owned" || l == "operated" || l == "run" || l == "used") && n == "by") {
			return m + 2
		}
	}
	return k
}

// multipliers follow a figure: "91 million users".
var multipliers = set(`thousand|million|billion|m|bn`)

// secretWords say what kind of data an owner lost.
var secretWords = set(`confidential|internal|sensitive|proprietary|private|secret|classified|personal`)

// placedIn reports whether the noun at k ends a place phrase after "in":
// "a rural district in the German state of ...".
func placedIn(s *sent, k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if s.lower(m) == "in" {
			return true
		}
		if s.lower(m) != "the" && !demonymAt(s, m) && (s.owner[m] >= 0 || !s.toks[m].word || s.toks[m].cap) {
			return false
		}
	}
	return false
}

// regionNouns before "of" make the name after them a place: "the province
// of L'Aquila", "the region of Murcia".
var regionNouns = set(`province|region|prefecture|district|oblast|governorate|canton`)

// approxWords qualify an amount: "about 1.5 terabytes", "more than 500 GB".
var approxWords = set(`about|around|roughly|approximately|nearly|almost|some|more|than|over|up|to`)

// aboutOwner returns where the owner of leaked data is named after the data
// noun ("data about employees of X", "records on customers of X", "files
// belonging to X"), or -1.
func aboutOwner(s *sent, from int) int {
	from = whatSaid(s, from)
	for k := from; k < len(s.toks) && k <= from+5; k++ {
		if !dataNouns.is(s.id(k)) {
			if s.owner[k] >= 0 || clauseStops.is(s.id(k)) {
				return -1
			}
			continue
		}
		switch s.lower(k + 1) {
		case "about", "on", "of":
			if s.lower(k+1) == "of" {
				// "details of thousands of former patients of X".
				m := k + 2
				if l := s.lower(m); (l == "thousands" || l == "hundreds" || l == "millions" || l == "dozens" || l == "tens") && s.lower(m+1) == "of" {
					m += 2
				} else {
					// "details of some 91 million users of X".
					for m < k+6 && (approxWords.is(s.id(m)) && s.lower(m) != "to" || s.toks[min(m, len(s.toks)-1)].digit || multipliers.is(s.id(m))) {
						m++
					}
				}
				if l := s.lower(m); l == "former" || l == "current" || l == "past" {
					m++
				}
				if m > k+2 && peopleOf.is(s.id(m)) && s.lower(m+1) == "of" {
					return m + 2
				}
			}
			if s.lower(k+1) == "of" && !(peopleOf.is(s.id(k+2)) && s.lower(k+3) == "of") {
				// "files of the Legislative Assembly": a record's owner;
				// "data of" is too often a measure.
				m := k + 2
				described := false
				if s.lower(m) == "the" {
					m++
					// "the account database of the storytelling platform
					// Wattpad": a description before the name.
					for d := m; d < m+3 && s.owner[d] < 0 && s.toks[d].word && !s.toks[d].cap && !clauseStops.is(s.id(d)); d++ {
						if o := s.owner[d+1]; o >= 0 && s.ents[o].a == d+1 {
							m, described = d+1, true
							break
						}
					}
				}
				if o := s.owner[m]; o >= 0 && ownedData.is(s.id(k)) && s.ents[o].kind == graph.Organization && !s.ents[o].ref && (!s.ents[o].guess || described) && s.ents[o].a == m {
					return m
				}
				return -1
			}
			// "data about employees of X", "data on roughly 5 million
			// passengers and employees of X".
			for m := k + 2; m < len(s.toks) && m <= k+9; m++ {
				if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref && s.ents[o].a == m && s.lower(k+1) != "of" {
					if n := s.lower(s.ents[o].b); thirdParties.has(n) || n == "passengers" || n == "patients" || n == "students" {
						return m // "records on 70 million AT&T customers"
					}
				}
				if d := s.lower(m); d == "its" || d == "their" || s.owner[m] >= 0 || clauseStops.has(d) || !s.toks[m].word && !s.toks[m].digit {
					return -1
				}
				if peopleOf.is(s.id(m)) && s.lower(m+1) == "of" {
					return m + 2
				}
			}
		case "belonging":
			if s.lower(k+2) == "to" {
				return k + 3
			}
		case "said", "alleged", "reported", "believed", "claimed":
			// "data said to belong to X", "files alleged to come from X".
			if l := s.lower(k + 3); s.lower(k+2) == "to" && (l == "belong" && s.lower(k+4) == "to" || l == "come" && s.lower(k+4) == "from") {
				return k + 5
			}
		case "purportedly", "allegedly", "reportedly", "apparently":
			if s.lower(k+2) == "belonging" && s.lower(k+3) == "to" || s.lower(k+2) == "stolen" && s.lower(k+3) == "from" {
				return k + 4 // "data purportedly belonging to X"
			}
		case "it", "they", "that", "which":
			// "files it said belonged to X", "files that belonged to X".
			m := k + 2
			if s.lower(k+1) == "it" || s.lower(k+1) == "they" {
				if l := s.lower(m); l != "said" && l != "says" && l != "claimed" && l != "claims" {
					return -1
				}
				m++
			}
			if (s.lower(m) == "belonged" || s.lower(m) == "belong" || s.lower(m) == "belongs" || s.lower(m) == "came") && (s.lower(m+1) == "to" || s.lower(m+1) == "from") {
				return m + 2
			}
		}
		return -1
	}
	return -1
}

// otherSubject reports whether an organization, a person or a country
// stands before the verb at k in its clause: someone else uses the tool
// ("Microsoft released X", "defenders used X").
func otherSubject(s *sent, k int) bool {
	for p := k - 1; p >= 0; p-- {
		l := s.lower(p)
		lID := s.id(p)
		if l == ";" || l == ":" || relatives.is(lID) && s.owner[p] < 0 {
			return false
		}
		if o := s.owner[p]; o >= 0 {
			switch s.ents[o].kind {
			case graph.Organization, graph.Person, graph.Country, graph.Sector:
				return true
			}
		}
		if l == "we" || l == "researchers" || l == "defenders" || l == "victims" || l == "users" || l == "administrators" || l == "analysts" || l == "i" || l == "you" {
			return true
		}
	}
	return false
}

// namingAfter reports whether the relative pronoun at k opens a naming
// clause: "a trojan that we named X".
func namingAfter(s *sent, k int) bool {
	for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
		switch s.lower(m) {
		case "named", "called", "dubbed", "nicknamed", "codenamed", "call", "calls", "track", "tracks":
			return true
		}
	}
	return false
}

// attackSubject reports whether the words before the verb at k name
// attacks rather than an actor: "Recent intrusions used X".
func attackSubject(s *sent, k int) bool {
	// "a wave of ransomware attacks by the Conti gang disabled X": the
	// attacks of an actor named after "by" are the subject.
	a := k - 1
	if groupNouns.is(s.id(a)) || appositionNouns.is(s.id(a)) {
		a-- // "the Conti gang"
	}
	if a >= 0 && s.owner[a] >= 0 {
		e := s.ents[s.owner[a]]
		p := e.a - 1
		if s.lower(p) == "the" {
			p--
		}
		if e.kind == graph.ThreatActor && s.lower(p) == "by" && nominals.is(s.id(p-1)) {
			return true
		}
	}
	// "a Chinese hacking group broke into X": a noun of attack that
	// qualifies a group names another actor, not an attack.
	nominal := func(p int) bool {
		return nominals.is(s.id(p)) && !groupNouns.is(s.id(p+1)) && !appositionNouns.is(s.id(p+1)) && !kineticWords.is(s.id(p-1))
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if nominal(p) {
			for q := p - 1; q >= 0 && q >= p-3 && s.owner[q] < 0; q-- {
				if s.lower(q) == "whose" {
					return false // "Yanfeng, whose outage disrupted production at X": what the victim's outage did
				}
			}
			return true
		}
		if s.owner[p] >= 0 {
			break
		}
	}
	// "the campaign exploited a flaw and also affected X": the subject of
	// the clause, after "that", a reporting verb or the sentence start.
	start := 0
	for p := k - 1; p >= 0; p-- {
		if l := s.lower(p); l == "that" || reportVerbs.has(l) || l == ";" || l == ":" || l == "before" || l == "after" || l == "because" || l == "although" || l == "until" {
			start = p + 1 // not "The wiper was triggered days before a drone strike killed X"
			break
		}
	}
	for p := start; p < k && p < start+4; p++ {
		if nominal(p) && s.owner[p] < 0 {
			return true
		}
		if s.owner[p] >= 0 {
			return false
		}
	}
	return false
}

func (x *extraction) hasTargetVerbBefore(s *sent, k int) bool {
	for p := k - 1; p >= 0 && p >= k-15; p-- {
		if targetVerbs.is(s.id(p)) {
			return true
		}
	}
	return false
}

// aliases: "X, also known as Y", "X (aka Y)", "X, which others track as Y
// and Z", "X - tracked by Mandiant as Y and by Microsoft as Z -", "the
// group, which is also known as Y" (the actor in focus), "X (Y)" for two
// actor names. Each name is claimed for the actor with the report as source.
func (x *extraction) aliases(s *sent, last *graph.Node) {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		if s.owner[i] >= 0 {
			// "APT29 (NOBELIUM)": two actor names.
			e := s.ents[s.owner[i]]
			if e.kind == graph.ThreatActor && !e.ref && s.lower(e.b) == "(" {
				if j := s.entAt(e.b + 1); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && s.lower(s.ents[j].b) == ")" {
					x.claim(s, e.node, e.a, e.b, []span{{s.ents[j].a, s.ents[j].b, j}})
				}
			}
			i = e.b - 1
			continue
		}
		j, ok := x.aliasCue(s, i)
		if !ok {
			continue
		}
		// The actor the cue speaks of: the one between the verb and "as"
		// ("tracks the same actor as Y"), else the nearest before it in the
		// clause, unless software or a campaign stands closer ("a backdoor
		// we call X").
		anchor := -1
		for k := i + 1; k < j-1; k++ {
			if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor {
				anchor = o
			}
		}
		for k := i - 1; anchor < 0 && k >= 0 && k >= i-15; k-- {
			l := s.lower(k)
			lID := s.id(k)
			if l == ";" || l == ":" {
				break
			}
			if o := s.owner[k]; o >= 0 {
				if s.ents[o].kind == graph.ThreatActor {
					anchor = o
					break
				}
				if s.ents[o].kind == graph.Organization && s.ents[o].b == i && namingVerbs.is(s.id(i)) {
					// "OPERA1ER, which Symantec tracks as Bluebottle": the
					// vendor names; the actor stands further left.
					k = s.ents[o].a
					continue
				}
				if s.ents[o].kind == graph.Organization && !s.ents[o].ref && s.ents[o].b >= i-2 {
					// "the Philippine Health Insurance Corporation, known as
					// PhilHealth": another name of that organization.
					if b := s.nameAt(x.aliasStart(s, i), 2); b > 0 {
						j0 := x.aliasStart(s, i)
						if b > j0 {
							alias := s.textOf(x.text, j0, b)
							org := s.ents[o].node
							x.claims[org.ID] = append(x.claims[org.ID], graph.AliasClaim{Alias: alias, Source: x.doc.ID})
						}
					}
					break
				}
				if s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool {
					break
				}
				continue
			}
			if (malwareNouns.is(lID) || toolNouns.is(lID) || campaignNouns.is(lID)) && !groupNouns.is(s.id(k+1)) && !crimeOperation(s, k) && !crimeOperation(s, k+1) {
				break // "a backdoor we call X", not "the ALPHV ransomware group (operation), also known as X"
			}
		}
		if anchor < 0 && (i == 0 || i == 1 && s.lower(0) == "also") {
			// "Also known as A, B and C, the group ...": the actor after.
			for k := j; k < len(s.toks); k++ {
				if s.toks[k].text == "," {
					if o := s.entAt(k + 1); o >= 0 && s.ents[o].kind == graph.ThreatActor && s.lower(s.ents[o].b) != "," {
						anchor = o
					}
					if s.lower(k+1) != "and" && s.entAt(k+1) < 0 || anchor >= 0 {
						if anchor >= 0 {
							break
						}
					}
				}
			}
		}
		if anchor < 0 {
			continue
		}
		ae := s.ents[anchor]
		if ae.ref && malwareOperators(s, ae) && x.prev != nil && x.prev.Para == s.Para && x.strayMalware(x.prev) && !speaksOfActor(x.prev) {
			// "a destructive malware family, which it named WhisperGate,
			// had been planted on systems. Microsoft tracked the operators
			// as DEV-0586": the malware's operators, not the actor in focus.
			continue
		}
		if p := ae.a - 2; ae.ref && p >= 0 && s.lower(p+1) == "," && s.toks[p].cap && (s.owner[p] < 0 || s.ents[s.owner[p]].kind != graph.ThreatActor) {
			// "Flea, the group also known as APT15 or Nickel": the names of
			// the group an unknown name stands for, not of the one in focus.
			continue
		}
		actor, ok, _ := x.actor(s, anchor, last)
		if !ok && ae.ref {
			// "The group is commonly known as APT40 and also as Leviathan":
			// the first name is the actor, the others its aliases.
			if o := s.entAt(j); o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
				anchor, ae, actor, ok = o, s.ents[o], s.ents[o].node, true
				j = s.ents[o].b
				if k, ok2 := s.seqAt(j, []string{"and", "also", "as"}); ok2 {
					j = k
				} else {
					continue
				}
			}
		}
		if !ok {
			continue
		}
		var names []span
		for {
			if s.lower(j) == "the" {
				j++
			}
			if t := s.toks[min(j, n-1)].text; (t == "\"" || t == "“" || t == "'") && (s.capWord(j+1) || s.entAt(j+1) >= 0) {
				j++ // calls itself the "Cyber Army of Russia"
			}
			end := j
			if a := s.entAt(j); a >= 0 && s.ents[a].kind == graph.ThreatActor && !s.ents[a].ref {
				end = s.ents[a].b
				names = append(names, span{j, end, a})
			} else if b := s.nameAt(j, 3); b > j && s.toks[j].word {
				end = b
				names = append(names, span{j, end, -1})
			} else if a := s.entAt(j); a >= 0 && (s.ents[a].kind == graph.Malware || s.ents[a].kind == graph.Tool || s.ents[a].guess) {
				end = s.ents[a].b // "the ALPHV operation, also called BlackCat"
				names = append(names, span{j, end, -1})
			} else {
				break
			}
			// "Y and Z", "Y, Z", "Y and by Microsoft as Z".
			l := s.lower(end)
			if l == "," && (s.lower(end+1) == "and" || s.lower(end+1) == "or") {
				end++
				l = s.lower(end)
			}
			if k, ok := s.seqAt(end, []string{"and", "also", "as"}); ok {
				j = k // "known as APT40 and also as Leviathan"
				continue
			}
			if l == "and" || l == "or" || l == "," {
				if k, ok := s.seqAt(end+1, []string{"by"}); ok {
					b := k
					for b < n && b < k+4 && s.lower(b) != "as" {
						b++
					}
					if b > k && s.lower(b) == "as" {
						j = b + 1
						continue
					}
				}
				j = end + 1
				if describer(s.toks[min(j, n-1)].text) {
					break // "as Y, and Google-owned Mandiant calls it ...": a new clause
				}
				if o := s.entAt(j); s.capWord(j) || o >= 0 && (s.ents[o].kind == graph.ThreatActor || s.ents[o].guess) {
					continue
				}
			}
			break
		}
		a0, b0 := -1, -1
		if !ae.ref {
			a0, b0 = ae.a, ae.b
		}
		x.claim(s, actor, a0, b0, names)
		if len(names) > 0 {
			i = names[len(names)-1].b - 1
		}
	}
}

// describer reports whether a word is a hyphenated adjective that describes
// a name rather than being one: "Google-owned", "Kremlin-backed" (but not
// "Storm-0558" or "APT-C-23").
func describer(w string) bool {
	if l := strings.ToLower(w); (strings.HasPrefix(l, "pro-") || strings.HasPrefix(l, "anti-")) && len(l) > 5 {
		return true // "Pro-Russian Stormous gang": a stance, not part of the name
	}
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 {
		return false
	}
	for _, c := range w[k+1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// participleCues name what stands right before them: "a cluster known as".
var participleCues = set(`known|called|named|dubbed|designated|referred|tracked|labelled|labeled`)

// aliasStart returns the token after the alias cue at i.
// malwareOperators reports whether the reference e is "the operators",
// "its operators" or "them": the people behind a piece of malware.
func malwareOperators(s *sent, e ent) bool {
	l := s.lower(e.b - 1)
	return l == "operators" || l == "operator" || l == "them" || l == "authors"
}

// speaksOfActor reports whether the sentence names an actor or refers to
// one by more than an "it" that may stand for anything: "its locker",
// "the crew".
func speaksOfActor(s *sent) bool {
	for _, e := range s.ents {
		if e.kind == graph.ThreatActor && (!e.ref || s.lower(e.a) != "it" || e.b-e.a > 1) {
			return true
		}
	}
	return false
}

// strayMalware reports whether the sentence names malware that no actor of
// the report is named after: "WhisperGate", not the gang's "RansomExx".
func (x *extraction) strayMalware(s *sent) bool {
	for _, e := range s.ents {
		if e.kind != graph.Malware || e.ref {
			continue
		}
		own := false
		for _, a := range x.actors {
			own = own || strings.EqualFold(a.Name, e.node.Name) || strings.EqualFold(a.Name, s.textOf(x.text, e.a, e.b))
		}
		if !own {
			return true
		}
	}
	return false
}

func (x *extraction) aliasStart(s *sent, i int) int {
	j, ok := x.aliasCue(s, i)
	if !ok {
		return 0
	}
	return j
}

// span is a name in a sentence: tokens [a, b) and its entity (-1 none).
type span struct{ a, b, ent int }

// aliasAdverbs may stand before an alias cue: "Play, sometimes called
// PlayCrypt", "the group, now known as X".
var aliasAdverbs = set(`sometimes|often|also|now|still|once|more|better|best|elsewhere|since`)

// aliasCue reports whether an alias cue starts at token i, and returns
// the token after it.
func (x *extraction) aliasCue(s *sent, i int) (int, bool) {
	l := s.lower(i)
	switch l {
	case "also", "otherwise", "aka", "a.k.a", "a.k.a.", "known", "tracked", "tracks", "track", "call", "calls",
		"called", "dubbed", "alias", "referred", "designated", "named", "operate", "operates", "operating", "goes":
	case "under":
		// "which Trend Micro first documented in 2022 under the name
		// Agenda": another name, when a verb of tracking or reporting comes
		// before the cue (not "domains registered under the name X").
		j, ok := s.seqAt(i, []string{"under", "the", "name"})
		if !ok {
			j, ok = s.seqAt(i, []string{"under", "the", "names"})
		}
		if !ok {
			return 0, false
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if underNameVerbs.is(s.id(k)) && s.owner[k] < 0 {
				return j, true
			}
			if s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.ThreatActor || s.lower(k) == "," {
				break
			}
		}
		return 0, false
	default:
		return 0, false
	}
	if l == "tracks" || l == "track" || l == "tracked" || l == "calls" || l == "call" {
		// "which tracks the same actor as Y": the actor between the verb and "as".
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			if s.lower(k) == "as" {
				for m := i + 1; m < k; m++ {
					if o := s.owner[m]; o >= 0 && s.ents[o].kind == graph.ThreatActor {
						return k + 1, true
					}
				}
				break
			}
		}
	}
	for _, cue := range aliasCues {
		j, ok := s.seqAt(i, cue)
		if !ok && len(cue) == 2 && cue[0] == "known" && cue[1] == "as" {
			j, ok = s.knownToAs(i) // "is better known among researchers as Sandworm"
		}
		if !ok {
			continue
		}
		if cue[0] == "or" {
			continue
		}
		// A bare "known as" or "called" names only after a comma, a
		// parenthesis or a relative pronoun: "X, known as Y", "X, which
		// others call Y"; not "a group called Y" (that introduces Y).
		if !(cue[0] == "also" || cue[0] == "otherwise" || cue[0] == "aka" || cue[0] == "a.k.a." || cue[0] == "a.k.a" || cue[0] == "alias") {
			p := s.prevWord(i)
			for p > 0 && (strings.HasSuffix(s.lower(p), "ly") || aliasAdverbs.is(s.id(p))) && s.owner[p] < 0 {
				p-- // "is commonly known as", "Play, sometimes called PlayCrypt"
			}
			copula := auxiliaries.is(s.id(p))
			// "clusters known as X" names the clusters, not another name of
			// the actor.
			if pt := s.toks[max(p, 0)]; participleCues.has(cue[0]) && p >= 0 && pt.word && !pt.cap && s.owner[p] < 0 &&
				!relatives.is(pt.id) && !auxiliaries.is(pt.id) && !perfect.is(pt.id) {
				continue
			}
			ok := copula
			for k := p; !ok && k >= 0 && k >= i-6; k-- {
				pl := s.lower(k)
				plID := s.id(k)
				if pl == "," || pl == "(" || pl == "-" || pl == "–" || pl == "—" || relatives.is(plID) {
					ok = true
					break
				}
				if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.ThreatActor {
					break
				}
			}
			if !ok {
				continue
			}
		}
		if len(cue) == 2 && cue[1] == "as" && (cue[0] == "tracks" || cue[0] == "track") {
			// handled below with the object between: "tracks the same actor as Y"
		}
		if cue[len(cue)-1] == "by" {
			// "tracked by Mandiant as Y".
			b := j
			for b < len(s.toks) && b < j+4 && s.lower(b) != "as" {
				b++
			}
			if b == j || s.lower(b) != "as" {
				continue
			}
			j = b + 1
		}
		return j, true
	}
	return 0, false
}

// underNameVerbs tell that a vendor knew an actor by another name: "first
// documented in 2022 under the name Agenda", "tracked under the name X".
var underNameVerbs = set(`documented|described|reported|tracked|tracks|track|tracking|identified|observed|profiled|
detailed|catalogued|cataloged|analyzed|analysed|seen|surfaced|emerged|appeared|disclosed|exposed|known|first`)

// claim records that the report names actor by the names in ns (and by
// the anchor text [a, b) when given), each as an alias claim. A name the
// report alone knows as an actor becomes the actor's alias.
func (x *extraction) claim(s *sent, actor graph.Node, a, b int, ns []span) {
	for _, sp := range ns {
		alias := s.textOf(x.text, sp.a, sp.b)
		main := actor
		if sp.ent >= 0 {
			other := s.ents[sp.ent].node
			if other.ID != main.ID {
				_, knownMain := x.g.Lookup(main.Name)
				_, knownAlias := x.g.Lookup(other.Name)
				switch {
				case !knownAlias:
					x.merged[other.ID] = main
				case !knownMain:
					// The text's own name for the actor stays one of its
					// names: "the Cuba gang, which Unit 42 tracks as
					// Tropical Scorpius" keeps "Cuba".
					x.merged[main.ID] = other
					if graph.Normalize(main.Name) != graph.Normalize(other.Name) {
						x.claims[other.ID] = append(x.claims[other.ID], graph.AliasClaim{Alias: main.Name, Source: x.doc.ID})
					}
					main = other
				}
			}
		} else if !plausibleActorName(alias) || len(alias) > 40 {
			continue
		}
		texts := []string{alias}
		if a >= 0 {
			texts = append(texts, s.textOf(x.text, a, b))
		}
		for _, t := range texts {
			if graph.Normalize(t) != graph.Normalize(main.Name) && !strings.HasSuffix(main.Name, " "+t) { // not "Pinto" for "Rui Pinto"
				x.claims[main.ID] = append(x.claims[main.ID], graph.AliasClaim{Alias: t, Source: x.doc.ID})
			}
		}
	}
}

// affiliations: "FireEye Senior Analyst Ben Read", "Monovithya Kem, deputy
// director of public affairs for the Cambodia National Rescue Party".
func (x *extraction) affiliations(s *sent) {
	for _, e := range s.ents {
		if e.kind != graph.Person {
			continue
		}
		if e.affOrg >= 0 {
			x.add(graph.AffiliatedWith, e.node, s.ents[e.affOrg].node, s, "person-title-org", 0.8)
			continue
		}
		if s.lower(e.b) != "," {
			continue
		}
		sawTitle := false
		for k := e.b + 1; k < len(s.toks) && k <= e.b+10; k++ {
			lID := s.id(k)
			if titles.is(lID) {
				sawTitle = true
			}
			if s.toks[k].text == "," || s.toks[k].text == "." || s.toks[k].text == ";" {
				break
			}
			if j := s.owner[k]; j >= 0 {
				if sawTitle && s.ents[j].kind == graph.Organization && (s.lower(k-1) == "of" || s.lower(k-1) == "for" ||
					s.lower(k-1) == "at" || s.lower(k-1) == "the" && (s.lower(k-2) == "of" || s.lower(k-2) == "for" || s.lower(k-2) == "at")) {
					x.add(graph.AffiliatedWith, e.node, s.ents[j].node, s, "person-affiliation", 0.75)
				}
				break
			}
		}
	}
}

// orgCountries places organizations whose name holds a country ("Cambodian
// Senate", "Cambodia National Rescue Party").
func (x *extraction) orgCountries(s *sent) {
	for _, e := range s.ents {
		if e.kind == graph.Organization && e.country != "" && !e.noLocate {
			x.locate(e.node, e.country, s, "org-country", 0.9)
		}
	}
}

// hasAll reports whether every name of b is in a.
func hasAll(a, b []string) bool {
	for _, y := range b {
		found := false
		for _, z := range a {
			if z == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// cloneNode copies a node's slices and map: nodes built once and shared by
// every document (countries, software) must not be changed through a batch.
func cloneNode(n graph.Node) graph.Node {
	n.Aliases = append([]string(nil), n.Aliases...)
	n.AliasClaims = append([]graph.AliasClaim(nil), n.AliasClaims...)
	if n.Props != nil {
		p := make(map[string]string, len(n.Props))
		for k, v := range n.Props {
			p[k] = v
		}
		n.Props = p
	}
	return n
}

// presenceVerbs put an actor inside an organization itself: "found inside
// the Democratic National Committee", "had been lurking inside X".
var presenceVerbs = set(`found|discovered|detected|spotted|lurking|lurked|hiding|hid|hidden|was|were|been|remained|
stayed|sat|operating|operated|active`)

// insideTarget: "X has been found inside the networks of A, B and C", "X
// lurked within A's systems for months": an actor placed inside what an
// organization owns has reached it, whatever the verb.
func (x *extraction) insideTarget(s *sent, last *graph.Node) {
	for i, t := range s.toks {
		if (t.lower != "inside" && t.lower != "within") || s.owner[i] >= 0 {
			continue
		}
		a := x.nearestActorLeft(s, i, 12)
		if a < 0 {
			continue
		}
		var vs []victim
		k := i + 1
		if s.lower(k) == "the" {
			k++
		}
		if assetNouns.is(s.id(k)) && s.lower(k+1) == "of" {
			vs = x.objects(s, k+2, true)
		} else if j := s.entAt(k); j >= 0 && s.ents[j].kind == graph.Organization && s.ents[j].a == k && ownedAsset(s, s.ents[j]) {
			vs = []victim{{ent: j}} // "X's systems"
		} else if j >= 0 && s.ents[j].kind == graph.Organization && s.ents[j].a == k && presenceVerbs.is(s.id(i-1)) {
			// "found inside the Democratic National Committee"; "the
			// hackers were inside A, B and C": the whole list.
			vs = x.objects(s, k, false)
		}
		if len(vs) == 0 {
			continue
		}
		if actor, ok, ref := x.actor(s, a, last); ok {
			x.target(s, actor, vs, "inside-target", conf(0.7, ref), "")
		}
	}
}

// describedPlaces places organizations that a description with a country
// introduces or follows: "Taiwanese computer maker Micro-Star International",
// "the Australian casino operator Crown Resorts", "Britain's National Health
// Service", "Sky Mavis, the Vietnamese game studio,". The description is a
// few lower-case words ending in a word for a company or body ("maker",
// "operator", "group"), so "Russian hackers breached X" places nothing.
func (x *extraction) describedPlaces(s *sent) {
	for i, e := range s.ents {
		if e.kind != graph.Organization || e.country != "" || e.noLocate {
			continue
		}
		if c := s.countryBefore(e.a); c != "" {
			x.locate(s.ents[i].node, c, s, "described-country", 0.8)
			continue
		}
		if c := s.countryAfter(e.b); c != "" {
			x.locate(s.ents[i].node, c, s, "described-country", 0.8)
		}
	}
}

// countryBefore reads "[the] Taiwanese computer maker" or "Britain's" right
// before token a and returns the country's ISO code.
func (s *sent) countryBefore(a int) string {
	k := a - 1
	if k >= 0 && (s.lower(k) == "'s" || s.lower(k) == "’s") {
		if ci := s.entAt(k - 1); ci >= 0 && s.ents[ci].kind == graph.Country && s.ents[ci].b == k && !s.ents[ci].demonym {
			return s.ents[ci].node.Props["iso"]
		}
		return ""
	}
	n := s.describing(k)
	if n == 0 {
		return ""
	}
	k -= n
	if ci := s.entAt(k); ci >= 0 && s.ents[ci].kind == graph.Country && s.ents[ci].b == k+1 {
		// "the Taiwanese computer maker", "the Singapore telecommunications
		// company": a country's name as a modifier needs the article.
		if l := s.lower(s.ents[ci].a - 1); s.ents[ci].demonym || l == "the" || l == "a" || l == "an" {
			return s.ents[ci].node.Props["iso"]
		}
	}
	return ""
}

// countryAfter reads ", the Vietnamese game studio," right after token b.
func (s *sent) countryAfter(b int) string {
	if s.lower(b) != "," {
		return ""
	}
	k := b + 1
	if l := s.lower(k); l == "the" || l == "a" || l == "an" {
		k++
	}
	ci := s.entAt(k)
	if ci < 0 || s.ents[ci].kind != graph.Country || !s.ents[ci].demonym || s.ents[ci].a != k {
		return ""
	}
	k = s.ents[ci].b
	n := 0
	for k+n < len(s.toks) && n < 4 && s.describes(k+n) {
		n++
	}
	if n == 0 || !companyNouns.is(s.id(k+n-1)) {
		return ""
	}
	switch s.lower(k + n) {
	case ",", ".", ";", "", "that", "which", "whose":
		return s.ents[ci].node.Props["iso"]
	}
	return ""
}

// describing counts the describing words that end at token k, a company
// noun, read leftwards: "defense and technology group" is 4.
func (s *sent) describing(k int) int {
	if k < 0 || k >= len(s.toks) || !companyNouns.is(s.id(k)) {
		return 0
	}
	n := 0
	for j := k; j >= 0 && n < 6; j-- {
		if l := s.lower(j); (l == "and" || l == "&") && j != k && s.describes(j-1) {
			n++ // "defense and technology group"
			continue
		}
		if !s.describes(j) {
			break
		}
		n++
	}
	return n
}

// describes reports whether token k can stand in a description of a company:
// a free lower-case word that is no function word, verb form or number.
func (s *sent) describes(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	if o := s.owner[k]; o >= 0 {
		// "automotive supplier", "defense and technology group": a sector
		// word describes.
		return s.ents[o].kind == graph.Sector && !t.cap
	}
	if !t.word || t.cap || t.digit || functionWords.is(t.id) {
		return false
	}
	return !strings.HasSuffix(t.lower, "ed") || companyNouns.is(t.id)
}

// companyNouns end a description of a company or public body.
var companyNouns = set(`maker|manufacturer|producer|supplier|provider|operator|retailer|chain|grocer|supermarket|` +
	`company|firm|giant|group|conglomerate|corporation|business|brand|subsidiary|arm|unit|affiliate|` +
	`bank|lender|insurer|exchange|broker|carrier|airline|shipper|telecom|telco|utility|refiner|miner|` +
	`developer|publisher|studio|house|jeweler|jeweller|planemaker|automaker|carmaker|chipmaker|drugmaker|` +
	`distributor|contractor|vendor|startup|platform|marketplace|newspaper|broadcaster|outlet|magazine|daily|` +
	`network|casino|hotel|hospital|clinic|university|college|school|institute|laboratory|lab|` +
	`agency|ministry|regulator|authority|department|office|council|court|municipality|` +
	`association|federation|union|foundation|charity|nonprofit|organization|organisation|` +
	`port|railway|railroad|airport|service|portal|app|website|site|` +
	`designer|builder|processor|integrator|reseller|partner|specialist|consultancy|consultant|` +
	`franchise|club|outfit`)

// onlyServed reports whether every mention of the country id in s names
// whose interests an actor serves rather than a victim: "on behalf of the
// People's Republic of China", "at the behest of Iran", "support the
// interests of Belarus and Russia", "working in Russia's interest",
// "consistent with Chinese state interests".
func (s *sent) onlyServed(id string) bool {
	seen := false
	for _, e := range s.ents {
		if e.kind != graph.Country || e.node.ID != id {
			continue
		}
		seen = true
		if !s.served(e) {
			return false
		}
	}
	return seen
}

func (s *sent) served(e ent) bool {
	// After the words: walk left over the list the country stands in.
	k := e.a - 1
	for k >= 0 {
		switch l := s.lower(k); {
		case l == "the" || l == "," || l == "and" || l == "or":
			k--
			continue
		case s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.Country:
			k = s.ents[s.owner[k]].a - 1
			continue
		}
		break
	}
	if s.lower(k) == "of" {
		switch w := s.lower(k - 1); {
		case sponsorNouns.has(w) || w == "payroll":
			return true
		case w == "interest" || w == "interests":
			// "support the interests of Belarus", not "against the interests of".
			return servingWords.is(s.id(k-2)) || s.lower(k-2) == "the" && servingWords.is(s.id(k-3))
		}
		return false
	}
	// Before the words: "in Russia's interest", "consistent with Chinese
	// state interests"; "targeting US interests" names victims.
	if !servingWords.is(s.id(k)) {
		return false
	}
	j := e.b
	if l := s.lower(j); l == "'s" || l == "’s" {
		j++
	}
	if s.lower(j) == "state" || s.lower(j) == "national" || s.lower(j) == "government" {
		j++
	}
	return s.lower(j) == "interest" || s.lower(j) == "interests"
}

// servingWords before someone's interests say the actor serves them.
var servingWords = set(`serve|serves|served|serving|support|supports|supported|supporting|advance|advances|advanced|
advancing|further|furthers|furthered|promote|promotes|benefit|benefits|in|with|align|aligns|aligned`)

// onlyDateline reports whether every mention of the organization id in s is
// the news agency of a dateline: "KYIV, Ukraine (Example Press) — ...".
func (s *sent) onlyDateline(id string) bool {
	seen := false
	for _, e := range s.ents {
		if e.node.ID != id {
			continue
		}
		seen = true
		if e.a < 2 || e.a > 8 || s.lower(e.a-1) != "(" || s.lower(e.b) != ")" {
			return false
		}
		switch s.lower(e.b + 1) {
		case "—", "–", "--", "-":
		default:
			return false
		}
		if !datelineWords(s, e.a-1) {
			return false
		}
	}
	return seen
}

// pastVerb reports whether token k is a verb in the past that opens a new
// predicate: ", and arrested two people in Portugal", not ", and affiliated
// companies".
func pastVerb(s *sent, k int) bool {
	l := s.lower(k)
	if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap || !strings.HasSuffix(l, "ed") || len(l) < 5 {
		return false
	}
	nID := s.id(k + 1)
	return !victimNouns.is(nID) && !listNouns.is(nID) && s.entAt(k+1) < 0
}

// officeHeads are the plural heads that a dash's list of bare names
// leaves out: "four ministries — Foreign Affairs, Economy and Finance".
var officeHeads = set(`ministries|departments|agencies|offices|bureaus|committees|commissions|directorates`)

// namingVerbs have the one who names as their subject: "which Symantec
// tracks as Bluebottle", "that Microsoft calls Storm-0978".
var namingVerbs = set(`tracks|track|tracked|calls|call|called|dubs|dub|dubbed|names|named|designates|designated|labels|labelled|labeled`)

// havePassive reads "had its data", "both had internal files", "found their
// records" ending at token p (the noun before a participle) and returns the
// token of the verb of having, or -1.
func havePassive(s *sent, p int) int {
	asset := false
	k := p
	for ; k >= 0 && k > p-7; k-- {
		t := s.toks[k]
		if socialPlatforms.is(t.id) && t.cap && asset {
			continue // "had its Twitter account hijacked"
		}
		if s.owner[k] >= 0 || !t.word || t.cap {
			break
		}
		if assetNouns.is(t.id) || t.lower == "documents" || t.lower == "details" || t.lower == "feeds" || t.lower == "feed" {
			asset = true
			continue
		}
		if t.lower == "and" && asset {
			continue // "files and employee data"
		}
		if k == p || functionWords.is(t.id) || pronouns.is(t.id) || haveVerbs.is(t.id) {
			break
		}
	}
	if !asset {
		return -1
	}
	if l := s.lower(k); l == "its" || l == "their" || l == "some" || l == "the" {
		k--
	}
	for k >= 0 && adverbs.is(s.id(k)) {
		k-- // "both had", "also found"
	}
	if haveVerbs.is(s.id(k)) {
		m := k - b2i(s.lower(k-1) == "have")
		if s.lower(m-1) == "to" && hearsay.is(s.id(m-2)) && auxiliaries.is(s.id(m-3)) {
			return m - 3 // "was reported to have had its servers encrypted by the group"
		}
		return k
	}
	return -1
}

// hearsay are participles of report before "to have": "was reported to
// have had", "is believed to have had".
// foundVerbs are participles of finding before "to have been": "was
// found to have been exposed".
var foundVerbs = set(`found|shown|confirmed|determined|discovered|proven|proved`)

var hearsay = set(`reported|said|believed|thought|understood|alleged|known|rumoured|rumored`)

// leakParticiples tell what was done with stolen data, only after a verb of
// having: "had internal files published by the gang" (not "a report
// published by Mandiant").
var leakParticiples = set(`posted|published|dumped|released|auctioned|sold|listed|leaked`)

// haveVerbs say that someone had something done to what it owns.
var haveVerbs = set(`had|has|have|having|found|finds|saw|sees|got|gets|watched`)

// isSector reports whether token i is part of a sector the text names
// ("hospitals", "the energy sector").
func (s *sent) isSector(i int) bool {
	j := s.entAt(i)
	return j >= 0 && s.ents[j].kind == graph.Sector
}

// armedForcesNode is the one node of a country's armed forces, however the
// text calls them ("the Indian military", "Ukraine's armed forces"): named
// "<Demonym> Armed Forces", with the other forms as aliases.
func armedForcesNode(country, iso, text string) graph.Node {
	dem := country
	if c, ok := gazetteer.CountryByCode(iso); ok && len(c.Demonyms) > 0 {
		dem = c.Demonyms[0]
	}
	n := graph.NewNode(graph.Organization, dem+" Armed Forces")
	for _, a := range []string{text, dem + " military", country + "'s military", country + "'s armed forces"} {
		addAlias(&n, a)
	}
	return n
}

// addAlias gives n the alias a, unless n is already called so (case aside).
func addAlias(n *graph.Node, a string) {
	same := func(b string) bool { return strings.EqualFold(a, b) }
	if a != "" && !same(n.Name) && !slices.ContainsFunc(n.Aliases, same) {
		n.Aliases = append(n.Aliases, a)
	}
}

// governmentNode is the government of country c, named "Government of X"
// with the text's name ("Indian government") and "X's government" as
// aliases; or its armed forces, for "the Indian military".
func governmentNode(c graph.Node, text string) graph.Node {
	if strings.HasSuffix(text, " military") {
		return armedForcesNode(c.Name, c.Props["iso"], text)
	}
	n := graph.NewNode(graph.Organization, "Government of "+c.Name)
	addAlias(&n, text)                   // "Indian government"
	addAlias(&n, c.Name+"'s government") // "India's government"

	return n
}

// describedTarget adds a victim the report describes without naming it
// ("a government organization in Taiwan"), its sector and place, and the
// place as a target too, as "organizations in Taiwan" would be. The node carries the
// prop described=true: its name is a description, not a name.
func (x *extraction) describedTarget(actor graph.Node, e ent, s *sent, rule string, c float64) {
	n := e.node
	x.add(graph.Targeted, actor, n, s, rule, c)
	if sec := n.Props["sector"]; sec != "" {
		x.add(graph.Targeted, actor, graph.NewNode(graph.Sector, sec, e.secText), s, rule, c)
	}
	if e.country != "" {
		x.locate(n, e.country, s, "described-victim", 0.8)
		if cc, ok := gazetteer.CountryByCode(e.country); ok {
			x.add(graph.Targeted, actor, countryNode(cc), s, rule, c)
		}
	} else if r := n.Props["place"]; r != "" {
		reg := graph.NewNode(graph.Country, r)
		reg.Props = map[string]string{"region": "true"}
		x.add(graph.Targeted, actor, reg, s, rule, c)
	}
}

// appositiveBlameTarget reads an attack told without its author and then
// laid on one in an apposition: "In 2021 hackers got into the network of
// X through a VPN flaw, an intrusion lawmakers in Seoul attributed to Y".
// The victims are the objects of the clause's attack verb, up to the comma.
func (x *extraction) appositiveBlameTarget(s *sent, last *graph.Node) {
	for k := 2; k < len(s.toks); k++ {
		if !breachNouns.is(s.id(k)) && !attemptNouns.is(s.id(k)) || s.owner[k] >= 0 || s.lower(k-1) != "an" && s.lower(k-1) != "a" || s.lower(k-2) != "," && s.lower(k-2) != "—" && s.lower(k-2) != "–" {
			continue
		}
		comma := k - 2
		a := x.laidOnNoun(s, k)
		if a < 0 || s.ents[a].ref && !sameActor(s, a) {
			continue
		}
		// The clause's attack verb, with no actor of its own before it.
		cs := semicolonStart(s, comma)
		verb := -1
		for m := cs; m < comma; m++ {
			if j := s.owner[m]; j >= 0 && s.ents[j].kind == graph.ThreatActor {
				verb = -1
				break
			}
			if l := s.lower(m); s.owner[m] < 0 && verb < 0 && (targetVerbs.has(l) || l == "got" && s.lower(m+1) == "into" || l == "broke" && s.lower(m+1) == "into") {
				verb = m
			}
			if l := s.lower(m); s.owner[m] < 0 && verb < 0 && (attemptNouns.has(l) || breachNouns.has(l)) && (s.lower(m+1) == "against" || s.lower(m+1) == "on") {
				verb = m // "a 2018 phishing attempt against X, an operation attributed to Y"
			}
		}
		if verb < 0 {
			continue
		}
		from := verb + 1
		if l := s.lower(from); l == "into" || l == "against" || l == "on" {
			from++
		}
		var vs []victim
		for _, v := range x.objects(s, from, false) {
			if s.ents[v.ent].b <= comma {
				vs = append(vs, v)
			}
		}
		actor, ok, ref := x.actor(s, a, last)
		if !ok {
			continue
		}
		x.target(s, actor, vs, "nominal-apposition", conf(0.8, ref), "")
	}
}

// attemptNouns are attacks told by their try: "a phishing attempt against X".
var attemptNouns = set(`attempt|attempts|campaign|operation|wave`)

// sameActor reports whether the reference at a points back by "same": "the
// same group", "the same hackers".
func sameActor(s *sent, a int) bool {
	for k := s.ents[a].a; k < s.ents[a].b; k++ {
		if s.lower(k) == "same" {
			return true
		}
	}
	return s.lower(s.ents[a].a-1) == "same"
}

// semicolonStart returns where the clause that holds token k begins: after
// the last semicolon before it, or at the sentence's start.
func semicolonStart(s *sent, k int) int {
	for q := k - 1; q > 0; q-- {
		if s.toks[q].text == ";" {
			return q + 1
		}
	}
	return 0
}

// laidOnNoun returns the actor that the attack noun at k is laid on a few
// words later, a subject of the laying between: "an intrusion lawmakers in
// Seoul attributed to Kimsuky", "an attack claimed by X". -1 if none.
func (x *extraction) laidOnNoun(s *sent, k int) int {
	for m := k + 1; m < len(s.toks) && m <= k+7; m++ {
		if l := s.lower(m); l == "attributed" || l == "blamed" || l == "pinned" || l == "claimed" && s.lower(m+1) == "by" {
			return x.blamed(s, m)
		}
		if m == k+1 && (s.lower(m) == "that" || s.lower(m) == "which") {
			continue // "an operation that had been attributed to X"
		}
		if !s.toks[m].word || clauseStops.is(s.id(m)) && s.lower(m) != "in" && s.lower(m) != "said" || relatives.is(s.id(m)) {
			return -1
		}
	}
	return -1
}

// semicolonClaimTarget reads a victim's disclosure followed, after a
// semicolon, by the gang's claim of it: "Microchip Technology disclosed an
// attack that disrupted its plants; Play claimed it days later".
func (x *extraction) semicolonClaimTarget(s *sent, last *graph.Node) {
	for k := 2; k < len(s.toks); k++ {
		// "...; Play claimed it days later", "..., shortly before Hunters
		// claimed it".
		if l := s.lower(k); s.toks[k].text != ";" && !((l == "before" || l == "after") && s.owner[k] < 0 && !s.toks[k].cap) {
			continue
		}
		at := k + 1
		if t := reportedThatAfter(s, at); t > 0 && s.toks[k].text == ";" {
			at = t // "...; local media reported that RansomEXX was responsible"
		}
		j := s.entAt(at)
		if j < 0 || s.ents[j].kind != graph.ThreatActor || s.ents[j].ref || s.ents[j].a != at {
			continue
		}
		m := s.ents[j].b
		for m < len(s.toks) && (adverbs.is(s.id(m)) || s.lower(m) == "later" || s.lower(m) == "quickly" || s.lower(m) == "soon") {
			m++
		}
		// After a report: "RansomEXX was responsible", "X had been behind it".
		blame := s.lower(m + 1 + b2i(s.lower(m) == "had"))
		claim := (s.lower(m) == "claimed" || s.lower(m) == "claims") && (s.lower(m+1) == "it" || s.lower(m+1) == "responsibility" || s.lower(m+1) == "credit") ||
			s.lower(m) == "took" && s.lower(m+1) == "credit" ||
			at > k+1 && (s.lower(m) == "was" || s.lower(m) == "had" && s.lower(m+1) == "been") && (blame == "responsible" || blame == "behind")
		if !claim {
			continue
		}
		// The first clause: a victim that disclosed or suffered an attack.
		cs := semicolonStart(s, k)
		r := -1
		for q := cs; q < k; q++ {
			if (reportVerbs.is(s.id(q)) || s.lower(q) == "suffered") && s.owner[q] < 0 && (s.lower(q+1) == "a" || s.lower(q+1) == "an") &&
				(breachNouns.is(s.id(q+2)) || s.owner[q+2] < 0 && s.toks[q+2].word && !s.toks[q+2].cap && breachNouns.is(s.id(q+3))) { // "a data breach"
				r = q
				break
			}
		}
		if r < 0 {
			continue
		}
		var vs []victim
		for _, v := range x.subjectVictims(s, cs, r) {
			if e := s.ents[v.ent]; e.kind == graph.Organization {
				vs = append(vs, v)
			}
		}
		if actor, ok, ref := x.actor(s, j, last); ok && len(vs) > 0 {
			x.target(s, actor, vs, "claimed-after", conf(0.8, ref), "")
		}
		return
	}
}

// reportedThatAfter returns the token after "that" when a few words from k
// report it ("local media reported that", "people familiar with the matter
// said that"), else 0.
func reportedThatAfter(s *sent, k int) int {
	for m := k; m < len(s.toks) && m <= k+6; m++ {
		if o := s.owner[m]; o >= 0 && s.ents[o].kind != graph.Sector && s.ents[o].kind != graph.Country && s.ents[o].kind != "" || !s.toks[m].word {
			return 0 // "local media", "Quebec media", "U.S. officials" may report
		}
		if reportVerbs.is(s.id(m)) {
			if s.lower(m+1) == "that" {
				return m + 2
			}
			return 0
		}
	}
	return 0
}

// saidBlamedTarget reads a victim telling of its own attack and whom it is
// laid on: "the National Health Laboratory Service said an intrusion
// blamed on BlackSuit had delayed test results".
func (x *extraction) saidBlamedTarget(s *sent, last *graph.Node) {
	for r := 1; r+5 < len(s.toks); r++ {
		if !reportVerbs.is(s.id(r)) || s.owner[r] >= 0 {
			continue
		}
		k := r + 1
		if e := timeAfter(s, k); e > k {
			k = e // "confirmed last month that"
		} else if l := s.lower(k); (l == "last" || l == "this") && timeNouns.is(s.id(k+1)) {
			k += 2
		}
		if s.lower(k) == "that" {
			k++
		}
		a := -1
		if l := s.lower(k); (l == "an" || l == "a" || l == "the") && breachNouns.is(s.id(k+1)) && layWords.is(s.id(k+2)) {
			// "said an intrusion blamed on X had delayed ..."
			a = x.blamed(s, k+2)
			if s.lower(k+2) == "claimed" && s.lower(k+3) != "by" {
				a = -1
			}
		} else if j := s.entAt(k); j >= 0 && s.ents[j].kind == graph.ThreatActor && s.ents[j].a == k && behindAttack(s, s.ents[j].b) {
			// "confirmed that Rhysida was behind an August attack"
			a = j
		} else if j := s.entAt(k + b2i(l == "a" || l == "an")); j >= 0 && s.ents[j].kind == graph.ThreatActor && !s.ents[j].ref && k == r+1 &&
			(s.lower(r-1) == "both" || s.lower(r-1) == "all") && ownAttackNouns.is(s.id(s.ents[j].b)) {
			// "ABB and Rheinmetall both confirmed Black Basta intrusions"
			a = j
		}
		if a < 0 || s.ents[a].ref {
			continue
		}
		cs := semicolonStart(s, r)
		var vs []victim
		for _, v := range x.subjectVictims(s, cs, r) {
			// "The FBI said REvil was responsible for that attack": an
			// authority tells of someone else's attack.
			if e := s.ents[v.ent]; e.kind == graph.Organization && !agency(e.node) && !authorityNames[e.node.Name] {
				vs = append(vs, v)
			}
		}
		if actor, ok, ref := x.actor(s, a, last); ok && len(vs) > 0 {
			x.target(s, actor, vs, "self-report", conf(0.8, ref), "")
		}
		return
	}
}

// ownAttackNouns after an actor's name tell of attacks a victim confirms:
// "both confirmed Black Basta intrusions".
var ownAttackNouns = set(`intrusion|intrusions|attack|attacks|breach|breaches|compromise|compromises|incident|incidents`)

// behindAttack reports whether "was behind an attack" (or "was responsible
// for the intrusion") follows at k.
func behindAttack(s *sent, k int) bool {
	if l := s.lower(k); l != "was" && l != "were" && l != "is" {
		return false
	}
	m := k + 1
	switch s.lower(m) {
	case "behind":
		m++
	case "responsible":
		if s.lower(m+1) != "for" {
			return false
		}
		m += 2
	default:
		return false
	}
	for n := m; n < len(s.toks) && n <= m+3; n++ {
		if breachNouns.is(s.id(n)) {
			return true
		}
		if !s.toks[n].word || s.owner[n] >= 0 || s.toks[n].cap && !months.is(s.id(n)) {
			return false // not "was responsible for the Colonial attack": another's attack, named
		}
	}
	return false
}

// relativeDamage returns the victims of a relative clause that tells what
// an attack did, right after its victims: "a campaign against Costa Rica
// that disabled systems at the Ministry of Finance", "the breach of the
// Port of Seattle, which disrupted check-in at Seattle-Tacoma
// International Airport".
func (x *extraction) relativeDamage(s *sent, from int) []victim {
	for k := from; k < len(s.toks) && k <= from+10; k++ {
		l := s.lower(k)
		if l == ";" || l == "." {
			return nil
		}
		if (l != "that" && l != "which") || s.owner[k] >= 0 {
			continue
		}
		if l == "which" && s.lower(k-1) != "," {
			return nil
		}
		v := k + 1
		for v < len(s.toks) && adverbs.is(s.id(v)) {
			v++
		}
		if !damageVerbs.is(s.id(v)) {
			return nil
		}
		var out []victim
		for _, vc := range x.objects(s, v+1, false) {
			if e := s.ents[vc.ent]; e.kind == graph.Organization {
				out = append(out, vc)
			}
		}
		return out
	}
	return nil
}

// damageVerbs tell what an attack did to a victim's systems.
var damageVerbs = set(`disabled|crippled|disrupted|paralyzed|paralysed|encrypted|knocked|shut|took|forced|hit|affected|froze|halted|targeted|struck|breached|compromised|drained`)

// facilityNouns before "run by" or "operated by" make the one after "by"
// the facility's owner, who suffers with it: "a data centre run by X".
var facilityNouns = set(`center|centre|centers|centres|facility|facilities|plant|plants|pipeline|terminal|terminals|
substation|substations|station|stations|dam|dams|refinery|refineries|mine|mines`)

// socialPlatforms host the accounts an intruder takes over; the platform is
// where the account is, not the victim.
var socialPlatforms = set(`twitter|facebook|instagram|pinterest|youtube|tiktok|linkedin|telegram|quora|snapchat|whatsapp|reddit|twitch|discord|weibo|tumblr|x`)

// cloudPlatforms host the accounts of companies: the account's owner is the
// victim, not the provider.
var cloudPlatforms = map[string]bool{"amazon web services": true, "aws": true, "microsoft azure": true, "azure": true, "google cloud": true}

// accountNouns are what a user has on a platform.
var accountNouns = set(`account|accounts|tenant|tenants|profile|profiles|page|pages|handle|handles|feed|feeds|channel|channels`)

// platformAccounts reports whether e is a social platform named before the
// accounts on it, perhaps with another platform between: "the Twitter and
// Pinterest accounts of Mark Zuckerberg".
func platformAccounts(s *sent, e ent) bool {
	if cloudPlatforms[strings.ToLower(e.node.Name)] && accountNouns.is(s.id(e.b)) {
		return true // "Impresa's Amazon Web Services account"
	}
	if e.b-e.a != 1 || !socialPlatforms.is(s.id(e.a)) {
		return false
	}
	k := e.b
	for d := 0; d < 2 && (s.lower(k) == "and" || s.lower(k) == "or" || s.lower(k) == ","); d++ {
		k++
		if o := s.owner[k]; o >= 0 {
			k = s.ents[o].b
		} else if s.toks[k].cap {
			k++
		}
	}
	return accountNouns.is(s.id(k))
}

// personAt reports whether e, a person or a name no list knows, ends at k.
func personAt(s *sent, e ent, k int) bool {
	return e.b == k && (e.kind == graph.Person || e.kind == graph.Organization && e.guess)
}

// personOffice returns the comma or the end that closes an apposition from
// i that gives a person's office, "the U.S. ambassador to China", or -1.
func personOffice(s *sent, i int) int {
	if l := s.lower(i); l != "the" && l != "a" && l != "an" {
		return -1
	}
	title := false
	for m := i + 1; m < len(s.toks) && m <= i+12; m++ {
		if l := s.lower(m); l == "," || l == ";" || m == len(s.toks)-1 && !s.toks[m].word {
			if title {
				return m
			}
			return -1
		}
		if personTitles.is(s.id(m)) && !s.toks[m].cap {
			title = true
		}
		if o := s.owner[m]; o >= 0 && s.ents[o].kind != graph.Country {
			return -1 // "Wattpad, the online photo editor Pixlr, ...": a list of names
		}
	}
	return -1
}

// roleApposition reports whether one or two plain words from i, then a
// comma, lead to an organization or a person: "its developer, Intellect
// Service", "their parent company, Marlow Group".
func roleApposition(s *sent, i int) bool {
	for k := i; k < len(s.toks) && k <= i+2; k++ {
		if s.lower(k) == "," {
			if k == i {
				return false
			}
			o := s.entAt(k + 1)
			return o >= 0 && !s.ents[o].ref && (s.ents[o].kind == graph.Organization || s.ents[o].kind == graph.Person)
		}
		if s.owner[k] >= 0 || !s.toks[k].word || s.toks[k].cap {
			return false
		}
	}
	return false
}

// dataListComma reports whether the comma at k goes on with a list of
// what was taken, in plain words: "copied contracts, non-disclosure
// agreements, financial spreadsheets and other documents from X".
func dataListComma(s *sent, k int) bool {
	n := k + 1
	if n >= len(s.toks) || !s.toks[n].word || s.toks[n].cap || clauseStops.is(s.id(n)) || relatives.is(s.id(n)) || pronouns.is(s.id(n)) || s.lower(n) == "and" {
		return false
	}
	for m := n; m < len(s.toks) && m <= n+4; m++ {
		if l := s.lower(m); l == "," || l == "and" || l == "from" {
			return true
		}
		if !s.toks[m].word || s.toks[m].cap && s.owner[m] < 0 || clauseStops.is(s.id(m)) || auxiliaries.is(s.id(m)) {
			return false
		}
	}
	return false
}

// copiedData reports whether what was copied, in tokens [a, b), is a
// victim's data: "copied contracts and other corporate documents", not
// "copied articles".
func copiedData(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if l := s.lower(k); assetNouns.is(s.id(k)) || l == "contracts" || l == "documents" || l == "spreadsheets" || l == "data" {
			return true
		}
	}
	return false
}

// haltedFacility reports whether the facility noun at i is the object of
// "halted" or "halting", a few modifiers between: "halted beef plants".
func haltedFacility(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if l := s.lower(k); l == "halted" || l == "halting" {
			return true
		}
		if s.owner[k] >= 0 || !s.toks[k].word {
			return false
		}
	}
	return false
}

// sponsorCue reports whether the words before a at tie something to a
// state: "linked to China", "backed by Iran", "tied to Russia's GRU".
func sponsorCue(s *sent, a int) bool {
	p := a - 1
	if s.lower(p) == "the" {
		p--
	}
	l := s.lower(p - 1)
	switch s.lower(p) {
	case "to":
		if l != "linked" && l != "tied" && l != "connected" && l != "attributed" && l != "aligned" {
			return false
		}
	case "by":
		if l != "backed" && l != "sponsored" && l != "run" && l != "directed" {
			return false
		}
	default:
		return false
	}
	// What is tied is a group: "an espionage group linked to China", not
	// "personnel linked to Pakistan's military".
	for k := p - 2; k >= 0 && k >= p-5; k-- {
		if groupNouns.is(s.id(k)) || s.owner[k] >= 0 && s.ents[s.owner[k]].kind == graph.ThreatActor {
			return true
		}
		if !s.toks[k].word && s.toks[k].text != "," {
			return false
		}
	}
	return false
}

// victimSites reports whether the noun at i stands for a victim's sites
// that a place phrase after it locates: "halted beef plants in", "affected
// IT operations in".
func victimSites(s *sent, i int) bool {
	return facilityNouns.is(s.id(i)) && haltedFacility(s, i) || operationsOf(s, i)
}

// operationsOf reports whether the noun at i is the operations of a
// victim the sentence names before them, the object of a verb of damage:
// "its Asia Assistance division had been hit by an attack that affected IT
// operations in Thailand and Malaysia". The countries are where the victim
// works.
func operationsOf(s *sent, i int) bool {
	if l := s.lower(i); l != "operations" && l != "offices" && l != "branches" && l != "stores" && l != "sites" {
		return false
	}
	verb := -1
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if l := s.lower(k); l == "affected" || l == "affecting" || l == "disrupted" || l == "disrupting" || l == "halted" || l == "halting" || l == "hit" || l == "hitting" {
			verb = k
			break
		}
		if s.owner[k] >= 0 || !s.toks[k].word {
			return false
		}
	}
	for k := 0; k < verb; k++ {
		if o := s.owner[k]; o >= 0 && s.ents[o].kind == graph.Organization && !s.ents[o].ref {
			return true
		}
	}
	return false
}

// ownedFacility reports whether an ownership cue at i ("operated by", "run
// by") follows a facility or an asset, perhaps with a place phrase between,
// not an actor: "a transmission substation north of Kyiv operated by
// Ukrenergo".
func ownedFacility(s *sent, i int, verb string) bool {
	switch verb {
	case "operated", "run", "owned", "controlled", "managed":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if o := s.owner[k]; o >= 0 {
			if s.ents[o].kind == graph.ThreatActor || s.ents[o].kind == graph.Malware || s.ents[o].kind == graph.Tool {
				return false
			}
			k = s.ents[o].a
			continue
		}
		if l := s.lower(k); facilityNouns.is(s.id(k)) || assetNouns.is(s.id(k)) || serviceNouns.is(s.id(k)) {
			return true
		} else if l == "," || l == ";" || relatives.has(l) || !s.toks[k].word {
			return false
		}
	}
	return false
}

// alsoVictims: "Any company with an office in Ukraine was exposed. DLA
// Piper was one of them. So were the shipping giant Maersk and the drug
// maker Merck": a short sentence that adds victims to those its paragraph's
// previous sentence told of, for the one actor that sentence gave them to.
func (x *extraction) alsoVictims(s *sent) {
	p := x.prev
	if p == nil || p.Para != s.Para || x.elsewhere {
		return
	}
	var vs []victim
	switch {
	case s.lower(0) == "so" && (s.lower(1) == "were" || s.lower(1) == "was"):
		vs = x.objects(s, 2, true) // "So were A, B and C."
	case s.lower(0) == "so" && s.lower(1) == "," && s.lower(2) == "too" && s.lower(3) == "," && (s.lower(4) == "were" || s.lower(4) == "was"):
		vs = x.objects(s, 5, true) // "So, too, were A and B."
	default:
		// "DLA Piper was one of them.", "Merck was among them."
		k := b2i(s.lower(0) == "the")
		j := s.entAt(k)
		if j < 0 || s.ents[j].a != k || s.ents[j].kind != graph.Organization {
			return
		}
		m := s.ents[j].b
		if l := s.lower(m); l != "was" && l != "were" && l != "is" {
			return
		}
		m++
		if s.lower(m) == "one" && s.lower(m+1) == "of" {
			m += 2
		} else if s.lower(m) == "among" {
			m++
		} else {
			return
		}
		if l := s.lower(m); l != "them" && l != "those" || m+2 != len(s.toks) {
			return
		}
		vs = []victim{{ent: j}}
	}
	if len(vs) == 0 {
		return
	}
	actor := ""
	for _, e := range x.edges {
		if e.Type != graph.Targeted || e.Evidence[len(e.Evidence)-1].Sentence != p.Text {
			continue
		}
		if actor != "" && actor != e.Source {
			return // two actors: whose victims these are is unclear
		}
		actor = e.Source
	}
	if n, ok := x.seen[actor]; ok && actor != "" {
		x.target(s, n, vs, "also-victims", 0.6, "")
	}
}

// stateHeads are words of a state's own bodies.
var stateHeads = set(`ministry|ministries|directorate|agency|department|parliament|government|senate|congress|assembly|army|armed|
forces|police|court|courts|judiciary|commission|council|authority|office|presidency|navy|military|embassy|cabinet|treasury|
bundestag|duma|knesset|intelligence|customs|guard`)

// stateBody reports whether organization e names a body of a state: an
// attack on it is an attack on the state.
func stateBody(s *sent, e ent) bool {
	for k := e.a; k < e.b; k++ {
		if stateHeads.is(s.id(k)) {
			return true
		}
	}
	return false
}

// describesName reports whether country or sector e opens a description of
// a named organization: "the US cable maker Southwire", "Chilean retail
// giant Cencosud" (a few lower-case words ending in a role noun, then the
// name), or ", the British outsourcing company" right after the name.
func describesName(s *sent, e ent) bool {
	m := e.b
	for n := 0; n < 4 && m < len(s.toks) && (s.owner[m] < 0 || s.ents[s.owner[m]].kind == graph.Sector) && s.toks[m].word && !s.toks[m].cap; n++ {
		m++
	}
	if m > e.b && roleNouns.is(s.id(m-1)) {
		if o := s.entAt(m); o >= 0 && s.ents[o].a == m && s.ents[o].kind == graph.Organization {
			return true
		}
	}
	p := e.a - 1
	if l := s.lower(p); l == "the" || l == "a" || l == "an" {
		p--
	}
	if s.lower(p) == "," && (e.demonym || e.b < len(s.toks) && s.toks[e.b].word && !s.toks[e.b].cap) {
		if o := s.entAt(p - 1); o >= 0 && s.ents[o].kind == graph.Organization && s.ents[o].b == p {
			for k := e.b; k < len(s.toks) && k <= e.b+4 && (s.owner[k] < 0 || s.ents[s.owner[k]].kind == graph.Sector) && s.toks[k].word; k++ {
				if roleNouns.is(s.id(k)) { // "Maersk, the Danish shipping giant"
					return true
				}
			}
		}
	}
	return false
}

// victimHeads after an actor's possessive name its victims: "DarkSide's
// only large victim", "LockBit's latest target".
var victimHeads = set(`victim|victims|target|targets`)

// possessive reports whether k holds the possessive ending of a name.
func possessive(s *sent, k int) bool {
	l := s.lower(k)
	return l == "'s" || l == "’s"
}

// onlyCountries reports whether every victim in vs is a country.
func onlyCountries(s *sent, vs []victim) bool {
	for _, v := range vs {
		if s.ents[v.ent].kind != graph.Country {
			return false
		}
	}
	return len(vs) > 0
}

// campaignAfter reports whether the words from a to b tell of reporting on
// an attack: "in public reporting on the campaign", "in research about the
// intrusions".
func campaignAfter(s *sent, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if l := s.lower(k); (l == "on" || l == "about" || l == "into") && s.owner[k] < 0 {
			m := k + 1
			if d := s.lower(m); d == "the" || d == "this" || d == "that" || d == "its" {
				m++
			}
			return m < b && (campaignNouns.is(s.id(m)) || breachNouns.is(s.id(m)) || incidentNouns.is(s.id(m)))
		}
	}
	return false
}

// chargedAttack returns the token after the preposition of an attack noun
// phrase at k ("a 2019 campaign against", "assaults on the"), or -1.
func chargedAttack(s *sent, k int) int {
	for m := k; m < len(s.toks) && m < k+5; m++ {
		if s.owner[m] >= 0 {
			return -1
		}
		if nominals.is(s.id(m)) {
			if p := s.lower(m + 1); (p == "on" || p == "against" || p == "targeting") && s.owner[m+1] < 0 {
				return m + 2
			}
			return -1
		}
		if !s.toks[m].word {
			return -1
		}
	}
	return -1
}

// caughtIn reports whether "in the blast" or "up in the campaign" runs from
// a to b: victims caught in the attack the report tells of.
func caughtIn(s *sent, a, b int) bool {
	if s.lower(a) == "up" {
		a++
	}
	if s.lower(a) != "in" || b-a > 7 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if s.owner[k] >= 0 && s.ents[s.owner[k]].kind != graph.Malware && s.ents[s.owner[k]].kind != graph.ThreatActor {
			return false
		}
		if campaignNouns.is(s.id(k)) || breachNouns.is(s.id(k)) || incidentNouns.is(s.id(k)) || blastNouns.is(s.id(k)) {
			return true
		}
	}
	return false
}

// blastNouns are what victims are caught in besides attacks: "caught in the
// blast", "caught up in the fallout".
var blastNouns = set(`blast|fallout|crossfire|outbreak|outbreaks|spread|wave|waves|spree|sweep`)

// chargeVerbs bring an attack home to its authors: "charged six officers
// of GRU Unit 74455 ... for NotPetya".
var chargeVerbs = set(`charged|indicted|accused|sanctioned|convicted|sentenced|arrested|unmasked`)

// laysAttack reports whether a sentence lays an attack on someone or tells
// who claimed it: "Investigators later tied the intrusion to APT28".
func laysAttack(s *sent) bool {
	for k := range s.toks {
		if s.owner[k] < 0 && (layWords.is(s.id(k)) || blameWords.is(s.id(k)) && s.lower(k) != "launched" || chargeVerbs.is(s.id(k)) || s.lower(k) == "suspected" || s.lower(k) == "attribution") {
			return true
		}
	}
	return false
}

// laysIncident reports whether a sentence lays the incident told before
// it on the actor id, naming the incident by a pronoun or a breach noun:
// "Microsoft pinned it on a group it calls Storm-0558", "investigators
// attributed the intrusion to X".
func laysIncident(s *sent, id string) bool {
	if claimedBy(s) == id {
		return true
	}
	for k := range s.toks {
		if l := s.lower(k); s.owner[k] >= 0 || l != "pinned" && l != "blamed" && l != "attributed" && l != "tied" && l != "traced" {
			continue
		}
		m := k + 1
		switch {
		case s.lower(m) == "it":
			m++
		case (s.lower(m) == "the" || s.lower(m) == "that" || s.lower(m) == "this") && (breachNouns.is(s.id(m+1)) || campaignNouns.is(s.id(m+1))):
			m += 2
		default:
			continue
		}
		if l := s.lower(m); l != "on" && l != "to" {
			continue
		}
		for n := m + 1; n < len(s.toks) && n <= m+6; n++ {
			if o := s.owner[n]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
				return s.ents[o].node.ID == id
			}
			if l := s.lower(n); l == "," || l == ";" || l == "and" {
				break
			}
		}
	}
	return false
}

// claimedBy returns the id of the actor a claim of responsibility names:
// "Responsibility was claimed within hours by a little-known group calling
// itself X", "X claimed responsibility for the outage"; else "".
func claimedBy(s *sent) string {
	for k := range s.toks {
		if s.lower(k) != "claimed" || s.owner[k] >= 0 {
			continue
		}
		if l := s.lower(k + 1); l == "responsibility" || l == "credit" {
			for n := k - 1; n >= 0 && n >= k-6; n-- {
				if o := s.owner[n]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
					return s.ents[o].node.ID
				}
			}
			continue
		}
		if p := s.lower(k - 1); (p == "was" || p == "been") && (s.lower(k-2) == "responsibility" || s.lower(k-3) == "responsibility" || s.lower(k-2) == "credit") {
			for n := k + 1; n < len(s.toks) && n <= k+12; n++ {
				if o := s.owner[n]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref {
					return s.ents[o].node.ID
				}
				if l := s.lower(n); l == ";" || l == "." {
					break
				}
			}
		}
	}
	return ""
}

// negatedVerb reports whether "not", "never" or "n't" stands right before
// the verb at i, past "been", "yet" or "ever": "does not target", "has
// never been able to breach". "not only targeted" denies nothing.
func negatedVerb(s *sent, i int) bool {
	k := i - 1
	for k > 0 && negationFillers.is(s.id(k)) {
		k--
	}
	if s.lower(k) == "to" && (s.lower(k-1) == "need" || s.lower(k-1) == "have") {
		// "doesn't need to break into the Pentagon", "there was no need
		// to hack X": a need denied.
		if s.lower(k-2) == "no" && s.lower(k-1) == "need" {
			return true
		}
		k -= 2
	}
	if l := s.lower(k); l != "not" && l != "never" && l != "n't" {
		return false
	}
	n := s.lower(k + 1)
	return n != "only" && n != "just" && n != "merely" && n != "simply"
}

// notAmongBefore reports whether "not among" stands in the clause before
// token i, within a few words: "Gentiloni was not among the accounts known
// to have been read".
func notAmongBefore(s *sent, i int) bool {
	for k := i - 1; k > 0 && k >= i-8; k-- {
		if clauseStops.is(s.id(k)) && s.lower(k) != "to" || s.lower(k) == "," {
			return false
		}
		if s.lower(k) == "among" && s.lower(k-1) == "not" {
			return true
		}
	}
	return false
}

// negationFillers may stand between a negation and its verb.
var negationFillers = set(`been|be|yet|ever|always|actually|directly|specifically|intentionally|deliberately|knowingly|successfully`)

// negatedBetween reports whether "not", "never" or "n't" stands between
// tokens a and b: "had not claimed responsibility for the Rutube attack".
func negatedBetween(s *sent, a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if l := s.lower(k); l == "not" || l == "never" || l == "n't" {
			return true
		}
	}
	return false
}

// asideEnd returns the comma that closes an aside opened by the comma at k
// when a verb group follows it ("X, two labels for one unit, were
// responsible"), else -1.
func asideEnd(s *sent, k int) int {
	if s.lower(k) != "," {
		return -1
	}
	for c := k + 1; c < len(s.toks) && c <= k+25; c++ {
		l := s.lower(c)
		if l == ";" || l == "." {
			return -1
		}
		if l == "," {
			if n := s.id(c + 1); auxiliaries.is(n) || perfect.is(n) {
				return c
			}
			return -1
		}
	}
	return -1
}

// beganWith returns where the first victim of a campaign starts when a
// clause after its victims vs tells where it began: "a campaign against
// Costa Rica that began with the Ministry of Finance", "attacks on the
// city's agencies, starting with its water utility". It returns 0 when
// there is none.
func beganWith(s *sent, vs []victim) int {
	if len(vs) == 0 {
		return 0
	}
	k := s.ents[vs[len(vs)-1].ent].b
	if s.lower(k) == "," {
		k++
	}
	if l := s.lower(k); l == "that" || l == "which" {
		k++
		if l := s.lower(k); l != "began" && l != "started" {
			return 0
		}
	} else if l != "starting" && l != "beginning" {
		return 0
	}
	if s.lower(k+1) != "with" {
		return 0
	}
	return k + 2
}

// adjectiveComma reports whether the comma at k parts two adjectives of
// one noun phrase: "injected a short, custom skimmer into".
func adjectiveComma(s *sent, k int) bool {
	if k < 2 || k+2 >= len(s.toks) {
		return false
	}
	p, n := s.toks[k-1], s.toks[k+1]
	if !p.word || p.cap || !n.word || n.cap || s.owner[k-1] >= 0 || s.owner[k+1] >= 0 {
		return false
	}
	l := s.lower(k - 2)
	return l == "a" || l == "an" || l == "the" || l == "its" || l == "their"
}

// placeAcronym returns the token of the acronym set off by commas after e
// when e is only the place in a description of the victim: "the municipal
// transport network of Coimbra, SMTUC, and Divultec". It returns -1 when
// there is none.
func placeAcronym(s *sent, e ent) int {
	if s.lower(e.a-1) != "of" || e.a < 2 || !s.toks[e.a-2].word || s.toks[e.a-2].cap || s.owner[e.a-2] >= 0 || s.lower(e.b) != "," {
		return -1
	}
	k := e.b + 1
	if k >= len(s.toks) || !s.toks[k].upper || !s.toks[k].word || s.toks[k].digit || len(s.toks[k].text) < 3 {
		return -1
	}
	if j := s.entAt(k); j >= 0 && (s.ents[j].kind != graph.Organization || s.ents[j].b != k+1) {
		return -1
	}
	if l := s.lower(k + 1); l != "," && l != "." && l != ";" {
		return -1
	}
	return k
}

// invertedTarget reads a sentence that puts the attack first and its
// victims after "were": "Also disrupted on Thursday were the websites of X
// and Y", "Among the sites defaced were those of X, Y and Z", "Among those
// hit was X". The actor is the one after "by" in the fronted part, else
// the actor in focus.
func (x *extraction) invertedTarget(s *sent, last *graph.Node) {
	k := 0
	if l := s.lower(k); l == "also" || l == "likewise" || l == "similarly" {
		k++
	}
	attack := false
	whose := -1
	switch {
	case participles.is(s.id(k)) && s.owner[k] < 0:
		// "Also disrupted on Thursday were", not "Compromised devices were
		// associated with": a time, a place or an agent, no noun.
		k++
		l := s.lower(k)
		attack = l == "were" || l == "was" || invertedOpeners.is(s.id(k)) || adverbs.is(s.id(k))
	case s.lower(k) == "among":
		k++
		if l := s.lower(k); l == "the" || l == "those" {
			k++
		}
		for m := k; m < len(s.toks) && m <= k+7 && s.toks[m].word && !s.toks[m].cap && (s.owner[m] < 0 || saidPronoun(s, m)); m++ {
			if l := s.lower(m); participles.is(s.id(m)) || l == "victims" || l == "targets" {
				attack = true
			}
			if leakedWhose(s, m) {
				// "Among the organisations whose data appeared were X".
				attack, whose = true, m
				break
			}
			if l := s.lower(m); l == "were" || l == "was" {
				break
			}
		}
	}
	if !attack {
		return
	}
	by := -1
	v := k
	for ; v < len(s.toks) && v <= k+8; v++ {
		if l := s.lower(v); l == "were" || l == "was" {
			break
		}
		if o := s.owner[v]; o >= 0 && s.ents[o].kind == graph.ThreatActor && !s.ents[o].ref && s.lower(s.ents[o].a-1) == "by" {
			by = o
			v = s.ents[o].b - 1
			continue
		}
		if v == whose {
			v += 2 // past "whose data"
			continue
		}
		if saidPronoun(s, v) {
			if reportVerbs.is(s.id(v+1)) || s.lower(v+1) == "claimed" || s.lower(v+1) == "claims" {
				v++ // "it said": past the verb of telling too
			}
			continue
		}
		if !s.toks[v].word && s.lower(v) != "," || clauseStops.is(s.id(v)) || s.owner[v] >= 0 && s.ents[s.owner[v]].kind != graph.Sector {
			return
		}
	}
	if l := s.lower(v); l != "were" && l != "was" {
		return
	}
	from := v + 1
	if s.lower(from) == "those" && s.lower(from+1) == "of" {
		from += 2 // "were those of X"
	}
	if t := s.toks[min(from, len(s.toks)-1)]; t.word && !t.cap && s.owner[from] < 0 && !invertedDeterminers.is(s.id(from)) && !t.digit {
		return // "were associated with": a verb, not the victims
	}
	vs := named(s, x.objects(s, from, false))
	if len(vs) == 0 {
		return
	}
	if by >= 0 {
		if actor, ok, ref := x.actor(s, by, last); ok {
			x.target(s, actor, vs, "inverted-target", conf(0.8, ref), "")
		}
		return
	}
	if f := x.focusActor(last); f != nil {
		x.target(s, *f, vs, "inverted-target", conf(0.75, true), "")
	}
}

// saidPronoun reports whether token m is "it" or "they" that tells or does
// inside a fronted phrase: "Among the organizations it said had been
// targeted were", "Among the councils it said it had hit were".
func saidPronoun(s *sent, m int) bool {
	o := s.owner[m]
	if o < 0 || !s.ents[o].ref || s.ents[o].a != m || s.ents[o].b != m+1 {
		return false
	}
	if l := s.lower(m); l != "it" && l != "they" {
		return false
	}
	n := s.lower(m + 1)
	return reportVerbs.is(s.id(m+1)) || n == "had" || n == "has" || n == "have" || n == "claimed" || n == "claims"
}

// leakedWhose reports whether the "whose" at k opens a clause of data put
// out: "whose data appeared", "whose files were leaked".
func leakedWhose(s *sent, k int) bool {
	if s.lower(k) != "whose" || !dataNouns.is(s.id(k+1)) {
		return false
	}
	for m := k + 2; m < len(s.toks) && m <= k+4; m++ {
		if l := s.lower(m); leakVerbs.is(s.id(m)) || l == "appeared" || l == "surfaced" || l == "stolen" || l == "exposed" {
			return true
		}
	}
	return false
}

// invertedOpeners start the time, place or agent between a fronted
// participle and "were": "Also disrupted on Thursday were".
var invertedOpeners = set(`on|in|by|during|at|over|earlier|later|too|as|that|this|last|around|across|within`)

// invertedDeterminers open the victims after "were" in an inverted sentence.
var invertedDeterminers = set(`the|a|an|its|their|several|two|three|four|five|some|many|dozens|hundreds|both|more`)
