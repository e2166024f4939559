package eval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Document is one text to run the extractor over.
type Document struct {
	// ID names the document in the gold: its path relative to the corpus
	// folder with forward slashes, or a CAPTIER sentence id.
	ID string
	// Path is what the extractor is told the file is called.
	Path string
	Data []byte
}

// Corpus is a set of documents with the gold relationships they state.
type Corpus struct {
	Name string
	Docs []Document
	Gold []Gold
	// Annotated says that every document was annotated, so one without gold
	// relationships states none (CAPTIER); otherwise such a document is
	// reported as lacking gold.
	Annotated bool
}

// Bytes returns the total size of the documents.
func (c Corpus) Bytes() int {
	n := 0
	for _, d := range c.Docs {
		n += len(d.Data)
	}
	return n
}

// reportExts are the endings of report files picked up in a folder, as the
// loader's folder walk does.
var reportExts = map[string]bool{
	".md": true, ".markdown": true, ".txt": true, ".text": true, ".html": true, ".htm": true,
}

// ReadDocs reads every report file (.md, .markdown, .txt, .text, .html,
// .htm) under dir, recursively, hidden files and folders excepted, sorted by
// id. It fails when dir cannot be read.
func ReadDocs(dir string) ([]Document, error) {
	var out []Document
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !reportExts[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		out = append(out, Document{ID: filepath.ToSlash(rel), Path: path, Data: data})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read documents in %s: %w", dir, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// LoadCorpus reads the gold file and the documents in docsDir into a corpus
// called name.
func LoadCorpus(name, goldPath, docsDir string) (Corpus, error) {
	gold, err := ReadGoldFile(goldPath)
	if err != nil {
		return Corpus{}, err
	}
	docs, err := ReadDocs(docsDir)
	if err != nil {
		return Corpus{}, err
	}
	return Corpus{Name: name, Docs: docs, Gold: gold}, nil
}
