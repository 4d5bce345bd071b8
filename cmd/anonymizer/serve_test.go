package main

import (
	"bufio"
	"encoding/json"
	"image"
	"image/png"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

// TestServeChild is the server process of TestServeSIGTERM.
func TestServeChild(t *testing.T) {
	if os.Getenv("ANONYMIZER_SERVE_CHILD") != "1" {
		t.Skip("the server process of TestServeSIGTERM")
	}
	os.Exit(exitCode(newApp().Run([]string{"anonymizer", "--log-format", "json", "serve",
		"--listen", "127.0.0.1:0", "--key", "k", "--workers", "1", "--shutdown-timeout", "1m"})))
}

// TestServeSIGTERM runs `anonymizer serve`, holds a request in it, sends
// SIGTERM: the request is still answered 200, and the process exits 0.
func TestServeSIGTERM(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeChild$")
	cmd.Env = append(os.Environ(), "ANONYMIZER_SERVE_CHILD=1", "OMP_THREAD_LIMIT=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	logs := bufio.NewScanner(stderr)
	url := ""
	for url == "" && logs.Scan() {
		var line struct{ Listen, Message string }
		if json.Unmarshal(logs.Bytes(), &line) == nil && line.Message == "serving" {
			url = "http://" + line.Listen
		}
	}
	go io.Copy(io.Discard, stderr)
	if url == "" {
		t.Fatal("the server logged no address")
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(url + "/readyz"); err == nil && resp.StatusCode == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("not ready in 30 s")
		}
	}
	body := letterhead(t)
	pr, pw := io.Pipe()
	answered := make(chan int, 1)
	go func() {
		resp, err := http.Post(url+"/v1/detect", "application/octet-stream", pr)
		if err != nil {
			answered <- -1
			return
		}
		resp.Body.Close()
		answered <- resp.StatusCode
	}()
	pw.Write(body[:100])
	for !strings.Contains(metricsText(t, url), "anonymizer_queue_depth 1") {
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	pw.Write(body[100:])
	pw.Close()
	if code := <-answered; code != 200 {
		t.Errorf("the request in flight at SIGTERM: %d", code)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit after SIGTERM: %v", err)
	}
}

func metricsText(t *testing.T, url string) string {
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// letterhead is the top of a synthetic letter as PNG: a few words.
func letterhead(t *testing.T) []byte {
	d, err := synthdoc.Generate(synthdoc.Options{Kind: synthdoc.Letter, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := png.Encode(&b, d.Image.SubImage(image.Rect(0, 0, d.Image.Rect.Dx(), 160))); err != nil {
		t.Fatal(err)
	}
	return []byte(b.String())
}
