package models

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
)

//go:embed data
var files embed.FS

// Open opens the embedded model file name (for example "tagger.bin.gz").
func Open(name string) (io.ReadCloser, error) {
	f, err := files.Open("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("embedded model %s: %w", name, err)
	}
	return f, nil
}

// Has reports whether the embedded model file name exists.
func Has(name string) bool {
	_, err := fs.Stat(files, "data/"+name)
	return err == nil
}
