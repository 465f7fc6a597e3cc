package petrarch

import (
	"fmt"
	"strconv"
)

// Error is one problem found in a PETRARCH file: where it is and what is
// wrong. Readers collect Errors and keep going, so that one bad line or
// record never hides the rest of a file.
type Error struct {
	File   string // file name as given to the reader
	Line   int    // 1-based line number; 0 when unknown
	Record string // record id (records files only); "" otherwise
	Msg    string
}

// Error formats the problem as "file:line: record ID: message".
func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	if e.Record != "" {
		s += ": record " + e.Record
	}
	return s + ": " + e.Msg
}

func newError(file string, line int, record, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Record: record, Msg: fmt.Sprintf(format, args...)}
}
