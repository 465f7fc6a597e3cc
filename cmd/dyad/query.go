package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/output"
	"github.com/dyad-events/dyad/internal/store"
)

// filterFlags registers the event filters shared by query, series and
// alignment; codes says whether the code and text filters are offered.
func filterFlags(fs *flag.FlagSet, f *store.Filter, codes bool) {
	fs.StringVar(&f.From, "from", "", "first `date` (YYYY, YYYY-MM or YYYY-MM-DD), inclusive")
	fs.StringVar(&f.To, "to", "", "last `date` (YYYY, YYYY-MM or YYYY-MM-DD), inclusive")
	if !codes {
		return
	}
	fs.StringVar(&f.Source, "source", "", "source actor `code` prefix (USA matches USAGOV)")
	fs.StringVar(&f.Target, "target", "", "target actor `code` prefix")
	fs.StringVar(&f.Actor, "actor", "", "actor `code` prefix on either side")
	fs.StringVar(&f.Country, "country", "", "actor country (`ISO3`) on either side")
	fs.StringVar(&f.CAMEO, "cameo", "", "CAMEO event `code` or root prefix (04 matches 040-046)")
	fs.IntVar(&f.Quad, "quad", 0, "quad class `N`: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	fs.StringVar(&f.Text, "text", "", "`words` that must all begin words of the event's sentence (case-insensitive; sanction matches Sanctions)")
}

func runQuery(e *env, args []string) int {
	fs := newFlags(e, "query", "[flags]",
		`List the stored events that match every filter, in a stable order (date,
document, sentence). Code and country filters match prefixes.`)
	db := dbFlag(fs)
	var f store.Filter
	filterFlags(fs, &f, true)
	format := fs.String("format", "", "output format: table, jsonl, csv, tsv, phoenix or parquet (default: table on a terminal, else jsonl)")
	outPath := fs.String("o", "", "write to `FILE` (default stdout)")
	dd := fs.String("dedup", "none", "de-duplication: none, oneaday or cluster")
	window := fs.Int("window", 0, "cluster mentions within this many `days` of the first (with --dedup cluster)")
	limit := fs.Int("limit", 0, "print at most `N` events (0: all)")
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "query", "unexpected argument %q", pos[0])
	}
	if err := f.Normalize(); err != nil {
		return usageError(e, "query", "%v", err)
	}
	if *limit < 0 || *window < 0 {
		return usageError(e, "query", "--limit and --window must be 0 or more")
	}
	of, err := outputFormat(e, *format, *outPath)
	if err != nil {
		return usageError(e, "query", "%v", err)
	}
	mode, err := dedup.ParseMode(*dd)
	if err != nil {
		return usageError(e, "query", "%v", err)
	}
	if mode == dedup.None {
		f.Limit = *limit
	}
	st, ok := openStore(e, "query", *db, false)
	if !ok {
		return exitFail
	}
	defer st.Close()
	out, err := openOutput(e, *outPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad query: %v\n", err)
		return exitFail
	}
	defer out.Close()
	w, err := output.New(out, of, output.Options{Clustered: mode == dedup.Cluster})
	if err != nil {
		return usageError(e, "query", "%v", err)
	}
	filter := dedup.New(mode, *window)
	n := 0
	write := func(rows []output.Row) error {
		for _, r := range rows {
			if *limit > 0 && n >= *limit {
				return nil
			}
			n++
			if err := w.Write(r); err != nil {
				return err
			}
		}
		return nil
	}
	err = st.Events(context.Background(), f, func(ev *store.Event) error {
		return write(filter.Add(output.Row{Event: &ev.Event, URL: ev.URL, Publisher: ev.Publisher}))
	})
	if err == nil {
		err = write(filter.Flush())
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad query: %v\n", err)
		return exitFail
	}
	return exitOK
}
