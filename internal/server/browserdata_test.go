package server

import (
	"context"
	"fmt"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/store"
)

// browserBackend is the store the browser tests run against: testStore
// plus a year of generated reports, so that charts have a shape; and the
// dyad and document the tests look at.
func browserBackend(t *testing.T) (Backend, string, string, string) {
	s := testStore(t)
	type pair struct {
		src, tgt string
		codes    []string
	}
	pairs := []pair{
		{"KAZGOV", "CHNGOV", []string{"042", "057", "061", "036"}},
		{"CHNGOV", "KAZGOV", []string{"071", "043", "112"}},
		{"KAZGOV", "RUSGOV", []string{"042", "111", "036", "130"}},
		{"RUSGOV", "KAZGOV", []string{"112", "043", "0233"}},
		{"USAGOV", "KAZGOV", []string{"036", "071", "112"}},
		{"RUSMIL", "UKRMIL", []string{"190", "195", "173"}},
		{"UKRGOV", "RUSGOV", []string{"111", "163", "0233"}},
	}
	var docs []*doc.Document
	seed := uint32(7)
	rnd := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>16) % n }
	for m := 1; m <= 12; m++ {
		for i := 0; i < 6; i++ {
			p := pairs[rnd(len(pairs))]
			code := p.codes[rnd(len(p.codes))]
			date := fmt.Sprintf("2023-%02d-%02d", m, 1+rnd(27))
			sent := fmt.Sprintf("%s officials met %s officials to discuss trade.", p.src, p.tgt)
			quad, _ := testOnto(t).QuadClass(code)
			g, _ := testOnto(t).Goldstein(code)
			id := fmt.Sprintf("gen-%02d-%d", m, i)
			docs = append(docs, &doc.Document{ID: id, Date: date, Title: "Generated report " + id, Text: sent,
				Sentences: []doc.Sentence{{Start: 0, End: len(sent), Text: sent, Events: []doc.Event{{
					DocID: id, Date: date, CAMEO: code, Root: code[:2], QuadClass: quad, Goldstein: g, Factuality: "factual",
					Source:   &doc.Actor{Code: p.src, Country: p.src[:3], Start: 0, End: len(p.src) + 10},
					Target:   &doc.Actor{Code: p.tgt, Country: p.tgt[:3], Start: len(p.src) + 15, End: len(p.src) + 25 + len(p.tgt)},
					Evidence: doc.Evidence{Sentence: sent, Predicate: "met", Start: len(p.src) + 11, End: len(p.src) + 14, Rule: "generated"},
				}}}}})
		}
	}
	if err := s.Put(context.Background(), docs, store.Versions{"coder": "generated"}); err != nil {
		t.Fatal(err)
	}
	return StoreBackend(s), "KAZGOV", "CHNGOV", "kz-1"
}

// browserCoder is dyad's real pipeline.
func browserCoder(t *testing.T) Coder {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
