package parser

import (
	"fmt"
	"math"
	"sort"
)

// tEntry is one weight of a training row: current value w and the
// averaging accumulator u (Daume's trick: average = w - u/c).
type tEntry struct {
	u float64
	w float32
	a int32
}

// trainWeights is the growing sparse weight table used while training.
type trainWeights struct {
	index map[uint64]int32
	rows  [][]tEntry
}

func newTrainWeights() *trainWeights {
	return &trainWeights{index: make(map[uint64]int32, 1<<20)}
}

func (tw *trainWeights) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range feats {
		r, ok := tw.index[f]
		if !ok {
			continue
		}
		for _, e := range tw.rows[r] {
			scores[e.a] += e.w
		}
	}
}

func (tw *trainWeights) update(feats []uint64, a int32, delta float32, c float64) {
	for _, f := range feats {
		r, ok := tw.index[f]
		if !ok {
			r = int32(len(tw.rows))
			tw.index[f] = r
			tw.rows = append(tw.rows, make([]tEntry, 0, 2))
		}
		row := tw.rows[r]
		found := false
		for j := range row {
			if row[j].a == a {
				row[j].w += delta
				row[j].u += c * float64(delta)
				found = true
				break
			}
		}
		if !found {
			tw.rows[r] = append(row, tEntry{a: a, w: delta, u: c * float64(delta)})
		}
	}
}

// average returns the averaged weights as a compact table, dropping
// weights whose magnitude is below minAbs.
func (tw *trainWeights) average(c float64, minAbs float32) (*weights, error) {
	keys := make([]uint64, 0, len(tw.index))
	for k := range tw.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b := newWeightsBuilder(len(keys))
	var acts []uint8
	var ws []float32
	for _, k := range keys {
		acts, ws = acts[:0], ws[:0]
		for _, e := range tw.rows[tw.index[k]] {
			v := float32(float64(e.w) - e.u/c)
			if v >= minAbs || v <= -minAbs {
				acts = append(acts, uint8(e.a))
				ws = append(ws, v)
			}
		}
		if len(acts) > 0 {
			b.add(k, acts, ws)
		}
	}
	return b.build()
}

// weights is the compact, read-only table used to parse: open addressing
// from feature key to a run of (action, weight) entries. Weights are int16
// with one scale (scores are compared, so the scale never matters when
// parsing); an entry packs the action in its high 16 bits.
type weights struct {
	mask  uint64
	slots []slot // empty when check == 0 and run == 0
	ents  []uint32
	scale float32
	nkeys int
	// keys and runs, in the order added (sorted), for Save.
	keys []uint64
	runs []uint32
}

// slot holds the high half of a key (to check the hit) and the key's run
// of entries: start<<8 | count.
type slot struct {
	check uint32
	run   uint32
}

const maxEntries = 1<<24 - 1

type weightsBuilder struct {
	keys  []uint64
	start []uint32
	count []uint8
	acts  []uint8
	ws    []float32
	q     []int16
	scale float32
}

func newWeightsBuilder(n int) *weightsBuilder {
	return &weightsBuilder{keys: make([]uint64, 0, n), start: make([]uint32, 0, n), count: make([]uint8, 0, n)}
}

// add appends a key with float weights (quantised by build).
func (b *weightsBuilder) add(k uint64, acts []uint8, ws []float32) {
	b.keys = append(b.keys, k)
	b.start = append(b.start, uint32(len(b.acts)))
	b.count = append(b.count, uint8(len(acts)))
	b.acts = append(b.acts, acts...)
	b.ws = append(b.ws, ws...)
}

// addQ appends a key with weights already quantised with b.scale.
func (b *weightsBuilder) addQ(k uint64, acts []uint8, q []int16) {
	b.keys = append(b.keys, k)
	b.start = append(b.start, uint32(len(b.acts)))
	b.count = append(b.count, uint8(len(acts)))
	b.acts = append(b.acts, acts...)
	b.q = append(b.q, q...)
}

func (b *weightsBuilder) build() (*weights, error) {
	if len(b.acts) > maxEntries {
		return nil, fmt.Errorf("parser model: %d weights, at most %d", len(b.acts), maxEntries)
	}
	if b.q == nil {
		maxAbs := float32(0)
		for _, v := range b.ws {
			if v > maxAbs {
				maxAbs = v
			} else if -v > maxAbs {
				maxAbs = -v
			}
		}
		if maxAbs == 0 {
			maxAbs = 1
		}
		b.scale = maxAbs / 32767
		b.q = make([]int16, len(b.ws))
		for i, v := range b.ws {
			b.q[i] = int16(math.Round(float64(v / b.scale)))
		}
	}
	size := 1
	for size < len(b.keys)*3/2+16 {
		size <<= 1
	}
	w := &weights{
		mask:  uint64(size - 1),
		slots: make([]slot, size),
		ents:  make([]uint32, len(b.acts)),
		scale: b.scale,
		nkeys: len(b.keys),
		keys:  b.keys,
		runs:  make([]uint32, len(b.keys)),
	}
	for i, a := range b.acts {
		w.ents[i] = uint32(a)<<16 | uint32(uint16(b.q[i]))
	}
	for i, k := range b.keys {
		if b.count[i] == 0 {
			continue
		}
		j := k & w.mask
		for w.slots[j].run != 0 {
			j = (j + 1) & w.mask
		}
		run := b.start[i]<<8 | uint32(b.count[i])
		w.slots[j] = slot{check: uint32(k >> 32), run: run}
		w.runs[i] = run
	}
	return w, nil
}

// score sets scores to the sum of the weights of feats (in units of scale).
// It reads all the slots first and then all the runs, so that the cache
// misses of different features overlap.
func (w *weights) score(feats []uint64, scores []int32) {
	for i := range scores {
		scores[i] = 0
	}
	slots := w.slots
	mask := w.mask
	ents := w.ents
	var got [numFeatures]slot
	fs := feats[:numFeatures]
	for i, f := range fs {
		got[i] = slots[f&mask]
	}
	for i, f := range fs {
		sl := got[i]
		chk := uint32(f >> 32)
		j := f & mask
		for sl.run != 0 && sl.check != chk {
			j = (j + 1) & mask
			sl = slots[j]
		}
		got[i] = sl
	}
	for i := range got {
		run := got[i].run
		s := run >> 8
		for _, e := range ents[s : s+run&0xff] {
			scores[e>>16] += int32(int16(uint16(e)))
		}
	}
}

// prune returns a copy of w without the weights of magnitude below minAbs
// (in the model's units) and without keys left empty.
func (w *weights) prune(minAbs float32) (*weights, error) {
	b := newWeightsBuilder(w.nkeys)
	b.scale = w.scale
	b.q = make([]int16, 0, len(w.ents))
	lim := int32(minAbs / w.scale)
	var acts []uint8
	var q []int16
	for i, k := range w.keys {
		run := w.runs[i]
		if run == 0 {
			continue
		}
		acts, q = acts[:0], q[:0]
		for _, e := range w.ents[run>>8 : run>>8+run&0xff] {
			v := int16(uint16(e))
			if int32(v) >= lim || int32(v) <= -lim {
				acts = append(acts, uint8(e>>16))
				q = append(q, v)
			}
		}
		if len(acts) > 0 {
			b.addQ(k, acts, q)
		}
	}
	return b.build()
}

// sum returns the table whose every weight is the sum of the weights of a
// and b (keys of both are in increasing order).
func sum(a, b *weights) (*weights, error) {
	nb := newWeightsBuilder(a.nkeys + b.nkeys/2)
	var acc [256]float32
	var has [256]bool
	var acts []uint8
	var ws []float32
	add := func(w *weights, run uint32) {
		for _, e := range w.ents[run>>8 : run>>8+run&0xff] {
			act := uint8(e >> 16)
			acc[act] += float32(int16(uint16(e))) * w.scale
			has[act] = true
		}
	}
	flush := func(k uint64) {
		acts, ws = acts[:0], ws[:0]
		for x := range acc {
			if has[x] {
				acts = append(acts, uint8(x))
				ws = append(ws, acc[x])
				acc[x], has[x] = 0, false
			}
		}
		nb.add(k, acts, ws)
	}
	i, j := 0, 0
	for i < len(a.keys) || j < len(b.keys) {
		switch {
		case j >= len(b.keys) || (i < len(a.keys) && a.keys[i] < b.keys[j]):
			add(a, a.runs[i])
			flush(a.keys[i])
			i++
		case i >= len(a.keys) || b.keys[j] < a.keys[i]:
			add(b, b.runs[j])
			flush(b.keys[j])
			j++
		default:
			add(a, a.runs[i])
			add(b, b.runs[j])
			flush(a.keys[i])
			i++
			j++
		}
	}
	return nb.build()
}
