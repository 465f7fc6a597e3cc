package main

import (
	"fmt"
	"os"
	"time"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/parser"
)

// trainParser implements "dyad train parser".
func trainParser(e *env, args []string) int {
	fs := newFlags(e, "train parser", "--train FILE --dev FILE -o MODEL [flags]",
		"Train the dependency parser on CoNLL-U files (forms, UPOS, XPOS, heads, relations).\n"+
			"Prints dev UAS/LAS after each epoch to stderr and keeps the best epoch.")
	trainPath := fs.String("train", "", "training CoNLL-U `file` (required)")
	devPath := fs.String("dev", "", "development CoNLL-U `file` used to pick the best epoch")
	out := fs.String("o", "", "write the model to `file` (gzip; - for stdout) (required)")
	epochs := fs.Int("epochs", 15, "training epochs")
	seed := fs.Int64("seed", 1, "random seed")
	explore := fs.Int("explore-from", 2, "first epoch that follows the parser's own predictions")
	ensemble := fs.Int("ensemble", 1, "train `N` models at once (seeds seed..seed+N-1) and sum them")
	minWeight := fs.Float64("min-weight", 0.05, "drop averaged weights of smaller magnitude (smaller, faster model)")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if *trainPath == "" || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "dyad train parser: --train and -o are required")
		fs.Usage()
		return exitUsage
	}
	train, err := readParserSentences(e, *trainPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
		return exitFail
	}
	var dev []doc.Sentence
	if *devPath != "" {
		if dev, err = readParserSentences(e, *devPath); err != nil {
			fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
			return exitFail
		}
	}
	start := time.Now()
	p, err := parser.Train(train, dev, parser.TrainOptions{
		Epochs: *epochs, Seed: *seed, ExploreFrom: *explore, MinWeight: float32(*minWeight),
		Ensemble: *ensemble}, e.stderr)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(e.stderr, "dyad train parser: trained in %s\n", time.Since(start).Round(time.Second))
	w, err := openOutput(e, *out)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
		return exitFail
	}
	if err := p.Save(w); err != nil {
		w.Close()
		fmt.Fprintf(e.stderr, "dyad train parser: writing %s: %v\n", *out, err)
		return exitFail
	}
	if err := w.Close(); err != nil {
		fmt.Fprintf(e.stderr, "dyad train parser: writing %s: %v\n", *out, err)
		return exitFail
	}
	if st, err := os.Stat(*out); err == nil {
		fmt.Fprintf(e.stderr, "dyad train parser: wrote %s (%.1f MB)\n", *out, float64(st.Size())/1e6)
	}
	return exitOK
}

// readParserSentences reads a CoNLL-U file into doc sentences.
func readParserSentences(e *env, name string) ([]doc.Sentence, error) {
	r, label, err := openInput(e, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	ss, err := conllu.ReadAll(r, label)
	if err != nil {
		return nil, err
	}
	out := make([]doc.Sentence, len(ss))
	for i, s := range ss {
		out[i] = conllu.ToDoc(s)
	}
	return out, nil
}
