// Package imageio reads page images with the checks a service needs (format,
// size limit, truncation) and writes output files atomically.
package imageio

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // register JPEG
	_ "image/png"  // register PNG
	"io"
	"os"

	_ "golang.org/x/image/tiff" // register TIFF
)

// DefaultMaxPixels bounds width*height of an input (about a 600-dpi A3 page).
const DefaultMaxPixels = 80_000_000

// MaxFileBytes bounds the size of an input file read into memory.
const MaxFileBytes = 512 << 20

// ErrTooLarge is returned for images over the pixel limit.
var ErrTooLarge = errors.New("image exceeds the pixel limit")

// Decode reads an image, checking its header before decoding the pixels so
// that a forged header cannot make it allocate gigabytes.
func Decode(data []byte, maxPixels int) (image.Image, string, error) {
	if maxPixels <= 0 {
		maxPixels = DefaultMaxPixels
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, "", fmt.Errorf("not a readable PNG, JPEG or TIFF image: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, format, fmt.Errorf("%s image has no pixels (%dx%d)", format, cfg.Width, cfg.Height)
	}
	if int64(cfg.Width)*int64(cfg.Height) > int64(maxPixels) {
		return nil, format, fmt.Errorf("%w: %dx%d is over %d pixels", ErrTooLarge, cfg.Width, cfg.Height, maxPixels)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, format, fmt.Errorf("decode %s: %w", format, err)
	}
	return img, format, nil
}

// Load reads and decodes an image file ("-" reads standard input).
func Load(path string, maxPixels int) (image.Image, string, error) {
	data, err := ReadInput(path)
	if err != nil {
		return nil, "", err
	}
	return Decode(data, maxPixels)
}

// ReadInput reads an input file ("-" reads standard input) whole, refusing
// a folder, an empty input and one over MaxFileBytes.
func ReadInput(path string) ([]byte, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(os.Stdin, MaxFileBytes+1))
	} else {
		var st os.FileInfo
		st, err = os.Stat(path)
		if err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s is a directory", path)
		}
		if err == nil && st.Size() > MaxFileBytes {
			return nil, fmt.Errorf("file is %d bytes, over the %d byte limit", st.Size(), MaxFileBytes)
		}
		if err == nil {
			data, err = os.ReadFile(path)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(data) > MaxFileBytes {
		return nil, fmt.Errorf("input is over the %d byte limit", MaxFileBytes)
	}
	if len(data) == 0 {
		return nil, errors.New("empty input")
	}
	return data, nil
}
