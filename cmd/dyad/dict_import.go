package main

import "fmt"

// importPetrarch converts PETRARCH dictionaries; it waits for the readers in
// internal/petrarch.
func importPetrarch(e *env, src, dst string) int {
	fmt.Fprintf(e.stderr, "dyad dict import-petrarch: not implemented yet (%s -> %s)\n", src, dst)
	return exitFail
}
