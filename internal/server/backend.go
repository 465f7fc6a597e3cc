package server

import (
	"context"
	"errors"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/output"
)

// ErrNotFound is what a Backend answers for a document it does not hold.
var ErrNotFound = errors.New("not found")

// Backend is what the server asks of the event store. Its queries are the
// corpus layer's; storeBackend adapts a store.Store to it.
type Backend interface {
	// Events returns one page of the events matching q and the number of
	// all matching events.
	Events(ctx context.Context, q EventQuery) (EventPage, error)
	// Series is one dyad's events per period (both directions when q.Both).
	Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error)
	// Alignment is q.Country's net cooperation with each partner per period.
	Alignment(ctx context.Context, q AlignmentQuery) ([]AlignmentPoint, error)
	// Overview is the corpus at a glance: events per period by quad
	// class, the strongest dyads and the busiest actors.
	Overview(ctx context.Context, q OverviewQuery) (Overview, error)
	// Actors lists actor codes in the store whose code or name matches q.
	Actors(ctx context.Context, q string, limit int) ([]ActorHit, error)
	// Document returns a stored document with its sentences and events;
	// ErrNotFound when there is none with that id.
	Document(ctx context.Context, id string) (*doc.Document, error)
	// Put stores a coded document, replacing one with the same id.
	Put(ctx context.Context, d *doc.Document, versions map[string]string) error
	// Info is the store's size, date range and coding versions.
	Info(ctx context.Context) (Info, error)
}

// EventQuery filters events. Empty fields do not filter. Codes match as
// prefixes: Source "USA" matches USAGOV, CAMEO "04" matches 040-046.
type EventQuery struct {
	From, To       string // ISO dates, inclusive
	Source, Target string // actor codes
	Actor          string // source or target
	Country        string // ISO3 of either actor
	CAMEO          string
	Quad           int // 1-4; 0 = any
	Text           string
	Dedup          string // "none", "oneaday" or "cluster"
	Limit, Offset  int
}

// EventPage is a page of events and the number of all matching ones.
type EventPage struct {
	Events []EventRecord `json:"events"`
	Total  int           `json:"total"`
}

// EventRecord is an event as the API writes it: the event record of the
// coder, with the document's URL and publisher, and cluster counts on
// de-duplicated output.
type EventRecord struct {
	*doc.Event
	URL       string          `json:"url,omitempty"`
	Publisher string          `json:"publisher,omitempty"`
	Cluster   *output.Cluster `json:"cluster,omitempty"`
	// SentenceText is the text of the event's sentence (the evidence
	// names the sentence by its id).
	SentenceText string `json:"sentence_text,omitempty"`
}

// SeriesQuery asks for one dyad's series.
type SeriesQuery struct {
	Source, Target string
	Interval       string // day, week, month or year
	Both           bool
	From, To       string
}

// SeriesPoint is one period of one direction of a dyad.
type SeriesPoint struct {
	Period        string  `json:"period"` // first day of the period, YYYY-MM-DD
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	Counts        [4]int  `json:"counts"` // events per quad class 1-4
	Total         int     `json:"total"`
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// AlignmentQuery asks how Country stands toward each of Towards.
type AlignmentQuery struct {
	Country  string
	Towards  []string
	Interval string
	From, To string
}

// AlignmentPoint is one period and partner of an alignment.
type AlignmentPoint struct {
	Period        string  `json:"period"`
	Partner       string  `json:"partner"`
	Events        int     `json:"events"`
	GoldsteinMean float64 `json:"goldstein_mean"`
	CoopShare     float64 `json:"coop_share"` // share of events in quad classes 1-2
	Net           float64 `json:"net"`        // net cooperation: cooperative minus conflictual share, -1..1
}

// OverviewQuery bounds the overview.
type OverviewQuery struct {
	From, To string
	Interval string
	Top      int // how many dyads and actors
}

// Overview is the corpus at a glance.
type Overview struct {
	Periods   []PeriodCount `json:"periods"`
	TopDyads  []DyadCount   `json:"top_dyads"`
	TopActors []ActorHit    `json:"top_actors"`
	Total     int           `json:"total"`
	First     string        `json:"first,omitempty"` // first and last event dates in range
	Last      string        `json:"last,omitempty"`
}

// PeriodCount is the number of events of each quad class in one period.
type PeriodCount struct {
	Period        string  `json:"period"`
	Counts        [4]int  `json:"counts"`
	Total         int     `json:"total"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// DyadCount is one directed dyad's events in a range.
type DyadCount struct {
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	Counts        [4]int  `json:"counts"`
	Total         int     `json:"total"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// ActorHit is an actor code, its English name and how many events it is in.
type ActorHit struct {
	Code   string `json:"code"`
	Name   string `json:"name,omitempty"`
	Events int    `json:"events"`
}

// Info describes the store.
type Info struct {
	Documents int               `json:"documents"`
	Events    int               `json:"events"`
	First     string            `json:"first,omitempty"`
	Last      string            `json:"last,omitempty"`
	Versions  map[string]string `json:"versions,omitempty"`
}
