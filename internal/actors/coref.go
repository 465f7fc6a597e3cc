package actors

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
)

// Coreference within one document. Each sentence's mentions become
// antecedents for the anaphors of the sentences after it: pronouns (he,
// she, it, they and their object and possessive forms), a title alone
// ("the minister", "the Secretary", "the army"), "the country" and "these
// countries". An anaphor takes the nearest compatible mention before it in
// its sentence, else, sentence by sentence backwards, the subject of the
// main clause and then the other mentions in order. When the first
// compatible mention has no code (a person out of office, an unknown name)
// the anaphor stays unresolved: it is never guessed past.

// class is what an anaphor can refer to.
type class uint8

const (
	thing  class = iota // a country, organisation or body: "it", "its"
	person              // "he", "she"
	group               // a plural: "they", "their"
)

// minfo is what the anaphora pass needs to know of a mention.
type minfo struct {
	cls     class
	country string   // country code the phrase names ("" if none)
	region  bool     // a country or region alone, no role (for "these countries")
	titles  []string // lower-case role words and office notes ("foreign minister")
}

// ante is an antecedent candidate.
type ante struct {
	minfo
	sent, first, last, head int
	code                    string
	subj                    bool // subject of the sentence's main clause
	idx                     int  // index into the sentence's Mentions; -1 if none
	wild                    bool // an unknown name: person or organisation
}

// memory is what a document has taught so far.
type memory struct {
	names  map[string]coded // names learnt from titles and from people named
	antes  []ante           // earlier sentences' antecedents, in order
	blocks [][2]int         // code-less people of the current sentence
	sents  []*doc.Sentence  // the sentences seen, by index
}

func newMemory() *memory { return &memory{names: map[string]coded{}} }

func (m *memory) block(first, end int) { m.blocks = append(m.blocks, [2]int{first, end - 1}) }

// relational are role words whose possessor is not their country: "its
// creditors", "his opponents".
var relational = map[string]bool{
	"creditor": true, "lender": true, "bondholder": true, "donor": true, "investor": true,
	"supplier": true, "importer": true, "opponent": true, "critic": true, "rival": true,
	"enemy": true, "ally": true, "partner": true, "neighbour": true, "neighbor": true,
	"counterpart": true, "mediator": true, "negotiator": true, "observer": true,
}

// personWords are role words that name one person ("the minister"), as
// opposed to a body ("the ministry", "the army").
var personWords = map[string]bool{
	"minister": true, "president": true, "premier": true, "chancellor": true, "secretary": true,
	"king": true, "queen": true, "emir": true, "amir": true, "sultan": true, "prince": true,
	"princess": true, "monarch": true, "sheikh": true, "ambassador": true, "envoy": true,
	"emissary": true, "diplomat": true, "official": true, "chief": true, "general": true,
	"commander": true, "admiral": true, "colonel": true, "governor": true, "mayor": true,
	"leader": true, "adviser": true, "advisor": true, "aide": true, "senator": true,
	"lawmaker": true, "legislator": true, "judge": true, "prosecutor": true, "officer": true,
	"president-elect": true, "negotiator": true, "representative": true, "delegate": true,
	"counsellor": true, "counselor": true, "taoiseach": true, "pm": true, "speaker": true,
	"consul": true, "attorney": true, "lawyer": true, "journalist": true, "reporter": true,
	"correspondent": true, "editor": true, "executive": true, "ceo": true, "activist": true,
	"mufti": true, "imam": true, "cleric": true, "ayatollah": true, "pope": true,
	"bishop": true, "priest": true, "soldier": true, "director": true, "head": true,
	"deputy": true, "mediator": true, "parliamentarian": true, "mp": true,
}

func isPersonWord(w string) bool {
	w = strings.ToLower(w)
	if personWords[w] {
		return true
	}
	for _, suf := range []string{"man", "woman", "person"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func isPlural(t doc.Token) bool {
	return t.XPOS == "NNS" || t.XPOS == "NNPS" || strings.Contains(t.Feats, "Number=Plur")
}

// noteOn is the note of the entry's code that applies on date.
func noteOn(e *lexicon.Entry, date string) string {
	if e == nil {
		return ""
	}
	if len(date) > 10 {
		date = date[:10]
	}
	for i, c := range e.Codes {
		if !c.Undated() && (date == "" && c.To == "" || date != "" && c.Applies(date)) {
			if i < len(e.Notes) {
				return e.Notes[i]
			}
			return ""
		}
	}
	return ""
}

func lowerText(toks []doc.Token, first, end int) string {
	var parts []string
	for i := first; i < end && i < len(toks); i++ {
		parts = append(parts, strings.ToLower(toks[i].Form))
	}
	return strings.Join(parts, " ")
}

func countryOf(code string) string {
	if len(code) < 3 || strings.HasPrefix(code, "---") || strings.HasPrefix(code, "IGO") {
		return ""
	}
	// (A code that opens with no place has no country: the Muslim
	// Brotherhood OPPMUS, the Islamic State IMGMUSISI.)
	// (A place the ontology does not know, "GON" in a made-up test
	// world, is still a country.)
	if ont, err := cameo.Load(); err == nil {
		if _, place := ont.Place(code[:3]); !place {
			if _, part := ont.ActorPart(code[:3]); part {
				return ""
			}
		}
	}
	return code[:3]
}

// npInfo describes the phrase p (head h) for the anaphora pass.
func npInfo(toks []doc.Token, p *np, h int, date string) minfo {
	var in minfo
	var pers *span
	last := -1
	for _, a := range p.actors {
		kind := a.kind
		if kind == lexicon.Actor && dated(a.entry) {
			kind = lexicon.Person // PETRARCH's people: actors with dated codes
		}
		switch kind {
		case lexicon.Person:
			if pers == nil {
				pers = a
			}
			if in.country == "" {
				in.country = countryOf(a.code)
			}
		case lexicon.Country:
			if in.country == "" {
				in.country = countryOf(a.code)
			}
		case lexicon.Actor:
			// "the International Criminal Court" ... "the court": an
			// organisation is known by the head noun of its name.
			if hw := nameHead(toks, a.first, a.end); hw != "" {
				in.titles = append(in.titles, hw)
			}
			if a.entry != nil {
				// "the IMF" ... "the fund": the canonical name's head.
				var ct []doc.Token
				for _, w := range strings.Fields(a.entry.Name()) {
					ct = append(ct, doc.Token{Form: w})
				}
				if hw := nameHead(ct, 0, len(ct)); hw != "" {
					in.titles = append(in.titles, hw)
				}
			}
		}
		if a.end-1 > last {
			last = a.end - 1
		}
	}
	lastAgent := -1
	for _, a := range p.agents {
		in.titles = append(in.titles, lowerText(toks, a.first, a.end))
		if a.end-1 > lastAgent {
			lastAgent = a.end - 1
		}
	}
	if pers != nil {
		if note := noteOn(pers.entry, date); note != "" {
			in.titles = append(in.titles, strings.ToLower(note))
		}
	}
	nh := h
	if lastAgent >= 0 {
		nh = lastAgent
	} else if (nh < p.first || nh > p.last) && last >= 0 {
		nh = last
	}
	if nh < 0 || nh >= len(toks) {
		nh = h
	}
	switch {
	case pers != nil:
		in.cls = person
	case isPlural(toks[nh]) && !properName(toks, p, nh):
		in.cls = group
	case lastAgent >= 0 && isPersonWord(toks[lastAgent].Form):
		in.cls = person
	default:
		in.cls = thing
	}
	in.region = len(p.agents) == 0 && pers == nil
	return in
}

// properName reports whether a plural-looking head is part of an
// organisation's or country's name ("the United Nations", "the
// Philippines") rather than a plural ("Moldovans", "Gulf monarchies").
func properName(toks []doc.Token, p *np, nh int) bool {
	if toks[nh].XPOS != "NNPS" || len(p.agents) > 0 {
		return false
	}
	for _, a := range p.actors {
		if a.first <= nh && nh < a.end && (a.end-a.first > 1 || a.first > 0 && strings.EqualFold(toks[a.first-1].Form, "the")) {
			return true
		}
	}
	return false
}

// dated reports whether the entry has a code with a date range.
func dated(e *lexicon.Entry) bool {
	if e == nil {
		return false
	}
	for _, c := range e.Codes {
		if !c.Undated() {
			return true
		}
	}
	return false
}

// nameHead is the lower-case head noun of a multi-word name ("court" of
// "International Criminal Court", "department" of "Department of War");
// "" for one word or a name in capitals.
func nameHead(toks []doc.Token, first, end int) string {
	if end-first < 2 {
		return ""
	}
	h := end - 1
	for k := first + 1; k < end; k++ {
		if strings.EqualFold(toks[k].Form, "of") {
			h = k - 1
			break
		}
	}
	w := toks[h].Form
	if strings.ToUpper(w) == w {
		return ""
	}
	return strings.ToLower(w)
}

// run is a title run on the surface: [country] role words [name].
type run struct {
	first, end   int
	spans        []*span
	nameF, nameL int
}

// titleRuns finds "Kyrgyz president Sadyr Japarov", "UK Foreign Secretary
// David Lammy", "Interior Minister Reimberg": a country or organisation
// (optional), one or more adjacent role words, then a person of the
// dictionary or a run of proper nouns no entry covers.
func titleRuns(toks []doc.Token, spans []*span, inSpan []bool) []run {
	sorted := make([]*span, 0, len(spans))
	for _, sp := range spans {
		if !sp.coord {
			sorted = append(sorted, sp)
		}
	}
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].first < sorted[b].first })
	var out []run
	for i := 0; i < len(sorted); i++ {
		s0 := sorted[i]
		if !s0.agent && s0.kind != lexicon.Country && s0.kind != lexicon.Actor {
			continue
		}
		ru := run{first: s0.first, end: s0.end, spans: []*span{s0}, nameF: -1, nameL: -1}
		agent := s0.agent
		named := false
		j := i + 1
		for ; j < len(sorted); j++ {
			sp := sorted[j]
			if sp.first != ru.end {
				break
			}
			if sp.agent {
				ru.spans = append(ru.spans, sp)
				ru.end = sp.end
				agent = true
				continue
			}
			if sp.kind == lexicon.Person && (agent || i == j-1 && s0.kind == lexicon.Country) {
				ru.spans = append(ru.spans, sp)
				ru.end = sp.end
				named = true
				j++
			}
			break
		}
		if !agent && !named {
			continue
		}
		if !named {
			k := ru.end
			for k < len(toks) && toks[k].UPOS == "PROPN" && !inSpan[k] {
				k++
			}
			if k > ru.end {
				ru.nameF, ru.nameL = ru.end, k-1
				ru.end = k
			}
		}
		if len(ru.spans) < 2 && ru.nameF < 0 {
			continue
		}
		out = append(out, ru)
		i = j - 1
	}
	return out
}

// mainSubj reports whether token h heads the subject of the main clause
// (or is in apposition to it).
func mainSubj(toks []doc.Token, h int) bool {
	for k := 0; k < 3 && h >= 0 && h < len(toks); k++ {
		switch baseRel(toks[h].DepRel) {
		case "nsubj", "nsubj:pass":
			g := toks[h].Head - 1
			return g >= 0 && g < len(toks) && toks[g].Head == 0
		case "appos", "flat", "flat:name", "compound":
			h = toks[h].Head - 1
			continue
		}
		return false
	}
	return false
}

// anaphora resolves the anaphors of sentence si and records its mentions
// as antecedents.
func (m *memory) anaphora(si int, s *doc.Sentence, infos []minfo) {
	toks := s.Tokens
	blocks := m.blocks
	m.blocks = nil
	for len(m.sents) <= si {
		m.sents = append(m.sents, nil)
	}
	m.sents[si] = s
	for len(infos) < len(s.Mentions) {
		infos = append(infos, minfo{})
	}
	covered := make([]bool, len(toks))
	var cur []ante
	for k, mt := range s.Mentions {
		cur = append(cur, ante{minfo: infos[k], sent: si, first: mt.First, last: mt.Last, head: mt.Head, code: mt.Code, subj: mainSubj(toks, mt.Head), idx: k})
		for t := mt.First; t <= mt.Last && t >= 0 && t < len(toks); t++ {
			covered[t] = true
		}
	}
	// People with no code on the date, and unknown names as subjects,
	// stand in the way of a pronoun: it is not resolved past them.
	for _, b := range blocks {
		if b[0] >= 0 && b[0] < len(toks) && !covered[b[0]] {
			cur = append(cur, ante{minfo: minfo{cls: person}, sent: si, first: b[0], last: b[1], head: b[1], subj: mainSubj(toks, b[1]), idx: -1})
		}
	}
	for t, tk := range toks {
		if tk.UPOS == "PROPN" && !covered[t] && baseRel(tk.DepRel) == "nsubj" && !isHonorific(tk.Form) {
			cur = append(cur, ante{minfo: minfo{cls: person}, sent: si, first: t, last: t, head: t, subj: mainSubj(toks, t), idx: -1, wild: true})
		}
	}
	ledBy(s, cur)
	m.localParties(s, cur)
	m.counterparts(si, s, &cur)
	for t := range toks {
		m.anaphor(si, s, t, &cur)
	}
	m.storyCountry(s, cur)
	sort.SliceStable(cur, func(a, b int) bool { return cur[a].first < cur[b].first })
	m.antes = append(m.antes, cur...)
}

// storyRoles are the roles of a country's own people and home bodies
// that a story names with no country ("police", "pupils", "the
// broadcaster's staff"); not soldiers, officials, gunmen or refugees,
// who as often come from elsewhere.
var storyRoles = map[string]bool{"COP": true, "JUD": true, "LEG": true, "OPP": true, "CVL": true, "PPL": true,
	"EDU": true, "MED": true, "HLH": true, "LAB": true, "REL": true, "AGR": true, "BUS": true, "CRM": true}

// storyCountry gives the role-only mentions of sentence s that are a
// country's own people or home bodies the country the story is about
// (named at least twice so far, more than any other), when the sentence
// names no other country: "Gunmen abducted 287 pupils from a school in
// Kuriga" in a story from Kaduna, Nigeria (NGAEDU).
func (m *memory) storyCountry(s *doc.Sentence, cur []ante) {
	c := ""
	for k := range s.Mentions {
		mt := &s.Mentions[k]
		if len(mt.Code) != 6 || !strings.HasPrefix(mt.Code, "---") || !storyRoles[mt.Code[3:]] || foreignText(mt.Text) || qualified(s.Tokens, mt.Head) {
			continue
		}
		if c == "" {
			if c = m.dominant(cur); c == "" {
				return
			}
			for _, a := range cur {
				if a.country != "" && a.country != c {
					return // the sentence names another country
				}
			}
		}
		recode(s, k, c+mt.Code[3:], "built-in:story-country", cur)
	}
}

// foreignText reports whether a phrase says its people are from
// elsewhere ("foreign journalists", "international observers").
func foreignText(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		switch w {
		case "foreign", "international", "overseas", "expatriate", "expatriates", "foreigners":
			return true
		}
	}
	return false
}

// find returns the antecedent for an anaphor at token t of sentence si:
// the nearest compatible mention before it in the sentence, else in the
// window sentences before, the main subject first.
func (m *memory) find(cur []ante, si, t, window int, ok func(a *ante) bool) *ante {
	best := -1
	for k := range cur {
		a := &cur[k]
		if a.last >= t || !ok(a) {
			continue
		}
		if best < 0 || a.last > cur[best].last {
			best = k
		}
	}
	if best >= 0 {
		return &cur[best]
	}
	end := len(m.antes)
	for back := 1; back <= window && si-back >= 0; back++ {
		sent := si - back
		start := end
		for start > 0 && m.antes[start-1].sent >= sent {
			start--
		}
		list := m.antes[start:end]
		end = start
		for k := range list {
			if list[k].subj && list[k].sent == sent && ok(&list[k]) {
				return &list[k]
			}
		}
		for k := range list {
			if list[k].sent == sent && ok(&list[k]) {
				return &list[k]
			}
		}
	}
	return nil
}

// titleMatch reports whether the words of a title alone ("foreign
// minister", "secretary") fit one of an antecedent's titles.
func titleMatch(want []string, titles []string) bool {
	if len(want) == 0 {
		return false
	}
	in := func(w string, ws []string) bool {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
		return false
	}
	for _, ti := range titles {
		tw := strings.Fields(strings.NewReplacer("-", " ", ",", " ", "(", " ", ")", " ").Replace(ti))
		all := true
		for _, w := range want {
			if !in(w, tw) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		// "the minister" is not the prime minister, "the president" not
		// the vice president.
		for _, q := range []string{"prime", "vice", "deputy", "first", "acting", "former"} {
			if in(q, tw) && !in(q, want) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// clauseHead is the verb (or root) of the clause token t stands in.
func clauseHead(toks []doc.Token, t int) int {
	c := toks[t].Head - 1
	for k := 0; k < 10 && c >= 0 && c < len(toks); k++ {
		if toks[c].UPOS == "VERB" || toks[c].UPOS == "AUX" || toks[c].Head == 0 {
			return c
		}
		c = toks[c].Head - 1
	}
	return c
}

// coArgument reports whether the mention headed by h is the subject of
// the clause of token t, or the noun that clause modifies: a pronoun
// object does not refer to either ("Yellen told him", "police used water
// cannon against them").
func coArgument(toks []doc.Token, t, h int) bool {
	if h < 0 || h >= len(toks) {
		return false
	}
	c := clauseHead(toks, t)
	if c < 0 || c >= len(toks) {
		return false
	}
	if toks[h].Head-1 == c && strings.HasPrefix(baseRel(toks[h].DepRel), "nsubj") {
		return true
	}
	r := baseRel(toks[c].DepRel)
	return (r == "acl" || r == "acl:relcl") && toks[c].Head-1 == h
}

// clauseSubject is the mention of class want that is the subject of the
// clause of token t or of a clause above it, nearest first, and stands
// before t.
func clauseSubject(toks []doc.Token, t int, cur []ante, want class) *ante {
	c := clauseHead(toks, t)
	for k := 0; k < 6 && c >= 0 && c < len(toks); k++ {
		for i := range cur {
			a := &cur[i]
			if a.head >= 0 && a.head < len(toks) && a.last < t && toks[a.head].Head-1 == c && strings.HasPrefix(baseRel(toks[a.head].DepRel), "nsubj") {
				if a.cls == want {
					return a
				}
				break
			}
		}
		if toks[c].Head == 0 {
			break
		}
		c = clauseHead(toks, c)
	}
	return nil
}

// coordinated reports whether antecedent a is one of several actors
// named together (a coordination, or one phrase with several codes): a
// pronoun for them all has no single code.
func (m *memory) coordinated(a *ante, cur []ante) bool {
	if a.sent < 0 || a.sent >= len(m.sents) || m.sents[a.sent] == nil {
		return false
	}
	toks := m.sents[a.sent].Tokens
	list := cur
	if len(cur) == 0 || cur[0].sent != a.sent {
		list = nil
		for _, b := range m.antes {
			if b.sent == a.sent {
				list = append(list, b)
			}
		}
	}
	for _, b := range list {
		if b.head == a.head && b.code != a.code && b.code != "" {
			return true
		}
		if b.head == a.head || b.head < 0 || b.head >= len(toks) || a.head < 0 || a.head >= len(toks) {
			continue
		}
		if baseRel(toks[b.head].DepRel) == "conj" && toks[b.head].Head-1 == a.head || baseRel(toks[a.head].DepRel) == "conj" && toks[a.head].Head-1 == b.head {
			return true
		}
	}
	return false
}

// speaker reports whether token t is the subject of a verb of saying: a
// thing that is no actor does not say ("Iran signed the deal. It said").
func speaker(toks []doc.Token, t int) bool {
	h := toks[t].Head - 1
	if !strings.HasPrefix(baseRel(toks[t].DepRel), "nsubj") || h < 0 || h >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[h].Lemma) {
	case "say", "tell", "announce", "add", "warn", "state", "claim", "insist", "deny", "argue", "accuse", "urge", "call", "demand", "reject", "threaten", "vow", "pledge", "promise", "declare", "confirm":
		return true
	}
	return false
}

// coordinatedSubject resolves a plural pronoun t that is the subject of a
// clause governed by a verb whose subject is two or more coordinated
// actors of the same sentence ("Armenia and Azerbaijan said that they had
// finalised the text"): the pronoun is each of them. It reports whether
// it added mentions.
func (m *memory) coordinatedSubject(si int, s *doc.Sentence, t int, cur *[]ante) bool {
	toks := s.Tokens
	if !strings.HasPrefix(baseRel(toks[t].DepRel), "nsubj") {
		return false
	}
	c := toks[t].Head - 1
	if c < 0 || c >= len(toks) {
		return false
	}
	switch baseRel(toks[c].DepRel) {
	case "ccomp", "xcomp", "advcl":
	default:
		return false
	}
	g := toks[c].Head - 1
	if g < 0 || g >= len(toks) {
		return false
	}
	var antes []*ante
	for i := range *cur {
		a := &(*cur)[i]
		if a.sent != si || a.head < 0 || a.head >= t || a.code == "" || strings.HasPrefix(a.code, "---") {
			continue
		}
		h := a.head
		for steps := 0; steps < len(toks) && baseRel(toks[h].DepRel) == "conj" && toks[h].Head > 0 && toks[h].Head <= len(toks); steps++ {
			h = toks[h].Head - 1
		}
		if toks[h].Head-1 == g && strings.HasPrefix(baseRel(toks[h].DepRel), "nsubj") {
			antes = append(antes, a)
		}
	}
	if len(antes) < 2 {
		return false
	}
	for _, a := range antes {
		m.add(si, s, t, t, t, a.code, "built-in:pronoun", a.minfo, cur)
	}
	return true
}

// competitor reports whether a common noun that no mention covers stands
// as a subject or object between antecedent a and the pronoun at token t
// of sentence si, and agrees with the pronoun in number: "it" or "they"
// may as well mean that thing.
func (m *memory) competitor(a *ante, si, t int, plural bool) bool {
	for k := a.sent; k <= si && k >= 0; k++ {
		if k >= len(m.sents) || m.sents[k] == nil {
			continue
		}
		s := m.sents[k]
		from, to := 0, len(s.Tokens)
		if k == a.sent {
			from = a.last + 1
		}
		if k == si {
			to = t
		}
		for i := from; i < to && i < len(s.Tokens); i++ {
			tk := s.Tokens[i]
			if tk.UPOS != "NOUN" || isPlural(tk) != plural {
				continue
			}
			switch baseRel(tk.DepRel) {
			case "nsubj", "nsubj:pass", "obj":
			default:
				continue
			}
			covered := false
			for _, mt := range s.Mentions {
				if mt.First <= i && i <= mt.Last {
					covered = true
					break
				}
			}
			if !covered {
				return true
			}
		}
	}
	return false
}

// dominant is the country the document is about so far: named at least
// twice and more often than any other; "" if none.
func (m *memory) dominant(cur []ante) string {
	count := map[string]int{}
	for _, list := range [][]ante{m.antes, cur} {
		for _, a := range list {
			if a.country != "" && a.code != "" {
				count[a.country]++
			}
		}
	}
	best, n, second := "", 0, 0
	for c, k := range count {
		switch {
		case k > n:
			best, second, n = c, n, k
		case k > second:
			second = k
		}
	}
	if n >= 2 && n > second {
		return best
	}
	return ""
}

// anaphor resolves token t if it is an anaphor.
func (m *memory) anaphor(si int, s *doc.Sentence, t int, cur *[]ante) {
	toks := s.Tokens
	tk := toks[t]
	lw := strings.ToLower(tk.Form)
	rel := baseRel(tk.DepRel)
	var want class
	pron := true
	switch lw {
	case "he", "him", "his", "himself", "she", "her", "hers", "herself":
		want = person
	case "it", "its", "itself":
		want = thing
	case "they", "them", "their", "themselves":
		want = group
	default:
		pron = false
	}
	if pron {
		if tk.UPOS != "PRON" && tk.UPOS != "DET" && !strings.HasPrefix(tk.XPOS, "PRP") {
			return
		}
		if rel == "expl" || hasMention(s, t) {
			return
		}
		if rel == "nmod:poss" {
			// "his Pakistani counterpart": the phrase has its own actor.
			if k := mentionAt(s, tk.Head-1); k >= 0 && countryOf(s.Mentions[k].Code) != "" {
				return
			}
		}
		object := rel == "obj" || rel == "iobj" || rel == "obl" || rel == "nmod"
		if want == group && m.coordinatedSubject(si, s, t, cur) {
			return // "Armenia and Azerbaijan said that they had ...": both
		}
		var a *ante
		if strings.HasPrefix(rel, "nsubj") && want != person {
			// "The coalition said that it had expelled Qatar": the
			// subject of what a speaker says is the speaker, before any
			// nearer noun ("Yemen" in the coalition's name).
			a = speechSubject(toks, t, *cur, want)
		}
		if a == nil && rel == "nmod:poss" {
			// "The Sri Lankan government asked the IMF for more time on
			// its reforms": a possessive prefers the subject of its
			// clause, or of a clause above, to a nearer object.
			a = clauseSubject(toks, t, *cur, want)
		}
		if a == nil {
			a = m.find(*cur, si, t, 2, func(a *ante) bool {
				if a.wild && want != group {
					return true // an unknown name stands in the way
				}
				if a.cls != want {
					return false
				}
				if object && a.sent == si && coArgument(toks, t, a.head) {
					return false // "Yellen told him": not Yellen
				}
				return true
			})
		}
		if a == nil || a.code == "" || strings.HasPrefix(a.code, "---") {
			return
		}
		if m.coordinated(a, *cur) {
			return // "Ruto and Museveni ... He", "the envoys of Chile, Peru and Bolivia ... their"
		}
		if (want == thing || want == group) && rel != "nmod:poss" && !speaker(toks, t) && m.competitor(a, si, t, want == group) {
			return // "Russia launched a missile. It struck ...": not guessed
		}
		m.add(si, s, t, t, t, a.code, "built-in:pronoun", a.minfo, cur)
		if nominative[lw] && rel == "nmod:poss" {
			// "He and Ecuador's president signed ..." parsed with "He and
			// Ecuador's" as the possessor: a subject pronoun owns nothing;
			// the role phrase is of the possessor coordinated with it.
			m.fillPossessedByConjunct(s, t, cur)
			return
		}
		m.fillPossessed(si, s, t, a.code, cur)
		return
	}
	if tk.UPOS != "NOUN" && tk.UPOS != "PROPN" {
		return
	}
	// A definite phrase: its determiner and the words between it and t.
	det := -1
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if toks[k].Head-1 != t {
			break
		}
		r := baseRel(toks[k].DepRel)
		if r == "det" {
			det = k
			break
		}
		if r != "amod" && r != "compound" && r != "nummod" {
			return
		}
	}
	if det < 0 {
		return
	}
	if m.twoParties(si, s, t, det, cur) {
		return
	}
	for k := range toks {
		if toks[k].Head-1 == t && (baseRel(toks[k].DepRel) == "nmod:poss" || baseRel(toks[k].DepRel) == "nummod") {
			return
		}
	}
	dw := strings.ToLower(toks[det].Form)
	var words []string
	for k := det + 1; k <= t; k++ {
		words = append(words, strings.ToLower(toks[k].Form))
	}
	head := strings.ToLower(tk.Form)
	own := mentionAt(s, t)
	// "the emir's measures" read as one role phrase headed by what is
	// possessed: the title is the possessor's, resolved as a title alone.
	possOwn := -1
	if own < 0 && baseRel(tk.DepRel) == "nmod:poss" {
		if k := mentionAt(s, tk.Head-1); k >= 0 && s.Mentions[k].First <= t && t <= s.Mentions[k].Last && strings.HasPrefix(s.Mentions[k].Code, "---") {
			own, possOwn = k, k
		}
	}
	// "the South American country" is a state named before, not the
	// region its dictionary entry names.
	described := dw == "the" && len(words) > 1 && stateNouns[head] && (own < 0 || regionCode(s.Mentions[own].Code))
	if !described && own >= 0 && s.Mentions[own].Code != "" && !strings.HasPrefix(s.Mentions[own].Code, "---") {
		return // already resolved
	}
	switch {
	case dw == "the" && len(words) == 1 && (head == "country" || head == "nation"):
		a := m.find(*cur, si, t, 3, func(a *ante) bool {
			// "Beijing respected the country's sovereignty": not Beijing.
			return a.country != "" && !(a.sent == si && a.cls == thing && coArgument(toks, t, a.head))
		})
		if a == nil {
			return
		}
		m.add(si, s, det, t, t, a.country, "built-in:the-country", minfo{cls: thing, country: a.country, region: true}, cur)
		m.fillPossessed(si, s, t, a.country, cur)
	case described:
		// "the Gulf state", "the oil-rich kingdom", "the island nation":
		// a state named before, by its name or its government.
		// (not the country of the clause's subject: "Guyana's minister
		// accused the South American country" is not Guyana)
		subj := ""
		for i := range *cur {
			if c := &(*cur)[i]; c.sent == si && c.last < t && coArgument(toks, t, c.head) {
				subj = c.country
			}
		}
		a := m.find(*cur, si, t, 2, func(a *ante) bool {
			return a.country != "" && a.country != subj && (a.code == a.country || a.code == a.country+"GOV") &&
				!(a.sent == si && coArgument(toks, t, a.head)) && !regionCode(a.code)
		})
		if a == nil {
			return
		}
		if own >= 0 {
			mt := &s.Mentions[own]
			mt.Code, mt.Country, mt.Rule = a.country, a.country, "built-in:the-country"
			if ci := curIndex(*cur, own); ci >= 0 {
				(*cur)[ci].code, (*cur)[ci].country = a.country, a.country
			}
			return
		}
		m.add(si, s, det, t, t, a.country, "built-in:the-country", minfo{cls: thing, country: a.country, region: true}, cur)
		m.fillPossessed(si, s, t, a.country, cur)
	case (dw == "these" || dw == "those") && len(words) == 1 && (head == "countries" || head == "nations" || head == "states"):
		a := m.find(*cur, si, t, 2, func(a *ante) bool {
			return a.cls == group && a.region && len(a.code) == 3 && !strings.HasPrefix(a.code, "---")
		})
		if a == nil {
			return
		}
		m.add(si, s, det, t, t, a.code, "built-in:these-countries", a.minfo, cur)
	case (dw == "the" || dw == "this") && len(words) == 1 && own < 0 && collectiveNouns[head] != "":
		// "the bloc", "the alliance", "the group": the organisation or
		// armed group named last.
		kind := collectiveNouns[head]
		window := 3
		if namedCollective[head] {
			window = si // the one league of the story, however far back
		}
		a := m.find(*cur, si, t, window, func(a *ante) bool {
			// ("the league", "the agency": one known by that word,
			// the Arab League, the IAEA)
			if namedCollective[head] && !titleMatch([]string{head}, a.titles) {
				return false
			}
			igo := strings.HasPrefix(a.code, "IGO")
			armed := strings.HasPrefix(a.code, "IMG") || len(a.code) > 3 && (strings.HasSuffix(a.code, "REB") || strings.HasSuffix(a.code, "UAF"))
			return kind == "igo" && igo || kind == "armed" && armed || kind == "either" && (igo || armed)
		})
		if a == nil {
			return
		}
		m.add(si, s, det, t, t, a.code, "built-in:the-bloc", a.minfo, cur)
	case dw == "the" && (!namedQualifier(toks, det, t) || roleTitle(s, own, det)) && (own >= 0 || head == "secretary" || len(words) == 1 && tk.UPOS == "NOUN" && m.orgHead(*cur, head)):
		// (A state's body is no armed group whose name ends in its word:
		// "the army" after "the National Liberation Army".)
		stateBody := own >= 0 && counterpartRoles[strings.TrimPrefix(s.Mentions[own].Code, "---")]
		fits := func(a *ante) bool {
			if stateBody && (strings.HasPrefix(a.code, "IMG") || len(a.code) > 3 && armedRoles[a.code[len(a.code)-3:]]) {
				return false
			}
			return a.code != "" && !strings.HasPrefix(a.code, "---") && titleMatch(words, a.titles)
		}
		a := m.find(*cur, si, t, si, fits)
		if a != nil && a.sent != si && a.country != "" && own >= 0 && !isPersonWord(head) && counterpartRoles[strings.TrimPrefix(s.Mentions[own].Code, "---")] {
			// "the government" told of before, but a sentence about
			// another country ("In Ethiopia, the government ..."): that
			// country's body, or none when the sentence names two.
			if c, n := sentenceCountry(toks, *cur, t); n > 0 && c != a.country {
				a = nil
			}
		}
		if a != nil && m.rival(*cur, a, fits) {
			return // "the president" after two presidents: not guessed
		}
		code := ""
		var in minfo
		if a != nil {
			code = a.code
			in = a.minfo
		} else if own >= 0 && !isPersonWord(head) {
			// "the army", "the police", "the government": the nearest body
			// of the same role, else the country the document is about.
			role := strings.TrimPrefix(s.Mentions[own].Code, "---")
			if role == "" {
				return
			}
			// "the militant group", "the rebels": an armed group named
			// before (the Islamic State, IMG...), whatever its country.
			if role == "INS" || role == "REB" || role == "SEP" || role == "UAF" {
				a = m.find(*cur, si, t, 3, func(a *ante) bool {
					return strings.HasPrefix(a.code, "IMG") || len(a.code) > 3 && (strings.HasSuffix(a.code, "INS") || strings.HasSuffix(a.code, "REB") || strings.HasSuffix(a.code, "UAF"))
				})
				if a != nil {
					m.add(si, s, det, t, t, a.code, "built-in:title-alone", a.minfo, cur)
					return
				}
			}
			sameRole := func(a *ante) bool {
				return a.country != "" && strings.HasSuffix(a.code, role)
			}
			a = m.find(*cur, si, t, 0, sameRole)
			if a == nil && counterpartRoles[role] {
				// "aid to Sudan, where fighting between the army and the
				// RSF ...": a state's body takes the country the sentence
				// names, before any country of earlier sentences; with two
				// countries named, the role is not guessed.
				if c, n := sentenceCountry(toks, *cur, t); n == 1 {
					code, in = c+role, minfo{country: c}
				} else if n > 1 {
					return
				}
			}
			if code == "" {
				if a == nil {
					a = m.find(*cur, si, t, 3, sameRole)
				}
				if a != nil {
					code, in = a.country+role, a.minfo
				} else if c := m.scene(si); c != "" && !counterpartRoles[role] {
					// "In Iraq, protesters stormed the parliament ...
					// Security forces fired tear gas at the protesters": the
					// one country of the sentence before (not for a state's
					// body, which the story's country serves).
					code, in = c+role, minfo{country: c}
				} else if c := m.dominant(*cur); c != "" {
					code, in = c+role, minfo{country: c}
				}
			}
		}
		if code == "" {
			return
		}
		if own >= 0 {
			if k := curIndex(*cur, own); k >= 0 {
				in.cls = (*cur)[k].cls
			}
		}
		if possOwn >= 0 {
			recode(s, possOwn, code, "built-in:title-alone", *cur)
			return
		}
		m.add(si, s, det, t, t, code, "built-in:title-alone", in, cur)
	}
}

// namedCollective are collective nouns that refer only to an organisation
// known by that word.
var namedCollective = map[string]bool{"league": true, "agency": true}

// collectiveNouns refer to an organisation ("igo"), an armed group
// ("armed") or either named before: "the bloc suspended Niger".
var collectiveNouns = map[string]string{"bloc": "igo", "organisation": "igo", "organization": "igo",
	"grouping": "igo", "union": "igo", "alliance": "either", "coalition": "either",
	"group": "either", "movement": "armed", "militia": "armed", "league": "igo", "agency": "igo"}

// orgHead reports whether an earlier organisation of the document is
// known by the noun w ("the court", "the fund").
func (m *memory) orgHead(cur []ante, w string) bool {
	for _, list := range [][]ante{m.antes, cur} {
		for _, a := range list {
			if a.cls == thing && a.country == "" && strings.HasPrefix(a.code, "IGO") || a.cls == thing && a.region {
				for _, ti := range a.titles {
					if ti == w {
						return true
					}
				}
			}
		}
	}
	return false
}

// rival reports whether another mention of a's sentence fits as well as a
// with a different code.
func (m *memory) rival(cur []ante, a *ante, fits func(*ante) bool) bool {
	for _, list := range [][]ante{m.antes, cur} {
		for k := range list {
			b := &list[k]
			if b.sent == a.sent && b.code != a.code && fits(b) {
				return true
			}
		}
	}
	return false
}

func curIndex(cur []ante, idx int) int {
	for k := range cur {
		if cur[k].idx == idx {
			return k
		}
	}
	return -1
}

func hasMention(s *doc.Sentence, t int) bool {
	for _, mt := range s.Mentions {
		if mt.First <= t && t <= mt.Last && mt.Code != "" {
			return true
		}
	}
	return false
}

func mentionAt(s *doc.Sentence, t int) int {
	for k, mt := range s.Mentions {
		if mt.Head == t {
			return k
		}
	}
	return -1
}

// add records a resolved anaphor over tokens [first, last] (head h): it
// updates a role-only mention already there or adds one.
func (m *memory) add(si int, s *doc.Sentence, first, last, h int, code, rule string, in minfo, cur *[]ante) {
	toks := s.Tokens
	if k := mentionAt(s, h); k >= 0 && (s.Mentions[k].Code == "" || strings.HasPrefix(s.Mentions[k].Code, "---")) {
		mt := &s.Mentions[k]
		mt.Code, mt.Country, mt.Rule = code, countryOf(code), rule
		ci := curIndex(*cur, k)
		if ci < 0 {
			return
		}
		c := &(*cur)[ci]
		c.code = code
		c.titles = append(append([]string(nil), c.titles...), in.titles...)
		if c.country == "" {
			c.country = in.country
		}
		return
	}
	mt := doc.Mention{First: first, Last: last, Head: h, Code: code, Country: countryOf(code), Rule: rule,
		Start: toks[first].Start, End: toks[last].End, Text: spanText(toks, first, last)}
	s.Mentions = append(s.Mentions, mt)
	*cur = append(*cur, ante{minfo: in, sent: si, first: first, last: last, head: h, code: code, subj: mainSubj(toks, h), idx: len(s.Mentions) - 1})
}

// fillPossessed gives a role phrase with no country the country of its
// resolved possessor: "its officials", "his government", "the country's
// government".
func (m *memory) fillPossessed(si int, s *doc.Sentence, t int, code string, cur *[]ante) {
	toks := s.Tokens
	if baseRel(toks[t].DepRel) != "nmod:poss" {
		return
	}
	h := toks[t].Head - 1
	k := mentionAt(s, h)
	if k < 0 && h >= 0 && h < len(toks) && followerNouns[strings.ToLower(toks[h].Lemma)] && !strings.HasPrefix(code, "---") {
		// "his supporters", "Mondlane's followers": the possessor's own
		// camp, coded as the possessor is.
		m.add(si, s, t, h, h, code, "built-in:followers", minfo{cls: group, country: countryOf(code)}, cur)
		return
	}
	if k < 0 || !strings.HasPrefix(s.Mentions[k].Code, "---") {
		return
	}
	if relational[strings.ToLower(toks[h].Lemma)] || relational[strings.TrimSuffix(strings.ToLower(toks[h].Form), "s")] {
		return // "its creditors" are not its own
	}
	role := strings.TrimPrefix(s.Mentions[k].Code, "---")
	// An armed group's fighters are the group: "M23 rebels ... as their
	// fighters pushed into the city" CODREB, as "Hamas fighters" are.
	// (So is a gang leader's coalition: "his coalition" of a gang
	// leader is the gangs', not a party.)
	outlaw := strings.HasPrefix(code, "IMG") || len(code) >= 6 && (armedRoles[code[len(code)-3:]] || strings.HasSuffix(code, "CRM"))
	if (armedRoles[role] || role == "PTY") && outlaw {
		mt := &s.Mentions[k]
		mt.Code, mt.Country, mt.Rule = code, countryOf(code), mt.Rule+"+built-in:possessor"
		if ci := curIndex(*cur, k); ci >= 0 {
			(*cur)[ci].code = code
		}
		return
	}
	base := countryOf(code)
	if base == "" {
		if !strings.HasPrefix(code, "IGO") {
			return
		}
		base = code
	}
	nc := base + role
	if strings.HasSuffix(code, role) && strings.HasPrefix(code, base) {
		nc = code
	}
	mt := &s.Mentions[k]
	mt.Code, mt.Country, mt.Rule = nc, countryOf(nc), mt.Rule+"+built-in:possessor"
	if ci := curIndex(*cur, k); ci >= 0 {
		(*cur)[ci].code = nc
	}
}

// pairHeads are the plural heads of "the two governments", "both
// countries", with the role they give.
var pairHeads = map[string]string{"countries": "", "nations": "", "states": "", "sides": "", "neighbours": "",
	"neighbors": "", "governments": "GOV", "leaders": "GOV", "presidents": "GOV"}

// twoParties resolves "the two governments", "both countries" (head t,
// determiner det) to the two countries the story named last, in this
// sentence before t or in the three before it: two mentions on the same
// head, so that the coder takes each as a party.
func (m *memory) twoParties(si int, s *doc.Sentence, t, det int, cur *[]ante) bool {
	toks := s.Tokens
	role, ok := pairHeads[strings.ToLower(toks[t].Form)]
	if !ok {
		return false
	}
	if hasMention(s, t) {
		// (a mention that covers t but is headed elsewhere has no index
		// at t: no role phrase to fill)
		if k := mentionAt(s, t); k < 0 || !strings.HasPrefix(s.Mentions[k].Code, "---") {
			return false
		}
	}
	dw := strings.ToLower(toks[det].Form)
	// "both sides" is usually a conflict's two parties, not the last
	// two countries named ("Washington urged both sides to show
	// restraint"): only "the two sides" is taken.
	two := dw == "both" && role != "" || dw == "both" && strings.ToLower(toks[t].Form) != "sides" && strings.ToLower(toks[t].Form) != "parties"
	// "Both sides pledged to withdraw": as the subject of its clause, the
	// two the story has just told of.
	if dw == "both" && strings.HasPrefix(baseRel(toks[t].DepRel), "nsubj") {
		two = true
	}
	n := 2
	if dw == "the" && det+1 < t && toks[det+1].Head-1 == t {
		switch strings.ToLower(toks[det+1].Form) {
		case "two":
			two = true
		case "three":
			// "Spain, Ireland and Norway recognised Palestine ... Israel
			// recalled its ambassadors from the three countries": the
			// three named together.
			if g := m.namedGroup(si, s, det, *cur, 3, 3, false); g != nil && role == "" {
				in := minfo{cls: group, region: true}
				for _, c := range g {
					in.country = c
					m.add(si, s, det, t, t, c, "built-in:the-two", in, cur)
				}
				return true
			}
			return false
		}
	}
	// "Egypt and Qatar, which mediate between Israel and Hamas, urged both
	// sides to accept a deal": the conflict's two parties, when the
	// sentence or the one before names them together.
	bothSides := !two && dw == "both" && role == ""
	if bothSides {
		if g := m.namedGroup(si, s, det, *cur, 2, 1, true); g != nil {
			in := minfo{cls: group, region: true}
			for _, c := range g {
				in.country = countryOf(c)
				m.add(si, s, det, t, t, c, "built-in:the-two", in, cur)
			}
			return true
		}
	}
	if !two {
		return false
	}
	var found []string
	take := func(a *ante, ms []doc.Mention) bool {
		if a.country == "" || len(a.country) != 3 || strings.HasPrefix(a.country, "---") {
			return false
		}
		if a.idx >= 0 && a.idx < len(ms) && strings.Contains(ms[a.idx].Rule, "igos.txt") {
			return false // a region or organisation, not a country
		}
		for _, f := range found {
			if f == a.country {
				return false
			}
		}
		found = append(found, a.country)
		return len(found) == n
	}
	// "Saudi Arabia hosted Indian and Pakistani officials ... The UN
	// called on both countries": countries named together, as a pair,
	// are the two, before the last two named one by one.
	if role == "" {
		if pair := m.namedPair(si, s, det, *cur); pair != nil {
			found = pair
		}
	}
	for k := len(*cur) - 1; k >= 0 && len(found) < 2; k-- {
		// Not the phrase's own clause-mate: "Washington urged the two
		// sides" does not include Washington.
		if a := &(*cur)[k]; a.last < det && !coArgument(toks, t, a.head) && take(a, s.Mentions) {
			break
		}
	}
	for k := len(m.antes) - 1; k >= 0 && len(found) < 2; k-- {
		a := &m.antes[k]
		if a.sent < si-3 {
			break
		}
		var ms []doc.Mention
		if a.sent >= 0 && a.sent < len(m.sents) && m.sents[a.sent] != nil {
			ms = m.sents[a.sent].Mentions
		}
		if take(a, ms) {
			break
		}
	}
	if len(found) != 2 {
		return false
	}
	in := minfo{cls: group, region: role == ""}
	for _, c := range found {
		in.country = c
		m.add(si, s, det, t, t, c+role, "built-in:the-two", in, cur)
	}
	return true
}

// namedQualifier reports whether a name stands between the determiner and
// the head: "the Jenin refugee camp" is that place's camp, not the camp
// of a country named before.
func namedQualifier(toks []doc.Token, det, t int) bool {
	for k := det + 1; k < t; k++ {
		if toks[k].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// counterpartRoles are a state's own bodies and offices: the roles a
// counterpart takes from the one it is the counterpart of, and those a
// role alone ("the army") takes from the country of its sentence.
var counterpartRoles = map[string]bool{"GOV": true, "MIL": true, "LEG": true, "JUD": true, "COP": true, "SPY": true}

// counterparts gives a counterpart phrase that names only a country ("his
// Greek counterpart") the role of the person it is the counterpart of: a
// Turkish foreign minister's Greek counterpart is GRCGOV, a defence
// minister's GRCGOVMIL. That person is the possessor ("Fidan's", "his", as a
// pronoun resolves), else the nearest actor before the phrase with a
// state role and another country, else the main subject of the sentence
// before. A name in apposition ("his Greek counterpart George
// Gerapetritis") is learnt with that code, as a name after a title is.
func (m *memory) counterparts(si int, s *doc.Sentence, cur *[]ante) {
	toks := s.Tokens
	for k := range s.Mentions {
		mt := &s.Mentions[k]
		h := mt.Head
		if h < 0 || h >= len(toks) || len(mt.Code) != 3 || strings.HasPrefix(mt.Code, "---") || strings.HasPrefix(mt.Code, "IGO") {
			continue
		}
		if lw := strings.ToLower(toks[h].Lemma); lw != "counterpart" && strings.ToLower(toks[h].Form) != "counterparts" {
			continue
		}
		country := mt.Code
		ok := func(a *ante) bool {
			if len(a.code) < 6 || a.code[:3] == country || countryOf(a.code) == "" {
				return false
			}
			return counterpartRoles[a.code[3:6]]
		}
		var of *ante
		poss := -1
		for j := range toks {
			if toks[j].Head-1 == h && baseRel(toks[j].DepRel) == "nmod:poss" {
				poss = j
			}
		}
		if poss >= 0 && toks[poss].UPOS != "PRON" && !strings.HasPrefix(toks[poss].XPOS, "PRP") {
			// "Fidan's Greek counterpart"
			for i := range *cur {
				if (*cur)[i].first <= poss && poss <= (*cur)[i].last && ok(&(*cur)[i]) {
					of = &(*cur)[i]
					break
				}
			}
		} else {
			t := h
			if poss >= 0 {
				t = poss
				if a := clauseSubject(toks, poss, *cur, person); a != nil && ok(a) {
					of = a
				}
			}
			if of == nil {
				of = m.find(*cur, si, t, 1, ok)
			}
		}
		if of == nil {
			continue
		}
		// (the office with its sector: a defence minister's counterpart
		// is GRCGOVMIL, as the minister is TURGOVMIL)
		office := of.code[3:6]
		if office == "GOV" && len(of.code) == 9 {
			office = of.code[3:9]
		}
		code, titles := country+office, of.titles
		mt.Code, mt.Country, mt.Rule = code, country, mt.Rule+"+built-in:counterpart"
		if ci := curIndex(*cur, k); ci >= 0 {
			(*cur)[ci].code = code
			(*cur)[ci].titles = append(append([]string(nil), (*cur)[ci].titles...), titles...)
		}
		for j := range toks {
			if toks[j].Head-1 != h || baseRel(toks[j].DepRel) != "appos" || toks[j].UPOS != "PROPN" {
				continue
			}
			f, l := j, j
			for f-1 > h && toks[f-1].UPOS == "PROPN" {
				f--
			}
			for l+1 < len(toks) && toks[l+1].UPOS == "PROPN" && (toks[l+1].Head-1 == j || toks[l+1].Head-1 == l) {
				l++
			}
			learn(m.names, toks, f, l, coded{code, "built-in:name-after-title", titles})
			if !hasMention(s, j) {
				m.add(si, s, f, l, j, code, "built-in:counterpart", minfo{cls: person, country: country, titles: titles}, cur)
			}
		}
	}
}

// sentenceCountry is the country of the actors before token t in its
// sentence, and how many different countries they name; a speaker ("the
// ministry said the army ...") is not counted: the army it speaks of may
// be another country's.
func sentenceCountry(toks []doc.Token, cur []ante, t int) (string, int) {
	// "Sudan, where fighting between the army and ...": the country whose
	// clause holds the phrase.
	for h, d := toks[t].Head-1, 0; h >= 0 && h < len(toks) && d < 8; h, d = toks[h].Head-1, d+1 {
		for i := range cur {
			a := &cur[i]
			if a.head == h && a.last < t && a.country != "" && a.code != "" && !strings.HasPrefix(a.code, "---") && !strings.HasPrefix(a.code, "IGO") {
				return a.country, 1
			}
		}
	}
	var found []string
	for i := range cur {
		a := &cur[i]
		if a.last >= t || a.country == "" || a.code == "" || strings.HasPrefix(a.code, "---") || strings.HasPrefix(a.code, "IGO") {
			continue
		}
		if a.head >= 0 && a.head < len(toks) && speaker(toks, a.head) {
			continue
		}
		dup := false
		for _, f := range found {
			dup = dup || f == a.country
		}
		if !dup {
			found = append(found, a.country)
		}
	}
	if len(found) == 0 {
		return "", 0
	}
	return found[0], len(found)
}

// namedPair finds the nearest two countries named together, by
// coordination or in one phrase ("India and Pakistan", "Indian and
// Pakistani officials"), before token det of sentence si or in the three
// sentences before it; nil when none.
func (m *memory) namedPair(si int, s *doc.Sentence, det int, cur []ante) []string {
	return m.namedGroup(si, s, det, cur, 2, 3, false)
}

// namedGroup finds the nearest n countries named together, by
// coordination or in one phrase ("Spain, Ireland and Norway"), before
// token det of sentence si or in the back sentences before it; nil when
// none. With full, the actors' own codes (Hamas PSEREB), not only their
// countries.
func (m *memory) namedGroup(si int, s *doc.Sentence, det int, cur []ante, n, back int, full bool) []string {
	groupIn := func(list []ante, toks []doc.Token, before int) []string {
		// link the actors named together: one head, or conjuncts
		var cs []string
		var heads []int
		for i := range list {
			a := &list[i]
			c := countryOf(a.code)
			if a.last >= before || c == "" || a.head < 0 || a.head >= len(toks) {
				continue
			}
			if full {
				c = a.code
			}
			cs = append(cs, c)
			heads = append(heads, a.head)
		}
		top := func(h int) int {
			for d := 0; d < 6 && baseRel(toks[h].DepRel) == "conj" && toks[h].Head > 0; d++ {
				h = toks[h].Head - 1
			}
			return h
		}
		var best []string
		bestTop := -1
		groups := map[int][]string{}
		for i, h := range heads {
			r := top(h)
			dup := false
			for _, c := range groups[r] {
				dup = dup || c == cs[i]
			}
			if !dup {
				groups[r] = append(groups[r], cs[i])
			}
		}
		for r, g := range groups {
			if len(g) == n && r > bestTop {
				best, bestTop = g, r
			}
		}
		return best
	}
	if g := groupIn(cur, s.Tokens, det); g != nil {
		return g
	}
	for b := 1; b <= back && si-b >= 0; b++ {
		sent := si - b
		if sent >= len(m.sents) || m.sents[sent] == nil {
			continue
		}
		var list []ante
		for _, a := range m.antes {
			if a.sent == sent {
				list = append(list, a)
			}
		}
		if g := groupIn(list, m.sents[sent].Tokens, len(m.sents[sent].Tokens)); g != nil {
			return g
		}
	}
	return nil
}

// nominative pronouns are subjects, never possessors.
var nominative = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// fillPossessedByConjunct gives the role phrase that a subject pronoun at
// t was made the possessor of the country of a possessive conjunct of the
// pronoun ("He and Ecuador's president": ECUGOV).
func (m *memory) fillPossessedByConjunct(s *doc.Sentence, t int, cur *[]ante) {
	toks := s.Tokens
	h := toks[t].Head - 1
	k := mentionAt(s, h)
	if k < 0 || !strings.HasPrefix(s.Mentions[k].Code, "---") {
		return
	}
	for c := range toks {
		if toks[c].Head-1 != t || baseRel(toks[c].DepRel) != "conj" || !hasPossCase(toks, c) {
			continue
		}
		ci := mentionAt(s, c)
		if ci < 0 {
			continue
		}
		base := countryOf(s.Mentions[ci].Code)
		if base == "" {
			continue
		}
		nc := base + strings.TrimPrefix(s.Mentions[k].Code, "---")
		mt := &s.Mentions[k]
		mt.Code, mt.Country, mt.Rule = nc, base, mt.Rule+"+built-in:possessor"
		if i := curIndex(*cur, k); i >= 0 {
			(*cur)[i].code = nc
		}
		return
	}
}

// scene is the one country that the sentence before si names (its
// actors' countries, organisations aside); "" when it names none or
// several.
func (m *memory) scene(si int) string {
	found := ""
	for _, a := range m.antes {
		if a.sent != si-1 || a.code == "" || strings.HasPrefix(a.code, "---") || strings.HasPrefix(a.code, "IGO") {
			continue
		}
		c := countryOf(a.code)
		if c == "" {
			continue
		}
		if found != "" && found != c {
			return ""
		}
		found = c
	}
	return found
}

// stateNouns head a description of a state ("the Gulf state", "the
// Balkan country", "the oil-rich kingdom").
var stateNouns = map[string]bool{"country": true, "nation": true, "state": true, "kingdom": true,
	"emirate": true, "republic": true, "monarchy": true, "sultanate": true}

// regionCode reports whether code is a CAMEO region alone ("SAM", "CAS").
func regionCode(code string) bool {
	if len(code) != 3 {
		return false
	}
	ont, err := cameo.Load()
	return err == nil && ont.IsRegion(code)
}

// followerNouns name the camp of the one who possesses them ("his
// supporters").
var followerNouns = map[string]bool{"supporter": true, "follower": true, "loyalist": true, "partisan": true}

// ledBy gives a role-only phrase led by a named state that state's code:
// "the US-led coalition" USA, "Saudi-led forces" SAUMIL. (Not "backed":
// "Iran-backed militias" are not Iran's own.)
func ledBy(s *doc.Sentence, cur []ante) {
	toks := s.Tokens
	for k := range s.Mentions {
		mt := &s.Mentions[k]
		if !strings.HasPrefix(mt.Code, "---") {
			continue
		}
		h := mt.Head
		for l := 0; l < len(toks); l++ {
			if toks[l].Head-1 != h || l >= h || strings.ToLower(toks[l].Lemma) != "lead" || l < 2 || toks[l-1].Form != "-" {
				continue
			}
			c := mentionAt(s, l-2)
			if c < 0 || len(s.Mentions[c].Code) != 3 || strings.HasPrefix(s.Mentions[c].Code, "---") {
				continue
			}
			role := strings.TrimPrefix(mt.Code, "---")
			if role == "PTY" || role == "GOV" {
				role = "" // "coalition": the leading state itself
			}
			recode(s, k, s.Mentions[c].Code+role, "built-in:led-by", cur)
		}
	}
}

// genericParties are party names that many countries' parties bear; the
// dictionary gives each one country's.
var genericParties = map[string]bool{"democratic party": true, "democrats": true, "republican party": true,
	"republicans": true, "labour party": true, "conservative party": true, "liberal party": true,
	"socialist party": true, "communist party": true, "people's party": true, "national party": true,
	"green party": true, "greens": true, "workers' party": true, "congress party": true}

// localParties gives a party with a name many countries' parties bear
// the country the document is about, when the document names that
// country and not the dictionary's: "Yoon accused the opposition
// Democratic Party" in a story about South Korea is KORPTY, not USAPTY.
func (m *memory) localParties(s *doc.Sentence, cur []ante) {
	for k := range s.Mentions {
		mt := &s.Mentions[k]
		if len(mt.Code) < 6 || !strings.Contains(mt.Code, "PTY") || strings.HasPrefix(mt.Code, "---") {
			continue
		}
		name := strings.ToLower(mt.Text)
		for _, w := range []string{"the ", "opposition ", "ruling ", "main "} {
			name = strings.TrimPrefix(name, w)
		}
		if !genericParties[name] {
			continue
		}
		c := mt.Code[:3]
		dom := m.dominant(cur)
		if dom == "" || dom == c {
			continue
		}
		seen := false
		for _, list := range [][]ante{m.antes, cur} {
			for _, a := range list {
				if a.country == c && !(a.sent == len(m.sents)-1 && a.idx == k) {
					seen = true
				}
			}
		}
		if seen {
			continue
		}
		// (and the phrases the name's entry went into: "the opposition"
		// with the name in "the opposition Democratic Party")
		entry, _, _ := strings.Cut(mt.Rule, "+")
		for j := range s.Mentions {
			mj := &s.Mentions[j]
			if r, _, _ := strings.Cut(mj.Rule, "+"); r != entry || !strings.HasPrefix(mj.Code, c) {
				continue
			}
			recode(s, j, dom+mj.Code[3:], "built-in:local-party", cur)
		}
	}
}

// roleTitle reports whether the mention own is a role phrase from the
// agents' dictionary that covers every word after the determiner det:
// "the Interior Ministry" is a title in capitals, not a name.
func roleTitle(s *doc.Sentence, own, det int) bool {
	if own < 0 || own >= len(s.Mentions) {
		return false
	}
	m := s.Mentions[own]
	return m.First == det+1 && strings.HasPrefix(m.Code, "---") && strings.HasPrefix(m.Rule, "agents.txt")
}

// speechSubject is the subject of the verb of saying whose that-clause
// the pronoun t is the subject of, when it is no person and stands
// before t: the pronoun's antecedent; nil otherwise.
func speechSubject(toks []doc.Token, t int, cur []ante, want class) *ante {
	c := clauseHead(toks, t)
	if c < 0 || c >= len(toks) || baseRel(toks[c].DepRel) != "ccomp" {
		return nil
	}
	g := toks[c].Head - 1
	if g < 0 || g >= len(toks) {
		return nil
	}
	switch strings.ToLower(toks[g].Lemma) {
	case "say", "announce", "add", "state", "claim", "insist", "declare", "confirm", "warn":
	default:
		return nil
	}
	for i := range cur {
		a := &cur[i]
		if a.head >= 0 && a.head < len(toks) && a.last < t && toks[a.head].Head-1 == g && strings.HasPrefix(baseRel(toks[a.head].DepRel), "nsubj") {
			if a.cls == person || a.code == "" || strings.HasPrefix(a.code, "---") {
				return nil
			}
			if want == group && a.cls != group {
				return nil
			}
			return a
		}
	}
	return nil
}

// qualified reports whether the head h of a role phrase has a possessor
// ("its creditors") or a modifier that says its people are from
// elsewhere ("foreign companies").
func qualified(toks []doc.Token, h int) bool {
	if h < 0 || h >= len(toks) {
		return false
	}
	for k := range toks {
		if toks[k].Head-1 != h {
			continue
		}
		switch baseRel(toks[k].DepRel) {
		case "nmod:poss":
			return true
		case "amod", "compound":
			if foreignText(toks[k].Form) {
				return true
			}
		}
	}
	return false
}

// recode gives mention k of s, and its entry among the sentence's
// antecedents, the code code and its country, adding rule to the
// mention's rule.
func recode(s *doc.Sentence, k int, code, rule string, cur []ante) {
	mt := &s.Mentions[k]
	mt.Code, mt.Country, mt.Rule = code, countryOf(code), mt.Rule+"+"+rule
	if ci := curIndex(cur, k); ci >= 0 {
		cur[ci].code, cur[ci].country = code, mt.Country
	}
}
