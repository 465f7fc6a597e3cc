package main

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/pipeline"
)

func runParse(e *env, args []string) int {
	fs := newFlags(e, "parse", "[flags] [FILE|-]",
		`Split a text into sentences and tokens, tag and parse it, and write CoNLL-U:
"# sent_id" and "# text" comments, and each token's byte offsets into the input
in MISC as TokenRange=start:end. With no FILE, or with -, read standard input.`)
	out := fs.String("o", "-", "output `file` (- for standard output)")
	if code, ok := parseFlags(e, fs, args); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, "dyad parse: at most one input file")
		return exitUsage
	}
	in, name, err := openInput(e, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad parse: %v\n", err)
		return exitFail
	}
	text, err := io.ReadAll(in)
	in.Close()
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad parse: %s: %v\n", name, err)
		return exitFail
	}
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if name == "<stdin>" {
		id = "stdin"
	}
	d := &doc.Document{ID: id, Text: string(text)}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad parse: %v\n", err)
		return exitFail
	}
	if err := p.Annotate(d); err != nil {
		fmt.Fprintf(e.stderr, "dyad parse: %s: %v\n", name, err)
		return exitFail
	}
	w, err := openOutput(e, *out)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad parse: %v\n", err)
		return exitFail
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# newdoc id = %s\n", id)
	for i := range d.Sentences {
		if err := conllu.Write(bw, conllu.FromDoc(&d.Sentences[i])); err != nil {
			fmt.Fprintf(e.stderr, "dyad parse: %v\n", err)
			return exitFail
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "dyad parse: %v\n", err)
		return exitFail
	}
	if err := w.Close(); err != nil {
		fmt.Fprintf(e.stderr, "dyad parse: %v\n", err)
		return exitFail
	}
	return exitOK
}
