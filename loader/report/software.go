package report

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

//go:generate go run ./internal/gensoftware -data ../../../shared/data -out software.json

// softwareJSON holds the malware and tool names of MITRE ATT&CK, each with
// the ATT&CK ids of the groups known to use it. © 2025 The
// MITRE Corporation. This work is reproduced and distributed with the
// permission of The MITRE Corporation.
//
//go:embed software.json
var softwareJSON []byte

// softwareName is one name of a known malware family or tool.
type softwareName struct {
	words []string
	node  graph.Node
	// weak names are ordinary words or lower-case commands ("Carbon",
	// "Empire", "netsh", "at"): they count only next to a use verb, a
	// software noun or another piece of software.
	weak bool
	// ransomware families share their name with the gang that runs them.
	ransomware bool
	// groups are the ATT&CK ids of the groups known to use it.
	groups []string
}

// softwareIndex maps a first token to the names that start with it, longest
// first. It is built once from the embedded data and never changed.
var softwareIndex = sync.OnceValue(func() map[string][]softwareName {
	var f struct {
		Software []struct {
			Name       string   `json:"name"`
			Aliases    []string `json:"aliases"`
			Kind       string   `json:"kind"`
			ID         string   `json:"id"`
			Ransomware bool     `json:"ransomware"`
			Groups     []string `json:"groups"`
		} `json:"software"`
	}
	if err := json.Unmarshal(softwareJSON, &f); err != nil {
		return nil // a corrupt file is caught by the tests; extraction goes on without the list
	}
	m := map[string][]softwareName{}
	for _, sw := range f.Software {
		kind := graph.Malware
		if sw.Kind == "Tool" {
			kind = graph.Tool
		}
		node := graph.NewNode(kind, sw.Name, sw.Aliases...)
		node.Props = map[string]string{"external_id": sw.ID}
		for _, name := range append([]string{sw.Name}, sw.Aliases...) {
			toks := tokenize(name, 0, len(name))
			if len(toks) == 0 {
				continue
			}
			var words []string
			for _, t := range toks {
				words = append(words, t.text)
			}
			m[words[0]] = append(m[words[0]], softwareName{words: words, node: node, weak: weakName(name), ransomware: sw.Ransomware, groups: sw.Groups})
		}
	}
	for _, name := range strings.Split(otherMalware, "|") {
		name = strings.TrimSpace(name)
		toks := tokenize(name, 0, len(name))
		var words []string
		for _, t := range toks {
			words = append(words, t.text)
		}
		if len(words) == 0 || m[words[0]] != nil {
			continue // the ATT&CK entry comes first
		}
		m[words[0]] = append(m[words[0]], softwareName{words: words, node: graph.NewNode(graph.Malware, name), weak: weakName(name)})
	}
	for k, ns := range m {
		for i := 1; i < len(ns); i++ {
			for j := i; j > 0 && len(ns[j].words) > len(ns[j-1].words); j-- {
				ns[j], ns[j-1] = ns[j-1], ns[j]
			}
		}
		m[k] = ns
	}
	return m
})

// softwareGroups maps a known software node's id to the ATT&CK ids of the
// groups known to use it.
var softwareGroups = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, ns := range softwareIndex() {
		for _, n := range ns {
			if len(n.groups) > 0 {
				m[n.node.ID] = n.groups
			}
		}
	}
	return m
})

// ransomwareRun reports whether the tokens [a, b) are exactly the name of a
// known ransomware family ("Conti", "Black Basta") or of its line without
// the version ("LockBit" for "LockBit 3.0", "BlackByte" for "BlackByte
// Ransomware").
func ransomwareRun(s *sent, a, b int) bool {
	var words []string
	for k := a; k < b; k++ {
		words = append(words, s.toks[k].text)
	}
	name := strings.Join(words, " ")
	if ransomwareNames()[name] {
		return true
	}
	// "NetWalker" for "Netwalker", "BlackCat" for "Blackcat": the same
	// name with its inner capitals written otherwise.
	return b-a == 1 && s.toks[a].cap && ransomwareFolded()[strings.ToLower(name)]
}

// attackSoftwareRun reports whether the tokens [a, b) are exactly a name
// of the ATT&CK software list, whose groups the gazetteer knows.
func attackSoftwareRun(s *sent, a, b int) bool {
	if a >= b {
		return false
	}
	for _, n := range softwareIndex()[s.toks[a].text] {
		if len(n.words) != b-a {
			continue
		}
		same := true
		for k, w := range n.words {
			same = same && s.toks[a+k].text == w
		}
		if same {
			return true
		}
	}
	return false
}

// ransomwareFolded holds the one-word names of ransomwareNames in lower
// case.
var ransomwareFolded = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for n := range ransomwareNames() {
		if !strings.Contains(n, " ") && len(n) >= 5 {
			m[strings.ToLower(n)] = true
		}
	}
	return m
})

// ransomwareNames are the names ransomwareRun knows, by their tokens joined
// with spaces.
var ransomwareNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split(ransomwareFamilies, "|") {
		m[strings.Join(strings.Fields(strings.TrimSpace(n)), " ")] = true
	}
	for _, ns := range softwareIndex() {
		for _, n := range ns {
			if !n.ransomware {
				continue
			}
			m[strings.Join(n.words, " ")] = true
			// "LockBit 3.0", "Akira _v2", "Medusa Ransomware": the line.
			if k := len(n.words) - 1; k > 0 {
				if l := strings.ToLower(n.words[k]); l == "ransomware" || strings.Trim(l, "0123456789._v") == "" {
					m[strings.Join(n.words[:k], " ")] = true
				}
			}
		}
	}
	return m
})

// weakName reports whether a software name is also an ordinary word: one
// word of letters, capitalized or lower case ("Carbon", "netsh"). Names with
// digits, inner capitals, several words or all capitals are strong
// ("BlackEnergy", "Cobalt Strike", "SUNBURST", "T9000").
func weakName(name string) bool {
	if strings.ContainsAny(name, " 0123456789") {
		return false
	}
	inner := false
	letters, uppers := 0, 0
	for i, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if i > 0 {
					inner = true
				}
			}
		}
	}
	if uppers == letters && letters >= 3 {
		return false // SUNBURST
	}
	return !inner
}

// knownSoftware claims the malware and tools of the built-in list. A weak
// name counts only near a use verb or a software noun, or in a list with
// another piece of software.
func (r *recognizer) knownSoftware(s *sent) {
	idx := softwareIndex()
	if len(idx) == 0 {
		return
	}
	type cand struct {
		a, b int
		n    softwareName
	}
	var weak []cand
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 || !s.toks[i].word {
			continue
		}
		for _, n := range idx[s.toks[i].text] {
			j := i + len(n.words)
			if !s.wordsAt(i, n.words) || !s.free(i, j) {
				continue
			}
			if len(n.words) == 1 && len(r.countries[s.toks[i].text])+len(r.demonyms[s.toks[i].text]) > 0 {
				// A country alone is no software; "China Chopper" is.
				continue
			}
			// A weak ransomware name the document has already shown as
			// software stays software, standing alone: "the Conti
			// ransomware ... Conti was responsible for the attack on X"
			// (not "Royal Mail" after "the Royal ransomware").
			known := n.ransomware && r.softSeen[n.node.ID] && s.toks[i].cap && !(j < len(s.toks) && s.toks[j].cap) && !(i > 0 && s.toks[i-1].cap)
			// "SEPE was knocked offline by Ryuk": ransomware as the agent of
			// an attack told in the passive.
			known = known || n.ransomware && s.toks[i].cap && s.lower(i-1) == "by" && passiveAttackBefore(s, i-1)
			if !known && (n.weak && !softwareContext(s, i, j) || functionWord(s.toks[i].lower) && len(n.words) == 1 && !toolNouns.is(s.id(j))) {
				weak = append(weak, cand{i, j, n})
				break
			}
			if r.softSeen == nil {
				r.softSeen = map[string]bool{}
			}
			r.softSeen[n.node.ID] = true
			s.claim(ent{a: i, b: j, kind: n.node.Kind, node: n.node})
			i = j - 1
			break
		}
	}
	// "tools such as ntdsutil, netsh and wmic": a weak name next to software.
	for changed := true; changed; {
		changed = false
		for _, c := range weak {
			if !s.free(c.a, c.b) {
				continue
			}
			if softwareAt(s, c.a-2) && listJoin(s.lower(c.a-1)) || softwareAt(s, c.b+1) && listJoin(s.lower(c.b)) ||
				softwareAt(s, c.b+2) && s.lower(c.b) == "," && listJoin(s.lower(c.b+1)) {
				s.claim(ent{a: c.a, b: c.b, kind: c.n.node.Kind, node: c.n.node})
				changed = true
			}
		}
	}
}

// passiveAttackBefore reports whether the "by" at k closes a passive of
// attack: "was knocked offline by", "were encrypted by", "had been hit by".
func passiveAttackBefore(s *sent, k int) bool {
	for m := k - 1; m >= 1 && m >= k-4; m-- {
		if l := s.lower(m); l == "was" || l == "were" || l == "been" {
			for p := m + 1; p < k; p++ {
				if attackParticiples.is(s.id(p)) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// attackParticiples tell, after "was", what an attack did to its victim.
var attackParticiples = set(`hit|struck|attacked|breached|compromised|encrypted|knocked|crippled|disrupted|paralyzed|paralysed|
infected|targeted|locked|downed|taken|shut|hacked`)

func listJoin(l string) bool { return l == "," || l == "and" || l == "or" }

// softwareAt reports whether token i belongs to malware or a tool.
func softwareAt(s *sent, i int) bool {
	j := s.entAt(i)
	return j >= 0 && (s.ents[j].kind == graph.Malware || s.ents[j].kind == graph.Tool)
}

// softwareContext reports whether a use verb or a software noun stands
// within five words of the name [a, b).
func softwareContext(s *sent, a, b int) bool {
	for k := a - 5; k < b+5; k++ {
		if k >= a && k < b || k < 0 || k >= len(s.toks) {
			continue
		}
		l := s.lower(k)
		lID := s.id(k)
		if useVerbs.is(lID) || malwareNouns.is(lID) || toolNouns.is(lID) || l == "variant" || l == "ransomware" {
			return true
		}
	}
	return false
}

// functionWord reports whether a name is also a word of English grammar
// ("at", "as"): such a name counts only before a tool noun or in a list.
func functionWord(l string) bool {
	return len(l) <= 2 || starters.has(l) || clauseStops.has(l) || afterNoun.has(l)
}

// companyWords end a company's name after a word that is also software.
var companyWords = set(`software|solutions|technology|technologies|security|systems|consulting|computer|computers|electronics`)

// ransomwareFamilies are ransomware and data-extortion operations that
// ATT&CK does not list as software, by the names the press gives them. Like
// the families of the built-in list, they stand for their gang only where a
// cue says so ("hit by DoppelPaymer", "Rhysida was behind the attack",
// "BlackSuit affiliates"); nothing makes them software or actors alone.
const ransomwareFamilies = `8Base|Abyss|Anubis|Arcus Media|Avos|BianLian|BlackLock|BlackMatter|BlackSuit|Black Kingdom|Black Suit|
Brain Cipher|Cactus|Cerber|Cicada3301|Cl0p|CL0P|Cring|CrossLock|CryptoLocker|Daixin|DarkSide|DarkVault|Dharma|
DoppelPaymer|DragonForce|El Dorado|Everest|FunkSec|GandCrab|Hades|Hellcat|Hive|Hunters International|
INC Ransom|Interlock|Karakurt|Kairos|Knight|Lorenz|LV|Lynx|Mallox|MedusaLocker|Money Message|Monti|MountLocker|
Nefilim|NoEscape|Nokoyawa|Phobos|Quantum|RA World|RansomEXX|RansomHouse|Ranzy|Rhysida|SafePay|Sarcoma|Snatch|
Termite|ThreeAM|3AM|Trigona|Vice Society|Yanluowang|Zeppelin|Stormous|Ransomed.vc|Chaos|Fog|Gunra|
Warlock|Devman|Dire Wolf|Sinobi|Kraken|Nova|Beast|Mimic|Vanir|Trinity|Ako|Vohuk|Arkana|Cyclops|Bert|Malas|
Cheers|BlackHunt`

// otherMalware are malware families ATT&CK does not list that reports name
// often: IoT botnets ("Mirai", "KV-botnet") and commercial spyware
// ("Pegasus", "Predator"). Like ATT&CK's, they are software, never actors.
const otherMalware = `Mirai|Mozi|Moobot|Gafgyt|Hajime|Meris|Glupteba|KV-botnet|Raptor Train|Pegasus|Predator|FluBot|SmokeLoader`
