package export_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/export"
)

func ExampleParseSpec() {
	deck := `title: Cambodia 2018 election intrusions
tlp: AMBER
slides:
  - query: who-targeted
    args: ["election commission"]
  - query: path
    args: ["TEMP.Periscope", "Ministry of Interior"]
    title: How the group reached the ministry
`
	spec, err := export.ParseSpec("deck.yaml", []byte(deck))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(spec.Title, "|", spec.Marking.Text, "on", spec.Marking.Bg)
	for _, s := range spec.Slides {
		fmt.Printf("line %d: %s %q title=%q\n", s.Line, s.Query, s.Args, s.Title)
	}

	_, err = export.ParseSpec("deck.yaml", []byte("slides:\n  - query: who-did\n    args: [x]\n"))
	fmt.Println(err)
	// Output:
	// Cambodia 2018 election intrusions | TLP:AMBER on #000000
	// line 4: who-targeted ["election commission"] title=""
	// line 6: path ["TEMP.Periscope" "Ministry of Interior"] title="How the group reached the ministry"
	// deck.yaml:2: field query: invalid: unknown query "who-did" (want one of who-targeted, victims-of, neighborhood, path, search)
}

func ExampleParseSlideFlag() {
	for _, flag := range []string{"who-targeted:election commission", "path:APT28:Ministry of Defence"} {
		s, err := export.ParseSlideFlag(flag)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %q\n", s.Query, s.Args)
	}
	// Output:
	// who-targeted ["election commission"]
	// path ["APT28" "Ministry of Defence"]
}
