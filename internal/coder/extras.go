package coder

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
)

// codeNominal codes a noun predicate ("talks with", "a visit to") when
// the noun has a source of its own (possessive or by-phrase) and a
// target, and is not itself the object of a coded verb.
func (c *Coder) codeNominal(a *analysis, p int) []event {
	if a.toks[p].UPOS != "NOUN" || c.v == nil {
		return nil
	}
	entries := c.v.Nouns[a.lemma[p]]
	if len(entries) == 0 {
		// A noun spelt like a dictionary verb names the same action
		// ("an attack on", "a visit to", "talks with").
		entries = c.v.Lookup(a.lemma[p], a.lower[p])
	}
	if len(entries) == 0 {
		return nil
	}
	src := -1
	tgt := -1
	for _, k := range a.kids[p] {
		switch a.rel[k] {
		case "nmod:poss":
			src = k
		case "nmod", "obl":
			switch a.caseOf(k) {
			case "by":
				src = k
			case "with", "to", "on", "against", "between":
				if tgt < 0 {
					tgt = k
				}
			}
		}
	}
	if src < 0 && tgt >= 0 && a.caseOf(tgt) == "between" {
		// "Clashes between X and Y left two dead": the noun's two sides,
		// when the noun is what its clause tells of (its subject or the
		// sentence's root); as an argument it names a fight the clause
		// refers to ("called for an end to the war between X and Y").
		if r := a.rel[p]; r != "nsubj" && r != "nsubj:pass" && a.head[p] >= 0 {
			return nil
		}
		e := entries[0]
		code, _ := e.Code()
		m := match{entry: e, code: code, rule: e.Verb.Source, target: -1, source: -1}
		if sides, ok := a.betweenSides(p, m); ok {
			return c.buildBetween(a, p, m, sides)
		}
		return nil
	}
	if src < 0 || tgt < 0 {
		return nil
	}
	sources := a.findActors(src, nil)
	if len(sources) == 0 && a.rel[src] == "nmod:poss" {
		// The actor stage puts a possessor on the noun it owns.
		sources = a.mentions[p]
	}
	ex := map[int]bool{}
	for _, s := range sources {
		ex[s] = true
	}
	targets := a.findActors(tgt, ex)
	e := entries[0]
	code, rev := e.Code()
	if code == "" || strings.Trim(code, "-") == "" {
		return nil
	}
	m := match{entry: e, code: code, reverse: rev, rule: e.Verb.Source, target: -1, source: -1}
	var out []event
	for _, s := range sources {
		for _, t := range targets {
			ev := event{predTok: p}
			ev.Source = a.actor(s)
			ev.Target = a.actor(t)
			if ev.Source.Code == ev.Target.Code {
				continue
			}
			ev.CAMEO = m.code
			ev.Factuality = a.factuality(p)
			tok := a.toks[p]
			ev.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: m.rule}
			out = append(out, ev)
		}
	}
	return out
}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

var months = map[string]time.Month{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

// eventDate moves the document date by a date expression that modifies
// the predicate: "yesterday", "on Thursday", "last Tuesday", "on March 3".
// A predicate without one takes the date of the clause it belongs to: a
// coordinated verb, a participle or infinitive clause, a relative clause
// ("On Friday, X flew to Y, where Z hosted him"). A reported clause keeps
// its own: "said on Friday that X had attacked" dates the statement only.
// timelineDay says that an earlier sentence of the story has placed an
// event on the document date's own weekday (see weekdayDate).
func eventDate(a *analysis, p int, docDate string, timelineDay bool) string {
	if len(docDate) < 10 {
		return docDate
	}
	base, err := time.Parse("2006-01-02", docDate[:10])
	if err != nil {
		return docDate
	}
	q := p
	for depth := 0; depth < 6 && q >= 0; depth++ {
		for _, k := range a.kids[q] {
			if d, ok := dateOf(a, k, base, a.futureTense(p), timelineDay); ok {
				return d.Format("2006-01-02")
			}
		}
		switch {
		case a.rel[q] == "conj" || a.rel[q] == "xcomp" || a.rel[q] == "advcl":
			q = a.head[q]
		case a.toks[q].DepRel == "acl:relcl" || a.rel[q] == "acl":
			q = a.clauseVerb(q)
		default:
			q = -1
		}
	}
	return docDate
}

// futureTense reports whether predicate p is told as still to come: "will
// visit", "is to visit", "is expected to visit", "is due to arrive".
func (a *analysis) futureTense(p int) bool {
	q := p
	for depth := 0; depth < 4 && q >= 0; depth++ {
		for _, k := range a.kids[q] {
			if a.rel[k] == "aux" {
				switch a.lower[k] {
				case "will", "shall", "'ll", "wo":
					return true
				}
			}
		}
		if a.rel[q] != "xcomp" || a.head[q] < 0 {
			return false
		}
		h := a.head[q]
		if futureGovernors[a.lemma[h]] || a.lemma[h] == "be" || a.lower[h] == "going" && a.toks[h].XPOS == "VBG" {
			return true
		}
		q = h
	}
	return false
}

// futureGovernors put their infinitive in the future: "is expected to
// visit", "is scheduled to attend", "is due to arrive", "is set to sign".
var futureGovernors = map[string]bool{"expect": true, "schedule": true, "due": true, "set": true, "slate": true,
	"plan": true, "intend": true, "likely": true}

// weekdayDate resolves a weekday name against the document date base.
// "next Friday" is the first one after base, "last Friday" the last one
// before it. Otherwise a report of the past names the latest such day on
// or before base (news usage: a story dated Thursday reports "on Friday"
// of the Friday before), and a future event the first such day on or
// after it ("will visit on Friday"). One exception: when the story has
// already told of an event on base's own weekday (timelineDay: "arrived on
// Thursday" in a story dated Thursday) and goes on to the next weekday ("On
// Friday, he flew to ..."), it tells of the day after base, not of six days
// before: the story has moved on by a day since its dateline. A past
// perfect ("had flown on Friday") keeps the backward reading.
func weekdayDate(a *analysis, k int, wd time.Weekday, base time.Time, future, timelineDay bool) time.Time {
	back := (int(base.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(base.Weekday()) + 7) % 7
	mod := ""
	if am := a.child(k, "amod", "det"); am >= 0 {
		mod = a.lower[am]
	}
	if k > 0 && (a.lower[k-1] == "next" || a.lower[k-1] == "last" || a.lower[k-1] == "this") {
		mod = a.lower[k-1]
	}
	switch mod {
	case "next":
		if fwd == 0 {
			fwd = 7
		}
		return base.AddDate(0, 0, fwd)
	case "last":
		if back == 0 {
			back = 7
		}
		return base.AddDate(0, 0, -back)
	}
	if future {
		return base.AddDate(0, 0, fwd)
	}
	if fwd == 1 && timelineDay && !a.pastPerfect(a.head[k]) {
		return base.AddDate(0, 0, 1)
	}
	return base.AddDate(0, 0, -back)
}

// pastPerfect reports whether predicate p has the auxiliary "had".
func (a *analysis) pastPerfect(p int) bool {
	if p < 0 {
		return false
	}
	for _, k := range a.kids[p] {
		if a.rel[k] == "aux" && a.lower[k] == "had" {
			return true
		}
	}
	return false
}

// mentionsWeekday reports whether sentence s names weekday wd as a date
// ("on Thursday", "Thursday's talks"): used to tell whether a story's
// timeline has reached the document date.
func mentionsWeekday(s *doc.Sentence, wd time.Weekday) bool {
	name := strings.ToLower(wd.String())
	for i, t := range s.Tokens {
		if strings.ToLower(t.Form) != name || t.UPOS != "PROPN" && t.UPOS != "NOUN" {
			continue
		}
		if i > 0 && (strings.EqualFold(s.Tokens[i-1].Form, "last") || strings.EqualFold(s.Tokens[i-1].Form, "next")) {
			continue
		}
		return true
	}
	return false
}

func dateOf(a *analysis, k int, base time.Time, future, timelineDay bool) (time.Time, bool) {
	w := a.lower[k]
	switch w {
	case "yesterday":
		return base.AddDate(0, 0, -1), true
	case "today", "tonight":
		return base, true
	case "tomorrow":
		return base.AddDate(0, 0, 1), true
	}
	r := a.rel[k]
	if r != "obl" && r != "nmod" && r != "obl:tmod" && r != "nmod:tmod" && r != "obl:npmod" && r != "nmod:npmod" && r != "advmod" {
		return time.Time{}, false
	}
	if wd, ok := weekdays[w]; ok {
		return weekdayDate(a, k, wd, base, future, timelineDay), true
	}
	if mo, ok := months[w]; ok && a.toks[k].UPOS == "PROPN" {
		day := 0
		for _, c := range a.kids[k] {
			if a.rel[c] == "nummod" || a.toks[c].UPOS == "NUM" {
				if n, err := strconv.Atoi(strings.TrimRight(a.lower[c], "stndrh")); err == nil && n >= 1 && n <= 31 {
					day = n
				}
			}
		}
		if day == 0 && k+1 < len(a.toks) {
			if n, err := strconv.Atoi(a.lower[k+1]); err == nil && n >= 1 && n <= 31 {
				day = n
			}
		}
		if day == 0 {
			return time.Time{}, false
		}
		d := time.Date(base.Year(), mo, day, 0, 0, 0, 0, time.UTC)
		if d.After(base.AddDate(0, 0, 60)) {
			d = d.AddDate(-1, 0, 0)
		}
		return d, true
	}
	return time.Time{}, false
}

var peopleNouns = map[string]bool{"troop": true, "soldier": true, "civilian": true, "people": true, "person": true,
	"refugee": true, "protester": true, "police": true, "policeman": true, "officer": true, "militant": true,
	"rebel": true, "fighter": true, "prisoner": true, "hostage": true, "child": true, "woman": true, "man": true,
	"worker": true, "student": true, "migrant": true, "peacekeeper": true, "demonstrator": true, "diplomat": true}

// partyNouns count the sides of an event, not what it involves.
var partyNouns = map[string]bool{"government": true, "country": true, "nation": true, "state": true, "side": true,
	"party": true, "leader": true, "minister": true, "delegation": true, "power": true}

var moneyUnits = map[string]string{"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
	"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
	"yen": "JPY", "yuan": "CNY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB"}

var scale = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bln": 1e9, "bn": 1e9, "m": 1e6}

// magnitude finds a number stated in the predicate's object or argument
// phrases: money, people, votes. A number inside another clause of the
// predicate (a coordinated verb, a complement or adverbial clause) belongs
// to that clause's event, not to this one.
func magnitude(a *analysis, p int) *doc.Magnitude {
	for j := range a.toks {
		if a.toks[j].UPOS != "NUM" || j == p || !a.ownArgument(j, p) {
			continue
		}
		v, ok := parseNumber(a.lower[j])
		if !ok {
			continue
		}
		first, last := j, j
		// A scale word after the number: "40 million".
		if j+1 < len(a.toks) {
			if s, ok := scale[a.lower[j+1]]; ok {
				v *= s
				last = j + 1
			}
		}
		h := a.head[j]
		unit := ""
		// money: a currency sign or word next to the number or as its head
		if j > 0 {
			if u, ok := moneyUnits[a.lower[j-1]]; ok {
				unit = u
				first = j - 1
			}
		}
		if unit == "" && h >= 0 {
			if u, ok := moneyUnits[a.lower[h]]; ok {
				unit = u
				if h > last {
					last = h
				}
				if h < first {
					first = h
				}
			}
		}
		if unit == "" && h >= 0 {
			if u, ok := moneyUnits[a.lemma[h]]; ok {
				unit = u
			}
		}
		if unit == "" && h >= 0 && (a.toks[h].UPOS == "NOUN" || a.toks[h].UPOS == "PROPN") {
			// A counted noun that modifies another ("a four-nation tour",
			// "a 10-year deal") describes that noun, and a count of the
			// parties ("the two governments") is no magnitude of the event.
			if hh := a.head[h]; (a.rel[h] == "compound" || a.rel[h] == "amod") && hh >= 0 && a.toks[hh].UPOS == "NOUN" || partyNouns[a.lemma[h]] {
				continue
			}
			if peopleNouns[a.lemma[h]] {
				unit = "people"
			} else if a.lemma[h] == "vote" {
				unit = "votes"
			} else {
				unit = a.lemma[h]
			}
			if h > last {
				last = h
			}
		}
		if unit == "" {
			continue
		}
		return &doc.Magnitude{Value: v, Unit: unit, Text: spanText(a, first, last)}
	}
	return nil
}

// ownArgument reports whether token t lies in p's subtree without passing
// through a clause of its own on the way up (conj, ccomp, advcl,
// parataxis, relative clauses, clausal subjects headed by a verb).
func (a *analysis) ownArgument(t, top int) bool {
	for k := 0; t >= 0 && k <= len(a.toks); k++ {
		if t == top {
			return true
		}
		if u := a.toks[t].UPOS; u == "VERB" || u == "AUX" {
			switch a.rel[t] {
			case "conj", "ccomp", "advcl", "parataxis", "csubj":
				return false
			}
			if a.toks[t].DepRel == "acl:relcl" {
				return false
			}
		}
		t = a.head[t]
	}
	return false
}

func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, true
	}
	words := map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "dozens": 24, "hundred": 100, "hundreds": 200, "thousands": 2000}
	if f, ok := words[s]; ok {
		return f, true
	}
	return 0, false
}

// location is the place phrase of the predicate: "in Geneva", "near
// Kharkiv", "on the border".
func location(a *analysis, p int) *doc.Location {
	for _, k := range a.kids[p] {
		if a.rel[k] != "obl" && a.rel[k] != "nmod" {
			continue
		}
		switch a.caseOf(k) {
		case "in", "near", "at", "outside", "inside":
		case "on":
			if a.lemma[k] != "border" && a.lemma[k] != "frontier" {
				continue
			}
		default:
			continue
		}
		if _, ok := weekdays[a.lower[k]]; ok {
			continue
		}
		if _, ok := months[a.lower[k]]; ok {
			continue
		}
		if a.toks[k].UPOS != "PROPN" && a.lemma[k] != "border" && a.lemma[k] != "frontier" {
			continue
		}
		first, last := k, k
		for _, c := range a.kids[k] {
			if a.rel[c] == "compound" || a.rel[c] == "flat" || a.rel[c] == "amod" || a.rel[c] == "det" {
				if c < first {
					first = c
				}
				if c > last {
					last = c
				}
			}
		}
		return &doc.Location{Text: spanText(a, first, last)}
	}
	return nil
}

func spanText(a *analysis, first, last int) string {
	var sb strings.Builder
	for i := first; i <= last && i < len(a.toks); i++ {
		sb.WriteString(a.toks[i].Form)
		if i < last && a.toks[i].SpaceAfter {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// gazPlace matches the nominal t (with its compound, flat and amod
// words) against the gazetteer: the place's actor, with the country as
// its code; nil when t names no place or an actor already stands for it.
func (c *Coder) gazPlace(a *analysis, t int, date string) *doc.Actor {
	if c.Gazetteer == nil || t < 0 || len(a.mentions[t]) > 0 || a.inMent[t] >= 0 {
		return nil
	}
	// "the Odesa region", "Kaduna state": a place noun named by a proper
	// noun before it.
	generic := a.toks[t].UPOS == "NOUN" && placeNouns[a.lemma[t]] && t > 0 && a.toks[t-1].UPOS == "PROPN" && a.head[t-1] == t
	if a.toks[t].UPOS != "PROPN" && !generic {
		return nil
	}
	first, last := t, t
	for _, k := range a.kids[t] {
		switch a.rel[k] {
		case "compound", "flat", "amod":
			if k < first {
				first = k
			}
			if k > last {
				last = k
			}
		}
	}
	words := make([]string, 0, last-first+1)
	for i := first; i <= last; i++ {
		words = append(words, a.toks[i].Form)
	}
	for i := range words {
		m, ok := c.Gazetteer.MatchKind(words, i, date, lexicon.Place)
		if !ok || len(m.Code) < 3 || first+m.End <= t && !(generic && first+m.End == t) || first+i > t {
			continue
		}
		end := first + m.End - 1
		return &doc.Actor{Code: cameo.PlacePart(m.Code), Country: m.Code[:3], Text: spanText(a, first+i, end),
			Start: a.toks[first+i].Start, End: a.toks[end].End}
	}
	return nil
}

// placeTarget is the place that an attack p is aimed at when no actor is:
// its object or an at/on/into/against phrase that names a place in the
// gazetteer ("shelled Kharkiv", "fired rockets at Sderot"): the place's
// country is the target.
func (c *Coder) placeTarget(a *analysis, p int, date string) *doc.Actor {
	var cands []int
	if _, obj, ok := a.verbAsModifier(p); ok {
		cands = append(cands, obj)
	}
	for _, k := range a.kids[p] {
		if a.rel[k] == "obj" {
			cands = append(cands, k)
		}
	}
	for _, k := range a.kids[p] {
		if a.rel[k] == "obl" || a.rel[k] == "nmod" {
			switch a.caseOf(k) {
			case "at", "on", "into", "against":
				cands = append(cands, k)
			}
		}
	}
	for _, k := range cands {
		if pl := c.gazPlace(a, k, date); pl != nil {
			return pl
		}
	}
	// "struck an energy facility in the Odesa region": the place of what
	// was hit, or where the attack hit.
	for _, k := range a.kids[p] {
		if a.rel[k] == "obl" && placeCases[a.caseOf(k)] {
			cands = append(cands, k)
		}
	}
	for _, k := range cands {
		if placeCases[a.caseOf(k)] {
			if pl := c.gazPlace(a, k, date); pl != nil {
				return pl
			}
		}
		for _, k2 := range a.kids[k] {
			// (and "the town of Mocimboa da Praia")
			if a.rel[k2] == "nmod" && (placeCases[a.caseOf(k2)] || a.caseOf(k2) == "of" && placeNouns[a.lemma[k]]) {
				if pl := c.gazPlace(a, k2, date); pl != nil {
					return pl
				}
			}
		}
	}
	return nil
}

// placeCountry is the country of a place named in a place phrase of p
// ("killed civilians in Kharkiv"), or, for a participle or coordinated
// clause (", killing 14 civilians"), of the place its head verb was aimed
// at or happened in; "" when none.
func (c *Coder) placeCountry(a *analysis, p int, date string) string {
	for q, depth := p, 0; q >= 0 && depth < 2; depth++ {
		for _, k := range a.kids[q] {
			if (a.rel[k] == "obl" || a.rel[k] == "nmod") && placeCases[a.caseOf(k)] {
				if pl := c.gazPlace(a, k, date); pl != nil {
					return pl.Code
				}
			}
		}
		// "arrested 12 people for vote buying in Mindanao": a place the
		// parse hung on an oblique of the predicate.
		for _, k := range a.kids[q] {
			if a.rel[k] != "obl" && a.rel[k] != "obl:agent" || placeCases[a.caseOf(k)] {
				continue
			}
			for _, k2 := range a.kids[k] {
				if a.rel[k2] == "nmod" && placeCases[a.caseOf(k2)] {
					if pl := c.gazPlace(a, k2, date); pl != nil {
						return pl.Code
					}
				}
			}
		}
		if q != p {
			if pl := c.placeTarget(a, q, date); pl != nil {
				return pl.Code
			}
		}
		// "An air strike on a school in Gaza killed 30 people": the place
		// of the attack that is the subject.
		if sb := a.child(q, "nsubj"); sb >= 0 && a.attackNoun(sb) {
			if pc := c.phrasePlace(a, sb, 0); pc != "" {
				return pc
			}
		}
		switch a.rel[q] {
		case "advcl", "conj", "acl":
			q = a.head[q]
		default:
			q = -1
		}
	}
	return ""
}

// ownPlace is the country of a place that a role-only mention mi names as
// its own: a place phrase of it ("protesters in Lagos") or a place name
// qualifying it ("the Jenin refugee camp"); "" when none.
func (c *Coder) ownPlace(a *analysis, mi int) string {
	if mi < 0 || mi >= len(a.s.Mentions) {
		return ""
	}
	h := a.s.Mentions[mi].Head
	if h < 0 || h >= len(a.toks) {
		return ""
	}
	// A place phrase on the last of coordinated nouns counts for all of
	// them: "killed four children and a man in Gaza".
	kids := a.kids[h]
	for _, k := range a.kids[h] {
		if a.rel[k] == "conj" {
			kids = append(kids[:len(kids):len(kids)], a.kids[k]...)
		}
	}
	for _, k := range kids {
		switch {
		case (a.rel[k] == "nmod" || a.rel[k] == "obl") && placeCases[a.caseOf(k)]:
			for _, m2 := range a.mentions[k] {
				if code := a.s.Mentions[m2].Code; len(code) >= 3 && !noCountry(code) {
					return cameo.PlacePart(code)
				}
			}
			if pl := c.gazPlace(a, k, a.date); pl != nil {
				return pl.Code
			}
		case (a.rel[k] == "compound" || a.rel[k] == "amod") && a.toks[k].UPOS == "PROPN" && k < h:
			if pl := c.gazPlace(a, k, a.date); pl != nil {
				return pl.Code
			}
		}
	}
	return ""
}

// phrasePlace is the country of a place in an on/in/at/near phrase of the
// nominal t, or of such a phrase within one ("on a school in Gaza"): a
// mention with a country or a gazetteer place; "" when none.
func (c *Coder) phrasePlace(a *analysis, t, depth int) string {
	if depth > 2 {
		return ""
	}
	for _, k := range a.kids[t] {
		if a.rel[k] != "nmod" && a.rel[k] != "obl" {
			continue
		}
		switch a.caseOf(k) {
		case "in", "on", "at", "near", "against":
		default:
			continue
		}
		for _, mi := range a.mentions[k] {
			if code := a.s.Mentions[mi].Code; len(code) >= 3 && !noCountry(code) {
				return cameo.PlacePart(code)
			}
		}
		if pl := c.gazPlace(a, k, a.date); pl != nil {
			return pl.Code
		}
		if pc := c.phrasePlace(a, k, depth+1); pc != "" {
			return pc
		}
	}
	return ""
}

// isPlaceMetonym reports whether mention mi is a capital standing for its
// government ("Mogadishu" SOMGOV) used as a place: in a place phrase (in,
// at, near ...) and a place in the gazetteer.
func (c *Coder) isPlaceMetonym(a *analysis, mi int) bool {
	if c.Gazetteer == nil || mi < 0 || mi >= len(a.s.Mentions) {
		return false
	}
	m := a.s.Mentions[mi]
	if len(m.Code) != 6 || m.Code[3:] != "GOV" || strings.Contains(m.Rule, "+") || m.Head < 0 || !placeCases[a.caseOf(m.Head)] {
		return false
	}
	words := strings.Fields(m.Text)
	pm, ok := c.Gazetteer.MatchKind(words, 0, a.date, lexicon.Place)
	return ok && pm.End == len(words)
}

// placeNouns are the nouns of a named place: "the Odesa region", "Kaduna
// state".
var placeNouns = map[string]bool{"region": true, "province": true, "state": true, "oblast": true, "district": true,
	"city": true, "town": true, "village": true, "county": true, "governorate": true, "area": true, "prefecture": true}
