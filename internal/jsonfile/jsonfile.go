// Package jsonfile reads whole JSON files into Go values.
package jsonfile

import (
	"encoding/json"
	"fmt"
	"os"
)

// Read decodes the JSON file path into v. what names the kind of file in
// errors: "read what: ..." when the file cannot be read (a missing file's
// error matches fs.ErrNotExist), "parse what path: ..." when its content
// does not decode into v.
func Read(path, what string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("parse %s %s: %w", what, path, err)
	}
	return nil
}
