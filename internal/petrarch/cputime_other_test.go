//go:build !unix

package petrarch

func cpuTime() int64 { return 0 }
