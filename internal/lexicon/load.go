package lexicon

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/dicts"
)

// Load reads every *.txt file under fsys (in lexical path order) into a new
// lexicon. It returns the lexicon with every entry it could read and one
// error per problem (file:line); it keeps going after errors.
func Load(fsys fs.FS) (*Lexicon, []error) {
	l := New()
	errs := l.AddFS(fsys)
	return l, errs
}

// AddFS adds the dictionaries under fsys to l, as Load does.
func (l *Lexicon) AddFS(fsys fs.FS) []error {
	var errs []error
	for _, p := range DictFiles(fsys, &errs) {
		f, err := fsys.Open(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		entries, perrs := Parse(f, p)
		f.Close()
		errs = append(errs, perrs...)
		for _, e := range entries {
			if err := l.Add(e); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errs
}

// DictFiles lists the dictionary files (*.txt) under fsys in lexical order.
func DictFiles(fsys fs.FS, errs *[]error) []string {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			*errs = append(*errs, err)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && strings.EqualFold(path.Ext(p), ".txt") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		*errs = append(*errs, err)
	}
	sort.Strings(files)
	return files
}

// Default loads dyad's embedded dictionaries (package dicts). An error means
// the shipped dictionaries are broken; it lists the first problems.
func Default() (*Lexicon, error) {
	l, errs := Load(dicts.FS())
	if len(errs) > 0 {
		msg := make([]string, 0, 5)
		for i, e := range errs {
			if i == 5 {
				msg = append(msg, fmt.Sprintf("and %d more", len(errs)-5))
				break
			}
			msg = append(msg, e.Error())
		}
		return l, fmt.Errorf("embedded dictionaries: %s", strings.Join(msg, "; "))
	}
	return l, nil
}
