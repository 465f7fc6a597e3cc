package coder

import (
	"strings"

	"github.com/dyad-events/dyad/internal/verbs"
)

// windows returns the tokens a pattern may see before and after the
// predicate p: after, the predicate's own phrase without its subject,
// coordinated clauses and side clauses; before, the clause it sits in.
func (a *analysis) windows(p int) (pre, post []int) {
	skip := make([]bool, len(a.toks))
	for _, k := range a.kids[p] {
		switch a.rel[k] {
		case "advcl":
			// "barred X from running", "stopped X from leaving": a gerund
			// after "from" is the verb's own complement, not a side clause.
			if m := a.child(k, "mark"); m >= 0 && a.lower[m] == "from" && a.toks[k].XPOS == "VBG" {
				continue
			}
			// "looked forward to working with X", "committed to helping
			// X": a gerund after "to" is the verb's own complement.
			if m := a.child(k, "mark", "case"); m >= 0 && a.lower[m] == "to" && m == k-1 && a.toks[k].XPOS == "VBG" {
				continue
			}
			a.mark(k, skip)
		case "nsubj", "nsubj:pass", "csubj", "parataxis", "conj", "punct", "cc", "acl:relcl", "appos", "discourse", "vocative", "list":
			a.mark(k, skip)
		case "ccomp":
			// What a stating verb says with a subject of its own is coded
			// from that clause ("announced it would deliver military
			// equipment to Armenia"), not by the stating verb's patterns.
			// (A warning or threat names what it threatens: "warned China
			// that Washington would impose sanctions" is 1312.)
			// (Nor does a demand or a finding: "insisted that Armenia amend
			// its constitution", "declared that Iran was in breach".)
			if statedVerbs[a.lemma[p]] && !threatVerbs[a.lemma[p]] && !clauseVerbs[a.lemma[p]] && a.child(k, "nsubj", "nsubj:pass") >= 0 {
				a.mark(k, skip)
			}
		}
	}
	for j := p + 1; j < len(a.toks); j++ {
		if !skip[j] && a.inSubtree(j, p) && a.toks[j].UPOS != "PUNCT" {
			post = append(post, j)
		}
	}
	// A verb the parse made a modifier of its object: the object's phrase
	// after the verb is what follows it ("fired tear gas at protesters").
	if _, obj, ok := a.verbAsModifier(p); ok {
		for j := p + 1; j < len(a.toks); j++ {
			if a.inSubtree(j, obj) && a.toks[j].UPOS != "PUNCT" && !a.inSubtree(j, p) {
				post = append(post, j)
			}
		}
	}
	top := p
	for d := 0; d < 3; d++ {
		r := a.rel[top]
		if (r == "xcomp" || r == "ccomp" || r == "conj") && a.head[top] >= 0 {
			top = a.head[top]
			continue
		}
		break
	}
	for j := 0; j < p; j++ {
		if a.toks[j].UPOS == "PUNCT" {
			continue
		}
		if a.inSubtree(j, top) {
			pre = append(pre, j)
		}
	}
	return pre, post
}

// clauseVerbs are stating verbs whose dictionary patterns read their
// that-clause: warnings, demands, findings.
var clauseVerbs = map[string]bool{"warn": true, "insist": true, "declare": true}

func (a *analysis) mark(t int, skip []bool) {
	if skip[t] {
		return
	}
	skip[t] = true
	for _, k := range a.kids[t] {
		a.mark(k, skip)
	}
}

// wordIs says whether token j is the dictionary word w.
func (a *analysis) wordIs(j int, w string) bool {
	if a.lower[j] == w || a.lemma[j] == w {
		return true
	}
	if strings.HasSuffix(w, "s") && a.lemma[j] == w[:len(w)-1] {
		return true
	}
	if len(w) > 2 && strings.HasSuffix(a.lower[j], "s") && a.lower[j][:len(a.lower[j])-1] == w {
		return true
	}
	if w == "n't" && a.lower[j] == "not" || w == "not" && a.lower[j] == "n't" {
		return true
	}
	return false
}

// elemAt tries element e at window position k; it returns the number of
// window tokens consumed and, for actor markers, the token.
func (c *Coder) elemAt(a *analysis, e verbs.Elem, win []int, k int) (int, bool) {
	j := win[k]
	switch e.Kind {
	case verbs.Word:
		return 1, a.wordIs(j, e.Text)
	case verbs.Synset:
		return c.synsetAt(a, e.Text, win, k, 0)
	case verbs.Target, verbs.Source, verbs.Compound:
		return 1, a.inMent[j] >= 0
	}
	return 0, true
}

func (c *Coder) synsetAt(a *analysis, name string, win []int, k, depth int) (int, bool) {
	if depth > 4 {
		return 0, false
	}
	j := win[k]
	var keys [4]string
	nk := 0
	keys[nk] = a.lower[j]
	nk++
	if a.lemma[j] != a.lower[j] {
		keys[nk] = a.lemma[j]
		nk++
	}
	keys[nk] = a.lemma[j] + "s"
	nk++
	if l := a.lower[j]; len(l) > 3 && l[len(l)-1] == 's' {
		keys[nk] = l[:len(l)-1]
		nk++
	}
	try := func(ph []string) (int, bool) {
		n := 0
		for i, w := range ph {
			if k+n >= len(win) {
				return 0, false
			}
			if strings.HasPrefix(w, "&") {
				m, ok := c.synsetAt(a, strings.ToUpper(strings.TrimRight(w[1:], "_")), win, k+n, depth+1)
				if !ok {
					return 0, false
				}
				n += m
				continue
			}
			if i > 0 && win[k+n] != win[k+n-1]+1 {
				return 0, false
			}
			if !a.wordIs(win[k+n], w) {
				return 0, false
			}
			n++
		}
		return n, n > 0
	}
	for _, key := range keys[:nk] {
		for _, ph := range c.v.SynsetPhrases(name, key) {
			if n, ok := try(ph); ok {
				return n, true
			}
		}
	}
	// Phrases that start with a nested synset.
	for _, ph := range c.v.SynsetPhrases(name, "") {
		if n, ok := try(ph); ok {
			return n, true
		}
	}
	for _, ph := range c.v.Synsets[name] {
		if len(ph) > 0 && strings.HasPrefix(ph[0], "&") {
			if n, ok := try(ph); ok {
				return n, true
			}
		}
	}
	return 0, false
}

// matchPost matches elements forward over win; it returns the number of
// literal elements and the tokens of the target and source markers.
func (c *Coder) matchPost(a *analysis, els []verbs.Elem, win []int, p int) (lits, tgt, src int, ok bool) {
	tgt, src = -1, -1
	pos := 0
	prevTok := p
	ppGroup, ppObj := 0, -1 // the "(PREP ...)" group being matched and its object
	for i, e := range els {
		if e.Kind == verbs.Skip {
			continue
		}
		adjacent := e.Adjacent && i > 0 || i == 0 && e.Adjacent
		found := false
		for k := pos; k < len(win); k++ {
			if adjacent && win[k] != prevTok+1 {
				if win[k] > prevTok+1 {
					break
				}
				continue
			}
			n, good := c.elemAt(a, e, win, k)
			// "(TO +)": the preposition heads a phrase of the predicate
			// (not a word inside a compound such as "surface-to-air"), and
			// the rest of the group lies inside that phrase.
			if good && e.Prep {
				j := win[k]
				h := a.head[j]
				if a.rel[j] != "case" && a.rel[j] != "mark" || h < 0 || a.rel[h] == "compound" {
					good = false
				}
				// "(TO +)" is a prepositional phrase with an actor, not an
				// infinitive ("thought to be launched by militias").
				if a.rel[j] == "mark" && a.toks[j].UPOS == "PART" && i+1 < len(els) && els[i+1].Group == e.Group &&
					(els[i+1].Kind == verbs.Target || els[i+1].Kind == verbs.Source) {
					good = false
				}
			}
			if good && e.Group > 0 && !e.Prep && e.Group == ppGroup && ppObj >= 0 && !a.inSubtree(win[k], ppObj) {
				good = false
			}
			// "to +" is a to-phrase with an actor, not an infinitive
			// marker before a verb whose object is an actor ("sent
			// fighters to Syria to back the government").
			if good && !e.Prep && e.Kind == verbs.Word && e.Text == "to" && a.toks[win[k]].UPOS == "PART" && i+1 < len(els) &&
				(els[i+1].Kind == verbs.Target || els[i+1].Kind == verbs.Source) {
				good = false
			}
			if !good {
				if adjacent {
					break
				}
				continue
			}
			if e.Prep {
				ppGroup, ppObj = e.Group, a.head[win[k]]
			}
			switch e.Kind {
			case verbs.Target:
				tgt = a.inMent[win[k]]
				n = a.skipMention(win, k)
			case verbs.Source:
				src = a.inMent[win[k]]
				n = a.skipMention(win, k)
			case verbs.Compound:
				n = a.skipMention(win, k)
			default:
				lits++
			}
			if n < 1 {
				n = 1
			}
			pos = k + n
			prevTok = win[k+n-1]
			found = true
			break
		}
		if !found {
			return 0, -1, -1, false
		}
	}
	return lits, tgt, src, true
}

// skipMention is the number of window tokens from k that belong to the
// same mention.
func (a *analysis) skipMention(win []int, k int) int {
	h := a.inMent[win[k]]
	n := 0
	for k+n < len(win) && a.inMent[win[k+n]] == h {
		n++
	}
	return n
}

// matchPre matches elements backward over win (tokens before the verb).
func (c *Coder) matchPre(a *analysis, els []verbs.Elem, adjVerb bool, win []int, p int) (lits, tgt, src int, compound, ok bool) {
	tgt, src = -1, -1
	pos := len(win) - 1
	nextTok := p
	for i := len(els) - 1; i >= 0; i-- {
		e := els[i]
		if e.Kind == verbs.Skip {
			continue
		}
		adjacent := i == len(els)-1 && adjVerb || i < len(els)-1 && els[i+1].Adjacent
		found := false
		for k := pos; k >= 0; k-- {
			if adjacent && win[k] != nextTok-1 {
				if win[k] < nextTok-1 {
					break
				}
				continue
			}
			n, good := c.elemAt(a, e, win, k)
			if !good || k+n-1 >= len(win) {
				if adjacent {
					break
				}
				continue
			}
			switch e.Kind {
			case verbs.Target:
				tgt = a.inMent[win[k]]
			case verbs.Source:
				src = a.inMent[win[k]]
			case verbs.Compound:
				compound = true
			default:
				lits++
			}
			pos = k - 1
			nextTok = win[k]
			found = true
			break
		}
		if !found {
			return 0, -1, -1, false, false
		}
	}
	return lits, tgt, src, compound, true
}

// verbWords checks the other words of a multi-word verb around p and
// returns the tokens they take.
func (a *analysis) verbWords(v *verbs.Verb, p int) ([]int, bool) {
	var used []int
	j := p
	for _, w := range v.After {
		found := -1
		// a particle child first ("broke the deal off"), then the next words
		for _, k := range a.kids[p] {
			if k > j && (a.rel[k] == "compound:prt" || a.rel[k] == "compound" || a.rel[k] == "advmod" || a.rel[k] == "obl" || a.rel[k] == "case" || a.rel[k] == "obj") && a.wordIs(k, w) {
				found = k
				break
			}
		}
		if found < 0 && j+1 < len(a.toks) && a.wordIs(j+1, w) {
			found = j + 1
		}
		if found < 0 && j+2 < len(a.toks) && a.wordIs(j+2, w) && a.toks[j+1].UPOS != "PUNCT" {
			found = j + 2
		}
		if found < 0 {
			return nil, false
		}
		used = append(used, found)
		j = found
	}
	j = p
	for i := len(v.Before) - 1; i >= 0; i-- {
		w := v.Before[i]
		found := -1
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			if a.wordIs(k, w) {
				found = k
				break
			}
		}
		if found < 0 {
			return nil, false
		}
		used = append(used, found)
		j = found
	}
	return used, true
}

// bestMatch picks the entry and pattern for predicate p.
func (c *Coder) bestMatch(a *analysis, p int, entries []verbs.Entry) (match, bool) {
	bestWords := -1
	var cands []verbs.Entry
	var usedBy [][]int
	for _, e := range entries {
		used, ok := a.verbWords(e.Verb, p)
		if !ok {
			continue
		}
		w := 1 + len(e.Verb.Before) + len(e.Verb.After)
		if w > bestWords {
			bestWords = w
			cands = cands[:0]
			usedBy = usedBy[:0]
		}
		if w == bestWords {
			cands = append(cands, e)
			usedBy = append(usedBy, used)
		}
	}
	if len(cands) == 0 {
		return match{}, false
	}
	pre, post := a.windows(p)
	best := match{target: -1, source: -1, words: -1}
	c.matchCands(a, p, cands, usedBy, pre, post, &best)
	// A passive with a by-phrase is matched as its active: the agent
	// stands before the verb and the patient after it ("the building was
	// demolished by protesters" as "protesters demolished the building").
	if pre2, post2, ok := a.activeWindows(p, post); ok {
		alt := match{target: -1, source: -1, words: -1}
		c.matchCands(a, p, cands, usedBy, pre2, post2, &alt)
		if alt.words > best.words {
			best = alt
		}
	}
	if best.words >= 0 {
		return best, true
	}
	// No pattern: the first entry with a code of its own or its block's.
	for _, e := range cands {
		code, rev := e.Code()
		if code != "" && strings.Trim(code, "-") != "" {
			return match{entry: e, code: code, reverse: rev, rule: e.Verb.Source, target: -1, source: -1}, true
		}
	}
	return match{}, false
}

// activeWindows returns the windows of a passive predicate with a
// by-phrase read as its active: before the verb the agent's phrase, after
// it the passive subject's phrase and the rest of the predicate's phrase.
func (a *analysis) activeWindows(p int, post []int) (pre2, post2 []int, ok bool) {
	if a.child(p, "aux:pass") < 0 {
		return nil, nil, false
	}
	subj := a.child(p, "nsubj:pass")
	if subj < 0 && a.rel[p] == "acl" {
		// "evidence ... was presented by X" parsed as a clause that
		// modifies its subject.
		subj = a.head[p]
	}
	if subj < 0 {
		return nil, nil, false
	}
	ag := a.agent(p, true)
	if ag < 0 {
		// No agent: the patient alone goes after the verb ("a mortar bomb
		// was fired at X" as "[someone] fired a mortar bomb at X"); the
		// source, if any, comes from elsewhere (a from-phrase).
		for j := range a.toks {
			if a.inSubtree(j, subj) && (subj != a.head[p] || !a.inSubtree(j, p)) && a.toks[j].UPOS != "PUNCT" {
				post2 = append(post2, j)
			}
		}
		return nil, append(post2, post...), true
	}
	for j := range a.toks {
		if a.inSubtree(j, ag) && a.toks[j].UPOS != "PUNCT" && !(a.head[j] == ag && a.rel[j] == "case") {
			pre2 = append(pre2, j)
		}
	}
	for j := range a.toks {
		if a.inSubtree(j, subj) && (subj != a.head[p] || !a.inSubtree(j, p)) && a.toks[j].UPOS != "PUNCT" {
			post2 = append(post2, j)
		}
	}
	for _, j := range post {
		if !a.inSubtree(j, ag) {
			post2 = append(post2, j)
		}
	}
	return pre2, post2, true
}

// matchCands matches the patterns of the candidate entries over the
// windows pre and post, keeping the most specific in best.
func (c *Coder) matchCands(a *analysis, p int, cands []verbs.Entry, usedBy [][]int, pre, post []int, best *match) {
	for ci, e := range cands {
		usedSet := map[int]bool{}
		for _, u := range usedBy[ci] {
			usedSet[u] = true
		}
		pw := post
		if len(usedSet) > 0 {
			pw = nil
			for _, j := range post {
				if !usedSet[j] {
					pw = append(pw, j)
				}
			}
		}
		for _, pat := range e.Block.Patterns {
			if len(pat.Pre) == 0 && len(pat.Post) == 0 || !usableCode(pat.Code) || !a.hasWords(pat.Words) {
				continue
			}
			l1, t1, s1, comp, ok := c.matchPre(a, pat.Pre, pat.PreAdjacent, pre, p)
			if !ok {
				continue
			}
			l2, t2, s2, ok := c.matchPost(a, pat.Post, pw, p)
			if !ok {
				continue
			}
			if comp {
				subj, _ := a.subjectOf(p)
				if subj < 0 || len(a.actorsAt(subj)) < 2 {
					continue
				}
			}
			lits := l1 + l2
			if lits == 0 && !comp {
				continue
			}
			// A later pattern written exactly like the best one so far
			// replaces it: in a PETRARCH dictionary the last of two
			// identical patterns is the one that counts ("- * &INVESTIGATION
			// [091]" then "- * &INVESTIGATION [1014]" in the same block).
			// At equal length a pattern of words beats one of synsets
			// ("- MISSILE *" before "- &WEAPON *"): it is the more specific.
			if lits > best.words || lits == best.words && best.pat != nil && (samePattern(best.pat, pat) || len(pat.Words) > len(best.pat.Words)) {
				tg, sr := t1, s1
				if t2 >= 0 {
					tg = t2
				}
				if s2 >= 0 {
					sr = s2
				}
				*best = match{entry: e, code: pat.Code, reverse: pat.Reverse, rule: pat.Source, target: tg, source: sr, words: lits, compound: comp,
					negates: c.negates(pat), pat: pat}
			}
		}
	}
}

// samePattern reports whether two patterns have the same elements.
func samePattern(x, y *verbs.Pattern) bool {
	if x.PreAdjacent != y.PreAdjacent || len(x.Pre) != len(y.Pre) || len(x.Post) != len(y.Post) {
		return false
	}
	for i := range x.Pre {
		if x.Pre[i] != y.Pre[i] {
			return false
		}
	}
	for i := range x.Post {
		if x.Post[i] != y.Post[i] {
			return false
		}
	}
	return true
}

// hasWords reports whether every word could match some token of the
// sentence (a quick test before matching a pattern).
func (a *analysis) hasWords(ws []string) bool {
	for _, w := range ws {
		if a.words[w] {
			continue
		}
		if strings.HasSuffix(w, "s") && a.words[w[:len(w)-1]] {
			continue
		}
		if w == "n't" && a.words["not"] || w == "not" && a.words["n't"] {
			continue
		}
		return false
	}
	return true
}

// usableCode reports whether a pattern's code can be coded: CAMEO digits
// (with a letter suffix some dictionaries add), or "---", which stops the
// verb from coding. Placeholders such as "+++", "###" or "xxy" in test
// dictionaries are not codes; their patterns are skipped.
func usableCode(code string) bool {
	if code == "---" {
		return true
	}
	return code != "" && code[0] >= '0' && code[0] <= '9'
}

var negWords = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}

// negates reports whether a pattern spells out a negation ("NOT *",
// "&NEGSYN *"): its code is then the code of the negated action, and the
// event is not dropped as negated.
func (c *Coder) negates(p *verbs.Pattern) bool {
	for _, els := range [][]verbs.Elem{p.Pre, p.Post} {
		for _, e := range els {
			switch e.Kind {
			case verbs.Word:
				if negWords[e.Text] {
					return true
				}
			case verbs.Synset:
				for _, ph := range c.v.Synsets[e.Text] {
					for _, w := range ph {
						if negWords[w] {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
