package verbs

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode"
)

// This file reads dyad's own verb files (*.dyv, format in
// docs/DICTIONARIES.md, section "Verbs") into a Dict.
//
//	[verbs]
//	visit                      => 042
//	meet {met}                 => 040
//	meet with +                => 040
//	pay a visit to +           => 042
//	accuse + of                => 112
//	&SANCTIONS = sanctions | embargo | trade restrictions
//	impose &SANCTIONS on +     => 163
//	[nouns]
//	talks with +               => 046
//
// The first word of a phrase is the verb (or noun); "{...}" after it lists
// irregular forms. The other words are what must follow it, in order but
// not necessarily next to each other: particles, objects, prepositions.
// "+" is where the target sits; a preposition directly before "+"
// introduces it (the target lies in the phrase it heads). "$" marks the source, "&NAME" a synset,
// "*word" marks the verb when words must precede it. Articles (a, an, the)
// are dropped. A line with the verb alone gives its default code; a line
// "go {went gone}" without "=>" only lists irregular forms.

// VerbFileExt is the extension of dyad's verb files ("dyad verbs"; the
// PETRARCH-2 layout files that Dict.LoadFS reads are "*.verbs").
const VerbFileExt = ".dyv"

// DyadRule is one phrase of a dyad verb file.
type DyadRule struct {
	Noun    bool     // from a [nouns] section
	Head    string   // the verb or noun lemma, lower case
	Forms   []string // irregular forms given in {...}
	Pre     []Elem   // elements before the head (rare)
	Post    []Elem   // elements after the head
	Code    string   // CAMEO code, "---" for none
	Reverse string
	Text    string // the phrase as written (normalised spacing)
	Source  string // file:line
}

// DyadLoader collects dyad verb files and builds a Dict from them. Files
// added later override earlier phrases written the same way, so a user's
// extra file can change a shipped code.
type DyadLoader struct {
	rules   []*DyadRule
	byText  map[string]int // noun/verb + text → index in rules
	synsets map[string][][]string
	synSrc  map[string]string
	forms   map[string][]string
}

// NewDyadLoader returns an empty loader.
func NewDyadLoader() *DyadLoader {
	return &DyadLoader{byText: map[string]int{}, synsets: map[string][][]string{},
		synSrc: map[string]string{}, forms: map[string][]string{}}
}

// Rules returns the rules read so far, in order.
func (l *DyadLoader) Rules() []*DyadRule { return l.rules }

// Synsets returns the synsets read so far.
func (l *DyadLoader) Synsets() map[string][][]string { return l.synsets }

// AddFS reads every *.dyv file under fsys, in path order.
func (l *DyadLoader) AddFS(fsys fs.FS) []error {
	var errs []error
	for _, p := range VerbFiles(fsys, &errs) {
		f, err := fsys.Open(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		errs = append(errs, l.Add(f, p)...)
		f.Close()
	}
	return errs
}

// VerbFiles lists the verb files (*.dyv) under fsys in path order.
func VerbFiles(fsys fs.FS, errs *[]error) []string {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			*errs = append(*errs, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && strings.EqualFold(path.Ext(p), VerbFileExt) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		*errs = append(*errs, err)
	}
	sort.Strings(files)
	return files
}

// Add reads one verb file from r; name is used in errors and rule names.
// Bad lines are reported with name:line and skipped.
func (l *DyadLoader) Add(r io.Reader, name string) []error {
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	lineNo := 0
	noun := false
	for sc.Scan() {
		lineNo++
		src := fmt.Sprintf("%s:%d", name, lineNo)
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		switch {
		case line[0] == '[':
			sec := strings.ToLower(strings.TrimSpace(strings.Trim(line, "[]")))
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, fmt.Errorf("%s: unclosed section header %q", src, line))
				continue
			}
			switch sec {
			case "verbs":
				noun = false
			case "nouns":
				noun = true
			default:
				errs = append(errs, fmt.Errorf("%s: unknown section [%s] (want [verbs] or [nouns])", src, sec))
			}
		case line[0] == '&' && !strings.Contains(line, "=>"):
			if err := l.addSynset(line, src); err != nil {
				errs = append(errs, err)
			}
		case !strings.Contains(line, "=>") && strings.Contains(line, "{"):
			// "go {went gone}": irregular forms only, no phrase.
			r, err := parseDyadPhrase(line, src, false)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if len(r.Pre)+len(r.Post) > 0 || len(r.Forms) == 0 {
				errs = append(errs, fmt.Errorf("%s: a forms line is one word and its forms: %q", src, line))
				continue
			}
			l.forms[r.Head] = appendNew(l.forms[r.Head], r.Forms...)
		default:
			rs, err := parseDyadLine(line, src, noun)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			for _, r := range rs {
				l.addRule(r)
			}
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s:%d: %v", name, lineNo+1, err))
	}
	return errs
}

func (l *DyadLoader) addRule(r *DyadRule) {
	key := r.Text
	if r.Noun {
		key = "noun:" + key
	}
	if len(r.Forms) > 0 {
		l.forms[r.Head] = appendNew(l.forms[r.Head], r.Forms...)
	}
	if i, ok := l.byText[key]; ok {
		l.rules[i] = r
		return
	}
	l.byText[key] = len(l.rules)
	l.rules = append(l.rules, r)
}

func appendNew(xs []string, ys ...string) []string {
	for _, y := range ys {
		dup := false
		for _, x := range xs {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			xs = append(xs, y)
		}
	}
	return xs
}

// addSynset reads "&NAME = phrase | phrase".
func (l *DyadLoader) addSynset(line, src string) error {
	nm, body, ok := strings.Cut(line[1:], "=")
	nm = strings.TrimSpace(nm)
	if !ok || !validSynsetName(nm) {
		return fmt.Errorf("%s: synset line must read &NAME = phrase | phrase (NAME in capitals): %q", src, line)
	}
	var phs [][]string
	for _, ph := range strings.Split(body, "|") {
		ws := strings.Fields(strings.ToLower(ph))
		if len(ws) == 0 {
			return fmt.Errorf("%s: empty phrase in synset &%s", src, nm)
		}
		for _, w := range ws {
			if !validWord(w) {
				return fmt.Errorf("%s: bad word %q in synset &%s", src, w, nm)
			}
		}
		phs = append(phs, ws)
	}
	if prev, ok := l.synSrc[nm]; ok && !strings.HasPrefix(prev, src[:strings.LastIndexByte(src, ':')+1]) {
		// A synset defined again in another file replaces the old one.
		l.synsets[nm] = nil
	}
	l.synSrc[nm] = src
	l.synsets[nm] = append(l.synsets[nm], phs...)
	return nil
}

func validSynsetName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// validWord accepts the words of a phrase: letters, digits and the
// inner punctuation of words (hyphen, apostrophe, period).
func validWord(w string) bool {
	if w == "" {
		return false
	}
	letters := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			letters++
		case c == '-' || c == '\'' || c == '.':
		default:
			return false
		}
	}
	return letters > 0
}

var articles = map[string]bool{"a": true, "an": true, "the": true}

// prepositions introduce a target when they stand just before "+": the
// target must then lie in the phrase the preposition heads.
var prepositions = map[string]bool{"about": true, "above": true, "across": true, "after": true,
	"against": true, "along": true, "amid": true, "among": true, "around": true, "as": true, "at": true,
	"before": true, "behind": true, "between": true, "beyond": true, "by": true, "during": true,
	"for": true, "from": true, "in": true, "inside": true, "into": true, "near": true, "of": true,
	"off": true, "on": true, "onto": true, "outside": true, "over": true, "past": true, "since": true,
	"through": true, "to": true, "toward": true, "towards": true, "under": true, "upon": true,
	"via": true, "with": true, "within": true, "without": true}

// parseDyadLine parses "PHRASE | PHRASE => CODE[:REVERSE]".
func parseDyadLine(line, src string, noun bool) ([]*DyadRule, error) {
	lhs, rhs, ok := strings.Cut(line, "=>")
	if !ok {
		return nil, fmt.Errorf("%s: missing \"=> CODE\": %q", src, line)
	}
	code, rev, err := parseDyadCode(rhs)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", src, err)
	}
	var out []*DyadRule
	for _, ph := range strings.Split(lhs, "|") {
		r, err := parseDyadPhrase(ph, src, noun)
		if err != nil {
			return nil, err
		}
		r.Code, r.Reverse = code, rev
		out = append(out, r)
	}
	return out, nil
}

func parseDyadCode(s string) (string, string, error) {
	s = strings.TrimSpace(s)
	c, r, hasRev := strings.Cut(s, ":")
	c, r = strings.TrimSpace(c), strings.TrimSpace(r)
	if c == "-" || c == "---" {
		if hasRev {
			return "", "", fmt.Errorf("no-event code %q takes no reverse code", s)
		}
		return "---", "", nil
	}
	if !isCode(c) {
		return "", "", fmt.Errorf("bad event code %q (want 2 to 4 digits, or - for none)", c)
	}
	if hasRev && !isCode(r) {
		return "", "", fmt.Errorf("bad reverse code %q", r)
	}
	return c, r, nil
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseDyadPhrase parses one phrase: head {forms} words + ...
func parseDyadPhrase(ph, src string, noun bool) (*DyadRule, error) {
	r := &DyadRule{Noun: noun, Source: src}
	// Forms in braces.
	if i := strings.IndexByte(ph, '{'); i >= 0 {
		j := strings.IndexByte(ph[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("%s: unclosed { in %q", src, strings.TrimSpace(ph))
		}
		for _, f := range strings.FieldsFunc(ph[i+1:i+j], func(c rune) bool { return c == ',' || unicode.IsSpace(c) }) {
			f = strings.ToLower(f)
			if !validWord(f) {
				return nil, fmt.Errorf("%s: bad form %q", src, f)
			}
			r.Forms = append(r.Forms, f)
		}
		if strings.TrimSpace(ph[:i]) == "" || strings.ContainsAny(ph[i+j+1:], "{}") {
			return nil, fmt.Errorf("%s: forms {...} must follow the head word once: %q", src, strings.TrimSpace(ph))
		}
		ph = ph[:i] + " " + ph[i+j+1:]
	}
	if strings.ContainsAny(ph, "{}") {
		return nil, fmt.Errorf("%s: stray brace in %q", src, strings.TrimSpace(ph))
	}
	toks := strings.Fields(strings.ToLower(ph))
	if len(toks) == 0 {
		return nil, fmt.Errorf("%s: empty phrase", src)
	}
	head := 0
	stars := 0
	for i, t := range toks {
		if strings.HasPrefix(t, "*") {
			head = i
			stars++
			toks[i] = t[1:]
		}
	}
	if stars > 1 {
		return nil, fmt.Errorf("%s: two * in %q", src, strings.TrimSpace(ph))
	}
	if !validWord(toks[head]) {
		return nil, fmt.Errorf("%s: the head %q is not a word", src, toks[head])
	}
	if noun && head != 0 {
		return nil, fmt.Errorf("%s: a noun phrase starts with its noun: %q", src, strings.TrimSpace(ph))
	}
	r.Head = toks[head]
	r.Text = strings.Join(toks, " ")
	if stars > 0 {
		r.Text = strings.Join(toks[:head], " ") + " *" + strings.Join(toks[head:], " ")
		r.Text = strings.TrimSpace(r.Text)
	}
	group := 0
	conv := func(ts []string) ([]Elem, error) {
		var els []Elem
		for i, t := range ts {
			e := Elem{}
			switch {
			case t == "+":
				e.Kind = Target
			case t == "$":
				e.Kind = Source
			case t == "%":
				e.Kind = Compound
			case strings.HasPrefix(t, "&"):
				nm := strings.ToUpper(t[1:])
				if !validSynsetName(nm) {
					return nil, fmt.Errorf("%s: bad synset name %q", src, t)
				}
				e.Kind, e.Text = Synset, nm
			case articles[t]:
				continue
			case validWord(t):
				e.Kind, e.Text = Word, t
				if i+1 < len(ts) && ts[i+1] == "+" && prepositions[t] {
					group++
					e.Prep, e.Group = true, group
				}
			default:
				return nil, fmt.Errorf("%s: bad word %q in %q", src, t, strings.TrimSpace(ph))
			}
			if e.Kind == Target && len(els) > 0 && els[len(els)-1].Prep {
				e.Group = els[len(els)-1].Group
			}
			els = append(els, e)
		}
		return els, nil
	}
	var err error
	if r.Pre, err = conv(toks[:head]); err != nil {
		return nil, err
	}
	if r.Post, err = conv(toks[head+1:]); err != nil {
		return nil, err
	}
	nt := 0
	for _, e := range append(append([]Elem(nil), r.Pre...), r.Post...) {
		if e.Kind == Target {
			nt++
		}
	}
	if nt > 1 {
		return nil, fmt.Errorf("%s: more than one target + in %q", src, strings.TrimSpace(ph))
	}
	if len(r.Pre)+len(r.Post) > 0 && literalCount(r.Pre)+literalCount(r.Post) == 0 {
		return nil, fmt.Errorf("%s: a phrase needs a word besides the head and markers: %q", src, strings.TrimSpace(ph))
	}
	return r, nil
}

func literalCount(els []Elem) int {
	n := 0
	for _, e := range els {
		if e.Kind == Word || e.Kind == Synset {
			n++
		}
	}
	return n
}

// Check reports rules that use an undefined synset, and codes that valid
// rejects (valid may be nil).
func (l *DyadLoader) Check(valid func(code string) bool) []error {
	var errs []error
	for _, r := range l.rules {
		for _, e := range append(append([]Elem(nil), r.Pre...), r.Post...) {
			if e.Kind == Synset {
				if _, ok := l.synsets[e.Text]; !ok {
					errs = append(errs, fmt.Errorf("%s: unknown synset &%s", r.Source, e.Text))
				}
			}
		}
		if valid == nil {
			continue
		}
		for _, c := range []string{r.Code, r.Reverse} {
			if c != "" && c != "---" && !valid(c) {
				errs = append(errs, fmt.Errorf("%s: %q is not a CAMEO event code", r.Source, c))
			}
		}
	}
	return errs
}

// Dict builds the verb dictionary: one block per verb lemma, whose code is
// that of the verb alone and whose patterns are its phrases; nouns go to
// Dict.Nouns under their lemma and its plural or singular.
func (l *DyadLoader) Dict() *Dict {
	d := New()
	l.AddTo(d)
	return d
}

// AddTo adds the loader's verbs, nouns and synsets to d.
func (l *DyadLoader) AddTo(d *Dict) {
	for nm, phs := range l.synsets {
		d.Synsets[nm] = append(d.Synsets[nm], phs...)
	}
	blocks := map[string]*Block{}
	var order []string
	nounBlocks := map[string]*Block{}
	var nounOrder []string
	for _, r := range l.rules {
		m, ord := blocks, &order
		if r.Noun {
			m, ord = nounBlocks, &nounOrder
		}
		b := m[r.Head]
		if b == nil {
			b = &Block{Name: r.Head, Source: r.Source}
			b.Verbs = []*Verb{{Lemma: r.Head, Forms: l.forms[r.Head], Source: r.Source}}
			m[r.Head] = b
			*ord = append(*ord, r.Head)
		}
		if len(r.Pre)+len(r.Post) == 0 {
			b.Code, b.Reverse = r.Code, r.Reverse
			b.Verbs[0].Source = r.Source
			continue
		}
		p := &Pattern{Pre: r.Pre, Post: r.Post, Code: r.Code, Reverse: r.Reverse, Source: r.Source}
		for _, e := range append(append([]Elem(nil), r.Pre...), r.Post...) {
			if e.Kind == Word {
				p.Words = append(p.Words, e.Text)
			}
		}
		b.Patterns = append(b.Patterns, p)
	}
	for _, h := range order {
		b := blocks[h]
		// The coder takes the first of the patterns that match the most
		// words: among those, a no-event phrase, then the more specific
		// code ("provide &ECONAID to +" 071 before "provide &AID to +" 070).
		sort.SliceStable(b.Patterns, func(i, j int) bool {
			return specificity(b.Patterns[i].Code) > specificity(b.Patterns[j].Code)
		})
		if b.Code == "" {
			// Without a line for the verb alone, only its phrases code.
			b.Code = "---"
		}
		d.AddBlock(b)
	}
	for _, h := range nounOrder {
		b := nounBlocks[h]
		if b.Code == "" && len(b.Patterns) > 0 {
			// A noun codes with the code of its first phrase.
			b.Code, b.Reverse = b.Patterns[0].Code, b.Patterns[0].Reverse
		}
		e := Entry{Verb: b.Verbs[0], Block: b}
		for _, k := range nounKeys(h) {
			d.AddNoun(k, e)
		}
	}
	d.Finish()
}

// specificity ranks codes for ties: "---" first, then by the number of
// digits, then codes that do not end in 0 ("not specified further").
func specificity(code string) int {
	if code == "---" {
		return 100
	}
	n := 2 * len(code)
	if code != "" && code[len(code)-1] != '0' {
		n++
	}
	return n
}

// nounKeys are the lemma keys of a noun as written: itself and its
// singular or plural.
func nounKeys(w string) []string {
	out := []string{w}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		out = append(out, w[:len(w)-3]+"y")
	case strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		out = append(out, w[:len(w)-2])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		out = append(out, w[:len(w)-1])
	default:
		out = append(out, Inflect(w)[0])
	}
	return out
}

// LoadDyad reads the verb files of several folders, in order, into a new
// Dict; later folders override earlier phrases.
func LoadDyad(fss ...fs.FS) (*Dict, []error) {
	l := NewDyadLoader()
	var errs []error
	for _, f := range fss {
		errs = append(errs, l.AddFS(f)...)
	}
	errs = append(errs, l.Check(nil)...)
	return l.Dict(), errs
}
