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
	out, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	var f File
	if err := json.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
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

func TestGenerateMissingData(t *testing.T) {
	if _, err := Generate(t.TempDir()); err == nil {
		t.Error("got no error for a folder without bundles, want one")
	}
}
