package lexicon

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# a comment
[countries]
Kazakhstan | Kazakh | Kazakhstani => KAZ
Astana | Nur-Sultan => KAZGOV   # capital

[people]
Kassym-Jomart Tokayev | Tokayev | Kassym Jomart Tokayev  => KAZGOV 2019-03-20..
John Kerry | Kerry
    | Secretary Kerry
    => USALEG 1985-01-03..2013-02-01   # senator
    => USAGOV 2013-02-01..2017-01-20   # Secretary of State

[places]
Almaty | Alma-Ata => KAZ @43.24,76.89
Kyiv | Kiev
    => UKR
    @ 50.45, 30.52
[agents]
foreign minister => ~GOV
`

func TestParse(t *testing.T) {
	es, errs := Parse(strings.NewReader(sample), "s.txt")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(es) != 7 {
		t.Fatalf("%d entries", len(es))
	}
	k := es[3]
	if k.Kind != Person || len(k.Names) != 3 || len(k.Codes) != 2 || k.Source != "s.txt:8" || k.Notes[1] != "Secretary of State" {
		t.Errorf("Kerry: %+v", k)
	}
	if es[5].Lat != 50.45 || es[5].Lon != 30.52 || es[5].Kind != Place {
		t.Errorf("Kyiv: %+v", es[5])
	}
	if es[6].Codes[0].Code != "GOV" {
		t.Errorf("agent code %q", es[6].Codes[0].Code)
	}
	l := New()
	for _, e := range es {
		if err := l.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	if m, ok := l.Match(words("Kassym - Jomart Tokayev said"), 0, "2022-01-05"); !ok || m.End != 4 || m.Code != "KAZGOV" {
		t.Errorf("Tokayev: %+v %v", m, ok)
	}
	if m, ok := l.Match(words("Secretary Kerry"), 0, "2015-01-01"); !ok || m.Code != "USAGOV" {
		t.Errorf("Secretary Kerry: %+v", m)
	}
	// Round trip through Format.
	var b bytes.Buffer
	if err := Format(&b, es); err != nil {
		t.Fatal(err)
	}
	es2, errs := Parse(&b, "f.txt")
	if len(errs) > 0 || len(es2) != len(es) {
		t.Fatalf("round trip: %d entries, %v\n%s", len(es2), errs, b.String())
	}
}

func TestParseErrors(t *testing.T) {
	bad := `[people]
Nobody
Somebody => USAGOV 2020-02-30..2019
[nonsense]
   => USA
Foo => usa
Bar => USA 2020..2019
[places]
Baz => USA
Qux => USA @91,0
Good => USA @1,2
`
	es, errs := Parse(strings.NewReader(bad), "b.txt")
	wantLines := []string{"b.txt:2:", "b.txt:3:", "b.txt:4:", "b.txt:5:", "b.txt:6:", "b.txt:7:", "b.txt:9:", "b.txt:10:"}
	got := ""
	for _, e := range errs {
		got += e.Error() + "\n"
	}
	for _, w := range wantLines {
		if !strings.Contains(got, w) {
			t.Errorf("missing error at %s in:\n%s", w, got)
		}
	}
	if len(es) != 1 || es[0].Name() != "Good" {
		t.Errorf("kept %d entries, want only Good", len(es))
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add("[people]\nA | B\n  => X 2020..\n  | C\n  @1,2\n")
	f.Add("x => Y ..2020-01 ; Z 2020-01.. @ 3 , 4 # n")
	f.Fuzz(func(t *testing.T, s string) {
		es, _ := Parse(strings.NewReader(s), "fuzz.txt")
		l := New()
		for _, e := range es {
			_ = l.Add(e)
		}
		var b bytes.Buffer
		_ = Format(&b, es)
		for _, e := range es {
			for _, n := range e.Names {
				ws := strings.Fields(n)
				for i := range ws {
					l.Match(ws, i, "2021-01-01")
					l.MatchAll(ws, i, "")
				}
			}
		}
	})
}
