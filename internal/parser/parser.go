package parser

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
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
	w         *weights
	pool      sync.Pool
}

// workspace is the per-call scratch memory of Parse.
type workspace struct {
	st     state
	ta     tokenAttrs
	feats  []uint64
	scores []float32
}

func (p *Parser) nLabels() int32 { return int32(len(p.labels)) }

func (p *Parser) nActions() int { return actBase + 2*len(p.labels) }

func (p *Parser) getWS() *workspace {
	if ws, ok := p.pool.Get().(*workspace); ok {
		return ws
	}
	return &workspace{feats: make([]uint64, numFeatures), scores: make([]float32, p.nActions())}
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
	nl := p.nLabels()
	for !st.bufEmpty() {
		features(st, &ws.ta, ws.feats)
		p.w.score(ws.feats, ws.scores)
		a := p.bestLegal(st, ws.scores)
		st.apply(a, nl)
	}
	p.finish(st, ws)
	for i := range s.Tokens {
		h := st.head[i+1]
		s.Tokens[i].Head = int(h)
		s.Tokens[i].DepRel = p.labels[st.lab[i+1]]
	}
}

// bestLegal returns the highest scoring legal action.
func (p *Parser) bestLegal(st *state, scores []float32) int32 {
	best := int32(-1)
	bs := float32(math.Inf(-1))
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

// finish completes the tree once the buffer is empty: every headless word
// left on the stack is attached to the word below it, the lowest one to
// ROOT.
func (p *Parser) finish(st *state, ws *workspace) {
	nl := p.nLabels()
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
			st.addArc(h, s, best)
		}
		st.stack = st.stack[:len(st.stack)-1]
	}
}

const magic = "DYADPARSER1\n"

// Save writes the model, gzip-compressed.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(magic)
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
	// Weights: keys in increasing order, delta coded; weights quantised
	// to int16 with one scale.
	wt := p.w
	slots := make([]int, 0, wt.nkeys)
	maxAbs := float32(0)
	for j, k := range wt.keys {
		if k != 0 {
			slots = append(slots, j)
		}
	}
	for _, v := range wt.ws {
		if v > maxAbs {
			maxAbs = v
		} else if -v > maxAbs {
			maxAbs = -v
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	sort.Slice(slots, func(i, j int) bool { return wt.keys[slots[i]] < wt.keys[slots[j]] })
	putU(uint64(len(slots)))
	binary.Write(bw, binary.LittleEndian, scale)
	prev := uint64(0)
	for _, j := range slots {
		k := wt.keys[j]
		putU(k - prev)
		prev = k
		s, c := wt.start[j], uint32(wt.count[j])
		bw.WriteByte(byte(c))
		for x := s; x < s+c; x++ {
			bw.WriteByte(wt.acts[x])
		}
		for x := s; x < s+c; x++ {
			q := int16(math.Round(float64(wt.ws[x] / scale)))
			bw.WriteByte(byte(q))
			bw.WriteByte(byte(uint16(q) >> 8))
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
	br := bufio.NewReader(zr)
	m := make([]byte, len(magic))
	if _, err := io.ReadFull(br, m); err != nil || string(m) != magic {
		return nil, errors.New("parser model: not a dyad parser model (bad header)")
	}
	fail := func(what string, err error) (*Parser, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("parser model: reading %s: %w", what, err)
	}
	nl, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("label count", err)
	}
	if nl == 0 || nl > 120 {
		return nil, fmt.Errorf("parser model: bad label count %d", nl)
	}
	p := &Parser{}
	for i := uint64(0); i < nl; i++ {
		ln, err := binary.ReadUvarint(br)
		if err != nil || ln > 256 {
			return fail("label", errOr(err, "too long"))
		}
		b := make([]byte, ln)
		if _, err := io.ReadFull(br, b); err != nil {
			return fail("label", err)
		}
		flags, err := br.ReadByte()
		if err != nil {
			return fail("label flags", err)
		}
		p.labels = append(p.labels, string(b))
		p.leftOK = append(p.leftOK, flags&1 != 0)
		p.rightOK = append(p.rightOK, flags&2 != 0)
	}
	root, err := binary.ReadUvarint(br)
	if err != nil || root >= nl {
		return fail("root label", errOr(err, "out of range"))
	}
	p.rootLabel = int32(root)
	p.rightOK[root] = false
	p.leftOK[root] = false
	nk, err := binary.ReadUvarint(br)
	if err != nil || nk > 1<<28 {
		return fail("key count", errOr(err, "too large"))
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return fail("scale", err)
	}
	nActs := p.nActions()
	b := newWeightsBuilder(int(nk))
	var acts [256]uint8
	var ws [256]float32
	var q [512]byte
	prev := uint64(0)
	for i := uint64(0); i < nk; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return fail("weights", err)
		}
		k := prev + d
		if (i > 0 && d == 0) || k == 0 || k < prev {
			return nil, fmt.Errorf("parser model: weights: key %d out of order", i)
		}
		prev = k
		c, err := br.ReadByte()
		if err != nil {
			return fail("weights", err)
		}
		if _, err := io.ReadFull(br, acts[:c]); err != nil {
			return fail("weights", err)
		}
		for _, a := range acts[:c] {
			if int(a) >= nActs {
				return nil, fmt.Errorf("parser model: weights: key %d: action %d out of range", i, a)
			}
		}
		if _, err := io.ReadFull(br, q[:2*int(c)]); err != nil {
			return fail("weights", err)
		}
		for x := 0; x < int(c); x++ {
			ws[x] = float32(int16(uint16(q[2*x])|uint16(q[2*x+1])<<8)) * scale
		}
		b.add(k, acts[:c], ws[:c])
	}
	// Read to the end so that gzip checks its length and checksum.
	if _, err := br.ReadByte(); err != io.EOF {
		if err == nil {
			return nil, errors.New("parser model: trailing data after the weights")
		}
		return nil, fmt.Errorf("parser model: %w", err)
	}
	p.w = b.build()
	return p, nil
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
