package coder

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
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
func eventDate(a *analysis, p int, docDate string) string {
	if len(docDate) < 10 {
		return docDate
	}
	base, err := time.Parse("2006-01-02", docDate[:10])
	if err != nil {
		return docDate
	}
	for _, k := range a.kids[p] {
		if d, ok := dateOf(a, k, base); ok {
			return d.Format("2006-01-02")
		}
	}
	return docDate
}

func dateOf(a *analysis, k int, base time.Time) (time.Time, bool) {
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
		// The weekday on or before the document date ("last" or past tense).
		diff := (int(base.Weekday()) - int(wd) + 7) % 7
		if a.child(k, "amod") >= 0 && a.lower[a.child(k, "amod")] == "next" {
			return base.AddDate(0, 0, (int(wd)-int(base.Weekday())+7)%7), true
		}
		if diff == 0 && a.child(k, "amod") >= 0 && a.lower[a.child(k, "amod")] == "last" {
			diff = 7
		}
		return base.AddDate(0, 0, -diff), true
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
