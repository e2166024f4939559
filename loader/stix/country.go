package stix

import (
	"strings"
	"sync"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// countryRecord is one row of countryTable.
type countryRecord struct {
	code2, code3, name string
	aliases            []string
}

type countryIndex struct {
	byCode2 map[string]countryRecord
	byCode3 map[string]countryRecord
	byName  map[string]countryRecord // Normalize(name or alias)
}

// countries builds the lookup maps once; they are never written afterwards.
var countries = sync.OnceValue(func() countryIndex {
	ix := countryIndex{byCode2: map[string]countryRecord{}, byCode3: map[string]countryRecord{}, byName: map[string]countryRecord{}}
	for _, c := range countryTable {
		ix.byCode2[c.code2] = c
		ix.byCode3[c.code3] = c
		ix.byName[graph.Normalize(c.name)] = c
	}
	// Aliases never override a display name: "Congo" is the ISO name of the
	// Republic of the Congo, and must not take over another row's name.
	for _, c := range countryTable {
		for _, a := range c.aliases {
			if _, taken := ix.byName[graph.Normalize(a)]; !taken {
				ix.byName[graph.Normalize(a)] = c
			}
		}
	}
	return ix
})

// CountryName returns the display name and ISO 3166-1 alpha-2 code of the
// country that s names: an alpha-2 code in any case ("CN", "cn"), an alpha-3
// code in capitals ("CHN"), or a name or known spelling in any case ("People's
// Republic of China", "the Philippines", "Korea (Republic of)"). ok is false
// when s names no country. Display names are the short English names in
// common use ("Russia", "United Kingdom", "South Korea", "Iran").
func CountryName(s string) (name, code string, ok bool) {
	s = strings.TrimSpace(s)
	ix := countries()
	if len(s) == 2 && isLetters(s) {
		if c, found := ix.byCode2[strings.ToUpper(s)]; found {
			return c.name, c.code2, true
		}
	}
	if len(s) == 3 && isLetters(s) && strings.ToUpper(s) == s {
		if c, found := ix.byCode3[s]; found {
			return c.name, c.code2, true
		}
	}
	if c, found := ix.byName[graph.Normalize(s)]; found {
		return c.name, c.code2, true
	}
	return "", "", false
}

// NearCountryName is CountryName that also forgives one wrong, missing or
// extra letter in a name of six letters or more ("Lebonon"), for hand-typed
// lists. Shorter names must match exactly: "Iran" and "Iraq" are one letter
// apart.
func NearCountryName(s string) (name, code string, ok bool) {
	if name, code, ok = CountryName(s); ok {
		return name, code, ok
	}
	q := graph.Normalize(s)
	if len([]rune(q)) < 6 {
		return "", "", false
	}
	var best countryRecord
	n := 0
	for _, c := range countryTable {
		if editDistanceAtMostOne(q, graph.Normalize(c.name)) {
			best = c
			n++
		}
	}
	if n != 1 { // none, or ambiguous
		return "", "", false
	}
	return best.name, best.code2, true
}

// regions are world regions that a source may name where a country is
// expected (STIX region-ov values and the spellings MISP uses). They are not
// countries, and the graph has no kind for them.
var regions = map[string]bool{
	"africa": true, "eastern africa": true, "middle africa": true, "northern africa": true, "north africa": true,
	"northeast africa": true, "southern africa": true, "western africa": true, "west africa": true, "east africa": true,
	"sub saharan africa": true, "americas": true, "latin america": true, "latin america caribbean": true,
	"south america": true, "caribbean": true, "central america": true, "northern america": true, "north america": true,
	"asia": true, "central asia": true, "eastern asia": true, "east asia": true, "southern asia": true, "south asia": true,
	"south eastern asia": true, "southeast asia": true, "southeast asian": true, "south east asia": true,
	"western asia": true, "asia pacific": true, "apac": true, "emea": true, "europe": true, "eastern europe": true,
	"northern europe": true, "southern europe": true, "western europe": true, "central europe": true, "oceania": true,
	"australia new zealand": true, "melanesia": true, "polynesia": true, "middle east": true, "near east": true,
	"far east": true, "global": true, "worldwide": true, "world": true, "international": true, "balkans": true,
	"caucasus": true, "scandinavia": true, "nordics": true, "gulf": true, "persian gulf": true, "gaza": true,
	"kurdistan": true,
}

// IsRegion reports whether s names a world region rather than a country:
// "Middle East", "south-eastern-asia" (STIX region-ov), "Global".
func IsRegion(s string) bool {
	return regions[graph.Normalize(s)]
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// editDistanceAtMostOne reports whether a and b differ by at most one
// substituted, inserted or deleted rune.
func editDistanceAtMostOne(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i, j, edits := 0, 0, 0
	for i < len(ra) && j < len(rb) {
		if ra[i] == rb[j] {
			i++
			j++
			continue
		}
		edits++
		if edits > 1 {
			return false
		}
		if len(ra) == len(rb) {
			j++
		}
		i++
	}
	return edits+(len(ra)-i)+(len(rb)-j) <= 1
}
