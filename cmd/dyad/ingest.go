package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/dyad-events/dyad/internal/batch"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/input"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/store"
)

// Ingest commits a batch of whole documents when it holds this many
// documents or events, or is this old.
const (
	ingestBatchDocs   = 256
	ingestBatchEvents = 20000
	ingestBatchAge    = 2 * time.Second
)

var errStoreFailed = errors.New("storing failed")

// skipExisting drops documents already in the store before they are coded.
type skipExisting struct {
	src     batch.Source
	st      store.Store
	present int
}

func (s *skipExisting) Next() (*doc.Document, error) {
	for {
		d, err := s.src.Next()
		if err != nil {
			return nil, err
		}
		has, err := s.st.Has(context.Background(), []string{d.ID})
		if err != nil {
			return nil, fmt.Errorf("document %q: %w", d.ID, err)
		}
		if !has[d.ID] {
			return d, nil
		}
		s.present++
	}
}

func runIngest(e *env, args []string) int {
	fs := newFlags(e, "ingest", "[flags] INPUT...",
		`Code documents and store them with their sentences and events. Inputs are as
for 'dyad code'. A document id stored before is replaced (--skip-existing keeps
it). Documents are committed in batches of whole documents: an ingest killed at
any moment leaves only whole documents, and running it again completes it.`)
	db := dbFlag(fs)
	skip := fs.Bool("skip-existing", false, "leave documents already stored as they are")
	var cf corpusFlags
	cf.register(fs, true)
	files, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		return usageError(e, "ingest", "no input: name files, folders, globs or - for stdin")
	}
	if msg := cf.check(); msg != "" {
		return usageError(e, "ingest", "%s", msg)
	}
	p, err := pipeline.New(cf.pipelineOptions())
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad ingest: %v\n", err)
		return exitFail
	}
	st, ok := openStore(e, "ingest", *db, true)
	if !ok {
		return exitFail
	}
	defer st.Close()
	in, err := input.Open(files, cf.inputOptions(e.stdin))
	if err != nil {
		return usageError(e, "ingest", "%v", err)
	}
	defer in.Close()
	var src batch.Source = in
	var existing *skipExisting
	if *skip {
		existing = &skipExisting{src: in, st: st}
		src = existing
	}
	ctx := context.Background()
	// A writer goroutine stores batches while the workers code on; at
	// most two batches wait for it, so memory stays bounded.
	batches := make(chan []*doc.Document, 2)
	writeErr := make(chan error, 1)
	var failed atomic.Bool
	go func() {
		var err error
		for b := range batches {
			if err == nil {
				if err = st.Put(ctx, b, store.Versions(p.Versions())); err != nil {
					failed.Store(true)
				}
			}
		}
		writeErr <- err
	}()
	var pending []*doc.Document
	events := 0
	since := time.Now()
	flush := func() {
		if len(pending) > 0 {
			batches <- pending
		}
		pending, events, since = nil, 0, time.Now()
	}
	skips := &skipReporter{e: e, cmd: "ingest"}
	opts := batch.Options{Workers: cf.workers, Strict: cf.strict, OnSkip: skips.report, Bytes: in.Progress}
	if !cf.quiet && isTerminal(e.stderr) {
		opts.Progress = e.stderr
	}
	sum, runErr := batch.Run(ctx, src, p, opts, func(d *doc.Document) error {
		pending = append(pending, d)
		for i := range d.Sentences {
			events += len(d.Sentences[i].Events)
		}
		if len(pending) >= ingestBatchDocs || events >= ingestBatchEvents || time.Since(since) >= ingestBatchAge {
			flush()
		}
		if failed.Load() {
			return errStoreFailed // the writer's error is reported below
		}
		return nil
	})
	flush()
	close(batches)
	if err := <-writeErr; err != nil && (runErr == nil || runErr == errStoreFailed) {
		runErr = err
	}
	skips.close()
	if !cf.quiet {
		fmt.Fprintf(e.stderr, "dyad ingest: stored %s\n", sum)
		if existing != nil {
			fmt.Fprintf(e.stderr, "dyad ingest: %d documents already stored, left as they were\n", existing.present)
		}
	}
	if runErr != nil {
		fmt.Fprintf(e.stderr, "dyad ingest: %v\n", runErr)
		return exitFail
	}
	if sum.Skipped > 0 {
		return exitPartial
	}
	return exitOK
}
