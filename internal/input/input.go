package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/doc"
)

// Format names an input format.
type Format string

// The input formats. Auto detects the format of each file.
const (
	Auto        Format = ""
	Text        Format = "text"
	JSONL       Format = "jsonl"
	CSV         Format = "csv"
	PetrarchXML Format = "petrarch-xml"
)

// ParseFormat reads a --input-format value ("" or "auto" is Auto).
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "text", "txt":
		return Text, nil
	case "jsonl", "ndjson", "json":
		return JSONL, nil
	case "csv", "tsv":
		return CSV, nil
	case "petrarch-xml", "petrarch", "xml":
		return PetrarchXML, nil
	}
	return Auto, fmt.Errorf("unknown input format %q (want text, jsonl, csv or petrarch-xml)", s)
}

// DefaultMaxBytes is the longest document text accepted when
// Options.MaxBytes is 0.
const DefaultMaxBytes = 4 << 20

// Options say how to read inputs.
type Options struct {
	Format Format // Auto: by extension, then by content
	// Column names of CSV input; "" means "text", "id", "date".
	TextCol, IDCol, DateCol string
	// SuppliedParses makes a PETRARCH record's CoNLL-U <Parse> the
	// document's one sentence (tokens and tree filled). A record without
	// a CoNLL-U parse is then an error.
	SuppliedParses bool
	// MaxBytes is the longest document text accepted (0: DefaultMaxBytes).
	MaxBytes int
	// Stdin is read for the argument "-" (nil: os.Stdin).
	Stdin io.Reader
}

// Error is a document or file that could not be read. The reader skips it
// and goes on.
type Error struct {
	File string // file name as given or found; "-" for stdin
	Line int    // 1-based line, 0 when unknown
	ID   string // document id when known
	Err  error
}

func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	if e.ID != "" {
		s += ": document " + strconv.Quote(e.ID)
	}
	return s + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// source is one input to read: a file path or stdin.
type source struct {
	path string // "-" for stdin
	size int64  // -1 when unknown
	err  error  // the argument could not be expanded
}

// decoder yields the documents of one opened input.
type decoder interface {
	next() (*doc.Document, error) // io.EOF at the end
	where() int                   // line of the document last returned, 0 if none
}

// Reader reads documents from a list of inputs in order.
type Reader struct {
	opts    Options
	sources []source
	i       int
	cur     decoder
	closer  io.Closer
	done    atomic.Int64 // bytes consumed from closed inputs and the current one
	base    int64        // bytes of the inputs before the current one
	count   *countReader
	total   int64
	unknown bool
}

// Open expands the arguments (files, folders read recursively, glob
// patterns, "-" for stdin) into a Reader. An argument that matches
// nothing is reported by Next as an *Error, not here; Open fails only on
// bad options.
func Open(args []string, opts Options) (*Reader, error) {
	if _, err := ParseFormat(string(opts.Format)); err != nil {
		return nil, err
	}
	if opts.TextCol == "" {
		opts.TextCol = "text"
	}
	if opts.IDCol == "" {
		opts.IDCol = "id"
	}
	if opts.DateCol == "" {
		opts.DateCol = "date"
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	r := &Reader{opts: opts}
	for _, a := range args {
		r.sources = append(r.sources, expand(a)...)
	}
	for _, s := range r.sources {
		if s.size < 0 {
			r.unknown = true
		} else {
			r.total += s.size
		}
	}
	return r, nil
}

// Progress reports the bytes read so far and the total bytes of all
// inputs; known is false when an input's size is unknown (stdin).
func (r *Reader) Progress() (done, total int64, known bool) {
	return r.done.Load(), r.total, !r.unknown
}

func expand(arg string) []source {
	if arg == "-" {
		return []source{{path: "-", size: -1}}
	}
	fi, err := os.Stat(arg)
	if err != nil {
		if strings.ContainsAny(arg, "*?[") {
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				return []source{{path: arg, err: fmt.Errorf("bad glob pattern: %v", gerr)}}
			}
			if len(matches) == 0 {
				return []source{{path: arg, err: errors.New("no file matches the pattern")}}
			}
			sort.Strings(matches)
			var out []source
			for _, m := range matches {
				out = append(out, expand(m)...)
			}
			return out
		}
		return []source{{path: arg, err: errors.Unwrap(err)}}
	}
	if !fi.IsDir() {
		return []source{{path: arg, size: fi.Size()}}
	}
	var out []source
	werr := filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, source{path: p, err: errors.Unwrap(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != arg && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		var size int64 = -1
		if info, err := d.Info(); err == nil {
			size = info.Size()
		}
		out = append(out, source{path: p, size: size})
		return nil
	})
	if werr != nil {
		out = append(out, source{path: arg, err: werr})
	}
	return out
}

// Next returns the next document. At the end it returns io.EOF. Any other
// error is an *Error for one document or file, which is skipped: call
// Next again to go on.
func (r *Reader) Next() (*doc.Document, error) {
	for {
		if r.cur == nil {
			if r.i >= len(r.sources) {
				return nil, io.EOF
			}
			s := r.sources[r.i]
			r.i++
			if s.err != nil {
				return nil, &Error{File: s.path, Err: s.err}
			}
			if err := r.openSource(s); err != nil {
				r.finishSource()
				return nil, &Error{File: s.path, Err: err}
			}
		}
		d, err := r.cur.next()
		if r.count != nil {
			done := r.count.n
			// A file read whole before its first document (PETRARCH XML)
			// reports its progress by the share of documents handed out.
			if f, ok := r.cur.(interface{ fraction() float64 }); ok && r.sources[r.i-1].size > 0 {
				done = int64(f.fraction() * float64(r.sources[r.i-1].size))
			}
			r.done.Store(r.base + done)
		}
		if err == io.EOF {
			r.finishSource()
			continue
		}
		if err != nil {
			var ie *Error
			if !errors.As(err, &ie) {
				// A read failure of the file itself: give up on the file.
				err = &Error{File: r.sources[r.i-1].path, Err: err}
				r.finishSource()
			}
			return nil, err
		}
		if verr := r.check(d); verr != nil {
			return nil, verr
		}
		return d, nil
	}
}

// Close closes the input being read.
func (r *Reader) Close() error {
	r.finishSource()
	r.i = len(r.sources)
	return nil
}

func (r *Reader) finishSource() {
	if r.closer != nil {
		r.closer.Close()
		r.closer = nil
	}
	if r.count != nil {
		r.base += r.count.n
		r.done.Store(r.base)
		r.count = nil
	}
	r.cur = nil
}

// check validates a decoded document: text present, within the size
// limit, valid UTF-8 without NUL bytes.
func (r *Reader) check(d *doc.Document) error {
	where := r.sources[r.i-1].path
	fail := func(format string, args ...any) error {
		return &Error{File: where, Line: r.cur.where(), ID: d.ID, Err: fmt.Errorf(format, args...)}
	}
	if strings.TrimSpace(d.Text) == "" && len(d.Sentences) == 0 {
		return fail("empty text")
	}
	if len(d.Text) > r.opts.MaxBytes {
		return fail("text is %d bytes, over the limit of %d", len(d.Text), r.opts.MaxBytes)
	}
	if !utf8.ValidString(d.Text) {
		i := 0
		for i < len(d.Text) {
			c, n := utf8.DecodeRuneInString(d.Text[i:])
			if c == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		return fail("text is not valid UTF-8 (bad byte at offset %d); convert it to UTF-8 first", i)
	}
	if strings.IndexByte(d.Text, 0) >= 0 {
		return fail("text holds NUL bytes (a binary file?)")
	}
	if d.Date != "" {
		iso, err := NormalizeDate(d.Date)
		if err != nil {
			return fail("%v", err)
		}
		d.Date = iso
	}
	return nil
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// openSource opens a file (or stdin), undoes gzip and picks a decoder.
func (r *Reader) openSource(s source) error {
	var raw io.Reader
	name := s.path
	if s.path == "-" {
		raw = r.opts.Stdin
	} else {
		f, err := os.Open(s.path)
		if err != nil {
			return errors.Unwrap(err)
		}
		r.closer = f
		raw = f
	}
	r.count = &countReader{r: raw}
	br := bufio.NewReaderSize(r.count, 64<<10)
	var in *bufio.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("gzip: %v", err)
		}
		in = bufio.NewReaderSize(zr, 64<<10)
	}
	base := strings.TrimSuffix(strings.ToLower(name), ".gz")
	format := r.opts.Format
	if format == Auto {
		format = detect(base, in)
	}
	switch format {
	case Text:
		id := filepath.ToSlash(strings.TrimSuffix(name, ".gz"))
		if name == "-" {
			id = "stdin"
		}
		r.cur = &textDecoder{in: in, id: id, max: r.opts.MaxBytes}
	case JSONL:
		r.cur = &jsonlDecoder{in: in, file: name, max: r.opts.MaxBytes}
	case CSV:
		comma := ','
		if strings.HasSuffix(base, ".tsv") || strings.HasSuffix(base, ".tab") {
			comma = '\t'
		}
		r.cur = newCSVDecoder(in, name, comma, r.opts)
	case PetrarchXML:
		d, err := newPetrarchDecoder(in, name, r.opts.SuppliedParses)
		if err != nil {
			return err
		}
		r.cur = d
	}
	return nil
}

// detect picks a format from the extension, else from the first
// non-blank bytes: '{' JSON Lines, '<' PETRARCH XML, else text.
func detect(name string, in *bufio.Reader) Format {
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson", ".json":
		return JSONL
	case ".csv", ".tsv", ".tab":
		return CSV
	case ".xml":
		return PetrarchXML
	case ".txt", ".text":
		return Text
	}
	head, _ := in.Peek(512)
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) > 0 {
		switch head[0] {
		case '{':
			return JSONL
		case '<':
			return PetrarchXML
		}
	}
	return Text
}
