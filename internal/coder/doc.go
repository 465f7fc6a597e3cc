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
//   - factuality: negated, conditional, question and intent events are
//     flagged and dropped unless Options.IncludeNonfactual.
//   - no two identical (source, target, code) in one sentence; events
//     without a target only with Options.AllowMissingTarget.
//   - magnitudes (money, people, votes), location text, and date
//     expressions of the sentence ("on March 3", "last Tuesday",
//     "yesterday") that move the event date off the document date.
//   - evidence: the predicate text and offsets and the rule that fired
//     (dictionary file:line, or a built-in rule name).
package coder
