// Command gensamples regenerates the demo samples in testdata/samples:
//
//	go generate ./pipeline/synthdoc
//
// or, from the repository root,
//
//	go run ./pipeline/synthdoc/internal/gensamples -out testdata/samples
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/anonymizer-project/anonymizer/pipeline/synthdoc/internal/samples"
)

func main() {
	out := flag.String("out", "testdata/samples", "output folder")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gensamples:", err)
		os.Exit(1)
	}
	if err := samples.Write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gensamples:", err)
		os.Exit(1)
	}
}
