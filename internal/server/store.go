package server

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

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

// StoreBackend adapts a store.Store, and the query package's series and
// alignment over it, to Backend. It uses only the store.Store interface
// (events, aggregates, rankings, sentence texts), so that any back end
// serves the API.
//
// Whole-store answers (the store's counts, the overview's rankings, the
// table of actors behind the pickers, the totals of event filters) are
// cached for CacheTTL and computed in the background, so that the
// dashboard stays fast on millions of events; an ingest through the
// server clears the cache, and changes made by other processes (dyad
// ingest) show within CacheTTL.
func StoreBackend(s store.Store) Backend {
	b := &storeBackend{s: s, cache: newCache(CacheTTL, 5*time.Minute)}
	b.onto, _ = cameo.Load()
	return b
}

// CacheTTL is how long StoreBackend serves a whole-store answer before
// it computes it again.
const CacheTTL = time.Minute

// maxActors is the most actor codes in the actor table.
const maxActors = 100_000

type storeBackend struct {
	s     store.Store
	onto  *cameo.Ontology
	cache *cache
}

// Warmer is a Backend that can compute its slow answers ahead of time.
type Warmer interface {
	Warm(ctx context.Context)
}

// Warm computes the answers the dashboard asks for first (store counts,
// the default overview, the actor table), so that the first visitor
// does not wait for them.
func (b *storeBackend) Warm(ctx context.Context) {
	b.Info(ctx)
	b.Overview(ctx, OverviewQuery{Interval: "month", Top: 10})
	b.Actors(ctx, "", 1)
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
	page, err := b.events(ctx, q)
	if err == nil {
		err = b.sentenceTexts(ctx, page.Events)
	}
	return page, err
}

// sentenceTexts fills in the text of each event's sentence.
func (b *storeBackend) sentenceTexts(ctx context.Context, evs []EventRecord) error {
	keys := make([]store.SentenceKey, len(evs))
	for i := range evs {
		keys[i] = store.SentenceKey{DocID: evs[i].DocID, Index: evs[i].SentenceIndex}
	}
	texts, err := b.s.SentenceTexts(ctx, keys)
	if err != nil {
		return err
	}
	for i := range evs {
		evs[i].SentenceText = texts[keys[i]]
	}
	return nil
}

func (b *storeBackend) events(ctx context.Context, q EventQuery) (EventPage, error) {
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
	var total int
	var err error
	if (f == store.Filter{Limit: f.Limit}) {
		var in Info
		in, err = b.Info(ctx)
		total = in.Events
	} else {
		f.Limit = 0
		var v any
		v, err = b.cache.get(ctx, fmt.Sprintf("count %#v", f), func(ctx context.Context) (any, error) { return b.count(ctx, f) })
		if err == nil {
			total = v.(int)
		}
	}
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
			return badParam("dedup", "over %d events to de-duplicate on the fly: narrow the filter (dates, actors, code)", maxDedup)
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
	// The periods depend on the interval, the rankings only on the range:
	// they are cached apart, so that changing the interval is cheap.
	type periods struct {
		list  []PeriodCount
		total int
	}
	pv, err := b.cache.get(ctx, fmt.Sprintf("periods %s %s %s", q.From, q.To, q.Interval), func(ctx context.Context) (any, error) {
		bs, err := b.s.Aggregate(ctx, store.Filter{From: q.From, To: q.To}, store.Interval(q.Interval))
		if err != nil {
			return nil, err
		}
		var p periods
		for _, bk := range bs {
			p.list = append(p.list, PeriodCount{Period: periodDate(bk.Period),
				Counts: [4]int{bk.Quad[1], bk.Quad[2], bk.Quad[3], bk.Quad[4]}, Total: bk.Events, GoldsteinMean: bk.MeanGoldstein()})
			p.total += bk.Events
		}
		return p, nil
	})
	if err != nil {
		return Overview{}, err
	}
	rq := OverviewQuery{From: q.From, To: q.To, Top: maxTop}
	rv, err := b.cache.get(ctx, fmt.Sprintf("ranks %s %s", q.From, q.To), func(ctx context.Context) (any, error) {
		r, err := b.s.Rank(ctx, store.Filter{From: rq.From, To: rq.To}, rq.Top, rq.Top)
		if err != nil {
			return nil, err
		}
		ov := Overview{First: r.First, Last: r.Last}
		for _, d := range r.Dyads {
			dc := DyadCount{Source: d.Source, Target: d.Target, Total: d.Events, Counts: [4]int{d.Quad[1], d.Quad[2], d.Quad[3], d.Quad[4]}}
			if d.Events > 0 {
				dc.GoldsteinMean = d.GoldsteinSum / float64(d.Events)
			}
			ov.TopDyads = append(ov.TopDyads, dc)
		}
		for _, a := range r.Actors {
			ov.TopActors = append(ov.TopActors, ActorHit{Code: a.Code, Name: b.actorName(a.Code), Events: a.Events})
		}
		return ov, nil
	})
	if err != nil {
		return Overview{}, err
	}
	ov := rv.(Overview)
	ov.Periods, ov.Total = pv.(periods).list, pv.(periods).total
	ov.TopDyads = ov.TopDyads[:min(len(ov.TopDyads), q.Top)]
	ov.TopActors = ov.TopActors[:min(len(ov.TopActors), q.Top)]
	if ov.Total == 0 {
		ov.First, ov.Last = "", ""
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

// Actors filters the cached table of every actor code in the store:
// codes that start with q, or whose English name contains it.
func (b *storeBackend) Actors(ctx context.Context, q string, limit int) ([]ActorHit, error) {
	v, err := b.cache.get(ctx, "actors", b.actorTable)
	if err != nil {
		return nil, err
	}
	all := v.([]ActorHit)
	q = strings.TrimSpace(q)
	up, low := strings.ToUpper(q), strings.ToLower(q)
	var hits []ActorHit
	for _, h := range all {
		if len(hits) >= limit {
			break
		}
		if q == "" || strings.HasPrefix(h.Code, up) || (len(q) >= 3 && strings.Contains(strings.ToLower(h.Name), low)) {
			hits = append(hits, h)
		}
	}
	return hits, nil
}

// actorTable lists every actor code in the store with its number of
// events, busiest first, with English names.
func (b *storeBackend) actorTable(ctx context.Context) (any, error) {
	r, err := b.s.Rank(ctx, store.Filter{}, 0, maxActors)
	if err != nil {
		return nil, fmt.Errorf("listing actors: %w", err)
	}
	hits := make([]ActorHit, 0, len(r.Actors))
	for _, a := range r.Actors {
		hits = append(hits, ActorHit{Code: a.Code, Events: a.Events})
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
	err := b.s.Put(ctx, []*doc.Document{d}, store.Versions(versions))
	b.cache.invalidate()
	return err
}

func (b *storeBackend) Info(ctx context.Context) (Info, error) {
	v, err := b.cache.get(ctx, "info", func(ctx context.Context) (any, error) { return b.info(ctx) })
	if err != nil {
		return Info{}, err
	}
	return v.(Info), nil
}

func (b *storeBackend) info(ctx context.Context) (Info, error) {
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
