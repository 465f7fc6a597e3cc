package tagger

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestInflect(t *testing.T) {
	for _, c := range []struct {
		w, pos string
		want   []string
	}{
		{"dog", "noun", []string{"dogs"}},
		{"box", "noun", []string{"boxes"}},
		{"city", "noun", []string{"cities"}},
		{"walk", "verb", []string{"walks", "walked", "walking"}},
		{"bake", "verb", []string{"bakes", "baked", "baking"}},
		{"stop", "verb", []string{"stops", "stoped", "stoping", "stopped", "stopping"}},
		{"happy", "adj", []string{"happier", "happiest"}},
		{"large", "adj", []string{"larger", "largest"}},
	} {
		got := inflect(c.w, c.pos)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflect(%q, %s) = %v, want %q among them", c.w, c.pos, got, w)
			}
		}
	}
}

// writeLexFiles writes a tiny WordNet directory and word list.
func writeLexFiles(t *testing.T) (string, string) {
	dir := t.TempDir()
	files := map[string]string{
		"index.noun": "  1 licence text\nzorb n 1 0 1 0 01\nice_cream n 1 0 1 0 01\n",
		"index.verb": "  1 licence text\nflimp v 1 0 1 0 01\n",
		"index.adj":  "  1 licence text\nquiet a 1 0 1 0 01\n",
		"index.adv":  "  1 licence text\nquietly r 1 0 1 0 01\n",
		"noun.exc":   "zorbi zorb\n",
		"verb.exc":   "flumped flimp\n",
		"adj.exc":    "",
		"adv.exc":    "",
		"words":      "Zanthia\nZanthia's\nzorb\nflimped\n",
		"cntlist.rev": "zorb%1:06:00:: 1 5\nzorb%2:38:00:: 1 1\nflimp%2:38:00:: 1 3\nflimp%1:06:00:: 2 1\n" +
			"quiet%3:00:00:: 1 1\n",
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, filepath.Join(dir, "words")
}

func TestReadLexicon(t *testing.T) {
	dir, words := writeLexFiles(t)
	l, err := ReadLexicon(dir, words)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		w    string
		want uint16
	}{
		{"zorb", lxNoun | lxLower | 1<<lxSemShift},
		{"Zorbs", lxNounInfl},
		{"zorbi", lxNounInfl},
		{"flimp", lxVerb | 2<<lxSemShift | lxSemMixed},
		{"quiet", lxAdj},
		{"flimping", lxVerbInfl},
		{"flimped", lxVerbInfl | lxLower},
		{"flumped", lxVerbInfl},
		{"quieter", lxAdjInfl},
		{"quietly", lxAdv},
		{"zanthia", lxCapital},
		{"ice_cream", 0},
		{"nothing", 0},
	} {
		if got := l.lookup(hashLower(c.w)); got != c.want {
			t.Errorf("%s: bits %b, want %b", c.w, got, c.want)
		}
	}
	if _, err := ReadLexicon(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing WordNet directory: no error")
	}
	if _, err := ReadLexicon("", filepath.Join(dir, "adj.exc")); err == nil {
		t.Error("empty word list: no error")
	}
}

// TestLexiconModel trains with a lexicon and checks that the model keeps
// it through Save and Load and that the lexicon helps with an unseen word.
func TestLexiconModel(t *testing.T) {
	dir, words := writeLexFiles(t)
	lx, err := ReadLexicon(dir, words)
	if err != nil {
		t.Fatal(err)
	}
	opts := TrainOptions{Epochs: 3, Seed: 7, Folds: 2, FoldEpochs: 2, Prune2: -1, Lexicon: lx}
	a, err := Train(tiny(), nil, opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := a.Save(&buf); err != nil {
		t.Fatal(err)
	}
	b, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if b.m.lex.Len() != lx.Len() || b.m.next == nil || b.m.next.lex == nil {
		t.Fatalf("lexicon not kept: %d words after Load, %d before", b.m.lex.Len(), lx.Len())
	}
	for _, w := range []string{"zorb", "flimping", "zanthia"} {
		if b.m.lex.lookup(hashLower(w)) != lx.lookup(hashLower(w)) {
			t.Errorf("%s: bits changed through Save/Load", w)
		}
	}
	if sc := b.Evaluate(tiny()); sc.UPOS != sc.Tokens {
		t.Errorf("reloaded model on its training data: %s", sc)
	}
	// A model cut short inside the lexicon is an error, not a panic.
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{len(raw) - 1, len(raw) - 40, len(raw) / 2} {
		var o bytes.Buffer
		w := gzip.NewWriter(&o)
		w.Write(raw[:cut])
		w.Close()
		if _, err := Load(&o); err == nil {
			t.Errorf("model cut to %d of %d bytes: no error", cut, len(raw))
		}
	}
}
