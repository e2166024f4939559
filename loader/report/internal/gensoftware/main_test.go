package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func writeBundle(t *testing.T, dir, name string, objects []map[string]any) {
	t.Helper()
	b, err := json.Marshal(map[string]any{"type": "bundle", "objects": objects})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func ref(id string) []map[string]any {
	return []map[string]any{{"source_name": "mitre-attack", "external_id": id}}
}

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	writeBundle(t, dir, "enterprise-attack.json", []map[string]any{
		{"type": "malware", "name": "Frobnicator", "x_mitre_aliases": []string{"Frobnicator", "FrobRAT"}, "external_references": ref("S9001")},
		{"type": "tool", "name": "Grabber", "external_references": ref("S9002")},
		{"type": "malware", "name": "Old", "revoked": true, "external_references": ref("S9003")},
		{"type": "malware", "name": "Gone", "x_mitre_deprecated": true, "external_references": ref("S9004")},
		{"type": "intrusion-set", "name": "APT0", "external_references": ref("G9000")},
	})
	writeBundle(t, dir, "ics-attack.json", []map[string]any{
		{"type": "malware", "name": "Frobnicator", "x_mitre_aliases": []string{"Frob"}, "external_references": ref("S9001")},
	})
	out, f := generateBytes(t, dir)
	if f.Notice != Notice {
		t.Errorf("got notice %q, want the ATT&CK attribution", f.Notice)
	}
	if len(f.Software) != 2 {
		t.Fatalf("got %d entries %+v, want 2 (revoked, deprecated and non-software left out)", len(f.Software), f.Software)
	}
	got := f.Software[0]
	if got.ID != "S9001" || got.Kind != "Malware" || len(got.Aliases) != 2 || got.Aliases[0] != "Frob" || got.Aliases[1] != "FrobRAT" {
		t.Errorf("got %+v, want S9001 Malware with aliases [Frob FrobRAT] merged from both bundles", got)
	}
	if f.Software[1].Kind != "Tool" {
		t.Errorf("got kind %q for a tool, want Tool", f.Software[1].Kind)
	}
	again, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, again) {
		t.Error("got different bytes from the same input, want the same")
	}
}

// TestRansomware covers the flag that makes a ransomware family's name the
// name of its gang too.
func TestRansomware(t *testing.T) {
	for _, tt := range []struct {
		desc string
		want bool
	}{
		{"[Frob](https://attack.mitre.org/software/S9001) is a Ransomware-as-a-Service (RaaS) first seen in 2020.", true},
		{"[Frob](https://attack.mitre.org/software/S9001) ransomware, written in C++, is used by affiliates.", true},
		{"[Frob](https://attack.mitre.org/software/S9001) is ransomware that spreads as a worm.", false},
		{"[Frob](https://attack.mitre.org/software/S9001) is a backdoor used before the deployment of ransomware.", false},
		{"[Frob](https://attack.mitre.org/software/S9001) is a wiper designed to look like ransomware.", false},
		{"[Frob](https://attack.mitre.org/software/S9001) is a remote access tool. It was seen with ransomware.", false},
	} {
		if got := ransomware(tt.desc); got != tt.want {
			t.Errorf("ransomware(%q) = %v, want %v", tt.desc, got, tt.want)
		}
	}
}

// TestGenerateGroups checks that each software lists the ATT&CK ids of the
// groups that use it, once, from either bundle, and that relationships
// from revoked groups or of other types are left out.
func TestGenerateGroups(t *testing.T) {
	dir := t.TempDir()
	writeBundle(t, dir, "enterprise-attack.json", []map[string]any{
		{"type": "malware", "id": "malware--1", "name": "Frobnicator", "external_references": ref("S9001")},
		{"type": "tool", "id": "tool--2", "name": "Grabber", "external_references": ref("S9002")},
		{"type": "intrusion-set", "id": "intrusion-set--a", "name": "APT0", "external_references": ref("G9000")},
		{"type": "intrusion-set", "id": "intrusion-set--b", "name": "APT1", "external_references": ref("G9001")},
		{"type": "intrusion-set", "id": "intrusion-set--c", "name": "Old", "revoked": true, "external_references": ref("G9002")},
		{"type": "relationship", "relationship_type": "uses", "source_ref": "intrusion-set--b", "target_ref": "malware--1"},
		{"type": "relationship", "relationship_type": "uses", "source_ref": "intrusion-set--a", "target_ref": "malware--1"},
		{"type": "relationship", "relationship_type": "uses", "source_ref": "intrusion-set--c", "target_ref": "tool--2"},
		{"type": "relationship", "relationship_type": "attributed-to", "source_ref": "intrusion-set--a", "target_ref": "tool--2"},
	})
	writeBundle(t, dir, "ics-attack.json", []map[string]any{
		{"type": "malware", "id": "malware--1", "name": "Frobnicator", "external_references": ref("S9001")},
		{"type": "intrusion-set", "id": "intrusion-set--a", "name": "APT0", "external_references": ref("G9000")},
		{"type": "relationship", "relationship_type": "uses", "source_ref": "intrusion-set--a", "target_ref": "malware--1"},
	})
	f := generate(t, dir)
	if len(f.Software) != 2 {
		t.Fatalf("got %d entries, want 2", len(f.Software))
	}
	if g := f.Software[0].Groups; len(g) != 2 || g[0] != "G9000" || g[1] != "G9001" {
		t.Errorf("got groups %q for S9001, want [G9000 G9001]", g)
	}
	if g := f.Software[1].Groups; len(g) != 0 {
		t.Errorf("got groups %q for S9002, want none (a revoked group, and no uses relationship)", g)
	}
}

func TestGenerateMissingData(t *testing.T) {
	if _, err := Generate(t.TempDir()); err == nil {
		t.Error("got no error for a folder without bundles, want one")
	}
}

// generateBytes runs Generate on dir and returns what it writes, decoded too.
func generateBytes(t *testing.T, dir string) ([]byte, File) {
	t.Helper()
	out, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	var f File
	if err := json.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
	return out, f
}

// generate runs Generate on dir and decodes what it writes.
func generate(t *testing.T, dir string) File {
	t.Helper()
	_, f := generateBytes(t, dir)
	return f
}
