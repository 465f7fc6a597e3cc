package lexicon

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/dicts"
	"github.com/dyad-events/dyad/internal/cameo"
)

// Floors for the shipped dictionaries; raise them as content grows.
const (
	minCountries = 193
	minPlaces    = 1000
	minPeople    = 2550
)

func TestDefaultLoads(t *testing.T) {
	_, errs := Load(dicts.FS())
	for _, err := range errs {
		t.Error(err)
	}
	if errs := Check(dicts.FS(), nil); len(errs) > 0 {
		for _, err := range errs {
			t.Error(err)
		}
	}
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	countries := map[string]bool{}
	for _, e := range l.Entries() {
		if e.Kind == Country && len(e.Codes) == 1 && len(e.Codes[0].Code) == 3 {
			countries[e.Codes[0].Code] = true
		}
	}
	if len(countries) < minCountries {
		t.Errorf("%d country codes, want at least %d", len(countries), minCountries)
	}
	if n := l.Count(Place); n < minPlaces {
		t.Errorf("%d places, want at least %d", n, minPlaces)
	}
	if n := l.Count(Person); n < minPeople {
		t.Errorf("%d people, want at least %d", n, minPeople)
	}
}

// TestDefaultCodesKnown checks every shipped code against internal/cameo.
func TestDefaultCodesKnown(t *testing.T) {
	valid := func(code string, k Kind) error {
		_, err := cameo.ParseActor(code)
		return err
	}
	for _, err := range Check(dicts.FS(), valid) {
		t.Error(err)
	}
}

func TestDefaultLookups(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, date, code string
		kind             Kind
	}{
		{"Blinken", "2022-05-01", "USAGOV", Person},
		{"Antony Blinken", "2022-05-01", "USAGOV", Person},
		{"Marco Rubio", "2026-03-01", "USAGOV", Person},
		{"Rubio", "2026-03-01", "USAGOV", Person},
		{"Rubio", "2015-03-01", "USALEG", Person},
		{"John Kerry", "2014-01-01", "USAGOV", Person},
		{"John Kerry", "2010-01-01", "USALEG", Person},
		{"Donald Trump", "2019-01-01", "USAGOV", Person},
		{"Donald Trump", "2026-01-01", "USAGOV", Person},
		{"Donald Trump", "2023-01-01", "", Person},
		{"Joe Biden", "2012-01-01", "USAGOV", Person},
		{"Biden", "2022-01-01", "USAGOV", Person},
		{"Putin", "2010-01-01", "RUSGOV", Person},
		{"Zelensky", "2023-01-01", "UKRGOV", Person},
		{"Zelenskyy", "2023-01-01", "UKRGOV", Person},
		{"Volodymyr Zelenskiy", "2023-01-01", "UKRGOV", Person},
		{"Erdogan", "2024-01-01", "TURGOV", Person},
		{"Erdoğan", "2024-01-01", "TURGOV", Person},
		{"Shoigu", "2020-01-01", "RUSGOVMIL", Person},
		{"Tokayev", "2022-01-05", "KAZGOV", Person},
		{"Kiev", "", "UKRGOV", Country},
		{"Kyiv", "", "UKRGOV", Country},
		{"Emirati", "", "ARE", Country},
		{"Kyrgyz", "", "KGZ", Country},
		{"Kyrgyzstani", "", "KGZ", Country},
		{"Filipino", "", "PHL", Country},
		{"U.S.", "", "USA", Country},
		{"US", "", "USA", Country},
		{"UK", "", "GBR", Country},
		{"PRC", "", "CHN", Country},
		{"DPRK", "", "PRK", Country},
		{"UAE", "", "ARE", Country},
		{"Moscow", "", "RUSGOV", Country},
		{"Beijing", "", "CHNGOV", Country},
		{"Washington", "", "USAGOV", Country},
		{"NATO", "", "IGOWSTNAT", Actor},
		{"European Union", "", "IGOEUREEC", Actor},
		{"UN Security Council", "", "IGOUNO", Actor},
		{"UNHCR", "", "IGOUNOREFHCR", Actor},
		{"Central Asia", "", "CAS", Actor},
		{"West African states", "", "WAF", Actor},
		{"Gulf monarchies", "", "PGS", Actor},
		{"C5+1", "", "IGOCAS", Actor},
		{"Pentagon", "", "USAGOVMIL", Country},
		{"Kremlin", "", "RUSGOV", Country},
		{"Taliban", "2019-01-01", "AFGREB", Actor},
		{"Taliban", "2022-01-01", "AFGGOV", Actor},
		{"Hakan Fidan", "2024-05-01", "TURGOV", Person},
		{"Kaja Kallas", "2025-06-01", "IGOEUREEC", Person},
		{"Kaja Kallas", "2022-06-01", "ESTGOV", Person},
		{"Mark Rutte", "2025-01-01", "IGOWSTNAT", Person},
		{"Friedrich Merz", "2025-06-01", "DEUGOV", Person},
		{"Sadyr Japarov", "2024-01-01", "KGZGOV", Person},
		{"Le Maire", "2020-01-01", "FRAGOV", Person},
		{"foreign minister", "", "GOV", Agent},
		{"foreign ministers", "", "GOV", Agent},
		{"troops", "", "MIL", Agent},
		{"protesters", "", "OPP", Agent},
		{"lawmakers", "", "LEG", Agent},
	}
	for _, c := range cases {
		ws := strings.Fields(c.text)
		m, ok := l.Match(ws, 0, c.date)
		if !ok {
			t.Errorf("%q: no match", c.text)
			continue
		}
		if m.End != len(ws) || m.Code != c.code || m.Kind != c.kind {
			t.Errorf("%q on %q: got %q %v (end %d, %s), want %q %v", c.text, c.date, m.Code, m.Kind, m.End, m.Source, c.code, c.kind)
		}
	}
	for _, p := range []string{"Kyiv", "Kiev", "Almaty", "Bishkek", "Washington"} {
		m, ok := l.MatchKind([]string{p}, 0, "", Place)
		if !ok || !m.Entry.HasCoord {
			t.Errorf("place %q: %+v %v", p, m, ok)
		}
	}
	// "Turkey's foreign minister": the country and the agent pieces.
	ws := []string{"Turkey", "'s", "foreign", "minister"}
	if m, ok := l.Match(ws, 0, "2024-05-01"); !ok || m.Code != "TUR" || m.End != 1 {
		t.Errorf("Turkey: %+v", m)
	}
	if m, ok := l.Match(ws, 2, "2024-05-01"); !ok || m.Code != "GOV" || m.End != 4 {
		t.Errorf("foreign minister: %+v", m)
	}
	// The pronoun "us" is not the United States.
	if m, ok := l.Match([]string{"us"}, 0, ""); ok {
		t.Errorf("us matched %+v", m)
	}
}

func BenchmarkDefaultMatch(b *testing.B) {
	l, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	ws := strings.Fields("Turkey 's Foreign Minister Hakan Fidan met U.S. Secretary of State Marco Rubio in Kyiv on Tuesday , the ministry said")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Match(ws, i%len(ws), "2025-05-01")
	}
}
