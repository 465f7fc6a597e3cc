package lemma

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
)

func readUD(t *testing.T, name string) []doc.Sentence {
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

// TestEWTDev learns the lexicon from EWT train and lemmatizes dev with gold
// tags; it also measures the rules alone on the words the lexicon lacks.
func TestEWTDev(t *testing.T) {
	train, dev := readUD(t, "en_ewt-ud-train.conllu"), readUD(t, "en_ewt-ud-dev.conllu")
	l := Learn(train)
	var n, ok, unseen, unseenOK int
	for _, s := range dev {
		for _, tk := range s.Tokens {
			n++
			got := l.Lemma(tk.Form, tk.UPOS, tk.XPOS)
			if got == tk.Lemma {
				ok++
			}
			if _, in := l.lex[lower(tk.Form)+"\t"+tk.XPOS]; !in {
				unseen++
				if got == tk.Lemma {
					unseenOK++
				}
			}
		}
	}
	acc := 100 * float64(ok) / float64(n)
	t.Logf("EWT dev lemma accuracy with gold tags: %.2f%% of %d words; words not in the lexicon: %.2f%% of %d",
		acc, n, 100*float64(unseenOK)/float64(unseen), unseen)
	if acc < 96 {
		t.Errorf("lemma accuracy %.2f%% < 96%%", acc)
	}
}
