package tagger

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

func sentence(words string) doc.Sentence {
	var s doc.Sentence
	for _, w := range strings.Fields(words) {
		s.Tokens = append(s.Tokens, doc.Token{Form: w, Head: -1, Start: -1, End: -1})
	}
	return s
}

// TestDefault loads the embedded model (no DYAD_SHARED needed) and tags a
// sentence written for this test.
func TestDefault(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := tg.Ready(); err != nil {
		t.Fatal(err)
	}
	s := sentence("They attacked two villages near the border on Tuesday , officials said .")
	tg.Tag(&s)
	want := []struct{ upos, xpos, lemma string }{
		{"PRON", "PRP", "they"}, {"VERB", "VBD", "attack"}, {"NUM", "CD", "two"},
		{"NOUN", "NNS", "village"}, {"ADP", "IN", "near"}, {"DET", "DT", "the"}, {"NOUN", "NN", "border"},
		{"ADP", "IN", "on"}, {"PROPN", "NNP", "Tuesday"}, {"PUNCT", ",", ","}, {"NOUN", "NNS", "official"},
		{"VERB", "VBD", "say"}, {"PUNCT", ".", "."},
	}
	for i, w := range want {
		tk := s.Tokens[i]
		if tk.UPOS != w.upos || tk.XPOS != w.xpos || tk.Lemma != w.lemma {
			t.Errorf("%s: got %s %s %s, want %s %s %s", tk.Form, tk.UPOS, tk.XPOS, tk.Lemma, w.upos, w.xpos, w.lemma)
		}
	}
	// The zero value loads the embedded model too.
	var z Tagger
	s2 := sentence("Ministers met in Geneva .")
	z.Tag(&s2)
	if s2.Tokens[1].UPOS != "VERB" || s2.Tokens[1].Lemma != "meet" {
		t.Errorf("zero Tagger: met → %s %s, want VERB meet", s2.Tokens[1].UPOS, s2.Tokens[1].Lemma)
	}
	empty := doc.Sentence{}
	z.Tag(&empty) // must not panic
	odd := doc.Sentence{Tokens: []doc.Token{{Form: ""}, {Form: "\xff\xfe"}, {Form: "ÄÖÜ-Straße"},
		{Form: strings.Repeat("x", 5000)}, {Form: "😀"}, {Form: "3,000"}}}
	z.Tag(&odd)
	for _, tk := range odd.Tokens {
		if tk.UPOS == "" || tk.XPOS == "" {
			t.Errorf("%q: no tag", tk.Form)
		}
	}
}

// TestEmbeddedDev tags EWT dev (gold tokens) with the embedded model.
func TestEmbeddedDev(t *testing.T) {
	dev := readUD(t, "en_ewt-ud-dev.conllu")
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := tg.Evaluate(dev)
	t.Logf("EWT dev: %s", s)
	if s.Pct(s.UPOS) < 95.3 || s.Pct(s.XPOS) < 94.6 || s.Pct(s.Lemma) < 97.0 {
		t.Errorf("EWT dev accuracy too low: %s", s)
	}
}

func tiny() []doc.Sentence {
	var out []doc.Sentence
	add := func(words ...string) {
		var s doc.Sentence
		for _, w := range words {
			p := strings.Split(w, "/")
			s.Tokens = append(s.Tokens, doc.Token{Form: p[0], Lemma: p[1], UPOS: p[2], XPOS: p[3]})
		}
		out = append(out, s)
	}
	for i := 0; i < 30; i++ {
		add("the/the/DET/DT", "dogs/dog/NOUN/NNS", "run/run/VERB/VBP", "./././.")
		add("a/a/DET/DT", "cat/cat/NOUN/NN", "sleeps/sleep/VERB/VBZ", "./././.")
		add("they/they/PRON/PRP", "run/run/VERB/VBP", "fast/fast/ADV/RB")
		add("the/the/DET/DT", "run/run/NOUN/NN", "ended/end/VERB/VBD")
	}
	return out
}

func TestTrainSaveLoad(t *testing.T) {
	train := tiny()
	opts := TrainOptions{Epochs: 3, Seed: 7, Folds: 2, FoldEpochs: 2, Prune2: -1}
	a, err := Train(train, train[:8], opts, nil)
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
	if sc := b.Evaluate(train); sc.UPOS != sc.Tokens || sc.XPOS != sc.Tokens {
		t.Errorf("reloaded model on its training data: %s", sc)
	}
	s := sentence("the run ended")
	b.Tag(&s)
	if s.Tokens[1].UPOS != "NOUN" || s.Tokens[2].Lemma != "end" {
		t.Errorf("got %+v", s.Tokens)
	}
	// Same seed, same model bytes.
	c, err := Train(train, train[:8], opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if err := c.Save(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("training is not deterministic for a fixed seed")
	}
	if _, err := Train([]doc.Sentence{{Tokens: []doc.Token{{Form: "x"}}}}, nil, opts, nil); err == nil {
		t.Error("training on words without tags: no error")
	}
}

func TestLoadBad(t *testing.T) {
	a, err := Train(tiny(), nil, TrainOptions{Epochs: 2, Stages: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := a.Save(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	raw.ReadFrom(zr)
	gz := func(b []byte) []byte {
		var o bytes.Buffer
		w := gzip.NewWriter(&o)
		w.Write(b)
		w.Close()
		return o.Bytes()
	}
	rb := raw.Bytes()
	for n := 0; n < len(rb); n += 1 + n/50 {
		if _, err := Load(bytes.NewReader(gz(rb[:n]))); err == nil {
			t.Errorf("model truncated to %d bytes: no error", n)
		}
	}
	for i := len(magic); i < len(rb); i += 1 + i/40 {
		c := append([]byte(nil), rb...)
		c[i] ^= 0xff
		Load(bytes.NewReader(gz(c))) // may or may not fail, must not panic
	}
	if _, err := Load(strings.NewReader("not gzip")); err == nil {
		t.Error("non-gzip input: no error")
	}
}
