package engine

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
)

// ParseColor reads a redaction colour written #RRGGBB (the # optional).
func ParseColor(s string) (color.Color, error) {
	h := strings.TrimPrefix(s, "#")
	v, err := strconv.ParseUint(h, 16, 32)
	if len(h) != 6 || err != nil {
		return nil, fmt.Errorf("colour %q: want #RRGGBB", s)
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}, nil
}
