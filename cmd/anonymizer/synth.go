package main

import "github.com/urfave/cli/v2"

func synthCommand() *cli.Command {
	return &cli.Command{Name: "synth", Usage: "render synthetic documents with planted fake personal data", Hidden: true,
		Action: func(c *cli.Context) error { return usagef("synth: not wired yet") }}
}
