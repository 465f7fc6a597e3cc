package parser

import "sort"

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
func (tw *trainWeights) average(c float64, minAbs float32) *weights {
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
// from feature key to a run of (action, weight) entries.
type weights struct {
	mask  uint64
	keys  []uint64 // 0 = empty slot
	start []uint32
	count []uint8
	acts  []uint8
	ws    []float32
	nkeys int
}

type weightsBuilder struct {
	keys  []uint64
	start []uint32
	count []uint8
	acts  []uint8
	ws    []float32
}

func newWeightsBuilder(n int) *weightsBuilder {
	return &weightsBuilder{keys: make([]uint64, 0, n), start: make([]uint32, 0, n), count: make([]uint8, 0, n)}
}

func (b *weightsBuilder) add(k uint64, acts []uint8, ws []float32) {
	b.keys = append(b.keys, k)
	b.start = append(b.start, uint32(len(b.acts)))
	b.count = append(b.count, uint8(len(acts)))
	b.acts = append(b.acts, acts...)
	b.ws = append(b.ws, ws...)
}

func (b *weightsBuilder) build() *weights {
	size := 1
	for size < 2*len(b.keys)+16 {
		size <<= 1
	}
	w := &weights{
		mask:  uint64(size - 1),
		keys:  make([]uint64, size),
		start: make([]uint32, size),
		count: make([]uint8, size),
		acts:  b.acts,
		ws:    b.ws,
		nkeys: len(b.keys),
	}
	for i, k := range b.keys {
		j := k & w.mask
		for w.keys[j] != 0 {
			j = (j + 1) & w.mask
		}
		w.keys[j] = k
		w.start[j] = b.start[i]
		w.count[j] = b.count[i]
	}
	return w
}

func (w *weights) score(feats []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	keys := w.keys
	mask := w.mask
	for _, f := range feats {
		j := f & mask
		for {
			k := keys[j]
			if k == f {
				s := w.start[j]
				e := s + uint32(w.count[j])
				acts := w.acts[s:e]
				ws := w.ws[s:e]
				for x, a := range acts {
					scores[a] += ws[x]
				}
				break
			}
			if k == 0 {
				break
			}
			j = (j + 1) & mask
		}
	}
}
