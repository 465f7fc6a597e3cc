package server

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
)

// fakeBackend records the queries it is asked and answers canned data.
type fakeBackend struct {
	mu     sync.Mutex
	last   any
	docs   map[string]*doc.Document
	puts   []string
	failIn error
}

func (f *fakeBackend) record(q any) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.last = q
	return f.failIn
}

func (f *fakeBackend) lastQuery() any {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.last
}

func (f *fakeBackend) Events(ctx context.Context, q EventQuery) (EventPage, error) {
	if err := f.record(q); err != nil {
		return EventPage{}, err
	}
	ev := sampleDoc().Sentences[0].Events[0]
	return EventPage{Events: []EventRecord{{Event: &ev}}, Total: 1}, nil
}

func (f *fakeBackend) Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error) {
	if err := f.record(q); err != nil {
		return nil, err
	}
	return []SeriesPoint{{Period: "2024-03-01", Source: q.Source, Target: q.Target, Counts: [4]int{1, 0, 0, 0}, Total: 1, GoldsteinSum: 1, GoldsteinMean: 1},
		{Period: "2024-04-01", Source: q.Source, Target: q.Target, Counts: [4]int{2, 1, 1, 0}, Total: 4, GoldsteinSum: 3, GoldsteinMean: 0.75}}, nil
}

func (f *fakeBackend) Alignment(ctx context.Context, q AlignmentQuery) ([]AlignmentPoint, error) {
	if err := f.record(q); err != nil {
		return nil, err
	}
	if q.Country != "KAZ" {
		return nil, nil
	}
	var out []AlignmentPoint
	for i, t := range q.Towards {
		for m, period := range []string{"2024-01-01", "2024-02-01", "2024-03-01"} {
			net := float64(i-1)*0.4 + float64(m)*0.1
			out = append(out, AlignmentPoint{Period: period, Partner: t, Events: 3 + i + m, GoldsteinMean: net * 5, CoopShare: (net + 1) / 2, Net: net})
		}
	}
	return out, nil
}

func (f *fakeBackend) Overview(ctx context.Context, q OverviewQuery) (Overview, error) {
	if err := f.record(q); err != nil {
		return Overview{}, err
	}
	if q.From != "" {
		return Overview{}, nil
	}
	return Overview{
		Periods: []PeriodCount{{Period: "2024-01-01", Counts: [4]int{3, 1, 2, 0}, Total: 6, GoldsteinMean: 1.2},
			{Period: "2024-02-01", Counts: [4]int{1, 0, 2, 3}, Total: 6, GoldsteinMean: -3.1},
			{Period: "2024-03-01", Counts: [4]int{4, 2, 0, 1}, Total: 7, GoldsteinMean: 2.5}},
		TopDyads: []DyadCount{{Source: "KAZGOV", Target: "CHNGOV", Counts: [4]int{5, 2, 0, 0}, Total: 7, GoldsteinMean: 3.4},
			{Source: "RUS", Target: "UKR", Counts: [4]int{0, 0, 2, 4}, Total: 6, GoldsteinMean: -6.5},
			{Source: "USA", Target: "KAZ", Counts: [4]int{2, 1, 1, 0}, Total: 4, GoldsteinMean: 1.0}},
		TopActors: []ActorHit{{Code: "KAZGOV", Events: 11}, {Code: "CHNGOV", Events: 7}, {Code: "RUS", Events: 6}},
		Total:     19, First: "2024-01-03", Last: "2024-03-28",
	}, nil
}

func (f *fakeBackend) Actors(ctx context.Context, q string, limit int) ([]ActorHit, error) {
	if err := f.record(q); err != nil {
		return nil, err
	}
	return []ActorHit{{Code: "KAZGOV", Events: 3}}, nil
}

func (f *fakeBackend) Document(ctx context.Context, id string) (*doc.Document, error) {
	if err := f.record(id); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if d, ok := f.docs[id]; ok {
		return d, nil
	}
	return nil, ErrNotFound
}

func (f *fakeBackend) Put(ctx context.Context, d *doc.Document, versions map[string]string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failIn != nil {
		return f.failIn
	}
	if f.docs == nil {
		f.docs = map[string]*doc.Document{}
	}
	f.docs[d.ID] = d
	f.puts = append(f.puts, d.ID)
	return nil
}

func (f *fakeBackend) Info(ctx context.Context) (Info, error) {
	if err := f.record("info"); err != nil {
		return Info{}, err
	}
	return Info{Documents: len(f.docs)}, nil
}

// fakeCoder codes "X met Y" style sentences into one event, using
// sampleDoc's layout; it fails on texts containing "FAIL".
type fakeCoder struct{ block chan struct{} }

func (c fakeCoder) Versions() map[string]string { return map[string]string{"coder": "fake-1"} }

func (c fakeCoder) Process(d *doc.Document) error {
	if c.block != nil {
		<-c.block
	}
	if d.Text == "FAIL" {
		return errors.New("pipeline: nlp stages not yet wired")
	}
	if d.Text == "PANIC" {
		panic("boom")
	}
	s := sampleDoc()
	d.Sentences = []doc.Sentence{{Start: 0, End: len(d.Text), Text: d.Text}}
	if d.Text == s.Text {
		d.Sentences = s.Sentences
	}
	return nil
}

// sampleText is a one-sentence article with one event in it.
const sampleText = "Kazakhstan's president met Chinese officials in Astana on Monday."

func sampleDoc() *doc.Document {
	t := sampleText
	src := &doc.Actor{Code: "KAZGOV", Country: "KAZ", Roles: []string{"GOV"}, Text: "Kazakhstan's president", Start: 0, End: 22}
	tgt := &doc.Actor{Code: "CHNGOV", Country: "CHN", Roles: []string{"GOV"}, Text: "Chinese officials", Start: 27, End: 44}
	return &doc.Document{
		ID: "kz-1", Date: "2024-03-04", Title: "Talks in Astana", Source: "Example Wire", Text: t,
		Sentences: []doc.Sentence{{
			Start: 0, End: len(t), Text: t,
			Mentions: []doc.Mention{
				{First: 0, Last: 2, Text: "Kazakhstan's president", Start: 0, End: 22, Code: "KAZGOV", Country: "KAZ", Rule: "dicts/countries.txt:120"},
				{First: 4, Last: 5, Text: "Chinese officials", Start: 27, End: 44, Code: "CHNGOV", Country: "CHN", Rule: "dicts/agents.txt:8"},
				{Text: "bad offsets", Start: 50, End: 9999, Code: "XXX"},
			},
			Events: []doc.Event{{
				DocID: "kz-1", SentenceIndex: 0, Date: "2024-03-04", Source: src, Target: tgt,
				CAMEO: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Factuality: "factual",
				Evidence: doc.Evidence{Sentence: t, Predicate: "met", Start: 23, End: 26, Rule: "verbs/meet.txt:3"},
			}},
		}},
	}
}

func testOnto(t *testing.T) *cameo.Ontology {
	o, err := cameo.Load()
	if err != nil {
		t.Fatal(err)
	}
	return o
}
