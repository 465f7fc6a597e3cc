package tagger

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"github.com/dyad-events/dyad/internal/lemma"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bits of what outside word lists say of a lowercased word (see Lexicon).
const (
	lxNoun     = 1 << iota // a WordNet noun lemma
	lxNounInfl             // a plural of a WordNet noun (irregular or made by rule)
	lxVerb                 // a WordNet verb lemma
	lxVerbInfl             // -s, -ed, -ing form of a WordNet verb
	lxAdj                  // a WordNet adjective lemma
	lxAdjInfl              // -er, -est form of a WordNet adjective
	lxAdv                  // a WordNet adverb lemma
	lxLower                // in the word list in lowercase
	lxCapital              // in the word list capitalised (mostly proper names)

	// lxSemShift: 3 bits from here give the lemma's commonest part of
	// speech in WordNet's sense counts (1 noun, 2 verb, 3 adj, 4 adv);
	// lxSemMixed: another part of speech has at least a quarter of them.
	lxSemShift = 9
	lxSemMixed = 1 << 12
	lxBits     = 13
)

// Lexicon is a word → bitmask table built at training time from outside
// word lists (WordNet's index and exception files and a plain word list,
// such as Debian's wordnet-base and wamerican-large) and stored in the
// model, so that tagging needs nothing but the model file. Its bits are
// features of the tagger, which helps most with words unseen in training.
type Lexicon struct {
	bits map[uint32]uint16 // fold(hashLower(word)) → lx bits
}

// Len returns the number of words in the lexicon.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.bits)
}

func (l *Lexicon) add(w string, b uint16) {
	if w == "" || strings.ContainsAny(w, "_ ") {
		return
	}
	l.bits[fold(hashLower(w))] |= b
}

// ReadLexicon builds a Lexicon from a WordNet dictionary directory (index.noun,
// index.verb, index.adj, index.adv and the *.exc files; "" to skip) and from
// word list files with one word a line (capitalised entries are taken as
// names; entries with "'s" are skipped).
func ReadLexicon(wordnetDir string, wordLists ...string) (*Lexicon, error) {
	l := &Lexicon{bits: map[uint32]uint16{}}
	if wordnetDir != "" {
		for _, p := range []struct {
			name      string
			base, inf uint16
		}{{"noun", lxNoun, lxNounInfl}, {"verb", lxVerb, lxVerbInfl}, {"adj", lxAdj, lxAdjInfl}, {"adv", lxAdv, lxAdv}} {
			var lemmas []string
			err := eachLine(filepath.Join(wordnetDir, "index."+p.name), func(line string) error {
				if strings.HasPrefix(line, " ") {
					return nil // licence header
				}
				w, _, _ := strings.Cut(line, " ")
				if w != "" && !strings.ContainsRune(w, '_') {
					lemmas = append(lemmas, w)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			if len(lemmas) == 0 {
				return nil, fmt.Errorf("lexicon: %s: no %s lemmas", filepath.Join(wordnetDir, "index."+p.name), p.name)
			}
			for _, w := range lemmas {
				l.add(w, p.base)
				for _, f := range inflect(w, p.name) {
					l.add(f, p.inf)
				}
			}
			err = eachLine(filepath.Join(wordnetDir, p.name+".exc"), func(line string) error {
				f := strings.Fields(line)
				if len(f) >= 2 {
					l.add(f[0], p.inf)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	if wordnetDir != "" {
		if err := l.addSenseCounts(filepath.Join(wordnetDir, "cntlist.rev")); err != nil {
			return nil, err
		}
	}
	for _, wl := range wordLists {
		n := 0
		err := eachLine(wl, func(line string) error {
			w := strings.TrimSpace(line)
			if w == "" || strings.HasSuffix(w, "'s") {
				return nil
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				l.add(w, lxCapital)
			} else {
				l.add(w, lxLower)
			}
			n++
			return nil
		})
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, fmt.Errorf("lexicon: %s: no words", wl)
		}
	}
	return l, nil
}

// addSenseCounts reads WordNet's sense counts (cntlist.rev: "lemma%type:... sense count"
// a line, counts from the tagged SemCor corpus) and marks each lemma with
// its commonest part of speech.
func (l *Lexicon) addSenseCounts(name string) error {
	counts := map[string]*[5]int{}
	err := eachLine(name, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil
		}
		lem, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" || strings.ContainsRune(lem, '_') {
			return nil
		}
		p := 0
		switch rest[0] {
		case '1':
			p = 1
		case '2':
			p = 2
		case '3', '5':
			p = 3
		case '4':
			p = 4
		default:
			return nil
		}
		n := 0
		for _, c := range f[2] {
			if c < '0' || c > '9' || n > 1e8 {
				return fmt.Errorf("bad count %q", f[2])
			}
			n = 10*n + int(c-'0')
		}
		c := counts[lem]
		if c == nil {
			c = &[5]int{}
			counts[lem] = c
		}
		c[p] += n
		return nil
	})
	if err != nil {
		return err
	}
	for lem, c := range counts {
		best, second := 0, 0
		for p := 1; p <= 4; p++ {
			if c[p] > c[best] {
				best = p
			}
		}
		if best == 0 || c[best] < 2 {
			continue
		}
		for p := 1; p <= 4; p++ {
			if p != best && c[p] > second {
				second = c[p]
			}
		}
		b := uint16(best) << lxSemShift
		if 4*second >= c[best] {
			b |= lxSemMixed
		}
		l.add(lem, b)
	}
	return nil
}

func eachLine(name string, f func(string) error) error {
	fh, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		if err := f(sc.Text()); err != nil {
			return fmt.Errorf("%s:%d: %w", name, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s:%d: %w", name, ln, err)
	}
	return nil
}

func isVowelByte(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// inflect returns the regular inflections of a lemma: plurals of nouns,
// -s/-ed/-ing of verbs, -er/-est of adjectives.
func inflect(w, pos string) []string {
	n := len(w)
	if n < 2 {
		return nil
	}
	last, prev := w[n-1], w[n-2]
	var stem string // for -es/-ed/-er forms after y → i
	switch {
	case last == 'y' && !isVowelByte(prev):
		stem = w[:n-1] + "i"
	case last == 'e':
		stem = w[:n-1]
	default:
		stem = w
	}
	s := w + "s"
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") {
		s = w + "es"
	} else if last == 'y' && !isVowelByte(prev) {
		s = stem + "es"
	}
	// doubled final consonant (stop → stopped)
	dbl := ""
	if n >= 3 && !isVowelByte(last) && isVowelByte(prev) && !isVowelByte(w[n-3]) && strings.IndexByte("wxy", last) < 0 {
		dbl = w + string(last)
	}
	switch pos {
	case "noun":
		return []string{s}
	case "verb":
		ing := w + "ing"
		if last == 'e' && prev != 'e' {
			ing = w[:n-1] + "ing"
		}
		out := []string{s, stem + "ed", ing}
		if last == 'e' {
			out[1] = w + "d"
		}
		if dbl != "" {
			out = append(out, dbl+"ed", dbl+"ing")
		}
		return out
	case "adj":
		er, est := stem+"er", stem+"est"
		if last == 'e' {
			er, est = w+"r", w+"st"
		}
		out := []string{er, est}
		if dbl != "" {
			out = append(out, dbl+"er", dbl+"est")
		}
		return out
	}
	return nil
}

// isLemma reports whether w is a WordNet lemma of the lemma package's
// class (lemma.ClassVerb, ClassNoun, ClassAdj): the lemmatiser's outside
// lexicon (lemma.Lemmatizer.SetOuter).
func (l *Lexicon) isLemma(w string, class uint8) bool {
	b := l.lookup(hashLower(w))
	switch class {
	case lemma.ClassVerb:
		return b&lxVerb != 0
	case lemma.ClassNoun:
		return b&lxNoun != 0
	case lemma.ClassAdj:
		return b&lxAdj != 0
	}
	return false
}

// lookup returns the bits of the word with lowercased hash h.
func (l *Lexicon) lookup(h uint64) uint16 {
	if l == nil {
		return 0
	}
	return l.bits[fold(h)]
}

// appendLexicon encodes the lexicon: count, then sorted keys as deltas with their bits.
func appendLexicon(b []byte, l *Lexicon) []byte {
	if l == nil {
		return binary.AppendUvarint(b, 0)
	}
	keys := make([]uint32, 0, len(l.bits))
	for k := range l.bits {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		b = binary.AppendUvarint(b, uint64(l.bits[k]))
		prev = k
	}
	return b
}

func (r *reader) readLexicon() *Lexicon {
	n := r.uvarint("lexicon size")
	if r.err == nil && n > uint64(len(r.b)) {
		r.fail("lexicon size")
	}
	if r.err != nil || n == 0 {
		return nil
	}
	l := &Lexicon{bits: make(map[uint32]uint16, n)}
	k := uint64(0)
	for i := uint64(0); i < n && r.err == nil; i++ {
		k += r.uvarint("lexicon key")
		v := r.uvarint("lexicon bits")
		if k > 0xFFFFFFFF || v >= 1<<lxBits {
			r.fail("lexicon entry")
			break
		}
		l.bits[uint32(k)] = uint16(v)
	}
	return l
}
