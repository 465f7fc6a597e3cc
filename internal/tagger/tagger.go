package tagger

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
	"github.com/dyad-events/dyad/internal/lemma"
	"github.com/dyad-events/dyad/internal/models"
)

// sureMargin is the lead (in perceptron score units) by which the first
// stage's best tag must beat the next for the word to skip the second
// stage. At 30, four words in five skip it, and EWT dev accuracy is the
// same as running it on every word (chosen on dev).
const sureMargin = 30

// ModelName is the name of the embedded default model in internal/models.
const ModelName = "tagger.bin.gz"

// Tagger tags sentences. The zero value loads the embedded default model on
// first use; Load makes a Tagger from a model file. A Tagger is safe for
// concurrent use.
type Tagger struct {
	once sync.Once
	m    *model
	err  error
	pool sync.Pool // *scratch
}

type scratch struct {
	ts     []tokInfo
	out    []int
	feats  []uint64
	scores []float32
}

// Default returns a Tagger over the embedded model. The model is read on
// first use; Default only checks that it is there.
func Default() (*Tagger, error) {
	if !models.Has(ModelName) {
		return nil, fmt.Errorf("tagger: no embedded model %s", ModelName)
	}
	return &Tagger{}, nil
}

// Load reads a model written by Save (gzip-compressed).
func Load(r io.Reader) (*Tagger, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, err
	}
	t := &Tagger{m: m}
	t.once.Do(func() {})
	return t, nil
}

func (t *Tagger) load() {
	t.once.Do(func() {
		if t.m != nil {
			return
		}
		f, err := models.Open(ModelName)
		if err != nil {
			t.err = err
			return
		}
		defer f.Close()
		t.m, t.err = readModel(f)
		if t.err != nil {
			t.err = fmt.Errorf("embedded %s: %w", ModelName, t.err)
		}
	})
}

// Ready loads the model if it is not loaded yet and reports whether that failed.
func (t *Tagger) Ready() error {
	t.load()
	return t.err
}

// Classes returns the tag set as "UPOS XPOS" strings.
func (t *Tagger) Classes() []string {
	if t.Ready() != nil {
		return nil
	}
	return append([]string(nil), t.m.classes...)
}

// Tag sets UPOS, XPOS and Lemma on every token of s. If the model cannot
// be loaded (see Ready) the sentence is left as it is.
func (t *Tagger) Tag(s *doc.Sentence) {
	t.load()
	if t.m == nil || len(s.Tokens) == 0 {
		return
	}
	m := t.m
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, len(m.classes)), feats: make([]uint64, 0, 64)}
	}
	n := len(s.Tokens)
	if cap(sc.ts) < n {
		sc.ts = make([]tokInfo, n+n/2)
		sc.out = make([]int, n+n/2)
	}
	ts, out := sc.ts[:n], sc.out[:n]
	sc.feats = m.tagClassesSure(s.Tokens, ts, out, sc.feats, sc.scores, sureMargin)
	sc.feats = m.constrain(s.Tokens, ts, out, sc.feats, sc.scores, sureMargin)
	for i := range s.Tokens {
		tk := &s.Tokens[i]
		c := out[i]
		tk.UPOS, tk.XPOS = m.upos[c], m.xpos[c]
		tk.Lemma = m.lem.Lemma(tk.Form, tk.UPOS, tk.XPOS)
	}
	t.pool.Put(sc)
}

// Scores counts correct tags over a set of sentences.
type Scores struct {
	Tokens, UPOS, XPOS, Both, Lemma int
}

// Pct returns 100*n/Tokens.
func (s Scores) Pct(n int) float64 {
	if s.Tokens == 0 {
		return 0
	}
	return 100 * float64(n) / float64(s.Tokens)
}

func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.2f XPOS %.2f UPOS+XPOS %.2f lemma %.2f (%d words)",
		s.Pct(s.UPOS), s.Pct(s.XPOS), s.Pct(s.Both), s.Pct(s.Lemma), s.Tokens)
}

// Evaluate tags a copy of each gold sentence (gold tokens) and counts agreement.
func (t *Tagger) Evaluate(gold []doc.Sentence) Scores {
	var sc Scores
	var s doc.Sentence
	for i := range gold {
		g := &gold[i]
		s.Tokens = append(s.Tokens[:0], g.Tokens...)
		t.Tag(&s)
		for j := range s.Tokens {
			p, q := &s.Tokens[j], &g.Tokens[j]
			sc.Tokens++
			u, x := p.UPOS == q.UPOS, p.XPOS == q.XPOS
			if u {
				sc.UPOS++
			}
			if x {
				sc.XPOS++
			}
			if u && x {
				sc.Both++
			}
			if p.Lemma == q.Lemma {
				sc.Lemma++
			}
		}
	}
	return sc
}

// Model file layout (after gzip): magic, classes, rows, dictionary, lemmatizer.
// Version 2 adds the lexicon (see Lexicon) after the form dictionary.
const (
	magic   = "dyad-tagger-2\n"
	magicV1 = "dyad-tagger-1\n"
)

// Save writes the model, gzip-compressed.
func (t *Tagger) Save(w io.Writer) error {
	if err := t.Ready(); err != nil {
		return err
	}
	m := t.m
	var b []byte
	b = append(b, magic...)
	b = binary.AppendUvarint(b, uint64(len(m.classes)))
	for _, c := range m.classes {
		b = appendString(b, c)
	}
	n := 0
	for st := m; st != nil; st = st.next {
		n++
	}
	b = binary.AppendUvarint(b, uint64(n))
	for st := m; st != nil; st = st.next {
		b = st.appendRows(b)
	}
	b = binary.AppendUvarint(b, uint64(len(m.dict)))
	for _, k := range sortedKeys(m.dict) {
		e := m.dict[k]
		b = binary.LittleEndian.AppendUint64(b, k)
		b = binary.LittleEndian.AppendUint64(b, e.amb)
		b = binary.AppendVarint(b, int64(e.fixed))
	}
	b = binary.AppendUvarint(b, uint64(len(m.fdict)))
	for _, k := range sortedKeys(m.fdict) {
		b = binary.LittleEndian.AppendUint64(b, k)
		b = binary.LittleEndian.AppendUint64(b, m.fdict[k])
	}
	b = appendLexicon(b, m.lex)
	lb, err := m.lem.MarshalBinary()
	if err != nil {
		return err
	}
	b = binary.AppendUvarint(b, uint64(len(lb)))
	b = append(b, lb...)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(b); err != nil {
		return err
	}
	return zw.Close()
}

// appendRows encodes the weight rows of one stage, in table order.
func (m *model) appendRows(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(m.nRows))
	for _, s := range m.slots {
		if s == 0 {
			continue
		}
		off := uint32(s)
		n := m.packed[off].cls
		b = binary.LittleEndian.AppendUint32(b, uint32(s>>32))
		b = binary.AppendUvarint(b, uint64(n))
		for _, e := range m.packed[off+1 : off+1+n] {
			b = append(b, uint8(e.cls))
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(e.w))
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// maxModelBytes bounds the uncompressed model read by Load.
const maxModelBytes = 1 << 30

// reader is a bounds-checked cursor over the uncompressed model.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("tagger model: truncated or corrupt at byte %d (%s)", r.off, what)
	}
}

func (r *reader) uvarint(what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail(what)
		return 0
	}
	r.off += n
	return v
}

func (r *reader) varint(what string) int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		r.fail(what)
		return 0
	}
	r.off += n
	return v
}

func (r *reader) bytes(n uint64, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)-r.off) {
		r.fail(what)
		return nil
	}
	p := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return p
}

func (r *reader) u32(what string) uint32 {
	p := r.bytes(4, what)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(p)
}

func (r *reader) u64(what string) uint64 {
	p := r.bytes(8, what)
	if p == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(p)
}

// readRows decodes the weight rows of one stage into m.
func (r *reader) readRows(m *model, nc uint64) {
	nRows := r.uvarint("row count")
	if r.err == nil && nRows > uint64(len(r.b)) {
		r.fail("row count")
	}
	if r.err != nil {
		return
	}
	keys := make([]uint32, 0, nRows)
	start := make([]int32, 0, nRows+1)
	start = append(start, 0)
	var ws []weight
	seen := make(map[uint32]bool, nRows)
	for i := uint64(0); i < nRows && r.err == nil; i++ {
		k := r.u32("row key")
		n := r.uvarint("row length")
		if r.err == nil && (n > nc || k == 0 || seen[k]) {
			r.fail("row")
		}
		seen[k] = true
		keys = append(keys, k)
		for j := uint64(0); j < n && r.err == nil; j++ {
			p := r.bytes(5, "weight")
			if p == nil {
				break
			}
			if uint64(p[0]) >= nc {
				r.fail("weight class")
				break
			}
			ws = append(ws, weight{cls: uint32(p[0]), w: math.Float32frombits(binary.LittleEndian.Uint32(p[1:]))})
		}
		if len(ws)+len(keys) > math.MaxInt32 {
			r.fail("too many weights")
		}
		start = append(start, int32(len(ws)))
	}
	if r.err == nil {
		m.buildTable(keys, start, ws)
	}
}

func readModel(rd io.Reader) (*model, error) {
	zr, err := gzip.NewReader(bufio.NewReader(rd))
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, io.LimitReader(zr, maxModelBytes+1)); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if buf.Len() > maxModelBytes {
		return nil, errors.New("tagger model: larger than 1 GiB uncompressed")
	}
	r := &reader{b: buf.Bytes()}
	mg := string(r.bytes(uint64(len(magic)), "magic"))
	if mg != magic && mg != magicV1 {
		return nil, errors.New("tagger model: not a dyad tagger model (bad magic)")
	}
	m := &model{}
	nc := r.uvarint("class count")
	if nc == 0 || nc > 256 {
		return nil, fmt.Errorf("tagger model: bad class count %d", nc)
	}
	for i := uint64(0); i < nc && r.err == nil; i++ {
		m.classes = append(m.classes, string(r.bytes(r.uvarint("class"), "class")))
	}
	ns := r.uvarint("stage count")
	if r.err == nil && (ns < 1 || ns > 4) {
		r.fail("stage count")
	}
	var stages []*model
	for i := uint64(0); i < ns && r.err == nil; i++ {
		st := m
		if i > 0 {
			st = &model{}
		}
		r.readRows(st, nc)
		stages = append(stages, st)
	}
	if r.err != nil {
		return nil, r.err
	}
	nd := r.uvarint("dictionary size")
	if r.err == nil && nd > uint64(len(r.b)) {
		r.fail("dictionary size")
	}
	if r.err != nil {
		return nil, r.err
	}
	m.dict = make(map[uint64]wordEntry, nd)
	for i := uint64(0); i < nd && r.err == nil; i++ {
		k := r.u64("dictionary key")
		a := r.u64("dictionary class set")
		f := r.varint("dictionary tag")
		if f < -1 || f >= int64(nc) {
			r.fail("dictionary tag")
		}
		m.dict[k] = wordEntry{amb: a, fixed: int32(f)}
	}
	nf := r.uvarint("form dictionary size")
	if r.err == nil && nf > uint64(len(r.b)) {
		r.fail("form dictionary size")
	}
	if r.err != nil {
		return nil, r.err
	}
	m.fdict = make(map[uint64]uint64, nf)
	for i := uint64(0); i < nf && r.err == nil; i++ {
		k := r.u64("form key")
		m.fdict[k] = r.u64("form class set")
	}
	if mg == magic {
		m.lex = r.readLexicon()
	}
	lb := r.bytes(r.uvarint("lemmatizer size"), "lemmatizer")
	if r.err != nil {
		return nil, r.err
	}
	m.lem = &lemma.Lemmatizer{}
	if err := m.lem.UnmarshalBinary(lb); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if m.lex != nil {
		m.lem.SetOuter(m.lex.isLemma)
	}
	if r.off != len(r.b) {
		return nil, fmt.Errorf("tagger model: %d bytes of trailing data", len(r.b)-r.off)
	}
	m.splitClasses()
	for i := 1; i < len(stages); i++ {
		st := stages[i]
		st.classes, st.upos, st.xpos, st.dict, st.fdict, st.lem, st.lex, st.nameAmb = m.classes, m.upos, m.xpos, m.dict, m.fdict, m.lem, m.lex, m.nameAmb
		stages[i-1].next = st
	}
	return m, nil
}
