package coder

import (
	"strings"
	"sync"
	"time"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
	"github.com/dyad-events/dyad/internal/verbs"
)

// Options choose what the coder keeps.
type Options struct {
	// IncludeNonfactual keeps negated, conditional, question and intent
	// events (flagged in Event.Factuality).
	IncludeNonfactual bool
	// AllowMissingTarget keeps events that have a source but no target.
	AllowMissingTarget bool
}

// Coder codes events. It is read-only after New and safe for concurrent use.
type Coder struct {
	v    *verbs.Dict
	ont  *cameo.Ontology
	opts Options
	// Skip, when set, says a sentence must not be coded (discards).
	Skip func(s *doc.Sentence) bool
	// Gazetteer, when set, resolves event locations to a country and
	// coordinates (its Place entries).
	Gazetteer *lexicon.Lexicon
	pool      sync.Pool // of *analysis, reused between sentences
}

// New returns a Coder over a verb dictionary and the CAMEO ontology (nil
// ontology: codes are written as the dictionary gives them, without
// Goldstein, quad class or PLOVER).
func New(v *verbs.Dict, ont *cameo.Ontology, opts Options) *Coder {
	return &Coder{v: v, ont: ont, opts: opts}
}

// Code fills the Events of every sentence of d from its tokens and
// mentions.
func (c *Coder) Code(d *doc.Document) {
	for i := range d.Sentences {
		c.CodeSentence(d, i)
	}
}

// CodeSentence codes sentence si of d, replacing its Events.
func (c *Coder) CodeSentence(d *doc.Document, si int) {
	s := &d.Sentences[si]
	s.Events = s.Events[:0]
	if len(s.Tokens) == 0 || c == nil || c.v == nil {
		return
	}
	if c.Skip != nil && c.Skip(s) {
		return
	}
	a := c.getAnalysis(s)
	defer c.pool.Put(a)
	a.date = d.Date
	// The events told so far, nearest last: the lead's (its first three
	// sentences, a dateline among them), whose event the story keeps
	// referring to ("the White House condemned the shelling" seven
	// sentences on), then the last three sentences'.
	a.prior = a.prior[:0]
	for j := 0; j < 3 && j < si-3; j++ {
		a.prior = append(a.prior, d.Sentences[j].Events...)
	}
	for j := max(0, si-3); j < si; j++ {
		a.prior = append(a.prior, d.Sentences[j].Events...)
	}
	seen := map[[3]string]bool{}
	// Has an earlier sentence placed an event on the document date's own
	// weekday? (The story's timeline has reached its date.) Only the lead
	// is read: the first eight sentences.
	timelineDay := false
	if base, err := time.Parse("2006-01-02", safePrefix(d.Date, 10)); err == nil {
		for j := 0; j < si && j < 8 && !timelineDay; j++ {
			timelineDay = mentionsWeekday(&d.Sentences[j], base.Weekday())
		}
	}
	for p := range s.Tokens {
		for _, ev := range c.codePredicate(a, p) {
			ev.DocID = d.ID
			ev.SentenceIndex = si
			if ev.weak || ev.Target == nil && !c.opts.AllowMissingTarget {
				continue
			}
			if ev.Factuality != "factual" && !c.opts.IncludeNonfactual {
				continue
			}
			if ownForces(&ev.Event) || a.attributed(ev.Target) || sameState(&ev.Event) || arrival(&ev.Event) {
				continue
			}
			if violentProtest(&ev.Event) {
				ev.CAMEO = "145"
				ev.Evidence.Rule += "+built-in:violent-protest"
			}
			tc := ""
			if ev.Target != nil {
				tc = ev.Target.Code
			}
			key := [3]string{ev.Source.Code, tc, ev.CAMEO}
			if seen[key] {
				continue
			}
			seen[key] = true
			ev.Date = eventDate(a, ev.predTok, d.Date, timelineDay)
			ev.Magnitude = magnitude(a, ev.predTok)
			ev.Location = location(a, ev.predTok)
			c.placeLocation(a, ev.Location, d.Date)
			c.fill(&ev.Event)
			ev.Evidence.Sentence = s.ID
			s.Events = append(s.Events, ev.Event)
			a.prior = append(a.prior, ev.Event)
		}
	}
	s.Events = foldVisits(s.Events)
}

// attributed reports whether actor x is named only as the source of a
// report, in an "according to" phrase: "shelled the camp, according to
// aid agencies" is not aimed at the agencies.
func (a *analysis) attributed(x *doc.Actor) bool {
	if x == nil {
		return false
	}
	for i := 1; i < len(a.toks); i++ {
		if a.lower[i-1] != "according" || a.lower[i] != "to" {
			continue
		}
		// the phrase runs from "to" to the next punctuation
		end := len(a.toks)
		for j := i + 1; j < len(a.toks); j++ {
			if a.toks[j].UPOS == "PUNCT" {
				end = j
				break
			}
		}
		if i+1 < end && x.Start >= a.toks[i+1].Start && x.End <= a.toks[end-1].End {
			return true
		}
	}
	return false
}

// arrival reports whether a visit (04x) is made by people with no office
// (migrants, civilians, tourists), of any country or none: "Nearly 1,000
// migrants have arrived in Finland", "tourists who visit its resorts"
// are no visits.
func arrival(e *doc.Event) bool {
	if rootOf(e.CAMEO) != 4 || e.Source == nil || len(e.Source.Code) < 6 {
		return false
	}
	switch e.Source.Code[3:6] {
	case "REF", "CVL", "PPL":
		return true
	}
	return false
}

// sameState reports whether an event's two sides are one state: a
// country and its government ("The United States, which is funding the
// mission" with "the mission" read as its own: USA and USAGOV).
func sameState(e *doc.Event) bool {
	if e.Source == nil || e.Target == nil {
		return false
	}
	s, t := e.Source.Code, e.Target.Code
	return len(s) == 3 && t == s+"GOV" || len(t) == 3 && s == t+"GOV"
}

// ownForces reports whether a show of force (15x) is made with the
// source's own armed forces or police as its target: "the government
// deployed the army across the capital" aims at no one.
func ownForces(e *doc.Event) bool {
	if rootOf(e.CAMEO) != 15 || e.Target == nil || e.Source == nil || e.Source.Country == "" || e.Target.Country != e.Source.Country {
		return false
	}
	for _, r := range e.Target.Roles {
		switch r {
		case "MIL", "COP", "SPY":
			return true
		}
	}
	return false
}

// protestWords are the heads of phrases that name protesters.
var protestWords = map[string]bool{
	"protester": true, "protesters": true, "protestor": true, "protestors": true,
	"demonstrator": true, "demonstrators": true, "rioter": true, "rioters": true,
	"marcher": true, "marchers": true, "mob": true, "mobs": true,
}

// violentProtest reports whether e is a violent act of protesters that
// CAMEO codes as a violent protest (145, "protest violently, riot")
// rather than as the act: damage to property (1712), an assault (180,
// 182x) or a clash (190) whose source phrase names protesters, rioters or
// a mob ("protesters stormed and torched the embassy").
func violentProtest(e *doc.Event) bool {
	switch e.CAMEO {
	case "1712", "180", "182", "1821", "1822", "1823", "190":
	default:
		return false
	}
	if e.Source == nil {
		return false
	}
	fs := strings.Fields(strings.ToLower(e.Source.Text))
	return len(fs) > 0 && protestWords[fs[len(fs)-1]]
}

// foldVisits folds a meeting into the visit it was part of: "arrived in
// Kazakhstan and met President Tokayev" is one visit (042), not a visit
// and a meeting (040). A meeting (040, either way round) in the same
// sentence between the visitor and the host country goes; the visit
// takes the meeting's more specific target (KAZ → KAZGOV).
func foldVisits(evs []doc.Event) []doc.Event {
	drop := map[int]bool{}
	for i := range evs {
		v := &evs[i]
		if v.CAMEO != "042" || v.Target == nil || v.Target.Country == "" {
			continue
		}
		for j := range evs {
			m := evs[j]
			if m.CAMEO != "040" || m.Target == nil || drop[j] {
				continue
			}
			switch {
			case m.Source.Code == v.Source.Code && m.Target.Country == v.Target.Country:
				if len(m.Target.Code) > len(v.Target.Code) && strings.HasPrefix(m.Target.Code, v.Target.Code) {
					t := *m.Target
					v.Target = &t
				}
				drop[j] = true
			case m.Target.Code == v.Source.Code && m.Source.Country == v.Target.Country:
				drop[j] = true
			}
		}
	}
	if len(drop) == 0 {
		return evs
	}
	out := evs[:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// fill adds the ontology's facts about the code.
func (c *Coder) fill(e *doc.Event) {
	if len(e.CAMEO) >= 2 {
		e.Root = e.CAMEO[:2]
	}
	if c.ont == nil {
		return
	}
	ec, ok := c.ont.Event(e.CAMEO)
	if !ok {
		return
	}
	e.CAMEO = ec.Code
	e.Root = ec.Root
	e.QuadClass = ec.QuadClass
	e.Goldstein = ec.Goldstein
	if pl, ok := c.ont.PLOVER(ec.Code); ok && pl.Event != "" {
		e.PLOVER = &doc.PLOVER{Event: pl.Event, Mode: pl.Mode, Context: pl.Context}
	}
}

// event is an Event under construction with its predicate token.
type event struct {
	doc.Event
	predTok int
	weak    bool // both sides lack a country: used to compose, not output
}

// analysis is the tree of one sentence, indexed for the coder.
type analysis struct {
	s        *doc.Sentence
	toks     []doc.Token
	rel      []string // base relation
	head     []int    // 0-based head, -1 root
	kids     [][]int
	lower    []string        // lower-cased forms
	lemma    []string        // lower-cased lemmas
	mentions map[int][]int   // head token → indexes into s.Mentions
	inMent   []int           // token → mention head covering it, -1
	words    map[string]bool // forms, lemmas and de-pluralised forms present
	date     string          // the document date
	prior    []doc.Event     // events of the story so far (earlier sentences, then this one's)
}

func newAnalysis(s *doc.Sentence) *analysis {
	return fillAnalysis(&analysis{}, s)
}

func (c *Coder) getAnalysis(s *doc.Sentence) *analysis {
	a, _ := c.pool.Get().(*analysis)
	if a == nil {
		a = &analysis{}
	}
	return fillAnalysis(a, s)
}

func grow[T any](x []T, n int) []T {
	if cap(x) < n {
		return make([]T, n)
	}
	x = x[:n]
	clear(x)
	return x
}

func fillAnalysis(a *analysis, s *doc.Sentence) *analysis {
	n := len(s.Tokens)
	a.s, a.toks = s, s.Tokens
	a.rel, a.head, a.lower, a.lemma, a.inMent = grow(a.rel, n), grow(a.head, n), grow(a.lower, n), grow(a.lemma, n), grow(a.inMent, n)
	if cap(a.kids) < n {
		a.kids = make([][]int, n)
	}
	a.kids = a.kids[:n]
	for i := range a.kids {
		a.kids[i] = a.kids[i][:0]
	}
	if a.mentions == nil {
		a.mentions = map[int][]int{}
	}
	clear(a.mentions)
	for i, t := range s.Tokens {
		a.rel[i] = baseRel(t.DepRel)
		h := t.Head - 1
		if h >= n || h == i {
			h = -1
		}
		a.head[i] = h
		a.lower[i] = strings.ToLower(t.Form)
		l := t.Lemma
		if l == "" || l == "_" {
			l = t.Form
		}
		a.lemma[i] = strings.ToLower(l)
		a.inMent[i] = -1
	}
	if a.words == nil {
		a.words = make(map[string]bool, 3*n)
	}
	clear(a.words)
	for i := range a.lower {
		a.words[a.lower[i]] = true
		a.words[a.lemma[i]] = true
		if l := a.lower[i]; len(l) > 2 && l[len(l)-1] == 's' {
			a.words[l[:len(l)-1]] = true
		}
	}
	// Break cycles: a token whose head chain loops is treated as a root.
	for i := range a.head {
		seen := 0
		for j := a.head[i]; j >= 0; j = a.head[j] {
			seen++
			if seen > n {
				a.head[i] = -1
				break
			}
		}
	}
	for i := range s.Tokens {
		if h := a.head[i]; h >= 0 {
			a.kids[h] = append(a.kids[h], i)
		}
	}
	a.repairTree()
	for mi, m := range s.Mentions {
		if m.Code == "" || m.Head < 0 || m.Head >= n {
			continue
		}
		a.mentions[m.Head] = append(a.mentions[m.Head], mi)
		for t := m.First; t <= m.Last && t < n; t++ {
			if t >= 0 && a.inMent[t] < 0 {
				a.inMent[t] = m.Head
			}
		}
	}
	return a
}

func baseRel(rel string) string {
	switch rel {
	case "dobj":
		return "obj"
	case "nsubjpass":
		return "nsubj:pass"
	case "csubjpass":
		return "csubj:pass"
	case "auxpass":
		return "aux:pass"
	case "name", "mwe":
		return "flat"
	case "poss":
		return "nmod:poss"
	case "neg":
		return "advmod"
	}
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		switch rel {
		case "nmod:poss", "nmod:tmod", "obl:tmod", "nmod:npmod", "obl:npmod", "compound:prt", "acl:relcl", "nsubj:pass", "csubj:pass", "aux:pass", "obl:agent":
			return rel
		}
		return rel[:i]
	}
	return rel
}

func (a *analysis) child(h int, rels ...string) int {
	for _, k := range a.kids[h] {
		for _, r := range rels {
			if a.rel[k] == r {
				return k
			}
		}
	}
	return -1
}

// caseOf is the preposition of a nominal (its case or mark child).
func (a *analysis) caseOf(t int) string {
	w := ""
	for _, k := range a.kids[t] {
		if a.rel[k] == "case" && a.lower[k] != "'s" && a.lower[k] != "'" {
			if w == "" {
				w = a.lower[k]
			} else if k < t {
				w += " " + a.lower[k]
			}
		}
	}
	if w == "" {
		// "by a surface-to-air missile" with "by" hung on a modifier:
		// a preposition that opens the phrase is the phrase's.
		first := t
		for j := t - 1; j >= 0 && a.inSubtree(j, t); j-- {
			first = j
		}
		if first < t && a.rel[first] == "case" && a.head[first] != t && a.toks[first].UPOS == "ADP" && first+1 < len(a.toks) && a.inSubtree(first+1, t) {
			return a.lower[first]
		}
	}
	return w
}

// inSubtree reports whether t lies under (or is) top.
func (a *analysis) inSubtree(t, top int) bool {
	for k := 0; t >= 0 && k <= len(a.toks); k++ {
		if t == top {
			return true
		}
		t = a.head[t]
	}
	return false
}

// actorsAt lists the mention indexes that stand for the nominal t:
// the mentions headed at t and at its conjuncts.
func (a *analysis) actorsAt(t int) []int {
	var out []int
	var walk func(t, depth int)
	walk = func(t, depth int) {
		if depth > 20 {
			return
		}
		if k := a.includedList(t); k >= 0 {
			// The group's members as listed are its actors.
			walk(k, depth+1)
		} else {
			out = append(out, a.mentions[t]...)
		}
		for _, k := range a.kids[t] {
			if a.rel[k] == "conj" {
				walk(k, depth+1)
			}
		}
	}
	walk(t, 0)
	return out
}

// includedList returns the first member of a list that names the members
// of the group whose mentions are at t ("diplomats from seven Latin
// American countries, including Argentina, Chile and Peru", "Western
// states such as France and Germany"), or -1: a list in a phrase
// hung on t or on a modifier of t, when all of t's mentions name a
// region or no country.
func (a *analysis) includedList(t int) int {
	if len(a.mentions[t]) == 0 {
		return -1
	}
	for _, mi := range a.mentions[t] {
		if !a.groupCode(a.s.Mentions[mi].Code) {
			return -1
		}
	}
	find := func(u int) int {
		for _, k := range a.kids[u] {
			if (a.rel[k] == "nmod" || a.rel[k] == "appos" || a.rel[k] == "obl") && includeCases[a.caseOf(k)] && len(a.mentions[k]) > 0 {
				return k
			}
		}
		return -1
	}
	if k := find(t); k >= 0 {
		return k
	}
	for _, u := range a.kids[t] {
		if a.rel[u] == "nmod" {
			if k := find(u); k >= 0 {
				return k
			}
		}
	}
	return -1
}

// includeCases open a list of a group's members.
var includeCases = map[string]bool{"including": true, "such": true, "notably": true, "among": false}

// groupCode reports whether an actor code names a region's or no
// country's people ("LAMGOV", "---GOV").
func (a *analysis) groupCode(code string) bool {
	if len(code) < 3 || noCountry(code) {
		return true
	}
	o, err := cameo.Load()
	return err == nil && o.IsRegion(code[:3])
}

// blockRel lists relations whose subtrees are other clauses: a search for
// an argument's actor does not go into them.
var blockRel = map[string]bool{"acl:relcl": true, "ccomp": true, "advcl": true, "parataxis": true, "csubj": true, "acl": false, "conj": false}

// findActors looks for the actors of a constituent headed by t: at t and
// its conjuncts, else the first mention in its subtree (in sentence
// order), not entering other clauses nor the excluded tokens.
func (a *analysis) findActors(t int, exclude map[int]bool) []int {
	if ms := a.filter(a.actorsAt(t), exclude); len(ms) > 0 {
		return ms
	}
	// An apposition names what the phrase is ("north of Mosul, the
	// Kurdish regional command"): its actor before one in a modifier.
	for _, k := range a.kids[t] {
		if a.rel[k] == "appos" {
			if ms := a.filter(a.actorsAt(k), exclude); len(ms) > 0 {
				return ms
			}
		}
	}
	best := -1
	var walk func(u, depth int, inTime bool)
	walk = func(u, depth int, inTime bool) {
		if depth > 30 {
			return
		}
		for _, k := range a.kids[u] {
			if blockRel[a.rel[k]] {
				continue
			}
			// "a government-held part", "Russia-backed rebels": the actor
			// of a participle that modifies the phrase is not the phrase.
			// ("a British-flagged tanker", "a Russian-owned bank" are
			// that country's, though.)
			if a.rel[k] == "amod" && a.toks[k].UPOS == "VERB" && !ownershipParticiples[a.lemma[k]] {
				continue
			}
			// Nor is the agent of a participle in a phrase of time ("an
			// agreement after talks mediated by the African Union"; "after
			// talks with Russia" names the partner).
			if a.rel[k] == "obl:agent" && inTime {
				continue
			}
			time := inTime || (a.rel[k] == "nmod" || a.rel[k] == "obl") && timeCases[a.caseOf(k)]
			if len(a.filter(a.mentions[k], exclude)) > 0 {
				if best < 0 || k < best {
					best = k
				}
				continue
			}
			walk(k, depth+1, time)
		}
	}
	walk(t, 0, false)
	if best < 0 {
		return nil
	}
	return a.filter(a.actorsAt(best), exclude)
}

// ownershipParticiples say whose the phrase is: "a British-flagged
// tanker", "a state-owned bank", "an Iranian-registered ship".
var ownershipParticiples = map[string]bool{"flag": true, "flagged": true, "own": true, "owned": true,
	"register": true, "registered": true, "operate": true, "operated": true}

func (a *analysis) filter(ms []int, exclude map[int]bool) []int {
	var out []int
	for _, m := range ms {
		if !exclude[m] && !a.borderSide(m) {
			out = append(out, m)
		}
	}
	return out
}

// borderSide reports whether mention m only qualifies a border that
// places a noun ("a town on the Chinese border"): it names the other
// side, not the place.
func (a *analysis) borderSide(m int) bool {
	h := a.s.Mentions[m].Head
	if h < 0 || h >= len(a.toks) {
		return false
	}
	b := -1
	switch {
	case borderNouns[a.lemma[h]]:
		b = h // "the Chinese border" as one mention
	case a.head[h] >= 0 && (a.rel[h] == "amod" || a.rel[h] == "compound") && borderNouns[a.lemma[a.head[h]]]:
		b = a.head[h]
	}
	// (only a border that places a noun: "a town on the Chinese border";
	// troops sent "to the Indian border" do face India)
	return b >= 0 && a.rel[b] == "nmod"
}

func (a *analysis) actor(mi int) *doc.Actor {
	m := a.s.Mentions[mi]
	act := &doc.Actor{Code: m.Code, Country: m.Country, Text: m.Text, Start: m.Start, End: m.End}
	rest := m.Code
	if len(rest) >= 3 {
		rest = rest[3:]
	}
	for len(rest) >= 3 {
		act.Roles = append(act.Roles, rest[:3])
		rest = rest[3:]
	}
	if m.Roles != nil {
		act.Roles = m.Roles
	}
	return act
}

// safePrefix is the first n bytes of s, or s when shorter.
func safePrefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// timeCases open phrases of time, which hold no actor of the phrase
// they modify.
var timeCases = map[string]bool{"after": true, "before": true, "during": true, "since": true, "until": true,
	"amid": true, "following": true, "despite": true}
