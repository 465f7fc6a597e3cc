package verbs

import (
	"fmt"
	"strings"

	"github.com/dyad-events/dyad/internal/petrarch"
)

// AddPetrarch adds a verb dictionary read by internal/petrarch (either
// style) to d: its synsets, blocks, verbs with their forms and codes, and
// patterns. Rule names are the dictionary's file:line.
func (d *Dict) AddPetrarch(vd *petrarch.VerbDict) {
	for _, s := range vd.Synsets {
		name := strings.ToUpper(s.Name)
		if _, ok := d.Synsets[name]; !ok {
			d.Synsets[name] = nil
		}
		for _, m := range s.Members {
			var ph []string
			if m.Synset != "" {
				ph = []string{"&" + strings.ToUpper(m.Synset)}
			} else {
				for _, w := range m.Words {
					if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
						ph = append(ph, w)
					}
				}
			}
			if len(ph) > 0 {
				d.Synsets[name] = append(d.Synsets[name], ph)
			}
		}
	}
	for bi := range vd.Blocks {
		pb := &vd.Blocks[bi]
		b := &Block{Name: pb.Name, Source: pos(pb.Pos)}
		b.Code, b.Reverse = pb.Code().Forward, pb.Code().Reverse
		for _, pv := range pb.Verbs {
			v := verbFromPhrase(pv.VerbPhrase)
			if v == nil {
				continue
			}
			v.Source = pos(pv.Pos)
			if pv.Code != nil {
				v.Code, v.Reverse = pv.Code.Forward, pv.Code.Reverse
				if v.Code == "" && v.Reverse != "" {
					v.Code = "---"
				}
			}
			for _, f := range pv.Forms {
				if fv := verbFromPhrase(f); fv != nil {
					v.Forms = append(v.Forms, fv.Lemma)
				}
			}
			b.Verbs = append(b.Verbs, v)
		}
		for _, pp := range pb.Patterns {
			if !pp.HasVerb {
				continue
			}
			p := &Pattern{Code: pp.Code.Forward, Reverse: pp.Code.Reverse, Source: pos(pp.Pos)}
			if p.Code == "" {
				p.Code = "---"
			}
			group := 0
			p.Pre = elems(pp.Before, &group, false)
			verbJoined := false
			for _, t := range pp.Tokens {
				if t.Kind == petrarch.TokVerb {
					verbJoined = t.Joined
				}
			}
			p.Post = elems(pp.After, &group, verbJoined)
			if n := len(pp.Before); n > 0 && pp.Before[n-1].Joined {
				p.PreAdjacent = true
			}
			for _, e := range append(append([]Elem(nil), p.Pre...), p.Post...) {
				if e.Kind == Word {
					p.Words = append(p.Words, e.Text)
				}
			}
			b.Patterns = append(b.Patterns, p)
		}
		d.AddBlock(b)
	}
	for _, x := range vd.Transformations {
		d.Transforms = append(d.Transforms, Transform{Source: x.Source, InnerSource: x.InnerSource, InnerTarget: x.InnerTarget,
			InnerVerb: strings.ToUpper(x.InnerVerb), Verb: strings.ToUpper(x.Verb), ResultSource: x.ResultSource,
			ResultTarget: x.ResultTarget, ResultCode: strings.ToUpper(x.ResultCode), Rule: pos(x.Pos)})
	}
	d.Finish()
}

func pos(p petrarch.Pos) string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

func verbFromPhrase(vp petrarch.VerbPhrase) *Verb {
	var words []string
	head := vp.Head
	for i, w := range vp.Words {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" {
			if i < vp.Head {
				head--
			}
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 || head < 0 || head >= len(words) {
		return nil
	}
	return &Verb{Lemma: words[head], Before: append([]string(nil), words[:head]...), After: append([]string(nil), words[head+1:]...)}
}

// elems flattens pattern tokens; {…} and (…) groups get a group number,
// the preposition of (…) is marked Prep.
func elems(ts []petrarch.Token, group *int, adjStart bool) []Elem {
	var out []Elem
	var add func(ts []petrarch.Token, g int, adjFirst bool)
	add = func(ts []petrarch.Token, g int, adjFirst bool) {
		for i, t := range ts {
			adj := i == 0 && adjFirst || i > 0 && ts[i-1].Joined
			switch t.Kind {
			case petrarch.TokWord:
				out = append(out, Elem{Kind: Word, Text: strings.ToLower(t.Text), Adjacent: adj, Group: g})
			case petrarch.TokSynset:
				out = append(out, Elem{Kind: Synset, Text: strings.ToUpper(t.Text), Adjacent: adj, Group: g})
			case petrarch.TokSource:
				out = append(out, Elem{Kind: Source, Adjacent: adj, Group: g})
			case petrarch.TokTarget:
				out = append(out, Elem{Kind: Target, Adjacent: adj, Group: g})
			case petrarch.TokCompound:
				out = append(out, Elem{Kind: Compound, Adjacent: adj, Group: g})
			case petrarch.TokSkip:
				out = append(out, Elem{Kind: Skip, Group: g})
			case petrarch.TokPhrase:
				*group++
				add(t.Sub, *group, adj)
			case petrarch.TokPrep:
				*group++
				gg := *group
				out = append(out, Elem{Kind: Word, Text: strings.ToLower(t.Text), Adjacent: adj, Group: gg, Prep: true})
				add(t.Sub, gg, false)
			}
		}
	}
	add(ts, 0, adjStart)
	return out
}
