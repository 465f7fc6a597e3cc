package petrarch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSharedLoadDir loads every file of the shared PETRARCH folder and
// checks sizes, the known defects of the files, and a few entries.
func TestSharedLoadDir(t *testing.T) {
	dir := sharedDir(t)
	d, errs := LoadDir(dir)
	byName := map[string]int{}
	for _, e := range errs {
		pe, ok := e.(*Error)
		if !ok {
			t.Errorf("not an *Error: %v", e)
			continue
		}
		byName[pe.File]++
	}
	// The real files have a few defects; each is reported with file:line.
	wantErrs := map[string]int{
		"CAMEO.2.0.txt":                    7, // *SCEPTICAL, 2 stray ')', 4 undefined synsets
		"Phoenix.Countries.actors.txt":     11,
		"Phoenix.International.actors.txt": 6,
		"Phoenix.agents.txt":               2,
	}
	for f, n := range wantErrs {
		if byName[f] != n {
			t.Errorf("%s: %d errors, want %d", f, byName[f], n)
		}
	}
	for f, n := range byName {
		if _, ok := wantErrs[f]; !ok {
			t.Errorf("%s: %d unexpected errors", f, n)
		}
	}
	if t.Failed() {
		for _, e := range errs {
			t.Log(e)
		}
	}

	verbs := map[string]*VerbDict{}
	for _, v := range d.Verbs {
		verbs[v.Name] = v
	}
	cameo := verbs["CAMEO.2.0.txt"]
	if cameo == nil || cameo.Style != StylePETR2 {
		t.Fatalf("CAMEO.2.0.txt not loaded as PETRARCH-2: %+v", cameo)
	}
	nv, np := 0, 0
	for _, b := range cameo.Blocks {
		nv += len(b.Verbs)
		np += len(b.Patterns)
	}
	// 4668 pattern lines, two of them unreadable (stray ')').
	if len(cameo.Synsets) != 40 || len(cameo.Blocks) != 398 || nv != 1820 || np != 4666 || len(cameo.Transformations) != 9 {
		t.Errorf("CAMEO: %d synsets, %d blocks, %d verbs, %d patterns, %d transformations",
			len(cameo.Synsets), len(cameo.Blocks), nv, np, len(cameo.Transformations))
	}
	if b := cameo.Blocks[0]; b.Name != "ACCELERATE" || b.Code().Raw != "---" || b.Verbs[3].Words[0] != "HURRY" || len(b.Verbs[3].Forms) != 3 {
		t.Errorf("first block %+v", b)
	}
	if s := cameo.Synset("CURRENCY"); s == nil || len(s.Members) < 80 {
		t.Errorf("&CURRENCY %+v", s)
	}
	old := verbs["PETR.Validate.verbs.txt"]
	if old == nil || old.Style != StylePETR1 || len(old.Blocks) != 261 || len(old.Synsets) != 17 {
		t.Errorf("PETR.Validate.verbs.txt %+v", old)
	}

	actors := map[string]*ActorDict{}
	for _, a := range d.Actors {
		actors[a.Name] = a
	}
	wantActors := map[string]int{
		"Phoenix.Countries.actors.txt":     18355,
		"Phoenix.International.actors.txt": 7840,
		"Phoenix.MilNonState.actors.txt":   1021,
		"PETR.Validate.actors.txt":         130,
	}
	for f, n := range wantActors {
		if a := actors[f]; a == nil || len(a.Actors) != n {
			t.Errorf("%s: want %d actors", f, n)
		}
	}
	if c := actors["Phoenix.Countries.actors.txt"]; c != nil {
		var obama *Actor
		for i := range c.Actors {
			if c.Actors[i].Names[0].Raw == "BARACK_OBAMA" {
				obama = &c.Actors[i]
			}
		}
		if obama == nil || len(obama.Codes) != 2 || obama.Codes[1].Code != "USAGOV" || obama.Codes[1].Kind != After ||
			obama.Codes[1].From != "2009-01-20" || obama.Codes[0].From != "1978-01-01" || obama.Codes[0].Until != "2000-01-01" {
			t.Errorf("BARACK_OBAMA %+v", obama)
		}
		if a := c.Actors[0]; a.Names[0].Raw != "AFGHANISTAN_" || a.Codes[0].Code != "AFG" || len(a.Names) < 20 {
			t.Errorf("first actor %+v", a.Names[0])
		}
	}

	if len(d.Agents) != 2 || len(d.Discards) != 2 || len(d.Ontology) != 1 {
		t.Fatalf("agents %d discards %d ontology %d", len(d.Agents), len(d.Discards), len(d.Ontology))
	}
	for _, a := range d.Agents {
		if a.Name == "Phoenix.agents.txt" && (len(a.Agents) != 2243 || len(a.Substitutions) != 2) {
			t.Errorf("Phoenix.agents.txt: %d agents, %d substitutions", len(a.Agents), len(a.Substitutions))
		}
	}
	for _, x := range d.Discards {
		if x.Name == "Phoenix.discards.txt" && len(x.Discards) != 506 {
			t.Errorf("Phoenix.discards.txt: %d discards", len(x.Discards))
		}
	}
	if o := d.Ontology[0]; len(o.Entries) != 266 || o.Entries[0].CAMEO != "010" || o.Entries[0].Terms[0] != 0x1000 {
		t.Errorf("ontology %d entries, first %+v", len(o.Entries), o.Entries[0])
	}
}

// TestSharedEnvironments loads the dictionaries each records file names.
func TestSharedEnvironments(t *testing.T) {
	dir := sharedDir(t)
	for _, f := range []string{"PETR.UnitTest.records.xml", "PETR2_GSR_validation.dev.xml"} {
		src, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		rf, _ := ReadRecords(strings.NewReader(string(src)), f)
		d, errs := LoadEnvironment(dir, rf.Environment)
		if len(d.Verbs) != 1 || len(d.Actors) != len(rf.Environment.ActorFiles) || len(d.Agents) != 1 || len(d.Discards) != 1 {
			t.Errorf("%s: %+v", f, d)
		}
		for _, e := range errs {
			if _, ok := e.(*Error); !ok {
				t.Errorf("%s: %v", f, e)
			}
		}
	}
}

// TestSharedDateRestrictions checks Actor.CodeOn against the date
// restrictions the unit-test records DATE-02 to DATE-21 expect.
func TestSharedDateRestrictions(t *testing.T) {
	dir := sharedDir(t)
	f, err := os.Open(filepath.Join(dir, "PETR.Validate.actors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, _ := ReadActors(f, "PETR.Validate.actors.txt")
	find := func(name string) Actor {
		for _, a := range d.Actors {
			if a.Names[0].Raw == name {
				return a
			}
		}
		t.Fatalf("no actor %s", name)
		return Actor{}
	}
	cases := []struct{ actor, date, want string }{
		{"SAM_GAMGEE", "2008-01-19", "HOBCIV"},     // DATE-02
		{"SAM_GAMGEE", "2010-01-06", "HOBMIL"},     // DATE-08
		{"SAM_GAMGEE", "2010-01-09", "ORCHOB"},     // DATE-09
		{"SAM_GAMGEE", "2010-01-12", "ORCHOB"},     // DATE-11
		{"SAM_GAMGEE", "2010-01-13", "HOBMIL"},     // DATE-12
		{"SAM_GAMGEE", "2012-12-31", "HOBGOV"},     // DATE-13
		{"HAMFAST GAMGEE", "2012-11-09", "HOBGOV"}, // DATE-04
		{"GOLLUM", "1995-01-01", "HOB"},            // DATE-16
		{"GOLLUM", "1995-11-01", "HOBGOV"},         // DATE-14
		{"GOLLUM", "1999-01-01", "HOBGOV"},         // DATE-18
		{"GOLLUM", "2001-01-01", "HOBREB"},         // DATE-19
		{"ZIMBABWE", "1978-12-23", "RHO"},          // DATE-20
		{"ZIMBABWE", "2001-01-01", "ZBW"},          // DATE-21
	}
	for _, c := range cases {
		got, ok := find(c.actor).CodeOn(c.date)
		if !ok || got.Code != c.want {
			t.Errorf("%s on %s: got %s, want %s", c.actor, c.date, got.Code, c.want)
		}
	}
}
