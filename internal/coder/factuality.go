package coder

import (
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
)

// statedVerbs announce what their subject will do in a that-clause.
var statedVerbs = map[string]bool{"say": true, "warn": true, "threaten": true, "vow": true, "pledge": true,
	"promise": true, "announce": true, "declare": true, "insist": true, "state": true}

// ownFuture reports whether the that-clause p of the stating verb g tells
// what g's own subject will do: "X said it would impose sanctions", with
// will or would, not negated (a refusal is coded as such).
func (a *analysis) ownFuture(p, g int) bool {
	if !statedVerbs[a.lemma[g]] {
		return false
	}
	future := false
	for _, k := range a.kids[p] {
		if a.rel[k] == "aux" {
			switch a.lower[k] {
			case "will", "would", "'ll", "shall", "wo":
				future = true
			}
		}
		if (a.rel[k] == "advmod" || a.rel[k] == "aux") && (a.lower[k] == "not" || a.lower[k] == "n't" || a.lower[k] == "never") {
			return false
		}
	}
	if !future {
		return false
	}
	in, _ := a.subjectOf(p)
	out, _ := a.subjectOf(g)
	if in < 0 || out < 0 || in == out {
		return false
	}
	im, om := a.findActors(in, nil), a.findActors(out, nil)
	if len(im) == 0 || len(om) == 0 {
		return false
	}
	ic, oc := a.s.Mentions[im[0]].Code, a.s.Mentions[om[0]].Code
	return ic != "" && !noCountry(ic) && (ic == oc || len(ic) >= 3 && len(oc) >= 3 && ic[:3] == oc[:3])
}

// reportingVerb returns the verb whose that-clause holds p ("said that Y
// attacked Z and took W"), and its lemma; -1 when none.
func (a *analysis) reportingVerb(p int) (int, string) {
	q := p
	for d := 0; d < 4 && q >= 0 && a.rel[q] == "conj"; d++ {
		q = a.head[q]
	}
	if q < 0 || a.rel[q] != "ccomp" || a.head[q] < 0 {
		return -1, ""
	}
	return a.head[q], a.lemma[a.head[q]]
}

// reported lists the speaker's accusations of the attackers of evs
// (112), none for a speaker who reports its own attack.
func (a *analysis) reported(g int, speakers []int, evs []event) []event {
	var out []event
	seen := map[string]bool{}
	for _, ev := range evs {
		for _, s := range speakers {
			sc := a.s.Mentions[s].Code
			if sc == ev.Source.Code || seen[sc+" "+ev.Source.Code] {
				continue
			}
			// A state telling of its own forces' strikes accuses no one:
			// "Pakistan said its air force had shot down five jets".
			if len(sc) >= 3 && len(ev.Source.Code) >= 3 && !noCountry(sc) && sc[:3] == ev.Source.Code[:3] {
				continue
			}
			// A correspondent or state media reporting an attack tells
			// the news; it accuses no one. Two sides that are both only
			// roles ("a spokesman said militants attacked") tell nothing.
			// (Nor does a health ministry counting the dead: "killing
			// 490 people, the Lebanese health ministry said".)
			// (Nor do residents and witnesses telling what they saw.)
			if strings.HasSuffix(sc, "MED") || strings.HasSuffix(sc, "HLH") || strings.HasSuffix(sc, "CVL") || strings.HasSuffix(sc, "PPL") || noCountry(sc) && noCountry(ev.Source.Code) {
				continue
			}
			seen[sc+" "+ev.Source.Code] = true
			st := event{predTok: g}
			st.Source = a.actor(s)
			t := *ev.Source
			st.Target = &t
			st.CAMEO = "112"
			st.Factuality = a.factuality(g)
			tok := a.toks[g]
			st.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: "built-in:reported-attack"}
			out = append(out, st)
		}
	}
	return out
}

// blameWords head a clause that lays blame on its subject: "X said Y was
// responsible for the attack", "... that Y was to blame", "... that Y
// was behind the blast" (behind: the case of the clause's noun).
var blameWords = map[string]bool{"responsible": true, "culpable": true, "guilty": true, "blame": true}

// tryVerbs and harmVerbs: "X was trying to damage Y", ascribed by a
// speaker, is the speaker's accusation of X.
var tryVerbs = map[string]bool{"try": true, "seek": true, "attempt": true, "aim": true, "want": true, "plot": true, "scheme": true}
var harmVerbs = map[string]bool{"damage": true, "undermine": true, "weaken": true, "destabilize": true, "destabilise": true,
	"hurt": true, "sabotage": true, "harm": true, "isolate": true, "divide": true, "interfere": true, "meddle": true,
	"discredit": true, "provoke": true, "encircle": true, "contain": true, "subvert": true}

// wrongNouns are what one commits and is blamed for.
var wrongNouns = map[string]bool{"act": true, "crime": true, "violation": true, "aggression": true, "atrocity": true,
	"abuse": true, "genocide": true, "massacre": true, "provocation": true, "breach": true, "offence": true, "offense": true}

// codeBlame codes a that-clause of a speech verb that lays blame on its
// subject as the speaker's accusation (112) of that subject.
func (c *Coder) codeBlame(a *analysis, p int) []event {
	if a.rel[p] != "ccomp" || a.child(p, "cop") < 0 && a.lemma[p] != "blame" && !tryVerbs[a.lemma[p]] && a.lemma[p] != "commit" {
		return nil
	}
	code := "112"
	switch {
	case condemnWords[a.lemma[p]] && (a.toks[p].UPOS == "ADJ" || a.toks[p].UPOS == "NOUN") && a.child(p, "cop") >= 0 && a.child(p, "case") < 0:
		// "said the American military presence was illegal", "... was a
		// provocation": a speaker's judgement of what Y does is a
		// criticism of Y (111).
		code = "111"
	case a.lemma[p] == "commit" && a.toks[p].UPOS == "VERB":
		// "said the Mexican government had committed an unfriendly act",
		// "... had committed war crimes"
		o := a.child(p, "obj")
		if o < 0 || !wrongNouns[a.lemma[o]] {
			return nil
		}
	case tryVerbs[a.lemma[p]] && a.toks[p].UPOS == "VERB":
		// "said Washington was trying to damage the Russian economy": an
		// intent to harm that a speaker ascribes is an accusation.
		x := a.child(p, "xcomp")
		if x < 0 || !harmVerbs[a.lemma[x]] {
			return nil
		}
	case blameWords[a.lemma[p]] && a.toks[p].UPOS == "ADJ":
	case a.lemma[p] == "blame" && a.child(p, "mark") >= 0:
	case a.toks[p].UPOS == "NOUN" && a.child(p, "case") >= 0 && a.lower[a.child(p, "case")] == "behind":
	default:
		return nil
	}
	g := a.head[p]
	if g < 0 || !speechVerbs[a.lemma[g]] && !statedVerbs[a.lemma[g]] {
		return nil
	}
	subj := a.child(p, "nsubj")
	speaker, _ := a.subjectOf(g)
	if subj < 0 || speaker < 0 {
		return nil
	}
	fact := a.factuality(g)
	if f := a.factuality(p); f != "factual" {
		fact = f
	}
	evs := a.accusations(g, a.findActors(speaker, nil), a.findActors(subj, nil), fact, "built-in:blame", true)
	for i := range evs {
		evs[i].CAMEO = code
	}
	return evs
}

// condemnWords judge what an actor does as wrong: "X said Y's presence
// was illegal".
var condemnWords = map[string]bool{"illegal": true, "unlawful": true, "illegitimate": true, "unacceptable": true,
	"violation": true, "provocation": true, "unconstitutional": true, "aggression": true, "interference": true}

// accusations are the accusations (112) stated at predicate g by each of
// the speakers of each of the accused, with factuality fact; the same
// actor, two role-only sides and (with sameCountry false) two sides of
// one country give none.
func (a *analysis) accusations(g int, speakers, accused []int, fact, rule string, sameCountry bool) []event {
	var out []event
	for _, s := range speakers {
		for _, t := range accused {
			ms, mt := a.s.Mentions[s], a.s.Mentions[t]
			if ms.Code == mt.Code || noCountry(ms.Code) && noCountry(mt.Code) || !sameCountry && ms.Country != "" && ms.Country == mt.Country {
				continue
			}
			e := event{predTok: g}
			e.Source, e.Target = a.actor(s), a.actor(t)
			e.CAMEO = "112"
			e.Factuality = fact
			tok := a.toks[g]
			e.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: rule}
			out = append(out, e)
		}
	}
	return out
}

// allegationNouns name a charge that a phrase like "linking X to the
// killing" states: "credible allegations linking agents of the Indian
// government to the killing".
var allegationNouns = map[string]bool{"allegation": true, "accusation": true, "evidence": true, "claim": true,
	"report": true, "intelligence": true, "information": true, "proof": true}

// linkVerbs tie someone to a deed in an allegation.
var linkVerbs = map[string]bool{"link": true, "tie": true, "connect": true, "implicate": true}

// presentVerbs put forward an allegation as their subject's own.
var presentVerbs = map[string]bool{"present": true, "cite": true, "have": true, "produce": true, "provide": true,
	"share": true, "publish": true, "release": true, "make": true, "level": true}

// codeAllegation codes "allegations linking X to ..." as an accusation
// (112) of X by whoever states or presents the allegations: the speaker
// of the that-clause they are in, or the subject that presents them.
func (c *Coder) codeAllegation(a *analysis, p int) []event {
	if !linkVerbs[a.lemma[p]] || a.toks[p].UPOS != "VERB" || a.rel[p] != "acl" && a.rel[p] != "advcl" {
		return nil
	}
	n := a.head[p]
	if n >= 0 && a.rel[p] == "advcl" {
		// (the parse hangs "linking" on the verb that presents the
		// evidence: "presented evidence linking X to ...")
		n = a.child(n, "obj")
	}
	if n < 0 || !allegationNouns[a.lemma[n]] {
		return nil
	}
	obj := a.child(p, "obj")
	if obj < 0 {
		return nil
	}
	speaker, g := -1, -1
	switch h := a.head[n]; {
	case h < 0:
	case a.rel[n] == "obj" && presentVerbs[a.lemma[h]]:
		g = h
		speaker, _ = a.subjectOf(g)
	case a.rel[n] == "nsubj" && a.rel[h] == "ccomp" && a.head[h] >= 0 && (speechVerbs[a.lemma[a.head[h]]] || statedVerbs[a.lemma[a.head[h]]]):
		g = a.head[h]
		speaker, _ = a.subjectOf(g)
	}
	if speaker < 0 {
		return nil
	}
	return a.accusations(g, a.findActors(speaker, nil), a.findActors(obj, nil), a.factuality(g), "built-in:allegation", false)
}

// meansVerbs do their infinitive: "voted to impose sanctions" imposes
// them, "used tear gas to disperse the crowd" disperses it, "moved to
// block the deal" blocks it.
var meansVerbs = map[string]bool{"vote": true, "use": true, "employ": true, "move": true, "act": true}

// speakerCountry is the country of the state that says the clause of
// predicate p (through coordinated and complement clauses): "Israel said
// troops had killed ..." ISR; "" when the clause is no state's report.
func (a *analysis) speakerCountry(p int) string {
	q := p
	for d := 0; d < 4 && q >= 0; d++ {
		h := a.head[q]
		if h < 0 {
			return ""
		}
		switch a.rel[q] {
		case "ccomp":
			if !speechVerbs[a.lemma[h]] && !statedVerbs[a.lemma[h]] {
				return ""
			}
			sp, _ := a.subjectOf(h)
			if sp < 0 {
				return ""
			}
			for _, mi := range a.findActors(sp, nil) {
				m := a.s.Mentions[mi]
				if noCountry(m.Code) || m.Country == "" || strings.HasPrefix(m.Code, "IGO") {
					continue
				}
				if len(m.Code) == 3 || stateRoles[m.Code[3:6]] {
					return m.Country
				}
			}
			return ""
		case "conj", "xcomp":
			q = h
		default:
			return ""
		}
	}
	return ""
}

// claimVerbs are the speech verbs of the CLAIM class; the others are SAY.
var claimVerbs = map[string]bool{"claim": true, "allege": true, "charge": true}

// intentNouns name something wanted, asked or offered: their infinitive
// is not an event ("a demand to withdraw", "a plan to visit").
var intentNouns = map[string]bool{"demand": true, "request": true, "call": true, "appeal": true, "plan": true,
	"proposal": true, "offer": true, "bid": true, "attempt": true, "effort": true, "threat": true, "pledge": true,
	"promise": true, "vow": true, "readiness": true, "willingness": true, "intention": true, "ultimatum": true, "order": true}

// denyVerbs deny their that-clause.
var denyVerbs = map[string]bool{"deny": true, "refute": true, "dispute": true, "dismiss": true, "rebut": true}

// accuseVerbs take what they accuse of in a gerund: "accused X of
// shelling Y" alleges the shelling.
var accuseVerbs = map[string]bool{"accuse": true, "blame": true, "charge": true, "suspect": true, "allege": true}

// blockVerbs stop what their object would do: "blocked a statement
// criticising China" – no criticism was made.
var blockVerbs = map[string]bool{"block": true, "veto": true, "reject": true, "oppose": true, "scrap": true,
	"shelve": true, "withdraw": true, "drop": true, "defeat": true}

// factuality classifies predicate p.
func (a *analysis) factuality(p int) string {
	// "would resist any foreign troops who attacked them": a relative
	// clause on "any" or "every" tells of no one in particular.
	if a.toks[p].DepRel == "acl:relcl" || a.rel[p] == "acl:relcl" {
		if n := a.head[p]; n >= 0 {
			for _, k := range a.kids[n] {
				if a.rel[k] == "det" && (a.lower[k] == "any" || a.lower[k] == "every" || a.lower[k] == "whoever") {
					return "conditional"
				}
			}
		}
	}
	// "Neither X nor Y boycotted the parade": no one did.
	for _, k := range a.kids[p] {
		if a.lower[k] == "neither" && (a.rel[k] == "cc" || a.rel[k] == "advmod") {
			return "negated"
		}
		if a.rel[k] == "nsubj" || a.rel[k] == "nsubj:pass" {
			for _, j := range a.kids[k] {
				// "No Western government has recognised the Taliban"
				if a.lower[j] == "neither" || a.lower[j] == "no" && a.rel[j] == "det" {
					return "negated"
				}
			}
		}
	}
	// "Beijing denied that its coast guard rammed a vessel": a denied
	// event is not told as fact.
	if q := p; a.rel[q] == "ccomp" || a.rel[q] == "conj" && a.head[q] >= 0 && a.rel[a.head[q]] == "ccomp" {
		if a.rel[q] == "conj" {
			q = a.head[q]
		}
		if h := a.head[q]; h >= 0 && denyVerbs[a.lemma[h]] {
			return "negated"
		}
	}
	// "accused the RSF of shelling a hospital": an allegation.
	if a.toks[p].XPOS == "VBG" || strings.Contains(a.toks[p].Feats, "VerbForm=Ger") {
		mk := a.child(p, "mark", "case")
		if mk >= 0 && (a.lower[mk] == "of" || a.lower[mk] == "for") {
			for h, d := a.head[p], 0; h >= 0 && d < 2; h, d = a.head[h], d+1 {
				if accuseVerbs[a.lemma[h]] {
					return "alleged"
				}
			}
		}
		// A participle that describes the object of a blocked, vetoed or
		// rejected text did not happen.
		if a.rel[p] == "acl" {
			if n := a.head[p]; n >= 0 && a.rel[n] == "obj" && a.head[n] >= 0 && blockVerbs[a.lemma[a.head[n]]] {
				return "negated"
			}
		}
	}
	// Walk p and the clause heads it depends on through xcomp.
	q := p
	for depth := 0; depth < 4 && q >= 0; depth++ {
		// Negation wins over a modal: "would not provide" is a refusal.
		cond := false
		for _, k := range a.kids[q] {
			switch a.rel[k] {
			case "advmod", "aux":
				switch a.lower[k] {
				case "not", "n't", "never":
					return "negated"
				}
			}
			if a.rel[k] == "aux" {
				switch a.lower[k] {
				case "would", "could", "might", "may", "should", "'d":
					cond = true
				}
			}
			if a.rel[k] == "mark" {
				switch a.lower[k] {
				case "if", "unless", "whether":
					cond = true
				}
			}
		}
		if cond {
			return "conditional"
		}
		// Climb into the clause that governs an infinitive: "would not
		// grant Chile leave to help Peru".
		infinitive := a.rel[q] == "xcomp"
		// A gerund complement without a subject of its own ("resisted
		// taking a harder line") is the governor's action too.
		if a.rel[q] == "ccomp" && a.toks[q].XPOS == "VBG" && a.child(q, "nsubj", "mark") < 0 {
			infinitive = true
		}
		if a.rel[q] == "advcl" || a.rel[q] == "acl" {
			if m := a.child(q, "mark"); m >= 0 && a.lower[m] == "to" {
				infinitive = true
				// A purpose ("deployed troops to Congo to fight rebels")
				// is not yet done; the verbs that govern such an
				// infinitive as their complement (urge, pledge, ...) are
				// handled where it is composed.
				if h := a.head[q]; a.rel[q] == "advcl" && h >= 0 && !appealVerbs[a.lemma[h]] && !adviseVerbs[a.lemma[h]] &&
					!intentVerbs[a.lemma[h]] && !threatVerbs[a.lemma[h]] && !meansVerbs[a.lemma[h]] && a.toks[h].UPOS == "VERB" {
					return "intent"
				}
			}
		}
		if !infinitive {
			break
		}
		h := a.head[q]
		if h < 0 {
			break
		}
		// "Trump's demand to send troops", "a plan to attack": what a
		// demand, plan or offer names has not happened.
		if a.toks[h].UPOS == "NOUN" && intentNouns[a.lemma[h]] {
			return "intent"
		}
		switch a.lemma[h] {
		case "consider":
			return "intent"
		case "refuse", "refusal", "decline", "fail", "failure", "reject", "rejection", "resist", "avoid", "deny":
			return "negated"
		}
		q = h
	}
	if a.isQuestion(p) {
		return "question"
	}
	return "factual"
}

// isQuestion: the sentence ends in "?" and p is in its main clause.
func (a *analysis) isQuestion(p int) bool {
	n := len(a.toks)
	if n == 0 || a.toks[n-1].Form != "?" {
		return false
	}
	for q := p; q >= 0; q = a.head[q] {
		if a.rel[q] == "ccomp" || a.rel[q] == "parataxis" {
			return false
		}
		if a.head[q] < 0 {
			return true
		}
	}
	return true
}

// ownNegation reports whether p itself is negated ("would not provide") or
// is what its subject refuses ("refused to meet"), as opposed to a clause
// under a negated verb ("would not grant Chile leave to help").
func (a *analysis) ownNegation(p int) bool {
	for _, k := range a.kids[p] {
		if (a.rel[k] == "advmod" || a.rel[k] == "aux") && (a.lower[k] == "not" || a.lower[k] == "n't" || a.lower[k] == "never") {
			return true
		}
	}
	if g, gl := a.governor(p); g >= 0 {
		switch gl {
		case "refuse", "decline", "reject":
			return true
		}
	}
	return false
}
