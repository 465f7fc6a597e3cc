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
)

// wordsOn switches constrainWords (tests turn it off to compare).
var wordsOn = true

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
			if i == 0 || m.upos[c] != "VERB" || m.upos[out[i-1]] != "VERB" || fi.role[out[i+1]] != roleNominal ||
				!ts[i].lexOn || ts[i].lex&lxNoun == 0 || bareInfinitive(m, toks[i-1].Form, out[i-1]) {
				break
			}
			switch m.xpos[out[i-1]] {
			case "VBD", "VBZ", "VBP", "VBN":
				fix(i, "NN", nounLimit)
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
	if fi.vbn < 0 || !opensClause(m.upos[c], m.xpos[c], toks[o].Form) ||
		o > 0 && strings.EqualFold(toks[o-1].Form, "well") { // "as well as any forms retrieved"
		return -1
	}
	rel := m.xpos[c] == "WDT" || m.xpos[c] == "WP"
	v, nominal := o+1, false
	for v < len(out) {
		if r := fi.role[out[v]]; r == roleNominal {
			nominal = true
		} else if r != roleNP {
			break
		}
		v++
	}
	if v >= len(out) || out[v] != fi.vbn || ts[v].fixed >= 0 || !rel && !nominal ||
		!strings.HasSuffix(strings.ToLower(toks[v].Form), "ed") || prepParticiple(toks[v].Form) {
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
