package eval

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// articles are dropped wherever they stand in a name.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// prepositions end the head of a name: "National Election Commission" is the
// head of "National Election Commission of Cambodia".
var prepositions = map[string]bool{
	"of": true, "in": true, "for": true, "at": true, "from": true, "on": true,
	"with": true, "to": true, "by": true, "against": true,
}

// genericHeads are head nouns too vague to stand alone: a bare "Ministry" or
// "Government" does not match "Ministry of Foreign Affairs" or "Cambodian
// Government" by containment (only by equality).
var genericHeads = map[string]bool{
	"ministry": true, "ministries": true, "government": true, "governments": true,
	"party": true, "commission": true, "committee": true, "department": true,
	"agency": true, "agencies": true, "office": true, "group": true, "groups": true,
	"company": true, "companies": true, "organization": true, "organizations": true,
	"organisation": true, "council": true, "bureau": true, "unit": true, "team": true,
	"institute": true, "university": true, "bank": true, "banks": true,
	"association": true, "authority": true, "army": true, "service": true,
	"services": true, "media": true, "sector": true, "industry": true,
	"network": true, "malware": true, "tool": true, "actor": true, "actors": true,
}

// unnamed are mentions that name no one: pronouns and bare generic nouns. A
// gold relationship with such an end is dropped by the CAPTIER converter and
// never counts as named.
var unnamed = map[string]bool{
	"they": true, "it": true, "he": true, "she": true, "we": true, "them": true,
	"this": true, "these": true, "those": true, "its": true, "their": true,
	"group": true, "this group": true, "threat group": true, "groups": true,
	"actor": true, "actors": true, "threat actor": true, "threat actors": true,
	"attackers": true, "hackers": true, "operators": true, "adversary": true,
	"victim": true, "victims": true, "target": true, "targets": true,
	"organization": true, "organizations": true, "organisations": true,
	"entities": true, "users": true, "user": true, "individuals": true,
	"people": true, "companies": true, "industries": true, "sectors": true,
	"ministries": true, "governments": true, "agencies": true, "accounts": true,
	"user accounts": true, "intended victims": true, "targeted users": true,
	"recipients": true, "unwitting recipients": true, "employees": true,
	"networks": true, "systems": true, "countries": true, "institutions": true,
	"victim environments": true, "victim networks": true, "victim systems": true,
	"malware": true, "tools": true, "tool": true, "backdoors": true, "backdoor": true,
	"payloads": true, "payload": true, "variant": true, "implants": true,
}

// Words returns the match words of a name: graph.Words (lower case, accents
// and apostrophes dropped, punctuation read as a space, a break between
// letters and digits) without articles. "The APT-40" gives [apt 40].
func Words(name string) []string {
	ws := graph.Words(name)
	out := ws[:0]
	for _, w := range ws {
		if !articles[w] {
			out = append(out, w)
		}
	}
	return out
}

// Key is the normalized form of a name: its match words joined by spaces.
// Two names with the same key are the same name.
func Key(name string) string { return strings.Join(Words(name), " ") }

// split cuts words at the first preposition into head and tail ("national
// election commission" + "of cambodia"). A name that starts with a
// preposition has an empty head.
func split(ws []string) (head, tail []string) {
	for i, w := range ws {
		if prepositions[w] {
			return ws[:i], ws[i:]
		}
	}
	return ws, nil
}

// NamesMatch reports whether two names name the same thing under the lenient
// rule: equal keys; or, with the names split at their first preposition into
// a head and a tail, the shorter head (fewer words; either when equal) is a
// final run of the other head ("Senate" in "Cambodian Senate", "National
// Election Commission" in itself), it is not a lone generic noun ("Ministry",
// "Government") unless it has a tail, and its tail is empty or a leading run of
// the other tail ("Ministry of Interior" matches "Ministry of Interior and
// Security" but not "Ministry of Foreign Affairs"). A leading "City of" or
// "Town of" is set aside first: "City of Wichita" is "Wichita".
func NamesMatch(a, b string) bool {
	return wordsMatch(Words(a), Words(b))
}

// municipal are the nouns of "City of Wichita", which names the same thing
// as "Wichita".
var municipal = map[string]bool{"city": true, "town": true, "village": true, "municipality": true, "borough": true}

func wordsMatch(wa, wb []string) bool {
	wa, wb = dropMunicipal(wa), dropMunicipal(wb)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if equalWords(wa, wb) {
		return true
	}
	ha, ta := split(wa)
	hb, tb := split(wb)
	if len(ha) == 0 || len(hb) == 0 {
		return false
	}
	if len(ha) > len(hb) || (len(ha) == len(hb) && len(ta) > len(tb)) {
		ha, ta, hb, tb = hb, tb, ha, ta
	}
	// ha is the shorter head: it must end hb.
	if !equalWords(ha, hb[len(hb)-len(ha):]) {
		return false
	}
	if len(ta) == 0 {
		return !(len(ha) == 1 && genericHeads[ha[0]])
	}
	return len(ta) <= len(tb) && equalWords(ta, tb[:len(ta)])
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Named reports whether a mention names someone: it is not a sector (a kind
// of victim rather than a victim), not a pronoun or bare generic noun ("they",
// "victims", "the group"), and some word of it is capitalized or holds a
// digit ("Licadho", "APT40", "Ministry of Foreign Affairs"; not "diplomats
// working abroad"). An empty kind means unknown.
func Named(name string, kind graph.Kind) bool {
	if kind == graph.Sector {
		return false
	}
	if namesNoOne(Words(name)) {
		return false
	}
	return capitalized(name)
}

// thingNouns end mentions of machines and accounts rather than victims:
// "victim machines", "targeted accounts".
var thingNouns = map[string]bool{
	"accounts": true, "machines": true, "systems": true, "hosts": true,
	"environments": true, "environment": true, "networks": true, "network": true,
	"devices": true, "servers": true, "computers": true,
}

// namesNoOne reports whether a mention (its match words) names no one: a
// pronoun or bare generic noun ("they", "the group", "victims"), anything
// with the word victim in it ("victim environments"), or a mention of
// machines or accounts ("compromised hosts").
func namesNoOne(ws []string) bool {
	if len(ws) == 0 || unnamed[strings.Join(ws, " ")] {
		return true
	}
	for _, w := range ws {
		if w == "victim" || w == "victims" {
			return true
		}
	}
	return thingNouns[ws[len(ws)-1]]
}

// sectorNouns are the generic nouns of a sector mention: "energy sector",
// "financial institutions" and "telecommunication companies" name the
// sectors energy, finance and telecom.
var sectorNouns = map[string]bool{
	"sector": true, "sectors": true, "industry": true, "industries": true,
	"company": true, "companies": true, "organization": true, "organizations": true,
	"organisation": true, "organisations": true, "firm": true, "firms": true,
	"entity": true, "entities": true, "institution": true, "institutions": true,
	"provider": true, "providers": true, "agency": true, "agencies": true,
	"operator": true, "operators": true, "business": true, "businesses": true,
	"vertical": true, "verticals": true, "interests": true, "and": true, "or": true,
	"group": true, "groups": true, "outlets": true, "outlet": true,
}

// sectorStems maps adjectives and variants to the stem of a sector word.
var sectorStems = map[string]string{
	"financial": "finance", "banking": "bank", "governmental": "government",
	"telecommunication": "telecom", "telecommunications": "telecom", "telecoms": "telecom",
	"technological": "technology", "tech": "technology", "defence": "defense",
	"educational": "education", "academic": "education", "academia": "education",
	"pharmaceutical": "pharma", "pharmaceuticals": "pharma", "medical": "healthcare",
	"health": "healthcare", "manufacturer": "manufacturing", "manufacturers": "manufacturing",
	"media": "media", "news": "media", "military": "defense", "legal": "law",
	"energetic":  "energy",
	"diplomatic": "diplomacy", "diplomats": "diplomacy", "maritime": "maritime",
	"aviation": "aerospace", "airline": "aerospace", "airlines": "aerospace",
	"semiconductor": "technology", "semiconductors": "technology",
}

// sectorPhrases name one sector in several ways; the content words of a
// sector mention that equal a key here stand for the value.
var sectorPhrases = map[string]string{
	"civil society": "civil-society", "human rights": "civil-society",
	"activists": "civil-society", "activist": "civil-society",
	"human rights activists": "civil-society", "dissidents": "civil-society",
	"ngos": "civil-society", "ngo": "civil-society",
	"non government": "civil-society", "nongovernmental": "civil-society",
	"non governmental": "civil-society", "bloggers": "civil-society",
	"think tanks": "think-tanks", "think tank": "think-tanks",
	"information technology": "technology", "it": "technology", "high technology": "technology",
	"oil and gas": "energy", "oil gas": "energy", "electric utility": "energy",
	"electric utilities": "energy", "electricity": "energy", "utilities": "energy",
	"political opposition": "political-opposition", "opposition": "political-opposition",
	"opposition politicians": "political-opposition",
}

// sectorWords returns the stems of the content words of a sector mention:
// generic sector nouns and country names or demonyms dropped, a plural s dropped, adjectives mapped to
// their noun ("financial institutions" gives [finance]).
func sectorWords(ws []string) []string {
	var content []string
	for _, w := range ws {
		if !sectorNouns[w] && !stopWords[w] && !countryWord(w) {
			content = append(content, w)
		}
	}
	if p, ok := sectorPhrases[strings.Join(content, " ")]; ok {
		return []string{p}
	}
	out := make([]string, 0, len(content))
	for _, w := range content {
		if s, ok := sectorStems[w]; ok {
			w = s
		} else if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = strings.TrimSuffix(w, "s")
			if s, ok := sectorStems[w]; ok {
				w = s
			}
		}
		out = append(out, w)
	}
	if p, ok := sectorPhrases[strings.Join(out, " ")]; ok {
		return []string{p}
	}
	return out
}

// toolNouns are the generic words around a malware or tool name: "Hermes
// ransomware", "the Cobalt Strike beacon", "ASPXSPY web shells".
var toolNouns = map[string]bool{
	"malware": true, "ransomware": true, "backdoor": true, "backdoors": true,
	"trojan": true, "trojans": true, "rat": true, "rats": true, "implant": true,
	"implants": true, "wiper": true, "wipers": true, "loader": true, "dropper": true,
	"downloader": true, "framework": true, "tool": true, "tools": true,
	"toolkit": true, "utility": true, "script": true, "scripts": true,
	"cmdlet": true, "payload": true, "payloads": true, "variant": true,
	"variants": true, "family": true, "beacon": true, "web": true, "shell": true,
	"shells": true, "custom": true, "malicious": true, "modified": true,
	"version": true, "of": true, "its": true, "their": true, "open": true, "source": true,
}

// toolWords returns the words of a malware or tool mention without the
// generic ones ("Hermes ransomware" gives [hermes]).
func toolWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !toolNouns[w] {
			out = append(out, w)
		}
	}
	return out
}

// countryWord reports whether w is a country's one-word name or demonym,
// singular or plural ("cambodian", "cambodians"): where a victim is, not what
// sector it is in.
func countryWord(w string) bool {
	if _, ok := gazetteer.LookupCountry(w); ok {
		return true
	}
	if t := strings.TrimSuffix(w, "s"); t != w && len(t) > 3 {
		_, ok := gazetteer.LookupCountry(t)
		return ok
	}
	return false
}

var stopWords = map[string]bool{"of": true, "in": true, "for": true, "the": true, "a": true, "an": true}

// sectorsMatch reports whether two sector mentions name the same sector:
// the content stems of one are all among those of the other ("defense
// industrial base" and "Defense"; "financial sector" and "Finance").
func sectorsMatch(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// capitalized reports whether some letter of name is upper case or some
// character a digit.
func capitalized(name string) bool {
	for _, r := range name {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// dropMunicipal drops a leading "city of", "town of" from a name with more
// after it: "city of wichita" is matched as "wichita".
// A trailing "region" is dropped too: "the Asia-Pacific region" is matched
// as "Asia-Pacific".
func dropMunicipal(ws []string) []string {
	if len(ws) > 2 && municipal[ws[0]] && ws[1] == "of" {
		ws = ws[2:]
	}
	if len(ws) > 1 && ws[len(ws)-1] == "region" {
		ws = ws[:len(ws)-1]
	}
	return ws
}
