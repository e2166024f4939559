package sheet_test

import (
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/sheet"
)

func ExampleRead() {
	csv := `source,source_kind,type,target,target_kind,report,date,quote
Harbor Kestrel,threat actor,targets,Port Authority of Examplia,organization,Weekly brief,2024-03-05,"Harbor Kestrel sent lures to port staff."
Harbor Kestrel,threat actor,uses,TIDEPOOL,malware,Weekly brief,2024-03-05,
`
	b, st, err := sheet.Read("brief.csv", []byte(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range b.Edges {
		ev := e.Evidence[0]
		fmt.Println(e.Source, e.Type, e.Target, "|", ev.Report.ID, ev.Report.Date, ev.Locator)
	}
	fmt.Println(st.Loaded)
	// Output:
	// threatactor:harbor-kestrel TARGETED organization:port-authority-of-examplia | sheet:brief.csv:weekly-brief 2024-03-05 brief.csv:2
	// threatactor:harbor-kestrel USES malware:tidepool | sheet:brief.csv:weekly-brief 2024-03-05 brief.csv:3
	// map[TARGETED:1 USES:1]
}

func ExampleRead_error() {
	yaml := `- source: Harbor Kestrel
  source_kind: threat actor
  type: uses
  target: TIDEPOOL
  target_kind: malwre
`
	_, _, err := sheet.Read("brief.yaml", []byte(yaml))
	var ie *graph.InputError
	if errors.As(err, &ie) {
		fmt.Println(ie.File, ie.Line, ie.Field, errors.Is(err, graph.ErrInvalid))
	}
	// Output:
	// brief.yaml 5 target_kind true
}
