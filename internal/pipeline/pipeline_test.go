package pipeline

import (
	"strings"
	"sync"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

func TestAnnotateGivesTreesWithOffsets(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: "t", Text: "ASTANA, March 12, 2026 - Kazakhstan's president met the Chinese envoy.\n\nThey signed a deal."}
	if err := p.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 3 {
		t.Fatalf("got %d sentences, want 3 (dateline, two sentences)", len(d.Sentences))
	}
	s := d.Sentences[1]
	roots := 0
	for i, tok := range s.Tokens {
		if d.Text[tok.Start:tok.End] != tok.Form {
			t.Errorf("token %d %q: offsets point at %q", i, tok.Form, d.Text[tok.Start:tok.End])
		}
		if tok.UPOS == "" || tok.DepRel == "" || tok.Head < 0 {
			t.Errorf("token %d %q not tagged and parsed: %+v", i, tok.Form, tok)
		}
		if tok.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1", roots)
	}
	// "met" governs "president" as its subject.
	for _, tok := range s.Tokens {
		if tok.Form == "president" && (tok.DepRel != "nsubj" || s.Tokens[tok.Head-1].Form != "met") {
			t.Errorf("president: head %d %s, want nsubj of met", tok.Head, tok.DepRel)
		}
	}
	if !d.Sentences[2].NewPar {
		t.Error("the sentence after a blank line should open a paragraph")
	}
}

func TestProcessCodesAnEvent(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: "t", Date: "2026-03-12", Text: "China accused the United States of interfering in the region."}
	if err := p.Process(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sentences {
		for _, e := range s.Events {
			tgt := ""
			if e.Target != nil {
				tgt = e.Target.Code
			}
			got = append(got, e.Source.Code+" "+e.CAMEO+" "+tgt)
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "CHN") || !strings.Contains(got[0], " 112") || !strings.HasSuffix(got[0], "USA") {
		t.Fatalf("events = %q, want CHN 112 USA", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := &doc.Document{ID: "c", Text: "Russian forces shelled Kharkiv. Ukraine condemned the attack."}
			errs <- p.Process(d)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestVersions(t *testing.T) {
	p, _ := New(Options{})
	v := p.Versions()
	for _, k := range []string{"tagger", "parser", "dicts"} {
		if v[k] == "" {
			t.Errorf("Versions()[%q] is empty: %v", k, v)
		}
	}
	if !strings.HasPrefix(v["dicts"], "embedded:") {
		t.Errorf("dicts = %q, want embedded:<hash>", v["dicts"])
	}
}
