package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
)

func configCommand() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "write, check and upgrade --config files",
		Description: "A config file is JSON (// comments allowed) with the fields of configs/anonymizer.json;\n" +
			"each sets the flag of the same name (flags override it), a missing or null field keeps\n" +
			"the flag's default. \"version\" is the format's version (" + strconv.Itoa(configVersion) + "; a file without one is\n" +
			"version 0, whose zero values meant the defaults). Problems exit with code 2.",
		Subcommands: []*cli.Command{
			{
				Name:   "init",
				Usage:  "print a commented config holding every default",
				Action: runConfigInit,
			},
			{
				Name:      "validate",
				Usage:     "check a config file: every problem, one per line, naming its field",
				ArgsUsage: "FILE",
				Action:    runConfigValidate,
			},
			{
				Name:      "migrate",
				Usage:     "upgrade a config file to version " + strconv.Itoa(configVersion),
				ArgsUsage: "FILE [-o OUT]",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write here (atomically; may be FILE) instead of to standard output"},
				},
				Action: runConfigMigrate,
			},
		},
	}
}

func runConfigInit(c *cli.Context) error {
	_, err := os.Stdout.Write(configTemplate())
	return err
}

// configFileArg reads the single FILE argument of a config subcommand.
// migrateArgs reads `migrate FILE` with --output before or after FILE
// (the CLI library reads flags only before the arguments).
func migrateArgs(c *cli.Context) (path, output string, err error) {
	output = c.String("output")
	args := c.Args().Slice()
	if len(args) == 3 && (args[1] == "-o" || args[1] == "--output") && output == "" {
		return args[0], args[2], nil
	}
	path, err = configFileArg(c)
	return path, output, err
}

func configFileArg(c *cli.Context) (string, error) {
	if c.NArg() != 1 {
		return "", usagef("config %s: want one FILE", c.Command.Name)
	}
	return c.Args().First(), nil
}

func runConfigValidate(c *cli.Context) error {
	path, err := configFileArg(c)
	if err != nil {
		return err
	}
	cf, err := readConfig(path)
	if err != nil {
		return err
	}
	note := ""
	if cf.version < configVersion {
		note = "; `anonymizer config migrate` upgrades it"
	}
	fmt.Printf("%s: valid, version %d%s\n", path, cf.version, note)
	return nil
}

func runConfigMigrate(c *cli.Context) error {
	path, output, err := migrateArgs(c)
	if err != nil {
		return err
	}
	cf, err := readConfig(path)
	if err != nil {
		return err
	}
	var entries []configEntry
	for _, f := range configFields() {
		if v, ok := cf.values[f.path]; ok {
			entries = append(entries, configEntry{path: f.path, value: v})
		}
	}
	out := encodeConfig(entries, "")
	if output != "" {
		return atomicfile.WriteBytes(output, out)
	}
	_, err = os.Stdout.Write(out)
	return err
}

// configEntry is a field as encodeConfig writes it.
type configEntry struct {
	path    string
	value   any // nil writes null
	comment string
}

// configTemplate is every field with its flag's default (a field without a
// flag, its own), and the flag's usage as a comment. A field whose flag no
// command of this binary has is left out.
func configTemplate() []byte {
	flags := allFlags()
	var entries []configEntry
	for _, f := range configFields() {
		e := configEntry{path: f.path, value: f.def, comment: f.usage}
		if f.flag != "" {
			fl, ok := flags[f.flag]
			if !ok {
				continue
			}
			e.value = flagDefault(fl, f.kind)
			if d, ok := fl.(cli.DocGenerationFlag); ok {
				e.comment = "--" + f.flag + ": " + d.GetUsage()
			}
		}
		entries = append(entries, e)
	}
	header := "// anonymizer config (`anonymizer config init`). Each field sets the flag that its\n" +
		"// comment names; flags override the file; a missing or null field keeps the default.\n" +
		"// Check it with `anonymizer config validate FILE`.\n"
	return encodeConfig(entries, header)
}

// allFlags are the flags of every command of this binary, by name; where
// commands share a name the first in the command table's order wins
// (detect and anonymize come first: the template describes theirs).
func allFlags() map[string]cli.Flag {
	out := map[string]cli.Flag{}
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				for _, n := range f.Names() {
					if _, ok := out[n]; !ok {
						out[n] = f
					}
				}
			}
			walk(c.Subcommands)
		}
	}
	for _, e := range commandTable() {
		walk([]*cli.Command{e.Command})
	}
	return out
}

// flagDefault is a flag's default as a config value of kind k; an empty
// one is nil (the template writes null: no value).
func flagDefault(f cli.Flag, k valueKind) any {
	var v any
	switch f := f.(type) {
	case *cli.IntFlag:
		v = f.Value
	case *cli.Float64Flag:
		v = f.Value
	case *cli.BoolFlag:
		v = f.Value
	case *cli.DurationFlag:
		v = f.Value
	case *cli.StringFlag:
		v = f.Value
	default:
		// Other flag types: their default as text, read as k.
		d, ok := f.(cli.DocGenerationFlag)
		if !ok || d.GetValue() == "" {
			return nil
		}
		if n, err := toKind(json.Number(d.GetValue()), k); err == nil {
			return n
		}
		if s, err := toKind(strings.Trim(d.GetValue(), `"`), k); err == nil {
			return s
		}
		return nil
	}
	if v == "" {
		return nil
	}
	return v
}

// encodeConfig writes a config file of the current version: header, then
// the entries in order, grouped into their sections, each after its
// comment.
func encodeConfig(entries []configEntry, header string) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("{\n  \"version\": " + strconv.Itoa(configVersion))
	section := ""
	for _, e := range entries {
		sec, name, nested := strings.Cut(e.path, ".")
		if !nested {
			sec, name = "", e.path
		}
		if sec != section {
			if section != "" {
				b.WriteString("\n  }")
			}
			if sec != "" {
				fmt.Fprintf(&b, ",\n  %q: {", sec)
			}
		}
		indent := "  "
		if sec != "" {
			indent = "    "
		}
		if sec == section || sec == "" {
			b.WriteString(",")
		}
		b.WriteString("\n")
		if e.comment != "" {
			b.WriteString(indent + "// " + strings.ReplaceAll(e.comment, "\n", " ") + "\n")
		}
		fmt.Fprintf(&b, "%s%q: %s", indent, name, encodeValue(e.value))
		section = sec
	}
	if section != "" {
		b.WriteString("\n  }")
	}
	b.WriteString("\n}\n")
	return b.Bytes()
}

func encodeValue(v any) string {
	if d, ok := v.(time.Duration); ok {
		v = d.String()
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "null"
	}
	return strings.TrimSpace(b.String())
}
