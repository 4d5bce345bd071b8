package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// runConfig runs `anonymizer config ARGS...` and returns its exit code,
// standard output and error.
func runConfig(t *testing.T, args ...string) (int, string, error) {
	t.Helper()
	var code int
	var err error
	out := withStdio(t, os.DevNull, func() {
		err = newApp().Run(append([]string{"anonymizer", "config"}, args...))
		code = exitCode(err)
	})
	return code, string(out), err
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigValidateNamesEveryProblem(t *testing.T) {
	bad := writeFile(t, "bad.json", `{
		"version": 1,
		"workers": -2,
		"dpi": "high",
		"bogus": true,
		// a comment, as config init writes them
		"detect": {"threshold": 1.7, "types": ["PHONE", "NOPE"], "colour": 1, "region": "ZZ"},
		"anonymize": {"strategy": "render", "redact_color": "black", "model": "/no/such/model"},
		"serve": {"rate": 5, "listen": "8080"}
	}`)
	code, _, err := runConfig(t, "validate", bad)
	if code != exitUsage {
		t.Fatalf("validate a bad file: exit code %d (%v), want %d", code, err, exitUsage)
	}
	var cp configProblems
	if !errors.As(err, &cp) {
		t.Fatalf("error %v is not the file's problems", err)
	}
	want := []string{
		"bogus: unknown field",
		"detect.colour: unknown field",
		"detect.region: ",
		"detect.threshold: 1.7 is outside (0,1]",
		`detect.types: unknown entity type "NOPE"`,
		`dpi: "high", want a number`,
		"workers: -2 is below 0",
		`anonymize.redact_color: colour "black": want #RRGGBB`,
		`anonymize.model: "/no/such/model" does not exist`,
		`serve.listen: "8080": want HOST:PORT`,
		"serve.burst: missing; serve.rate needs it",
	}
	for _, w := range want {
		found := false
		for _, p := range cp.problems {
			found = found || strings.HasPrefix(p, w)
		}
		if !found {
			t.Errorf("no problem starts %q", w)
		}
	}
	if len(cp.problems) != len(want) {
		t.Errorf("%d problems, want %d:\n%s", len(cp.problems), len(want), err)
	}

	good := writeFile(t, "good.json", `{"version": 1, "detect": {"threshold": 0.7}, "serve": {"rate": 2, "burst": 4}}`)
	if code, out, err := runConfig(t, "validate", good); code != exitOK || !strings.Contains(out, "valid, version 1") {
		t.Errorf("validate a good file: exit code %d, output %q, error %v", code, out, err)
	}
	for _, content := range []string{``, `[1]`, `{"version": 7}`, `{"version": 1} {}`, `{"detect": 3}`} {
		if code, _, _ := runConfig(t, "validate", writeFile(t, "c.json", content)); code != exitUsage {
			t.Errorf("validate %q: exit code %d, want %d", content, code, exitUsage)
		}
	}
}

// TestConfigMigrate upgrades a version 0 file, whose zero values meant the
// defaults: the upgraded file gives the same options.
func TestConfigMigrate(t *testing.T) {
	t.Setenv("ANONYMIZER_KEY", "k")
	old := writeFile(t, "old.json", `{
		"workers": 0, "page_timeout": "", "max_pixels": 1000, "dpi": 0,
		"ocr": {"psm": 0, "second_psm": 0, "language": ""},
		"detect": {"types": [], "threshold": 0, "allow_list": ["Acme"], "region": "GB", "ner": false}
	}`)
	code, out, err := runConfig(t, "migrate", old)
	if code != exitOK {
		t.Fatalf("migrate: exit code %d: %v", code, err)
	}
	want := "{\n  \"version\": 1,\n  \"max_pixels\": 1000,\n  \"ocr\": {\n    \"second_psm\": 0\n  },\n" +
		"  \"detect\": {\n    \"allow_list\": [\"Acme\"],\n    \"region\": \"GB\",\n    \"ner\": false\n  }\n}\n"
	if out != want {
		t.Errorf("migrated:\n%s\nwant:\n%s", out, want)
	}
	upgraded := filepath.Join(t.TempDir(), "new.json")
	if code, _, err := runConfig(t, "migrate", old, "-o", upgraded); code != exitOK {
		t.Fatalf("migrate -o: %v", err)
	}
	if data, _ := os.ReadFile(upgraded); string(data) != want {
		t.Errorf("migrate -o wrote:\n%s", data)
	}
	before, _ := optionsOf(t, "--config", old)
	after, _ := optionsOf(t, "--config", upgraded)
	if !sameOptions(before, after) {
		t.Errorf("options differ after the upgrade:\n before %+v\n after  %+v", before, after)
	}
	// In version 1 a zero is a value: psm 0 is Tesseract's mode 0.
	v1 := writeFile(t, "v1.json", `{"version": 1, "ocr": {"psm": 0}}`)
	if got, _ := optionsOf(t, "--config", v1); got.OCR.PSM != 0 {
		t.Errorf("version 1 psm 0 read as %d", got.OCR.PSM)
	}
}

// TestShippedConfigIsTheTemplate: configs/anonymizer.json is what
// `config init` prints, so that it restates no default by hand.
func TestShippedConfigIsTheTemplate(t *testing.T) {
	shipped, err := os.ReadFile(filepath.Join("..", "..", "configs", "anonymizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, err := runConfig(t, "init")
	if code != exitOK {
		t.Fatal(err)
	}
	if !bytes.Equal(shipped, []byte(out)) {
		t.Errorf("configs/anonymizer.json is not `anonymizer config init`'s output; regenerate it with\n" +
			"  go run ./cmd/anonymizer config init > configs/anonymizer.json")
	}
	if _, problems := parseConfig(shipped); len(problems) > 0 {
		t.Errorf("the template has problems: %v", problems)
	}
}

// TestConfigSetsOnlyTheCommandsFlags: a section for another command's
// flags (serve) is checked but sets nothing on detect.
func TestConfigSetsOnlyTheCommandsFlags(t *testing.T) {
	path := writeFile(t, "c.json", `{"version": 1, "detect": {"threshold": 0.8},
		"serve": {"listen": "127.0.0.1:9000", "rate": 2, "burst": 4, "queue": 3}}`)
	got, _ := optionsOf(t, "--config", path)
	if got.PII.Threshold != 0.8 {
		t.Errorf("threshold %v, want the file's 0.8", got.PII.Threshold)
	}
}

// FuzzParseConfig: parseConfig never panics, and a file it accepts,
// written again as version 1, reads back to the same values.
func FuzzParseConfig(f *testing.F) {
	f.Add(configTemplate())
	f.Add([]byte(`{"workers": 0, "ocr": {"psm": 0, "second_psm": 11}, "detect": {"types": ["PHONE"], "ner": true}}`))
	f.Add([]byte(`{"version": 1, "page_timeout": "1h0m0.5s", "serve": {"rate": 2.5, "burst": 4, "listen": ":80"}} // x`))
	f.Add([]byte("{\"key\": \"a // not a comment \\\" still\", // comment\n \"dpi\": 1e2}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, problems := parseConfig(data)
		if len(problems) > 0 {
			for _, p := range problems {
				if p == "" || strings.Contains(p, "\n") {
					t.Fatalf("problem %q is not one line", p)
				}
			}
			return
		}
		var entries []configEntry
		for _, fl := range configFields() {
			if v, ok := cf.values[fl.path]; ok {
				entries = append(entries, configEntry{path: fl.path, value: v, comment: "c"})
			}
		}
		out := encodeConfig(entries, "// h\n")
		cf2, problems := parseConfig(out)
		if len(problems) > 0 {
			t.Fatalf("the rewritten file has problems %v:\n%s", problems, out)
		}
		if !reflect.DeepEqual(cf.values, cf2.values) {
			t.Fatalf("values changed when written again:\n%v\n%v\n%s", cf.values, cf2.values, out)
		}
	})
}
