package dicts

import (
	"embed"
	"io/fs"
)

//go:embed *.txt verbs/*.dyv
var files embed.FS

// FS returns the embedded dictionary files.
func FS() fs.FS { return files }
