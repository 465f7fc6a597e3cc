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
		// A verb right after "and" shares its subject with a finite verb.
		{"Maduro accused opposition leader Maria Corina Machado of plotting a coup and said she should be jailed .", 1, "VBD"},
		{"The minister arrived in Riga and met his counterpart .", 2, "VBD"},
		// A verb after "a day after" and its subject is a time clause's.
		{"Thailand 's military rulers detained the former prime minister on Friday , a day after the army chief seized power in a coup .", 4, "VBD"},
		// A capitalised word read as an auxiliary that is none is a name.
		{"Xi told his guest that China was ready to deepen cooperation .", 0, "NNP"},
		// A name stays a name when the verb after it turns finite.
		{"Pashinyan accused unnamed members of the alliance of helping Azerbaijan prepare its offensives .", 0, "NNP"},
		{"Pashinyan accused unnamed members of the alliance of helping Azerbaijan prepare its offensives .", 1, "VBD"},
		// mainFinite: the finite verbs are in subordinate clauses or a
		// reporting frame; a coordinated subject; a subject with a
		// prepositional phrase; a participle with an object.
		{"Riot police fired water cannon at students who marched on the palace as ministers met .", 2, "VBD"},
		{"Turkish warplanes bombed militant positions in northern Iraq , the defence ministry said .", 2, "VBD"},
		{"French and German leaders also discussed the budget at the summit .", 5, "VBD"},
		{"Rebels in North Kivu seized two towns overnight .", 4, "VBD"},
		{"Security forces arrested opposition supporters in several cities .", 2, "VBD"},
		{"The suspects arrested in the raid appeared in court on Tuesday .", 2, "VBN"},
		{"Families displaced by the fighting returned to their villages .", 1, "VBN"},
		// A verb form read as a plural noun before a participle.
		{"Venezuela frees jailed Americans in swap with Washington", 1, "VBZ"},
		{"Ethiopia frees detained journalists after talks", 1, "VBZ"},
		{"Islamic State fighters attacked the town .", 3, "VBD"},
		// constrainWords.
		{"Hamas will free 33 Israeli hostages .", 2, "VB"},
		{"The negotiators said the deal will free dozens of detainees .", 6, "VB"},
		{"Kyiv said Moscow was trying to damage the power grid .", 6, "VB"},
		{"Protesters attacked the embassies of France and Belgium , accusing Western countries of silence .", 9, "VBG"},
		{"Police used tear gas to disperse the crowd .", 2, "NN"},
		{"Authorities used water cannon against demonstrators .", 1, "VBD"},
		{"Officials accused Lashkar - e - Taiba of the attack .", 4, "NNP"},
		{"Soldiers will not wire tap the links .", 3, "NN"},
		{"Mediators presented a truce plan as both sides traded accusations .", 8, "VBD"},
		{"Police arrested the editor , which rights groups condemned .", 8, "VBD"},
		// British spellings read as American ones (americanSpelling).
		{"Philippine Defence Secretary Gilberto Teodoro accused China of piracy .", 1, "NNP"},
		{"Unions plan to organise a strike .", 3, "VB"},
		// News steps (newsOn).
		{"The fighting began after Pakistani jets allegedly struck targets in Kabul .", 3, "IN"},
		{"The fighting began after Pakistani jets allegedly struck targets in Kabul .", 7, "VBD"},
		{"Calm returned after talks mediated by Qatar .", 4, "VBN"},
		{"The army and an alliance of three armed groups agreed to a truce , the ministry said .", 9, "VBD"},
		{"Officials agreed to release five prisoners and unfreeze $ 6 billion .", 7, "VB"},
		{"Lebanon hosts displaced families .", 1, "VBZ"},
		{"Police used water cannon and tear gas .", 5, "NN"},
		{"Turkey hosted Russian and Ukrainian negotiators .", 2, "JJ"},
		{"Rebels shelled the camp , according to aid agencies .", 6, "IN"},
		{"Rebels shelled the camp , according to aid agencies .", 7, "NN"},
		{"Exiled journalists criticized the new media law .", 2, "VBD"},
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
// object, title case, single words) cost no tagging accuracy (they were tuned there;
// dev UPOS and XPOS are the same or better).
func TestFiniteConstraintDev(t *testing.T) {
	dev := readUD(t, "en_ewt-ud-dev.conllu")
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	on := tg.Evaluate(dev)
	finiteOn, titleOn, wordsOn, spellingOn = false, false, false, false
	off := tg.Evaluate(dev)
	finiteOn, titleOn, wordsOn, spellingOn = true, true, true, true
	t.Logf("with: %v", on)
	t.Logf("without: %v", off)
	if on.UPOS < off.UPOS || on.XPOS < off.XPOS {
		t.Errorf("the constraint lowers dev: UPOS %d→%d, XPOS %d→%d words right", off.UPOS, on.UPOS, off.XPOS, on.XPOS)
	}
}

// TestAmericanForm: British spellings and their American forms by rule;
// words that only look British are left to the word-list check.
func TestAmericanForm(t *testing.T) {
	for w, want := range map[string]string{
		"defence": "defense", "labour": "labor", "neighbouring": "neighboring", "favourable": "favorable",
		"organisation": "organization", "criticised": "criticized", "mobilising": "mobilizing",
		"analysed": "analyzed", "centre": "center", "programmes": "programs", "fuelled": "fueled",
		"four": "", "tour": "", "contour": "contor", "cat": "",
	} {
		if got := americanForm(w); got != want {
			t.Errorf("americanForm(%q) = %q, want %q", w, got, want)
		}
	}
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := tg.Ready(); err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{
		"Defence": "Defense", "LABOUR": "LABOR", "criticise": "criticize", "Organisation": "Organization",
		"four": "", "tour": "", "hour": "", "promise": "", "Paris": "",
	} {
		if got := tg.m.americanSpelling(form, hashLower(form)); got != want {
			t.Errorf("americanSpelling(%q) = %q, want %q", form, got, want)
		}
	}
}
