package server

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/store"
)

// testStore is a temporary SQLite store with a few coded articles:
// Kazakhstan with China, Russia and the US over three months, and one
// Russia-Ukraine clash.
func testStore(t *testing.T) store.Store {
	t.Helper()
	s, err := store.OpenSQLite(filepath.Join(t.TempDir(), "server.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	type ev struct {
		src, tgt, code string
		quad           int
		g              float64
	}
	var docs []*doc.Document
	add := func(id, date, publisher string, evs ...ev) {
		d := &doc.Document{ID: id, Date: date, Title: "Report " + id, Source: publisher}
		for i, e := range evs {
			sent := fmt.Sprintf("%s officials told %s officials about item %d.", e.src, e.tgt, i)
			start := len(d.Text)
			d.Text += sent + " "
			pred := strings.Index(sent, "told")
			d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: start + len(sent), Text: sent,
				Events: []doc.Event{{
					DocID: id, SentenceIndex: i, Date: date,
					Source: &doc.Actor{Code: e.src, Country: e.src[:3], Text: e.src + " officials", Start: start, End: start + len(e.src) + 10},
					Target: &doc.Actor{Code: e.tgt, Country: e.tgt[:3], Text: e.tgt + " officials", Start: start + pred + 5, End: start + pred + 5 + len(e.tgt) + 10},
					CAMEO:  e.code, Root: e.code[:2], QuadClass: e.quad, Goldstein: e.g, Factuality: "factual",
					Evidence: doc.Evidence{Sentence: sent, Predicate: "told", Start: start + pred, End: start + pred + 4, Rule: "test:1"},
				}}})
		}
		docs = append(docs, d)
	}
	add("kz-1", "2024-01-03", "Wire A", ev{"KAZGOV", "CHNGOV", "042", 1, 1.9}, ev{"KAZGOV", "USAGOV", "036", 1, 4}, ev{"RUSGOV", "KAZGOV", "111", 3, -2})
	add("kz-2", "2024-01-03", "Wire B", ev{"KAZGOV", "CHNGOV", "042", 1, 1.9}, ev{"CHNGOV", "KAZGOV", "061", 2, 6.4})
	add("kz-3", "2024-02-14", "Wire A", ev{"KAZGOV", "CHNGOV", "057", 1, 8}, ev{"USA", "KAZ", "112", 3, -2})
	add("kz-4", "2024-03-01", "Wire C", ev{"KAZMIL", "RUSMIL", "190", 4, -10}, ev{"KAZGOV", "CHNGOV", "042", 1, 1.9})
	add("ru-1", "2024-03-20", "Wire C", ev{"RUSMIL", "UKRMIL", "190", 4, -10})
	if err := s.Put(context.Background(), docs, store.Versions{"coder": "test"}); err != nil {
		t.Fatal(err)
	}
	return s
}

func newStoreServer(t *testing.T, cfg Config) *Server {
	t.Helper()
	cfg.Backend = StoreBackend(testStore(t))
	if cfg.Coder == nil {
		cfg.Coder = fakeCoder{}
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

type eventsAnswer struct {
	Events []struct {
		DocID   string     `json:"doc_id"`
		Date    string     `json:"date"`
		CAMEO   string     `json:"cameo"`
		Source  *doc.Actor `json:"source"`
		Target  *doc.Actor `json:"target"`
		URL     string     `json:"url"`
		Pub     string     `json:"publisher"`
		Text    string     `json:"sentence_text"`
		Cluster *struct {
			Mentions  int `json:"mentions"`
			Documents int `json:"documents"`
			Sources   int `json:"sources"`
		} `json:"cluster"`
	} `json:"events"`
	Total int `json:"total"`
}

func getEvents(t *testing.T, s http.Handler, q string) eventsAnswer {
	t.Helper()
	a := do(t, s, "GET", "/api/events"+q, nil)
	if a.code != 200 {
		t.Fatalf("GET /api/events%s: %d %s", q, a.code, a.body)
	}
	var ea eventsAnswer
	a.json(t, &ea)
	return ea
}

func TestStoreEvents(t *testing.T) {
	s := newStoreServer(t, Config{})
	all := getEvents(t, s, "")
	if all.Total != 10 || len(all.Events) != 10 {
		t.Fatalf("all events: total %d, %d listed", all.Total, len(all.Events))
	}
	if all.Events[0].Date != "2024-01-03" || all.Events[9].DocID != "ru-1" || all.Events[0].Pub == "" || !strings.HasSuffix(all.Events[0].Text, "officials about item 0.") {
		t.Errorf("order or fields: %+v", all.Events[0])
	}
	for _, c := range []struct {
		q     string
		total int
	}{
		{"?source=KAZ&target=CHN", 4},
		{"?source=kazgov&target=CHNGOV", 4},
		{"?actor=RUS", 3},
		{"?country=UKR", 1},
		{"?cameo=04", 3},
		{"?cameo=42", 3},
		{"?quad=4", 2},
		{"?from=2024-02-01&to=2024-03-01", 4},
		{"?from=2024-03-02", 1},
		{"?text=item%201", 4},
		{"?text=item+2", 1},
		{"?source=USA&target=KAZ", 1},
		{"?source=UZB", 0},
	} {
		ea := getEvents(t, s, c.q)
		if ea.Total != c.total || len(ea.Events) != c.total {
			t.Errorf("%s: total %d, %d listed, want %d", c.q, ea.Total, len(ea.Events), c.total)
		}
	}
	// paging: the total stays, the page moves
	p1 := getEvents(t, s, "?limit=3")
	p2 := getEvents(t, s, "?limit=3&offset=3")
	p4 := getEvents(t, s, "?limit=3&offset=9")
	none := getEvents(t, s, "?limit=3&offset=50")
	if p1.Total != 10 || p2.Total != 10 || p4.Total != 10 || none.Total != 10 {
		t.Errorf("totals %d %d %d %d, want 10", p1.Total, p2.Total, p4.Total, none.Total)
	}
	if len(p1.Events) != 3 || len(p2.Events) != 3 || len(p4.Events) != 1 || len(none.Events) != 0 {
		t.Errorf("page sizes %d %d %d %d", len(p1.Events), len(p2.Events), len(p4.Events), len(none.Events))
	}
	if p2.Events[0].DocID != all.Events[3].DocID || p2.Events[0].CAMEO != all.Events[3].CAMEO {
		t.Errorf("offset 3 starts at %+v, want %+v", p2.Events[0], all.Events[3])
	}
	if n := getEvents(t, s, "?limit=0"); n.Total != 10 || len(n.Events) != 0 {
		t.Errorf("limit=0: %d %d", n.Total, len(n.Events))
	}
	// de-duplication: KAZGOV 042 CHNGOV twice on 2024-01-03, once on 2024-03-01
	one := getEvents(t, s, "?source=KAZGOV&target=CHNGOV&cameo=042&dedup=oneaday")
	if one.Total != 2 {
		t.Errorf("oneaday: %d, want 2", one.Total)
	}
	cl := getEvents(t, s, "?source=KAZGOV&target=CHNGOV&cameo=042&dedup=cluster")
	if cl.Total != 2 || cl.Events[0].Cluster == nil || cl.Events[0].Cluster.Mentions != 2 || cl.Events[0].Cluster.Sources != 2 {
		t.Errorf("cluster: %+v", cl)
	}
}

func TestStoreSeriesAlignmentOverview(t *testing.T) {
	s := newStoreServer(t, Config{})
	a := do(t, s, "GET", "/api/series?source=KAZ&target=CHN&both=1", nil)
	var sr seriesResponse
	a.json(t, &sr)
	var got []string
	for _, p := range sr.Points {
		got = append(got, fmt.Sprintf("%s %s>%s %v %.1f", p.Period, p.Source, p.Target, p.Counts, p.GoldsteinSum))
	}
	want := []string{"2024-01-01 KAZ>CHN [2 0 0 0] 3.8", "2024-01-01 CHN>KAZ [0 1 0 0] 6.4",
		"2024-02-01 KAZ>CHN [1 0 0 0] 8.0", "2024-03-01 KAZ>CHN [1 0 0 0] 1.9"}
	if a.code != 200 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("series %d\n got %q\nwant %q", a.code, got, want)
	}
	a = do(t, s, "GET", "/api/series?source=KAZ&target=CHN&interval=year", nil)
	sr = seriesResponse{}
	a.json(t, &sr)
	if len(sr.Points) != 1 || sr.Points[0].Period != "2024-01-01" || sr.Points[0].Total != 4 {
		t.Errorf("yearly series %s", a.body)
	}

	a = do(t, s, "GET", "/api/alignment?country=KAZ&towards=CHN,RUS", nil)
	var al alignmentResponse
	a.json(t, &al)
	got = nil
	for _, p := range al.Points {
		got = append(got, fmt.Sprintf("%s %s n=%d net=%.2f", p.Period, p.Partner, p.Events, p.Net))
	}
	want = []string{"2024-01-01 CHN n=3 net=1.00", "2024-01-01 RUS n=1 net=-1.00",
		"2024-02-01 CHN n=1 net=1.00", "2024-03-01 CHN n=1 net=1.00", "2024-03-01 RUS n=1 net=-1.00"}
	if a.code != 200 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("alignment %d\n got %q\nwant %q", a.code, got, want)
	}

	a = do(t, s, "GET", "/api/overview?top=2", nil)
	var ov Overview
	a.json(t, &ov)
	if a.code != 200 || ov.Total != 10 || len(ov.Periods) != 3 || ov.Periods[0].Counts != [4]int{3, 1, 1, 0} {
		t.Errorf("overview %d %s", a.code, a.body)
	}
	if len(ov.TopDyads) != 2 || ov.TopDyads[0].Source != "KAZGOV" || ov.TopDyads[0].Target != "CHNGOV" || ov.TopDyads[0].Total != 4 {
		t.Errorf("top dyads %+v", ov.TopDyads)
	}
	if len(ov.TopActors) != 2 || ov.TopActors[0].Code != "KAZGOV" || ov.TopActors[0].Events != 7 || ov.TopActors[0].Name == "" {
		t.Errorf("top actors %+v", ov.TopActors)
	}
	if ov.First != "2024-01-03" || ov.Last != "2024-03-20" {
		t.Errorf("range %s..%s", ov.First, ov.Last)
	}
	a = do(t, s, "GET", "/api/overview?from=2024-03-01&to=2024-03-31", nil)
	ov = Overview{}
	a.json(t, &ov)
	if ov.Total != 3 || len(ov.TopDyads) != 3 {
		t.Errorf("overview of March %s", a.body)
	}
}

func TestStoreActorsAndDocuments(t *testing.T) {
	s := newStoreServer(t, Config{})
	for _, c := range []struct {
		q    string
		want string
	}{
		{"kaz", "KAZGOV:7 KAZ:1 KAZMIL:1"},
		{"KAZM", "KAZMIL:1"},
		{"china", "CHNGOV:5"},
		{"ukr", "UKRMIL:1"},
		{"zzz", ""},
		{"", "KAZGOV:7 CHNGOV:5 RUSMIL:2"},
	} {
		a := do(t, s, "GET", "/api/actors?limit=3&q="+c.q, nil)
		var ar actorsResponse
		a.json(t, &ar)
		var got []string
		for _, h := range ar.Actors {
			got = append(got, fmt.Sprintf("%s:%d", h.Code, h.Events))
		}
		if a.code != 200 || strings.Join(got, " ") != c.want {
			t.Errorf("actors %q: %d %q, want %q", c.q, a.code, got, c.want)
		}
	}
	a := do(t, s, "GET", "/api/documents/kz-1", nil)
	var ad annotatedDoc
	a.json(t, &ad)
	if a.code != 200 || ad.Document.Title != "Report kz-1" || len(ad.Events) != 3 || len(ad.Sentences) != 3 {
		t.Fatalf("document %d %s", a.code, a.body)
	}
	preds := 0
	for _, sp := range ad.Spans {
		if ad.Document.Text[sp.Start:sp.End] != sp.Text {
			t.Errorf("span %+v does not match the text", sp)
		}
		if sp.Kind == "predicate" {
			preds++
		}
	}
	if preds != 3 || len(ad.Spans) != 9 {
		t.Errorf("%d spans, %d predicates", len(ad.Spans), preds)
	}
	if a := do(t, s, "GET", "/api/documents/none", nil); a.code != 404 {
		t.Errorf("missing document: %d", a.code)
	}
	a = do(t, s, "GET", "/api/health", nil)
	var h healthResponse
	a.json(t, &h)
	if h.Store == nil || h.Store.Documents != 5 || h.Store.Events != 10 || h.Store.Versions["coder"] != "test" {
		t.Errorf("health %s", a.body)
	}
}

func TestStoreIngest(t *testing.T) {
	s := newStoreServer(t, Config{Token: "tok"})
	body := `{"id":"kz-9","date":"2024-04-02","text":"` + sampleText + `"}` + "\n" + `{"id":"kz-1","date":"2024-01-03","text":"Replaced."}` + "\n"
	a := do(t, s, "POST", "/api/ingest", strings.NewReader(body), "Authorization", "Bearer tok", "Content-Type", "application/x-ndjson")
	var ir ingestResponse
	a.json(t, &ir)
	if a.code != 200 || ir.Documents != 2 || ir.Events != 1 || len(ir.Skipped) != 0 {
		t.Fatalf("ingest %d %s", a.code, a.body)
	}
	// kz-1 was replaced (its three events are gone); kz-9 is new
	if ea := getEvents(t, s, ""); ea.Total != 8 {
		t.Errorf("after ingest: %d events, want 8", ea.Total)
	}
	if ea := getEvents(t, s, "?source=KAZGOV&target=CHNGOV&from=2024-03-04&to=2024-03-04"); ea.Total != 1 {
		t.Errorf("ingested event not found: %+v", ea)
	}
	a = do(t, s, "GET", "/api/documents/kz-1", nil)
	if !strings.Contains(string(a.body), "Replaced.") {
		t.Errorf("kz-1 not replaced: %s", a.body)
	}
}

// onlyStore hides everything of the SQLite store but the store.Store
// interface (its DB method above all).
type onlyStore struct{ store.Store }

// TestStoreInterfaceOnly: the backend answers from the interface alone.
func TestStoreInterfaceOnly(t *testing.T) {
	s, err := New(Config{Backend: StoreBackend(onlyStore{testStore(t)}), Coder: fakeCoder{}})
	if err != nil {
		t.Fatal(err)
	}
	ea := getEvents(t, s, "?text=officials+item+2&limit=5")
	if ea.Total != 1 || len(ea.Events) != 1 || ea.Events[0].DocID != "kz-1" || ea.Events[0].Text != "RUSGOV officials told KAZGOV officials about item 2." {
		t.Errorf("text search through the interface: %+v", ea)
	}
	a := do(t, s, "GET", "/api/overview?top=1", nil)
	var ov Overview
	a.json(t, &ov)
	if a.code != 200 || ov.Total != 10 || len(ov.TopDyads) != 1 || ov.TopDyads[0].Total != 4 || len(ov.TopActors) != 1 || ov.TopActors[0].Events != 7 {
		t.Errorf("overview through the interface: %d %s", a.code, a.body)
	}
	a = do(t, s, "GET", "/api/actors?q=KAZ", nil)
	if a.code != 200 || !strings.Contains(string(a.body), `"KAZGOV"`) {
		t.Errorf("actors through the interface: %d %s", a.code, a.body)
	}
}
