package store

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// DefaultLocation is the store used when none is named: $DYAD_DB, else
// dyad.db in the current folder.
func DefaultLocation() string {
	if v := os.Getenv("DYAD_DB"); v != "" {
		return v
	}
	return "dyad.db"
}

// Open opens the store at location. A path (or "sqlite:PATH") is a
// SQLite file; other back ends will be told by their URL scheme
// ("postgres://..."). With create false, a store that does not exist is
// an error rather than made empty.
func Open(location string, create bool) (Store, error) {
	if location == "" {
		location = DefaultLocation()
	}
	if i := strings.Index(location, "://"); i > 0 {
		return nil, fmt.Errorf("store %s: the %s back end is not built yet (use a SQLite file path)", redact(location), location[:i])
	}
	path := strings.TrimPrefix(location, "sqlite:")
	if !create {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run 'dyad ingest --db %s FILE...' first", path, path)
		}
	}
	return OpenSQLite(path)
}

// redact drops credentials from a URL-like location.
func redact(loc string) string {
	if i := strings.Index(loc, "://"); i > 0 {
		rest := loc[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			return loc[:i+3] + "***@" + rest[at+1:]
		}
	}
	return loc
}
