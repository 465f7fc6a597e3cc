package tagger

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/rand"
	"slices"
	"sort"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lemma"
)

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int   // passes over the training set; 0 means 10
	Seed   int64 // seeds the shuffle of the training order
	// FixedMinCount and FixedMinShare decide which words are tagged by the
	// dictionary alone: seen at least FixedMinCount times with one tag in
	// at least FixedMinShare of them. Zero values mean 20 and 0.995.
	FixedMinCount int
	FixedMinShare float64
	// RareDrop is the chance that a training word seen at most RareMax
	// times loses its identity features, so that the spelling features
	// learn to tag unseen words. Negative means 0; zero means 0.5 and 1.
	RareDrop float64
	RareMax  int
	// Stages is 1 for a single left-to-right tagger, 2 (the default) to
	// add a second stage that also sees the first stage's tags of the
	// words to the right. The second stage is trained on first-stage tags
	// got by jackknifing the training set in Folds folds (default 4) with
	// FoldEpochs epochs each (default 5).
	Stages     int
	Folds      int
	FoldEpochs int
	// Prune2 drops second-stage weights whose averaged magnitude is at most
	// this (0 means 1; negative keeps all): it makes the second stage about
	// three times smaller and faster for a few hundredths of a point.
	Prune2 float64
	// Lexicon, if not nil, gives features from outside word lists and is
	// stored in the model (see ReadLexicon).
	Lexicon *Lexicon
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.FixedMinCount <= 0 {
		o.FixedMinCount = 20
	}
	if o.Prune2 == 0 {
		o.Prune2 = 1
	}
	if o.Stages <= 0 {
		o.Stages = 2
	}
	if o.Folds < 2 {
		o.Folds = 4
	}
	if o.FoldEpochs <= 0 {
		o.FoldEpochs = 5
	}
	if o.RareDrop == 0 {
		o.RareDrop = 0.5
	}
	if o.RareMax <= 0 {
		o.RareMax = 1
	}
	if o.FixedMinShare <= 0 {
		o.FixedMinShare = 0.995
	}
}

func sortedKeys[V any](m map[uint64]V) []uint64 {
	return slices.Sorted(maps.Keys(m))
}

func joint(t *doc.Token) string { return t.UPOS + " " + t.XPOS }

type trEnt struct {
	cls uint8
	w   float32
	u   float64 // sum of c*delta, for averaging
}

// trainer holds the weights while training.
type trainer struct {
	idx  map[uint64]int32
	keys []uint64
	ent  [][]trEnt
	c    float64 // updates clock
}

func (tr *trainer) score(feats []uint64, scores []float32) int {
	for i := range scores {
		scores[i] = 0
	}
	for _, f := range feats {
		j, ok := tr.idx[f]
		if !ok {
			continue
		}
		for _, e := range tr.ent[j] {
			scores[e.cls] += e.w
		}
	}
	best := 0
	for i := 1; i < len(scores); i++ {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return best
}

func (tr *trainer) add(j int32, cls int, d float32) {
	es := tr.ent[j]
	for k := range es {
		if int(es[k].cls) == cls {
			es[k].w += d
			es[k].u += tr.c * float64(d)
			return
		}
	}
	tr.ent[j] = append(es, trEnt{cls: uint8(cls), w: d, u: tr.c * float64(d)})
}

func (tr *trainer) update(feats []uint64, gold, pred int) {
	for _, f := range feats {
		j, ok := tr.idx[f]
		if !ok {
			j = int32(len(tr.ent))
			tr.idx[f] = j
			tr.keys = append(tr.keys, f)
			tr.ent = append(tr.ent, nil)
		}
		tr.add(j, gold, 1)
		tr.add(j, pred, -1)
	}
}

// snapshot builds an inference model from the averaged weights.
func (tr *trainer) snapshot(base *model, minW float64) *model {
	m := &model{classes: base.classes, upos: base.upos, xpos: base.xpos, dict: base.dict, fdict: base.fdict, lem: base.lem, lex: base.lex, fin: base.fin, nameAmb: base.nameAmb}
	rowOf := make(map[uint32]int32, len(tr.keys))
	var rows [][]trEnt
	var keys []uint32
	for j, k := range tr.keys {
		var kept []trEnt
		for _, e := range tr.ent[j] {
			a := float64(e.w) - e.u/tr.c
			if math.Abs(a) < 1e-3 || math.Abs(a) <= minW {
				continue
			}
			kept = append(kept, trEnt{cls: e.cls, w: float32(a)})
		}
		if len(kept) == 0 {
			continue
		}
		f := fold(k)
		r, ok := rowOf[f]
		if !ok {
			r = int32(len(rows))
			rowOf[f] = r
			rows = append(rows, nil)
			keys = append(keys, f)
		}
	merge:
		for _, e := range kept {
			for i := range rows[r] {
				if rows[r][i].cls == e.cls {
					rows[r][i].w += e.w
					continue merge
				}
			}
			rows[r] = append(rows[r], e)
		}
	}
	start := make([]int32, 1, len(rows)+1)
	var ws []weight
	for _, row := range rows {
		sort.Slice(row, func(a, b int) bool { return row[a].cls < row[b].cls })
		for _, e := range row {
			ws = append(ws, weight{cls: uint32(e.cls), w: e.w})
		}
		start = append(start, int32(len(ws)))
	}
	m.buildTable(keys, start, ws)
	return m
}

// buildBase makes the class set, tag dictionary and lemmatizer from train.
func buildBase(train []doc.Sentence, classes []string, o TrainOptions) (*model, map[string]int, map[uint64]int, error) {
	count := map[string]int{}
	for i := range train {
		for j := range train[i].Tokens {
			t := &train[i].Tokens[j]
			if t.UPOS == "" || t.XPOS == "" {
				return nil, nil, nil, fmt.Errorf("training sentence %d (%s) word %d: missing UPOS or XPOS", i+1, train[i].ID, j+1)
			}
			count[joint(t)]++
		}
	}
	if len(count) == 0 {
		return nil, nil, nil, errors.New("no training words")
	}
	if len(count) > 256 {
		return nil, nil, nil, fmt.Errorf("%d distinct UPOS+XPOS tags; at most 256 supported", len(count))
	}
	m := &model{classes: classes}
	if m.classes == nil {
		for c := range count {
			m.classes = append(m.classes, c)
		}
		sort.Slice(m.classes, func(a, b int) bool {
			ca, cb := count[m.classes[a]], count[m.classes[b]]
			if ca != cb {
				return ca > cb
			}
			return m.classes[a] < m.classes[b]
		})
	}
	cls := make(map[string]int, len(m.classes))
	for i, c := range m.classes {
		cls[c] = i
	}
	for c := range count {
		if _, ok := cls[c]; !ok {
			return nil, nil, nil, fmt.Errorf("tag %q not in the class set", c)
		}
	}
	m.splitClasses()

	// Tag dictionary over lowercased words.
	wc := map[uint64][]int{}
	for i := range train {
		for j := range train[i].Tokens {
			t := &train[i].Tokens[j]
			h := hashLower(t.Form)
			v := wc[h]
			if v == nil {
				v = make([]int, len(m.classes))
				wc[h] = v
			}
			v[cls[joint(t)]]++
		}
	}
	m.dict = make(map[uint64]wordEntry)
	freq := make(map[uint64]int, len(wc))
	for _, h := range sortedKeys(wc) {
		v := wc[h]
		total, best := 0, 0
		for c, n := range v {
			total += n
			if n > v[best] {
				best = c
			}
		}
		freq[h] = total
		if total < 3 {
			continue
		}
		e := wordEntry{fixed: -1}
		if total >= o.FixedMinCount && float64(v[best]) >= o.FixedMinShare*float64(total) {
			e.fixed = int32(best)
		}
		a := uint64(0x1234567)
		for c, n := range v {
			if n > 0 && float64(n) >= 0.02*float64(total) {
				a = mix(a ^ uint64(c+1))
			}
		}
		e.amb = a
		m.dict[h] = e
	}
	// Ambiguity classes of cased forms.
	fc := map[uint64][]int{}
	for i := range train {
		for j := range train[i].Tokens {
			t := &train[i].Tokens[j]
			h := hashForm(t.Form)
			v := fc[h]
			if v == nil {
				v = make([]int, len(m.classes))
				fc[h] = v
			}
			v[cls[joint(t)]]++
		}
	}
	m.fdict = make(map[uint64]uint64) // cased form → hash of its tag set (formAmbSeed, mixed with each class+1 in order)
	for _, h := range sortedKeys(fc) {
		v := fc[h]
		total := 0
		for _, n := range v {
			total += n
		}
		if total < 2 {
			continue
		}
		a := uint64(formAmbSeed)
		for c, n := range v {
			if n > 0 && float64(n) >= 0.02*float64(total) {
				a = mix(a ^ uint64(c+1))
			}
		}
		m.fdict[h] = a
	}
	m.lem = lemma.Learn(train)
	m.lex = o.Lexicon
	if m.lex != nil {
		m.lem.SetOuter(m.lex.isLemma)
	}
	return m, cls, freq, nil
}

// Train trains a tagger on train for opts.Epochs epochs and returns the
// averaged model of the epoch that scored best on dev (UPOS accuracy; the
// last epoch when dev is empty). Progress goes to log, which may be nil.
func Train(train, dev []doc.Sentence, opts TrainOptions, log io.Writer) (*Tagger, error) {
	if log == nil {
		log = io.Discard
	}
	opts.defaults()
	base, cls, freq, err := buildBase(train, nil, opts)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "stage 1: %d sentences, %d tags\n", len(train), len(base.classes))
	m1 := trainStage(base, cls, freq, train, nil, dev, nil, opts, log)
	if opts.Stages < 2 {
		return newTagger(m1), nil
	}
	// First-stage tags of the training set, by jackknifing.
	s1 := make([][]int32, len(train))
	k := opts.Folds
	fo := opts
	fo.Epochs = opts.FoldEpochs
	for f := 0; f < k; f++ {
		var part []doc.Sentence
		for i := range train {
			if i%k != f {
				part = append(part, train[i])
			}
		}
		fb, fcls, ffreq, err := buildBase(part, base.classes, opts)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f+1, err)
		}
		fmt.Fprintf(log, "stage 1, fold %d/%d: %d sentences\n", f+1, k, len(part))
		fm := trainStage(fb, fcls, ffreq, part, nil, dev, nil, fo, log)
		var ts []tokInfo
		var feats []uint64
		scores := make([]float32, len(base.classes))
		for i := range train {
			if i%k != f {
				continue
			}
			n := len(train[i].Tokens)
			ts = append(ts[:0], make([]tokInfo, n)...)
			out := make([]int, n)
			feats = fm.tagClasses(train[i].Tokens, ts, out, feats, scores)
			s1[i] = make([]int32, n)
			for j, c := range out {
				s1[i][j] = int32(c)
			}
		}
	}
	fmt.Fprintf(log, "stage 2\n")
	m2 := trainStage(base, cls, freq, train, s1, dev, m1, opts, log)
	c := *m1
	c.next = m2
	return newTagger(&c), nil
}

func newTagger(m *model) *Tagger {
	t := &Tagger{m: m}
	t.once.Do(func() {})
	return t
}

// trainStage trains one stage. s1 holds the first-stage tags of train for
// a second stage (nil for the first); first is the first stage, which the
// dev evaluation runs before the second.
func trainStage(base *model, cls map[string]int, freq map[uint64]int, train []doc.Sentence, s1 [][]int32,
	dev []doc.Sentence, first *model, opts TrainOptions, log io.Writer) *model {
	nc := len(base.classes)
	tr := &trainer{idx: make(map[uint64]int32)}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opts.Seed))
	scores := make([]float32, nc)
	var feats []uint64
	var ts []tokInfo
	var best *model
	bestU, bestX := -1.0, -1.0
	bestEpoch := 0
	for ep := 1; ep <= opts.Epochs; ep++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			toks := train[si].Tokens
			if cap(ts) < len(toks) {
				ts = make([]tokInfo, len(toks)*2)
			}
			ts = ts[:len(toks)]
			base.prepare(ts, toks)
			for i := range ts {
				if opts.RareDrop > 0 && freq[ts[i].lower] <= opts.RareMax && rng.Float64() < opts.RareDrop {
					ts[i].drop = true
				}
				if s1 != nil {
					ts[i].s1 = s1[si][i]
				}
			}
			p1, p2 := -1, -2
			for i := range toks {
				gold := cls[joint(&toks[i])]
				c := int(ts[i].fixed)
				if c < 0 {
					tr.c++
					feats = features(feats[:0], ts, i, p1, p2)
					c = tr.score(feats, scores)
					if c != gold {
						tr.update(feats, gold, c)
					}
				}
				if c == gold {
					right++
				}
				total++
				p2, p1 = p1, c
			}
		}
		minW := 0.0
		if first != nil {
			minW = opts.Prune2
		}
		m := tr.snapshot(base, minW)
		pipe := m
		if first != nil {
			c := *first
			c.next = m
			pipe = &c
		}
		msg := fmt.Sprintf("epoch %d: train %.2f", ep, 100*float64(right)/float64(max(total, 1)))
		u, x := 0.0, 0.0
		if len(dev) > 0 {
			s := newTagger(pipe).Evaluate(dev)
			u, x = s.Pct(s.UPOS), s.Pct(s.XPOS)
			msg += "; dev " + s.String()
		}
		fmt.Fprintf(log, "%s; %d features, %d weights; %.1fs\n", msg, m.nRows, len(m.packed)-m.nRows, time.Since(t0).Seconds())
		if len(dev) == 0 || u > bestU || (u == bestU && x > bestX) {
			best, bestU, bestX, bestEpoch = m, u, x, ep
		}
	}
	if len(dev) > 0 {
		fmt.Fprintf(log, "best epoch %d: dev UPOS %.2f XPOS %.2f\n", bestEpoch, bestU, bestX)
	}
	return best
}

// Jackknife splits train into k folds by sentence (sentence i goes to fold
// i mod k), trains on k-1 folds and tags the remaining one, and returns a
// copy of train whose UPOS and XPOS are the predicted ones. dev selects
// the epoch of each fold's model.
func Jackknife(train, dev []doc.Sentence, k int, opts TrainOptions, log io.Writer) ([]doc.Sentence, error) {
	if k < 2 {
		return nil, fmt.Errorf("jackknife: need at least 2 folds, got %d", k)
	}
	if log == nil {
		log = io.Discard
	}
	out := make([]doc.Sentence, len(train))
	for f := 0; f < k; f++ {
		var tr []doc.Sentence
		for i := range train {
			if i%k != f {
				tr = append(tr, train[i])
			}
		}
		fmt.Fprintf(log, "jackknife fold %d/%d: training on %d sentences\n", f+1, k, len(tr))
		t, err := Train(tr, dev, opts, log)
		if err != nil {
			return nil, fmt.Errorf("jackknife fold %d: %w", f+1, err)
		}
		for i := range train {
			if i%k != f {
				continue
			}
			s := train[i]
			s.Tokens = append([]doc.Token(nil), s.Tokens...)
			t.Tag(&s)
			out[i] = s
		}
	}
	return out, nil
}
