package stix

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// LookupCountry finds the country that s names, in the gazetteer's country
// table: a name, other name or demonym ("People's Republic of China",
// "Korea (Republic of)", "the Philippines"), an ISO 3166-1 alpha-2 code
// written in capitals ("CN", "US"; lower-case two-letter words such as "in"
// are not codes), or, for hand-typed lists, a name of six letters or more
// with one wrong, missing or extra letter ("Lebonon"). Shorter names must
// match exactly: "Iran" and "Iraq" are one letter apart.
func LookupCountry(s string) (gazetteer.Country, bool) {
	s = strings.TrimSpace(s)
	if c, ok := gazetteer.LookupCountry(s); ok {
		return c, true
	}
	if len(s) == 2 && strings.ToUpper(s) == s && isLetters(s) {
		if c, ok := gazetteer.CountryByCode(s); ok {
			return c, true
		}
	}
	q := graph.Normalize(s)
	if len([]rune(q)) < 6 {
		return gazetteer.Country{}, false
	}
	var found []gazetteer.Country
	for _, c := range gazetteer.Countries() {
		if editDistanceAtMostOne(q, graph.Normalize(c.Name)) {
			found = append(found, c)
		}
	}
	if len(found) != 1 { // none, or ambiguous
		return gazetteer.Country{}, false
	}
	return found[0], true
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
