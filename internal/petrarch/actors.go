package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// ActorDict is an actor dictionary (Phoenix.*.actors.txt,
// PETR.Validate.actors.txt).
type ActorDict struct {
	Name   string
	Actors []Actor
	// Errors lists malformed lines, each an *Error with file and line.
	Errors []error
}

// Actor is one entry: a name, its synonyms, and its codes.
type Actor struct {
	// Names[0] is the entry's own name; the rest are its synonyms, in file
	// order: the '+' lines, and names written one under the other before
	// the entry's first code.
	Names []Phrase
	// Codes are the entry's codes in file order: at most one without a
	// date restriction (the default) and any number of dated ones.
	Codes   []ActorCode
	Comment string // comment on the name line
	Pos            // the name line
}

// DateKind tells how an actor code is restricted in time.
type DateKind int

const (
	Always  DateKind = iota // [USA]
	Before                  // [USR <911226]: until the date
	After                   // [USAGOV >090120]: from the date
	Between                 // [USAELI 780101-000101]: from the first date to the second
)

// String names the kind.
func (k DateKind) String() string {
	if names := strings.Fields("always before after between"); int(k) >= 0 && int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("DateKind(%d)", int(k))
}

// ActorCode is one [CODE] or [CODE date-restriction] of an actor.
// Dates are written YYMMDD (two-digit years read with PivotYear) or
// YYYYMMDD, both kinds sometimes in one range (19270101-730717).
// Whether PETRARCH counts the boundary day in or out is not written in
// the files; here From and Until are just the dates written. A code whose
// date cannot be read is kept with that date empty, and reported.
type ActorCode struct {
	Code    string // "USAGOV"; as written, so also "---", "+++", "ELR/GAL"
	Kind    DateKind
	From    string // ISO YYYY-MM-DD for After and Between; "" otherwise
	Until   string // ISO YYYY-MM-DD for Before and Between; "" otherwise
	Raw     string // inside the brackets, as written
	Comment string
	Pos
}

// ReadActors reads an actor dictionary. The format (TABARI's):
//
//	AFGHANISTAN_  [AFG]                 name and code on one line
//	+AFGHAN_                            synonyms
//	GOLLUM  # comment                   name alone ...
//	+SMEAGOL
//		[HOB <950601]                   ... codes on indented lines
//		[HOBGOV 950601-990815]
//		[HOBREB >990816]
//	ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]
//	IVO_JOSIPOVIC_                      names one under the other, no '+',
//	PRESIDENT_JOSIPOVIC_                share the codes that follow
//		[HRVGOV >20120219]
//
// Synonyms and code lines may follow a blank line, but names without '+'
// are only grouped when no blank line separates them. An entry with no
// code is reported (and kept).
//
// Malformed lines go to ActorDict.Errors; the error result is only for a
// failure to read r.
func ReadActors(r io.Reader, name string) (*ActorDict, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parseActors(string(src), name), nil
}

func parseActors(src string, name string) *ActorDict {
	d := &ActorDict{Name: name}
	errorf := func(n int, format string, args ...any) {
		d.Errors = append(d.Errors, newError(name, n, "", format, args...))
	}
	lines := dictLines(src, name, &d.Errors)
	d.Actors = make([]Actor, 0, len(lines)/2)
	// Names and codes of all actors go to two pools, each actor taking a
	// sub-slice: a few large allocations instead of one per actor.
	var wa arena
	dates := map[string]string{}
	nNames := 0
	for _, l := range lines {
		if t := l.text; t != "" && t[0] != '#' && t[0] != '[' && t[0] != ' ' && t[0] != '\t' || strings.HasPrefix(strings.TrimSpace(t), "+") {
			nNames++
		}
	}
	names := make([]Phrase, 0, nNames)
	codes := make([]ActorCode, 0, strings.Count(src, "["))
	var cur *Actor // &d.Actors[len(d.Actors)-1]; d.Actors grows only after flush has cleared cur
	nameStart, codeStart := 0, 0
	blank := false // a blank line since the last line of cur
	flush := func() {
		if cur == nil {
			return
		}
		cur.Names = names[nameStart:len(names):len(names)]
		if len(codes) > codeStart {
			cur.Codes = codes[codeStart:len(codes):len(codes)]
		}
		if len(cur.Codes) == 0 {
			errorf(cur.Line, "actor %s has no code", cur.Names[0].Raw)
		}
		cur = nil
	}
	for _, l := range lines {
		text := l.text
		t := strings.TrimSpace(text)
		if t == "" {
			blank = true
			continue
		}
		if t[0] == '#' {
			continue
		}
		body, comment := cutComment(t)
		nameText := body
		if i := strings.IndexByte(body, '['); i >= 0 {
			nameText = body[:i]
		}
		nameText = strings.TrimSpace(nameText)
		groups, rest, ok := brackets(body)
		if !ok {
			errorf(l.n, "unbalanced [ ]")
			continue
		}
		if extra := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), nameText)); extra != "" {
			errorf(l.n, "text %q after the code; ignored", extra)
		}
		indented := text[0] == ' ' || text[0] == '\t'
		pos := Pos{File: name, Line: l.n}
		switch {
		case nameText == "":
			// A code line.
			if cur == nil {
				errorf(l.n, "code line with no actor before it")
				continue
			}
		case nameText[0] == '+':
			if cur == nil {
				errorf(l.n, "synonym with no actor before it")
				continue
			}
			ph := Phrase{Raw: strings.TrimSpace(nameText[1:]), Comment: comment, Pos: pos}
			ph.Words, ph.Exact = wa.splitWords(ph.Raw)
			if len(ph.Words) == 0 {
				errorf(l.n, "empty synonym")
				continue
			}
			names = append(names, ph)
		case cur != nil && len(cur.Codes) == 0 && !blank && (len(groups) == 0 || indented):
			// Several names written one under the other, without '+',
			// share the codes that follow them (IVO_JOSIPOVIC_,
			// PRESIDENT_JOSIPOVIC_, JOSIPOVIC_, then the indented codes).
			ph := Phrase{Raw: nameText, Comment: comment, Pos: pos}
			ph.Words, ph.Exact = wa.splitWords(nameText)
			names = append(names, ph)
		default:
			flush()
			ph := Phrase{Raw: nameText, Pos: pos}
			ph.Words, ph.Exact = wa.splitWords(nameText)
			nameStart, codeStart = len(names), len(codes)
			names = append(names, ph)
			d.Actors = append(d.Actors, Actor{Comment: comment, Pos: pos})
			cur = &d.Actors[len(d.Actors)-1]
		}
		blank = false
		for _, g := range groups {
			c, err := parseActorCode(g, dates)
			if err != nil {
				// Kept, with the unreadable date left empty.
				errorf(l.n, "%v", err)
				if c.Code == "" {
					continue
				}
			}
			c.Pos = pos
			if nameText == "" {
				c.Comment = comment
			}
			codes = append(codes, c)
			cur.Codes = codes[codeStart:] // seen by the grouping rule above
		}
	}
	flush()
	sortErrors(d.Errors)
	return d
}

// parseActorCode reads the inside of [CODE], [CODE <D], [CODE >D],
// [CODE D1-D2], with spaces tolerated around the markers. dates caches
// date conversions (the files repeat the same dates thousands of times);
// it may be nil.
func parseActorCode(s string, dates map[string]string) (ActorCode, error) {
	c := ActorCode{Raw: s}
	t := strings.TrimSpace(s)
	if t == "" {
		return c, fmt.Errorf("empty code []")
	}
	i := strings.IndexAny(t, " \t")
	if i < 0 {
		c.Code = t
		return c, nil
	}
	c.Code = t[:i]
	r := strings.TrimSpace(t[i:])
	if strings.ContainsAny(r, " \t") {
		r = strings.Join(strings.Fields(r), "")
	}
	date := func(d string) (string, error) {
		if iso, ok := dates[d]; ok {
			return iso, nil
		}
		iso, err := parseActorDate(d)
		if err == nil && dates != nil {
			dates[d] = iso
		}
		return iso, err
	}
	var err error
	switch r[0] {
	case '<':
		c.Kind = Before
		c.Until, err = date(r[1:])
	case '>':
		c.Kind = After
		c.From, err = date(r[1:])
	default:
		a, b, ok := strings.Cut(r, "-")
		if !ok {
			return c, fmt.Errorf("bad date restriction %q in [%s], want <DATE, >DATE or DATE-DATE", r, s)
		}
		c.Kind = Between
		c.From, err = date(a)
		if err == nil {
			c.Until, err = date(b)
		}
		if err == nil && c.Until < c.From {
			err = fmt.Errorf("date range %s ends before it starts", r)
		}
	}
	if err != nil {
		return c, fmt.Errorf("[%s]: %v", s, err)
	}
	return c, nil
}

// parseActorDate reads YYMMDD or YYYYMMDD.
func parseActorDate(s string) (string, error) {
	switch {
	case len(s) == 6 && allDigits(s):
		return parseYYMMDD(s)
	case len(s) == 8 && allDigits(s):
		return isoDate(s[0:4], s[4:6], s[6:8], s)
	}
	return "", fmt.Errorf("bad date %q, want YYMMDD or YYYYMMDD", s)
}

// Covers reports whether the code applies on a date (ISO YYYY-MM-DD). A
// range covers both its ends; <D covers the days before D and >D the
// days after D. Always covers every date, and so does any code when date
// is "". A code whose date could not be read covers nothing.
//
// The PETRARCH unit tests (DATE-01 to DATE-21) confirm that a range
// includes both its first and last day and that <D includes the day
// before D; whether <D and >D include D itself they do not test, and the
// strict reading here is dyad's choice.
func (c ActorCode) Covers(date string) bool {
	if date == "" {
		return true
	}
	switch c.Kind {
	case Always:
		return true
	case Before:
		return c.Until != "" && date < c.Until
	case After:
		return c.From != "" && date > c.From
	case Between:
		return c.From != "" && c.Until != "" && c.From <= date && date <= c.Until
	}
	return false
}

// CodeOn returns the code an actor has on a date (ISO YYYY-MM-DD, or ""
// for no date): the first date-restricted code, in file order, that
// covers the date, else the first code without a restriction. ok is false
// when neither exists. File order decides between overlapping ranges, as
// in the unit tests, where a short range listed first "overrides" a
// longer one around it.
func (a Actor) CodeOn(date string) (code ActorCode, ok bool) {
	if date != "" {
		for _, c := range a.Codes {
			if c.Kind != Always && c.Covers(date) {
				return c, true
			}
		}
	}
	for _, c := range a.Codes {
		if c.Kind == Always {
			return c, true
		}
	}
	return ActorCode{}, false
}
