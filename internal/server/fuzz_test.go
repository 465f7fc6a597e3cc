package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzQuery sends arbitrary query strings to every GET endpoint: the
// answer is never a 5xx and never a panic.
func FuzzQuery(f *testing.F) {
	for _, seed := range []string{"", "from=2024-01-01", "source=USA&target=RUS", "cameo=04&quad=1", "limit=-1",
		"towards=USA,RUS&country=KAZ", "q=kaz", "dedup=cluster", "%zz", "a=%00", "interval=week&both=1"} {
		f.Add(seed)
	}
	s, err := New(Config{Backend: &fakeBackend{}, Coder: fakeCoder{}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if strings.ContainsAny(q, " #\r\n\t") {
			return // not a query string a client can send
		}
		for _, p := range []string{"/api/events", "/api/series", "/api/alignment", "/api/overview", "/api/actors", "/api/health", "/api/documents/x"} {
			req, err := http.NewRequest("GET", p+"?"+q, nil)
			if err != nil {
				return
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code >= 500 {
				t.Errorf("GET %s?%s: %d %s", p, q, rec.Code, rec.Body)
			}
		}
	})
}
