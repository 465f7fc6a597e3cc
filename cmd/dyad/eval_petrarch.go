package main

import "fmt"

// evalPetrarch is owned by the coder: replace this stub.
func evalPetrarch(e *env, args []string) int {
	fmt.Fprintln(e.stderr, "dyad eval petrarch: not yet built")
	return exitFail
}
