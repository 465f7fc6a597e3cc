package verbs

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// This file reads verb files in the PETRARCH-2 layout straight into a Dict:
// dyad's own "*.verbs" files and small test dictionaries. Users' PETRARCH
// dictionaries are read by internal/petrarch and converted with
// Dict.AddPetrarch (frompetrarch.go).

// LoadPetrarchFile reads one PETRARCH verb dictionary into d. Malformed
// lines are returned as errors with file:line; reading goes on past them.
func (d *Dict) LoadPetrarchFile(path string) ([]error, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return d.LoadPetrarch(f, filepath.Base(path)), nil
}

// LoadPetrarch reads a PETRARCH verb dictionary from r; name is used in
// rule names ("name:line") and errors.
func (d *Dict) LoadPetrarch(r io.Reader, name string) []error {
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	lineNo := 0
	var block *Block
	var synset string // current synset name while reading its members
	inComment := false
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		line := raw
		if inComment {
			if i := strings.Index(line, "-->"); i >= 0 {
				inComment = false
				line = line[i+3:]
			} else {
				continue
			}
		}
		for {
			i := strings.Index(line, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(line[i:], "-->")
			if j < 0 {
				line = line[:i]
				inComment = true
				break
			}
			line = line[:i] + line[i+j+3:]
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		src := fmt.Sprintf("%s:%d", name, lineNo)
		if line == "" {
			if strings.TrimSpace(raw) == "" {
				synset = ""
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "---"):
			synset = ""
			body := strings.Trim(line, "- \t")
			nm, code, rev := splitNameCode(body)
			block = &Block{Name: nm, Code: code, Reverse: rev, Source: src}
			d.AddBlock(block)
		case line[0] == '&':
			fs := strings.Fields(line[1:])
			if len(fs) == 0 {
				errs = append(errs, fmt.Errorf("%s: synset without a name", src))
				synset = ""
				continue
			}
			synset = strings.TrimRight(fs[0], "_")
			if _, ok := d.Synsets[synset]; !ok {
				d.Synsets[synset] = nil
			}
		case line[0] == '+' && synset != "":
			ph := strings.Fields(strings.ReplaceAll(strings.TrimPrefix(line, "+"), "_", " "))
			for i := range ph {
				ph[i] = strings.ToLower(ph[i])
			}
			if len(ph) > 0 {
				d.Synsets[synset] = append(d.Synsets[synset], ph)
			}
		case line[0] == '-':
			if block == nil {
				errs = append(errs, fmt.Errorf("%s: pattern outside a verb block", src))
				continue
			}
			p, err := parsePattern(strings.TrimSpace(line[1:]), src)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			block.Patterns = append(block.Patterns, p)
		default:
			if block == nil {
				errs = append(errs, fmt.Errorf("%s: verb outside a verb block: %q", src, line))
				continue
			}
			v, err := parseVerb(line, src)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			block.Verbs = append(block.Verbs, v)
			d.indexVerb(Entry{Verb: v, Block: block})
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s:%d: %v", name, lineNo+1, err))
	}
	d.Finish()
	return errs
}

// splitNameCode splits "NAME [code]" (possibly several codes) into the
// name and the first code with its reverse part.
func splitNameCode(s string) (name, code, rev string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), "", ""
	}
	name = strings.TrimSpace(s[:i])
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return name, "", ""
	}
	code, rev = splitCode(s[i+1 : i+j])
	return name, code, rev
}

// splitCode splits "042:043" into the code and its reverse.
func splitCode(s string) (string, string) {
	s = strings.TrimSpace(s)
	c, r, _ := strings.Cut(s, ":")
	return strings.TrimSpace(c), strings.TrimSpace(r)
}

func parseVerb(line, src string) (*Verb, error) {
	v := &Verb{Source: src}
	if i := strings.IndexByte(line, '['); i >= 0 {
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			return nil, fmt.Errorf("%s: unclosed [ in verb line %q", src, line)
		}
		v.Code, v.Reverse = splitCode(line[i+1 : i+j])
		line = line[:i] + line[i+j+1:]
	}
	if i := strings.IndexByte(line, '{'); i >= 0 {
		j := strings.IndexByte(line[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("%s: unclosed { in verb line %q", src, line)
		}
		for _, f := range strings.Fields(line[i+1 : i+j]) {
			f = strings.ToLower(strings.TrimPrefix(f, "+"))
			if strings.Trim(f, ",;_") == "" {
				continue
			}
			// A multi-word form: index it by its verb word.
			parts := strings.Split(f, "_")
			if len(parts) > 1 {
				f = parts[0]
				for _, p := range parts {
					if strings.HasPrefix(p, "+") {
						f = strings.TrimPrefix(p, "+")
					}
				}
			}
			v.Forms = append(v.Forms, f)
		}
		line = line[:i] + line[i+j+1:]
	}
	fs := strings.Fields(line)
	if len(fs) == 0 {
		return nil, fmt.Errorf("%s: empty verb line", src)
	}
	word := fs[0]
	parts := strings.Split(word, "_")
	head := -1
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			head = i
			parts[i] = p[1:]
		}
	}
	if head < 0 {
		head = 0
	}
	for i := range parts {
		parts[i] = strings.ToLower(parts[i])
	}
	// Drop empty parts from doubled or trailing underscores.
	clean := parts[:0]
	h := head
	for i, p := range parts {
		if p == "" {
			if i < head {
				h--
			}
			continue
		}
		clean = append(clean, p)
	}
	if len(clean) == 0 || h < 0 || h >= len(clean) {
		return nil, fmt.Errorf("%s: bad verb %q", src, word)
	}
	v.Lemma = clean[h]
	v.Before = append([]string(nil), clean[:h]...)
	v.After = append([]string(nil), clean[h+1:]...)
	return v, nil
}

// parsePattern parses the text after "- ".
func parsePattern(s, src string) (*Pattern, error) {
	i := strings.LastIndexByte(s, '[')
	j := strings.LastIndexByte(s, ']')
	if i < 0 || j < i {
		return nil, fmt.Errorf("%s: pattern without [code]: %q", src, s)
	}
	p := &Pattern{Source: src}
	p.Code, p.Reverse = splitCode(s[i+1 : j])
	body := s[:i]
	// Space out the group markers.
	body = spaceGroups(body)
	group, groupN := 0, 0
	firstInGroup := false
	seenVerb := false
	for _, tok := range strings.Fields(body) {
		switch tok {
		case "(", "{":
			groupN++
			group = groupN
			firstInGroup = tok == "("
			continue
		case ")", "}":
			group = 0
			continue
		}
		parts := strings.Split(tok, "_")
		for k, part := range parts {
			adj := k > 0
			if part == "" {
				continue
			}
			if part == "*" {
				if seenVerb {
					return nil, fmt.Errorf("%s: two * in pattern", src)
				}
				seenVerb = true
				if k > 0 && parts[k-1] != "" {
					p.PreAdjacent = true
				}
				continue
			}
			e := Elem{Adjacent: adj, Group: group}
			switch {
			case part == "+":
				e.Kind = Target
			case part == "$":
				e.Kind = Source
			case part == "%":
				e.Kind = Compound
			case part == "^":
				e.Kind = Skip
			case strings.HasPrefix(part, "&"):
				e.Kind = Synset
				e.Text = strings.TrimRight(part[1:], "_")
			case strings.HasPrefix(part, "+") && len(part) > 1:
				// "+WORD": the word is the verb's own (rare); treat as literal.
				e.Kind = Word
				e.Text = strings.ToLower(part[1:])
			default:
				e.Kind = Word
				e.Text = strings.ToLower(part)
			}
			if firstInGroup && e.Kind == Word {
				e.Prep = true
			}
			firstInGroup = false
			if seenVerb {
				if len(p.Post) == 0 {
					e.Adjacent = adj
				}
				p.Post = append(p.Post, e)
			} else {
				p.Pre = append(p.Pre, e)
			}
		}
	}
	if !seenVerb {
		return nil, fmt.Errorf("%s: pattern without * (verb position): %q", src, s)
	}
	for _, e := range append(append([]Elem(nil), p.Pre...), p.Post...) {
		if e.Kind == Word {
			p.Words = append(p.Words, e.Text)
		}
	}
	return p, nil
}

// spaceGroups puts spaces around the group markers ( ) { }.
func spaceGroups(s string) string {
	if !strings.ContainsAny(s, "(){}") {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', ')', '{', '}':
			b = append(b, ' ', c, ' ')
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// LoadFS reads every "*.verbs" file under fsys (dyad's own verb files, in
// the PETRARCH-2 layout), in lexical path order. A missing folder or no
// such file is not an error.
func (d *Dict) LoadFS(fsys fs.FS) []error {
	var names []string
	fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.EqualFold(path.Ext(p), ".verbs") {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	var errs []error
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, d.LoadPetrarch(f, n)...)
		f.Close()
	}
	return errs
}
