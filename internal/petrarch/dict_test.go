package petrarch

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The fixtures below are invented (imaginary countries and words); they
// exercise each construct of the formats, not the real dictionaries.

const fixtureVerbs2 = `# TEST VERB DICTIONARY
####### SYNONYM SETS #######

&GIFT_
# a comment inside a synset
+PRESENT
+OFFERING_
+GOLDEN_APPLE

&BOAT
+RAFT
+&GIFT

####### VERB PATTERNS #######

---  WANDER   [042:043]  ---
WANDER
ROAM {ROAMS ROAMED ROAMING }  # qz 1 Jan 2001
TRUDGE {TRUDGES, TRUDGED} [043]
+DRIFT_OFF {+DRIFTS_OFF +DRIFTED_OFF} [044]
+SAIL_AWAY {}
STROLL {STROLLS};old comment
- * (TO {HIGH COUNCIL}) $                     [0441]   # WANDER
- $ * ^ &BOAT (WITH +)                         [:045]
- % * IN_PEACE                                 [046]
- * (IN RAIN/SNOW) BOAT/RAFT                   [047!]
- *FAST                                        [048]
- * (TO HALL))                                 [049]
- * &NOSUCH                                    [050]
- * SLOWLY
- SLOWLY + OFF                                 [051]

---  SULK   [120]---  ---
SULK
- + * (AT $)                                   [121]

######## TRANSFORMATIONS ##########
~ a (a b WANDER) SAY = a b 042
~ a (a b) SAY = a b 042
`

func readVerbsString(t *testing.T, src, name string) *VerbDict {
	t.Helper()
	d, err := ReadVerbs(strings.NewReader(src), name)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func errorStrings(errs []error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func wantErrors(t *testing.T, errs []error, want ...string) {
	t.Helper()
	got := errorStrings(errs)
	if len(got) != len(want) {
		t.Errorf("got %d errors, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
		return
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d: got %q, want prefix %q", i, got[i], want[i])
		}
	}
}

func TestVerbsPETR2(t *testing.T) {
	d := readVerbsString(t, fixtureVerbs2, "v2.txt")
	if d.Style != StylePETR2 {
		t.Errorf("style %v", d.Style)
	}
	wantErrors(t, d.Errors,
		"v2.txt:27: '*' written against the word \"FAST\"",
		"v2.txt:28: ')' without its opening bracket",
		"v2.txt:29: synset &NOSUCH is not defined",
		"v2.txt:30: pattern without a [code]",
		"v2.txt:31: pattern without the verb '*'",
		"v2.txt:39: bad transformation",
	)
	// Synsets.
	if len(d.Synsets) != 2 {
		t.Fatalf("synsets: %+v", d.Synsets)
	}
	g := d.Synset("&GIFT_")
	if g == nil || g.Name != "GIFT" || !g.Exact || g.Line != 4 || len(g.Members) != 3 {
		t.Fatalf("synset GIFT: %+v", g)
	}
	if m := g.Members[1]; m.Raw != "OFFERING_" || !m.Exact || !reflect.DeepEqual(m.Words, []string{"OFFERING"}) {
		t.Errorf("member %+v", m)
	}
	if m := g.Members[2]; !reflect.DeepEqual(m.Words, []string{"GOLDEN", "APPLE"}) || m.Line != 8 {
		t.Errorf("member %+v", m)
	}
	if b := d.Synset("BOAT"); b == nil || b.Members[1].Synset != "GIFT" {
		t.Errorf("nested synset %+v", b)
	}
	// Blocks and verbs.
	if len(d.Blocks) != 2 {
		t.Fatalf("blocks %d", len(d.Blocks))
	}
	w := d.Blocks[0]
	if w.Name != "WANDER" || w.Code() != (Code{Raw: "042:043", Forward: "042", Reverse: "043"}) || w.Line != 16 {
		t.Errorf("block %+v", w)
	}
	if len(w.Verbs) != 6 {
		t.Fatalf("verbs %+v", w.Verbs)
	}
	roam := w.Verbs[1]
	if roam.Words[0] != "ROAM" || len(roam.Forms) != 3 || roam.Forms[2].Words[0] != "ROAMING" || roam.Comment != "qz 1 Jan 2001" || roam.Code != nil {
		t.Errorf("ROAM %+v", roam)
	}
	if tr := w.Verbs[2]; len(tr.Forms) != 2 || tr.Forms[1].Raw != "TRUDGED" || tr.Code == nil || tr.Code.Forward != "043" {
		t.Errorf("TRUDGE %+v", tr)
	}
	drift := w.Verbs[3]
	if !reflect.DeepEqual(drift.Words, []string{"DRIFT", "OFF"}) || drift.Head != 0 || len(drift.Forms) != 2 ||
		!reflect.DeepEqual(drift.Forms[1].Words, []string{"DRIFTED", "OFF"}) || drift.Code.Forward != "044" {
		t.Errorf("DRIFT_OFF %+v", drift)
	}
	if s := w.Verbs[4]; !s.NoForms || len(s.Forms) != 0 {
		t.Errorf("SAIL_AWAY {} %+v", s)
	}
	if s := w.Verbs[5]; s.Words[0] != "STROLL" || s.Comment != "old comment" || len(s.Forms) != 1 {
		t.Errorf("STROLL ; comment %+v", s)
	}
	if sulk := d.Blocks[1]; sulk.Name != "SULK" || sulk.Code().Forward != "120" {
		t.Errorf("block with [120]--- header: %+v", sulk)
	}
	// Patterns (two malformed ones are dropped).
	ps := w.Patterns
	if len(ps) != 7 {
		t.Fatalf("patterns %d", len(ps))
	}
	p0 := ps[0]
	if !p0.HasVerb || len(p0.Before) != 0 || len(p0.After) != 2 || p0.Code.Forward != "0441" || p0.Comment != "WANDER" {
		t.Fatalf("pattern 0 %+v", p0)
	}
	pp := p0.After[0]
	if pp.Kind != TokPrep || pp.Text != "TO" || len(pp.Sub) != 1 || pp.Sub[0].Kind != TokPhrase ||
		pp.Sub[0].Sub[0].Text != "HIGH" || pp.Sub[0].Sub[1].Text != "COUNCIL" || p0.After[1].Kind != TokSource {
		t.Errorf("pattern 0 tokens %+v", p0.After)
	}
	p1 := ps[1]
	kinds := func(ts []Token) (ks []TokenKind) {
		for _, t := range ts {
			ks = append(ks, t.Kind)
		}
		return ks
	}
	if !reflect.DeepEqual(kinds(p1.Before), []TokenKind{TokSource}) ||
		!reflect.DeepEqual(kinds(p1.After), []TokenKind{TokSkip, TokSynset, TokPrep}) ||
		p1.After[1].Text != "BOAT" || p1.After[2].Sub[0].Kind != TokTarget || p1.Code.Forward != "" || p1.Code.Reverse != "045" {
		t.Errorf("pattern 1 %+v", p1)
	}
	p2 := ps[2]
	if p2.Before[0].Kind != TokCompound || len(p2.After) != 2 || !p2.After[0].Joined || p2.After[1].Text != "PEACE" {
		t.Errorf("pattern 2 %+v", p2)
	}
	p3 := ps[3]
	if a := p3.After[0]; a.Text != "IN" || !reflect.DeepEqual(a.Sub[0].Alts, []string{"RAIN", "SNOW"}) {
		t.Errorf("pattern 3 prep %+v", a)
	}
	if a := p3.After[1]; a.Text != "BOAT" || !reflect.DeepEqual(a.Alts, []string{"BOAT", "RAFT"}) || p3.Code.Raw != "047!" {
		t.Errorf("pattern 3 %+v", p3)
	}
	if p4 := ps[4]; !p4.HasVerb || len(p4.After) != 1 || p4.After[0].Text != "FAST" {
		t.Errorf("*FAST %+v", p4)
	}
	if p6 := ps[6]; p6.HasVerb || len(p6.Before) != 3 || p6.Code.Forward != "051" {
		t.Errorf("pattern without verb %+v", p6)
	}
	// Transformations.
	if len(d.Transformations) != 1 {
		t.Fatalf("transformations %+v", d.Transformations)
	}
	x := d.Transformations[0]
	if x.Source != "a" || x.InnerSource != "a" || x.InnerTarget != "b" || x.InnerVerb != "WANDER" || x.Verb != "SAY" ||
		x.ResultSource != "a" || x.ResultTarget != "b" || x.ResultCode != "042" || x.Line != 38 {
		t.Errorf("transformation %+v", x)
	}
}

const fixtureVerbs1 = `<!-- TEST VERBS, OLD STYLE -->
<!-- a comment
     over two lines -->
&TIE
+SILVER
+IRON CHAIN

--- MEND  [031] ---
MEND    # qz 2 Feb 02
KLM_NOP_+RST [032]
- * NEW_&TIE_ROPES [033]
- IN_* [034]
- *_UP NOW [035]
- WAS_ * TO_ ^ [036]

&KNOT
+BOW

- * &KNOT [037]
--- LASH OUT  [038] ---
LASH OUT
`

func TestVerbsPETR1(t *testing.T) {
	d := readVerbsString(t, fixtureVerbs1, "v1.txt")
	if d.Style != StylePETR1 {
		t.Errorf("style %v", d.Style)
	}
	wantErrors(t, d.Errors)
	if len(d.Synsets) != 2 || !reflect.DeepEqual(d.Synsets[0].Members[1].Words, []string{"IRON", "CHAIN"}) {
		t.Errorf("synsets %+v", d.Synsets)
	}
	if len(d.Blocks) != 2 {
		t.Fatalf("blocks %+v", d.Blocks)
	}
	m := d.Blocks[0]
	if v := m.Verbs[1]; !reflect.DeepEqual(v.Words, []string{"KLM", "NOP", "RST"}) || v.Head != 2 {
		t.Errorf("KLM_NOP_+RST %+v", v)
	}
	if len(m.Patterns) != 5 {
		t.Fatalf("patterns %d", len(m.Patterns))
	}
	p := m.Patterns[0].After
	if len(p) != 3 || p[0].Text != "NEW" || !p[0].Joined || p[1].Kind != TokSynset || p[1].Text != "TIE" || !p[1].Joined || p[2].Text != "ROPES" || p[2].Joined {
		t.Errorf("NEW_&TIE_ROPES %+v", p)
	}
	if b := m.Patterns[1].Before; len(b) != 1 || !b[0].Joined {
		t.Errorf("IN_* %+v", b)
	}
	if tk := m.Patterns[2].Tokens; !tk[0].Joined || tk[0].Kind != TokVerb || tk[1].Text != "UP" || tk[1].Joined {
		t.Errorf("*_UP %+v", tk)
	}
	if tk := m.Patterns[3].Tokens; !tk[0].Joined || tk[1].Kind != TokVerb || !tk[2].Joined || tk[3].Kind != TokSkip {
		t.Errorf("WAS_ * TO_ ^ %+v", tk)
	}
	if p := m.Patterns[4]; p.After[0].Text != "KNOT" || p.Line != 19 {
		t.Errorf("pattern after a synset goes to the open block: %+v", p)
	}
	if l := d.Blocks[1]; l.Name != "LASH OUT" || !reflect.DeepEqual(l.Verbs[0].Words, []string{"LASH", "OUT"}) {
		t.Errorf("LASH OUT %+v", l)
	}
}

const fixtureActors = `<!-- TEST ACTORS -->
# comment
+ORPHAN
	[XXX]
ZENDA_  [ZEN]
+ZENDAN_
+GREAT_ZENDA # the old name

MORVIA [MRV]  # default
	[MRVGOV >090120]
	[MRVELI 780101-000101]
	[MRVREB < 30-12-01]
	[MRVOCC 19270101-730717]
	[MRVMIL 19950601 - 19990815]
QUEEN_ILSA_   [MRVGOV 010120-050120] [IGOZENKID >050501]  # two codes

KING_OTTO_
OTTO_THE_GREAT
	[MRVGOV 991301-000101]
	[MRVLEG 9008223-911221]

LONELY_NAME_

HARBOUR_GUILD_

+HARBOUR_MASTERS
	[ZENBUS]
BAD [ZEN
`

func TestActors(t *testing.T) {
	d, err := ReadActors(strings.NewReader(fixtureActors), "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantErrors(t, d.Errors,
		"a.txt:3: synonym with no actor before it",
		"a.txt:4: code line with no actor before it",
		"a.txt:12: [MRVREB < 30-12-01]: bad date",
		"a.txt:19: [MRVGOV 991301-000101]: bad date \"991301\": no such day",
		"a.txt:20: [MRVLEG 9008223-911221]: bad date \"9008223\"",
		"a.txt:22: actor LONELY_NAME_ has no code",
		"a.txt:28: unbalanced [ ]",
	)
	names := func(a Actor) (out []string) {
		for _, n := range a.Names {
			out = append(out, n.Raw)
		}
		return out
	}
	if len(d.Actors) != 6 {
		t.Fatalf("actors %d: %+v", len(d.Actors), d.Actors)
	}
	z := d.Actors[0]
	if !reflect.DeepEqual(names(z), []string{"ZENDA_", "ZENDAN_", "GREAT_ZENDA"}) || z.Line != 5 || z.Names[2].Comment != "the old name" ||
		!z.Names[0].Exact || z.Names[2].Exact || !reflect.DeepEqual(z.Names[2].Words, []string{"GREAT", "ZENDA"}) {
		t.Errorf("ZENDA %+v", z)
	}
	if len(z.Codes) != 1 || z.Codes[0].Code != "ZEN" || z.Codes[0].Kind != Always {
		t.Errorf("ZENDA codes %+v", z.Codes)
	}
	m := d.Actors[1]
	want := []ActorCode{
		{Code: "MRV", Kind: Always},
		{Code: "MRVGOV", Kind: After, From: "2009-01-20"},
		{Code: "MRVELI", Kind: Between, From: "1978-01-01", Until: "2000-01-01"},
		{Code: "MRVREB", Kind: Before},
		{Code: "MRVOCC", Kind: Between, From: "1927-01-01", Until: "1973-07-17"},
		{Code: "MRVMIL", Kind: Between, From: "1995-06-01", Until: "1999-08-15"},
	}
	if len(m.Codes) != len(want) {
		t.Fatalf("MORVIA codes %+v", m.Codes)
	}
	for i, w := range want {
		c := m.Codes[i]
		if c.Code != w.Code || c.Kind != w.Kind || c.From != w.From || c.Until != w.Until {
			t.Errorf("code %d: got %+v, want %+v", i, c, w)
		}
	}
	if m.Codes[1].Line != 10 || m.Comment != "default" {
		t.Errorf("MORVIA %+v", m)
	}
	q := d.Actors[2]
	if len(q.Codes) != 2 || q.Codes[1].Code != "IGOZENKID" || q.Codes[0].Until != "2005-01-20" || q.Comment != "two codes" {
		t.Errorf("QUEEN_ILSA %+v", q)
	}
	k := d.Actors[3]
	if !reflect.DeepEqual(names(k), []string{"KING_OTTO_", "OTTO_THE_GREAT"}) || len(k.Codes) != 2 || k.Codes[0].From != "" {
		t.Errorf("grouped names %+v", k)
	}
	if l := d.Actors[4]; !reflect.DeepEqual(names(l), []string{"LONELY_NAME_"}) || len(l.Codes) != 0 {
		t.Errorf("blank line must end the grouping of names: %+v", l)
	}
	if h := d.Actors[5]; !reflect.DeepEqual(names(h), []string{"HARBOUR_GUILD_", "HARBOUR_MASTERS"}) || len(h.Codes) != 1 {
		t.Errorf("synonym after a blank line: %+v", h)
	}
}

func TestActorDates(t *testing.T) {
	for in, want := range map[string]string{
		"090120": "2009-01-20", "291231": "2029-12-31", "300101": "1930-01-01",
		"780101": "1978-01-01", "000229": "2000-02-29", "19270101": "1927-01-01",
	} {
		got, err := parseActorDate(in)
		if err != nil || got != want {
			t.Errorf("%s: got %q %v, want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"010229", "9008223", "20130231", "", "12345a"} {
		if got, err := parseActorDate(in); err == nil {
			t.Errorf("%s: got %q, want an error", in, got)
		}
	}
}

const fixtureAgents = `<!-- TEST AGENTS -->
!KEEPER! = KEEPER, KEEPERS, WARDEN
!BAD = X

SHEPHERD [~AGR]
GATE!KEEPER! [~GOV]  # gatekeepers
SMITH {SMITHIES} [~LAB]
HERD {} [ ~AGR]
WATCH_TOWER_ [TWR~]
CITY {CITIES, TOWNS} [~GOV]
NOCODE
DOUBLE [~X~]
`

func TestAgents(t *testing.T) {
	d, err := ReadAgents(strings.NewReader(fixtureAgents), "g.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantErrors(t, d.Errors,
		"g.txt:3: bad substitution name",
		"g.txt:11: agent NOCODE has no [code]",
		"g.txt:12: agent code [~X~] should start or end",
	)
	if len(d.Substitutions) != 1 || d.Substitutions[0].Name != "!KEEPER!" || len(d.Substitutions[0].Values) != 3 {
		t.Fatalf("substitutions %+v", d.Substitutions)
	}
	if len(d.Agents) != 7 {
		t.Fatalf("agents %d", len(d.Agents))
	}
	a := d.Agents
	if a[0].Name.Raw != "SHEPHERD" || a[0].Code != "~AGR" || a[0].Role != "AGR" || a[0].Prefix || a[0].Line != 5 {
		t.Errorf("SHEPHERD %+v", a[0])
	}
	if got := d.Forms(a[0]); !reflect.DeepEqual(got, []string{"SHEPHERD", "SHEPHERDS"}) {
		t.Errorf("SHEPHERD forms %q", got)
	}
	if got := d.Forms(a[1]); !reflect.DeepEqual(got, []string{"GATEKEEPER", "GATEKEEPERS", "GATEWARDEN"}) {
		t.Errorf("GATE!KEEPER! forms %q", got)
	}
	if got := d.Forms(a[2]); !reflect.DeepEqual(got, []string{"SMITH", "SMITHIES"}) {
		t.Errorf("SMITH forms %q", got)
	}
	if !a[3].NoPlural || a[3].Role != "AGR" || a[3].Code != "~AGR" {
		t.Errorf("HERD %+v", a[3])
	}
	if got := d.Forms(a[3]); !reflect.DeepEqual(got, []string{"HERD"}) {
		t.Errorf("HERD forms %q", got)
	}
	if !a[4].Prefix || a[4].Role != "TWR" || !a[4].Name.Exact {
		t.Errorf("WATCH_TOWER_ %+v", a[4])
	}
	if len(a[5].Plurals) != 2 || a[5].Plurals[1].Raw != "TOWNS" {
		t.Errorf("CITY %+v", a[5])
	}
	for in, want := range map[string]string{"FARMER": "FARMERS", "BOSS": "BOSSES", "SPY": "SPIES", "DAY": "DAYS", "CHURCH": "CHURCHES"} {
		if got := RegularPlural(in); got != want {
			t.Errorf("RegularPlural(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestDiscardsAndOntology(t *testing.T) {
	d, err := ReadDiscards(strings.NewReader("# header\nMONTHS LATER\n+Grand Regatta   # sport\n+\nTROPHY_ [X]\n1914\n"), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantErrors(t, d.Errors, "d.txt:4: empty discard phrase", "d.txt:5: unexpected brackets")
	if len(d.Discards) != 3 || d.Discards[0].Story || !d.Discards[1].Story || d.Discards[1].Raw != "Grand Regatta" ||
		d.Discards[1].Comment != "sport" || d.Discards[2].Words[0] != "1914" || d.Discards[1].Line != 3 {
		t.Errorf("discards %+v", d.Discards)
	}
	o, err := ReadOntology(strings.NewReader("# PICO\n010:0x1000#Say\n011:0x1000-0xFFFF\n120:-0xFFFF+0x2040+0x300# masked\nbad line\n099:0xZZ\n"), "o.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantErrors(t, o.Errors, "o.txt:5: want CAMEO:VALUE", "o.txt:6: bad value")
	if len(o.Entries) != 3 || o.Entries[0].Comment != "Say" || !reflect.DeepEqual(o.Entries[1].Terms, []int64{0x1000, -0xFFFF}) ||
		!reflect.DeepEqual(o.Entries[2].Terms, []int64{-0xFFFF, 0x2040, 0x300}) || o.Entries[2].CAMEO != "120" {
		t.Errorf("ontology %+v", o.Entries)
	}
}

func TestLoadDirAndEnvironment(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"Test.verbs.txt":    fixtureVerbs1,
		"Test.actors.txt":   fixtureActors,
		"Test.agents.txt":   fixtureAgents,
		"Test.discards.txt": "OLYMPICS\n",
		"Test.Ontology.txt": "010:0x1000\n",
		"README.md":         "not a dictionary",
		"records.xml":       fixtureRecords,
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, errs := LoadDir(dir)
	if len(d.Verbs) != 1 || len(d.Actors) != 1 || len(d.Agents) != 1 || len(d.Discards) != 1 || len(d.Ontology) != 1 {
		t.Fatalf("LoadDir: %+v", d)
	}
	if len(errs) != 10 { // 7 actor errors + 3 agent errors
		t.Errorf("LoadDir errors: %q", errorStrings(errs))
	}
	env := Environment{VerbFile: "Test.verbs.txt", ActorFiles: []string{"Test.actors.txt", "Missing.actors.txt"}, AgentFile: "Test.agents.txt"}
	d, errs = LoadEnvironment(dir, env)
	if len(d.Verbs) != 1 || len(d.Actors) != 1 || len(d.Agents) != 1 || len(d.Discards) != 0 {
		t.Errorf("LoadEnvironment: %+v", d)
	}
	found := false
	for _, e := range errs {
		if strings.Contains(e.Error(), "Missing.actors.txt") {
			found = true
		}
	}
	if !found {
		t.Errorf("no error for the missing actor file: %q", errorStrings(errs))
	}
	if k := KindOf("CAMEO.2.0.txt"); k != KindVerbs {
		t.Errorf("KindOf CAMEO %v", k)
	}
}

func FuzzReadVerbs(f *testing.F) {
	f.Add(fixtureVerbs2)
	f.Add(fixtureVerbs1)
	f.Add("--- X [1] ---\n- ((({{{ * ] [\n~ a ( = \n&\n+\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ReadVerbs(strings.NewReader(s), "fuzz.txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range d.Blocks {
			_ = b.Code()
			for _, p := range b.Patterns {
				if p.HasVerb && len(p.Before)+len(p.After)+1 > len(p.Tokens) {
					t.Fatalf("Before/After longer than Tokens: %+v", p)
				}
			}
		}
		ReadActors(strings.NewReader(s), "fuzz.txt")
		ReadAgents(strings.NewReader(s), "fuzz.txt")
	})
}

func TestActorCodeOn(t *testing.T) {
	src := `PIP_ [SHI]
	[SHICIV <080120]
	[SHIOUT 20100109-20100112]
	[SHIMIL 20080120-20121109]
	[SHIGOV 20121109-20130119]
	[SHIELI >20130119]
NOBODY_
	[XYZ 990101-991231]
`
	d, _ := ReadActors(strings.NewReader(src), "t.txt")
	if len(d.Actors) != 2 {
		t.Fatalf("actors %d", len(d.Actors))
	}
	pip := d.Actors[0]
	for date, want := range map[string]string{
		"":           "SHI",
		"2008-01-19": "SHICIV",
		"2010-01-09": "SHIOUT", // listed first, wins over SHIMIL
		"2010-01-12": "SHIOUT",
		"2010-01-13": "SHIMIL",
		"2012-11-09": "SHIMIL", // both ranges hold the day; file order decides
		"2012-12-31": "SHIGOV",
		"2013-01-19": "SHIGOV",
		"2014-01-04": "SHIELI",
	} {
		c, ok := pip.CodeOn(date)
		if !ok || c.Code != want {
			t.Errorf("%q: got %s %v, want %s", date, c.Code, ok, want)
		}
	}
	if _, ok := d.Actors[1].CodeOn("2001-01-01"); ok {
		t.Errorf("NOBODY has no code in 2001")
	}
	if c, ok := d.Actors[1].CodeOn("1999-06-01"); !ok || c.Code != "XYZ" {
		t.Errorf("NOBODY in 1999: %v %v", c, ok)
	}
}
