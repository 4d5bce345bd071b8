package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
	"github.com/anonymizer-project/anonymizer/pipeline/inputs"
	"github.com/anonymizer-project/anonymizer/pipeline/jobqueue"
)

func submitCommand() *cli.Command {
	return &cli.Command{
		Name:      "submit",
		Usage:     "queue documents for the workers of a NATS JetStream job queue (see docs/queue.md)",
		ArgsUsage: "FILE|FOLDER|GLOB... (PNG, JPEG, TIFF, PDF)",
		Description: "Uploads each input to the bucket (once per content) and queues one job per\n" +
			"document; its id is the input's SHA-256 and the digest of the options below and\n" +
			"the key, which must be the workers'. A job done already or still queued is not\n" +
			"queued again. With --wait, writes DIR/<stem>.<ext> and DIR/<stem>.report.json as\n" +
			"jobs finish (as anonymize names them) and exits 0 when all are done, 1 listing\n" +
			"those that went to the dead letter. Without it, `anonymizer collect` fetches\n" +
			"them later.",
		Flags: append(append(append(queueFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "output folder for --wait (created if missing)"},
			&cli.BoolFlag{Name: "wait", Usage: "wait for the jobs and write their outputs and reports to --output"},
		), anonymizeFlags()...), detectFlags()...),
		Action: runSubmit,
	}
}

func collectCommand() *cli.Command {
	return &cli.Command{
		Name:  "collect",
		Usage: "write the outputs and reports of every finished job of a NATS JetStream job queue",
		Description: "Writes DIR/<stem>.<ext> and DIR/<stem>.report.json for each done job whose outcome\n" +
			"the events stream holds, and lists those that went to the dead letter (exit 1).",
		Flags: append(queueFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Required: true, Usage: "output folder (created if missing)"}),
		Action: runCollect,
	}
}

// submission is what submit waits for: each job's inputs and their stems.
type submission struct {
	paths, stems []string
	byID         map[string][]int
	dead         []int
	written      int
}

func runSubmit(c *cli.Context) error {
	paths, err := inputs.Expand(c.Args().Slice())
	if err != nil || (len(paths) == 1 && paths[0] == inputs.Stdin) {
		return usagef("submit reads files, not standard input: %v", err)
	}
	wait, outDir := c.Bool("wait"), c.String("output")
	if wait && outDir == "" {
		return usagef("--wait needs --output DIR")
	}
	dopts, err := detectOptions(c)
	if err != nil {
		return err
	}
	if err := requireKey(c); err != nil {
		return err
	}
	strategy := entity.Strategy(c.String("strategy"))
	aopts, err := anonymizeSettings(c, dopts.HashKey, strategy)
	if err != nil {
		return err
	}
	digest, err := optionsDigest(c, dopts, aopts)
	if err != nil {
		return err
	}
	if wait {
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return fmt.Errorf("output folder: %w", err)
		}
	}
	ctx, cancel := signalContext()
	defer cancel()
	q, nc, err := openQueue(ctx, c, "submit")
	if err != nil {
		return err
	}
	defer nc.Close()
	mark, err := q.Mark(ctx)
	if err != nil {
		return err
	}
	s := &submission{paths: paths, stems: inputs.Stems(paths), byID: map[string][]int{}}
	waiting := map[string]bool{}
	var known []*jobqueue.Result
	for i, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		job := jobqueue.NewJob(filepath.Base(path), data, strategy, digest)
		s.byID[job.ID] = append(s.byID[job.ID], i)
		how, err := q.Submit(ctx, job, data)
		if err != nil {
			return err
		}
		log.Info().Str("input", path).Str("job", job.ID[:12]).Str("as", submittedName[how]).Msg("submitted")
		if !wait || len(s.byID[job.ID]) > 1 {
			continue
		}
		if how == jobqueue.Queued || how == jobqueue.AlreadyQueued {
			waiting[job.ID] = true
		} else if r, err := q.Outcome(ctx, job.ID, job.Name); err != nil {
			return err
		} else if r != nil {
			known = append(known, r)
		}
	}
	if !wait {
		return nil
	}
	for _, r := range known {
		if err := s.got(outDir, r); err != nil {
			return err
		}
	}
	if err := q.Wait(ctx, mark, waiting, func(r *jobqueue.Result) error { return s.got(outDir, r) }); err != nil {
		return err
	}
	return s.summary()
}

var submittedName = map[jobqueue.Submitted]string{jobqueue.Queued: "queued", jobqueue.AlreadyQueued: "already queued",
	jobqueue.AlreadyDone: "already done", jobqueue.AlreadyDead: "already dead-lettered"}

// got writes a done job's output and report for each of its inputs, or
// notes a dead one, and logs progress.
func (s *submission) got(dir string, r *jobqueue.Result) error {
	for _, i := range s.byID[r.ID] {
		if r.Dead {
			s.dead = append(s.dead, i)
			log.Error().Str("input", s.paths[i]).Int("deliveries", r.Deliveries).Msg("dead letter: " + r.Error)
			continue
		}
		if err := jobqueue.Save(dir, s.stems[i], r); err != nil {
			return err
		}
		s.written++
		log.Info().Str("input", s.paths[i]).Str("output", filepath.Join(dir, s.stems[i]+r.Ext)).
			Int("done", s.written).Int("dead", len(s.dead)).Int("total", len(s.paths)).Msg("collected")
	}
	return nil
}

// summary lists the dead-lettered inputs and fails when there are any.
func (s *submission) summary() error {
	if len(s.dead) == 0 {
		return nil
	}
	for _, i := range s.dead {
		fmt.Fprintf(os.Stderr, "dead letter: %s\n", s.paths[i])
	}
	return inputsFailed{failed: len(s.dead), total: len(s.paths)}
}

func runCollect(c *cli.Context) error {
	dir := c.String("output")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	ctx, cancel := signalContext()
	defer cancel()
	q, nc, err := openQueue(ctx, c, "collect")
	if err != nil {
		return err
	}
	defer nc.Close()
	events, err := q.Outcomes(ctx)
	if err != nil {
		return err
	}
	names := make([]string, len(events))
	for i, ev := range events {
		names[i] = ev.Name
	}
	stems, dead := inputs.Stems(names), 0
	for i, ev := range events {
		if ev.Dead {
			dead++
			fmt.Fprintf(os.Stderr, "dead letter: %s: %s\n", ev.Name, ev.Error)
			continue
		}
		r, err := q.Fetch(ctx, ev)
		if err != nil {
			return err
		}
		if err := jobqueue.Save(dir, stems[i], r); err != nil {
			return err
		}
	}
	log.Info().Int("done", len(events)-dead).Int("dead", dead).Str("output", dir).Msg("collected")
	if dead > 0 {
		return inputsFailed{failed: dead, total: len(events)}
	}
	return nil
}
