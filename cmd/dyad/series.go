package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/dyad-events/dyad/internal/query"
	"github.com/dyad-events/dyad/internal/store"
)

// tableFormat picks table, jsonl or csv for the aggregate commands.
func tableFormat(e *env, cmd, v string) (string, bool) {
	switch v {
	case "":
		if isTerminal(e.stdout) {
			return "table", true
		}
		return "jsonl", true
	case "table", "jsonl", "csv":
		return v, true
	}
	usageError(e, cmd, "unknown format %q (want table, jsonl or csv)", v)
	return "", false
}

// writeRecords writes rows as a table, JSON Lines or CSV; header names
// the columns and cells renders a row's cells in the same order.
func writeRecords[T any](w io.Writer, format string, header []string, rows []T, cells func(T) []string) error {
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(header)
		for _, r := range rows {
			cw.Write(cells(r))
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', tabwriter.AlignRight)
	line := func(c []string) {
		for _, s := range c {
			fmt.Fprint(tw, s, "\t")
		}
		fmt.Fprintln(tw)
	}
	line(header)
	for _, r := range rows {
		line(cells(r))
	}
	return tw.Flush()
}

func f2(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

func runSeries(e *env, args []string) int {
	fs := newFlags(e, "series", "--source A --target B [flags]",
		`Count the events from A to B per period: events per quad class, sum and mean
Goldstein score; --both adds the events from B to A. Codes match prefixes.`)
	db := dbFlag(fs)
	var f store.Filter
	filterFlags(fs, &f, false)
	src := fs.String("source", "", "source actor `code` prefix (required)")
	tgt := fs.String("target", "", "target actor `code` prefix (required)")
	iv := fs.String("interval", "month", "period: day, week, month or year")
	both := fs.Bool("both", false, "also count the events from target to source")
	format := fs.String("format", "", "table, jsonl or csv (default: table on a terminal, else jsonl)")
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "series", "unexpected argument %q", pos[0])
	}
	if *src == "" || *tgt == "" {
		return usageError(e, "series", "--source and --target are required")
	}
	interval, err := store.ParseInterval(*iv)
	if err != nil {
		return usageError(e, "series", "%v", err)
	}
	if err := f.Normalize(); err != nil {
		return usageError(e, "series", "%v", err)
	}
	fm, ok := tableFormat(e, "series", *format)
	if !ok {
		return exitUsage
	}
	st, ok := openStore(e, "series", *db, false)
	if !ok {
		return exitFail
	}
	defer st.Close()
	rows, err := query.Series(context.Background(), st, *src, *tgt, f, interval, *both)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad series: %v\n", err)
		return exitFail
	}
	header := []string{"period", "source", "target", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"}
	err = writeRecords(e.stdout, fm, header, rows, func(r query.SeriesRow) []string {
		it := strconv.Itoa
		return []string{r.Period, r.Source, r.Target, it(r.Events), it(r.Quad1), it(r.Quad2), it(r.Quad3), it(r.Quad4), f2(r.GoldsteinSum), f2(r.GoldsteinMean)}
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad series: %v\n", err)
		return exitFail
	}
	return exitOK
}
