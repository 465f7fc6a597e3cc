package coder

import (
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
)

// mutualRoot reports whether a compound subject without a target did the
// event to each other: meetings, agreements, cooperation, concessions,
// cutting ties and fighting ("X and Y met", "X and Y fought"); not
// statements, criticism, demands or protests ("X and Y condemned ...").
func mutualRoot(r int) bool {
	switch r {
	case 3, 4, 5, 6, 8, 16, 19:
		return true
	}
	return false
}

// mutualCode is mutualRoot for one code: of the yields, a military
// retreat or demobilisation is each side's own ("Congolese troops and UN
// peacekeepers withdrew from several positions" is no act of one on the
// other). Of the consultations, visits, hosting and mediation are made
// to a third ("The foreign ministers of Greece, Turkey and Britain also
// attended" is no visit of each to the others).
func mutualCode(code string) bool {
	switch code {
	case "0873", "0874", "042", "043", "045", "051", "052", "053":
		// (nor is praise or support: "Colombia, Brazil and Argentina said
		// they firmly supported" someone else)
		return false
	}
	return mutualRoot(rootOf(code))
}

// betweenSides returns the actors of a between-phrase of p ("fighting
// between the army and the RSF", "clashes between police and
// protesters"), and whether p has one. A fight whose two sides a
// between-phrase names is theirs, and no act of a subject that the
// predicate would otherwise share with the clause above it.
func (a *analysis) betweenSides(p int, m match) ([]int, bool) {
	// (a fight; for a noun its clause tells of, also talks: "Talks between
	// Iran and the United States resumed")
	r := rootOf(m.code)
	if m.target >= 0 || m.source >= 0 || r < 18 && !(r == 4 && m.code != "045" && a.toks[p].UPOS == "NOUN") {
		return nil, false
	}
	if a.child(p, "nsubj", "nsubj:pass", "csubj", "nmod:poss") >= 0 {
		return nil, false
	}
	for _, k := range a.kids[p] {
		if (a.rel[k] == "obl" || a.rel[k] == "nmod") && a.caseOf(k) == "between" {
			return a.findActors(k, nil), true
		}
	}
	return nil, false
}

// buildBetween codes the fight of p between its sides, each against each
// other, both ways; a side that is only a role takes the country of its
// own place phrase or of the event's ("clashes between police and
// protesters in Nairobi").
func (c *Coder) buildBetween(a *analysis, p int, m match, sides []int) []event {
	var out []event
	fact := a.factuality(p)
	fill := func(act *doc.Actor, mi int) {
		if !noCountry(act.Code) {
			return
		}
		pc := c.ownPlace(a, mi)
		if pc == "" {
			pc = stripRole(a.placeOf(p, sides))
		}
		if pc == "" {
			pc = c.placeCountry(a, p, a.date)
		}
		if len(pc) >= 3 {
			act.Code, act.Country = cameo.PlacePart(pc)+act.Code[3:], pc[:3]
		}
	}
	for _, s := range sides {
		for _, t := range sides {
			if s == t {
				continue
			}
			e := event{predTok: p}
			e.Source, e.Target = a.actor(s), a.actor(t)
			fill(e.Source, s)
			fill(e.Target, t)
			if e.Source.Code == e.Target.Code {
				continue
			}
			if noCountry(e.Source.Code) && noCountry(e.Target.Code) {
				e.weak = true
			}
			e.CAMEO = m.code
			e.Factuality = fact
			tok := a.toks[p]
			e.Evidence = doc.Evidence{Predicate: tok.Form, Start: tok.Start, End: tok.End, Rule: m.rule + "+built-in:between"}
			out = append(out, e)
		}
	}
	return out
}

// whereClause reports whether the clause p is introduced by "where"
// ("Sudan, where fighting has displaced millions").
func (a *analysis) whereClause(p int) bool {
	switch a.rel[p] {
	case "advcl", "acl:relcl", "acl", "ccomp":
	default:
		return false
	}
	for _, k := range a.kids[p] {
		if k < p && (a.rel[k] == "advmod" || a.rel[k] == "mark") && (a.lower[k] == "where" || a.lower[k] == "wherever") {
			return true
		}
	}
	return false
}
