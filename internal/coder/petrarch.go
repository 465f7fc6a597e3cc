package coder

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/lexicon"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/verbs"
)

// PetrarchFiles names the PETRARCH dictionaries of a run, as a records
// file's <Environment> does; names are relative to the folder given to
// LoadPetrarch.
type PetrarchFiles struct {
	Verbs    []string
	Actors   []string
	Agents   []string
	Discards []string
}

// PetrarchFilesIn finds the PETRARCH dictionaries in dir by their names:
// verbs (CAMEO*.txt, *verbs*.txt), actors (*actors*.txt), agents
// (*agents*.txt) and discards (*discards*.txt). When a folder holds both
// the Phoenix and the small PETR.Validate files, the Phoenix ones are used.
func PetrarchFilesIn(dir string) (PetrarchFiles, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return PetrarchFiles{}, err
	}
	var all, phoenix PetrarchFiles
	for _, e := range ents {
		n := e.Name()
		low := strings.ToLower(n)
		if e.IsDir() || !strings.HasSuffix(low, ".txt") {
			continue
		}
		var dst *[]string
		var dstP *[]string
		switch {
		case strings.HasPrefix(low, "cameo") || strings.Contains(low, "verbs"):
			dst, dstP = &all.Verbs, &phoenix.Verbs
		case strings.Contains(low, "actors"):
			dst, dstP = &all.Actors, &phoenix.Actors
		case strings.Contains(low, "agents"):
			dst, dstP = &all.Agents, &phoenix.Agents
		case strings.Contains(low, "discards"):
			dst, dstP = &all.Discards, &phoenix.Discards
		default:
			continue
		}
		*dst = append(*dst, n)
		if !strings.Contains(low, "validate") {
			*dstP = append(*dstP, n)
		}
	}
	pick := func(p, a []string) []string {
		if len(p) > 0 {
			sort.Strings(p)
			return p
		}
		sort.Strings(a)
		return a
	}
	return PetrarchFiles{Verbs: pick(phoenix.Verbs, all.Verbs), Actors: pick(phoenix.Actors, all.Actors),
		Agents: pick(phoenix.Agents, all.Agents), Discards: pick(phoenix.Discards, all.Discards)}, nil
}

// PetrarchDicts are PETRARCH dictionaries loaded for dyad: the verb
// patterns, a lexicon of actors and agents, and the side table the actor
// stage needs for what the lexicon cannot hold.
type PetrarchDicts struct {
	Verbs *verbs.Dict
	Lex   *lexicon.Lexicon
	Side  *actors.Petrarch
	// Warnings are the malformed lines found, with file:line.
	Warnings []error
}

// Resolver returns the actor stage over these dictionaries.
func (d *PetrarchDicts) Resolver() *actors.Resolver { return actors.WithPetrarch(d.Lex, d.Side) }

// LoadPetrarch loads the named PETRARCH dictionaries from dir. Only a file
// that cannot be opened is an error; malformed lines become Warnings.
func LoadPetrarch(dir string, f PetrarchFiles) (*PetrarchDicts, error) {
	// Loading allocates many small trie nodes that all stay live; the
	// collector has nothing to free meanwhile, so let it wait.
	defer debug.SetGCPercent(debug.SetGCPercent(800))
	d := &PetrarchDicts{Verbs: verbs.New(), Lex: lexicon.New(), Side: actors.NewPetrarch()}
	path := func(n string) string {
		if filepath.IsAbs(n) {
			return n
		}
		return filepath.Join(dir, n)
	}
	// The verb files load while the actor files do.
	type result struct {
		warnings []error
		err      error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		for _, n := range f.Verbs {
			fh, err := os.Open(path(n))
			if err != nil {
				r.err = err
				break
			}
			vd, err := petrarch.ReadVerbs(fh, filepath.Base(n))
			fh.Close()
			if err != nil {
				r.err = err
				break
			}
			d.Verbs.AddPetrarch(vd)
			r.warnings = append(r.warnings, vd.Errors...)
		}
		done <- r
	}()
	var firstErr error
	for _, n := range f.Actors {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		if _, err := os.Stat(path(n)); err != nil && firstErr == nil {
			firstErr = err
			continue
		}
		d.Warnings = append(d.Warnings, d.Side.ReadPetrarchFile(d.Lex, path(n), false)...)
	}
	for _, n := range f.Agents {
		if _, err := os.Stat(path(n)); err != nil && firstErr == nil {
			firstErr = err
			continue
		}
		d.Warnings = append(d.Warnings, d.Side.ReadPetrarchFile(d.Lex, path(n), true)...)
	}
	for _, n := range f.Discards {
		d.Warnings = append(d.Warnings, d.Side.LoadPetrarchDiscards(path(n))...)
	}
	r := <-done
	if r.err != nil {
		return nil, r.err
	}
	if firstErr != nil {
		return nil, firstErr
	}
	d.Warnings = append(d.Warnings, r.warnings...)
	return d, nil
}
