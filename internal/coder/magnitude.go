package coder

import (
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
)

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
