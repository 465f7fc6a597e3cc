package lemma

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/doc"
)

// Lexicon values that are not literal lemmas.
const (
	keepForm  = "\x00" // the lemma is the form as written
	lowerForm = "\x01" // the lemma is the form lowercased
)

// Word classes of known lemmas.
const (
	knownVerb = 1 << iota
	knownNoun
	knownAdj
)

// Lemmatizer maps (form, tags) to a lemma. Make one with Learn or New, or
// read one with UnmarshalBinary. It is safe for concurrent use once built.
type Lemmatizer struct {
	lex   map[string]string // lowercased form + "\t" + XPOS → lemma or keepForm/lowerForm
	known map[string]uint8  // lemmas seen in training → word classes
	cased map[string]string // lowercased → capitalised lemma of proper nouns and adjectives ("french" → "French")

	// outer, when set (SetOuter), tells whether a word is a lemma of the
	// given class in an outside word list (the tagger's lexicon: WordNet).
	// It decides between rule candidates that training never saw.
	outer func(w string, class uint8) bool

	once sync.Once
	r    *rules
}

// rules holds the irregular tables.
type rules struct {
	present, past, nouns, comp, advComp map[string]string
	bases                               map[string]bool
}

func newRules() *rules {
	return &rules{
		present: irregularPresent(),
		past:    irregularPast(),
		nouns:   irregularNouns(),
		comp:    irregularComparatives(),
		advComp: irregularAdverbComparatives(),
		bases:   irregularBases(),
	}
}

func (l *Lemmatizer) rules() *rules {
	if l == nil {
		return newRules()
	}
	l.once.Do(func() { l.r = newRules() })
	return l.r
}

// Classes of lemmas for SetOuter's function.
const (
	ClassVerb = knownVerb
	ClassNoun = knownNoun
	ClassAdj  = knownAdj
)

// SetOuter sets an outside lexicon (isLemma reports whether w is a lemma
// of class ClassVerb, ClassNoun or ClassAdj) that decides between the
// rules' candidates when none of them was seen in training: "exiled" is
// "exile", not "exil", when the lexicon has the verb "exile". Set it
// before the Lemmatizer is shared; it is not saved by MarshalBinary.
func (l *Lemmatizer) SetOuter(isLemma func(w string, class uint8) bool) {
	l.outer = isLemma
}

// New returns a Lemmatizer with no lexicon: rules only.
func New() *Lemmatizer {
	return &Lemmatizer{lex: map[string]string{}, known: map[string]uint8{}, cased: map[string]string{}}
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b, strings.ToLower(s[i:])...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func knownClass(upos string) uint8 {
	switch upos {
	case "VERB", "AUX":
		return knownVerb
	case "NOUN", "PROPN":
		return knownNoun
	case "ADJ", "ADV":
		return knownAdj
	}
	return 0
}

// Learn builds a lexicon from sentences with gold forms, XPOS and lemmas.
// Words without a lemma or XPOS are skipped.
func Learn(sents []doc.Sentence) *Lemmatizer {
	counts := map[string]map[string]int{}
	casedCounts := map[string]map[string]int{}
	l := New()
	for i := range sents {
		for j := range sents[i].Tokens {
			t := &sents[i].Tokens[j]
			if t.Lemma == "" || t.XPOS == "" || t.Form == "" {
				continue
			}
			lf := lower(t.Form)
			k := lf + "\t" + t.XPOS
			m := counts[k]
			if m == nil {
				m = map[string]int{}
				counts[k] = m
			}
			// Each occurrence votes for every reading that explains it:
			// the literal lemma, "as written", "lowercased".
			m[t.Lemma]++
			if t.Lemma == lf {
				m[lowerForm]++
			}
			if t.Lemma == t.Form {
				m[keepForm]++
			}
			if (t.UPOS == "PROPN" || t.UPOS == "ADJ") && t.Lemma != lower(t.Lemma) {
				m := casedCounts[lower(t.Lemma)]
				if m == nil {
					m = map[string]int{}
					casedCounts[lower(t.Lemma)] = m
				}
				m[t.Lemma]++
			}
			if c := knownClass(t.UPOS); c != 0 {
				l.known[lower(t.Lemma)] |= c
			}
		}
	}
	for k, m := range counts {
		// Ties go to lowerForm, then a literal lemma (the smallest), then
		// keepForm.
		best, bn := "", -1
		for v, n := range m {
			if v == lowerForm || v == keepForm {
				continue
			}
			if n > bn || (n == bn && v < best) {
				best, bn = v, n
			}
		}
		if m[keepForm] > bn {
			best, bn = keepForm, m[keepForm]
		}
		if m[lowerForm] >= bn {
			best = lowerForm
		}
		l.lex[k] = best
	}
	for k, m := range casedCounts {
		best, bn := "", 0
		for v, n := range m {
			if n > bn || (n == bn && v < best) {
				best, bn = v, n
			}
		}
		if bn >= 2 {
			l.cased[k] = best
		}
	}
	return l
}

// Lemma returns the lemma of form read with the given tags.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	if l != nil && len(form)+len(xpos) < 120 {
		var buf [128]byte
		b := appendLower(buf[:0], form)
		b = append(b, '\t')
		b = append(b, xpos...)
		if v, ok := l.lex[string(b)]; ok {
			switch v {
			case keepForm:
				return form
			case lowerForm:
				return lower(form)
			}
			return v
		}
		// A past tense the tagger read as a participle or the other way
		// round (the finite-verb constraint retags some): the other
		// form's lemma.
		if other := pastTwin(xpos); other != "" {
			b = append(b[:len(b)-len(xpos)], other...)
			if v, ok := l.lex[string(b)]; ok && v != keepForm {
				if v == lowerForm {
					return lower(form)
				}
				return v
			}
		}
	}
	return l.Rule(form, upos, xpos)
}

// pastTwin returns VBN for VBD and VBD for VBN, else "".
func pastTwin(xpos string) string {
	switch xpos {
	case "VBD":
		return "VBN"
	case "VBN":
		return "VBD"
	}
	return ""
}

func (l *Lemmatizer) isKnown(w string, class uint8) bool {
	if l == nil {
		return false
	}
	return l.known[w]&class != 0
}

// Rule returns the lemma the rules give, without the lexicon (the known
// lemmas still decide between candidates).
func (l *Lemmatizer) Rule(form, upos, xpos string) string {
	w := lower(form)
	r := l.rules()
	if l != nil && w == form && (upos == "PROPN" || upos == "ADJ" || xpos == "NNP" || xpos == "JJ") {
		if c, ok := l.cased[w]; ok {
			return c
		}
	}
	switch xpos {
	case "NNP":
		return form
	case "NNPS":
		s := l.nounSingular(r, w)
		if strings.HasPrefix(w, s) && len(s) <= len(form) {
			return form[:len(s)]
		}
		return s
	case "NNS":
		return l.nounSingular(r, w)
	case "VBZ":
		if b, ok := r.present[w]; ok {
			return b
		}
		return l.verbSingular(w)
	case "VBD", "VBN":
		if b, ok := r.past[w]; ok {
			return b
		}
		if strings.HasSuffix(w, "'d") {
			return "would"
		}
		return l.regularPast(w)
	case "VBG":
		return l.regularIng(w)
	case "VB", "VBP", "MD":
		if b, ok := r.present[w]; ok {
			return b
		}
		return w
	case "JJR", "JJS":
		if b, ok := r.comp[w]; ok {
			return b
		}
		return l.comparative(w, xpos == "JJS")
	case "RBR", "RBS":
		if b, ok := r.advComp[w]; ok {
			return b
		}
		if b, ok := r.comp[w]; ok {
			return b
		}
		return l.comparative(w, xpos == "RBS")
	case "CD":
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return strings.ReplaceAll(w, ",", "")
		}
		return w
	}
	if upos == "PROPN" {
		return form
	}
	switch upos {
	case "NOUN":
		if xpos == "" && strings.HasSuffix(w, "s") {
			return l.nounSingular(r, w)
		}
	}
	return w
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

func isConsonant(c byte) bool {
	return 'a' <= c && c <= 'z' && !isVowel(c)
}

// pick returns the first candidate known in class; failing that, the
// only candidate the outside lexicon has in class; else def.
func (l *Lemmatizer) pick(class uint8, def string, cands ...string) string {
	for _, c := range cands {
		if c != "" && l.isKnown(c, class) {
			return c
		}
	}
	if l != nil && l.outer != nil {
		found := ""
		for _, c := range cands {
			if c == "" || c == found || !l.outer(c, class) {
				continue
			}
			if found != "" {
				return def // two readings: leave it to the rules
			}
			found = c
		}
		if found != "" {
			return found
		}
	}
	return def
}

func (l *Lemmatizer) nounSingular(r *rules, w string) string {
	if s, ok := r.nouns[w]; ok {
		return s
	}
	// compounds ending in an irregular plural: "firemen", "grandchildren"
	for _, suf := range []string{"men", "women", "children", "people"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			if s := w[:len(w)-len(suf)] + r.nouns[suf]; l.isKnown(s, knownNoun) || suf != "men" {
				return s
			}
		}
	}
	n := len(w)
	switch {
	case n < 3 || !strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), strings.HasSuffix(w, "'s"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return l.pick(knownNoun, w[:n-3]+"y", w[:n-3]+"y", w[:n-1])
	case strings.HasSuffix(w, "ves") && n > 4:
		return l.pick(knownNoun, w[:n-1], w[:n-1], w[:n-3]+"f", w[:n-3]+"fe")
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return l.pick(knownNoun, w[:n-2], w[:n-2], w[:n-1])
	case strings.HasSuffix(w, "oes"), strings.HasSuffix(w, "ses"), strings.HasSuffix(w, "zes"):
		return l.pick(knownNoun, w[:n-1], w[:n-1], w[:n-2])
	}
	return w[:n-1]
}

func (l *Lemmatizer) verbSingular(w string) string {
	n := len(w)
	switch {
	case n < 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return l.pick(knownVerb, w[:n-3]+"y", w[:n-3]+"y", w[:n-1])
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return l.pick(knownVerb, w[:n-2], w[:n-2], w[:n-1])
	}
	return w[:n-1]
}

// stemE decides between stem and stem+"e" (and an undoubled stem) for a
// word that lost an -ed, -ing, -er or -est ending.
func (l *Lemmatizer) stemE(stem string, class uint8) string {
	n := len(stem)
	if n == 0 {
		return stem
	}
	if n >= 3 && stem[n-1] == stem[n-2] && isConsonant(stem[n-1]) {
		un := stem[:n-1]
		if c := l.pick(class, "", un, stem); c != "" {
			return c
		}
		switch stem[n-1] {
		case 's', 'z', 'f':
			return stem // "passed", "buzzed", "stuffed"
		case 'l':
			if syllables(stem) == 1 {
				return stem // "called", "filled"
			}
		}
		if n == 3 && isVowel(stem[0]) {
			return stem // "added", "erred"
		}
		return un
	}
	if c := l.pick(class, "", stem, stem+"e"); c != "" {
		return c
	}
	if needsE(stem) {
		return stem + "e"
	}
	return stem
}

// needsE guesses whether a stem lost a silent e: "hop(e)", "creat(e)", "charg(e)".
func needsE(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	last := s[n-1]
	switch last {
	case 'v', 'c', 'u':
		return true
	case 'e', 'a', 'i', 'o', 'w', 'x', 'y':
		return false
	}
	two := s[n-2:]
	switch two {
	case "at", "iz", "ur", "ir", "dg", "rg", "bl", "pl", "tl", "dl", "gl", "kl", "cl", "zl", "as", "us", "is", "os", "ok", "ag", "ng":
		switch s {
		case "bang", "hang", "sing", "bring", "ring", "spring", "string", "sting", "swing", "fling", "cling", "ling":
			return false
		}
		if two == "ng" {
			return n > 2 && isVowel(s[n-3]) && s[n-3] == 'a' // "chang(e)", "arrang(e)"
		}
		return true
	}
	// one syllable consonant-vowel-consonant: "hop(e)", "liv(e)", "tak(e)"
	if isConsonant(last) && isVowel(s[n-2]) && (n == 2 || !isVowel(s[n-3])) {
		return syllables(s) == 1
	}
	return false
}

// syllables counts the vowel groups of s.
func syllables(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) && (i == 0 || !isVowel(s[i-1])) {
			n++
		}
	}
	return n
}

func (l *Lemmatizer) regularPast(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ied") && n > 4:
		return l.pick(knownVerb, w[:n-3]+"y", w[:n-3]+"y", w[:n-1])
	case strings.HasSuffix(w, "eed") && n <= 5:
		return w // "need", "feed"
	case strings.HasSuffix(w, "ed") && n > 3:
		return l.stemE(w[:n-2], knownVerb)
	}
	return w
}

func (l *Lemmatizer) regularIng(w string) string {
	n := len(w)
	if !strings.HasSuffix(w, "ing") || n < 5 {
		return w
	}
	stem := w[:n-3]
	if strings.HasSuffix(stem, "y") && len(stem) == 2 { // "dying", "lying", "tying"
		return stem[:1] + "ie"
	}
	if strings.HasSuffix(stem, "ee") || strings.HasSuffix(stem, "oe") || strings.HasSuffix(stem, "ye") {
		return stem
	}
	return l.stemE(stem, knownVerb)
}

func (l *Lemmatizer) comparative(w string, superlative bool) string {
	suf := "er"
	if superlative {
		suf = "est"
	}
	n := len(w)
	if !strings.HasSuffix(w, suf) || n < len(suf)+2 {
		return w
	}
	stem := w[:n-len(suf)]
	if strings.HasSuffix(stem, "i") {
		return l.pick(knownAdj, stem[:len(stem)-1]+"y", stem[:len(stem)-1]+"y", stem+"e")
	}
	return l.stemE(stem, knownAdj)
}

const lexMagic = "dyad-lemma-1\n"

// MarshalBinary encodes the lexicon and the known lemmas.
func (l *Lemmatizer) MarshalBinary() ([]byte, error) {
	if l == nil {
		l = New()
	}
	b := []byte(lexMagic)
	keys := make([]string, 0, len(l.lex))
	for k := range l.lex {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendStr(b, k)
		b = appendStr(b, l.lex[k])
	}
	keys = keys[:0]
	for k := range l.known {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendStr(b, k)
		b = append(b, l.known[k])
	}
	keys = keys[:0]
	for k := range l.cased {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendStr(b, k)
		b = appendStr(b, l.cased[k])
	}
	return b, nil
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// UnmarshalBinary decodes what MarshalBinary wrote, replacing l's contents.
func (l *Lemmatizer) UnmarshalBinary(b []byte) error {
	if !strings.HasPrefix(string(b), lexMagic) {
		return errors.New("lemmatizer: bad magic")
	}
	off := len(lexMagic)
	bad := func(what string) error {
		return fmt.Errorf("lemmatizer: truncated or corrupt at byte %d (%s)", off, what)
	}
	num := func() (uint64, bool) {
		v, n := binary.Uvarint(b[off:])
		if n <= 0 {
			return 0, false
		}
		off += n
		return v, true
	}
	str := func() (string, bool) {
		n, ok := num()
		if !ok || n > uint64(len(b)-off) {
			return "", false
		}
		s := string(b[off : off+int(n)])
		off += int(n)
		return s, true
	}
	n, ok := num()
	if !ok || n > uint64(len(b)) {
		return bad("lexicon size")
	}
	lex := make(map[string]string, n)
	for i := uint64(0); i < n; i++ {
		k, ok1 := str()
		v, ok2 := str()
		if !ok1 || !ok2 {
			return bad("lexicon entry")
		}
		lex[k] = v
	}
	n, ok = num()
	if !ok || n > uint64(len(b)) {
		return bad("known lemma count")
	}
	known := make(map[string]uint8, n)
	for i := uint64(0); i < n; i++ {
		k, ok := str()
		if !ok || off >= len(b) {
			return bad("known lemma")
		}
		known[k] = b[off]
		off++
	}
	n, ok = num()
	if !ok || n > uint64(len(b)) {
		return bad("cased lemma count")
	}
	cased := make(map[string]string, n)
	for i := uint64(0); i < n; i++ {
		k, ok1 := str()
		v, ok2 := str()
		if !ok1 || !ok2 {
			return bad("cased lemma")
		}
		cased[k] = v
	}
	if off != len(b) {
		return bad("trailing data")
	}
	l.lex, l.known, l.cased = lex, known, cased
	return nil
}
