package coder

// Verbs that govern the clause of another predicate change what that
// predicate's event is: an expressed intent ("wants to attack" → 138,
// "plans to visit" → 036), an appeal ("urged Y to help" → 023, coded on
// the appeal verb), a threat ("threatened to impose sanctions" → 131).

// intentVerbs express the intent of their subject to do the complement.
var intentVerbs = map[string]bool{"want": true, "plan": true, "intend": true, "hope": true, "wish": true,
	"seek": true, "aim": true, "desire": true, "offer": true, "propose": true, "mean": true,
	"pledge": true, "promise": true, "vow": true, "commit": true, "undertake": true, "volunteer": true,
	"agree": true, "consent": true,
	// "was ready to release", "is willing to negotiate"
	"ready": true, "willing": true, "prepared": true, "eager": true}

// appealVerbs ask their object to do the complement.
var appealVerbs = map[string]bool{"urge": true, "ask": true, "call": true, "appeal": true, "press": true,
	"request": true, "encourage": true, "invite": true, "implore": true, "beg": true, "exhort": true}

// demandVerbs demand their complement: "demanded that Sweden extradite
// the activists" is a demand (coded on the verb), not an extradition.
var demandVerbs = map[string]bool{"demand": true, "insist": true}

// adviseVerbs tell their object what to do: "warned Manila to stop
// provocations", "told Russia to withdraw"; the complement is no event
// (the verb codes on its own: a warning, a statement).
var adviseVerbs = map[string]bool{"warn": true, "caution": true, "advise": true, "tell": true, "remind": true}

// advised reports whether clause q is what a verb of advice (lemma gl)
// tells its object to do: not a that-clause with a subject of its own,
// which reports ("told reporters that China was ready to ...").
func (a *analysis) advised(q int, gl string) bool {
	m := a.child(q, "mark")
	return adviseVerbs[gl] && !(a.rel[q] == "ccomp" && a.child(q, "nsubj", "nsubj:pass") >= 0 && (m < 0 || a.lower[m] != "to"))
}

// threatVerbs threaten the complement.
var threatVerbs = map[string]bool{"threaten": true}

// speechVerbs report a statement: "X said that Y attacked Z".
var speechVerbs = map[string]bool{"say": true, "claim": true, "allege": true, "charge": true, "insist": true,
	"assert": true, "state": true, "declare": true, "report": true, "tell": true}

// rootOf returns the CAMEO root (1-20) of an event code; -1 for a code
// outside CAMEO's twenty roots: a dictionary's own codes ("901", "345" in
// WEIS-era verb files) are no attack, threat or appeal of any root.
func rootOf(code string) int {
	if len(code) < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9' {
		return -1
	}
	if r := int(code[0]-'0')*10 + int(code[1]-'0'); r <= 20 {
		return r
	}
	return -1
}

// intentCode maps the code of an intended action to CAMEO's intent (03x)
// or threat (13x) codes; "" when the intent has no code.
func intentCode(code string) string {
	switch r := rootOf(code); {
	case r == 3:
		return code
	case code == "045":
		return "039" // an offer to mediate
	case r == 4:
		return "036"
	case r == 5:
		return "032"
	case r == 6:
		return mirror(code, "031", "")
	case r == 7:
		return mirror(code, "033", "")
	case r == 8:
		return mirror(code, "035", "034")
	case r == 13:
		return code
	case r >= 15:
		return threatCode(code)
	}
	return ""
}

// threatCode maps a threatened action to 13x.
func threatCode(code string) string {
	switch r := rootOf(code); {
	case code == "161":
		return "1313"
	case code == "162":
		return "1311"
	case code == "163":
		return "1312"
	case r == 16:
		return "131"
	case r == 17:
		return "137"
	case r == 15 || r >= 18:
		return "138"
	case r == 13:
		return code
	}
	return "130"
}

// appealCode maps the code of a requested action to CAMEO's appeals (02x).
func appealCode(code string) string {
	switch r := rootOf(code); {
	case r == 4:
		return "026"
	case r == 5:
		return "022"
	case r == 6:
		return mirror(code, "021", "")
	case r == 7:
		return mirror(code, "023", "")
	case r == 8:
		return mirror(code, "025", "024")
	case code == "037":
		return "027"
	case code == "038" || code == "039":
		return "028"
	}
	return "020"
}

// governor returns the verb whose complement clause p is, and its lemma;
// -1 when p is not a complement.
func (a *analysis) governor(p int) (int, string) {
	switch a.rel[p] {
	case "xcomp", "ccomp":
	case "acl":
		// "urged the junta to release X" with the infinitive hung on the
		// object: the complement of the object's verb.
		m := a.child(p, "mark")
		h := a.head[p]
		if m < 0 || a.lower[m] != "to" || h < 0 || a.rel[h] != "obj" && a.rel[h] != "iobj" || a.head[h] < 0 {
			return -1, ""
		}
		g := a.head[h]
		return g, a.lemma[g]
	case "advcl":
		// "urged Peru on Monday to help": parsers often attach the
		// infinitive as an adverbial clause.
		m := a.child(p, "mark")
		if m < 0 || a.lower[m] != "to" {
			return -1, ""
		}
	default:
		return -1, ""
	}
	g := a.head[p]
	if g < 0 {
		return -1, ""
	}
	return g, a.lemma[g]
}

// complement returns the complement clause of g (xcomp, or an infinitive
// ccomp/advcl), -1 when none.
func (a *analysis) complement(g int) int {
	for _, k := range a.kids[g] {
		switch a.rel[k] {
		case "xcomp", "ccomp":
			return k
		case "advcl":
			if m := a.child(k, "mark"); m >= 0 && a.lower[m] == "to" {
				return k
			}
		}
	}
	// The infinitive hung on the object ("urged the junta to release").
	for _, o := range a.kids[g] {
		if a.rel[o] != "obj" && a.rel[o] != "iobj" {
			continue
		}
		for _, k := range a.kids[o] {
			if a.rel[k] == "acl" && a.toks[k].UPOS == "VERB" {
				if m := a.child(k, "mark"); m >= 0 && a.lower[m] == "to" {
					return k
				}
			}
		}
	}
	return -1
}

// rejectCode maps a cooperative action that is refused (negated) to
// CAMEO's rejections (12x); "" when a refusal of it has no code (not
// attacking is not an event).
func rejectCode(code string) string {
	switch r := rootOf(code); {
	case code == "036" || code == "046" || r == 4:
		return "125"
	case code == "057" || code == "037":
		return "127"
	case code == "038" || code == "039" || code == "045":
		return "126"
	case r == 6 || r == 7:
		return "121"
	case r == 8:
		return "124"
	case r == 3 || r == 5:
		return "120"
	}
	return ""
}

// mirror maps a deed of roots 06-08 to the same deed in an intent or
// appeal series whose three-digit code is base: CAMEO numbers them alike
// (061-064 → base+1..4, 071-074 → base+1..4; 081 and 082 → base+1, +2,
// 084-087 → base+3..6, and 083, political reform, → reform, its own
// three-digit code, or base when reform is "").
func mirror(code, base, reform string) string {
	if len(code) < 3 {
		return base
	}
	d := code[2]
	switch code[:2] {
	case "06", "07":
		if d >= '1' && d <= '4' {
			return base + string(d)
		}
	case "08":
		switch {
		case d == '1' || d == '2':
			return base + string(d)
		case d == '3' && reform != "":
			return reform
		case d >= '4' && d <= '7':
			return base + string(d-1)
		}
	}
	return base
}

// proposerOnly keeps, of the events evs of a that-clause governed by the
// intent verb g, those whose source is of the country of g's subject,
// with that subject as their source; none when g has no such subject.
func (a *analysis) proposerOnly(g int, evs []event) []event {
	gs, _ := a.subjectOf(g)
	if gs < 0 {
		return nil
	}
	var out []event
	for _, mi := range a.findActors(gs, nil) {
		pm := a.s.Mentions[mi]
		if pm.Country == "" {
			continue
		}
		for _, e := range evs {
			if e.Source == nil || e.Source.Country != pm.Country {
				continue
			}
			e.Source = a.actor(mi)
			out = append(out, e)
		}
	}
	return out
}
