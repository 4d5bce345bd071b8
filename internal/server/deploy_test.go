package server

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/anonymizer-project/anonymizer/pipeline/jobqueue"
)

// deployFiles are the dashboard and the alert rules, from the repository
// root.
var deployFiles = []string{"deploy/grafana/anonymizer.json", "deploy/prometheus/alerts.yml"}

// exported are the sample names the registry exports: each metric's name,
// and a histogram's _bucket, _sum and _count.
func exported(t *testing.T, reg *prometheus.Registry) map[string]bool {
	ch := make(chan *prometheus.Desc)
	go func() { reg.Describe(ch); close(ch) }()
	fqName := regexp.MustCompile(`fqName: "([^"]+)"`)
	names := map[string]bool{}
	for d := range ch {
		m := fqName.FindStringSubmatch(d.String())
		if m == nil {
			t.Fatalf("no name in %s", d)
		}
		names[m[1]] = true
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			names[m[1]+suffix] = true
		}
	}
	return names
}

// TestDeployFilesNameExportedMetrics: every anonymizer_ metric that the
// dashboard and the alert rules name is exported by the server or by the
// queue's workers (the dashboard's workers row).
func TestDeployFilesNameExportedMetrics(t *testing.T) {
	have := exported(t, newMetrics().reg)
	workers := prometheus.NewRegistry()
	jobqueue.NewMetrics(workers)
	maps.Copy(have, exported(t, workers))
	used := regexp.MustCompile(`\banonymizer_[a-z0-9_]+`)
	for _, f := range deployFiles {
		data, err := os.ReadFile(filepath.Join("..", "..", f))
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]bool{}
		for _, n := range used.FindAllString(string(data), -1) {
			names[n] = true
		}
		if len(names) < 5 {
			t.Errorf("%s names only %d metrics", f, len(names))
		}
		for n := range names {
			if !have[n] {
				t.Errorf("%s names %s, which neither the server nor a worker exports", f, n)
			}
		}
	}
}

// TestAlertRulesPassPromtool runs promtool's check and the rules' unit
// tests (Debian's prometheus package has promtool; the test skips
// without it).
func TestAlertRulesPassPromtool(t *testing.T) {
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Skip("promtool not installed (apt-get install prometheus)")
	}
	dir := filepath.Join("..", "..", "deploy", "prometheus")
	for _, args := range [][]string{{"check", "rules", "alerts.yml"}, {"test", "rules", "alerts_test.yml"}} {
		cmd := exec.Command(promtool, args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("promtool %v: %v\n%s", args, err, out)
		}
	}
}
