package parser

// Transition system: arc-eager (Nivre 2003) with the tree constraint of
// Nivre and Fernández-González (2014), ROOT's arc made last.
//
// Token 0 is the artificial ROOT; words are 1..n. The stack starts as
// [ROOT], the buffer as 1..n. Actions:
//
//	SHIFT     push b0 (never once the buffer has been empty)
//	REDUCE    pop s0 (s0 has a head; never the word attached to ROOT
//	          while the buffer holds a word)
//	LEFT(l)   s0 <-l- b0, pop s0 (s0 is a headless word)
//	RIGHT(l)  s0 -l-> b0, push b0 (from ROOT only with l = root, once, and
//	          with rootLate only after an UNSHIFT)
//
// With the unshift system, an empty buffer forces REDUCE of an s0 with a
// head and UNSHIFT of one without (s0 goes back to the buffer as u), until
// only ROOT is left: see settle. Older models (unshift false) instead stop
// when the buffer is empty, and Parser.finish attaches every headless
// stack word to the word below it.

const (
	actShift  = 0
	actReduce = 1
	actBase   = 2 // LEFT(l) = actBase+l, RIGHT(l) = actBase+nLabels+l
)

// state is a parser configuration over n words.
type state struct {
	n         int32
	stack     []int32
	b         int32 // front of the buffer; > n when empty
	u         int32 // word put back by unshift (the whole buffer then), -1 none
	rootChild int32 // the word attached to ROOT, -1 when none
	rootLate  bool  // ROOT takes its dependent only after an unshift
	head      []int32
	lab       []int32 // label id of the arc to the head, -1 when none
	lc1, lc2  []int32 // leftmost and second leftmost child, -1 none
	rc1, rc2  []int32 // rightmost and second rightmost child, -1 none
	nl, nr    []int32 // number of left and right children
	ls, rs    []uint64
}

func growI32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n, n+n/2)
	}
	return s[:n]
}

func growU64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n, n+n/2)
	}
	return s[:n]
}

// reset prepares the state for a sentence of n words.
func (st *state) reset(n int) {
	st.n = int32(n)
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	st.u = -1
	st.rootChild = -1
	m := n + 1
	st.head = growI32(st.head, m)
	st.lab = growI32(st.lab, m)
	st.lc1 = growI32(st.lc1, m)
	st.lc2 = growI32(st.lc2, m)
	st.rc1 = growI32(st.rc1, m)
	st.rc2 = growI32(st.rc2, m)
	st.nl = growI32(st.nl, m)
	st.nr = growI32(st.nr, m)
	st.ls = growU64(st.ls, m)
	st.rs = growU64(st.rs, m)
	for i := 0; i < m; i++ {
		st.head[i] = -1
		st.lab[i] = -1
		st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = -1, -1, -1, -1
		st.nl[i], st.nr[i] = 0, 0
		st.ls[i], st.rs[i] = 0, 0
	}
}

func (st *state) s0() int32 { return st.stack[len(st.stack)-1] }

func (st *state) bufEmpty() bool { return st.u < 0 && st.b > st.n }

// b0 returns the front of the buffer, -1 when it is empty.
func (st *state) b0() int32 {
	if st.u >= 0 {
		return st.u
	}
	if st.b <= st.n {
		return st.b
	}
	return -1
}

// unshift moves the headless s0 back to the (empty) buffer (Nivre and
// Fernández-González 2014): it can then take a head or dependents on the
// stack by LEFT and RIGHT. SHIFT stays illegal from then on.
func (st *state) unshift() {
	st.u = st.s0()
	st.stack = st.stack[:len(st.stack)-1]
}

// addArc records h -l-> d.
func (st *state) addArc(h, d, l int32) {
	st.head[d] = h
	st.lab[d] = l
	if h == 0 {
		st.rootChild = d
	}
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h]++
		st.ls[h] |= bit
		switch {
		case st.lc1[h] < 0 || d < st.lc1[h]:
			st.lc2[h] = st.lc1[h]
			st.lc1[h] = d
		case st.lc2[h] < 0 || d < st.lc2[h]:
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		st.rs[h] |= bit
		switch {
		case d > st.rc1[h]:
			st.rc2[h] = st.rc1[h]
			st.rc1[h] = d
		case d > st.rc2[h]:
			st.rc2[h] = d
		}
	}
}

// legal reports which action kinds are allowed now.
func (st *state) canShift() bool { return st.u < 0 && st.b <= st.n }

func (st *state) canReduce() bool {
	s := st.s0()
	return s != 0 && st.head[s] >= 0 && (st.head[s] != 0 || st.bufEmpty())
}

func (st *state) canLeft() bool {
	s := st.s0()
	return !st.bufEmpty() && s != 0 && st.head[s] < 0
}

// canRight reports whether RIGHT is allowed; fromRoot tells whether it would
// be the root arc.
func (st *state) canRight() (ok, fromRoot bool) {
	if st.bufEmpty() {
		return false, false
	}
	s := st.s0()
	if s == 0 {
		return st.rootChild < 0 && (!st.rootLate || st.u >= 0), true
	}
	return true, false
}

// apply performs action a (already known to be legal).
func (st *state) apply(a int32, nLabels int32) {
	switch {
	case a == actShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case a == actReduce:
		st.stack = st.stack[:len(st.stack)-1]
	case a < actBase+nLabels:
		s := st.s0()
		st.addArc(st.b0(), s, a-actBase)
		st.stack = st.stack[:len(st.stack)-1]
	default:
		s, b := st.s0(), st.b0()
		st.addArc(s, b, a-actBase-nLabels)
		st.stack = append(st.stack, b)
		if st.u >= 0 {
			st.u = -1
		} else {
			st.b++
		}
	}
}

// costs computes the dynamic-oracle cost (Goldberg & Nivre 2012) of the
// four action kinds against the gold heads gh (gh[i] for word i). Label
// costs are added by the caller.
func (st *state) costs(gh []int32) (shift, reduce, left, right int32) {
	if st.u >= 0 {
		reduce, left, right = st.costsUnshifted(gh)
		return
	}
	s := st.s0()
	b := st.b
	n := st.n
	// LEFT: s0 loses a gold head in the buffer beyond b0 and its gold
	// dependents in the buffer.
	if s != 0 && b <= n {
		if gh[s] > b || (gh[s] == 0 && st.rootLate) {
			left++
		}
		for k := b; k <= n; k++ {
			if gh[k] == s {
				left++
			}
		}
	}
	// REDUCE: s0 loses its gold dependents in the buffer.
	if s != 0 {
		for k := b; k <= n; k++ {
			if gh[k] == s {
				reduce++
			}
		}
	}
	if b <= n {
		// RIGHT: b0 loses a gold head elsewhere in the stack or in the
		// buffer, and its gold dependents on the stack.
		g := gh[b]
		if g != s {
			if g > b {
				right++
			} else {
				for _, k := range st.stack {
					if k == g {
						right++
						break
					}
				}
			}
		}
		for _, k := range st.stack {
			if k != 0 && st.head[k] < 0 && gh[k] == b {
				right++
				shift++
			}
		}
		// SHIFT: b0 loses a gold head on the stack (not ROOT when it
		// takes its dependent at the end).
		for _, k := range st.stack {
			if k == g && !(k == 0 && st.rootLate) {
				shift++
				break
			}
		}
	}
	return
}

// costsUnshifted is costs after an unshift: the buffer holds only u and
// SHIFT is illegal. The arcs left to make join stack words and u; an arc
// from a word deeper in the stack counts as reachable (the words between can
// still be reduced or attached).
func (st *state) costsUnshifted(gh []int32) (reduce, left, right int32) {
	s, u := st.s0(), st.u
	top := len(st.stack) - 1
	below := func(x int32) bool { // x is on the stack under s0 and can still be a head
		if x == 0 {
			return st.rootChild < 0
		}
		for _, k := range st.stack[:top] {
			if k == x {
				return true
			}
		}
		return false
	}
	if gh[u] == s {
		reduce++
		left++
	}
	if s != 0 && st.head[s] < 0 {
		if gh[s] != u && below(gh[s]) {
			left++
		}
		for _, k := range st.stack[1:top] {
			if st.head[k] < 0 && gh[k] == s {
				left++
			}
		}
	}
	if gh[u] != s && below(gh[u]) {
		right++
	}
	for _, k := range st.stack[1:] {
		if st.head[k] < 0 && gh[k] == u {
			right++
		}
	}
	return
}

// settle makes the moves that are forced once the buffer is empty (REDUCE
// of a word with a head, UNSHIFT of one without) and reports whether the
// parse is complete: buffer empty and only ROOT on the stack.
func (st *state) settle() bool {
	for st.bufEmpty() {
		if len(st.stack) == 1 {
			return true
		}
		if st.head[st.s0()] >= 0 {
			st.stack = st.stack[:len(st.stack)-1]
		} else {
			st.unshift()
		}
	}
	return false
}
