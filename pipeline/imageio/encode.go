package imageio

import (
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/image/tiff"

	"github.com/anonymizer-project/anonymizer/pipeline/atomicfile"
)

// JPEGQuality is used when an output must be JPEG. JPEG is lossy: pixels
// outside replaced regions can change by a few grey levels; use PNG or TIFF
// input for bit-exact output.
const JPEGQuality = 95

// Encode writes img in the format named by path's extension: PNG (also for
// unknown extensions), JPEG or TIFF (Deflate-compressed, lossless).
func Encode(w io.Writer, path string, img image.Image) error {
	var err error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jpg", ".jpeg":
		err = jpeg.Encode(w, img, &jpeg.Options{Quality: JPEGQuality})
	case ".tif", ".tiff":
		err = tiff.Encode(w, img, &tiff.Options{Compression: tiff.Deflate})
	default:
		err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, img)
	}
	if err != nil {
		return fmt.Errorf("encode %s: %w", filepath.Base(path), err)
	}
	return nil
}

// WriteImage encodes img to path atomically.
func WriteImage(path string, img image.Image) error {
	return atomicfile.Write(path, func(w io.Writer) error { return Encode(w, path, img) })
}
