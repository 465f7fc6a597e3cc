package actors

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
)

// Invented sentences; trees written by hand in UD v2.

func lex(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	l := lexicon.New()
	for ph, c := range map[string]string{"Russia": "RUS", "Russian": "RUS", "Turkey": "TUR", "Arnor": "ARN", "Gondor": "GON", "Eriador": "ERI", "Kyrgyz": "KGZ"} {
		if err := l.AddActor(ph, []lexicon.DatedCode{{Code: c}}, "t"); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.AddActor("Aldo Vance", []lexicon.DatedCode{{Code: "ARNGOV", From: "2020-01-01"}, {Code: "ARNOPP", To: "2020-01-01"}}, "t"); err != nil {
		t.Fatal(err)
	}
	for ph, c := range map[string]string{"troops": "MIL", "foreign minister": "GOV", "government": "GOV", "lawmakers": "LEG", "officials": "GOV", "president": "GOV"} {
		if err := l.AddAgent(ph, c, "t"); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func sent(spec string) doc.Sentence {
	var s doc.Sentence
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(line)
		var h int
		fmt.Sscan(f[3], &h)
		s.Tokens = append(s.Tokens, doc.Token{Form: f[0], Lemma: f[1], UPOS: f[2], Head: h, DepRel: f[4], Start: -1, End: -1, SpaceAfter: true})
	}
	return s
}

func resolve(t *testing.T, date, spec string) []string {
	t.Helper()
	d := &doc.Document{Date: date, Sentences: []doc.Sentence{sent(spec)}}
	New(lex(t)).Resolve(d)
	var out []string
	for _, m := range d.Sentences[0].Mentions {
		out = append(out, fmt.Sprintf("%s@%d", m.Code, m.Head))
	}
	sort.Strings(out)
	return out
}

func check(t *testing.T, got []string, want ...string) {
	t.Helper()
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("mentions = %v, want %v", got, want)
	}
}

func TestAdjectiveAgent(t *testing.T) {
	check(t, resolve(t, "", `
Russian Russian ADJ 2 amod
troops troop NOUN 3 nsubj
advanced advance VERB 0 root`), "RUSMIL@1")
}

func TestPossessiveAndOfTitle(t *testing.T) {
	check(t, resolve(t, "", `
Turkey Turkey PROPN 4 nmod:poss
's 's PART 1 case
foreign foreign ADJ 4 amod
minister minister NOUN 5 nsubj
spoke speak VERB 0 root`), "TURGOV@3")
	check(t, resolve(t, "", `
the the DET 3 det
foreign foreign ADJ 3 amod
minister minister NOUN 0 root
of of ADP 5 case
Turkey Turkey PROPN 3 nmod`), "TURGOV@2")
}

func TestCoordinationSpreads(t *testing.T) {
	check(t, resolve(t, "", `
Lawmakers lawmaker NOUN 0 root
and and CCONJ 3 cc
officials official NOUN 1 conj
in in ADP 5 case
Arnor Arnor PROPN 1 nmod
and and CCONJ 7 cc
Gondor Gondor PROPN 5 conj`), "ARNLEG@0", "GONLEG@0", "ARNGOV@2", "GONGOV@2")
	// Coordinated countries each stay their own mention.
	check(t, resolve(t, "", `
Arnor Arnor PROPN 4 nsubj
and and CCONJ 3 cc
Gondor Gondor PROPN 1 conj
met meet VERB 0 root`), "ARN@0", "GON@2")
}

func TestCoordinatedAdjectivesShareTheNoun(t *testing.T) {
	// "Russian and Kyrgyz officials met" with "Russian" as the head and
	// "officials" its conjunct: one phrase, both countries' officials, as
	// when "officials" heads it.
	want := []string{"RUSGOV@3", "KGZGOV@3"}
	check(t, resolve(t, "", `
Russian Russian PROPN 5 nsubj
and and CCONJ 4 cc
Kyrgyz Kyrgyz ADJ 4 amod
officials official NOUN 1 conj
met meet VERB 0 root`), want...)
	check(t, resolve(t, "", `
Russian Russian ADJ 4 amod
and and CCONJ 3 cc
Kyrgyz Kyrgyz ADJ 1 conj
officials official NOUN 5 nsubj
met meet VERB 0 root`), want...)
	// A conjunct that is no role word stays its own: "Russia and Gondor
	// borders".
	check(t, resolve(t, "", `
Russia Russia PROPN 5 nsubj
and and CCONJ 4 cc
Gondor Gondor PROPN 4 compound
borders border NOUN 1 conj
met meet VERB 0 root`), "RUS@0", "GON@3")
}

func TestRoleWithoutCountry(t *testing.T) {
	check(t, resolve(t, "", `
the the DET 2 det
government government NOUN 3 nsubj
said say VERB 0 root`), "---GOV@1")
}

func TestDatedCodes(t *testing.T) {
	spec := `
Aldo Aldo PROPN 3 nsubj
Vance Vance PROPN 1 flat
spoke speak VERB 0 root`
	check(t, resolve(t, "2021-06-01", spec), "ARNGOV@0")
	check(t, resolve(t, "2019-06-01", spec), "ARNOPP@0")
}

func TestApposition(t *testing.T) {
	// "Eriador's foreign minister, Aldo Vance, ...": the title gives the code.
	check(t, resolve(t, "2021-01-01", `
Eriador Eriador PROPN 4 nmod:poss
's 's PART 1 case
foreign foreign ADJ 4 amod
minister minister NOUN 0 root
, , PUNCT 6 punct
Aldo Aldo PROPN 4 appos
Vance Vance PROPN 6 flat`), "ERIGOV@3", "ARNGOV@5")
}

func TestPetrarchSideTable(t *testing.T) {
	l := lexicon.New()
	p := NewPetrarch()
	errs := p.ReadPetrarchActors(l, strings.NewReader(`
ARNOR_ [ARN]
+ARNORIAN
THE_SHIRE [FRO/BIL/SAM]
GOLLUM
	[HOB < 950601]
	[HOBGOV 950601-990815]
BAD [XYZ 99x]
`), "actors.txt")
	if len(errs) != 1 {
		t.Errorf("errors = %v, want one (the bad date)", errs)
	}
	errs = p.ReadPetrarchAgents(l, strings.NewReader(`
!PERSON! = MAN, MEN
POLICE {} [~COP]
MSF {} [NGO~]
CONGRESS!PERSON! [~LEG]
`), "agents.txt")
	if len(errs) != 0 {
		t.Errorf("agent errors: %v", errs)
	}
	r := WithPetrarch(l, p)
	d := &doc.Document{Date: "1996-01-01", Sentences: []doc.Sentence{sent(`
MSF MSF PROPN 2 compound
Arnor Arnor PROPN 6 nsubj
and and CCONJ 5 cc
the the DET 5 det
Shire Shire PROPN 2 conj
met meet VERB 0 root
Gollum Gollum PROPN 6 obj
and and CCONJ 9 cc
congressmen congressman NOUN 7 conj`)}}
	r.Resolve(d)
	var got []string
	for _, m := range d.Sentences[0].Mentions {
		got = append(got, m.Code)
	}
	sort.Strings(got)
	// a code written A/B/C names several actors: one mention each
	want := []string{"---LEG", "BIL", "FRO", "HOBGOV", "NGOARN", "SAM"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("codes = %v, want %v", got, want)
	}
}

func TestNameLearntFromTitle(t *testing.T) {
	// A made-up name after a real title is known for the rest of the
	// document, by full name and by surname; not in another document.
	d := &doc.Document{Sentences: []doc.Sentence{sent(`
Kyrgyz Kyrgyz ADJ 2 amod
president president NOUN 4 compound
Temir Temir PROPN 4 compound
Osmonov Osmonov PROPN 5 nsubj
spoke speak VERB 0 root`), sent(`
Osmonov Osmonov PROPN 2 nsubj
left leave VERB 0 root`)}}
	r := New(lex(t))
	r.Resolve(d)
	var got []string
	for _, s := range d.Sentences {
		for _, m := range s.Mentions {
			got = append(got, m.Code+"@"+m.Text)
		}
	}
	want := "KGZGOV@Kyrgyz president Temir Osmonov KGZGOV@Osmonov"
	if strings.Join(got, " ") != want {
		t.Errorf("mentions = %q, want %q", got, want)
	}
	other := &doc.Document{Sentences: []doc.Sentence{sent(`
Osmonov Osmonov PROPN 2 nsubj
left leave VERB 0 root`)}}
	r.Resolve(other)
	if len(other.Sentences[0].Mentions) != 0 {
		t.Errorf("a name leaked across documents: %+v", other.Sentences[0].Mentions)
	}
}

func TestSubjectPronoun(t *testing.T) {
	// "Arnor said it would leave its embassy" – it and its take the
	// nearest country before them; "It said" in the next sentence the main
	// subject of the sentence before (an embassy does not speak, so it
	// does not stand in the way).
	d := &doc.Document{Sentences: []doc.Sentence{sent(`
Arnor Arnor PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
leave leave VERB 2 ccomp
its its PRON 7 nmod:poss
embassy embassy NOUN 5 obj`), sent(`
It it PRON 2 nsubj
said say VERB 0 root`)}}
	New(lex(t)).Resolve(d)
	var got []string
	for _, s := range d.Sentences {
		for _, m := range s.Mentions {
			got = append(got, fmt.Sprintf("%s@%d", m.Code, m.Head))
		}
	}
	want := "ARN@0 ARN@2 ARN@5 ARN@0"
	if strings.Join(got, " ") != want {
		t.Errorf("mentions = %v, want %s", got, want)
	}
}

// TestBadTreesDoNotPanic: heads out of range, cycles and self-loops.
func TestBadTreesDoNotPanic(t *testing.T) {
	r := New(lex(t))
	forms := []string{"The", "Russian", "foreign", "minister", "said", "it", "and", "its", "troops", "he", "the", "country", "Mr.", "Osmonov", "Kyrgyz", "president"}
	for seed := 0; seed < 200; seed++ {
		var sents []doc.Sentence
		for k := 0; k < 3; k++ {
			var s doc.Sentence
			for i := 0; i < 3+(seed+k)%9; i++ {
				f := forms[(seed*7+i*3+k)%len(forms)]
				upos := []string{"PROPN", "NOUN", "PRON", "DET", "ADJ", "VERB"}[(seed+i)%6]
				head := (seed*13+i*5+k)%14 - 3 // out of range, cycles and self-loops
				rel := []string{"nsubj", "nmod:poss", "det", "amod", "conj", "appos", "obj", "root", "compound"}[(seed+i*2)%9]
				s.Tokens = append(s.Tokens, doc.Token{Form: f, Lemma: strings.ToLower(f), UPOS: upos, XPOS: "NN", Head: head, DepRel: rel, SpaceAfter: true})
			}
			sents = append(sents, s)
		}
		d := &doc.Document{Date: "2024-01-01", Sentences: sents}
		r.Resolve(d)
	}
}
