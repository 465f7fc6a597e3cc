package main

import (
	"fmt"
	"strconv"
	"strings"
)

// gates collects repeated --gate NAME=MIN flags: figures that must reach a
// floor, for CI. A missed gate makes the command exit 1.
type gates map[string]float64

func (g gates) String() string {
	var parts []string
	for k, v := range g {
		parts = append(parts, fmt.Sprintf("%s=%g", k, v))
	}
	return strings.Join(parts, ",")
}

func (g gates) Set(s string) error {
	for _, item := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(item, "=")
		if !ok {
			return fmt.Errorf("gate %q: want NAME=MIN", item)
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return fmt.Errorf("gate %q: %v", item, err)
		}
		g[strings.TrimSpace(k)] = f
	}
	return nil
}

// check compares figures with the gates, reports each to e.stderr and
// returns false when any is missed or names an unknown figure.
func (g gates) check(e *env, figures map[string]float64) bool {
	ok := true
	for name, min := range g {
		v, found := figures[name]
		switch {
		case !found:
			fmt.Fprintf(e.stderr, "gate %s: no such figure\n", name)
			ok = false
		case v < min:
			fmt.Fprintf(e.stderr, "gate %s: FAIL %.4g < %.4g\n", name, v, min)
			ok = false
		default:
			fmt.Fprintf(e.stderr, "gate %s: ok %.4g >= %.4g\n", name, v, min)
		}
	}
	return ok
}
