package tokenize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
)

// goldDoc is one EWT document reassembled into running text.
type goldDoc struct {
	doc   doc.Document
	sents [][2]int // gold sentence spans
	words [][2]int // gold word spans; {-1,-1} when a form could not be aligned
}

// loadEWT reads a CoNLL-U file and reassembles its documents: sentences are
// joined by one space inside a paragraph and by "\n\n" between paragraphs.
func loadEWT(t testing.TB, path string) []goldDoc {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		t.Fatal(err)
	}
	var docs []goldDoc
	var cur *goldDoc
	var b strings.Builder
	flush := func() {
		if cur != nil {
			cur.doc.Text = b.String()
			docs = append(docs, *cur)
		}
		b.Reset()
	}
	for _, s := range ss {
		id, newDoc := s.Comment("newdoc id")
		_, newPar := s.Comment("newpar")
		if !newPar {
			_, newPar = s.Comment("newpar id")
		}
		text, ok := s.Comment("text")
		if !ok {
			t.Fatalf("%s: sentence without # text", path)
		}
		if newDoc || cur == nil {
			flush()
			cur = &goldDoc{doc: doc.Document{ID: id}}
			newPar = false
		}
		if b.Len() > 0 {
			if newPar {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		off := b.Len()
		b.WriteString(text)
		cur.sents = append(cur.sents, [2]int{off, off + len(text)})
		pos := 0
		for _, w := range s.Words() {
			form := w.Fields[conllu.FORM]
			k := strings.Index(text[pos:], form)
			if k < 0 || strings.TrimSpace(text[pos:pos+k]) != "" {
				// Not found right after the previous word (only white
				// space may lie between): count it as unmatched.
				cur.words = append(cur.words, [2]int{-1, -1})
				continue
			}
			st := off + pos + k
			cur.words = append(cur.words, [2]int{st, st + len(form)})
			pos += k + len(form)
		}
	}
	flush()
	return docs
}

type prf struct{ tp, pred, gold int }

func (p prf) f1() float64 {
	if p.pred == 0 || p.gold == 0 {
		return 0
	}
	pr := float64(p.tp) / float64(p.pred)
	rc := float64(p.tp) / float64(p.gold)
	if pr+rc == 0 {
		return 0
	}
	return 200 * pr * rc / (pr + rc)
}

// score splits every document and returns word-span and sentence-span counts.
// With diff set it writes the differences to diff.
func score(tk *Tokenizer, docs []goldDoc, diff *strings.Builder) (words, sents prf) {
	for _, g := range docs {
		d := g.doc
		tk.Split(&d)
		gw := map[[2]int]bool{}
		for _, w := range g.words {
			words.gold++
			if w[0] >= 0 {
				gw[w] = true
			}
		}
		gs := map[[2]int]bool{}
		for _, s := range g.sents {
			gs[s] = true
		}
		sents.gold += len(g.sents)
		pw := map[[2]int]bool{}
		for _, s := range d.Sentences {
			sents.pred++
			if gs[[2]int{s.Start, s.End}] {
				sents.tp++
			} else if diff != nil {
				// Over-split: a predicted end strictly inside a gold sentence.
				kind := "SENT"
				for _, g := range g.sents {
					if g[0] < s.End && s.End < g[1] {
						kind = "OVER"
						lo, hi := max(0, s.End-40), min(len(d.Text), s.End+30)
						fmt.Fprintf(diff, "OVER %q|%q\n", d.Text[lo:s.End], d.Text[s.End:hi])
					}
				}
				if kind == "SENT" {
					fmt.Fprintf(diff, "SENT %q\n", s.Text)
				}
			}
			for _, tok := range s.Tokens {
				words.pred++
				k := [2]int{tok.Start, tok.End}
				pw[k] = true
				if gw[k] {
					words.tp++
				} else if diff != nil {
					lo, hi := max(0, tok.Start-20), min(len(d.Text), tok.End+20)
					fmt.Fprintf(diff, "TOK %q in %q\n", tok.Form, d.Text[lo:hi])
				}
			}
		}
		if diff != nil {
			ps := map[[2]int]bool{}
			for _, s := range d.Sentences {
				ps[[2]int{s.Start, s.End}] = true
			}
			for _, s := range g.sents {
				if !ps[s] {
					lo := max(0, s[0]-30)
					fmt.Fprintf(diff, "GOLD %q|%q\n", d.Text[lo:s[0]], d.Text[s[0]:min(s[1], s[0]+40)])
				}
			}
			for _, w := range g.words {
				if w[0] >= 0 && !pw[w] {
					lo, hi := max(0, w[0]-20), min(len(d.Text), w[1]+20)
					fmt.Fprintf(diff, "WORD %q in %q\n", d.Text[w[0]:w[1]], d.Text[lo:hi])
				}
			}
		}
	}
	return words, sents
}

func ewtPath(t testing.TB, split string) string {
	shared := os.Getenv("DYAD_SHARED")
	if shared == "" {
		t.Skip("DYAD_SHARED not set; skipping EWT evaluation")
	}
	return filepath.Join(shared, "data", "ud", "en_ewt", "en_ewt-ud-"+split+".conllu")
}

// TestEWTDev measures word-span and sentence-span F1 on EWT dev, the split
// the rules were tuned on. Set DYAD_TOKENIZE_DIFF to a file name to write
// the differences there.
func TestEWTDev(t *testing.T) {
	docs := loadEWT(t, ewtPath(t, "dev"))
	var diff *strings.Builder
	if os.Getenv("DYAD_TOKENIZE_DIFF") != "" {
		diff = &strings.Builder{}
	}
	w, s := score(New(), docs, diff)
	t.Logf("EWT dev: %d docs; words P/R/F1 %d/%d/%d F1=%.2f; sentences %d/%d/%d F1=%.2f",
		len(docs), w.tp, w.pred, w.gold, w.f1(), s.tp, s.pred, s.gold, s.f1())
	if diff != nil {
		if err := os.WriteFile(os.Getenv("DYAD_TOKENIZE_DIFF"), []byte(diff.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if w.f1() < 99.0 {
		t.Errorf("word F1 %.2f below floor 99.0", w.f1())
	}
	if s.f1() < 85.5 {
		t.Errorf("sentence F1 %.2f below floor 85.5", s.f1())
	}
}

// TestEWTTest reports the held-out test figures. It only runs with
// DYAD_EWT_TEST=1, so that nobody tunes on it by accident.
func TestEWTTest(t *testing.T) {
	if os.Getenv("DYAD_EWT_TEST") == "" {
		t.Skip("set DYAD_EWT_TEST=1 to report EWT test figures")
	}
	docs := loadEWT(t, ewtPath(t, "test"))
	w, s := score(New(), docs, nil)
	t.Logf("EWT test: %d docs; words F1=%.2f; sentences F1=%.2f", len(docs), w.f1(), s.f1())
}
