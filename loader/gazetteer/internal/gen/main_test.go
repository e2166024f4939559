package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGenerateDeterministic runs the generator twice on the shared data and
// compares the bytes, and compares them with the committed actors.json.
func TestGenerateDeterministic(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(dir, "misp-galaxy-threat-actor.json")); err != nil {
		t.Skipf("shared data not available (%s): %v", dir, err)
	}
	a, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("got different bytes from two runs, want the same")
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "actors.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, committed) {
		t.Error("got output that differs from the committed actors.json, want them equal (run go generate ./loader/gazetteer)")
	}
	if len(a) > 400_000 {
		t.Errorf("got %d bytes, want a compact file (under 400 KB)", len(a))
	}
}
