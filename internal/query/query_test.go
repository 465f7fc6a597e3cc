package query

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/store"
)

var ctx = context.Background()

func ev(src, tgt, cameo string, quad int, g float64) doc.Event {
	return doc.Event{Source: &doc.Actor{Code: src, Country: src[:3]}, Target: &doc.Actor{Code: tgt, Country: tgt[:3]}, CAMEO: cameo, QuadClass: quad, Goldstein: g}
}

func fixture(t *testing.T) store.Store {
	s, err := store.OpenSQLite(filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var docs []*doc.Document
	add := func(id, date string, evs ...doc.Event) {
		d := &doc.Document{ID: id, Date: date, Text: "x"}
		for i, e := range evs {
			e.DocID, e.SentenceIndex, e.Date = id, i, date
			d.Sentences = append(d.Sentences, doc.Sentence{Start: 0, End: 1, Text: "x", Events: []doc.Event{e}})
		}
		docs = append(docs, d)
	}
	add("a", "2024-01-03", ev("KAZGOV", "USAGOV", "036", 1, 4), ev("USA", "KAZ", "061", 2, 6.4), ev("KAZ", "RUS", "111", 3, -2))
	add("b", "2024-01-20", ev("RUSGOV", "KAZGOV", "042", 1, 1.9), ev("KAZ", "RUS", "057", 1, 8), ev("KAZ", "CHN", "173", 4, -5))
	add("c", "2024-02-11", ev("USA", "KAZ", "112", 3, -2), ev("KAZMIL", "USA", "190", 4, -10), ev("CHN", "KAZ", "071", 2, 7.4))
	if err := s.Put(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSeries(t *testing.T) {
	s := fixture(t)
	rows, err := Series(ctx, s, "kaz", "rus", store.Filter{}, store.Month, true)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %s>%s n=%d q=%d/%d/%d/%d sum=%.1f mean=%.2f", r.Period, r.Source, r.Target, r.Events, r.Quad1, r.Quad2, r.Quad3, r.Quad4, r.GoldsteinSum, r.GoldsteinMean))
	}
	want := []string{
		"2024-01 KAZ>RUS n=2 q=1/0/1/0 sum=6.0 mean=3.00",
		"2024-01 RUS>KAZ n=1 q=1/0/0/0 sum=1.9 mean=1.90",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	rows, _ = Series(ctx, s, "KAZ", "RUS", store.Filter{}, store.Month, false)
	if len(rows) != 1 {
		t.Errorf("one direction: %+v", rows)
	}
}

func TestAlignment(t *testing.T) {
	s := fixture(t)
	rows, err := Alignment(ctx, s, "KAZ", []string{"USA", "RUS", "CHN"}, store.Filter{}, store.Month)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %s-%s n=%d out=%d in=%d mean=%.2f coop=%.3f", r.Period, r.Country, r.Partner, r.Events, r.Out, r.In, r.GoldsteinMean, r.CoopShare))
	}
	// 2024-01 USA: KAZ>USA 036 (4, coop), USA>KAZ 061 (6.4, coop): mean 5.2, coop 1.
	// 2024-01 RUS: KAZ>RUS 111 (-2), RUS>KAZ 042 (1.9, coop), KAZ>RUS 057 (8, coop): mean 7.9/3, coop 2/3.
	// 2024-01 CHN: KAZ>CHN 173 (-5): mean -5, coop 0.
	// 2024-02 USA: USA>KAZ 112 (-2), KAZ>USA 190 (-10): mean -6, coop 0.
	// 2024-02 CHN: CHN>KAZ 071 (7.4, coop).
	want := []string{
		"2024-01 KAZ-USA n=2 out=1 in=1 mean=5.20 coop=1.000",
		"2024-01 KAZ-RUS n=3 out=2 in=1 mean=2.63 coop=0.667",
		"2024-01 KAZ-CHN n=1 out=1 in=0 mean=-5.00 coop=0.000",
		"2024-02 KAZ-USA n=2 out=1 in=1 mean=-6.00 coop=0.000",
		"2024-02 KAZ-CHN n=1 out=0 in=1 mean=7.40 coop=1.000",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if math.Abs(rows[1].GoldsteinMean-7.9/3) > 1e-9 {
		t.Errorf("mean %v", rows[1].GoldsteinMean)
	}
	rows, _ = Alignment(ctx, s, "KAZ", []string{"USA"}, store.Filter{From: "2024-02"}, store.Year)
	if len(rows) != 1 || rows[0].Period != "2024" || rows[0].Events != 2 {
		t.Errorf("from 2024-02, yearly: %+v", rows)
	}
	if _, err := Alignment(ctx, s, "", nil, store.Filter{}, store.Month); err == nil {
		t.Error("no country: no error")
	}
}
