package coder

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// BenchmarkCodeGSR resolves actors and codes the 44 GSR sentences (UD
// parses supplied) with the Phoenix dictionaries; sentences/s is reported.
// Run with -cpu 1 for the one-core figure.
func BenchmarkCodeGSR(b *testing.B) {
	sh := os.Getenv("DYAD_SHARED")
	if sh == "" {
		b.Skip("DYAD_SHARED not set")
	}
	dir := filepath.Join(sh, "data", "petrarch")
	f, err := os.Open(filepath.Join(dir, "PETR2_GSR_validation.dev.xml"))
	if err != nil {
		b.Fatal(err)
	}
	rf, err := petrarch.ReadRecords(f, "gsr")
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	env := rf.Environment
	pd, err := LoadPetrarch(dir, PetrarchFiles{Verbs: []string{env.VerbFile}, Actors: env.ActorFiles, Agents: []string{env.AgentFile}})
	if err != nil {
		b.Fatal(err)
	}
	ont, _ := cameo.Load()
	var docs []*doc.Document
	for _, r := range rf.Records {
		cs, err := r.ConllU()
		if err != nil {
			continue
		}
		docs = append(docs, &doc.Document{ID: r.ID, Date: r.ISODate, Sentences: []doc.Sentence{conllu.ToDoc(cs)}})
	}
	res := pd.Resolver()
	c := New(pd.Verbs, ont, Options{})
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			res.Resolve(d)
			c.Code(d)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeSmall codes an invented sentence with the test dictionary.
func BenchmarkCodeSmall(b *testing.B) {
	s := sentence(`
Germany Germany PROPN 2 nsubj
pledged pledge VERB 0 root
aid aid NOUN 2 obj
to to ADP 5 case
Ukraine Ukraine PROPN 2 obl
and and CCONJ 7 cc
criticized criticize VERB 2 conj
Russia Russia PROPN 7 obj`)
	d := &doc.Document{ID: "b", Sentences: []doc.Sentence{s}}
	v := testDict(b)
	lx := testLex(b)
	_ = lx
	c := New(v, nil, Options{})
	res := newResolver(lx)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res.Resolve(d)
		c.Code(d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
