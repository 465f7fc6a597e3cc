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
	if evs := c.codeBlame(a, p); evs != nil {
		return evs
	}
	if evs := c.codeAllegation(a, p); evs != nil {
		return evs
	}
	if !a.isPredicate(p) {
		return c.codeNominal(a, p)
	}
	// What one is accused of is alleged, not told as done: "accused some
	// lawmakers of obstructing the government's work" codes the
	// accusation only.
	if a.accusedDeed(p) {
		return nil
	}
	// The complement of an appeal is a request, not an event; it is
	// coded on the appeal verb.
	g, gl := a.governor(p)
	if g < 0 {
		// (so is a verb coordinated with the complement or a gerund
		// that tells how it is to be done: "urged al-Sharaa to join the
		// accords and to expel Palestinian militants")
		if q := a.sharedClause(p); q != p {
			if g2, gl2 := a.governor(q); g2 >= 0 && (appealVerbs[gl2] || demandVerbs[gl2] || a.advised(q, gl2)) {
				return nil
			}
		}
	}
	// "Washington warned that it would impose sanctions on Iran", "Russia
	// said it would attend": a speaker announcing its own future deed
	// expresses an intent, or a threat (13x) when the deed is hostile.
	if g >= 0 && a.rel[p] == "ccomp" && a.ownFuture(p, g) {
		if m, ok := c.lookup(a, p); ok && m.code != "" && strings.Trim(m.code, "-") != "" {
			code := intentCode(m.code)
			if gl == "warn" || threatVerbs[gl] {
				code = threatCode(m.code)
			} else if r := rootOf(m.code); (r == 16 || r == 17) && len(m.code) >= 3 && m.code[2] != '0' && (gl == "say" || gl == "announce" || gl == "declare") && !a.conditional(p) {
				// "France said it would expel 12 Algerian diplomats", "the
				// Saudi government said it would close its border": a
				// named sanction or expulsion announced without condition
				// is decided, not threatened ("would take all necessary
				// measures", 160, stays a threat).
				code = m.code
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
	if g >= 0 && (appealVerbs[gl] || a.advised(p, gl) || demandVerbs[gl]) {
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
		if appealVerbs[gl2] || a.advised(q, gl2) || demandVerbs[gl2] {
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
		} else if r := rootOf(m.code); gl == "agree" && (r == 16 || r == 17) && a.child(g, "nsubj") >= 0 {
			// "EU leaders agreed to shut the bloc's airspace to Belarusian
			// airlines": a body agreeing on a sanction decides it; it
			// does not threaten it.
			code = m.code
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
		// "Pashinyan proposed that Armenia and Azerbaijan sign the
		// treaty": what a that-clause with a subject of its own proposes
		// is the proposer's intent, toward the others the clause names.
		if a.rel[p] == "ccomp" && a.child(p, "nsubj", "nsubj:pass") >= 0 {
			return a.proposerOnly(g, evs)
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
				// (so is a reported show of force or coercion: "its army
				// said the South Korean military had flown drones over
				// Pyongyang")
				if r := rootOf(m.code); r >= 18 {
					return append(evs, a.reported(sg, speakers, evs)...)
				} else if r == 15 || r == 17 {
					// (by a state only: "his lawyer said" a court jailed
					// him accuses no one)
					var states []int
					for _, sp := range speakers {
						if !noCountry(a.s.Mentions[sp].Code) {
							states = append(states, sp)
						}
					}
					// (of a known side: "security forces placed him under
					// arrest, his party said" accuses no one by name)
					var known []event
					for _, e := range evs {
						if e.Source != nil && !noCountry(e.Source.Code) {
							known = append(known, e)
						}
					}
					return append(evs, a.reported(sg, states, known)...)
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
	// "condemn what it called a flagrant violation of Ecuador's
	// sovereignty": a naming verb in a relative clause on "what" names a
	// thing; the name says nothing of who is named.
	if namingVerbs[a.lemma[p]] && (a.rel[p] == "acl:relcl" && a.head[p] >= 0 && a.toks[a.head[p]].UPOS == "PRON" || a.whObject(p)) {
		return nil
	}
	// "troops and riot police, backed by tanks and helicopters": support
	// by arms is no act of anyone on the force it supports.
	if a.byEquipment(p) {
		return nil
	}
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
	// A joint act with no partner of its own shares the partner of the
	// verb it is coordinated with: "met Ramaphosa in Pretoria and signed
	// agreements on energy" signs with Ramaphosa.
	if h := a.head[p]; len(targets) == 0 && m.target < 0 && a.rel[p] == "conj" && h >= 0 && a.toks[h].UPOS == "VERB" &&
		a.child(p, "nsubj", "nsubj:pass") < 0 && mutualCode(m.code) && rootOf(m.code) != 4 && rootOf(m.code) != 19 {
		if o := a.child(h, "obj"); o >= 0 {
			targets = a.findActors(o, own)
		}
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
	// (Nor on the place where they do it: "Israel and Hamas agreed to a
	// ceasefire in Gaza". A meeting's venue stays its target, as
	// PETRARCH-2 and the event data coded with it read "X and Y met in
	// Zurich".)
	pairSources := false
	// (Sources of one country are one side: "Colombian warplanes and
	// special forces raided a guerrilla camp".)
	if len(sources) > 1 && len(targets) > 0 && m.target < 0 && (mutualCode(m.code) || m.reverse != "") && (a.allNoCountry(targets) || rootOf(m.code) != 4 && a.allPlaced(targets)) &&
		srcTok >= 0 && !passive && !a.oneCountry(sources) {
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
	var coDoers []*doc.Actor
	// "The talks were hosted by the crown prince", "The deal was mediated
	// by Qatar": a meeting or deal told before, hosted or mediated by the
	// source, is aimed at its two parties.
	if len(targets) == 0 && m.target < 0 && passive && srcTok >= 0 && rootOf(m.code) == 4 {
		if ev := a.priorMeeting(srcTok); ev != nil {
			src, tgt := *ev.Source, *ev.Target
			other, coDoers = &src, []*doc.Actor{&tgt}
		}
	}
	if len(targets) == 0 && m.target < 0 && !passive {
		if rootOf(m.code) >= 18 {
			other = c.placeTarget(a, p, a.date)
		}
		if other == nil {
			// ("condemned the strikes" after "US and British warplanes
			// struck": aimed at each of the strikers)
			if ev := a.priorEvent(a.child(p, "obj"), sources); ev != nil {
				src := *ev.Source
				other = &src
				coDoers = a.coDoers(ev)
			}
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
	// "sent fighters to Syria to back the government": help sent to a
	// country is for that country's bodies.
	toCountry := ""
	if r := rootOf(m.code); r == 6 || r == 7 {
		tp := -1
		for _, k := range a.kids[p] {
			if (a.rel[k] == "obl" || a.rel[k] == "nmod") && a.caseOf(k) == "to" {
				tp = k
			}
		}
		if o := a.child(p, "obj"); tp < 0 && o >= 0 {
			tp = a.toPhraseIn(o)
		}
		if tp >= 0 {
			for _, mi := range a.findActors(tp, nil) {
				if c := a.s.Mentions[mi].Code; len(c) >= 3 && !noCountry(c) && !strings.HasPrefix(c, "IGO") {
					toCountry = c[:3]
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
			// A participle or coordinated verb happens where its head
			// verb does: "struck targets across southern Lebanon,
			// killing 490 people".
			if h := a.head[p]; placeCode == "" && h >= 0 && (a.rel[p] == "advcl" || a.rel[p] == "conj") && a.toks[h].UPOS == "VERB" {
				placeCode = a.placeOf(h, sources)
			}
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
			// "Israel said troops had killed ...", "Ruto said the officers
			// would help ...": a state body with no country that a state
			// speaker tells of is the speaker's own.
			if noCountry(e.Source.Code) && len(e.Source.Code) >= 6 && stateRoles[e.Source.Code[3:6]] {
				if sc := a.speakerCountry(p); sc != "" {
					e.Source.Code, e.Source.Country = sc+e.Source.Code[3:], sc
				}
			}
			srcPlace, atTarget := "", false
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
					atTarget = srcPlace != ""
				}
			}
			if fromCountry != "" && noCountry(e.Target.Code) {
				e.Target.Code = fromCountry + e.Target.Code[3:]
				e.Target.Country = fromCountry
			} else if toCountry != "" && noCountry(e.Target.Code) {
				e.Target.Code = toCountry + e.Target.Code[3:]
				e.Target.Country = toCountry
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
				} else if sc := e.Source.Country; sc != "" && !noCountry(e.Source.Code) && !strings.HasPrefix(e.Source.Code, "IGO") && a.localPhrase(t) {
					// "blamed a little-known local Islamist group": a
					// local group is of the country that speaks of it.
					e.Target.Code = sc + e.Target.Code[3:]
					e.Target.Country = sc
				}
			}
			// (Not from the place that is itself the target: "In Ethiopia,
			// the government signed ..." is no act on Ethiopia.)
			// (Protesters at a foreign embassy are of the embassy's place:
			// "stormed the French embassy in Niamey" NEROPP.)
			if srcPlace != "" && (noCountry(e.Target.Code) || e.Target.Country == srcPlace[:3] || atTarget && domesticRoles[e.Source.Code[3:6]]) && !(locative && t >= 0 && a.s.Mentions[t].Code == srcPlace) {
				e.Source.Code = srcPlace + e.Source.Code[3:]
				e.Source.Country = srcPlace[:3]
				if e.Source.Code == e.Target.Code {
					return
				}
			}
			// Police, courts and prosecutors act at home: "Police arrested
			// Zuniga" (a Bolivian general) are Bolivia's police; so do
			// security forces that arrest a country's political figures
			// ("Security forces placed First Vice President Riek Machar
			// under house arrest").
			if hc := homeSource(code, e.Source.Code, e.Target.Code); hc != "" && e.Target.Country == hc {
				e.Source.Code = hc + e.Source.Code[3:]
				e.Source.Country = hc
			}
			// A country's own people and groups that speak to, press or
			// protest against a government are that country's: "Opposition
			// leaders called on the government to withdraw the bill" in
			// Kenya (KENOPP, as the government is KENGOV).
			if r := rootOf(code); noCountry(e.Source.Code) && len(e.Source.Code) >= 6 && domesticRoles[e.Source.Code[3:6]] &&
				len(e.Target.Code) >= 6 && !noCountry(e.Target.Code) && e.Target.Code[3:6] == "GOV" && r >= 1 && r <= 14 {
				e.Source.Code = e.Target.Code[:3] + e.Source.Code[3:]
				e.Source.Country = e.Target.Code[:3]
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
	if len(targets) == 0 && other == nil && len(sources) > 1 && (pairSources || controlled || a.child(p, "nsubj", "nsubj:pass") >= 0 || srcTok >= 0 && a.rel[p] == "acl" && (srcTok == a.head[p] || srcTok == a.nounRoot(a.head[p]))) && (mutualCode(m.code) || m.reverse != "") {
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
			first := other
			for _, o := range coDoers {
				other = o
				emit(s, otherTarget, m.code)
			}
			other = first
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

// otherTarget stands for a target that is no mention of the sentence (a
// place, the doer of an event told before) in build's emit.
const otherTarget = -2

// noCountry reports whether an actor code has no country, IGO or other
// identified part: "---GOV".
func noCountry(code string) bool { return strings.HasPrefix(code, "---") }

// oneCountry reports whether the mentions ms all have one country.
func (a *analysis) oneCountry(ms []int) bool {
	c := ""
	for _, m := range ms {
		mc := a.s.Mentions[m].Country
		if mc == "" || c != "" && mc != c {
			return false
		}
		c = mc
	}
	return c != ""
}

// whObject reports whether verb p has a wh-word for its object before it
// ("what it called a violation").
func (a *analysis) whObject(p int) bool {
	for _, k := range a.kids[p] {
		if k < p && (a.rel[k] == "obj" || a.rel[k] == "iobj") && (a.toks[k].XPOS == "WP" || a.toks[k].XPOS == "WDT") {
			return true
		}
	}
	return false
}

// sharedClause climbs from p through the clauses that share its
// governor's frame: conjuncts and gerunds of manner without a
// subject ("to normalise relations by joining the accords and to expel
// militants").
func (a *analysis) sharedClause(p int) int {
	q := p
	for d := 0; d < 6 && q >= 0 && a.head[q] >= 0; d++ {
		if a.child(q, "nsubj", "nsubj:pass") >= 0 {
			break
		}
		m := a.child(q, "mark")
		if a.rel[q] == "conj" || a.rel[q] == "advcl" && a.toks[q].XPOS == "VBG" && m >= 0 && gerundMarks[a.lower[m]] {
			q = a.head[q]
			continue
		}
		break
	}
	return q
}

// conditional reports whether clause p has a condition of its own ("if
// Seoul's warships intruded", "unless ...").
func (a *analysis) conditional(p int) bool {
	for _, k := range a.kids[p] {
		if a.rel[k] != "advcl" {
			continue
		}
		if m := a.child(k, "mark"); m >= 0 && (a.lower[m] == "if" || a.lower[m] == "unless") {
			return true
		}
	}
	return false
}

// accusedDeed reports whether p is the of-gerund of a verb of accusing
// ("accused X of V-ing"), or coordinated with one.
func (a *analysis) accusedDeed(p int) bool {
	q := p
	for d := 0; d < 4 && q >= 0 && a.rel[q] == "conj"; d++ {
		q = a.head[q]
	}
	if q < 0 || a.toks[q].XPOS != "VBG" || a.rel[q] != "advcl" && a.rel[q] != "acl" {
		return false
	}
	m := a.child(q, "mark")
	if m < 0 || a.lower[m] != "of" {
		return false
	}
	h := a.head[q]
	for d := 0; d < 2 && h >= 0 && a.toks[h].UPOS != "VERB"; d++ {
		h = a.head[h] // "accused the Gulf state of complicity in ..." hung on the object
	}
	return h >= 0 && accuseOfVerbs[a.lemma[h]]
}

// equipmentNouns name arms and vehicles that support a force.
var equipmentNouns = map[string]bool{"tank": true, "helicopter": true, "artillery": true, "jet": true,
	"warplane": true, "aircraft": true, "drone": true, "armour": true, "armor": true, "vehicle": true,
	"gunship": true, "warship": true, "bulldozer": true, "truck": true, "airpower": true, "air": true}

// byEquipment reports whether participle p is a passive modifier whose
// agents are all arms or vehicles ("backed by tanks and helicopters").
func (a *analysis) byEquipment(p int) bool {
	if a.rel[p] != "acl" && a.rel[p] != "amod" && a.rel[p] != "advcl" || a.toks[p].XPOS != "VBN" {
		return false
	}
	ag := a.agentOf(p)
	if ag < 0 {
		return false
	}
	ks := []int{ag}
	for i := 0; i < len(ks) && i < 10; i++ {
		for _, j := range a.kids[ks[i]] {
			if a.rel[j] == "conj" {
				ks = append(ks, j)
			}
		}
	}
	for _, k := range ks {
		if !equipmentNouns[a.lemma[k]] && !weaponNouns[a.lemma[k]] {
			return false
		}
	}
	return true
}
