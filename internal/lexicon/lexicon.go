package lexicon

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Kind says what an entry names.
type Kind uint8

// The kinds of entries.
const (
	Actor   Kind = iota + 1 // an organisation, region or group with a fixed code (IGOUNO, CAS)
	Country                 // a country or territory, its names, demonyms and metonyms (RUS, RUSGOV)
	Person                  // a person whose code depends on the date
	Agent                   // a role word: minister, troops, protesters (code GOV, MIL, ...)
	Place                   // a place with coordinates, for event locations
)

var kindNames = [...]string{"", "actor", "country", "person", "agent", "place"}

// String returns the kind's name as used in dictionary section headers.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k > 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// ParseKind returns the kind named s ("actors" and "actor" alike).
func ParseKind(s string) (Kind, bool) {
	s = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), "s")
	switch s {
	case "actor", "igo", "organisation", "organization":
		return Actor, true
	case "countrie", "country":
		return Country, true
	case "person", "people", "peopl":
		return Person, true
	case "agent", "role":
		return Agent, true
	case "place":
		return Place, true
	}
	return 0, false
}

// DatedCode is a code valid from From (inclusive) to To (exclusive), both ISO
// dates YYYY-MM-DD; "" means open. A code with both ends open always applies.
type DatedCode struct {
	Code, From, To string
}

// Applies reports whether the code is valid on date (YYYY-MM-DD).
func (d DatedCode) Applies(date string) bool {
	if d.From != "" && date < d.From {
		return false
	}
	if d.To != "" && date >= d.To {
		return false
	}
	return true
}

// Undated reports whether neither end of the range is set.
func (d DatedCode) Undated() bool { return d.From == "" && d.To == "" }

// Entry is one dictionary entry: all its names and its codes.
type Entry struct {
	Kind   Kind
	Names  []string    // as written; Names[0] is the canonical name
	Codes  []DatedCode // for agents, the role code without "~"
	Source string      // "file:line" of the entry, or the source given to Add*
	// Places only.
	Lat, Lon float64
	HasCoord bool
	// Notes are the comments on the entry's code lines, in order (e.g. the
	// office a person held); Notes[i] belongs to Codes[i] when set.
	Notes []string
}

// Name returns the canonical name.
func (e *Entry) Name() string {
	if len(e.Names) == 0 {
		return ""
	}
	return e.Names[0]
}

// Resolve returns the entry's code on date (YYYY-MM-DD; longer strings such
// as timestamps are cut to their date): the first dated code whose range
// contains the date, else the first undated code, else "". An empty date
// means "now": the code of the latest range, or the undated one.
func (e *Entry) Resolve(date string) string {
	if len(date) > 10 {
		date = date[:10]
	}
	if date == "" {
		best := -1
		for i, c := range e.Codes {
			if c.To == "" && !c.Undated() {
				if best < 0 || c.From > e.Codes[best].From {
					best = i
				}
			}
		}
		if best >= 0 {
			return e.Codes[best].Code
		}
		for _, c := range e.Codes {
			if c.Undated() {
				return c.Code
			}
		}
		return ""
	}
	for _, c := range e.Codes {
		if !c.Undated() && c.Applies(date) {
			return c.Code
		}
	}
	for _, c := range e.Codes {
		if c.Undated() {
			return c.Code
		}
	}
	return ""
}

// Country returns the country part (first three letters) of the entry's most
// recent code, or "" when it has none; for agents and IGOs it is "".
func (e *Entry) Country() string {
	if e.Kind == Agent || len(e.Codes) == 0 {
		return ""
	}
	best := e.Codes[0]
	for _, c := range e.Codes[1:] {
		if c.To == "" || (best.To != "" && c.To > best.To) {
			best = c
		}
	}
	if len(best.Code) < 3 || strings.HasPrefix(best.Code, "IGO") {
		return ""
	}
	return best.Code[:3]
}

// Match is a dictionary match in a sequence of words.
type Match struct {
	End    int    // exclusive index of the word after the match
	Code   string // the entry's code resolved for the date; "" if none applies
	Kind   Kind
	Source string // "file:line"
	Entry  *Entry
}

// node is a trie node keyed on normalised words.
type node struct {
	next    map[string]*node
	entries []*Entry
}

// Lexicon is a set of dictionary entries indexed for matching. It is safe
// for concurrent matching once loaded; adding is not concurrent-safe.
type Lexicon struct {
	root    node
	entries []*Entry
}

// New returns an empty lexicon.
func New() *Lexicon {
	return &Lexicon{root: node{next: map[string]*node{}}}
}

// Entries returns all entries in the order they were added.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Count returns the number of entries of kind k.
func (l *Lexicon) Count(k Kind) int {
	n := 0
	for _, e := range l.entries {
		if e.Kind == k {
			n++
		}
	}
	return n
}

// AddActor adds an actor phrase with its (possibly dated) codes.
func (l *Lexicon) AddActor(phrase string, codes []DatedCode, source string) error {
	return l.Add(&Entry{Kind: Actor, Names: []string{phrase}, Codes: codes, Source: source})
}

// AddAgent adds a role word such as "minister" with its role code ("GOV" or
// PETRARCH-style "~GOV"); the plural is generated ("ministers"), and
// possessives ("minister's", "ministers'") match through normalisation.
func (l *Lexicon) AddAgent(phrase string, code string, source string) error {
	return l.Add(&Entry{Kind: Agent, Names: []string{phrase}, Codes: []DatedCode{{Code: code}}, Source: source})
}

// Add validates an entry and indexes all its names (and, for agents, their
// plurals). The entry must not be changed afterwards.
func (l *Lexicon) Add(e *Entry) error {
	if e == nil {
		return errors.New("nil entry")
	}
	if e.Kind < Actor || e.Kind > Place {
		return fmt.Errorf("%s: bad kind %d", e.Source, e.Kind)
	}
	if len(e.Names) == 0 {
		return fmt.Errorf("%s: entry has no name", e.Source)
	}
	for i := range e.Codes {
		c := &e.Codes[i]
		if e.Kind == Agent {
			c.Code = strings.TrimPrefix(c.Code, "~")
		}
		if err := checkCodeSyntax(c.Code); err != nil {
			return fmt.Errorf("%s: %w", e.Source, err)
		}
		for _, d := range []string{c.From, c.To} {
			if d != "" && !validDate(d) {
				return fmt.Errorf("%s: bad date %q (want YYYY-MM-DD)", e.Source, d)
			}
		}
		if c.From != "" && c.To != "" && c.To <= c.From {
			return fmt.Errorf("%s: range %s..%s ends before it starts", e.Source, c.From, c.To)
		}
	}
	keys := make([][]string, 0, 2*len(e.Names))
	for _, name := range e.Names {
		k := phraseKey(name)
		if len(k) == 0 {
			return fmt.Errorf("%s: name %q has no words", e.Source, name)
		}
		keys = append(keys, k)
		if strings.Contains(name, "-") {
			// Tokenizers may split hyphens off or drop them.
			for _, sep := range []string{" ", " - "} {
				if k2 := phraseKey(strings.ReplaceAll(name, "-", sep)); len(k2) > 0 {
					keys = append(keys, k2)
				}
			}
		}
		if e.Kind == Agent {
			for _, p := range plurals(name) {
				keys = append(keys, phraseKey(p))
			}
		}
	}
	l.entries = append(l.entries, e)
	seen := map[string]bool{}
	for _, k := range keys {
		id := strings.Join(k, "\x00")
		if seen[id] {
			continue
		}
		seen[id] = true
		n := &l.root
		for _, w := range k {
			if n.next == nil {
				n.next = map[string]*node{}
			}
			c := n.next[w]
			if c == nil {
				c = &node{}
				n.next[w] = c
			}
			n = c
		}
		n.entries = append(n.entries, e)
	}
	return nil
}

func checkCodeSyntax(code string) error {
	if code == "" {
		return errors.New("empty code")
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return fmt.Errorf("bad code %q (want capital letters, e.g. USAGOV)", code)
		}
	}
	return nil
}

func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i == 4 || i == 7 {
			continue
		}
		if r < '0' || r > '9' {
			return false
		}
	}
	m := (s[5]-'0')*10 + s[6] - '0'
	d := (s[8]-'0')*10 + s[9] - '0'
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// kindRank orders kinds for Match when several entries end at the same
// word: people and named actors before agents, places last.
var kindRank = [...]int{0, 1, 0, 0, 2, 3}

// Match returns the longest entry that starts at words[i], resolved for date
// (YYYY-MM-DD). When several entries share the longest span, it prefers a
// person, country or actor over an agent over a place, and among entries of
// one kind one whose code applies on the date. Places are matched only when
// nothing else is; use MatchKind(…, Place) for locations.
func (l *Lexicon) Match(words []string, i int, date string) (Match, bool) {
	return l.match(words, i, date, 0)
}

// MatchKind is Match restricted to entries of kind k.
func (l *Lexicon) MatchKind(words []string, i int, date string, k Kind) (Match, bool) {
	return l.match(words, i, date, k)
}

func (l *Lexicon) match(words []string, i int, date string, only Kind) (Match, bool) {
	if len(date) > 10 {
		date = date[:10]
	}
	var best Match
	found := false
	l.walk(words, i, func(end int, es []*Entry) {
		var pick *Entry
		pickCode := ""
		for _, e := range es {
			if only != 0 && e.Kind != only {
				continue
			}
			code := e.Resolve(date)
			if pick == nil || better(e, code, pick, pickCode) {
				pick, pickCode = e, code
			}
		}
		if pick == nil {
			return
		}
		// A longer match always wins over a shorter one.
		best = Match{End: end, Code: pickCode, Kind: pick.Kind, Source: pick.Source, Entry: pick}
		found = true
	})
	return best, found
}

func better(e *Entry, code string, than *Entry, thanCode string) bool {
	if kindRank[e.Kind] != kindRank[than.Kind] {
		return kindRank[e.Kind] < kindRank[than.Kind]
	}
	return code != "" && thanCode == ""
}

// MatchAll returns every entry that starts at words[i], longest first, each
// resolved for date.
func (l *Lexicon) MatchAll(words []string, i int, date string) []Match {
	if len(date) > 10 {
		date = date[:10]
	}
	var out []Match
	l.walk(words, i, func(end int, es []*Entry) {
		for _, e := range es {
			out = append(out, Match{End: end, Code: e.Resolve(date), Kind: e.Kind, Source: e.Source, Entry: e})
		}
	})
	sort.SliceStable(out, func(a, b int) bool { return out[a].End > out[b].End })
	return out
}

// walk calls f for each prefix length with entries, shortest first.
func (l *Lexicon) walk(words []string, i int, f func(end int, es []*Entry)) {
	if i < 0 || i >= len(words) {
		return
	}
	var lowBuf, upBuf [64]byte
	n := &l.root
	for j := i; j < len(words) && n.next != nil; j++ {
		w := words[j]
		lb, ub, plain := wordKeyBytes(w, lowBuf[:0], upBuf[:0])
		var c *node
		if plain {
			c = n.next[w]
		} else {
			if j > i && (string(lb) == "'s" || string(lb) == "'") {
				continue // "People 's Republic": a split-off possessive inside a name
			}
			if ub != nil {
				c = n.next[string(ub)]
			}
			if c == nil {
				c = n.next[string(lb)]
			}
		}
		if c == nil {
			return
		}
		n = c
		if len(n.entries) > 0 {
			f(j+1, n.entries)
		}
	}
}
