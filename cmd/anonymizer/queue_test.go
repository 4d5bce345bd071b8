package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestQueueUsage: the queue's commands refuse a bad command line with exit
// code 2 before they connect anywhere.
func TestQueueUsage(t *testing.T) {
	t.Setenv("ANONYMIZER_KEY", "")
	url := "nats://127.0.0.1:1"
	page := filepath.Join(t.TempDir(), "page.png")
	if err := os.WriteFile(page, []byte("not read"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := [][]string{
		{"worker"},                // no --nats
		{"worker", "--nats", url}, // no key
		{"worker", "--nats", url, "--key", "k", "--capability", "tpu"},
		{"worker", "--nats", url, "--key", "k", "--ack-wait", "10ms"},
		{"submit", "--nats", url, "--key", "k", "--wait", page}, // --wait without -o
		{"submit", "--nats", url, "-o", t.TempDir(), page},      // no key
		{"submit", "--nats", url, "--key", "k", "--strategy", "blur", "-o", t.TempDir(), page},
		{"collect", "--nats", url}, // no -o
	}
	if !nativeCore {
		cases = append(cases, []string{"worker", "--nats", url, "--key", "k", "--capability", "gpu"})
	}
	for _, args := range cases {
		if code := run(args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}
