package udeval

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
)

// System is what is evaluated: a splitter (raw mode only), a tagger and a parser.
type System struct {
	Split func(d *doc.Document)
	Tag   func(s *doc.Sentence)
	Parse func(s *doc.Sentence)
}

// Report holds the figures. Percentages are 0-100. TokensF1 and
// SentencesF1 are nil with gold tokenization.
type Report struct {
	UPOS        float64  `json:"upos"`
	XPOS        float64  `json:"xpos"`
	Lemma       float64  `json:"lemma"`
	UAS         float64  `json:"uas"`
	LAS         float64  `json:"las"`
	TokensF1    *float64 `json:"tokens_f1,omitempty"`
	SentencesF1 *float64 `json:"sentences_f1,omitempty"`
	WordsPerSec float64  `json:"words_per_sec"`
	Sentences   int      `json:"sentences"`
}

func univ(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func f1(correct, gold, sys int) float64 {
	if gold+sys == 0 {
		return 0
	}
	return 100 * 2 * float64(correct) / float64(gold+sys)
}

// Gold tags and parses the gold words of each sentence and scores them.
// Tagging plus parsing is timed on one goroutine for WordsPerSec.
func Gold(gold []*conllu.Sentence, sys System) Report {
	golds := make([]doc.Sentence, len(gold))
	preds := make([]doc.Sentence, len(gold))
	words := 0
	for i, g := range gold {
		golds[i] = conllu.ToDoc(g)
		p := doc.Sentence{ID: golds[i].ID, Text: golds[i].Text, Start: -1, End: -1}
		for _, t := range golds[i].Tokens {
			p.Tokens = append(p.Tokens, doc.Token{Form: t.Form, Head: -1, Start: -1, End: -1, SpaceAfter: t.SpaceAfter})
		}
		preds[i] = p
		words += len(p.Tokens)
	}
	start := time.Now()
	for i := range preds {
		sys.Tag(&preds[i])
		sys.Parse(&preds[i])
	}
	elapsed := time.Since(start)
	var c counts
	for i := range golds {
		for j := range golds[i].Tokens {
			c.add(&golds[i].Tokens[j], &preds[i].Tokens[j], preds[i].Tokens[j].Head == golds[i].Tokens[j].Head)
		}
	}
	r := Report{
		UPOS: pct(c.upos, c.n), XPOS: pct(c.xpos, c.n), Lemma: pct(c.lemma, c.n),
		UAS: pct(c.uas, c.n), LAS: pct(c.las, c.n), Sentences: len(gold),
	}
	if s := elapsed.Seconds(); s > 0 {
		r.WordsPerSec = float64(words) / s
	}
	return r
}

type counts struct{ n, upos, xpos, lemma, uas, las int }

func (c *counts) add(g, p *doc.Token, headOK bool) {
	c.n++
	if g.UPOS == p.UPOS {
		c.upos++
	}
	if g.XPOS == p.XPOS {
		c.xpos++
	}
	if g.Lemma == p.Lemma {
		c.lemma++
	}
	if headOK {
		c.uas++
		if univ(g.DepRel) == univ(p.DepRel) {
			c.las++
		}
	}
}

type span struct{ start, end int }

// goldDoc is one gold document rebuilt as text with its word and sentence spans.
type goldDoc struct {
	text      strings.Builder
	sentences []span
	words     []span
	tokens    []doc.Token // gold words, parallel to words
	heads     []int       // index into words of each word's head, -1 for root
}

// rebuild turns the gold sentences into documents with spans.
func rebuild(gold []*conllu.Sentence) []*goldDoc {
	var docs []*goldDoc
	var cur *goldDoc
	for _, g := range gold {
		_, newdoc := g.Comment("newdoc id")
		if !newdoc {
			_, newdoc = g.Comment("newdoc")
		}
		_, newpar := g.Comment("newpar id")
		if !newpar {
			_, newpar = g.Comment("newpar")
		}
		if cur == nil || newdoc {
			cur = &goldDoc{}
			docs = append(docs, cur)
		} else if newpar {
			cur.text.WriteString("\n\n")
		} else {
			cur.text.WriteString(" ")
		}
		text, _ := g.Comment("text")
		base := cur.text.Len()
		cur.text.WriteString(text)
		cur.sentences = append(cur.sentences, span{base, base + len(text)})
		ds := conllu.ToDoc(g)
		first := len(cur.words)
		// Align each word's form to the sentence text; a word inside a
		// multiword token that is not a substring takes the token's span.
		pos := 0
		mwt := map[int]conllu.Line{}
		for _, l := range g.Lines {
			if l.Kind() == conllu.MultiToken {
				a, _ := l.Range()
				mwt[a] = l
			}
		}
		for wi, t := range ds.Tokens {
			form := t.Form
			if l, ok := mwt[wi+1]; ok {
				a, b := l.Range()
				surface := l.Fields[conllu.FORM]
				joined := ""
				for k := a; k <= b && k-1 < len(ds.Tokens); k++ {
					joined += ds.Tokens[k-1].Form
				}
				if joined != surface {
					at := indexFrom(text, surface, pos)
					for k := a; k <= b && k-1 < len(ds.Tokens); k++ {
						if at < 0 {
							cur.words = append(cur.words, span{-1, -1})
						} else {
							cur.words = append(cur.words, span{base + at, base + at + len(surface)})
						}
					}
					if at >= 0 {
						pos = at + len(surface)
					}
					continue
				}
			}
			if len(cur.words)-first > wi {
				continue // already placed as part of a multiword token
			}
			at := indexFrom(text, form, pos)
			if at < 0 {
				cur.words = append(cur.words, span{-1, -1})
				continue
			}
			cur.words = append(cur.words, span{base + at, base + at + len(form)})
			pos = at + len(form)
		}
		for _, t := range ds.Tokens {
			cur.tokens = append(cur.tokens, t)
			if t.Head <= 0 {
				cur.heads = append(cur.heads, -1)
			} else {
				cur.heads = append(cur.heads, first+t.Head-1)
			}
		}
	}
	return docs
}

// indexFrom finds form in text at or after pos, skipping only whitespace
// first; it falls back to a plain search.
func indexFrom(text, form string, pos int) int {
	if pos > len(text) {
		return -1
	}
	i := pos
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
		i++
	}
	if strings.HasPrefix(text[i:], form) {
		return i
	}
	if j := strings.Index(text[pos:], form); j >= 0 {
		return pos + j
	}
	return -1
}

// Raw runs the whole system on rebuilt documents and scores it against the
// gold spans. Every figure is an F1 over aligned words.
func Raw(gold []*conllu.Sentence, sys System) Report {
	docs := rebuild(gold)
	var r Report
	r.Sentences = len(gold)
	var tokC, tokG, tokS, senC, senG, senS int
	var c counts
	words := 0
	var elapsed time.Duration
	for di, gd := range docs {
		d := &doc.Document{ID: "d" + strconv.Itoa(di), Text: gd.text.String()}
		sys.Split(d)
		start := time.Now()
		for i := range d.Sentences {
			sys.Tag(&d.Sentences[i])
			sys.Parse(&d.Sentences[i])
			words += len(d.Sentences[i].Tokens)
		}
		elapsed += time.Since(start)
		// Sentences.
		gs := map[span]bool{}
		for _, s := range gd.sentences {
			gs[s] = true
		}
		senG += len(gd.sentences)
		senS += len(d.Sentences)
		for _, s := range d.Sentences {
			if gs[span{s.Start, s.End}] {
				senC++
			}
		}
		// Words: map gold span → gold index.
		gi := map[span]int{}
		for i, w := range gd.words {
			if w.start >= 0 {
				gi[w] = i
			}
		}
		tokG += len(gd.words)
		for _, s := range d.Sentences {
			tokS += len(s.Tokens)
			for _, t := range s.Tokens {
				g, ok := gi[span{t.Start, t.End}]
				if !ok {
					continue
				}
				tokC++
				// Head alignment: system head's span must be the gold head's span.
				headOK := false
				if t.Head == 0 {
					headOK = gd.heads[g] == -1
				} else if t.Head > 0 && t.Head <= len(s.Tokens) && gd.heads[g] >= 0 {
					h := s.Tokens[t.Head-1]
					headOK = gd.words[gd.heads[g]] == span{h.Start, h.End}
				}
				tt := t
				c.add(&gd.tokens[g], &tt, headOK)
			}
		}
	}
	tf := f1(tokC, tokG, tokS)
	sf := f1(senC, senG, senS)
	r.TokensF1, r.SentencesF1 = &tf, &sf
	r.UPOS = f1(c.upos, tokG, tokS)
	r.XPOS = f1(c.xpos, tokG, tokS)
	r.Lemma = f1(c.lemma, tokG, tokS)
	r.UAS = f1(c.uas, tokG, tokS)
	r.LAS = f1(c.las, tokG, tokS)
	if s := elapsed.Seconds(); s > 0 {
		r.WordsPerSec = float64(words) / s
	}
	return r
}
