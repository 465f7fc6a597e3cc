// Package server is dyad's HTTP API and web dashboard (dyad serve).
//
// The API is JSON over net/http with Go 1.22 pattern routing:
//
//	GET  /api/health            status and the versions that coded the store
//	GET  /api/events            events matching filters, paged, with a total
//	GET  /api/series            one dyad's counts per quad class and Goldstein per period
//	GET  /api/alignment         one country's net cooperation toward several partners
//	GET  /api/overview          events per period by quad class, top dyads, top actors
//	GET  /api/actors?q=         actor codes by name or code, for pickers
//	GET  /api/documents/{id}    a stored article with its actor and predicate spans and events
//	POST /api/code?date=        code a text on the fly (not stored)
//	POST /api/ingest            store JSON Lines documents (bearer token)
//	GET  /api/openapi.json      the OpenAPI 3 description of all of the above
//
// Every query parameter is checked before the store is asked: a malformed
// date, an unknown CAMEO event or actor code, a negative limit, answer 400
// with {"error": "...", "param": "name"}. The server caps request bodies,
// sets read and write timeouts, bounds the number of texts coded at once,
// gzips responses for clients that accept it and recovers from a panic in
// a handler with a 500, so no request can bring it down. Without a token
// the server is read-only: POST /api/ingest answers 403.
//
// The server reads the store through Backend, the queries it needs; the
// adapter in store.go maps the corpus layer's store.Store onto it, so a
// different store engine slots in without touching the handlers.
//
// The dashboard is static HTML, CSS and JavaScript in web/, embedded with
// go:embed and served at /. Charts use uPlot, committed as a pinned file
// (see web/README.md); nothing is fetched from a CDN.
package server
