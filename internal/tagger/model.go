package tagger

import (
	"math"
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lemma"
)

// wordEntry is what the tag dictionary knows of a lowercased word.
type wordEntry struct {
	amb   uint64 // hash of the word's ambiguity class
	fixed int32  // class of a frequent unambiguous word, else -1
}

// weight is one class's weight in a feature row.
type weight struct {
	w   float32
	cls uint32
}

// model is a trained, averaged tagger: immutable once built.
type model struct {
	classes []string // "UPOS XPOS"
	upos    []string
	xpos    []string

	// Open-addressing table from folded feature key to the feature's row
	// in packed: a header whose cls is the row length, then the weights.
	slots  []uint64 // folded key << 32 | offset in packed; 0 = empty
	shift  uint
	packed []weight
	nRows  int

	// next is a second stage that sees this stage's tags of the words
	// around (right context included); nil if none.
	next *model

	dict  map[uint64]wordEntry
	fdict map[uint64]uint64 // cased form → ambiguity class hash
	lem   *lemma.Lemmatizer
	lex   *Lexicon    // outside word lists; nil if none
	fin   *finiteInfo // the tag set as the finite-verb constraint sees it

	// nameAmb holds the ambiguity-class hashes (see fdict) of the sets of
	// proper-noun tags: a cased form seen only as NNP, NNPS or both.
	nameAmb map[uint64]bool
}

func fold(k uint64) uint32 {
	f := uint32(k ^ k>>32)
	if f == 0 {
		f = 1
	}
	return f
}

func (m *model) lookup(k uint64) int32 {
	f := fold(k)
	mask := uint32(len(m.slots) - 1)
	i := (f * 0x9E3779B1) >> m.shift
	for {
		s := m.slots[i]
		if uint32(s>>32) == f {
			return int32(uint32(s))
		}
		if s == 0 {
			return -1
		}
		i = (i + 1) & mask
	}
}

// buildTable makes the lookup table: row r has key keys[r] (folded,
// distinct) and weights ws[start[r]:start[r+1]].
func (m *model) buildTable(keys []uint32, start []int32, ws []weight) {
	size := 2
	for 2*size < 3*len(keys) {
		size *= 2
	}
	bits := uint(0)
	for 1<<bits < size {
		bits++
	}
	m.shift = 32 - bits
	m.slots = make([]uint64, size)
	m.packed = make([]weight, 0, len(ws)+len(keys))
	m.nRows = len(keys)
	mask := uint32(size - 1)
	for r, f := range keys {
		off := len(m.packed)
		row := ws[start[r]:start[r+1]]
		m.packed = append(m.packed, weight{cls: uint32(len(row))})
		m.packed = append(m.packed, row...)
		i := (f * 0x9E3779B1) >> m.shift
		for m.slots[i] != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = uint64(f)<<32 | uint64(uint32(off))
	}
}

func (m *model) splitClasses() {
	m.upos = make([]string, len(m.classes))
	m.xpos = make([]string, len(m.classes))
	for i, c := range m.classes {
		u, x, _ := strings.Cut(c, " ")
		m.upos[i], m.xpos[i] = u, x
	}
	m.initFinite()
	var names []int // classes of proper nouns, in order
	for c := range m.classes {
		if m.xpos[c] == "NNP" || m.xpos[c] == "NNPS" {
			names = append(names, c)
		}
	}
	m.nameAmb = map[uint64]bool{}
	if len(names) > 8 {
		names = names[:8]
	}
	for set := 1; set < 1<<len(names); set++ {
		a := uint64(formAmbSeed)
		for k, c := range names {
			if set&(1<<k) != 0 {
				a = mix(a ^ uint64(c+1))
			}
		}
		m.nameAmb[a] = true
	}
}

// prepare computes the word analyses of a sentence.
func (m *model) prepare(ts []tokInfo, toks []doc.Token) {
	for i := range toks {
		ti := &ts[i]
		analyse(ti, toks[i].Form, i)
		if am := m.americanSpelling(toks[i].Form, ti.lower); am != "" {
			analyse(ti, am, i) // "Defence" read as "Defense"
		}
		ti.fixed = -1
		ti.amb = 0
		ti.drop = false
		ti.s1 = -1
		if e, ok := m.dict[ti.lower]; ok {
			ti.amb, ti.fixed = e.amb, e.fixed
		}
		ti.famb = m.fdict[ti.form]
		ti.lex = uint64(m.lex.lookup(ti.lower))
		ti.lexOn = m.lex != nil
	}
	c := sentenceCase(ts)
	for i := range ts {
		ts[i].scase = c
	}
}

// titleOn switches lowerTitle (tests turn it off to compare).
var titleOn = true

// constrain runs the decoding constraints on a tagged sentence: the
// finite-verb constraints (constrainVerbs) and, for a title-case sentence,
// a second reading with its common words in lowercase (see lowerTitle).
// The lowercase reading is kept when it has more finite verbs (VBD, VBZ,
// VBP, MD) after the first word than the sentence as written: a headline
// ("Ukraine Says Russian Drones Hit Power Plant") gets its verbs back,
// while a name, an address or a signature line, which EWT tags as proper
// nouns, stays as it was.
func (m *model) constrain(toks []doc.Token, ts []tokInfo, out []int, feats []uint64, scores []float32, sure float32) []uint64 {
	feats = m.constrainVerbs(toks, ts, out, feats, scores, sure)
	if !titleOn || len(ts) < 3 || ts[0].scase != caseTitle || m.fin == nil {
		return feats
	}
	nC := m.countFinite(out)
	if !m.lowerTitle(ts, toks) {
		return feats
	}
	c := sentenceCase(ts)
	for i := range ts {
		ts[i].scase = c
		ts[i].fixed = -1
		if e, ok := m.dict[ts[i].lower]; ok {
			ts[i].fixed = e.fixed
		}
	}
	feats = m.decode(toks, ts, out, feats, scores, sure)
	feats = m.constrainVerbs(toks, ts, out, feats, scores, sure)
	nL := m.countFinite(out)
	if nL > nC {
		return feats
	}
	feats = m.tagClassesSure(toks, ts, out, feats, scores, sure)
	return m.constrainVerbs(toks, ts, out, feats, scores, sure)
}

// constrainVerbs runs constrainFinite and, when that changes nothing,
// constrainObject.
func (m *model) constrainVerbs(toks []doc.Token, ts []tokInfo, out []int, feats []uint64, scores []float32, sure float32) []uint64 {
	feats, ok := m.constrainFinite(toks, ts, out, feats, scores, sure)
	if !ok {
		feats, _ = m.constrainObject(toks, ts, out, feats, scores, sure)
	}
	feats, _ = m.constrainWords(toks, ts, out, feats, scores, sure)
	return feats
}

// countFinite returns the number of words tagged VBD, VBZ, VBP or MD
// after the first word (a headline's verb has a subject before it).
func (m *model) countFinite(out []int) int {
	n := 0
	for i, c := range out {
		if i > 0 && m.fin.role[c] == roleFinite {
			n++
		}
	}
	return n
}

// lowerTitle reads a title-case sentence ("Ukraine Says Russian Drones
// Hit Power Plant") as ordinary text: each capitalised word that is a
// common word (in the lexicon's lowercase word list, or seen lowercase in
// training) and is not a name (a capitalised form seen in training and
// listed as a name, unless it can be a verb, or one never seen in
// lowercase and seen only as a proper noun) is analysed as if written in lowercase. Without
// it a headline is a run of proper nouns with no verb. A sentence with a
// lowercase word of more than three letters, an e-mail address or a phone
// number is not a headline. It reports
// whether it changed a word.
func (m *model) lowerTitle(ts []tokInfo, toks []doc.Token) bool {
	for i := range ts {
		// A headline capitalises every word but short function words.
		f := ts[i].flags
		if f&(flAlpha|flInitUpper|flDigit) == flAlpha && ts[i].length > 3 {
			return false
		}
		// A signature or an address line (EWT's e-mail) is not one:
		// an e-mail address, a phone number.
		if strings.IndexByte(toks[i].Form, '@') >= 0 || f&(flDigit|flHyphen) == flDigit|flHyphen && f&flAlpha == 0 {
			return false
		}
	}
	changed := false
	for i := range ts {
		ti := &ts[i]
		f := ti.flags
		if f&flInitUpper == 0 || f&(flAllUpper|flInnerUpper|flDigit|flPeriod) != 0 || f&flAlpha == 0 || ti.length < 2 {
			continue
		}
		src := toks[i].Form
		if am := m.americanSpelling(src, hashLower(src)); am != "" {
			src = am
		}
		low := strings.ToLower(src)
		lh := hashForm(low)
		_, seenLower := m.fdict[lh]
		a, seenCased := m.fdict[ti.form]
		switch {
		case seenCased && ti.lex&lxCapital != 0 && ti.lex&(lxVerb|lxVerbInfl) == 0:
			continue // a name that is no verb: Turkey, Amazon
		case seenLower:
		case ti.length <= 3:
			continue // an abbreviation: Rd, Co
		case ti.lex&lxLower == 0:
			continue // not a common word
		case seenCased && (m.nameAmb[a] || ti.lex&lxCapital != 0):
			continue // a name: China, Japan, Senate
		}
		amb, fixed, lex, lexOn := ti.amb, ti.fixed, ti.lex, ti.lexOn
		analyse(ti, low, i)
		ti.amb, ti.fixed, ti.lex, ti.lexOn = amb, fixed, lex, lexOn
		ti.famb = m.fdict[lh]
		changed = true
	}
	return changed
}

// predict scores the features and returns the best class. scores has
// one slot per class; it is used as a 256-slot array so that indexing by
// a class byte needs no bounds check.
func (m *model) predict(feats []uint64, scores []float32) int {
	c, _ := m.predictMargin(feats, scores)
	return c
}

// predictMargin is predict that also returns the lead of the best class
// over the second best.
func (m *model) predictMargin(feats []uint64, scores []float32) (int, float32) {
	nc := len(m.classes)
	var acc [256]float32
	for _, f := range feats {
		off := m.lookup(f)
		if off < 0 {
			continue
		}
		n := int(m.packed[off].cls)
		for _, e := range m.packed[off+1 : int(off)+1+n] {
			acc[uint8(e.cls)] += e.w
		}
	}
	best, second := 0, float32(math.Inf(-1))
	for i := 1; i < nc; i++ {
		switch v := acc[i]; {
		case v > acc[best]:
			second = acc[best]
			best = i
		case v > second:
			second = v
		}
	}
	copy(scores, acc[:nc])
	return best, acc[best] - second
}

// tagClasses tags toks and writes the class of each word into out. A word
// whose first-stage tag won by at least sure (in score units) keeps it
// without running the later stages; sure <= 0 runs them on every word.
func (m *model) tagClasses(toks []doc.Token, ts []tokInfo, out []int, feats []uint64, scores []float32) []uint64 {
	return m.tagClassesSure(toks, ts, out, feats, scores, 0)
}

func (m *model) tagClassesSure(toks []doc.Token, ts []tokInfo, out []int, feats []uint64, scores []float32, sure float32) []uint64 {
	m.prepare(ts, toks)
	return m.decode(toks, ts, out, feats, scores, sure)
}

// decode runs the stages over words already prepared; a word with a fixed
// class (ts[i].fixed >= 0) keeps it in every stage.
func (m *model) decode(toks []doc.Token, ts []tokInfo, out []int, feats []uint64, scores []float32, sure float32) []uint64 {
	for st := m; st != nil; st = st.next {
		if st != m {
			for i := range ts {
				ts[i].s1 = int32(out[i])
			}
		}
		p1, p2 := -1, -2
		for i := range toks {
			c := int(ts[i].fixed)
			if c < 0 {
				if st != m && sure > 0 && ts[i].margin >= sure {
					c = out[i]
				} else {
					feats = features(feats[:0], ts, i, p1, p2)
					var mg float32
					c, mg = st.predictMargin(feats, scores)
					if st == m {
						ts[i].margin = mg
					}
				}
			}
			out[i] = c
			p2, p1 = p1, c
		}
	}
	return feats
}
