package identity

import (
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// Conflict is a name that two or more entities of one kind answer to,
// because their sources disagree (one alias claimed by two groups). The
// entities are kept apart; an analyst settles it with a merge or a split.
type Conflict struct {
	Kind   graph.Kind `json:"kind"`
	Alias  string     `json:"alias"`
	Claims []Claim    `json:"claims"`
}

// Claim is one entity answering to a conflicting name, and who says so.
type Claim struct {
	Entity  string   `json:"entity"` // id
	Name    string   `json:"name"`   // display name
	Sources []string `json:"sources"`
}

// String writes the conflict on one line.
func (c Conflict) String() string {
	parts := make([]string, len(c.Claims))
	for i, cl := range c.Claims {
		parts[i] = fmt.Sprintf("%s (%s; says %s)", cl.Name, cl.Entity, strings.Join(cl.Sources, ", "))
	}
	return fmt.Sprintf("%s %q: %s", c.Kind, c.Alias, strings.Join(parts, " / "))
}

type conflictBuild struct {
	kind   graph.Kind
	alias  string
	claims []claimBuild
}

// claimBuild is a claim before resolution ends: of a record (whose entity
// is known only at the end) or of a gazetteer entry.
type claimBuild struct {
	occ     *occ
	entry   *gazetteer.Entry
	alias   string
	sources []string
}

func claimOf(o *occ) claimBuild { return claimBuild{occ: o} }

func entryClaim(e gazetteer.Entry, alias string) claimBuild {
	return claimBuild{entry: &e, alias: alias, sources: e.SourcesOf(alias)}
}

func (r *resolver) conflict(kind graph.Kind, alias string, claims ...claimBuild) {
	k := string(kind) + "\x00" + key(alias)
	c := r.conflicts[k]
	if c == nil {
		c = &conflictBuild{kind: kind, alias: alias}
		r.conflicts[k] = c
	}
	if alias < c.alias {
		c.alias = alias
	}
	for _, cl := range claims {
		cl.alias = alias
		c.claims = append(c.claims, cl)
	}
}

func (r *resolver) note(line int, format string, args ...any) {
	path := ""
	if r.opt.Curation != nil {
		path = r.opt.Curation.Path
	}
	r.notes = append(r.notes, fmt.Sprintf("%s:%d: %s", path, line, fmt.Sprintf(format, args...)))
}

// conflictList turns the recorded conflicts into claims on the final
// entities; a conflict whose sides ended up one entity (a curation merge)
// is settled and left out.
func (r *resolver) conflictList() []Conflict {
	var out []Conflict
	for _, c := range r.conflicts {
		byID := map[string]*Claim{}
		srcs := map[string]map[string]bool{}
		for _, cl := range c.claims {
			var id, name string
			var sources []string
			switch {
			case cl.occ != nil:
				e := cl.occ.ent.live()
				if e.dropped {
					continue
				}
				id, name = e.id, e.node.Name
				for _, ac := range cl.occ.node.AliasClaims {
					if key(ac.Alias) == key(cl.alias) {
						sources = append(sources, ac.Source)
					}
				}
				if len(sources) == 0 {
					sources = []string{cl.occ.source}
				}
			default:
				id, name = graph.NodeID(graph.ThreatActor, cl.entry.Name), cl.entry.Name
				if e, ok := r.entities["entry\x00"+cl.entry.Name]; ok {
					if e = e.live(); e.dropped {
						continue
					} else if e.node.Name != "" {
						id, name = e.id, e.node.Name
					}
				}
				sources = append(sources, cl.sources...)
				if len(sources) == 0 {
					sources = []string{"gazetteer"}
				}
			}
			if byID[id] == nil {
				byID[id] = &Claim{Entity: id, Name: name}
				srcs[id] = map[string]bool{}
			}
			for _, s := range sources {
				srcs[id][s] = true
			}
		}
		if len(byID) < 2 {
			continue
		}
		conf := Conflict{Kind: c.kind, Alias: c.alias}
		for id, cl := range byID {
			for s := range srcs[id] {
				cl.Sources = append(cl.Sources, s)
			}
			sort.Strings(cl.Sources)
			conf.Claims = append(conf.Claims, *cl)
		}
		sort.Slice(conf.Claims, func(i, j int) bool { return conf.Claims[i].Entity < conf.Claims[j].Entity })
		out = append(out, conf)
	}
	sortConflicts(out)
	return out
}

func sortConflicts(cs []Conflict) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].Kind != cs[j].Kind {
			return cs[i].Kind < cs[j].Kind
		}
		if ki, kj := key(cs[i].Alias), key(cs[j].Alias); ki != kj {
			return ki < kj
		}
		return cs[i].Alias < cs[j].Alias
	})
}

// StoreConflicts finds the conflicts among stored entities: a name (folded
// like the gazetteer folds names) that two nodes of the same kind answer
// to, with who claims it for each (its alias claims; "(no source recorded)"
// when it has none). Reports are left out.
func StoreConflicts(nodes []graph.Node) []Conflict {
	type holder struct {
		node  graph.Node
		alias string
	}
	byKey := map[string][]holder{}
	for _, n := range nodes {
		if n.Kind == graph.Report {
			continue
		}
		seen := map[string]bool{}
		for _, name := range n.Names() {
			k := key(name)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			byKey[string(n.Kind)+"\x00"+k] = append(byKey[string(n.Kind)+"\x00"+k], holder{n, name})
		}
	}
	var out []Conflict
	for _, hs := range byKey {
		if len(hs) < 2 {
			continue
		}
		c := Conflict{Kind: hs[0].node.Kind, Alias: hs[0].alias}
		for _, h := range hs {
			if h.alias < c.Alias {
				c.Alias = h.alias
			}
			cl := Claim{Entity: h.node.ID, Name: h.node.Name}
			seen := map[string]bool{}
			for _, ac := range h.node.AliasClaims {
				if key(ac.Alias) == key(h.alias) && !seen[ac.Source] {
					seen[ac.Source] = true
					cl.Sources = append(cl.Sources, ac.Source)
				}
			}
			if len(cl.Sources) == 0 {
				cl.Sources = []string{"(no source recorded)"}
			}
			sort.Strings(cl.Sources)
			c.Claims = append(c.Claims, cl)
		}
		sort.Slice(c.Claims, func(i, j int) bool { return c.Claims[i].Entity < c.Claims[j].Entity })
		out = append(out, c)
	}
	sortConflicts(out)
	return out
}
