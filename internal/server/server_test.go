package server

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

func newTestServer(t *testing.T, cfg Config) (*Server, *fakeBackend) {
	t.Helper()
	fb, _ := cfg.Backend.(*fakeBackend)
	if cfg.Backend == nil {
		fb = &fakeBackend{}
		cfg.Backend = fb
	}
	if cfg.Coder == nil {
		cfg.Coder = fakeCoder{}
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s, fb
}

type answer struct {
	code int
	hdr  http.Header
	body []byte
}

func (a answer) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(a.body, v); err != nil {
		t.Fatalf("bad JSON (%v): %s", err, a.body)
	}
}

func do(t *testing.T, h http.Handler, method, target string, body io.Reader, hdr ...string) answer {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return answer{rec.Code, rec.Result().Header, rec.Body.Bytes()}
}

func TestBadParameters(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	cases := []struct{ target, param string }{
		{"/api/events?from=2024-13-45", "from"},
		{"/api/events?from=yesterday", "from"},
		{"/api/events?to=2024-02-30", "to"},
		{"/api/events?from=2024-05-01&to=2024-01-01", "from"},
		{"/api/events?source=XYZQ", "source"},
		{"/api/events?source=ZZZ", "source"},
		{"/api/events?target=US", "target"},
		{"/api/events?actor=USAZZZ", "actor"},
		{"/api/events?country=ZZZ", "country"},
		{"/api/events?cameo=999", "cameo"},
		{"/api/events?cameo=04x", "cameo"},
		{"/api/events?cameo=00", "cameo"},
		{"/api/events?quad=5", "quad"},
		{"/api/events?quad=0", "quad"},
		{"/api/events?quad=one", "quad"},
		{"/api/events?dedup=sometimes", "dedup"},
		{"/api/events?limit=-1", "limit"},
		{"/api/events?limit=abc", "limit"},
		{"/api/events?limit=10001", "limit"},
		{"/api/events?offset=-5", "offset"},
		{"/api/events?text=" + strings.Repeat("a", 201), "text"},
		{"/api/events?souce=USA", "souce"},
		{"/api/events?source=USA&source=RUS", "source"},
		{"/api/series?target=RUS", "source"},
		{"/api/series?source=USA", "target"},
		{"/api/series?source=USA&target=RUS&interval=fortnight", "interval"},
		{"/api/series?source=USA&target=RUS&both=perhaps", "both"},
		{"/api/series?source=USA&target=QQQ", "target"},
		{"/api/series?source=USA&target=RUS&from=2024-1-1x", "from"},
		{"/api/alignment?towards=USA", "country"},
		{"/api/alignment?country=KAZ", "towards"},
		{"/api/alignment?country=KAZ&towards=,", "towards"},
		{"/api/alignment?country=KAZ&towards=USA,QQQ", "towards"},
		{"/api/alignment?country=KAZ&towards=USA,RUS,CHN,IND,TUR,IRN,JPN,KOR,DEU,FRA,GBR,ITA,ESP", "towards"},
		{"/api/alignment?country=KAZ&towards=USA&interval=hour", "interval"},
		{"/api/alignment?country=KQZ&towards=USA", "country"},
		{"/api/alignment?country=KAZGOV&towards=USA", "country"},
		{"/api/alignment?country=KAZ&towards=USAGOV", "towards"},
		{"/api/overview?top=0", "top"},
		{"/api/overview?top=1000", "top"},
		{"/api/overview?from=2024-99-01", "from"},
		{"/api/actors?limit=-1", "limit"},
		{"/api/actors?q=" + strings.Repeat("x", 101), "q"},
		{"/api/health?verbose=1", "verbose"},
		{"/api/documents/kz-1?x=1", "x"},
	}
	for _, c := range cases {
		a := do(t, s, "GET", c.target, nil)
		if a.code != http.StatusBadRequest {
			t.Errorf("GET %s: status %d, want 400 (%s)", c.target, a.code, a.body)
			continue
		}
		var e apiError
		a.json(t, &e)
		if e.Param != c.param || e.Error == "" {
			t.Errorf("GET %s: error %+v, want it to name %q", c.target, e, c.param)
		}
	}
	// a bad POST /api/code date
	a := do(t, s, "POST", "/api/code?date=31/31/2024", strings.NewReader("text"))
	var e apiError
	a.json(t, &e)
	if a.code != 400 || e.Param != "date" {
		t.Errorf("POST /api/code bad date: %d %s", a.code, a.body)
	}
}

func TestEventsQueryIsNormalised(t *testing.T) {
	s, fb := newTestServer(t, Config{})
	a := do(t, s, "GET", "/api/events?from=2024-01-01&to=2024-12-31&source=usa&target=RUSGOV&country=kaz&cameo=42&quad=1&text=talks&dedup=cluster&limit=5&offset=10", nil)
	if a.code != 200 {
		t.Fatalf("status %d: %s", a.code, a.body)
	}
	want := EventQuery{From: "2024-01-01", To: "2024-12-31", Source: "USA", Target: "RUSGOV", Country: "KAZ",
		CAMEO: "042", Quad: 1, Text: "talks", Dedup: "cluster", Limit: 5, Offset: 10}
	if got := fb.lastQuery(); !reflect.DeepEqual(got, want) {
		t.Errorf("query %+v, want %+v", got, want)
	}
	var page struct {
		Events []map[string]any `json:"events"`
		Total  int              `json:"total"`
	}
	a.json(t, &page)
	if page.Total != 1 || len(page.Events) != 1 || page.Events[0]["cameo"] != "042" || page.Events[0]["doc_id"] != "kz-1" {
		t.Errorf("page %s", a.body)
	}
	// defaults
	do(t, s, "GET", "/api/events", nil)
	if got := fb.lastQuery().(EventQuery); got.Limit != defaultLimit || got.Dedup != "none" {
		t.Errorf("defaults: %+v", got)
	}
	// limit=0 is allowed: just the total
	if a := do(t, s, "GET", "/api/events?limit=0", nil); a.code != 200 {
		t.Errorf("limit=0: %d", a.code)
	}
}

func TestSeriesAlignmentOverviewActors(t *testing.T) {
	s, fb := newTestServer(t, Config{})
	a := do(t, s, "GET", "/api/series?source=kaz&target=chn&interval=week&both=true", nil)
	if a.code != 200 {
		t.Fatalf("series %d %s", a.code, a.body)
	}
	if q := fb.lastQuery().(SeriesQuery); q != (SeriesQuery{Source: "KAZ", Target: "CHN", Interval: "week", Both: true}) {
		t.Errorf("series query %+v", q)
	}
	var sr seriesResponse
	a.json(t, &sr)
	if sr.Interval != "week" || len(sr.Points) != 2 || sr.Points[0].Counts[0] != 1 {
		t.Errorf("series %s", a.body)
	}

	a = do(t, s, "GET", "/api/alignment?country=UZB&towards=USA", nil)
	if !strings.Contains(string(a.body), `"points":[]`) {
		t.Errorf("alignment with no points should give [], got %s", a.body)
	}
	a = do(t, s, "GET", "/api/alignment?country=KAZ&towards=USA,%20rus,CHN", nil)
	if a.code != 200 {
		t.Fatalf("alignment %d %s", a.code, a.body)
	}
	q := fb.lastQuery().(AlignmentQuery)
	if q.Country != "KAZ" || !reflect.DeepEqual(q.Towards, []string{"USA", "RUS", "CHN"}) || q.Interval != "month" {
		t.Errorf("alignment query %+v", q)
	}

	a = do(t, s, "GET", "/api/overview?from=2024-01-01&interval=year&top=25", nil)
	if a.code != 200 {
		t.Fatalf("overview %d %s", a.code, a.body)
	}
	if q := fb.lastQuery().(OverviewQuery); q != (OverviewQuery{From: "2024-01-01", Interval: "year", Top: 25}) {
		t.Errorf("overview query %+v", q)
	}
	for _, k := range []string{`"periods":[]`, `"top_dyads":[]`, `"top_actors":[]`} {
		if !strings.Contains(string(a.body), k) {
			t.Errorf("overview lacks %s: %s", k, a.body)
		}
	}

	a = do(t, s, "GET", "/api/actors?q=kaz", nil)
	var ar actorsResponse
	a.json(t, &ar)
	if a.code != 200 || len(ar.Actors) != 1 || ar.Actors[0].Name != "Kazakhstan: Government" && !strings.HasPrefix(ar.Actors[0].Name, "Kazakhstan") {
		t.Errorf("actors %d %s", a.code, a.body)
	}
}

func TestHealth(t *testing.T) {
	s, fb := newTestServer(t, Config{Version: "test"})
	a := do(t, s, "GET", "/api/health", nil)
	var h healthResponse
	a.json(t, &h)
	if a.code != 200 || h.Status != "ok" || h.Version != "test" || h.Versions["coder"] != "fake-1" || !h.ReadOnly || h.Store == nil {
		t.Errorf("health %d %s", a.code, a.body)
	}
	fb.failIn = errors.New("disk on fire")
	a = do(t, s, "GET", "/api/health", nil)
	if a.code != 503 {
		t.Errorf("health with a broken store: %d %s", a.code, a.body)
	}
	a = do(t, s, "GET", "/api/events", nil)
	if a.code != 500 || !strings.Contains(string(a.body), "disk on fire") {
		t.Errorf("events with a broken store: %d %s", a.code, a.body)
	}
}

func TestDocument(t *testing.T) {
	s, fb := newTestServer(t, Config{})
	fb.docs = map[string]*doc.Document{"kz-1": sampleDoc(), "a/b c": sampleDoc()}
	a := do(t, s, "GET", "/api/documents/kz-1", nil)
	if a.code != 200 {
		t.Fatalf("document %d %s", a.code, a.body)
	}
	var ad annotatedDoc
	a.json(t, &ad)
	if ad.Document.Text != sampleText || len(ad.Events) != 1 || ad.Events[0].CAMEOName == "" || ad.Events[0].SourceName == "" {
		t.Errorf("document %s", a.body)
	}
	// two actor spans and one predicate span; the bad-offset mention is dropped
	var kinds []string
	for _, sp := range ad.Spans {
		kinds = append(kinds, sp.Kind+":"+sp.Text)
		if sampleText[sp.Start:sp.End] != sp.Text {
			t.Errorf("span text %q does not match offsets", sp.Text)
		}
	}
	want := []string{"actor:Kazakhstan's president", "predicate:met", "actor:Chinese officials"}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("spans %v, want %v", kinds, want)
	}
	if sp := ad.Spans[1]; sp.Code != "042" || sp.Rule != "verbs/meet.txt:3" || !reflect.DeepEqual(sp.Events, []int{0}) {
		t.Errorf("predicate span %+v", sp)
	}
	if sp := ad.Spans[0]; sp.Rule != "dicts/countries.txt:120" || sp.Name == "" || !reflect.DeepEqual(sp.Events, []int{0}) {
		t.Errorf("actor span %+v", sp)
	}
	if a := do(t, s, "GET", "/api/documents/a%2Fb%20c", nil); a.code != 200 {
		t.Errorf("escaped id: %d %s", a.code, a.body)
	}
	a = do(t, s, "GET", "/api/documents/nope", nil)
	var e apiError
	a.json(t, &e)
	if a.code != 404 || e.Param != "id" {
		t.Errorf("missing document: %d %s", a.code, a.body)
	}
}

func TestCode(t *testing.T) {
	s, _ := newTestServer(t, Config{MaxCodeBytes: 1000})
	a := do(t, s, "POST", "/api/code?date=2024-03-04", strings.NewReader(sampleText), "Content-Type", "text/plain")
	if a.code != 200 {
		t.Fatalf("code %d %s", a.code, a.body)
	}
	var ad annotatedDoc
	a.json(t, &ad)
	if len(ad.Events) != 1 || len(ad.Sentences) != 1 || ad.Document.Date != "2024-03-04" || len(ad.Spans) != 3 {
		t.Errorf("code answer %s", a.body)
	}
	a = do(t, s, "POST", "/api/code", strings.NewReader(`{"text":"`+sampleText+`","date":"March 4, 2024"}`), "Content-Type", "application/json")
	ad = annotatedDoc{}
	a.json(t, &ad)
	if a.code != 200 || ad.Document.Date != "2024-03-04" || len(ad.Events) != 1 {
		t.Errorf("code JSON %d %s", a.code, a.body)
	}
	for _, c := range []struct {
		body, ct string
		code     int
		param    string
	}{
		{"", "text/plain", 400, "body"},
		{"   \n", "text/plain", 400, "body"},
		{"\xff\xfe", "text/plain", 400, "body"},
		{"a\x00b", "text/plain", 400, "body"},
		{strings.Repeat("x", 1001), "text/plain", 413, "body"},
		{`{"text": 5}`, "application/json", 400, "body"},
		{`{"text": "x", "extra": 1}`, "application/json", 400, "body"},
		{`{"text": "x", "date": "soon"}`, "application/json", 400, "date"},
		{"FAIL", "text/plain", 422, ""},
		{"PANIC", "text/plain", 422, ""},
	} {
		a := do(t, s, "POST", "/api/code", strings.NewReader(c.body), "Content-Type", c.ct)
		var e apiError
		a.json(t, &e)
		if a.code != c.code || e.Param != c.param || e.Error == "" {
			t.Errorf("code %q: %d %s, want %d naming %q", c.body, a.code, a.body, c.code, c.param)
		}
	}
	if a := do(t, s, "GET", "/api/code", nil); a.code != http.StatusMethodNotAllowed {
		t.Errorf("GET /api/code: %d", a.code)
	}
}

func TestCodingIsBounded(t *testing.T) {
	block := make(chan struct{})
	s, _ := newTestServer(t, Config{Coder: fakeCoder{block: block}, MaxCoding: 1, CodeTimeout: 300 * time.Millisecond})
	var wg sync.WaitGroup
	codes := make([]int, 3)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i] = do(t, s, "POST", "/api/code", strings.NewReader("hello")).code
		}()
	}
	wg.Wait()
	close(block)
	for i, c := range codes {
		if c != http.StatusServiceUnavailable {
			t.Errorf("request %d: %d, want 503 while the one coder is stuck", i, c)
		}
	}
	// once the coder is free, coding works again
	deadline := time.Now().Add(5 * time.Second)
	for {
		a := do(t, s, "POST", "/api/code", strings.NewReader("hello"))
		if a.code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("coder did not free its slot: %d %s", a.code, a.body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestIngest(t *testing.T) {
	body := `{"id":"kz-1","date":"2024-03-04","text":"` + sampleText + `"}
{"id":"x-2","text":""}
not json
{"id":"x-3","date":"2024-03-05","text":"Another day."}
{"id":"x-4","text":"FAIL"}
`
	ro, _ := newTestServer(t, Config{})
	a := do(t, ro, "POST", "/api/ingest", strings.NewReader(body), "Authorization", "Bearer anything")
	if a.code != 403 {
		t.Errorf("read-only ingest: %d %s", a.code, a.body)
	}

	s, fb := newTestServer(t, Config{Token: "s3cret", MaxIngestBytes: 4096})
	for _, h := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", "s3cret"}, {"Authorization", "Basic czNjcmV0"}} {
		a := do(t, s, "POST", "/api/ingest", strings.NewReader(body), h...)
		if a.code != 401 || a.hdr.Get("WWW-Authenticate") == "" {
			t.Errorf("ingest with %v: %d %s", h, a.code, a.body)
		}
	}
	if len(fb.puts) != 0 {
		t.Fatalf("unauthorised ingest stored %v", fb.puts)
	}
	a = do(t, s, "POST", "/api/ingest", strings.NewReader(body), "Authorization", "Bearer s3cret")
	var ir ingestResponse
	a.json(t, &ir)
	if a.code != 200 || ir.Documents != 2 || ir.Events != 1 || len(ir.Skipped) != 3 {
		t.Fatalf("ingest %d %s", a.code, a.body)
	}
	if !reflect.DeepEqual(fb.puts, []string{"kz-1", "x-3"}) {
		t.Errorf("stored %v", fb.puts)
	}
	if ir.Skipped[0].ID != "x-2" || ir.Skipped[1].Line != 3 || ir.Skipped[2].ID != "x-4" {
		t.Errorf("skipped %+v", ir.Skipped)
	}
	a = do(t, s, "POST", "/api/ingest", strings.NewReader(strings.Repeat(body, 20)), "Authorization", "Bearer s3cret")
	if a.code != 413 {
		t.Errorf("oversized ingest: %d %s", a.code, a.body)
	}
}

func TestGzipAndHeaders(t *testing.T) {
	s, _ := newTestServer(t, Config{})
	a := do(t, s, "GET", "/api/openapi.json", nil, "Accept-Encoding", "gzip, br")
	if a.code != 200 || a.hdr.Get("Content-Encoding") != "gzip" {
		t.Fatalf("openapi: %d %v", a.code, a.hdr)
	}
	zr, err := gzip.NewReader(strings.NewReader(string(a.body)))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil || !json.Valid(plain) {
		t.Fatalf("gunzipped openapi is not JSON: %v", err)
	}
	a = do(t, s, "GET", "/api/openapi.json", nil, "Accept-Encoding", "gzip;q=0")
	if a.hdr.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 got gzip")
	}
	a = do(t, s, "GET", "/", nil)
	if a.code != 200 || !strings.Contains(a.hdr.Get("Content-Type"), "text/html") || a.hdr.Get("Content-Security-Policy") == "" {
		t.Errorf("index: %d %v", a.code, a.hdr)
	}
	if tag := a.hdr.Get("ETag"); tag == "" {
		t.Errorf("index has no ETag")
	} else if a := do(t, s, "GET", "/", nil, "If-None-Match", tag); a.code != 304 {
		t.Errorf("If-None-Match: %d", a.code)
	}
	if a := do(t, s, "GET", "/api/nothing", nil); a.code != 404 || !json.Valid(a.body) {
		t.Errorf("unknown endpoint: %d %s", a.code, a.body)
	}
	if a := do(t, s, "GET", "/nothing.js", nil); a.code != 404 {
		t.Errorf("unknown asset: %d", a.code)
	}
}

// TestOpenAPICoversRoutes checks that every route is documented, with
// every parameter the handler accepts.
func TestOpenAPICoversRoutes(t *testing.T) {
	var spec struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Name string `json:"name"`
				Ref  string `json:"$ref"`
			} `json:"parameters"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi version %q", spec.OpenAPI)
	}
	routes := map[string][]string{
		"get /api/health":         nil,
		"get /api/events":         {"from", "to", "source", "target", "actor", "country", "cameo", "quad", "text", "dedup", "limit", "offset"},
		"get /api/series":         {"source", "target", "interval", "both", "from", "to"},
		"get /api/alignment":      {"country", "towards", "interval", "from", "to"},
		"get /api/overview":       {"from", "to", "interval", "top"},
		"get /api/actors":         {"q", "limit"},
		"get /api/documents/{id}": {"id"},
		"post /api/code":          {"date"},
		"post /api/ingest":        nil,
		"get /api/openapi.json":   nil,
	}
	for route, want := range routes {
		method, path, _ := strings.Cut(route, " ")
		op, ok := spec.Paths[path][method]
		if !ok {
			t.Errorf("%s is not in openapi.json", route)
			continue
		}
		have := map[string]bool{}
		for _, p := range op.Parameters {
			name := p.Name
			if p.Ref != "" {
				name = p.Ref[strings.LastIndex(p.Ref, "/")+1:]
			}
			have[name] = true
		}
		for _, w := range want {
			if !have[w] {
				t.Errorf("%s: parameter %s undocumented", route, w)
			}
		}
		if len(have) != len(want) {
			t.Errorf("%s: documents %v, handler takes %v", route, have, want)
		}
	}
	if len(spec.Paths) != len(routes) {
		t.Errorf("openapi has %d paths, the server %d", len(spec.Paths), len(routes))
	}
}

func TestNoPanicOnOddRequests(t *testing.T) {
	s, _ := newTestServer(t, Config{Token: "t"})
	odd := []string{
		"/api/events?" + url.Values{"source": {"\xff\xfe"}}.Encode(),
		"/api/events?cameo=%00",
		"/api/events?limit=99999999999999999999999",
		"/api/series?source=" + strings.Repeat("USA", 100) + "&target=RUS",
		"/api/documents/%FF",
		"/api/actors?q=%25%27%22",
		"/api/events?from=0001-01-01",
	}
	for _, target := range odd {
		a := do(t, s, "GET", target, nil)
		if a.code >= 500 {
			t.Errorf("GET %s: %d %s", target, a.code, a.body)
		}
	}
}
