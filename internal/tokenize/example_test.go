package tokenize_test

import (
	"fmt"
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/tokenize"
)

func ExampleTokenizer_Split() {
	d := &doc.Document{ID: "ex", Text: "Gen. Smith met U.N. envoys on Jan. 5. \"We can't wait,\" he said.\n\nTalks resume"}
	tokenize.New().Split(d)
	for _, s := range d.Sentences {
		var forms []string
		for _, t := range s.Tokens {
			forms = append(forms, t.Form)
		}
		fmt.Printf("%s %d-%d newpar=%v: %s\n", s.ID, s.Start, s.End, s.NewPar, strings.Join(forms, " "))
	}
	// Output:
	// ex-1 0-37 newpar=true: Gen. Smith met U.N. envoys on Jan. 5 .
	// ex-2 38-63 newpar=false: " We ca n't wait , " he said .
	// ex-3 65-77 newpar=true: Talks resume
}
