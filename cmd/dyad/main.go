// Command dyad reads news text and codes political events: who did what to
// whom, when and where, in CAMEO and PLOVER. It is a thin front over the
// packages in internal/; each subcommand lives in its own file here.
//
// Exit codes: 0 success; 1 failure; 2 finished, but some inputs were
// skipped; 64 usage error (bad flags or arguments).
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// Exit codes shared by all subcommands.
const (
	exitOK      = 0
	exitFail    = 1
	exitPartial = 2
	exitUsage   = 64
)

// env is what a subcommand sees of the outside world.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand of dyad.
type command struct {
	name    string
	summary string
	run     func(e *env, args []string) int
}

// commands lists the subcommands. Each helper file adds its own line.
func commands() []command {
	return []command{
		{"parse", "tokenize, tag and parse text into CoNLL-U", runParse},
		{"train", "train the tagger or the parser on CoNLL-U", runTrain},
		{"eval", "measure accuracy (eval ud, eval petrarch)", runEval},
		{"bench", "measure the throughput of each stage", runBench},
		{"version", "print version information", runVersion},
		{"dict", "check, look up and import dictionaries", runDict},
		{"code", "code the events of documents (files, folders, globs, stdin)", runCode},
		{"ingest", "code documents and keep them and their events in the store", runIngest},
		{"recode", "code the stored documents again after a dictionary or model change", runRecode},
		{"db", "describe the store (db info)", runDB},
		{"query", "list stored events matching filters", runQuery},
		{"series", "event counts per period for a dyad", runSeries},
		{"alignment", "a country's cooperation with each of its partners per period", runAlignment},
		{"serve", "serve the HTTP API and web dashboard", runServe},
	}
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(run(e, os.Args[1:]))
}

func run(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 {
			return run(e, []string{args[1], "--help"})
		}
		usage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "dyad: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad codes political events in news text (CAMEO, PLOVER).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: dyad <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'dyad <command> --help' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 failure, 2 some inputs skipped, 64 usage error.")
}
