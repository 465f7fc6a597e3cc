package tagger

import (
	"os"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// BenchmarkTag measures tagging speed of the embedded model on EWT dev
// (gold tokens); it needs DYAD_SHARED. DYAD_TAGGER_MODEL names a model file
// to use instead of the embedded one. words/s is per second of wall time,
// words/cpu-s per second of the process's CPU time (steadier on a busy
// machine).
func BenchmarkTag(b *testing.B) {
	dev := readUD(b, "en_ewt-ud-dev.conllu")
	benchTag(b, dev, benchTagger(b))
}

// BenchmarkTagFirstStage measures the first stage alone.
func BenchmarkTagFirstStage(b *testing.B) {
	dev := readUD(b, "en_ewt-ud-dev.conllu")
	t := benchTagger(b)
	m := *t.m
	m.next = nil
	benchTag(b, dev, newTagger(&m))
}

func benchTag(b *testing.B, dev []doc.Sentence, t *Tagger) {
	words := 0
	for i := range dev {
		words += len(dev[i].Tokens)
	}
	var s doc.Sentence
	b.ResetTimer()
	c0 := cpuTime()
	for n := 0; n < b.N; n++ {
		for i := range dev {
			s.Tokens = append(s.Tokens[:0], dev[i].Tokens...)
			t.Tag(&s)
		}
	}
	cpu := cpuTime() - c0
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(float64(words*b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

func benchTagger(b *testing.B) *Tagger {
	if p := os.Getenv("DYAD_TAGGER_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		t, err := Load(f)
		if err != nil {
			b.Fatal(err)
		}
		return t
	}
	t, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	if err := t.Ready(); err != nil {
		b.Fatal(err)
	}
	return t
}
