package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Hashing: FNV-1a over runes (lowercased where the feature asks), then
// templates are mixed in with a splitmix finaliser. Nothing here allocates.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvRune(h uint64, r rune) uint64 {
	return (h ^ uint64(r)) * fnvPrime
}

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// feat1 and feat2 make a feature key from a template id and one or two values.
func feat1(t, a uint64) uint64 {
	return mix(a + t*0x9E3779B97F4A7C15)
}

func feat2(t, a, b uint64) uint64 {
	return mix(mix(a+t*0x9E3779B97F4A7C15) ^ (b + 0x632BE59BD9B4E019))
}

// Flag bits of a word.
const (
	flHyphen = 1 << iota
	flDigit
	flAllDigit
	flInitUpper
	flAllUpper
	flInnerUpper
	flFirst
	flPeriod
	flAlpha
	flNonASCII
	flApos
)

// tokInfo is what the features need of one word, computed once per word.
type tokInfo struct {
	form, lower   uint64
	pre, suf      [4]uint64
	shape, sshape uint64
	flags         uint64
	length        uint64
	amb           uint64  // hash of the set of tags seen for the word in training; 0 if unseen
	fixed         int32   // class of a frequent unambiguous word, else -1
	famb          uint64  // hash of the tags seen for the exact (cased) form; 0 if rare
	scase         uint64  // casing of the whole sentence (see sentenceCase)
	s1            int32   // class given by the first stage, or -1 in the first stage
	drop          bool    // training only: leave out the word's identity features
	margin        float32 // lead of the first stage's best tag over the next
	lex           uint64  // Lexicon bits of the word
	lexOn         bool    // the model has a lexicon
}

// sentenceCase classifies the casing of a sentence: 0 all lowercase, 1
// ordinary, 2 title case, 3 all capitals, 4 too short to tell.
const caseTitle = 2

// formAmbSeed starts the hash of a cased form's tag set (model.fdict).
const formAmbSeed = 0x7654321

func sentenceCase(ts []tokInfo) uint64 {
	alpha, init, all := 0, 0, 0
	for i := range ts {
		f := ts[i].flags
		if f&flAlpha == 0 {
			continue
		}
		alpha++
		if f&flInitUpper != 0 && i > 0 {
			init++
		}
		if f&flAllUpper != 0 {
			all++
		}
	}
	switch {
	case alpha < 3:
		return 4
	case 2*all > alpha:
		return 3
	case 5*init > 3*alpha:
		return 2
	case init == 0:
		return 0
	}
	return 1
}

// hashLower returns the hash of s lowercased.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = fnvRune(h, rune(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		h = fnvRune(h, unicode.ToLower(r))
		i += n
	}
	return h
}

// analyse fills ti for word s at position pos.
func analyse(ti *tokInfo, s string, pos int) {
	hForm := uint64(fnvOffset)
	hLow := uint64(fnvOffset)
	hShape := uint64(fnvOffset)
	hShort := uint64(fnvOffset)
	var last [4]rune // ring of the last four lowercased runes
	var nr int
	var prevShape rune = -1
	run := 0
	var flags uint64
	upper, digits, letters := 0, 0, 0
	for i, r := range s {
		if r == utf8.RuneError {
			r = '?'
		}
		hForm = fnvRune(hForm, r)
		lr := r
		var sh rune
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'A' <= r && r <= 'Z':
				lr = r + 'a' - 'A'
				sh = 'X'
			case 'a' <= r && r <= 'z':
				sh = 'x'
			case '0' <= r && r <= '9':
				sh = 'd'
			default:
				sh = r
			}
		default:
			flags |= flNonASCII
			switch {
			case unicode.IsUpper(r):
				lr = unicode.ToLower(r)
				sh = 'X'
			case unicode.IsLetter(r):
				sh = 'x'
			case unicode.IsDigit(r):
				sh = 'd'
			default:
				sh = r
			}
		}
		hLow = fnvRune(hLow, lr)
		if nr < 4 {
			ti.pre[nr] = hLow
		}
		last[nr&3] = lr
		nr++
		switch sh {
		case 'X':
			upper++
			letters++
			if i == 0 {
				flags |= flInitUpper
			} else {
				flags |= flInnerUpper
			}
		case 'x':
			letters++
		case 'd':
			digits++
		case '-':
			flags |= flHyphen
		case '.':
			flags |= flPeriod
		case '\'', '’':
			flags |= flApos
		}
		if sh == prevShape {
			run++
		} else {
			run = 0
			hShort = fnvRune(hShort, sh)
		}
		if run < 4 {
			hShape = fnvRune(hShape, sh)
		}
		prevShape = sh
	}
	for k := nr; k < 4; k++ {
		ti.pre[k] = hLow
	}
	// suffixes: last k runes in order
	for k := 1; k <= 4; k++ {
		h := uint64(fnvOffset)
		n := k
		if n > nr {
			n = nr
		}
		for j := nr - n; j < nr; j++ {
			h = fnvRune(h, last[j&3])
		}
		ti.suf[k-1] = h
	}
	if digits > 0 {
		flags |= flDigit
		if digits == nr {
			flags |= flAllDigit
		}
	}
	if letters > 0 {
		flags |= flAlpha
		if upper == letters && letters > 1 {
			flags |= flAllUpper
		}
	}
	if pos == 0 {
		flags |= flFirst
	}
	ti.form, ti.lower, ti.shape, ti.sshape, ti.flags = hForm, hLow, hShape, hShort, flags
	switch {
	case nr <= 4:
		ti.length = uint64(nr)
	case nr <= 7:
		ti.length = 5
	default:
		ti.length = 8
	}
}

// Template ids.
const (
	tBias = iota + 1
	tLower
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tPre4
	tShape
	tShort
	tFlags
	tFlagsLen
	tP1
	tP2
	tP1P2
	tP1W
	tP1Suf3
	tWm1
	tWm2
	tWp1
	tWp2
	tSuf3m1
	tSuf3p1
	tWm1W
	tWWp1
	tAmb
	tAmbP1
	tAmbP2
	tP1AmbP1
	tShapeM1
	tShapeP1
	tAmbM1
	tWp1Wp2
	tFAmb
	tCaseFlags
	tFlagsShapeP1
	tFlagsShapeM1
	tCaseSuf3
	tS1
	tS1M1
	tS1P1
	tS1P2
	tS1P1P2
	tS1S1P1
	tP1S1P1
	tS1W
	tLex
	tLexFlags
	tLexSuf3
	tP1Lex
	tLexP1
)

// pad values for positions before and after the sentence.
const (
	padStart = 0x5354415254
	padEnd   = 0x454e44
)

// features appends the feature keys of word i to buf. p1 and p2 are the
// classes predicted for words i-1 and i-2 (negative before the sentence).
func features(buf []uint64, ts []tokInfo, i int, p1, p2 int) []uint64 {
	t := &ts[i]
	var lowM1, lowM2, lowP1, lowP2 uint64 = padStart, padStart + 1, padEnd, padEnd + 1
	var sufM1, sufP1, shapeM1, shapeP1 uint64 = padStart, padEnd, padStart, padEnd
	var ambM1, ambP1, ambP2 uint64 = padStart, padEnd, padEnd + 1
	if i > 0 {
		m := &ts[i-1]
		lowM1, sufM1, shapeM1, ambM1 = m.lower, m.suf[2], m.shape, m.amb
		if ambM1 == 0 {
			ambM1 = m.suf[2]
		}
	}
	if i > 1 {
		lowM2 = ts[i-2].lower
	}
	if i+1 < len(ts) {
		n := &ts[i+1]
		lowP1, sufP1, shapeP1, ambP1 = n.lower, n.suf[2], n.shape, n.amb
		if ambP1 == 0 {
			ambP1 = n.shape ^ 0x77
		}
	}
	if i+2 < len(ts) {
		n := &ts[i+2]
		lowP2, ambP2 = n.lower, n.amb
		if ambP2 == 0 {
			ambP2 = n.shape ^ 0x77
		}
	}
	h1, h2 := uint64(p1+1000), uint64(p2+1000)
	if !t.drop {
		buf = append(buf,
			feat1(tLower, t.lower),
			feat1(tForm, t.form),
			feat2(tP1W, h1, t.lower),
			feat2(tWm1W, lowM1, t.lower),
			feat2(tWWp1, t.lower, lowP1),
		)
		if t.amb != 0 {
			buf = append(buf, feat1(tAmb, t.amb))
		}
		if t.famb != 0 {
			buf = append(buf, feat1(tFAmb, t.famb))
		}
	}
	buf = append(buf,
		feat1(tBias, 0),
		feat1(tSuf1, t.suf[0]),
		feat1(tSuf2, t.suf[1]),
		feat1(tSuf3, t.suf[2]),
		feat1(tSuf4, t.suf[3]),
		feat1(tPre1, t.pre[0]),
		feat1(tPre2, t.pre[1]),
		feat1(tPre3, t.pre[2]),
		feat1(tPre4, t.pre[3]),
		feat1(tShape, t.shape),
		feat1(tShort, t.sshape),
		feat1(tFlags, t.flags),
		feat2(tFlagsLen, t.flags, t.length),
		feat1(tP1, h1),
		feat1(tP2, h2),
		feat2(tP1P2, h1, h2),
		feat2(tP1Suf3, h1, t.suf[2]),
		feat1(tWm1, lowM1),
		feat1(tWm2, lowM2),
		feat1(tWp1, lowP1),
		feat1(tWp2, lowP2),
		feat1(tSuf3m1, sufM1),
		feat1(tSuf3p1, sufP1),
		feat1(tAmbP1, ambP1),
		feat1(tAmbP2, ambP2),
		feat2(tP1AmbP1, h1, ambP1),
		feat1(tShapeM1, shapeM1),
		feat1(tShapeP1, shapeP1),
		feat1(tAmbM1, ambM1),
		feat2(tWp1Wp2, lowP1, lowP2),
		feat2(tCaseFlags, t.scase, t.flags),
		feat2(tFlagsShapeP1, t.flags, shapeP1),
		feat2(tFlagsShapeM1, t.flags, shapeM1),
		feat2(tCaseSuf3, t.scase, t.suf[2]),
	)
	if t.lexOn {
		lexP1 := uint64(padEnd)
		if i+1 < len(ts) {
			lexP1 = ts[i+1].lex
		}
		buf = append(buf,
			feat1(tLex, t.lex),
			feat2(tLexFlags, t.lex, t.flags),
			feat2(tLexSuf3, t.lex, t.suf[2]),
			feat2(tP1Lex, h1, t.lex),
			feat1(tLexP1, lexP1),
		)
	}
	if t.s1 >= 0 {
		s0, sm1, sp1, sp2 := uint64(t.s1), uint64(padStart), uint64(padEnd), uint64(padEnd+1)
		if i > 0 {
			sm1 = uint64(ts[i-1].s1)
		}
		if i+1 < len(ts) {
			sp1 = uint64(ts[i+1].s1)
		}
		if i+2 < len(ts) {
			sp2 = uint64(ts[i+2].s1)
		}
		buf = append(buf,
			feat1(tS1, s0),
			feat1(tS1M1, sm1),
			feat1(tS1P1, sp1),
			feat1(tS1P2, sp2),
			feat2(tS1P1P2, sp1, sp2),
			feat2(tS1S1P1, s0, sp1),
			feat2(tP1S1P1, h1, sp1),
			feat2(tS1W, s0, t.lower),
		)
	}
	return buf
}

// hashForm returns the hash of s as written (the tokInfo.form of s).
func hashForm(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		if r == utf8.RuneError {
			r = '?'
		}
		h = fnvRune(h, r)
	}
	return h
}
