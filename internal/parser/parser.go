package parser

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/models"
)

// ModelFile is the name of the embedded default model in internal/models.
const ModelFile = "parser.bin.gz"

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	labels    []string
	rootLabel int32
	leftOK    []bool // label may be used by LEFT
	rightOK   []bool // label may be used by RIGHT (root only from ROOT)
	// unshift selects the transition system with the tree constraint:
	// headless words left on the stack are unshifted and attached by the
	// model (false: older models, which attach them to the word below).
	unshift bool
	// rootLate (with unshift): ROOT takes its dependent only in the end
	// phase, so the root word is chosen last.
	rootLate bool
	w        *weights
	pool     sync.Pool
}

// workspace is the per-call scratch memory of Parse.
type workspace struct {
	st     state
	ta     tokenAttrs
	feats  []uint64
	scores []int32
}

func (p *Parser) nLabels() int32 { return int32(len(p.labels)) }

func (p *Parser) nActions() int { return actBase + 2*len(p.labels) }

func (p *Parser) getWS() *workspace {
	if ws, ok := p.pool.Get().(*workspace); ok {
		return ws
	}
	return &workspace{feats: make([]uint64, numFeatures), scores: make([]int32, p.nActions())}
}

// Labels returns the dependency relations the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse sets Head and DepRel of every token of s from Form, UPOS and XPOS.
// The result is always one tree: exactly one token has head 0 and relation
// "root", every other head is a token of s, and there are no cycles.
func (p *Parser) Parse(s *doc.Sentence) {
	if p == nil || s == nil || len(s.Tokens) == 0 {
		return
	}
	if p.w == nil || len(p.labels) == 0 {
		// No model: a flat tree keeps the contract.
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].DepRel = 1, "dep"
		}
		s.Tokens[0].Head, s.Tokens[0].DepRel = 0, "root"
		return
	}
	ws := p.getWS()
	defer p.pool.Put(ws)
	n := len(s.Tokens)
	ws.ta.fill(s.Tokens)
	st := &ws.st
	st.reset(n)
	st.rootLate = p.rootLate
	nl := p.nLabels()
	if p.unshift {
		for !st.settle() {
			features(st, &ws.ta, ws.feats)
			p.w.score(ws.feats, ws.scores)
			a := bestLegal(p, st, ws.scores)
			if a < 0 {
				p.rescue(st, ws)
				continue
			}
			st.apply(a, nl)
		}
	} else {
		for !st.bufEmpty() {
			features(st, &ws.ta, ws.feats)
			p.w.score(ws.feats, ws.scores)
			a := bestLegal(p, st, ws.scores)
			st.apply(a, nl)
		}
		p.finish(st, ws)
	}
	for i := range s.Tokens {
		h := st.head[i+1]
		s.Tokens[i].Head = int(h)
		s.Tokens[i].DepRel = p.labels[st.lab[i+1]]
	}
	possessorOfNoun(s.Tokens)
}

// possessorOfNoun mends a possessor hung on a verb ("Peru's Congress had
// declared ..." with "Peru" an nmod:poss of "declared"): a possessor
// belongs to the noun its "'s" comes before, the last noun of that
// phrase. The tree stays a tree: the noun must not lie under the
// possessor.
func possessorOfNoun(toks []doc.Token) {
	n := len(toks)
	for i := 0; i+2 < n; i++ {
		t := &toks[i]
		h := t.Head - 1
		if t.DepRel != "nmod:poss" || h < 0 || h >= n || toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX" {
			continue
		}
		if f := toks[i+1].Form; f != "'s" && f != "'" && f != "’s" {
			continue
		}
		k := -1
		for j := i + 2; j < n && j < i+6; j++ {
			u := toks[j].UPOS
			if u == "NOUN" || u == "PROPN" {
				k = j
				if j+1 < n && (toks[j+1].UPOS == "NOUN" || toks[j+1].UPOS == "PROPN") {
					continue
				}
				break
			}
			if u != "ADJ" && u != "NUM" {
				break
			}
		}
		if k < 0 {
			continue
		}
		// no cycle: k must not have i among its heads
		ok := true
		for a, steps := k, 0; a >= 0 && steps <= n; steps++ {
			if a == i {
				ok = false
				break
			}
			a = toks[a].Head - 1
		}
		if ok {
			t.Head = k + 1
		}
	}
}

// bestLegal returns the highest scoring legal action.
func bestLegal[T int32 | float32](p *Parser, st *state, scores []T) int32 {
	best := int32(-1)
	var bs T
	consider := func(a int32) {
		if best < 0 || scores[a] > bs {
			best, bs = a, scores[a]
		}
	}
	if st.canShift() {
		consider(actShift)
	}
	if st.canReduce() {
		consider(actReduce)
	}
	nl := p.nLabels()
	if st.canLeft() {
		for l := int32(0); l < nl; l++ {
			if p.leftOK[l] {
				consider(actBase + l)
			}
		}
	}
	if ok, fromRoot := st.canRight(); ok {
		if fromRoot {
			consider(actBase + nl + p.rootLabel)
		} else {
			for l := int32(0); l < nl; l++ {
				if p.rightOK[l] {
					consider(actBase + nl + l)
				}
			}
		}
	}
	return best
}

// rescue takes b0 off the buffer when no action is legal (which the
// transition system should never allow): it becomes the root, or a
// dependent of the root's word.
func (p *Parser) rescue(st *state, ws *workspace) {
	b := st.b0()
	if st.rootChild < 0 {
		st.addArc(0, b, p.rootLabel)
	} else {
		l := p.bestRightLabel(st, ws)
		st.addArc(st.rootChild, b, l)
	}
	if st.u >= 0 {
		st.u = -1
	} else {
		st.b++
	}
}

// bestRightLabel is the best scoring relation other than root for an arc
// to a right dependent.
func (p *Parser) bestRightLabel(st *state, ws *workspace) int32 {
	nl := p.nLabels()
	if p.w == nil || len(ws.scores) < p.nActions() { // while training
		for l := int32(0); l < nl; l++ {
			if l != p.rootLabel {
				return l
			}
		}
		return p.rootLabel
	}
	features(st, &ws.ta, ws.feats)
	p.w.score(ws.feats, ws.scores)
	best := int32(-1)
	for l := int32(0); l < nl; l++ {
		if l != p.rootLabel && (best < 0 || ws.scores[actBase+nl+l] > ws.scores[actBase+nl+best]) {
			best = l
		}
	}
	if best < 0 { // only label is root; keep the tree well-formed
		best = p.rootLabel
	}
	return best
}

// finish completes the tree once the buffer is empty: every headless word
// left on the stack is attached to the word below it, the lowest one to
// ROOT.
func (p *Parser) finish(st *state, ws *workspace) {
	for len(st.stack) > 1 {
		s := st.s0()
		if st.head[s] >= 0 {
			st.stack = st.stack[:len(st.stack)-1]
			continue
		}
		h := st.stack[len(st.stack)-2]
		if h == 0 && st.rootChild >= 0 {
			h = st.rootChild
		}
		if h == 0 {
			st.addArc(0, s, p.rootLabel)
		} else {
			st.addArc(h, s, p.bestRightLabel(st, ws))
		}
		st.stack = st.stack[:len(st.stack)-1]
	}
}

const (
	magic  = "DYADPARSER1\n" // models without options
	magic2 = "DYADPARSER2\n" // followed by a uvarint of option bits
)

// Option bits of a DYADPARSER2 model.
const (
	optUnshift  = 1
	optRootLate = 2
)

// Save writes the model, gzip-compressed.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	if p.unshift {
		bw.WriteString(magic2)
		opts := uint64(optUnshift)
		if p.rootLate {
			opts |= optRootLate
		}
		putU(opts)
	} else {
		bw.WriteString(magic)
	}
	putU(uint64(len(p.labels)))
	for i, l := range p.labels {
		putU(uint64(len(l)))
		bw.WriteString(l)
		var flags byte
		if p.leftOK[i] {
			flags |= 1
		}
		if p.rightOK[i] {
			flags |= 2
		}
		bw.WriteByte(flags)
	}
	putU(uint64(p.rootLabel))
	// Weights: keys in increasing order, delta coded; int16 weights with
	// one scale.
	wt := p.w
	putU(uint64(wt.nkeys))
	binary.Write(bw, binary.LittleEndian, wt.scale)
	prev := uint64(0)
	for i, k := range wt.keys {
		run := wt.runs[i]
		if run == 0 {
			continue
		}
		putU(k - prev)
		prev = k
		ents := wt.ents[run>>8 : run>>8+run&0xff]
		bw.WriteByte(byte(len(ents)))
		for _, e := range ents {
			bw.WriteByte(byte(e >> 16))
		}
		for _, e := range ents {
			bw.WriteByte(byte(e))
			bw.WriteByte(byte(e >> 8))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	defer zr.Close()
	// Reading to the end makes gzip check its length and checksum.
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	d := decoder{b: data, off: len(magic)}
	p := &Parser{}
	switch {
	case bytes.HasPrefix(data, []byte(magic)):
	case bytes.HasPrefix(data, []byte(magic2)):
		opts := d.uvarint("options")
		if d.err == nil && (opts&^(optUnshift|optRootLate) != 0 || opts&optUnshift == 0) {
			return nil, fmt.Errorf("parser model: unknown options %#x", opts)
		}
		p.unshift = opts&optUnshift != 0
		p.rootLate = opts&optRootLate != 0
	default:
		return nil, errors.New("parser model: not a dyad parser model (bad header)")
	}
	nl := d.uvarint("label count")
	if d.err == nil && (nl == 0 || nl > 120) {
		return nil, fmt.Errorf("parser model: bad label count %d", nl)
	}
	for i := uint64(0); i < nl && d.err == nil; i++ {
		l := d.bytes(d.uvarint("label"), "label")
		flags := d.bytes(1, "label flags")
		if d.err != nil {
			break
		}
		p.labels = append(p.labels, string(l))
		p.leftOK = append(p.leftOK, flags[0]&1 != 0)
		p.rightOK = append(p.rightOK, flags[0]&2 != 0)
	}
	root := d.uvarint("root label")
	if d.err == nil && root >= nl {
		return nil, fmt.Errorf("parser model: root label %d out of range", root)
	}
	nk := d.uvarint("key count")
	sb := d.bytes(4, "scale")
	if d.err != nil {
		return nil, d.err
	}
	if nk > uint64(len(data)) {
		return nil, fmt.Errorf("parser model: key count %d larger than the file", nk)
	}
	p.rootLabel = int32(root)
	p.leftOK[root], p.rightOK[root] = false, false
	b := newWeightsBuilder(int(nk))
	b.scale = math.Float32frombits(binary.LittleEndian.Uint32(sb))
	if !(b.scale > 0) || math.IsInf(float64(b.scale), 0) {
		return nil, fmt.Errorf("parser model: bad weight scale %v", b.scale)
	}
	b.q = make([]int16, 0, (len(data)-d.off)/3)
	nActs := p.nActions()
	var q [256]int16
	prev := uint64(0)
	for i := uint64(0); i < nk; i++ {
		delta := d.uvarint("weights")
		c := d.bytes(1, "weights")
		if d.err != nil {
			return nil, d.err
		}
		k := prev + delta
		if (i > 0 && delta == 0) || k == 0 || k < prev || c[0] == 0 {
			return nil, fmt.Errorf("parser model: weights: bad key %d", i)
		}
		prev = k
		n := int(c[0])
		acts := d.bytes(uint64(n), "weights")
		ws := d.bytes(uint64(2*n), "weights")
		if d.err != nil {
			return nil, d.err
		}
		for _, a := range acts {
			if int(a) >= nActs {
				return nil, fmt.Errorf("parser model: weights: key %d: action %d out of range", i, a)
			}
		}
		for x := 0; x < n; x++ {
			q[x] = int16(binary.LittleEndian.Uint16(ws[2*x:]))
		}
		b.addQ(k, acts, q[:n])
	}
	if d.off != len(data) {
		return nil, errors.New("parser model: trailing data after the weights")
	}
	if p.w, err = b.build(); err != nil {
		return nil, err
	}
	return p, nil
}

// decoder reads a model's fields; the first error sticks.
type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) uvarint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.err = fmt.Errorf("parser model: reading %s at byte %d: truncated or corrupt", what, d.off)
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) bytes(n uint64, what string) []byte {
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)-d.off) {
		d.err = fmt.Errorf("parser model: reading %s at byte %d: truncated", what, d.off)
		return nil
	}
	v := d.b[d.off : d.off+int(n)]
	d.off += int(n)
	return v
}

func errOr(err error, msg string) error {
	if err != nil {
		return err
	}
	return errors.New(msg)
}

// Default loads the parser model embedded in dyad. Each call decodes the
// model afresh; keep the result, or use a Lazy.
func Default() (*Parser, error) {
	if !models.Has(ModelFile) {
		return nil, fmt.Errorf("parser: no embedded model %s", ModelFile)
	}
	f, err := models.Open(ModelFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", ModelFile, err)
	}
	return p, nil
}

// Lazy loads the default parser on first use. The zero value is ready;
// embed it in a longer-lived value so that the model is read at most once.
type Lazy struct {
	once sync.Once
	p    *Parser
	err  error
}

// Get returns the default parser, loading it on the first call.
func (l *Lazy) Get() (*Parser, error) {
	l.once.Do(func() { l.p, l.err = Default() })
	return l.p, l.err
}

// Prune drops the weights of magnitude below minAbs, making the model
// smaller and faster at some cost in accuracy.
func (p *Parser) Prune(minAbs float32) error {
	if p.w == nil {
		return nil
	}
	w, err := p.w.prune(minAbs)
	if err != nil {
		return err
	}
	p.w = w
	return nil
}

// Combine returns one parser whose action scores are the sums of the
// scores of ps: an ensemble (say of models trained with different seeds)
// that parses as fast as a single, somewhat larger model. All of ps must
// have the same relations.
func Combine(ps ...*Parser) (*Parser, error) {
	if len(ps) == 0 || ps[0] == nil || ps[0].w == nil {
		return nil, errors.New("parser: nothing to combine")
	}
	first := ps[0]
	out := &Parser{
		labels:    first.labels,
		rootLabel: first.rootLabel,
		leftOK:    append([]bool(nil), first.leftOK...),
		rightOK:   append([]bool(nil), first.rightOK...),
		unshift:   first.unshift,
		rootLate:  first.rootLate,
		w:         first.w,
	}
	for _, p := range ps[1:] {
		if p == nil || p.w == nil || len(p.labels) != len(first.labels) || p.rootLabel != first.rootLabel || p.unshift != first.unshift || p.rootLate != first.rootLate {
			return nil, errors.New("parser: models to combine have different relations")
		}
		for i, l := range p.labels {
			if l != first.labels[i] {
				return nil, errors.New("parser: models to combine have different relations")
			}
			out.leftOK[i] = out.leftOK[i] || p.leftOK[i]
			out.rightOK[i] = out.rightOK[i] || p.rightOK[i]
		}
		w, err := sum(out.w, p.w)
		if err != nil {
			return nil, err
		}
		out.w = w
	}
	return out, nil
}
