package petrarch

import (
	"strconv"
	"strings"
)

// Pos says where an entry was read: file name (as given to the reader)
// and 1-based line.
type Pos struct {
	File string
	Line int
}

// String formats the position as "file:line".
func (p Pos) String() string { return p.File + ":" + strconv.Itoa(p.Line) }

// line is one logical line of a dictionary file.
type line struct {
	n    int    // 1-based line number
	text string // the line without its end-of-line, '\r' removed
}

// dictLines splits src into lines, dropping the lines inside <!-- -->
// comment blocks (the PETR.Validate files use them, once written
// "<! -- ... -->"). A line that opens a block and closes it again is
// dropped whole; text after a closing "-->" on a later line is dropped too.
// An unclosed block is reported and runs to the end of the file.
func dictLines(src string, name string, errs *[]error) []line {
	out := make([]line, 0, strings.Count(src, "\n")+1)
	n := 0
	inBlock, blockStart := false, 0
	for len(src) > 0 {
		n++
		var l string
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			l, src = src[:i], src[i+1:]
		} else {
			l, src = src, ""
		}
		if k := len(l); k > 0 && l[k-1] == '\r' {
			l = l[:k-1]
		}
		if inBlock {
			if strings.Contains(l, "-->") {
				inBlock = false
			}
			continue
		}
		t := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(t, "<!") {
			if !strings.Contains(t, "-->") {
				inBlock, blockStart = true, n
			}
			continue
		}
		out = append(out, line{n: n, text: l})
	}
	if inBlock {
		*errs = append(*errs, newError(name, blockStart, "", "<!-- comment never closed (missing -->)"))
	}
	return out
}

// cutComment splits a line at the first '#' that is not inside [...]
// (codes such as [###] contain '#'). The comment is returned trimmed,
// without the '#'.
func cutComment(s string) (body, comment string) {
	if strings.IndexByte(s, '#') < 0 {
		return s, ""
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return s[:i], strings.TrimSpace(s[i+1:])
			}
		}
	}
	return s, ""
}

// splitWords splits a dictionary phrase written with '_' or spaces
// between its words ("PRIME_MINISTER", "CARAS GALADHON") into words,
// dropping empty ones ("A__B"). exact reports a trailing '_'.
func splitWords(s string) (words []string, exact bool) {
	n := 1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '_' || c == ' ' || c == '\t' {
			n++
		}
	}
	a := arena{words: make([]string, 0, n)}
	return a.splitWords(s)
}

// arena hands out word slices from one growing backing array, so that a
// dictionary of 50,000 names costs a few allocations, not 50,000.
type arena struct {
	words []string
}

func (a *arena) splitWords(s string) (words []string, exact bool) {
	s = strings.TrimSpace(s)
	if a.words == nil || cap(a.words)-len(a.words) < 64 && cap(a.words) >= 4096 {
		a.words = make([]string, 0, 4096)
	}
	first := len(a.words)
	exact = strings.HasSuffix(s, "_")
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '_' || s[i] == ' ' || s[i] == '\t' {
			if start >= 0 {
				a.words = append(a.words, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if n := len(a.words); n > first {
		words = a.words[first:n:n]
	}
	return words, exact
}

// brackets returns the contents of each [...] group of s, in order, and
// s with the groups removed. ok is false when a '[' is never closed or a
// ']' has no '['.
func brackets(s string) (groups []string, rest string, ok bool) {
	if strings.IndexByte(s, '[') < 0 {
		return nil, s, strings.IndexByte(s, ']') < 0
	}
	var b strings.Builder
	ok = true
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			if strings.IndexByte(s, ']') >= 0 {
				ok = false
			}
			b.WriteString(s)
			return groups, b.String(), ok
		}
		if strings.IndexByte(s[:i], ']') >= 0 {
			ok = false
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return groups, b.String(), false
		}
		groups = append(groups, s[i+1:i+j])
		s = s[i+j+1:]
	}
}
