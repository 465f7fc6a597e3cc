package conllu

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `# newdoc id = d1
# sent_id = d1-1
# text = They don't vote.
1	They	they	PRON	PRP	Case=Nom|Number=Plur	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	vote	vote	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
4.1	votes	vote	VERB	VBZ	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = d1-2
# text = Yes
1	Yes	yes	INTJ	UH	_	0	root	0:root	_

`

func TestRoundTripSample(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	var b bytes.Buffer
	if err := WriteAll(&b, ss); err != nil {
		t.Fatal(err)
	}
	if b.String() != sample {
		t.Fatalf("round trip differs:\n%s", b.String())
	}
	if got := len(ss[0].Words()); got != 5 {
		t.Errorf("words = %d, want 5 (range and empty node excluded)", got)
	}
	if ss[0].Lines[1].Kind() != MultiToken || ss[0].Lines[5].Kind() != EmptyNode {
		t.Errorf("line kinds wrong")
	}
	if v, ok := ss[0].Comment("text"); !ok || v != "They don't vote." {
		t.Errorf("text comment = %q", v)
	}
}

func TestToDoc(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	d := ToDoc(ss[0])
	if len(d.Tokens) != 5 || d.Tokens[3].Head != 0 || d.Tokens[0].Head != 4 || d.Tokens[2].Lemma != "not" {
		t.Fatalf("bad conversion: %+v", d.Tokens)
	}
	if d.Tokens[3].SpaceAfter || !d.Tokens[0].SpaceAfter {
		t.Errorf("SpaceAfter wrong: %+v", d.Tokens)
	}
	back := FromDoc(&d)
	if len(back.Lines) != 5 || back.Lines[3].Fields[MISC] != "SpaceAfter=No" {
		t.Errorf("FromDoc: %+v", back.Lines)
	}
}

func TestBadInput(t *testing.T) {
	cases := map[string]string{
		"1\tx\tx\tX\n\n": "sample:1: want 10",
		"# c\n1\ta\ta\tX\t_\t_\tzz\tdep\t_\t_\n\n":   "sample:2: bad head",
		"x\ta\ta\tX\t_\t_\t0\tdep\t_\t_\n":           "sample:1: bad word id",
		"1\ta\ta\tX\t_\t_\t0\tdep\t_\t_\n# late\n\n": "sample:2: comment line after",
		"3-2\ta\t_\t_\t_\t_\t_\t_\t_\t_\n":           "bad multiword",
		"1\ta\t\tX\t_\t_\t0\tdep\t_\t_\n":            "column 3 is empty",
		"# only a comment\n\n":                       "no token lines",
	}
	for in, want := range cases {
		_, err := ReadAll(strings.NewReader(in), "sample")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("input %q: err = %v, want %q", in, err, want)
		}
	}
}

// TestRoundTripEWT reads and writes every UD English EWT file and checks
// the bytes are unchanged.
func TestRoundTripEWT(t *testing.T) {
	shared := os.Getenv("DYAD_SHARED")
	if shared == "" {
		t.Skip("DYAD_SHARED not set: skipping the EWT round trip (needs ../shared/data/ud/en_ewt)")
	}
	files, _ := filepath.Glob(filepath.Join(shared, "data/ud/en_ewt/*.conllu"))
	if len(files) == 0 {
		t.Skip("no EWT files under DYAD_SHARED")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ss, err := ReadAll(bytes.NewReader(data), f)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteAll(&b, ss); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b.Bytes(), data) {
			t.Errorf("%s: round trip changed the bytes", f)
		}
	}
}

// FuzzRead checks that no input makes the reader panic, and that whatever
// it accepts writes back to something it reads again the same way.
func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\t_\tX\t_\t_\t0\troot\t_\t_\n\n")
	f.Add("# c\n\n\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := WriteAll(&b, ss); err != nil {
			t.Fatal(err)
		}
		again, err := ReadAll(bytes.NewReader(b.Bytes()), "again")
		if err != nil || len(again) != len(ss) {
			t.Fatalf("written output does not read back: %v (%d vs %d sentences)", err, len(again), len(ss))
		}
		for _, s := range ss {
			d := ToDoc(s)
			_ = FromDoc(&d)
		}
	})
}
