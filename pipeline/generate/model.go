package generate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/anonymizer-project/anonymizer/torch"
)

// ErrNoModel is returned by FindModel when no model directory is found.
var ErrNoModel = errors.New("no model found")

// DefaultModelName is the shipped model's directory under models/.
const DefaultModelName = "default"

// FindModel returns the model directory to use: dir when given, else the
// first of ../models/default next to the executable, models/default next
// to it, and models/default in the working directory that holds a model.
// It checks that config.json and model.safetensors are present; loading
// (torch.LoadModel) checks names, shapes and dtypes.
func FindModel(dir string) (string, error) {
	if dir != "" {
		if err := checkModelDir(dir); err != nil {
			return "", err
		}
		return dir, nil
	}
	var cands []string
	if exe, err := os.Executable(); err == nil {
		if r, err := filepath.EvalSymlinks(exe); err == nil {
			exe = r
		}
		d := filepath.Dir(exe)
		cands = append(cands, filepath.Join(d, "..", "models", DefaultModelName), filepath.Join(d, "models", DefaultModelName))
	}
	cands = append(cands, filepath.Join("models", DefaultModelName))
	for _, c := range cands {
		if checkModelDir(c) == nil {
			return filepath.Clean(c), nil
		}
	}
	return "", fmt.Errorf("%w: looked in %s; train one with `anonymizer train vae` and `anonymizer train unet` or pass --model DIR",
		ErrNoModel, strings.Join(cands, ", "))
}

func checkModelDir(dir string) error {
	for _, f := range []string{"config.json", "model.safetensors"} {
		st, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			return fmt.Errorf("model %s: missing %s (want a directory written by `anonymizer train`): %w", dir, f, ErrNoModel)
		}
		if st.Size() == 0 {
			return fmt.Errorf("model %s: %s is empty (corrupt model)", dir, f)
		}
	}
	return nil
}

// LoadModel finds (FindModel) and loads a model; a corrupt or mismatched
// checkpoint gives an error naming the directory.
func LoadModel(dir, device string) (*torch.Model, string, error) {
	d, err := FindModel(dir)
	if err != nil {
		return nil, "", err
	}
	m, err := torch.LoadModel(d, device)
	if err != nil {
		return nil, d, fmt.Errorf("model %s is corrupt or does not match this build: %w", d, err)
	}
	return m, d, nil
}
