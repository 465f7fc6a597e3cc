package lexicon

import (
	"strings"
	"testing"
)

func words(s string) []string { return strings.Fields(s) }

func testLex(t *testing.T) *Lexicon {
	t.Helper()
	l := New()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(l.AddActor("United States", []DatedCode{{Code: "USA"}}, "t:1"))
	must(l.AddActor("US", []DatedCode{{Code: "USA"}}, "t:2"))
	must(l.AddActor("United States Congress", []DatedCode{{Code: "USALEG"}}, "t:3"))
	must(l.AddActor("John Kerry", []DatedCode{{Code: "USAGOV", From: "2013-02-01", To: "2017-01-20"}, {Code: "USALEG", From: "1985-01-03", To: "2013-02-01"}}, "t:4"))
	must(l.AddActor("Erdoğan", []DatedCode{{Code: "TURGOV"}}, "t:5"))
	must(l.AddActor("People's Republic of China", []DatedCode{{Code: "CHN"}}, "t:6"))
	must(l.AddAgent("foreign minister", "~GOV", "t:7"))
	must(l.AddAgent("spokesman", "GOV", "t:8"))
	must(l.AddAgent("army", "MIL", "t:9"))
	must(l.Add(&Entry{Kind: Place, Names: []string{"Kyiv", "Kiev"}, Codes: []DatedCode{{Code: "UKR"}}, HasCoord: true, Lat: 50.45, Lon: 30.52, Source: "t:10"}))
	must(l.Add(&Entry{Kind: Country, Names: []string{"Kyiv", "Kiev"}, Codes: []DatedCode{{Code: "UKRGOV"}}, Source: "t:11"}))
	return l
}

func TestMatch(t *testing.T) {
	l := testLex(t)
	cases := []struct {
		text string
		i    int
		date string
		end  int
		code string
		kind Kind
	}{
		{"the United States said", 1, "2020-01-01", 3, "USA", Actor},
		{"the United States Congress voted", 1, "", 4, "USALEG", Actor},
		{"U.S. troops", 0, "", 1, "USA", Actor},
		{"US troops", 0, "", 1, "USA", Actor},
		{"UNITED STATES SAYS", 0, "", 2, "USA", Actor},
		{"John Kerry met", 0, "2014-06-01", 2, "USAGOV", Actor},
		{"John Kerry met", 0, "2010-06-01", 2, "USALEG", Actor},
		{"John Kerry met", 0, "2020-06-01", 2, "", Actor},
		{"John Kerry met", 0, "2013-02-01T10:00:00Z", 2, "USAGOV", Actor},
		{"Erdogan spoke", 0, "", 1, "TURGOV", Actor},
		{"ERDOĞAN'S party", 0, "", 1, "TURGOV", Actor},
		{"Erdoğan’s party", 0, "", 1, "TURGOV", Actor},
		{"People’s Republic of China", 0, "", 4, "CHN", Actor},
		{"People 's Republic of China", 0, "", 5, "CHN", Actor},
		{"foreign ministers met", 0, "", 2, "GOV", Agent},
		{"the foreign minister's visit", 1, "", 3, "GOV", Agent},
		{"foreign ministers' meeting", 0, "", 2, "GOV", Agent},
		{"spokesmen said", 0, "", 1, "GOV", Agent},
		{"armies", 0, "", 1, "MIL", Agent},
		{"Kiev said", 0, "", 1, "UKRGOV", Country},
	}
	for _, c := range cases {
		m, ok := l.Match(words(c.text), c.i, c.date)
		if !ok {
			t.Errorf("%q at %d: no match", c.text, c.i)
			continue
		}
		if m.End != c.end || m.Code != c.code || m.Kind != c.kind {
			t.Errorf("%q at %d on %s: got end %d code %q kind %v, want %d %q %v", c.text, c.i, c.date, m.End, m.Code, m.Kind, c.end, c.code, c.kind)
		}
	}
	for _, s := range []string{"us", "tell us", "Us", "united"} {
		if m, ok := l.Match(words(s), 0, ""); ok {
			t.Errorf("%q matched %+v", s, m)
		}
	}
	if m, ok := l.MatchKind(words("in Kyiv"), 1, "", Place); !ok || m.Code != "UKR" || !m.Entry.HasCoord {
		t.Errorf("place Kyiv: %+v %v", m, ok)
	}
	if ms := l.MatchAll(words("Kyiv"), 0, ""); len(ms) != 2 {
		t.Errorf("MatchAll Kyiv: %d matches", len(ms))
	}
	// Out of range indexes and empty input.
	if _, ok := l.Match(nil, 0, ""); ok {
		t.Error("nil words matched")
	}
	if _, ok := l.Match(words("US"), 5, ""); ok {
		t.Error("index past end matched")
	}
	if _, ok := l.Match(words("US"), -1, ""); ok {
		t.Error("negative index matched")
	}
}

func TestResolveEmptyDate(t *testing.T) {
	e := &Entry{Codes: []DatedCode{{Code: "USAGOV", From: "2017-01-20", To: "2021-01-20"}, {Code: "USAGOV2", From: "2025-01-20"}, {Code: "USA"}}}
	if got := e.Resolve(""); got != "USAGOV2" {
		t.Errorf("Resolve(\"\") = %q", got)
	}
	if got := e.Resolve("2022-01-01"); got != "USA" {
		t.Errorf("Resolve(2022) = %q, want the undated fallback", got)
	}
	if got := e.Country(); got != "USA" {
		t.Errorf("Country = %q", got)
	}
}

func TestAddErrors(t *testing.T) {
	l := New()
	bad := []error{
		l.AddActor("", []DatedCode{{Code: "USA"}}, "x"),
		l.AddActor("Foo", []DatedCode{{Code: "usa"}}, "x"),
		l.AddActor("Foo", []DatedCode{{Code: "USA", From: "2020-13-01"}}, "x"),
		l.AddActor("Foo", []DatedCode{{Code: "USA", From: "2020-01-01", To: "2019-01-01"}}, "x"),
		l.AddAgent("minister", "", "x"),
		l.Add(nil),
	}
	for i, err := range bad {
		if err == nil {
			t.Errorf("case %d: no error", i)
		}
	}
}

func TestPlurals(t *testing.T) {
	cases := map[string][]string{
		"minister":       {"ministers"},
		"chief of staff": {"chiefs of staff"},
		"spokesperson":   {"spokespersons", "spokespeople"},
		"militia":        {"militias"},
		"party":          {"parties"},
		"policeman":      {"policemen"},
		"embassy":        {"embassies"},
		"boss":           {"bosses"},
		"attorney":       {"attorneys"},
	}
	for in, want := range cases {
		got := plurals(in)
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("plurals(%q) = %v, want %v", in, got, want)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	l := testLex(&testing.T{})
	ws := words("Turkey 's foreign minister met U.S. Secretary of State John Kerry in Kiev on Tuesday")
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		if _, ok := l.Match(ws, i%len(ws), "2014-05-01"); ok {
			n++
		}
	}
	_ = n
}
