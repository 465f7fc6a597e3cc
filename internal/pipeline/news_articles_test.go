package pipeline

// TestNewsArticles codes invented wire-style news articles (written for
// this test, not taken from any corpus or event-coded data set) and scores
// the events against those a careful CAMEO coder would code, with dyad's
// (Phoenix's) actor conventions (docs/DICTIONARIES.md).
//
// Each article is a file testdata/news/*.txt:
//
//	# comment lines start with #
//	date: 2024-08-21
//
//	The article text, one or more paragraphs (blank lines separate
//	paragraphs); it runs to the first directive line.
//
//	expect SRC TGT CODE [| SRC TGT CODE ...] @ fragment
//	maybe  SRC TGT CODE [| SRC TGT CODE ...] @ fragment
//	none @ fragment
//
// The fragment is a piece of the article text; it names the sentence that
// holds it (the sentence dyad's splitter puts its first byte in). An
// expect line is an event a careful coder codes in that sentence; the
// alternatives after | are other fair readings, any of which counts. A
// maybe line is an event that is defensible but not required: an event it
// matches is neither a miss nor an unexpected event. A none line marks a
// sentence that must give no event (background, opinion, an act with no
// second party). Actors match by prefix as actorMatches does ("RUS" is met
// by "RUSGOV"), codes by prefix ("19" is any 19x, "036" is 036 or 036x).
// Each event meets at most one expect or maybe line.
//
// The articles fall into sets by the number their file names start with
// (newsSets); the log gives each set's figures and the total, and each
// set and the total have their own floors.

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// newsExpect is one expect, maybe or none line.
type newsExpect struct {
	kind     string      // "expect", "maybe" or "none"
	alts     [][3]string // source, target, code
	fragment string
	offset   int // byte offset of the fragment in the text
	line     int
}

type newsArticle struct {
	name, date, text string
	expects          []newsExpect
}

func readNewsArticle(path string) (*newsArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a := &newsArticle{name: filepath.Base(path)}
	var text []string
	sc := bufio.NewScanner(f)
	n := 0
	inText := true
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		if strings.HasPrefix(line, "#") {
			continue
		}
		if a.date == "" && strings.HasPrefix(line, "date:") {
			a.date = strings.TrimSpace(strings.TrimPrefix(line, "date:"))
			continue
		}
		kind, _, _ := strings.Cut(line, " ")
		if kind == "expect" || kind == "maybe" || kind == "none" {
			inText = false
			spec, frag, ok := strings.Cut(strings.TrimPrefix(line, kind), "@")
			if !ok {
				return nil, &newsError{path, n, "no @ fragment"}
			}
			e := newsExpect{kind: kind, fragment: strings.TrimSpace(frag), line: n}
			if kind != "none" {
				for _, alt := range strings.Split(spec, "|") {
					fs := strings.Fields(alt)
					if len(fs) != 3 {
						return nil, &newsError{path, n, "want SRC TGT CODE"}
					}
					e.alts = append(e.alts, [3]string{fs[0], fs[1], fs[2]})
				}
			}
			a.expects = append(a.expects, e)
			continue
		}
		if !inText {
			if line != "" {
				return nil, &newsError{path, n, "text after the directives"}
			}
			continue
		}
		text = append(text, line)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	a.text = strings.TrimSpace(strings.Join(text, "\n")) + "\n"
	for i := range a.expects {
		e := &a.expects[i]
		e.offset = strings.Index(a.text, e.fragment)
		if e.fragment == "" || e.offset < 0 {
			return nil, &newsError{path, e.line, "fragment not in the text: " + e.fragment}
		}
	}
	if a.date == "" {
		return nil, &newsError{path, 0, "no date"}
	}
	return a, nil
}

type newsError struct {
	path string
	line int
	msg  string
}

func (e *newsError) Error() string {
	return e.path + ":" + strconv.Itoa(e.line) + ": " + e.msg
}

func (e newsExpect) matches(ev doc.Event) bool {
	for _, a := range e.alts {
		if actorMatches(ev.Source, a[0]) && ev.Target != nil && actorMatches(ev.Target, a[1]) && strings.HasPrefix(ev.CAMEO, a[2]) {
			return true
		}
	}
	return false
}

func (e newsExpect) String() string {
	var alts []string
	for _, a := range e.alts {
		alts = append(alts, a[0]+"→"+a[1]+" "+a[2])
	}
	return strings.Join(alts, " | ")
}

func newsEventString(e doc.Event) string {
	tc := ""
	if e.Target != nil {
		tc = e.Target.Code
	}
	return e.Source.Code + "→" + tc + " " + e.CAMEO + " " + strconv.Quote(e.Evidence.Predicate) + " (" + e.Evidence.Rule + ")"
}

// newsMatch pairs expectations with the events not yet used, as many as
// can be paired (a maximum bipartite matching), marks the paired events
// used and returns each expectation's event index or -1.
func newsMatch(es []newsExpect, evs []doc.Event, used []bool) []int {
	evOf := make([]int, len(es))
	expOf := make([]int, len(evs))
	for i := range evOf {
		evOf[i] = -1
	}
	for j := range expOf {
		expOf[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for j, ev := range evs {
			if used[j] || seen[j] || !es[i].matches(ev) {
				continue
			}
			seen[j] = true
			if expOf[j] < 0 || try(expOf[j], seen) {
				expOf[j], evOf[i] = i, j
				return true
			}
		}
		return false
	}
	for i := range es {
		try(i, make([]bool, len(evs)))
	}
	for j, i := range expOf {
		if i >= 0 {
			used[j] = true
		}
	}
	return evOf
}

// sentenceAt is the index of the sentence holding byte offset off.
func sentenceAt(d *doc.Document, off int) int {
	for i, s := range d.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	// between sentences: the next one
	for i, s := range d.Sentences {
		if off < s.Start {
			return i
		}
	}
	return len(d.Sentences) - 1
}

// fragmentSentence is the index of the sentence that fragment e names:
// the one holding its first byte, or, when that is a dateline the
// splitter made a sentence of its own ("PARIS --") and the fragment runs
// on into the story, the sentence holding its last byte.
func fragmentSentence(d *doc.Document, e newsExpect) int {
	si := sentenceAt(d, e.offset)
	last := sentenceAt(d, e.offset+len(e.fragment)-1)
	if last == si || si < 0 || si >= len(d.Sentences) {
		return si
	}
	s := d.Sentences[si]
	if s.End <= len(d.Text) && s.Start < s.End {
		text := strings.TrimSpace(d.Text[s.Start:s.End])
		if strings.HasSuffix(text, "--") || strings.HasSuffix(text, "—") || strings.HasSuffix(text, "-") {
			return last
		}
	}
	return si
}

func TestNewsArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	paths, err := filepath.Glob("testdata/news/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		t.Fatal("no articles in testdata/news")
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var total newsTally
	sets := make([]newsTally, len(newsSets))
	for _, path := range paths {
		a, err := readNewsArticle(path)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc.Document{ID: strings.TrimSuffix(a.name, ".txt"), Text: a.text, Date: a.date}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		// events by sentence; used marks the events an expect or maybe line took
		used := make([][]bool, len(d.Sentences))
		nev := 0
		for i, s := range d.Sentences {
			used[i] = make([]bool, len(s.Events))
			nev += len(s.Events)
		}
		aWant, aFound := 0, 0
		noneAt := map[int]bool{}
		bySentence := map[int][]newsExpect{}
		for _, e := range a.expects {
			si := fragmentSentence(d, e)
			if e.kind == "none" {
				noneAt[si] = true
				continue
			}
			bySentence[si] = append(bySentence[si], e)
		}
		for si := range d.Sentences {
			evs := d.Sentences[si].Events
			for _, kind := range []string{"expect", "maybe"} {
				var es []newsExpect
				for _, e := range bySentence[si] {
					if e.kind == kind {
						es = append(es, e)
					}
				}
				got := newsMatch(es, evs, used[si])
				if kind != "expect" {
					continue
				}
				aWant += len(es)
				for k, e := range es {
					if got[k] >= 0 {
						aFound++
						continue
					}
					var gave []string
					for _, ev := range evs {
						gave = append(gave, newsEventString(ev))
					}
					t.Logf("%s: miss %s @ %q; the sentence gave %v", a.name, e, e.fragment, gave)
				}
			}
		}
		aUnexp, aNone := 0, 0
		for i, s := range d.Sentences {
			for j, ev := range s.Events {
				if used[i][j] {
					continue
				}
				aUnexp++
				where := "unexpected"
				if noneAt[i] {
					aNone++
					where = "event in a no-event sentence"
				}
				t.Logf("%s: %s %s in %q", a.name, where, newsEventString(ev), s.Text)
			}
		}
		t.Logf("%s: %d of %d expected events found; %d events, %d unexpected (%d in no-event sentences)", a.name, aFound, aWant, nev, aUnexp, aNone)
		at := newsTally{aWant, aFound, nev, aUnexp, aNone, len(noneAt)}
		total.add(at)
		if k := newsSetOf(a.name); k >= 0 {
			sets[k].add(at)
		} else {
			t.Errorf("%s: the number of the file is in no set of newsSets", a.name)
		}
	}
	for k, set := range newsSets {
		sets[k].check(t, set.name, set.floors)
	}
	total.check(t, "total", newsTotalFloors)
}

// newsTally counts one article's or one set's figures.
type newsTally struct {
	want, found, produced, unexpected, noneBad, noneSentences int
}

func (a *newsTally) add(b newsTally) {
	a.want += b.want
	a.found += b.found
	a.produced += b.produced
	a.unexpected += b.unexpected
	a.noneBad += b.noneBad
	a.noneSentences += b.noneSentences
}

// check logs the figures of a set and holds them to its floors.
func (a newsTally) check(t *testing.T, name string, f newsFloors) {
	t.Helper()
	recall := 0.0
	if a.want > 0 {
		recall = float64(a.found) / float64(a.want)
	}
	t.Logf("%s: %d of %d expected events found (recall %.2f); %d events produced, %d unexpected; %d events in %d no-event sentences",
		name, a.found, a.want, recall, a.produced, a.unexpected, a.noneBad, a.noneSentences)
	if a.found < f.minFound {
		t.Errorf("%s: %d of %d expected events found, want at least %d", name, a.found, a.want, f.minFound)
	}
	if a.unexpected > f.maxUnexpected {
		t.Errorf("%s: %d unexpected events, want at most %d", name, a.unexpected, f.maxUnexpected)
	}
	if a.noneBad > f.maxNoneEvents {
		t.Errorf("%s: %d events in no-event sentences, want at most %d", name, a.noneBad, f.maxNoneEvents)
	}
}

type newsFloors struct {
	minFound, maxUnexpected, maxNoneEvents int
}

// newsSets are the sets of articles, by the number a file's name starts
// with. "dev" (01-16) was written first and dyad has since been fixed
// against it; "held-out 2" (17-36) was written later, on other topics, and
// its first figures, taken before anyone looked at dyad's output on it,
// were 39 of 98 expected events found, 80 events produced, 36 unexpected,
// 3 events in 17 no-event sentences (2026-12-07, with the working tree of
// that day).
var newsSets = []struct {
	name        string
	first, last int
	floors      newsFloors
}{
	// measured 2026-12-07 at commit cac9136: 75 of 77 found, 88 produced,
	// 5 unexpected, 0 in 16 no-event sentences (70 of 77 at 2174041,
	// before the tagger's finite-verb work)
	{"dev (01-16)", 1, 16, newsFloors{minFound: 73, maxUnexpected: 7, maxNoneEvents: 2}},
	// first sight 2026-12-07 (commit 2174041): 39 of 98 found, 80
	// produced, 36 unexpected, 3 in 17 no-event sentences (one annotation
	// fixed after the first run: "opposed" is 110); dyad was then fixed
	// against this set too: 65 of 98, 87 produced, 16 unexpected, 3 at
	// commit 0b34b96
	{"held-out 2 (17-36)", 17, 36, newsFloors{minFound: 65, maxUnexpected: 18, maxNoneEvents: 4}},
	// written by a helper who never ran dyad on them, first run
	// 2026-12-07 at commit 0b34b96 (first sight): 45 of 99 found, 93
	// produced, 29 unexpected, 0 in 14 no-event sentences; 49, 93, 23
	// once actorMatches read a bare role ("REB") as dyad writes it
	// ("---REB"); then fixed against: 56 of 99, 96, 16 at 65324f4
	{"held-out 3 (37-56)", 37, 56, newsFloors{minFound: 57, maxUnexpected: 17, maxNoneEvents: 3}},
	// written by a helper who never ran dyad on them, first run
	// 2026-12-07 at commit 7ced622 (first sight): 59 of 117 found, 89
	// produced, 22 unexpected, 1 in 12 no-event sentences (the code of the
	// session's start, d7f1e0d: 53 of 117, 88, 28, 1); then fixed
	// against: 68 of 117, 86, 8, 0
	{"held-out 4 (57-76)", 57, 76, newsFloors{minFound: 68, maxUnexpected: 10, maxNoneEvents: 2}},
	// Held-out 5, written by helpers who never ran dyad on it; first
	// sight at b522550 (with fragmentSentence, which reads a fragment
	// that opens with a dateline as naming the story's sentence): 42 of
	// 109 found (recall 0.39), 91 produced, 38 unexpected, 1 event in 12
	// no-event sentences (the session's starting code d7f1e0d: 36 of
	// 109, 87, 46, 0); then fixed against: 61 of 109, 90, 16, 0 at
	// 913711b.
	{"held-out 5 (77-96)", 77, 96, newsFloors{minFound: 58, maxUnexpected: 19, maxNoneEvents: 2}},
	// Held-out 6 (dated 2005-2025, 40% before 2016), written by helpers
	// who never ran dyad; first sight at 1c40089: 52 of 162 found (recall
	// 0.32), 113 produced, 46 unexpected, 2 events in 23 no-event
	// sentences (b522550: 51, 109, 46, 1; the session's starting code
	// d7f1e0d: 45, 103, 48, 2); then fixed against: 71 of 162, 127, 40,
	// 0 at 913711b.
	{"held-out 6 (97-116)", 97, 116, newsFloors{minFound: 68, maxUnexpected: 43, maxNoneEvents: 2}},
	// Held-out 7 (dated 2006-2024, half before 2016; domestic unrest,
	// armed conflict, diplomacy and trade, international organisations),
	// written by helpers who never ran dyad; first sight at 913711b (the
	// first run crashed on one article; the fix, a bounds check, is in
	// 913711b): 52 of 183 found (recall 0.28), 120 produced, 60
	// unexpected, 0 events in 24 no-event sentences (b522550: 48, 120,
	// 66, 0; the session's starting code d7f1e0d: 41, 99, 54, 0; both
	// with the same crash fix); then fixed against: 54 of 183, 105, 43,
	// 0 at 8cf11af.
	{"held-out 7 (117-136)", 117, 136, newsFloors{minFound: 51, maxUnexpected: 46, maxNoneEvents: 2}},
	// Held-out 8 (dated 2002-2021, ordinary daily wire copy as well as the
	// big stories), written by helpers who never ran dyad; first sight at
	// 8cf11af: 43 of 186 found (recall 0.23), 101 produced, 50
	// unexpected, 1 event in 27 no-event sentences (913711b, before the
	// fixes from held-out 7: 43, 102, 51, 1; b522550: 41, 100, 51, 1;
	// the session's starting code d7f1e0d: 37, 97, 53, 2; the older two
	// with the crash fix of 913711b).
	{"held-out 8 (137-156)", 137, 156, newsFloors{minFound: 40, maxUnexpected: 54, maxNoneEvents: 3}},
	// Held-out 9 (dated 2004-2025, ordinary daily wire copy), written by
	// helpers who never ran dyad, measured at f304ed7, whose coder is
	// that of 8cf11af: a second sample of the final code on unseen text.
	// 45 of 155 found (recall 0.29), 100 produced, 49 unexpected, 1 event
	// in 25 no-event sentences (b522550: 42, 98, 52, 1; the session's
	// starting code d7f1e0d: 38, 95, 53, 1; both with the crash fix of
	// 913711b).
	{"held-out 9 (157-176)", 157, 176, newsFloors{minFound: 42, maxUnexpected: 52, maxNoneEvents: 3}},
}

// Floors for all articles together, a little below the sum of the sets'
// measured figures (2026-12-07 at commit f304ed7: 549 of 1186 found, 895
// produced, 239 unexpected, 6 events in 170 no-event sentences).
var newsTotalFloors = newsFloors{minFound: 540, maxUnexpected: 247, maxNoneEvents: 9}

// newsSetOf is the index in newsSets of the set that the article file
// name belongs to, by its leading number, or -1.
func newsSetOf(name string) int {
	num, _, _ := strings.Cut(name, "-")
	n, err := strconv.Atoi(num)
	if err != nil {
		return -1
	}
	for k, set := range newsSets {
		if n >= set.first && n <= set.last {
			return k
		}
	}
	return -1
}
