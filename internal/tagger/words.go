package tagger

import (
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
)

// Word-level decoding steps (constrainWords): a word whose context leaves
// it one reading that the greedy tags missed.

// Limits of constrainWords, in score units of the last stage: how far the
// new reading may trail the word's best class. Their patterns are rare in
// EWT: at any limit up to 300 they change 2 words of dev (both right:
// "How to Pledge/VB", "could n't possibly have/VB") and, after a modal,
// one of train ("you will busy/VB going", under 50); a clause's past tense
// changes 2 words of dev (both right) and one of train (right) at 75,
// and at 100 one more of train, wrongly ("seen as an assassination
// ordered/VBD by"); the limits leave room
// above the news cases ("will free" trails by 39, "to damage" by 35, "to
// shelter" by 69, ", accusing" by 10, "used tear" by 14).
var (
	modalLimit  float32 = 50  // a verb after a modal: "will free/JJ"
	toLimit     float32 = 100 // a verb after infinitival to: "to damage/NN"
	commaLimit  float32 = 40  // a participle after "noun ,": ", accusing/JJ"
	nounLimit   float32 = 40  // a noun after a verb: "used tear/VB gas"
	clauseLimit float32 = 75  // a clause's past tense: "as both sides traded/VBN accusations"

	accordingLimit float32 = 100 // a noun after "according to": "according to aid/VB agencies"
)

// wordsOn switches constrainWords (tests turn it off to compare).
var wordsOn = true

// newsOn switches the steps added for news wording (tests turn it off to
// compare): a conjunction of time read as a preposition (clauseParticiple,
// timeClause), an irregular past tense there (pastTense), a coordinated
// object ("water cannon and tear gas"), a nationality before "and" and an
// adjective, a verb-only word after "VB ... and", "according to", and in
// constrainFinite a closing reporting frame (finReport), a participle
// inside the subject and a verb in -s after a one-word name (verbSwap).
var newsOn = true

// constrainWords retags single words whose neighbours rule out their
// greedy tag, each when the new reading trails the word's best class by
// less than its limit; the sentence is then decoded again with those
// words fixed. It reports whether it changed out.
//
//   - After a modal that follows its subject (and adverbs: "will also"), a
//     word that WordNet knows as a verb is VB, not JJ, NN, RB or a finite
//     form: "Hamas will free/JJ 33 hostages" ("free" is always JJ in
//     EWT train, so the tag dictionary had fixed it); not the first noun
//     of a compound ("will not wire tap the links").
//   - After infinitival to (PART TO), such a word is VB, not NN or JJ:
//     "trying to damage/NN the economy"; "to" read as a preposition
//     after a verb or adjective that takes an infinitive (try, seek, vow,
//     threaten, able, ...: takesInfinitive) is first made PART TO ("was
//     trying to/IN shelter/NN civilians").
//   - After "noun ," in a sentence that has a finite verb before the
//     comma, a word in -ing read as JJ or NN and followed by the start of
//     an object or a phrase (opensPhrase; not "shopping malls" in a list)
//     is VBG: "the embassies of ... the United States, accusing/JJ
//     Western countries of ...".
//   - A base form right after a lexical verb (no auxiliary, and not one of
//     the verbs that take a bare infinitive: help, let, make, ...) and
//     before a noun is a noun: "Police used tear/VB gas".
//   - A short lowercase word between hyphens inside a capitalised name is
//     part of it: "Lashkar - e - Taiba" (EWT: Hizb - e - Islami, all NNP).
//   - An -ed participle after a relative word or a conjunction and its
//     subject, with no finite verb after it in the clause, is the
//     clause's past tense: "as both sides traded/VBN accusations", "which
//     rights groups condemned/VBN" (clauseParticiple).
func (m *model) constrainWords(toks []doc.Token, ts []tokInfo, out []int, feats []uint64, scores []float32, sure float32) ([]uint64, bool) {
	fi := m.fin
	if !wordsOn || fi == nil || fi.vb < 0 || fi.vbg < 0 || fi.nn < 0 || fi.nnp < 0 {
		return feats, false
	}
	n := len(out)
	changed, again := false, false
	// fix gives word j the best class of XPOS x when it trails the best
	// by less than limit (AUX VB for "could n't possibly have").
	fix := func(j int, x string, limit float32) {
		if ts[j].fixed >= 0 && !m.dictFixed(ts, j) || m.xpos[out[j]] == x {
			return
		}
		feats = m.lastScores(ts, out, j, feats, scores)
		top, c := scores[out[j]], -1
		for k, v := range scores {
			if v > top {
				top = v
			}
			// of the classes of XPOS x, the best, but one of the
			// word's UPOS first (VERB VBD, not AUX VBD)
			if m.xpos[k] == x && (c < 0 || m.upos[k] == m.upos[out[j]] && (m.upos[c] != m.upos[out[j]] || v > scores[c]) ||
				m.upos[c] != m.upos[out[j]] && v > scores[c]) {
				c = k
			}
		}
		if c >= 0 && top-scores[c] < limit {
			ts[j].fixed = int32(c)
			changed = true
		}
	}
	// fixClass gives word j class f when it trails the best by less than
	// limit.
	fixClass := func(j, f int, limit float32) {
		if f < 0 || ts[j].fixed >= 0 && !m.dictFixed(ts, j) || out[j] == f {
			return
		}
		var d float32
		if feats, d = m.deficit(ts, out, j, f, feats, scores); d < limit {
			ts[j].fixed = int32(f)
			changed = true
		}
	}
	// A capitalised word read as an auxiliary that is none is a name:
	// "Xi/VBZ told his guest" (Xi Jinping).
	for i := 0; i+1 < n; i++ {
		if f := toks[i].Form; m.upos[out[i]] == "AUX" && f != "" && f[0] >= 'A' && f[0] <= 'Z' && !auxForms[strings.ToLower(f)] {
			fixClass(i, fi.nnp, 1e9)
		}
	}
	for i := 0; i+1 < n; i++ {
		c := out[i]
		switch m.xpos[c] {
		case "MD":
			if i == 0 {
				break
			}
			if p := out[i-1]; fi.role[p] != roleNominal && m.xpos[p] != "WDT" && m.xpos[p] != "WP" {
				break
			}
			j := i + 1
			for j < n && m.xpos[out[j]] == "RB" {
				j++
			}
			if j >= n || !m.lexVerb(ts, j) {
				break
			}
			switch m.xpos[out[j]] {
			case "NN", "NNP":
				if j+1 < n && fi.role[out[j+1]] == roleNominal && m.xpos[out[j+1]] != "PRP" {
					break // "will not wire tap the links": a compound
				}
				fix(j, "VB", modalLimit)
			case "JJ", "RB", "VBP", "VBD", "VBN":
				fix(j, "VB", modalLimit)
			}
		case "IN":
			if v := m.clauseParticiple(toks, ts, out, i); v > 0 {
				fix(v, "VBD", clauseLimit)
				if ts[v].fixed >= 0 && m.upos[c] == "ADP" && fi.sconj >= 0 && (ts[i].fixed < 0 || m.dictFixed(ts, i)) {
					ts[i].fixed = int32(fi.sconj) // "as/ADP the US leader prepared": its clause's mark
				}
				break
			}
			// "after/ADP police reportedly shot/VBD a demonstrator": a
			// conjunction of time before a clause with its past tense
			if newsOn && m.upos[c] == "ADP" && temporalConj(toks[i].Form) && fi.sconj >= 0 && (ts[i].fixed < 0 || m.dictFixed(ts, i)) &&
				m.timeClause(out, i) {
				ts[i].fixed = int32(fi.sconj)
				changed = true
				break
			}
			// "is trying to/IN shelter/NN civilians": to after a verb
			// or adjective that takes an infinitive is its marker.
			if i == 0 || !strings.EqualFold(toks[i].Form, "to") || fi.part < 0 || ts[i].fixed >= 0 && !m.dictFixed(ts, i) ||
				!m.lexVerb(ts, i+1) || !takesInfinitive(m, toks[i-1].Form, out[i-1]) {
				break
			}
			switch m.xpos[out[i+1]] {
			case "NN", "JJ", "NNP":
				ts[i].fixed = int32(fi.part)
				again = true
			}
		case "TO":
			if m.upos[c] != "PART" || !m.lexVerb(ts, i+1) {
				break
			}
			if i+2 < n && (m.xpos[out[i+2]] == "HYPH" || strings.EqualFold(toks[i+2].Form, "of")) {
				break // "to test - drive", "to sort of"
			}
			switch m.xpos[out[i+1]] {
			case "NN", "JJ", "NNP":
				fix(i+1, "VB", toLimit)
			}
		case ",":
			j := i + 1
			if i == 0 || fi.role[out[i-1]] != roleNominal || !m.hasFinite(out[:i]) || !ts[j].lexOn ||
				ts[j].lex&lxVerbInfl == 0 || !strings.HasSuffix(toks[j].Form, "ing") {
				break
			}
			// an object or a phrase after it, not a noun it modifies
			// nor the end of a list item ("shopping malls", "shopping ,
			// night life")
			if j+1 >= n || !opensPhrase(m.xpos[out[j+1]]) {
				break
			}
			switch m.xpos[out[j]] {
			case "JJ", "NN":
				fix(j, "VBG", commaLimit)
			}
		case "VB":
			if i == 0 || m.upos[c] != "VERB" || fi.role[out[i+1]] != roleNominal || !ts[i].lexOn || ts[i].lex&lxNoun == 0 {
				break
			}
			p := i - 1
			if m.upos[out[p]] == "CCONJ" && newsOn && p > 0 && (m.xpos[out[p-1]] == "NN" || m.xpos[out[p-1]] == "NNS") &&
				(m.xpos[out[i+1]] == "NN" || m.xpos[out[i+1]] == "NNS") {
				// "used water cannon and tear/VB gas": the verb before
				// the coordinated object, a bare noun phrase (not
				// "take a flash light and shine it", "add the water and
				// put water conditioner")
				for p--; p >= 0 && (fi.role[out[p]] == roleNominal || fi.role[out[p]] == roleNP); p-- {
					if m.upos[out[p]] == "DET" || m.xpos[out[p]] == "PRP$" || m.xpos[out[p]] == "PRP" {
						p = -1
						break
					}
				}
				if p < 0 {
					break
				}
			}
			if m.upos[out[p]] != "VERB" || bareInfinitive(m, toks[p].Form, out[p]) {
				break
			}
			switch m.xpos[out[p]] {
			case "VBD", "VBZ", "VBP", "VBN":
				fix(i, "NN", nounLimit)
			}
		case "CC":
			j := i + 1
			if !newsOn || i == 0 || j+1 >= n {
				break
			}
			// "Turkey hosted Russian/NNP and Ukrainian negotiators": a
			// name that is also an adjective, coordinated with an
			// adjective before a noun, is one.
			if p := i - 1; m.xpos[out[p]] == "NNP" && ts[p].lexOn && ts[p].lex&lxAdj != 0 && m.xpos[out[j]] == "JJ" &&
				capitalised(toks[p].Form) && capitalised(toks[j].Form) { // not "speaking French and proper French manners"
				k := j
				for k < n && m.xpos[out[k]] == "JJ" {
					k++
				}
				if k < n && (m.xpos[out[k]] == "NN" || m.xpos[out[k]] == "NNS") && (p == 0 || m.xpos[out[p-1]] != "NNP") {
					fixClass(p, fi.jj, adjLimit)
				}
			}
			// "to release five Iranians and unfreeze/RB $6 billion": a
			// word that the lexicon knows only as a verb, after a base
			// form, its object and a conjunction, before an object.
			if !m.lexVerb(ts, j) || ts[j].lex&(lxNoun|lxAdj|lxAdv) != 0 || !opensObject(m.xpos[out[j+1]]) {
				break
			}
			switch m.xpos[out[j]] {
			case "NN", "NNP", "JJ", "RB", "VBD", "VBN":
			default:
				continue
			}
			k := i - 1
			for k >= 0 && (fi.role[out[k]] == roleNominal || fi.role[out[k]] == roleNP || m.upos[out[k]] == "ADP" || m.xpos[out[k]] == "$") {
				k--
			}
			if k >= 0 && m.xpos[out[k]] == "VB" && m.upos[out[k]] == "VERB" {
				fixClass(j, fi.vb, toLimit)
			}
		case "VBG":
			// "according to/TO aid/VB agencies": a fixed preposition, and
			// a noun phrase after it.
			j := i + 1
			if !newsOn || !strings.EqualFold(toks[i].Form, "according") || j+1 >= n || !strings.EqualFold(toks[j].Form, "to") {
				break
			}
			if m.xpos[out[j]] != "IN" && fi.adp >= 0 && (ts[j].fixed < 0 || m.dictFixed(ts, j)) {
				ts[j].fixed = int32(fi.adp)
				changed = true
			}
			if ts[j+1].lexOn && ts[j+1].lex&(lxNoun|lxNounInfl) != 0 {
				switch m.xpos[out[j+1]] {
				case "VB", "VBP":
					fixClass(j+1, fi.nn, accordingLimit)
				case "VBZ":
					fixClass(j+1, fi.nns, accordingLimit)
				}
			}
		case "WDT", "WP":
			if v := m.clauseParticiple(toks, ts, out, i); v > 0 {
				fix(v, "VBD", clauseLimit)
			}
		case "HYPH":
			j := i + 1
			if i == 0 || j+2 >= n+1 || j+1 >= n || m.xpos[out[j+1]] != "HYPH" || j+2 >= n {
				break
			}
			f := toks[j].Form
			if len(f) > 3 || f == "" || f[0] < 'a' || f[0] > 'z' || !capitalised(toks[i-1].Form) || !capitalised(toks[j+2].Form) {
				break
			}
			switch f {
			case "to", "of", "in", "on", "and", "or", "a", "an", "the", "by", "at", "for", "up", "off", "out", "per", "vs":
				continue // "May - to - May"
			}
			if (ts[j].fixed < 0 || m.dictFixed(ts, j)) && out[j] != fi.nnp {
				ts[j].fixed = int32(fi.nnp)
				changed = true
			}
		}
	}
	if again {
		// a word was made infinitival to: decode, then look again at
		// the word after it.
		feats = m.decode(toks, ts, out, feats, scores, sure)
		feats, _ = m.constrainWords(toks, ts, out, feats, scores, sure)
		return feats, true
	}
	if !changed {
		return feats, false
	}
	return m.decode(toks, ts, out, feats, scores, sure), true
}

// takesInfinitive reports whether a word, tagged c, is a verb or adjective
// whose "to" after it marks an infinitive rather than a preposition.
func takesInfinitive(m *model, form string, c int) bool {
	switch m.upos[c] {
	case "VERB", "ADJ":
	default:
		return false
	}
	switch m.lem.Lemma(form, m.upos[c], m.xpos[c]) {
	case "try", "seek", "attempt", "want", "plan", "vow", "threaten", "refuse", "decide", "promise", "hope",
		"fail", "intend", "pledge", "afford", "manage", "struggle", "able", "unable", "willing", "eager":
		return true
	}
	return false
}

// dictFixed reports whether word j's class was fixed by the tag
// dictionary (a frequent word seen with one tag only: "free" is always
// JJ in EWT's training data), not by a decoding step.
func (m *model) dictFixed(ts []tokInfo, j int) bool {
	e, ok := m.dict[ts[j].lower]
	return ok && e.fixed >= 0 && e.fixed == ts[j].fixed
}

// lexVerb reports whether the lexicon knows word j as a verb lemma.
func (m *model) lexVerb(ts []tokInfo, j int) bool {
	return j < len(ts) && ts[j].lexOn && ts[j].lex&lxVerb != 0
}

// hasFinite reports whether out has a finite verb (VBD, VBZ, VBP, MD).
func (m *model) hasFinite(out []int) bool {
	for _, c := range out {
		if m.fin.role[c] == roleFinite {
			return true
		}
	}
	return false
}

// bareInfinitive reports whether the verb form, tagged c, may take a bare
// infinitive right after it ("helped build", "let go", "made sure").
func bareInfinitive(m *model, form string, c int) bool {
	switch m.lem.Lemma(form, m.upos[c], m.xpos[c]) {
	case "help", "let", "make", "have", "need", "dare", "see", "hear", "watch", "feel", "bid",
		"go", "come", "say", "suggest", "insist", "demand", "recommend", "request", "do", "be", "get":
		return true
	}
	return false
}

// capitalised reports whether a word starts with a capital letter.
func capitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// opensPhrase reports whether a word tagged xpos may open the object or
// the phrase after a participle: a determiner, pronoun, name, adjective,
// number, preposition or adverb.
func opensPhrase(xpos string) bool {
	switch xpos {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "JJ", "JJR", "CD", "IN", "RB", "TO":
		return true
	}
	return false
}

// clauseParticiple returns the index of an -ed participle that must be the
// past tense of the clause opened at o, or -1: a relative word (WDT, WP)
// and any noun phrase ("which rights groups condemned/VBN"), or a
// conjunction (opensClause) and a noun phrase ("as both sides
// traded/VBN accusations"), then the participle, with no finite verb
// after it before the clause ends ("as the troops stationed there left"
// keeps its participle).
func (m *model) clauseParticiple(toks []doc.Token, ts []tokInfo, out []int, o int) int {
	fi := m.fin
	c := out[o]
	if fi.vbn < 0 || o > 0 && strings.EqualFold(toks[o-1].Form, "well") { // "as well as any forms retrieved"
		return -1
	}
	temporal := false // after, before, since, until, once read as a preposition
	if !opensClause(m.upos[c], m.xpos[c], toks[o].Form) {
		if !newsOn || m.upos[c] != "ADP" || !temporalConj(toks[o].Form) {
			return -1
		}
		temporal = true
	}
	rel := m.xpos[c] == "WDT" || m.xpos[c] == "WP"
	v, nominal := o+1, false
	if temporal {
		v, nominal = m.nounPhrase(out, o+1)
	}
	for v < len(out) && !temporal {
		if r := fi.role[out[v]]; r == roleNominal {
			nominal = true
		} else if r != roleNP {
			break
		}
		v++
	}
	if v >= len(out) || out[v] != fi.vbn || ts[v].fixed >= 0 || !rel && !nominal || prepParticiple(toks[v].Form) ||
		newsOn && m.xpos[out[v-1]] == "POS" { // "before NASA 's planned lunar return"

		return -1
	}
	if !strings.HasSuffix(strings.ToLower(toks[v].Form), "ed") && (!newsOn || !m.pastTense(ts, toks, v)) {
		return -1
	}
	if temporal && !m.clauseVerb(out, v) {
		return -1
	}
	for _, c := range out[v+1:] {
		if r := fi.role[c]; r == roleFinite {
			return -1
		} else if r == roleBreak {
			break
		}
	}
	return v
}

// temporalConj reports whether a word is a conjunction of time that the
// tags may read as a preposition (opensClause takes them as SCONJ only).
func temporalConj(form string) bool {
	switch strings.ToLower(form) {
	case "after", "before", "since", "until", "once":
		return true
	}
	return false
}

// opensObject reports whether a word tagged xpos may open a verb's object
// noun phrase.
func opensObject(xpos string) bool {
	switch xpos {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "$":
		return true
	}
	return false
}

// pastTense reports whether word j, a verb form not in -ed, may be a past
// tense: an inflected verb form in the lexicon whose past tense is not
// that of a participle only ("struck", "fled", "held"; not "taken",
// "shown", "begun", "sung").
func (m *model) pastTense(ts []tokInfo, toks []doc.Token, j int) bool {
	if !ts[j].lexOn || ts[j].lex&lxVerbInfl == 0 || !agrees("VBD", numAny, toks[j].Form) {
		return false
	}
	switch strings.ToLower(toks[j].Form) {
	case "run", "come", "become", "overcome", "sung", "rung", "swum", "drunk", "sunk", "shrunk", "sprung", "stunk", "been", "seen":
		return false
	}
	return true
}

// clauseVerb reports whether the verb at v, after a conjunction of time
// read as a preposition and a noun phrase, is that clause's: "after talks
// mediated by China" is a phrase; "after Pakistani jets allegedly struck
// targets" a clause, whose verb has an adverb before it or an object
// after it.
func (m *model) clauseVerb(out []int, v int) bool {
	return m.xpos[out[v-1]] == "RB" || v+1 < len(out) && opensObject(m.xpos[out[v+1]])
}

// timeClause reports whether the conjunction of time at o, read as a
// preposition, opens a clause whose verb is already a past tense: a noun
// phrase, then a VBD (see clauseVerb).
func (m *model) timeClause(out []int, o int) bool {
	v, nominal := m.nounPhrase(out, o+1)
	return nominal && v < len(out) && m.xpos[out[v]] == "VBD" && m.upos[out[v]] == "VERB" && m.xpos[out[v-1]] != "POS" && m.clauseVerb(out, v)
}

// nounPhrase returns the end of the noun phrase that starts at i and
// whether it has a nominal: words of roleNP and roleNominal, up to a
// determiner or possessive pronoun after its first word, a number or a
// pronoun after a nominal, or a name after a plural noun, which start
// another ("until 1995 the LTTE
// maintained", "before the elections Pakistan closed").
func (m *model) nounPhrase(out []int, i int) (int, bool) {
	fi := m.fin
	start, nominal := i, false
	for ; i < len(out); i++ {
		r := fi.role[out[i]]
		if r != roleNominal && r != roleNP {
			break
		}
		switch x := m.xpos[out[i]]; {
		case i == start:
		case x == "DT" || x == "PRP$":
			return i, nominal
		case !nominal:
		case x == "CD" || x == "PRP", m.xpos[out[i-1]] == "NNS" && (x == "NNP" || x == "NNPS"):
			return i, nominal
		}
		if r == roleNominal {
			nominal = true
		}
	}
	return i, nominal
}

// auxForms are the words that may be auxiliaries.
var auxForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true,
	"being": true, "am": true, "'s": true, "'re": true, "'m": true, "s": true, "has": true, "have": true, "had": true,
	"having": true, "'ve": true, "'d": true, "do": true, "does": true, "did": true, "will": true, "would": true,
	"shall": true, "should": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"ought": true, "wo": true, "ca": true, "need": true, "dare": true, "got": true, "get": true, "gets": true,
	"'ll": true, "sha": true, "used": true, "let": true, "to": true, "ai": true, "gon": true, "wan": true, "got ta": true}
