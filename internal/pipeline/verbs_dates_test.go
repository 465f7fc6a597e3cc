package pipeline

import (
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// dateCases are invented stories dated Thursday 4 June 2026, with the date
// a reader gives the event coded with code. Weekdays in reports of the
// past look back to the latest such day on or before the story's date;
// in the future they look forward; "last" and "next" say which; a story
// that has told of an event on its own weekday and goes on to the next
// day tells of the day after its date.
var dateCases = []struct{ text, code, date string }{
	{"Japan's foreign minister visited Kenya on Friday.", "042", "2026-05-29"},
	{"Japan's foreign minister visited Kenya on Thursday.", "042", "2026-06-04"},
	{"Japan's foreign minister visited Kenya last Thursday.", "042", "2026-05-28"},
	{"The Turkish president will visit Greece on Friday.", "042", "2026-06-05"},
	{"The Brazilian president will visit Argentina next Thursday.", "042", "2026-06-11"},
	{"Japan's foreign minister arrived in Kenya on Thursday. On Friday, he flew to Uganda, where the Ugandan president hosted him.", "043", "2026-06-05"},
	{"Japan's foreign minister arrived in Kenya on Thursday. On Monday, he had visited Uganda.", "042", "2026-06-01"},
	{"Egypt's president met the Sudanese foreign minister yesterday.", "040", "2026-06-03"},
}

func TestEventDates(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, c := range dateCases {
		d := &doc.Document{ID: "d", Text: c.text, Date: "2026-06-04"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := false
		for _, s := range d.Sentences {
			for _, e := range s.Events {
				got = append(got, e.CAMEO+"@"+e.Date)
				if e.CAMEO == c.code && e.Date == c.date {
					ok = true
				}
			}
		}
		if ok {
			pass++
		} else {
			t.Logf("miss: %q: want %s on %s, got %v", c.text, c.code, c.date, got)
		}
	}
	t.Logf("%d of %d dated as expected", pass, len(dateCases))
	if pass < len(dateCases)-1 {
		t.Errorf("only %d of %d dates right", pass, len(dateCases))
	}
}
