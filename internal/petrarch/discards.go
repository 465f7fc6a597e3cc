package petrarch

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DiscardDict is a discard dictionary (Phoenix.discards.txt,
// PETR.Validate.discards.txt): phrases whose presence means a text is not
// political news (sports, entertainment) and is not to be coded.
type DiscardDict struct {
	Name     string
	Discards []Discard
	// Errors lists malformed lines, each an *Error with file and line.
	Errors []error
}

// Discard is one discard phrase.
type Discard struct {
	Phrase // words as written (case kept: "+Manchester United")
	// Story is set for a line written with '+': the whole story is
	// discarded. Without it only the sentence is.
	Story bool
}

// ReadDiscards reads a discard dictionary: one phrase a line, '+' in
// front for a story-level discard, '#' comments.
func ReadDiscards(r io.Reader, name string) (*DiscardDict, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parseDiscards(string(src), name), nil
}

func parseDiscards(src string, name string) *DiscardDict {
	d := &DiscardDict{Name: name}
	for _, l := range dictLines(src, name, &d.Errors) {
		t := strings.TrimSpace(l.text)
		if t == "" || t[0] == '#' {
			continue
		}
		body, comment := cutComment(t)
		body = strings.TrimSpace(body)
		x := Discard{}
		if strings.HasPrefix(body, "+") {
			x.Story = true
			body = strings.TrimSpace(body[1:])
		}
		if body == "" {
			d.Errors = append(d.Errors, newError(name, l.n, "", "empty discard phrase"))
			continue
		}
		if strings.ContainsAny(body, "[]{}") {
			d.Errors = append(d.Errors, newError(name, l.n, "", "unexpected brackets in discard phrase %q", body))
			continue
		}
		x.Phrase = Phrase{Raw: body, Comment: comment, Pos: Pos{File: name, Line: l.n}}
		x.Words, x.Exact = splitWords(body)
		d.Discards = append(d.Discards, x)
	}
	return d
}

// Ontology is the PETRARCH internal coding ontology file
// (PETR.Internal.Coding.Ontology.txt, named by <PICOfile>). It maps each
// CAMEO code to a PICO value, a 16-bit hexadecimal code whose digits are
// four facets (say/appeal/intend/... ; reduce/yield ; meet/settle/... ;
// leadership/policy/...), so that a coder can combine and negate event
// meanings arithmetically: "120:-0xFFFF#Reject", "122:-0xFFFF+0x2040+0x300".
type Ontology struct {
	Name    string
	Entries []OntologyEntry
	// Errors lists malformed lines, each an *Error with file and line.
	Errors []error
}

// OntologyEntry is one "CAMEO:expression#comment" line.
type OntologyEntry struct {
	CAMEO string // "010", "---"
	Expr  string // the expression as written: "0x1000", "-0xFFFF+0x2040+0x300"
	// Terms are the signed values of the expression's terms: -0xFFFF+0x2040
	// gives [-65535, 8256]. The file uses -0xFFFF for negation and +0x300 as
	// a mask (its own comments say so).
	Terms   []int64
	Comment string
	Pos
}

// ReadOntology reads the internal coding ontology file.
func ReadOntology(r io.Reader, name string) (*Ontology, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parseOntology(string(src), name), nil
}

func parseOntology(src string, name string) *Ontology {
	o := &Ontology{Name: name}
	for _, l := range dictLines(src, name, &o.Errors) {
		t := strings.TrimSpace(l.text)
		if t == "" || t[0] == '#' {
			continue
		}
		body, comment := cutComment(t)
		k, v, ok := strings.Cut(body, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			o.Errors = append(o.Errors, newError(name, l.n, "", "want CAMEO:VALUE, got %q", body))
			continue
		}
		e := OntologyEntry{CAMEO: k, Expr: v, Comment: comment, Pos: Pos{File: name, Line: l.n}}
		terms, err := parseTerms(v)
		if err != nil {
			o.Errors = append(o.Errors, newError(name, l.n, "", "%v", err))
			continue
		}
		e.Terms = terms
		o.Entries = append(o.Entries, e)
	}
	return o
}

// parseTerms reads a sum of signed hexadecimal (0x...) or decimal terms.
func parseTerms(s string) ([]int64, error) {
	var out []int64
	for i := 0; i < len(s); {
		sign := int64(1)
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				sign = -1
			}
			i++
		}
		j := i
		for j < len(s) && s[j] != '+' && s[j] != '-' {
			j++
		}
		term := strings.TrimSpace(s[i:j])
		var v int64
		var err error
		if strings.HasPrefix(term, "0x") || strings.HasPrefix(term, "0X") {
			v, err = strconv.ParseInt(term[2:], 16, 64)
		} else {
			v, err = strconv.ParseInt(term, 10, 64)
		}
		if err != nil || term == "" {
			return nil, fmt.Errorf("bad value %q in %q", term, s)
		}
		out = append(out, sign*v)
		i = j
	}
	return out, nil
}
