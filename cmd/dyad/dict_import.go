package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-events/dyad/internal/lexicon"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// importPetrarch converts the PETRARCH actor and agent dictionaries in src
// (a folder or one file) into dyad's format, one output file per input
// file in dst. Verb dictionaries are not converted (dyad's verb format is
// not settled). It returns exitPartial when some entries were skipped.
func importPetrarch(e *env, src, dst string) int {
	var files []string
	st, err := os.Stat(src)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad dict import-petrarch: %v\n", err)
		return exitFail
	}
	if st.IsDir() {
		ents, err := os.ReadDir(src)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad dict import-petrarch: %v\n", err)
			return exitFail
		}
		for _, en := range ents {
			if !en.IsDir() {
				files = append(files, filepath.Join(src, en.Name()))
			}
		}
	} else {
		files = []string{src}
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		fmt.Fprintf(e.stderr, "dyad dict import-petrarch: %v\n", err)
		return exitFail
	}
	skipped, written := 0, 0
	for _, f := range files {
		var entries []*lexicon.Entry
		var problems []string
		switch petrarch.KindOf(f) {
		case petrarch.KindActors:
			entries, problems = importActors(f)
		case petrarch.KindAgents:
			entries, problems = importAgents(f)
		case petrarch.KindVerbs:
			fmt.Fprintf(e.stderr, "%s: verb dictionaries are not converted yet\n", f)
			continue
		default:
			continue
		}
		for _, p := range problems {
			fmt.Fprintln(e.stderr, p)
		}
		skipped += len(problems)
		out := filepath.Join(dst, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+".dyad.txt")
		w, err := os.Create(out)
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad dict import-petrarch: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(w, "# Converted by dyad dict import-petrarch from %s.\n# For your own use: do not commit converted PETRARCH dictionaries to dyad.\n\n", filepath.Base(f))
		err = lexicon.Format(w, entries)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "dyad dict import-petrarch: %v\n", err)
			return exitFail
		}
		fmt.Fprintf(e.stderr, "%s: %d entries -> %s\n", f, len(entries), out)
		written++
	}
	if written == 0 {
		fmt.Fprintf(e.stderr, "dyad dict import-petrarch: no actor or agent dictionaries in %s\n", src)
		return exitFail
	}
	if skipped > 0 {
		return exitPartial
	}
	return exitOK
}

// petrarchPhrase turns PETRARCH's upper-case words into a dyad name: words
// in title case, except a one-word name of at most three letters, which
// stays an acronym (US, UN, EU).
func petrarchPhrase(words []string) string {
	if len(words) == 1 && len([]rune(words[0])) <= 3 {
		return words[0]
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.ToLower(w)
		if w == "" {
			continue
		}
		r := []rune(w)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		out = append(out, string(r))
	}
	return strings.Join(out, " ")
}

func validCode(code string) bool {
	if code == "" {
		return false
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func importActors(path string) ([]*lexicon.Entry, []string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []string{err.Error()}
	}
	defer f.Close()
	d, err := petrarch.ReadActors(f, filepath.Base(path))
	if err != nil {
		return nil, []string{err.Error()}
	}
	var problems []string
	for _, e := range d.Errors {
		problems = append(problems, e.Error())
	}
	var out []*lexicon.Entry
	for _, a := range d.Actors {
		en := &lexicon.Entry{Kind: lexicon.Actor, Source: a.Pos.String()}
		seen := map[string]bool{}
		for _, p := range a.Names {
			n := petrarchPhrase(p.Words)
			if n != "" && !seen[strings.ToLower(n)] {
				seen[strings.ToLower(n)] = true
				en.Names = append(en.Names, n)
			}
		}
		for _, c := range a.Codes {
			if !validCode(c.Code) {
				problems = append(problems, fmt.Sprintf("%s: code %q skipped", c.Pos, c.Raw))
				continue
			}
			dc := lexicon.DatedCode{Code: c.Code}
			switch c.Kind {
			case petrarch.Before:
				dc.To = c.Until
			case petrarch.After:
				dc.From = c.From
			case petrarch.Between:
				dc.From, dc.To = c.From, c.Until
			}
			if (c.Kind != petrarch.Always && dc.From == "" && dc.To == "") || (dc.From != "" && dc.To != "" && dc.To <= dc.From) {
				problems = append(problems, fmt.Sprintf("%s: date of %q skipped", c.Pos, c.Raw))
				continue
			}
			if !dc.Undated() {
				en.Kind = lexicon.Person
			}
			en.Codes = append(en.Codes, dc)
		}
		if len(en.Names) == 0 || len(en.Codes) == 0 {
			problems = append(problems, fmt.Sprintf("%s: entry without a usable name or code skipped", a.Pos))
			continue
		}
		out = append(out, en)
	}
	return out, problems
}

func importAgents(path string) ([]*lexicon.Entry, []string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []string{err.Error()}
	}
	defer f.Close()
	d, err := petrarch.ReadAgents(f, filepath.Base(path))
	if err != nil {
		return nil, []string{err.Error()}
	}
	var problems []string
	for _, e := range d.Errors {
		problems = append(problems, e.Error())
	}
	subs := map[string][]string{}
	for _, s := range d.Substitutions {
		subs[s.Name] = s.Values
	}
	expand := func(words []string) []string {
		out := []string{""}
		for i, w := range words {
			alts := []string{w}
			for name, vals := range subs {
				if strings.Contains(w, name) {
					alts = alts[:0]
					for _, v := range vals {
						alts = append(alts, strings.ReplaceAll(w, name, v))
					}
					break
				}
			}
			var next []string
			for _, o := range out {
				for _, a := range alts {
					if i > 0 {
						next = append(next, o+"_"+a)
					} else {
						next = append(next, a)
					}
				}
			}
			if len(next) > 64 {
				next = next[:64]
			}
			out = next
		}
		return out
	}
	var out []*lexicon.Entry
	for _, a := range d.Agents {
		if !validCode(a.Role) {
			problems = append(problems, fmt.Sprintf("%s: agent code %q skipped", a.Pos, a.Code))
			continue
		}
		en := &lexicon.Entry{Kind: lexicon.Agent, Source: a.Pos.String(), Codes: []lexicon.DatedCode{{Code: a.Role}}}
		seen := map[string]bool{}
		add := func(words []string) {
			for _, x := range expand(words) {
				n := petrarchPhrase(strings.Split(x, "_"))
				if n != "" && !seen[strings.ToLower(n)] {
					seen[strings.ToLower(n)] = true
					en.Names = append(en.Names, strings.ToLower(n))
				}
			}
		}
		add(a.Name.Words)
		for _, p := range a.Plurals {
			add(p.Words)
		}
		if len(en.Names) == 0 {
			continue
		}
		out = append(out, en)
	}
	return out, problems
}
