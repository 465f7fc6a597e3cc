package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSep reports whether r separates tokens: white space, control
// characters and zero-width spaces. Separators never appear in a token.
func isSep(r rune) bool {
	if r < 0x80 {
		return r <= ' ' || r == 0x7f
	}
	switch r {
	case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff:
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// isSpaceAt reports whether a separator starts at byte i of text.
func isSpaceAt(text string, i int) bool {
	c := text[i]
	if c < 0x80 {
		return c <= ' ' || c == 0x7f
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != utf8.RuneError && isSep(r)
}

// tokens appends the tokens of text to out.
func (t *Tokenizer) tokens(text string, out []span) []span {
	i := 0
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			if c <= ' ' || c == 0x7f {
				i++
				continue
			}
		} else {
			r, w := utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && isSep(r) {
				i += w
				continue
			}
		}
		j := i + 1
		for j < len(text) {
			c := text[j]
			if c < 0x80 {
				if c <= ' ' || c == 0x7f {
					break
				}
				j++
				continue
			}
			r, w := utf8.DecodeRuneInString(text[j:])
			if r != utf8.RuneError && isSep(r) {
				break
			}
			j += w
		}
		out = t.chunk(text, i, j, out)
		i = j
	}
	return out
}

// runeAt decodes the rune at byte i of text, returning (0, 0) past end.
// An invalid byte decodes as utf8.RuneError of width 1.
func runeAt(text string, i, end int) (rune, int) {
	if i >= end {
		return 0, 0
	}
	c := text[i]
	if c < 0x80 {
		return rune(c), 1
	}
	r, w := utf8.DecodeRuneInString(text[i:end])
	return r, w
}

func isAlnum(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetterByte(c byte) bool { return 'A' <= c&^0x20 && c&^0x20 <= 'Z' }

func isApos(text string, i, end int) int {
	if i < end && text[i] == '\'' {
		return 1
	}
	if i+3 <= end && text[i] == 0xe2 && text[i+1] == 0x80 && text[i+2] == 0x99 {
		return 3 // ’
	}
	return 0
}

// hasPrefixFold reports whether s starts with the ASCII prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// chunk tokenizes the white-space-free run text[a:b].
func (t *Tokenizer) chunk(text string, a, b int, out []span) []span {
	i := a
	for i < b {
		rest := text[i:b]
		// Web addresses run to the end of the chunk, less trailing punctuation.
		if i == a || !isAlnumBefore(text, i) {
			if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") ||
				hasPrefixFold(rest, "ftp://") || hasPrefixFold(rest, "www.") && len(rest) > 5 {
				e := trimURL(text, i, b)
				out = append(out, span{start: i, end: e})
				i = e
				continue
			}
		}
		r, w := runeAt(text, i, b)
		// Emoticons.
		if r < 0x80 && strings.IndexByte(":;=<^-", byte(r)) >= 0 && (i == a || !isAlnumBefore(text, i)) {
			if e := t.emoticon(text, i, b); e > i {
				out = append(out, span{start: i, end: e, abbr: 'm'})
				i = e
				continue
			}
		}
		switch {
		case isAlnum(r) || r == '_':
			out, i = t.word(text, i, b, out)
			continue
		case (r == '@' || r == '#') && i+1 < b && (isLetterByte(text[i+1]) || text[i+1] >= 0x80 || text[i+1] == '_' || r == '@' && isDigit(text[i+1])):
			// @handle, #hashtag.
			j := i + 1
			for j < b {
				r2, w2 := runeAt(text, j, b)
				if r2 == '.' && r == '@' && j+1 < b && isLetterByte(text[j+1]) && j > i+1 {
					j++ // @example.com
					continue
				}
				if !isAlnum(r2) && r2 != '_' {
					break
				}
				j += w2
			}
			if j == i+1 {
				j = i + w
			}
			out = append(out, span{start: i, end: j})
			i = j
			continue
		case r == '.' || r == '!' || r == '?':
			j := i + 1
			for j < b && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			out = append(out, span{start: i, end: j})
			i = j
			continue
		case r == '…':
			j := i + w
			for j+3 <= b && text[j:j+3] == "…" {
				j += 3
			}
			for j < b && text[j] == '.' {
				j++
			}
			out = append(out, span{start: i, end: j})
			i = j
			continue
		case r == '-' || r == '*' || r == '=' || r == '+' || r == '~' || r == '<' || r == '>' || r == '`' || r == '$' || r == '_':
			// Runs: -- *** ==== $$$ << >>; "-" and "=" may mix (----==).
			j := i + 1
			for j < b && (text[j] == byte(r) || (r == '-' || r == '=') && (text[j] == '-' || text[j] == '=')) {
				j++
			}
			out = append(out, span{start: i, end: j})
			i = j
			continue
		case (r == '\'' || r == '’') && i > a && (text[i-1] == '.' || isAlnumBefore(text, i)) && contraction(text, i, b) > i:
			// A clitic after an abbreviation: U.S.'s.
			e := contraction(text, i, b)
			out = append(out, span{start: i, end: e})
			i = e
			continue
		case (r == '\'' || r == '’') && i+w+2 <= b && isDigit(text[i+w]) && isDigit(text[i+w+1]) &&
			(i+w+2 == b || !isDigit(text[i+w+2])) && !isAlnumBefore(text, i):
			// Abbreviated years: '72, ’90s.
			e := i + w + 2
			if e < b && text[e] == 's' {
				e++
			}
			out = append(out, span{start: i, end: e})
			i = e
			continue
		case (r == '‘' || r == '’') && i+6 <= b && (text[i+3:i+6] == "’" || text[i+3:i+6] == "‘"):
			// Doubled curly single quotes used as double quotes: ‘’ ’’ ‘‘.
			out = append(out, span{start: i, end: i + 6})
			i += 6
			continue
		case r == '\'' && i+1 < b && text[i+1] == '\'':
			out = append(out, span{start: i, end: i + 2})
			i += 2
			continue
		}
		out = append(out, span{start: i, end: i + w})
		i += w
	}
	return out
}

// isAlnumBefore reports whether the rune before byte i is a letter or digit.
func isAlnumBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isAlnum(r)
}

// trimURL returns the end of the web address starting at i, dropping
// trailing punctuation that belongs to the sentence.
func trimURL(text string, i, b int) int {
	e := b
	open := strings.Count(text[i:b], "(")
	closed := strings.Count(text[i:b], ")")
	for e > i+1 {
		c := text[e-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '"', '\'', ']', '>', '}':
			e--
			continue
		case ')':
			if closed > open {
				closed--
				e--
				continue
			}
		}
		if e-3 > i && (text[e-3:e] == "”" || text[e-3:e] == "’") {
			e -= 3
			continue
		}
		break
	}
	return e
}

// emoticon returns the end of an emoticon starting at i, or i.
func (t *Tokenizer) emoticon(text string, i, b int) int {
	best := i
	for _, e := range t.emo {
		if len(e) <= b-i && text[i:i+len(e)] == e && i+len(e) > best {
			end := i + len(e)
			if end < b {
				r, _ := runeAt(text, end, b)
				if isAlnum(r) || r == '(' || r == ')' {
					continue
				}
			}
			best = end
		}
	}
	return best
}

// contraction returns the end of a clitic ('s 're 've 'll 'd 'm n't)
// starting at the apostrophe at i, or i when there is none. The clitic must
// end the word.
func contraction(text string, i, b int) int {
	aw := isApos(text, i, b)
	if aw == 0 {
		return i
	}
	j := i + aw
	k := j
	for k < b && isLetterByte(text[k]) && k-j < 3 {
		k++
	}
	if k < b {
		r, _ := runeAt(text, k, b)
		if isAlnum(r) {
			return i
		}
	}
	var buf [4]byte
	switch string(lower(buf[:0], text[j:k])) {
	case "s", "re", "ve", "ll", "d", "m":
		return k
	}
	return i
}

// word scans a word starting at i (a letter, digit or underscore) and
// appends its tokens.
func (t *Tokenizer) word(text string, i, b int, out []span) ([]span, int) {
	j := i
	digitsOnly := true
	segStart := i
	hasDot := false
	slashes := 0
	for j < b {
		r, w := runeAt(text, j, b)
		if isAlnum(r) || r == '_' {
			if r < '0' || r > '9' {
				digitsOnly = false
			}
			j += w
			continue
		}
		next, _ := runeAt(text, j+w, b)
		switch r {
		case '.':
			if isAlnum(next) {
				hasDot = true
				j += w
				continue
			}
			// An e-mail address with its user name cut short by a mailing
			// list archive: franz371...@gmail.com.
			k := j
			for k < b && text[k] == '.' {
				k++
			}
			if k-j >= 2 && k < b && text[k] == '@' && emailEnd(text, k, b) > k {
				e := emailEnd(text, k, b)
				out = append(out, span{start: i, end: e})
				return out, e
			}
		case ',', ':', '/':
			if r == '/' && j == i+1 && isLetterByte(text[i]) && j+1 < b && isLetterByte(text[j+1]) &&
				(j+2 == b || !isAlnumByteOrMulti(text, j+2, b)) {
				j += 2 // b/c, w/o, A/C
				continue
			}
			if r == '/' && digitsOnly && j+1 < b && isDigit(text[j+1]) {
				if slashes > 0 || joinSlash(text, i, j, b) {
					slashes++
					j++
					continue
				}
				break
			}
			if isDigit(text[j-1]) && j+1 < b && isDigit(text[j+1]) && (r != ',' || commaGroup(text, j+1, b)) {
				j++
				continue
			}
		case '-':
			if isAlnum(next) && t.joinHyphen(text, i, segStart, j, b, digitsOnly) {
				j++
				segStart = j
				continue
			}
		case '&':
			if isUpperByte(text[j-1]) && j+1 < b && isUpperByte(text[j+1]) {
				j++
				continue
			}
		case '@':
			if e := emailEnd(text, j, b); e > j {
				out = append(out, span{start: i, end: e})
				return out, e
			}
		case '$':
			var buf [4]byte
			if j-i <= 2 && t.currency[string(lower(buf[:0], text[i:j]))] {
				out = append(out, span{start: i, end: j + 1})
				return out, j + 1
			}
		case '\'', '’':
			if e := contraction(text, j, b); e > j {
				out = t.emitWord(text, i, j, out, false)
				out = append(out, span{start: j, end: e})
				return out, e
			}
			if isLetterByte(byte(next)) && next < 0x80 {
				// n't
				if (next == 't' || next == 'T') && j > i && (text[j-1] == 'n' || text[j-1] == 'N') &&
					(j+w+1 >= b || !isAlnumByteOrMulti(text, j+w+1, b)) {
					if j-1 > i {
						out = t.emitWord(text, i, j-1, out, false)
					}
					out = append(out, span{start: j - 1, end: j + w + 1})
					return out, j + w + 1
				}
				// O'Brien, Shi'ite.
				j += w
				continue
			}
		}
		break
	}
	// Yahoo! keeps its exclamation mark.
	if j-i == 5 && j < b && text[j] == '!' && text[i:j] == "Yahoo" && (j+1 == b || text[j+1] != '!') {
		return append(out, span{start: i, end: j + 1}), j + 1
	}
	// A period after the word: abbreviation or initial?
	abbr := byte(0)
	if j < b && text[j] == '.' && !(j+1 < b && text[j+1] == '.') {
		abbr = t.abbrevKind(text, i, j, b, hasDot)
		if abbr != 0 {
			j++
		}
	} else if j+1 < b && text[j:j+2] == ".." && (j+2 == b || text[j+2] != '.') && j-i > 1 {
		// "D.C.." and "Inc..": the abbreviation keeps one period, the
		// other ends the sentence.
		abbr = t.abbrevKind(text, i, j, b, hasDot)
		if abbr != 0 {
			j++
		}
	}
	if abbr != 0 {
		out = append(out, span{start: i, end: j, abbr: abbr})
		return out, j
	}
	return t.emitWord(text, i, j, out, true), j
}

func isAlnumByteOrMulti(text string, i, b int) bool {
	r, _ := runeAt(text, i, b)
	return isAlnum(r)
}

func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// commaGroup reports whether a thousands group of exactly three digits
// starts at i.
func commaGroup(text string, i, b int) bool {
	if i+3 > b || !isDigit(text[i]) || !isDigit(text[i+1]) || !isDigit(text[i+2]) {
		return false
	}
	return i+3 == b || !isDigit(text[i+3])
}

// joinHyphen decides whether the hyphen at j stays inside the word that
// started at i, whose current hyphen-free segment started at seg.
func (t *Tokenizer) joinHyphen(text string, i, seg, j, b int, digitsOnly bool) bool {
	if digitsOnly && seg != i {
		return true // third group of 713-853-3989
	}
	if digitsOnly {
		// Phone numbers and dates stay whole (713-853-3989, 2024-05-01);
		// ranges split (11-15).
		groups := 1
		var lens [6]int
		lens[0] = j - i
		k := j
		for k < b && text[k] == '-' {
			m := k + 1
			for m < b && isDigit(text[m]) {
				m++
			}
			if m == k+1 {
				break
			}
			lens[groups] = m - k - 1
			groups++
			k = m
			if groups > 4 {
				break
			}
		}
		if k < b && isAlnumByteOrMulti(text, k, b) {
			return false
		}
		if groups >= 3 {
			return true
		}
		return groups == 2 && lens[0] <= 3 && lens[1] == 4
	}
	// A prefix joins only at the start of a hyphenated word: once a
	// hyphen of the word has been split off, every later one is split too
	// (Lashkar - e - Taiba, Hizb - e - Islami in EWT), so that "e" after a
	// split hyphen is not taken for the prefix of e-mail.
	if seg == i && i >= 1 && text[i-1] == '-' && isAlnumBefore(text, i-1) {
		return false
	}
	var buf [8]byte
	if j-seg > len(buf) {
		return false
	}
	return t.prefixes[string(lower(buf[:0], text[seg:j]))]
}

// joinSlash decides whether the slash at j joins the digits text[i:j] to
// the digits after it. Dates stay whole (5/1/2024, 9/11, 12/27), as in
// EWT; fractions and ranges are split (3 / 4, 20 / 20, 2001 / 02).
func joinSlash(text string, i, j, b int) bool {
	k := j + 1
	for k < b && isDigit(text[k]) {
		k++
	}
	if k < b && text[k] == '/' && k+1 < b && isDigit(text[k+1]) {
		return true // three groups: a full date
	}
	if j-i > 2 || k-j-1 > 2 {
		return false
	}
	a := atoi2(text[i:j])
	c := atoi2(text[j+1 : k])
	if a < 1 || a > 12 || c < 1 || c > 31 {
		return false
	}
	return !(c <= 8 && a < c) // 1/2, 3/4, 5/8 are fractions
}

// atoi2 parses one or two ASCII digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// emailEnd returns the end of an e-mail address whose @ is at j, or j.
func emailEnd(text string, j, b int) int {
	k := j + 1
	dots := 0
	for k < b {
		c := text[k]
		if isLetterByte(c) || isDigit(c) || c == '-' || c == '_' {
			k++
			continue
		}
		if c == '.' && k+1 < b && (isLetterByte(text[k+1]) || isDigit(text[k+1])) {
			dots++
			k++
			continue
		}
		break
	}
	if k == j+1 || dots == 0 && !isUpperByte(text[j+1]) {
		// No domain; a bare word after the @ counts only when it is
		// capitalised (Lotus Notes addresses: Jane Doe@ENRON).
		return j
	}
	return k
}

// abbrevKind says whether text[i:j] followed by the period at j is an
// abbreviation: 't' for titles and initials, 'e' for abbreviations that may
// end a sentence, 0 for none.
func (t *Tokenizer) abbrevKind(text string, i, j, b int, hasDot bool) byte {
	w := text[i:j]
	if j-i == 1 && isUpperByte(w[0]) {
		return 't' // initial: John F. Kennedy
	}
	if len(w) > 8 {
		return 0
	}
	var buf [8]byte
	lw := string(lower(buf[:0], w))
	if t.end[lw] {
		switch lw {
		case "etc", "al", "mln", "bln", "pct", "yr", "yrs", "a.m", "p.m":
			return 'e'
		}
		// Inc., Calif., Ill.: capitalised only, so that "he was ill." ends
		// with a period of its own.
		if !isUpperByte(w[0]) {
			return 0
		}
		return 'e'
	}
	if t.title[lw] {
		switch lw {
		case "vs", "cf", "e.g", "i.e", "eg", "ie", "viz", "pp", "approx", "ext", "tel":
			return 't'
		case "no", "nos":
			// No. 10, not "said no."
			if isUpperByte(w[0]) && j+2 < len(text) && isSpaceAt(text, j+1) && isDigit(text[j+2]) {
				return 't'
			}
			return 0
		}
		if isUpperByte(w[0]) {
			return 't'
		}
		return 0
	}
	if t.low[lw] && lowerFollows(text, j+1) {
		return 'e'
	}
	if hasDot {
		// J.R.R, U.S.A, p.m: letters separated by periods.
		for k := 0; k < len(w); k++ {
			if w[k] != '.' && !isLetterByte(w[k]) {
				return 0
			}
			if k+1 < len(w) && w[k] != '.' && w[k+1] != '.' {
				return 0
			}
		}
		if isUpperByte(w[0]) && isUpperByte(w[len(w)-1]) && len(w) <= 5 && strings.Count(w, ".") >= 2 {
			return 't' // J.R.R. Tolkien
		}
		return 'e'
	}
	return 0
}

// lowerFollows reports whether the text from i goes on with a comma, a
// closing bracket, or white space and a lower-case word.
func lowerFollows(text string, i int) bool {
	if i < len(text) && (text[i] == ',' || text[i] == ')' || text[i] == ';') {
		return true
	}
	k := i
	for k < len(text) && isSpaceAt(text, k) {
		_, w := utf8.DecodeRuneInString(text[k:])
		k += w
	}
	if k == i || k == len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLower(r)
}

// emitWord appends the word text[i:j], splitting number+unit (5pm, 2bn)
// and whole-word contractions (gonna, cannot, dont).
func (t *Tokenizer) emitWord(text string, i, j int, out []span, check bool) []span {
	if check && j-i >= 2 {
		w := text[i:j]
		if isDigit(w[0]) {
			k := 0
			for k < len(w) && (isDigit(w[k]) || w[k] == '.' || w[k] == ',' || w[k] == ':') {
				k++
			}
			if k < len(w) && len(w)-k <= 4 {
				var buf [4]byte
				if t.units[string(lower(buf[:0], w[k:]))] {
					return append(out, span{start: i, end: i + k}, span{start: i + k, end: j})
				}
			}
		} else if len(w) <= 8 {
			var buf [8]byte
			if n, ok := t.split[string(lower(buf[:0], w))]; ok {
				return append(out, span{start: i, end: i + n}, span{start: i + n, end: j})
			}
		}
	}
	return append(out, span{start: i, end: j})
}
