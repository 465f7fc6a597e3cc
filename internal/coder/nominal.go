package coder

import (
	"strings"

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
	// A partnership or agreement that a verb ends, suspends or cancels is
	// not being made: "suspended its strategic partnership with Georgia".
	if h := a.head[p]; h >= 0 && a.rel[p] == "obj" && endVerbs[a.lemma[h]] {
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

// endVerbs end, stop or undo what their object names.
var endVerbs = map[string]bool{"suspend": true, "end": true, "cancel": true, "scrap": true, "freeze": true,
	"halt": true, "terminate": true, "abandon": true, "revoke": true, "annul": true, "postpone": true, "call off": true}

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
