package tagger

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
)

func readUD(t testing.TB, name string) []doc.Sentence {
	dir := os.Getenv("DYAD_SHARED")
	if dir == "" {
		t.Skip("DYAD_SHARED not set; skipping test that needs UD English EWT")
	}
	p := filepath.Join(dir, "data", "ud", "en_ewt", name)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cs, err := conllu.ReadAll(f, p)
	if err != nil {
		t.Fatal(err)
	}
	ds := make([]doc.Sentence, len(cs))
	for i, s := range cs {
		ds[i] = conllu.ToDoc(s)
	}
	return ds
}

// TestAnalyse prints an error analysis on dev (DYAD_ANALYSE=1).
func TestAnalyse(t *testing.T) {
	if os.Getenv("DYAD_ANALYSE") == "" {
		t.Skip("DYAD_ANALYSE not set")
	}
	train, dev := readUD(t, "en_ewt-ud-train.conllu"), readUD(t, "en_ewt-ud-dev.conllu")
	tg, err := Train(train, dev, TrainOptions{Epochs: 10, Seed: 1}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, s := range train {
		for _, tk := range s.Tokens {
			seen[tk.Form] = true
		}
	}
	conf := map[string]int{}
	var oov, oovOK, kn, knOK, fixed, fixedOK int
	lemErr := map[string]int{}
	for _, g := range dev {
		s := g
		s.Tokens = append([]doc.Token(nil), g.Tokens...)
		tg.Tag(&s)
		ts := make([]tokInfo, len(s.Tokens))
		tg.m.prepare(ts, s.Tokens)
		for j, p := range s.Tokens {
			q := g.Tokens[j]
			ok := p.UPOS == q.UPOS
			if ts[j].fixed >= 0 {
				fixed++
				if ok {
					fixedOK++
				}
			}
			if seen[q.Form] {
				kn++
				if ok {
					knOK++
				}
			} else {
				oov++
				if ok {
					oovOK++
				}
			}
			if !ok {
				conf[q.UPOS+"->"+p.UPOS]++
			}
			if q.UPOS == p.UPOS && q.XPOS == p.XPOS && q.Lemma != p.Lemma {
				lemErr[q.XPOS+" "+q.Form+" "+q.Lemma+" got "+p.Lemma]++
			}
		}
	}
	fmt.Printf("known %d %.2f  oov %d %.2f  fixed %d %.2f\n", kn, 100*float64(knOK)/float64(kn), oov, 100*float64(oovOK)/float64(oov), fixed, 100*float64(fixedOK)/float64(fixed))
	show := func(m map[string]int, n int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range m {
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
		for i := 0; i < n && i < len(l); i++ {
			fmt.Printf("  %5d %s\n", l[i].v, l[i].k)
		}
	}
	show(conf, 25)
	show(lemErr, 60)
}
