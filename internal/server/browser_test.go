package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findChromium returns a Chromium or Chrome binary: $DYAD_CHROMIUM, or the
// first of the usual names on $PATH; "" when there is none.
func findChromium() string {
	if p := os.Getenv("DYAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactsDir is where screenshots go: $DYAD_ARTIFACTS, or a temporary
// folder that is kept (its path is logged).
func artifactsDir(t *testing.T) string {
	dir := os.Getenv("DYAD_ARTIFACTS")
	if dir == "" {
		var err error
		dir, err = os.MkdirTemp("", "dyad-browser-")
		if err != nil {
			t.Fatal(err)
		}
	} else {
		dir = filepath.Join(dir, "browser")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// pageErrors collects console errors, uncaught exceptions and failed
// loads reported by the browser.
type pageErrors struct {
	mu   sync.Mutex
	msgs []string
}

func (p *pageErrors) add(s string) {
	p.mu.Lock()
	p.msgs = append(p.msgs, s)
	p.mu.Unlock()
}

func (p *pageErrors) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	m := p.msgs
	p.msgs = nil
	return m
}

// watch collects the page's console errors and uncaught exceptions, and
// the browser log's errors (failed loads), until ctx ends.
func (p *pageErrors) watch(ctx context.Context) {
	for m, err := range chromedp.Console(ctx) {
		if err != nil {
			return
		}
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException || m.Type == "assert" {
			p.add(fmt.Sprintf("%s (%s:%d)", m.String(), m.URL, m.Line+1))
		}
	}
}

// TestBrowser loads every page of the dashboard in headless Chromium
// against a server on a loopback port: no console errors, the dyad
// explorer draws a chart and rows, Try it codes a sentence, and a
// screenshot of each page is saved.
func TestBrowser(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		t.Skip("no Chromium found (install the Debian packages chromium and chromium-driver, or set DYAD_CHROMIUM); skipping the browser tests")
	}
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	be, dyadA, dyadB, docID := browserBackend(t)
	s, err := New(Config{Backend: be, Coder: browserCoder(t), Version: "browser-test", Token: "browser-token"})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	shots := artifactsDir(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	bctx, cancelC := chromedp.NewContext(actx)
	defer cancelC()
	// The first Run starts the browser; it must not carry a timeout.
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	ctx, cancelT := context.WithTimeout(bctx, 3*time.Minute)
	defer cancelT()
	errs := &pageErrors{}
	go errs.watch(ctx)
	// step runs actions with a timeout of their own, so that one missing
	// element fails its check instead of the rest of the test.
	step := func(actions ...chromedp.Action[chromedp.Void]) error {
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		return chromedp.Do(sctx, actions...)
	}

	shot := func(t *testing.T, name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), buf, 0o644); err != nil {
			t.Error(err)
		}
	}
	// open loads a page and waits until its view says it is ready.
	open := func(t *testing.T, hash, view string) {
		t.Helper()
		err := step(
			chromedp.Navigate(ts.URL+"/"+hash),
			chromedp.WaitVisible(chromedp.CSS(`body[data-ready="`+view+`"]`)),
		)
		if err != nil {
			t.Fatalf("loading %s: %v", hash, err)
		}
	}
	noErrors := func(t *testing.T) {
		t.Helper()
		// let late requests and console messages arrive
		chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond))
		for _, m := range errs.take() {
			t.Errorf("browser: %s", m)
		}
	}
	count := func(t *testing.T, sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	t.Run("overview", func(t *testing.T) {
		open(t, "#/overview", "overview")
		if n := count(t, "#overview-chart .uplot canvas"); n == 0 {
			t.Errorf("overview: no chart")
		}
		if n := count(t, "main table tbody tr"); n == 0 {
			t.Errorf("overview: no top dyads or actors")
		}
		// keyboard: Tab reaches the skip link, then the navigation
		var focused []string
		for range 3 {
			if err := step(chromedp.KeyEvent("\t")); err != nil {
				t.Fatal(err)
			}
			f, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.textContent.trim() : ""`))
			focused = append(focused, f)
		}
		if strings.Join(focused, "|") != "Skip to content|dyad|Overview" {
			t.Errorf("Tab order %q, want the skip link, the home link, then the navigation", focused)
		}
		noErrors(t)
		shot(t, "overview")
	})
	t.Run("dyad", func(t *testing.T) {
		open(t, "#/dyad?a="+dyadA+"&b="+dyadB+"&both=1", "dyad")
		if err := step(chromedp.WaitVisible(chromedp.CSS(`#dyad-events tbody tr`))); err != nil {
			t.Fatalf("dyad explorer shows no event rows: %v", err)
		}
		if n := count(t, "#dyad-counts .uplot canvas"); n == 0 {
			t.Errorf("dyad explorer: no counts chart")
		}
		if n := count(t, "#dyad-goldstein .uplot canvas"); n == 0 {
			t.Errorf("dyad explorer: no Goldstein chart")
		}
		if n := count(t, "#dyad-events tbody tr"); n == 0 {
			t.Errorf("dyad explorer: no event rows")
		}
		href, _ := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#dyad-events tbody tr a`), "href"))
		if !strings.Contains(href.Value, "#/doc/") {
			t.Errorf("event row links to %q, want a document", href.Value)
		}
		noErrors(t)
		shot(t, "dyad")
	})
	t.Run("document", func(t *testing.T) {
		open(t, "#/doc/"+docID, "doc")
		if n := count(t, "#doctext mark.actor"); n == 0 {
			t.Errorf("document: no actor highlighted")
		}
		if n := count(t, "#doctext mark.predicate"); n == 0 {
			t.Errorf("document: no predicate highlighted")
		}
		// hovering a predicate shows its code and rule
		err := step(
			chromedp.Evaluate[chromedp.Void](`document.querySelector('#doctext mark.predicate').dispatchEvent(new MouseEvent('mouseenter')); undefined`),
			chromedp.WaitVisible(chromedp.CSS(`#tip`)))
		tipText, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#tip`)))
		if err != nil || !strings.Contains(tipText, "rule") {
			t.Errorf("document: tooltip %q, %v", tipText, err)
		}
		noErrors(t)
		shot(t, "document")
	})
	t.Run("alignment", func(t *testing.T) {
		open(t, "#/alignment?country=KAZ&towards=USA,RUS,CHN", "alignment")
		if n := count(t, "#alignment-chart .uplot canvas"); n == 0 {
			t.Errorf("alignment: no chart")
		}
		// choose the first point with the keyboard: the events behind it appear
		err := step(
			chromedp.Focus(chromedp.CSS(`main tr.clickable`)),
			chromedp.KeyEvent("\r"),
			chromedp.WaitVisible(chromedp.CSS(`#alignment-events p.note`)))
		if err != nil {
			t.Errorf("alignment: choosing a point: %v", err)
		}
		noErrors(t)
		shot(t, "alignment")
	})
	t.Run("network", func(t *testing.T) {
		open(t, "#/network", "network")
		if n := count(t, "#network svg line.edge"); n == 0 {
			t.Errorf("network: no edges")
		}
		if n := count(t, "#network svg g.node"); n < 2 {
			t.Errorf("network: %d nodes", n)
		}
		noErrors(t)
		shot(t, "network")
	})
	t.Run("try", func(t *testing.T) {
		open(t, "#/try", "try")
		err := step(
			chromedp.SetValue(chromedp.CSS(`#try-text`), tryText),
			chromedp.Click(chromedp.CSS(`#try-go`)),
			chromedp.WaitVisible(chromedp.CSS(`#try-out h2, #try-out .error`)))
		if err != nil {
			t.Fatalf("try it: %v", err)
		}
		out, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#try-out`)))
		switch {
		case strings.Contains(out, "coding failed:"):
			// The page works, but the pipeline cannot code yet (models
			// not trained or not embedded in this build).
			t.Logf("try it: SKIPPED the events assertion: the pipeline answered an error, so models are not wired yet (%q)", out)
			chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond))
			for _, m := range errs.take() {
				// the browser logs the 422 of /api/code as a failed load
				if !strings.Contains(m, "/api/code") {
					errs.add(m)
				}
			}
		case count(t, "#try-out .error") > 0:
			t.Errorf("try it: %s", out)
		default:
			if n := count(t, "#try-out #doctext"); n == 0 {
				t.Errorf("try it: no coded text shown: %q", out)
			}
			if n := count(t, "#try-out #doctext"); n > 0 && count(t, "#events-table tbody tr") == 0 {
				// The page coded the text; the coder found nothing in it.
				t.Logf("try it: the text was coded but the coder found no events in it: %q", out)
			} else if n := count(t, "#try-out #doctext mark.predicate"); n == 0 {
				t.Errorf("try it: events listed but no predicate highlighted: %q", out)
			}
		}
		noErrors(t)
		shot(t, "try")
	})
	t.Run("ingested", func(t *testing.T) {
		// Ingest an article through the API with the real pipeline, then
		// explore the dyad it gave.
		body := `{"id":"ingested-1","date":"2025-06-02","title":"Ingested in the browser test","text":"China signed a trade agreement with Kazakhstan on Monday. Kazakhstan praised China."}` + "\n"
		req, _ := http.NewRequest("POST", ts.URL+"/api/ingest", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer browser-token")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var ir ingestResponse
		json.NewDecoder(resp.Body).Decode(&ir)
		resp.Body.Close()
		if resp.StatusCode != 200 || ir.Documents != 1 {
			t.Fatalf("ingest: %d %+v", resp.StatusCode, ir)
		}
		if ir.Events == 0 {
			t.Skipf("SKIPPED: the pipeline coded no events in the ingested article (%+v)", ir)
		}
		a, b := firstDyad(t, ts.URL, "ingested-1")
		open(t, "#/dyad?a="+a+"&b="+b+"&from=2025-06-02&to=2025-06-02", "dyad")
		if err := step(chromedp.WaitVisible(chromedp.CSS(`#dyad-events tbody tr`))); err != nil {
			t.Fatalf("dyad explorer shows no rows for the ingested dyad %s→%s: %v", a, b, err)
		}
		if n := count(t, "#dyad-counts .uplot canvas"); n == 0 {
			t.Errorf("dyad explorer: no chart for the ingested dyad %s→%s", a, b)
		}
		noErrors(t)
		shot(t, "dyad-ingested")
	})
	t.Run("phone", func(t *testing.T) {
		err := step(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
		if err != nil {
			t.Fatal(err)
		}
		open(t, "#/dyad?a="+dyadA+"&b="+dyadB, "dyad")
		widths, _ := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[window.innerWidth, document.documentElement.clientWidth, document.documentElement.scrollWidth, Math.round(document.querySelector('main').getBoundingClientRect().width)]`))
		if len(widths) == 4 && (widths[2] > widths[1]+1 || widths[3] > widths[1]) {
			t.Errorf("phone: the page is wider than the screen (inner, client, scroll, main widths: %v)", widths)
		}
		noErrors(t)
		shot(t, "dyad-phone")
		for _, pg := range []struct{ hash, view, name string }{
			{"#/overview", "overview", "overview-phone"},
			{"#/doc/" + docID, "doc", "document-phone"},
			{"#/network", "network", "network-phone"},
		} {
			open(t, pg.hash, pg.view)
			widths, _ := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.clientWidth, document.documentElement.scrollWidth]`))
			if len(widths) == 2 && widths[1] > widths[0]+1 {
				t.Errorf("phone: %s is wider than the screen (%v)", pg.hash, widths)
			}
			noErrors(t)
			shot(t, pg.name)
		}
	})
}

// firstDyad returns the source and target codes of the first event with
// both actors in a stored document, read back through the API.
func firstDyad(t *testing.T, base, id string) (string, string) {
	t.Helper()
	resp, err := http.Get(base + "/api/documents/" + id)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	type actor struct {
		Code string `json:"code"`
	}
	var ad struct {
		Events []struct {
			Source *actor `json:"source"`
			Target *actor `json:"target"`
		} `json:"events"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&ad); err != nil {
		t.Fatal(err)
	}
	for _, e := range ad.Events {
		if e.Source != nil && e.Target != nil && e.Source.Code != "" && e.Target.Code != "" {
			return e.Source.Code, e.Target.Code
		}
	}
	t.Skipf("SKIPPED: the ingested document has no event with both actors")
	return "", ""
}

// tryText is pasted into Try it: plain news sentences of kinds every
// CAMEO coder handles.
const tryText = "Russia accused Ukraine of shelling a border village. " +
	"China signed a trade agreement with Kazakhstan on Monday. " +
	"The United States condemned North Korea."

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
