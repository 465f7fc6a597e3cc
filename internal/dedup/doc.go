// Package dedup folds repeated reports of one event together.
//
// News repeats itself: wires, reprints and follow-ups report the same
// event many times. Every mention is kept in the store; de-duplication is
// applied on output:
//
//   - none: every event mention;
//   - oneaday: the Phoenix filter, the first mention of each (date,
//     source, target, CAMEO code) and no other;
//   - cluster: mentions with the same source, target and CAMEO code whose
//     dates lie within Window days of the cluster's first mention form one
//     event, written once (its first mention) with counts of mentions,
//     distinct sentences, documents and sources (publishers), in the
//     manner of GDELT's NumMentions/NumArticles/NumSources.
//
// Clusters are listed in the order of their first mention in the input.
package dedup
