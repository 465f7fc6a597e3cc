package pipeline

import (
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/tokenize"
)

func TestDatelineDate(t *testing.T) {
	cases := map[string]string{
		"ASTANA, March 12, 2026 - Officials met.":                          "2026-03-12",
		"Headline here\n\nLONDON, 5 May 2025 (Reuters) - Talks resumed.":   "2025-05-05",
		"GAZA CITY, Palestinian Territories, Aug. 3, 2014 - Shelling hit.": "2014-08-03",
		"Officials met in Astana on March 12, 2026 - and agreed.":          "",
		"MOSCOW - Russia said nothing.":                                    "",
		"No dateline at all.":                                              "",
	}
	tk := tokenize.New()
	for text, want := range cases {
		d := &doc.Document{Text: text}
		tk.Split(d)
		got, ok := datelineDate(d)
		if got != want || ok != (want != "") {
			t.Errorf("%q: got %q %v, want %q", text, got, ok, want)
		}
	}
}

func TestProcessTakesTheDatelineDate(t *testing.T) {
	p, _ := New(Options{DefaultDate: "2000-01-01"})
	d := &doc.Document{ID: "x", Text: "ASTANA, March 12, 2026 - China accused the United States of interfering."}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	if d.Date != "2026-03-12" {
		t.Errorf("document date %q, want the dateline's 2026-03-12", d.Date)
	}
	d = &doc.Document{ID: "y", Date: "2024-01-01", Text: "ASTANA, March 12, 2026 - Talks."}
	_ = p.Process(d)
	if d.Date != "2024-01-01" {
		t.Errorf("a given date must win over the dateline: %q", d.Date)
	}
}
