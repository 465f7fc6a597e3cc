package parser

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/doc"
)

// Feature hashing. Every feature is one 64-bit key built from its template
// number and the values it joins; the weights of a key are a sparse row over
// the actions.

const hk = 0x9E3779B97F4A7C15

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func f1(t, a uint64) uint64       { return mix(t*hk+a) | 1 }
func f2(t, a, b uint64) uint64    { return mix(mix(t*hk+a)+b) | 1 }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(t*hk+a)+b)+c) | 1 }

// Values of absent positions and of ROOT.
const (
	vNone = 0x51ed270b7a3c95d1
	vRoot = 0x2f8a6c4d9b1e3a77
)

// hashString is FNV-1a over s, with salt.
func hashString(s string, salt uint64) uint64 {
	h := uint64(14695981039346656037) ^ salt
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// wordKeys returns the hash of the normalised form (lower case, digits
// as 0) and of its last three characters.
func wordKeys(form string) (word, suffix uint64) {
	h := uint64(14695981039346656037)
	// ring of the last three normalised runes
	var last [3]rune
	k := 0
	for i := 0; i < len(form); {
		r, size := utf8.DecodeRuneInString(form[i:])
		i += size
		switch {
		case r >= '0' && r <= '9':
			r = '0'
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		h ^= uint64(r)
		h *= 1099511628211
		last[k%3] = r
		k++
	}
	s := uint64(0x7a1b3c5d)
	m := 3
	if k < 3 {
		m = k
	}
	for j := k - m; j < k; j++ {
		s ^= uint64(last[j%3])
		s *= 1099511628211
	}
	return mix(h), mix(s ^ uint64(k>>2))
}

// shapeKey describes capitalisation and characters: it helps with words
// never seen in training (names, numbers, codes).
func shapeKey(form string) uint64 {
	var cls uint64
	first := true
	for _, r := range form {
		switch {
		case unicode.IsUpper(r):
			if first {
				cls |= 1
			} else {
				cls |= 2
			}
		case unicode.IsLower(r):
			cls |= 4
		case unicode.IsDigit(r):
			cls |= 8
		case r == '-':
			cls |= 16
		default:
			cls |= 32
		}
		first = false
	}
	return mix(cls + 0x33)
}

// tokenAttrs are the per-token hashed attributes, index i+1 for word i
// (slot 0 is "no token", slot 1 is ROOT).
type tokenAttrs struct {
	w, p, u, sfx, shp []uint64
}

func (ta *tokenAttrs) fill(toks []doc.Token) {
	m := len(toks) + 2
	ta.w = growU64(ta.w, m)
	ta.p = growU64(ta.p, m)
	ta.u = growU64(ta.u, m)
	ta.sfx = growU64(ta.sfx, m)
	ta.shp = growU64(ta.shp, m)
	ta.w[0], ta.p[0], ta.u[0], ta.sfx[0], ta.shp[0] = vNone, vNone, vNone, vNone, vNone
	ta.w[1], ta.p[1], ta.u[1], ta.sfx[1], ta.shp[1] = vRoot, vRoot, vRoot, vRoot, vRoot
	for i := range toks {
		t := &toks[i]
		w, s := wordKeys(t.Form)
		x := t.XPOS
		if x == "" || x == "_" {
			x = t.UPOS
		}
		ta.w[i+2] = w
		ta.sfx[i+2] = s
		ta.p[i+2] = hashString(x, 0x11)
		ta.u[i+2] = hashString(t.UPOS, 0x22)
		ta.shp[i+2] = shapeKey(t.Form)
	}
}

func distBucket(d int32) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	case d <= 20:
		return 7
	}
	return 8
}

func clampVal(v int32) uint64 {
	if v > 5 {
		return 5
	}
	return uint64(v)
}

// numFeatures is the number of keys features writes.
const numFeatures = 84

// features writes the feature keys of st into f (len numFeatures).
func features(st *state, ta *tokenAttrs, f []uint64) {
	_ = f[numFeatures-1]
	at := func(i int32) int32 { return i + 1 } // slot of token i (-1 -> 0)
	lab := func(i int32) uint64 {
		if i < 0 || st.lab[i] < 0 {
			return vNone
		}
		return uint64(st.lab[i]) + 7
	}
	s0 := st.s0()
	s1 := int32(-1)
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	n0, n1, n2 := int32(-1), int32(-1), int32(-1)
	if st.u >= 0 {
		n0 = st.u // after an unshift the buffer holds only u
	} else if st.b <= st.n {
		n0 = st.b
		if st.b+1 <= st.n {
			n1 = st.b + 1
			if st.b+2 <= st.n {
				n2 = st.b + 2
			}
		}
	}
	s0h, s0h2 := int32(-1), int32(-1)
	s0l, s0l2, s0r, s0r2 := st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
	if s0 > 0 {
		s0h = st.head[s0]
		if s0h > 0 {
			s0h2 = st.head[s0h]
		}
	}
	n0l, n0l2 := int32(-1), int32(-1)
	var n0vl, n0sl uint64
	if n0 > 0 {
		n0l, n0l2 = st.lc1[n0], st.lc2[n0]
		n0vl = uint64(st.nl[n0])
		n0sl = st.ls[n0]
	}
	w, p := ta.w, ta.p
	S0w, S0p := w[at(s0)], p[at(s0)]
	N0w, N0p := w[at(n0)], p[at(n0)]
	N1w, N1p := w[at(n1)], p[at(n1)]
	N2w, N2p := w[at(n2)], p[at(n2)]
	S0hw, S0hp := w[at(s0h)], p[at(s0h)]
	S0h2w, S0h2p := w[at(s0h2)], p[at(s0h2)]
	S0lw, S0lp := w[at(s0l)], p[at(s0l)]
	S0l2w, S0l2p := w[at(s0l2)], p[at(s0l2)]
	S0rw, S0rp := w[at(s0r)], p[at(s0r)]
	S0r2w, S0r2p := w[at(s0r2)], p[at(s0r2)]
	N0lw, N0lp := w[at(n0l)], p[at(n0l)]
	N0l2w, N0l2p := w[at(n0l2)], p[at(n0l2)]
	S1w, S1p := w[at(s1)], p[at(s1)]
	var d uint64
	if n0 > 0 {
		d = distBucket(n0 - s0)
	}
	S0vl, S0vr := clampVal(st.nl[s0]), clampVal(st.nr[s0])
	n0vl = uint64(clampVal(int32(n0vl)))
	S0sl, S0sr := st.ls[s0], st.rs[s0]

	// single words
	f[0] = f2(1, S0w, S0p)
	f[1] = f1(2, S0w)
	f[2] = f1(3, S0p)
	f[3] = f2(4, N0w, N0p)
	f[4] = f1(5, N0w)
	f[5] = f1(6, N0p)
	f[6] = f2(7, N1w, N1p)
	f[7] = f1(8, N1w)
	f[8] = f1(9, N1p)
	f[9] = f2(10, N2w, N2p)
	f[10] = f1(11, N2w)
	f[11] = f1(12, N2p)
	// pairs
	f[12] = f3(13, f2(0, S0w, S0p), N0w, N0p)
	f[13] = f3(14, S0w, S0p, N0w)
	f[14] = f3(15, S0w, N0w, N0p)
	f[15] = f3(16, S0w, S0p, N0p)
	f[16] = f3(17, S0p, N0w, N0p)
	f[17] = f2(18, S0w, N0w)
	f[18] = f2(19, S0p, N0p)
	f[19] = f2(20, N0p, N1p)
	// triples
	f[20] = f3(21, N0p, N1p, N2p)
	f[21] = f3(22, S0p, N0p, N1p)
	f[22] = f3(23, S0hp, S0p, N0p)
	f[23] = f3(24, S0p, S0lp, N0p)
	f[24] = f3(25, S0p, S0rp, N0p)
	f[25] = f3(26, S0p, N0p, N0lp)
	// distance
	f[26] = f2(27, S0w, d)
	f[27] = f2(28, S0p, d)
	f[28] = f2(29, N0w, d)
	f[29] = f2(30, N0p, d)
	f[30] = f3(31, S0w, N0w, d)
	f[31] = f3(32, S0p, N0p, d)
	// valency
	f[32] = f2(33, S0w, S0vr)
	f[33] = f2(34, S0p, S0vr)
	f[34] = f2(35, S0w, S0vl)
	f[35] = f2(36, S0p, S0vl)
	f[36] = f2(37, N0w, n0vl)
	f[37] = f2(38, N0p, n0vl)
	// second-order unigrams
	f[38] = f1(39, S0hw)
	f[39] = f1(40, S0hp)
	f[40] = f1(41, lab(s0))
	f[41] = f1(42, S0lw)
	f[42] = f1(43, S0lp)
	f[43] = f1(44, lab(s0l))
	f[44] = f1(45, S0rw)
	f[45] = f1(46, S0rp)
	f[46] = f1(47, lab(s0r))
	f[47] = f1(48, N0lw)
	f[48] = f1(49, N0lp)
	f[49] = f1(50, lab(n0l))
	// third order
	f[50] = f1(51, S0h2w)
	f[51] = f1(52, S0h2p)
	f[52] = f1(53, lab(s0h))
	f[53] = f1(54, S0l2w)
	f[54] = f1(55, S0l2p)
	f[55] = f1(56, lab(s0l2))
	f[56] = f1(57, S0r2w)
	f[57] = f1(58, S0r2p)
	f[58] = f1(59, lab(s0r2))
	f[59] = f1(60, N0l2w)
	f[60] = f1(61, N0l2p)
	f[61] = f1(62, lab(n0l2))
	f[62] = f3(63, S0p, S0lp, S0l2p)
	f[63] = f3(64, S0p, S0rp, S0r2p)
	f[64] = f3(65, S0p, S0hp, S0h2p)
	f[65] = f3(66, N0p, N0lp, N0l2p)
	// label sets
	f[66] = f2(67, S0w, S0sr)
	f[67] = f2(68, S0p, S0sr)
	f[68] = f2(69, S0w, S0sl)
	f[69] = f2(70, S0p, S0sl)
	f[70] = f2(71, N0w, n0sl)
	f[71] = f2(72, N0p, n0sl)
	// extras: second stack word, suffixes, shapes, coarse tags, bias
	f[72] = f1(73, S1w)
	f[73] = f1(74, S1p)
	f[74] = f3(75, S1p, S0p, N0p)
	f[75] = f3(76, S1p, S0p, lab(s0))
	f[76] = f2(77, ta.sfx[at(n0)], N0p)
	f[77] = f2(78, ta.sfx[at(s0)], S0p)
	f[78] = f3(79, ta.shp[at(n0)], N0p, ta.shp[at(n1)])
	f[79] = f3(80, ta.u[at(s0)], ta.u[at(n0)], d)
	f[80] = f3(81, S0p, N0p, lab(s0l))
	f[81] = f3(82, S0w, N0p, N1p)
	f[82] = f3(83, S0p, N0w, N1p)
	var phase uint64 // bias, apart for the end phase after an unshift
	if st.u >= 0 {
		phase = 1
	}
	f[83] = f1(84, phase)
}
