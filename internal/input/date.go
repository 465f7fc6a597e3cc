package input

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the written date forms NormalizeDate accepts, tried in order.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02 Jan 2006",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
}

// NormalizeDate turns a written date into ISO YYYY-MM-DD. It accepts ISO
// dates and timestamps, YYYYMMDD (as in PETRARCH records), YYMMDD,
// slashed and dotted ISO forms, English month names ("March 5, 2024",
// "5 March 2024") and the RFC 822/1123 forms of news feeds. The empty
// string stays empty. Anything else is an error.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1000 {
				break
			}
			return t.Format("2006-01-02"), nil
		}
	}
	// YYMMDD, the short PETRARCH form: 00-69 are 2000-2069.
	if len(s) == 6 && allDigits(s) {
		if t, err := time.Parse("060102", s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("unreadable date %q (want YYYY-MM-DD or a common written form)", s)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
