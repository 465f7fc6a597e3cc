package tokenize

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// forms returns the token forms of text joined by " | ".
func forms(tk *Tokenizer, text string) string {
	d := &doc.Document{Text: text}
	tk.Split(d)
	var out []string
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			out = append(out, t.Form)
		}
	}
	return strings.Join(out, " | ")
}

// sentences returns the sentence texts of text.
func sentences(tk *Tokenizer, text string) []string {
	d := &doc.Document{Text: text}
	tk.Split(d)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func checkTokens(t *testing.T, cases map[string]string) {
	t.Helper()
	tk := New()
	for in, want := range cases {
		if got := forms(tk, in); got != want {
			t.Errorf("tokens of %q:\n got  %s\n want %s", in, got, want)
		}
	}
}

func checkSentences(t *testing.T, text string, want ...string) {
	t.Helper()
	got := sentences(New(), text)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sentences of %q:\n got  %q\n want %q", text, got, want)
	}
}

func TestContractionsAndPossessives(t *testing.T) {
	checkTokens(t, map[string]string{
		"Ukraine's army":          "Ukraine | 's | army",
		"Ukraine’s army":          "Ukraine | ’s | army",
		"Mr. Jones' car":          "Mr. | Jones | ' | car",
		"They don't care.":        "They | do | n't | care | .",
		"I can't and won't.":      "I | ca | n't | and | wo | n't | .",
		"I'm sure we're fine":     "I | 'm | sure | we | 're | fine",
		"You'll see they've gone": "You | 'll | see | they | 've | gone",
		"He'd go":                 "He | 'd | go",
		"We're gonna win":         "We | 're | gon | na | win",
		"I cannot wait":           "I | can | not | wait",
		"DON'T":                   "DO | N'T",
		"O'Brien and Shi'ite":     "O'Brien | and | Shi'ite",
		"Ba'ath party's":          "Ba'ath | party | 's",
		"the U.S.'s allies":       "the | U.S. | 's | allies",
	})
}

func TestPunctuation(t *testing.T) {
	checkTokens(t, map[string]string{
		`“We will act,” he said.`:        "“ | We | will | act | , | ” | he | said | .",
		`"Stop," he said (loudly).`:      `" | Stop | , | " | he | said | ( | loudly | ) | .`,
		"Peace—or war – now":             "Peace | — | or | war | – | now",
		"Wait... what… ok":               "Wait | ... | what | … | ok",
		"Really?! Yes!!!":                "Really | ?! | Yes | !!!",
		"a -- b":                         "a | -- | b",
		"It's here :-) and there :(":     "It | 's | here | :-) | and | there | :(",
		"see (page 3); then: go":         "see | ( | page | 3 | ) | ; | then | : | go",
		"‘Quoted’ words":                 "‘ | Quoted | ’ | words",
		"‘’Should we?’’ he asked":        "‘’ | Should | we | ? | ’’ | he | asked",
		"Iraq-Iran war; 11-15 March":     "Iraq | - | Iran | war | ; | 11 | - | 15 | March",
		"AT&T and PG&E; Tom & Jerry":     "AT&T | and | PG&E | ; | Tom | & | Jerry",
		"Yahoo! and AOL":                 "Yahoo! | and | AOL",
		"b/c of it, w/o him":             "b/c | of | it | , | w/o | him",
		"and/or":                         "and | / | or",
		"(AFP) -- Officials":             "( | AFP | ) | -- | Officials",
		"nine-year-old":                  "nine | - | year | - | old",
		"non-profit e-mail co-operation": "non-profit | e-mail | co-operation",
	})
}

func TestHyphens(t *testing.T) {
	checkTokens(t, map[string]string{
		"search-engine":                        "search | - | engine",
		"Jean-Yves Le Drian":                   "Jean | - | Yves | Le | Drian",
		"President Al-Sisi":                    "President | Al | - | Sisi",
		"Abu-Dhabi":                            "Abu | - | Dhabi",
		"pre-war and post-war":                 "pre-war | and | post-war",
		"U.S.-led coalition":                   "U.S. | - | led | coalition",
		"a 15-year term":                       "a | 15 | - | year | term",
		"call 713-853-3989 now":                "call | 713-853-3989 | now",
		"ext. 3-5213":                          "ext. | 3-5213",
		"anti-government protesters":           "anti-government | protesters",
		"Lashkar-e-Taiba and Jaish-e-Mohammed": "Lashkar | - | e | - | Taiba | and | Jaish | - | e | - | Mohammed",
		"e-mail-based pro-same-gender":         "e-mail | - | based | pro-same | - | gender",
	})
}

func TestAbbreviations(t *testing.T) {
	checkTokens(t, map[string]string{
		"Mr. Smith met Dr. Jones":                   "Mr. | Smith | met | Dr. | Jones",
		"Gen. Petraeus and Sen. McCain":             "Gen. | Petraeus | and | Sen. | McCain",
		"Rep. Pelosi, Prof. Lee":                    "Rep. | Pelosi | , | Prof. | Lee",
		"St. Louis on Jan. 5":                       "St. | Louis | on | Jan. | 5",
		"in Feb. and Sept.":                         "in | Feb. | and | Sept | .",
		"the U.S. and U.N. and U.K. envoy":          "the | U.S. | and | U.N. | and | U.K. | envoy",
		"E.U. leaders":                              "E.U. | leaders",
		"Acme Inc. and Foo Corp. and Bar Ltd. said": "Acme | Inc. | and | Foo | Corp. | and | Bar | Ltd. | said",
		"No. 10 Downing St.":                        "No. | 10 | Downing | St | .",
		"tanks, guns, etc. were seized":             "tanks | , | guns | , | etc. | were | seized",
		"Israel vs. Hamas":                          "Israel | vs. | Hamas",
		"e.g. tanks, i.e. arms":                     "e.g. | tanks | , | i.e. | arms",
		"He said no. Then":                          "He | said | no | . | Then",
	})
}

func TestInitials(t *testing.T) {
	checkTokens(t, map[string]string{
		"John F. Kennedy":      "John | F. | Kennedy",
		"J.R.R. Tolkien wrote": "J.R.R. | Tolkien | wrote",
	})
	checkSentences(t, "President John F. Kennedy was shot. J.R.R. Tolkien wrote books.",
		"President John F. Kennedy was shot.", "J.R.R. Tolkien wrote books.")
}

func TestNumbersAndMoney(t *testing.T) {
	checkTokens(t, map[string]string{
		"USD 40 billion":               "USD | 40 | billion",
		"$3.2 million":                 "$ | 3.2 | million",
		"1,250 troops":                 "1,250 | troops",
		"up 3.5%":                      "up | 3.5 | %",
		"€2bn in aid":                  "€ | 2 | bn | in | aid",
		"£40m":                         "£ | 40 | m",
		"US$5":                         "US$ | 5",
		"1990s and 21st century":       "1990s | and | 21st | century",
		"at 5pm":                       "at | 5 | pm",
		"-3 degrees":                   "- | 3 | degrees",
		"3½ hours":                     "3½ | hours",
		"in '72 and the ’90s":          "in | '72 | and | the | ’90s",
		"Sen. Jane Roe, R-Ariz., said": "Sen. | Jane | Roe | , | R | - | Ariz. | , | said",
		"1,2,3":                        "1 | , | 2 | , | 3",
		"2.5 per cent, 10,000.50":      "2.5 | per | cent | , | 10,000.50",
	})
}

func TestDatesAndTimes(t *testing.T) {
	checkTokens(t, map[string]string{
		"on 2024-05-01":                "on | 2024-05-01",
		"on 5/1/2024":                  "on | 5/1/2024",
		"Jan. 5, 2024":                 "Jan. | 5 | , | 2024",
		"at 3:30 p.m. local time":      "at | 3:30 | p.m. | local | time",
		"at 10:15:30 GMT":              "at | 10:15:30 | GMT",
		"from 2001 to 2005-2006":       "from | 2001 | to | 2005 | - | 2006",
		"on 9/11":                      "on | 9/11",
		"at 7:30PM and 11:30am":        "at | 7:30 | PM | and | 11:30 | am",
		"3/4 of 2001/02, 20/20, 12/27": "3 | / | 4 | of | 2001 | / | 02 | , | 20 | / | 20 | , | 12/27",
		"at 3:30 p.m. The talks":       "at | 3:30 | p.m | . | The | talks",
		"The 2020-21 season":           "The | 2020 | - | 21 | season",
		"30 November 2026, 08:45Z.":    "30 | November | 2026 | , | 08:45Z | .",
	})
}

func TestWebTokens(t *testing.T) {
	checkTokens(t, map[string]string{
		"See https://example.com/a?b=1&c=2.":  "See | https://example.com/a?b=1&c=2 | .",
		"(www.un.org/news)":                   "( | www.un.org/news | )",
		"Write to press@state.gov, or":        "Write | to | press@state.gov | , | or",
		"<jane.doe@example.co.uk>":            "< | jane.doe@example.co.uk | >",
		"@UN_News and #Gaza said":             "@UN_News | and | #Gaza | said",
		"Follow @POTUS.":                      "Follow | @POTUS | .",
		"at Jane Doe@ENRON today":             "at | Jane | Doe@ENRON | today",
		"mail jane...@gmail.com now":          "mail | jane...@gmail.com | now",
		"name plus @example.com. Then":        "name | plus | @example.com | . | Then",
		"the #1 team":                         "the | # | 1 | team",
		"visit example.com today":             "visit | example.com | today",
		`"http://a.b/c"`:                      `" | http://a.b/c | "`,
		"Happy ;) and sad :( and love <3 you": "Happy | ;) | and | sad | :( | and | love | <3 | you",
		"(Plan B) and (Section 8) here ):":    "( | Plan | B | ) | and | ( | Section | 8 | ) | here | ) | :",
	})
}

func TestSentenceBasics(t *testing.T) {
	checkSentences(t, "Russia attacked. Ukraine responded! Why? Nobody knows.",
		"Russia attacked.", "Ukraine responded!", "Why?", "Nobody knows.")
	checkSentences(t, "Mr. Smith went to Washington. He met Sen. Jones there.",
		"Mr. Smith went to Washington.", "He met Sen. Jones there.")
	checkSentences(t, "Talks were held in the U.S. The talks failed.",
		"Talks were held in the U.S.", "The talks failed.")
	checkSentences(t, "Talks were held in the U.S. State Department.",
		"Talks were held in the U.S. State Department.")
	checkSentences(t, "Shares of Acme Inc. rose 3.5% on Jan. 5. It was a record.",
		"Shares of Acme Inc. rose 3.5% on Jan. 5.", "It was a record.")
	checkSentences(t, "The meeting ends at 3 p.m. Officials then leave.",
		"The meeting ends at 3 p.m.", "Officials then leave.")
	checkSentences(t, "The meeting ends at 3 p.m. Eastern time.",
		"The meeting ends at 3 p.m. Eastern time.")
	checkSentences(t, "Gen. Mark A. Milley (ret.) said so. He left.",
		"Gen. Mark A. Milley (ret.) said so.", "He left.")
	checkSentences(t, "The cost, incl. fees, rose approx. five times. The end.",
		"The cost, incl. fees, rose approx. five times.", "The end.")
	checkSentences(t, "Aid arrived in Gaza. then it stopped. Why? no one knows!",
		"Aid arrived in Gaza.", "then it stopped.", "Why?", "no one knows!")
	checkSentences(t, "He was stunned... and silent... Then he spoke.",
		"He was stunned... and silent...", "Then he spoke.")
	checkSentences(t, "It worked :) Now we go.", "It worked :)", "Now we go.")
	checkSentences(t, "Two things.\n\n1. The price is high. 2. The date is late. *3. Done.",
		"Two things.", "1. The price is high.", "2. The date is late.", "*3. Done.")
	checkSentences(t, "The vote was 12. Then came 2024.", "The vote was 12.", "Then came 2024.")
	checkSentences(t, "", []string(nil)...)
	checkSentences(t, "  \n\n\t ", []string(nil)...)
}

func TestQuotedSpeech(t *testing.T) {
	checkSentences(t, `"We will not yield," he said.`, `"We will not yield," he said.`)
	checkSentences(t, `He said: "We will act. We are ready." Then he left.`,
		`He said: "We will act.`, `We are ready."`, `Then he left.`)
	checkSentences(t, `He said: “We will act. We are ready.” Then he left.`,
		`He said: “We will act.`, `We are ready.”`, `Then he left.`)
	checkSentences(t, "It failed.’’ ‘’We go,’’ he said.", "It failed.’’", "‘’We go,’’ he said.")
	checkSentences(t, `"Why?" he asked. "Enough!" said Mr. Lee. “Now?” she said.`,
		`"Why?" he asked.`, `"Enough!" said Mr. Lee.`, `“Now?” she said.`)
	checkSentences(t, `Was it war? "No," she said. "Not yet."`,
		`Was it war?`, `"No," she said.`, `"Not yet."`)
	checkSentences(t, `The army withdrew (see map.) Fighting stopped.`,
		`The army withdrew (see map.)`, `Fighting stopped.`)
}

func TestHeadlinesAndParagraphs(t *testing.T) {
	text := "Russia and Ukraine agree to talks\nKYIV (Reuters) - Russia and Ukraine agreed on Monday to hold talks.\n\nThe talks will\nstart in May. Officials said so.\n\nNo final stop"
	d := &doc.Document{ID: "reu1", Text: text}
	New().Split(d)
	want := []struct {
		text   string
		newPar bool
	}{
		{"Russia and Ukraine agree to talks", true},
		{"KYIV (Reuters) -", false},
		{"Russia and Ukraine agreed on Monday to hold talks.", false},
		{"The talks will\nstart in May.", true},
		{"Officials said so.", false},
		{"No final stop", true},
	}
	if len(d.Sentences) != len(want) {
		t.Fatalf("got %d sentences, want %d: %+v", len(d.Sentences), len(want), d.Sentences)
	}
	for i, w := range want {
		s := d.Sentences[i]
		if s.Text != w.text || s.NewPar != w.newPar {
			t.Errorf("sentence %d: got %q newpar=%v, want %q newpar=%v", i, s.Text, s.NewPar, w.text, w.newPar)
		}
		if wantID := "reu1-" + string(rune('1'+i)); s.ID != wantID {
			t.Errorf("sentence %d: id %q, want %q", i, s.ID, wantID)
		}
	}
}

func TestLineBreakKinds(t *testing.T) {
	for _, text := range []string{
		"Talks collapse\r\n\r\nThe talks failed.",
		"Talks collapse\u2029The talks failed.",
		"Talks collapse\n \t\n The talks failed.",
	} {
		d := &doc.Document{Text: text}
		New().Split(d)
		if len(d.Sentences) != 2 || !d.Sentences[1].NewPar {
			t.Errorf("%q: want two paragraphs, got %+v", text, d.Sentences)
		}
	}
	for _, text := range []string{
		"Talks collapse\r\nThe talks failed.",
		"Talks collapse\u2028The talks failed.",
	} {
		d := &doc.Document{Text: text}
		New().Split(d)
		if len(d.Sentences) != 2 || d.Sentences[1].NewPar {
			t.Errorf("%q: want two sentences in one paragraph, got %+v", text, d.Sentences)
		}
	}
	checkSentences(t, "The president met with\nSenate leaders on Monday.",
		"The president met with\nSenate leaders on Monday.")
	checkSentences(t, "Rockets hit Tel Aviv\nBy Jane Doe\nTEL AVIV (Reuters) - Rockets hit the city.",
		"Rockets hit Tel Aviv", "By Jane Doe", "TEL AVIV (Reuters) -", "Rockets hit the city.")
}

func TestDocumentFields(t *testing.T) {
	text := "Hamas fired rockets.  Israel's army struck back."
	d := &doc.Document{Text: text}
	New().Split(d)
	if len(d.Sentences) != 2 {
		t.Fatalf("got %d sentences", len(d.Sentences))
	}
	if d.Sentences[0].ID != "s1" || d.Sentences[1].ID != "s2" {
		t.Errorf("ids %q %q, want s1 s2", d.Sentences[0].ID, d.Sentences[1].ID)
	}
	if !d.Sentences[0].NewPar || d.Sentences[1].NewPar {
		t.Errorf("newpar %v %v, want true false", d.Sentences[0].NewPar, d.Sentences[1].NewPar)
	}
	s := d.Sentences[1]
	if s.Start != 22 || s.End != len(text) || s.Text != text[22:] {
		t.Errorf("second sentence span %d-%d %q", s.Start, s.End, s.Text)
	}
	wantSpace := []bool{false, true, true, true, false, false}
	if len(s.Tokens) != len(wantSpace) {
		t.Fatalf("got %d tokens", len(s.Tokens))
	}
	for i, tok := range s.Tokens {
		if tok.Head != -1 || tok.Form != text[tok.Start:tok.End] || tok.SpaceAfter != wantSpace[i] {
			t.Errorf("token %d %+v", i, tok)
		}
		if tok.Lemma != "" || tok.UPOS != "" || tok.DepRel != "" {
			t.Errorf("token %d has fields beyond the tokenizer's: %+v", i, tok)
		}
	}
	// Split replaces earlier sentences.
	New().Split(d)
	if len(d.Sentences) != 2 {
		t.Errorf("second Split gave %d sentences", len(d.Sentences))
	}
}

func TestDateline(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"ASTANA, March 12, 2026 - U.S. Secretary of State Marco Rubio arrived in Kazakhstan.",
			[]string{"ASTANA, March 12, 2026 -", "U.S. Secretary of State Marco Rubio arrived in Kazakhstan."}},
		{"LONDON (Reuters) \u2014 Britain expelled two diplomats on Monday.",
			[]string{"LONDON (Reuters) \u2014", "Britain expelled two diplomats on Monday."}},
		{"NEW YORK -- The General Assembly voted.",
			[]string{"NEW YORK --", "The General Assembly voted."}},
		// Not datelines: a lower-case word before the dash, a short
		// acronym, no space around the dash.
		{"NATO officials said - Russia denied it.", []string{"NATO officials said - Russia denied it."}},
		{"US - China talks resumed.", []string{"US - China talks resumed."}},
		{"BEIJING-Moscow ties deepened.", []string{"BEIJING-Moscow ties deepened."}},
	}
	tk := New()
	for _, c := range cases {
		d := &doc.Document{Text: c.text}
		tk.Split(d)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, s.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
