package verbs

import (
	"sort"
	"strings"
)

// ElemKind says what one element of a pattern matches.
type ElemKind int

const (
	Word     ElemKind = iota // a literal word (lower case)
	Synset                   // any phrase of a named synset
	Target                   // the target actor sits here (+)
	Source                   // the source actor sits here ($)
	Compound                 // a compound actor: source and target both (%)
	Skip                     // any noun phrase or word (^)
)

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	Text string // the word (lower case) or synset name (upper case, without &)
	// Adjacent is true when the element must directly follow the one
	// before it in the pattern (joined by "_" in PETRARCH files).
	Adjacent bool
	// Group is >0 for elements inside the same "(...)" or "{...}" group.
	Group int
	// Prep is true for the first word of a "(PREP ...)" group.
	Prep bool
}

// Pattern is one pattern of a verb block: elements before and after the
// verb, the event code, and an optional code for the reverse direction.
type Pattern struct {
	Pre  []Elem // in sentence order, ending just before the verb
	Post []Elem // in sentence order, starting just after the verb
	// PreAdjacent is true when the last Pre element must directly precede
	// the verb ("IN_*"); Post[0].Adjacent says the same after it ("*_OUT").
	PreAdjacent bool
	Code        string // event code; "---" suppresses the event
	// Reverse, when not "", codes a second event target→source.
	Reverse string
	Source  string // file:line
	// Words lists the literal words of the pattern: a sentence without
	// all of them cannot match it.
	Words []string
}

// Literals counts the word and synset elements: the pattern's specificity.
func (p *Pattern) Literals() int {
	n := 0
	for _, e := range p.Pre {
		if e.Kind == Word || e.Kind == Synset {
			n++
		}
	}
	for _, e := range p.Post {
		if e.Kind == Word || e.Kind == Synset {
			n++
		}
	}
	return n
}

// Verb is one verb (or phrasal verb) of a block.
type Verb struct {
	Lemma string // the head word, lower case: "stir" for STIR_UP
	// Before and After are the other words of a multi-word verb, lower
	// case, in order: "up" for STIR_UP; "klm", "nop" for KLM_NOP_+RST.
	Before, After []string
	Forms         []string // inflected forms listed in {...}, lower case
	Code          string   // the verb's own default code, "" = the block's
	Reverse       string
	Source        string // file:line
}

// Block is a group of verbs sharing patterns and a default code.
type Block struct {
	Name     string
	Code     string // default code; "---" = none
	Reverse  string
	Verbs    []*Verb
	Patterns []*Pattern
	Source   string
}

// Entry is what a lookup returns: a verb and the block it belongs to.
type Entry struct {
	Verb  *Verb
	Block *Block
}

// Code is the entry's default code and reverse code.
func (e Entry) Code() (string, string) {
	if e.Verb.Code != "" {
		return e.Verb.Code, e.Verb.Reverse
	}
	return e.Block.Code, e.Block.Reverse
}

// Dict is a verb dictionary. Build it with New and Add, or a loader.
type Dict struct {
	Blocks  []*Block
	Synsets map[string][][]string // name → phrases (lower case words)
	index   map[string][]Entry    // lemma or form → entries
	// synFirst indexes each synset's phrases by their first word.
	synFirst map[string]map[string][][]string
	// Nouns maps a noun lemma to entries that code it as a predicate
	// ("talks", "visit"); optional.
	Nouns map[string][]Entry
	// Transforms are the dictionary's rules for an event reported by
	// another ("X said Y attacked Z"), in file order; none in
	// dictionaries without them.
	Transforms []Transform
}

// Transform is a rule that turns an event inside the clause of another
// verb into one event, as PETRARCH-2's "~ a (b . ATTACK) SAY = a b 112":
// variables name the outer source (Source), the inner event's source and
// target, and the result's source and target; "." and "_" leave a place
// open. Verb and InnerVerb name verb classes (SAY, CLAIM, ATTACK, WANT,
// ...; Q is any inner event), ResultCode a code or Q (the inner code).
type Transform struct {
	Source, InnerSource, InnerTarget, InnerVerb, Verb string
	ResultSource, ResultTarget, ResultCode            string
	Rule                                              string // file:line
}

// New returns an empty dictionary.
func New() *Dict {
	return &Dict{Synsets: map[string][][]string{}, index: map[string][]Entry{}, Nouns: map[string][]Entry{}}
}

// AddBlock adds a block and indexes its verbs.
func (d *Dict) AddBlock(b *Block) {
	d.Blocks = append(d.Blocks, b)
	for _, v := range b.Verbs {
		d.indexVerb(Entry{Verb: v, Block: b})
	}
}

// indexVerb indexes a verb under its lemma, its listed forms and its
// regular inflections.
func (d *Dict) indexVerb(e Entry) {
	v := e.Verb
	keys := append([]string{v.Lemma}, v.Forms...)
	keys = append(keys, Inflect(v.Lemma)...)
	seen := map[string]bool{}
	for _, k := range keys {
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		// A later block that lists the same verb replaces the earlier one
		// (PETRARCH dictionaries repeat verbs across blocks and the last
		// definition is the one their authors maintain); multi-word verbs
		// with different words live side by side.
		es := d.index[k]
		kept := es[:0]
		for _, x := range es {
			if x.Block != e.Block && sameWords(x.Verb, v) && x.Verb.Lemma == v.Lemma {
				continue
			}
			kept = append(kept, x)
		}
		d.index[k] = append(kept, e)
	}
}

func sameWords(a, b *Verb) bool {
	if len(a.Before) != len(b.Before) || len(a.After) != len(b.After) {
		return false
	}
	for i := range a.Before {
		if a.Before[i] != b.Before[i] {
			return false
		}
	}
	for i := range a.After {
		if a.After[i] != b.After[i] {
			return false
		}
	}
	return true
}

// AddNoun registers a noun predicate: lemma coded like a verb entry.
func (d *Dict) AddNoun(lemma string, e Entry) {
	d.Nouns[lemma] = append(d.Nouns[lemma], e)
}

// Lookup returns the entries for a word: by lemma first, then by form.
// Both are lower-cased by the caller.
func (d *Dict) Lookup(lemma, form string) []Entry {
	if d == nil {
		return nil
	}
	if form != lemma {
		// A dictionary that lists the inflected form as a verb of its own
		// ("LEFT" beside "LEAVE") means that form.
		var own []Entry
		for _, e := range d.index[form] {
			if e.Verb.Lemma == form {
				own = append(own, e)
			}
		}
		if len(own) > 0 {
			return mergeEntries(own, mergeEntries(d.index[lemma], d.index[form]))
		}
	}
	if es := d.index[lemma]; len(es) > 0 {
		if form != lemma {
			if fs := d.index[form]; len(fs) > 0 {
				return mergeEntries(es, fs)
			}
		}
		return es
	}
	return d.index[form]
}

func mergeEntries(a, b []Entry) []Entry {
	out := append([]Entry(nil), a...)
	for _, e := range b {
		dup := false
		for _, x := range a {
			if x.Verb == e.Verb {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

// Len is the number of indexed verb keys.
func (d *Dict) Len() int { return len(d.index) }

// Lemmas lists the indexed keys, sorted (for tests and tools).
func (d *Dict) Lemmas() []string {
	out := make([]string, 0, len(d.index))
	for k := range d.index {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// SynsetHas reports whether the synset contains a one-word phrase w.
func (d *Dict) SynsetHas(name, w string) bool {
	for _, ph := range d.Synsets[name] {
		if len(ph) == 1 && ph[0] == w {
			return true
		}
	}
	return false
}

// NormCode cleans a code as written in a dictionary: trims spaces and
// brackets; "" and "---" mean no event.
func NormCode(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "[]"))
	return s
}

// Inflect returns the regular inflected forms of a verb: third person,
// past and participles, with the spelling rules of English (stop → stopped,
// try → tried, make → making). Irregular forms come from the dictionary.
func Inflect(w string) []string {
	if w == "" {
		return nil
	}
	n := len(w)
	last := w[n-1]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var out []string
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "o"):
		out = append(out, w+"es")
	case last == 'y' && n > 1 && !vowel(w[n-2]):
		out = append(out, w[:n-1]+"ies")
	default:
		out = append(out, w+"s")
	}
	switch {
	case last == 'e':
		out = append(out, w+"d", w[:n-1]+"ing")
		if strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe") {
			out = append(out, w+"ing")
		}
	case last == 'y' && n > 1 && !vowel(w[n-2]):
		out = append(out, w[:n-1]+"ied", w+"ing")
	default:
		out = append(out, w+"ed", w+"ing")
		// Doubled final consonant after a single vowel: stop, ban, refer.
		if n >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(w[n-2]) && !vowel(w[n-3]) {
			out = append(out, w+string(last)+"ed", w+string(last)+"ing")
		}
	}
	return out
}

// SynsetPhrases returns the phrases of synset name that start with word w.
func (d *Dict) SynsetPhrases(name, w string) [][]string {
	if d.synFirst == nil {
		return nil
	}
	return d.synFirst[name][w]
}

// HasSynset reports whether name is a known synset.
func (d *Dict) HasSynset(name string) bool {
	_, ok := d.Synsets[name]
	return ok
}

// Finish indexes the synsets for matching; loaders call it, and callers
// that build a Dict by hand call it after their last change.
func (d *Dict) Finish() {
	d.synFirst = make(map[string]map[string][][]string, len(d.Synsets))
	for name, phs := range d.Synsets {
		m := map[string][][]string{}
		for _, ph := range phs {
			if len(ph) > 0 {
				m[ph[0]] = append(m[ph[0]], ph)
			}
		}
		d.synFirst[name] = m
	}
}
