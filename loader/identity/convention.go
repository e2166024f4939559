package identity

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// Convention is how threat actors are named for display: after the MISP
// galaxy (the default), after MITRE ATT&CK, or after one vendor. It never
// changes an id: ids come from the gazetteer's canonical (MISP) name.
type Convention struct {
	// Name is the convention as given, folded: "misp", "mitre" or a vendor key.
	Name   string
	vendor *vendor
}

// vendor is a company that names threat actors: the names it goes by in
// the MISP galaxy's origin and name-attribution data, and the patterns of
// the names it gives, the current scheme first.
type vendor struct {
	key      string
	aliases  []string // other keys users may write: "fireeye" for Mandiant
	names    []string // how the gazetteer data names it
	patterns []*regexp.Regexp
}

func re(s string) *regexp.Regexp { return regexp.MustCompile(`(?i)^(?:` + s + `)$`) }

// vendors lists the conventions a user can choose besides misp and mitre.
func vendors() []*vendor {
	return []*vendor{
		{key: "mandiant", aliases: []string{"fireeye", "google"}, names: []string{"Mandiant", "FireEye"},
			patterns: []*regexp.Regexp{re(`APT ?\d+`), re(`FIN ?\d+`), re(`UNC ?\d+`), re(`TEMP\.[A-Za-z]+`)}},
		{key: "microsoft", aliases: []string{"msft", "msticpy", "mstic"}, names: []string{"Microsoft"},
			patterns: []*regexp.Regexp{re(`[A-Za-z]+ (Typhoon|Blizzard|Sleet|Sandstorm|Tempest|Hail|Dust|Cyclone|Flood|Rain|Tsunami)`),
				re(`Storm-\d{3,4}`), re(`DEV-\d{3,4}`)}},
		{key: "crowdstrike", names: []string{"CrowdStrike"},
			patterns: []*regexp.Regexp{re(`[A-Za-z]+ (Panda|Bear|Kitten|Chollima|Spider|Tiger|Jackal|Buffalo|Leopard|Crane|Hawk|Lynx|Ocelot|Wolf|Saiga|Kangaroo)`)}},
		{key: "secureworks", aliases: []string{"ctu", "sophos"}, names: []string{"Secureworks", "SecureWorks"},
			patterns: []*regexp.Regexp{re(`(BRONZE|IRON|COBALT|GOLD|NICKEL|TUNGSTEN|PLATINUM|COPPER|ALUMINUM|ZINC|SILVER|LEAD|CHROMIUM) [A-Z]+`), re(`TG-\d{4}`)}},
		{key: "proofpoint", names: []string{"Proofpoint"}, patterns: []*regexp.Regexp{re(`TA ?\d{3,4}`)}},
		{key: "paloalto", aliases: []string{"paloaltonetworks", "unit42"}, names: []string{"Palo Alto Networks"},
			patterns: []*regexp.Regexp{re(`[A-Za-z]+ (Taurus|Ursa|Serpens|Libra|Scorpius|Pisces|Draco|Gemini|Leo|Aries|Cygnus|Lynx|Orion|Capricorn|Virgo|Aquarius|Sagittarius|Cancer)`)}},
		{key: "trendmicro", aliases: []string{"trend"}, names: []string{"Trend Micro"},
			patterns: []*regexp.Regexp{re(`(Earth|Water|Void) [A-Za-z]+`)}},
		{key: "recordedfuture", aliases: []string{"insikt"}, names: []string{"Recorded Future"},
			patterns: []*regexp.Regexp{re(`TAG-\d+`), re(`(Red|Blue|Green|Purple|Gray|Grey|Black|White)[A-Z][a-z]+`)}},
		{key: "talos", aliases: []string{"cisco", "ciscotalos"}, names: []string{"Cisco Talos"}, patterns: []*regexp.Regexp{re(`UAT-\d+`)}},
		{key: "elastic", names: []string{"Elastic"}, patterns: []*regexp.Regexp{re(`REF ?\d+`)}},
		{key: "kaspersky", names: []string{"Kaspersky"}},
		{key: "eset", names: []string{"ESET"}},
		{key: "symantec", aliases: []string{"broadcom"}, names: []string{"Symantec"}},
		{key: "checkpoint", names: []string{"Check Point"}},
		{key: "sentinelone", aliases: []string{"sentinellabs"}, names: []string{"SentinelOne"}},
		{key: "groupib", names: []string{"Group-IB"}},
		{key: "dragos", names: []string{"Dragos"}},
		{key: "volexity", names: []string{"Volexity"}},
		{key: "pwc", names: []string{"PwC"}},
		{key: "qianxin", names: []string{"QiAnXin"}, patterns: []*regexp.Regexp{re(`APT-C-\d+`)}},
	}
}

// foldKey keeps the letters and digits of s, lower-cased.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ConventionNames returns the conventions ParseConvention accepts, sorted
// after misp and mitre.
func ConventionNames() []string {
	var out []string
	for _, v := range vendors() {
		out = append(out, v.key)
		out = append(out, v.aliases...)
	}
	sort.Strings(out)
	return append([]string{"misp", "mitre"}, out...)
}

// ParseConvention reads a naming convention: "misp" (also empty), "mitre"
// (or "attack"), or a vendor ("mandiant", "fireeye", "microsoft",
// "crowdstrike", "secureworks", "proofpoint", ...); case and punctuation do
// not matter. Anything else is an error wrapping graph.ErrInvalid.
func ParseConvention(s string) (Convention, error) {
	k := foldKey(s)
	switch k {
	case "", "misp", "mispgalaxy":
		return Convention{Name: "misp"}, nil
	case "mitre", "attack", "mitreattack":
		return Convention{Name: "mitre"}, nil
	}
	for _, v := range vendors() {
		if k == v.key || contains(v.aliases, k) {
			return Convention{Name: v.key, vendor: v}, nil
		}
	}
	return Convention{}, fmt.Errorf("%w: naming convention %q is unknown (want one of %s)", graph.ErrInvalid, s, strings.Join(ConventionNames(), ", "))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// VendorOf says which vendor a name belongs to by the gazetteer's data
// (entry may be nil) or else by the naming patterns; "" when neither tells.
func VendorOf(name string, entry *gazetteer.Entry) string {
	if entry != nil {
		if v := entry.VendorOf(name); v != "" {
			return v
		}
	}
	for _, v := range vendors() {
		for _, p := range v.patterns {
			if p.MatchString(strings.TrimSpace(name)) {
				return v.names[0]
			}
		}
	}
	return ""
}

// pick chooses the display name among names for the vendor convention, ""
// when none of them is the vendor's: a name that fits the vendor's current
// naming scheme first, one the data credits to the vendor next, then the
// better written, then alphabetical.
func (v *vendor) pick(names []string, entry *gazetteer.Entry) string {
	type cand struct {
		name     string
		rank     int // index of the first pattern it fits, len(patterns) for none
		credited bool
	}
	var cands []cand
	for _, n := range names {
		c := cand{name: n, rank: len(v.patterns)}
		for i, p := range v.patterns {
			if p.MatchString(strings.TrimSpace(n)) {
				c.rank = i
				break
			}
		}
		if entry != nil {
			if who := entry.VendorOf(n); who != "" {
				if !contains(v.names, who) {
					// The data credits another vendor: a lookalike, not theirs.
					continue
				}
				c.credited = true
			}
		}
		if c.rank == len(v.patterns) && !c.credited {
			continue
		}
		cands = append(cands, c)
	}
	if len(cands) == 0 {
		return ""
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.credited != b.credited {
			return a.credited
		}
		if ua, ub := upper(a.name), upper(b.name); ua != ub {
			return ua > ub
		}
		if len(a.name) != len(b.name) {
			return len(a.name) < len(b.name)
		}
		return a.name < b.name
	})
	return cands[0].name
}

func upper(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n
}

// Display returns the display name of an entity under the convention.
// entry is its gazetteer entry (nil for an actor the gazetteer does not
// know), names every name it has (a name split away by the curation is not
// one of them), mitreName the name ATT&CK's record of it has, fallback the
// name to use when the convention has nothing to say.
func (c Convention) Display(entry *gazetteer.Entry, names []string, mitreName, fallback string) string {
	has := func(n string) bool {
		k := gazetteer.LookupKey(n)
		for _, x := range names {
			if k != "" && gazetteer.LookupKey(x) == k {
				return true
			}
		}
		return false
	}
	switch {
	case c.vendor != nil:
		if n := c.vendor.pick(names, entry); n != "" {
			return n
		}
	case c.Name == "mitre":
		if entry != nil && entry.MITREName != "" && has(entry.MITREName) {
			return entry.MITREName
		}
		if mitreName != "" && has(mitreName) {
			return mitreName
		}
	}
	if entry != nil && has(entry.Name) {
		return entry.Name
	}
	return fallback
}
