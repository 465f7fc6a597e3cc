package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// AgentDict is an agent dictionary (Phoenix.agents.txt,
// PETR.Validate.agents.txt): common nouns that name a role (PRESIDENT,
// FARMER) and the code that role adds to an actor.
type AgentDict struct {
	Name          string
	Substitutions []Substitution
	Agents        []Agent
	// Errors lists malformed lines, each an *Error with file and line.
	Errors []error
}

// Substitution is a "!NAME! = A, B, C" line: wherever !NAME! is written
// in an agent, each of A, B, C is meant (CATTLE!PERSON! is CATTLEMAN,
// CATTLEMEN, CATTLEWOMAN, ...).
type Substitution struct {
	Name    string   // with the '!' marks: "!PERSON!"
	Values  []string // "MAN", "MEN", ...
	Comment string
	Pos
}

// Agent is one agent line:
//
//	FARMER [~AGR]
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural
//	MEDIA {} [~MED]                               no plural
//	HUMAN_RIGHTS_BODY [NGO~]                      code goes in front
type Agent struct {
	Name Phrase // words may hold !NAME! substitution markers, as written
	// Plurals are the plural forms written in {}; nil when none are written.
	Plurals []Phrase
	// NoPlural is set for "{}": the agent has no plural form.
	NoPlural bool
	// Code is the code as written without brackets and spaces: "~GOV",
	// "NGO~".
	Code string
	// Role is Code without its '~'. Prefix reports that the '~' came
	// last (NGO~): the role goes in front of the actor's code (NGO + USA);
	// otherwise (~GOV) it goes after (USA + GOV = USAGOV).
	Role    string
	Prefix  bool
	Comment string
	Pos
}

// ReadAgents reads an agent dictionary. Malformed lines go to
// AgentDict.Errors; the error result is only for a failure to read r.
func ReadAgents(r io.Reader, name string) (*AgentDict, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return parseAgents(string(src), name), nil
}

func parseAgents(src string, name string) *AgentDict {
	d := &AgentDict{Name: name}
	var wa arena
	errorf := func(n int, format string, args ...any) {
		d.Errors = append(d.Errors, newError(name, n, "", format, args...))
	}
	for _, l := range dictLines(src, name, &d.Errors) {
		t := strings.TrimSpace(l.text)
		if t == "" || t[0] == '#' {
			continue
		}
		body, comment := cutComment(t)
		pos := Pos{File: name, Line: l.n}
		if body[0] == '!' && strings.Contains(body, "=") {
			k, v, _ := strings.Cut(body, "=")
			k = strings.TrimSpace(k)
			if len(k) < 3 || k[len(k)-1] != '!' || strings.Count(k, "!") != 2 {
				errorf(l.n, "bad substitution name %q, want !NAME!", k)
				continue
			}
			s := Substitution{Name: k, Comment: comment, Pos: pos}
			for _, x := range strings.Split(v, ",") {
				if x = strings.TrimSpace(x); x != "" {
					s.Values = append(s.Values, x)
				}
			}
			if len(s.Values) == 0 {
				errorf(l.n, "substitution %s has no values", k)
				continue
			}
			d.Substitutions = append(d.Substitutions, s)
			continue
		}
		a := Agent{Comment: comment, Pos: pos}
		if i := strings.IndexByte(body, '{'); i >= 0 {
			j := strings.IndexByte(body[i:], '}')
			if j < 0 {
				errorf(l.n, "'{' without '}'")
				continue
			}
			inner := strings.TrimSpace(body[i+1 : i+j])
			body = body[:i] + " " + body[i+j+1:]
			if inner == "" {
				a.NoPlural = true
			}
			for _, x := range strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
				ph := Phrase{Raw: x, Pos: pos}
				ph.Words, ph.Exact = wa.splitWords(x)
				a.Plurals = append(a.Plurals, ph)
			}
		}
		groups, rest, ok := brackets(body)
		if !ok {
			errorf(l.n, "unbalanced [ ]")
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" {
			errorf(l.n, "agent line without a name")
			continue
		}
		a.Name = Phrase{Raw: rest, Pos: pos}
		a.Name.Words, a.Name.Exact = wa.splitWords(rest)
		switch len(groups) {
		case 0:
			errorf(l.n, "agent %s has no [code]", rest)
			continue
		case 1:
		default:
			errorf(l.n, "agent %s has %d codes, using the first", rest, len(groups))
		}
		a.Code = strings.Join(strings.Fields(groups[0]), "")
		switch {
		case strings.HasPrefix(a.Code, "~") && !strings.HasSuffix(a.Code, "~"):
			a.Role = a.Code[1:]
		case strings.HasSuffix(a.Code, "~") && !strings.HasPrefix(a.Code, "~"):
			a.Role, a.Prefix = a.Code[:len(a.Code)-1], true
		default:
			errorf(l.n, "agent code [%s] should start or end with one '~'", groups[0])
			a.Role = strings.Trim(a.Code, "~")
		}
		d.Agents = append(d.Agents, a)
	}
	sortErrors(d.Errors)
	return d
}

// Forms returns the phrases (words joined by '_') that the agent stands
// for: its name and its plurals, with every !NAME! substitution
// expanded. Plurals are those written in {}; when none are written (and
// no "{}"), the regular plural of the last word (RegularPlural) is added,
// except for names holding a substitution, whose values already list the
// plural forms (MAN, MEN). Unknown substitutions are left as written.
func (d *AgentDict) Forms(a Agent) []string {
	subs := make(map[string][]string, len(d.Substitutions))
	for _, s := range d.Substitutions {
		subs[s.Name] = s.Values
	}
	base := []string{strings.Join(a.Name.Words, "_")}
	var out []string
	for _, p := range a.Plurals {
		base = append(base, strings.Join(p.Words, "_"))
	}
	hasSub := false
	for _, b := range base {
		exp := expandSubs(b, subs)
		if len(exp) > 1 || (len(exp) == 1 && exp[0] != b) {
			hasSub = true
		}
		out = append(out, exp...)
	}
	if !a.NoPlural && len(a.Plurals) == 0 && !hasSub && len(a.Name.Words) > 0 {
		w := a.Name.Words
		out = append(out, strings.Join(append(w[:len(w)-1:len(w)-1], RegularPlural(w[len(w)-1])), "_"))
	}
	return out
}

// expandSubs replaces each !NAME! in s by each of its values.
func expandSubs(s string, subs map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	key := s[i : i+j+2]
	vals, ok := subs[key]
	if !ok {
		return []string{s}
	}
	var out []string
	for _, v := range vals {
		// Expand the rest of the string after this marker only, so that
		// a value holding '!' cannot loop.
		for _, tail := range expandSubs(s[i+j+2:], subs) {
			out = append(out, s[:i]+v+tail)
		}
	}
	return out
}

// RegularPlural returns the regular English plural of an upper-case word:
// -S, -ES after S, X, Z, CH, SH, -IES for a consonant + Y. This is dyad's
// rule, written for agents with no {} plural; PETRARCH's own rule is not
// given in the dictionaries.
func RegularPlural(w string) string {
	u := strings.ToUpper(w)
	switch {
	case u == "":
		return w
	case strings.HasSuffix(u, "S"), strings.HasSuffix(u, "X"), strings.HasSuffix(u, "Z"),
		strings.HasSuffix(u, "CH"), strings.HasSuffix(u, "SH"):
		return w + "ES"
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return w[:len(w)-1] + "IES"
	}
	return w + "S"
}
