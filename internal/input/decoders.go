package input

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// textDecoder reads a whole input as one document.
type textDecoder struct {
	in   io.Reader
	id   string
	max  int
	done bool
}

func (t *textDecoder) next() (*doc.Document, error) {
	if t.done {
		return nil, io.EOF
	}
	t.done = true
	b, err := io.ReadAll(io.LimitReader(t.in, int64(t.max)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > t.max {
		return nil, &Error{File: t.id, ID: t.id, Err: fmt.Errorf("text is over the limit of %d bytes", t.max)}
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return &doc.Document{ID: t.id, Text: string(b)}, nil
}

func (t *textDecoder) where() int { return 0 }

// jsonlDecoder reads one document per line.
type jsonlDecoder struct {
	in   *bufio.Reader
	file string
	max  int
	line int
}

type jsonDoc struct {
	ID     json.RawMessage `json:"id"`
	Date   json.RawMessage `json:"date"`
	Text   *string         `json:"text"`
	Title  string          `json:"title"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
}

// readLine returns the next line without its end, or tooLong when the
// line is longer than max (the rest of it is skipped).
func readLine(in *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		part, err := in.ReadSlice('\n')
		if len(buf)+len(part) > max {
			tooLong = true
		} else {
			buf = append(buf, part...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && (len(buf) > 0 || tooLong) {
			err = nil
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

func (j *jsonlDecoder) next() (*doc.Document, error) {
	for {
		b, tooLong, err := readLine(j.in, 2*j.max+1024)
		if err != nil {
			return nil, err
		}
		j.line++
		if j.line == 1 {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		}
		if tooLong {
			return nil, &Error{File: j.file, Line: j.line, Err: fmt.Errorf("line is over %d bytes", 2*j.max+1024)}
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		fail := func(id string, err error) (*doc.Document, error) {
			return nil, &Error{File: j.file, Line: j.line, ID: id, Err: err}
		}
		var jd jsonDoc
		if err := json.Unmarshal(b, &jd); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return fail("", fmt.Errorf("bad JSON at byte %d: %v", se.Offset, se))
			}
			return fail("", fmt.Errorf("bad JSON: %v", err))
		}
		id, err := scalar(jd.ID)
		if err != nil {
			return fail("", fmt.Errorf("id: %v", err))
		}
		if id == "" {
			id = j.file + ":" + strconv.Itoa(j.line)
		}
		date, err := scalar(jd.Date)
		if err != nil {
			return fail(id, fmt.Errorf("date: %v", err))
		}
		if jd.Text == nil {
			return fail(id, errors.New(`no "text" key`))
		}
		return &doc.Document{ID: id, Date: date, Title: jd.Title, URL: jd.URL, Source: jd.Source, Text: *jd.Text}, nil
	}
}

func (j *jsonlDecoder) where() int { return j.line }

// scalar reads a JSON string or number as a string; null or absent is "".
func scalar(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf("want a string or a number, got %s", truncate(string(raw), 40))
	}
	return n.String(), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// csvDecoder reads one document per row of a CSV file with a header.
type csvDecoder struct {
	r    *csv.Reader
	file string
	opts Options
	cols map[string]int // lower-cased column name → index
	text, id, date,
	title, url, src int
	err  error // a header problem: reported once, then EOF
	last int   // line of the last row read
}

func (c *csvDecoder) where() int { return c.last }

func newCSVDecoder(in io.Reader, file string, comma rune, opts Options) *csvDecoder {
	r := csv.NewReader(in)
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	return &csvDecoder{r: r, file: file, opts: opts}
}

func (c *csvDecoder) header() error {
	h, err := c.r.Read()
	if err == io.EOF {
		return &Error{File: c.file, Line: 1, Err: errors.New("empty CSV file: no header row")}
	}
	if err != nil {
		return &Error{File: c.file, Line: 1, Err: fmt.Errorf("CSV header: %v", err)}
	}
	c.cols = map[string]int{}
	var names []string
	for i, name := range h {
		if i == 0 {
			name = strings.TrimPrefix(name, "\ufeff")
		}
		name = strings.ToLower(strings.TrimSpace(name))
		names = append(names, name)
		if _, dup := c.cols[name]; !dup {
			c.cols[name] = i
		}
	}
	col := func(name string) int {
		if i, ok := c.cols[strings.ToLower(name)]; ok {
			return i
		}
		return -1
	}
	c.text, c.id, c.date = col(c.opts.TextCol), col(c.opts.IDCol), col(c.opts.DateCol)
	c.title, c.url, c.src = col("title"), col("url"), col("source")
	if c.text < 0 {
		return &Error{File: c.file, Line: 1, Err: fmt.Errorf("no column %q in the header (columns: %s); name the text column with --text-col", c.opts.TextCol, strings.Join(names, ", "))}
	}
	return nil
}

func (c *csvDecoder) next() (*doc.Document, error) {
	if c.err != nil {
		return nil, io.EOF
	}
	if c.cols == nil {
		if err := c.header(); err != nil {
			c.err = err
			return nil, err
		}
	}
	rec, err := c.r.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	line := 0
	if err == nil {
		line, _ = c.r.FieldPos(0)
	}
	c.last = line
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{File: c.file, Line: pe.StartLine, Err: fmt.Errorf("CSV: %v", pe.Err)}
		}
		return nil, err
	}
	get := func(i int) string {
		if i < 0 || i >= len(rec) {
			return ""
		}
		return rec[i]
	}
	id := get(c.id)
	if id == "" {
		id = c.file + ":" + strconv.Itoa(line)
	}
	if c.text >= len(rec) {
		return nil, &Error{File: c.file, Line: line, ID: id, Err: fmt.Errorf("row has %d fields, no %q column", len(rec), c.opts.TextCol)}
	}
	return &doc.Document{ID: id, Date: get(c.date), Title: get(c.title), URL: get(c.url), Source: get(c.src), Text: get(c.text)}, nil
}

// petrarchDecoder yields one document per <Sentence> record.
type petrarchDecoder struct {
	file     string
	supplied bool
	pending  []error
	recs     []petrarch.Record
	last     int
	total    int // records at the start
}

func (p *petrarchDecoder) fraction() float64 {
	if p.total == 0 {
		return 1
	}
	return float64(p.total-len(p.recs)) / float64(p.total)
}

func (p *petrarchDecoder) where() int { return p.last }

func newPetrarchDecoder(in io.Reader, file string, supplied bool) (*petrarchDecoder, error) {
	rf, err := petrarch.ReadRecords(in, file)
	if err != nil {
		return nil, err
	}
	d := &petrarchDecoder{file: file, supplied: supplied, recs: rf.Records, total: len(rf.Records)}
	kept := map[string]bool{}
	for _, r := range rf.Records {
		kept[r.ID] = true
	}
	// Report the problems that cost a record; problems of records that are
	// still read (a bad gold coding, say) do not matter for coding.
	for _, e := range rf.Errors {
		var pe *petrarch.Error
		if errors.As(e, &pe) {
			if pe.Record != "" && kept[pe.Record] {
				continue
			}
			d.pending = append(d.pending, &Error{File: pe.File, Line: pe.Line, ID: pe.Record, Err: errors.New(pe.Msg)})
			continue
		}
		d.pending = append(d.pending, &Error{File: file, Err: e})
	}
	if len(rf.Records) == 0 && len(d.pending) == 0 {
		d.pending = append(d.pending, &Error{File: file, Err: errors.New("no <Sentence> records (is this a PETRARCH records file?)")})
	}
	return d, nil
}

func (p *petrarchDecoder) next() (*doc.Document, error) {
	if len(p.pending) > 0 {
		e := p.pending[0]
		p.pending = p.pending[1:]
		return nil, e
	}
	if len(p.recs) == 0 {
		return nil, io.EOF
	}
	rec := p.recs[0]
	p.recs = p.recs[1:]
	p.last = rec.Line
	fail := func(line int, err error) (*doc.Document, error) {
		return nil, &Error{File: p.file, Line: line, ID: rec.ID, Err: err}
	}
	if rec.ID == "" {
		return fail(rec.Line, errors.New("record has no id"))
	}
	date := rec.ISODate
	if date == "" && strings.TrimSpace(rec.Date) != "" {
		iso, err := NormalizeDate(rec.Date)
		if err != nil {
			return fail(rec.Line, err)
		}
		date = iso
	}
	d := &doc.Document{ID: rec.ID, Date: date, Source: rec.Attrs["source"], Text: rec.PlainText()}
	if p.supplied {
		switch rec.ParseKind {
		case petrarch.ParsePenn:
			return fail(rec.ParseLine, errors.New("the <Parse> is a Penn Treebank tree; dyad reads only CoNLL-U parses: use --parses own"))
		case petrarch.ParseNone, "":
			return fail(rec.Line, errors.New("the record has no <Parse>; use --parses own"))
		}
		// Parsed here rather than with rec.ConllU, whose error line numbers
		// cost time in proportion to the record's place in the file.
		var b strings.Builder
		for _, l := range strings.Split(rec.Parse, "\n") {
			b.WriteString(strings.TrimRight(l, " \r"))
			b.WriteByte('\n')
		}
		ss, err := conllu.ReadAll(strings.NewReader(b.String()), "<Parse>")
		if err != nil {
			return fail(rec.ParseLine, fmt.Errorf("CoNLL-U parse: %v", err))
		}
		if len(ss) != 1 {
			return fail(rec.ParseLine, fmt.Errorf("CoNLL-U parse holds %d sentences, want 1", len(ss)))
		}
		ds := conllu.ToDoc(ss[0])
		if ds.Text == "" {
			ds.Text = d.Text
		}
		if ds.ID == "" {
			ds.ID = rec.ID + "-1"
		}
		if d.Text == "" {
			d.Text = ds.Text
		}
		d.Sentences = []doc.Sentence{ds}
	}
	return d, nil
}
