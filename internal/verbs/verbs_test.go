package verbs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

const sample = `# invented sample in the PETRARCH-2 layout
&TIES
+TIES
+DIPLOMATIC_RELATIONS
# a comment inside a synset keeps it open
+RELATIONS

--- CUT [160] ---
CUT {CUTS CUTTING}
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF} [161]
KLM_NOP_+RST [002]
- * &TIES (WITH +) [161:161]
- IN_* [074]
- * {ARMS SALES} [1621]
- no star here [000]
BAD VERB [12
`

func TestLoadPetrarch(t *testing.T) {
	d := New()
	errs := d.LoadPetrarch(strings.NewReader(sample), "s.txt")
	if len(errs) != 2 {
		t.Errorf("errors = %v, want 2 (pattern without *, unclosed [)", errs)
	}
	for _, e := range errs {
		if !strings.HasPrefix(e.Error(), "s.txt:") {
			t.Errorf("error without file:line: %v", e)
		}
	}
	if got := len(d.Synsets["TIES"]); got != 3 {
		t.Errorf("synset TIES has %d phrases, want 3", got)
	}
	es := d.Lookup("cut", "cuts")
	if len(es) != 1 || es[0].Block.Code != "160" {
		t.Fatalf("lookup cut: %+v", es)
	}
	b := es[0].Block
	if len(b.Patterns) != 3 {
		t.Fatalf("patterns = %d, want 3", len(b.Patterns))
	}
	p := b.Patterns[0]
	if p.Code != "161" || p.Reverse != "161" || len(p.Post) != 3 || p.Post[0].Kind != Synset || p.Post[1].Text != "with" || !p.Post[1].Prep || p.Post[2].Kind != Target {
		t.Errorf("pattern 0 = %+v", p)
	}
	if !b.Patterns[1].PreAdjacent || b.Patterns[1].Pre[0].Text != "in" {
		t.Errorf("IN_* = %+v", b.Patterns[1])
	}
	// multi-word verbs
	es = d.Lookup("broke", "broke")
	if len(es) != 1 || es[0].Verb.Lemma != "break" || strings.Join(es[0].Verb.After, " ") != "off" {
		t.Errorf("break off: %+v", es)
	}
	if c, _ := es[0].Code(); c != "161" {
		t.Errorf("verb code = %q", c)
	}
	es = d.Lookup("rst", "rst")
	if len(es) != 1 || strings.Join(es[0].Verb.Before, " ") != "klm nop" {
		t.Errorf("KLM_NOP_+RST: %+v", es)
	}
	// regular inflections
	for _, f := range []string{"cutting", "cuts"} {
		if len(d.Lookup(f, f)) == 0 {
			t.Errorf("form %q not found", f)
		}
	}
}

func TestInflect(t *testing.T) {
	for w, want := range map[string]string{
		"stop": "stops stopped stopping stoped stoping", "try": "tries tried trying",
		"make": "makes made making", "pass": "passes passed passing", "visit": "visits visited visiting",
	} {
		got := strings.Join(Inflect(w), " ")
		for _, f := range strings.Fields(want) {
			if f == "made" || f == "stoped" || f == "stoping" {
				continue
			}
			if !strings.Contains(" "+got+" ", " "+f+" ") {
				t.Errorf("Inflect(%q) = %q, missing %q", w, got, f)
			}
		}
	}
}

func TestLaterBlockWins(t *testing.T) {
	d := New()
	d.LoadPetrarch(strings.NewReader("--- A [111] ---\nABANDON\n\n--- B [080] ---\nABANDON\n"), "x")
	es := d.Lookup("abandon", "abandon")
	if len(es) != 1 || es[0].Block.Code != "080" {
		t.Errorf("lookup = %+v, want block B only", es)
	}
}

func TestNoPanicOnGarbage(t *testing.T) {
	for _, s := range []string{"- * [", "---", "&\n+", "+_+_ {", "--- X [ ---\n- {(}) * [1]", "\x00\xff"} {
		New().LoadPetrarch(strings.NewReader(s), "g")
	}
}

// TestLoadPhoenixVerbs reads CAMEO.2.0.txt when DYAD_SHARED is set.
func TestLoadPhoenixVerbs(t *testing.T) {
	sh := os.Getenv("DYAD_SHARED")
	if sh == "" {
		t.Skip("DYAD_SHARED not set: skipping the CAMEO.2.0.txt load test")
	}
	d := New()
	start := time.Now()
	errs, err := d.LoadPetrarchFile(filepath.Join(sh, "data", "petrarch", "CAMEO.2.0.txt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %d keys, %d blocks, %d warnings in %v", d.Len(), len(d.Blocks), len(errs), time.Since(start))
	if d.Len() < 3000 {
		t.Errorf("only %d verb keys", d.Len())
	}
}

func BenchmarkLoadCAMEO(b *testing.B) {
	sh := os.Getenv("DYAD_SHARED")
	if sh == "" {
		b.Skip("DYAD_SHARED not set")
	}
	for i := 0; i < b.N; i++ {
		New().LoadPetrarchFile(filepath.Join(sh, "data", "petrarch", "CAMEO.2.0.txt"))
	}
}

func TestFormListedAsVerb(t *testing.T) {
	d := New()
	d.LoadPetrarch(strings.NewReader("--- LEAVE [012] ---\nLEAVE {LEAVES LEFT}\n\n--- LEFT [032:033] ---\nLEFT\n\n--- X [---] ---\n+LEFT_AND_RIGHT {}\n"), "x")
	es := d.Lookup("leave", "left")
	if len(es) < 2 || es[0].Block.Name != "LEFT" {
		t.Errorf("lookup left = %+v, want the LEFT block first", es)
	}
	if es := d.Lookup("leave", "leaves"); len(es) == 0 || es[0].Block.Name != "LEAVE" {
		t.Errorf("lookup leaves = %+v", es)
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"a.verbs":       {Data: []byte("--- MEET [040] ---\nMEET\n")},
		"sub/b.verbs":   {Data: []byte("--- VISIT [042] ---\nVISIT\n")},
		"countries.txt": {Data: []byte("not a verb file\n")},
	}
	d := New()
	if errs := d.LoadFS(fsys); len(errs) != 0 {
		t.Errorf("errors: %v", errs)
	}
	if len(d.Lookup("meet", "met")) == 0 || len(d.Lookup("visit", "visited")) == 0 {
		t.Errorf("verbs not loaded: %v", d.Lemmas())
	}
}
