package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"sync"
	"text/tabwriter"

	"github.com/dyad-events/dyad/internal/batch"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/store"
)

// storedDocs yields the stored documents, made ready to be coded again,
// and remembers how many events of each CAMEO root they had.
type storedDocs struct {
	st  store.Store
	ids []string
	i   int
	mu  sync.Mutex
	old map[string]map[string]int // doc id → root → events
}

func rootCounts(d *doc.Document) map[string]int {
	m := map[string]int{}
	for _, s := range d.Sentences {
		for _, e := range s.Events {
			root := e.Root
			if root == "" && len(e.CAMEO) >= 2 {
				root = e.CAMEO[:2]
			}
			m[root]++
		}
	}
	return m
}

func (s *storedDocs) Next() (*doc.Document, error) {
	if s.i >= len(s.ids) {
		return nil, io.EOF
	}
	id := s.ids[s.i]
	s.i++
	d, err := s.st.Document(context.Background(), id)
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", id, err)
	}
	s.mu.Lock()
	s.old[id] = rootCounts(d)
	s.mu.Unlock()
	// Sentences that carry a supplied parse are kept (their events go);
	// otherwise the text is split and parsed afresh.
	supplied := false
	for i := range d.Sentences {
		d.Sentences[i].Events = nil
		d.Sentences[i].Mentions = nil
		if len(d.Sentences[i].Tokens) > 0 {
			supplied = true
		}
	}
	if !supplied {
		d.Sentences = nil
	}
	return d, nil
}

func runRecode(e *env, args []string) int {
	fs := newFlags(e, "recode", "[flags]",
		`Code the stored documents again (after a dictionary or model change) and
replace their events, atomically per document; report how the event counts
changed, per CAMEO root.`)
	db := dbFlag(fs)
	var cf corpusFlags
	cf.register(fs, false)
	cf.parses = "own"
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "recode", "unexpected argument %q", pos[0])
	}
	if msg := cf.check(); msg != "" {
		return usageError(e, "recode", "%s", msg)
	}
	opts := cf.pipelineOptions()
	p, err := pipeline.New(opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad recode: %v\n", err)
		return exitFail
	}
	opts.SuppliedParses = true
	ps, err := pipeline.New(opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad recode: %v\n", err)
		return exitFail
	}
	st, ok := openStore(e, "recode", *db, false)
	if !ok {
		return exitFail
	}
	defer st.Close()
	ctx := context.Background()
	src := &storedDocs{st: st, old: map[string]map[string]int{}}
	if err := st.DocumentIDs(ctx, func(id string) error { src.ids = append(src.ids, id); return nil }); err != nil {
		fmt.Fprintf(e.stderr, "dyad recode: %v\n", err)
		return exitFail
	}
	before, after := map[string]int{}, map[string]int{}
	changed := 0
	skips := &skipReporter{e: e, cmd: "recode"}
	bopts := batch.Options{Workers: cf.workers, Strict: cf.strict, OnSkip: skips.report}
	if !cf.quiet && isTerminal(e.stderr) {
		bopts.Progress = e.stderr
		bopts.Bytes = func() (int64, int64, bool) {
			src.mu.Lock()
			defer src.mu.Unlock()
			return int64(src.i), int64(len(src.ids)), true
		}
	}
	sum, runErr := batch.Run(ctx, src, supplyAware{own: p, supplied: ps}, bopts, func(d *doc.Document) error {
		// One document per transaction: a recode stopped half-way leaves
		// every document either as it was or recoded.
		if err := st.Put(ctx, []*doc.Document{d}, store.Versions(p.Versions())); err != nil {
			return err
		}
		src.mu.Lock()
		old := src.old[d.ID]
		delete(src.old, d.ID)
		src.mu.Unlock()
		now := rootCounts(d)
		diff := false
		for r, n := range old {
			before[r] += n
			diff = diff || now[r] != n
		}
		for r, n := range now {
			after[r] += n
			diff = diff || old[r] != n
		}
		if diff {
			changed++
		}
		return nil
	})
	skips.close()
	// Documents skipped still count as they were.
	for _, old := range src.old {
		for r, n := range old {
			before[r] += n
			after[r] += n
		}
	}
	tb, ta := 0, 0
	var roots []string
	for r := range union(before, after) {
		roots = append(roots, r)
		tb += before[r]
		ta += after[r]
	}
	sort.Strings(roots)
	fmt.Fprintf(e.stdout, "recoded %d of %d documents: %d changed; events %d -> %d (%+d)\n", sum.Documents, len(src.ids), changed, tb, ta, ta-tb)
	tw := tabwriter.NewWriter(e.stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	hdr := false
	for _, r := range roots {
		if before[r] == after[r] {
			continue
		}
		if !hdr {
			fmt.Fprintln(tw, "root\tbefore\tafter\tchange\t")
			hdr = true
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%+d\t\n", r, before[r], after[r], after[r]-before[r])
	}
	tw.Flush()
	if !cf.quiet {
		fmt.Fprintf(e.stderr, "dyad recode: %s\n", sum)
	}
	if runErr != nil {
		fmt.Fprintf(e.stderr, "dyad recode: %v\n", runErr)
		return exitFail
	}
	if sum.Skipped > 0 {
		return exitPartial
	}
	return exitOK
}

// supplyAware codes documents that kept a supplied parse with a pipeline
// that uses it, and the others with dyad's own parse.
type supplyAware struct{ own, supplied *pipeline.Pipeline }

func (s supplyAware) Process(d *doc.Document) error {
	if len(d.Sentences) > 0 {
		return s.supplied.Process(d)
	}
	return s.own.Process(d)
}

func union(a, b map[string]int) map[string]bool {
	m := map[string]bool{}
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}
