package main

import "fmt"

// trainParser trains the dependency parser. Stub: the parser engineer
// replaces this file.
func trainParser(e *env, args []string) int {
	fs := newFlags(e, "train parser", "[flags]", "Train the dependency parser. Not yet built.")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	fmt.Fprintln(e.stderr, "dyad train parser: not yet built")
	return exitFail
}
