// Package dicts embeds dyad's own dictionary files (*.txt in this folder,
// format in docs/DICTIONARIES.md) so that they ship inside the binary.
// Users can copy and edit them, and pass the folder with --dicts.
package dicts
