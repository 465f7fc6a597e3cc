package dedup

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/doc"
	"github.com/dyad-events/dyad/internal/output"
)

// Mode is a de-duplication mode.
type Mode string

// The modes.
const (
	None    Mode = "none"
	OneADay Mode = "oneaday"
	Cluster Mode = "cluster"
)

// ParseMode reads a --dedup value ("" is None).
func ParseMode(s string) (Mode, error) {
	switch m := Mode(strings.ToLower(strings.TrimSpace(s))); m {
	case "", None:
		return None, nil
	case OneADay, "one-a-day":
		return OneADay, nil
	case Cluster:
		return Cluster, nil
	}
	return None, fmt.Errorf("unknown de-duplication %q (want none, oneaday or cluster)", s)
}

type key struct {
	source, target, cameo string
}

func keyOf(e *doc.Event) key {
	k := key{cameo: e.CAMEO}
	if e.Source != nil {
		k.source = e.Source.Code
	}
	if e.Target != nil {
		k.target = e.Target.Code
	}
	return k
}

// Filter de-duplicates a stream of rows. Add takes rows in input order;
// with None and OneADay it returns the rows to write at once, with
// Cluster it keeps them until Flush returns the clusters.
type Filter struct {
	mode   Mode
	window int
	seen   map[dayKey]bool
	rows   []output.Row
}

type dayKey struct {
	key
	date string
}

// New returns a Filter. window (days, ≥ 0) is the span of a cluster:
// 0 joins mentions of the same day only.
func New(mode Mode, window int) *Filter {
	if window < 0 {
		window = 0
	}
	return &Filter{mode: mode, window: window, seen: map[dayKey]bool{}}
}

// Add takes one row and returns what may be written now.
func (f *Filter) Add(r output.Row) []output.Row {
	switch f.mode {
	case OneADay:
		k := dayKey{keyOf(r.Event), r.Event.Date}
		if f.seen[k] {
			return nil
		}
		f.seen[k] = true
		return []output.Row{r}
	case Cluster:
		f.rows = append(f.rows, r)
		return nil
	}
	return []output.Row{r}
}

// Flush returns the rows still held: the clusters, each its first
// mention with Row.Cluster filled, in order of first mention.
func (f *Filter) Flush() []output.Row {
	if f.mode != Cluster {
		return nil
	}
	out := Clusters(f.rows, f.window)
	f.rows = nil
	return out
}

// day turns an ISO date into a day number; an unknown date is day
// -1<<30, so that undated mentions cluster together.
func day(s string) int {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return -1 << 30
	}
	return int(t.Unix() / 86400)
}

// Clusters groups rows (in input order) into event clusters: same
// source, target and CAMEO code, dates within window days of the
// cluster's first (earliest) mention. Each cluster is returned as its
// earliest mention (first in input order among equals) with counts.
func Clusters(rows []output.Row, window int) []output.Row {
	byKey := map[key][]int{}
	var keys []key
	for i, r := range rows {
		k := keyOf(r.Event)
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], i)
	}
	type cluster struct {
		first   int // row index of the representative
		order   int // smallest input index in the cluster
		members []int
	}
	var all []cluster
	for _, k := range keys {
		idx := byKey[k]
		sort.SliceStable(idx, func(a, b int) bool { return day(rows[idx[a]].Event.Date) < day(rows[idx[b]].Event.Date) })
		var cur *cluster
		start := 0
		for _, i := range idx {
			d := day(rows[i].Event.Date)
			if cur == nil || d-start > window {
				all = append(all, cluster{first: i, order: i})
				cur = &all[len(all)-1]
				start = d
			}
			cur.members = append(cur.members, i)
			if i < cur.order {
				cur.order = i
			}
		}
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].order < all[b].order })
	out := make([]output.Row, 0, len(all))
	for _, c := range all {
		sents, docs, srcs := map[string]bool{}, map[string]bool{}, map[string]bool{}
		first, last := "", ""
		for _, i := range c.members {
			e := rows[i].Event
			docs[e.DocID] = true
			sents[fmt.Sprintf("%s\x00%d", e.DocID, e.SentenceIndex)] = true
			srcs[publisher(rows[i])] = true
			if e.Date != "" && (first == "" || e.Date < first) {
				first = e.Date
			}
			if e.Date > last {
				last = e.Date
			}
		}
		r := rows[c.first]
		r.Cluster = &output.Cluster{Mentions: len(c.members), Sentences: len(sents), Documents: len(docs), Sources: len(srcs), FirstDate: first, LastDate: last}
		out = append(out, r)
	}
	return out
}

// publisher names where a row's document came from: its publisher, else
// its URL's host, else the document itself.
func publisher(r output.Row) string {
	if r.Publisher != "" {
		return "p:" + strings.ToLower(r.Publisher)
	}
	if u, err := url.Parse(r.URL); err == nil && u.Host != "" {
		return "h:" + strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return "d:" + r.Event.DocID
}
