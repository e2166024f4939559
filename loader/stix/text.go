package stix

import (
	"regexp"
	"strings"
)

var (
	citation   = regexp.MustCompile(`\s*\(Citation:[^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)`)
	inlineTag  = regexp.MustCompile(`</?(?:code|b|i|em|strong|br|p)\s*/?>`)
	spaceRun   = regexp.MustCompile(`\s+`)
	spacePunct = regexp.MustCompile(` ([.,;:!?)])`)
)

// CleanText makes a STIX description readable as one evidence sentence:
// ATT&CK's "(Citation: ...)" markers are dropped, Markdown links keep their
// text, simple inline HTML tags go, and white space is collapsed. A
// description that was only citations comes out empty.
func CleanText(s string) string {
	s = citation.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = inlineTag.ReplaceAllString(s, "")
	s = spaceRun.ReplaceAllString(s, " ")
	s = spacePunct.ReplaceAllString(s, "$1")
	return strings.TrimSpace(s)
}
