// Package models holds dyad's trained models, embedded in the binary.
//
// Trained model files live in data/ (gzip-compressed). They are read only
// when a stage first needs them, so commands that never tag or parse pay
// nothing for them.
package models
