package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/query"
	"github.com/dyad-events/dyad/internal/store"
)

func runAlignment(e *env, args []string) int {
	fs := newFlags(e, "alignment", "--country KAZ --towards USA,RUS,CHN [flags]",
		`Measure where a country stands between partners: per period and partner, the
events between the two countries' actors in both directions, their mean
Goldstein score (net cooperation, -10 to 10) and the share that is cooperative
(quad classes 1 and 2).`)
	db := dbFlag(fs)
	var f store.Filter
	filterFlags(fs, &f, false)
	country := fs.String("country", "", "the country (`ISO3`, required)")
	towards := fs.String("towards", "", "the partners, comma-separated `ISO3` codes (required)")
	iv := fs.String("interval", "month", "period: day, week, month or year")
	format := fs.String("format", "", "table, jsonl or csv (default: table on a terminal, else jsonl)")
	pos, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "alignment", "unexpected argument %q", pos[0])
	}
	var partners []string
	for _, p := range strings.Split(*towards, ",") {
		if p = strings.TrimSpace(p); p != "" {
			partners = append(partners, strings.ToUpper(p))
		}
	}
	if *country == "" || len(partners) == 0 {
		return usageError(e, "alignment", "--country and --towards are required")
	}
	interval, err := store.ParseInterval(*iv)
	if err != nil {
		return usageError(e, "alignment", "%v", err)
	}
	if err := f.Normalize(); err != nil {
		return usageError(e, "alignment", "%v", err)
	}
	fm, ok := tableFormat(e, "alignment", *format)
	if !ok {
		return exitUsage
	}
	st, ok := openStore(e, "alignment", *db, false)
	if !ok {
		return exitFail
	}
	defer st.Close()
	rows, err := query.Alignment(context.Background(), st, *country, partners, f, interval)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad alignment: %v\n", err)
		return exitFail
	}
	header := []string{"period", "country", "partner", "events", "outgoing", "incoming", "goldstein_mean", "cooperative_share"}
	err = writeRecords(e.stdout, fm, header, rows, func(r query.AlignmentRow) []string {
		it := strconv.Itoa
		return []string{r.Period, r.Country, r.Partner, it(r.Events), it(r.Out), it(r.In), f2(r.GoldsteinMean), strconv.FormatFloat(r.CoopShare, 'f', 3, 64)}
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad alignment: %v\n", err)
		return exitFail
	}
	return exitOK
}
