package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

// The store benchmarks run on a generated corpus of DYAD_BENCH_EVENTS
// events (default 100,000) over ten years, 2015-2024, between 60
// countries with a skewed (Zipf) choice of actors, kept at DYAD_BENCH_DB
// (default a temporary file) so that it is built once:
//
//	DYAD_BENCH_EVENTS=1000000 DYAD_BENCH_DB=/tmp/bench1m.db \
//	  go test ./internal/store -run '^$' -bench . -benchtime 20x

var benchCountries = []string{"USA", "RUS", "CHN", "UKR", "KAZ", "IRN", "ISR", "GBR", "FRA", "DEU",
	"TUR", "IND", "PAK", "AFG", "IRQ", "SYR", "EGY", "SAU", "JPN", "KOR", "PRK", "BRA", "MEX", "VEN",
	"NGA", "ZAF", "ETH", "KEN", "SDN", "LBY", "POL", "BLR", "GEO", "ARM", "AZE", "UZB", "KGZ", "TJK",
	"MNG", "VNM", "PHL", "IDN", "MYS", "THA", "MMR", "BGD", "LKA", "NPL", "AUS", "CAN", "ITA", "ESP",
	"NLD", "BEL", "SWE", "NOR", "FIN", "DNK", "GRC", "SRB"}

var benchRoles = []string{"", "GOV", "MIL", "OPP", "REB", "BUS", "MED", "CVL", "JUD", "LEG"}

var benchCodes = []struct {
	code string
	quad int
	g    float64
}{{"010", 1, 0}, {"020", 1, 3}, {"036", 1, 4}, {"042", 1, 1.9}, {"043", 1, 2.8}, {"046", 1, 7}, {"057", 1, 8},
	{"061", 2, 6.4}, {"071", 2, 7.4}, {"111", 3, -2}, {"112", 3, -2}, {"130", 3, -4.4}, {"173", 4, -5}, {"190", 4, -10}, {"193", 4, -10}}

// benchStore opens (building it when needed) the benchmark store.
func benchStore(b *testing.B) (*SQLite, int) {
	b.Helper()
	n := 100000
	if v := os.Getenv("DYAD_BENCH_EVENTS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	path := os.Getenv("DYAD_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	s, err := OpenSQLite(path)
	if err != nil {
		b.Fatal(err)
	}
	var have int
	s.DB().QueryRow("SELECT count(*) FROM events").Scan(&have)
	if have >= n {
		return s, have
	}
	s.Close()
	start := time.Now()
	if err := buildBench(path, have, n); err != nil {
		b.Fatal(err)
	}
	if s, err = OpenSQLite(path); err != nil {
		b.Fatal(err)
	}
	s.DB().QueryRow("SELECT count(*) FROM events").Scan(&have)
	el := time.Since(start)
	b.Logf("built %d events in %s (%.0f events/s stored)", have, el.Round(time.Millisecond), float64(have)/el.Seconds())
	return s, have
}

// buildBench adds generated documents to the store at path until it
// holds n events (it holds have), in date order. It writes the rows
// directly, as Put would (documents, texts, sentences, their full-text
// entries, events) but in transactions of 100,000 events on one
// connection without a journal or syncing (a crash ruins the file: fit
// for a benchmark store only), and recounts the day counts at the end.
func buildBench(path string, have, n int) error {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)&_pragma=cache_size(-2097152)&_pragma=locking_mode(EXCLUSIVE)&_pragma=temp_store(MEMORY)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	var vid int64
	if err := tx.QueryRow("SELECT coalesce(max(id), 0) FROM versions").Scan(&vid); err != nil {
		return err
	}
	if vid == 0 {
		vid = 1
		if _, err := tx.Exec("INSERT INTO versions(id, json, first_used) VALUES(1, '{\"bench\":\"1\"}', ?)", time.Now().UTC().Format(time.RFC3339)); err != nil {
			return err
		}
	}
	var stmts []*sql.Stmt
	prepare := func() error {
		stmts = stmts[:0]
		for _, q := range []string{
			"INSERT INTO documents(id, date, title, url, source, version_id, stored_at) VALUES(?,?,'',?,?,?,?)",
			"INSERT INTO texts(doc_id, text) VALUES(?,?)",
			"INSERT INTO sentences(doc_id, idx, sent_id, start, end, text, newpar) VALUES(?,?,'',?,?,?,0)",
			"INSERT INTO sentences_fts(rowid, text) VALUES(?,?)",
			insertEvent,
		} {
			st, err := tx.Prepare(q)
			if err != nil {
				return err
			}
			stmts = append(stmts, st)
		}
		return nil
	}
	if err := prepare(); err != nil {
		return err
	}
	r := rand.New(rand.NewSource(int64(1 + have)))
	zipf := rand.NewZipf(r, 1.3, 2, uint64(len(benchCountries)-1))
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	now := time.Now().UTC().Format(time.RFC3339)
	const perDoc = 10
	first, ndocs := have/perDoc, (n+perDoc-1)/perDoc
	inTx := 0
	for i := first; i < ndocs; i++ {
		// Dates rise with the document number, so that every index
		// (dyad then date, date, document) grows at its ends.
		date := base.AddDate(0, 0, int(int64(i-first)*3652/int64(ndocs-first))).Format("2006-01-02")
		id := fmt.Sprintf("bench-%08d", i)
		var text string
		res, err := stmts[0].Exec(id, date, "http://example.org/"+strconv.Itoa(i), "Wire", vid, now)
		if err != nil {
			return err
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for k := 0; k < perDoc; k++ {
			src := benchCountries[zipf.Uint64()]
			tgt := benchCountries[zipf.Uint64()]
			if tgt == src {
				tgt = benchCountries[r.Intn(len(benchCountries))]
			}
			c := benchCodes[r.Intn(len(benchCodes))]
			scode := src + benchRoles[r.Intn(len(benchRoles))]
			tcode := tgt + benchRoles[r.Intn(len(benchRoles))]
			sent := fmt.Sprintf("%s did %s to %s.", src, c.code, tgt)
			start := len(text)
			text += sent + " "
			if _, err := stmts[2].Exec(id, k, start, start+len(sent), sent); err != nil {
				return err
			}
			if _, err := stmts[3].Exec(rowid<<ftsShift|int64(k), sent); err != nil {
				return err
			}
			if _, err := stmts[4].Exec(id, k, 0, date, src, tgt,
				true, scode, src, "", src, 0, 3,
				true, tcode, tgt, "", tgt, 10, 13,
				c.code, c.code[:2], c.quad, c.g, nil, "factual", nil, nil, "",
				"", "did", start+4, start+7, "bench"); err != nil {
				return err
			}
		}
		if _, err := stmts[1].Exec(id, text); err != nil {
			return err
		}
		if inTx += perDoc; inTx >= 100000 {
			if err := tx.Commit(); err != nil {
				return err
			}
			if tx, err = db.BeginTx(ctx, nil); err != nil {
				return err
			}
			if err := prepare(); err != nil {
				return err
			}
			inTx = 0
		}
	}
	if _, err := tx.Exec(recountDays); err != nil {
		return fmt.Errorf("day counts: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// Planner statistics from a sample of each index (a full ANALYZE of
	// 10 million events takes minutes).
	_, err = db.Exec("PRAGMA analysis_limit = 1000; ANALYZE")
	return err
}

// BenchmarkDyadMonths: one dyad (country prefixes) over a three-month range.
func BenchmarkDyadMonths(b *testing.B) {
	benchEvents(b, Filter{Source: "USA", Target: "RUS", From: "2020-03", To: "2020-05"})
}

// BenchmarkDyadMonth: one dyad over one month (issue 5's query).
func BenchmarkDyadMonth(b *testing.B) {
	benchEvents(b, Filter{Source: "USA", Target: "RUS", From: "2020-01-01", To: "2020-01-31"})
}

// benchEvents times reading every event that f matches.
func benchEvents(b *testing.B, f Filter) {
	s, n := benchStore(b)
	defer s.Close()
	got := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got = 0
		if err := s.Events(context.Background(), f, func(*Event) error { got++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(got), "events")
	b.ReportMetric(float64(n), "stored")
}

// BenchmarkOverviewRank: the overview's ranking over the whole store
// and over one year (top 200 dyads and actors).
func BenchmarkOverviewRank(b *testing.B) {
	s, _ := benchStore(b)
	defer s.Close()
	for _, f := range []Filter{{}, {From: "2019", To: "2019"}} {
		b.Run(f.From+"-"+f.To, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Rank(context.Background(), f, 200, 200); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTextSearch: a page of 50 events whose sentence has a word.
func BenchmarkTextSearch(b *testing.B) {
	s, _ := benchStore(b)
	defer s.Close()
	for _, w := range []string{"sanctions", "193"} {
		b.Run(w, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := s.Events(context.Background(), Filter{Text: w, Limit: 50}, func(*Event) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDyadMonthsRole: the same with a full actor code (USAGOV).
func BenchmarkDyadMonthsRole(b *testing.B) {
	s, _ := benchStore(b)
	defer s.Close()
	f := Filter{Source: "USAGOV", Target: "RUS", From: "2020-03", To: "2020-05"}
	got := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got = 0
		s.Events(context.Background(), f, func(*Event) error { got++; return nil })
	}
	b.ReportMetric(float64(got), "events")
}

// BenchmarkSeries10Years: monthly series of one dyad over ten years.
func BenchmarkSeries10Years(b *testing.B) {
	s, _ := benchStore(b)
	defer s.Close()
	f := Filter{Source: "USA", Target: "RUS", From: "2015", To: "2024"}
	var bs []Bucket
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var err error
		if bs, err = s.Aggregate(context.Background(), f, Month); err != nil {
			b.Fatal(err)
		}
	}
	total := 0
	for _, x := range bs {
		total += x.Events
	}
	b.ReportMetric(float64(len(bs)), "periods")
	b.ReportMetric(float64(total), "events")
}

// BenchmarkAlignmentYear: one country pair by actor country, one year, monthly.
func BenchmarkAlignmentYear(b *testing.B) {
	s, _ := benchStore(b)
	defer s.Close()
	f := Filter{SourceCountry: "KAZ", TargetCountry: "CHN", From: "2020", To: "2020"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Aggregate(context.Background(), f, Month); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPut: Store.Put of batches of 100 generated documents of 10
// one-event sentences into a fresh store (the path that ingest takes),
// as events/s.
func BenchmarkPut(b *testing.B) {
	s, err := OpenSQLite(filepath.Join(b.TempDir(), "put.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	r := rand.New(rand.NewSource(1))
	zipf := rand.NewZipf(r, 1.3, 2, uint64(len(benchCountries)-1))
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	id := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var batch []*doc.Document
		for j := 0; j < 100; j++ {
			id++
			date := base.AddDate(0, 0, r.Intn(3652)).Format("2006-01-02")
			d := &doc.Document{ID: fmt.Sprintf("put-%08d", id), Date: date, Source: "Wire"}
			for k := 0; k < 10; k++ {
				src, tgt := benchCountries[zipf.Uint64()], benchCountries[zipf.Uint64()]
				c := benchCodes[r.Intn(len(benchCodes))]
				text := fmt.Sprintf("%s did %s to %s.", src, c.code, tgt)
				start := len(d.Text)
				d.Text += text + " "
				d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: start + len(text), Text: text, Events: []doc.Event{{
					DocID: d.ID, SentenceIndex: k, Date: date, CAMEO: c.code, Root: c.code[:2], QuadClass: c.quad, Goldstein: c.g,
					Source: &doc.Actor{Code: src + benchRoles[r.Intn(len(benchRoles))], Country: src, Text: src, End: 3},
					Target: &doc.Actor{Code: tgt + benchRoles[r.Intn(len(benchRoles))], Country: tgt, Text: tgt, Start: 10, End: 13}}}})
			}
			batch = append(batch, d)
		}
		if err := s.Put(context.Background(), batch, Versions{"bench": "1"}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*1000)/b.Elapsed().Seconds(), "events/s")
}
