package lexicon

import (
	"fmt"
	"io/fs"
	"strings"
)

// CodeValidator reports whether code is a known code for an entry of kind
// k (for example through internal/cameo); nil accepts every code.
type CodeValidator func(code string, k Kind) error

// Check reads the dictionaries under fsys as Load does and also reports:
// unknown codes (through valid), overlapping date ranges with different
// codes within one entry, and names that two entries claim where that makes
// a lookup ambiguous. The result is empty when the folder is clean.
func Check(fsys fs.FS, valid CodeValidator) []error {
	var errs []error
	var all []*Entry
	for _, p := range DictFiles(fsys, &errs) {
		f, err := fsys.Open(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		es, perrs := Parse(f, p)
		f.Close()
		errs = append(errs, perrs...)
		all = append(all, es...)
	}
	return append(errs, CheckEntries(all, valid)...)
}

// CheckEntries runs Check's checks on parsed entries.
func CheckEntries(all []*Entry, valid CodeValidator) []error {
	var errs []error
	fail := func(e *Entry, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", e.Source, fmt.Sprintf(format, a...)))
	}
	names := map[string][]*Entry{}
	for _, e := range all {
		for i, c := range e.Codes {
			if valid != nil {
				if err := valid(c.Code, e.Kind); err != nil {
					fail(e, "%q: %v", e.Name(), err)
				}
			}
			for _, d := range e.Codes[:i] {
				if d.Code != c.Code && overlap(c, d) {
					fail(e, "%q: %s %s..%s overlaps %s %s..%s", e.Name(), c.Code, c.From, c.To, d.Code, d.From, d.To)
				}
			}
		}
		seen := map[string]bool{}
		for _, n := range e.Names {
			k := strings.Join(phraseKey(n), " ")
			if seen[k] {
				fail(e, "name %q given twice", n)
				continue
			}
			seen[k] = true
			g := "a"
			if e.Kind == Place {
				g = "p"
			}
			names[g+k] = append(names[g+k], e)
		}
	}
	reported := map[[2]*Entry]bool{}
	for _, e := range all {
		for _, n := range e.Names {
			g := "a"
			if e.Kind == Place {
				g = "p"
			}
			for _, o := range names[g+strings.Join(phraseKey(n), " ")] {
				if o == e || reported[[2]*Entry{o, e}] || reported[[2]*Entry{e, o}] {
					continue
				}
				if conflict(e, o) {
					reported[[2]*Entry{e, o}] = true
					fail(e, "name %q is also at %s (%q) with a different code for the same dates", n, o.Source, o.Name())
				}
			}
		}
	}
	return errs
}

func overlap(a, b DatedCode) bool {
	// [a.From, a.To) and [b.From, b.To) with "" open.
	if a.To != "" && b.From != "" && a.To <= b.From {
		return false
	}
	if b.To != "" && a.From != "" && b.To <= a.From {
		return false
	}
	return true
}

// conflict reports whether two entries sharing a name would resolve it
// differently, or identically and redundantly, on some date.
func conflict(a, b *Entry) bool {
	if a.Kind == Place {
		return a.Country() == b.Country()
	}
	for _, c := range a.Codes {
		for _, d := range b.Codes {
			if overlap(c, d) {
				return true
			}
		}
	}
	return false
}
