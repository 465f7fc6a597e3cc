package main

import "fmt"

func runTrain(e *env, args []string) int {
	fs := newFlags(e, "train", "[flags]", "Not yet built.")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	fmt.Fprintln(e.stderr, "dyad train: not yet built")
	return exitFail
}
