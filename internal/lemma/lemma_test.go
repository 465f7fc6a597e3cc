package lemma

import (
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

func TestRules(t *testing.T) {
	l := New()
	cases := []struct{ form, upos, xpos, want string }{
		// irregular verbs
		{"went", "VERB", "VBD", "go"},
		{"was", "AUX", "VBD", "be"},
		{"were", "AUX", "VBD", "be"},
		{"met", "VERB", "VBD", "meet"},
		{"fled", "VERB", "VBD", "flee"},
		{"written", "VERB", "VBN", "write"},
		{"Seen", "VERB", "VBN", "see"},
		{"saw", "VERB", "VBD", "see"},
		{"is", "AUX", "VBZ", "be"},
		{"'re", "AUX", "VBP", "be"},
		{"has", "AUX", "VBZ", "have"},
		{"wo", "AUX", "MD", "will"},
		{"ca", "AUX", "MD", "can"},
		// regular inflection of unseen forms
		{"walks", "VERB", "VBZ", "walk"},
		{"watches", "VERB", "VBZ", "watch"},
		{"carries", "VERB", "VBZ", "carry"},
		{"carried", "VERB", "VBD", "carry"},
		{"walked", "VERB", "VBD", "walk"},
		{"hoped", "VERB", "VBD", "hope"},
		{"hopped", "VERB", "VBD", "hop"},
		{"stopped", "VERB", "VBN", "stop"},
		{"created", "VERB", "VBN", "create"},
		{"charged", "VERB", "VBN", "charge"},
		{"called", "VERB", "VBD", "call"},
		{"running", "VERB", "VBG", "run"},
		{"making", "VERB", "VBG", "make"},
		{"dying", "VERB", "VBG", "die"},
		{"seeing", "VERB", "VBG", "see"},
		{"thinking", "VERB", "VBG", "think"},
		{"bigger", "ADJ", "JJR", "big"},
		{"happiest", "ADJ", "JJS", "happy"},
		{"nicer", "ADJ", "JJR", "nice"},
		{"better", "ADJ", "JJR", "good"},
		{"better", "ADV", "RBR", "well"},
		{"worst", "ADJ", "JJS", "bad"},
		// nouns
		{"cats", "NOUN", "NNS", "cat"},
		{"boxes", "NOUN", "NNS", "box"},
		{"churches", "NOUN", "NNS", "church"},
		{"cities", "NOUN", "NNS", "city"},
		{"men", "NOUN", "NNS", "man"},
		{"children", "NOUN", "NNS", "child"},
		{"women", "NOUN", "NNS", "woman"},
		{"people", "NOUN", "NNS", "person"},
		{"policemen", "NOUN", "NNS", "policeman"},
		{"wolves", "NOUN", "NNS", "wolf"},
		{"glass", "NOUN", "NN", "glass"},
		{"status", "NOUN", "NN", "status"},
		{"Americans", "PROPN", "NNPS", "American"},
		// case and the rest
		{"The", "DET", "DT", "the"},
		{"London", "PROPN", "NNP", "London"},
		{"200,000", "NUM", "CD", "200000"},
		{"Quickly", "ADV", "RB", "quickly"},
	}
	for _, c := range cases {
		if got := l.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
	var nl *Lemmatizer
	if got := nl.Lemma("went", "VERB", "VBD"); got != "go" {
		t.Errorf("nil Lemmatizer: went → %q, want go", got)
	}
}

func tok(form, lemma, upos, xpos string) doc.Token {
	return doc.Token{Form: form, Lemma: lemma, UPOS: upos, XPOS: xpos}
}

func TestLexicon(t *testing.T) {
	train := []doc.Sentence{{Tokens: []doc.Token{
		tok("I", "I", "PRON", "PRP"), tok("i", "I", "PRON", "PRP"), tok("me", "I", "PRON", "PRP"),
		tok("The", "the", "DET", "DT"), tok("the", "the", "DET", "DT"),
		tok("hoped", "hope", "VERB", "VBD"), tok("bred", "breed", "VERB", "VBD"),
		tok("French", "French", "ADJ", "JJ"), tok("French", "French", "ADJ", "JJ"),
		tok("data", "data", "NOUN", "NNS"),
	}}}
	l := Learn(train)
	b, err := l.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var l2 Lemmatizer
	if err := l2.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ form, upos, xpos, want string }{
		{"i", "PRON", "PRP", "I"},
		{"I", "PRON", "PRP", "I"},
		{"ME", "PRON", "PRP", "I"},
		{"THE", "DET", "DT", "the"},
		{"data", "NOUN", "NNS", "data"}, // lexicon beats the irregular table
		{"french", "ADJ", "JJ", "French"},
		{"bred", "VERB", "VBN", "breed"},
		{"roped", "VERB", "VBD", "rope"},
	}
	for _, c := range cases {
		for _, lm := range []*Lemmatizer{l, &l2} {
			if got := lm.Lemma(c.form, c.upos, c.xpos); got != c.want {
				t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
			}
		}
	}
}

func TestUnmarshalBad(t *testing.T) {
	l := Learn([]doc.Sentence{{Tokens: []doc.Token{tok("went", "go", "VERB", "VBD")}}})
	b, _ := l.MarshalBinary()
	for n := 0; n < len(b); n++ {
		var x Lemmatizer
		if err := x.UnmarshalBinary(b[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	var x Lemmatizer
	if err := x.UnmarshalBinary(append(b, 0)); err == nil {
		t.Error("trailing byte: no error")
	}
}

// TestOuter: an outside lexicon decides between rule candidates that
// training never saw, and a past tense takes its participle's lemma.
func TestOuter(t *testing.T) {
	l := New()
	if got := l.Lemma("exiled", "VERB", "VBN"); got != "exil" {
		t.Logf("rules alone: exiled → %s", got)
	}
	l.SetOuter(func(w string, class uint8) bool {
		return class == ClassVerb && (w == "exile" || w == "can" || w == "cane")
	})
	for _, c := range []struct{ form, xpos, want string }{
		{"Exiled", "VBN", "exile"}, {"exiled", "VBD", "exile"},
		{"caned", "VBD", "cane"}, // two readings in the lexicon: the rules decide
	} {
		if got := l.Lemma(c.form, "VERB", c.xpos); got != c.want {
			t.Errorf("%s %s: got %s, want %s", c.form, c.xpos, got, c.want)
		}
	}
	l.lex["rode\tVBN"] = "ride"
	if got := l.Lemma("rode", "VERB", "VBD"); got != "ride" {
		t.Errorf("rode VBD: got %s, want ride (from its VBN entry)", got)
	}
}
