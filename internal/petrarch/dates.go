package petrarch

import (
	"fmt"
	"sort"
	"time"
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

// PivotYear is the two-digit year rule for the YYMMDD dates of the actor
// dictionaries: YY below PivotYear is 20YY, YY at or above it is 19YY. So
// 090120 is 2009-01-20 and 780101 is 1978-01-01. The Phoenix files date
// offices from the 1940s to the 2010s; 40 keeps both ends right and fits
// TABARI's documented habit of reading two-digit years as 1930-2029 at
// the latest.
const PivotYear = 40

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
	iso := y + "-" + m + "-" + d
	if _, err := time.Parse("2006-01-02", iso); err != nil {
		return "", fmt.Errorf("bad date %q: no such day", orig)
	}
	return iso, nil
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
