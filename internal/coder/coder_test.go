package coder

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/verbs"
)

// The sentences here are invented, news-style; their trees are written by
// hand in UD v2 (one token a line: form lemma UPOS head deprel).

func testDict(t testing.TB) *verbs.Dict {
	t.Helper()
	d := verbs.New()
	errs, err := d.LoadPetrarchFile("testdata/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("verbs: %v", e)
	}
	return d
}

func testLex(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	l := lexicon.New()
	add := func(ph, code string) {
		if err := l.AddActor(ph, []lexicon.DatedCode{{Code: code}}, "test:"+ph); err != nil {
			t.Fatal(err)
		}
	}
	add("Russia", "RUS")
	add("Russian", "RUS")
	add("Ukraine", "UKR")
	add("Kyiv", "UKR")
	add("France", "FRA")
	add("Germany", "DEU")
	add("Turkey", "TUR")
	add("Turkish", "TUR")
	add("Brazil", "BRA")
	add("United States", "USA")
	add("Geneva", "CHE")
	for ph, code := range map[string]string{"troops": "MIL", "foreign minister": "GOV", "government": "GOV", "lawmakers": "LEG", "rebels": "REB", "police": "COP"} {
		if err := l.AddAgent(ph, code, "test:"+ph); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

// sentence builds a parsed sentence from lines "form lemma UPOS head rel".
func sentence(spec string) doc.Sentence {
	var s doc.Sentence
	off := 0
	var text strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(line)
		if len(f) < 5 {
			continue
		}
		var h int
		fmt.Sscan(f[3], &h)
		tok := doc.Token{Form: f[0], Lemma: f[1], UPOS: f[2], Head: h, DepRel: f[4], SpaceAfter: true}
		if len(f) > 5 {
			tok.XPOS = f[5]
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
			off++
		}
		tok.Start = off
		text.WriteString(tok.Form)
		off += len(tok.Form)
		tok.End = off
		s.Tokens = append(s.Tokens, tok)
	}
	s.Text = text.String()
	s.Start, s.End = 0, off
	return s
}

func code(t testing.TB, opts Options, date, spec string) ([]string, *doc.Document) {
	t.Helper()
	d := &doc.Document{ID: "t1", Date: date, Sentences: []doc.Sentence{sentence(spec)}}
	d.Text = d.Sentences[0].Text
	actors.New(testLex(t)).Resolve(d)
	New(testDict(t), nil, opts).Code(d)
	var out []string
	for _, e := range d.Sentences[0].Events {
		tg := "---"
		if e.Target != nil {
			tg = e.Target.Code
		}
		out = append(out, e.Source.Code+" "+tg+" "+e.CAMEO)
	}
	sort.Strings(out)
	return out, d
}

func expect(t *testing.T, got []string, want ...string) {
	t.Helper()
	sort.Strings(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("events = %q, want %q", got, want)
	}
}

func TestSubjectObject(t *testing.T) {
	got, _ := code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
. . PUNCT 2 punct`)
	expect(t, got, "RUS UKR 190")
}

func TestPrepositionalTarget(t *testing.T) {
	// "met with": the target is the with-phrase (one direction: the
	// dictionary says "[040:040]" where both sides are to be coded).
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
met meet VERB 0 root
with with ADP 4 case
Germany Germany PROPN 2 obl`)
	expect(t, got, "FRA DEU 040")
	// A pattern names the target: "imposed sanctions on".
	got, _ = code(t, Options{}, "", `
France France PROPN 2 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 2 obj
on on ADP 5 case
Russia Russia PROPN 3 nmod`)
	expect(t, got, "FRA RUS 163")
}

func TestPatternAndSynset(t *testing.T) {
	got, d := code(t, Options{}, "", `
Germany Germany PROPN 2 nsubj
pledged pledge VERB 0 root
aid aid NOUN 2 obj
to to ADP 5 case
Ukraine Ukraine PROPN 2 obl`)
	expect(t, got, "DEU UKR 033")
	if r := d.Sentences[0].Events[0].Evidence.Rule; !strings.HasPrefix(r, "verbs.txt:") {
		t.Errorf("rule = %q, want a dictionary line", r)
	}
}

func TestPassive(t *testing.T) {
	got, _ := code(t, Options{}, "", `
Ukraine Ukraine PROPN 3 nsubj:pass
was be AUX 3 aux:pass
attacked attack VERB 0 root
by by ADP 5 case
Russia Russia PROPN 3 obl`)
	expect(t, got, "RUS UKR 190")
}

func TestControlAndRaising(t *testing.T) {
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
decided decide VERB 0 root
to to PART 4 mark
visit visit VERB 2 xcomp
Germany Germany PROPN 4 obj`)
	expect(t, got, "FRA DEU 042")
	// Agreeing to do something is an intent (03x): "agreed to visit" 036.
	got, _ = code(t, Options{}, "", `
France France PROPN 2 nsubj
agreed agree VERB 0 root
to to PART 4 mark
visit visit VERB 2 xcomp
Germany Germany PROPN 4 obj`)
	expect(t, got, "FRA DEU 036")
	got, _ = code(t, Options{}, "", `
France France PROPN 3 nsubj:pass
is be AUX 3 aux:pass
expected expect VERB 0 root
to to PART 5 mark
visit visit VERB 3 xcomp
Germany Germany PROPN 5 obj`)
	expect(t, got, "FRA DEU 042")
}

func TestCoordination(t *testing.T) {
	// Coordinated actors: one event per pair.
	got, _ := code(t, Options{}, "", `
Brazil Brazil PROPN 6 nsubj
and and CCONJ 5 cc
the the DET 5 det
United United PROPN 5 compound
States States PROPN 1 conj
criticized criticize VERB 0 root
Russia Russia PROPN 6 obj`)
	expect(t, got, "BRA RUS 111", "USA RUS 111")
	// Coordinated verbs share the subject.
	got, _ = code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
shelled shell VERB 0 root
Kyiv Kyiv PROPN 2 obj
and and CCONJ 5 cc
criticized criticize VERB 2 conj
France France PROPN 5 obj`)
	expect(t, got, "RUS FRA 111", "RUS UKR 190")
}

func TestRelativeClause(t *testing.T) {
	got, _ := code(t, Options{}, "", `
Russian Russian ADJ 2 amod
troops troop NOUN 0 root
, , PUNCT 5 punct
which which PRON 5 nsubj
shelled shell VERB 2 acl:relcl
Kyiv Kyiv PROPN 5 obj`)
	expect(t, got, "RUSMIL UKR 190")
}

func TestReportedSpeech(t *testing.T) {
	got, _ := code(t, Options{}, "", `
Kyiv Kyiv PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj`)
	// the reported attack, and the speaker accusing the attacker; no 010
	// since the speech verb has no target of its own
	expect(t, got, "RUS UKR 190", "UKR RUS 112")
}

func TestAppealAndIntent(t *testing.T) {
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
urged urge VERB 0 root
Germany Germany PROPN 2 obj
to to PART 5 mark
help help VERB 2 xcomp
Ukraine Ukraine PROPN 5 obj`)
	// appeal for aid, and no aid event: it was only asked for
	expect(t, got, "FRA DEU 023")
	got, _ = code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
wants want VERB 0 root
to to PART 4 mark
attack attack VERB 2 xcomp
Ukraine Ukraine PROPN 4 obj`)
	expect(t, got, "RUS UKR 138")
}

func TestNegationAndFactuality(t *testing.T) {
	neg := `
Russia Russia PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
attack attack VERB 0 root
Ukraine Ukraine PROPN 4 obj`
	got, _ := code(t, Options{}, "", neg)
	expect(t, got)
	_, d := code(t, Options{IncludeNonfactual: true}, "", neg)
	if ev := d.Sentences[0].Events; len(ev) != 1 || ev[0].Factuality != "negated" {
		t.Errorf("with IncludeNonfactual: %+v, want one negated event", ev)
	}
	cond := `
Russia Russia PROPN 3 nsubj
would would AUX 3 aux
attack attack VERB 0 root
Ukraine Ukraine PROPN 3 obj`
	got, _ = code(t, Options{}, "", cond)
	expect(t, got)
	_, d = code(t, Options{IncludeNonfactual: true}, "", cond)
	if ev := d.Sentences[0].Events; len(ev) != 1 || ev[0].Factuality != "conditional" {
		t.Errorf("conditional: %+v", ev)
	}
	q := `
Did do AUX 3 aux
Russia Russia PROPN 3 nsubj
attack attack VERB 0 root
Ukraine Ukraine PROPN 3 obj
? ? PUNCT 3 punct`
	got, _ = code(t, Options{}, "", q)
	expect(t, got)
	_, d = code(t, Options{IncludeNonfactual: true}, "", q)
	if ev := d.Sentences[0].Events; len(ev) != 1 || ev[0].Factuality != "question" {
		t.Errorf("question: %+v", ev)
	}
	// refused to meet: no meeting, but a rejection (125)
	got, _ = code(t, Options{}, "", `
France France PROPN 2 nsubj
refused refuse VERB 0 root
to to PART 4 mark
meet meet VERB 2 xcomp
Germany Germany PROPN 4 obj`)
	expect(t, got, "FRA DEU 125")
	// would not help: a refusal of aid (121), not a conditional
	got, _ = code(t, Options{}, "", `
France France PROPN 4 nsubj
would would AUX 4 aux
not not PART 4 advmod
help help VERB 0 root
Ukraine Ukraine PROPN 4 obj`)
	expect(t, got, "FRA UKR 121")
}

func TestNoDuplicatesAndMissingTarget(t *testing.T) {
	spec := `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
and and CCONJ 5 cc
attacked attack VERB 2 conj
Kyiv Kyiv PROPN 5 obj`
	got, _ := code(t, Options{}, "", spec)
	expect(t, got, "RUS UKR 190")
	lone := `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
. . PUNCT 2 punct`
	got, _ = code(t, Options{}, "", lone)
	expect(t, got)
	got, _ = code(t, Options{AllowMissingTarget: true}, "", lone)
	expect(t, got, "RUS --- 190")
	// no actor at all: nothing, even with AllowMissingTarget
	got, _ = code(t, Options{AllowMissingTarget: true}, "", `
Someone someone PRON 2 nsubj
attacked attack VERB 0 root
somebody somebody PRON 2 obj`)
	expect(t, got)
}

func TestPhrasalVerb(t *testing.T) {
	got, _ := code(t, Options{AllowMissingTarget: true}, "", `
Russian Russian ADJ 2 amod
troops troop NOUN 3 nsubj
pulled pull VERB 0 root
out out ADP 3 compound:prt
of of ADP 6 case
Kyiv Kyiv PROPN 3 obl`)
	expect(t, got, "RUSMIL UKR 0874")
}

func TestMagnitudeStaysWithItsClause(t *testing.T) {
	// "Germany met Ukraine and pledged $40 million to Ukraine.": the money
	// is the pledge's, not the meeting's.
	_, d := code(t, Options{}, "2024-05-10", `
Germany Germany PROPN 2 nsubj
met meet VERB 0 root
Ukraine Ukraine PROPN 2 obj
and and CCONJ 5 cc
pledged pledge VERB 2 conj
$ $ SYM 5 obj
40 40 NUM 8 compound
million million NUM 6 nummod
to to ADP 10 case
Ukraine Ukraine PROPN 5 obl`)
	var meet, pledge *doc.Event
	for i, e := range d.Sentences[0].Events {
		switch e.CAMEO {
		case "040":
			meet = &d.Sentences[0].Events[i]
		case "030", "033":
			pledge = &d.Sentences[0].Events[i]
		}
	}
	if meet == nil || pledge == nil {
		t.Fatalf("want a 040 and a 03x event: %+v", d.Sentences[0].Events)
	}
	if meet.Magnitude != nil {
		t.Errorf("the meeting took the pledge's magnitude: %+v", meet.Magnitude)
	}
	if pledge.Magnitude == nil || pledge.Magnitude.Value != 40e6 {
		t.Errorf("pledge magnitude = %+v, want 40 million", pledge.Magnitude)
	}
}

func TestMagnitudeLocationDate(t *testing.T) {
	// "On Tuesday, Germany pledged $40 million in aid to Ukraine in Geneva."
	_, d := code(t, Options{}, "2024-05-10", `
On on ADP 2 case
Tuesday Tuesday PROPN 5 obl
, , PUNCT 5 punct
Germany Germany PROPN 5 nsubj
pledged pledge VERB 0 root
$ $ SYM 5 obj
40 40 NUM 8 compound
million million NUM 6 nummod
in in ADP 10 case
aid aid NOUN 6 nmod
to to ADP 12 case
Ukraine Ukraine PROPN 5 obl
in in ADP 14 case
Geneva Geneva PROPN 5 obl`)
	ev := d.Sentences[0].Events
	if len(ev) != 1 {
		t.Fatalf("events: %+v", ev)
	}
	e := ev[0]
	if e.Date != "2024-05-07" {
		t.Errorf("date = %q, want 2024-05-07 (the Tuesday before Friday 10 May)", e.Date)
	}
	if e.Magnitude == nil || e.Magnitude.Value != 40e6 || e.Magnitude.Unit != "USD" {
		t.Errorf("magnitude = %+v", e.Magnitude)
	}
	if e.Location == nil || e.Location.Text != "Geneva" {
		t.Errorf("location = %+v", e.Location)
	}
	if e.Evidence.Predicate != "pledged" || e.Evidence.Start < 0 {
		t.Errorf("evidence = %+v", e.Evidence)
	}
	// "yesterday"
	_, d = code(t, Options{}, "2024-05-10", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
yesterday yesterday NOUN 2 obl:tmod`)
	if ev := d.Sentences[0].Events; len(ev) != 1 || ev[0].Date != "2024-05-09" {
		t.Errorf("yesterday: %+v", ev)
	}
	// "on March 3"
	_, d = code(t, Options{}, "2024-05-10", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
on on ADP 5 case
March March PROPN 2 obl
3 3 NUM 5 nummod`)
	if ev := d.Sentences[0].Events; len(ev) != 1 || ev[0].Date != "2024-03-03" {
		t.Errorf("on March 3: %+v", ev)
	}
	// people killed
	_, d = code(t, Options{}, "", `
Rebels rebel NOUN 2 nsubj
attacked attack VERB 0 root
2,000 2,000 NUM 5 nummod
Russian Russian ADJ 5 amod
troops troop NOUN 2 obj`)
	if ev := d.Sentences[0].Events; len(ev) != 1 || ev[0].Magnitude == nil || ev[0].Magnitude.Value != 2000 || ev[0].Magnitude.Unit != "people" {
		t.Errorf("people: %+v", ev)
	}
}

func TestNominalPredicate(t *testing.T) {
	d := testDict(t)
	for _, e := range d.Lookup("meet", "meet") {
		d.AddNoun("talk", e)
	}
	s := sentence(`
France France PROPN 3 nmod:poss
's 's PART 1 case
talks talk NOUN 4 nsubj
ended end VERB 0 root
with with ADP 6 case
Germany Germany PROPN 3 nmod`)
	doc1 := &doc.Document{ID: "n", Sentences: []doc.Sentence{s}}
	actors.New(testLex(t)).Resolve(doc1)
	New(d, nil, Options{}).Code(doc1)
	var got []string
	for _, e := range doc1.Sentences[0].Events {
		got = append(got, e.Source.Code+" "+e.Target.Code+" "+e.CAMEO)
	}
	sort.Strings(got)
	expect(t, got, "FRA DEU 040")
}

func TestBadTreesDoNotPanic(t *testing.T) {
	specs := []string{
		"a a NOUN 5 nsubj\nb b VERB 9 root", // heads out of range
		"a a NOUN 2 nsubj\nb b VERB 1 obj",  // cycle
		"Russia Russia PROPN 1 nsubj",       // self head
		"attacked attack VERB 0 root",       // verb alone
		"Russia Russia PROPN -3 nsubj\nattacked attack VERB 0 root",
	}
	for _, sp := range specs {
		code(t, Options{IncludeNonfactual: true, AllowMissingTarget: true}, "bad-date", sp)
	}
	New(nil, nil, Options{}).Code(&doc.Document{Sentences: []doc.Sentence{{}}})
}

func newResolver(l *lexicon.Lexicon) *actors.Resolver { return actors.New(l) }

func TestLocationGazetteer(t *testing.T) {
	g := lexicon.New()
	if err := g.Add(&lexicon.Entry{Kind: lexicon.Place, Names: []string{"Geneva"}, Codes: []lexicon.DatedCode{{Code: "CHE"}}, Lat: 46.2, Lon: 6.15, HasCoord: true, Source: "t"}); err != nil {
		t.Fatal(err)
	}
	s := sentence(`
France France PROPN 2 nsubj
met meet VERB 0 root
Germany Germany PROPN 2 obj
in in ADP 5 case
Geneva Geneva PROPN 2 obl`)
	d := &doc.Document{ID: "g", Sentences: []doc.Sentence{s}}
	actors.New(testLex(t)).Resolve(d)
	c := New(testDict(t), nil, Options{})
	c.Gazetteer = g
	c.Code(d)
	ev := d.Sentences[0].Events
	if len(ev) == 0 || ev[0].Location == nil || ev[0].Location.Country != "CHE" || ev[0].Location.Lat != 46.2 {
		t.Errorf("events: %+v", ev)
	}
}

func TestPatternSpellsNegation(t *testing.T) {
	// "- NOT * [112]": the dictionary codes the negated verb itself.
	got, _ := code(t, Options{}, "", `
France France PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
allow allow VERB 0 root
Germany Germany PROPN 4 obj`)
	expect(t, got, "FRA DEU 112")
}

func TestRoleTargetTakesFromCountry(t *testing.T) {
	// "Rebels attacked troops from Germany": the role-only target takes
	// the country of the predicate's from-phrase.
	got, _ := code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
troops troop NOUN 2 obj
from from ADP 5 case
Germany Germany PROPN 2 obl`)
	expect(t, got, "RUS DEUMIL 190")
}

// TestRandomTreesDoNotPanic codes sentences with random heads, relations
// and tags: the actor stage and the coder must survive any tree.
func TestRandomTreesDoNotPanic(t *testing.T) {
	forms := []string{"Russia", "attacked", "Ukraine", "troops", "Russian", "with", "to", "not", "said", "that", "urged", "the", "met", "$", "40", "million", "on", "Tuesday", "it", "he", "refused"}
	rels := []string{"nsubj", "obj", "obl", "nmod", "conj", "xcomp", "ccomp", "advcl", "acl", "acl:relcl", "case", "mark", "aux", "aux:pass", "nsubj:pass", "amod", "compound", "nmod:poss", "appos", "advmod", "root", "det", "nummod", "flat"}
	upos := []string{"PROPN", "VERB", "NOUN", "ADJ", "ADP", "PART", "AUX", "PRON", "NUM", "SYM", "DET"}
	seed := uint32(7)
	rnd := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	lx := testLex(t)
	v := testDict(t)
	c := New(v, nil, Options{IncludeNonfactual: true, AllowMissingTarget: true})
	r := actors.New(lx)
	for i := 0; i < 3000; i++ {
		n := 1 + rnd(14)
		var s doc.Sentence
		for j := 0; j < n; j++ {
			s.Tokens = append(s.Tokens, doc.Token{Form: forms[rnd(len(forms))], Lemma: forms[rnd(len(forms))], UPOS: upos[rnd(len(upos))],
				Head: rnd(n+3) - 1, DepRel: rels[rnd(len(rels))], Start: -1, End: -1})
		}
		d := &doc.Document{ID: "r", Date: "2024-02-29", Sentences: []doc.Sentence{s, s}}
		r.Resolve(d)
		c.Code(d)
	}
}

func TestPassiveMatchesPatternsAsActive(t *testing.T) {
	// "- PROTESTERS * [145]" names the doer before the verb; in the
	// passive the doer is the by-phrase.
	got, _ := code(t, Options{}, "", `
The the DET 3 det
Russian Russian ADJ 3 amod
consulate consulate NOUN 5 nsubj:pass
was be AUX 5 aux:pass
demolished demolish VERB 0 root
by by ADP 8 case
Turkish Turkish ADJ 8 amod
protesters protester NOUN 5 obl
. . PUNCT 5 punct`)
	expect(t, got, "TUR RUS 145")
	got, _ = code(t, Options{}, "", `
Turkish Turkish ADJ 2 amod
protesters protester NOUN 3 nsubj
demolished demolish VERB 0 root
the the DET 6 det
Russian Russian ADJ 6 amod
consulate consulate NOUN 3 obj`)
	expect(t, got, "TUR RUS 145")
	// Without the pattern's word, the verb's own code.
	got, _ = code(t, Options{}, "", `
The the DET 3 det
Russian Russian ADJ 3 amod
consulate consulate NOUN 5 nsubj:pass
was be AUX 5 aux:pass
demolished demolish VERB 0 root
by by ADP 7 case
Turkey Turkey PROPN 5 obl`)
	expect(t, got, "TUR RUS 1712")
	// The passive subject stands after the verb: "evidence against
	// Russia was presented by France" as "France presented evidence".
	got, _ = code(t, Options{}, "", `
Evidence evidence NOUN 5 nsubj:pass
against against ADP 3 case
Russia Russia PROPN 1 nmod
was be AUX 5 aux:pass
presented present VERB 0 root
by by ADP 7 case
France France PROPN 5 obl
. . PUNCT 5 punct`)
	expect(t, got, "FRA RUS 1124")
}

func TestLaterIdenticalPatternWins(t *testing.T) {
	// The block has "- * EVIDENCE [112]" and then "- * EVIDENCE [1124]".
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
presented present VERB 0 root
evidence evidence NOUN 2 obj
against against ADP 5 case
Russia Russia PROPN 3 nmod`)
	expect(t, got, "FRA RUS 1124")
}

// transformDict is the test dictionary with PETRARCH-2 transformations
// for reported attacks.
func transformDict(t *testing.T) *verbs.Dict {
	t.Helper()
	vd, err := petrarch.ReadVerbs(strings.NewReader(`--- ATTACK [190] ---
ATTACK
SHELL

--- SAY [010] ---
SAY {SAYS SAID SAYING}

--- CLAIM [010] ---
CLAIM

~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (b . ATTACK) CLAIM = a b 112
`), "transform.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := verbs.New()
	d.AddPetrarch(vd)
	if len(d.Transforms) != 3 {
		t.Fatalf("transforms = %d, want 3", len(d.Transforms))
	}
	return d
}

func codeWith(t *testing.T, d *verbs.Dict, spec string) []string {
	t.Helper()
	dc := &doc.Document{ID: "t1", Sentences: []doc.Sentence{sentence(spec)}}
	dc.Text = dc.Sentences[0].Text
	actors.New(testLex(t)).Resolve(dc)
	New(d, nil, Options{}).Code(dc)
	var out []string
	for _, e := range dc.Sentences[0].Events {
		tg := "---"
		if e.Target != nil {
			tg = e.Target.Code
		}
		out = append(out, e.Source.Code+" "+tg+" "+e.CAMEO)
	}
	sort.Strings(out)
	return out
}

func TestReportedAttackTransformations(t *testing.T) {
	d := transformDict(t)
	// Another's attack, reported: the statement replaces the attack, and
	// so for an attack coordinated with the first.
	got := codeWith(t, d, `
Kyiv Kyiv PROPN 2 nsubj
claimed claim VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj
and and CCONJ 8 cc
shelled shell VERB 5 conj
Geneva Geneva PROPN 8 obj`)
	expect(t, got, "UKR RUS 112")
	// The speaker's own attack: a claim of responsibility.
	got = codeWith(t, d, `
Russia Russia PROPN 2 nsubj
said say VERB 0 root
Russia Russia PROPN 4 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 4 obj`)
	expect(t, got, "RUS UKR 015")
	// Without transformations in the dictionary, the attack is coded
	// and the speaker accuses the attacker, for the coordinated attack too.
	got, _ = code(t, Options{}, "", `
Kyiv Kyiv PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj
and and CCONJ 8 cc
shelled shell VERB 5 conj
Geneva Geneva PROPN 8 obj`)
	expect(t, got, "RUS CHE 190", "RUS UKR 190", "UKR RUS 112")
}

func TestPassiveAttackFromPlace(t *testing.T) {
	// "rockets were fired at Y from X": with no by-phrase, the attack
	// comes from the from-phrase.
	spec := `
France France PROPN 2 nsubj
said say VERB 0 root
rockets rocket NOUN 5 nsubj:pass
were be AUX 5 aux:pass
attacked attack VERB 2 ccomp
at at ADP 7 case
Ukraine Ukraine PROPN 5 obl
from from ADP 9 case
Russia Russia PROPN 5 obl`
	got, _ := code(t, Options{}, "", spec)
	expect(t, got, "FRA RUS 112", "RUS UKR 190")
	expect(t, codeWith(t, transformDict(t), spec), "FRA RUS 112")
}

func TestMisparsedClauseRepairs(t *testing.T) {
	// A participle with an object hung on its subject is an active verb;
	// a conjunct after the verb is not part of its subject.
	got, _ := code(t, Options{}, "", `
Turkish Turkish ADJ 2 amod
troops troop NOUN 8 nsubj
shelled shell VERB 2 acl VBN
Russian Russian ADJ 5 amod
rebels rebel NOUN 3 obj
, , PUNCT 7 punct
police police NOUN 2 conj
said say VERB 0 root`)
	if !strings.Contains(strings.Join(got, "|"), "TURMIL RUSREB 190") || strings.Contains(strings.Join(got, "|"), "---COP RUSREB 190") {
		t.Errorf("events = %q, want TURMIL RUSREB 190 and no ---COP RUSREB 190", got)
	}
	// A passive parsed as a clause modifying its subject still matches
	// patterns as its active.
	got, _ = code(t, Options{}, "", `
Evidence evidence NOUN 0 root
against against ADP 3 case
Russia Russia PROPN 1 nmod
was be AUX 5 aux:pass
presented present VERB 1 acl
by by ADP 7 case
France France PROPN 5 obl
. . PUNCT 1 punct`)
	expect(t, got, "FRA RUS 1124")
}

func TestAgentOfTheEventNoun(t *testing.T) {
	// "were killed in an attack by X": the by-phrase of the attack is
	// the doer.
	got, _ := code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
said say VERB 0 root
soldiers soldier NOUN 5 nsubj:pass
were be AUX 5 aux:pass
attacked attack VERB 2 ccomp
in in ADP 8 case
a a DET 8 det
raid raid NOUN 5 obl
by by ADP 11 case
Turkish Turkish ADJ 11 amod
troops troop NOUN 8 nmod`)
	expect(t, got, "RUS TURMIL 112")
}

func TestResistedActionIsNotAnEvent(t *testing.T) {
	// "resisted attacking" / "avoided criticizing": the action did not
	// happen, as after "refused to".
	for _, spec := range []string{`
Turkey Turkey PROPN 2 nsubj
resisted resist VERB 0 root
attacking attack VERB 2 xcomp VBG
Russia Russia PROPN 3 obj`, `
Turkey Turkey PROPN 2 nsubj
avoided avoid VERB 0 root
criticizing criticize VERB 2 ccomp VBG
Russia Russia PROPN 3 obj`} {
		got, _ := code(t, Options{}, "", spec)
		expect(t, got)
	}
}

func TestSubjectAttachedAsOblique(t *testing.T) {
	// "rose as the minister prepared to visit": the parse hangs the
	// clause's subject on the main verb after "as".
	got, _ := code(t, Options{}, "", `
Tensions tension NOUN 2 nsubj
rose rise VERB 0 root
as as ADP 7 case
the the DET 7 det
Turkish Turkish ADJ 7 amod
foreign foreign ADJ 7 amod
minister minister NOUN 2 obl
prepared prepare VERB 2 advcl VBD
to to PART 10 mark
visit visit VERB 8 xcomp
Russia Russia PROPN 10 obj`)
	expect(t, got, "TURGOV RUS 042")
	// The same with "prepared" made a complement of "rose".
	got, _ = code(t, Options{}, "", `
Tensions tension NOUN 2 nsubj
rose rise VERB 0 root
as as ADP 7 case
the the DET 7 det
Turkish Turkish ADJ 7 amod
foreign foreign ADJ 7 amod
minister minister NOUN 2 obl
prepared prepare VERB 2 xcomp VBN
to to PART 10 mark
visit visit VERB 8 xcomp
Russia Russia PROPN 10 obj`)
	expect(t, got, "TURGOV RUS 042")
}

func TestCompoundSpeakersAreNotEachOthersTargets(t *testing.T) {
	got, _ := code(t, Options{}, "", `
France France PROPN 4 nsubj
and and CCONJ 3 cc
Germany Germany PROPN 1 conj
said say VERB 0 root
. . PUNCT 4 punct`)
	expect(t, got)
	got, _ = code(t, Options{}, "", `
France France PROPN 4 nsubj
and and CCONJ 3 cc
Germany Germany PROPN 1 conj
agreed agree VERB 0 root`)
	expect(t, got, "DEU FRA 030", "FRA DEU 030")
}

func TestWordPatternBeatsSynsetAndInfinitiveIsNoPreposition(t *testing.T) {
	// "by" hung on a modifier still marks the agent; "- ROCKETS *" beats
	// "- &WEAPONS *"; the "to" of "believed to be fired" is not the
	// preposition of "(TO +)".
	got, _ := code(t, Options{}, "", `
Ukraine Ukraine PROPN 3 nsubj:pass
was be AUX 3 aux:pass
struck strike VERB 0 root
by by ADP 5 case
surface surface NOUN 6 compound
rockets rocket NOUN 3 obl
believed believe VERB 6 acl
to to PART 10 mark
be be AUX 10 aux:pass
fired fire VERB 7 xcomp
by by ADP 12 case
Russia Russia PROPN 10 obl`)
	expect(t, got, "RUS UKR 194")
}

func TestAttackNounDoerAndPlaceOfRoleTarget(t *testing.T) {
	// "police were attacked in a Turkish raid in Geneva": the actor that
	// qualifies the raid did it; the police, a role only, belong to the
	// place of the event.
	got, _ := code(t, Options{}, "", `
Police police NOUN 3 nsubj:pass
were be AUX 3 aux:pass
attacked attack VERB 0 root
in in ADP 7 case
a a DET 7 det
Turkish Turkish ADJ 7 amod
raid raid NOUN 3 obl
in in ADP 9 case
Geneva Geneva PROPN 3 obl
. . PUNCT 3 punct`)
	expect(t, got, "TUR CHECOP 190")
	// A from-phrase still wins over the place.
	got, _ = code(t, Options{}, "", `
Turkey Turkey PROPN 2 nsubj
attacked attack VERB 0 root
police police NOUN 2 obj
from from ADP 5 case
Russia Russia PROPN 2 obl
in in ADP 7 case
Geneva Geneva PROPN 2 obl`)
	expect(t, got, "TUR RUSCOP 190")
}

func TestCommaParticipleTakesTheSentenceSubject(t *testing.T) {
	// ", shelling Russian rebels" hung on the noun before it is an
	// adverbial clause of "entered": the troops did the shelling.
	got, _ := code(t, Options{}, "", `
Turkish Turkish ADJ 2 amod
troops troop NOUN 3 nsubj
entered enter VERB 0 root
the the DET 5 det
town town NOUN 3 obj
of of ADP 7 case
Geneva Geneva PROPN 5 nmod
, , PUNCT 9 punct
shelling shell VERB 7 acl VBG
Russian Russian ADJ 11 amod
rebels rebel NOUN 9 obj`)
	expect(t, got, "TURMIL RUSREB 190")
}

func TestAppositionBeforeModifier(t *testing.T) {
	// "The envoy to Russia, Turkish lawmakers, criticized": the
	// apposition names the subject; the to-phrase is another actor.
	got, _ := code(t, Options{}, "", `
The the DET 2 det
envoy envoy NOUN 8 nsubj
to to ADP 4 case
Russia Russia PROPN 2 nmod
, , PUNCT 6 punct
Turkish Turkish ADJ 7 amod
lawmakers lawmaker NOUN 2 appos
criticized criticize VERB 0 root
Ukraine Ukraine PROPN 8 obj`)
	expect(t, got, "TURLEG UKR 111")
}

func TestParticipleModifierActorIsNotThePhrase(t *testing.T) {
	// "a police-held part of Geneva": the police qualify the part; the
	// place is the target.
	got, _ := code(t, Options{}, "", `
Turkish Turkish ADJ 2 amod
troops troop NOUN 3 nsubj
attacked attack VERB 0 root
a a DET 8 det
police police NOUN 7 obl:npmod
- - PUNCT 7 punct
held hold VERB 8 amod
part part NOUN 3 obj
of of ADP 10 case
Geneva Geneva PROPN 8 nmod`)
	expect(t, got, "TURMIL CHE 190")
}

func TestOwnPossessiveIsNotTheTarget(t *testing.T) {
	// "Russia met its allies in Geneva": "its" is Russia; the search for
	// a target goes on to the place.
	got, d := code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
met meet VERB 0 root
its its PRON 4 nmod:poss
allies ally NOUN 2 obj
in in ADP 6 case
Geneva Geneva PROPN 2 obl`)
	resolved := false
	for _, m := range d.Sentences[0].Mentions {
		if m.Text == "its" && m.Code == "RUS" {
			resolved = true
		}
	}
	if !resolved {
		t.Skip("the actor stage does not resolve its here")
	}
	expect(t, got, "RUS CHE 040")
}

func TestVerbReadAsModifierOfItsObject(t *testing.T) {
	// "Russia shelled positions at Kyiv" parsed as a noun phrase with
	// "shelled" modifying "positions": the name before the verb is the
	// subject, the noun and its phrases the verb's arguments.
	got, _ := code(t, Options{}, "", `
Russia Russia PROPN 3 compound
shelled shell VERB 3 amod VBD
positions position NOUN 0 root
at at ADP 5 case
Kyiv Kyiv PROPN 3 nmod
. . PUNCT 3 punct`)
	expect(t, got, "RUS UKR 190")
	// The name as the root and the noun hung on it as a list item
	// ("Turkey shelled positions at Kyiv" with "Turkey" as the root).
	got, _ = code(t, Options{}, "", `
Turkey Turkey PROPN 0 root
shelled shell VERB 3 amod VBD
positions position NOUN 1 list
at at ADP 5 case
Kyiv Kyiv PROPN 3 nmod
. . PUNCT 1 punct`)
	expect(t, got, "TUR UKR 190")
}

func TestAttackThatIsTheMeansOfAnotherIsNotCodedTwice(t *testing.T) {
	// "Police were attacked in Turkish tank shelling in Geneva", with
	// "shelling" a participle on "tank": the shelling is how the police
	// were attacked, one event.
	got, _ := code(t, Options{}, "", `
Police police NOUN 3 nsubj:pass
were be AUX 3 aux:pass
attacked attack VERB 0 root
in in ADP 6 case
Turkish Turkish ADJ 6 amod
tank tank NOUN 3 obl
shelling shell VERB 6 acl
in in ADP 9 case
Geneva Geneva PROPN 7 obl
. . PUNCT 3 punct`)
	expect(t, got, "TUR CHECOP 190")
}

func TestReportedNonCameoCodeIsNoAttack(t *testing.T) {
	// "Germany froze its accounts with Russia, France said": the verb
	// file's own code 904 has no CAMEO root; reported, it is no attack the
	// speaker accuses anyone of, whether the parse makes the speech verb
	// the root (ccomp) or a parataxis of the reported clause.
	got, _ := code(t, Options{}, "", `
Germany Germany PROPN 2 nsubj
froze freeze VERB 9 ccomp
its its PRON 4 nmod:poss
accounts account NOUN 2 obj
with with ADP 6 case
Russia Russia PROPN 4 nmod
, , PUNCT 9 punct
France France PROPN 9 nsubj
said say VERB 0 root`)
	expect(t, got, "DEU RUS 904")
	got, _ = code(t, Options{}, "", `
Germany Germany PROPN 2 nsubj
froze freeze VERB 0 root
its its PRON 4 nmod:poss
accounts account NOUN 2 obj
with with ADP 6 case
Russia Russia PROPN 4 nmod
, , PUNCT 9 punct
France France PROPN 9 nsubj
said say VERB 2 parataxis`)
	expect(t, got, "DEU RUS 904")
}

func TestClaimedAttackIsAnAccusation(t *testing.T) {
	// "France claimed that Russia attacked Ukraine": the accusation is
	// the event; the attack is alleged, not told as fact.
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
claimed claim VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj`)
	expect(t, got, "FRA RUS 112")
	// "said" reports it as fact.
	got, _ = code(t, Options{}, "", `
France France PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 5 mark
Russia Russia PROPN 5 nsubj
attacked attack VERB 2 ccomp
Ukraine Ukraine PROPN 5 obj`)
	expect(t, got, "FRA RUS 112", "RUS UKR 190")
}

func TestAgentlessPassiveMatchesPatternsAsActive(t *testing.T) {
	// "Rockets were fired at Kyiv from Russia": without an agent the
	// patient still fills the pattern "- * ROCKETS (AT +)" (FIRE alone is
	// no event), and the attack comes from the from-phrase.
	got, _ := code(t, Options{}, "", `
Rockets rocket NOUN 3 nsubj:pass
were be AUX 3 aux:pass
fired fire VERB 0 root
at at ADP 5 case
Kyiv Kyiv PROPN 3 obl
from from ADP 7 case
Russia Russia PROPN 3 obl`)
	expect(t, got, "RUS UKR 195")
}

func TestSourcesOwnCountryIsNotItsTarget(t *testing.T) {
	// "The Turkish government criticized visits to Turkey by Russian
	// lawmakers": Turkey is the government's own country; the target is
	// the lawmakers (whose visits to Turkey are events of their own).
	got, _ := code(t, Options{}, "", `
The the DET 3 det
Turkish Turkish ADJ 3 amod
government government NOUN 4 nsubj
criticized criticize VERB 0 root
visits visit NOUN 4 obj
to to ADP 7 case
Turkey Turkey PROPN 5 nmod
by by ADP 10 case
Russian Russian ADJ 10 amod
lawmakers lawmaker NOUN 5 nmod`)
	expect(t, got, "TURGOV RUSLEG 111", "RUSLEG TUR 042")
}

// TestViolentProtest: the violence of protesters, rioters or a mob is a
// violent protest (145), other sources keep the act's code.
func TestViolentProtest(t *testing.T) {
	cases := []struct {
		src, code string
		want      bool
	}{
		{"Kenyan protesters", "180", true},
		{"a Ukrainian protestor", "1712", true},
		{"rioters", "190", true},
		{"Kenyan police", "180", false},
		{"protesters", "173", false},
		{"protesters", "194", false},
	}
	for _, c := range cases {
		e := &doc.Event{CAMEO: c.code, Source: &doc.Actor{Text: c.src}}
		if got := violentProtest(e); got != c.want {
			t.Errorf("%q %s: got %v, want %v", c.src, c.code, got, c.want)
		}
	}
}

func TestTreeRepairs(t *testing.T) {
	// Two subjects on one verb: "Old rivals Turkey and Brazil criticized
	// Russia" with "rivals" and "Turkey" both subjects of "criticized";
	// the phrase next to the verb is the subject.
	got, _ := code(t, Options{}, "", `
Old old ADJ 2 amod
rivals rival NOUN 6 nsubj
Turkey Turkey PROPN 6 nsubj
and and CCONJ 5 cc
Brazil Brazil PROPN 3 conj
criticized criticize VERB 0 root
Russia Russia PROPN 6 obj
. . PUNCT 6 punct`)
	expect(t, got, "TUR RUS 111", "BRA RUS 111")
	// (the same as the apposition it is)
	got, _ = code(t, Options{}, "", `
Old old ADJ 2 amod
rivals rival NOUN 6 nsubj
Turkey Turkey PROPN 2 appos
and and CCONJ 5 cc
Brazil Brazil PROPN 3 conj
criticized criticize VERB 0 root
Russia Russia PROPN 6 obj
. . PUNCT 6 punct`)
	expect(t, got, "TUR RUS 111", "BRA RUS 111")

	// A noun after the second of two coordinated verbs, hung on the first
	// that has its own object: "Russia criticized the raid and pledged aid
	// to Ukraine" with "aid" on "criticized" is the second verb's object.
	for _, aidHead := range []string{"2 obl:unmarked", "6 obj"} {
		got, _ = code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
criticized criticize VERB 0 root
the the DET 4 det
raid raid NOUN 2 obj
and and CCONJ 6 cc
pledged pledge VERB 2 conj
aid aid NOUN `+aidHead+`
to to ADP 9 case
Ukraine Ukraine PROPN 7 nmod
. . PUNCT 2 punct`)
		expect(t, got, "RUS UKR 033")
	}
	// "Russia attacked and shelled Ukraine": a shared object after the
	// second verb stays the first verb's (the first has no object of its
	// own).
	got, _ = code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
and and CCONJ 4 cc
shelled shell VERB 2 conj
Ukraine Ukraine PROPN 2 obj
. . PUNCT 2 punct`)
	expect(t, got, "RUS UKR 190")

	// A verbless full-stop sentence whose only verb the parse made a
	// modifier of the root noun before it, with the phrases on the noun:
	// "The Turkish foreign minister met on Monday with Russia."
	got, _ = code(t, Options{}, "", `
The the DET 4 det
Turkish Turkish ADJ 4 amod
foreign foreign ADJ 4 amod
minister minister NOUN 0 root
met meet VERB 4 acl VBN
on on ADP 7 case
Monday Monday PROPN 4 nmod
with with ADP 9 case
Russia Russia PROPN 4 nmod
. . PUNCT 4 punct`)
	expect(t, got, "TURGOV RUS 040")
	got, _ = code(t, Options{}, "", `
The the DET 4 det
Turkish Turkish ADJ 4 amod
foreign foreign ADJ 4 amod
minister minister NOUN 5 nsubj
met meet VERB 0 root VBD
on on ADP 7 case
Monday Monday PROPN 5 obl
with with ADP 9 case
Russia Russia PROPN 5 obl
. . PUNCT 5 punct`)
	expect(t, got, "TURGOV RUS 040")
	// (a reduced relative in a sentence with a verb of its own is left
	// alone: "The Turkish foreign minister met in Geneva criticized
	// Russia.")
	got, _ = code(t, Options{}, "", `
The the DET 4 det
Turkish Turkish ADJ 4 amod
foreign foreign ADJ 4 amod
minister minister NOUN 8 nsubj
met meet VERB 4 acl VBN
in in ADP 7 case
Geneva Geneva PROPN 5 obl
criticized criticize VERB 0 root
Russia Russia PROPN 8 obj
. . PUNCT 8 punct`)
	expect(t, got, "TURGOV RUS 111")
}

func TestTimeNounAfterWithHoldsTheTarget(t *testing.T) {
	// "France agreed with Germany's decade of reforms": a phrase after
	// "with" is the other side, even when a time noun heads it.
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
agreed agree VERB 0 root
with with ADP 6 case
Germany Germany PROPN 6 nmod:poss
's 's PART 4 case
decade decade NOUN 2 obl
of of ADP 8 case
reforms reform NOUN 6 nmod
. . PUNCT 2 punct`)
	expect(t, got, "FRA DEU 030")
	// after another preposition the time noun heads a phrase of time, no
	// side ("France agreed for Germany's decade")
	got, _ = code(t, Options{}, "", `
France France PROPN 2 nsubj
agreed agree VERB 0 root
for for ADP 5 case
Germany Germany PROPN 5 nmod:poss
's 's PART 3 case
decade decade NOUN 2 obl
. . PUNCT 2 punct`)
	expect(t, got)
}

func TestTreeRepairsPhrases(t *testing.T) {
	// "Dozens of Turkish lawmakers met on Monday with Russia." with "met"
	// on "lawmakers", inside the root's phrase, and the phrases on the
	// root.
	got, _ := code(t, Options{}, "", `
Dozens dozen NOUN 0 root
of of ADP 4 case
Turkish Turkish ADJ 4 amod
lawmakers lawmaker NOUN 1 nmod
met meet VERB 4 acl VBN
on on ADP 7 case
Monday Monday PROPN 1 nmod
with with ADP 9 case
Russia Russia PROPN 1 nmod
. . PUNCT 1 punct`)
	expect(t, got, "TURLEG RUS 040")

	// "Turkey pledged aid to rebuild Ukraine": the purpose clause hung on
	// the thing given is the verb's, as when the parse hangs it there.
	for _, clauseHead := range []string{"3 advcl", "2 advcl"} {
		got, _ = code(t, Options{}, "", `
Turkey Turkey PROPN 2 nsubj
pledged pledge VERB 0 root
aid aid NOUN 2 obj
to to PART 5 mark
rebuild rebuild VERB `+clauseHead+`
Ukraine Ukraine PROPN 5 obj
. . PUNCT 2 punct`)
		expect(t, got, "TUR UKR 030")
	}
}

func TestVerbBetweenRootNounAndItsObject(t *testing.T) {
	// "Russian troops attacked border posts in Ukraine." with "troops" as
	// the root, "posts" its object and "attacked" a modifier of "posts":
	// read as the clause it is.
	for _, spec := range []string{`
Russian Russian ADJ 2 amod
troops troop NOUN 0 root
attacked attack VERB 5 amod VBN
border border NOUN 5 compound
posts post NOUN 2 obj
in in ADP 7 case
Ukraine Ukraine PROPN 2 nmod
. . PUNCT 2 punct`, `
Russian Russian ADJ 2 amod
troops troop NOUN 3 nsubj
attacked attack VERB 0 root VBD
border border NOUN 5 compound
posts post NOUN 3 obj
in in ADP 7 case
Ukraine Ukraine PROPN 3 obl
. . PUNCT 3 punct`} {
		got, _ := code(t, Options{}, "", spec)
		expect(t, got, "RUSMIL UKR 190")
	}
}

func TestObjectControlComplement(t *testing.T) {
	// "France urged Germany to release Russia": the infinitive after the
	// object of an appeal verb is its complement, whether the parse makes
	// it an xcomp or an adverbial clause; the appeal's own pattern (0253)
	// stands where the complement's pattern says it is no event of its
	// own under the appeal ("- URGED * [---]").
	for _, rel := range []string{"xcomp", "advcl"} {
		got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
urged urge VERB 0 root
Germany Germany PROPN 2 obj
to to PART 5 mark
release release VERB 2 `+rel+`
Russia Russia PROPN 5 obj
. . PUNCT 2 punct`)
		expect(t, got, "FRA DEU 0253")
	}
	// "Turkey ordered Russian troops to attack Ukraine": the troops
	// attack, whichever relation the parse gives the infinitive.
	for _, rel := range []string{"xcomp", "advcl"} {
		got, _ := code(t, Options{IncludeNonfactual: true}, "", `
Turkey Turkey PROPN 2 nsubj
ordered order VERB 0 root
Russian Russian ADJ 4 amod
troops troop NOUN 2 obj
to to PART 6 mark
attack attack VERB 2 `+rel+`
Ukraine Ukraine PROPN 6 obj
. . PUNCT 2 punct`)
		expect(t, got, "RUSMIL UKR 190")
	}
	// Without the non-factual events: what an order commands is an
	// intent, not a deed (2026-12-07).
	got, _ := code(t, Options{}, "", `
Turkey Turkey PROPN 2 nsubj
ordered order VERB 0 root
Russian Russian ADJ 4 amod
troops troop NOUN 2 obj
to to PART 6 mark
attack attack VERB 2 xcomp
Ukraine Ukraine PROPN 6 obj
. . PUNCT 2 punct`)
	expect(t, got)
	// What an appeal asks for, however deep in its complement, has not
	// happened: "France urged Germany to stop attacking Russia".
	got, _ = code(t, Options{IncludeNonfactual: true}, "", `
France France PROPN 2 nsubj
urged urge VERB 0 root
Germany Germany PROPN 2 obj
to to PART 5 mark
stop stop VERB 2 xcomp
attacking attack VERB 5 xcomp
Russia Russia PROPN 6 obj
. . PUNCT 2 punct`)
	expect(t, got, "FRA DEU 020")
	// (a purpose clause of a verb that has no one do anything stays one:
	// "Turkey sent troops to help Ukraine", a help Turkey intends)
	got, _ = code(t, Options{IncludeNonfactual: true}, "", `
Turkey Turkey PROPN 2 nsubj
sent send VERB 0 root
troops troop NOUN 2 obj
to to PART 5 mark
help help VERB 2 advcl
Ukraine Ukraine PROPN 5 obj
. . PUNCT 2 punct`)
	expect(t, got, "TUR UKR 070")
}

func TestPrepositionalPhraseMadeRoot(t *testing.T) {
	// "The Turkish foreign minister met with Russia on Monday." with
	// "Russia" as the root, "minister" its subject and "met" a modifier
	// of "minister": the verb heads the sentence, the phrase is its
	// oblique.
	for _, spec := range []string{`
The the DET 4 det
Turkish Turkish ADJ 4 amod
foreign foreign ADJ 4 amod
minister minister NOUN 7 nsubj
met meet VERB 4 acl VBN
with with ADP 7 case
Russia Russia PROPN 0 root
on on ADP 9 case
Monday Monday PROPN 7 obl
. . PUNCT 7 punct`, `
The the DET 4 det
Turkish Turkish ADJ 4 amod
foreign foreign ADJ 4 amod
minister minister NOUN 5 nsubj
met meet VERB 0 root VBD
with with ADP 7 case
Russia Russia PROPN 5 obl
on on ADP 9 case
Monday Monday PROPN 5 obl
. . PUNCT 5 punct`} {
		got, _ := code(t, Options{}, "", spec)
		expect(t, got, "TURGOV RUS 040")
	}
}

func TestModifierWithSubjectRepair(t *testing.T) {
	// "France will impose sanctions on Russia if Turkey attacked Ukraine
	// with rockets" with "attacked" an amod of "Ukraine" and "Turkey" its
	// subject: a modifier has no subject; "attacked" heads the conditional
	// clause with "Ukraine" its object and "with rockets" its phrase, so
	// the sanctions do not fall on Ukraine.
	misparsed := `
France France PROPN 3 nsubj
will will AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Russia Russia PROPN 3 obl
if if SCONJ 9 mark
Turkey Turkey PROPN 9 nsubj
attacked attack VERB 10 amod
Ukraine Ukraine PROPN 3 obj
with with ADP 12 case
rockets rocket NOUN 3 obl
. . PUNCT 3 punct`
	repaired := `
France France PROPN 3 nsubj
will will AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Russia Russia PROPN 3 obl
if if SCONJ 9 mark
Turkey Turkey PROPN 9 nsubj
attacked attack VERB 3 advcl
Ukraine Ukraine PROPN 9 obj
with with ADP 12 case
rockets rocket NOUN 9 obl
. . PUNCT 3 punct`
	want, _ := code(t, Options{IncludeNonfactual: true}, "", repaired)
	if len(want) == 0 {
		t.Fatal("the repaired parse gives no event")
	}
	got, _ := code(t, Options{IncludeNonfactual: true}, "", misparsed)
	expect(t, got, want...)
	for _, e := range got {
		if strings.HasSuffix(e, "UKR 163") {
			t.Errorf("sanctions fell on the conditional clause's object: %q", got)
		}
	}
	t.Logf("events: %q", got)
}

func TestNoMagnitudeFromAModifier(t *testing.T) {
	// "France visited Germany on a four-nation tour": the number
	// describes the tour, not how much of anything the visit involved.
	got, d := code(t, Options{}, "", `
France France PROPN 2 nsubj
visited visit VERB 0 root
Germany Germany PROPN 2 obj
on on ADP 8 case
a a DET 8 det
four four NUM 7 nummod
nation nation NOUN 8 compound
tour tour NOUN 2 obl
. . PUNCT 2 punct`)
	expect(t, got, "FRA DEU 042")
	for _, e := range d.Sentences[0].Events {
		if e.Magnitude != nil {
			t.Errorf("magnitude %+v from a modifier", *e.Magnitude)
		}
	}
}

func TestFightBetweenTwoSides(t *testing.T) {
	// "France helped Ukraine, where attacking between Russian troops and
	// rebels ...": the fight is between its two sides, each way, and no
	// act of France; the parse's second side hung on "Ukraine" is mended.
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
helped help VERB 0 root VBD
Ukraine Ukraine PROPN 2 obj
, , PUNCT 6 punct
where where ADV 6 advmod
attacking attack VERB 2 advcl VBG
between between ADP 9 case
Russian Russian ADJ 9 amod
troops troop NOUN 6 obl
and and CCONJ 11 cc
rebels rebel NOUN 3 conj
continued continue VERB 2 conj VBD
. . PUNCT 2 punct`)
	expect(t, got, "FRA UKR 070", "RUSMIL ---REB 190", "---REB RUSMIL 190")
	// "Attacks between Russian troops and rebels continued.": the noun
	// that its clause tells of.
	got, _ = code(t, Options{}, "", `
Attacks attack NOUN 6 nsubj
between between ADP 4 case
Russian Russian ADJ 4 amod
troops troop NOUN 1 nmod
and and CCONJ 6 cc
rebels rebel NOUN 4 conj
continued continue VERB 0 root VBD
. . PUNCT 7 punct`)
	expect(t, got, "RUSMIL ---REB 190", "---REB RUSMIL 190")
}

func TestWhereClauseHasNoInheritedSubject(t *testing.T) {
	// "France helped Ukraine, where attacking killed Russian troops": a
	// clause of a place without a subject of its own is not France's act.
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
helped help VERB 0 root VBD
Ukraine Ukraine PROPN 2 obj
, , PUNCT 6 punct
where where ADV 6 advmod
attacking attack VERB 2 advcl VBG
Russian Russian ADJ 8 amod
troops troop NOUN 6 obj
. . PUNCT 2 punct`)
	expect(t, got, "FRA UKR 070")
}

func TestRoleSourceTakesThePlace(t *testing.T) {
	// "Rebels attacked police in Kyiv.": the rebels are of the place, as
	// the police are.
	got, _ := code(t, Options{}, "", `
Rebels rebel NOUN 2 nsubj
attacked attack VERB 0 root VBD
police police NOUN 2 obj
in in ADP 5 case
Kyiv Kyiv PROPN 2 obl
. . PUNCT 2 punct`)
	expect(t, got, "UKRREB UKRCOP 190")
}

func TestCoordinatedVerbsAfterRootSubject(t *testing.T) {
	// "Turkish police fired gas and attacked rebels." with "police" as the
	// root, "gas" its conjunct, "fired" a modifier of "gas" and
	// "attacked" another conjunct of "police".
	got, _ := code(t, Options{}, "", `
Turkish Turkish ADJ 2 amod
police police NOUN 0 root
fired fire VERB 4 amod VBN
gas gas NOUN 2 conj
and and CCONJ 6 cc
attacked attack VERB 2 conj VBN
rebels rebel NOUN 6 obj
. . PUNCT 2 punct`)
	expect(t, got, "TURCOP ---REB 190")
}

func TestDomesticCountry(t *testing.T) {
	for _, c := range []struct{ code, src, tgt, want string }{
		{"173", "KENCOP", "---OPP", "KEN"},  // arrested demonstrators
		{"0841", "CUBGOV", "---CVL", "CUB"}, // freed political prisoners
		{"1722", "MLIMIL", "---PTY", "MLI"}, // banned parties
		{"173", "KEN", "---OPP", "KEN"},
		{"174", "PAKGOV", "---CVL", ""}, // deportees come from elsewhere
		{"190", "RUSMIL", "---CVL", ""}, // force: its own place rules
		{"173", "KENCOP", "---REF", ""}, // refugees
		{"173", "IGOUNO", "---OPP", ""},
		{"173", "---COP", "---OPP", ""},
		{"173", "KENOPP", "---CVL", ""},     // not a state
		{"111", "KENGOV", "---OPP", "KEN"},  // a government criticising the opposition: its own
		{"120", "MLIJUD", "---OPP", "MLI"},  // a court rejected the opposition's appeal
		{"173", "ISRMIL", "---CVL", ""},     // troops also arrest abroad
		{"0841", "MMRMIL", "---CVL", "MMR"}, // a junta frees its own prisoners
		{"1722", "MLIMIL", "---PTY", "MLI"},
		{"120", "MLIJUD", "---CVL", ""},
		{"0871", "THAMIL", "---CVL", ""},
		{"141", "GEO", "---LEG", "GEO"}, // people protest at their own parliament
		{"141", "GTMOPP", "---LEG", "GTM"},
		{"112", "KWTGOV", "---LEG", "KWT"}, // the emir accused lawmakers
		{"111", "KWTLEG", "---GOV", "KWT"}, // parliament censured the cabinet
		{"190", "KWTLEG", "---GOV", ""},
		{"111", "USAGOV", "---MIL", ""},
	} {
		if got := domesticCountry(c.code, c.src, c.tgt); got != c.want {
			t.Errorf("domesticCountry(%s, %s, %s) = %q, want %q", c.code, c.src, c.tgt, got, c.want)
		}
	}
}

func TestConjoinedClauseSubject(t *testing.T) {
	// "Russia attacked Ukraine and Turkey criticized France." with
	// "Turkey" a conjunct of "attacked" and "criticized" its acl: Turkey
	// is the second clause's subject, not a second target of the attack.
	got, _ := code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root VBD
Ukraine Ukraine PROPN 2 obj
and and CCONJ 5 cc
Turkey Turkey PROPN 2 conj
criticized criticize VERB 5 acl VBD
France France PROPN 6 obj
. . PUNCT 2 punct`)
	expect(t, got, "RUS UKR 190", "TUR FRA 111")
}

func TestAgentInPhraseOfTimeIsNoTarget(t *testing.T) {
	// "France criticized the deal after talks hosted by Turkey": the host
	// of the talks before the deal is no target of the criticism; "after
	// talks with Russia" names the partner.
	got, _ := code(t, Options{}, "", `
France France PROPN 2 nsubj
criticized criticize VERB 0 root
the the DET 4 det
deal deal NOUN 2 obj
after after ADP 6 case
talks talk NOUN 4 nmod
hosted host VERB 6 acl VBN
by by ADP 9 case
Turkey Turkey PROPN 7 obl:agent
. . PUNCT 2 punct`)
	expect(t, got)
	got, _ = code(t, Options{}, "", `
France France PROPN 2 nsubj
criticized criticize VERB 0 root
the the DET 4 det
deal deal NOUN 2 obj
after after ADP 6 case
talks talk NOUN 4 nmod
with with ADP 8 case
Russia Russia PROPN 6 nmod
. . PUNCT 2 punct`)
	expect(t, got, "FRA RUS 111")
}

func TestTwoSubjectsWithConjunctionAreConjuncts(t *testing.T) {
	// "France and Germany criticized Russia." with both "France" and
	// "Germany" subjects of the verb and "and" on the verb: each
	// criticized Russia.
	got, _ := code(t, Options{}, "", `
France France PROPN 4 nsubj
and and CCONJ 4 cc
Germany Germany PROPN 4 nsubj
criticized criticize VERB 0 root VBD
Russia Russia PROPN 4 obj
. . PUNCT 4 punct`)
	expect(t, got, "FRA RUS 111", "DEU RUS 111")
}

func TestClauseAfterAndWithSubjectOnTheObject(t *testing.T) {
	// "Russia attacked Ukraine and Turkey criticized France." with
	// "Turkey" a conjunct of the object and "criticized" a complement of
	// "attacked": Turkey is the second clause's subject.
	got, _ := code(t, Options{}, "", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root VBD
Ukraine Ukraine PROPN 2 obj
and and CCONJ 5 cc
Turkey Turkey PROPN 3 conj
criticized criticize VERB 2 ccomp VBD
France France PROPN 6 obj
. . PUNCT 2 punct`)
	expect(t, got, "RUS UKR 190", "TUR FRA 111")
}

func TestTalksBetweenTwoSides(t *testing.T) {
	// "Talks between Russia and Ukraine resumed.": the noun's two sides.
	got, _ := code(t, Options{}, "", `
Talks talk NOUN 6 nsubj
between between ADP 3 case
Russia Russia PROPN 1 nmod
and and CCONJ 5 cc
Ukraine Ukraine PROPN 3 conj
resumed resume VERB 0 root VBD
. . PUNCT 6 punct`)
	expect(t, got, "RUS UKR 040", "UKR RUS 040")
}
