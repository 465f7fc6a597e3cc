package store

import (
	"context"
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
	start := time.Now()
	r := rand.New(rand.NewSource(1))
	zipf := rand.NewZipf(r, 1.3, 2, uint64(len(benchCountries)-1))
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	const perDoc = 10
	var batch []*doc.Document
	for i := have / perDoc; i*perDoc < n; i++ {
		date := base.AddDate(0, 0, r.Intn(3652)).Format("2006-01-02")
		d := &doc.Document{ID: fmt.Sprintf("bench-%08d", i), Date: date, Source: "Wire", URL: "http://example.org/" + strconv.Itoa(i)}
		for k := 0; k < perDoc; k++ {
			src := benchCountries[zipf.Uint64()]
			tgt := benchCountries[zipf.Uint64()]
			if tgt == src {
				tgt = benchCountries[r.Intn(len(benchCountries))]
			}
			c := benchCodes[r.Intn(len(benchCodes))]
			sa := &doc.Actor{Code: src + benchRoles[r.Intn(len(benchRoles))], Country: src, Text: src, Start: 0, End: 3}
			ta := &doc.Actor{Code: tgt + benchRoles[r.Intn(len(benchRoles))], Country: tgt, Text: tgt, Start: 10, End: 13}
			text := fmt.Sprintf("%s did %s to %s.", src, c.code, tgt)
			start := len(d.Text)
			d.Text += text + " "
			d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: start + len(text), Text: text, Events: []doc.Event{{
				DocID: d.ID, SentenceIndex: k, Date: date, Source: sa, Target: ta, CAMEO: c.code, Root: c.code[:2],
				QuadClass: c.quad, Goldstein: c.g, Factuality: "factual",
				Evidence: doc.Evidence{Predicate: "did", Start: start + 4, End: start + 7, Rule: "bench"}}}})
		}
		batch = append(batch, d)
		if len(batch) == 500 {
			if err := s.Put(context.Background(), batch, Versions{"bench": "1"}); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := s.Put(context.Background(), batch, Versions{"bench": "1"}); err != nil {
		b.Fatal(err)
	}
	s.DB().Exec("ANALYZE")
	s.DB().QueryRow("SELECT count(*) FROM events").Scan(&have)
	el := time.Since(start)
	b.Logf("built %d events in %s (%.0f events/s stored)", have, el.Round(time.Millisecond), float64(have)/el.Seconds())
	return s, have
}

// BenchmarkDyadMonths: one dyad (country prefixes) over a three-month range.
func BenchmarkDyadMonths(b *testing.B) {
	s, n := benchStore(b)
	defer s.Close()
	f := Filter{Source: "USA", Target: "RUS", From: "2020-03", To: "2020-05"}
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
