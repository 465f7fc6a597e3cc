package tagger

import (
	"strings"
	"unicode/utf8"
)

// British spellings (see americanForm): a word in a British spelling is
// tagged as its American form, whose statistics in EWT train and in the
// American word list of the lexicon are the larger ("Defence
// Secretary", "criticised", "Labour Party").

// spellingOn switches the American reading of British spellings (tests
// turn it off to compare).
var spellingOn = true

// americanForm returns the American spelling of a lowercased word in a
// British spelling, by rule, or "": -our → -or (labour, favourable,
// neighbouring), -ence → -ense (defence, offence, licence), -ise and
// -isation → -ize, -ization (criticise, organisation), -yse → -yze
// (analyse, paralysed), -tre → -ter (centre, theatre), -amme → -am
// (programme) and -lled, -lling → -led, -ling (fuelled). The caller
// checks the word lists: the form given must not be in the lexicon's
// American word list and the form returned must be.
func americanForm(w string) string {
	if len(w) < 5 {
		return ""
	}
	// -our, and its derived forms
	if i := strings.LastIndex(w, "our"); i > 0 {
		switch w[i+3:] {
		case "", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "less", "hood", "hoods", "ist", "ists", "ism", "ly":
			return w[:i] + "or" + w[i+3:]
		}
	}
	for _, r := range [...]struct{ brit, am string }{
		{"ence", "ense"}, {"ences", "enses"},
		{"ise", "ize"}, {"ises", "izes"}, {"ised", "ized"}, {"ising", "izing"}, {"iser", "izer"}, {"isers", "izers"},
		{"isation", "ization"}, {"isations", "izations"},
		{"yse", "yze"}, {"yses", "yzes"}, {"ysed", "yzed"}, {"ysing", "yzing"},
		{"tre", "ter"}, {"tres", "ters"},
		{"amme", "am"}, {"ammes", "ams"},
		{"lled", "led"}, {"lling", "ling"},
	} {
		if strings.HasSuffix(w, r.brit) && len(w) > len(r.brit)+1 {
			return w[:len(w)-len(r.brit)] + r.am
		}
	}
	return ""
}

// americanSpelling returns the American spelling of form, cased as form
// is (Defence → Defense, LABOUR → LABOR), when form is not in the
// lexicon's American word list and that spelling is; else "".
func (m *model) americanSpelling(form string, lower uint64) string {
	if !spellingOn || m.lex == nil || len(form) < 5 || m.lex.lookup(lower)&lxLower != 0 {
		return ""
	}
	switch form[len(form)-1] | 0x20 { // lowercase
	case 'e', 's', 'd', 'g', 'r', 'n', 'y', 'l':
	default:
		return ""
	}
	am := americanForm(strings.ToLower(form))
	if am == "" || m.lex.lookup(hashLower(am))&lxLower == 0 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(form)
	switch {
	case form == strings.ToUpper(form):
		return strings.ToUpper(am)
	case r >= 'A' && r <= 'Z':
		return strings.ToUpper(am[:1]) + am[1:]
	}
	return am
}
