package coder

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
)

// eventNouns name an event that a story has told: "condemned the attack"
// refers back to it; each with the CAMEO roots of the events it names.
var eventNouns = map[string][2]int{"attack": {18, 20}, "strike": {18, 20}, "airstrike": {18, 20}, "raid": {18, 20},
	"shelling": {18, 20}, "bombing": {18, 20}, "bombardment": {18, 20}, "assault": {18, 20}, "offensive": {18, 20},
	"ambush": {18, 20}, "killing": {18, 20}, "killings": {18, 20}, "massacre": {18, 20}, "invasion": {18, 20},
	"incursion": {18, 20}, "shooting": {18, 20}, "kidnapping": {18, 18}, "abduction": {18, 18},
	"arrest": {17, 17}, "arrests": {17, 17}, "detention": {17, 17}, "crackdown": {17, 17}, "expulsion": {16, 17},
	"sanctions": {16, 16}, "embargo": {16, 16},
	// a show of force: "The leaders condemned the launch"
	"launch": {15, 20}, "launches": {15, 20}, "drills": {15, 15}, "exercises": {15, 15}}

// meetingNouns name a meeting or a deal between two parties.
var meetingNouns = map[string]bool{"talks": true, "talk": true, "meeting": true, "summit": true, "negotiations": true,
	"deal": true, "agreement": true, "accord": true, "truce": true, "ceasefire": true, "exchange": true, "swap": true}

// priorMeeting is the latest meeting or agreement (04x, 05x, 03x, 08x
// between two named parties) told in the last sentences that the
// definite noun t ("the talks", "the deal") names; nil when none.
func (a *analysis) priorMeeting(t int) *doc.Event {
	if t < 0 || !meetingNouns[a.lemma[t]] && !meetingNouns[a.lower[t]] || !a.definite(t) || a.findActors(t, nil) != nil {
		return nil
	}
	for i := len(a.prior) - 1; i >= 0; i-- {
		ev := &a.prior[i]
		switch rootOf(ev.CAMEO) {
		case 3, 4, 5, 8:
		default:
			continue
		}
		if ev.Source != nil && ev.Target != nil && !noCountry(ev.Source.Code) && !noCountry(ev.Target.Code) {
			return ev
		}
	}
	return nil
}

// coDoers are the other sources of the event ev told with it: the events
// of the same predicate ("US and British warplanes struck") by others.
func (a *analysis) coDoers(ev *doc.Event) []*doc.Actor {
	var out []*doc.Actor
	seen := map[string]bool{ev.Source.Code: true}
	for i := range a.prior {
		o := &a.prior[i]
		if o.Source == nil || o.SentenceIndex != ev.SentenceIndex || o.Evidence.Start != ev.Evidence.Start || o.CAMEO != ev.CAMEO || seen[o.Source.Code] {
			continue
		}
		seen[o.Source.Code] = true
		src := *o.Source
		out = append(out, &src)
	}
	return out
}

// priorEvent is the event of the story that the definite event noun obj
// names ("the attack", "these strikes"), nil when none: the latest of its
// kind, one told with the same word first ("the strikes" → "struck"),
// passing over events by the given sources' own countries.
func (a *analysis) priorEvent(obj int, sources []int) *doc.Event {
	if obj < 0 || len(a.prior) == 0 {
		return nil
	}
	roots, ok := eventNouns[a.lemma[obj]]
	if !ok {
		roots, ok = eventNouns[a.lower[obj]]
	}
	if !ok || a.findActors(obj, nil) != nil {
		return nil
	}
	if !a.definite(obj) {
		return nil
	}
	own := map[string]bool{}
	for _, s := range sources {
		own[a.s.Mentions[s].Code] = true
		if c := a.s.Mentions[s].Country; c != "" {
			own[c] = true
		}
	}
	fits := func(ev *doc.Event) bool {
		r := rootOf(ev.CAMEO)
		// (Lebanon's prime minister condemning "the attack" does not
		// condemn Lebanon's: an event by the source's own country is
		// passed over.)
		return r >= roots[0] && r <= roots[1] && ev.Source != nil && !noCountry(ev.Source.Code) && !own[ev.Source.Code] && !own[ev.Source.Country]
	}
	for i := len(a.prior) - 1; i >= 0; i-- {
		if ev := &a.prior[i]; fits(ev) && sameWord(a.lemma[obj], ev.Evidence.Predicate) {
			return ev
		}
	}
	for i := len(a.prior) - 1; i >= 0; i-- {
		if ev := &a.prior[i]; fits(ev) {
			return ev
		}
	}
	return nil
}

// sameWord reports whether the event noun lemma and a predicate's form
// are the same word: "strike" and "struck", "shelling" and "shelled".
func sameWord(noun, pred string) bool {
	pred = strings.ToLower(pred)
	irregular := map[string]string{"strike": "struck", "fight": "fought", "shoot": "shot", "killing": "kill", "shooting": "shot"}
	if f, ok := irregular[noun]; ok && strings.HasPrefix(pred, f) {
		return true
	}
	n := strings.TrimSuffix(strings.TrimSuffix(noun, "ing"), "s")
	if len(n) > 4 {
		n = n[:4]
	}
	return len(n) >= 3 && strings.HasPrefix(pred, n)
}

// attackNouns name an attack: the phrase "in an X attack" says who did it.
var attackNouns = map[string]bool{"attack": true, "strike": true, "airstrike": true, "raid": true, "air-strike": true,
	"shelling": true, "bombing": true, "bombardment": true, "assault": true, "offensive": true, "ambush": true,
	"barrage": true, "crossfire": true, "fire": true, "gunfire": true, "shootout": true, "operation": true}

// attackNoun reports whether the nominal t, or a word that qualifies it
// ("tank shelling" parsed with "shelling" under "tank"), names an attack.
func (a *analysis) attackNoun(t int) bool {
	if attackNouns[a.lemma[t]] || attackNouns[a.lower[t]] {
		return true
	}
	for _, j := range a.kids[t] {
		if (a.rel[j] == "acl" || a.rel[j] == "compound") && j > t && (attackNouns[a.lemma[j]] || attackNouns[a.lower[j]]) {
			return true
		}
	}
	return false
}

// decisionNouns name what an actor decided or did, of any kind: a
// reaction to "the decision" is to the latest event's doer.
var decisionNouns = map[string]bool{"decision": true, "ruling": true, "verdict": true, "move": true, "step": true,
	"announcement": true, "measure": true, "measures": true, "order": true, "judgment": true, "judgement": true,
	"deal": true, "agreement": true, "accord": true, "pact": true, "quota": true, "resolution": true,
	"sanctions": true, "tariffs": true, "tariff": true, "ban": true, "embargo": true, "cut": true, "cuts": true}

// wordNouns name something said: a reaction to "the accusation" is to the
// latest event of the roots listed, by whoever made it.
var wordNouns = map[string][]int{"accusation": {11}, "allegation": {11}, "charge": {11}, "claim": {11},
	"criticism": {11}, "condemnation": {11}, "demand": {10, 2}, "call": {2, 10}, "request": {2, 10},
	"appeal": {2}, "ultimatum": {13}, "threat": {13}, "warning": {13}, "offer": {3}, "proposal": {3}}

// reactionRoot reports whether events of CAMEO root r react to another's
// deed: approval (05), disapproval (11), rejection (12), protest (14).
func reactionRoot(r int) bool {
	return r == 5 || r == 11 || r == 12 || r == 14
}

// priorDecision is the latest event told in the last sentences (not by
// the sources' own countries) that the definite noun obj ("the
// decision", "this ruling", "the accusation") names; nil when none.
func (a *analysis) priorDecision(obj int, sources []int) *doc.Event {
	if obj < 0 || len(a.prior) == 0 {
		return nil
	}
	words := wordNouns[a.lemma[obj]]
	if !decisionNouns[a.lemma[obj]] && !decisionNouns[a.lower[obj]] && words == nil || a.findActors(obj, nil) != nil {
		return nil
	}
	if !a.definite(obj) {
		return nil
	}
	for _, k := range a.kids[obj] {
		if a.rel[k] == "acl" || a.rel[k] == "acl:relcl" || a.rel[k] == "nmod" {
			return nil // "the decision to ...", "the ruling on ...": told here
		}
	}
	own := map[string]bool{}
	for _, s := range sources {
		own[a.s.Mentions[s].Code] = true
		if c := a.s.Mentions[s].Country; c != "" {
			own[c] = true
		}
	}
	deal := a.lemma[obj] == "deal" || a.lemma[obj] == "agreement" || a.lemma[obj] == "accord" || a.lemma[obj] == "pact"
	for i := len(a.prior) - 1; i >= 0; i-- {
		ev := &a.prior[i]
		// A decision is a deed, not words or a visit ("thanked Milei for
		// moving the embassy ... condemned the move" is not aimed at the
		// thanks); a deal is an agreement or a deed.
		switch r := rootOf(ev.CAMEO); {
		case words != nil:
			// "rejected the accusation": the latest accusation
			if !slices.Contains(words, r) {
				continue
			}
		case r == 1 || r == 2 || r == 4:
			continue
		case (r == 3 || r == 5) && !deal:
			continue
		}
		if ev.Source != nil && !noCountry(ev.Source.Code) && !own[ev.Source.Code] && !own[ev.Source.Country] {
			return ev
		}
	}
	return nil
}

// lastAgainst is the doer of the latest event told that was aimed at the
// country of the sources (by another country); nil when none.
func (a *analysis) lastAgainst(sources []int) *doc.Actor {
	own := map[string]bool{}
	for _, s := range sources {
		if c := a.s.Mentions[s].Country; c != "" {
			own[c] = true
		}
	}
	if len(own) == 0 {
		return nil
	}
	for i := len(a.prior) - 1; i >= 0; i-- {
		ev := &a.prior[i]
		if ev.Source == nil || ev.Target == nil || noCountry(ev.Source.Code) || own[ev.Source.Country] {
			continue
		}
		if own[ev.Target.Country] && rootOf(ev.CAMEO) >= 10 {
			src := *ev.Source
			return &src
		}
	}
	return nil
}
