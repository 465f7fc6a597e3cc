package tokenize

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/doc"
)

// Tokenizer splits a document into sentences and syntactic words. It holds
// only read-only tables, so one Tokenizer may be used by many goroutines.
type Tokenizer struct {
	title    map[string]bool // abbreviations followed by a name or number
	low      map[string]bool // abbreviations that are also words
	end      map[string]bool // abbreviations that may end a sentence
	starters map[string]bool
	prefixes map[string]bool
	units    map[string]bool
	split    map[string]int
	currency map[string]bool
	emo      []string
}

// New returns a Tokenizer with dyad's built-in tables.
func New() *Tokenizer {
	set := func(words []string) map[string]bool {
		m := make(map[string]bool, len(words))
		for _, w := range words {
			m[w] = true
		}
		return m
	}
	return &Tokenizer{
		title:    set(titleAbbrevs()),
		end:      set(endAbbrevs()),
		low:      set(lowAbbrevs()),
		starters: set(sentenceStarters()),
		prefixes: set(hyphenPrefixes()),
		units:    set(units()),
		split:    splitWords(),
		currency: set(currencyPrefixes()),
		emo:      emoticons(),
	}
}

// span is a token under construction.
type span struct {
	start, end int
	// abbr is 0, 't' for a title abbreviation or initial, 'e' for an
	// abbreviation that may end a sentence, 'm' for an emoticon.
	abbr byte
}

// Split fills d.Sentences from d.Text. Any sentences already there are replaced.
func (t *Tokenizer) Split(d *doc.Document) {
	text := d.Text
	d.Sentences = nil
	spans := t.tokens(text, make([]span, 0, len(text)/6+1))
	if len(spans) == 0 {
		return
	}
	// Sentence ends: the index of each sentence's last span, and whether a
	// paragraph break follows it.
	type cut struct {
		last   int
		parBrk bool
	}
	var cuts []cut
	for i := 0; i < len(spans); i++ {
		if i+1 == len(spans) {
			cuts = append(cuts, cut{i, false})
			break
		}
		nl := newlines(text[spans[i].end:spans[i+1].start])
		if nl >= 2 {
			cuts = append(cuts, cut{i, true})
			continue
		}
		start := 0
		if len(cuts) > 0 {
			start = cuts[len(cuts)-1].last + 1
		}
		if j, ok := t.boundary(text, spans, start, i, nl == 1); ok {
			par := j+1 < len(spans) && newlines(text[spans[j].end:spans[j+1].start]) >= 2
			cuts = append(cuts, cut{j, par})
			i = j
		}
	}
	// An abbreviation that ends a sentence gives up its period, as in EWT:
	// "in the U.S." ends with "U.S" + ".".
	extra := 0
	for _, c := range cuts {
		if a := spans[c.last].abbr; a == 't' || a == 'e' {
			extra++
		}
	}
	toks := make([]doc.Token, 0, len(spans)+extra)
	add := func(st, en int) {
		toks = append(toks, doc.Token{
			Form:       text[st:en],
			Start:      st,
			End:        en,
			Head:       -1,
			SpaceAfter: en < len(text) && isSpaceAt(text, en),
		})
	}
	d.Sentences = make([]doc.Sentence, 0, len(cuts))
	first := 0
	newPar := true
	for n, c := range cuts {
		t0 := len(toks)
		for k := first; k <= c.last; k++ {
			s := spans[k]
			if k == c.last && (s.abbr == 't' || s.abbr == 'e') && s.end-s.start > 1 {
				add(s.start, s.end-1)
				add(s.end-1, s.end)
				continue
			}
			add(s.start, s.end)
		}
		id := "s" + strconv.Itoa(n+1)
		if d.ID != "" {
			id = d.ID + "-" + strconv.Itoa(n+1)
		}
		st, en := spans[first].start, spans[c.last].end
		d.Sentences = append(d.Sentences, doc.Sentence{
			ID:     id,
			Start:  st,
			End:    en,
			Text:   text[st:en],
			NewPar: newPar,
			Tokens: toks[t0:len(toks):len(toks)],
		})
		first = c.last + 1
		newPar = c.parBrk
	}
}

// boundary decides whether a sentence ends at or just after token i. It
// returns the index of the last token of the sentence (i, or a closing
// quote or bracket after it) and true when it does.
func (t *Tokenizer) boundary(text string, spans []span, first, i int, lineBreak bool) (int, bool) {
	s := spans[i]
	form := text[s.start:s.end]
	term := isTerminal(form)
	abbr := s.abbr
	if abbr == 'm' {
		// An emoticon before a capital ends the sentence: "fun :) Now I".
		if i+1 < len(spans) && spans[i+1].start > s.end && isUpperStart(text[spans[i+1].start:spans[i+1].end]) {
			return i, true
		}
		abbr = 0
	}
	if !term && abbr == 0 && i+1 < len(spans) && isDateline(text, spans, first, i) {
		// "ASTANA, March 12, 2026 - The minister ...": the dateline is a
		// sentence of its own, so the story's first clause keeps its subject.
		return i, true
	}
	if !term && abbr == 0 {
		if lineBreak && !isContinuation(form) && startsSentence(text, spans[i+1]) {
			return i, true
		}
		return 0, false
	}
	if form == "." && isListMarker(text, spans[first:i]) {
		// "1. The pricing ...": a list number opens its item's sentence.
		return 0, false
	}
	j := i
	// Closing quotes and brackets stay with the sentence they close.
	for j+1 < len(spans) {
		nx := spans[j+1]
		f := text[nx.start:nx.end]
		if isCloser(f) || ((f == `"` || f == "'" || f == "''" || f == "‘’") && nx.start == spans[j].end) {
			j++
			continue
		}
		break
	}
	if j+1 == len(spans) {
		return j, true
	}
	next := spans[j+1]
	if next.start == spans[j].end {
		// No space: "3.5", "U.S.-led", "Yahoo!s"; not a boundary.
		return 0, false
	}
	if term {
		// A lower-case word ends the sentence too (informal text), except
		// after a closing quote ("Why?" he asked) or an ellipsis.
		if startsSentence(text, next) || j == i && !isEllipsis(form) && lowerStart(text, next) && !isJoiner(text[next.start:next.end]) {
			return j, true
		}
		return 0, false
	}
	// An abbreviation with its period: end the sentence only before a
	// typical sentence starter, or a line break before a capital.
	w := text[next.start:next.end]
	if !isUpperStart(w) {
		return 0, false
	}
	if t.isStarter(w) || lineBreak {
		return j, true
	}
	return 0, false
}

// isDateline reports whether tokens first..i are a news dateline ending in
// a spaced dash before a capitalised word: a place in capitals ("ASTANA",
// "NEW YORK"), then optionally a date or an agency in brackets ("(Reuters)",
// ", March 12, 2026"), then "-", "--", "–" or "—".
func isDateline(text string, spans []span, first, i int) bool {
	form := text[spans[i].start:spans[i].end]
	if form != "-" && form != "--" && form != "\u2013" && form != "\u2014" {
		return false
	}
	if i == first || i-first > 12 || spans[i].start == spans[i-1].end || spans[i+1].start == spans[i].end {
		return false
	}
	if !isUpperStart(text[spans[i+1].start:spans[i+1].end]) && !isQuote(text[spans[i+1].start:spans[i+1].end]) {
		return false
	}
	// The place: one or more words in capitals, at least four letters in all.
	k, letters := first, 0
	for ; k < i; k++ {
		w := text[spans[k].start:spans[k].end]
		if !allCaps(w) {
			break
		}
		letters += len(w)
	}
	if k == first || letters < 4 {
		return false
	}
	// Then a date, an agency or nothing: no lower-case words.
	for ; k < i; k++ {
		w := text[spans[k].start:spans[k].end]
		if c := w[0]; 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

func isQuote(w string) bool {
	return w == "\"" || w == "\u201c" || w == "'" || w == "\u2018"
}

// allCaps reports whether w is a word of capital letters (dots and hyphens
// allowed inside), with at least two letters.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z' || r > 127 && unicode.IsUpper(r):
			n++
		case r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return n >= 2
}

func (t *Tokenizer) isStarter(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	return t.starters[string(lower(buf[:0], w))]
}

// isTerminal reports whether form is sentence-final punctuation: a run of
// . ! ? or an ellipsis.
func isTerminal(form string) bool {
	if form == "…" || form == "……" {
		return true
	}
	for i := 0; i < len(form); i++ {
		switch form[i] {
		case '.', '!', '?':
		default:
			return false
		}
	}
	return form != ""
}

func isCloser(f string) bool {
	switch f {
	case ")", "]", "}", "”", "’", "»", "’’", "”’":
		return true
	}
	return false
}

// isContinuation reports whether a line ending in form is likely to go on
// on the next line.
func isContinuation(form string) bool {
	switch form {
	case ",", ":", ";", "-", "–", "—", "(", "[", "&", "and", "or", "of", "the", "a", "to", "in", "for", "with", "by", "on", "at", "from":
		return true
	}
	return false
}

// startsSentence reports whether token s can open a sentence: it starts
// with an upper-case letter, a digit, an opening quote or bracket, or a
// symbol.
func startsSentence(text string, s span) bool {
	r, _ := utf8.DecodeRuneInString(text[s.start:s.end])
	if unicode.IsLower(r) {
		return false
	}
	switch r {
	case ',', ';', ':', ')', ']', '}', '%', '.', '!', '?', '…':
		return false
	}
	return true
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// newlines counts the line breaks in a run of white space.
func newlines(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n', '\v', '\f':
			n++
		case '\r':
			if i+1 == len(gap) || gap[i+1] != '\n' {
				n++
			}
		case 0xe2:
			// U+2028 LINE SEPARATOR is a line break, U+2029 PARAGRAPH
			// SEPARATOR a blank line.
			if i+2 < len(gap) && gap[i+1] == 0x80 {
				switch gap[i+2] {
				case 0xa8:
					n++
				case 0xa9:
					n += 2
				}
			}
		}
	}
	return n
}

// lower appends the ASCII-lower-cased w to buf.
func lower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// lowerStart reports whether token s starts with a lower-case letter: after
// . ! ? this still ends the sentence (informal text), since abbreviations
// were already recognised by the scanner.
func lowerStart(text string, s span) bool {
	r, _ := utf8.DecodeRuneInString(text[s.start:s.end])
	return unicode.IsLower(r)
}

func isEllipsis(form string) bool {
	return len(form) > 1 && form[0] == '.' && form[1] == '.' || form != "" && form[0] == 0xe2
}

// isJoiner reports whether a lower-case word after ! or ? continues the
// sentence ("Yahoo! and AOL").
func isJoiner(w string) bool {
	switch w {
	case "and", "or", "to", "of":
		return true
	}
	return false
}

// isListMarker reports whether the tokens before a period are only a list
// number or letter, optionally after a bullet: "2", "*3", "a", "IV".
func isListMarker(text string, toks []span) bool {
	if len(toks) == 0 || len(toks) > 2 {
		return false
	}
	if len(toks) == 2 {
		switch text[toks[0].start:toks[0].end] {
		case "*", "-", "•", "#", "(":
		default:
			return false
		}
		toks = toks[1:]
	}
	w := text[toks[0].start:toks[0].end]
	if len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}
