package coder

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

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
