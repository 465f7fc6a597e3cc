package parser

import (
	"errors"
	"fmt"
	"io"
	"math/rand"
	"sync"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs int   // passes over the training data (default 15)
	Seed   int64 // seed for shuffling and exploration (default 1)
	// ExploreFrom is the first epoch (1-based) in which the parser follows
	// its own predictions (dynamic-oracle exploration); default 2.
	ExploreFrom int
	// ExploreProb is the probability of following the prediction in an
	// exploring epoch (default 0.9).
	ExploreProb float64
	// MinWeight drops averaged weights of smaller magnitude from the model
	// (default 0.05).
	MinWeight float32
	// NoUnshift trains a model of the older transition system, which
	// attaches the headless words left on the stack at the end to the word
	// below them instead of letting the model attach them.
	NoUnshift bool
	// RootFirst (with unshift) lets ROOT take its dependent by RIGHT as
	// soon as it is s0, as in the older system; by default it takes it
	// only in the end phase, after every other word has found its head.
	RootFirst bool
	// Ensemble > 1 trains that many models at once, with seeds Seed,
	// Seed+1, ..., and combines them (see Combine).
	Ensemble int
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 15
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.ExploreFrom <= 0 {
		o.ExploreFrom = 2
	}
	if o.ExploreProb <= 0 {
		o.ExploreProb = 0.9
	}
	if o.MinWeight == 0 {
		o.MinWeight = 0.05
	}
}

// Score is attachment accuracy over every token, punctuation included.
type Score struct {
	Tokens int
	UAS    float64 // percent of tokens with the gold head
	LAS    float64 // percent with the gold head and the gold relation
}

// Evaluate parses copies of gold (keeping its forms and tags) and scores the
// result against gold's heads and relations.
func Evaluate(p *Parser, gold []doc.Sentence) Score {
	var sc Score
	var uh, lh int
	var s doc.Sentence
	for i := range gold {
		g := &gold[i]
		s.Tokens = append(s.Tokens[:0], g.Tokens...)
		p.Parse(&s)
		for j := range g.Tokens {
			sc.Tokens++
			if s.Tokens[j].Head == g.Tokens[j].Head {
				uh++
				if s.Tokens[j].DepRel == g.Tokens[j].DepRel {
					lh++
				}
			}
		}
	}
	if sc.Tokens > 0 {
		sc.UAS = 100 * float64(uh) / float64(sc.Tokens)
		sc.LAS = 100 * float64(lh) / float64(sc.Tokens)
	}
	return sc
}

// example is one training sentence with its projectivised gold tree.
type example struct {
	toks []doc.Token
	gh   []int32 // gold head of word i (index 0 unused)
	gl   []int32 // gold label id of word i
}

// validTree checks heads: in range, exactly one root, no cycles.
func validTree(toks []doc.Token) error {
	n := len(toks)
	roots := 0
	for i, t := range toks {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return fmt.Errorf("word %d: bad head %d", i+1, t.Head)
		}
		if t.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	for i := range toks {
		seen := 0
		for h := i + 1; h != 0; h = toks[h-1].Head {
			seen++
			if seen > n {
				return fmt.Errorf("cycle through word %d", i+1)
			}
		}
	}
	return nil
}

// projectivize lifts non-projective arcs (shortest first) to the head's
// head until the tree is projective.
func projectivize(gh []int32) int {
	n := int32(len(gh) - 1)
	lifts := 0
	isDesc := func(k, h int32) bool { // k is a descendant of h (or h itself)
		for steps := int32(0); k != 0 && steps <= n; steps++ {
			if k == h {
				return true
			}
			k = gh[k]
		}
		return h == 0
	}
	for {
		best, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d <= n; d++ {
			h := gh[d]
			lo, hi := h, d
			if lo > hi {
				lo, hi = hi, lo
			}
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !isDesc(k, h) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 || lifts > int(4*n) {
			return lifts
		}
		gh[best] = gh[gh[best]]
		lifts++
	}
}

// Train trains a parser on train and keeps the epoch with the best LAS on
// dev (or the last epoch when dev is empty). Progress goes to log.
func Train(train, dev []doc.Sentence, opts TrainOptions, log io.Writer) (*Parser, error) {
	opts.defaults()
	if log == nil {
		log = io.Discard
	}
	if opts.Ensemble <= 1 {
		return trainOne(train, dev, opts, log)
	}
	lw := &lockedWriter{w: log}
	ps := make([]*Parser, opts.Ensemble)
	errs := make([]error, opts.Ensemble)
	var wg sync.WaitGroup
	for i := range ps {
		o := opts
		o.Seed = opts.Seed + int64(i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			ps[i], errs[i] = trainOne(train, dev, o, &prefixWriter{w: lw, prefix: fmt.Sprintf("[seed %d] ", o.Seed)})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	p, err := Combine(ps...)
	if err != nil {
		return nil, err
	}
	if len(dev) > 0 {
		sc := Evaluate(p, dev)
		fmt.Fprintf(log, "parser: ensemble of %d: dev UAS %.2f LAS %.2f, %d features, %d weights\n",
			len(ps), sc.UAS, sc.LAS, p.w.nkeys, len(p.w.ents))
	}
	return p, nil
}

// lockedWriter serialises writes from concurrent trainers.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// prefixWriter puts a prefix before each write (each log line is one write).
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	if _, err := p.w.Write(append([]byte(p.prefix), b...)); err != nil {
		return 0, err
	}
	return len(b), nil
}

// trainOne trains a single model.
func trainOne(train, dev []doc.Sentence, opts TrainOptions, log io.Writer) (*Parser, error) {
	p := &Parser{unshift: !opts.NoUnshift, rootLate: !opts.NoUnshift && !opts.RootFirst}
	labelID := map[string]int32{}
	var exs []example
	skipped, lifted := 0, 0
	for si := range train {
		toks := train[si].Tokens
		if len(toks) == 0 {
			continue
		}
		if err := validTree(toks); err != nil {
			skipped++
			continue
		}
		ex := example{toks: toks, gh: make([]int32, len(toks)+1), gl: make([]int32, len(toks)+1)}
		for i, t := range toks {
			rel := t.DepRel
			if t.Head == 0 {
				rel = "root"
			}
			id, ok := labelID[rel]
			if !ok {
				id = int32(len(p.labels))
				labelID[rel] = id
				p.labels = append(p.labels, rel)
			}
			ex.gh[i+1] = int32(t.Head)
			ex.gl[i+1] = id
		}
		if projectivize(ex.gh) > 0 {
			lifted++
		}
		exs = append(exs, ex)
	}
	if len(exs) == 0 {
		return nil, errors.New("parser: no usable training sentences")
	}
	if len(p.labels) > 120 {
		return nil, fmt.Errorf("parser: %d relations, at most 120 supported", len(p.labels))
	}
	root, ok := labelID["root"]
	if !ok {
		return nil, errors.New("parser: training data has no root")
	}
	p.rootLabel = root
	nl := int32(len(p.labels))
	p.leftOK = make([]bool, nl)
	p.rightOK = make([]bool, nl)
	for _, ex := range exs {
		for d := 1; d < len(ex.gh); d++ {
			if ex.gh[d] == 0 {
				continue
			}
			if int(ex.gh[d]) > d {
				p.leftOK[ex.gl[d]] = true
			} else {
				p.rightOK[ex.gl[d]] = true
			}
		}
	}
	p.leftOK[root], p.rightOK[root] = false, false
	fmt.Fprintf(log, "parser: %d sentences (%d skipped as malformed, %d projectivised), %d relations, %d dev sentences\n",
		len(exs), skipped, lifted, nl, len(dev))

	tw := newTrainWeights()
	rng := rand.New(rand.NewSource(opts.Seed))
	ws := &workspace{feats: make([]uint64, numFeatures)}
	scores := make([]float32, p.nActions())
	cost := make([]int32, p.nActions())
	c := 1.0
	var best *weights
	bestLAS := -1.0
	bestEpoch := 0
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch >= opts.ExploreFrom
		var states, errs int
		for _, ei := range order {
			ex := &exs[ei]
			st := &ws.st
			st.reset(len(ex.toks))
			st.rootLate = p.rootLate
			ws.ta.fill(ex.toks)
			for !p.done(st) {
				features(st, &ws.ta, ws.feats)
				tw.score(ws.feats, scores)
				pred := bestLegal(p, st, scores)
				if pred < 0 { // never with a sound transition system
					p.rescue(st, ws)
					continue
				}
				gold := p.bestZeroCost(st, ex, scores, cost)
				states++
				if gold >= 0 && pred != gold && cost[pred] > cost[gold] {
					errs++
					tw.update(ws.feats, gold, 1, c)
					tw.update(ws.feats, pred, -1, c)
				}
				next := gold
				if gold < 0 || (explore && rng.Float64() < opts.ExploreProb) {
					next = pred
				}
				st.apply(next, nl)
				c++
			}
		}
		w, err := tw.average(c, opts.MinWeight)
		if err != nil {
			return nil, err
		}
		p.w = w
		msg := fmt.Sprintf("epoch %2d: %d states, %.2f%% errors, %d features, %d weights, %s",
			epoch, states, 100*float64(errs)/float64(states), p.w.nkeys, len(p.w.ents), time.Since(start).Round(time.Second))
		if len(dev) > 0 {
			sc := Evaluate(p, dev)
			msg += fmt.Sprintf("; dev UAS %.2f LAS %.2f", sc.UAS, sc.LAS)
			if sc.LAS > bestLAS {
				bestLAS, best, bestEpoch = sc.LAS, p.w, epoch
			}
		} else {
			best, bestEpoch = p.w, epoch
		}
		fmt.Fprintln(log, msg)
	}
	p.w = best
	if len(dev) > 0 {
		fmt.Fprintf(log, "parser: kept epoch %d (dev LAS %.2f)\n", bestEpoch, bestLAS)
	}
	return p, nil
}

// bestZeroCost fills cost for the legal actions and returns the legal action
// of least cost with the highest score (-1 when nothing is legal).
func (p *Parser) bestZeroCost(st *state, ex *example, scores []float32, cost []int32) int32 {
	sh, re, la, ra := st.costs(ex.gh)
	nl := p.nLabels()
	best := int32(-1)
	consider := func(a, c int32) {
		cost[a] = c
		if best < 0 || c < cost[best] || (c == cost[best] && scores[a] > scores[best]) {
			best = a
		}
	}
	for i := range cost {
		cost[i] = 1 << 20
	}
	if st.canShift() {
		consider(actShift, sh)
	}
	if st.canReduce() {
		consider(actReduce, re)
	}
	s, b := st.s0(), st.b0()
	if st.canLeft() {
		for l := int32(0); l < nl; l++ {
			if p.leftOK[l] {
				c := la
				if ex.gh[s] == b && ex.gl[s] != l {
					c++
				}
				consider(actBase+l, c)
			}
		}
	}
	if ok, fromRoot := st.canRight(); ok {
		if fromRoot {
			consider(actBase+nl+p.rootLabel, ra)
		} else {
			for l := int32(0); l < nl; l++ {
				if p.rightOK[l] {
					c := ra
					if ex.gh[b] == s && ex.gl[b] != l {
						c++
					}
					consider(actBase+nl+l, c)
				}
			}
		}
	}
	return best
}

// done reports whether a training parse is over, after making the forced
// end moves of the unshift system.
func (p *Parser) done(st *state) bool {
	if p.unshift {
		return st.settle()
	}
	return st.bufEmpty()
}
