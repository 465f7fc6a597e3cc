package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/dyad-events/dyad/internal/batch"
	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/input"
	"github.com/dyad-events/dyad/internal/output"
	"github.com/dyad-events/dyad/internal/pipeline"
	"golang.org/x/term"
)

// corpusFlags are the input, coding and run flags that code, ingest and
// recode share.
type corpusFlags struct {
	inputFormat, textCol, idCol, dateCol string
	parses, petrarchDicts, dicts, date   string
	includeNonfactual, allowMissing      bool
	workers                              int
	quiet, strict                        bool
}

func (c *corpusFlags) register(fs *flag.FlagSet, withInput bool) {
	if withInput {
		fs.StringVar(&c.inputFormat, "input-format", "", "input format: text, jsonl, csv or petrarch-xml (default: detected per file)")
		fs.StringVar(&c.textCol, "text-col", "text", "CSV column holding the text")
		fs.StringVar(&c.idCol, "id-col", "id", "CSV column holding the document id")
		fs.StringVar(&c.dateCol, "date-col", "date", "CSV column holding the date")
		fs.StringVar(&c.parses, "parses", "own", "own: parse the text; supplied: use the CoNLL-U parses of PETRARCH records")
		fs.StringVar(&c.date, "date", "", "default document `date` (YYYY-MM-DD) for documents without one")
	}
	fs.StringVar(&c.petrarchDicts, "petrarch-dicts", "", "use the PETRARCH dictionaries in `DIR` instead of dyad's own")
	fs.StringVar(&c.dicts, "dicts", "", "use the dictionaries in `DIR` instead of the embedded ones")
	fs.BoolVar(&c.includeNonfactual, "include-nonfactual", false, "keep negated, conditional, question and intent events (flagged)")
	fs.BoolVar(&c.allowMissing, "allow-missing-target", false, "keep events with a source but no target")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "documents coded in parallel")
	fs.BoolVar(&c.quiet, "quiet", false, "no progress line and no summary")
	fs.BoolVar(&c.strict, "strict", false, "stop at the first bad document (exit 1)")
}

// check validates the flag values; it returns a message for a usage error.
func (c *corpusFlags) check() string {
	if _, err := input.ParseFormat(c.inputFormat); err != nil {
		return err.Error()
	}
	if c.parses != "own" && c.parses != "supplied" {
		return fmt.Sprintf("--parses %q: want own or supplied", c.parses)
	}
	if c.date != "" {
		iso, err := input.NormalizeDate(c.date)
		if err != nil {
			return "--date: " + err.Error()
		}
		c.date = iso
	}
	if c.workers < 1 {
		return "--workers must be at least 1"
	}
	return ""
}

func (c *corpusFlags) inputOptions(stdin io.Reader) input.Options {
	f, _ := input.ParseFormat(c.inputFormat)
	return input.Options{Format: f, TextCol: c.textCol, IDCol: c.idCol, DateCol: c.dateCol,
		SuppliedParses: c.parses == "supplied", Stdin: stdin}
}

func (c *corpusFlags) pipelineOptions() pipeline.Options {
	return pipeline.Options{
		DictsDir:           c.dicts,
		PetrarchDicts:      c.petrarchDicts,
		SuppliedParses:     c.parses == "supplied",
		IncludeNonfactual:  c.includeNonfactual,
		AllowMissingTarget: c.allowMissing,
		DefaultDate:        c.date,
	}
}

// parseArgs parses flags that may come before, between or after the
// positional arguments, which it returns.
func parseArgs(e *env, fs *flag.FlagSet, args []string) ([]string, int, bool) {
	if code, ok := parseFlags(e, fs, args); !ok {
		return nil, code, false
	}
	var pos []string
	rest := fs.Args()
	for len(rest) > 0 {
		pos = append(pos, rest[0])
		if err := fs.Parse(rest[1:]); err != nil {
			return nil, exitUsage, false
		}
		rest = fs.Args()
	}
	return pos, 0, true
}

// usageError prints a usage message and returns exitUsage.
func usageError(e *env, cmd, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "dyad %s: %s\n", cmd, fmt.Sprintf(format, args...))
	fmt.Fprintf(e.stderr, "Run 'dyad %s --help' for usage.\n", cmd)
	return exitUsage
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// outputFormat picks the output format: the flag, else the -o file's
// extension, else table on a terminal and JSON Lines elsewhere.
func outputFormat(e *env, flagValue, outPath string) (output.Format, error) {
	if flagValue != "" {
		return output.ParseFormat(flagValue)
	}
	if outPath != "" && outPath != "-" {
		switch strings.ToLower(filepath.Ext(outPath)) {
		case ".csv":
			return output.CSV, nil
		case ".tsv":
			return output.TSV, nil
		case ".parquet":
			return output.Parquet, nil
		}
		return output.JSONL, nil
	}
	if isTerminal(e.stdout) {
		return output.Table, nil
	}
	return output.JSONL, nil
}

// skipReporter prints skipped documents to stderr, the first 50 in full.
type skipReporter struct {
	e   *env
	cmd string
	n   int
}

const maxSkipLines = 50

func (s *skipReporter) report(err error) {
	s.n++
	if s.n <= maxSkipLines {
		fmt.Fprintf(s.e.stderr, "dyad %s: skipped: %v\n", s.cmd, err)
	}
}

func (s *skipReporter) close() {
	if s.n > maxSkipLines {
		fmt.Fprintf(s.e.stderr, "dyad %s: ... and %d more skipped\n", s.cmd, s.n-maxSkipLines)
	}
}

// rowsOf turns a coded document's events into output rows.
func rowsOf(d *doc.Document) []output.Row {
	var rows []output.Row
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for ei := range s.Events {
			ev := &s.Events[ei]
			if ev.DocID == "" {
				ev.DocID = d.ID
			}
			if ev.Date == "" {
				ev.Date = d.Date
			}
			rows = append(rows, output.Row{Event: ev, URL: d.URL, Publisher: d.Source})
		}
	}
	return rows
}

func runCode(e *env, args []string) int {
	fs := newFlags(e, "code", "[flags] FILE...|-",
		`Code the events of documents: files, folders (read recursively), glob patterns
or - for stdin, in plain text, JSON Lines, CSV or PETRARCH XML (gzip too).
Documents are coded on all cores; events come out in input order. Bad documents
are reported and skipped (exit 2), or stop the run with --strict (exit 1).`)
	var cf corpusFlags
	cf.register(fs, true)
	format := fs.String("format", "", "output format: jsonl, csv, tsv, phoenix, parquet or table (default: table on a terminal, else jsonl)")
	outPath := fs.String("o", "", "write events to `FILE` (default stdout)")
	dd := fs.String("dedup", "none", "de-duplication: none, oneaday or cluster")
	window := fs.Int("window", 0, "cluster mentions within this many `days` of the first (with --dedup cluster)")
	files, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		return usageError(e, "code", "no input: name files, folders, globs or - for stdin")
	}
	if msg := cf.check(); msg != "" {
		return usageError(e, "code", "%s", msg)
	}
	of, err := outputFormat(e, *format, *outPath)
	if err != nil {
		return usageError(e, "code", "%v", err)
	}
	mode, err := dedup.ParseMode(*dd)
	if err != nil {
		return usageError(e, "code", "%v", err)
	}
	if *window < 0 {
		return usageError(e, "code", "--window must be 0 or more")
	}
	p, err := pipeline.New(cf.pipelineOptions())
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad code: %v\n", err)
		return exitFail
	}
	src, err := input.Open(files, cf.inputOptions(e.stdin))
	if err != nil {
		return usageError(e, "code", "%v", err)
	}
	defer src.Close()
	out, err := openOutput(e, *outPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad code: %v\n", err)
		return exitFail
	}
	w, err := output.New(out, of, output.Options{Clustered: mode == dedup.Cluster})
	if err != nil {
		out.Close()
		return usageError(e, "code", "%v", err)
	}
	filter := dedup.New(mode, *window)
	skips := &skipReporter{e: e, cmd: "code"}
	opts := batch.Options{Workers: cf.workers, Strict: cf.strict, OnSkip: skips.report, Bytes: src.Progress}
	if !cf.quiet && isTerminal(e.stderr) {
		opts.Progress = e.stderr
	}
	sum, runErr := batch.Run(context.Background(), src, p, opts, func(d *doc.Document) error {
		for _, r := range rowsOf(d) {
			for _, kept := range filter.Add(r) {
				if err := w.Write(kept); err != nil {
					return err
				}
			}
		}
		return nil
	})
	skips.close()
	if runErr == nil {
		for _, r := range filter.Flush() {
			if err := w.Write(r); err != nil {
				runErr = err
				break
			}
		}
	}
	if err := w.Close(); err != nil && runErr == nil {
		runErr = err
	}
	if err := out.Close(); err != nil && runErr == nil {
		runErr = err
	}
	if !cf.quiet {
		fmt.Fprintf(e.stderr, "dyad code: %s\n", sum)
	}
	if runErr != nil {
		fmt.Fprintf(e.stderr, "dyad code: %v\n", runErr)
		return exitFail
	}
	if sum.Skipped > 0 {
		return exitPartial
	}
	return exitOK
}
