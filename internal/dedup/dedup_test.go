package dedup

import (
	"fmt"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/output"
)

func row(docID string, sent int, date, src, tgt, cameo, pub, url string) output.Row {
	e := &doc.Event{DocID: docID, SentenceIndex: sent, Date: date, CAMEO: cameo, Source: &doc.Actor{Code: src}}
	if tgt != "" {
		e.Target = &doc.Actor{Code: tgt}
	}
	return output.Row{Event: e, Publisher: pub, URL: url}
}

func rows() []output.Row {
	return []output.Row{
		row("a", 0, "2024-03-05", "USA", "RUS", "042", "Wire", ""),                        // 0: cluster A
		row("a", 0, "2024-03-05", "USA", "RUS", "042", "Wire", ""),                        // 1: same sentence again
		row("b", 2, "2024-03-05", "USA", "RUS", "042", "", "https://www.paper.example/x"), // 2: cluster A
		row("c", 0, "2024-03-06", "USA", "RUS", "042", "", ""),                            // 3: next day
		row("d", 1, "2024-03-05", "RUS", "USA", "042", "Wire", ""),                        // 4: other direction
		row("e", 0, "2024-03-09", "USA", "RUS", "042", "Other", ""),                       // 5: four days on
		row("f", 0, "2024-03-05", "USA", "", "042", "", ""),                               // 6: no target
		row("g", 0, "2024-03-04", "USA", "RUS", "042", "Wire", ""),                        // 7: a day earlier, read last
	}
}

func summary(out []output.Row) string {
	s := ""
	for _, r := range out {
		e := r.Event
		s += fmt.Sprintf("%s:%s", e.DocID, e.Date)
		if c := r.Cluster; c != nil {
			s += fmt.Sprintf("[%d %d %d %d %s..%s]", c.Mentions, c.Sentences, c.Documents, c.Sources, c.FirstDate, c.LastDate)
		}
		s += " "
	}
	return s
}

func run(mode Mode, window int) string {
	f := New(mode, window)
	var out []output.Row
	for _, r := range rows() {
		out = append(out, f.Add(r)...)
	}
	return summary(append(out, f.Flush()...))
}

func TestModes(t *testing.T) {
	for _, c := range []struct {
		mode   Mode
		window int
		want   string
	}{
		{None, 0, "a:2024-03-05 a:2024-03-05 b:2024-03-05 c:2024-03-06 d:2024-03-05 e:2024-03-09 f:2024-03-05 g:2024-03-04 "},
		{OneADay, 0, "a:2024-03-05 c:2024-03-06 d:2024-03-05 e:2024-03-09 f:2024-03-05 g:2024-03-04 "},
		// Same day: USA→RUS on 03-05 has 3 mentions in 2 sentences of 2
		// documents from 2 sources (Wire, paper.example).
		{Cluster, 0, "a:2024-03-05[3 2 2 2 2024-03-05..2024-03-05] c:2024-03-06[1 1 1 1 2024-03-06..2024-03-06] d:2024-03-05[1 1 1 1 2024-03-05..2024-03-05] e:2024-03-09[1 1 1 1 2024-03-09..2024-03-09] f:2024-03-05[1 1 1 1 2024-03-05..2024-03-05] g:2024-03-04[1 1 1 1 2024-03-04..2024-03-04] "},
		// Two days from the earliest (03-04): 03-04, 03-05 x3, 03-06 join; 03-09 does not.
		{Cluster, 2, "a:2024-03-05[5 4 4 3 2024-03-04..2024-03-06] d:2024-03-05[1 1 1 1 2024-03-05..2024-03-05] e:2024-03-09[1 1 1 1 2024-03-09..2024-03-09] f:2024-03-05[1 1 1 1 2024-03-05..2024-03-05] "},
	} {
		got := run(c.mode, c.window)
		if c.mode == Cluster && c.window == 2 {
			// The representative is the earliest mention: g.
			c.want = "g:2024-03-04[5 4 4 3 2024-03-04..2024-03-06] d:2024-03-05[1 1 1 1 2024-03-05..2024-03-05] e:2024-03-09[1 1 1 1 2024-03-09..2024-03-09] f:2024-03-05[1 1 1 1 2024-03-05..2024-03-05] "
		}
		if got != c.want {
			t.Errorf("%s window %d:\n got %s\nwant %s", c.mode, c.window, got, c.want)
		}
	}
	if _, err := ParseMode("daily"); err == nil {
		t.Error("ParseMode(daily) gave no error")
	}
}
