// Command gensoftware writes the malware and tool names that report
// extraction recognizes (software.json) from the software objects of MITRE
// ATT&CK Enterprise and ICS: each name, its aliases, its kind, its ATT&CK
// id and the ATT&CK groups known to use it. Revoked and deprecated objects
// are left out. The output is
// deterministic: the same inputs give the same bytes.
//
//	go generate ./loader/report
//	go run ./loader/report/internal/gensoftware -data ../shared/data -out loader/report/software.json
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Notice is the attribution ATT&CK's terms of use require.
const Notice = "Malware and tool names, and the groups known to use them, from MITRE ATT&CK Enterprise and ICS. " +
	"© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation."

// Software is one malware family or tool.
type Software struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Kind    string   `json:"kind"` // Malware or Tool
	ID      string   `json:"id"`   // ATT&CK id, "S0154"
	// Ransomware marks a ransomware family that is not a worm: its name is
	// also the name of the gang that runs it ("Conti crippled ...").
	Ransomware bool `json:"ransomware,omitempty"`
	// Groups are the ATT&CK ids of the groups that ATT&CK says use it
	// ("G0032" for WannaCry), sorted.
	Groups []string `json:"groups,omitempty"`
}

// File is the layout of software.json.
type File struct {
	Notice   string     `json:"notice"`
	Software []Software `json:"software"`
}

type stixObject struct {
	ID         string   `json:"id"`
	Type       string   `json:"type"`
	RelType    string   `json:"relationship_type"`
	SourceRef  string   `json:"source_ref"`
	TargetRef  string   `json:"target_ref"`
	Name       string   `json:"name"`
	Aliases    []string `json:"x_mitre_aliases"`
	Desc       string   `json:"description"`
	Revoked    bool     `json:"revoked"`
	Deprecated bool     `json:"x_mitre_deprecated"`
	Refs       []struct {
		Source string `json:"source_name"`
		ID     string `json:"external_id"`
	} `json:"external_references"`
}

func main() {
	data := flag.String("data", "../../../shared/data", "folder holding enterprise-attack.json and ics-attack.json")
	out := flag.String("out", "software.json", "file to write")
	flag.Parse()
	b, err := Generate(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensoftware:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gensoftware:", err)
		os.Exit(1)
	}
}

// ransomware reports whether an ATT&CK description opens by calling the
// software ransomware ("[Conti] is a Ransomware-as-a-Service", "[Akira]
// ransomware, written in C++") rather than something used next to it (a
// backdoor "used before the deployment of ransomware", a wiper "designed to
// look like ransomware"), and does not call it a worm (WannaCry spread by
// itself; no gang stands behind its name).
func ransomware(desc string) bool {
	first := linkRE.ReplaceAllString(strings.TrimSpace(desc), "$1")
	if i := strings.Index(first, ". "); i >= 0 {
		first = first[:i]
	}
	lower := strings.ToLower(first)
	m := openRE.FindStringIndex(lower)
	if m == nil || notRansomRE.MatchString(lower[:m[1]]) {
		return false
	}
	d := strings.ToLower(desc)
	return !strings.Contains(d, "worm") && !strings.Contains(d, "self-propagating")
}

var (
	linkRE      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	openRE      = regexp.MustCompile(`(^|\bis\b)[^.]*?\bransomware\b`)
	notRansomRE = regexp.MustCompile(`backdoor|wiper|tool|loader|stealer|virus`)
)

// Generate reads the ATT&CK bundles in dir and returns software.json.
func Generate(dir string) ([]byte, error) {
	byID := map[string]Software{}
	// ATT&CK ids by STIX id, and the "uses" relationships from groups to
	// software, gathered over both bundles and joined at the end.
	attackID := map[string]string{}
	type use struct{ group, software string }
	var uses []use
	for _, name := range []string{"enterprise-attack.json", "ics-attack.json"} {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		var bundle struct {
			Objects []stixObject `json:"objects"`
		}
		if err := json.Unmarshal(raw, &bundle); err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
		for _, o := range bundle.Objects {
			if o.Revoked || o.Deprecated {
				continue
			}
			if o.Type == "relationship" && o.RelType == "uses" && strings.HasPrefix(o.SourceRef, "intrusion-set--") &&
				(strings.HasPrefix(o.TargetRef, "malware--") || strings.HasPrefix(o.TargetRef, "tool--")) {
				uses = append(uses, use{o.SourceRef, o.TargetRef})
				continue
			}
			id := ""
			for _, r := range o.Refs {
				if r.Source == "mitre-attack" {
					id = r.ID
				}
			}
			if o.Type == "intrusion-set" && id != "" {
				attackID[o.ID] = id
			}
			if o.Type != "malware" && o.Type != "tool" {
				continue
			}
			if id != "" {
				attackID[o.ID] = id
			}
			if id == "" || strings.TrimSpace(o.Name) == "" {
				continue
			}
			kind := "Malware"
			if o.Type == "tool" {
				kind = "Tool"
			}
			sw := byID[id]
			sw.ID, sw.Kind = id, kind
			sw.Ransomware = sw.Ransomware || kind == "Malware" && ransomware(o.Desc)
			if sw.Name == "" {
				sw.Name = strings.TrimSpace(o.Name)
			}
			seen := map[string]bool{strings.ToLower(sw.Name): true}
			for _, a := range sw.Aliases {
				seen[strings.ToLower(a)] = true
			}
			for _, a := range o.Aliases {
				a = strings.TrimSpace(a)
				if a != "" && !seen[strings.ToLower(a)] {
					seen[strings.ToLower(a)] = true
					sw.Aliases = append(sw.Aliases, a)
				}
			}
			byID[id] = sw
		}
	}
	for _, u := range uses {
		g, sid := attackID[u.group], attackID[u.software]
		sw, ok := byID[sid]
		if g == "" || !ok || slices.Contains(sw.Groups, g) {
			continue // a revoked or deprecated end, or a relationship both bundles hold
		}
		sw.Groups = append(sw.Groups, g)
		byID[sid] = sw
	}
	f := File{Notice: Notice}
	for _, sw := range byID {
		sort.Strings(sw.Aliases)
		sort.Strings(sw.Groups)
		f.Software = append(f.Software, sw)
	}
	sort.Slice(f.Software, func(i, j int) bool { return f.Software[i].ID < f.Software[j].ID })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
