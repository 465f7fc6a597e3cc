package main

import "fmt"

func runBench(e *env, args []string) int {
	fs := newFlags(e, "bench", "[flags]", "Not yet built.")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	fmt.Fprintln(e.stderr, "dyad bench: not yet built")
	return exitFail
}
