//go:build torch

package main

import "testing"

func TestModelInfo(t *testing.T) {
	if code := run("model", "info", "--preset", "tiny"); code != exitOK {
		t.Fatalf("model info: exit code %d", code)
	}
	if code := run("model", "info", "--preset", "huge"); code != exitUsage {
		t.Fatalf("unknown preset: exit code %d", code)
	}
	if code := run("model", "info", "--model", t.TempDir()); code != exitSomeFailed {
		t.Fatalf("empty model folder: exit code %d", code)
	}
}
