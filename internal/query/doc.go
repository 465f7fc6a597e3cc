// Package query answers the analyst's questions over a store.Store:
// event-count series for a dyad (Series) and a country's alignment
// between partners (Alignment). It uses only the Store interface, so it
// works on any back end.
package query
