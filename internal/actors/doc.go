// Package actors is dyad's actor stage: it finds the noun phrases of each
// parsed sentence that name political actors and resolves them, through a
// lexicon and the document date, to CAMEO actor codes, filling
// Sentence.Mentions.
//
// Resolution works on the UD tree: a country, organisation or person
// combines with the role words (agents) of its noun phrase — compounds and
// adjectives ("Russian troops" → RUSMIL), possessives ("Turkey's foreign
// minister" → TURGOV), prepositional modifiers of a role word ("the
// foreign minister of Turkey", "soldiers from Gondor") and apposition —
// and coordination spreads a shared part over the conjuncts ("lawmakers
// in Arnor and Gondor" → two mentions). A role word with no country gives
// a code with an unknown country ("---GOV"). The PETRARCH actor and agent
// dictionaries can be read into a lexicon with LoadPetrarchActors and
// LoadPetrarchAgents.
package actors
