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
// in Arnor and Gondor" → two mentions). A title run on the surface
// ("Dutch Prime Minister Mark Rutte", "Kyrgyz president Sadyr Japarov") is
// one phrase whatever the parser made of it; the title says the office, so
// a person takes the title's role. A role word with no country gives a
// code with an unknown country ("---GOV").
//
// Within one document (Resolve), what a sentence taught serves the
// sentences after it: a name after a title, even one the dictionary lacks
// ("Bolivian Foreign Minister Ana Quispe"), and the people the dictionary
// found, are known by full name, surname and "Mr./Ms. Surname"; pronouns
// (he, him, his, she, her, it, its, they, them, their), a title alone ("the
// Secretary", "the minister", "the army"), "the country" and "these
// countries" take the nearest compatible mention before them (coref.go).
// An anaphor whose first candidate has no code, or whose title fits two
// earlier people, stays unresolved; nothing crosses documents.
//
// The PETRARCH actor and agent dictionaries can be read into a lexicon with
// LoadPetrarchActors and LoadPetrarchAgents.
package actors
