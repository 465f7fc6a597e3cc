package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
)

// Column indexes of a CoNLL-U line.
const (
	ID = iota
	FORM
	LEMMA
	UPOS
	XPOS
	FEATS
	HEAD
	DEPREL
	DEPS
	MISC
)

// Kind tells what a line describes.
type Kind int

const (
	Word       Kind = iota // an ordinary syntactic word: "7"
	MultiToken             // a multiword token range: "7-8"
	EmptyNode              // an enhanced-graph empty node: "7.1"
)

// Line is one token line: its ten columns as written.
type Line struct {
	Fields [10]string
}

// Kind reports whether the line is a word, a range or an empty node.
func (l Line) Kind() Kind {
	switch {
	case strings.Contains(l.Fields[ID], "-"):
		return MultiToken
	case strings.Contains(l.Fields[ID], "."):
		return EmptyNode
	}
	return Word
}

// Range returns the first and last word IDs of a multiword token; for other
// lines both are the line's own integer ID (0 for an empty node).
func (l Line) Range() (first, last int) {
	id := l.Fields[ID]
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, _ = strconv.Atoi(a)
		last, _ = strconv.Atoi(b)
		return first, last
	}
	n, _ := strconv.Atoi(id)
	return n, n
}

// Sentence is one CoNLL-U sentence: its comment lines (with the leading
// "#") and its token lines in file order.
type Sentence struct {
	Comments []string
	Lines    []Line
}

// Comment returns the value of a "# key = value" comment and whether it is present.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		body := strings.TrimSpace(strings.TrimPrefix(c, "#"))
		k, v, ok := strings.Cut(body, "=")
		if !ok {
			if body == key {
				return "", true
			}
			continue
		}
		if strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// Words returns the word lines, without ranges and empty nodes.
func (s *Sentence) Words() []Line {
	out := make([]Line, 0, len(s.Lines))
	for _, l := range s.Lines {
		if l.Kind() == Word {
			out = append(out, l)
		}
	}
	return out
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
	err  error
}

// NewReader returns a Reader over r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	return &Reader{sc: sc, name: name}
}

func (r *Reader) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", r.name, r.line, fmt.Sprintf(format, args...))
}

// Next returns the next sentence, or io.EOF when there is none.
func (r *Reader) Next() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		text := r.sc.Text()
		if text == "" {
			if s != nil {
				if len(s.Lines) == 0 {
					r.err = r.errorf("sentence has comments but no token lines")
					return nil, r.err
				}
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if text[0] == '#' {
			if len(s.Lines) > 0 {
				r.err = r.errorf("comment line after token lines (missing blank line?)")
				return nil, r.err
			}
			s.Comments = append(s.Comments, text)
			continue
		}
		l, err := parseLine(text)
		if err != nil {
			r.err = r.errorf("%v", err)
			return nil, r.err
		}
		s.Lines = append(s.Lines, l)
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("%s:%d: %w", r.name, r.line+1, err)
		return nil, r.err
	}
	r.err = io.EOF
	if s != nil {
		if len(s.Lines) == 0 {
			r.err = r.errorf("sentence has comments but no token lines")
			return nil, r.err
		}
		return s, nil
	}
	return nil, io.EOF
}

func parseLine(text string) (Line, error) {
	var l Line
	parts := strings.Split(text, "\t")
	if len(parts) != 10 {
		return l, fmt.Errorf("want 10 tab-separated columns, got %d", len(parts))
	}
	copy(l.Fields[:], parts)
	for i, f := range parts {
		if f == "" {
			return l, fmt.Errorf("column %d is empty (use _)", i+1)
		}
	}
	id := parts[ID]
	switch {
	case strings.Contains(id, "-"):
		a, b, _ := strings.Cut(id, "-")
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || x < 1 || y <= x {
			return l, fmt.Errorf("bad multiword token range %q", id)
		}
	case strings.Contains(id, "."):
		a, b, _ := strings.Cut(id, ".")
		_, err1 := strconv.Atoi(a)
		_, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return l, fmt.Errorf("bad empty node id %q", id)
		}
	default:
		n, err := strconv.Atoi(id)
		if err != nil || n < 1 {
			return l, fmt.Errorf("bad word id %q", id)
		}
		if h := parts[HEAD]; h != "_" {
			if v, err := strconv.Atoi(h); err != nil || v < 0 {
				return l, fmt.Errorf("bad head %q for word %s", h, id)
			}
		}
	}
	return l, nil
}

// ReadAll reads every sentence from r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes one sentence followed by its blank line.
func Write(w io.Writer, s *Sentence) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	for _, l := range s.Lines {
		for i, f := range l.Fields {
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	if !ok {
		return bw.Flush()
	}
	return nil
}

// WriteAll writes every sentence.
func WriteAll(w io.Writer, ss []*Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range ss {
		if err := Write(bw, s); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// ToDoc converts the words of s into a doc.Sentence (offsets unknown: -1).
// SpaceAfter comes from MISC; TokenRange=start:end in MISC sets offsets.
func ToDoc(s *Sentence) doc.Sentence {
	var ds doc.Sentence
	ds.ID, _ = s.Comment("sent_id")
	ds.Text, _ = s.Comment("text")
	_, ds.NewPar = s.Comment("newpar id")
	if !ds.NewPar {
		_, ds.NewPar = s.Comment("newpar")
	}
	ds.Start, ds.End = -1, -1
	// Space after a multiword token belongs to its last word.
	noSpace := map[int]bool{}
	for _, l := range s.Lines {
		if l.Kind() == MultiToken && hasMisc(l.Fields[MISC], "SpaceAfter=No") {
			_, last := l.Range()
			noSpace[last] = true
		}
	}
	for _, l := range s.Words() {
		f := l.Fields
		t := doc.Token{
			Form:   f[FORM],
			Lemma:  under(f[LEMMA]),
			UPOS:   under(f[UPOS]),
			XPOS:   under(f[XPOS]),
			Feats:  under(f[FEATS]),
			DepRel: under(f[DEPREL]),
			Head:   -1,
			Start:  -1,
			End:    -1,
		}
		if f[LEMMA] == "_" && f[FORM] == "_" {
			t.Lemma = "_"
		}
		if h, err := strconv.Atoi(f[HEAD]); err == nil {
			t.Head = h
		}
		id, _ := strconv.Atoi(f[ID])
		t.SpaceAfter = !hasMisc(f[MISC], "SpaceAfter=No") && !noSpace[id]
		if v, ok := miscValue(f[MISC], "TokenRange"); ok {
			a, b, _ := strings.Cut(v, ":")
			x, e1 := strconv.Atoi(a)
			y, e2 := strconv.Atoi(b)
			if e1 == nil && e2 == nil {
				t.Start, t.End = x, y
			}
		}
		ds.Tokens = append(ds.Tokens, t)
	}
	return ds
}

func under(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func hasMisc(misc, item string) bool {
	for _, p := range strings.Split(misc, "|") {
		if p == item {
			return true
		}
	}
	return false
}

func miscValue(misc, key string) (string, bool) {
	for _, p := range strings.Split(misc, "|") {
		if k, v, ok := strings.Cut(p, "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}

// FromDoc renders a doc.Sentence as CoNLL-U. Comments carry sent_id and
// text; MISC carries SpaceAfter=No and, when offsets are known,
// TokenRange=start:end (offsets into the document text).
func FromDoc(ds *doc.Sentence) *Sentence {
	s := &Sentence{}
	if ds.NewPar {
		s.Comments = append(s.Comments, "# newpar")
	}
	if ds.ID != "" {
		s.Comments = append(s.Comments, "# sent_id = "+ds.ID)
	}
	s.Comments = append(s.Comments, "# text = "+strings.Join(strings.Fields(ds.Text), " "))
	for i, t := range ds.Tokens {
		var l Line
		l.Fields[ID] = strconv.Itoa(i + 1)
		l.Fields[FORM] = orUnderscore(t.Form)
		l.Fields[LEMMA] = orUnderscore(t.Lemma)
		l.Fields[UPOS] = orUnderscore(t.UPOS)
		l.Fields[XPOS] = orUnderscore(t.XPOS)
		l.Fields[FEATS] = orUnderscore(t.Feats)
		if t.Head >= 0 {
			l.Fields[HEAD] = strconv.Itoa(t.Head)
		} else {
			l.Fields[HEAD] = "_"
		}
		l.Fields[DEPREL] = orUnderscore(t.DepRel)
		l.Fields[DEPS] = "_"
		var misc []string
		if !t.SpaceAfter {
			misc = append(misc, "SpaceAfter=No")
		}
		if t.Start >= 0 && t.End >= 0 {
			misc = append(misc, fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End))
		}
		l.Fields[MISC] = orUnderscore(strings.Join(misc, "|"))
		s.Lines = append(s.Lines, l)
	}
	return s
}
