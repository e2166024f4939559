package stix

// Stats counts, for one structured file, the objects loaded and skipped by
// object type ("intrusion-set", "relationship", "cluster", "TARGETED"), and
// the skipped ones by reason ("revoked", "deprecated", "unmodelled type",
// "endpoint not loaded", ...). Every skipped object has exactly one reason, so
// Skipped and SkipReasons have the same total. The MISP and sheet readers use
// the same type. The zero value is ready to use.
type Stats struct {
	Loaded      map[string]int `json:"loaded,omitempty"`
	Skipped     map[string]int `json:"skipped,omitempty"`
	SkipReasons map[string]int `json:"skip_reasons,omitempty"`
}

// The reasons for skipping an object, shared by the readers of structured files.
const (
	ReasonRevoked          = "revoked"
	ReasonDeprecated       = "deprecated"
	ReasonUnmodelledType   = "unmodelled type"
	ReasonUnmodelledRel    = "unmodelled relationship type"
	ReasonEndpointSkipped  = "endpoint not loaded"
	ReasonEndpointMissing  = "endpoint not in bundle"
	ReasonAuthor           = "author identity"
	ReasonNotCountry       = "location without country"
	ReasonRegion           = "region, not a country"
	ReasonUnknown          = "unknown value"
	ReasonOlderVersion     = "older version of an object"
	ReasonUnmodelledGalaxy = "unmodelled galaxy type"
)

// Load counts one object of type typ as loaded.
func (s *Stats) Load(typ string) { s.LoadN(typ, 1) }

// LoadN counts n objects of type typ as loaded.
func (s *Stats) LoadN(typ string, n int) {
	if s.Loaded == nil {
		s.Loaded = map[string]int{}
	}
	s.Loaded[typ] += n
}

// Skip counts one object of type typ as skipped for reason.
func (s *Stats) Skip(typ, reason string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
		s.SkipReasons = map[string]int{}
	}
	s.Skipped[typ]++
	s.SkipReasons[reason]++
}

// Add sums o into s, for a summary over several files.
func (s *Stats) Add(o Stats) {
	for k, v := range o.Loaded {
		s.LoadN(k, v)
	}
	for k, v := range o.Skipped {
		if s.Skipped == nil {
			s.Skipped = map[string]int{}
		}
		s.Skipped[k] += v
	}
	for k, v := range o.SkipReasons {
		if s.SkipReasons == nil {
			s.SkipReasons = map[string]int{}
		}
		s.SkipReasons[k] += v
	}
}
