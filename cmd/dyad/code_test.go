package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runArgs(stdin string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code := run(e, args)
	return code, out.String(), errb.String()
}

func TestCodeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"code"},
		{"code", "--format", "xls", "-"},
		{"code", "--input-format", "yaml", "-"},
		{"code", "--parses", "theirs", "-"},
		{"code", "--dedup", "weekly", "-"},
		{"code", "--date", "someday", "-"},
		{"code", "--workers", "0", "-"},
	} {
		if code, _, stderr := runArgs("", args...); code != exitUsage || !strings.Contains(stderr, "dyad code") {
			t.Errorf("%v: exit %d, stderr %q; want %d", args, code, stderr, exitUsage)
		}
	}
	if code, stdout, _ := runArgs("", "code", "--help"); code != exitOK || !strings.Contains(stdout, "--input-format") && !strings.Contains(stdout, "-input-format") {
		t.Errorf("--help: exit %d, %q", code, stdout)
	}
}

// A document the coder cannot code, or input that cannot be read, is
// reported with its id and skipped: exit 2, with a summary; --strict
// makes it exit 1.
func TestCodeSkips(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\":\"e1\",\"text\":\"\"}\nnot json\n"), 0o644)
	code, stdout, stderr := runArgs("", "code", "--workers", "2", bad, filepath.Join(dir, "missing.txt"))
	if code != exitPartial {
		t.Errorf("exit %d, want %d; stderr %s", code, exitPartial, stderr)
	}
	for _, want := range []string{`bad.jsonl:1: document "e1": empty text`, "bad.jsonl:2: bad JSON", "missing.txt: no such file", "3 skipped"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}
	code, _, stderr = runArgs("", "code", "--strict", bad)
	if code != exitFail || strings.Count(stderr, "skipped:") != 1 {
		t.Errorf("--strict: exit %d, stderr %s", code, stderr)
	}
	if code, _, stderr = runArgs("", "code", "--quiet", bad); strings.Contains(stderr, "documents,") {
		t.Errorf("--quiet printed a summary: %s", stderr)
	}
}
