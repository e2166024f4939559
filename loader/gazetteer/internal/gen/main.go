// Command gen writes the built-in threat-actor gazetteer (actors.json) from
// the MISP galaxy threat-actor clusters and the intrusion sets of MITRE
// ATT&CK Enterprise and ICS. It keeps only facts: names, aliases, the
// suspected sponsor country, ATT&CK ids and source ids. The output is
// deterministic: the same inputs give the same bytes.
//
//	go generate ./loader/gazetteer
//	go run ./loader/gazetteer/internal/gen -data ../shared/data -out loader/gazetteer/actors.json
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

func main() {
	data := flag.String("data", "../../../shared/data", "folder holding misp-galaxy-threat-actor.json, enterprise-attack.json and ics-attack.json")
	out := flag.String("out", "actors.json", "file to write")
	flag.Parse()
	b, err := Generate(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type mispFile struct {
	Version int           `json:"version"`
	Values  []mispCluster `json:"values"`
}

type mispCluster struct {
	Value string `json:"value"`
	UUID  string `json:"uuid"`
	Meta  struct {
		Country         string          `json:"country"`
		Synonyms        []string        `json:"synonyms"`
		Sponsor         json.RawMessage `json:"cfr-suspected-state-sponsor"`
		NameAttribution []string        `json:"name-attribution"`
	} `json:"meta"`
}

type stixBundle struct {
	Objects []stixObject `json:"objects"`
}

type stixObject struct {
	Type       string   `json:"type"`
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Revoked    bool     `json:"revoked"`
	Deprecated bool     `json:"x_mitre_deprecated"`
	Refs       []struct {
		SourceName string `json:"source_name"`
		ExternalID string `json:"external_id"`
	} `json:"external_references"`
}

type group struct {
	id    string
	name  string
	names []string
}

var attackID = regexp.MustCompile(`^G\d{4}$`)

// Generate reads the sources in dir and returns the data file.
func Generate(dir string) ([]byte, error) {
	var misp mispFile
	if err := readJSON(filepath.Join(dir, "misp-galaxy-threat-actor.json"), &misp); err != nil {
		return nil, err
	}
	groups := map[string]*group{}
	for _, f := range []string{"enterprise-attack.json", "ics-attack.json"} {
		var b stixBundle
		if err := readJSON(filepath.Join(dir, f), &b); err != nil {
			return nil, err
		}
		for _, o := range b.Objects {
			if o.Type != "intrusion-set" || o.Revoked || o.Deprecated {
				continue
			}
			id := ""
			for _, r := range o.Refs {
				if r.SourceName == "mitre-attack" {
					id = r.ExternalID
				}
			}
			if id == "" {
				continue
			}
			g := groups[id]
			if g == nil {
				g = &group{id: id, name: o.Name}
				groups[id] = g
			}
			g.names = append(g.names, o.Name)
			g.names = append(g.names, o.Aliases...)
		}
	}

	type building struct {
		e     gazetteer.Entry
		names map[string]bool
	}
	var all []*building
	byValue := map[string][]int{}   // key of the cluster value
	bySynonym := map[string][]int{} // key of a synonym
	byGID := map[string][]int{}     // G id listed in synonyms
	byAttrib := map[string][]int{}  // G id listed in name-attribution
	for _, c := range misp.Values {
		b := &building{names: map[string]bool{}}
		b.e.Name = strings.TrimSpace(c.Value)
		b.e.Sources = []string{"misp-galaxy:" + c.UUID}
		b.e.Country = countryCode(c.Meta.Country, c.Meta.Sponsor)
		i := len(all)
		all = append(all, b)
		byValue[gazetteer.LookupKey(b.e.Name)] = append(byValue[gazetteer.LookupKey(b.e.Name)], i)
		for _, s := range c.Meta.Synonyms {
			s = strings.TrimSpace(s)
			if attackID.MatchString(s) {
				b.e.ExternalIDs = append(b.e.ExternalIDs, s)
				byGID[s] = append(byGID[s], i)
				continue
			}
			b.names[s] = true
			bySynonym[gazetteer.LookupKey(s)] = append(bySynonym[gazetteer.LookupKey(s)], i)
		}
		for _, a := range c.Meta.NameAttribution {
			if id, _, ok := strings.Cut(a, ":"); ok && attackID.MatchString(id) {
				byAttrib[id] = append(byAttrib[id], i)
			}
		}
	}
	ids := make([]string, 0, len(groups))
	for id := range groups {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g := groups[id]
		i, ok := unique(byValue[gazetteer.LookupKey(g.name)])
		if !ok {
			i, ok = unique(byGID[id])
		}
		if !ok {
			i, ok = unique(bySynonym[gazetteer.LookupKey(g.name)])
		}
		if !ok {
			i, ok = unique(byAttrib[id])
		}
		if !ok {
			i = len(all)
			all = append(all, &building{e: gazetteer.Entry{Name: g.name}, names: map[string]bool{}})
		}
		b := all[i]
		for _, n := range g.names {
			b.names[strings.TrimSpace(n)] = true
		}
		b.e.ExternalIDs = append(b.e.ExternalIDs, id)
		b.e.Sources = append(b.e.Sources, "mitre-attack:"+id)
	}

	d := gazetteer.Data{Notice: []string{
		fmt.Sprintf("Threat-actor names, synonyms and countries from the MISP galaxy threat-actor clusters (github.com/MISP/misp-galaxy, clusters/threat-actor.json, version %d), dual-licensed CC0 1.0 or BSD 2-Clause.", misp.Version),
		"Group names, aliases and ids from MITRE ATT&CK Enterprise and ICS v18.1. © 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.",
		"Generated by loader/gazetteer/internal/gen; do not edit.",
	}}
	for _, b := range all {
		key := gazetteer.LookupKey(b.e.Name)
		for n := range b.names {
			if n == "" || n == b.e.Name || gazetteer.LookupKey(n) == key || attackID.MatchString(n) {
				continue
			}
			b.e.Aliases = append(b.e.Aliases, n)
		}
		sort.Strings(b.e.Aliases)
		b.e.ExternalIDs = dedupe(b.e.ExternalIDs)
		b.e.Sources = dedupe(b.e.Sources)
		d.Entries = append(d.Entries, b.e)
	}
	sort.SliceStable(d.Entries, func(i, j int) bool {
		if d.Entries[i].Name != d.Entries[j].Name {
			return d.Entries[i].Name < d.Entries[j].Name
		}
		return strings.Join(d.Entries[i].Sources, " ") < strings.Join(d.Entries[j].Sources, " ")
	})
	return encode(d)
}

// encode writes one entry per line: compact, and readable in a diff.
func encode(d gazetteer.Data) ([]byte, error) {
	var buf bytes.Buffer
	notice, err := json.Marshal(d.Notice)
	if err != nil {
		return nil, err
	}
	buf.WriteString("{\"notice\":")
	buf.Write(notice)
	buf.WriteString(",\n\"entries\":[\n")
	for i, e := range d.Entries {
		line, err := json.Marshal(e)
		if err != nil {
			return nil, err
		}
		buf.Write(line)
		if i < len(d.Entries)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]}\n")
	return buf.Bytes(), nil
}

func countryCode(code string, sponsor json.RawMessage) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if c, ok := gazetteer.CountryByCode(code); ok {
		return c.Code
	}
	var name string
	if json.Unmarshal(sponsor, &name) == nil && name != "" {
		if c, ok := gazetteer.LookupCountry(name); ok {
			return c.Code
		}
	}
	return ""
}

func unique(ids []int) (int, bool) {
	ids = dedupeInts(ids)
	if len(ids) == 1 {
		return ids[0], true
	}
	return 0, false
}

func dedupeInts(s []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	return nil
}
