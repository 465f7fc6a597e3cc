package batch

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

// Coder codes one document, filling its sentences' Events.
// *pipeline.Pipeline is one.
type Coder interface {
	Process(*doc.Document) error
}

// Source yields documents; io.EOF ends it, and any other error is one
// document or file that could not be read (skipped). *input.Reader is one.
type Source interface {
	Next() (*doc.Document, error)
}

// Options control Run.
type Options struct {
	Workers int  // goroutines coding documents; 0: all cores
	Window  int  // documents in flight at most; 0: 16 per worker
	Strict  bool // the first skipped document ends the run with its error
	// OnSkip is called, in input order, for each skipped document.
	OnSkip func(error)
	// Progress receives a progress line, rewritten in place ("\r"), while
	// the run goes; nil writes none.
	Progress io.Writer
	// Bytes reports how far through its input the Source is, for the ETA.
	Bytes func() (done, total int64, known bool)
	// Every is the time between progress updates; 0: 250 ms.
	Every time.Duration
}

// Summary counts what a run did.
type Summary struct {
	Documents int // documents coded and handed to the sink
	Sentences int
	Events    int
	Skipped   int
	Elapsed   time.Duration
}

func (s Summary) String() string {
	rate := ""
	if secs := s.Elapsed.Seconds(); secs > 0 {
		rate = fmt.Sprintf(" (%.1f documents/s, %.1f sentences/s)", float64(s.Documents)/secs, float64(s.Sentences)/secs)
	}
	return fmt.Sprintf("%d documents, %d sentences, %d events, %d skipped in %s%s",
		s.Documents, s.Sentences, s.Events, s.Skipped, s.Elapsed.Round(time.Millisecond), rate)
}

type item struct {
	seq int
	d   *doc.Document
	err error
}

// Run codes every document of src with c and calls sink with each, in
// input order. It returns the summary and the error that ended it early:
// a sink error, the context's error, or with Strict the first skip.
func Run(ctx context.Context, src Source, c Coder, opts Options, sink func(*doc.Document) error) (Summary, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	window := opts.Window
	if window <= 0 {
		window = 16 * workers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	slots := make(chan struct{}, window)
	jobs := make(chan item)
	results := make(chan item, window)
	readDone := make(chan int, 1) // the number of items read, at EOF

	// The reader: one goroutine, input order.
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			d, err := next(src)
			if err == io.EOF {
				<-slots
				readDone <- seq
				return
			}
			if err != nil {
				results <- item{seq: seq, err: err}
				continue
			}
			select {
			case jobs <- item{seq: seq, d: d}:
			case <-ctx.Done():
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for it := range jobs {
				it.err = code(c, it.d)
				results <- it
			}
		}()
	}

	var sum Summary
	pending := map[int]item{}
	nextSeq := 0
	total := -1 // number of items, known once the reader ends
	every := opts.Every
	if every <= 0 {
		every = 250 * time.Millisecond
	}
	var tick <-chan time.Time
	if opts.Progress != nil {
		t := time.NewTicker(every)
		defer t.Stop()
		tick = t.C
	}
	shown := false
	finish := func(err error) (Summary, error) {
		if shown {
			fmt.Fprint(opts.Progress, "\r\033[K")
		}
		sum.Elapsed = time.Since(start)
		return sum, err
	}
	for total < 0 || nextSeq < total {
		select {
		case it := <-results:
			pending[it.seq] = it
			for {
				it, ok := pending[nextSeq]
				if !ok {
					break
				}
				delete(pending, nextSeq)
				nextSeq++
				<-slots
				if it.err != nil {
					sum.Skipped++
					if opts.OnSkip != nil {
						opts.OnSkip(it.err)
					}
					if opts.Strict {
						return finish(it.err)
					}
					continue
				}
				sum.Documents++
				for i := range it.d.Sentences {
					sum.Sentences++
					sum.Events += len(it.d.Sentences[i].Events)
				}
				if err := sink(it.d); err != nil {
					return finish(err)
				}
			}
		case n := <-readDone:
			total = n
		case <-tick:
			shown = true
			fmt.Fprint(opts.Progress, "\r"+progressLine(sum, time.Since(start), opts.Bytes)+"\033[K")
		case <-ctx.Done():
			return finish(ctx.Err())
		}
	}
	return finish(nil)
}

// next calls src.Next, turning a panic into an error.
func next(src Source) (d *doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reader panicked: %v", r)
		}
	}()
	return src.Next()
}

// code runs the coder on d, turning a panic into an error that names the
// document.
func code(c Coder, d *doc.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			stack := strings.SplitN(string(debug.Stack()), "\n", 12)
			err = fmt.Errorf("document %q: coder panicked: %v [%s]", d.ID, r, strings.Join(stack[min(5, len(stack)):], " | "))
		}
	}()
	if err := c.Process(d); err != nil {
		return fmt.Errorf("document %q: %w", d.ID, err)
	}
	return nil
}

func progressLine(s Summary, elapsed time.Duration, bytes func() (int64, int64, bool)) string {
	secs := elapsed.Seconds()
	line := fmt.Sprintf("%d documents, %d sentences, %d events", s.Documents, s.Sentences, s.Events)
	if s.Skipped > 0 {
		line += fmt.Sprintf(", %d skipped", s.Skipped)
	}
	if secs > 0 {
		line += fmt.Sprintf(" | %.0f docs/s, %.0f sents/s", float64(s.Documents)/secs, float64(s.Sentences)/secs)
	}
	if bytes != nil {
		done, total, known := bytes()
		if known && total > 0 && done > 0 {
			frac := float64(done) / float64(total)
			if frac > 1 {
				frac = 1
			}
			eta := time.Duration(secs*(1-frac)/frac) * time.Second
			line += fmt.Sprintf(" | %3.0f%% ETA %s", 100*frac, eta.Round(time.Second))
		}
	}
	return line
}
