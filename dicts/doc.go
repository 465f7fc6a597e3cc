// Package dicts embeds dyad's own dictionary files (*.txt in this folder,
// format in docs/DICTIONARIES.md) so that they ship inside the binary.
// Users can copy and edit them, and pass the folder with --dicts. The
// verb dictionary lives in verbs/*.dyv (its own format, same document);
// the actor loader reads only *.txt and never sees it.
package dicts
