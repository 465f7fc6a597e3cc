package pipeline

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

// datelineLayouts are the date forms of news datelines.
var datelineLayouts = []string{
	"January 2, 2006", "January 2 2006", "Jan. 2, 2006", "Jan 2, 2006", "Jan 2 2006",
	"2 January 2006", "2 Jan 2006", "2006-01-02",
}

// datelineDate returns the ISO date of a news dateline among the first
// sentences of d ("ASTANA, March 12, 2026 -", "LONDON, 5 May 2025 (Reuters) -"):
// a sentence ending in a dash whose comma-separated parts include a full
// date. It reports false when there is none.
func datelineDate(d *doc.Document) (string, bool) {
	for i, s := range d.Sentences {
		if i >= 3 {
			break
		}
		text := strings.TrimSpace(s.Text)
		trimmed := strings.TrimRight(text, "-\u2013\u2014 ")
		if trimmed == text || !strings.Contains(trimmed, ",") {
			continue
		}
		// Drop an agency in brackets: "March 12, 2026 (AFP)".
		if j := strings.IndexByte(trimmed, '('); j > 0 {
			trimmed = strings.TrimSpace(trimmed[:j])
		}
		_, rest, _ := strings.Cut(trimmed, ",")
		rest = strings.TrimSpace(rest)
		// Try the remainder, then drop leading parts ("Palestinian
		// Territories, Aug. 3, 2014").
		for rest != "" {
			for _, l := range datelineLayouts {
				if t, err := time.Parse(l, rest); err == nil {
					return t.Format("2006-01-02"), true
				}
			}
			_, after, ok := strings.Cut(rest, ",")
			if !ok {
				break
			}
			rest = strings.TrimSpace(after)
		}
	}
	return "", false
}
