package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/loader"
)

// lockedBuffer is a bytes.Buffer safe for the bar's ticker goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestProgressBarTicksWhileAFileIsStored(t *testing.T) {
	var out lockedBuffer
	bar := &progressBar{w: &out}
	bar.update(loader.Progress{Phase: "apply", Done: 0, Total: 2, Path: "enterprise-attack.json", Entities: 1008, Relationships: 1278})
	first := out.String()
	if !strings.Contains(first, "enterprise-attack.json (1008 entities, 1278 relationships) 0s") {
		t.Fatalf("got %q, want the file being stored, its size and the time spent", first)
	}
	time.Sleep(600 * time.Millisecond)
	if ticked := out.String(); len(ticked) <= len(first) {
		t.Errorf("the line was not redrawn while the file was being stored: %q", ticked)
	}
	bar.update(loader.Progress{Phase: "apply", Done: 2, Total: 2, Path: "b.md"})
	bar.finish()
	final := out.String()
	if !strings.HasSuffix(final, "\r") || strings.Contains(final[strings.LastIndex(final, "2/2"):], "entities") {
		t.Errorf("finished bar: got %q, want the counts gone and the line cleared", final[max(0, len(final)-120):])
	}
}
