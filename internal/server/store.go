package server

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/dedup"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/output"
	"github.com/dyad-events/dyad/internal/query"
	"github.com/dyad-events/dyad/internal/store"
)

// maxDedup is the most event mentions de-duplicated for one request;
// de-duplication needs every matching mention in memory.
const maxDedup = 500_000

// maxScan is the most events the generic ranking fallback reads.
const maxScan = 2_000_000

// StoreBackend adapts a store.Store, and the query package's series and
// alignment over it, to Backend.
//
// Two things the server needs are not in store.Store: ranking dyads and
// actors (the overview, the network, actor pickers) and counting the
// events of a filter without reading them. Counting uses Aggregate;
// ranking uses SQL on the SQLite store's events table when the store
// exposes its database (DB() *sql.DB), and otherwise reads the events
// through the interface.
func StoreBackend(s store.Store) Backend {
	b := &storeBackend{s: s}
	if d, ok := s.(interface{ DB() *sql.DB }); ok {
		b.db = d.DB()
	}
	b.onto, _ = cameo.Load()
	return b
}

type storeBackend struct {
	s    store.Store
	db   *sql.DB
	onto *cameo.Ontology
}

func filterOf(q EventQuery) store.Filter {
	return store.Filter{From: q.From, To: q.To, Source: q.Source, Target: q.Target, Actor: q.Actor,
		Country: q.Country, CAMEO: q.CAMEO, Quad: q.Quad, Text: q.Text}
}

// errStop ends a scan early.
var errStop = errors.New("stop")

func record(e *store.Event) EventRecord {
	ev := e.Event
	return EventRecord{Event: &ev, URL: e.URL, Publisher: e.Publisher}
}

func (b *storeBackend) Events(ctx context.Context, q EventQuery) (EventPage, error) {
	f := filterOf(q)
	if q.Dedup != "" && q.Dedup != "none" {
		return b.dedupEvents(ctx, q, f)
	}
	var page EventPage
	if q.Limit > 0 {
		f.Limit = q.Offset + q.Limit
		i := 0
		err := b.s.Events(ctx, f, func(e *store.Event) error {
			if i >= q.Offset {
				page.Events = append(page.Events, record(e))
			}
			i++
			return nil
		})
		if err != nil {
			return page, err
		}
		if i < f.Limit {
			// the end of the matches: the total is exact
			page.Total = i
			return page, nil
		}
	}
	total, err := b.count(ctx, f)
	if err != nil {
		return page, err
	}
	page.Total = max(total, q.Offset+len(page.Events))
	return page, nil
}

// count is the number of dated events matching f, from Aggregate.
func (b *storeBackend) count(ctx context.Context, f store.Filter) (int, error) {
	f.Limit = 0
	bs, err := b.s.Aggregate(ctx, f, store.Year)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, bk := range bs {
		n += bk.Events
	}
	return n, nil
}

func (b *storeBackend) dedupEvents(ctx context.Context, q EventQuery, f store.Filter) (EventPage, error) {
	filter := dedup.New(dedup.Mode(q.Dedup), 0)
	var rows []output.Row
	n := 0
	err := b.s.Events(ctx, f, func(e *store.Event) error {
		n++
		if n > maxDedup {
			return fmt.Errorf("over %d events to de-duplicate: narrow the filter (dates, actors, code)", maxDedup)
		}
		ev := e.Event
		rows = append(rows, filter.Add(output.Row{Event: &ev, URL: e.URL, Publisher: e.Publisher})...)
		return nil
	})
	if err != nil {
		return EventPage{}, err
	}
	rows = append(rows, filter.Flush()...)
	page := EventPage{Total: len(rows)}
	if q.Offset < len(rows) {
		end := min(len(rows), q.Offset+q.Limit)
		for _, r := range rows[q.Offset:end] {
			page.Events = append(page.Events, EventRecord{Event: r.Event, URL: r.URL, Publisher: r.Publisher, Cluster: r.Cluster})
		}
	}
	return page, nil
}

// periodDate turns a store period label (2024, 2024-03, 2024-03-04) into
// the first day of the period.
func periodDate(p string) string {
	switch len(p) {
	case 4:
		return p + "-01-01"
	case 7:
		return p + "-01"
	}
	return p
}

func (b *storeBackend) Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error) {
	rows, err := query.Series(ctx, b.s, q.Source, q.Target, store.Filter{From: q.From, To: q.To}, store.Interval(q.Interval), q.Both)
	if err != nil {
		return nil, err
	}
	out := make([]SeriesPoint, 0, len(rows))
	for _, r := range rows {
		out = append(out, SeriesPoint{Period: periodDate(r.Period), Source: r.Source, Target: r.Target,
			Counts: [4]int{r.Quad1, r.Quad2, r.Quad3, r.Quad4}, Total: r.Events,
			GoldsteinSum: r.GoldsteinSum, GoldsteinMean: r.GoldsteinMean})
	}
	return out, nil
}

func (b *storeBackend) Alignment(ctx context.Context, q AlignmentQuery) ([]AlignmentPoint, error) {
	rows, err := query.Alignment(ctx, b.s, q.Country, q.Towards, store.Filter{From: q.From, To: q.To}, store.Interval(q.Interval))
	if err != nil {
		return nil, err
	}
	out := make([]AlignmentPoint, 0, len(rows))
	for _, r := range rows {
		out = append(out, AlignmentPoint{Period: periodDate(r.Period), Partner: r.Partner, Events: r.Events,
			GoldsteinMean: r.GoldsteinMean, CoopShare: r.CoopShare, Net: 2*r.CoopShare - 1})
	}
	return out, nil
}

func (b *storeBackend) Overview(ctx context.Context, q OverviewQuery) (Overview, error) {
	var ov Overview
	bs, err := b.s.Aggregate(ctx, store.Filter{From: q.From, To: q.To}, store.Interval(q.Interval))
	if err != nil {
		return ov, err
	}
	for _, bk := range bs {
		ov.Periods = append(ov.Periods, PeriodCount{Period: periodDate(bk.Period),
			Counts: [4]int{bk.Quad[1], bk.Quad[2], bk.Quad[3], bk.Quad[4]}, Total: bk.Events, GoldsteinMean: bk.MeanGoldstein()})
		ov.Total += bk.Events
	}
	if b.db != nil {
		err = b.rankSQL(ctx, q, &ov)
	} else {
		err = b.rankScan(ctx, q, &ov)
	}
	if err != nil {
		return ov, err
	}
	for i := range ov.TopActors {
		ov.TopActors[i].Name = b.actorName(ov.TopActors[i].Code)
	}
	return ov, nil
}

func (b *storeBackend) actorName(code string) string {
	if b.onto == nil || code == "" {
		return ""
	}
	a, err := b.onto.ParseActor(code)
	if err != nil {
		return ""
	}
	return b.onto.ActorName(a)
}

// dateWhere is the date condition of the ranking queries.
func dateWhere(from, to string) (string, []any) {
	w := "e.date != ''"
	var args []any
	if from != "" {
		w += " AND e.date >= ?"
		args = append(args, from)
	}
	if to != "" {
		w += " AND e.date <= ?"
		args = append(args, to)
	}
	return w, args
}

// rankSQL ranks dyads and actors with GROUP BY on the SQLite events table.
func (b *storeBackend) rankSQL(ctx context.Context, q OverviewQuery, ov *Overview) error {
	where, args := dateWhere(q.From, q.To)
	rows, err := b.db.QueryContext(ctx, `SELECT e.source_code, e.target_code, count(*),
		sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), sum(e.quad_class = 4), total(e.goldstein)
		FROM events e WHERE `+where+` AND e.has_source AND e.has_target AND e.source_code != '' AND e.target_code != ''
		GROUP BY e.source_code, e.target_code ORDER BY count(*) DESC, e.source_code, e.target_code LIMIT ?`, append(args, q.Top)...)
	if err != nil {
		return fmt.Errorf("ranking dyads: %w", err)
	}
	for rows.Next() {
		var d DyadCount
		var sum float64
		if err := rows.Scan(&d.Source, &d.Target, &d.Total, &d.Counts[0], &d.Counts[1], &d.Counts[2], &d.Counts[3], &sum); err != nil {
			rows.Close()
			return fmt.Errorf("ranking dyads: %w", err)
		}
		if d.Total > 0 {
			d.GoldsteinMean = sum / float64(d.Total)
		}
		ov.TopDyads = append(ov.TopDyads, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = b.db.QueryContext(ctx, `SELECT code, count(*) AS n FROM (
		SELECT e.source_code AS code FROM events e WHERE `+where+` AND e.source_code != ''
		UNION ALL SELECT e.target_code FROM events e WHERE `+where+` AND e.target_code != '')
		GROUP BY code ORDER BY n DESC, code LIMIT ?`, append(append(append([]any{}, args...), args...), q.Top)...)
	if err != nil {
		return fmt.Errorf("ranking actors: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a ActorHit
		if err := rows.Scan(&a.Code, &a.Events); err != nil {
			return fmt.Errorf("ranking actors: %w", err)
		}
		ov.TopActors = append(ov.TopActors, a)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if ov.Total > 0 {
		return b.db.QueryRowContext(ctx, "SELECT coalesce(min(e.date), ''), coalesce(max(e.date), '') FROM events e WHERE "+where, args...).
			Scan(&ov.First, &ov.Last)
	}
	return nil
}

// rankScan ranks dyads and actors by reading the events of the range
// through the Store interface (for stores without SQL access).
func (b *storeBackend) rankScan(ctx context.Context, q OverviewQuery, ov *Overview) error {
	type acc struct {
		d   DyadCount
		sum float64
	}
	dyads := map[[2]string]*acc{}
	actors := map[string]int{}
	n := 0
	err := b.s.Events(ctx, store.Filter{From: q.From, To: q.To, Limit: maxScan}, func(e *store.Event) error {
		n++
		if e.Date != "" && (ov.First == "" || e.Date < ov.First) {
			ov.First = e.Date
		}
		if e.Date > ov.Last {
			ov.Last = e.Date
		}
		var s, t string
		if e.Source != nil {
			s = e.Source.Code
		}
		if e.Target != nil {
			t = e.Target.Code
		}
		if s != "" {
			actors[s]++
		}
		if t != "" {
			actors[t]++
		}
		if s == "" || t == "" {
			return nil
		}
		a := dyads[[2]string{s, t}]
		if a == nil {
			a = &acc{d: DyadCount{Source: s, Target: t}}
			dyads[[2]string{s, t}] = a
		}
		a.d.Total++
		if e.QuadClass >= 1 && e.QuadClass <= 4 {
			a.d.Counts[e.QuadClass-1]++
		}
		a.sum += e.Goldstein
		return nil
	})
	if err != nil {
		return err
	}
	for _, a := range dyads {
		a.d.GoldsteinMean = a.sum / float64(a.d.Total)
		ov.TopDyads = append(ov.TopDyads, a.d)
	}
	sort.Slice(ov.TopDyads, func(i, j int) bool {
		x, y := ov.TopDyads[i], ov.TopDyads[j]
		if x.Total != y.Total {
			return x.Total > y.Total
		}
		return x.Source+"\x00"+x.Target < y.Source+"\x00"+y.Target
	})
	ov.TopDyads = ov.TopDyads[:min(len(ov.TopDyads), q.Top)]
	for c, k := range actors {
		ov.TopActors = append(ov.TopActors, ActorHit{Code: c, Events: k})
	}
	sort.Slice(ov.TopActors, func(i, j int) bool {
		x, y := ov.TopActors[i], ov.TopActors[j]
		if x.Events != y.Events {
			return x.Events > y.Events
		}
		return x.Code < y.Code
	})
	ov.TopActors = ov.TopActors[:min(len(ov.TopActors), q.Top)]
	return nil
}

// actorPrefixes are the code prefixes a search matches: the query itself
// when it looks like a code, and the codes of places whose English name
// contains it ("china" → CHN).
func (b *storeBackend) actorPrefixes(q string) []string {
	q = strings.TrimSpace(q)
	var out []string
	up := strings.ToUpper(q)
	isCode := up != "" && len(up) <= 30
	for _, r := range up {
		if (r < 'A' || r > 'Z') && r != '-' {
			isCode = false
		}
	}
	if isCode {
		out = append(out, up)
	}
	if b.onto != nil && len(q) >= 3 {
		low := strings.ToLower(q)
		for _, p := range b.onto.Places() {
			if strings.Contains(strings.ToLower(p.Name), low) && p.Code != up {
				out = append(out, p.Code)
			}
			if len(out) >= 12 {
				break
			}
		}
	}
	return out
}

func (b *storeBackend) Actors(ctx context.Context, q string, limit int) ([]ActorHit, error) {
	if limit == 0 {
		return nil, nil
	}
	prefixes := b.actorPrefixes(q)
	if strings.TrimSpace(q) != "" && len(prefixes) == 0 {
		return nil, nil
	}
	var hits []ActorHit
	if b.db != nil {
		var conds []string
		var args []any
		side := func(col, col3 string) string {
			if len(prefixes) == 0 {
				return col + " != ''"
			}
			var or []string
			for _, p := range prefixes {
				if len(p) >= 3 {
					or = append(or, "("+col3+" = ? AND "+col+" >= ? AND "+col+" < ?)")
					args = append(args, p[:3], p, p+"\uffff")
				} else {
					or = append(or, "("+col3+" >= ? AND "+col3+" < ?)")
					args = append(args, p, p+"\uffff")
				}
			}
			return "(" + strings.Join(or, " OR ") + ")"
		}
		conds = append(conds, side("e.source_code", "e.src3"))
		conds = append(conds, side("e.target_code", "e.tgt3"))
		rows, err := b.db.QueryContext(ctx, `SELECT code, count(*) AS n FROM (
			SELECT e.source_code AS code FROM events e WHERE `+conds[0]+`
			UNION ALL SELECT e.target_code FROM events e WHERE `+conds[1]+`)
			GROUP BY code ORDER BY n DESC, code LIMIT ?`, append(args, limit)...)
		if err != nil {
			return nil, fmt.Errorf("searching actors: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var h ActorHit
			if err := rows.Scan(&h.Code, &h.Events); err != nil {
				return nil, err
			}
			hits = append(hits, h)
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	} else {
		counts := map[string]int{}
		match := func(code string) bool {
			if code == "" {
				return false
			}
			if len(prefixes) == 0 {
				return true
			}
			for _, p := range prefixes {
				if strings.HasPrefix(code, p) {
					return true
				}
			}
			return false
		}
		err := b.s.Events(ctx, store.Filter{Limit: maxScan}, func(e *store.Event) error {
			for _, a := range []*doc.Actor{e.Source, e.Target} {
				if a != nil && match(a.Code) {
					counts[a.Code]++
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for c, n := range counts {
			hits = append(hits, ActorHit{Code: c, Events: n})
		}
		sort.Slice(hits, func(i, j int) bool {
			if hits[i].Events != hits[j].Events {
				return hits[i].Events > hits[j].Events
			}
			return hits[i].Code < hits[j].Code
		})
		hits = hits[:min(len(hits), limit)]
	}
	for i := range hits {
		hits[i].Name = b.actorName(hits[i].Code)
	}
	return hits, nil
}

func (b *storeBackend) Document(ctx context.Context, id string) (*doc.Document, error) {
	d, err := b.s.Document(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	return d, err
}

func (b *storeBackend) Put(ctx context.Context, d *doc.Document, versions map[string]string) error {
	return b.s.Put(ctx, []*doc.Document{d}, store.Versions(versions))
}

func (b *storeBackend) Info(ctx context.Context) (Info, error) {
	in, err := b.s.Info(ctx)
	if err != nil {
		return Info{}, err
	}
	out := Info{Documents: in.Documents, Events: in.Events, First: in.FirstDate, Last: in.LastDate}
	if len(in.Versions) > 0 {
		out.Versions = in.Versions[0].Versions
	}
	return out, nil
}
