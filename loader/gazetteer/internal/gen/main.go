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
	// Origins are the meta keys "origin:<name>": the vendor that coined the name.
	Origins map[string]string `json:"-"`
}

// UnmarshalJSON reads a cluster and its "origin:<name>" meta keys, which
// the fixed fields cannot name.
func (c *mispCluster) UnmarshalJSON(data []byte) error {
	type plain mispCluster
	if err := json.Unmarshal(data, (*plain)(c)); err != nil {
		return err
	}
	var raw struct {
		Meta map[string]json.RawMessage `json:"meta"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	for k, v := range raw.Meta {
		name, ok := strings.CutPrefix(k, "origin:")
		var vendor string
		if !ok || json.Unmarshal(v, &vendor) != nil || strings.TrimSpace(vendor) == "" {
			continue
		}
		if c.Origins == nil {
			c.Origins = map[string]string{}
		}
		c.Origins[strings.TrimSpace(name)] = strings.TrimSpace(vendor)
	}
	return nil
}

// attributionVendors names the organisations behind the uuids of MISP's
// name-attribution entries ("APT40:da5cdcd1-..."), for the uuids whose names
// leave no doubt about who uses them. Other uuids are not recorded.
var attributionVendors = map[string]string{
	"d0c33595-b684-45ef-91c3-e2f5ce1a8191": "Microsoft",
	"f9eb432f-2293-48b7-bca4-cc78beb50df0": "CrowdStrike",
	"da5cdcd1-7b15-4371-b7eb-ca32916d2052": "Mandiant",
	"a7119872-bc6b-494b-9f7a-8c50faaf53a9": "Secureworks",
	"cae79680-67a6-4411-903c-f824dbcc813f": "Proofpoint",
	"e9491d3b-2174-47d6-8a15-ecec552d16ae": "Palo Alto Networks",
	"0d4886f9-97e1-4cb2-8822-580fd09540e5": "Kaspersky",
	"3ac8f6fc-9c04-4ebd-bda2-788cc02fe4ed": "Trend Micro",
	"0adf6f0f-3795-4de1-9763-1bdd1c31a5d7": "Cisco Talos",
	"3a43aca5-6366-4168-b182-a8afec4550b5": "ESET",
	"ad7032df-0e9a-4ea9-b35c-c68ff854be80": "Recorded Future",
	"e583434b-7fb8-42c8-90ce-89aa8ed35f0c": "Symantec",
	"adb3369a-5683-46b2-bceb-4dafa6526b21": "Check Point",
	"996c48de-7bb8-414d-b6fe-ec94abb5f461": "SentinelOne",
	"21afba9e-cd2a-45c9-b421-b1f14fd181e9": "Group-IB",
	"e4ed3168-7830-490f-9eed-d1b3ef2daccd": "Dragos",
	"c2f76813-f24c-450e-abfd-0db4495ab68e": "Volexity",
	"58d7efca-402a-4b36-9178-dc14e52f12e5": "Elastic",
	"9f2ba728-8b29-48f9-badf-4f4cefb929f0": "PwC",
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
		e       gazetteer.Entry
		names   map[string]bool
		claims  map[string][]string // source -> names it gives
		vendors map[string]string   // name -> vendor
	}
	var all []*building
	byValue := map[string][]int{}   // key of the cluster value
	bySynonym := map[string][]int{} // key of a synonym
	byGID := map[string][]int{}     // G id listed in synonyms
	byAttrib := map[string][]int{}  // G id listed in name-attribution
	for _, c := range misp.Values {
		b := &building{names: map[string]bool{}, claims: map[string][]string{}, vendors: map[string]string{}}
		b.e.Name = strings.TrimSpace(c.Value)
		b.claims[gazetteer.SourceMISP] = append(b.claims[gazetteer.SourceMISP], b.e.Name)
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
			b.claims[gazetteer.SourceMISP] = append(b.claims[gazetteer.SourceMISP], s)
			bySynonym[gazetteer.LookupKey(s)] = append(bySynonym[gazetteer.LookupKey(s)], i)
		}
		for _, a := range c.Meta.NameAttribution {
			if id, _, ok := strings.Cut(a, ":"); ok && attackID.MatchString(id) {
				byAttrib[id] = append(byAttrib[id], i)
			}
			if i := strings.LastIndexByte(a, ':'); i > 0 {
				if v := attributionVendors[a[i+1:]]; v != "" {
					b.vendors[strings.TrimSpace(a[:i])] = v
				}
			}
		}
		// A vendor that coined a name wins over one that uses it.
		for name, v := range c.Origins {
			b.vendors[name] = v
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
			all = append(all, &building{e: gazetteer.Entry{Name: g.name}, names: map[string]bool{}, claims: map[string][]string{}, vendors: map[string]string{}})
		}
		b := all[i]
		src := "mitre-attack:" + id
		for _, n := range g.names {
			b.names[strings.TrimSpace(n)] = true
			b.claims[src] = append(b.claims[src], strings.TrimSpace(n))
		}
		if b.e.MITREName == "" {
			b.e.MITREName = g.name
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
		// A cluster named after one operation ("Operation C-Major") is
		// called by ATT&CK's name for the group ("Transparent Tribe").
		if strings.HasPrefix(b.e.Name, "Operation ") && b.e.MITREName != "" {
			b.names[b.e.Name] = true
			b.e.Name = b.e.MITREName
		}
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
		own := map[string]bool{}
		for _, n := range b.e.Names() {
			own[n] = true
		}
		// One source gives every name: only entries of several say which.
		if len(b.claims) > 1 {
			b.e.NameSources = map[string][]string{}
			for src, names := range b.claims {
				var keep []string
				for _, n := range names {
					if own[n] {
						keep = append(keep, n)
					}
				}
				if keep = dedupe(keep); len(keep) > 0 {
					b.e.NameSources[src] = keep
				}
			}
		}
		for n, v := range b.vendors {
			if own[n] {
				if b.e.Vendors == nil {
					b.e.Vendors = map[string]string{}
				}
				b.e.Vendors[n] = v
			}
		}
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
