package udeval

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
)

const gold = `# newdoc id = a
# text = Kazakhstan didn't sign.
1	Kazakhstan	Kazakhstan	PROPN	NNP	_	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	sign	sign	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Talks resume.
1	Talks	talk	NOUN	NNS	_	2	nsubj:pass	_	_
2	resume	resume	VERB	VBP	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`

func read(t *testing.T) []*conllu.Sentence {
	ss, err := conllu.ReadAll(strings.NewReader(gold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// oracle copies the gold annotation by form order, with one deliberate
// mistake: the subtype of "Talks" is dropped, which LAS must not count.
func oracle(t *testing.T) System {
	ss := read(t)
	var all []doc.Token
	for _, s := range ss {
		all = append(all, conllu.ToDoc(s).Tokens...)
	}
	i := 0
	return System{
		Tag: func(s *doc.Sentence) {},
		Parse: func(s *doc.Sentence) {
			for k := range s.Tokens {
				g := all[i%len(all)]
				i++
				s.Tokens[k].UPOS, s.Tokens[k].XPOS, s.Tokens[k].Lemma = g.UPOS, g.XPOS, g.Lemma
				s.Tokens[k].Head, s.Tokens[k].DepRel = g.Head, strings.TrimSuffix(g.DepRel, ":pass")
			}
		},
	}
}

func TestGoldPerfect(t *testing.T) {
	r := Gold(read(t), oracle(t))
	if r.UPOS != 100 || r.LAS != 100 || r.UAS != 100 || r.Sentences != 2 || r.TokensF1 != nil {
		t.Fatalf("%+v", r)
	}
}

func TestRaw(t *testing.T) {
	sys := oracle(t)
	// A splitter that gets the contraction right and the sentences right.
	sys.Split = func(d *doc.Document) {
		add := func(s *doc.Sentence, a, b int) {
			s.Tokens = append(s.Tokens, doc.Token{Form: d.Text[a:b], Start: a, End: b, Head: -1})
		}
		s1 := doc.Sentence{Start: 0, End: 23}
		add(&s1, 0, 10)
		add(&s1, 11, 14)
		add(&s1, 14, 17)
		add(&s1, 18, 22)
		add(&s1, 22, 23)
		s2 := doc.Sentence{Start: 24, End: 37}
		add(&s2, 24, 29)
		add(&s2, 30, 36)
		add(&s2, 36, 37)
		d.Sentences = []doc.Sentence{s1, s2}
	}
	r := Raw(read(t), sys)
	if *r.TokensF1 != 100 || *r.SentencesF1 != 100 || r.LAS != 100 {
		t.Fatalf("%+v tokens=%v sentences=%v", r, *r.TokensF1, *r.SentencesF1)
	}
	// A splitter that leaves the contraction whole loses two words and gains one.
	sys = oracle(t)
	sys.Split = func(d *doc.Document) {
		s := doc.Sentence{Start: 0, End: len(d.Text)}
		for _, f := range []([2]int){{0, 10}, {11, 17}, {18, 22}, {22, 23}, {24, 29}, {30, 36}, {36, 37}} {
			s.Tokens = append(s.Tokens, doc.Token{Form: d.Text[f[0]:f[1]], Start: f[0], End: f[1], Head: -1})
		}
		d.Sentences = []doc.Sentence{s}
	}
	r = Raw(read(t), sys)
	// 6 of 8 gold words matched, 7 system words: F1 = 12/15.
	if got := *r.TokensF1; got < 79.9 || got > 80.1 {
		t.Errorf("tokens F1 = %v, want 80", got)
	}
	if *r.SentencesF1 != 0 {
		t.Errorf("sentences F1 = %v, want 0", *r.SentencesF1)
	}
}
