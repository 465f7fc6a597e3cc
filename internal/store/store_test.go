package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

var ctx = context.Background()

func open(t testing.TB) *SQLite {
	t.Helper()
	s, err := OpenSQLite(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func actor(code string) *doc.Actor {
	a := &doc.Actor{Code: code, Start: 0, End: 5, Text: code}
	if len(code) >= 3 {
		a.Country = code[:3]
	}
	if len(code) > 3 {
		for i := 3; i+3 <= len(code); i += 3 {
			a.Roles = append(a.Roles, code[i:i+3])
		}
	}
	return a
}

func event(src, tgt, cameo string, quad int, goldstein float64) doc.Event {
	e := doc.Event{Source: actor(src), CAMEO: cameo, Root: cameo[:2], QuadClass: quad, Goldstein: goldstein, Factuality: "factual",
		Evidence: doc.Evidence{Sentence: "s", Predicate: "met", Start: 6, End: 9, Rule: "test:1"}}
	if tgt != "" {
		e.Target = actor(tgt)
	}
	return e
}

// testDoc makes a document of one sentence per event.
func testDoc(id, date string, events ...doc.Event) *doc.Document {
	d := &doc.Document{ID: id, Date: date, Title: "T " + id, URL: "http://example.org/" + id, Source: "Wire", Text: ""}
	for i, e := range events {
		text := fmt.Sprintf("Sentence %d of %s about %s.", i, id, e.CAMEO)
		start := len(d.Text)
		d.Text += text + " "
		e.DocID, e.SentenceIndex, e.Date = id, i, date
		d.Sentences = append(d.Sentences, doc.Sentence{ID: fmt.Sprintf("%s-%d", id, i+1), Start: start, End: start + len(text), Text: text, Events: []doc.Event{e}})
	}
	return d
}

func TestRoundTrip(t *testing.T) {
	s := open(t)
	e := event("USAGOV", "KAZMILREB", "042", 1, 1.9)
	e.PLOVER = &doc.PLOVER{Event: "CONSULT", Mode: "visit"}
	e.Magnitude = &doc.Magnitude{Value: 2000, Unit: "troops", Text: "2,000 troops"}
	e.Location = &doc.Location{Text: "Astana", Country: "KAZ", Lat: 51.1, Lon: 71.4}
	noTarget := event("RUS", "", "190", 4, -10)
	noTarget.Source.Roles = nil
	d := testDoc("d1", "2024-03-05", e, noTarget)
	d.Sentences = append(d.Sentences, doc.Sentence{ID: "d1-3", Start: -1, End: -1, Text: "Supplied parse .",
		Tokens: []doc.Token{{Form: "Supplied", Head: 2, DepRel: "amod", Start: -1, End: -1, SpaceAfter: true}, {Form: "parse", Head: 0, DepRel: "root", Start: -1, End: -1, SpaceAfter: true}, {Form: ".", Head: 2, DepRel: "punct", Start: -1, End: -1}}})
	if err := s.Put(ctx, []*doc.Document{d}, Versions{"dicts": "v1", "parser": "p1"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, "d1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != d.Text || got.URL != d.URL || got.Title != d.Title || got.Source != "Wire" || got.Date != "2024-03-05" || len(got.Sentences) != 3 {
		t.Fatalf("document %+v", got)
	}
	for i := 0; i < 2; i++ {
		if !reflect.DeepEqual(got.Sentences[i].Events, d.Sentences[i].Events) {
			t.Errorf("sentence %d events\n got %+v\nwant %+v", i, got.Sentences[i].Events, d.Sentences[i].Events)
		}
	}
	if toks := got.Sentences[2].Tokens; len(toks) != 3 || toks[1].DepRel != "root" || toks[0].Head != 2 {
		t.Errorf("supplied parse not kept: %+v", toks)
	}
	if got.Sentences[0].Tokens != nil {
		t.Errorf("own parse stored")
	}
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing document: %v", err)
	}
	in, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if in.Documents != 1 || in.Sentences != 3 || in.Events != 2 || in.FirstDate != "2024-03-05" || in.SchemaVersion != SchemaVersion() ||
		len(in.Versions) != 1 || in.Versions[0].Versions["dicts"] != "v1" || in.Versions[0].Documents != 1 {
		t.Errorf("info %+v", in)
	}
}

func counts(t *testing.T, s *SQLite) (docs, sents, events int) {
	t.Helper()
	in, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return in.Documents, in.Sentences, in.Events
}

func TestIdempotentReplace(t *testing.T) {
	s := open(t)
	a := testDoc("a", "2024-01-01", event("USA", "RUS", "042", 1, 1.9), event("RUS", "USA", "111", 3, -2))
	b := testDoc("b", "2024-01-02", event("CHN", "USA", "036", 1, 4))
	for i := 0; i < 3; i++ {
		if err := s.Put(ctx, []*doc.Document{a, b}, Versions{"v": "1"}); err != nil {
			t.Fatal(err)
		}
	}
	if d, se, e := counts(t, s); d != 2 || se != 3 || e != 3 {
		t.Errorf("after 3 puts: %d docs %d sentences %d events, want 2 3 3", d, se, e)
	}
	// A new coding of a replaces it whole.
	a2 := testDoc("a", "2024-01-01", event("USA", "RUS", "190", 4, -10))
	if err := s.Put(ctx, []*doc.Document{a2}, Versions{"v": "2"}); err != nil {
		t.Fatal(err)
	}
	if d, se, e := counts(t, s); d != 2 || se != 2 || e != 2 {
		t.Errorf("after replace: %d docs %d sentences %d events, want 2 2 2", d, se, e)
	}
	got, _ := s.Document(ctx, "a")
	if len(got.Sentences) != 1 || got.Sentences[0].Events[0].CAMEO != "190" {
		t.Errorf("replaced a = %+v", got.Sentences)
	}
	has, err := s.Has(ctx, []string{"a", "b", "c"})
	if err != nil || !has["a"] || !has["b"] || has["c"] {
		t.Errorf("Has = %v, %v", has, err)
	}
	in, _ := s.Info(ctx)
	if len(in.Versions) != 2 {
		t.Errorf("versions %+v", in.Versions)
	}
	// A failing batch stores nothing of itself.
	bad := []*doc.Document{testDoc("c", "2024-01-03", event("USA", "RUS", "042", 1, 1)), {ID: ""}}
	if err := s.Put(ctx, bad, nil); err == nil {
		t.Error("document without id stored")
	}
	if has, _ := s.Has(ctx, []string{"c"}); has["c"] {
		t.Error("half a failed batch stored")
	}
	var ids []string
	s.DocumentIDs(ctx, func(id string) error { ids = append(ids, id); return nil })
	if strings.Join(ids, ",") != "a,b" {
		t.Errorf("ids %v", ids)
	}
}

// fixture stores a small corpus for the query tests.
func fixture(t *testing.T) *SQLite {
	s := open(t)
	docs := []*doc.Document{
		testDoc("d1", "2024-01-15", event("USAGOV", "RUSGOV", "042", 1, 1.9), event("RUSMIL", "UKR", "190", 4, -10)),
		testDoc("d2", "2024-01-20", event("USA", "RUS", "0431", 1, 2.8), event("KAZGOV", "CHN", "057", 1, 8)),
		testDoc("d3", "2024-02-03", event("RUS", "USA", "111", 3, -2), event("KAZ", "RUSGOV", "061", 2, 6.4)),
		testDoc("d0", "2024-02-03", event("USAELI", "RUS", "046", 1, 7), event("RUS", "KAZ", "173", 4, -5)),
		testDoc("d4", "2023-12-31", event("KAZ", "USA", "036", 1, 4), event("USA", "", "010", 1, 0)),
	}
	if err := s.Put(ctx, docs, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

func list(t *testing.T, s Store, f Filter) string {
	t.Helper()
	var out []string
	err := s.Events(ctx, f, func(e *Event) error {
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		out = append(out, fmt.Sprintf("%s/%d:%s>%s:%s", e.DocID, e.SentenceIndex, e.Source.Code, tgt, e.CAMEO))
		return nil
	})
	if err != nil {
		t.Fatalf("%+v: %v", f, err)
	}
	return strings.Join(out, " ")
}

func TestQueryFilters(t *testing.T) {
	s := fixture(t)
	for _, c := range []struct {
		f    Filter
		want string
	}{
		// Stable order: date, document id, sentence.
		{Filter{}, "d4/0:KAZ>USA:036 d4/1:USA>-:010 d1/0:USAGOV>RUSGOV:042 d1/1:RUSMIL>UKR:190 d2/0:USA>RUS:0431 d2/1:KAZGOV>CHN:057 d0/0:USAELI>RUS:046 d0/1:RUS>KAZ:173 d3/0:RUS>USA:111 d3/1:KAZ>RUSGOV:061"},
		{Filter{Source: "usa"}, "d4/1:USA>-:010 d1/0:USAGOV>RUSGOV:042 d2/0:USA>RUS:0431 d0/0:USAELI>RUS:046"},
		{Filter{Source: "USAGOV"}, "d1/0:USAGOV>RUSGOV:042"},
		{Filter{Source: "US"}, "d4/1:USA>-:010 d1/0:USAGOV>RUSGOV:042 d2/0:USA>RUS:0431 d0/0:USAELI>RUS:046"},
		{Filter{Source: "USA", Target: "RUS"}, "d1/0:USAGOV>RUSGOV:042 d2/0:USA>RUS:0431 d0/0:USAELI>RUS:046"},
		{Filter{Target: "RUSGOV"}, "d1/0:USAGOV>RUSGOV:042 d3/1:KAZ>RUSGOV:061"},
		{Filter{Actor: "KAZ"}, "d4/0:KAZ>USA:036 d2/1:KAZGOV>CHN:057 d0/1:RUS>KAZ:173 d3/1:KAZ>RUSGOV:061"},
		{Filter{Actor: "KAZ", Limit: 3}, "d4/0:KAZ>USA:036 d2/1:KAZGOV>CHN:057 d0/1:RUS>KAZ:173"},
		{Filter{Actor: "RUSGOV", Source: "KAZ", Limit: 5}, "d3/1:KAZ>RUSGOV:061"},
		{Filter{Actor: "RUS", From: "2024-02", Quad: 4, Limit: 9}, "d0/1:RUS>KAZ:173"},
		{Filter{Country: "UKR"}, "d1/1:RUSMIL>UKR:190"},
		{Filter{SourceCountry: "KAZ", TargetCountry: "RUS"}, "d3/1:KAZ>RUSGOV:061"},
		{Filter{CAMEO: "04"}, "d1/0:USAGOV>RUSGOV:042 d2/0:USA>RUS:0431 d0/0:USAELI>RUS:046"},
		{Filter{CAMEO: "043"}, "d2/0:USA>RUS:0431"},
		{Filter{Quad: 4}, "d1/1:RUSMIL>UKR:190 d0/1:RUS>KAZ:173"},
		{Filter{From: "2024-01-16", To: "2024-02-02"}, "d2/0:USA>RUS:0431 d2/1:KAZGOV>CHN:057"},
		{Filter{From: "2024-02", To: "2024-02"}, "d0/0:USAELI>RUS:046 d0/1:RUS>KAZ:173 d3/0:RUS>USA:111 d3/1:KAZ>RUSGOV:061"},
		{Filter{To: "2023"}, "d4/0:KAZ>USA:036 d4/1:USA>-:010"},
		{Filter{Text: "sentence 1 of D0"}, "d0/1:RUS>KAZ:173"},
		{Filter{Text: "100%_"}, ""},
		{Filter{Source: "USA", Limit: 2}, "d4/1:USA>-:010 d1/0:USAGOV>RUSGOV:042"},
		{Filter{Source: "RUS", Target: "USA", From: "2024-01", To: "2024-03", Quad: 3, CAMEO: "11"}, "d3/0:RUS>USA:111"},
	} {
		if got := list(t, s, c.f); got != c.want {
			t.Errorf("%+v:\n got %s\nwant %s", c.f, got, c.want)
		}
	}
	for _, bad := range []Filter{{From: "2024-13"}, {To: "yesterday"}, {Quad: 5}} {
		if err := s.Events(ctx, bad, func(*Event) error { return nil }); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
	// URL and publisher come along.
	s.Events(ctx, Filter{Source: "USAGOV"}, func(e *Event) error {
		if e.URL != "http://example.org/d1" || e.Publisher != "Wire" {
			t.Errorf("event document facts %q %q", e.URL, e.Publisher)
		}
		return nil
	})
}

func TestAggregate(t *testing.T) {
	s := fixture(t)
	got, err := s.Aggregate(ctx, Filter{Actor: "USA"}, Month)
	if err != nil {
		t.Fatal(err)
	}
	// 2023-12: KAZ>USA 036 (q1, 4), USA>- 010 (q1, 0)
	// 2024-01: USAGOV>RUSGOV 042 (q1, 1.9), USA>RUS 0431 (q1, 2.8)
	// 2024-02: USAELI>RUS 046 (q1, 7), RUS>USA 111 (q3, -2)
	want := []Bucket{
		{Period: "2023-12", Events: 2, Quad: [5]int{0, 2, 0, 0, 0}, GoldsteinSum: 4},
		{Period: "2024-01", Events: 2, Quad: [5]int{0, 2, 0, 0, 0}, GoldsteinSum: 4.7},
		{Period: "2024-02", Events: 2, Quad: [5]int{0, 1, 0, 1, 0}, GoldsteinSum: 5},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		g := got[i]
		if g.Period != want[i].Period || g.Events != want[i].Events || g.Quad != want[i].Quad || math.Abs(g.GoldsteinSum-want[i].GoldsteinSum) > 1e-9 {
			t.Errorf("bucket %d = %+v, want %+v", i, g, want[i])
		}
	}
	if m := got[2].MeanGoldstein(); m != 2.5 {
		t.Errorf("mean %v", m)
	}
	for iv, want := range map[Interval]string{Day: "2023-12-31 2024-01-15 2024-01-20 2024-02-03", Week: "2023-12-25 2024-01-15 2024-01-29", Year: "2023 2024"} {
		bs, err := s.Aggregate(ctx, Filter{Actor: "USA"}, iv)
		if err != nil {
			t.Fatal(err)
		}
		var ps []string
		n := 0
		for _, b := range bs {
			ps = append(ps, b.Period)
			n += b.Events
			if p := iv.Period(strings.Replace(b.Period, "2024-01-15", "2024-01-20", 1)); iv != Day && p != b.Period && iv != Year {
				t.Errorf("%s: Period(%s) = %s", iv, b.Period, p)
			}
		}
		if strings.Join(ps, " ") != want || n != 6 {
			t.Errorf("%s: periods %v (%d events), want %s", iv, ps, n, want)
		}
	}
	if Week.Period("2024-03-10") != "2024-03-04" || Week.Period("2024-03-04") != "2024-03-04" || Month.Period("2024-03-10") != "2024-03" {
		t.Error("Interval.Period")
	}
}

func TestSchemaVersions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.db")
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Put(ctx, []*doc.Document{testDoc("a", "2024-01-01", event("USA", "RUS", "042", 1, 1))}, nil)
	s.Close()
	// Reopening keeps the data and migrates nothing twice.
	s, err = OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	if d, _, _ := counts(t, s); d != 1 {
		t.Errorf("reopened: %d docs", d)
	}
	s.DB().Exec("PRAGMA user_version = 99")
	s.Close()
	if _, err := OpenSQLite(path); err == nil || !strings.Contains(err.Error(), "newer than this dyad") {
		t.Errorf("newer schema: %v", err)
	}
	// Not a database.
	junk := filepath.Join(t.TempDir(), "junk.db")
	writeFile(t, junk, strings.Repeat("not sqlite ", 100))
	if _, err := OpenSQLite(junk); err == nil {
		t.Error("junk file opened as a store")
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "none.db"), false); err == nil || !strings.Contains(err.Error(), "no store at") {
		t.Errorf("missing store: %v", err)
	}
	s, err := Open("sqlite:"+filepath.Join(dir, "new.db"), true)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open("postgres://user:secret@host/db", true); err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("postgres: %v", err)
	}
	t.Setenv("DYAD_DB", "/x/y.db")
	if DefaultLocation() != "/x/y.db" {
		t.Error("DYAD_DB ignored")
	}
}

// TestMigrateFromOne opens a store left at schema 1 and brings it up to date.
func TestMigrateFromOne(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Put(ctx, []*doc.Document{testDoc("a", "2024-01-01", event("USA", "RUS", "042", 1, 1))}, nil)
	// Undo migrations 2..n by hand, as a schema-1 store would be.
	for _, q := range []string{"DROP TABLE sentences_fts", "DROP TABLE day_counts", "DROP INDEX events_rank", "DROP INDEX events_dyads", "DROP INDEX events_doc", "CREATE INDEX events_doc ON events(doc_id)", "DROP INDEX events_series", "DROP INDEX events_target_country", "DROP INDEX events_date",
		"CREATE INDEX events_date ON events(date)", "PRAGMA user_version = 1"} {
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
	in, _ := s.Info(ctx)
	if in.SchemaVersion != SchemaVersion() || in.Events != 1 {
		t.Errorf("after migrating: %+v", in)
	}
	var n int
	s.DB().QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('events_series', 'events_target_country', 'events_date')").Scan(&n)
	if n != 3 {
		t.Errorf("%d of the 3 later indexes", n)
	}
}

// TestConcurrentOpen: processes (here goroutines) opening a new store at
// once migrate it once, without errors.
func TestConcurrentOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			s, err := OpenSQLite(path)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
