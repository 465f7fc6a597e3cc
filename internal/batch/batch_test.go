package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

// fakeCoder makes one sentence per "." and one event per sentence that
// holds "met"; it fails on texts with "FAIL", panics on "PANIC" and
// sleeps a little, varying, to shuffle the finishing order.
type fakeCoder struct {
	live, peak atomic.Int64
}

func (f *fakeCoder) Process(d *doc.Document) error {
	n := f.live.Add(1)
	defer f.live.Add(-1)
	for {
		p := f.peak.Load()
		if n <= p || f.peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(time.Duration(len(d.ID)%3) * time.Millisecond)
	if strings.Contains(d.Text, "FAIL") {
		return errors.New("cannot code")
	}
	if strings.Contains(d.Text, "PANIC") {
		var m map[string]int
		m["x"]++
	}
	for _, s := range strings.Split(d.Text, ".") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		sent := doc.Sentence{Text: s}
		if strings.Contains(s, "met") {
			sent.Events = append(sent.Events, doc.Event{DocID: d.ID, CAMEO: "040"})
		}
		d.Sentences = append(d.Sentences, sent)
	}
	return nil
}

// sliceSource yields documents; a nil document is a read error.
type sliceSource struct {
	mu   sync.Mutex
	docs []*doc.Document
	i    int
}

func (s *sliceSource) Next() (*doc.Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.i >= len(s.docs) {
		return nil, io.EOF
	}
	d := s.docs[s.i]
	s.i++
	if d == nil {
		return nil, fmt.Errorf("unreadable item %d", s.i)
	}
	return d, nil
}

func corpus(n int) []*doc.Document {
	var docs []*doc.Document
	for i := 0; i < n; i++ {
		text := "A met B. C said nothing."
		switch {
		case i%50 == 7:
			text = "FAIL here."
		case i%50 == 13:
			text = "PANIC here."
		case i%50 == 21:
			docs = append(docs, nil)
			continue
		}
		docs = append(docs, &doc.Document{ID: fmt.Sprintf("doc-%d", i), Text: text})
	}
	return docs
}

func TestRunOrderAndSkips(t *testing.T) {
	for _, workers := range []int{1, 2, 7} {
		c := &fakeCoder{}
		var got []string
		var skips []string
		sum, err := Run(context.Background(), &sliceSource{docs: corpus(500)}, c, Options{Workers: workers, Window: 20, OnSkip: func(e error) { skips = append(skips, e.Error()) }},
			func(d *doc.Document) error { got = append(got, d.ID); return nil })
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, d := range corpus(500) {
			if d != nil && !strings.Contains(d.Text, "FAIL") && !strings.Contains(d.Text, "PANIC") {
				want = append(want, d.ID)
			}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("workers=%d: order differs\n got %v\nwant %v", workers, got[:10], want[:10])
		}
		if sum.Documents != 470 || sum.Sentences != 940 || sum.Events != 470 || sum.Skipped != 30 {
			t.Errorf("workers=%d: summary %+v", workers, sum)
		}
		if len(skips) != 30 || skips[0] != `document "doc-7": cannot code` || !strings.HasPrefix(skips[1], `document "doc-13": coder panicked: assignment to entry in nil map`) || skips[2] != "unreadable item 22" {
			t.Errorf("workers=%d: skips %q", workers, skips[:3])
		}
		if p := c.peak.Load(); p > int64(workers) {
			t.Errorf("workers=%d: %d documents coded at once", workers, p)
		}
	}
}

func TestStrict(t *testing.T) {
	n := 0
	sum, err := Run(context.Background(), &sliceSource{docs: corpus(500)}, &fakeCoder{}, Options{Workers: 3, Strict: true},
		func(d *doc.Document) error { n++; return nil })
	if err == nil || err.Error() != `document "doc-7": cannot code` {
		t.Fatalf("strict error %v", err)
	}
	if n != 7 || sum.Documents != 7 || sum.Skipped != 1 {
		t.Errorf("strict: %d sunk, summary %+v", n, sum)
	}
}

func TestSinkErrorAndCancel(t *testing.T) {
	stop := errors.New("disk full")
	_, err := Run(context.Background(), &sliceSource{docs: corpus(200)}, &fakeCoder{}, Options{Workers: 2},
		func(d *doc.Document) error {
			if d.ID == "doc-3" {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Errorf("sink error: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Run(ctx, &sliceSource{docs: corpus(200)}, &fakeCoder{}, Options{Workers: 2}, func(*doc.Document) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancel: %v", err)
	}
}

// endless yields documents for ever; a bounded window must keep memory
// flat, which shows as the source never running far ahead of the sink.
type endless struct{ n atomic.Int64 }

func (e *endless) Next() (*doc.Document, error) {
	i := e.n.Add(1)
	return &doc.Document{ID: fmt.Sprint(i), Text: "A met B."}, nil
}

func TestWindowBoundsMemory(t *testing.T) {
	src := &endless{}
	sunk := 0
	stop := errors.New("enough")
	var worst int64
	_, err := Run(context.Background(), src, &fakeCoder{}, Options{Workers: 2, Window: 8}, func(*doc.Document) error {
		sunk++
		if ahead := src.n.Load() - int64(sunk); ahead > worst {
			worst = ahead
		}
		if sunk == 300 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatal(err)
	}
	if worst > 9 {
		t.Errorf("source ran %d documents ahead of the sink, window 8", worst)
	}
}

func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	var mu sync.Mutex
	w := writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return b.Write(p) })
	slow := coderFunc(func(d *doc.Document) error {
		time.Sleep(3 * time.Millisecond)
		d.Sentences = []doc.Sentence{{}}
		return nil
	})
	_, err := Run(context.Background(), &sliceSource{docs: corpus(40)[:20]}, slow, Options{Workers: 1, Progress: w, Every: 5 * time.Millisecond,
		Bytes: func() (int64, int64, bool) { return 50, 100, true }}, func(*doc.Document) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "\r") || !strings.Contains(out, "docs/s") || !strings.Contains(out, " 50% ETA") || !strings.HasSuffix(out, "\r\033[K") {
		t.Errorf("progress output %q", out)
	}
	if s := (Summary{Documents: 10, Sentences: 20, Events: 5, Skipped: 1, Elapsed: 2 * time.Second}).String(); s != "10 documents, 20 sentences, 5 events, 1 skipped in 2s (5.0 documents/s, 10.0 sentences/s)" {
		t.Errorf("summary %q", s)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

type coderFunc func(*doc.Document) error

func (f coderFunc) Process(d *doc.Document) error { return f(d) }
