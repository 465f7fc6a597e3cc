package coder

import (
	"strings"
)

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
// allPlaced reports whether every mention ms is named in a place phrase
// ("in Gaza", "at the border").
func (a *analysis) allPlaced(ms []int) bool {
	for _, m := range ms {
		h := a.s.Mentions[m].Head
		if h < 0 || !placeCases[a.caseOf(h)] {
			return false
		}
	}
	return len(ms) > 0
}

func (a *analysis) allNoCountry(ms []int) bool {
	for _, mi := range ms {
		if !noCountry(a.s.Mentions[mi].Code) {
			return false
		}
	}
	return true
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
			// its governor's ("X left for Y to attend ...", "Russia
			// responded by expelling two diplomats").
			if m := a.child(p, "mark"); m >= 0 && a.lower[m] != "to" && !(a.toks[p].XPOS == "VBG" && gerundMarks[a.lower[m]]) {
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
	"according": true, "according to": true, "alongside": true, "together": true, "besides": true, "beside": true,
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
	// An object that is the source's own ("Biden greeted the freed
	// Americans at a military base") leaves the act on no one: the place
	// where it happens does not stand in for it.
	ownObject := false
	for _, k := range a.kids[p] {
		if a.rel[k] != "obj" && a.rel[k] != "iobj" || len(a.findActors(k, exclude)) > 0 {
			continue
		}
		// (the object itself, not a possessor in it: "halted his march
		// towards ... in the vicinity of X" still acts on X)
		for mi := range exclude {
			if a.s.Mentions[mi].Head == k {
				ownObject = true
			}
		}
	}
	for i, k := range cands {
		// (A phrase of time never holds the target; "with" and "against"
		// never open one: "agreed with Germany's decade of reforms" with
		// the possessive in the time noun's phrase.)
		if k == subj || timeNouns[a.lemma[k]] && !partnerCase[a.caseOf(k)] {
			continue
		}
		if ownObject && placeCases[a.caseOf(k)] {
			continue
		}
		// (one who acts alongside is no target, however tagged:
		// "mediated alongside/RB Qatar")
		if f, _ := a.span(k); f > 0 && (a.lower[f-1] == "alongside" || a.lower[f-1] == "besides") {
			continue
		}
		// What is fired or launched is the weapon, not the target: "fired
		// missiles and drones at ships".
		if (a.rel[k] == "obj" || a.rel[k] == "iobj") && (weaponNouns[a.lemma[k]] && fireVerbs[a.lemma[p]] || sendVerbs[a.lemma[p]] && a.forcesOnly(k)) {
			// (its at-phrase, when the parse hangs it on the weapon:
			// "fired two shells at New Zealand")
			for _, j := range a.kids[k] {
				switch a.caseOf(j) {
				case "at", "on", "against", "toward", "towards", "into", "upon":
					if a.rel[j] == "nmod" {
						if ms := a.findActors(j, exclude); len(ms) > 0 {
							return ms, false
						}
					}
				}
			}
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
	if ownObject {
		placeKids = nil
	}
	if _, obj, ok := a.verbAsModifier(p); ok && !ownObject {
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
	// (So does a demand: "insisted that Armenia amend its constitution".)
	if !speechVerbs[a.lemma[p]] || demandVerbs[a.lemma[p]] {
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

// fireVerbs fire, launch or drop their object at a target ("shot down a
// drone" is no firing of the drone: the drone is the target).
var fireVerbs = map[string]bool{"fire": true, "launch": true, "drop": true, "lob": true, "hurl": true,
	"rain": true, "unleash": true, "send": true}

// sendVerbs send their object somewhere: forces sent are no target
// ("would send a navy patrol vessel to protect its cables").
var sendVerbs = map[string]bool{"send": true, "deploy": true, "dispatch": true, "station": true, "move": true}

// forcesOnly reports whether the phrase k names only forces of no country
// (a role such as ---MIL or ---COP).
func (a *analysis) forcesOnly(k int) bool {
	ms := a.findActors(k, nil)
	for _, m := range ms {
		c := a.s.Mentions[m].Code
		if !noCountry(c) || len(c) < 6 || c[3:6] != "MIL" && c[3:6] != "COP" {
			return false
		}
	}
	return len(ms) > 0
}

// weaponNouns name what is fired, launched or dropped.
var weaponNouns = map[string]bool{"missile": true, "rocket": true, "drone": true, "shell": true, "bomb": true,
	"mortar": true, "round": true, "bullet": true, "shot": true, "torpedo": true, "grenade": true, "munition": true,
	"projectile": true, "salvo": true, "barrage": true, "volley": true, "artillery": true}

// partnerCase introduces the other side of an event, never a time.
var partnerCase = map[string]bool{"with": true, "against": true}

// timeNouns head phrases of time ("two weeks after ..."), which parsers
// sometimes attach as objects; they never hold a target.
var timeNouns = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true, "time": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "weekend": true, "today": true, "yesterday": true}

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

// gerundMarks open a gerund clause whose subject is its governor's.
// (Not "after" or "before": a gerund of time tells the background, "before
// leaving for Beijing", which the codebook's coders pass over.)
var gerundMarks = map[string]bool{"by": true, "while": true, "through": true}
