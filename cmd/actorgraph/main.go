// Command actorgraph turns threat-intelligence reports into a graph of who
// attacked whom, answers questions about it and draws the answers.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
)

// Exit codes, documented in the README.
const (
	exitOK          = 0
	exitError       = 1 // anything else
	exitUsage       = 2 // bad flags or arguments
	exitNotFound    = 3 // the question matched nothing
	exitInvalid     = 4 // bad input: a malformed file, row or config value
	exitUnavailable = 5 // the store cannot be reached
	exitReadOnly    = 6 // a write refused in a read-only query
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line and maps its error to an exit code, printing
// one line for the user.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "actorgraph: %s\n", err)
	return exitCode(err)
}

func exitCode(err error) int {
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		return exitUsage
	case errors.Is(err, graph.ErrNotFound):
		return exitNotFound
	case errors.Is(err, graph.ErrInvalid):
		return exitInvalid
	case errors.Is(err, graph.ErrUnavailable):
		return exitUnavailable
	case errors.Is(err, graph.ErrReadOnly):
		return exitReadOnly
	case errors.Is(err, graph.ErrUnsupported):
		return exitError
	}
	return exitError
}

// usageError marks a mistake in the command line itself.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// app carries what every command shares: the streams and the configuration
// read before the command runs.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	cfg            Config
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "actorgraph",
		Short: "Threat-intelligence reports in, who-attacked-whom diagrams out",
		Long: `actorgraph reads threat-intelligence reports (articles and vendor posts as Markdown,
text or HTML; STIX 2.0/2.1 bundles; MISP galaxy clusters; CSV/YAML sheets), builds a
graph of threat actors, victims, countries, malware and tools with the evidence for every
relationship, answers questions about it and draws the answers as diagrams.

The graph lives in an embedded store (a file in --data-dir) unless --store neo4j is given.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			a.cfg = cfg
			return nil
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err.Error()} })
	addConfigFlags(root.PersistentFlags())
	root.AddCommand(
		newExtractCmd(a),
		newLoadCmd(a),
		newQueryCmd(a),
		newCypherCmd(a),
		newStatsCmd(a),
		newResetCmd(a),
		newConfigCmd(a),
		newExportCmd(a),
		newEvalCmd(a),
		newAliasesCmd(a),
		newDedupeCmd(a),
	)
	return root
}

// exactArgs is cobra.RangeArgs with an error that maps to the usage exit code.
func rangeArgs(minN, maxN int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < minN || (maxN >= 0 && len(args) > maxN) {
			return usagef("%s: wrong number of arguments (usage: %s)", cmd.CommandPath(), cmd.UseLine())
		}
		return nil
	}
}
