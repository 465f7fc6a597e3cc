package petrarch

import (
	"strings"
	"testing"
)

const fixtureRecords = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
# header text outside any comment, with a <Fake...> tag in it
<Environment>
    <Verbfile>Test.verbs.txt</Verbfile>
    <Actorfile>A.actors.txt, B.actors.txt</Actorfile>
    <Agentfile>Test.agents.txt</Agentfile>
    <Discardfile>Test.discards.txt</Discardfile>
    <Include>valid ALPHA</Include>
    <Config option="stop_on_error" value="True" />
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20200229" id ="ALPHA-1" category="ALPHA" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ZEN" targetcode='"THE QUIET COUNCIL"' eventcode="042"></EventCoding>
<EventCoding eventcode="051" sourcecode="ZENGOV" targetcode="&quot;OTHER&quot;" />
<Text>
Zenda visits the
Quiet Council &amp; friends.
</Text>
<Parse>
(ROOT (S (NP (NNP Zenda)) (VP (VBZ visits))))
</Parse>
</Sentence>
<Sentence category="BETA" date="20200301" id="BETA_1" evaluate="false"/>
<EventCoding noevents="True" />
<Text>Nothing happens.</Text>
<Parse>
1	Nothing	nothing	PRON	NN	_	2	nsubj	_	_
2	happens	happen	VERB	VBZ	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
<Sentence date="20201301" id="BAD-DATE">
<EventCoding error="dateline"></EventCoding>
<Text>Bad month.</Text>
<Parse>
1	Bad	bad	ADJ	JJ	_	2
</Parse>
</Sentence>
<Sentence date="20200101">
<Text>No id.</Text>
</Sentence>
<Sentence date="20200102" id="NO-CODE">
<EventCoding sourcecode="ZEN"/>
<Text>Fine after all.</Text>
</Sentence>
</Sentences>
</Validation>
`

func TestReadRecordsFixture(t *testing.T) {
	rf, err := ReadRecords(strings.NewReader(fixtureRecords), "fix.xml")
	if err != nil {
		t.Fatal(err)
	}
	env := rf.Environment
	if env.VerbFile != "Test.verbs.txt" || strings.Join(env.ActorFiles, "|") != "A.actors.txt|B.actors.txt" ||
		env.AgentFile != "Test.agents.txt" || env.DiscardFile != "Test.discards.txt" ||
		strings.Join(env.Include, " ") != "valid ALPHA" || len(env.Config) != 1 || env.Config[0].Name != "stop_on_error" {
		t.Errorf("environment: %+v", env)
	}
	if !env.Included("ALPHA") || env.Included("BETA") || !(Environment{}).Included("X") {
		t.Errorf("Included")
	}
	if len(rf.Records) != 4 {
		t.Fatalf("got %d records, want 4 (the one without id dropped)", len(rf.Records))
	}
	a := rf.Records[0]
	if a.ID != "ALPHA-1" || a.ISODate != "2020-02-29" || a.Category != "ALPHA" || a.Attrs["sentence"] != "true" {
		t.Errorf("record 0: %+v", a)
	}
	if a.Text != "Zenda visits the\nQuiet Council & friends." || a.PlainText() != "Zenda visits the Quiet Council & friends." {
		t.Errorf("text %q", a.Text)
	}
	if a.ParseKind != ParsePenn || len(a.Comments) != 1 || a.Comments[0] != "a comment" {
		t.Errorf("parse kind %s comments %q", a.ParseKind, a.Comments)
	}
	if len(a.Config) != 1 || a.Config[0].Name != "require_dyad" || a.Config[0].Value != "false" {
		t.Errorf("config %+v", a.Config)
	}
	if len(a.Gold) != 2 || a.Gold[0].Target != `"THE QUIET COUNCIL"` || a.Gold[1].Target != `"OTHER"` ||
		a.Gold[1].Code != "051" || a.Gold[1].Source != "ZENGOV" || a.Gold[0].Line != 16 {
		t.Errorf("gold %+v", a.Gold)
	}
	if _, err := a.ConllU(); err == nil || !strings.Contains(err.Error(), "ALPHA-1") {
		t.Errorf("ConllU on a Penn parse: %v", err)
	}
	b := rf.Records[1]
	if !a.Active() || b.Active() {
		t.Errorf("Active")
	}
	if b.ID != "BETA_1" || !b.NoEvents || len(b.Gold) != 0 || b.ParseKind != ParseCoNLLU || b.Attrs["evaluate"] != "false" {
		t.Errorf("record 1 (self-closed <Sentence/>): %+v", b)
	}
	s, err := b.ConllU()
	if err != nil || len(s.Lines) != 3 || s.Lines[1].Fields[1] != "happens" {
		t.Errorf("ConllU: %v %+v", err, s)
	}
	c := rf.Records[2]
	if c.ExpectError != "dateline" || c.ISODate != "" {
		t.Errorf("record 2: %+v", c)
	}
	_, err = c.ConllU()
	if err == nil || !strings.Contains(err.Error(), "fix.xml:38: record BAD-DATE") || !strings.Contains(err.Error(), "BAD-DATE") {
		t.Errorf("ConllU error should name file:line and record: %v", err)
	}
	want := []string{
		"fix.xml:34: record BAD-DATE: bad date",
		"fix.xml:41: <Sentence> has no id",
		"fix.xml:45: record NO-CODE: <EventCoding> has no eventcode",
	}
	if len(rf.Errors) != len(want) {
		t.Errorf("errors: %q", rf.Errors)
	}
	for i, w := range want {
		if i < len(rf.Errors) && !strings.HasPrefix(rf.Errors[i].Error(), w) {
			t.Errorf("error %d: %q, want prefix %q", i, rf.Errors[i], w)
		}
	}
}

func TestReadRecordsMalformed(t *testing.T) {
	in := `<Sentences>
<Sentence id="A1" date="20200101"><Text>one
<Sentence id="A2" date="20200102"><Text>two</Text><Parse>(ROOT</Parse>
<EventCoding sourcecode="X" targetcode="Y" eventcode="010">
<Sentence id="A3" date="20200103" <Text>three</Text></Sentence>
<!-- never closed`
	rf, err := ReadRecords(strings.NewReader(in), "bad.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(rf.Records) != 3 {
		t.Fatalf("records %d, want 3", len(rf.Records))
	}
	if rf.Records[0].Text != "one" || rf.Records[1].Text != "two" || rf.Records[2].Text != "three" || len(rf.Records[1].Gold) != 1 {
		t.Errorf("records %+v", rf.Records)
	}
	joined := ""
	for _, e := range rf.Errors {
		joined += e.Error() + "\n"
	}
	for _, w := range []string{"bad.xml:2: record A1: <Text> never closed", "bad.xml:5: tag <Sentence not closed", "bad.xml:6: comment never closed"} {
		if !strings.Contains(joined, w) {
			t.Errorf("missing error %q in\n%s", w, joined)
		}
	}
}

func FuzzReadRecords(f *testing.F) {
	f.Add(fixtureRecords)
	f.Add(`<Sentence id="x" date="1"/><EventCoding/><Parse>1	a</Parse>`)
	f.Add(`<a b='c' d=e f><`)
	f.Fuzz(func(t *testing.T, s string) {
		rf, err := ReadRecords(strings.NewReader(s), "fuzz.xml")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rf.Records {
			r.ConllU()
			_ = r.PlainText()
		}
	})
}
