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
		// constrainObject: a plural object after the verb.
		{"Militants attacked army posts along the northern frontier .", 1, "VBD"},
		{"Militants attacked army posts along the northern frontier .", 3, "NNS"},
		{"He said the plan works .", 4, "VBZ"},
		// A participle after the subject of an initial participle.
		{"Exiled journalists criticised the new media law .", 0, "VBN"},
		{"Exiled journalists criticised the new media law .", 2, "VBD"},
		{"Detained reporters appeared in court on Monday .", 2, "VBD"},
		// Title case: lowerTitle.
		{"Ukraine Says Russian Drones Hit Power Plant", 3, "NNS"},
		{"Ukraine Says Russian Drones Hit Power Plant", 4, "VBP"},
		{"China Slams US Tariffs As Bullying", 1, "VBZ"},
		{"China Slams US Tariffs As Bullying", 3, "NNS"},
		{"Animal News Center Webmaster", 0, "NNP"},
	}
	for _, c := range cases {
		s := sentence(c.words)
		tg.Tag(&s)
		if got := s.Tokens[c.at].XPOS; got != c.xpos {
			t.Errorf("%s: %s is %s, want %s", c.words, s.Tokens[c.at].Form, got, c.xpos)
		}
	}
}

// TestFiniteConstraintDev: on EWT dev the constraints (finite verb,
// object, title case) cost no tagging accuracy (they were tuned there;
// dev UPOS and XPOS are the same or better).
func TestFiniteConstraintDev(t *testing.T) {
	dev := readUD(t, "en_ewt-ud-dev.conllu")
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	on := tg.Evaluate(dev)
	finiteOn, titleOn = false, false
	off := tg.Evaluate(dev)
	finiteOn, titleOn = true, true
	t.Logf("with: %v", on)
	t.Logf("without: %v", off)
	if on.UPOS < off.UPOS || on.XPOS < off.XPOS {
		t.Errorf("the constraint lowers dev: UPOS %d→%d, XPOS %d→%d words right", off.UPOS, on.UPOS, off.XPOS, on.XPOS)
	}
}
