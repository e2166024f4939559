package graph

// Direction says which edges of a node to follow.
type Direction int

// The directions.
const (
	Out  Direction = iota // edges leaving the node
	In                    // edges arriving at the node
	Both                  // either
)

// String names the direction.
func (d Direction) String() string {
	switch d {
	case Out:
		return "out"
	case In:
		return "in"
	default:
		return "both"
	}
}

// Counts sums what a store holds.
type Counts struct {
	Nodes   int             `json:"nodes"`
	Edges   int             `json:"edges"`
	Reports int             `json:"reports"`
	ByKind  map[Kind]int    `json:"by_kind,omitempty"`
	ByType  map[RelType]int `json:"by_type,omitempty"`
}
