package tokenize

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad/internal/doc"
)

// checkInvariants asserts what Split promises on any input: sentences and
// tokens in order with in-range offsets, Form == Text[Start:End] (there are
// no normalisations), no white space inside a token, and no text lost
// (every byte outside the tokens is a separator).
func checkInvariants(t *testing.T, d *doc.Document) {
	t.Helper()
	text := d.Text
	covered := make([]bool, len(text))
	prevSent, prevTok := 0, 0
	for n, s := range d.Sentences {
		wantID := "s" + strconv.Itoa(n+1)
		if d.ID != "" {
			wantID = d.ID + "-" + strconv.Itoa(n+1)
		}
		if s.ID != wantID {
			t.Fatalf("sentence %d: id %q, want %q", n, s.ID, wantID)
		}
		if s.Start < prevSent || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d: bad span %d-%d (previous end %d, len %d)", n, s.Start, s.End, prevSent, len(text))
		}
		if s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d: Text %q is not Text[%d:%d]", n, s.Text, s.Start, s.End)
		}
		if n == 0 && !s.NewPar {
			t.Fatalf("first sentence does not open a paragraph")
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", n)
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Fatalf("sentence %d: span %d-%d does not match its tokens", n, s.Start, s.End)
		}
		prevSent = s.End
		for k, tok := range s.Tokens {
			if tok.Start < prevTok || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("sentence %d token %d: bad span %d-%d (previous end %d)", n, k, tok.Start, tok.End, prevTok)
			}
			if tok.Form != text[tok.Start:tok.End] {
				t.Fatalf("sentence %d token %d: Form %q is not Text[%d:%d]", n, k, tok.Form, tok.Start, tok.End)
			}
			if strings.IndexFunc(tok.Form, unicode.IsSpace) >= 0 {
				t.Fatalf("sentence %d token %d: %q contains white space", n, k, tok.Form)
			}
			if tok.Head != -1 {
				t.Fatalf("token head %d, want -1", tok.Head)
			}
			wantSpace := tok.End < len(text) && isSpaceAt(text, tok.End)
			if tok.SpaceAfter != wantSpace {
				t.Fatalf("token %q: SpaceAfter %v", tok.Form, tok.SpaceAfter)
			}
			for i := tok.Start; i < tok.End; i++ {
				covered[i] = true
			}
			prevTok = tok.End
		}
	}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !covered[i] && (r == utf8.RuneError && w == 1 || !isSep(r)) {
			t.Fatalf("byte %d (%q) is in no token", i, text[i:i+w])
		}
		i += w
	}
}

func FuzzSplit(f *testing.F) {
	seeds := []string{
		"",
		" ",
		"\n\n\n",
		"Mr. Smith met Gen. Petraeus in the U.S. The talks failed.",
		`He said: "We will act. We are ready." Then he left.`,
		"Ukraine's army can't and won't yield; gonna fight.",
		"$3.2 million, €2bn, 3.5%, 1,250 troops at 3:30 p.m. on 5/1/2024 and 2024-05-01.",
		"See https://example.com/a?b=(1). Mail press@state.gov @UN #Gaza :-) <3",
		"Headline without stop\nBody starts here. And ends.\n\nNew par",
		"a\x00b\x01c\x7f d\u00a0e\u2028f\u2029g\ufeffh\u200bi",
		"\xff\xfe\xc3 invalid \xe2\x80 utf8 \xe2\x80\x99s",
		"....!!!???……——––",
		"O'Brien's '' `` ’’ ‘’ '' 's n't 'll",
		"J.R.R. Tolkien, John F. Kennedy, No. 10, St. Louis.",
		"713-853-3989 3-5213 11-15 e-mail non-profit Al-Sisi U.S.-led",
		"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p",
		"1,2,3 1,234,567.89 10:15:30 1/2/3/4/5",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	tk := New()
	f.Fuzz(func(t *testing.T, text string) {
		d := &doc.Document{ID: "f", Text: text}
		tk.Split(d)
		checkInvariants(t, d)
	})
}

func TestInvariantsOnOddInput(t *testing.T) {
	tk := New()
	inputs := []string{
		strings.Repeat("a", 1<<16),
		strings.Repeat("-", 1000) + strings.Repeat(".", 1000),
		strings.Repeat("U.S. ", 2000),
		strings.Repeat("\xff", 100),
		strings.Repeat("x'", 500),
		strings.Repeat("1-", 500),
		"http://a.b/" + strings.Repeat(")", 1<<16),
		"http://a.b/" + strings.Repeat("(", 1<<16) + strings.Repeat(".)", 1<<15),
		strings.Repeat("a.", 1<<15) + strings.Repeat(".", 1<<15) + "@b.c",
		strings.Repeat("min. ", 5000) + strings.Repeat(" ", 1<<16),
		strings.Repeat("'s", 1<<14) + strings.Repeat(":)", 1<<14),
		"'s", "n't", "'", "’", "$", "@", "#", "http://", "www.", "www.a", "a@", "@b.c",
		"\r\n\r\n", "\r\rx\r\r", ".", "Mr.", "U.S.", "No.", "A.", "a.", "3.", "e.g.",
	}
	for _, in := range inputs {
		d := &doc.Document{Text: in}
		tk.Split(d)
		checkInvariants(t, d)
	}
}

func BenchmarkSplit(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(`KYIV (Reuters) - Ukraine's President Volodymyr Zelenskiy said on Tuesday that Russia's forces had launched 1,250 drones since Jan. 5, 2024, and that the U.S. would send $3.2 million in aid. "We will not yield," he said. Mr. Smith, a spokesman for the U.N. in New York, told reporters at 3:30 p.m. that talks can't resume until 2024-05-01. The E.U. pledged €2bn, up 3.5% on last year; see https://example.com/news or write to press@example.org.` + "\n\n")
	}
	text := sb.String()
	// Count words once, for the words/s figure.
	d := &doc.Document{Text: text}
	tk := New()
	tk.Split(d)
	words := 0
	for _, s := range d.Sentences {
		words += len(s.Tokens)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := &doc.Document{Text: text}
		tk.Split(d)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
