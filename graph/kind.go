package graph

import (
	"fmt"
	"strings"
)

// Kind is the label of an entity. The set is closed: only the constants below
// are valid, and only they ever reach a store's query text.
type Kind string

// The entity kinds.
const (
	ThreatActor    Kind = "ThreatActor"
	Organization   Kind = "Organization"
	Person         Kind = "Person"
	Sector         Kind = "Sector"
	Country        Kind = "Country"
	Campaign       Kind = "Campaign"
	Malware        Kind = "Malware"
	Tool           Kind = "Tool"
	Infrastructure Kind = "Infrastructure"
	Report         Kind = "Report"
)

var kinds = []Kind{ThreatActor, Organization, Person, Sector, Country, Campaign, Malware, Tool, Infrastructure, Report}

// Kinds returns every entity kind in a fixed order.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// Valid reports whether k is one of the entity kinds.
func (k Kind) Valid() bool {
	for _, v := range kinds {
		if k == v {
			return true
		}
	}
	return false
}

// ParseKind reads a kind written by a user or a sheet: case and separators do
// not matter ("threat-actor", "Threat Actor", "threatactor"). It returns an
// error wrapping ErrInvalid for anything else.
func ParseKind(s string) (Kind, error) {
	key := squash(s)
	for _, k := range kinds {
		if squash(string(k)) == key {
			return k, nil
		}
	}
	switch key {
	case "actor", "group", "intrusionset", "apt":
		return ThreatActor, nil
	case "org", "organisation", "identity", "company", "agency":
		return Organization, nil
	case "location", "nation", "state":
		return Country, nil
	case "industry":
		return Sector, nil
	}
	return "", fmt.Errorf("%w: unknown entity kind %q (want one of %s)", ErrInvalid, s, joinKinds())
}

func joinKinds() string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// RelType is the type of a relationship. The set is closed like Kind.
type RelType string

// The relationship types.
const (
	Targeted       RelType = "TARGETED"
	AttributedTo   RelType = "ATTRIBUTED_TO"
	Uses           RelType = "USES"
	LocatedIn      RelType = "LOCATED_IN"
	PartOf         RelType = "PART_OF"
	AffiliatedWith RelType = "AFFILIATED_WITH"
	RelatedTo      RelType = "RELATED_TO"
)

var relTypes = []RelType{Targeted, AttributedTo, Uses, LocatedIn, PartOf, AffiliatedWith, RelatedTo}

// RelTypes returns every relationship type in a fixed order.
func RelTypes() []RelType { return append([]RelType(nil), relTypes...) }

// Valid reports whether t is one of the relationship types.
func (t RelType) Valid() bool {
	for _, v := range relTypes {
		if t == v {
			return true
		}
	}
	return false
}

// ParseRelType reads a relationship type written by a user or a sheet: case and
// separators do not matter ("targets", "attributed-to" and "ATTRIBUTED_TO" are
// accepted). It returns an error wrapping ErrInvalid for anything else.
func ParseRelType(s string) (RelType, error) {
	key := squash(s)
	for _, t := range relTypes {
		if squash(string(t)) == key {
			return t, nil
		}
	}
	switch key {
	case "targets", "target", "attacked", "attacks", "compromised", "breached", "hacked":
		return Targeted, nil
	case "attributedto", "attributed", "sponsoredby", "ties", "tiedto":
		return AttributedTo, nil
	case "use", "used", "using", "deploys", "deployed":
		return Uses, nil
	case "locatedat", "locatedin", "in", "basedin":
		return LocatedIn, nil
	case "partof", "memberof", "subsidiaryof":
		return PartOf, nil
	case "affiliatedwith", "affiliated":
		return AffiliatedWith, nil
	case "relatedto", "related":
		return RelatedTo, nil
	}
	names := make([]string, len(relTypes))
	for i, t := range relTypes {
		names[i] = string(t)
	}
	return "", fmt.Errorf("%w: unknown relationship type %q (want one of %s)", ErrInvalid, s, strings.Join(names, ", "))
}

func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}
