package tagger

import "testing"

// TestFiniteConstraint: sentences written for this test. A subject and a
// past tense read as a participle get a finite verb; a verbless fragment
// and a sentence that has its verb are left alone.
func TestFiniteConstraint(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		words string
		at    int
		xpos  string
	}{
		{"Kazakhstan hosted talks between Armenia and Azerbaijan .", 1, "VBD"},
		{"Qatar hosts ceasefire talks between Hamas and Israel", 1, "VBZ"},
		{"Exiled opposition leaders met in Vilnius on Monday .", 0, "VBN"},
		{"Good local bike shop near the station .", 3, "NN"},
		{"Taken together , the figures are small .", 0, "VBN"},
	}
	for _, c := range cases {
		s := sentence(c.words)
		tg.Tag(&s)
		if got := s.Tokens[c.at].XPOS; got != c.xpos {
			t.Errorf("%s: %s is %s, want %s", c.words, s.Tokens[c.at].Form, got, c.xpos)
		}
	}
}

// TestFiniteConstraintDev: on EWT dev the constraint costs no tagging
// accuracy (it was tuned there; dev UPOS and XPOS are the same or better).
func TestFiniteConstraintDev(t *testing.T) {
	dev := readUD(t, "en_ewt-ud-dev.conllu")
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	on := tg.Evaluate(dev)
	finiteOn = false
	off := tg.Evaluate(dev)
	finiteOn = true
	t.Logf("with: %v", on)
	t.Logf("without: %v", off)
	if on.UPOS < off.UPOS || on.XPOS < off.XPOS {
		t.Errorf("the constraint lowers dev: UPOS %d→%d, XPOS %d→%d words right", off.UPOS, on.UPOS, off.XPOS, on.XPOS)
	}
}
