package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/tokenize"
)

// benchResult is one stage's throughput.
type benchResult struct {
	Stage       string  `json:"stage"`
	Workers     int     `json:"workers"`
	Sentences   int     `json:"sentences"`
	Words       int     `json:"words"`
	Seconds     float64 `json:"seconds"`
	WordsPerSec float64 `json:"words_per_sec"`
	SentsPerSec float64 `json:"sentences_per_sec"`
}

func runBench(e *env, args []string) int {
	fs := newFlags(e, "bench", "[flags] FILE|-",
		`Measure the throughput of each stage (tokenize, tag, parse, code) on a text
file, on one core and on all cores. Paragraphs (blank-line separated) become
documents; the text is repeated until it holds at least --min-words words.`)
	minWords := fs.Int("min-words", 200000, "repeat the input until it has at least `n` words")
	asJSON := fs.Bool("json", false, "print JSON Lines, one object per stage and core count")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "dyad bench: want one input file (or -)")
		return exitUsage
	}
	in, name, err := openInput(e, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad bench: %v\n", err)
		return exitFail
	}
	data, err := io.ReadAll(in)
	in.Close()
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad bench: %s: %v\n", name, err)
		return exitFail
	}
	var paras []string
	for _, p := range strings.Split(string(data), "\n\n") {
		if strings.TrimSpace(p) != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) == 0 {
		fmt.Fprintf(e.stderr, "dyad bench: %s: no text\n", name)
		return exitFail
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad bench: %v\n", err)
		return exitFail
	}
	// Load models and dictionaries before timing.
	if err := p.Process(&doc.Document{ID: "warm", Text: paras[0]}); err != nil {
		fmt.Fprintf(e.stderr, "dyad bench: %v\n", err)
		return exitFail
	}
	tok := tokenize.New()
	makeDocs := func() []*doc.Document {
		var docs []*doc.Document
		words := 0
		for i := 0; words < *minWords || len(docs) < len(paras); i++ {
			d := &doc.Document{ID: fmt.Sprint("d", i), Text: paras[i%len(paras)], Date: "2026-01-01"}
			words += len(strings.Fields(d.Text))
			docs = append(docs, d)
		}
		return docs
	}
	type stage struct {
		name string
		run  func(d *doc.Document)
	}
	stages := []stage{
		{"tokenize", func(d *doc.Document) { tok.Split(d) }},
		{"tag", func(d *doc.Document) {
			for i := range d.Sentences {
				_ = p.Tag(&d.Sentences[i])
			}
		}},
		{"parse", func(d *doc.Document) {
			for i := range d.Sentences {
				_ = p.Parse(&d.Sentences[i])
			}
		}},
		{"code", func(d *doc.Document) { _ = p.Code(d) }},
	}
	for _, workers := range []int{1, runtime.NumCPU()} {
		docs := makeDocs()
		prev := runtime.GOMAXPROCS(workers)
		for _, st := range stages {
			start := time.Now()
			parallel(docs, workers, st.run)
			secs := time.Since(start).Seconds()
			r := benchResult{Stage: st.name, Workers: workers, Seconds: secs}
			for _, d := range docs {
				r.Sentences += len(d.Sentences)
				for _, s := range d.Sentences {
					r.Words += len(s.Tokens)
				}
			}
			if secs > 0 {
				r.WordsPerSec = float64(r.Words) / secs
				r.SentsPerSec = float64(r.Sentences) / secs
			}
			if *asJSON {
				b, _ := json.Marshal(r)
				fmt.Fprintln(e.stdout, string(b))
			} else {
				fmt.Fprintf(e.stdout, "%-9s cores=%d  %8d sentences %9d words  %7.3fs  %10.0f words/s  %9.0f sentences/s\n",
					r.Stage, r.Workers, r.Sentences, r.Words, r.Seconds, r.WordsPerSec, r.SentsPerSec)
			}
		}
		runtime.GOMAXPROCS(prev)
		if workers == runtime.NumCPU() {
			break
		}
	}
	return exitOK
}

// parallel runs f over docs on n goroutines.
func parallel(docs []*doc.Document, n int, f func(*doc.Document)) {
	var wg sync.WaitGroup
	ch := make(chan *doc.Document)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range ch {
				f(d)
			}
		}()
	}
	for _, d := range docs {
		ch <- d
	}
	close(ch)
	wg.Wait()
}
