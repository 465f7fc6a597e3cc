package main

import "fmt"

func runParse(e *env, args []string) int {
	fs := newFlags(e, "parse", "[flags]", "Not yet built.")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	fmt.Fprintln(e.stderr, "dyad parse: not yet built")
	return exitFail
}
