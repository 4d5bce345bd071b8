package engine

import (
	"time"

	"github.com/anonymizer-project/anonymizer/pipeline/document"
	"github.com/anonymizer-project/anonymizer/pipeline/imageio"
	"github.com/anonymizer-project/anonymizer/pipeline/ocr"
	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// DefaultDetectOptions are the detector's defaults, the CLI's among them.
// OCR.Workers is 0: one Tesseract client per CPU. HashKey is empty: the
// caller supplies the key.
func DefaultDetectOptions() DetectOptions {
	return DetectOptions{
		OCR:         ocr.Options{Language: ocr.DefaultLanguage, PSM: DefaultPSM},
		PII:         pii.DefaultConfig(),
		MaxPixels:   imageio.DefaultMaxPixels,
		MaxPages:    document.DefaultMaxPages,
		DPI:         document.DefaultDPI,
		PageTimeout: 2 * time.Minute,
		SecondPSM:   DefaultSecondPSM,
	}
}
