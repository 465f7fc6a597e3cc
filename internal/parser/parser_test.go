package parser

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
)

// checkTree fails unless s holds one rooted, acyclic tree.
func checkTree(t *testing.T, s *doc.Sentence) {
	t.Helper()
	n := len(s.Tokens)
	roots := 0
	for i, tok := range s.Tokens {
		if tok.Head < 0 || tok.Head > n || tok.Head == i+1 {
			t.Fatalf("token %d: head %d out of range (n=%d)", i+1, tok.Head, n)
		}
		if tok.DepRel == "" {
			t.Fatalf("token %d: no relation", i+1)
		}
		if tok.Head == 0 {
			roots++
			if tok.DepRel != "root" {
				t.Fatalf("token %d: head 0 with relation %q", i+1, tok.DepRel)
			}
		} else if tok.DepRel == "root" {
			t.Fatalf("token %d: relation root with head %d", i+1, tok.Head)
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
	for i := range s.Tokens {
		steps := 0
		for h := i + 1; h != 0; h = s.Tokens[h-1].Head {
			if steps++; steps > n {
				t.Fatalf("cycle through token %d", i+1)
			}
		}
	}
}

func sent(words ...string) doc.Sentence {
	var s doc.Sentence
	for _, w := range words {
		form, tag, _ := strings.Cut(w, "/")
		s.Tokens = append(s.Tokens, doc.Token{Form: form, UPOS: tag, XPOS: tag, Head: -1})
	}
	return s
}

// toyTrain is a small hand-made treebank.
func toyTrain() []doc.Sentence {
	type arc struct {
		h   int
		rel string
	}
	mk := func(words string, arcs ...arc) doc.Sentence {
		s := sent(strings.Fields(words)...)
		for i, a := range arcs {
			s.Tokens[i].Head, s.Tokens[i].DepRel = a.h, a.rel
		}
		return s
	}
	return []doc.Sentence{
		mk("Rebels/NOUN attacked/VERB the/DET town/NOUN ./PUNCT",
			arc{2, "nsubj"}, arc{0, "root"}, arc{4, "det"}, arc{2, "obj"}, arc{2, "punct"}),
		mk("The/DET minister/NOUN resigned/VERB ./PUNCT",
			arc{2, "det"}, arc{3, "nsubj"}, arc{0, "root"}, arc{3, "punct"}),
		mk("Police/NOUN were/AUX attacked/VERB in/ADP Cairo/PROPN",
			arc{3, "nsubj:pass"}, arc{3, "aux:pass"}, arc{0, "root"}, arc{5, "case"}, arc{3, "obl"}),
		mk("Talks/NOUN ended/VERB on/ADP Monday/PROPN ./PUNCT",
			arc{2, "nsubj"}, arc{0, "root"}, arc{4, "case"}, arc{2, "obl"}, arc{2, "punct"}),
	}
}

func trainToy(t *testing.T) *Parser {
	t.Helper()
	tr := toyTrain()
	p, err := Train(tr, tr, TrainOptions{Epochs: 10, Seed: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestTrainLearnsToyTreebank(t *testing.T) {
	p := trainToy(t)
	if sc := Evaluate(p, toyTrain()); sc.LAS != 100 {
		t.Fatalf("LAS on the training sentences = %.1f, want 100", sc.LAS)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	p := trainToy(t)
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range toyTrain() {
		a, b := g, g
		a.Tokens = append([]doc.Token(nil), g.Tokens...)
		b.Tokens = append([]doc.Token(nil), g.Tokens...)
		p.Parse(&a)
		q.Parse(&b)
		for i := range a.Tokens {
			if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].DepRel != b.Tokens[i].DepRel {
				t.Fatalf("token %d: before save %d/%s, after load %d/%s", i+1,
					a.Tokens[i].Head, a.Tokens[i].DepRel, b.Tokens[i].Head, b.Tokens[i].DepRel)
			}
		}
	}
}

func TestCombine(t *testing.T) {
	tr := toyTrain()
	p, err := Train(tr, tr, TrainOptions{Epochs: 10, Seed: 3, Ensemble: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sc := Evaluate(p, tr); sc.LAS != 100 {
		t.Fatalf("ensemble LAS on the training sentences = %.1f, want 100", sc.LAS)
	}
	q := trainToy(t)
	double, err := Combine(q, q)
	if err != nil {
		t.Fatal(err)
	}
	if sc := Evaluate(double, tr); sc.LAS != 100 {
		t.Fatalf("a model summed with itself: LAS %.1f, want 100", sc.LAS)
	}
	other := &Parser{labels: []string{"root", "dep"}, leftOK: []bool{false, true}, rightOK: []bool{false, true}, w: q.w}
	if _, err := Combine(q, other); err == nil {
		t.Fatal("Combine accepted models with different relations")
	}
	if _, err := Combine(); err == nil {
		t.Fatal("Combine accepted no models")
	}
}

func TestLoadRejectsBadInput(t *testing.T) {
	p := trainToy(t)
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load accepted text")
	}
	for _, cut := range []int{10, len(good) / 2, len(good) - 5} {
		if _, err := Load(bytes.NewReader(good[:cut])); err == nil {
			t.Errorf("Load accepted a model cut at %d of %d bytes", cut, len(good))
		}
	}
}

func TestParseAlwaysGivesOneTree(t *testing.T) {
	empty := trainToy(t)
	if err := empty.Prune(1e9); err != nil { // no weights left: all ties
		t.Fatal(err)
	}
	old, err := Train(toyTrain(), nil, TrainOptions{Epochs: 10, Seed: 3, NoUnshift: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	parsers := map[string]*Parser{"toy": trainToy(t), "empty": empty, "no-unshift": old}
	if p, err := Default(); err == nil {
		parsers["default"] = p
	}
	rng := rand.New(rand.NewSource(7))
	tags := []string{"NOUN", "VERB", "PUNCT", "ADP", "DET", "", "_", "XYZ", "PROPN", "CCONJ"}
	words := []string{"the", "Blorft", "", "ß", "attacked", ",", "and", "1999", "\x00", "Zürich"}
	for name, p := range parsers {
		cases := []doc.Sentence{{}, sent("Hello/INTJ"), sent("./PUNCT"), sent("Qqq/"), sent("a/DET", "b/DET")}
		for _, n := range []int{2, 3, 7, 40, 500} {
			for k := 0; k < 5; k++ {
				var s doc.Sentence
				for i := 0; i < n; i++ {
					tg := tags[rng.Intn(len(tags))]
					s.Tokens = append(s.Tokens, doc.Token{Form: words[rng.Intn(len(words))], UPOS: tg, XPOS: tg})
				}
				cases = append(cases, s)
			}
		}
		for i := range cases {
			t.Run(fmt.Sprintf("%s/%d", name, i), func(t *testing.T) {
				p.Parse(&cases[i])
				checkTree(t, &cases[i])
			})
		}
	}
	var nilParser *Parser
	s := sent("x/X")
	nilParser.Parse(&s) // must not panic
	(&Parser{}).Parse(&s)
	checkTree(t, &s)
}

func TestProjectivize(t *testing.T) {
	// 1 <- 3, 3 -> 5 ... with 2 -> 4 crossing 3 -> 5: word 4's head 2 is
	// lifted to 2's head.
	gh := []int32{0, 3, 1, 0, 2, 3}
	if n := projectivize(gh); n == 0 {
		t.Fatal("no arc lifted")
	}
	want := []int32{0, 3, 1, 0, 3, 3}
	for i := range want {
		if gh[i] != want[i] {
			t.Fatalf("heads %v, want %v", gh, want)
		}
	}
}

func TestDefaultLoads(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Labels()) < 30 {
		t.Fatalf("default model has %d relations", len(p.Labels()))
	}
	s := sent("Protesters/NNS", "clashed/VBD", "with/IN", "police/NNS", "in/IN", "Cairo/NNP", "on/IN", "Friday/NNP", "./.")
	for i, u := range []string{"NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"} {
		s.Tokens[i].UPOS = u
	}
	p.Parse(&s)
	checkTree(t, &s)
	if s.Tokens[1].Head != 0 || s.Tokens[0].Head != 2 || s.Tokens[0].DepRel != "nsubj" {
		t.Errorf("want clashed as root with subject Protesters, got %+v", s.Tokens[:2])
	}
	var l Lazy
	a, err1 := l.Get()
	b, err2 := l.Get()
	if err1 != nil || err2 != nil || a != b {
		t.Fatalf("Lazy.Get: %v %v, same parser %v", err1, err2, a == b)
	}
}

// sharedEWT reads an EWT file under DYAD_SHARED, or skips.
func sharedEWT(tb testing.TB, name string) []doc.Sentence {
	tb.Helper()
	root := os.Getenv("DYAD_SHARED")
	if root == "" {
		tb.Skip("DYAD_SHARED is not set: skipping the EWT evaluation (set it to the shared folder, e.g. ../shared)")
	}
	var path string
	for _, p := range []string{
		filepath.Join(root, "data", "ud", "en_ewt", name),
		filepath.Join(root, "ud", "en_ewt", name),
	} {
		if _, err := os.Stat(p); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		tb.Fatalf("DYAD_SHARED=%s: no ud/en_ewt/%s under it (nor under its data/)", root, name)
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]doc.Sentence, len(ss))
	for i, s := range ss {
		out[i] = conllu.ToDoc(s)
	}
	return out
}

// TestDefaultEWTDev parses EWT dev with its gold tokens and tags.
func TestDefaultEWTDev(t *testing.T) {
	dev := sharedEWT(t, "en_ewt-ud-dev.conllu")
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := Evaluate(p, dev)
	t.Logf("EWT dev, gold tags: %d words, UAS %.2f, LAS %.2f", sc.Tokens, sc.UAS, sc.LAS)
	const minUAS, minLAS = 88.0, 86.0
	if sc.UAS < minUAS || sc.LAS < minLAS {
		t.Fatalf("EWT dev UAS %.2f LAS %.2f, want at least %.1f / %.1f", sc.UAS, sc.LAS, minUAS, minLAS)
	}
}

// BenchmarkParse parses EWT dev (gold tags); words/s is the figure to report.
func BenchmarkParse(b *testing.B) {
	dev := sharedEWT(b, "en_ewt-ud-dev.conllu")
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, s := range dev {
		words += len(s.Tokens)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range dev {
			p.Parse(&dev[j])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// randomProjective returns the heads (index 0 unused) of a random
// projective tree over n words with one root.
func randomProjective(rng *rand.Rand, n int) []int32 {
	gh := make([]int32, n+1)
	var build func(lo, hi, h int32)
	build = func(lo, hi, h int32) { // words lo..hi all depend on h or below
		if lo > hi {
			return
		}
		r := lo + rng.Int31n(hi-lo+1)
		gh[r] = h
		build(lo, r-1, r)
		build(r+1, hi, r)
	}
	root := 1 + rng.Int31n(int32(n))
	gh[root] = 0
	build(1, root-1, root)
	build(root+1, int32(n), root)
	return gh
}

// TestUnshiftSystem checks the transition system with the tree constraint:
// any sequence of legal moves ends in one rooted tree, and always taking a
// zero-cost move rebuilds the gold tree, from the start or after the
// unshift phase has begun.
func TestUnshiftSystem(t *testing.T) {
	for _, late := range []bool{false, true} {
		t.Run(fmt.Sprintf("rootLate=%v", late), func(t *testing.T) { testUnshiftSystem(t, late) })
	}
}

func testUnshiftSystem(t *testing.T, late bool) {
	p := &Parser{labels: []string{"root", "dep"}, rootLabel: 0, leftOK: []bool{false, true}, rightOK: []bool{false, true}, unshift: true, rootLate: late}
	nl := p.nLabels()
	rng := rand.New(rand.NewSource(11))
	scores := make([]float32, p.nActions())
	cost := make([]int32, p.nActions())
	var st state
	unshifted := 0
	for it := 0; it < 3000; it++ {
		n := 1 + rng.Intn(12)
		gh := randomProjective(rng, n)
		ex := &example{gh: gh, gl: make([]int32, n+1)}
		for d := 1; d <= n; d++ {
			if gh[d] != 0 {
				ex.gl[d] = 1
			}
		}
		// explore: random legal moves for a while, then the oracle.
		randomSteps := 0 // it%3 == 1: the oracle alone
		switch it % 3 {
		case 0:
			randomSteps = 1 << 30
		case 2:
			randomSteps = rng.Intn(3 * n)
		}
		st.reset(n)
		st.rootLate = late
		sawUnshift := false
		for step := 0; !st.settle(); step++ {
			if st.u >= 0 {
				sawUnshift = true
			}
			for i := range scores {
				scores[i] = rng.Float32()
			}
			a := bestLegal(p, &st, scores)
			if a < 0 {
				t.Fatalf("sentence %d: no legal move (stack %v, b %d, u %d)", it, st.stack, st.b, st.u)
			}
			if step >= randomSteps {
				a = p.bestZeroCost(&st, ex, scores, cost)
			}
			st.apply(a, nl)
		}
		if sawUnshift {
			unshifted++
		}
		roots := 0
		for d := 1; d <= n; d++ {
			if st.head[d] < 0 {
				t.Fatalf("sentence %d: word %d has no head", it, d)
			}
			if st.head[d] == 0 {
				roots++
				if st.lab[d] != p.rootLabel {
					t.Fatalf("sentence %d: word %d on ROOT with label %d", it, d, st.lab[d])
				}
			}
		}
		if roots != 1 {
			t.Fatalf("sentence %d: %d roots", it, roots)
		}
		if randomSteps == 0 {
			for d := 1; d <= n; d++ {
				if st.head[d] != gh[d] || st.lab[d] != ex.gl[d] {
					t.Fatalf("sentence %d: oracle gave word %d head %d, gold %d", it, d, st.head[d], gh[d])
				}
			}
		}
	}
	if unshifted == 0 {
		t.Fatal("no parse used unshift")
	}
}

// TestUnshiftOracleFromEndPhase: once words are unshifted, the oracle
// attaches them as gold says when their gold arcs are still within reach.
func TestUnshiftOracleFromEndPhase(t *testing.T) {
	p := &Parser{labels: []string{"root", "dep"}, rootLabel: 0, leftOK: []bool{false, true}, rightOK: []bool{false, true}, unshift: true}
	// "a b c": gold b is the root, a <- b -> c. Shift everything: the end
	// phase must build the tree from the stack alone.
	gh := []int32{0, 2, 0, 2}
	ex := &example{gh: gh, gl: []int32{0, 1, 0, 1}}
	var st state
	st.reset(3)
	for st.canShift() {
		st.apply(actShift, p.nLabels())
	}
	scores := make([]float32, p.nActions())
	cost := make([]int32, p.nActions())
	for !st.settle() {
		st.apply(p.bestZeroCost(&st, ex, scores, cost), p.nLabels())
	}
	for d := int32(1); d <= 3; d++ {
		if st.head[d] != gh[d] {
			t.Fatalf("word %d: head %d, gold %d", d, st.head[d], gh[d])
		}
	}
}

func TestPossessorOfNoun(t *testing.T) {
	// "Peru 's Congress declared" with "Peru" an nmod:poss of the verb.
	toks := []doc.Token{
		{Form: "Peru", UPOS: "PROPN", Head: 4, DepRel: "nmod:poss"},
		{Form: "'s", UPOS: "PART", Head: 1, DepRel: "case"},
		{Form: "Congress", UPOS: "PROPN", Head: 4, DepRel: "nsubj"},
		{Form: "declared", UPOS: "VERB", Head: 0, DepRel: "root"},
	}
	possessorOfNoun(toks)
	if toks[0].Head != 3 {
		t.Errorf("possessor's head = %d, want 3 (Congress)", toks[0].Head)
	}
	// a possessor already on its noun is left alone
	toks[0].Head = 3
	possessorOfNoun(toks)
	if toks[0].Head != 3 {
		t.Errorf("possessor moved to %d", toks[0].Head)
	}
}
