// Package raster holds the pixel primitives the pipeline's stages share:
// grey conversion, float planes of an image, Otsu's threshold and a
// separable Gaussian blur.
package raster
