package query

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/store"
)

// SeriesRow is one period of one direction of a dyad.
type SeriesRow struct {
	Period        string  `json:"period"`
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	Events        int     `json:"events"`
	Quad1         int     `json:"verbal_cooperation"`
	Quad2         int     `json:"material_cooperation"`
	Quad3         int     `json:"verbal_conflict"`
	Quad4         int     `json:"material_conflict"`
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// Series counts the events from source to target (code prefixes) per
// period, within the dates of base (its other fields are kept too); with
// both, the events from target to source follow as rows of their own.
// Rows are ordered by period, then direction (source→target first).
func Series(ctx context.Context, s store.Store, source, target string, base store.Filter, interval store.Interval, both bool) ([]SeriesRow, error) {
	source, target = strings.ToUpper(source), strings.ToUpper(target)
	dirs := [][2]string{{source, target}}
	if both {
		dirs = append(dirs, [2]string{target, source})
	}
	var out []SeriesRow
	for _, d := range dirs {
		f := base
		f.Source, f.Target = d[0], d[1]
		bs, err := s.Aggregate(ctx, f, interval)
		if err != nil {
			return nil, err
		}
		for _, b := range bs {
			out = append(out, SeriesRow{Period: b.Period, Source: d[0], Target: d[1], Events: b.Events,
				Quad1: b.Quad[1], Quad2: b.Quad[2], Quad3: b.Quad[3], Quad4: b.Quad[4],
				GoldsteinSum: b.GoldsteinSum, GoldsteinMean: b.MeanGoldstein()})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out, nil
}

// AlignmentRow is one period of a country's relation with one partner,
// over the events in both directions.
type AlignmentRow struct {
	Period  string `json:"period"`
	Country string `json:"country"`
	Partner string `json:"partner"`
	Events  int    `json:"events"`   // both directions
	Out     int    `json:"outgoing"` // country → partner
	In      int    `json:"incoming"` // partner → country
	// GoldsteinMean is the mean Goldstein score of the events of both
	// directions: the net cooperation score, -10 to 10.
	GoldsteinMean float64 `json:"goldstein_mean"`
	// CoopShare is the share of those events that are cooperative (quad
	// classes 1 and 2), 0 to 1.
	CoopShare float64 `json:"cooperative_share"`
}

// Alignment measures, per period and partner, how a country's relations
// with each partner stand: events between the actors of the country and
// of the partner (by actor country) in both directions, their mean
// Goldstein score and cooperative share. Periods without events are left
// out. Rows are ordered by period, then partner as given.
func Alignment(ctx context.Context, s store.Store, country string, partners []string, base store.Filter, interval store.Interval) ([]AlignmentRow, error) {
	country = strings.ToUpper(strings.TrimSpace(country))
	if country == "" || len(partners) == 0 {
		return nil, fmt.Errorf("alignment needs a country and at least one partner")
	}
	var out []AlignmentRow
	for _, p := range partners {
		p = strings.ToUpper(strings.TrimSpace(p))
		rows := map[string]*AlignmentRow{}
		var sum = map[string]float64{}
		var coop = map[string]int{}
		for dir, pair := range [][2]string{{country, p}, {p, country}} {
			f := base
			f.SourceCountry, f.TargetCountry = pair[0], pair[1]
			bs, err := s.Aggregate(ctx, f, interval)
			if err != nil {
				return nil, err
			}
			for _, b := range bs {
				r := rows[b.Period]
				if r == nil {
					r = &AlignmentRow{Period: b.Period, Country: country, Partner: p}
					rows[b.Period] = r
				}
				r.Events += b.Events
				if dir == 0 {
					r.Out += b.Events
				} else {
					r.In += b.Events
				}
				sum[b.Period] += b.GoldsteinSum
				coop[b.Period] += b.Quad[1] + b.Quad[2]
			}
		}
		for period, r := range rows {
			if r.Events > 0 {
				r.GoldsteinMean = sum[period] / float64(r.Events)
				r.CoopShare = float64(coop[period]) / float64(r.Events)
			}
			out = append(out, *r)
		}
	}
	order := map[string]int{}
	for i, p := range partners {
		order[strings.ToUpper(strings.TrimSpace(p))] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Period != out[j].Period {
			return out[i].Period < out[j].Period
		}
		return order[out[i].Partner] < order[out[j].Partner]
	})
	return out, nil
}
