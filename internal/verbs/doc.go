// Package verbs is dyad's verb-pattern model: verbs, phrasal verbs and
// noun predicates mapped to CAMEO event codes, each with patterns over the
// words around the predicate that refine the code (objects, particles,
// prepositional phrases) and say where the source and target sit.
//
// A Dict is built from dyad's own verb files (*.dyv, read by DyadLoader;
// format in docs/DICTIONARIES.md, section "Verbs"; the shipped files are
// in dicts/verbs) or from PETRARCH verb dictionaries (CAMEO.2.0.txt in the
// PETRARCH-2 style, or the PETRARCH-1 style of PETR.Validate.verbs.txt).
// The coder matches its entries against dependency trees; this package
// only holds and looks up the data.
package verbs
