// Package raster holds the pixel primitives the pipeline's stages share:
// grey conversion, float planes of an image, Otsu's threshold, a separable
// Gaussian blur and the source positions of a rotation.
package raster
