package main

import (
	"fmt"
	"os"
	"strings"
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
	combine := fs.String("combine", "", "instead of training, sum the comma-separated `models` (see --ensemble) and write them to -o")
	prune := fs.Float64("prune", 0, "drop weights below this magnitude from the written model (0: keep all)")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if *combine != "" && *out != "" && fs.NArg() == 0 {
		return combineParsers(e, strings.Split(*combine, ","), *prune, *out, *devPath)
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
	if *prune > 0 {
		if err := p.Prune(float32(*prune)); err != nil {
			fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
			return exitFail
		}
	}
	return saveParser(e, p, *out)
}

// saveParser writes p to out.
func saveParser(e *env, p *parser.Parser, out string) int {
	w, err := openOutput(e, out)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
		return exitFail
	}
	if err := p.Save(w); err != nil {
		w.Close()
		fmt.Fprintf(e.stderr, "dyad train parser: writing %s: %v\n", out, err)
		return exitFail
	}
	if err := w.Close(); err != nil {
		fmt.Fprintf(e.stderr, "dyad train parser: writing %s: %v\n", out, err)
		return exitFail
	}
	if st, err := os.Stat(out); err == nil {
		fmt.Fprintf(e.stderr, "dyad train parser: wrote %s (%.1f MB)\n", out, float64(st.Size())/1e6)
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

// combineParsers sums the models in paths (parser.Combine), prunes the sum
// and writes it to out, reporting dev accuracy when dev is given.
func combineParsers(e *env, paths []string, prune float64, out, dev string) int {
	var ps []*parser.Parser
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
			return exitFail
		}
		p, err := parser.Load(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad train parser: %s: %v\n", path, err)
			return exitFail
		}
		ps = append(ps, p)
	}
	p, err := parser.Combine(ps...)
	if err == nil && prune > 0 {
		err = p.Prune(float32(prune))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
		return exitFail
	}
	if dev != "" {
		ss, err := readParserSentences(e, dev)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad train parser: %v\n", err)
			return exitFail
		}
		sc := parser.Evaluate(p, ss)
		fmt.Fprintf(e.stderr, "dyad train parser: %d models combined: dev UAS %.2f LAS %.2f\n", len(ps), sc.UAS, sc.LAS)
	}
	return saveParser(e, p, out)
}
