package main

import "fmt"

func runEval(e *env, args []string) int {
	fs := newFlags(e, "eval", "[flags]", "Not yet built.")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	fmt.Fprintln(e.stderr, "dyad eval: not yet built")
	return exitFail
}
