package petrarch

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Dictionaries holds the dictionaries read from a folder. Each kind is a
// list: a folder may hold several (the shared folder has both the
// Phoenix and the PETR.Validate sets, and PETRARCH runs with several
// actor files).
type Dictionaries struct {
	Verbs    []*VerbDict
	Actors   []*ActorDict
	Agents   []*AgentDict
	Discards []*DiscardDict
	Ontology []*Ontology
}

// FileKind is the kind of a PETRARCH dictionary file.
type FileKind int

const (
	KindUnknown  FileKind = iota // not a PETRARCH dictionary
	KindVerbs                    // verb patterns (ReadVerbs)
	KindActors                   // actors (ReadActors)
	KindAgents                   // agents (ReadAgents)
	KindDiscards                 // discards (ReadDiscards)
	KindOntology                 // internal coding ontology (ReadOntology)
)

// String names the kind.
func (k FileKind) String() string {
	if names := strings.Fields("unknown verbs actors agents discards ontology"); int(k) >= 0 && int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("FileKind(%d)", int(k))
}

// KindOf tells the kind of a dictionary file from its name, as PETRARCH
// files are named: *verbs*.txt and CAMEO*.txt are verb dictionaries,
// *actors*.txt actors, *agents*.txt agents, *discards*.txt discards,
// *Ontology*.txt or *PICO*.txt the coding ontology. Anything else is
// KindUnknown.
func KindOf(name string) FileKind {
	b := strings.ToLower(filepath.Base(name))
	if !strings.HasSuffix(b, ".txt") {
		return KindUnknown
	}
	switch {
	case strings.Contains(b, "verbs") || strings.HasPrefix(b, "cameo"):
		return KindVerbs
	case strings.Contains(b, "actors"):
		return KindActors
	case strings.Contains(b, "agents"):
		return KindAgents
	case strings.Contains(b, "discards"):
		return KindDiscards
	case strings.Contains(b, "ontology") || strings.Contains(b, "pico"):
		return KindOntology
	}
	return KindUnknown
}

// LoadDir loads every PETRARCH dictionary file in dir (see KindOf),
// reading them in parallel. The errors are those of every file (each an
// *Error with file:line, or an I/O error); the dictionaries are complete
// but for the lines those errors name.
func LoadDir(dir string) (*Dictionaries, []error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return &Dictionaries{}, []error{err}
	}
	var files []loadItem
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		if k := KindOf(e.Name()); k != KindUnknown {
			files = append(files, loadItem{path: filepath.Join(dir, e.Name()), kind: k})
		}
	}
	return loadFiles(files)
}

// LoadEnvironment loads the dictionaries that a records file's
// <Environment> names, from dir: the verb file, each actor file, the
// agent file, the discard file and the PICO file, where given. A named
// file that cannot be read is reported as an error.
func LoadEnvironment(dir string, env Environment) (*Dictionaries, []error) {
	var files []loadItem
	add := func(name string, k FileKind) {
		if name != "" {
			files = append(files, loadItem{path: filepath.Join(dir, name), kind: k})
		}
	}
	add(env.VerbFile, KindVerbs)
	for _, a := range env.ActorFiles {
		add(a, KindActors)
	}
	add(env.AgentFile, KindAgents)
	add(env.DiscardFile, KindDiscards)
	add(env.PICOFile, KindOntology)
	return loadFiles(files)
}

type loadItem struct {
	path string
	kind FileKind
	// results
	verbs    *VerbDict
	actors   *ActorDict
	agents   *AgentDict
	discards *DiscardDict
	ontology *Ontology
	errs     []error
}

func loadFiles(files []loadItem) (*Dictionaries, []error) {
	// Largest first, so that the big actor file starts at once.
	order := make([]int, len(files))
	sizes := make([]int64, len(files))
	for i := range files {
		order[i] = i
		if st, err := os.Stat(files[i].path); err == nil {
			sizes[i] = st.Size()
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return sizes[order[a]] > sizes[order[b]] })
	var wg sync.WaitGroup
	work := make(chan int)
	workers := 4
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				files[i].load()
			}
		}()
	}
	for _, i := range order {
		work <- i
	}
	close(work)
	wg.Wait()

	d := &Dictionaries{}
	var errs []error
	for i := range files {
		f := &files[i]
		errs = append(errs, f.errs...)
		switch {
		case f.verbs != nil:
			d.Verbs = append(d.Verbs, f.verbs)
		case f.actors != nil:
			d.Actors = append(d.Actors, f.actors)
		case f.agents != nil:
			d.Agents = append(d.Agents, f.agents)
		case f.discards != nil:
			d.Discards = append(d.Discards, f.discards)
		case f.ontology != nil:
			d.Ontology = append(d.Ontology, f.ontology)
		}
	}
	return d, errs
}

func (f *loadItem) load() {
	src, err := os.ReadFile(f.path)
	if err != nil {
		f.errs = []error{err}
		return
	}
	name := filepath.Base(f.path)
	text := string(src)
	switch f.kind {
	case KindVerbs:
		f.verbs = parseVerbs(text, name, guessStyle(text))
		f.errs = f.verbs.Errors
	case KindActors:
		f.actors = parseActors(text, name)
		f.errs = f.actors.Errors
	case KindAgents:
		f.agents = parseAgents(text, name)
		f.errs = f.agents.Errors
	case KindDiscards:
		f.discards = parseDiscards(text, name)
		f.errs = f.discards.Errors
	case KindOntology:
		f.ontology = parseOntology(text, name)
		f.errs = f.ontology.Errors
	default:
		f.errs = []error{fmt.Errorf("%s: not a known PETRARCH dictionary", f.path)}
	}
}
