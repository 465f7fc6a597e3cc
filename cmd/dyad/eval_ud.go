package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/parser"
	"github.com/dyad-events/dyad/internal/tagger"
	"github.com/dyad-events/dyad/internal/tokenize"
	"github.com/dyad-events/dyad/internal/udeval"
)

func evalUD(e *env, args []string) int {
	fs := newFlags(e, "eval ud", "--gold FILE [--raw] [--json]",
		`Tag and parse the words of a gold CoNLL-U file and report upos, xpos, lemma,
uas and las (percentages, punctuation included, CoNLL 2018 style), words_per_sec
(tagging plus parsing on one core) and sentences. With --raw, run the whole
pipeline on each document's text rebuilt from the "# text" lines and also
report tokens_f1 and sentences_f1; the other figures become F1 over aligned words.`)
	gold := fs.String("gold", "", "gold CoNLL-U `file` (required)")
	raw := fs.Bool("raw", false, "split the raw text too")
	asJSON := fs.Bool("json", false, "print one JSON object")
	taggerFile := fs.String("tagger", "", "tagger model `file` (default: embedded)")
	parserFile := fs.String("parser", "", "parser model `file` (default: embedded)")
	g := gates{}
	fs.Var(g, "gate", "fail (exit 1) when a figure is under a floor: `name=min[,name=min]`")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if *gold == "" || fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "dyad eval ud: --gold FILE is required and takes no arguments")
		return exitUsage
	}
	f, err := os.Open(*gold)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval ud: %v\n", err)
		return exitFail
	}
	sents, err := conllu.ReadAll(f, *gold)
	f.Close()
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval ud: %v\n", err)
		return exitFail
	}
	tg, err := loadTagger(*taggerFile)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval ud: %v\n", err)
		return exitFail
	}
	ps, err := loadParser(*parserFile)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval ud: %v\n", err)
		return exitFail
	}
	// Warm the models before timing.
	warm := doc.Sentence{Tokens: []doc.Token{{Form: "Hello", Head: -1}}}
	tg.Tag(&warm)
	ps.Parse(&warm)
	sys := udeval.System{Split: tokenize.New().Split, Tag: tg.Tag, Parse: ps.Parse}
	prev := runtime.GOMAXPROCS(1)
	var r udeval.Report
	if *raw {
		r = udeval.Raw(sents, sys)
	} else {
		r = udeval.Gold(sents, sys)
	}
	runtime.GOMAXPROCS(prev)
	if *asJSON {
		b, _ := json.Marshal(r)
		fmt.Fprintln(e.stdout, string(b))
	} else {
		fmt.Fprintf(e.stdout, "sentences      %d\n", r.Sentences)
		if r.TokensF1 != nil {
			fmt.Fprintf(e.stdout, "tokens_f1      %.2f\nsentences_f1   %.2f\n", *r.TokensF1, *r.SentencesF1)
		}
		fmt.Fprintf(e.stdout, "upos           %.2f\nxpos           %.2f\nlemma          %.2f\nuas            %.2f\nlas            %.2f\nwords_per_sec  %.0f\n",
			r.UPOS, r.XPOS, r.Lemma, r.UAS, r.LAS, r.WordsPerSec)
	}
	figs := map[string]float64{"upos": r.UPOS, "xpos": r.XPOS, "lemma": r.Lemma, "uas": r.UAS, "las": r.LAS, "words_per_sec": r.WordsPerSec}
	if r.TokensF1 != nil {
		figs["tokens_f1"], figs["sentences_f1"] = *r.TokensF1, *r.SentencesF1
	}
	if !g.check(e, figs) {
		return exitFail
	}
	return exitOK
}

func loadTagger(path string) (*tagger.Tagger, error) {
	if path == "" {
		return tagger.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := tagger.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

func loadParser(path string) (*parser.Parser, error) {
	if path == "" {
		return parser.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := parser.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}
