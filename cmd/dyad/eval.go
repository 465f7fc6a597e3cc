package main

import "fmt"

func runEval(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		w := e.stdout
		if len(args) == 0 {
			w = e.stderr
		}
		fmt.Fprintln(w, "Usage: dyad eval ud|petrarch [flags]")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "  ud        tagging and parsing accuracy against a CoNLL-U gold file")
		fmt.Fprintln(w, "  petrarch  event coding accuracy against a PETRARCH records XML file")
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "ud":
		return evalUD(e, args[1:])
	case "petrarch":
		return evalPetrarch(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "dyad eval: unknown evaluation %q (want ud or petrarch)\n", args[0])
	return exitUsage
}
