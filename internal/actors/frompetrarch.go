package actors

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-events/dyad/internal/lexicon"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// AddActors adds the entries of an actor dictionary read by
// internal/petrarch to lex, with their dated codes.
func (p *Petrarch) AddActors(lex *lexicon.Lexicon, ad *petrarch.ActorDict) []error {
	var errs []error
	for _, a := range ad.Actors {
		var codes []lexicon.DatedCode
		for _, c := range a.Codes {
			code, ok := p.cleanCode(c.Code)
			if !ok {
				continue
			}
			codes = append(codes, lexicon.DatedCode{Code: code, From: c.From, To: c.Until})
		}
		if len(codes) == 0 {
			continue
		}
		var names []string
		for _, n := range a.Names {
			if w := phraseWords(strings.Join(n.Words, " ")); w != "" {
				names = append(names, w)
			}
		}
		if len(names) == 0 {
			continue
		}
		e := &lexicon.Entry{Kind: lexicon.Actor, Names: names, Codes: codes, Source: fmt.Sprintf("%s:%d", a.File, a.Line)}
		if err := lex.Add(e); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// AddAgents adds the agents of an agent dictionary read by
// internal/petrarch to lex: each name with its !SUBSTITUTIONS! expanded and
// its written plurals; "NGO~" roles are remembered as prefixes.
func (p *Petrarch) AddAgents(lex *lexicon.Lexicon, ag *petrarch.AgentDict) []error {
	subst := map[string][]string{}
	for _, s := range ag.Substitutions {
		subst[s.Name] = s.Values
	}
	var errs []error
	for _, a := range ag.Agents {
		code, ok := p.cleanCode(strings.Trim(a.Role, "~ "))
		if !ok {
			continue
		}
		src := fmt.Sprintf("%s:%d", a.File, a.Line)
		if a.Prefix {
			p.prefix[src] = true
		}
		phrases := expandSubst(strings.Join(a.Name.Words, "_"), subst)
		for _, pl := range a.Plurals {
			phrases = append(phrases, expandSubst(strings.Join(pl.Words, "_"), subst)...)
		}
		for _, ph := range phrases {
			if ph = phraseWords(ph); ph == "" {
				continue
			}
			if err := lex.AddAgent(ph, code, src); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errs
}

// ReadPetrarchFile reads an actor or agent file with internal/petrarch
// (by its kind: agents when the name says so) into lex.
func (p *Petrarch) ReadPetrarchFile(lex *lexicon.Lexicon, path string, agents bool) []error {
	f, err := os.Open(path)
	if err != nil {
		return []error{err}
	}
	defer f.Close()
	if agents {
		ag, err := petrarch.ReadAgents(f, filepath.Base(path))
		if err != nil {
			return []error{err}
		}
		return append(ag.Errors, p.AddAgents(lex, ag)...)
	}
	ad, err := petrarch.ReadActors(f, filepath.Base(path))
	if err != nil {
		return []error{err}
	}
	return append(ad.Errors, p.AddActors(lex, ad)...)
}
