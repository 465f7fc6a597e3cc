package coder

import (
	"strings"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/verbs"
)

// match is the outcome of matching a predicate against the dictionary.
type match struct {
	entry    verbs.Entry
	code     string
	reverse  string
	rule     string
	target   int // token the pattern names as target, -1
	source   int // token the pattern names as source, -1
	words    int // literal words matched (verb words included)
	used     map[int]bool
	compound bool
	negates  bool // the pattern spells out a negation
	pat      *verbs.Pattern
}

// isPredicate says whether token p can carry an event.
func (a *analysis) isPredicate(p int) bool {
	switch a.toks[p].UPOS {
	case "VERB":
		return true
	case "AUX":
		return false
	case "NOUN", "ADJ", "PROPN", "ADP", "ADV", "X", "":
		// Parsers tag some verbs as nouns or adjectives ("wire tapped",
		// "about"); accept them when they head a clause.
		if a.child(p, "nsubj", "nsubj:pass") >= 0 && a.child(p, "cop") < 0 && (a.child(p, "obj") >= 0 || a.child(p, "aux") >= 0) {
			return true
		}
		x := a.toks[p].XPOS
		return strings.HasPrefix(x, "VB")
	}
	return false
}

// codePredicate returns the events of predicate token p.
func (c *Coder) codePredicate(a *analysis, p int) []event {
	if !a.isPredicate(p) {
		return c.codeNominal(a, p)
	}
	// The complement of an appeal is a request, not an event; it is
	// coded on the appeal verb.
	g, gl := a.governor(p)
	// "Washington warned that it would impose sanctions on Iran", "Russia
	// said it would attend": a speaker announcing its own future deed
	// expresses an intent, or a threat (13x) when the deed is hostile.
	if g >= 0 && a.rel[p] == "ccomp" && a.ownFuture(p, g) {
		if m, ok := c.lookup(a, p); ok && m.code != "" && strings.Trim(m.code, "-") != "" {
			code := intentCode(m.code)
			if gl == "warn" || threatVerbs[gl] {
				code = threatCode(m.code)
			}
			if code != "" {
				m.code, m.reverse = code, ""
				m.rule = "built-in:stated-intent(" + gl + ")+" + m.rule
				evs := c.build(a, p, m)
				for i := range evs {
					if evs[i].Factuality == "conditional" || evs[i].Factuality == "intent" {
						evs[i].Factuality = "factual"
					}
				}
				return evs
			}
		}
	}
	if g >= 0 && (appealVerbs[gl] || adviseVerbs[gl]) {
		return nil
	}
	// "urged Berlin to stop smearing China": what an appeal or advice asks
	// for, however deep in its complement, has not happened; what an order
	// commands ("the court ordered Israel to allow aid into Gaza") is an
	// intent, not yet a deed.
	commanded := g >= 0 && commandVerbs[gl]
	for q, d := g, 0; q >= 0 && d < 3; d++ {
		g2, gl2 := a.governor(q)
		if g2 < 0 {
			break
		}
		if appealVerbs[gl2] || adviseVerbs[gl2] {
			return nil
		}
		commanded = commanded || commandVerbs[gl2]
		q = g2
	}
	if commanded {
		evs := c.codeGoverned(a, p, g, gl)
		for i := range evs {
			if evs[i].Factuality == "factual" {
				evs[i].Factuality = "intent"
			}
		}
		return evs
	}
	return c.codeGoverned(a, p, g, gl)
}

// codeGoverned is codePredicate for a verb p with governor g (lemma gl;
// -1 when p is no complement) that no appeal or advice governs.
func (c *Coder) codeGoverned(a *analysis, p, g int, gl string) []event {
	// "refugees who fled fighting in Mali": what one flees is no act of
	// one's own (a parse may make it the complement).
	if h := a.head[p]; h >= 0 && fleeVerbs[a.lemma[h]] && h < p && a.child(p, "nsubj", "nsubj:pass") < 0 {
		switch a.rel[p] {
		case "xcomp", "advcl", "ccomp", "obj", "dep":
			return nil
		}
	}
	m, ok := c.lookup(a, p)
	// An appeal verb takes its code from what it asks for.
	if appealVerbs[a.lemma[p]] {
		if comp := a.complement(p); comp >= 0 {
			// (A complement that the dictionary says is no event of its
			// own under an appeal, "&ASK *release => -", names nothing the
			// appeal's own pattern does not: "urge + to release" 0253.)
			if cm, ok2 := c.lookup(a, comp); ok2 && rootOf(cm.code) > 0 {
				if !ok || rootOf(m.code) == 2 || rootOf(m.code) < 0 {
					m = match{code: appealCode(cm.code), rule: "built-in:appeal+" + cm.rule, target: -1, source: -1}
					ok = true
				}
			} else if !ok {
				m = match{code: "020", rule: "built-in:appeal", target: -1, source: -1}
				ok = true
			}
		}
	}
	if !ok || m.code == "" || strings.Trim(m.code, "-") == "" {
		return nil
	}
	if rootOf(m.code) >= 18 && c.meansOfAttack(a, p) {
		return nil
	}
	if g >= 0 && (intentVerbs[gl] || threatVerbs[gl]) {
		var code string
		if threatVerbs[gl] {
			code = threatCode(m.code)
		} else {
			code = intentCode(m.code)
		}
		if code == "" {
			return nil
		}
		// The governor's own phrase may say more: "pledged $40 million in
		// aid to help Ghana" is a pledge of economic aid (0331), not only
		// of aid (033); "pledged to defend X" is a pledge of protection
		// (0334), not of verbal support (032).
		if gm, ok := c.lookup(a, g); ok && (len(gm.code) > len(code) && strings.HasPrefix(gm.code, code) ||
			gm.words >= 2 && rootOf(gm.code) == 3 && rootOf(code) == 3 && len(gm.code) >= len(code)) {
			code = gm.code
		}
		m.code, m.reverse = code, ""
		m.rule = "built-in:intent(" + gl + ")+" + m.rule
		evs := c.build(a, p, m)
		for i := range evs {
			if evs[i].Factuality == "intent" {
				evs[i].Factuality = "factual"
			}
		}
		return evs
	}
	evs := c.build(a, p, m)
	// Reported events: "X said that Y attacked Z". With the dictionary's
	// transformations ("~ a (b . ATTACK) SAY = a b 112") the statement
	// replaces the reported event; without them the reported attack is
	// coded and the speaker accuses the attacker (112).
	if sg, sgl := a.reportingVerb(p); sg >= 0 && speechVerbs[sgl] {
		if spk, _ := a.subjectOf(sg); spk >= 0 {
			if speakers := a.findActors(spk, nil); len(speakers) > 0 {
				if len(c.v.Transforms) > 0 {
					return c.transform(a, sg, sgl, speakers, evs)
				}
				// "Chad claimed that the rebels had attacked Niger": a claim is
				// an allegation; what it alleges is not told as fact (the
				// accusation below is the event).
				if claimVerbs[sgl] {
					for i := range evs {
						if evs[i].Factuality == "factual" {
							evs[i].Factuality = "alleged"
						}
					}
				}
				if rootOf(m.code) >= 18 {
					return append(evs, a.reported(sg, speakers, evs)...)
				}
			}
		}
	}
	return evs
}

// commandVerbs order their object to do the complement, which has not
// happened: "the court ordered Israel to allow aid into Gaza".
var commandVerbs = map[string]bool{"order": true, "instruct": true, "direct": true, "command": true, "require": true}

// fleeVerbs take what their subject escapes: "fled fighting", "escaped
// the shelling".
var fleeVerbs = map[string]bool{"flee": true, "escape": true, "evade": true, "dodge": true, "survive": true}

// meansOfAttack reports whether p names the attack by which another
// attack happened ("died in Turkish artillery shelling", with "shelling"
// a participle on "artillery"): the means of that event, not another one.
func (c *Coder) meansOfAttack(a *analysis, p int) bool {
	if a.rel[p] != "acl" || a.child(p, "nsubj") >= 0 {
		return false
	}
	h := a.head[p]
	if h < 0 || a.rel[h] != "obl" && a.rel[h] != "nmod" || !a.attackNoun(h) {
		return false
	}
	switch a.caseOf(h) {
	case "in", "by", "during", "under":
	default:
		return false
	}
	q := a.head[h]
	if q < 0 || !a.isPredicate(q) {
		return false
	}
	qm, ok := c.lookup(a, q)
	return ok && rootOf(qm.code) >= 18
}

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
			// A correspondent or state media reporting an attack tells
			// the news; it accuses no one. Two sides that are both only
			// roles ("a spokesman said militants attacked") tell nothing.
			if strings.HasSuffix(sc, "MED") || noCountry(sc) && noCountry(ev.Source.Code) {
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

// claimVerbs are the speech verbs of the CLAIM class; the others are SAY.
var claimVerbs = map[string]bool{"claim": true, "allege": true, "charge": true}

// verbClass reports whether the speech verb lemma belongs to a
// transformation's verb class.
func verbClass(lemma, class string) bool {
	switch class {
	case "SAY":
		return speechVerbs[lemma] && !claimVerbs[lemma]
	case "CLAIM":
		return claimVerbs[lemma]
	}
	return false
}

// innerClass reports whether an event code belongs to a transformation's
// inner verb class: ATTACK the material conflicts of roots 18-20, Q any.
func innerClass(code, class string) bool {
	switch class {
	case "Q":
		return true
	case "ATTACK":
		return rootOf(code) >= 18
	case "ASSASSINATE":
		return code == "186"
	}
	return false
}

// transform applies the dictionary's transformations to the events evs
// reported by the speakers, subjects of the speech verb g: each event
// that a rule matches is replaced by the rule's event.
func (c *Coder) transform(a *analysis, g int, lemma string, speakers []int, evs []event) []event {
	open := func(v string) bool { return v == "." || v == "_" }
	var out []event
	for _, ev := range evs {
		replaced := false
		for _, s := range speakers {
			spk := a.actor(s)
			for _, x := range c.v.Transforms {
				if !verbClass(lemma, x.Verb) || !innerClass(ev.CAMEO, x.InnerVerb) {
					continue
				}
				vars := map[string]*doc.Actor{x.Source: spk}
				bind := func(name string, act *doc.Actor) bool {
					if open(name) {
						return true
					}
					if act == nil {
						return false
					}
					if b, ok := vars[name]; ok {
						return b.Code == act.Code
					}
					vars[name] = act
					return true
				}
				if !bind(x.InnerSource, ev.Source) || !bind(x.InnerTarget, ev.Target) {
					continue
				}
				// The speaker is the reported doer only where the rule says
				// so: "a (b . ATTACK)" is another's attack.
				if x.InnerSource != x.Source && !open(x.InnerSource) && ev.Source.Code == spk.Code {
					continue
				}
				src, tgt := vars[x.ResultSource], vars[x.ResultTarget]
				if src == nil {
					continue
				}
				st := event{predTok: g}
				cs := *src
				st.Source = &cs
				if tgt != nil {
					ct := *tgt
					st.Target = &ct
					if ct.Code == cs.Code {
						continue
					}
				}
				st.CAMEO = x.ResultCode
				st.Factuality = ev.Factuality
				if x.ResultCode == "Q" {
					st.CAMEO = ev.CAMEO
				} else if st.Factuality == "factual" {
					st.Factuality = a.factuality(g)
				}
				tok := a.toks[g]
				st.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: x.Rule + "+" + ev.Evidence.Rule}
				out = append(out, st)
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, ev)
		}
	}
	return out
}

// lookup finds the dictionary match of predicate p.
func (c *Coder) lookup(a *analysis, p int) (match, bool) {
	entries := c.v.Lookup(a.lemma[p], a.lower[p])
	if len(entries) == 0 {
		return match{}, false
	}
	return c.bestMatch(a, p, entries)
}

// build turns a match into events: sources × targets.
func (c *Coder) build(a *analysis, p int, m match) []event {
	if sides, ok := a.betweenSides(p, m); ok {
		return c.buildBetween(a, p, m, sides)
	}
	srcTok, passive := a.subjectOf(p)
	var sources, targets []int
	exclude := map[int]bool{}
	if m.source >= 0 {
		sources = a.findActors(m.source, nil)
	} else if passive {
		if ag := a.agentOf(p); ag >= 0 {
			sources = a.findActors(ag, nil)
		} else if rootOf(m.code) >= 18 {
			// "rockets were fired at Y from X": an attack without its
			// doer comes from where it was launched.
			if fr := a.fromPhrase(p); fr >= 0 {
				sources = a.findActors(fr, nil)
			}
		}
	} else if srcTok >= 0 {
		sources = a.findActors(srcTok, nil)
		// A subject before its verb does not go on after it: conjuncts
		// beyond the verb belong to another clause the parse joined
		// to the subject ("rebels engaged peacekeepers ..., defense
		// officials said").
		if srcTok < p {
			kept := sources[:0:0]
			for _, mi := range sources {
				if a.s.Mentions[mi].Head < p {
					kept = append(kept, mi)
				}
			}
			sources = kept
		}
	}
	// "four people were killed in the strikes": a passive attack without
	// a doer, in an attack the story told before, is that attack's doer's.
	var priorSource *doc.Actor
	priorPlace := ""
	if len(sources) == 0 && passive && m.source < 0 && rootOf(m.code) >= 18 {
		for _, k := range a.kids[p] {
			if (a.rel[k] == "obl" || a.rel[k] == "nmod") && (a.caseOf(k) == "in" || a.caseOf(k) == "during") {
				if ev := a.priorEvent(k, nil); ev != nil {
					src := *ev.Source
					priorSource = &src
					if ev.Target != nil {
						priorPlace = ev.Target.Country
					}
					break
				}
			}
		}
	}
	for _, s := range sources {
		exclude[s] = true
	}
	// An actor with the source's own code ("renewing his licence in X":
	// his = the source), or one the source owns ("its ambassador to X",
	// "its border with Y"), is not the target; the search goes on.
	own := map[int]bool{}
	for mi := range exclude {
		own[mi] = true
	}
	for _, s := range sources {
		sm := a.s.Mentions[s]
		for mi, m := range a.s.Mentions {
			// (The source's own country alone, "Canada" for the Canadian
			// government, is its own too: "curbs on flights to Norway" said by
			// the Norwegian government.)
			// (Insurgents who strike "in northern Nigeria" do hit their
			// country: a place phrase is passed over only for a state's
			// own bodies.)
			ownCountry := len(sm.Code) > 3 && m.Code == sm.Code[:3]
			if ownCountry && !(len(sm.Code) >= 6 && stateRoles[sm.Code[3:6]]) && m.Head >= 0 && placeCases[a.caseOf(m.Head)] {
				ownCountry = false
			}
			if m.Code == sm.Code || strings.Contains(m.Rule, "built-in:possessor") && m.Country != "" && m.Country == sm.Country || ownCountry {
				own[mi] = true
			}
		}
	}
	if m.target >= 0 {
		targets = a.findActors(m.target, own)
		// The pattern's target word may be a modifier of the phrase ("to
		// its border with Belarus" at "its"): the phrase's other actors.
		if t := m.target; len(targets) == 0 && a.head[t] >= 0 {
			switch a.rel[t] {
			case "nmod:poss", "det", "amod", "compound", "nummod":
				targets = a.findActors(a.head[t], own)
			}
		}
	} else if passive && srcTok >= 0 {
		targets = a.findActors(srcTok, exclude)
	}
	locative := false
	// A pattern that names the source elsewhere ("drew criticism from $",
	// "received weapons from $") is done to the subject.
	if len(targets) == 0 && m.source >= 0 && srcTok >= 0 && !passive {
		targets = a.findActors(srcTok, exclude)
	}
	if len(targets) == 0 && m.target < 0 {
		targets, locative = a.defaultTarget(p, own, srcTok)
	}
	// A compound subject signs or agrees with itself, wherever it does
	// so: "Armenia and Azerbaijan signed a peace agreement at the White
	// House" is not an agreement with the White House (pledges 03,
	// diplomatic 05 and material 06 cooperation). A meeting keeps the
	// PETRARCH-2 convention of news coding: "X and Y will meet in Zurich"
	// names the host of the meeting (X → CHE, Y → CHE).
	if r := rootOf(m.code); len(sources) > 1 && len(targets) > 0 && a.child(p, "nsubj") >= 0 && m.target < 0 && (r == 3 || r == 5 || r == 6) {
		placed := true
		for _, t := range targets {
			if h := a.s.Mentions[t].Head; !locative && (h < 0 || !placeCases[a.caseOf(h)]) {
				placed = false
			}
		}
		if placed {
			targets, locative = nil, false
		}
	}
	// Parties that swap or sign with each other act on each other, not on
	// a role-only thing ("Ukraine and Russia swapped 95 prisoners of war",
	// "the Philippines and Japan signed a pact allowing troop deployments").
	pairSources := false
	if len(sources) > 1 && len(targets) > 0 && m.target < 0 && (mutualRoot(rootOf(m.code)) || m.reverse != "") && a.allNoCountry(targets) &&
		srcTok >= 0 && !passive {
		targets, locative, pairSources = nil, false, true
	}
	// "Police fired tear gas and arrested dozens of demonstrators": force
	// used on a crowd (175) with no target of its own is used on those the
	// coordinated verb acts on.
	if len(targets) == 0 && m.target < 0 && !passive && m.code == "175" {
		var sib []int
		for _, k := range a.kids[p] {
			if a.rel[k] == "conj" {
				sib = append(sib, k)
			}
		}
		if a.rel[p] == "conj" && a.head[p] >= 0 {
			sib = append(sib, a.head[p])
		}
		for _, v := range sib {
			if o := a.child(v, "obj"); o >= 0 && a.toks[v].UPOS == "VERB" {
				if ms := a.findActors(o, own); len(ms) > 0 {
					targets = ms
					break
				}
			}
		}
	}
	// A pledge or gift for a purpose aims at whom the purpose serves:
	// "pledged $5 billion to rebuild Syria", "sent aid to help Gaza".
	if len(targets) == 0 && m.target < 0 && !passive {
		if r := rootOf(m.code); r == 3 || r == 7 {
			targets = a.purposeTarget(p, own)
		}
	}
	// No actor to aim at: an attack on a place hits the place's country
	// ("shelled Kharkiv"); a reaction to an event told before ("condemned
	// the attack") is aimed at whoever did it.
	var other *doc.Actor
	if len(targets) == 0 && m.target < 0 && !passive {
		if rootOf(m.code) >= 18 {
			other = c.placeTarget(a, p, a.date)
		}
		if other == nil {
			other = a.priorDoer(p, sources)
		}
		if other == nil && rootOf(m.code) == 13 && (a.words["retaliate"] || a.words["retaliation"] || a.words["revenge"] || a.words["avenge"] || a.words["reprisal"] || a.words["countermeasures"]) {
			// "The United States imposed tariffs on Chinese goods, and
			// Beijing vowed to retaliate": against whoever last acted
			// against the source's country.
			other = a.lastAgainst(sources)
		}
		if other == nil && reactionRoot(rootOf(m.code)) {
			// "Syria welcomed the decision", "Israel rejected the ruling":
			// a reaction to what the story told last is aimed at its doer.
			if ev := a.priorDecision(a.child(p, "obj"), sources); ev != nil {
				src := *ev.Source
				other = &src
			}
		}
	}
	fact := a.factuality(p)
	if fact == "negated" && m.negates {
		fact = "factual"
	}
	// Refusing to cooperate is an event of its own in CAMEO: "would not
	// provide support" → 121, "refused to meet" → 125.
	if fact == "negated" && a.ownNegation(p) {
		if rc := rejectCode(m.code); rc != "" {
			m.code, m.reverse, fact = rc, "", "factual"
			m.rule = "built-in:refusal+" + m.rule
		}
	}
	rule := m.rule
	// An attack by aircraft is an aerial one: "warplanes struck X" (195).
	if m.code == "190" && srcTok >= 0 && !passive && airNouns[a.lemma[srcTok]] {
		m.code = "195"
		rule += "+built-in:aircraft"
	}
	var out []event
	// "welcomed envoys from the Chilean government": a target that
	// is only a role takes the country of a from-phrase of the predicate.
	fromCountry := ""
	for _, k := range a.kids[p] {
		if (a.rel[k] == "obl" || a.rel[k] == "nmod") && a.caseOf(k) == "from" {
			for _, mi := range a.findActors(k, nil) {
				if c := a.s.Mentions[mi].Code; len(c) >= 3 && !noCountry(c) {
					fromCountry = c[:3]
					break
				}
			}
		}
	}
	isTarget := map[int]bool{}
	for _, t := range targets {
		isTarget[t] = true
	}
	// "villagers died in a drone strike in Kherson": a target that is
	// only a role, with no from-phrase, belongs to the place of the event.
	placeCode, placeDone := "", false
	place := func() string {
		if !placeDone {
			placeDone = true
			placeCode = a.placeOf(p, sources)
		}
		return placeCode
	}
	emit := func(s, t int, code string) {
		e := event{predTok: p}
		e.Source = a.actor(s)
		if fromCountry != "" && isTarget[s] && noCountry(e.Source.Code) {
			e.Source.Code = fromCountry + e.Source.Code[3:]
			e.Source.Country = fromCountry
		}
		if t >= 0 || t == otherTarget && other != nil {
			if t >= 0 {
				e.Target = a.actor(t)
				// "stormed a hotel in Mogadishu": a capital named as the
				// place of an attack is the city, not its government.
				if rootOf(code) >= 18 && c.isPlaceMetonym(a, t) {
					e.Target.Code, e.Target.Roles = e.Target.Code[:3], nil
				}
			} else {
				o := *other
				e.Target = &o
			}
			// "Protesters clashed with police in Nairobi": a source that is
			// only a role is of the place the sentence gives, as a target
			// is, when the target is of that place too or only a role.
			// (Not an attacker that names no group, "a suicide bomber",
			// "gunmen": INS and UAF cross borders.)
			// (Nor at a meeting's venue: "negotiated with the rebels in
			// Havana".)
			srcPlace := ""
			if noCountry(e.Source.Code) && fromCountry == "" && !strings.HasPrefix(e.Source.Code[3:], "INS") && !strings.HasPrefix(e.Source.Code[3:], "UAF") && rootOf(code) != 4 {
				if pc := c.ownPlace(a, s); pc != "" {
					srcPlace = pc
				} else if pc := stripRole(place()); len(pc) >= 3 {
					srcPlace = cameo.PlacePart(pc)
				} else if pc := c.placeCountry(a, p, a.date); len(pc) >= 3 {
					srcPlace = cameo.PlacePart(pc)
				} else if t >= 0 {
					// (the place phrase the parse hung on the target:
					// "clashed with police in Nairobi")
					srcPlace = c.ownPlace(a, t)
				}
			}
			if fromCountry != "" && noCountry(e.Target.Code) {
				e.Target.Code = fromCountry + e.Target.Code[3:]
				e.Target.Country = fromCountry
			} else if noCountry(e.Target.Code) && (!noCountry(e.Source.Code) || srcPlace != "" || rootOf(code) >= 18) {
				// (An attack by an unnamed bomber on people in Kabul still
				// hits Afghans: the victims' place counts without the
				// attacker's country. A meeting's venue is the country of
				// a role-only party only when it is the source's own: "met
				// rebel leaders in Havana" are no Cubans.)
				venue := func(pc string) bool {
					return rootOf(code) != 4 || len(pc) >= 3 && len(e.Source.Code) >= 3 && pc[:3] == e.Source.Code[:3]
				}
				if pc := c.ownPlace(a, t); pc != "" && venue(pc) {
					e.Target.Code = pc + e.Target.Code[3:]
					e.Target.Country = pc[:3]
				} else if pc := stripRole(place()); pc != "" && venue(pc) {
					e.Target.Code = pc + e.Target.Code[3:]
					e.Target.Country = pc[:3]
				} else if pc := c.placeCountry(a, p, a.date); pc != "" && venue(pc) {
					e.Target.Code = pc + e.Target.Code[3:]
					e.Target.Country = pc[:3]
				} else if pc := domesticCountry(code, e.Source.Code, e.Target.Code); pc != "" && !a.foreignPhrase(t) {
					e.Target.Code = pc + e.Target.Code[3:]
					e.Target.Country = pc
				}
			}
			// (Not from the place that is itself the target: "In Ethiopia,
			// the government signed ..." is no act on Ethiopia.)
			if srcPlace != "" && (noCountry(e.Target.Code) || e.Target.Country == srcPlace[:3]) && !(locative && t >= 0 && a.s.Mentions[t].Code == srcPlace) {
				e.Source.Code = srcPlace + e.Source.Code[3:]
				e.Source.Country = srcPlace[:3]
				if e.Source.Code == e.Target.Code {
					return
				}
			}
			if e.Target.Code == e.Source.Code {
				return
			}
			// A show of force aims at a country; its own troops, a role
			// with no country ("deployed troops along the border"), are
			// no target.
			if rootOf(code) == 15 && noCountry(e.Target.Code) && !noCountry(e.Source.Code) {
				return
			}
			// Two sides that are both only roles ("rebels killed
			// people") say nothing about who did what to whom.
			if noCountry(e.Source.Code) && noCountry(e.Target.Code) {
				e.weak = true
			}
		}
		e.CAMEO = code
		e.Factuality = fact
		tok := a.toks[p]
		e.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: rule}
		out = append(out, e)
	}
	// A compound subject and no target ("Gondor and Osgiliath agreed",
	// "X and Y have postponed their meeting"): each conjunct with each;
	// not for statements ("X and Y said"), which are not made to each other.
	// (Also the subject of the verb whose complement p is: "Thailand and
	// Cambodia agreed to extend the ceasefire".)
	controlled := srcTok >= 0 && !passive && a.head[p] >= 0 && (a.rel[p] == "xcomp" || a.rel[p] == "advcl") && a.child(a.head[p], "nsubj") == srcTok
	if len(targets) == 0 && other == nil && len(sources) > 1 && (pairSources || controlled || a.child(p, "nsubj", "nsubj:pass") >= 0 || srcTok >= 0 && a.rel[p] == "acl" && (srcTok == a.head[p] || srcTok == a.nounRoot(a.head[p]))) && (mutualRoot(rootOf(m.code)) || m.reverse != "") {
		for _, s := range sources {
			for _, t := range sources {
				if s != t && a.s.Mentions[s].Code != a.s.Mentions[t].Code {
					emit(s, t, m.code)
				}
			}
		}
		return out
	}
	if priorSource != nil {
		for _, t := range targets {
			e := event{predTok: p}
			src := *priorSource
			e.Source = &src
			e.Target = a.actor(t)
			if noCountry(e.Target.Code) {
				if pc := c.ownPlace(a, t); pc != "" {
					e.Target.Code, e.Target.Country = pc+e.Target.Code[3:], pc[:3]
				} else if pc := stripRole(place()); pc != "" {
					e.Target.Code, e.Target.Country = pc+e.Target.Code[3:], pc[:3]
				} else if priorPlace != "" {
					// the victims of the attack told before are where it hit
					e.Target.Code, e.Target.Country = priorPlace+e.Target.Code[3:], priorPlace[:3]
				}
			}
			if e.Target.Country == src.Country && src.Country != "" || e.Target.Code == src.Code {
				continue
			}
			e.CAMEO = m.code
			e.Factuality = fact
			tok := a.toks[p]
			e.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: rule + "+built-in:prior-attack"}
			out = append(out, e)
		}
		return out
	}
	rev := m.reverse
	if rev == "" && symmetric[m.code] && !locative {
		rev = m.code
	}
	for _, s := range sources {
		if len(targets) == 0 && other != nil {
			emit(s, otherTarget, m.code)
			continue
		}
		if len(targets) == 0 {
			emit(s, -1, m.code)
			continue
		}
		for _, t := range targets {
			emit(s, t, m.code)
			if rev != "" && strings.Trim(rev, "-") != "" {
				emit(t, s, rev)
			}
		}
	}
	return out
}

// airNouns are aircraft: an attack they make is aerial (195).
var airNouns = map[string]bool{"warplane": true, "jet": true, "drone": true, "helicopter": true,
	"aircraft": true, "airplane": true, "plane": true, "gunship": true, "fighter-jet": true, "warjet": true}

// stateRoles are the roles of a state's own bodies.
var stateRoles = map[string]bool{"GOV": true, "MIL": true, "COP": true, "LEG": true, "JUD": true, "SPY": true, "ELI": true}

// stripRole drops a role from a place's code: a capital that stands for
// its government ("in Kabul", AFGGOV) places people in AFG; a place code
// of its own (PSEGZA) stays.
func stripRole(code string) string {
	if pp := cameo.PlacePart(code); len(code) >= len(pp)+3 {
		switch code[len(pp) : len(pp)+3] {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "PTY", "OPP", "REB", "INS", "UAF", "BUS", "MED", "CVL", "PPL":
			return pp
		}
	}
	return code
}

// toPhraseIn finds a to-phrase within the nominal t ("aid to Ukraine"),
// -1 when none; it does not enter clauses.
func (a *analysis) toPhraseIn(t int) int {
	for _, k := range a.kids[t] {
		if blockRel[a.rel[k]] {
			continue
		}
		if (a.rel[k] == "nmod" || a.rel[k] == "obl") && a.caseOf(k) == "to" {
			return k
		}
		if a.rel[k] == "nmod" || a.rel[k] == "compound" || a.rel[k] == "nummod" {
			if k2 := a.toPhraseIn(k); k2 >= 0 {
				return k2
			}
		}
	}
	return -1
}

// allNoCountry reports whether every mention of ms is a role without a
// country ("---COP").
func (a *analysis) allNoCountry(ms []int) bool {
	for _, mi := range ms {
		if !noCountry(a.s.Mentions[mi].Code) {
			return false
		}
	}
	return true
}

// mutualRoot reports whether a compound subject without a target did the
// event to each other: meetings, agreements, cooperation, concessions,
// cutting ties and fighting ("X and Y met", "X and Y fought"); not
// statements, criticism, demands or protests ("X and Y condemned ...").
func mutualRoot(r int) bool {
	switch r {
	case 3, 4, 5, 6, 8, 16, 19:
		return true
	}
	return false
}

// otherTarget stands for a target that is no mention of the sentence (a
// place, the doer of an event told before) in build's emit.
const otherTarget = -2

// eventNouns name an event that a story has told: "condemned the attack"
// refers back to it; each with the CAMEO roots of the events it names.
var eventNouns = map[string][2]int{"attack": {18, 20}, "strike": {18, 20}, "airstrike": {18, 20}, "raid": {18, 20},
	"shelling": {18, 20}, "bombing": {18, 20}, "bombardment": {18, 20}, "assault": {18, 20}, "offensive": {18, 20},
	"ambush": {18, 20}, "killing": {18, 20}, "killings": {18, 20}, "massacre": {18, 20}, "invasion": {18, 20},
	"incursion": {18, 20}, "shooting": {18, 20}, "kidnapping": {18, 18}, "abduction": {18, 18},
	"arrest": {17, 17}, "arrests": {17, 17}, "detention": {17, 17}, "crackdown": {17, 17}, "expulsion": {16, 17},
	"sanctions": {16, 16}, "embargo": {16, 16}}

// priorDoer finds, for a predicate whose object is a definite event noun
// without an actor of its own ("Kyiv condemned the attack", "denounced
// these killings"), the source of the latest event of that kind told
// before it in the story, when that is not one of p's sources.
func (a *analysis) priorDoer(p int, sources []int) *doc.Actor {
	return a.priorDoerOf(a.child(p, "obj"), sources)
}

// priorDoerOf is priorDoer for the event noun obj.
func (a *analysis) priorDoerOf(obj int, sources []int) *doc.Actor {
	if ev := a.priorEvent(obj, sources); ev != nil {
		src := *ev.Source
		return &src
	}
	return nil
}

// priorEvent is the event of the story that the definite event noun obj
// names ("the attack", "these strikes"), nil when none: the latest of its
// kind, one told with the same word first ("the strikes" → "struck"),
// passing over events by the given sources' own countries.
func (a *analysis) priorEvent(obj int, sources []int) *doc.Event {
	if obj < 0 || len(a.prior) == 0 {
		return nil
	}
	roots, ok := eventNouns[a.lemma[obj]]
	if !ok {
		roots, ok = eventNouns[a.lower[obj]]
	}
	if !ok || a.findActors(obj, nil) != nil {
		return nil
	}
	if !a.definite(obj) {
		return nil
	}
	own := map[string]bool{}
	for _, s := range sources {
		own[a.s.Mentions[s].Code] = true
		if c := a.s.Mentions[s].Country; c != "" {
			own[c] = true
		}
	}
	fits := func(ev *doc.Event) bool {
		r := rootOf(ev.CAMEO)
		// (Lebanon's prime minister condemning "the attack" does not
		// condemn Lebanon's: an event by the source's own country is
		// passed over.)
		return r >= roots[0] && r <= roots[1] && ev.Source != nil && !noCountry(ev.Source.Code) && !own[ev.Source.Code] && !own[ev.Source.Country]
	}
	for i := len(a.prior) - 1; i >= 0; i-- {
		if ev := &a.prior[i]; fits(ev) && sameWord(a.lemma[obj], ev.Evidence.Predicate) {
			return ev
		}
	}
	for i := len(a.prior) - 1; i >= 0; i-- {
		if ev := &a.prior[i]; fits(ev) {
			return ev
		}
	}
	return nil
}

// sameWord reports whether the event noun lemma and a predicate's form
// are the same word: "strike" and "struck", "shelling" and "shelled".
func sameWord(noun, pred string) bool {
	pred = strings.ToLower(pred)
	irregular := map[string]string{"strike": "struck", "fight": "fought", "shoot": "shot", "killing": "kill", "shooting": "shot"}
	if f, ok := irregular[noun]; ok && strings.HasPrefix(pred, f) {
		return true
	}
	n := strings.TrimSuffix(strings.TrimSuffix(noun, "ing"), "s")
	if len(n) > 4 {
		n = n[:4]
	}
	return len(n) >= 3 && strings.HasPrefix(pred, n)
}

// subjectOf finds the subject of predicate p: its own, or the one it
// shares through control, raising, coordination, a relative clause or a
// participle. passive is true when the subject is the patient.
func (a *analysis) subjectOf(p int) (int, bool) {
	// The voice is the predicate's own: "X is expected to visit Y" is
	// passive in "expected", active in "visit".
	passive := a.child(p, "aux:pass") >= 0 || a.child(p, "nsubj:pass") >= 0
	own := p
	for depth := 0; depth < 8 && p >= 0; depth++ {
		if s := a.child(p, "nsubj", "nsubj:pass", "csubj"); s >= 0 {
			if a.rel[s] == "nsubj:pass" && p == own {
				passive = true
			}
			// A relative pronoun stands for the noun the clause modifies.
			if a.isRelPron(s) && a.rel[p] == "acl:relcl" && a.head[p] >= 0 {
				return a.head[p], passive
			}
			return s, passive
		}
		h := a.head[p]
		if h < 0 {
			return -1, passive
		}
		// "aid to Sudan, where fighting has displaced millions": a clause
		// of a place tells what happens there; without a subject of its
		// own it has none, and never the subject of the clause above.
		if a.whereClause(p) {
			return -1, passive
		}
		switch a.rel[p] {
		case "xcomp":
			// Object control: "X urged Y to respond" – Y is the subject.
			if o := a.child(h, "obj", "iobj"); o >= 0 && o < p {
				return o, passive
			}
			// "followed as the French leader got ready to travel" with "got"
			// made a complement of "came": the oblique after the
			// subordinator is its subject, as for an adverbial clause.
			if s := a.obliqueSubject(p); s >= 0 {
				return s, passive
			}
			p = h
		case "conj":
			p = h
		case "acl:relcl":
			return h, passive
		case "punct", "dep":
			// "Poland on Thursday condemned Belarus" parsed with the verb
			// as a stray child of the root "Poland": the root is the
			// subject of the sentence's only clause.
			if top := a.nounRoot(h); top >= 0 && top < p && a.onlyVerb(p) {
				return top, false
			}
			return -1, passive
		case "amod":
			// "Barack Obama fired batteries at Russia" read as a noun
			// phrase: the name before the participle is its subject.
			if subj, _, ok := a.verbAsModifier(p); ok {
				return subj, false
			}
			return -1, passive
		case "acl":
			// ", killing eight people" after a comma is an adverbial clause
			// of the sentence's verb that the parse hung on a noun: its
			// subject is that verb's.
			if a.toks[p].XPOS == "VBG" && p > 0 && a.toks[p-1].Form == "," && a.child(p, "nsubj") < 0 {
				if v := a.clauseVerb(h); v >= 0 {
					p = v
					continue
				}
			}
			// A sentence whose only verb the parse hung on the root noun
			// ("Indian and Pakistani troops clashed along the border." with
			// "troops" as the root) has that noun as its subject.
			if top := a.nounRoot(h); top >= 0 && a.onlyVerb(p) && a.child(p, "aux:pass") < 0 {
				return top, false
			}
			// "troops sent to X": a past participle's noun is its patient.
			// A participle with a direct object and no passive auxiliary
			// is an active verb that the parse hung on its subject
			// ("rebels engaged peacekeepers" read as a reduced relative).
			if a.child(p, "obj") >= 0 && a.child(p, "aux:pass") < 0 {
				return h, false
			}
			if a.toks[p].XPOS == "VBN" || strings.Contains(a.toks[p].Feats, "Tense=Past") && strings.Contains(a.toks[p].Feats, "VerbForm=Part") {
				return h, true
			}
			return h, passive
		case "advcl", "ccomp":
			// "came as the leader prepared to ...": parsers often hang
			// the subject of a clause after a subordinator on the main
			// verb, as an oblique right before the clause's verb.
			if s := a.obliqueSubject(p); s >= 0 {
				return s, passive
			}
			// An infinitive or participle clause without a subject takes
			// its governor's ("X left for Y to attend ...").
			if a.child(p, "mark") >= 0 && a.lower[a.child(p, "mark")] != "to" {
				return -1, passive
			}
			p = h
		default:
			return -1, passive
		}
	}
	return -1, false
}

// purposeTarget finds the object of the purpose clause of p, a predicate
// with an object ("$5 billion to rebuild Syria", "aid to help the country
// modernize"): its actors, nil when none.
func (a *analysis) purposeTarget(p int, exclude map[int]bool) []int {
	// Only for something given ("pledged $5 billion", "sent aid"): in
	// "pledged to expel X" the infinitive is what is pledged, and X no
	// beneficiary.
	if a.child(p, "obj") < 0 {
		return nil
	}
	for _, k := range a.kids[p] {
		if a.rel[k] != "advcl" && a.rel[k] != "xcomp" {
			continue
		}
		if mk := a.child(k, "mark"); mk < 0 || a.lower[mk] != "to" {
			continue
		}
		for _, o := range a.kids[k] {
			if a.rel[o] == "obj" || a.rel[o] == "iobj" {
				if ms := a.findActors(o, exclude); len(ms) > 0 {
					return ms
				}
			}
		}
	}
	return nil
}

// onlyVerb reports whether p heads the only clause of a sentence that
// ends in a full stop (no verb or auxiliary outside p's own phrase): a
// statement, not a headline fragment.
func (a *analysis) onlyVerb(p int) bool {
	n := len(a.toks)
	if n == 0 || a.toks[n-1].Form != "." || p+1 >= n || a.toks[p+1].Form == "," {
		return false
	}
	for j := range a.toks {
		if (a.toks[j].UPOS == "VERB" || a.toks[j].UPOS == "AUX") && !a.inSubtree(j, p) {
			return false
		}
	}
	return true
}

// nounRoot is the root noun that h is, or hangs on by apposition or
// compound ("The UN secretary-general" with "general" in apposition to
// the root "secretary"); -1 when h is not part of the root's name.
func (a *analysis) nounRoot(h int) int {
	for d := 0; d < 4 && h >= 0; d++ {
		if a.head[h] < 0 {
			// (an adjective too: "Chinese and Indian troops" parsed with
			// "Chinese" as the root)
			if u := a.toks[h].UPOS; u == "NOUN" || u == "PROPN" || u == "ADJ" {
				return h
			}
			return -1
		}
		switch a.rel[h] {
		case "appos", "compound", "flat":
			h = a.head[h]
		default:
			return -1
		}
	}
	return -1
}

// subordinators introduce a clause; as the case of a nominal right
// before a verb they mark a misparsed subject.
var subordinators = map[string]bool{"as": true, "while": true, "when": true, "after": true, "before": true,
	"since": true, "until": true, "because": true, "although": true, "though": true, "once": true}

// obliqueSubject finds, for a finite clause p without subject or marker,
// an oblique of its governor introduced by a subordinator that ends
// right before p: the clause's subject, misattached.
func (a *analysis) obliqueSubject(p int) int {
	h := a.head[p]
	if h < 0 || a.child(p, "mark") >= 0 || a.toks[p].XPOS == "VBG" || a.toks[p].XPOS == "VB" {
		return -1
	}
	for _, k := range a.kids[h] {
		if k >= p || a.rel[k] != "obl" && a.rel[k] != "nmod" || !subordinators[a.caseOf(k)] {
			continue
		}
		contiguous := true
		for j := k + 1; j < p; j++ {
			if !a.inSubtree(j, k) {
				contiguous = false
				break
			}
		}
		if contiguous {
			return k
		}
	}
	return -1
}

// verbAsModifier recognizes a finite verb that the parse made an
// adjectival modifier of its object in a sentence without a verb ("Egypt
// shelled militant camps at Rafah" with "camps" as the root): the name
// right before the verb, attached to the same noun, is
// the subject, the noun the object.
func (a *analysis) verbAsModifier(p int) (subj, obj int, ok bool) {
	if a.rel[p] != "amod" || a.toks[p].UPOS != "VERB" || a.toks[p].XPOS != "VBD" && a.toks[p].XPOS != "VBN" {
		return -1, -1, false
	}
	h := a.head[p]
	if h < 0 || h < p || a.toks[h].UPOS != "NOUN" {
		return -1, -1, false
	}
	// The noun is the root, or hangs on a root that is the name before
	// the verb ("Barack" as the root, "batteries" as its list item).
	nameRoot := -1
	if a.head[h] >= 0 {
		r := a.head[h]
		switch a.rel[h] {
		case "list", "appos", "dep", "parataxis":
		default:
			return -1, -1, false
		}
		if r >= p || a.head[r] >= 0 || a.toks[r].UPOS != "PROPN" {
			return -1, -1, false
		}
		nameRoot = r
	}
	// The subject may hang on the verb itself ("Israeli jets struck
	// villages" with "villages" as the root and "jets" under "struck").
	if sb := a.child(p, "nsubj"); sb >= 0 && sb < p && a.inMent[sb] >= 0 {
		return a.inMent[sb], h, true
	}
	// The name: a mention ending right before the verb, hung on the noun.
	if p == 0 || a.inMent[p-1] < 0 {
		return -1, -1, false
	}
	mh := a.inMent[p-1]
	top := p - 1
	for top >= 0 && a.head[top] >= 0 && a.head[top] != h && a.head[top] < p {
		top = a.head[top]
	}
	if nameRoot >= 0 {
		if top != nameRoot {
			return -1, -1, false
		}
		return mh, h, true
	}
	if top < 0 || a.head[top] != h {
		return -1, -1, false
	}
	// A name, or a common noun the parse made the noun's subject
	// ("Nigerian police fired tear gas at ..." with "gas" as the root).
	if a.toks[top].UPOS != "PROPN" && !(a.toks[top].UPOS == "NOUN" && a.rel[top] == "nsubj") {
		return -1, -1, false
	}
	return mh, h, true
}

// clauseVerb is the predicate whose clause holds the nominal t: its
// nearest verbal ancestor, -1 when none.
func (a *analysis) clauseVerb(t int) int {
	for d := 0; d < 10 && t >= 0; d++ {
		t = a.head[t]
		if t >= 0 && a.isPredicate(t) {
			return t
		}
	}
	return -1
}

func (a *analysis) isRelPron(t int) bool {
	switch a.lower[t] {
	case "who", "which", "that", "whom":
		return true
	}
	return strings.Contains(a.toks[t].Feats, "PronType=Rel")
}

// placeCases introduce the place of an event.
var placeCases = map[string]bool{"in": true, "at": true, "near": true, "across": true, "throughout": true, "inside": true}

// placeOf returns the code of the place where predicate p happened: the
// first actor with a country in a place phrase of p (or inside one,
// "in raids in the north of the Sinai"), not one of the sources;
// a place's own code ("PSEGZA"), or the country of an actor with roles.
func (a *analysis) placeOf(p int, sources []int) string {
	exclude := map[int]bool{}
	for _, s := range sources {
		exclude[s] = true
	}
	for _, k := range a.kids[p] {
		if a.rel[k] != "obl" && a.rel[k] != "nmod" || !placeCases[a.caseOf(k)] {
			continue
		}
		// "near the border with Belarus" is on no named side of it
		if borderNouns[a.lemma[k]] {
			continue
		}
		for _, mi := range a.findActors(k, exclude) {
			m := a.s.Mentions[mi]
			if len(m.Code) < 3 || noCountry(m.Code) {
				continue
			}
			if !strings.Contains(m.Rule, "+") && len(m.Roles) == 0 {
				return m.Code
			}
			return cameo.PlacePart(m.Code)
		}
	}
	return ""
}

// fromPhrase is the from-phrase of predicate p, -1 when none.
func (a *analysis) fromPhrase(p int) int {
	for _, k := range a.kids[p] {
		if (a.rel[k] == "obl" || a.rel[k] == "nmod") && a.caseOf(k) == "from" {
			return k
		}
	}
	return -1
}

// agentOf is the by-phrase of a passive predicate, or the by-phrase of
// the event it happened in ("died in a raid by army units").
func (a *analysis) agentOf(p int) int { return a.agent(p, false) }

// agent finds the agent of passive p; with byOnly, only a by-phrase.
func (a *analysis) agent(p int, byOnly bool) int {
	for _, k := range a.kids[p] {
		if (a.rel[k] == "obl" || a.rel[k] == "nmod" || a.rel[k] == "obl:agent") && a.caseOf(k) == "by" {
			return k
		}
	}
	for _, k := range a.kids[p] {
		if (a.rel[k] == "obl" || a.rel[k] == "nmod") && (a.caseOf(k) == "in" || a.caseOf(k) == "during") {
			for _, j := range a.kids[k] {
				if (a.rel[j] == "nmod" || a.rel[j] == "obl:agent") && a.caseOf(j) == "by" {
					return j
				}
			}
			// "killed in an Israeli air strike", "in Syrian shelling":
			// the actor that qualifies the attack is its doer.
			if !byOnly && a.attackNoun(k) {
				if len(a.mentions[k]) > 0 {
					return k
				}
				for _, j := range a.kids[k] {
					if (a.rel[j] == "amod" || a.rel[j] == "compound" || a.rel[j] == "nmod:poss") && len(a.mentions[j]) > 0 {
						return j
					}
				}
			}
		}
	}
	return -1
}

// attackNouns name an attack: the phrase "in an X attack" says who did it.
var attackNouns = map[string]bool{"attack": true, "strike": true, "airstrike": true, "raid": true, "air-strike": true,
	"shelling": true, "bombing": true, "bombardment": true, "assault": true, "offensive": true, "ambush": true,
	"barrage": true, "crossfire": true, "fire": true, "gunfire": true, "shootout": true, "operation": true}

// attackNoun reports whether the nominal t, or a word that qualifies it
// ("tank shelling" parsed with "shelling" under "tank"), names an attack.
func (a *analysis) attackNoun(t int) bool {
	if attackNouns[a.lemma[t]] || attackNouns[a.lower[t]] {
		return true
	}
	for _, j := range a.kids[t] {
		if (a.rel[j] == "acl" || a.rel[j] == "compound") && j > t && (attackNouns[a.lemma[j]] || attackNouns[a.lower[j]]) {
			return true
		}
	}
	return false
}

// symmetric lists codes coded in both directions whatever the dictionary
// says. Empty: reciprocity comes from the dictionary ("[040:040]"), as
// PETRARCH-2 coded news does ("met with exiled dissidents" is one event).
var symmetric = map[string]bool{}

// locative and temporal prepositions do not give targets by default.
var nonTargetCase = map[string]bool{
	"during": true, "since": true, "after": true, "before": true, "until": true,
	"despite": true, "amid": true, "because of": true, "as": true, "like": true, "in": true, "at": true,
	"near": true, "on": false, "by": true, "for": false, "over": false, "within": true, "throughout": true,
	"than": true, "ago": true, "following": true, "via": true, "through": true, "along": true, "across": true,
}

// defaultTarget finds the target when no pattern names one: the object,
// the indirect object, then the prepositional arguments in sentence
// order; inside each, the first actor.
func (a *analysis) defaultTarget(p int, exclude map[int]bool, subj int) ([]int, bool) {
	var cands []int
	// A verb misread as a modifier of its object: the object and the
	// object's prepositional phrases after the verb are its arguments.
	if _, obj, ok := a.verbAsModifier(p); ok {
		cands = append(cands, obj)
		for _, k := range a.kids[obj] {
			if cw := a.caseOf(k); k > p && (a.rel[k] == "nmod" || a.rel[k] == "obl") && cw != "" && (!nonTargetCase[cw] || cw == "at") {
				cands = append(cands, k)
			}
		}
	}
	for _, k := range a.kids[p] {
		switch a.rel[k] {
		case "obj", "iobj":
			cands = append(cands, k)
		}
	}
	for _, k := range a.kids[p] {
		switch a.rel[k] {
		case "obl", "nmod":
			cw := a.caseOf(k)
			if cw == "" || nonTargetCase[cw] {
				continue
			}
			cands = append(cands, k)
		case "xcomp":
			// "urged Y to ..." is handled by obj; "is about to restore ties
			// with Y" belongs to the inner verb.
		}
	}
	for i, k := range cands {
		// (A phrase of time never holds the target; "with" and "against"
		// never open one: "agreed with Germany's decade of reforms" with
		// the possessive in the time noun's phrase.)
		if k == subj || timeNouns[a.lemma[k]] && !partnerCase[a.caseOf(k)] {
			continue
		}
		if ms := a.findActors(k, exclude); len(ms) > 0 {
			// A thing sent or given that is only a role ("pledged coast
			// guard vessels to the Philippines", "deployed police officers
			// to Haiti"): the recipient in a to-phrase is the target.
			if a.allNoCountry(ms) {
				for _, k2 := range cands[i+1:] {
					if (a.rel[k2] == "obl" || a.rel[k2] == "nmod") && a.caseOf(k2) == "to" {
						if ms2 := a.findActors(k2, exclude); len(ms2) > 0 && !a.allNoCountry(ms2) {
							return ms2, false
						}
					}
				}
				// ("pledged $100 million in military aid to Ukraine", with
				// the to-phrase on the aid)
				if k2 := a.toPhraseIn(k); k2 >= 0 {
					if ms2 := a.findActors(k2, exclude); len(ms2) > 0 && !a.allNoCountry(ms2) {
						return ms2, false
					}
				}
			}
			return ms, false
		}
	}
	// The place of the event is the last resort: "arrived in Gondor",
	// "met in Zurich" – the host of the event (for a verb read as a
	// modifier of its object, the object's place phrases too).
	placeKids := a.kids[p]
	if _, obj, ok := a.verbAsModifier(p); ok {
		placeKids = append(append([]int(nil), placeKids...), a.kids[obj]...)
	}
	for _, k := range placeKids {
		if a.rel[k] != "obl" && a.rel[k] != "nmod" {
			continue
		}
		switch a.caseOf(k) {
		case "in", "at", "to", "into":
			if ms := a.findActors(k, exclude); len(ms) > 0 {
				// "$100 million in military aid to Ukraine": the aid's
				// recipient, not the role word that qualifies it.
				if a.allNoCountry(ms) {
					if k2 := a.toPhraseIn(k); k2 >= 0 {
						if ms2 := a.findActors(k2, exclude); len(ms2) > 0 && !a.allNoCountry(ms2) {
							return ms2, false
						}
					}
				}
				return ms, true
			}
		}
	}
	// A verb of judgement about a clause targets that clause's subject:
	// "believes Dagolath can cope", "allowed that Mordor isn't ...".
	if !speechVerbs[a.lemma[p]] {
		for _, k := range a.kids[p] {
			if a.rel[k] != "ccomp" {
				continue
			}
			if s := a.child(k, "nsubj", "nsubj:pass"); s >= 0 {
				if ms := a.findActors(s, exclude); len(ms) > 0 {
					return ms, false
				}
			}
		}
	}
	return nil, false
}

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
	// "Neither X nor Y boycotted the parade": no one did.
	for _, k := range a.kids[p] {
		if a.lower[k] == "neither" && (a.rel[k] == "cc" || a.rel[k] == "advmod") {
			return "negated"
		}
		if a.rel[k] == "nsubj" || a.rel[k] == "nsubj:pass" {
			for _, j := range a.kids[k] {
				if a.lower[j] == "neither" {
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
					!intentVerbs[a.lemma[h]] && !threatVerbs[a.lemma[h]] && a.toks[h].UPOS == "VERB" {
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

// noCountry reports whether an actor code has no country, IGO or other
// identified part: "---GOV".
func noCountry(code string) bool { return strings.HasPrefix(code, "---") }

// partnerCase introduces the other side of an event, never a time.
var partnerCase = map[string]bool{"with": true, "against": true}

// timeNouns head phrases of time ("two weeks after ..."), which parsers
// sometimes attach as objects; they never hold a target.
var timeNouns = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true, "time": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "weekend": true, "today": true, "yesterday": true}

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

// betweenSides returns the actors of a between-phrase of p ("fighting
// between the army and the RSF", "clashes between police and
// protesters"), and whether p has one. A fight whose two sides a
// between-phrase names is theirs, and no act of a subject that the
// predicate would otherwise share with the clause above it.
func (a *analysis) betweenSides(p int, m match) ([]int, bool) {
	// (a fight; for a noun its clause tells of, also talks: "Talks between
	// Iran and the United States resumed")
	r := rootOf(m.code)
	if m.target >= 0 || m.source >= 0 || r < 18 && !(r == 4 && m.code != "045" && a.toks[p].UPOS == "NOUN") {
		return nil, false
	}
	if a.child(p, "nsubj", "nsubj:pass", "csubj", "nmod:poss") >= 0 {
		return nil, false
	}
	for _, k := range a.kids[p] {
		if (a.rel[k] == "obl" || a.rel[k] == "nmod") && a.caseOf(k) == "between" {
			return a.findActors(k, nil), true
		}
	}
	return nil, false
}

// buildBetween codes the fight of p between its sides, each against each
// other, both ways; a side that is only a role takes the country of its
// own place phrase or of the event's ("clashes between police and
// protesters in Nairobi").
func (c *Coder) buildBetween(a *analysis, p int, m match, sides []int) []event {
	var out []event
	fact := a.factuality(p)
	fill := func(act *doc.Actor, mi int) {
		if !noCountry(act.Code) {
			return
		}
		pc := c.ownPlace(a, mi)
		if pc == "" {
			pc = stripRole(a.placeOf(p, sides))
		}
		if pc == "" {
			pc = c.placeCountry(a, p, a.date)
		}
		if len(pc) >= 3 {
			act.Code, act.Country = cameo.PlacePart(pc)+act.Code[3:], pc[:3]
		}
	}
	for _, s := range sides {
		for _, t := range sides {
			if s == t {
				continue
			}
			e := event{predTok: p}
			e.Source, e.Target = a.actor(s), a.actor(t)
			fill(e.Source, s)
			fill(e.Target, t)
			if e.Source.Code == e.Target.Code {
				continue
			}
			if noCountry(e.Source.Code) && noCountry(e.Target.Code) {
				e.weak = true
			}
			e.CAMEO = m.code
			e.Factuality = fact
			tok := a.toks[p]
			e.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: m.rule + "+built-in:between"}
			out = append(out, e)
		}
	}
	return out
}

// whereClause reports whether the clause p is introduced by "where"
// ("Sudan, where fighting has displaced millions").
func (a *analysis) whereClause(p int) bool {
	switch a.rel[p] {
	case "advcl", "acl:relcl", "acl", "ccomp":
	default:
		return false
	}
	for _, k := range a.kids[p] {
		if k < p && (a.rel[k] == "advmod" || a.rel[k] == "mark") && (a.lower[k] == "where" || a.lower[k] == "wherever") {
			return true
		}
	}
	return false
}

// domesticRoles are the roles of a country's own people and groups that a
// state represses or frees at home.
var domesticRoles = map[string]bool{"OPP": true, "CVL": true, "PPL": true, "PTY": true, "MED": true, "EDU": true,
	"LAB": true, "CRM": true, "REL": true, "HLH": true, "AGR": true, "BUS": true}

// domesticCountry is the country that a role-only target (code tgt) takes
// from a state source (src) when the act is repression or a concession
// at home and the sentence names no place: "Kenyan police arrested dozens
// of demonstrators" KENOPP, "the Cuban government freed 50 political
// prisoners" CUBCVL; expulsions (174), force (18-20) and refugees, aid
// groups and armed groups, who often come from elsewhere, excepted. A
// court, the police or a parliament does anything at home to the
// opposition and parties.
func domesticCountry(code, src, tgt string) string {
	r := rootOf(code)
	if r < 1 || r > 17 || code == "174" || !noCountry(tgt) || len(tgt) < 6 || !domesticRoles[tgt[3:6]] {
		return ""
	}
	if len(src) < 3 || noCountry(src) || strings.HasPrefix(src, "IGO") {
		return ""
	}
	if len(src) > 3 && (len(src) < 6 || !stateRoles[src[3:6]]) {
		return ""
	}
	// (Troops also arrest abroad: "Israeli troops arrested five men" in
	// Jenin; only a country's political and civic groups are surely
	// their own. What a junta frees is its own: "Myanmar's military junta
	// released 3,000 prisoners".)
	if len(src) >= 6 && src[3:6] == "MIL" && r == 17 && (tgt[3:6] == "CVL" || tgt[3:6] == "PPL" || tgt[3:6] == "CRM" || tgt[3:6] == "BUS") {
		return ""
	}
	switch {
	case (r == 17 || r == 8) && !strings.HasPrefix(code, "087"):
		return src[:3]
	case len(src) >= 6 && homeRoles[src[3:6]] && (tgt[3:6] == "OPP" || tgt[3:6] == "PTY"):
		// "Mali's constitutional court rejected an appeal by opposition
		// parties": a court, the police or a parliament deals with the
		// opposition of its own country, whatever it does.
		return src[:3]
	}
	return ""
}

// homeRoles are state bodies that act only at home.
var homeRoles = map[string]bool{"JUD": true, "COP": true, "LEG": true}

// decisionNouns name what an actor decided or did, of any kind: a
// reaction to "the decision" is to the latest event's doer.
var decisionNouns = map[string]bool{"decision": true, "ruling": true, "verdict": true, "move": true, "step": true,
	"announcement": true, "measure": true, "measures": true, "order": true, "judgment": true, "judgement": true,
	"deal": true, "agreement": true, "accord": true, "pact": true}

// reactionRoot reports whether events of CAMEO root r react to another's
// deed: approval (05), disapproval (11), rejection (12), protest (14).
func reactionRoot(r int) bool {
	return r == 5 || r == 11 || r == 12 || r == 14
}

// priorDecision is the latest event told in the last sentences (not by
// the sources' own countries) that the definite noun obj ("the
// decision", "this ruling") names; nil when none.
func (a *analysis) priorDecision(obj int, sources []int) *doc.Event {
	if obj < 0 || len(a.prior) == 0 || !decisionNouns[a.lemma[obj]] && !decisionNouns[a.lower[obj]] || a.findActors(obj, nil) != nil {
		return nil
	}
	if !a.definite(obj) {
		return nil
	}
	for _, k := range a.kids[obj] {
		if a.rel[k] == "acl" || a.rel[k] == "acl:relcl" || a.rel[k] == "nmod" {
			return nil // "the decision to ...", "the ruling on ...": told here
		}
	}
	own := map[string]bool{}
	for _, s := range sources {
		own[a.s.Mentions[s].Code] = true
		if c := a.s.Mentions[s].Country; c != "" {
			own[c] = true
		}
	}
	deal := a.lemma[obj] == "deal" || a.lemma[obj] == "agreement" || a.lemma[obj] == "accord" || a.lemma[obj] == "pact"
	for i := len(a.prior) - 1; i >= 0; i-- {
		ev := &a.prior[i]
		// A decision is a deed, not words or a visit ("thanked Milei for
		// moving the embassy ... condemned the move" is not aimed at the
		// thanks); a deal is an agreement or a deed.
		switch r := rootOf(ev.CAMEO); {
		case r == 1 || r == 2 || r == 4:
			continue
		case (r == 3 || r == 5) && !deal:
			continue
		}
		if ev.Source != nil && !noCountry(ev.Source.Code) && !own[ev.Source.Code] && !own[ev.Source.Country] {
			return ev
		}
	}
	return nil
}

// borderNouns name a line between two countries: a place phrase headed
// by one ("near the border with Belarus") does not say which side.
var borderNouns = map[string]bool{"border": true, "frontier": true, "boundary": true, "borderline": true}

// foreignWords say that people are from elsewhere.
var foreignWords = map[string]bool{"foreign": true, "foreigners": true, "foreigner": true, "expatriate": true,
	"expatriates": true, "international": true, "overseas": true}

// foreignPhrase reports whether the phrase of mention mi says its people
// are from elsewhere ("three foreign journalists").
func (a *analysis) foreignPhrase(mi int) bool {
	if mi < 0 || mi >= len(a.s.Mentions) {
		return false
	}
	m := a.s.Mentions[mi]
	for _, w := range strings.Fields(strings.ToLower(m.Text)) {
		if foreignWords[w] {
			return true
		}
	}
	if h := m.Head; h >= 0 && h < len(a.toks) {
		for _, k := range a.kids[h] {
			if (a.rel[k] == "amod" || a.rel[k] == "compound") && foreignWords[a.lower[k]] {
				return true
			}
		}
	}
	return false
}

// lastAgainst is the doer of the latest event told that was aimed at the
// country of the sources (by another country); nil when none.
func (a *analysis) lastAgainst(sources []int) *doc.Actor {
	own := map[string]bool{}
	for _, s := range sources {
		if c := a.s.Mentions[s].Country; c != "" {
			own[c] = true
		}
	}
	if len(own) == 0 {
		return nil
	}
	for i := len(a.prior) - 1; i >= 0; i-- {
		ev := &a.prior[i]
		if ev.Source == nil || ev.Target == nil || noCountry(ev.Source.Code) || own[ev.Source.Country] {
			continue
		}
		if own[ev.Target.Country] && rootOf(ev.CAMEO) >= 10 {
			src := *ev.Source
			return &src
		}
	}
	return nil
}

// definite reports whether noun n has a definite or demonstrative
// determiner ("the deal", "this ruling").
func (a *analysis) definite(n int) bool {
	det := a.child(n, "det")
	if det < 0 {
		return false
	}
	switch a.lower[det] {
	case "the", "this", "that", "these", "those":
		return true
	}
	return false
}
