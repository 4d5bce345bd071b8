package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/corpus"
	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc"
)

// pageSetFlags are the flags of the commands that render a labelled page
// set (corpus, synth): the output folder, the number of pages (default n)
// and the random seed, then the command's own flags.
func pageSetFlags(n int, own ...cli.Flag) []cli.Flag {
	return append([]cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Required: true, Usage: "output folder"},
		&cli.IntFlag{Name: "n", Value: n, Usage: "number of pages"},
		&cli.Int64Flag{Name: "seed", Value: 1, Usage: "random seed"},
	}, own...)
}

// corpusCommand renders the varied labelled corpus (pipeline/corpus).
func corpusCommand() *cli.Command {
	return &cli.Command{
		Name:  "corpus",
		Usage: "render a varied labelled corpus: 6 kinds of document in 7 countries' conventions",
		Description: "Renders receipts, invoices, medical summaries, letters, application forms and\n" +
			"bank statements in the conventions of the US, UK, Germany, France, Spain, Italy\n" +
			"and India (addresses, postcodes, phone numbers, dates, identifiers, IBANs), with\n" +
			"varied fonts, layouts and scan damage. Names, streets, towns and companies come\n" +
			"from @faker-js/faker, not from the detector's word lists.\n\n" +
			"Writes DIR/images/KIND-CC-NNNNN.png, DIR/pii.json (personal data, the layout\n" +
			"`anonymizer eval detect --data DIR` reads), DIR/words.json (every word with its\n" +
			"role, each page's kind and country, and the protected labels, headings and\n" +
			"sentences) and DIR/annotations/*.json (FUNSD layout: answer, question, header,\n" +
			"other). Page i has kind i mod K and country (i / K) mod C, so -n K*C*m gives m\n" +
			"pages of every pair. The same seed gives the same files.",
		Flags: pageSetFlags(84,
			&cli.StringFlag{Name: "kinds", Usage: "comma-separated kinds: receipt, invoice, medical, letter, form, statement (default all)"},
			&cli.StringFlag{Name: "countries", Usage: "comma-separated country codes: US, GB, DE, FR, ES, IT, IN (default all)"},
			&cli.BoolFlag{Name: "clean", Usage: "draw every page without scan damage (otherwise four pages in five are damaged)"},
		),
		Action: func(c *cli.Context) error {
			kinds, err := corpus.ParseKinds(c.String("kinds"))
			if err != nil {
				return usageError{err}
			}
			countries, err := corpus.ParseCountries(c.String("countries"))
			if err != nil {
				return usageError{err}
			}
			if c.Int("n") < 1 {
				return usagef("-n must be at least 1")
			}
			opts := corpus.Options{N: c.Int("n"), Seed: c.Int64("seed"), Kinds: kinds, Countries: countries, Clean: c.Bool("clean")}
			if err := corpus.Generate(c.String("output"), opts); err != nil {
				return fmt.Errorf("corpus: %w", err)
			}
			log.Info().Str("output", c.String("output")).Int("pages", opts.N).Msg("corpus written")
			return nil
		},
	}
}

// synthCommand renders the simpler synthetic set (pipeline/synthdoc).
func synthCommand() *cli.Command {
	return &cli.Command{
		Name:  "synth",
		Usage: "render synthetic documents with planted fake personal data and exact labels",
		Description: "Writes DIR/images/*.png, DIR/annotations/*.json (every word, FUNSD layout),\n" +
			"DIR/words.json and DIR/pii.json (FUNSD pii.json layout), so that\n" +
			"`anonymizer eval detect --data DIR` measures precision and recall on them.\n" +
			"The same seed gives pixel-identical pages.",
		Flags: pageSetFlags(100,
			&cli.StringFlag{Name: "kinds", DefaultText: "all", Usage: "comma-separated page kinds: form, letter, invoice"},
		),
		Action: func(c *cli.Context) error {
			kinds, err := synthdoc.ParseKinds(c.String("kinds"))
			if err != nil {
				return usageError{err}
			}
			if c.Int("n") < 1 {
				return usagef("--n must be at least 1")
			}
			if err := synthdoc.GenerateSet(c.String("output"), c.Int("n"), c.Int64("seed"), kinds); err != nil {
				return fmt.Errorf("synth: %w", err)
			}
			log.Info().Str("output", c.String("output")).Int("pages", c.Int("n")).Msg("synthetic set written")
			return nil
		},
	}
}
