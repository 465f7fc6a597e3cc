package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/tagger"
)

const trainUsage = `Usage: dyad train <model> [flags]

Models:
  tagger   part-of-speech tagger and lemmatizer (dyad train tagger --help)
  parser   dependency parser (dyad train parser --help)
`

// runTrain dispatches on the model to train.
func runTrain(e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, trainUsage)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(e.stdout, trainUsage)
		return exitOK
	case "tagger":
		return trainTagger(e, args[1:])
	case "parser":
		// The parser engineer owns trainParser (cmd/dyad/train_parser.go).
		return trainParser(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "dyad train: unknown model %q\n\n%s", args[0], trainUsage)
	return exitUsage
}

// predictPairs is a repeatable IN=OUT flag.
type predictPairs [][2]string

func (p *predictPairs) String() string { return fmt.Sprint(*p) }

func (p *predictPairs) Set(v string) error {
	in, out, ok := strings.Cut(v, "=")
	if !ok || in == "" || out == "" {
		return fmt.Errorf("want IN=OUT, got %q", v)
	}
	*p = append(*p, [2]string{in, out})
	return nil
}

func trainTagger(e *env, args []string) int {
	fs := newFlags(e, "train tagger", "--train FILE --dev FILE (-o MODEL | --jackknife K --jk-out FILE) [flags]",
		"Train the part-of-speech tagger and lemmatizer on CoNLL-U files (gold tokens,\n"+
			"UPOS, XPOS, lemmas). Prints each epoch's dev accuracy to stderr, keeps the\n"+
			"epoch that scores best on dev, and writes the model (gzip-compressed).\n"+
			"With --jackknife K it also writes the training set with tags predicted by\n"+
			"K-fold jackknifing (for training the parser on predicted tags).")
	trainFile := fs.String("train", "", "training CoNLL-U `file` (required)")
	devFile := fs.String("dev", "", "development CoNLL-U `file` for choosing the epoch")
	out := fs.String("o", "", "write the model to `file` (required; - for stdout)")
	epochs := fs.Int("epochs", 10, "training epochs")
	seed := fs.Int64("seed", 1, "seed for the shuffle of the training order")
	stages := fs.Int("stages", 2, "1: one left-to-right pass; 2: add a second pass that sees the first pass's tags of the words to the right")
	jk := fs.Int("jackknife", 0, "also jackknife the training set with `K` folds")
	jkEpochs := fs.Int("jk-epochs", 0, "epochs for each jackknife fold (default: --epochs)")
	jkOut := fs.String("jk-out", "", "write the jackknifed training set to `file`")
	wordnet := fs.String("wordnet", "", "WordNet dictionary `dir` (index.*, *.exc, cntlist.rev; e.g. /usr/share/wordnet) for lexicon features stored in the model")
	words := fs.String("words", "", "comma-separated word list `files` (one word a line, e.g. /usr/share/dict/american-english-large) for lexicon features stored in the model")
	foldEpochs := fs.Int("fold-epochs", 0, "epochs of the first-stage models that tag the training set for the second stage (default 5)")
	rareMax := fs.Int("rare-max", 0, "training words seen at most `N` times may lose their identity features (default 1)")
	rareDrop := fs.Float64("rare-drop", 0, "chance that such a word loses them (default 0.5; negative: never)")
	var preds predictPairs
	fs.Var(&preds, "predict", "after training, tag CoNLL-U `IN=OUT` with the model (UPOS and XPOS replaced, other columns kept); repeatable")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if *trainFile == "" || (*out == "" && *jk == 0) || fs.NArg() > 0 || (*jk > 0) != (*jkOut != "") || (*out == "" && len(preds) > 0) {
		fmt.Fprintln(e.stderr, "dyad train tagger: need --train, and -o or --jackknife K --jk-out FILE (-o also with --predict); no arguments")
		fs.Usage()
		return exitUsage
	}
	train, trainCS, err := readCoNLLU(e, *trainFile)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train tagger: %v\n", err)
		return exitFail
	}
	var dev []doc.Sentence
	if *devFile != "" {
		if dev, _, err = readCoNLLU(e, *devFile); err != nil {
			fmt.Fprintf(e.stderr, "dyad train tagger: %v\n", err)
			return exitFail
		}
	}
	opts := tagger.TrainOptions{Epochs: *epochs, Seed: *seed, Stages: *stages, RareMax: *rareMax, RareDrop: *rareDrop, FoldEpochs: *foldEpochs}
	if *wordnet != "" || *words != "" {
		var lists []string
		if *words != "" {
			lists = strings.Split(*words, ",")
		}
		lx, err := tagger.ReadLexicon(*wordnet, lists...)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad train tagger: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(e.stderr, "lexicon: %d words\n", lx.Len())
		opts.Lexicon = lx
	}
	if *out != "" {
		if code := trainTaggerModel(e, train, dev, opts, *out, preds); code != exitOK {
			return code
		}
	}
	if *jk > 0 {
		o := opts
		if *jkEpochs > 0 {
			o.Epochs = *jkEpochs
		}
		t1 := time.Now()
		tagged, err := tagger.Jackknife(train, dev, *jk, o, e.stderr)
		if err == nil {
			err = writeTagged(*jkOut, trainCS, tagged)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad train tagger: jackknife: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(e.stderr, "jackknifed %d folds in %.1fs → %s\n", *jk, time.Since(t1).Seconds(), *jkOut)
	}
	return exitOK
}

// trainTaggerModel trains on all of train, writes the model to out and
// tags the --predict files.
func trainTaggerModel(e *env, train, dev []doc.Sentence, opts tagger.TrainOptions, out string, preds predictPairs) int {
	t0 := time.Now()
	t, err := tagger.Train(train, dev, opts, e.stderr)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train tagger: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(e.stderr, "trained in %.1fs\n", time.Since(t0).Seconds())
	w, err := openOutput(e, out)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train tagger: %v\n", err)
		return exitFail
	}
	if err := t.Save(w); err != nil {
		w.Close()
		fmt.Fprintf(e.stderr, "dyad train tagger: writing %s: %v\n", out, err)
		return exitFail
	}
	if err := w.Close(); err != nil {
		fmt.Fprintf(e.stderr, "dyad train tagger: writing %s: %v\n", out, err)
		return exitFail
	}
	for _, p := range preds {
		ds, cs, err := readCoNLLU(e, p[0])
		if err == nil {
			for i := range ds {
				t.Tag(&ds[i])
			}
			err = writeTagged(p[1], cs, ds)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad train tagger: --predict %s=%s: %v\n", p[0], p[1], err)
			return exitFail
		}
		fmt.Fprintf(e.stderr, "tagged %s → %s\n", p[0], p[1])
	}
	return exitOK
}

// readCoNLLU reads a CoNLL-U file (- for stdin) as doc sentences and as written.
func readCoNLLU(e *env, name string) ([]doc.Sentence, []*conllu.Sentence, error) {
	r, nm, err := openInput(e, name)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	cs, err := conllu.ReadAll(r, nm)
	if err != nil {
		return nil, nil, err
	}
	ds := make([]doc.Sentence, len(cs))
	for i, s := range cs {
		ds[i] = conllu.ToDoc(s)
	}
	return ds, cs, nil
}

// writeTagged writes cs with the UPOS and XPOS of ds put into its word lines.
func writeTagged(name string, cs []*conllu.Sentence, ds []doc.Sentence) error {
	for i, s := range cs {
		k := 0
		for j := range s.Lines {
			l := &s.Lines[j]
			if l.Kind() != conllu.Word {
				continue
			}
			if k >= len(ds[i].Tokens) {
				return fmt.Errorf("sentence %d: word count changed", i+1)
			}
			l.Fields[conllu.UPOS] = orUnderscore(ds[i].Tokens[k].UPOS)
			l.Fields[conllu.XPOS] = orUnderscore(ds[i].Tokens[k].XPOS)
			k++
		}
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := conllu.WriteAll(f, cs); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func orUnderscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
