package store

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// checkDays compares day_counts with a recount of the events.
func checkDays(t *testing.T, s *SQLite, when string) {
	t.Helper()
	read := func(q string) map[dayKey]dayDelta {
		rows, err := s.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		m := map[dayKey]dayDelta{}
		for rows.Next() {
			var k dayKey
			var d dayDelta
			if err := rows.Scan(&k.date, &k.quad, &k.root, &d.n, &d.gsum); err != nil {
				t.Fatal(err)
			}
			m[k] = d
		}
		return m
	}
	kept := read("SELECT date, quad, root, n, gsum FROM day_counts")
	recount := read("SELECT date, quad_class, substr(cameo, 1, 2), count(*), total(goldstein) FROM events WHERE date != '' GROUP BY 1, 2, 3")
	if len(kept) != len(recount) {
		t.Errorf("%s: %d day counts, recount %d: %v vs %v", when, len(kept), len(recount), kept, recount)
	}
	for k, want := range recount {
		got := kept[k]
		if got.n != want.n || math.Abs(got.gsum-want.gsum) > 1e-9 {
			t.Errorf("%s: day %v = %+v, recount %+v", when, k, got, want)
		}
	}
}

func TestDayCountsExact(t *testing.T) {
	s := fixture(t)
	checkDays(t, s, "stored")
	// Replacing documents: a new date, other quad classes, fewer events,
	// an event of its own date and an undated one.
	d1 := testDoc("d1", "2024-01-16", event("USAGOV", "RUSGOV", "190", 4, -10))
	d2 := testDoc("d2", "2024-01-20", event("USA", "RUS", "0431", 1, 2.8), event("KAZGOV", "CHN", "111", 3, -2), event("CHN", "KAZ", "036", 1, 4))
	d2.Sentences[2].Events[0].Date = "2024-03-01"
	d5 := testDoc("d5", "", event("USA", "RUS", "042", 1, 1.9))
	for i := 0; i < 2; i++ {
		if err := s.Put(ctx, []*doc.Document{d1, d2, d5}, nil); err != nil {
			t.Fatal(err)
		}
		checkDays(t, s, fmt.Sprintf("replaced %d", i+1))
	}
	if err := s.Delete(ctx, []string{"d3", "d1", "nope"}); err != nil {
		t.Fatal(err)
	}
	checkDays(t, s, "deleted")
	if d, se, e := counts(t, s); d != 4 || se != 8 || e != 8 {
		t.Errorf("after delete: %d docs %d sentences %d events, want 4 8 8", d, se, e)
	}
	if has, _ := s.Has(ctx, []string{"d1", "d3", "d2"}); has["d1"] || has["d3"] || !has["d2"] {
		t.Errorf("Has after delete: %v", has)
	}
	if _, err := s.Document(ctx, "d1"); err == nil {
		t.Error("deleted document still there")
	}
	// Series over dates, quad class and CAMEO roots (the day counts)
	// agree with the same counted over the events.
	for _, iv := range []Interval{Day, Week, Month, Year} {
		for _, f := range []Filter{{}, {From: "2024-01-16", To: "2024-02"}, {Quad: 1}, {CAMEO: "1"}, {CAMEO: "04", Quad: 1}, {CAMEO: "11", To: "2024-01"}} {
			fast, err := s.Aggregate(ctx, f, iv)
			if err != nil {
				t.Fatal(err)
			}
			useDayCounts = false
			slow, err := s.Aggregate(ctx, f, iv)
			useDayCounts = true
			if err != nil {
				t.Fatal(err)
			}
			if len(fast) != len(slow) || len(fast) == 0 {
				t.Errorf("%s %+v: %v vs %v", iv, f, fast, slow)
				continue
			}
			for i, x := range fast {
				y := slow[i]
				if x.Period != y.Period || x.Events != y.Events || x.Quad != y.Quad || math.Abs(x.GoldsteinSum-y.GoldsteinSum) > 1e-9 {
					t.Errorf("%s %+v: %+v vs %+v", iv, f, x, y)
				}
			}
		}
	}
}

func TestTextSearch(t *testing.T) {
	s := open(t)
	a := testDoc("a", "2024-01-01", event("USA", "RUS", "042", 1, 1), event("RUS", "USA", "111", 3, -2), event("USA", "IRN", "163", 4, -8))
	a.Sentences[0].Text = "The U.S. envoy met Russian officials."
	a.Sentences[1].Text = "Moscow criticised the new Sanctions."
	a.Sentences[2].Text = "Washington imposed sanctions on Iran; 100% of them."
	b := testDoc("b", "2024-01-02", event("CHN", "USA", "036", 1, 4))
	b.Sentences[0].Text = "Beijing wants talks, not sanctions, and a café."
	if err := s.Put(ctx, []*doc.Document{a, b}, nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, want string }{
		{"sanctions", "a/1:RUS>USA:111 a/2:USA>IRN:163 b/0:CHN>USA:036"},
		{"SANCTION", "a/1:RUS>USA:111 a/2:USA>IRN:163 b/0:CHN>USA:036"}, // a word's beginning, any case
		{"sanctions iran", "a/2:USA>IRN:163"},                           // every word
		{"U.S.", "a/0:USA>RUS:042"},
		{"cafe", "b/0:CHN>USA:036"}, // diacritics folded
		{"100%", "a/2:USA>IRN:163"},
		{"%", "a/2:USA>IRN:163"}, // no letters: a substring
		{"anctions", ""},         // not the inside of a word
		{"tehran", ""},
		{`"sanctions`, "a/1:RUS>USA:111 a/2:USA>IRN:163 b/0:CHN>USA:036"}, // quotes are not syntax
		{"sanctions OR talks", ""},
		{"NEAR(x y) * ^ :", ""},
		{"\u0301", ""}, // a lone combining mark: no word to match
		{"ⅷ ²", ""},
	}
	for _, drive := range []int{20000, 0} {
		ftsDriveMax, ftsDriveAll = drive, drive // both plans: from the matches, and from the events
		for _, c := range cases {
			if got := list(t, s, Filter{Text: c.text}); got != c.want {
				t.Errorf("drive %d, text %q: got %q, want %q", drive, c.text, got, c.want)
			}
			bs, err := s.Aggregate(ctx, Filter{Text: c.text}, Year)
			n := 0
			for _, b := range bs {
				n += b.Events
			}
			if err != nil || n != len(strings.Fields(c.want)) {
				t.Errorf("drive %d, aggregate text %q: %d events, %v", drive, c.text, n, err)
			}
		}
		if got := list(t, s, Filter{Text: "sanctions", Source: "USA"}); got != "a/2:USA>IRN:163" {
			t.Errorf("text and source: %q", got)
		}
		if got := list(t, s, Filter{Text: "sanctions", Limit: 1}); got != "a/1:RUS>USA:111" {
			t.Errorf("text with limit: %q", got)
		}
		if got := list(t, s, Filter{Text: "sanctions", CAMEO: "16", Country: "IRN"}); got != "a/2:USA>IRN:163" {
			t.Errorf("text, code and country: %q", got)
		}
	}
	ftsDriveMax, ftsDriveAll = 20000, 200000
	// A new coding of a replaces its sentences in the index; deleting b
	// takes its sentence out.
	a2 := testDoc("a", "2024-01-01", event("USA", "RUS", "042", 1, 1))
	a2.Sentences[0].Text = "Talks resumed."
	if err := s.Put(ctx, []*doc.Document{a2}, nil); err != nil {
		t.Fatal(err)
	}
	if got := list(t, s, Filter{Text: "sanctions"}); got != "b/0:CHN>USA:036" {
		t.Errorf("after replace: %q", got)
	}
	if got := list(t, s, Filter{Text: "talks"}); got != "a/0:USA>RUS:042 b/0:CHN>USA:036" {
		t.Errorf("after replace, talks: %q", got)
	}
	if err := s.Delete(ctx, []string{"b"}); err != nil {
		t.Fatal(err)
	}
	if got := list(t, s, Filter{Text: "talks"}); got != "a/0:USA>RUS:042" {
		t.Errorf("after delete: %q", got)
	}
	var n int
	s.DB().QueryRow("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'sanctions'").Scan(&n)
	if n != 0 {
		t.Errorf("%d stale index entries", n)
	}
}

func TestRankAndSentences(t *testing.T) {
	s := fixture(t)
	s.Put(ctx, []*doc.Document{testDoc("d9", "2024-02-10", event("USA", "RUS", "190", 4, -10), event("RUS", "RUS", "111", 3, -2))}, nil)
	r, err := s.Rank(ctx, Filter{}, 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%v %v %s %s", r.Dyads, r.Actors, r.First, r.Last)
	want := "[{USA RUS 2 [0 1 0 0 1] -7.2} {KAZ RUSGOV 1 [0 0 1 0 0] 6.4} {KAZ USA 1 [0 1 0 0 0] 4}] [{RUS 7} {USA 5} {KAZ 3}] 2023-12-31 2024-02-10"
	if got != want {
		t.Errorf("rank:\n got %s\nwant %s", got, want)
	}
	r, err = s.Rank(ctx, Filter{From: "2024-02", To: "2024-02", Source: "RUS"}, 100, 100)
	if err != nil {
		t.Fatal(err)
	}
	got = fmt.Sprintf("%v %v %s %s", r.Dyads, r.Actors, r.First, r.Last)
	want = "[{RUS KAZ 1 [0 0 0 0 1] -5} {RUS RUS 1 [0 0 0 1 0] -2} {RUS USA 1 [0 0 0 1 0] -2}] [{RUS 4} {KAZ 1} {USA 1}] 2024-02-03 2024-02-10"
	if got != want {
		t.Errorf("rank February, source RUS:\n got %s\nwant %s", got, want)
	}
	// A day of a store of many days (the date-ordered index), a text
	// filter, actors alone.
	for i := 0; i < 30; i++ {
		s.Put(ctx, []*doc.Document{testDoc(fmt.Sprintf("x%d", i), fmt.Sprintf("2020-01-%02d", i+1), event("CHN", "JPN", "111", 3, -2))}, nil)
	}
	r, err = s.Rank(ctx, Filter{From: "2024-02-03", To: "2024-02-03"}, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	got = fmt.Sprintf("%v %v %s %s", r.Dyads, r.Actors, r.First, r.Last)
	want = "[{KAZ RUSGOV 1 [0 0 1 0 0] 6.4} {RUS KAZ 1 [0 0 0 0 1] -5}] [{RUS 3}] 2024-02-03 2024-02-03"
	if got != want {
		t.Errorf("rank one day:\n got %s\nwant %s", got, want)
	}
	r, err = s.Rank(ctx, Filter{Text: "about 190"}, 5, 0)
	if err != nil {
		t.Fatal(err)
	}
	got = fmt.Sprintf("%v %v %s %s", r.Dyads, r.Actors, r.First, r.Last)
	want = "[{RUSMIL UKR 1 [0 0 0 0 1] -10} {USA RUS 1 [0 0 0 0 1] -10}] [] 2024-01-15 2024-02-10"
	if got != want {
		t.Errorf("rank text:\n got %s\nwant %s", got, want)
	}
	if r, err := s.Rank(ctx, Filter{From: "2030"}, 5, 5); err != nil || len(r.Dyads)+len(r.Actors) != 0 || r.First != "" || r.Last != "" {
		t.Errorf("empty rank %+v %v", r, err)
	}
	if _, err := s.Rank(ctx, Filter{Quad: 9}, 5, 5); err == nil {
		t.Error("bad filter ranked")
	}
	texts, err := s.SentenceTexts(ctx, []SentenceKey{{"d1", 1}, {"d1", 1}, {"d1", 7}, {"nope", 0}, {"d4", 0}})
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 2 || texts[SentenceKey{"d1", 1}] != "Sentence 1 of d1 about 190." || texts[SentenceKey{"d4", 0}] != "Sentence 0 of d4 about 036." {
		t.Errorf("sentence texts %v", texts)
	}
}

// TestMigrateFromFour opens a store left at schema 4 (before the
// full-text index, the day counts and the ranking index) and brings it
// up to date: the index and the counts are built from what is stored.
func TestMigrateFromFour(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.db")
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	docs := []*doc.Document{
		testDoc("a", "2024-01-01", event("USA", "RUS", "042", 1, 1.9), event("RUS", "USA", "111", 3, -2)),
		testDoc("b", "2024-01-02", event("CHN", "USA", "036", 1, 4)),
	}
	docs[1].Sentences[0].Text = "Beijing wants sanctions lifted."
	if err := s.Put(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"DROP TABLE sentences_fts", "DROP TABLE day_counts", "DROP INDEX events_rank", "DROP INDEX events_dyads", "DROP INDEX events_doc", "CREATE INDEX events_doc ON events(doc_id)", "PRAGMA user_version = 4"} {
		if _, err := s.DB().Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	s.Close()
	s, err = OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if in, _ := s.Info(ctx); in.SchemaVersion != SchemaVersion() || in.Events != 3 {
		t.Errorf("after migrating: %+v", in)
	}
	checkDays(t, s, "migrated")
	if got := list(t, s, Filter{Text: "sanctions"}); got != "b/0:CHN>USA:036" {
		t.Errorf("text search after migrating: %q", got)
	}
	// The migrated index is kept up to date from then on.
	docs[1].Sentences[0].Text = "Beijing wants talks."
	s.Put(ctx, docs[1:], nil)
	if got := list(t, s, Filter{Text: "sanctions"}); got != "" {
		t.Errorf("after replace: %q", got)
	}
	checkDays(t, s, "migrated, then replaced")
}

func TestUnpackDyad(t *testing.T) {
	for _, c := range []struct {
		line, src, tgt string
		n              int
		ok             bool
	}{
		{"3 USARUS 12", "USA", "RUS", 12, true},
		{"6 USAGOV 4", "USAGOV", "", 4, true},
		{"0 RUS 1", "", "RUS", 1, true},
		{"4 A B C D 7", "A B ", "C D", 7, true}, // blanks in codes
		{"0  3", "", "", 3, true},
		{"9 USA 1", "", "", 0, false},
		{"x USA 1", "", "", 0, false},
		{"3USA", "", "", 0, false},
		{"", "", "", 0, false},
		{"-1 USA 2", "", "", 0, false},
	} {
		s, tg, n, ok := unpackDyad(c.line)
		if s != c.src || tg != c.tgt || n != c.n || ok != c.ok {
			t.Errorf("unpackDyad(%q) = %q %q %d %v", c.line, s, tg, n, ok)
		}
	}
}

func TestCameoRoot(t *testing.T) {
	s := open(t)
	for _, c := range []string{"", "1", "19", "193", "ü9x", "日本語"} {
		var want string
		s.DB().QueryRow("SELECT substr(?, 1, 2)", c).Scan(&want)
		if got := cameoRoot(c); got != want {
			t.Errorf("cameoRoot(%q) = %q, SQL %q", c, got, want)
		}
	}
	// Odd codes keep the day counts exact too.
	d := testDoc("odd", "2024-05-01", event("USA", "RUS", "042", 1, 1), event("USA", "RUS", "042", 1, 1))
	d.Sentences[0].Events[0].CAMEO = "ü9x"
	d.Sentences[1].Events[0].CAMEO = ""
	if err := s.Put(ctx, []*doc.Document{d}, nil); err != nil {
		t.Fatal(err)
	}
	checkDays(t, s, "odd codes")
	if err := s.Delete(ctx, []string{"odd"}); err != nil {
		t.Fatal(err)
	}
	checkDays(t, s, "odd codes deleted")
}

// TestActorBothSides: an event with the actor on both sides is one event
// to the Actor filter, in pages and in counts.
func TestActorBothSides(t *testing.T) {
	s := fixture(t)
	s.Put(ctx, []*doc.Document{testDoc("d9", "2024-02-10", event("RUSGOV", "RUSMIL", "111", 3, -2))}, nil)
	if got := list(t, s, Filter{Actor: "RUS", From: "2024-02-04", Limit: 10}); got != "d9/0:RUSGOV>RUSMIL:111" {
		t.Errorf("page: %q", got)
	}
	bs, err := s.Aggregate(ctx, Filter{Actor: "RUS"}, Year)
	if err != nil || len(bs) != 1 || bs[0].Events != 8 || bs[0].Quad != [5]int{0, 3, 1, 2, 2} {
		t.Errorf("aggregate %+v %v", bs, err)
	}
}
