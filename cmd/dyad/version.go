package main

import (
	"fmt"
	"runtime/debug"
)

func runVersion(e *env, args []string) int {
	fs := newFlags(e, "version", "", "Print dyad's version and build information.")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		v = bi.Main.Version
		fmt.Fprintf(e.stdout, "dyad %s (%s)\n", v, bi.GoVersion)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "dyad %s\n", v)
	return exitOK
}
