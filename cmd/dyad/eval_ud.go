package main

import "fmt"

func evalUD(e *env, args []string) int {
	fmt.Fprintln(e.stderr, "dyad eval ud: not yet built")
	return exitFail
}
