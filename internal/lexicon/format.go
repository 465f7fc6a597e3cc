package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ParseError is a problem in a dictionary file, with its position.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// maxLine bounds one dictionary line.
const maxLine = 1 << 20

// Parse reads one dictionary file in dyad's format (docs/DICTIONARIES.md).
// It returns every entry it could read and an error for each bad line,
// and keeps going after errors. name is used in Source and in errors.
func Parse(r io.Reader, name string) ([]*Entry, []error) {
	var (
		entries []*Entry
		errs    []error
		kind    = Actor
		cur     *Entry // the entry an indented line continues
		curLine int
	)
	fail := func(line int, format string, a ...any) {
		errs = append(errs, &ParseError{File: name, Line: line, Msg: fmt.Sprintf(format, a...)})
	}
	finish := func() {
		if cur == nil {
			return
		}
		if len(cur.Codes) == 0 {
			fail(curLine, "entry %q has no code (add \"=> CODE\")", cur.Name())
		} else if cur.Kind == Place && !cur.HasCoord {
			fail(curLine, "place %q has no coordinates (add \"@lat,lon\")", cur.Name())
		} else {
			entries = append(entries, cur)
		}
		cur = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	ln := 0
	for sc.Scan() {
		ln++
		raw := sc.Text()
		if ln == 1 {
			raw = strings.TrimPrefix(raw, "\uFEFF")
		}
		text, note := raw, ""
		if i := strings.IndexByte(raw, '#'); i >= 0 {
			text, note = raw[:i], strings.TrimSpace(raw[i+1:])
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		indented := text[0] == ' ' || text[0] == '\t'
		text = strings.TrimSpace(text)
		if !indented && strings.HasPrefix(text, "[") {
			finish()
			if !strings.HasSuffix(text, "]") {
				fail(ln, "bad section header %q (want e.g. [people])", text)
				continue
			}
			k, ok := ParseKind(text[1 : len(text)-1])
			if !ok {
				fail(ln, "unknown section %q (want actors, countries, people, agents or places)", text)
				continue
			}
			kind = k
			continue
		}
		if indented {
			if cur == nil {
				fail(ln, "indented line continues no entry")
				continue
			}
			switch {
			case strings.HasPrefix(text, "|"):
				for _, n := range strings.Split(text[1:], "|") {
					if n = strings.Join(strings.Fields(n), " "); n != "" {
						cur.Names = append(cur.Names, n)
					} else {
						fail(ln, "empty name")
					}
				}
			case strings.HasPrefix(text, "=>"):
				parseCodes(cur, strings.TrimSpace(text[2:]), note, ln, fail)
			case strings.HasPrefix(text, "@"):
				parseCoord(cur, text, ln, fail)
			default:
				fail(ln, "indented line must start with \"|\" (names), \"=>\" (codes) or \"@\" (coordinates)")
			}
			continue
		}
		finish()
		names, rest, hasCodes := strings.Cut(text, "=>")
		cur = &Entry{Kind: kind, Source: fmt.Sprintf("%s:%d", name, ln)}
		curLine = ln
		for _, n := range strings.Split(names, "|") {
			n = strings.Join(strings.Fields(n), " ")
			if n == "" {
				fail(ln, "empty name")
				continue
			}
			cur.Names = append(cur.Names, n)
		}
		if len(cur.Names) == 0 {
			cur = nil
			continue
		}
		if hasCodes {
			parseCodes(cur, strings.TrimSpace(rest), note, ln, fail)
		}
	}
	finish()
	if err := sc.Err(); err != nil {
		errs = append(errs, &ParseError{File: name, Line: ln + 1, Msg: err.Error()})
	}
	return entries, errs
}

// parseCodes reads "CODE [RANGE] ; CODE [RANGE] [@lat,lon]".
func parseCodes(e *Entry, s, note string, ln int, fail func(int, string, ...any)) {
	if i := strings.IndexByte(s, '@'); i >= 0 {
		parseCoord(e, s[i:], ln, fail)
		s = strings.TrimSpace(s[:i])
	}
	if s == "" {
		fail(ln, "\"=>\" without a code")
		return
	}
	for _, part := range strings.Split(s, ";") {
		f := strings.Fields(part)
		if len(f) == 0 || len(f) > 2 {
			fail(ln, "bad code %q (want CODE or CODE FROM..TO)", strings.TrimSpace(part))
			continue
		}
		dc := DatedCode{Code: f[0]}
		if e.Kind == Agent {
			dc.Code = strings.TrimPrefix(dc.Code, "~")
		}
		if err := checkCodeSyntax(dc.Code); err != nil {
			fail(ln, "%v", err)
			continue
		}
		if len(f) == 2 {
			from, to, err := parseRange(f[1])
			if err != nil {
				fail(ln, "%v", err)
				continue
			}
			dc.From, dc.To = from, to
		}
		e.Codes = append(e.Codes, dc)
		for len(e.Notes) < len(e.Codes)-1 {
			e.Notes = append(e.Notes, "")
		}
		e.Notes = append(e.Notes, note)
	}
}

// parseRange reads FROM..TO, FROM.. or ..TO; dates are YYYY-MM-DD, YYYY-MM
// or YYYY, the shorter forms meaning the first day of the month or year.
func parseRange(s string) (from, to string, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return "", "", fmt.Errorf("bad date range %q (want FROM..TO, FROM.. or ..TO)", s)
	}
	if a == "" && b == "" {
		return "", "", fmt.Errorf("empty date range %q", s)
	}
	if from, err = expandDate(a); err != nil {
		return "", "", err
	}
	if to, err = expandDate(b); err != nil {
		return "", "", err
	}
	if from != "" && to != "" && to <= from {
		return "", "", fmt.Errorf("date range %q ends before it starts", s)
	}
	return from, to, nil
}

func expandDate(s string) (string, error) {
	switch len(s) {
	case 0:
		return "", nil
	case 4:
		s += "-01-01"
	case 7:
		s += "-01"
	}
	if !validDate(s) {
		return "", fmt.Errorf("bad date %q (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
	}
	return s, nil
}

func parseCoord(e *Entry, s string, ln int, fail func(int, string, ...any)) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "@"))
	a, b, ok := strings.Cut(s, ",")
	if !ok {
		fail(ln, "bad coordinates %q (want @lat,lon)", s)
		return
	}
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 || lat != lat || lon != lon {
		fail(ln, "bad coordinates %q (want @lat,lon in degrees)", s)
		return
	}
	e.Lat, e.Lon, e.HasCoord = lat, lon, true
}

// Format writes entries in dyad's format, grouped by kind under section
// headers; entries with several codes are written as indented blocks.
func Format(w io.Writer, entries []*Entry) error {
	var b bytes.Buffer
	var kind Kind
	for _, e := range entries {
		if e.Kind != kind {
			if kind != 0 {
				b.WriteByte('\n')
			}
			kind = e.Kind
			fmt.Fprintf(&b, "[%s]\n", sectionName(kind))
		}
		b.WriteString(strings.Join(e.Names, " | "))
		one := len(e.Codes) == 1
		if one {
			b.WriteString(" => ")
			writeCode(&b, e.Codes[0])
		}
		if e.HasCoord {
			fmt.Fprintf(&b, " @%s,%s", strconv.FormatFloat(e.Lat, 'f', -1, 64), strconv.FormatFloat(e.Lon, 'f', -1, 64))
		}
		if one && len(e.Notes) > 0 && e.Notes[0] != "" {
			b.WriteString("  # " + e.Notes[0])
		}
		b.WriteByte('\n')
		if !one {
			for i, c := range e.Codes {
				b.WriteString("    => ")
				writeCode(&b, c)
				if i < len(e.Notes) && e.Notes[i] != "" {
					b.WriteString("  # " + e.Notes[i])
				}
				b.WriteByte('\n')
			}
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func writeCode(b *bytes.Buffer, c DatedCode) {
	b.WriteString(c.Code)
	if !c.Undated() {
		b.WriteString(" " + c.From + ".." + c.To)
	}
}

func sectionName(k Kind) string {
	switch k {
	case Person:
		return "people"
	case Country:
		return "countries"
	}
	return k.String() + "s"
}
