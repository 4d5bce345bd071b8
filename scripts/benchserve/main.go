// Command benchserve load-tests `anonymizer serve` on loopback: it starts
// the server as a process, measures one request's service time, then sends
// a fixed number of requests at 4x the server's capacity (max-inflight /
// service time) from several clients (API keys), and prints throughput,
// p50/p99 latency of the answered requests, the counts of 429 and 503, of
// any other 5xx (which must be none: the command fails otherwise), and the
// server's peak RSS. Its last line is one JSON object (read by make bench).
//
//	go run ./scripts/benchserve [-bin bin/anonymizer] [-page testdata/samples/form.png] [-n 120]
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchserve:", err)
	os.Exit(1)
}

// Server settings: 2 in flight, a queue of 4, and per client (of 8) a
// rate of its share of the capacity with a burst of 2, so that 4x the
// capacity meets every limit.
const (
	maxInflight = 2
	queue       = 4
	clients     = 8
	overload    = 4
)

func main() {
	bin := flag.String("bin", "bin/anonymizer", "the anonymizer binary")
	pagePath := flag.String("page", "testdata/samples/form.png", "the document every request sends")
	n := flag.Int("n", 120, "requests sent at 4x capacity")
	flag.Parse()
	page, err := os.ReadFile(*pagePath)
	if err != nil {
		fail(err)
	}
	dir, err := os.MkdirTemp("", "benchserve")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	keys := make([]string, clients)
	for i := range keys {
		keys[i] = fmt.Sprintf("bench-client-%d", i)
	}
	keyFile := filepath.Join(dir, "keys")
	if err := os.WriteFile(keyFile, []byte(strings.Join(keys, "\n")), 0o600); err != nil {
		fail(err)
	}
	// Service time: the fastest of 3 requests sent one at a time, on a
	// server without rate limits.
	srv, url, err := startServer(*bin, keyFile, 0)
	if err != nil {
		fail(err)
	}
	service := time.Hour
	for i := range 3 {
		t0 := time.Now()
		if code, err := post(url, keys[i], page); err != nil || code != 200 {
			fail(fmt.Errorf("calibration request: %d %v", code, err))
		}
		service = min(service, time.Since(t0))
	}
	srv.Process.Kill()
	srv.Wait()
	capacity := maxInflight / service.Seconds()
	offered := overload * capacity

	srv, url, err = startServer(*bin, keyFile, capacity/clients)
	if err != nil {
		fail(err)
	}
	defer srv.Process.Kill()

	type result struct {
		code int
		d    time.Duration
	}
	results := make([]result, *n)
	var wg sync.WaitGroup
	interval := time.Duration(float64(time.Second) / offered)
	t0 := time.Now()
	for i := range *n {
		time.Sleep(time.Until(t0.Add(time.Duration(i) * interval)))
		wg.Go(func() {
			s := time.Now()
			code, err := post(url, keys[i%clients], page)
			if err != nil {
				code = -1
			}
			results[i] = result{code, time.Since(s)}
		})
	}
	wg.Wait()
	elapsed := time.Since(t0)
	peakRSS := peakRSSMiB(srv.Process.Pid)

	codes := map[int]int{}
	var ok []float64
	for _, r := range results {
		codes[r.code]++
		if r.code == 200 {
			ok = append(ok, r.d.Seconds())
		}
	}
	slices.Sort(ok)
	other5xx := 0
	for c, k := range codes {
		if c >= 500 && c != 503 || c < 0 {
			other5xx += k
		}
	}
	out := map[string]float64{
		"serve_service_s": round(service.Seconds()), "serve_offered_rps": round(offered),
		"serve_throughput_rps": round(float64(codes[200]) / elapsed.Seconds()),
		"serve_p50_s":          round(quantile(ok, 0.5)), "serve_p99_s": round(quantile(ok, 0.99)),
		"serve_200": float64(codes[200]), "serve_429": float64(codes[429]), "serve_503": float64(codes[503]),
		"serve_other_5xx": float64(other5xx), "serve_peak_rss_mib": round(peakRSS),
	}
	fmt.Printf("%-44s %8.3f s\n", "serve: one request (service time)", service.Seconds())
	fmt.Printf("%-44s %8.2f req/s (4x %d in flight)\n", "serve: offered", offered, maxInflight)
	fmt.Printf("%-44s %8.2f req/s\n", "serve: throughput (200s)", out["serve_throughput_rps"])
	fmt.Printf("%-44s %8.3f / %.3f s\n", "serve: p50 / p99 of 200s", out["serve_p50_s"], out["serve_p99_s"])
	fmt.Printf("%-44s %v\n", fmt.Sprintf("serve: answers to %d requests", *n), codes)
	fmt.Printf("%-44s %8.1f MiB\n", "serve: server peak RSS", peakRSS)
	b, _ := json.Marshal(out)
	fmt.Println(string(b))
	if other5xx > 0 {
		fail(fmt.Errorf("%d answers were a 5xx other than 503 (or no answer)", other5xx))
	}
}

// startServer runs the server on a free loopback port and waits until it
// is ready; the address comes from its "serving" log line.
func startServer(bin, keyFile string, rate float64) (*exec.Cmd, string, error) {
	cmd := exec.Command(bin, "--log-format", "json", "serve", "--listen", "127.0.0.1:0",
		"--key", "bench", "--max-inflight", strconv.Itoa(maxInflight), "--queue", strconv.Itoa(queue),
		"--rate", strconv.FormatFloat(rate, 'f', 4, 64), "--burst", "2", "--api-key-file", keyFile, "--workers", "2")
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, "", err
	}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	sc := bufio.NewScanner(stderr)
	url := ""
	for url == "" && sc.Scan() {
		var line struct{ Listen, Message string }
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Message == "serving" {
			url = "http://" + line.Listen
		}
	}
	go io.Copy(io.Discard, stderr)
	for deadline := time.Now().Add(time.Minute); url != "" && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(url + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return cmd, url, nil
			}
		}
	}
	cmd.Process.Kill()
	return nil, "", fmt.Errorf("the server was not ready in a minute")
}

func post(url, key string, body []byte) (int, error) {
	req, err := http.NewRequest("POST", url+"/v1/detect", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

// peakRSSMiB is the process's peak resident set (VmHWM).
func peakRSSMiB(pid int) float64 {
	data, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(q*float64(len(sorted))))]
}

func round(f float64) float64 { return float64(int64(f*1000+0.5)) / 1000 }
