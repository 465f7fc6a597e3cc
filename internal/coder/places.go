package coder

import (
	"strings"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
)

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

// stripRole drops a role from a place's code: a capital that stands for
// its government ("in Kabul", AFGGOV) places people in AFG; a place code
// of its own (PSEGZA) stays.
func stripRole(code string) string {
	if pp := cameo.PlacePart(code); len(code) >= len(pp)+3 {
		switch code[len(pp) : len(pp)+3] {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "PTY", "OPP", "REB", "INS", "UAF", "BUS", "MED", "CVL", "PPL":
			return pp
		}
	}
	return code
}

// placeCases introduce the place of an event.
var placeCases = map[string]bool{"in": true, "at": true, "near": true, "across": true, "throughout": true, "inside": true}

// placeOf returns the code of the place where predicate p happened: the
// first actor with a country in a place phrase of p (or inside one,
// "in raids in the north of the Sinai"), not one of the sources;
// a place's own code ("PSEGZA"), or the country of an actor with roles.
func (a *analysis) placeOf(p int, sources []int) string {
	exclude := map[int]bool{}
	for _, s := range sources {
		exclude[s] = true
	}
	for _, k := range a.kids[p] {
		if a.rel[k] != "obl" && a.rel[k] != "nmod" || !placeCases[a.caseOf(k)] {
			continue
		}
		// "near the border with Belarus" is on no named side of it
		if borderNouns[a.lemma[k]] {
			continue
		}
		for _, mi := range a.findActors(k, exclude) {
			m := a.s.Mentions[mi]
			if len(m.Code) < 3 || noCountry(m.Code) {
				continue
			}
			if !strings.Contains(m.Rule, "+") && len(m.Roles) == 0 {
				return m.Code
			}
			return cameo.PlacePart(m.Code)
		}
	}
	return ""
}

// domesticRoles are the roles of a country's own people and groups that a
// state represses or frees at home.
var domesticRoles = map[string]bool{"OPP": true, "CVL": true, "PPL": true, "PTY": true, "MED": true, "EDU": true,
	"LAB": true, "CRM": true, "REL": true, "HLH": true, "AGR": true, "BUS": true}

// domesticCountry is the country that a role-only target (code tgt) takes
// from a state source (src) when the act is repression or a concession
// at home and the sentence names no place: "Kenyan police arrested dozens
// of demonstrators" KENOPP, "the Cuban government freed 50 political
// prisoners" CUBCVL; expulsions (174), force (18-20) and refugees, aid
// groups and armed groups, who often come from elsewhere, excepted. A
// court, the police or a parliament does anything at home to the
// opposition and parties.
func domesticCountry(code, src, tgt string) string {
	r := rootOf(code)
	if r < 1 || r > 17 || code == "174" || !noCountry(tgt) || len(tgt) < 6 {
		return ""
	}
	if len(src) < 3 || noCountry(src) || strings.HasPrefix(src, "IGO") {
		return ""
	}
	// "Thousands of Guatemalan demonstrators rallied outside the
	// Congress": a country's people protest at their own parliament,
	// courts and government.
	if r == 14 && (homeRoles[tgt[3:6]] || tgt[3:6] == "GOV") && len(src) >= 6 && domesticRoles[src[3:6]] {
		return src[:3]
	}
	// "The emir accused some lawmakers", "parliament censured the
	// cabinet": a state's government, parliament and courts deal with
	// each other at home.
	if len(src) >= 6 && (tgt[3:6] == "LEG" && (src[3:6] == "GOV" || src[3:6] == "JUD") || tgt[3:6] == "GOV" && src[3:6] == "LEG") && r != 8 {
		return src[:3]
	}
	if !domesticRoles[tgt[3:6]] && !(r == 14 && homeRoles[tgt[3:6]]) {
		return ""
	}
	if len(src) > 3 && (len(src) < 6 || !stateRoles[src[3:6]]) {
		return ""
	}
	// (Troops also arrest abroad: "Israeli troops arrested five men" in
	// Jenin; only a country's political and civic groups are surely
	// their own. What a junta frees is its own: "Myanmar's military junta
	// released 3,000 prisoners".)
	if len(src) >= 6 && src[3:6] == "MIL" && r == 17 && (tgt[3:6] == "CVL" || tgt[3:6] == "PPL" || tgt[3:6] == "CRM" || tgt[3:6] == "BUS") {
		return ""
	}
	// (Journalists a state frees are often foreigners it held: "Russia
	// freed a reporter" says nothing of the reporter's country.)
	if strings.HasPrefix(code, "084") && tgt[3:6] == "MED" {
		return ""
	}
	switch {
	case (r == 17 || r == 8) && !strings.HasPrefix(code, "087"):
		return src[:3]
	case r == 14 && (tgt[3:6] == "LEG" || tgt[3:6] == "JUD"):
		// "Thousands of Georgians rallied outside parliament": a
		// country's people protest at their own parliament or courts.
		return src[:3]
	case len(src) >= 6 && (homeRoles[src[3:6]] || src[3:6] == "GOV") && (tgt[3:6] == "OPP" || tgt[3:6] == "PTY"):
		// "Mali's constitutional court rejected an appeal by opposition
		// parties": a court, the police, a parliament or a government
		// deals with the opposition of its own country, whatever it does
		// ("the prime minister accused opposition parties").
		return src[:3]
	}
	return ""
}

// homeSource is the country that a state body with no country (src)
// acting on a target of a country (tgt) with event code is of, when it
// acts at home: police, courts and prosecutors that investigate,
// demand, criticise, reject, restrict or coerce ("Police arrested
// Zuniga", a Bolivian general); police that shoot or beat a country's
// people ("Police fired on protesters in Harare"); soldiers that bar or
// coerce a country's politicians and bodies ("Soldiers barred the
// speaker of Tunisia's parliament"); a government that demands of,
// criticises or coerces its own opposition, parties, media, parliament
// and courts. "" otherwise.
func homeSource(code, src, tgt string) string {
	r := rootOf(code)
	if !noCountry(src) || len(src) < 6 || noCountry(tgt) || len(tgt) < 3 || strings.HasPrefix(tgt, "IGO") {
		return ""
	}
	sr, tr := src[3:6], ""
	if len(tgt) >= 6 {
		tr = tgt[3:6]
	}
	political := stateRoles[tr] && tr != "MIL" || tr == "OPP" || tr == "PTY"
	switch {
	case (sr == "COP" || sr == "JUD") && (r == 9 || r >= 10 && r <= 12 || r == 16 || r == 17):
		return tgt[:3]
	case sr == "COP" && (r == 18 || r == 19) && domesticRoles[tr]:
		return tgt[:3]
	case sr == "MIL" && (r == 16 || r == 17) && political:
		return tgt[:3]
	case sr == "GOV" && r >= 10 && r <= 17 && r != 14 && r != 15 && (tr == "OPP" || tr == "PTY" || tr == "MED" || tr == "LEG" || tr == "JUD"):
		return tgt[:3]
	}
	return ""
}

// homeRoles are state bodies that act only at home.
var homeRoles = map[string]bool{"JUD": true, "COP": true, "LEG": true}

// borderNouns name a line between two countries: a place phrase headed
// by one ("near the border with Belarus") does not say which side.
var borderNouns = map[string]bool{"border": true, "frontier": true, "boundary": true, "borderline": true}

// foreignWords say that people are from elsewhere.
var foreignWords = map[string]bool{"foreign": true, "foreigners": true, "foreigner": true, "expatriate": true,
	"expatriates": true, "international": true, "overseas": true}

// foreignPhrase reports whether the phrase of mention mi says its people
// are from elsewhere ("three foreign journalists").
func (a *analysis) foreignPhrase(mi int) bool {
	if mi < 0 || mi >= len(a.s.Mentions) {
		return false
	}
	m := a.s.Mentions[mi]
	for _, w := range strings.Fields(strings.ToLower(m.Text)) {
		if foreignWords[w] {
			return true
		}
	}
	return a.headModifiedBy(mi, foreignWords)
}

// headModifiedBy reports whether the head of mention mi has a modifier
// (amod, compound) that is one of words.
func (a *analysis) headModifiedBy(mi int, words map[string]bool) bool {
	if mi < 0 || mi >= len(a.s.Mentions) {
		return false
	}
	if h := a.s.Mentions[mi].Head; h >= 0 && h < len(a.toks) {
		for _, k := range a.kids[h] {
			if (a.rel[k] == "amod" || a.rel[k] == "compound") && words[a.lower[k]] {
				return true
			}
		}
	}
	return false
}

// localWords say that a group is from the country that speaks of it.
var localWords = map[string]bool{"local": true, "domestic": true, "homegrown": true, "home-grown": true}

// localPhrase reports whether the phrase of mention mi is qualified as
// local ("a little-known local Islamist group").
func (a *analysis) localPhrase(mi int) bool { return a.headModifiedBy(mi, localWords) }

// placeLocation fills the country and coordinates of a location from the
// gazetteer: the longest place name in the location's words.
func (c *Coder) placeLocation(a *analysis, loc *doc.Location, date string) {
	if loc == nil || c.Gazetteer == nil {
		return
	}
	words := strings.Fields(loc.Text)
	for i := range words {
		m, ok := c.Gazetteer.MatchKind(words, i, date, lexicon.Place)
		if !ok || m.Entry == nil {
			continue
		}
		if m.Entry.HasCoord {
			loc.Lat, loc.Lon = m.Entry.Lat, m.Entry.Lon
		}
		if cc := m.Code; len(cc) >= 3 {
			loc.Country = cc[:3]
		}
		return
	}
}
