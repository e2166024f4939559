package main

import (
	"archive/zip"
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runExportCLI runs the program in-process like runCLI, with the export
// command registered.
func runExportCLI(t *testing.T, dataDir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
	root := newRootCmd(a)
	if c, _, err := root.Find([]string{"export"}); err != nil || c == root {
		root.AddCommand(newExportCmd(a))
	}
	root.SetArgs(append([]string{"--data-dir", dataDir}, args...))
	root.SetOut(&out)
	root.SetErr(&errb)
	if err := root.ExecuteContext(context.Background()); err != nil {
		errb.WriteString("actorgraph: " + err.Error() + "\n")
		return out.String(), errb.String(), exitCode(err)
	}
	return out.String(), errb.String(), exitOK
}

func TestExportCommand(t *testing.T) {
	dir := isolate(t)
	data := filepath.Join(dir, "data")
	reports := repoPath(t, "export/testdata/reports")
	deck := repoPath(t, "export/testdata/deck.yaml")

	t.Run("pptx from a deck", func(t *testing.T) {
		out := filepath.Join(dir, "briefing.pptx")
		_, stderr, code := runExportCLI(t, data, "export", deck, "--reports", reports, "-o", out)
		if code != 0 {
			t.Fatalf("exit %d, want 0: %s", code, stderr)
		}
		zr, err := zip.OpenReader(out)
		if err != nil {
			t.Fatalf("open pptx: %v", err)
		}
		defer zr.Close()
		slides := 0
		for _, f := range zr.File {
			if strings.HasPrefix(f.Name, "ppt/slides/slide") && strings.HasSuffix(f.Name, ".xml") {
				slides++
			}
		}
		// Title, three questions, sources.
		if slides != 5 {
			t.Errorf("got %d slides, want 5", slides)
		}
		if !strings.Contains(stderr, "3 questions") {
			t.Errorf("got message %q, want it to count 3 questions", stderr)
		}
	})

	t.Run("png per slide from flags", func(t *testing.T) {
		out := filepath.Join(dir, "slides") + "/"
		_, stderr, code := runExportCLI(t, data, "export", "--reports", reports, "--slide", "victims-of:TEMP.Periscope",
			"--tlp", "red", "--title", "Flags", "--date", "2020-01-02", "--width", "960", "--height", "540", "-o", out)
		if code != 0 {
			t.Fatalf("exit %d, want 0: %s", code, stderr)
		}
		names, _ := filepath.Glob(filepath.Join(out, "slide-*.png"))
		if len(names) != 3 {
			t.Fatalf("got %d slide files, want 3: %v", len(names), names)
		}
		f, err := os.Open(names[1])
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cfg, err := png.DecodeConfig(f)
		if err != nil {
			t.Fatalf("decode %s: %v", names[1], err)
		}
		if cfg.Width != 960 || cfg.Height != 540 {
			t.Errorf("got %dx%d, want 960x540", cfg.Width, cfg.Height)
		}
	})

	t.Run("pdf is deterministic", func(t *testing.T) {
		a, b := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.pdf")
		for _, out := range []string{a, b} {
			if _, stderr, code := runExportCLI(t, data, "export", deck, "--reports", reports, "-o", out); code != 0 {
				t.Fatalf("exit %d, want 0: %s", code, stderr)
			}
		}
		da, _ := os.ReadFile(a)
		db, _ := os.ReadFile(b)
		if !bytes.HasPrefix(da, []byte("%PDF-")) {
			t.Fatalf("got %q..., want a PDF", da[:min(len(da), 8)])
		}
		if !bytes.Equal(da, db) {
			t.Error("two exports of the same deck differ")
		}
	})

	errs := []struct {
		name     string
		args     []string
		deck     string
		wantCode int
		wantMsg  string
	}{
		{name: "no output", args: []string{"--slide", "victims-of:x"}, wantCode: exitUsage, wantMsg: "-o"},
		{name: "no slides", args: []string{"-o", "x.pptx"}, wantCode: exitUsage, wantMsg: "no slides"},
		{name: "unknown query flag", args: []string{"--slide", "who-did:x", "-o", "x.pptx"}, wantCode: exitUsage, wantMsg: "unknown query"},
		{name: "bad tlp", args: []string{"--slide", "victims-of:x", "--tlp", "purple", "-o", "x.pptx"}, wantCode: exitUsage, wantMsg: "TLP"},
		{name: "bad extension", args: []string{"--slide", "victims-of:x", "-o", "x.docx"}, wantCode: exitUsage, wantMsg: ".pptx"},
		{name: "png needs a directory", args: []string{"--slide", "victims-of:x", "-o", "x.png"}, wantCode: exitUsage, wantMsg: "directory"},
		{name: "deck error names the line", deck: "title: x\nslides:\n  - query: who-did\n    args: [x]\n", args: []string{"-o", "x.pptx"}, wantCode: exitInvalid, wantMsg: "deck.yaml:3"},
		{name: "missing deck", args: []string{"nowhere.yaml", "-o", "x.pptx"}, wantCode: exitInvalid, wantMsg: "nowhere.yaml"},
		{name: "name not found", args: []string{"--slide", "victims-of:Nobody At All", "-o", "x.pptx"}, wantCode: exitNotFound, wantMsg: "Nobody At All"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"export", "--reports", reports}, tt.args...)
			if tt.deck != "" {
				path := filepath.Join(dir, "deck.yaml")
				if err := os.WriteFile(path, []byte(tt.deck), 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, "deck.yaml")
			}
			_, stderr, code := runExportCLI(t, data, args...)
			if code != tt.wantCode {
				t.Errorf("got exit %d, want %d (%s)", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantMsg) {
				t.Errorf("got %q, want it to mention %q", stderr, tt.wantMsg)
			}
		})
	}
}
