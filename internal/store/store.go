package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
)

// ErrNotFound is returned for a document id that is not stored.
var ErrNotFound = errors.New("store: no such document")

// Versions names the dictionary and model versions that coded documents
// (pipeline.Versions()).
type Versions map[string]string

// Store is a store of coded documents.
type Store interface {
	// Put stores whole documents with their sentences and events, coded by
	// v, atomically: all of them or none. A stored document with the same
	// id is replaced.
	Put(ctx context.Context, docs []*doc.Document, v Versions) error
	// Has reports which of the ids are stored.
	Has(ctx context.Context, ids []string) (map[string]bool, error)
	// Document returns a stored document with its sentences and their
	// events, or ErrNotFound.
	Document(ctx context.Context, id string) (*doc.Document, error)
	// DocumentIDs calls fn with every stored document id, in id order. It
	// sees the documents stored when it started pages, so fn may Put.
	DocumentIDs(ctx context.Context, fn func(id string) error) error
	// Events calls fn with each event matching f, in the stable order.
	Events(ctx context.Context, f Filter, fn func(*Event) error) error
	// Aggregate counts the dated events matching f per period.
	Aggregate(ctx context.Context, f Filter, interval Interval) ([]Bucket, error)
	// Rank ranks the dated events matching f (f.Limit is ignored): the
	// directed dyads (full actor codes, both sides known; at most dyads
	// of them) and the actor codes (as source or target; an event with
	// the same code on both sides counts twice; at most actors of them)
	// with the most events, most first, ties in code order. It also gives
	// the first and last date.
	Rank(ctx context.Context, f Filter, dyads, actors int) (*Ranking, error)
	// SentenceTexts returns the texts of the named sentences that are
	// stored; others are left out of the map.
	SentenceTexts(ctx context.Context, keys []SentenceKey) (map[SentenceKey]string, error)
	// Delete removes the documents with these ids, their sentences and
	// events, atomically; ids not stored are ignored.
	Delete(ctx context.Context, ids []string) error
	// Info describes the store's contents.
	Info(ctx context.Context) (*Info, error)
	Close() error
}

// SentenceKey names a stored sentence: its document and index.
type SentenceKey struct {
	DocID string
	Index int
}

// Ranking is the answer of Rank.
type Ranking struct {
	Dyads       []DyadCount
	Actors      []ActorCount
	First, Last string // the first and last event dates ("" when none)
}

// DyadCount counts the events of one directed dyad.
type DyadCount struct {
	Source, Target string
	Events         int
	Quad           [5]int // per quad class 1-4 (Quad[0]: no class)
	GoldsteinSum   float64
}

// ActorCount counts the events of one actor code.
type ActorCount struct {
	Code   string
	Events int
}

// Event is a stored event with facts of its document that outputs need.
type Event struct {
	doc.Event
	URL       string // the document's URL
	Publisher string // the document's source
}

// Filter selects events; the zero Filter selects all. Every field set
// must match.
type Filter struct {
	From, To string // ISO dates or prefixes of them ("2024-03"), inclusive
	// Code prefixes: Source and Target of that side, Actor of either.
	Source, Target, Actor string
	// Country prefixes (ISO3) of the actors: SourceCountry and
	// TargetCountry of that side, Country of either.
	SourceCountry, TargetCountry, Country string
	CAMEO                                 string // event code prefix: "04" matches 040-046
	Quad                                  int    // quad class 1-4; 0 any
	// Text: every word of it begins a word of the event's sentence
	// (case-insensitive, diacritics folded: "sanction" matches
	// "Sanctions"; "U.S." matches the words "U" then "S..."); a word
	// without letters or digits matches as a substring.
	Text  string
	Limit int // at most this many events; 0 all
}

// Normalize upper-cases codes, trims blanks and checks dates and quad.
func (f *Filter) Normalize() error {
	for _, p := range []*string{&f.Source, &f.Target, &f.Actor, &f.SourceCountry, &f.TargetCountry, &f.Country, &f.CAMEO} {
		*p = strings.ToUpper(strings.TrimSpace(*p))
	}
	for _, p := range []*string{&f.From, &f.To} {
		*p = strings.TrimSpace(*p)
		if *p == "" {
			continue
		}
		if !validDatePrefix(*p) {
			return fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", *p)
		}
	}
	if f.Quad < 0 || f.Quad > 4 {
		return fmt.Errorf("bad quad class %d: want 1-4", f.Quad)
	}
	if f.Limit < 0 {
		return fmt.Errorf("bad limit %d", f.Limit)
	}
	return nil
}

func validDatePrefix(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			return err == nil
		}
	}
	return false
}

// Interval is the period of an aggregate.
type Interval string

// The intervals. A week is labelled by its Monday (ISO weeks).
const (
	Day   Interval = "day"
	Week  Interval = "week"
	Month Interval = "month"
	Year  Interval = "year"
)

// ParseInterval reads an --interval value.
func ParseInterval(s string) (Interval, error) {
	switch i := Interval(strings.ToLower(strings.TrimSpace(s))); i {
	case Day, Week, Month, Year:
		return i, nil
	}
	return "", fmt.Errorf("unknown interval %q (want day, week, month or year)", s)
}

// Period returns the label of the period holding an ISO date: the date
// (day), the Monday of its ISO week (week), YYYY-MM (month) or YYYY
// (year); "" for an unreadable date.
func (i Interval) Period(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return ""
	}
	switch i {
	case Week:
		wd := (int(t.Weekday()) + 6) % 7 // Monday 0
		return t.AddDate(0, 0, -wd).Format("2006-01-02")
	case Month:
		return date[:7]
	case Year:
		return date[:4]
	}
	return date
}

// Bucket counts the events of one period.
type Bucket struct {
	Period       string
	Events       int
	Quad         [5]int // events per quad class 1-4 (Quad[0]: no class)
	GoldsteinSum float64
}

// MeanGoldstein is the mean Goldstein score of the bucket's events.
func (b Bucket) MeanGoldstein() float64 {
	if b.Events == 0 {
		return 0
	}
	return b.GoldsteinSum / float64(b.Events)
}

// Info describes a store.
type Info struct {
	Backend       string // "sqlite", ...
	Location      string // file path or URL without credentials
	SchemaVersion int
	Documents     int
	Sentences     int
	Events        int
	FirstDate     string // of dated documents
	LastDate      string
	Versions      []VersionCount // the versions that coded the documents, most used first
}

// VersionCount is a set of versions and the documents it coded.
type VersionCount struct {
	Versions  Versions
	Documents int
	FirstUsed string // time the version set first stored a document (RFC 3339)
}
