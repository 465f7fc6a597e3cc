package actors

import (
	"strings"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
)

// Resolver fills Sentence.Mentions. It is safe for concurrent use.
type Resolver struct {
	lex  *lexicon.Lexicon
	petr *Petrarch
}

// New returns a Resolver over lex (nil: nothing resolves).
func New(lex *lexicon.Lexicon) *Resolver { return &Resolver{lex: lex} }

// WithPetrarch returns a Resolver that also applies the PETRARCH side
// table p (prefix agents, codes the lexicon cannot spell, discards).
func WithPetrarch(lex *lexicon.Lexicon, p *Petrarch) *Resolver {
	return &Resolver{lex: lex, petr: p}
}

// Resolve fills the Mentions of every sentence of d, resolving codes for
// d.Date. What a sentence teaches (names learnt from titles, the people
// and countries it names) serves the anaphors of the sentences after it —
// pronouns, "Mr. Surname", a surname alone, a title alone ("the
// minister"), "the country" — within the document only.
func (r *Resolver) Resolve(d *doc.Document) {
	mem := newMemory()
	for i := range d.Sentences {
		s := &d.Sentences[i]
		infos := r.resolve(d, s, mem)
		mem.anaphora(i, s, infos)
	}
}

// ResolveSentence fills s.Mentions for a sentence of d on its own, without
// what earlier sentences taught.
func (r *Resolver) ResolveSentence(d *doc.Document, s *doc.Sentence) {
	r.resolve(d, s, nil)
}

// span is one lexicon match.
type span struct {
	first, end int // token range [first, end)
	head       int // head token of the span in the tree
	code       string
	agent      bool
	prefix     bool // agent code goes before the country
	coord      bool // came in through coordination or an of/in/from modifier
	rule       string
	kind       lexicon.Kind
	entry      *lexicon.Entry
	nocode     bool // a person with no code on the date: only their country, for a title
}

// np gathers what belongs to one noun phrase head.
type np struct {
	actors []*span
	agents []*span
	first  int
	last   int
	spread bool   // took the actors of an of/in/from modifier
	moved  bool   // its actors went to the role phrase it modifies
	name   [2]int // an unknown name in a title run ("Bolivian Foreign Minister Ana Quispe"); {-1,-1} if none
	former bool   // "former" qualifies its title: the office is no longer held (ELI)
}

// Discarded reports whether the sentence holds a discard phrase of the
// PETRARCH side table (no events are coded from it).
func (r *Resolver) Discarded(s *doc.Sentence) bool {
	if r == nil || r.petr == nil {
		return false
	}
	words := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i] = strings.ToLower(t.Form)
	}
	// A discard names a topic (a sport, a storm, a year): it counts where
	// the sentence uses it as a name, i.e. all its words are nominal
	// ("AFRICAN NATIONS CUP", "BASEBALL"), not in a time adverbial such as
	// "three years ago".
	nominal := func(i int) bool {
		switch s.Tokens[i].UPOS {
		case "NOUN", "PROPN", "NUM", "ADJ", "X", "":
			return true
		}
		return false
	}
	for _, lists := range [][][]string{r.petr.discard, r.petr.storyDiscard} {
		for _, ph := range lists {
		outer:
			for i := 0; i+len(ph) <= len(words); i++ {
				for k, w := range ph {
					if words[i+k] != w || !nominal(i+k) {
						continue outer
					}
				}
				return true
			}
		}
	}
	return false
}

func baseRel(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		switch rel {
		case "nmod:poss", "nmod:npmod", "nmod:tmod", "obl:npmod", "obl:tmod", "compound:prt", "flat:name", "acl:relcl", "nsubj:pass", "aux:pass", "csubj:pass":
			return rel
		}
		return rel[:i]
	}
	switch rel {
	case "dobj":
		return "obj"
	case "nsubjpass":
		return "nsubj:pass"
	case "auxpass":
		return "aux:pass"
	case "name", "mwe":
		return "flat"
	case "poss":
		return "nmod:poss"
	}
	return rel
}

func (r *Resolver) resolve(d *doc.Document, s *doc.Sentence, mem *memory) []minfo {
	s.Mentions = s.Mentions[:0]
	if r == nil || r.lex == nil || len(s.Tokens) == 0 {
		return nil
	}
	var names map[string]coded
	if mem != nil {
		names = mem.names
	}
	var infos []minfo
	toks := s.Tokens
	n := len(toks)
	words := make([]string, n)
	for i, t := range toks {
		words[i] = t.Form
	}
	date := d.Date
	var spans []*span
	for i := 0; i < n; {
		m, ok := r.match(words, i, date)
		if ok && m.Kind == lexicon.Person && (lowerName(words, i, m.End) || r.insideLongerName(toks, words, i, m.End, date)) {
			// "water cannon" is no Mr Cannon: a person's name is written
			// with capitals; "Mahamat Saleh Annadif" is not Saleh.
			ok = false
		}
		if ok && overtaken(r, words, i, m.End, date) {
			// "the West Bank": "West Bank" beats "the West".
			i++
			continue
		}
		nocode := false
		if ok && m.Code == "" && m.Kind == lexicon.Person && names != nil {
			// What the document taught about the name beats a dictionary
			// entry with no code on the date.
			if c, known := names[nameKey(words, i, m.End)]; known && c.code != "" {
				m.Code = c.code
			}
		}
		if ok && m.Code == "" && m.Kind == lexicon.Person && m.Entry != nil {
			// A person out of office on the date: their country serves a
			// title in the same phrase ("President Bashar al-Assad" two
			// days after his fall); alone they are the country's elite
			// (ELI, in combine).
			if mem != nil {
				mem.block(i, m.End)
			}
			if c := m.Entry.Country(); c != "" {
				m.Code, nocode = c, true
			}
		}
		if !ok || m.Code == "" || m.Kind == lexicon.Place {
			i++
			continue
		}
		code := r.petr.code(m.Code)
		if strings.Contains(code, "/") {
			// "FRO/BIL/SAM": the phrase names several actors at once.
			parts := strings.Split(code, "/")
			h := spanHead(toks, i, m.End)
			for _, c := range parts[1:] {
				if c = strings.TrimSpace(c); c != "" {
					spans = append(spans, &span{first: i, end: m.End, code: c, rule: m.Source, head: h, coord: true})
				}
			}
			code = strings.TrimSpace(parts[0])
		}
		sp := &span{first: i, end: m.End, code: code, rule: m.Source, kind: m.Kind, entry: m.Entry, nocode: nocode}
		sp.agent = m.Kind == lexicon.Agent
		if sp.agent && r.petr != nil && r.petr.prefix[m.Source] {
			sp.prefix = true
		}
		sp.head = spanHead(toks, i, m.End)
		spans = append(spans, sp)
		i = m.End
	}
	inSpan := make([]bool, n)
	for _, sp := range spans {
		for t := sp.first; t < sp.end; t++ {
			inSpan[t] = true
		}
	}
	if len(spans) == 0 {
		return r.nameMentions(s, inSpan, names, infos)
	}
	// Title runs on the surface ("Dutch Prime Minister Mark Rutte",
	// "Kyrgyz president Sadyr Japarov"): one phrase whatever the parser
	// made of it.
	runOwner := map[*span]int{}
	runs := titleRuns(toks, spans, inSpan)
	for _, ru := range runs {
		h := owner(toks, spanHead(toks, ru.first, ru.end))
		for _, sp := range ru.spans {
			runOwner[sp] = h
		}
	}
	// owner: climb from the span head through the words that modify a noun
	// inside its phrase.
	nps := map[int]*np{}
	order := []int{}
	get := func(h int) *np {
		p := nps[h]
		if p == nil {
			p = &np{first: h, last: h, name: [2]int{-1, -1}}
			nps[h] = p
			order = append(order, h)
		}
		return p
	}
	var shared []int
	for _, sp := range spans {
		h, ok := runOwner[sp]
		if !ok {
			h = owner(toks, sp.head)
		}
		if c := sharedNoun(toks, spans, sp, h); c >= 0 {
			h = c
			shared = append(shared, c)
		}
		p := get(h)
		if sp.agent {
			p.agents = append(p.agents, sp)
		} else {
			p.actors = append(p.actors, sp)
		}
		if sp.first < p.first {
			p.first = sp.first
		}
		if sp.end-1 > p.last {
			p.last = sp.end - 1
		}
	}
	for _, h := range shared {
		for _, a := range nps[h].actors {
			a.coord = true
		}
	}
	// "Greek and Turkish officials": coordinated actors inside one phrase
	// each give a code.
	for _, h := range order {
		p := nps[h]
		for _, a := range p.actors {
			if baseRel(toks[a.head].DepRel) != "conj" {
				continue
			}
			for _, b := range p.actors {
				if b != a && b.first <= toks[a.head].Head-1 && toks[a.head].Head-1 < b.end {
					a.coord, b.coord = true, true
				}
			}
		}
	}
	for _, ru := range runs {
		p := nps[runOwner[ru.spans[0]]]
		if ru.first < p.first {
			p.first = ru.first
		}
		if ru.end-1 > p.last {
			p.last = ru.end - 1
		}
		if ru.nameF >= 0 {
			p.name = [2]int{ru.nameF, ru.nameL}
		}
	}
	// An actor phrase that modifies a role phrase through of/in/from
	// ("the government of Gondor", "soldiers from Gondor"), with its
	// conjuncts, gives the role phrase its country.
	for _, h := range append([]int(nil), order...) {
		p := nps[h]
		if len(p.actors) == 0 {
			continue
		}
		top := h
		for steps := 0; baseRel(toks[top].DepRel) == "conj" && toks[top].Head > 0 && toks[top].Head <= len(toks) && steps < len(toks); steps++ {
			top = toks[top].Head - 1
		}
		rel := baseRel(toks[top].DepRel)
		g := toks[top].Head - 1
		if g < 0 || (rel != "nmod" && rel != "obl" && rel != "appos") {
			continue
		}
		gp := nps[g]
		if rel == "appos" {
			// "Turkey's foreign minister, X": the name is the minister.
			continue
		}
		if gp == nil || len(gp.agents) == 0 || len(gp.actors) > 0 && !gp.spread {
			continue
		}
		c := caseWord(toks, top)
		if c != "of" && c != "in" && c != "from" && c != "at" {
			continue
		}
		if c != "of" && possessed(toks, g) {
			// "its ambassador from Estonia", "their envoys in Kabul": the
			// possessor says whose; the phrase says where.
			continue
		}
		for _, sp := range p.actors {
			sp.coord = true
			if c != "of" && sp.kind == lexicon.Country && len(sp.code) > 3 && len(gp.agents) > 0 && !agentsHave(gp.agents, sp.code[3:]) {
				// "protesters in Nairobi": the capital says where, so
				// only its country goes to the role phrase (KENCVL, not
				// KENGOVCVL); "officials in Moscow" stay RUSGOV.
				loc := *sp
				loc.code = cameo.PlacePart(sp.code)
				gp.actors = append(gp.actors, &loc)
				continue
			}
			gp.actors = append(gp.actors, sp)
		}
		gp.spread = true
		if len(p.agents) > 0 {
			// "envoys from the Chilean government", "activists from
			// army-ruled Niger": the role phrase takes the country;
			// the modifier stays a mention of its own.
			continue
		}
		p.actors = nil
		p.moved = true
	}
	// A role noun coordinated with a role phrase that countries modify
	// shares them: "US and British warplanes and warships" are the
	// countries' warships too.
	for _, h := range order {
		p := nps[h]
		if len(p.actors) > 0 || len(p.agents) == 0 || baseRel(toks[h].DepRel) != "conj" || toks[h].Head <= 0 {
			continue
		}
		qh := toks[h].Head - 1
		q := nps[qh]
		if q == nil || len(q.actors) == 0 || q.moved {
			continue
		}
		// (a state's forces with its forces, not with others: "Chinese
		// police and protesters" are not both China's)
		if len(q.agents) > 0 && stateBodies[q.agents[0].code] != stateBodies[p.agents[0].code] {
			continue
		}
		for _, a := range q.actors {
			// (a modifier of the first noun only, not the noun itself:
			// "China and protesters" share nothing)
			if a.kind != lexicon.Country || a.first > h || a.first <= qh && qh < a.end {
				continue
			}
			c := *a
			c.coord = a.coord || len(q.actors) > 1
			p.actors = append(p.actors, &c)
		}
	}
	// Appositions: a role phrase and a name phrase in apposition share.
	for _, h := range order {
		p := nps[h]
		if baseRel(toks[h].DepRel) != "appos" || toks[h].Head <= 0 {
			continue
		}
		g := toks[h].Head - 1
		gp := nps[g]
		if gp == nil {
			continue
		}
		gpActors := append([]*span(nil), gp.actors...)
		if len(gp.actors) == 0 && len(p.actors) > 0 && len(p.agents) == 0 && len(gp.agents) > 0 {
			gp.actors = append(gp.actors, p.actors...)
		}
		// "Senegal's new president, Bassirou Diomaye Faye": the person
		// in apposition takes the title, and with it the office of the
		// day even when the dictionary has none for the date.
		if len(p.agents) == 0 && len(p.actors) > 0 && len(gp.agents) > 0 && len(gpActors) > 0 {
			persons := true
			for _, a := range p.actors {
				if a.kind != lexicon.Person {
					persons = false
				}
			}
			if persons {
				p.agents = append(p.agents, gp.agents...)
				p.actors = append(p.actors, gpActors...)
			}
		}
	}
	// Coordinated role words share the country of a conjunct:
	// "lawmakers and officials in Arnor".
	for _, h := range order {
		p := nps[h]
		if len(p.agents) == 0 || len(p.actors) > 0 || baseRel(toks[h].DepRel) != "conj" {
			continue
		}
		g := toks[h].Head - 1
		if gp := nps[g]; gp != nil && len(gp.agents) > 0 && gp.spread {
			p.actors = append(p.actors, gp.actors...)
		}
	}
	for _, h := range order {
		p := nps[h]
		for i, a := range p.actors {
			// A capital (or seat) that modifies another noun names the
			// country, not its government: "the Beijing Olympics" CHN,
			// "Kyiv residents" UKRCVL, "a Kremlin critic" RUSOPP; a
			// government role word brings GOV back ("Moscow officials"
			// RUSGOV).
			if a.kind == lexicon.Country && len(a.code) == 6 && strings.HasSuffix(a.code, "GOV") &&
				(h < a.first || h >= a.end) && baseRel(toks[a.head].DepRel) == "compound" {
				c := *a
				c.code = a.code[:3]
				p.actors[i] = &c
			}
		}
		// "Canadian dollars", "Chinese yuan", "US dollars' worth": a
		// currency is no actor.
		kept := p.actors[:0:0]
		for _, a := range p.actors {
			if a.head < 0 || a.head >= n {
				kept = append(kept, a)
				continue
			}
			if m := toks[a.head].Head - 1; m >= 0 && m < n && currencyNouns[strings.ToLower(toks[m].Lemma)] || currencyNouns[strings.ToLower(toks[a.head].Lemma)] {
				continue
			}
			kept = append(kept, a)
		}
		p.actors = kept
		if len(p.actors) == 0 && len(p.agents) == 0 {
			continue
		}
		before := append([]*span(nil), p.actors...)
		for k := max(0, p.first-3); k <= p.last && k < n; k++ {
			// (the head's own modifier, before or inside the phrase)
			if lw := strings.ToLower(toks[k].Form); (lw == "former" || lw == "ex") && toks[k].UPOS == "ADJ" && (toks[k].Head-1 == h || k >= p.first) {
				p.former = true
			}
		}
		codes := r.combine(p)
		if mem != nil && p.name[0] >= 0 && len(codes) == 1 && strings.HasPrefix(codes[0].code, "---") && len(codes[0].code) > 3 {
			// "Interior Minister Kipchumba Murkomen" in an article about
			// Kenya: the title is of the country the document is about.
			if c := mem.dominant(nil); c != "" {
				codes[0].code = c + codes[0].code[3:]
				codes[0].rule += "+built-in:document-country"
			}
		}
		for _, c := range codes {
			m := doc.Mention{First: p.first, Last: p.last, Head: h, Code: c.code, Rule: c.rule}
			if p.first >= 0 && p.last < n {
				m.Start, m.End = toks[p.first].Start, toks[p.last].End
				m.Text = spanText(toks, p.first, p.last)
			}
			if len(c.code) >= 3 && c.code != "---" && !strings.HasPrefix(c.code, "---") {
				m.Country = c.code[:3]
			}
			s.Mentions = append(s.Mentions, m)
			infos = append(infos, npInfo(toks, p, h, date))
		}
		if mem != nil && len(codes) == 1 && !strings.HasPrefix(codes[0].code, "---") {
			// People named in the document are known by their surname
			// for the rest of it ("Shehbaz Sharif" ... "Sharif").
			for _, a := range before {
				if a.kind == lexicon.Person && !a.coord {
					learn(names, toks, a.first, a.end-1, coded{codes[0].code, "built-in:name-in-document", npInfo(toks, p, h, date).titles})
				}
			}
		}
		// A titled phrase with a country teaches the name in it or in
		// apposition to it ("the Vice Premier of China, He Lifeng").
		if len(codes) == 1 && len(p.agents) > 0 && !strings.HasPrefix(codes[0].code, "---") && names != nil {
			c := coded{codes[0].code, "built-in:name-after-title", npInfo(toks, p, h, date).titles}
			if p.name[0] >= 0 {
				learn(names, toks, p.name[0], p.name[1], c)
			}
			// "Ghana's finance minister, Kwame Asante-Boateng, said": a
			// name set off by commas right after the title.
			if k := p.last + 1; k+1 < n && toks[k].Form == "," {
				if f, l, ok := nameRun(toks, k+1, inSpan); ok && f == k+1 && (l+1 >= n || toks[l+1].UPOS == "PUNCT" || toks[l+1].UPOS == "VERB" || toks[l+1].UPOS == "AUX") {
					learn(names, toks, f, l, c)
				}
			}
			if f, l, ok := nameRun(toks, h, inSpan); ok {
				learn(names, toks, f, l, c)
			}
			for k := range toks {
				if toks[k].Head-1 == h && baseRel(toks[k].DepRel) == "appos" {
					if f, l, ok := nameRun(toks, k, inSpan); ok {
						learn(names, toks, f, l, c)
					}
				}
			}
		}
	}
	return r.nameMentions(s, inSpan, names, infos)
}

// nameRun finds the run of proper-noun tokens around t that no dictionary
// entry covers: an unknown name.
func nameRun(toks []doc.Token, t int, inSpan []bool) (int, int, bool) {
	isName := func(i int) bool {
		return i >= 0 && i < len(toks) && toks[i].UPOS == "PROPN" && !inSpan[i]
	}
	if !isName(t) {
		return 0, 0, false
	}
	f, l := t, t
	for isName(f - 1) {
		f--
	}
	for isName(l + 1) {
		l++
	}
	return f, l, true
}

// learn records a name of the document: the full name, its last word and,
// for "Mr. Lee", its first word. A key that two actors claim with
// different codes becomes ambiguous and resolves to nothing.
func learn(names map[string]coded, toks []doc.Token, f, l int, c coded) {
	if names == nil || f > l {
		return
	}
	var parts []string
	for i := f; i <= l; i++ {
		w := strings.ToLower(toks[i].Form)
		if w == "-" || w == "'s" || w == "'" {
			continue
		}
		parts = append(parts, w)
	}
	// "President Lee Jae-myung" is known as Lee.
	for len(parts) > 1 && (isPersonWord(parts[0]) || leadTitle[parts[0]]) {
		parts = parts[1:]
	}
	if len(parts) == 0 {
		return
	}
	put := func(k string) {
		if old, ok := names[k]; ok && old.code != c.code {
			names[k] = coded{rule: "built-in:ambiguous-name"}
			return
		}
		names[k] = c
	}
	put(strings.Join(parts, " "))
	if len(parts) > 1 {
		put(parts[len(parts)-1])
		put("first:" + parts[0])
	}
}

// nameKey is the key of words[f:e] in the learnt names.
func nameKey(words []string, f, e int) string {
	var parts []string
	for i := f; i < e && i < len(words); i++ {
		if w := strings.ToLower(words[i]); w != "-" && w != "'s" && w != "'" {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

// leadTitle are words that open a title before a name.
var leadTitle = map[string]bool{"foreign": true, "prime": true, "vice": true, "sir": true, "dame": true, "acting": true, "interim": true, "crown": true}

func isHonorific(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "ms", "mrs", "miss", "dr", "madam", "mister":
		return true
	}
	return false
}

// nameMentions resolves unknown names through what the document taught,
// and returns infos extended with theirs.
func (r *Resolver) nameMentions(s *doc.Sentence, inSpan []bool, names map[string]coded, infos []minfo) []minfo {
	if len(names) == 0 {
		return infos
	}
	toks := s.Tokens
	covered := make([]bool, len(toks))
	for _, m := range s.Mentions {
		for t := m.First; t <= m.Last && t < len(toks); t++ {
			if t >= 0 {
				covered[t] = true
			}
		}
	}
	for t := 0; t < len(toks); t++ {
		if covered[t] {
			continue
		}
		f, l, ok := nameRun(toks, t, inSpan)
		if !ok {
			continue
		}
		t = l
		kf := f // "Mr. Lindvik": the honorific is in the mention, not the key
		if isHonorific(toks[f].Form) {
			kf = f + 1
		} else if f > 0 && isHonorific(toks[f-1].Form) && !inSpan[f-1] && !covered[f-1] {
			f = f - 1
		}
		if kf > l {
			continue
		}
		var parts []string
		for i := kf; i <= l; i++ {
			if w := strings.ToLower(toks[i].Form); w != "-" {
				parts = append(parts, w)
			}
		}
		c, ok := names[strings.Join(parts, " ")]
		if !ok && len(parts) > 1 {
			c, ok = names[parts[len(parts)-1]]
		}
		if !ok && len(parts) == 1 {
			// "Mr. Lee", "Lee" for Lee Jae-myung; "Dong" for Dong Jun.
			c, ok = names["first:"+parts[0]]
		}
		if !ok || c.code == "" {
			continue
		}
		h := spanHead(toks, f, l+1)
		h = owner(toks, h)
		m := doc.Mention{First: f, Last: l, Head: h, Code: c.code, Rule: c.rule, Start: toks[f].Start, End: toks[l].End, Text: spanText(toks, f, l)}
		if len(c.code) >= 3 {
			m.Country = c.code[:3]
		}
		s.Mentions = append(s.Mentions, m)
		infos = append(infos, minfo{cls: person, titles: c.titles, country: countryOf(c.code)})
	}
	return infos
}

type coded struct {
	code, rule string
	titles     []string
}

// combine builds the codes of a phrase: each distinct actor (coordinated
// actors give several codes) with the role codes appended in order, prefix
// roles ("NGO~") before; a phrase with roles only gets "---" as country.
func (r *Resolver) combine(p *np) []coded {
	if p.moved && len(p.agents) == 0 {
		return nil
	}
	var pre, post []string
	rule := ""
	for _, a := range p.agents {
		code := a.code
		// "the former Peruvian president": an office no longer held
		// makes its holder one of the country's elites.
		if p.former && stateBodies[code] {
			code = "ELI"
		}
		if a.prefix {
			pre = append(pre, code)
		} else {
			post = append(post, code)
		}
		if rule == "" {
			rule = a.rule
		}
	}
	// group: the base is a named organisation's code with more than a
	// country (PSEREB, IMGMOSSUN); its members ("Hamas militants",
	// "Islamic State fighters") carry the organisation's code, so an
	// armed role word adds nothing.
	build := func(base string, group bool) string {
		c := base
		for _, a := range post {
			if group && armedRoles[a] {
				continue
			}
			if !strings.Contains(c[min(3, len(c)):], a) {
				c += a
			}
		}
		for i := len(pre) - 1; i >= 0; i-- {
			if !strings.HasPrefix(c, pre[i]) {
				c = pre[i] + c
			}
		}
		return c
	}
	var out []coded
	seen := map[string]bool{}
	// Several actors in one phrase without coordination ("the U.S.
	// Central Command", "Ithilen's minister Calimehtar"): one phrase names
	// one actor, the most specific, i.e. the longest code; on a tie the
	// first, which states the affiliation ("Ithilen's").
	own := -1
	for i, a := range p.actors {
		if a.coord {
			continue
		}
		if own < 0 || len(a.code) > len(p.actors[own].code) {
			own = i
		}
	}
	if own >= 0 {
		if g := countryGroup(p.actors); g != nil {
			// "Egypt's Muslim Brotherhood", "Iraqi Kurds": a group whose
			// code names no country (MOS, KUR) takes the country named
			// with it: EGYMOS, IRQKUR.
			p.actors[own] = g
		}
		kept := []*span{p.actors[own]}
		for _, a := range p.actors {
			if a.coord {
				kept = append(kept, a)
			}
		}
		p.actors = kept
	}
	if len(p.actors) == 1 && p.actors[0].nocode && len(post) == 0 {
		// A person out of office on the date, with no title, is one of
		// the country's elites (CAMEO's ELI: former officials and other
		// notables): "Lula spoke to students" in 2015 is BRAELI.
		a := p.actors[0]
		if ont, err := cameo.Load(); err != nil || !ont.IsCountry(a.code) {
			return nil
		}
		return []coded{{code: a.code + "ELI", rule: a.rule + "+built-in:out-of-office"}}
	}
	if len(p.actors) == 0 {
		if len(p.agents) == 0 {
			return nil
		}
		base := "---"
		if len(post) == 0 {
			base = ""
		}
		c := build(base, false)
		return []coded{{code: c, rule: rule}}
	}
	for _, a := range p.actors {
		base := a.code
		if a.kind == lexicon.Person && len(post) > 0 && len(base) > 3 && !strings.HasPrefix(base, "IGO") && !a.coord {
			// The title in the text says the office: "Indonesian
			// President-elect Prabowo Subianto" is IDNGOV even on a day
			// he is still defence minister.
			base = base[:3]
		}
		c := build(base, a.kind == lexicon.Actor && len(base) > 3)
		if seen[c] {
			continue
		}
		seen[c] = true
		rr := a.rule
		if rule != "" {
			rr += "+" + rule
		}
		out = append(out, coded{code: c, rule: rr})
	}
	return out
}

// countryGroup finds, among the actors of a phrase that are not
// coordinated, a bare country and a group whose code starts with no place
// and no family (a religion, an ethnic group, a role: MOS, KUR), and
// returns the group with the country put first; nil when there are not
// exactly those.
func countryGroup(actors []*span) *span {
	var country, group *span
	for _, a := range actors {
		if a.coord {
			continue
		}
		switch {
		case a.kind == lexicon.Country && len(a.code) == 3:
			if country != nil {
				return nil
			}
			country = a
		case a.kind == lexicon.Actor && len(a.code) >= 3 && placeless(a.code[:3]):
			if group != nil {
				return nil
			}
			group = a
		}
	}
	if country == nil || group == nil {
		return nil
	}
	g := *group
	g.code = country.code + group.code
	if ont, err := cameo.Load(); err == nil && !ont.ValidActor(g.code) {
		return nil
	}
	return &g
}

// placeless reports whether a code's first part is neither a place nor a
// family of non-state actors (IGO, NGO, IMG, MNC, NGM).
func placeless(part string) bool {
	ont, err := cameo.Load()
	if err != nil {
		return false
	}
	if _, ok := ont.Place(part); ok {
		return false
	}
	ap, ok := ont.ActorPart(part)
	return ok && ap.Kind != cameo.KindFamily
}

// overtaken reports whether a name that starts inside the match
// words[i:end] runs past it and is at least as long: the match is a
// piece of that name ("the West" of "the West Bank").
func overtaken(r *Resolver, words []string, i, end int, date string) bool {
	first, ok := r.match(words, i, date)
	for j := i + 1; j < end; j++ {
		// (A role word does not overtake a name: "European Union
		// leaders" is the Union's leaders, not "union leaders".)
		if m2, ok2 := r.match(words, j, date); ok2 && m2.End > end && m2.End-j >= end-i && !(ok && first.Kind != lexicon.Agent && m2.Kind == lexicon.Agent) {
			return true
		}
	}
	return false
}

// currencyNouns name money: a country that qualifies one names no actor.
var currencyNouns = map[string]bool{"dollar": true, "euro": true, "pound": true, "yuan": true, "renminbi": true,
	"yen": true, "rupee": true, "rouble": true, "ruble": true, "peso": true, "real": true, "won": true, "franc": true,
	"lira": true, "shekel": true, "rand": true, "dinar": true, "dirham": true, "riyal": true, "rial": true,
	"hryvnia": true, "naira": true, "shilling": true, "krona": true, "krone": true, "zloty": true, "forint": true}

// stateBodies are the role codes of a state's own bodies.
var stateBodies = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true, "LEG": true, "JUD": true}

// armedRoles are the role codes of armed members of a group (militant,
// fighter, rebel, gunman, militiaman).
var armedRoles = map[string]bool{"REB": true, "INS": true, "SEP": true, "UAF": true}

// agentsHave reports whether one of the role words has code role.
func agentsHave(agents []*span, role string) bool {
	for _, a := range agents {
		if a.code == role {
			return true
		}
	}
	return false
}

// spanHead is the token of [first, end) whose head lies outside the span.
func spanHead(toks []doc.Token, first, end int) int {
	best := end - 1
	for i := first; i < end; i++ {
		h := toks[i].Head - 1
		if h < first || h >= end {
			best = i
			// prefer a noun
			if toks[i].UPOS == "NOUN" || toks[i].UPOS == "PROPN" {
				return i
			}
		}
	}
	return best
}

// owner climbs from t through the relations that put a word inside the
// noun phrase of its head.
func owner(toks []doc.Token, t int) int {
	for k := 0; k < 8; k++ {
		h := toks[t].Head - 1
		if h < 0 || h >= len(toks) {
			return t
		}
		hp := toks[h].UPOS
		nominal := hp == "NOUN" || hp == "PROPN" || hp == "PRON" || hp == "NUM" || hp == "ADJ" || hp == "X"
		switch rel := baseRel(toks[t].DepRel); rel {
		case "compound", "amod", "flat", "flat:name", "nmod:poss", "det", "nummod":
			if nominal {
				t = h
				continue
			}
		case "nmod", "nmod:desc", "nmod:npmod":
			// A noun modifier with no preposition is inside the phrase
			// ("Deputy Prime Minister Telemar" as some parsers attach it).
			if nominal && caseWord(toks, t) == "" && !hasPossCase(toks, t) {
				t = h
				continue
			}
		case "conj":
			// The conjunct of a modifier modifies the same noun: "Chinese
			// and EU officials" is one phrase with two actors.
			if hr := baseRel(toks[h].DepRel); nominal && (hr == "amod" || hr == "compound") {
				t = h
				continue
			}
		}
		return t
	}
	return t
}

// sharedNoun finds the noun that a bare actor word h shares with its
// conjunct: "Greek and Turkish diplomats" parsed with "Greek" as the head
// and "diplomats" (with "Turkish") as its conjunct is one phrase with two
// countries, as when "diplomats" heads it. The actor span sp is the one
// word h, right before the conjunction; the conjunct is a role word (an
// agent span) whose first word is an adjective or name. -1 when not so.
func sharedNoun(toks []doc.Token, spans []*span, sp *span, h int) int {
	if sp.agent || sp.first != h || sp.end != h+1 || h+2 >= len(toks) {
		return -1
	}
	if u := toks[h].UPOS; u != "ADJ" && u != "PROPN" {
		return -1
	}
	if baseRel(toks[h+1].DepRel) != "cc" {
		return -1
	}
	c := toks[h+1].Head - 1
	if c <= h+2 || c >= len(toks) || toks[c].Head-1 != h || baseRel(toks[c].DepRel) != "conj" || toks[c].UPOS != "NOUN" {
		return -1
	}
	m := h + 2
	if toks[m].Head-1 != c || (baseRel(toks[m].DepRel) != "amod" && baseRel(toks[m].DepRel) != "compound") {
		return -1
	}
	if u := toks[m].UPOS; u != "ADJ" && u != "PROPN" {
		return -1
	}
	for j := m + 1; j < c; j++ {
		if toks[j].Head-1 != c {
			return -1
		}
	}
	for _, o := range spans {
		if o.agent && o.head == c {
			return c
		}
	}
	return -1
}

// caseWord is the lower-cased preposition (case dependent) of token t.
func caseWord(toks []doc.Token, t int) string {
	for i := range toks {
		if toks[i].Head-1 == t && baseRel(toks[i].DepRel) == "case" && toks[i].Form != "'s" && toks[i].Form != "'" {
			return strings.ToLower(toks[i].Form)
		}
	}
	return ""
}

func spanText(toks []doc.Token, a, b int) string {
	var sb strings.Builder
	for i := a; i <= b && i < len(toks); i++ {
		sb.WriteString(toks[i].Form)
		if i < b && toks[i].SpaceAfter {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// match is the lexicon's longest match at words[i], except that when
// several people or actors share the longest name ("President Bush"), the
// one whose code on the date took effect most recently is taken: the
// office holder of the day rather than a predecessor.
func (r *Resolver) match(words []string, i int, date string) (lexicon.Match, bool) {
	m, ok := r.lex.Match(words, i, date)
	if !ok || m.Kind == lexicon.Agent || m.Kind == lexicon.Place || date == "" {
		return m, ok
	}
	all := r.lex.MatchAll(words, i, date)
	best, bestFrom := m, codeFrom(m.Entry, date)
	for _, c := range all {
		if c.End != m.End || c.Kind != m.Kind || c.Code == "" || c.Entry == m.Entry {
			continue
		}
		if f := codeFrom(c.Entry, date); f > bestFrom {
			best, bestFrom = c, f
		}
	}
	return best, ok
}

// codeFrom is the start of the dated code of e that applies on date; ""
// for an undated code.
func codeFrom(e *lexicon.Entry, date string) string {
	if e == nil {
		return ""
	}
	if len(date) > 10 {
		date = date[:10]
	}
	for _, c := range e.Codes {
		if !c.Undated() && c.Applies(date) {
			if c.From == "" {
				return "0000-00-00"
			}
			return c.From
		}
	}
	return ""
}

// hasPossCase reports whether t carries a possessive 's (a possessor, kept
// by the nmod:poss rule instead).
func hasPossCase(toks []doc.Token, t int) bool {
	for i := range toks {
		if toks[i].Head-1 == t && (toks[i].Form == "'s" || toks[i].Form == "'") {
			return true
		}
	}
	return false
}

// possessed reports whether the noun g has a possessor (a possessive
// pronoun or a name with 's).
func possessed(toks []doc.Token, g int) bool {
	for k := range toks {
		if toks[k].Head-1 == g && baseRel(toks[k].DepRel) == "nmod:poss" {
			return true
		}
	}
	return false
}

// lowerName reports whether a name match words[i:end] starts with a
// lower-case word (a common noun that is also a surname).
func lowerName(words []string, i, end int) bool {
	if i >= end || i >= len(words) || words[i] == "" {
		return false
	}
	c := words[i][0]
	return c >= 'a' && c <= 'z'
}

// insideLongerName reports whether the name words[i:end] stands inside a
// longer run of capitalised proper nouns that the lexicon does not know
// ("Mahamat Saleh Annadif" around "Saleh"): that is someone else. Titles
// and places next to it ("President Saleh", "Yemen's Saleh") are no part
// of a name.
func (r *Resolver) insideLongerName(toks []doc.Token, words []string, i, end int, date string) bool {
	other := func(j int) bool {
		if j < 0 || j >= len(toks) || toks[j].UPOS != "PROPN" || words[j] == "" || words[j][0] < 'A' || words[j][0] > 'Z' {
			return false
		}
		if m, ok := r.lex.Match(words, j, date); ok && m.Kind != lexicon.Person {
			return false // a title, a place, an organisation
		}
		for k := max(0, min(i, j)-3); k <= j; k++ {
			// inside a title, or a name the lexicon knows that overlaps
			// this one ("President Xi" next to "Xi Jinping")
			if m, ok := r.lex.Match(words, k, date); ok && m.End > j && (m.Kind != lexicon.Person || k >= i && k < end || m.End > i && k < i) {
				return false
			}
		}
		return !strings.HasSuffix(words[j], ".")
	}
	return other(i-1) || other(end)
}
