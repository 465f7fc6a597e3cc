package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/dicts"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/lexicon"
	"github.com/dyad-events/dyad/internal/tokenize"
	"github.com/dyad-events/dyad/internal/verbs"
)

func runDict(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		w := e.stdout
		if len(args) == 0 {
			w = e.stderr
		}
		fmt.Fprintln(w, "Usage: dyad dict <check|lookup|import-petrarch> [flags] [args]")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "  check DIR                      validate a folder of dyad dictionaries")
		fmt.Fprintln(w, "  lookup PHRASE [--date D]       show how a phrase resolves and why")
		fmt.Fprintln(w, "  import-petrarch SRC DST        convert PETRARCH dictionaries to dyad's format")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "The format is described in docs/DICTIONARIES.md.")
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "check":
		return runDictCheck(e, args[1:])
	case "lookup":
		return runDictLookup(e, args[1:])
	case "import-petrarch":
		return runDictImport(e, args[1:])
	}
	fmt.Fprintf(e.stderr, "dyad dict: unknown subcommand %q (want check, lookup or import-petrarch)\n", args[0])
	return exitUsage
}

// parseInterspersed parses flags that may follow positional arguments.
func parseInterspersed(e *env, fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	for {
		if code, ok := parseFlags(e, fs, args); !ok {
			return nil, code, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, 0, true
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// cameoValidator checks codes against internal/cameo.
func cameoValidator() lexicon.CodeValidator {
	return func(code string, k lexicon.Kind) error {
		_, err := cameo.ParseActor(code)
		return err
	}
}

func runDictCheck(e *env, args []string) int {
	fs := newFlags(e, "dict check", "[--json] DIR",
		"Validate a folder of dyad dictionaries (*.txt, and verb files *.dyv): syntax, dates,\n"+
			"unknown CAMEO actor and event codes, overlapping date ranges and names claimed twice.\n"+
			"Exits 1 when there are errors.\n"+
			"DIR \"-\" or \"embedded\" checks the dictionaries built into dyad.")
	asJSON := fs.Bool("json", false, "print a JSON report")
	pos, code, ok := parseInterspersed(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fs.Usage()
		return exitUsage
	}
	fsys := dictFS(pos[0])
	errs := lexicon.Check(fsys, cameoValidator())
	l, _ := lexicon.Load(fsys)
	counts := map[string]int{}
	for _, en := range l.Entries() {
		counts[en.Kind.String()]++
	}
	// dyad's verb files (*.dyv): syntax, synsets and event codes.
	vl := verbs.NewDyadLoader()
	errs = append(errs, vl.AddFS(fsys)...)
	if ont, err := cameo.Load(); err != nil {
		errs = append(errs, fmt.Errorf("CAMEO event codes: %w", err))
	} else {
		errs = append(errs, vl.Check(func(c string) bool { _, ok := ont.Event(c); return ok })...)
	}
	if n := len(vl.Rules()); n > 0 {
		counts["verb-phrase"] = n
	}
	if *asJSON {
		msgs := make([]string, len(errs))
		for i, err := range errs {
			msgs[i] = err.Error()
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(map[string]any{"dir": pos[0], "entries": counts, "errors": msgs})
	} else {
		for _, err := range errs {
			fmt.Fprintln(e.stdout, err)
		}
		kinds := make([]string, 0, len(counts))
		for k := range counts {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		parts := make([]string, 0, len(kinds))
		for _, k := range kinds {
			parts = append(parts, fmt.Sprintf("%s %d", k, counts[k]))
		}
		fmt.Fprintf(e.stderr, "%s: %d errors; entries: %s\n", pos[0], len(errs), strings.Join(parts, ", "))
	}
	if len(errs) > 0 {
		return exitFail
	}
	return exitOK
}

func dictFS(dir string) fs.FS {
	if dir == "-" || dir == "embedded" || dir == "" {
		return dicts.FS()
	}
	return os.DirFS(dir)
}

type lookupPiece struct {
	Text   string    `json:"text"`
	Start  int       `json:"start"` // token indexes, end exclusive
	End    int       `json:"end"`
	Kind   string    `json:"kind"`
	Code   string    `json:"code"`
	Name   string    `json:"name"`
	Source string    `json:"source"`
	Note   string    `json:"note,omitempty"`
	Coord  []float64 `json:"coord,omitempty"`
	Others []string  `json:"others,omitempty"`
}

func runDictLookup(e *env, args []string) int {
	fs := newFlags(e, "dict lookup", "PHRASE [--date YYYY-MM-DD] [--dicts DIR] [--json]",
		"Show how the dictionaries resolve a phrase on a date, piece by piece, with the\n"+
			"file:line of each entry, and the actor code the pieces combine to.")
	date := fs.String("date", "", "article date (YYYY-MM-DD); empty means the latest codes")
	dir := fs.String("dicts", "", "dictionary folder to use instead of the embedded one")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseInterspersed(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fs.Usage()
		return exitUsage
	}
	if *date != "" {
		if _, _, err := lexiconRange(*date); err != nil {
			fmt.Fprintf(e.stderr, "dyad dict lookup: %v\n", err)
			return exitUsage
		}
	}
	var l *lexicon.Lexicon
	if *dir != "" {
		var errs []error
		l, errs = lexicon.Load(os.DirFS(*dir))
		for _, err := range errs {
			fmt.Fprintln(e.stderr, err)
		}
		if len(l.Entries()) == 0 {
			fmt.Fprintf(e.stderr, "dyad dict lookup: no dictionary entries in %s\n", *dir)
			return exitFail
		}
	} else {
		var err error
		if l, err = lexicon.Default(); err != nil {
			fmt.Fprintf(e.stderr, "dyad dict lookup: %v\n", err)
			return exitFail
		}
	}
	phrase := strings.Join(pos, " ")
	d := &doc.Document{Text: phrase}
	tokenize.New().Split(d)
	var words []string
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			words = append(words, t.Form)
		}
	}
	var pieces []lookupPiece
	for i := 0; i < len(words); {
		all := l.MatchAll(words, i, *date)
		m, ok := l.Match(words, i, *date)
		if !ok {
			m, ok = l.MatchKind(words, i, *date, lexicon.Place)
		}
		if !ok {
			i++
			continue
		}
		p := lookupPiece{Text: strings.Join(words[i:m.End], " "), Start: i, End: m.End, Kind: m.Kind.String(),
			Code: m.Code, Name: m.Entry.Name(), Source: m.Source}
		for j, c := range m.Entry.Codes {
			if c.Code == m.Code && !c.Undated() && c.Applies(*date) && j < len(m.Entry.Notes) {
				p.Note = m.Entry.Notes[j]
			}
		}
		if m.Entry.HasCoord {
			p.Coord = []float64{m.Entry.Lat, m.Entry.Lon}
		}
		for _, o := range all {
			if o.Entry != m.Entry {
				p.Others = append(p.Others, fmt.Sprintf("%s %s %q %s", o.Kind, orNone(o.Code), o.Entry.Name(), o.Source))
			}
		}
		pieces = append(pieces, p)
		i = m.End
	}
	combined := combinePieces(pieces)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(map[string]any{"phrase": phrase, "date": *date, "tokens": words, "pieces": pieces, "code": combined})
	} else {
		fmt.Fprintf(e.stdout, "%q on %s\n", phrase, orNone(*date))
		if len(pieces) == 0 {
			fmt.Fprintln(e.stdout, "  no dictionary entry matches")
		}
		for _, p := range pieces {
			fmt.Fprintf(e.stdout, "  %-28s %-8s %-10s %s  %s", p.Text, p.Kind, orNone(p.Code), p.Source, p.Name)
			if p.Note != "" {
				fmt.Fprintf(e.stdout, " (%s)", p.Note)
			}
			if p.Coord != nil {
				fmt.Fprintf(e.stdout, " @%.2f,%.2f", p.Coord[0], p.Coord[1])
			}
			fmt.Fprintln(e.stdout)
			for _, o := range p.Others {
				fmt.Fprintf(e.stdout, "      also: %s\n", o)
			}
		}
		if combined != "" {
			fmt.Fprintf(e.stdout, "  => %s\n", combined)
		}
	}
	if len(pieces) == 0 {
		return exitFail
	}
	return exitOK
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// lexiconRange checks a date argument.
func lexiconRange(date string) (string, string, error) {
	if len(date) != 10 || date[4] != '-' || date[7] != '-' {
		return "", "", fmt.Errorf("bad --date %q (want YYYY-MM-DD)", date)
	}
	return date, date, nil
}

// combinePieces joins a country or actor piece with the agent pieces that
// follow it ("Turkey's foreign minister" → TUR + GOV = TURGOV), as a first
// reading for the user; the coder does the real resolution.
func combinePieces(ps []lookupPiece) string {
	head := ""
	var roles []string
	for _, p := range ps {
		switch p.Kind {
		case "agent":
			if p.Code != "" {
				roles = append(roles, p.Code)
			}
		case "place":
		default:
			if head == "" {
				head = p.Code
			}
		}
	}
	if head == "" && len(roles) == 0 {
		return ""
	}
	code := head
	for _, r := range roles {
		if !strings.HasSuffix(code, r) {
			code += r
		}
	}
	return code
}

func runDictImport(e *env, args []string) int {
	fs := newFlags(e, "dict import-petrarch", "SRC DST",
		"Convert a user's PETRARCH dictionaries (a folder or one file) into dyad's format\n"+
			"in folder DST. The output is for your own use: do not commit it to dyad.")
	pos, code, ok := parseInterspersed(e, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		fs.Usage()
		return exitUsage
	}
	return importPetrarch(e, pos[0], pos[1])
}
