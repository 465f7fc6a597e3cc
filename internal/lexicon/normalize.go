package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold maps letters with diacritics and typographic variants to ASCII.
var fold = func() map[rune]string {
	m := map[rune]string{}
	pairs := []string{
		"ÀÁÂÃÄÅĀĂĄǍȦẠẢẤẦẨẪẬẮẰẲẴẶ", "A", "àáâãäåāăąǎȧạảấầẩẫậắằẳẵặ", "a",
		"ÇĆĈĊČ", "C", "çćĉċč", "c", "ĎĐ", "D", "ďđð", "d",
		"ÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ", "E", "èéêëēĕėęěẹẻẽếềểễệə", "e",
		"ĜĞĠĢǦ", "G", "ĝğġģǧ", "g", "ĤĦḤ", "H", "ĥħḥ", "h",
		"ÌÍÎÏĨĪĬĮİỈỊ", "I", "ìíîïĩīĭįıỉị", "i", "Ĵ", "J", "ĵ", "j",
		"ĶḲ", "K", "ķḳ", "k", "ĹĻĽĿŁ", "L", "ĺļľŀł", "l",
		"ÑŃŅŇṆ", "N", "ñńņňṇ", "n",
		"ÒÓÔÕÖØŌŎŐƠǑỌỎỐỒỔỖỘỚỜỞỠỢ", "O", "òóôõöøōŏőơǒọỏốồổỗộớờởỡợ", "o",
		"ŔŖŘ", "R", "ŕŗř", "r", "ŚŜŞŠȘṢ", "S", "śŝşšșṣ", "s",
		"ŢŤŦȚṬ", "T", "ţťŧțṭ", "t",
		"ÙÚÛÜŨŪŬŮŰŲƯǓỤỦỨỪỬỮỰ", "U", "ùúûüũūŭůűųưǔụủứừửữự", "u",
		"Ŵ", "W", "ŵ", "w", "ÝŸŶỲỸ", "Y", "ýÿŷỳỹ", "y",
		"ŹŻŽẒ", "Z", "źżžẓ", "z",
		"’‘ʼʻ´`′", "'", "‐‑‒–", "-",
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			m[r] = pairs[i+1]
		}
	}
	m['Æ'], m['æ'], m['Œ'], m['œ'], m['ß'] = "AE", "ae", "OE", "oe", "ss"
	m['Þ'], m['þ'] = "Th", "th"
	return m
}()

// Normalize returns the form of a word used for matching, without the
// acronym rule: diacritics folded, apostrophes straightened, periods
// dropped, a trailing possessive removed, lower case.
func Normalize(w string) string {
	low, _ := wordKeys(w, nil)
	return strings.Clone(low)
}

// wordKeys returns the lower-case key of a text word and, when the word is
// written in capitals (at least two letters), its upper-case key too.
func wordKeys(w string, buf []byte) (low, up string) {
	lb, ub, plain := wordKeyBytes(w, buf[:0], nil)
	if plain {
		return w, ""
	}
	if ub != nil {
		return string(lb), string(ub)
	}
	return string(lb), ""
}

// wordKeyBytes is wordKeys without allocation: the keys are appended to
// low and up (up stays nil when the word is not in capitals). plain
// reports that the word is its own lower-case key (low is then unused).
func wordKeyBytes(w string, low, up []byte) (lowB, upB []byte, plain bool) {
	// Fast path: plain lower-case ASCII word.
	plain = true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '.' || c == '\'' || (c >= 'A' && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return nil, nil, true
	}
	b := up[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < 0x80 {
			i++
			if c != '.' {
				b = append(b, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if f, ok := fold[r]; ok {
			b = append(b, f...)
			continue
		}
		if r == utf8.RuneError {
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	// Strip a possessive: 's or 'S, or a trailing apostrophe (ministers').
	if n := len(b); n > 2 && b[n-2] == '\'' && (b[n-1] == 's' || b[n-1] == 'S') {
		b = b[:n-2]
	} else if n > 1 && b[n-1] == '\'' {
		b = b[:n-1]
	}
	if len(b) == 0 {
		// Only periods, such as "...": the word itself.
		return append(low[:0], w...), nil, false
	}
	upper, letters := true, 0
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
		if c >= 'a' && c <= 'z' {
			upper = false
			letters++
		} else if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	if !ascii {
		upper, letters = true, 0
		for _, r := range string(b) {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
		}
	}
	lowB = low[:0]
	if ascii {
		for _, c := range b {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lowB = append(lowB, c)
		}
	} else {
		lowB = append(lowB, strings.ToLower(string(b))...)
	}
	if upper && letters >= 2 {
		return lowB, b, false
	}
	return lowB, nil, false
}

// dictWordKey is the key of a dictionary word: its upper-case form if the
// word is an acronym (written in capitals, at least two letters), else its
// lower-case form.
func dictWordKey(w string) string {
	low, up := wordKeys(w, nil)
	if up != "" {
		return strings.Clone(up)
	}
	return strings.Clone(low)
}

// phraseKey splits a phrase on white space into word keys.
func phraseKey(phrase string) []string {
	fs := strings.Fields(phrase)
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		if k := dictWordKey(f); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// plurals returns the plural forms of an agent phrase: the last word is
// inflected, or the word before " of " ("chief of staff" → "chiefs of staff").
func plurals(phrase string) []string {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return nil
	}
	at := len(ws) - 1
	for i, w := range ws {
		if i > 0 && strings.EqualFold(w, "of") {
			at = i - 1
			break
		}
	}
	var out []string
	for _, p := range pluralWord(ws[at]) {
		c := append([]string(nil), ws...)
		c[at] = p
		out = append(out, strings.Join(c, " "))
	}
	return out
}

func pluralWord(w string) []string {
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "person"):
		return []string{w + "s", w[:len(w)-6] + "people"}
	case strings.HasSuffix(lw, "man") && !strings.HasSuffix(lw, "human") && !strings.HasSuffix(lw, "german"):
		return []string{w[:len(w)-3] + "men"}
	case strings.HasSuffix(lw, "woman"):
		return []string{w[:len(w)-5] + "women"}
	case strings.HasSuffix(lw, "child"):
		return []string{w + "ren"}
	case len(lw) > 1 && strings.HasSuffix(lw, "y") && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return []string{w[:len(w)-1] + "ies"}
	case strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "x") || strings.HasSuffix(lw, "z") ||
		strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "sh"):
		return []string{w + "es"}
	}
	return []string{w + "s"}
}
