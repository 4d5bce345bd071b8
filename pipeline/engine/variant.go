package engine

import (
	"fmt"

	"github.com/anonymizer-project/anonymizer/pipeline/pii"
)

// Variant is a detector for other detection settings (the entity types,
// threshold and region of cfg) that shares d's OCR engine, hasher and page
// slots: a server answers requests with their own settings without
// starting Tesseract again, and the pages of all variants together stay
// within the one pool. Closing a variant does nothing; closing d closes
// the OCR engine they share.
func (d *Detector) Variant(cfg pii.Config) (*Detector, error) {
	an, err := pii.NewAnalyzer(cfg)
	if err != nil {
		return nil, fmt.Errorf("detector variant: %w", err)
	}
	v := *d
	v.an, v.opts.PII, v.shared = an, cfg, true
	return &v, nil
}

// Options are the options the detector was built with (a variant's
// detection settings in PII).
func (d *Detector) Options() DetectOptions { return d.opts }
