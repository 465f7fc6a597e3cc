package lexicon

import "testing"

func TestDefaultLoads(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries()) == 0 {
		t.Fatal("no entries")
	}
}
