package server

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/doc"
)

// Span is a stretch of a document's text that the pipeline found
// something in: an actor mention or an event's predicate. Start and End
// are byte offsets into the text.
type Span struct {
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Kind     string   `json:"kind"` // "actor" or "predicate"
	Text     string   `json:"text"`
	Code     string   `json:"code,omitempty"` // actor code or CAMEO event code
	Name     string   `json:"name,omitempty"` // the code in English
	Rule     string   `json:"rule,omitempty"` // dictionary file:line or built-in rule
	Country  string   `json:"country,omitempty"`
	Roles    []string `json:"roles,omitempty"`
	Sentence int      `json:"sentence"`
	Events   []int    `json:"events,omitempty"` // indexes into the events list
}

type docMeta struct {
	ID     string `json:"id"`
	Date   string `json:"date,omitempty"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Text   string `json:"text"`
}

type eventOut struct {
	*doc.Event
	Index      int    `json:"index"`
	CAMEOName  string `json:"cameo_name,omitempty"`
	SourceName string `json:"source_name,omitempty"`
	TargetName string `json:"target_name,omitempty"`
}

// annotatedDoc is the answer of /api/documents/{id} and /api/code.
type annotatedDoc struct {
	Document  docMeta        `json:"document"`
	Sentences []doc.Sentence `json:"sentences"`
	Spans     []Span         `json:"spans"`
	Events    []eventOut     `json:"events"`
}

func (s *Server) actorName(code string) string {
	if code == "" {
		return ""
	}
	a, err := s.onto.ParseActor(code)
	if err != nil {
		return ""
	}
	return s.onto.ActorName(a)
}

func (s *Server) eventName(code string) string {
	e, ok := s.onto.Event(code)
	if !ok {
		return ""
	}
	return e.Name
}

// annotated lays a coded document out for the dashboard: its sentences,
// events, and the spans of text behind them. Offsets outside the text
// are dropped, never trusted.
func (s *Server) annotated(d *doc.Document, tokens bool) annotatedDoc {
	out := annotatedDoc{
		Document:  docMeta{ID: d.ID, Date: d.Date, Title: d.Title, URL: d.URL, Source: d.Source, Text: d.Text},
		Sentences: make([]doc.Sentence, 0, len(d.Sentences)),
		Spans:     []Span{},
		Events:    []eventOut{},
	}
	n := len(d.Text)
	valid := func(start, end int) bool { return start >= 0 && start < end && end <= n }
	type key struct {
		start, end int
		kind       string
	}
	at := map[key]int{}
	add := func(sp Span) int {
		k := key{sp.Start, sp.End, sp.Kind}
		if i, ok := at[k]; ok {
			return i
		}
		sp.Text = d.Text[sp.Start:sp.End]
		out.Spans = append(out.Spans, sp)
		at[k] = len(out.Spans) - 1
		return len(out.Spans) - 1
	}
	for si, sn := range d.Sentences {
		c := sn
		c.Events = nil
		if !tokens {
			c.Tokens = nil
		}
		out.Sentences = append(out.Sentences, c)
		for _, m := range sn.Mentions {
			if !valid(m.Start, m.End) {
				continue
			}
			add(Span{Start: m.Start, End: m.End, Kind: "actor", Code: m.Code, Name: s.actorName(m.Code),
				Rule: m.Rule, Country: m.Country, Roles: m.Roles, Sentence: si})
		}
	}
	for si, sn := range d.Sentences {
		for ei := range sn.Events {
			e := &sn.Events[ei]
			idx := len(out.Events)
			eo := eventOut{Event: e, Index: idx, CAMEOName: s.eventName(e.CAMEO)}
			if e.Source != nil {
				eo.SourceName = s.actorName(e.Source.Code)
			}
			if e.Target != nil {
				eo.TargetName = s.actorName(e.Target.Code)
			}
			out.Events = append(out.Events, eo)
			if valid(e.Evidence.Start, e.Evidence.End) {
				i := add(Span{Start: e.Evidence.Start, End: e.Evidence.End, Kind: "predicate", Code: e.CAMEO,
					Name: eo.CAMEOName, Rule: e.Evidence.Rule, Sentence: si})
				out.Spans[i].Events = append(out.Spans[i].Events, idx)
			}
			for _, a := range []*doc.Actor{e.Source, e.Target} {
				if a == nil || !valid(a.Start, a.End) {
					continue
				}
				i := add(Span{Start: a.Start, End: a.End, Kind: "actor", Code: a.Code, Name: s.actorName(a.Code),
					Country: a.Country, Roles: a.Roles, Sentence: si})
				out.Spans[i].Events = append(out.Spans[i].Events, idx)
			}
		}
	}
	sort.SliceStable(out.Spans, func(i, j int) bool {
		a, b := out.Spans[i], out.Spans[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return strings.Compare(a.Kind, b.Kind) < 0
	})
	return out
}
