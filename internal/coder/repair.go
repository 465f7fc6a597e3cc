package coder

// repairTree mends shapes of parse that hang a word of one clause on
// another before the coder reads the tree. Each rule is about UD
// structure, whichever parser made the tree, and leaves a well-formed
// tree (heads, relations and kids) behind:
//
//   - two nominal subjects on one verb, the one phrase right after the
//     other ("Old rivals France and Germany signed ..." with "rivals" and
//     "France" both subjects of "signed"): one clause has one subject. The
//     phrase next to the verb is the subject, the farther one its
//     apposition; with a conjunction between them ("The United States and
//     Japan expressed concern" with both on the verb), they are
//     conjuncts.
//   - a bare noun after a coordinated verb that has no object of its own,
//     hung on the first verb, which has one before the conjunction ("X
//     condemned the raid and promised aid to Y" with "aid" on
//     "condemned"): a verb takes one direct object, and what follows the
//     second verb is that verb's, so the noun is the second verb's object.
//   - a full-stop sentence whose only verb, a past form without subject or
//     auxiliary, the parse made a modifier of the root noun's phrase right
//     before it, with the sentence's phrases hung on that noun ("The envoy
//     left on Monday for Paris for talks." with "envoy" as the root and
//     "left" as its acl; "Thousands of students protested" with the verb
//     on "students"): the verb heads the sentence, the root's phrase is its
//     subject, and the nouns' dependents after the verb are the verb's.
//   - a subject pronoun made the possessor of a noun, with a possessive
//     conjunct ("He and Ecuador's president signed" read as "[He and
//     Ecuador's] president"): a subject pronoun owns nothing; it and the
//     noun are the conjuncts, the conjunct the noun's possessor.
//   - the second side of a between-phrase hung higher up ("aid to Sudan,
//     where fighting between the army and the RSF ..." with "RSF" a
//     conjunct of "Sudan"): "between X and Y" names both, so Y is X's
//     conjunct.
//   - an adverbial clause hung on a verb's object or oblique ("pledged $5
//     billion to rebuild Syria" with "to rebuild" under "$"): a noun takes
//     no adverbial clause; it is the verb's.
//   - a root noun with a direct object and, between them, a past form of
//     a verb hung on the object as a modifier ("Russian jets bombed rebel
//     positions in Idlib." with "jets" as the root, "positions" its
//     object and "bombed" an amod of "positions"): a noun takes no
//     object; the verb heads the sentence with the noun as its subject,
//     the object as its own, and the noun's later dependents.
//   - a root noun followed right away by a past form hung as a modifier
//     on the noun after it, which the parse made a conjunct of the root
//     with no conjunction of its own ("Kenyan police fired tear gas and
//     arrested dozens of demonstrators." with "police" as the root, "gas"
//     its conjunct, "fired" an amod of "gas" and "arrested" another
//     conjunct of "police"): the verb heads the sentence with the root
//     noun as its subject, the noun as its object, and the root's later
//     dependents (the second verb) as its own.
//   - a second clause after "and" whose subject the parse made a
//     conjunct of the first verb, with the clause's verb a modifier of
//     that noun ("X met Y in Ankara and the two sides agreed to resume
//     talks" with "sides" a conjunct of "met" and "agreed" its acl): a
//     verb is no conjunct's modifier there; it is the first verb's
//     conjunct with the noun as its subject.
//   - a to-infinitive right after the object of a verb that has its
//     object do something ("ordered the troops to leave", "urged Russia to
//     withdraw"), made an adverbial clause of the verb: it is the verb's
//     complement (xcomp), whose subject is the object, not a purpose.
//   - a root with a preposition of its own, whose subject holds a verb
//     hung on it as a modifier right before the preposition ("The UN
//     secretary-general called on Myanmar's military to release
//     prisoners." with "military" as the root and "called" on
//     "general"): a prepositional phrase heads no sentence; the verb does,
//     with the phrase as its oblique and the root's subject and clauses.
//   - a verb hung as a modifier (amod) on the noun after it while it has
//     a nominal subject of its own ("sanctions if Beijing supplied weapons
//     to Russia" with "supplied" an amod of "weapons" and "Beijing" its
//     subject): a modifier has no subject, so the verb heads a clause of
//     its own (adverbial with a subordinator, else a complement) with the
//     noun as its object and the phrases right after the noun that the
//     parse hung on the noun's head.
//   - a verb of saying made the root, without a subject, over the clause
//     before it, whose last oblique is a subordinator's phrase ending
//     right before the verb ("Canada expelled a diplomat after Prime
//     Minister Justin Trudeau said there were ..." with "said" the root,
//     "expelled" its complement and "after ... Trudeau" an oblique of
//     "expelled"): the phrase is the speaker, so the verb of saying heads
//     an adverbial clause of the first verb, which is the root.
//   - the two objects of a verb of naming made one compound ("called the
//     protesters criminals" with "protesters" a compound of "criminals"):
//     the first plural noun is the object, the second what it is called.
//   - the subjects of a second clause after ", and" hung as conjuncts on
//     a noun of the first clause's prepositional phrase ("suspended its
//     partnership with Georgia, and Estonia, Latvia and Lithuania imposed
//     sanctions" with the three countries conjuncts of "Georgia" and
//     "imposed" without subject): a list right before a verb that has no
//     subject, opened by ", and", is that verb's subject.
//   - a participle after a comma hung on a time clause of the main verb
//     ("A bomb exploded near the motorcade as he drove to the airport,
//     killing four people" with "killing" on "drove"): what the clause
//     of time frames does not kill; the participle is the main verb's.
//   - a participle of saying after a comma hung on a to-infinitive
//     ("Sudan asked the court to order the UAE to stop arming the RSF,
//     accusing the Gulf state of complicity" with "accusing" on
//     "arming"): what is asked for says nothing; the speaker is the
//     subject of the verb that heads the chain of infinitives.
//   - the accused of a verb of accusing made the subject of its
//     of-clause ("Katz accused President Erdogan of behaving like a
//     dictator" with "Erdogan" the subject of "behaving"): an of-gerund
//     has no subject of its own; the noun is the verb's object.
//   - a noun after the object and a conjunction, made a conjunct of the
//     verb ("deployed fighter jets and about 200 personnel to Senegal"
//     with "personnel" a conjunct of "deployed" and "to Senegal" its
//     modifier): a noun does not coordinate with a verb; it is the
//     object's conjunct, and the prepositional phrases it took are the
//     verb's.
//   - a subordinator read as the preposition of the noun after it, with
//     the clause's verb a conjunct of the main verb ("Ecuador broke off
//     relations, two days after Colombian warplanes raided a camp and
//     killed Reyes" with "after ... warplanes" an oblique of "broke" and
//     "raided" its conjunct): a verb right after a phrase of "after",
//     "before", "since", "until" or "once", with no subject or
//     conjunction of its own, is that clause's verb and the phrase its
//     subject; the verbs coordinated after it are its conjuncts.
//   - the subject of a finite verb after an opening phrase made that
//     phrase's apposition ("In a statement carried by the official Saudi
//     Press Agency, Riyadh accused Doha ..." with "Riyadh" an apposition
//     of "Agency" and "accused" without subject): a finite verb with no
//     subject takes the name right before it, after the comma.
//
// It reports whether it changed the tree.
func (a *analysis) repairTree() bool {
	// Each rule is tried on every token in turn, in this order; a rule
	// marked once mends at most one place (it rebuilds the sentence's top).
	rules := []struct {
		mend func(int) bool
		once bool
	}{
		{a.twoSubjects, false},
		{a.objectOfSecondVerb, false},
		{a.nominativePossessor, false},
		{a.betweenConjunct, false},
		{a.advclOfArgument, false},
		{a.objectControlComplement, false},
		{func(r int) bool { return a.head[r] < 0 && a.obliqueRoot(r) }, true},
		{a.verbBetweenNounAndObject, true},
		{a.verbBeforeConjunctNoun, true},
		{a.conjoinedClauseSubject, false},
		{a.participleOfRootNoun, true},
		{a.modifierWithSubject, false},
		{a.subordinateSpeaker, true},
		{a.namedObject, false},
		{a.conjunctsBeforeVerb, false},
		{a.participleAfterTimeClause, false},
		{a.speechAfterInfinitive, false},
		{a.accusedOfSubject, false},
		{a.objectConjunct, false},
		{a.subordinateSubject, false},
		{a.appositionSubject, false},
	}
	changed := false
	for _, r := range rules {
		for t := range a.toks {
			if r.mend(t) {
				changed = true
				if r.once {
					break
				}
			}
		}
	}
	return changed
}

// modifierWithSubject mends a verb p hung as amod on the noun o right
// after its phrase while p has a nominal subject before it: p is a
// clause on o's head with o as its object.
func (a *analysis) modifierWithSubject(p int) bool {
	if a.rel[p] != "amod" || a.toks[p].UPOS != "VERB" {
		return false
	}
	s := a.child(p, "nsubj")
	if s < 0 || s > p {
		return false
	}
	o := a.head[p]
	if o <= p || a.head[o] < 0 {
		return false
	}
	if u := a.toks[o].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	g := a.head[o]
	if u := a.toks[g].UPOS; u != "VERB" && u != "AUX" || g > p {
		return false
	}
	// The phrases of g right after o's phrase, up to punctuation or
	// another clause, were p's.
	_, end := a.span(o)
	var moved []int
	for _, k := range a.kids[g] {
		if k <= o {
			continue
		}
		lo, hi := a.span(k)
		if lo != end+1 || a.rel[k] != "obl" && a.rel[k] != "obl:tmod" {
			break
		}
		moved = append(moved, k)
		end = hi
	}
	rel := "ccomp"
	if a.child(p, "mark") >= 0 {
		rel = "advcl"
	}
	a.rehang(p, g, rel)
	a.rehang(o, p, "obj")
	for _, k := range moved {
		a.rehang(k, p, a.rel[k])
	}
	return true
}

// rehang moves t under h with relation rel, keeping kids in order.
func (a *analysis) rehang(t, h int, rel string) {
	if old := a.head[t]; old >= 0 {
		ks := a.kids[old][:0]
		for _, k := range a.kids[old] {
			if k != t {
				ks = append(ks, k)
			}
		}
		a.kids[old] = ks
	}
	a.head[t], a.rel[t] = h, rel
	if h < 0 {
		return
	}
	i := len(a.kids[h])
	for i > 0 && a.kids[h][i-1] > t {
		i--
	}
	a.kids[h] = append(a.kids[h], 0)
	copy(a.kids[h][i+1:], a.kids[h][i:])
	a.kids[h][i] = t
}

// span returns the first and last token of t's subtree.
func (a *analysis) span(t int) (int, int) {
	lo, hi := t, t
	for j := range a.toks {
		if a.inSubtree(j, t) {
			lo, hi = min(lo, j), max(hi, j)
		}
	}
	return lo, hi
}

// twoSubjects mends a verb p with two nominal subjects before it, the
// farther phrase ending right before the nearer one begins (a comma
// between them allowed).
func (a *analysis) twoSubjects(p int) bool {
	var subs []int
	for _, k := range a.kids[p] {
		if (a.rel[k] == "nsubj" || a.rel[k] == "nsubj:pass") && k < p {
			subs = append(subs, k)
		}
	}
	if len(subs) != 2 {
		return false
	}
	far, near := subs[0], subs[1]
	_, farEnd := a.span(far)
	nearStart, _ := a.span(near)
	if farEnd >= nearStart {
		return false
	}
	// "The United States and Japan expressed concern" with both subjects
	// of the verb and the conjunction on the verb: coordinated subjects.
	if nearStart == farEnd+2 && a.toks[farEnd+1].UPOS == "CCONJ" {
		cc := farEnd + 1
		a.rehang(near, far, "conj")
		a.rehang(cc, near, "cc")
		return true
	}
	for j := farEnd + 1; j < nearStart; j++ {
		if a.toks[j].Form != "," {
			return false
		}
	}
	for j := farEnd + 1; j < nearStart; j++ {
		a.rehang(j, near, "punct")
	}
	a.rehang(far, near, "appos")
	return true
}

// objectOfSecondVerb mends a bare noun k hung as object or unmarked
// oblique on a verb that has an object of its own before a coordinated
// verb, when k follows that coordinated verb and the latter has no
// object: k is the second verb's object.
func (a *analysis) objectOfSecondVerb(k int) bool {
	switch a.toks[k].DepRel {
	case "obj", "dobj", "obl:unmarked", "obl:npmod", "nmod:unmarked", "nmod:npmod":
	default:
		return false
	}
	if u := a.toks[k].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	_, wd := weekdays[a.lemma[k]]
	_, mo := months[a.lemma[k]]
	if timeNouns[a.lemma[k]] || wd || mo {
		return false
	}
	if a.child(k, "case") >= 0 {
		return false
	}
	h := a.head[k]
	if h < 0 || h > k || a.toks[h].UPOS != "VERB" {
		return false
	}
	// the nearest verb coordinated with h between h and k
	c := -1
	for _, j := range a.kids[h] {
		if j > h && j < k && a.rel[j] == "conj" && a.toks[j].UPOS == "VERB" {
			c = j
		}
	}
	if c < 0 || a.child(c, "obj", "ccomp", "xcomp") >= 0 || a.child(c, "aux:pass", "nsubj:pass") >= 0 {
		return false
	}
	// the first verb's own object, before the conjunction
	own := false
	for _, j := range a.kids[h] {
		if j != k && a.rel[j] == "obj" && j < c {
			own = true
		}
	}
	if !own {
		return false
	}
	a.rehang(k, c, "obj")
	return true
}

// participleOfRootNoun mends a full-stop sentence whose only verb p, a
// past form without subject or auxiliary, hangs as acl on the root noun
// or on a noun of the root's phrase ("Thousands of students protested"
// with "protested" on "students"), the phrase ending right before p: p
// heads the sentence with the root's phrase as its subject, and takes the
// dependents after it of the nouns it hung on.
func (a *analysis) participleOfRootNoun(p int) bool {
	if a.rel[p] != "acl" || a.toks[p].UPOS != "VERB" || a.toks[p].XPOS != "VBD" && a.toks[p].XPOS != "VBN" {
		return false
	}
	if a.child(p, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark") >= 0 {
		return false
	}
	// the nouns from p's head up to the root, by nominal relations
	var path []int
	r := a.head[p]
	for d := 0; r >= 0 && d < 6; d++ {
		if r > p {
			return false
		}
		path = append(path, r)
		if a.head[r] < 0 {
			break
		}
		switch a.rel[r] {
		case "nmod", "compound", "flat", "appos", "conj":
			r = a.head[r]
		default:
			return false
		}
	}
	if r < 0 || a.head[r] >= 0 {
		return false
	}
	if u := a.toks[r].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	lo, _ := a.span(r)
	for j := lo; j < p; j++ {
		if !a.inSubtree(j, r) || a.inSubtree(j, p) {
			return false
		}
	}
	if !a.onlyVerb(p) {
		return false
	}
	var moved []int
	for _, h := range path {
		for _, k := range a.kids[h] {
			if k > p && a.rel[k] != "appos" {
				moved = append(moved, k)
			}
		}
	}
	a.rehang(p, -1, "root")
	a.rehang(r, p, "nsubj")
	for _, k := range moved {
		a.rehang(k, p, clauseRel(a.rel[k]))
	}
	return true
}

// advclOfArgument mends an adverbial clause k hung on the object or
// oblique of a verb: the clause is the verb's.
func (a *analysis) advclOfArgument(k int) bool {
	if a.rel[k] != "advcl" {
		return false
	}
	h := a.head[k]
	if h < 0 || h > k {
		return false
	}
	switch a.toks[h].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "SYM":
	default:
		return false
	}
	switch a.rel[h] {
	case "obj", "iobj", "obl":
	default:
		return false
	}
	v := a.head[h]
	if v < 0 || a.toks[v].UPOS != "VERB" {
		return false
	}
	a.rehang(k, v, "advcl")
	return true
}

// verbBetweenNounAndObject mends a past form p hung as amod or acl on the
// object o of the root noun r, with r < p < o: p heads the sentence.
func (a *analysis) verbBetweenNounAndObject(p int) bool {
	if !a.bareParticipleModifier(p) {
		return false
	}
	o := a.head[p]
	if o < 0 || o < p || a.rel[o] != "obj" {
		return false
	}
	r := a.head[o]
	if r < 0 || r > p || a.head[r] >= 0 {
		return false
	}
	if u := a.toks[r].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	a.verbOverNoun(p, r, o)
	return true
}

// clauseRel is the relation to a verb of a dependent that the parse hung
// on a noun: a noun's modifier is a verb's oblique.
func clauseRel(rel string) string {
	switch rel {
	case "nmod":
		return "obl"
	case "nmod:tmod":
		return "obl:tmod"
	case "nmod:npmod":
		return "obl:npmod"
	}
	return rel
}

// controlVerbs have their object do what the infinitive after it says:
// the appeal and advice verbs and those of command and permission.
var controlVerbs = map[string]bool{"order": true, "force": true, "compel": true, "oblige": true,
	"require": true, "direct": true, "instruct": true, "command": true, "allow": true, "permit": true,
	"authorize": true, "authorise": true, "persuade": true, "pressure": true, "pressurize": true}

// objectControlComplement mends a to-infinitive k made an adverbial clause
// of a control verb, right after that verb's object: k is its xcomp.
func (a *analysis) objectControlComplement(k int) bool {
	if a.rel[k] != "advcl" || a.child(k, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	if m := a.child(k, "mark"); m < 0 || a.lower[m] != "to" {
		return false
	}
	v := a.head[k]
	if v < 0 || v > k || !(controlVerbs[a.lemma[v]] || appealVerbs[a.lemma[v]] || adviseVerbs[a.lemma[v]]) {
		return false
	}
	o := a.child(v, "obj")
	if o < 0 || o > k {
		return false
	}
	_, oEnd := a.span(o)
	kStart, _ := a.span(k)
	if oEnd+1 != kStart {
		return false
	}
	a.rel[k] = "xcomp"
	return true
}

// nominalRels are the dependents that stay with a nominal made an
// oblique; the others are the clause's.
var nominalRels = map[string]bool{"case": true, "det": true, "amod": true, "nmod:poss": true, "compound": true,
	"nummod": true, "nmod": true, "flat": true, "appos": true, "conj": true, "cc": true, "acl": true, "acl:relcl": true}

// obliqueRoot mends a root r with a case dependent and a subject in whose
// phrase a verb p, hung as a modifier, ends right before the preposition:
// p heads the sentence, r is its oblique.
func (a *analysis) obliqueRoot(r int) bool {
	switch a.toks[r].UPOS {
	case "NOUN", "PROPN", "ADJ", "PRON":
	default:
		return false
	}
	c := a.child(r, "case")
	s := a.child(r, "nsubj")
	if c < 0 || s < 0 || s > c || a.child(r, "cop", "aux", "aux:pass") >= 0 {
		return false
	}
	p := c - 1
	for p >= 0 && !(a.toks[p].UPOS == "VERB" && a.inSubtree(p, s)) {
		if !a.inSubtree(p, s) {
			return false
		}
		p--
	}
	if p < 0 || a.rel[p] != "acl" && a.rel[p] != "amod" || a.child(p, "nsubj", "nsubj:pass", "obj") >= 0 {
		return false
	}
	// nothing between the verb and the preposition but the verb's own words
	for j := p + 1; j < c; j++ {
		if !a.inSubtree(j, p) {
			return false
		}
	}
	var moved []int
	for _, k := range a.kids[r] {
		if k != s && !nominalRels[a.rel[k]] {
			moved = append(moved, k)
		}
	}
	a.rehang(p, -1, "root")
	a.rehang(s, p, "nsubj")
	a.rehang(r, p, "obl")
	for _, k := range moved {
		a.rehang(k, p, a.rel[k])
	}
	return true
}

// verbBeforeConjunctNoun mends a past form p, hung as amod or acl on a
// noun o that the parse made a conjunct (without a conjunction of its
// own) of the root noun r, when p follows r's own phrase right away: p
// heads the sentence, r is its subject, o its object.
func (a *analysis) verbBeforeConjunctNoun(p int) bool {
	if !a.bareParticipleModifier(p) {
		return false
	}
	o := a.head[p]
	// (A past participle only in a sentence with no finite verb but the
	// one of saying, one the tagger read as participles throughout.)
	for j := range a.toks {
		if x := a.toks[j].XPOS; a.toks[p].XPOS == "VBN" && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") && (o < 0 || a.head[o] < 0 || j != a.head[a.head[o]]) {
			return false
		}
	}
	if o < 0 || o < p || a.rel[o] != "conj" || a.child(o, "cc") >= 0 {
		return false
	}
	if u := a.toks[o].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	// r: the root, or a noun the parse made the complement of a verb of
	// saying after it ("Thai troops and Cambodian soldiers exchanged fire
	// ..., the army said")
	r := a.head[o]
	if r < 0 || r > p || a.head[r] >= 0 && (a.rel[r] != "ccomp" || a.head[r] < p) {
		return false
	}
	if u := a.toks[r].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	// r's own phrase, its conjuncts included, runs up to p
	for j := r + 1; j < p; j++ {
		if !a.inSubtree(j, r) || a.inSubtree(j, o) {
			return false
		}
	}
	a.verbOverNoun(p, r, o)
	return true
}

// verbOverNoun makes verb p head the clause that noun r headed (the
// sentence, or a complement of the verb above r), with r as its subject,
// o as its object, and r's dependents after p (but appositions) as p's.
func (a *analysis) verbOverNoun(p, r, o int) {
	var moved []int
	for _, k := range a.kids[r] {
		if k > p && k != o && a.rel[k] != "appos" {
			moved = append(moved, k)
		}
	}
	if g := a.head[r]; g >= 0 {
		a.rehang(p, g, "ccomp")
	} else {
		a.rehang(p, -1, "root")
	}
	a.rehang(r, p, "nsubj")
	a.rehang(o, p, "obj")
	for _, k := range moved {
		a.rehang(k, p, clauseRel(a.rel[k]))
	}
}

// betweenConjunct mends a between-phrase k with no conjunct, followed
// right away by "and" and a noun that the parse made the conjunct of a
// word before k: the noun is k's conjunct.
func (a *analysis) betweenConjunct(k int) bool {
	if a.rel[k] != "obl" && a.rel[k] != "nmod" || a.caseOf(k) != "between" || a.child(k, "conj") >= 0 {
		return false
	}
	_, end := a.span(k)
	cc := end + 1
	if cc >= len(a.toks) || a.toks[cc].UPOS != "CCONJ" || a.lower[cc] != "and" {
		return false
	}
	c := a.head[cc]
	if c <= cc || a.rel[c] != "conj" || a.rel[cc] != "cc" {
		return false
	}
	if u := a.toks[c].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	// c hangs on a word before k, not within k's phrase
	g := a.head[c]
	if g < 0 || g > k || a.inSubtree(g, k) {
		return false
	}
	a.rehang(c, k, "conj")
	return true
}

// conjoinedClauseSubject mends a past form p right after a noun n that
// is the conjunct, after "and", of a verb v or of v's object, when p has
// no subject and hangs on n (acl) or on v: p is v's conjunct and n its
// subject ("X met Y in Ankara and the two sides agreed ...", "Russia
// attacked Ukraine and NATO condemned the invasion").
func (a *analysis) conjoinedClauseSubject(p int) bool {
	if a.toks[p].UPOS != "VERB" || a.toks[p].XPOS != "VBD" && a.toks[p].XPOS != "VBN" {
		return false
	}
	if a.child(p, "nsubj", "nsubj:pass", "aux:pass", "mark", "obl:agent") >= 0 {
		return false
	}
	// (a participle only when it has an object or complement of its own:
	// "agreed to resume", not "the measures agreed")
	if a.toks[p].XPOS == "VBN" && a.child(p, "obj", "xcomp", "ccomp") < 0 {
		return false
	}
	// n: the conjunct noun whose phrase ends right before p
	n := -1
	for k := 0; k < p; k++ {
		if a.rel[k] != "conj" {
			continue
		}
		if u := a.toks[k].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
			continue
		}
		// (its phrase, p's own words aside, runs up to p)
		ok := true
		for j := k + 1; j < p && ok; j++ {
			ok = a.inSubtree(j, k) && !a.inSubtree(j, p)
		}
		if ok {
			n = k
		}
	}
	if n < 0 {
		return false
	}
	cc := a.child(n, "cc")
	if cc < 0 || cc > n {
		return false
	}
	v := a.head[n]
	if v < 0 {
		return false
	}
	if a.toks[v].UPOS != "VERB" {
		// n coordinated with the verb's object
		if (a.rel[v] != "obj" && a.rel[v] != "obl") || a.head[v] < 0 || a.toks[a.head[v]].UPOS != "VERB" {
			return false
		}
		v = a.head[v]
	}
	if v > n {
		return false
	}
	switch h := a.head[p]; {
	case h == n && a.rel[p] == "acl":
	case h == v && (a.rel[p] == "ccomp" || a.rel[p] == "parataxis" || a.rel[p] == "dep" || a.rel[p] == "advcl"):
	default:
		return false
	}
	a.rehang(p, v, "conj")
	a.rehang(n, p, "nsubj")
	a.rehang(cc, p, "cc")
	return true
}

// nominativePossessor mends a subject pronoun t made the possessor of a
// noun n, with a conjunct c that has the possessive case: t takes n's
// place, n becomes t's conjunct and c n's possessor.
func (a *analysis) nominativePossessor(t int) bool {
	switch a.lower[t] {
	case "he", "she", "they", "we", "i":
	default:
		return false
	}
	if a.rel[t] != "nmod:poss" {
		return false
	}
	n := a.head[t]
	if n < 0 || n < t {
		return false
	}
	c := -1
	for _, k := range a.kids[t] {
		if a.rel[k] == "conj" && k < n {
			for _, q := range a.kids[k] {
				if a.rel[q] == "case" && (a.lower[q] == "'s" || a.lower[q] == "'") {
					c = k
				}
			}
		}
	}
	if c < 0 {
		return false
	}
	cc := a.child(c, "cc")
	g, rel := a.head[n], a.rel[n]
	a.rehang(t, g, rel)
	a.rehang(n, t, "conj")
	a.rehang(c, n, "nmod:poss")
	if cc >= 0 {
		a.rehang(cc, n, "cc")
	}
	return true
}

// bareParticipleModifier reports whether p is a past form hung on a noun
// as a modifier (amod or acl) with no subject, auxiliary, copula,
// subordinator or object of its own: a finite verb the parse may have
// misplaced.
func (a *analysis) bareParticipleModifier(p int) bool {
	if a.rel[p] != "amod" && a.rel[p] != "acl" || a.toks[p].UPOS != "VERB" || a.toks[p].XPOS != "VBD" && a.toks[p].XPOS != "VBN" {
		return false
	}
	return a.child(p, "nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark", "obj") < 0
}

// subordinateSpeaker mends a root verb of saying p without subject whose
// complement c before it ends in a subordinator's oblique k right before
// p: k is p's subject, the subordinator p's marker, and p an adverbial
// clause of c, the root.
func (a *analysis) subordinateSpeaker(p int) bool {
	if a.head[p] >= 0 || !speechVerbs[a.lemma[p]] && !statedVerbs[a.lemma[p]] || a.child(p, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	c := -1
	for _, k := range a.kids[p] {
		if a.rel[k] == "ccomp" && k < p {
			c = k
		}
	}
	if c < 0 {
		return false
	}
	for _, k := range a.kids[c] {
		if k > p || a.rel[k] != "obl" && a.rel[k] != "nmod" || !subordinators[a.caseOf(k)] {
			continue
		}
		if _, hi := a.span(k); hi != p-1 {
			continue
		}
		cs := a.child(k, "case")
		if cs < 0 {
			return false
		}
		a.rehang(c, -1, "root")
		a.rehang(p, c, "advcl")
		a.rehang(cs, p, "mark")
		a.rehang(k, p, "nsubj")
		return true
	}
	return false
}

// namingVerbs call their object something: "called the protesters
// criminals", "branded the group terrorists".
var namingVerbs = map[string]bool{"call": true, "name": true, "brand": true, "label": true, "dub": true, "term": true}

// namedObject mends a verb of naming p whose object o is a plural noun
// with a plural noun n as compound right before it: n is p's object and
// o its predicate complement (xcomp).
func (a *analysis) namedObject(p int) bool {
	if !namingVerbs[a.lemma[p]] || a.toks[p].UPOS != "VERB" {
		return false
	}
	o := a.child(p, "obj")
	if o < 1 || a.toks[o].XPOS != "NNS" {
		return false
	}
	n := o - 1
	if a.head[n] != o || a.rel[n] != "compound" || a.toks[n].XPOS != "NNS" {
		return false
	}
	a.rehang(n, p, "obj")
	a.rehang(o, p, "xcomp")
	return true
}

// conjunctsBeforeVerb mends a coordinated verb p without subject whose
// preceding words are conjuncts of a noun y in an oblique or modifier of
// the first clause, the first of them after ", and": they are p's subject.
func (a *analysis) conjunctsBeforeVerb(p int) bool {
	switch a.rel[p] {
	case "conj", "parataxis":
	case "ccomp":
		// (a clause after ", and" that the parse made the first verb's
		// complement, where that verb says nothing)
		if h := a.head[p]; h < 0 || speechVerbs[a.lemma[h]] || statedVerbs[a.lemma[h]] {
			return false
		}
	default:
		return false
	}
	if a.toks[p].UPOS != "VERB" || a.child(p, "nsubj", "nsubj:pass") >= 0 || p < 3 {
		return false
	}
	x := p - 1
	if a.rel[x] != "conj" || a.toks[x].UPOS != "PROPN" && a.toks[x].UPOS != "NOUN" {
		return false
	}
	y := a.head[x]
	if y < 0 || y >= x || a.rel[y] != "nmod" && a.rel[y] != "obl" {
		return false
	}
	var run []int
	for _, k := range a.kids[y] {
		if a.rel[k] == "conj" && k <= x {
			run = append(run, k)
		}
	}
	start := -1
	for i, k := range run {
		cc := a.child(k, "cc")
		if cc > 0 && a.lower[cc] == "and" && a.lower[cc-1] == "," {
			start = i
			break
		}
	}
	if start < 0 {
		return false
	}
	subj := run[start]
	cc := a.child(subj, "cc")
	if a.rel[p] != "conj" {
		a.rehang(p, a.head[p], "conj")
	}
	a.rehang(subj, p, "nsubj")
	for _, k := range run[start+1:] {
		a.rehang(k, subj, "conj")
	}
	a.rehang(cc, p, "cc")
	if a.head[cc-1] == subj {
		a.rehang(cc-1, p, "punct")
	}
	return true
}

// participleAfterTimeClause mends a participle p (VBG) hung as an
// adverbial clause on a time clause h ("as/while/when ...") of another
// verb: p is that verb's adverbial clause.
func (a *analysis) participleAfterTimeClause(p int) bool {
	if a.toks[p].XPOS != "VBG" || a.rel[p] != "advcl" || p == 0 || a.lower[p-1] != "," {
		return false
	}
	h := a.head[p]
	if h < 0 || a.rel[h] != "advcl" || a.head[h] < 0 || h > p {
		return false
	}
	m := a.child(h, "mark")
	if m < 0 {
		return false
	}
	switch a.lower[m] {
	case "as", "while", "when":
	default:
		return false
	}
	// (only when the time clause tells of a person, who does not kill by
	// driving: "as fighting spread, killing 12" is the fighting's)
	sj := a.child(h, "nsubj")
	if sj < 0 || a.toks[sj].UPOS != "PRON" && a.toks[sj].UPOS != "PROPN" {
		return false
	}
	a.rehang(p, a.head[h], "advcl")
	return true
}

// sayingParticiples are participles of saying that tell what the
// sentence's speaker says as it acts ("..., accusing X of ...").
var sayingParticiples = map[string]bool{"accuse": true, "say": true, "call": true, "cite": true, "argue": true,
	"warn": true, "claim": true, "describe": true, "blame": true, "allege": true, "insist": true, "add": true,
	"charge": true, "denounce": true, "condemn": true}

// speechAfterInfinitive mends a participle of saying p hung after a comma
// as an adverbial clause on a to-infinitive (or a verb under one): p is
// the adverbial clause of the verb that heads the chain.
func (a *analysis) speechAfterInfinitive(p int) bool {
	if a.toks[p].XPOS != "VBG" || a.rel[p] != "advcl" || p == 0 || a.lower[p-1] != "," || !sayingParticiples[a.lemma[p]] {
		return false
	}
	h := a.head[p]
	if h < 0 || h > p {
		return false
	}
	top, inf := h, false
	for i := 0; i < 10; i++ {
		r := a.rel[top]
		if r != "xcomp" && r != "advcl" && r != "ccomp" {
			break
		}
		if m := a.child(top, "mark"); m >= 0 && a.lower[m] == "to" {
			inf = true
		} else if r != "xcomp" {
			break
		}
		if a.head[top] < 0 || a.toks[a.head[top]].UPOS != "VERB" {
			break
		}
		top = a.head[top]
	}
	if !inf || top == h {
		return false
	}
	a.rehang(p, top, "advcl")
	return true
}

// accuseOfVerbs take their object and an of-gerund: "accused X of
// plotting".
var accuseOfVerbs = map[string]bool{"accuse": true, "suspect": true, "convict": true, "acquit": true, "absolve": true}

// accusedOfSubject mends a noun n made the subject (nsubj) of a gerund g
// with the mark "of" after n, g an adverbial clause of a verb of
// accusing v that has no object: n is v's object.
func (a *analysis) accusedOfSubject(n int) bool {
	if a.rel[n] != "nsubj" {
		return false
	}
	g := a.head[n]
	if g < 0 || g < n || a.toks[g].XPOS != "VBG" || a.rel[g] != "advcl" {
		return false
	}
	m := a.child(g, "mark")
	if m < 0 || a.lower[m] != "of" || m < n {
		return false
	}
	v := a.head[g]
	if v < 0 || v > n || !accuseOfVerbs[a.lemma[v]] || a.child(v, "obj") >= 0 {
		return false
	}
	a.rehang(n, v, "obj")
	return true
}

// objectConjunct mends a noun k hung as conj on a verb v that has an
// object o before k, with a coordinating conjunction of k's between
// them, and no subject or verb of k's own.
func (a *analysis) objectConjunct(k int) bool {
	if a.rel[k] != "conj" || a.toks[k].UPOS != "NOUN" && a.toks[k].UPOS != "PROPN" {
		return false
	}
	v := a.head[k]
	if v < 0 || a.toks[v].UPOS != "VERB" || v > k {
		return false
	}
	o := a.child(v, "obj")
	if o < 0 || o > k {
		return false
	}
	cc := a.child(k, "cc")
	// (", and" opens a clause: "criticised the move, and Marco Rubio,
	// Trump's choice, is expected to reverse it")
	if cc < 0 || cc < o || cc > 0 && a.lower[cc-1] == "," || a.child(k, "nsubj", "cop", "aux", "nsubj:pass", "acl", "acl:relcl", "appos") >= 0 {
		return false
	}
	a.rehang(k, o, "conj")
	for _, j := range append([]int(nil), a.kids[k]...) {
		if a.rel[j] == "nmod" && j > k {
			a.rehang(j, v, "obl")
		}
	}
	return true
}

// subordinatorCases open a clause of time when the parse reads them as a
// preposition.
var subordinatorCases = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true}

// subordinateSubject mends a verb p hung as conj on h with no subject or
// conjunction of its own, right after an oblique o of h opened by a
// subordinator whose phrase ends right before p.
func (a *analysis) subordinateSubject(p int) bool {
	if a.rel[p] != "conj" || a.toks[p].UPOS != "VERB" || a.child(p, "nsubj", "nsubj:pass", "cc", "mark") >= 0 {
		return false
	}
	h := a.head[p]
	if h < 0 || h > p || a.toks[h].UPOS != "VERB" {
		return false
	}
	o := -1
	for _, k := range a.kids[h] {
		if a.rel[k] == "obl" && k < p {
			if _, hi := a.span(k); hi == p-1 {
				o = k
			}
		}
	}
	if o < 0 {
		return false
	}
	c := a.child(o, "case")
	if c < 0 || !subordinatorCases[a.lower[c]] {
		return false
	}
	later := []int{}
	for _, k := range a.kids[h] {
		if k > p && a.rel[k] == "conj" && a.toks[k].UPOS == "VERB" && a.child(k, "nsubj", "nsubj:pass") < 0 {
			later = append(later, k)
		}
	}
	a.rehang(p, h, "advcl")
	a.rehang(o, p, "nsubj")
	a.rehang(c, p, "mark")
	for _, k := range later {
		a.rehang(k, p, "conj")
	}
	return true
}

// appositionSubject mends a name k hung as appos on a word before it,
// after a comma, when the finite verb right after k's phrase has no
// subject.
func (a *analysis) appositionSubject(k int) bool {
	if a.rel[k] != "appos" || a.toks[k].UPOS != "PROPN" && a.toks[k].UPOS != "NOUN" {
		return false
	}
	f, hi := a.span(k)
	if !(a.lower[f] == "," || f >= 1 && a.lower[f-1] == ",") || hi+1 >= len(a.toks) {
		return false
	}
	p := hi + 1
	switch a.toks[p].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	if a.toks[p].UPOS != "VERB" || a.child(p, "nsubj", "nsubj:pass", "csubj") >= 0 || a.head[k] > k {
		return false
	}
	a.rehang(k, p, "nsubj")
	return true
}
