package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/dyad-events/dyad/internal/store"
)

// dbFlag registers --db.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", store.DefaultLocation(), "the store: a SQLite file (default $DYAD_DB, else dyad.db)")
}

// openStore opens the store named by --db; create says whether a missing
// one is made.
func openStore(e *env, cmd, location string, create bool) (store.Store, bool) {
	st, err := store.Open(location, create)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad %s: %v\n", cmd, err)
		return nil, false
	}
	return st, true
}

func runDB(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		w := e.stdout
		if len(args) == 0 {
			w = e.stderr
		}
		fmt.Fprintln(w, "Usage: dyad db info [--db PATH] [--json]")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "  info  counts of documents, sentences and events, date range, schema and coding versions")
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "info":
		return dbInfo(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "dyad db: unknown subcommand %q (want info)\n", args[0])
	return exitUsage
}

func dbInfo(e *env, args []string) int {
	fs := newFlags(e, "db info", "[--db PATH] [--json]", "Describe the store: counts, date range, schema version, and the dictionary and model versions that coded its documents.")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "db info", "unexpected argument %q", pos[0])
	}
	st, ok := openStore(e, "db info", *db, false)
	if !ok {
		return exitFail
	}
	defer st.Close()
	in, err := st.Info(context.Background())
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad db info: %v\n", err)
		return exitFail
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.Encode(in)
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "store\t%s (%s, schema %d)\n", in.Location, in.Backend, in.SchemaVersion)
	fmt.Fprintf(tw, "documents\t%d\n", in.Documents)
	fmt.Fprintf(tw, "sentences\t%d\n", in.Sentences)
	fmt.Fprintf(tw, "events\t%d\n", in.Events)
	if in.FirstDate != "" {
		fmt.Fprintf(tw, "dates\t%s to %s\n", in.FirstDate, in.LastDate)
	}
	for _, v := range in.Versions {
		var kv []string
		for k, val := range v.Versions {
			kv = append(kv, k+"="+val)
		}
		sort.Strings(kv)
		if len(kv) == 0 {
			kv = []string{"(unnamed)"}
		}
		fmt.Fprintf(tw, "coded with\t%s: %d documents (first %s)\n", strings.Join(kv, " "), v.Documents, v.FirstUsed)
	}
	tw.Flush()
	return exitOK
}
