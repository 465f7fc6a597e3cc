package petrarch

import (
	"fmt"
	"sort"
	"strconv"
)

// parseRecordDate reads a records-file date: YYYYMMDD (the known files),
// YYYY-MM-DD, or a six-digit YYMMDD read with the two-digit year rule of
// expandYear.
func parseRecordDate(s string) (string, error) {
	switch len(s) {
	case 8:
		if allDigits(s) {
			return isoDate(s[0:4], s[4:6], s[6:8], s)
		}
	case 10:
		if s[4] == '-' && s[7] == '-' && allDigits(s[:4]+s[5:7]+s[8:]) {
			return isoDate(s[0:4], s[5:7], s[8:10], s)
		}
	case 6:
		if allDigits(s) {
			return parseYYMMDD(s)
		}
	}
	return "", fmt.Errorf("bad date %q, want YYYYMMDD", s)
}

// PivotYear is the two-digit year rule for six-digit YYMMDD dates (the
// actor dictionaries mostly write dates that way): YY below PivotYear is
// 20YY, YY at or above it is 19YY. So 090120 is 2009-01-20 and 780101 is
// 1978-01-01. The Phoenix actor files use two-digit years 00-14 and 31-99
// (no 15-30), so any pivot from 15 to 31 reads them all as meant; 30
// leaves room for dates added since.
const PivotYear = 30

// parseYYMMDD reads a six-digit YYMMDD date to YYYY-MM-DD.
func parseYYMMDD(s string) (string, error) {
	if len(s) != 6 || !allDigits(s) {
		return "", fmt.Errorf("bad date %q, want YYMMDD", s)
	}
	yy := int(s[0]-'0')*10 + int(s[1]-'0')
	cent := "19"
	if yy < PivotYear {
		cent = "20"
	}
	return isoDate(cent+s[0:2], s[2:4], s[4:6], s)
}

func isoDate(y, m, d, orig string) (string, error) {
	year, _ := strconv.Atoi(y)
	month, _ := strconv.Atoi(m)
	day, _ := strconv.Atoi(d)
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
		return "", fmt.Errorf("bad date %q: no such day", orig)
	}
	var b [10]byte
	copy(b[0:4], y)
	b[4] = '-'
	copy(b[5:7], m)
	b[7] = '-'
	copy(b[8:10], d)
	return string(b[:]), nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sortErrors orders *Errors by file and line, others last, stably.
func sortErrors(errs []error) {
	sort.SliceStable(errs, func(i, j int) bool {
		a, ok1 := errs[i].(*Error)
		b, ok2 := errs[j].(*Error)
		if !ok1 || !ok2 {
			return ok1 && !ok2
		}
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}
