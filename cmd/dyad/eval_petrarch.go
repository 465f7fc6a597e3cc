package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	dictsfs "github.com/dyad-events/dyad/dicts"
	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/coder"
	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/verbs"
)

// petrScore is the result of one evaluation run.
type petrScore struct {
	File         string     `json:"file"`
	Parses       string     `json:"parses"`
	Records      int        `json:"records"`
	ExactRecords int        `json:"records_exact"`
	Crashed      int        `json:"records_failed"`
	TP           int        `json:"tp"`
	Gold         int        `json:"gold"`
	Produced     int        `json:"produced"`
	Precision    float64    `json:"precision"`
	Recall       float64    `json:"recall"`
	F1           float64    `json:"f1"`
	RootExact    int        `json:"root_records_exact"`
	RootTP       int        `json:"root_tp"`
	RootGold     int        `json:"root_gold"`
	RootProduced int        `json:"root_produced"`
	RootP        float64    `json:"root_precision"`
	RootR        float64    `json:"root_recall"`
	RootF1       float64    `json:"root_f1"`
	Misses       []petrDiff `json:"misses,omitempty"`
	Extras       []petrDiff `json:"extras,omitempty"`
}

type petrDiff struct {
	Record string `json:"record"`
	Event  string `json:"event"` // "SOURCE TARGET CODE"
	Text   string `json:"text,omitempty"`
}

// loadPetrDicts loads the dictionaries an <Environment> names from dir;
// verbFiles, when set, replaces the verb file.
func loadPetrDicts(dir string, env petrarch.Environment, verbFiles []string) (*coder.PetrarchDicts, error) {
	f := coder.PetrarchFiles{Verbs: verbFiles, Actors: env.ActorFiles}
	if len(f.Verbs) == 0 && env.VerbFile != "" {
		f.Verbs = []string{env.VerbFile}
	}
	if len(f.Verbs) == 0 {
		return nil, fmt.Errorf("no verb dictionary: the file's <Environment> names none (use --verbs)")
	}
	if env.AgentFile != "" {
		f.Agents = []string{env.AgentFile}
	}
	if env.DiscardFile != "" {
		f.Discards = []string{env.DiscardFile}
	}
	return coder.LoadPetrarch(dir, f)
}

func evalPetrarch(e *env, args []string) int {
	fs := newFlags(e, "eval petrarch", "FILE.xml [flags]",
		"Code the records of a PETRARCH records file and score exact (source, target, code)\n"+
			"triples per record against its <EventCoding> gold, de-duplicated, and the same at\n"+
			"the two-digit root.")
	dicts := fs.String("dicts", "", "folder of the PETRARCH dictionaries named in the file's <Environment> (default: the file's folder)")
	verbsFlag := fs.String("verbs", "", "comma-separated verb dictionaries to use instead of the <Environment>'s (relative to --dicts)")
	parses := fs.String("parses", "supplied", "supplied: the record's CoNLL-U <Parse>; own: dyad parses <Text>")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	verbose := fs.Bool("verbose", false, "list each missed and extra event")
	trace := fs.String("trace", "", "print the mentions and events of the record with this id")
	allowMissing := fs.Bool("allow-missing-target", false, "code events that have a source but no target")
	nonfactual := fs.Bool("include-nonfactual", false, "keep negated, conditional, question and intent events")
	dyadVerbs := fs.Bool("dyad-verbs", false, "code with dyad's own embedded verb dictionary (dicts/verbs) instead of the PETRARCH verb file")
	dyadDicts := fs.Bool("dyad-dicts", false, "code with all of dyad's own embedded dictionaries (actors, agents, people, places, verbs), as 'dyad code'\n"+
		"does, instead of the PETRARCH files; each record's date picks the dated codes. --dicts and --verbs are then ignored")
	g := gates{}
	fs.Var(g, "gate", "NAME=MIN: fail (exit 1) when a figure (f1, precision, recall, root_f1, records_failed_max) is under MIN")
	files, code, ok := parseInterspersed(e, fs, args)
	if !ok {
		return code
	}
	if len(files) != 1 {
		fmt.Fprintln(e.stderr, "dyad eval petrarch: want exactly one FILE.xml")
		return exitUsage
	}
	if *parses != "supplied" && *parses != "own" {
		fmt.Fprintf(e.stderr, "dyad eval petrarch: --parses %q: want supplied or own\n", *parses)
		return exitUsage
	}
	path := files[0]
	r, name, err := openInput(e, path)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval petrarch: %v\n", err)
		return exitFail
	}
	rf, err := petrarch.ReadRecords(r, name)
	r.Close()
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval petrarch: %v\n", err)
		return exitFail
	}
	for _, w := range rf.Errors {
		fmt.Fprintf(e.stderr, "warning: %v\n", w)
	}
	var pl *pipeline.Pipeline
	if *parses == "own" || *dyadDicts {
		pl, err = pipeline.New(pipeline.Options{IncludeNonfactual: *nonfactual, AllowMissingTarget: *allowMissing})
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad eval petrarch: %v\n", err)
			return exitFail
		}
	}
	var codeDoc func(d *doc.Document)
	if *dyadDicts {
		// dyad's own stages, as "dyad code" builds them: the embedded
		// lexicon (countries, IGOs, agents, places, people) and verbs.
		if err := pl.Code(&doc.Document{}); err != nil {
			fmt.Fprintf(e.stderr, "dyad eval petrarch: dyad dictionaries: %v\n", err)
			return exitFail
		}
		codeDoc = func(d *doc.Document) { pl.Code(d) }
	} else {
		cd, res, code := petrarchCoder(e, path, *dicts, *verbsFlag, rf.Environment, *verbose, *dyadVerbs, *allowMissing, *nonfactual)
		if cd == nil {
			return code
		}
		codeDoc = func(d *doc.Document) {
			res.Resolve(d)
			cd.Code(d)
		}
	}
	sc := scorePetrarch(e, rf, *parses, pl, codeDoc, *verbose, *trace)
	sc.File = name
	sc.Parses = *parses
	if *asJSON {
		out := sc
		if !*verbose {
			out.Misses, out.Extras = nil, nil
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.Encode(out)
	} else {
		printPetrScore(e, sc, *verbose)
	}
	figures := map[string]float64{"f1": sc.F1, "precision": sc.Precision, "recall": sc.Recall, "root_f1": sc.RootF1,
		"records_failed_max": -float64(sc.Crashed)}
	if len(g) > 0 && !g.check(e, figures) {
		return exitFail
	}
	if sc.Crashed > 0 {
		return exitPartial
	}
	return exitOK
}

// petrarchCoder builds the actor stage and coder over the PETRARCH
// dictionaries a records file's <Environment> names (in dictsDir, default
// the file's folder); verbsFlag replaces its verb files and dyadVerbs puts
// dyad's own verb dictionary in their place. A nil coder means failure,
// with the exit code.
func petrarchCoder(e *env, path, dictsDir, verbsFlag string, environ petrarch.Environment, verbose, dyadVerbs, allowMissing, nonfactual bool) (*coder.Coder, *actors.Resolver, int) {
	dir := dictsDir
	if dir == "" {
		dir = filepath.Dir(path)
	}
	var vf []string
	if verbsFlag != "" {
		for _, v := range strings.Split(verbsFlag, ",") {
			if v = strings.TrimSpace(v); v != "" {
				vf = append(vf, v)
			}
		}
	}
	pd, err := loadPetrDicts(dir, environ, vf)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval petrarch: dictionaries: %v\n", err)
		return nil, nil, exitFail
	}
	if verbose {
		for _, w := range pd.Warnings {
			fmt.Fprintf(e.stderr, "dictionary warning: %v\n", w)
		}
	}
	if dyadVerbs {
		vd, errs := verbs.LoadDyad(dictsfs.FS())
		if len(errs) > 0 {
			fmt.Fprintf(e.stderr, "dyad eval petrarch: dyad verb dictionary: %v\n", errs[0])
			return nil, nil, exitFail
		}
		pd.Verbs = vd
	}
	ont, err := cameo.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad eval petrarch: ontology: %v (codes left as written)\n", err)
		ont = nil
	}
	res := pd.Resolver()
	cd := coder.New(pd.Verbs, ont, coder.Options{AllowMissingTarget: allowMissing, IncludeNonfactual: nonfactual})
	cd.Skip = res.Discarded
	return cd, res, exitOK
}

// recordDoc builds the document of one record.
func recordDoc(rec petrarch.Record, parses string, pl *pipeline.Pipeline) (*doc.Document, error) {
	d := &doc.Document{ID: rec.ID, Date: rec.ISODate, Text: rec.PlainText()}
	if parses == "own" {
		if err := pl.Annotate(d); err != nil {
			return nil, fmt.Errorf("record %s: %v", rec.ID, err)
		}
		return d, nil
	}
	switch rec.ParseKind {
	case petrarch.ParsePenn:
		return nil, fmt.Errorf("%s:%d: record %s: the <Parse> is a Penn Treebank tree, not CoNLL-U; use --parses own to parse the <Text> with dyad", rec.File, rec.ParseLine, rec.ID)
	case petrarch.ParseNone:
		return nil, fmt.Errorf("%s:%d: record %s: no <Parse>; use --parses own", rec.File, rec.Line, rec.ID)
	}
	cs, err := rec.ConllU()
	if err != nil {
		return nil, err
	}
	s := conllu.ToDoc(cs)
	if s.Text == "" {
		s.Text = d.Text
	}
	d.Sentences = []doc.Sentence{s}
	return d, nil
}

func triple(src, tgt, code string) string { return src + " " + tgt + " " + code }

func scorePetrarch(e *env, rf *petrarch.RecordFile, parses string, pl *pipeline.Pipeline, codeDoc func(*doc.Document), verbose bool, trace string) petrScore {
	var sc petrScore
	pennRefused := false
	shown := 0
	for _, rec := range rf.Records {
		sc.Records++
		gold := map[string]bool{}
		goldRoot := map[string]bool{}
		for _, g := range rec.Gold {
			if g.Code == "" {
				continue
			}
			gold[triple(g.Source, g.Target, g.Code)] = true
			goldRoot[triple(g.Source, g.Target, root2(g.Code))] = true
		}
		got := map[string]bool{}
		gotRoot := map[string]bool{}
		d, err := recordDoc(rec, parses, pl)
		if err != nil {
			sc.Crashed++
			// One message per kind of failure is enough unless --verbose.
			if verbose || (!pennRefused && shown < 3) {
				fmt.Fprintf(e.stderr, "%v\n", err)
				shown++
			}
			if rec.ParseKind == petrarch.ParsePenn && parses == "supplied" {
				pennRefused = true
			}
		} else {
			func() {
				defer func() {
					if r := recover(); r != nil {
						sc.Crashed++
						fmt.Fprintf(e.stderr, "record %s: internal error: %v\n", rec.ID, r)
					}
				}()
				codeDoc(d)
			}()
			if trace != "" && (trace == rec.ID || trace == "all") {
				for _, s := range d.Sentences {
					fmt.Fprintf(e.stdout, "%s: %s\n", rec.ID, s.Text)
					for _, m := range s.Mentions {
						fmt.Fprintf(e.stdout, "  mention %d-%d head %d %q %s (%s)\n", m.First, m.Last, m.Head, m.Text, m.Code, m.Rule)
					}
					for _, ev := range s.Events {
						tgt := "---"
						if ev.Target != nil {
							tgt = ev.Target.Code
						}
						fmt.Fprintf(e.stdout, "  event %s %s %s %s [%s] %s\n", ev.Source.Code, tgt, ev.CAMEO, ev.Factuality, ev.Evidence.Predicate, ev.Evidence.Rule)
					}
				}
			}
			for _, s := range d.Sentences {
				for _, ev := range s.Events {
					tgt := "---"
					if ev.Target != nil {
						tgt = ev.Target.Code
					}
					got[triple(ev.Source.Code, tgt, ev.CAMEO)] = true
					gotRoot[triple(ev.Source.Code, tgt, root2(ev.CAMEO))] = true
				}
			}
		}
		tp := 0
		// (in sorted order, so that --verbose and --json list the same
		// run the same way every time)
		for _, k := range sortedKeys(got) {
			if gold[k] {
				tp++
			} else if verbose {
				sc.Extras = append(sc.Extras, petrDiff{Record: rec.ID, Event: k, Text: rec.PlainText()})
			}
		}
		for _, k := range sortedKeys(gold) {
			if !got[k] && verbose {
				sc.Misses = append(sc.Misses, petrDiff{Record: rec.ID, Event: k, Text: rec.PlainText()})
			}
		}
		sc.TP += tp
		sc.Gold += len(gold)
		sc.Produced += len(got)
		if tp == len(gold) && tp == len(got) {
			sc.ExactRecords++
		}
		rtp := 0
		for k := range gotRoot {
			if goldRoot[k] {
				rtp++
			}
		}
		sc.RootTP += rtp
		sc.RootGold += len(goldRoot)
		sc.RootProduced += len(gotRoot)
		if rtp == len(goldRoot) && rtp == len(gotRoot) {
			sc.RootExact++
		}
	}
	sc.Precision, sc.Recall, sc.F1 = prf(sc.TP, sc.Produced, sc.Gold)
	sc.RootP, sc.RootR, sc.RootF1 = prf(sc.RootTP, sc.RootProduced, sc.RootGold)
	sort.SliceStable(sc.Misses, func(i, j int) bool { return false })
	return sc
}

func root2(code string) string {
	if len(code) >= 2 {
		return code[:2]
	}
	return code
}

// sortedKeys are the keys of a set in order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func prf(tp, produced, gold int) (p, r, f float64) {
	if produced > 0 {
		p = float64(tp) / float64(produced)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func printPetrScore(e *env, sc petrScore, verbose bool) {
	w := e.stdout
	if verbose {
		byRec := map[string][]string{}
		var order []string
		texts := map[string]string{}
		add := func(d petrDiff, kind string) {
			if _, ok := byRec[d.Record]; !ok {
				order = append(order, d.Record)
			}
			byRec[d.Record] = append(byRec[d.Record], kind+" "+d.Event)
			texts[d.Record] = d.Text
		}
		for _, d := range sc.Misses {
			add(d, "miss ")
		}
		for _, d := range sc.Extras {
			add(d, "extra")
		}
		for _, id := range order {
			fmt.Fprintf(w, "%s: %s\n", id, texts[id])
			for _, l := range byRec[id] {
				fmt.Fprintf(w, "    %s\n", l)
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "file            %s (parses: %s)\n", sc.File, sc.Parses)
	fmt.Fprintf(w, "records         %d (%d failed)\n", sc.Records, sc.Crashed)
	fmt.Fprintf(w, "                exact triples        root (2-digit)\n")
	fmt.Fprintf(w, "records right   %-20d %d\n", sc.ExactRecords, sc.RootExact)
	fmt.Fprintf(w, "TP              %-20d %d\n", sc.TP, sc.RootTP)
	fmt.Fprintf(w, "gold            %-20d %d\n", sc.Gold, sc.RootGold)
	fmt.Fprintf(w, "produced        %-20d %d\n", sc.Produced, sc.RootProduced)
	fmt.Fprintf(w, "precision       %-20.3f %.3f\n", sc.Precision, sc.RootP)
	fmt.Fprintf(w, "recall          %-20.3f %.3f\n", sc.Recall, sc.RootR)
	fmt.Fprintf(w, "F1              %-20.3f %.3f\n", sc.F1, sc.RootF1)
}
