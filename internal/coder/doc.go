// Package coder codes political events from parsed sentences: for each
// predicate that the verb dictionary knows, it finds the source and target
// actors in the Universal Dependencies tree, picks the CAMEO code from the
// verb's patterns, and writes doc.Events with their evidence.
//
// The behaviours, each covered by tests of its own:
//
//   - source from the subject; target from the object, or from the
//     prepositional argument a pattern names ("met with", "accused ... of");
//     passive voice ("was attacked by"); controlled and raised subjects
//     ("X agreed to meet Y", "X is expected to visit Y"), object control
//     ("X urged Y to ..."); coordinated actors (one event per pair) and
//     coordinated verbs sharing a subject; relative clauses ("the troops
//     that shelled X").
//   - reported speech: "X said that Y attacked Z" codes Y→Z from the inner
//     clause; the speech verb codes only when it has a target of its own.
//   - nominal predicates: a noun the dictionary codes, with its own source
//     (possessive or "by") and a target ("talks with", "a visit to").
//   - the two sides of a fight: "fighting between X and Y", "clashes
//     between X and Y" (a noun its clause tells of, or a verb without a
//     subject) code X→Y and Y→X, never the subject of the clause above; a
//     "where" clause of a place has no subject but its own.
//   - role-only actors: a target, and a source when the target is of the
//     same place or only a role too, take the country of the sentence's
//     place ("Protesters clashed with police in Nairobi" KENOPP; not an
//     unnamed attacker, INS or UAF); a state's repression or concession
//     at home (17x but expulsions, 08x) makes a role-only group of no
//     place its own people ("Kenyan police arrested demonstrators" KENOPP),
//     and a court, the police or a parliament deals with its own
//     country's opposition. What one flees ("fled fighting") is no act of
//     one's own. An attack on a thing aims at the country of its place
//     ("struck an energy facility in the Odesa region", with a named
//     region, province or state read from the gazetteer).
//   - what an appeal or advice asks for is no event however deep in its
//     complement ("urged Berlin to stop smearing China"); what an order
//     commands is an intent ("ordered Israel to allow aid into Gaza").
//   - a reaction (05, 11, 12, 14) to "the decision", "the ruling", "the
//     move" is aimed at the doer of the latest event told; force used on
//     a crowd (175) with no target is used on the object of the verb
//     coordinated with it ("fired tear gas and arrested demonstrators");
//     a threat to retaliate with no target is aimed at the doer of the
//     latest hostile event (10-20) against the threatening country.
//   - factuality: negated (also denied, "neither ... nor"), conditional,
//     question, intent (purposes, what a plan or demand names) and alleged
//     (what a claim or accusation alleges) events are flagged and dropped
//     unless Options.IncludeNonfactual. Pledges, agreements and stated
//     futures of the speaker become intents (03x) or threats (13x) with the
//     deed's sub-code; appeals 02x likewise.
//   - the story: a definite event noun ("condemned the attack", "killed in
//     the strikes") refers to an event told before and takes its doer; a
//     meeting during a visit is folded into the visit.
//   - no two identical (source, target, code) in one sentence; events
//     without a target only with Options.AllowMissingTarget.
//   - magnitudes (money, people, votes), location text, and date
//     expressions of the sentence ("on March 3", "last Tuesday",
//     "yesterday") that move the event date off the document date; a
//     weekday looks back in reports of the past, forward in the future,
//     and to the day after the document date when the story has already
//     told of that date's own weekday; clauses take their head's date.
//   - parse repairs (repair.go) before the tree is read, so that shapes
//     different parsers give the same sentence code alike: two subjects on
//     one verb, a noun after a second coordinated verb hung on the first,
//     a sentence's only verb made a modifier of the root's phrase or of
//     the root noun's object, a prepositional phrase made the root, an
//     adverbial clause hung on a verb's argument, an infinitive after the
//     object of an appeal or command verb read as a purpose, a verb hung
//     on the noun after it that the parse made a conjunct of the root
//     noun ("police fired tear gas and arrested ..." with "police" the
//     root, or the complement of the verb of saying after it), the
//     second side of "between X and Y" hung higher up, the subject of a
//     clause after "and" made a conjunct of the first verb, a subject
//     pronoun made a possessor ("He and Ecuador's president signed").
//   - evidence: the predicate text and offsets and the rule that fired
//     (dictionary file:line, or a built-in rule name).
//
// # Files
//
// coder.go holds the types and the per-sentence loop; predicate.go finds
// predicates and builds their events from the dictionary match;
// arguments.go finds subjects, objects and targets in the tree;
// nominal.go codes noun predicates ("talks with", "a visit to");
// between.go the "between X and Y" shape; compose.go the codes of
// governed clauses (intent, appeal, threat, rejection); factuality.go
// negation, questions, conditions, reported speech and intent; story.go
// references to events told before ("the attack", "the decision");
// places.go places, locations and the country a role-only actor takes;
// dates.go event dates; magnitude.go numbers; repair.go the tree
// repairs; pattern.go the dictionary patterns; petrarch.go the PETRARCH
// dictionaries.
package coder
