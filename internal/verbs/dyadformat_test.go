package verbs

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/dicts"
	"github.com/dyad-events/dyad/internal/cameo"
)

const dyadSample = `# a sample verb file
&SANC = sanctions | trade embargo
[verbs]
meet {met}            => 040
meet with +           => 040
visit | pay a visit to + => 042
accuse + of spying    => 1125
impose &SANC on +     => 163
lash out at +         => 111
hold talks with +     => 046:046
call                  => -
[nouns]
talks with +          => 040
bad line without code
visit => 9x9
[adverbs]
shell {           => 194
&lower = x
praise + + => 051
`

func TestParseDyad(t *testing.T) {
	l := NewDyadLoader()
	errs := l.Add(strings.NewReader(dyadSample), "s.dyv")
	if len(errs) != 6 {
		t.Errorf("errors = %d, want 6: %v", len(errs), errs)
	}
	for _, e := range errs {
		if !strings.HasPrefix(e.Error(), "s.dyv:") {
			t.Errorf("error without file:line: %v", e)
		}
	}
	d := l.Dict()
	es := d.Lookup("meet", "met")
	if len(es) != 1 {
		t.Fatalf("lookup met: %+v", es)
	}
	if c, _ := es[0].Code(); c != "040" || len(es[0].Block.Patterns) != 1 {
		t.Errorf("meet: code %q, %d patterns", c, len(es[0].Block.Patterns))
	}
	p := es[0].Block.Patterns[0]
	if len(p.Post) != 2 || p.Post[0].Text != "with" || !p.Post[0].Prep || p.Post[1].Kind != Target || p.Post[1].Group != p.Post[0].Group {
		t.Errorf("meet with + = %+v", p.Post)
	}
	// "pay a visit to +": article dropped, "to" introduces the target.
	es = d.Lookup("pay", "paid")
	if len(es) != 1 || es[0].Block.Code != "---" || len(es[0].Block.Patterns) != 1 {
		t.Fatalf("pay: %+v", es)
	}
	if got := es[0].Block.Patterns[0]; got.Code != "042" || len(got.Post) != 3 || got.Post[0].Text != "visit" || got.Post[1].Text != "to" || !got.Post[1].Prep {
		t.Errorf("pay a visit to + = %+v", got)
	}
	es = d.Lookup("impose", "imposed")
	if len(es) != 1 || es[0].Block.Patterns[0].Post[0].Kind != Synset || es[0].Block.Patterns[0].Post[0].Text != "SANC" {
		t.Errorf("impose: %+v", es)
	}
	if len(d.Synsets["SANC"]) != 2 {
		t.Errorf("synset SANC = %v", d.Synsets["SANC"])
	}
	es = d.Lookup("hold", "held")
	if len(es) != 1 || es[0].Block.Patterns[0].Reverse != "046" {
		t.Errorf("hold talks reverse: %+v", es)
	}
	if es := d.Lookup("call", "call"); len(es) != 1 || es[0].Block.Code != "---" {
		t.Errorf("call: %+v", es)
	}
	for _, k := range []string{"talks", "talk"} {
		if ns := d.Nouns[k]; len(ns) != 1 || ns[0].Block.Code != "040" {
			t.Errorf("noun %s: %+v", k, ns)
		}
	}
	// the verb "visit" is not disturbed by the bad noun line
	if es := d.Lookup("visit", "visited"); len(es) != 1 || es[0].Block.Code != "042" {
		t.Errorf("visit: %+v", es)
	}
}

func TestDyadLaterFileOverrides(t *testing.T) {
	l := NewDyadLoader()
	l.Add(strings.NewReader("visit => 042\nvisit to + => 042\n"), "a.dyv")
	l.Add(strings.NewReader("visit => 040\n"), "b.dyv")
	d := l.Dict()
	es := d.Lookup("visit", "visit")
	if len(es) != 1 || es[0].Block.Code != "040" || len(es[0].Block.Patterns) != 1 {
		t.Errorf("override: %+v", es)
	}
}

func TestDyadUnknownSynset(t *testing.T) {
	l := NewDyadLoader()
	if errs := l.Add(strings.NewReader("impose &NOPE on + => 163\n"), "x.dyv"); len(errs) != 0 {
		t.Fatal(errs)
	}
	if errs := l.Check(nil); len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "x.dyv:1:") {
		t.Errorf("check = %v", errs)
	}
}

// TestEmbeddedVerbs checks dyad's shipped verb files: no syntax errors,
// every code a CAMEO event code, every synset defined, every root covered,
// and at least 1,500 verb lemmas and phrases.
func TestEmbeddedVerbs(t *testing.T) {
	ont, err := cameo.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := NewDyadLoader()
	errs := l.AddFS(dicts.FS())
	errs = append(errs, l.Check(func(c string) bool { _, ok := ont.Event(c); return ok })...)
	for _, e := range errs {
		t.Error(e)
	}
	perRoot := map[string]int{}
	lemmas := map[string]bool{}
	for _, r := range l.Rules() {
		if r.Code != "---" {
			perRoot[r.Code[:2]]++
		}
		lemmas[r.Head] = true
	}
	for r := 1; r <= 20; r++ {
		if k := fmt.Sprintf("%02d", r); perRoot[k] < 20 {
			t.Errorf("root %s has only %d phrases", k, perRoot[k])
		}
	}
	if n := len(l.Rules()); n < 1500 {
		t.Errorf("only %d verb lemmas and phrases, want 1500", n)
	}
	roots := make([]string, 0, len(perRoot))
	for k := range perRoot {
		roots = append(roots, k)
	}
	sort.Strings(roots)
	var sb strings.Builder
	for _, k := range roots {
		fmt.Fprintf(&sb, " %s:%d", k, perRoot[k])
	}
	t.Logf("%d phrases, %d head words, %d synsets; per root:%s", len(l.Rules()), len(lemmas), len(l.Synsets()), sb.String())
	// A pledge, promise or vow is an intent (03x), a threat (13x) or a
	// defiance (12x), never the deed it pledges: "pledged 500 million
	// euros in humanitarian aid to Sudan" is 0333, not 073.
	for _, r := range l.Rules() {
		if r.Noun || r.Code == "---" {
			continue
		}
		switch r.Head {
		case "pledge", "promise", "vow":
			if p := r.Code[:2]; p != "03" && p != "12" && p != "13" {
				t.Errorf("%s: %q codes %s, a deed, not the intent to do it", r.Source, r.Text, r.Code)
			}
		}
	}
	d := l.Dict()
	for _, c := range []struct{ lemma, form, code string }{
		{"visit", "visited", "042"}, {"host", "hosted", "043"}, {"praise", "praised", "051"},
		{"accuse", "accused", "112"}, {"shell", "shelled", "194"}, {"meet", "met", "040"},
		{"condemn", "condemned", "111"}, {"arrest", "arrested", "173"}, {"veto", "vetoed", "129"},
	} {
		es := d.Lookup(c.lemma, c.form)
		if len(es) == 0 {
			t.Errorf("%s not found", c.form)
			continue
		}
		if got, _ := es[0].Code(); got != c.code {
			t.Errorf("%s: code %s, want %s", c.form, got, c.code)
		}
	}
}

func FuzzParseDyad(f *testing.F) {
	f.Add(dyadSample)
	f.Add("&X = a | b\nimpose &X on + => 163\n")
	f.Add("[nouns]\ntalks with + => 040:040\n")
	f.Add("x {a b} *y + => 12\n{}\n=>\n|\n")
	f.Fuzz(func(t *testing.T, s string) {
		l := NewDyadLoader()
		l.Add(strings.NewReader(s), "f.dyv")
		l.Check(nil)
		d := l.Dict()
		d.Lookup("visit", "visited")
	})
}

func TestDyadFormsLine(t *testing.T) {
	l := NewDyadLoader()
	errs := l.Add(strings.NewReader("withdraw {withdrew withdrawn}\nwithdraw from + => 0874\nbad {x} words\n"), "f.dyv")
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "f.dyv:3:") {
		t.Errorf("errors = %v", errs)
	}
	d := l.Dict()
	if es := d.Lookup("withdrew", "withdrew"); len(es) != 1 || es[0].Verb.Lemma != "withdraw" {
		t.Errorf("withdrew: %+v", es)
	}
}

// BenchmarkLoadDyad loads the embedded verb dictionary.
func BenchmarkLoadDyad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, errs := LoadDyad(dicts.FS()); len(errs) > 0 {
			b.Fatal(errs[0])
		}
	}
}
