package actors

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/lexicon"
)

// Petrarch holds what the PETRARCH dictionaries say that a lexicon entry
// cannot: agents written "NGO~" that go before the country code, and codes
// whose spelling the lexicon does not accept ("ELR/GAL", lower case),
// stored under a stand-in code. A Resolver given a Petrarch uses it.
type Petrarch struct {
	prefix       map[string]bool   // lexicon source "file:line" → agent code goes first
	alias        map[string]string // stand-in code → code as written
	discard      [][]string        // sentence discard phrases (lower case words)
	storyDiscard [][]string
}

// NewPetrarch returns an empty Petrarch side table.
func NewPetrarch() *Petrarch {
	return &Petrarch{prefix: map[string]bool{}, alias: map[string]string{}}
}

func (p *Petrarch) code(c string) string {
	if p == nil {
		return c
	}
	if a, ok := p.alias[c]; ok {
		return a
	}
	return c
}

// cleanCode maps a code as written to one the lexicon accepts, remembering
// the original. ok is false for "no code" markers (---, +++, ###).
func (p *Petrarch) cleanCode(c string) (string, bool) {
	c = strings.TrimSpace(c)
	if c == "" || strings.Trim(c, "-+#") == "" {
		return "", false
	}
	good := true
	for _, r := range c {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			good = false
			break
		}
	}
	if good {
		return c, true
	}
	up := strings.ToUpper(c)
	ok := true
	for _, r := range up {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			ok = false
			break
		}
	}
	if ok {
		return up, true
	}
	stand := fmt.Sprintf("ZZX%d", len(p.alias)+1)
	p.alias[stand] = c
	return stand, true
}

// petrDate converts PETRARCH dates (YYMMDD or YYYYMMDD) to ISO dates.
func petrDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("bad date %q", s)
		}
	}
	switch len(s) {
	case 6:
		yy, _ := strconv.Atoi(s[:2])
		y := 1900 + yy
		if yy <= 30 {
			y = 2000 + yy
		}
		return fmt.Sprintf("%04d-%s-%s", y, s[2:4], s[4:6]), nil
	case 8:
		return s[:4] + "-" + s[4:6] + "-" + s[6:8], nil
	}
	return "", fmt.Errorf("bad date %q", s)
}

// parseDatedCode reads "CODE", "CODE >DATE", "CODE <DATE", "CODE D1-D2".
func (p *Petrarch) parseDatedCode(s string) (lexicon.DatedCode, bool, error) {
	s = strings.TrimSpace(s)
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return lexicon.DatedCode{}, false, nil
	}
	code, ok := p.cleanCode(fs[0])
	if !ok {
		return lexicon.DatedCode{}, false, nil
	}
	rest := strings.Join(fs[1:], "")
	dc := lexicon.DatedCode{Code: code}
	var err error
	switch {
	case rest == "":
	case rest[0] == '>':
		dc.From, err = petrDate(rest[1:])
	case rest[0] == '<':
		dc.To, err = petrDate(rest[1:])
	default:
		a, b, found := strings.Cut(rest, "-")
		if !found {
			return dc, false, fmt.Errorf("bad date range %q", rest)
		}
		if dc.From, err = petrDate(a); err == nil {
			dc.To, err = petrDate(b)
		}
	}
	return dc, err == nil, err
}

// stripComment removes "#" comments and <!-- --> markers from a line.
type commentStripper struct{ in bool }

func (c *commentStripper) strip(line string) string {
	if c.in {
		i := strings.Index(line, "-->")
		if i < 0 {
			return ""
		}
		c.in = false
		line = line[i+3:]
	}
	for {
		i := strings.Index(line, "<!--")
		if i < 0 {
			break
		}
		j := strings.Index(line[i:], "-->")
		if j < 0 {
			line = line[:i]
			c.in = true
			break
		}
		line = line[:i] + line[i+j+3:]
	}
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	return line
}

// phraseWords turns a PETRARCH phrase (words joined by "_", in capitals)
// into lexicon words. PETRARCH writes everything in capitals, so only
// short single words (US, UN, EU, IMF) stay acronyms that match capitals
// only; the rest match in any case.
func phraseWords(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", " ")
	fs := strings.Fields(s)
	if len(fs) == 1 {
		letters := 0
		for _, r := range fs[0] {
			if r != '.' {
				letters++
			}
		}
		if letters <= 3 {
			return fs[0]
		}
	}
	return strings.ToLower(strings.Join(fs, " "))
}

// LoadPetrarchActors reads a PETRARCH actor dictionary into lex. Errors
// name file:line; reading goes on past them.
func (p *Petrarch) LoadPetrarchActors(lex *lexicon.Lexicon, path string) []error {
	f, err := os.Open(path)
	if err != nil {
		return []error{err}
	}
	defer f.Close()
	return p.ReadPetrarchActors(lex, f, filepath.Base(path))
}

// ReadPetrarchActors reads a PETRARCH actor dictionary from r.
func (p *Petrarch) ReadPetrarchActors(lex *lexicon.Lexicon, r io.Reader, name string) []error {
	var errs []error
	type entry struct {
		names []string
		codes []lexicon.DatedCode
		line  int
	}
	var cur *entry
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.codes) > 0 {
			names := cur.names[:0]
			for _, n := range cur.names {
				if n != "" {
					names = append(names, n)
				}
			}
			if len(names) > 0 {
				e := &lexicon.Entry{Kind: lexicon.Actor, Names: names, Codes: cur.codes, Source: name + ":" + strconv.Itoa(cur.line)}
				if err := lex.Add(e); err != nil {
					errs = append(errs, err)
				}
			}
		}
		cur = nil
	}
	cs := &commentStripper{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		raw := sc.Text()
		line := cs.strip(raw)
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		// Codes in brackets on this line.
		var codes []string
		body := t
		for {
			i := strings.IndexByte(body, '[')
			if i < 0 {
				break
			}
			j := strings.IndexByte(body[i:], ']')
			if j < 0 {
				errs = append(errs, fmt.Errorf("%s:%d: unclosed [", name, ln))
				body = body[:i]
				break
			}
			codes = append(codes, body[i+1:i+j])
			body = body[:i] + " " + body[i+j+1:]
		}
		body = strings.TrimSpace(body)
		switch {
		case body != "" && body[0] == '+':
			if cur == nil {
				errs = append(errs, fmt.Errorf("%s:%d: synonym without an entry", name, ln))
				continue
			}
			cur.names = append(cur.names, phraseWords(body[1:]))
		case body == "" || indented && body == "":
			// code line only
		default:
			flush()
			cur = &entry{names: []string{phraseWords(body)}, line: ln}
		}
		for _, c := range codes {
			if cur == nil {
				errs = append(errs, fmt.Errorf("%s:%d: code without an entry", name, ln))
				break
			}
			dc, ok, err := p.parseDatedCode(c)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %v", name, ln, err))
				continue
			}
			if ok {
				cur.codes = append(cur.codes, dc)
			}
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %v", name, err))
	}
	return errs
}

// LoadPetrarchAgents reads a PETRARCH agent dictionary into lex.
func (p *Petrarch) LoadPetrarchAgents(lex *lexicon.Lexicon, path string) []error {
	f, err := os.Open(path)
	if err != nil {
		return []error{err}
	}
	defer f.Close()
	return p.ReadPetrarchAgents(lex, f, filepath.Base(path))
}

// ReadPetrarchAgents reads a PETRARCH agent dictionary from r: lines
// "PHRASE {PLURALS} [~CODE]" and "!NAME! = A, B" substitutions.
func (p *Petrarch) ReadPetrarchAgents(lex *lexicon.Lexicon, r io.Reader, name string) []error {
	var errs []error
	subst := map[string][]string{}
	cs := &commentStripper{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		t := strings.TrimSpace(cs.strip(sc.Text()))
		if t == "" {
			continue
		}
		if t[0] == '!' {
			if k, v, ok := strings.Cut(t, "="); ok {
				var alts []string
				for _, a := range strings.Split(v, ",") {
					if a = strings.TrimSpace(a); a != "" {
						alts = append(alts, a)
					}
				}
				subst[strings.TrimSpace(k)] = alts
				continue
			}
		}
		i := strings.IndexByte(t, '[')
		j := strings.LastIndexByte(t, ']')
		if i < 0 || j < i {
			errs = append(errs, fmt.Errorf("%s:%d: agent without [code]", name, ln))
			continue
		}
		code := strings.TrimSpace(t[i+1 : j])
		body := t[:i]
		var plurals []string
		if a := strings.IndexByte(body, '{'); a >= 0 {
			b := strings.IndexByte(body[a:], '}')
			if b < 0 {
				errs = append(errs, fmt.Errorf("%s:%d: unclosed {", name, ln))
				continue
			}
			plurals = strings.Fields(body[a+1 : a+b])
			body = body[:a]
		}
		prefix := strings.HasSuffix(code, "~") && !strings.HasPrefix(code, "~")
		code = strings.Trim(code, "~ ")
		cc, ok := p.cleanCode(code)
		if !ok {
			continue
		}
		src := fmt.Sprintf("%s:%d", name, ln)
		if prefix {
			p.prefix[src] = true
		}
		phrases := expandSubst(strings.TrimSpace(body), subst)
		for _, pl := range plurals {
			phrases = append(phrases, expandSubst(pl, subst)...)
		}
		for _, ph := range phrases {
			ph = phraseWords(ph)
			if ph == "" {
				continue
			}
			if err := lex.AddAgent(ph, cc, src); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %v", name, err))
	}
	return errs
}

func expandSubst(s string, subst map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	key := s[i : i+j+2]
	alts, ok := subst[key]
	if !ok {
		return []string{strings.ReplaceAll(s, key, "")}
	}
	var out []string
	for _, a := range alts {
		out = append(out, expandSubst(s[:i]+a+s[i+j+2:], subst)...)
	}
	return out
}

// LoadPetrarchDiscards reads a discard file: phrases that void a sentence
// ("NAME") or a whole story ("+NAME").
func (p *Petrarch) LoadPetrarchDiscards(path string) []error {
	f, err := os.Open(path)
	if err != nil {
		return []error{err}
	}
	defer f.Close()
	cs := &commentStripper{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t := strings.TrimSpace(cs.strip(sc.Text()))
		if t == "" {
			continue
		}
		story := t[0] == '+'
		t = strings.TrimPrefix(t, "+")
		ws := strings.Fields(strings.ToLower(strings.ReplaceAll(t, "_", " ")))
		if len(ws) == 0 {
			continue
		}
		if story {
			p.storyDiscard = append(p.storyDiscard, ws)
		} else {
			p.discard = append(p.discard, ws)
		}
	}
	return nil
}
