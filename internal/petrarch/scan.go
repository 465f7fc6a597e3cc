package petrarch

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// tokKind tells what a markup token is.
type tokKind int

const (
	tokEOF tokKind = iota
	tokOpen
	tokClose
	tokSelfClose
	tokComment
	tokText
)

// attr is one attribute of a tag, value already entity-decoded.
type attr struct {
	Name, Value string
}

// token is one piece of a records file.
type token struct {
	kind  tokKind
	name  string // element name for tags
	attrs []attr
	text  string // comment body or character data (raw)
	line  int    // line where the token starts
}

// scanner is a tolerant, hand-written scanner for the XML-like records
// files. It never fails: malformed markup is reported through errs and
// skipped. It does not check nesting; the records reader does what little
// structure checking is needed.
type scanner struct {
	src  []byte
	pos  int
	line int // line of src[pos]
	name string
	errs []error
}

func newScanner(src []byte, name string) *scanner {
	return &scanner{src: src, line: 1, name: name}
}

// advance moves pos to p, counting newlines.
func (s *scanner) advance(p int) {
	if p > len(s.src) {
		p = len(s.src)
	}
	s.line += bytes.Count(s.src[s.pos:p], []byte{'\n'})
	s.pos = p
}

func (s *scanner) errorf(line int, format string, args ...any) {
	s.errs = append(s.errs, newError(s.name, line, "", format, args...))
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c == '.' || c == ':' ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// next returns the next token.
func (s *scanner) next() token {
	for {
		if s.pos >= len(s.src) {
			return token{kind: tokEOF, line: s.line}
		}
		start, line := s.pos, s.line
		if s.src[start] != '<' {
			i := bytes.IndexByte(s.src[start:], '<')
			end := len(s.src)
			if i >= 0 {
				end = start + i
			}
			s.advance(end)
			return token{kind: tokText, text: string(s.src[start:end]), line: line}
		}
		rest := s.src[start:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			i := bytes.Index(rest[4:], []byte("-->"))
			if i < 0 {
				s.errorf(line, "comment never closed (missing -->)")
				s.advance(len(s.src))
				return token{kind: tokComment, text: string(rest[4:]), line: line}
			}
			s.advance(start + 4 + i + 3)
			return token{kind: tokComment, text: string(rest[4 : 4+i]), line: line}
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			i := bytes.Index(rest, []byte("]]>"))
			if i < 0 {
				s.errorf(line, "CDATA section never closed")
				s.advance(len(s.src))
				return token{kind: tokText, text: string(rest[9:]), line: line}
			}
			s.advance(start + i + 3)
			return token{kind: tokText, text: string(rest[9:i]), line: line}
		case bytes.HasPrefix(rest, []byte("<?")), bytes.HasPrefix(rest, []byte("<!")):
			i := bytes.IndexByte(rest, '>')
			if i < 0 {
				s.advance(len(s.src))
			} else {
				s.advance(start + i + 1)
			}
			continue
		}
		t, ok := s.tag()
		if ok {
			return t
		}
		// A '<' that does not start a tag: character data.
		s.advance(start + 1)
		return token{kind: tokText, text: "<", line: line}
	}
}

// tag scans a start, end or empty-element tag at s.pos. It reports false,
// consuming nothing, when the text there is not a tag.
func (s *scanner) tag() (token, bool) {
	src, p, line := s.src, s.pos+1, s.line
	t := token{kind: tokOpen, line: line}
	if p < len(src) && src[p] == '/' {
		t.kind = tokClose
		p++
	}
	n := p
	for p < len(src) && isNameByte(src[p]) {
		p++
	}
	if p == n || !(src[n] >= 'A' && src[n] <= 'Z' || src[n] >= 'a' && src[n] <= 'z' || src[n] == '_') {
		return token{}, false
	}
	t.name = string(src[n:p])
	for {
		for p < len(src) && isSpace(src[p]) {
			p++
		}
		if p >= len(src) {
			s.errorf(line, "tag <%s never closed (missing >)", t.name)
			s.advance(len(src))
			return t, true
		}
		c := src[p]
		if c == '>' {
			s.advance(p + 1)
			return t, true
		}
		if c == '/' && p+1 < len(src) && src[p+1] == '>' {
			if t.kind == tokOpen {
				t.kind = tokSelfClose
			}
			s.advance(p + 2)
			return t, true
		}
		if c == '<' {
			s.errorf(line, "tag <%s not closed before the next '<'", t.name)
			s.advance(p)
			return t, true
		}
		// attribute name
		a := p
		for p < len(src) && !isSpace(src[p]) && src[p] != '=' && src[p] != '>' && src[p] != '<' && !(src[p] == '/' && p+1 < len(src) && src[p+1] == '>') {
			p++
		}
		if p == a { // stray byte such as '/' or '='
			p++
			continue
		}
		name := string(src[a:p])
		for p < len(src) && isSpace(src[p]) {
			p++
		}
		if p >= len(src) || src[p] != '=' {
			t.attrs = append(t.attrs, attr{Name: name})
			continue
		}
		p++
		for p < len(src) && isSpace(src[p]) {
			p++
		}
		if p >= len(src) {
			continue
		}
		var val []byte
		if q := src[p]; q == '"' || q == '\'' {
			i := bytes.IndexByte(src[p+1:], q)
			if i < 0 {
				s.errorf(line, "attribute %s of <%s>: quote never closed", name, t.name)
				s.advance(len(src))
				t.attrs = append(t.attrs, attr{Name: name, Value: decodeEntities(string(src[p+1:]))})
				return t, true
			}
			val = src[p+1 : p+1+i]
			p += i + 2
		} else {
			v := p
			for p < len(src) && !isSpace(src[p]) && src[p] != '>' && src[p] != '<' {
				p++
			}
			val = src[v:p]
		}
		t.attrs = append(t.attrs, attr{Name: name, Value: decodeEntities(string(val))})
	}
}

// rawUntil returns the text from s.pos up to the end tag </name>, and moves
// past that tag. When the end tag is missing, the text runs to the first of
// stop (tags that show the element has been left) or the end of the input,
// and ok is false.
func (s *scanner) rawUntil(name string, stop ...string) (text string, ok bool) {
	rest := s.src[s.pos:]
	limit := len(rest)
	for _, st := range stop {
		if i := bytes.Index(rest, []byte(st)); i >= 0 && i < limit {
			limit = i
		}
	}
	endTag := "</" + name
	off := 0
	for {
		i := bytes.Index(rest[off:limit], []byte(endTag))
		if i < 0 {
			break
		}
		j := off + i + len(endTag)
		for j < len(rest) && isSpace(rest[j]) {
			j++
		}
		if j < len(rest) && rest[j] == '>' {
			text = string(rest[:off+i])
			s.advance(s.pos + j + 1)
			return text, true
		}
		off += i + len(endTag)
	}
	text = string(rest[:limit])
	s.advance(s.pos + limit)
	return text, false
}

// decodeEntities replaces the XML entities &amp; &lt; &gt; &quot; &apos;
// and numeric character references; anything else is left as written.
func decodeEntities(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s, ';')
		if j < 0 || j > 12 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		ent := s[1:j]
		rep := ""
		switch ent {
		case "amp":
			rep = "&"
		case "lt":
			rep = "<"
		case "gt":
			rep = ">"
		case "quot":
			rep = "\""
		case "apos":
			rep = "'"
		default:
			if strings.HasPrefix(ent, "#") {
				var n uint64
				var err error
				if strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X") {
					n, err = strconv.ParseUint(ent[2:], 16, 32)
				} else {
					n, err = strconv.ParseUint(ent[1:], 10, 32)
				}
				if err == nil && utf8.ValidRune(rune(n)) {
					rep = string(rune(n))
				}
			}
		}
		if rep == "" {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		b.WriteString(rep)
		s = s[j+1:]
	}
}
