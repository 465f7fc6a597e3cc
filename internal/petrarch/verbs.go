package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// VerbStyle tells which dialect of the verb dictionary format a file uses.
type VerbStyle int

const (
	// StylePETR2 is the PETRARCH-2 style of CAMEO.2.0.txt: synsets first,
	// then "---  NAME   [code]  ---" blocks, then "~" transformations.
	// A '_' inside a synset reference belongs to the name (&FIGHT_CRIM).
	StylePETR2 VerbStyle = iota
	// StylePETR1 is the older PETRARCH-1 (TABARI-derived) style of
	// PETR.Validate.verbs.txt: <!-- --> comments, synsets defined between
	// blocks, '_' connecting pattern words that must be adjacent, even to a
	// synset reference (NEW_&TIETYPES_RELATIONS).
	StylePETR1
)

// String names the style.
func (s VerbStyle) String() string {
	if s == StylePETR1 {
		return "PETRARCH-1"
	}
	return "PETRARCH-2"
}

// VerbDict is a verb pattern dictionary.
type VerbDict struct {
	Name            string
	Style           VerbStyle
	Synsets         []Synset
	Blocks          []VerbBlock
	Transformations []Transformation
	// Errors lists malformed lines and references to undefined synsets,
	// each an *Error with file and line. Reading never stops at one.
	Errors []error

	synsets map[string]int
}

// Synset is a synonym set, "&NAME" followed by "+MEMBER" lines. Patterns
// refer to it as &NAME.
type Synset struct {
	Name string // without '&' and without a trailing '_'
	// Exact is set when the name was written with a trailing '_'
	// (&AUXVERB1_); references are written with or without it.
	Exact   bool
	Raw     string // the header line as written
	Comment string
	Members []Phrase
	Pos
}

// Phrase is a word or multi-word phrase of a dictionary: a synset member,
// an actor name, an agent name.
type Phrase struct {
	Raw string // as written, without the leading '+' and the comment
	// Words are the words, split at '_' and spaces: PRIME_MINISTER and
	// "AUSTRIAN FLORIN" both give two words.
	Words []string
	// Exact is TABARI's trailing '_' (AFGHANISTAN_): the last word must be
	// matched whole, not as the stem of a longer word. PETRARCH matches
	// whole words anyway; the flag is kept so that nothing is lost.
	Exact bool
	// Synset is set instead of Words when the member is a reference to
	// another synset (+&TIETYPES): the referenced name, without '&'.
	Synset  string
	Comment string
	Pos
}

// Code is a CAMEO event code as written in a verb dictionary: [042],
// [042:043], [:110], [---] (no event), and the odd [075A], [080!], [025?]
// of the test dictionaries.
type Code struct {
	Raw string // inside the brackets, as written
	// Forward is the code of the event from the source to the target ("" when
	// the code starts with ':').
	Forward string
	// Reverse is the part after ':'; "" when there is no ':'. The files do
	// not define it; the reading that fits them (VISIT [042:043], HOST
	// [043:042], OFFEND [:110]) is the code of the complementary event,
	// with source and target swapped: A visits B is 042 from A to B and
	// 043 (host) from B to A.
	Reverse string
}

// IsNull reports whether the code is "---" (or empty): the verb or
// pattern is known but codes no event.
func (c Code) IsNull() bool {
	f := strings.Trim(c.Forward, "-")
	return f == "" && c.Reverse == ""
}

func parseCode(s string) Code {
	s = strings.TrimSpace(s)
	c := Code{Raw: s}
	f, r, ok := strings.Cut(s, ":")
	c.Forward = strings.TrimSpace(f)
	if ok {
		c.Reverse = strings.TrimSpace(r)
	}
	return c
}

// VerbBlock is one "--- NAME [code] ---" block: the verbs that share a
// default code, and the patterns that refine it.
type VerbBlock struct {
	Name string // as written in the header ("ACCELERATE", "RE_ADMIT", "LASH OUT")
	// Codes are the header's codes; one in all but odd cases
	// ("--- DELAY [120]  [031:031] ---" in the test dictionary).
	Codes    []Code
	Comment  string
	Verbs    []Verb
	Patterns []Pattern
	Pos
}

// Code returns the block's default code (the first header code), or a
// zero Code when the header had none.
func (b *VerbBlock) Code() Code {
	if len(b.Codes) == 0 {
		return Code{}
	}
	return b.Codes[0]
}

// VerbPhrase is a verb, possibly multi-word (+ASK_FOR, KLM_NOP_+RST,
// "LASH OUT"). The word written with '+' is the verb proper.
type VerbPhrase struct {
	Raw   string   // as written
	Words []string // words without '+': ASK, FOR
	Head  int      // index in Words of the verb word; 0 when no '+' is written
}

// Verb is one verb line of a block: "HURRY {HURRIES HURRYING HURRIED }",
// "ASK [020]", "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]".
type Verb struct {
	VerbPhrase
	// Forms are the irregular forms written in {}; PETRARCH generates the
	// regular forms itself.
	Forms []VerbPhrase
	// NoForms is set for an empty "{}": no forms are to be generated.
	NoForms bool
	// Code is the verb's own code, which overrides the block's; nil when
	// the line has none.
	Code    *Code
	Comment string
	Pos
}

// TokenKind tells what a pattern token is.
type TokenKind int

const (
	TokWord     TokenKind = iota // a literal word
	TokVerb                      // '*': the verb of the block
	TokSynset                    // &NAME: any member of the synset
	TokSource                    // '$': the source actor
	TokTarget                    // '+': the target actor
	TokCompound                  // '%': a compound actor, coded as both source and target
	TokSkip                      // '^': skip one noun phrase
	TokPhrase                    // {...}: a noun phrase whose words are in Sub
	TokPrep                      // (...): a prepositional phrase; Text is the preposition, Sub its object
)

// String names the kind.
func (k TokenKind) String() string {
	if names := strings.Fields("word verb synset source target compound skip phrase prep"); int(k) >= 0 && int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("TokenKind(%d)", int(k))
}

// Token is one element of a pattern.
type Token struct {
	Kind TokenKind
	// Text is the word (TokWord), the synset name without '&' (TokSynset)
	// or the preposition (TokPrep); "" for markers.
	Text string
	// Alts lists the alternatives of a word written A/B (IN BOMBING/EXPLOSION),
	// Text being the first; nil otherwise.
	Alts []string
	// Sub holds the tokens inside {} (TokPhrase) or after the preposition
	// inside () (TokPrep).
	Sub []Token
	// Joined is set when the token is joined to the next one by '_' (the
	// PETRARCH-1 connector, and multi-word words such as SPECIAL_CLAUSE):
	// the two must be adjacent in the sentence.
	Joined bool
}

// Pattern is one "- ..." line of a block: words around the verb '*' and
// the code it gives.
type Pattern struct {
	Raw string // the whole line as written
	// Tokens is the full pattern in order, the verb included (as TokVerb).
	Tokens []Token
	// Before and After are the tokens before and after the verb (sub-slices
	// of Tokens). A pattern without '*' has every token in Before.
	Before, After []Token
	HasVerb       bool
	Code          Code
	Comment       string
	Pos
}

// Transformation is a PETRARCH-2 "~" rule that turns an event about an
// event into one event, e.g.
//
//	~ a (a b ATTACK) SAY = a b 015
//
// "a says that a attacks b" gives a 015 event from a to b. The letters are
// variables; '_' and '.' are written where a place is left open, and Q
// stands for whatever code the inner event has.
type Transformation struct {
	Raw         string
	Source      string // the outer source variable ("a")
	InnerSource string // the inner event: source, target and verb ("a", "b", "ATTACK")
	InnerTarget string
	InnerVerb   string
	Verb        string // the outer verb ("SAY")
	// The resulting event.
	ResultSource, ResultTarget, ResultCode string
	Comment                                string
	Pos
}

// Synset returns the synset of that name (with or without '&' and a
// trailing '_'), or nil.
func (d *VerbDict) Synset(name string) *Synset {
	name = strings.TrimSuffix(strings.TrimPrefix(name, "&"), "_")
	if i, ok := d.synsets[name]; ok {
		return &d.Synsets[i]
	}
	return nil
}

// ReadVerbs reads a verb dictionary, guessing its style: a file whose
// first non-blank line opens a <!-- comment is PETRARCH-1 style, any
// other PETRARCH-2 (see ReadVerbsStyle). The error is only for a failure
// to read r; malformed lines go to VerbDict.Errors.
func ReadVerbs(r io.Reader, name string) (*VerbDict, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parseVerbs(string(src), name, guessStyle(string(src))), nil
}

// ReadVerbsStyle reads a verb dictionary written in the given style.
func ReadVerbsStyle(r io.Reader, name string, style VerbStyle) (*VerbDict, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parseVerbs(string(src), name, style), nil
}

func guessStyle(src string) VerbStyle {
	s := strings.TrimLeft(src[:min(len(src), 4096)], " \t\r\n\ufeff")
	if strings.HasPrefix(s, "<!") {
		return StylePETR1
	}
	return StylePETR2
}

type verbParser struct {
	d     *VerbDict
	block *VerbBlock
	syn   *Synset // synset whose members are being read, or nil
	defs  map[string]bool
	n     int // line being read
}

func (p *verbParser) errorf(n int, format string, args ...any) {
	p.d.Errors = append(p.d.Errors, newError(p.d.Name, n, "", format, args...))
}

func parseVerbs(src string, name string, style VerbStyle) *VerbDict {
	d := &VerbDict{Name: name, Style: style, synsets: map[string]int{}}
	p := &verbParser{d: d, defs: map[string]bool{}}
	lines := dictLines(src, name, &d.Errors)
	// First pass: the synset names, so that PETRARCH-1 references such as
	// &TIETYPES_RUMORS can be told apart from names with '_' in them.
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if strings.HasPrefix(t, "&") {
			body, _ := cutComment(t)
			if f := strings.Fields(body); len(f) > 0 {
				p.defs[strings.TrimSuffix(f[0][1:], "_")] = true
			}
		}
	}
	for _, l := range lines {
		p.line(l)
	}
	p.closeSynset()
	p.closeBlock()
	p.checkRefs()
	sortErrors(d.Errors)
	return d
}

func (p *verbParser) closeSynset() {
	if p.syn != nil {
		p.d.synsets[p.syn.Name] = len(p.d.Synsets)
		p.d.Synsets = append(p.d.Synsets, *p.syn)
		p.syn = nil
	}
}

func (p *verbParser) closeBlock() {
	if p.block != nil {
		p.d.Blocks = append(p.d.Blocks, *p.block)
		p.block = nil
	}
}

func (p *verbParser) pos(n int) Pos { return Pos{File: p.d.Name, Line: n} }

func (p *verbParser) line(l line) {
	p.n = l.n
	t := strings.TrimSpace(l.text)
	if t == "" || t[0] == '#' {
		return
	}
	switch {
	case strings.HasPrefix(t, "---"):
		p.closeSynset()
		p.header(l.n, t)
	case t[0] == '&':
		p.closeSynset()
		body, comment := cutComment(t)
		f := strings.Fields(body)
		if len(f) != 1 || len(f[0]) < 2 {
			p.errorf(l.n, "bad synset header %q, want &NAME", body)
			return
		}
		p.syn = &Synset{Name: strings.TrimSuffix(f[0][1:], "_"), Exact: strings.HasSuffix(f[0], "_"), Raw: t, Comment: comment, Pos: p.pos(l.n)}
		if p.syn.Name == "" {
			p.errorf(l.n, "synset with an empty name")
			p.syn = nil
			return
		}
		if _, dup := p.d.synsets[p.syn.Name]; dup {
			p.errorf(l.n, "synset &%s defined again; the later definition wins", p.syn.Name)
		}
	case t[0] == '+' && p.syn != nil:
		body, comment := cutComment(t[1:])
		body = strings.TrimSpace(body)
		if body == "" {
			p.errorf(l.n, "empty synset member")
			return
		}
		m := Phrase{Raw: body, Comment: comment, Pos: p.pos(l.n)}
		if body[0] == '&' {
			m.Synset = strings.TrimSuffix(body[1:], "_")
		} else {
			m.Words, m.Exact = splitWords(body)
		}
		p.syn.Members = append(p.syn.Members, m)
	case t[0] == '~':
		p.closeSynset()
		p.transformation(l.n, t)
	case t[0] == '-':
		p.closeSynset()
		p.pattern(l.n, t)
	default:
		p.closeSynset()
		p.verb(l.n, t)
	}
}

func (p *verbParser) header(n int, t string) {
	p.closeBlock()
	body, comment := cutComment(t)
	groups, rest, ok := brackets(body)
	if !ok {
		p.errorf(n, "unbalanced [ ] in block header")
	}
	nameEnd := strings.IndexByte(body, '[')
	if nameEnd < 0 {
		nameEnd = len(body)
	}
	name := strings.TrimSpace(strings.Trim(strings.TrimSpace(body[:nameEnd]), "-"))
	if strings.Trim(strings.Replace(rest, name, "", 1), "- \t") != "" {
		p.errorf(n, "unexpected text in block header: %q", strings.TrimSpace(rest))
	}
	b := &VerbBlock{Name: name, Comment: comment, Pos: p.pos(n)}
	for _, g := range groups {
		b.Codes = append(b.Codes, parseCode(g))
	}
	if name == "" {
		p.errorf(n, "block header without a name")
	}
	if len(groups) == 0 {
		p.errorf(n, "block header without a [code]")
	}
	p.block = b
}

func (p *verbParser) verb(n int, t string) {
	body, comment := cutComment(t)
	if i := strings.IndexByte(body, ';'); i >= 0 { // old TABARI comment: SCRAP {..};shan 8/30/93
		if comment == "" {
			comment = strings.TrimSpace(body[i+1:])
		}
		body = body[:i]
	}
	if p.block == nil {
		p.errorf(n, "verb %q before any --- block header", strings.TrimSpace(body))
		return
	}
	v := Verb{Comment: comment, Pos: p.pos(n)}
	// {forms}
	if i := strings.IndexByte(body, '{'); i >= 0 {
		j := strings.IndexByte(body[i:], '}')
		if j < 0 {
			p.errorf(n, "'{' without '}' in verb line")
			return
		}
		forms := body[i+1 : i+j]
		body = body[:i] + " " + body[i+j+1:]
		f := strings.FieldsFunc(forms, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' })
		if len(f) == 0 {
			v.NoForms = true
		}
		for _, x := range f {
			v.Forms = append(v.Forms, verbPhrase(x))
		}
	}
	groups, rest, ok := brackets(body)
	if !ok {
		p.errorf(n, "unbalanced [ ] in verb line")
		return
	}
	if len(groups) > 1 {
		p.errorf(n, "verb line has %d codes, using the first", len(groups))
	}
	if len(groups) > 0 {
		c := parseCode(groups[0])
		v.Code = &c
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		p.errorf(n, "verb line without a verb")
		return
	}
	if strings.ContainsAny(rest, "{}()*$%^&") {
		p.errorf(n, "unexpected characters in verb %q", rest)
		return
	}
	// Old-style multi-word verbs are written with a space: "LASH OUT".
	v.VerbPhrase = verbPhrase(strings.Join(strings.Fields(rest), "_"))
	v.Raw = rest
	p.block.Verbs = append(p.block.Verbs, v)
}

func verbPhrase(s string) VerbPhrase {
	vp := VerbPhrase{Raw: s}
	for _, w := range strings.Split(s, "_") {
		if w == "" {
			continue
		}
		if w[0] == '+' {
			vp.Head = len(vp.Words)
			w = w[1:]
			if w == "" {
				continue
			}
		}
		vp.Words = append(vp.Words, w)
	}
	return vp
}

func (p *verbParser) transformation(n int, t string) {
	body, comment := cutComment(t)
	x := Transformation{Raw: t, Comment: comment, Pos: p.pos(n)}
	left, right, ok := strings.Cut(strings.TrimSpace(body[1:]), "=")
	open, close := strings.IndexByte(left, '('), strings.IndexByte(left, ')')
	if !ok || open < 0 || close < open {
		p.errorf(n, "bad transformation, want \"~ a (a b VERB) VERB = a b CODE\"")
		return
	}
	pre, inner, post := strings.Fields(left[:open]), strings.Fields(left[open+1:close]), strings.Fields(left[close+1:])
	res := strings.Fields(right)
	if len(pre) != 1 || len(inner) != 3 || len(post) != 1 || len(res) != 3 {
		p.errorf(n, "bad transformation, want \"~ a (a b VERB) VERB = a b CODE\"")
		return
	}
	x.Source = pre[0]
	x.InnerSource, x.InnerTarget, x.InnerVerb = inner[0], inner[1], inner[2]
	x.Verb = post[0]
	x.ResultSource, x.ResultTarget, x.ResultCode = res[0], res[1], res[2]
	p.d.Transformations = append(p.d.Transformations, x)
}

func (p *verbParser) pattern(n int, t string) {
	body, comment := cutComment(t)
	body = strings.TrimSpace(body[1:])
	if p.block == nil {
		p.errorf(n, "pattern before any --- block header")
		return
	}
	pat := Pattern{Raw: t, Comment: comment, Pos: p.pos(n)}
	// The code is the last [...] group.
	i := strings.LastIndexByte(body, '[')
	j := strings.LastIndexByte(body, ']')
	if i < 0 || j < i {
		p.errorf(n, "pattern without a [code]")
		return
	}
	if strings.TrimSpace(body[j+1:]) != "" {
		p.errorf(n, "text after the [code]: %q", strings.TrimSpace(body[j+1:]))
	}
	pat.Code = parseCode(body[i+1 : j])
	toks, err := p.tokens(body[:i])
	if err != nil {
		p.errorf(n, "%v", err)
		return
	}
	if len(toks) == 0 {
		p.errorf(n, "empty pattern")
		return
	}
	pat.Tokens = toks
	verbs := 0
	for k, tk := range toks {
		if tk.Kind == TokVerb {
			verbs++
			if verbs == 1 {
				pat.HasVerb = true
				pat.Before, pat.After = toks[:k:k], toks[k+1:]
			}
		}
	}
	switch {
	case verbs == 0:
		pat.Before = toks
		p.errorf(n, "pattern without the verb '*'")
	case verbs > 1:
		p.errorf(n, "pattern with %d '*'", verbs)
	}
	p.block.Patterns = append(p.block.Patterns, pat)
}

// tokens parses the pattern text before the code.
func (p *verbParser) tokens(s string) ([]Token, error) {
	var out []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '(' || c == '{':
			closeCh := byte(')')
			if c == '{' {
				closeCh = '}'
			}
			j := matching(s, i, c, closeCh)
			if j < 0 {
				return nil, fmt.Errorf("'%c' without '%c'", c, closeCh)
			}
			sub, err := p.tokens(s[i+1 : j])
			if err != nil {
				return nil, err
			}
			tk := Token{Kind: TokPhrase, Sub: sub}
			if c == '(' {
				tk.Kind = TokPrep
				if len(sub) > 0 && sub[0].Kind == TokWord {
					tk.Text, tk.Alts = sub[0].Text, sub[0].Alts
					tk.Sub = sub[1:]
				}
				if tk.Text == "" {
					return nil, fmt.Errorf("prepositional phrase %q does not start with a preposition", s[i:j+1])
				}
			}
			if len(tk.Sub) == 0 {
				tk.Sub = nil
			}
			i = j + 1
			if i < len(s) && s[i] == '_' {
				tk.Joined = true
				i++
			}
			out = append(out, tk)
		case c == ')' || c == '}':
			return nil, fmt.Errorf("'%c' without its opening bracket", c)
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t(){}", rune(s[j])) {
				j++
			}
			w := s[i:j]
			if len(w) > 1 && w[0] == '*' && w[1] != '_' { // "*SCEPTICAL": a space left out
				p.errorf(p.n, "'*' written against the word %q; read as two tokens", w[1:])
				out = append(out, Token{Kind: TokVerb})
				w = w[1:]
			}
			out = append(out, p.chunk(w)...)
			i = j
		}
	}
	return out, nil
}

// matching finds the bracket that closes s[i].
func matching(s string, i int, open, close byte) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// chunk turns one space-delimited piece (IN_*, NEW_&TIETYPES_RELATIONS,
// BOMBING/EXPLOSION, $) into tokens. Pieces joined by '_' are marked
// Joined; a trailing '_' joins the piece to the next token.
func (p *verbParser) chunk(s string) []Token {
	parts := strings.Split(s, "_")
	var out []Token
	for k := 0; k < len(parts); k++ {
		w := parts[k]
		if w == "" {
			if len(out) > 0 {
				out[len(out)-1].Joined = true
			}
			continue
		}
		var tk Token
		switch w {
		case "*":
			tk.Kind = TokVerb
		case "$":
			tk.Kind = TokSource
		case "+":
			tk.Kind = TokTarget
		case "%":
			tk.Kind = TokCompound
		case "^":
			tk.Kind = TokSkip
		default:
			if w[0] == '&' && len(w) > 1 {
				name := w[1:]
				// PETRARCH-2: the rest of the piece is the name. PETRARCH-1:
				// the longest run of '_' parts that names a synset.
				if p.d.Style == StylePETR2 {
					name = strings.TrimSuffix(strings.Join(parts[k:], "_")[1:], "_")
					k = len(parts)
				} else {
					best := k
					for m := k + 1; m < len(parts); m++ {
						if p.defs[strings.Join(parts[k:m+1], "_")[1:]] {
							best = m
						}
					}
					name = strings.Join(parts[k:best+1], "_")[1:]
					k = best
				}
				tk = Token{Kind: TokSynset, Text: name}
				if strings.HasSuffix(s, "_") && k >= len(parts)-1 && p.d.Style == StylePETR1 {
					tk.Joined = true
				}
			} else {
				tk = Token{Kind: TokWord, Text: w}
				if strings.Contains(w, "/") && len(w) > 1 {
					alts := strings.Split(w, "/")
					ok := true
					for _, a := range alts {
						if a == "" {
							ok = false
						}
					}
					if ok {
						tk.Text, tk.Alts = alts[0], alts
					}
				}
			}
		}
		if k < len(parts)-1 {
			tk.Joined = true
		}
		out = append(out, tk)
	}
	return out
}

// checkRefs reports references to synsets that are not defined.
func (p *verbParser) checkRefs() {
	var walk func([]Token, int)
	walk = func(ts []Token, n int) {
		for _, t := range ts {
			if t.Kind == TokSynset && !p.defs[t.Text] {
				p.errorf(n, "synset &%s is not defined", t.Text)
			}
			walk(t.Sub, n)
		}
	}
	for _, b := range p.d.Blocks {
		for _, pt := range b.Patterns {
			walk(pt.Tokens, pt.Line)
		}
	}
	for _, s := range p.d.Synsets {
		for _, m := range s.Members {
			if m.Synset != "" && !p.defs[m.Synset] {
				p.errorf(m.Line, "synset &%s is not defined", m.Synset)
			}
		}
	}
}
