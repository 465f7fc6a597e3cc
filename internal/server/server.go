package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/doc"
)

//go:embed openapi.json
var openAPI []byte

//go:embed web
var webFiles embed.FS

// DefaultAddr is where the server listens unless told otherwise: loopback
// only, so a store is not exposed to the network by accident.
const DefaultAddr = "127.0.0.1:8080"

// Coder codes a document in place; *pipeline.Pipeline is one.
type Coder interface {
	Process(d *doc.Document) error
	Versions() map[string]string
}

// Config is what New needs. Zero limits take the defaults below.
type Config struct {
	Backend Backend
	// Coder codes texts for POST /api/code and /api/ingest; nil answers
	// those with 503.
	Coder Coder
	// Token, when set, lets POST /api/ingest write to the store with
	// "Authorization: Bearer <token>". Empty: the server is read-only.
	Token string
	// Version is dyad's version, reported by /api/health.
	Version string

	MaxIngestBytes int64         // request body cap of /api/ingest (default 32 MiB)
	MaxCodeBytes   int64         // request body cap of /api/code (default 512 KiB)
	MaxCoding      int           // texts coded at once (default GOMAXPROCS)
	CodeTimeout    time.Duration // longest wait for one text to be coded (default 30 s)
	QueryTimeout   time.Duration // longest store query (default 20 s)

	// Logger receives one line per failed request and per panic; nil
	// discards them.
	Logger *slog.Logger
}

// Server is the HTTP API and the dashboard. It is an http.Handler.
type Server struct {
	cfg     Config
	onto    *cameo.Ontology
	mux     *http.ServeMux
	coding  chan struct{} // semaphore bounding concurrent coding
	static  http.Handler
	etags   map[string]string
	handler http.Handler
}

// New builds a Server.
func New(cfg Config) (*Server, error) {
	if cfg.Backend == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.MaxIngestBytes <= 0 {
		cfg.MaxIngestBytes = 32 << 20
	}
	if cfg.MaxCodeBytes <= 0 {
		cfg.MaxCodeBytes = 512 << 10
	}
	if cfg.MaxCoding <= 0 {
		cfg.MaxCoding = runtime.GOMAXPROCS(0)
	}
	if cfg.CodeTimeout <= 0 {
		cfg.CodeTimeout = 30 * time.Second
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 20 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	o, err := cameo.Load()
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	if !json.Valid(openAPI) {
		return nil, errors.New("server: embedded openapi.json is not valid JSON")
	}
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s := &Server{
		cfg:    cfg,
		onto:   o,
		mux:    http.NewServeMux(),
		coding: make(chan struct{}, cfg.MaxCoding),
		static: http.FileServerFS(web),
		etags:  map[string]string{},
	}
	err = fs.WalkDir(web, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(web, path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		s.etags["/"+path] = `"` + hex.EncodeToString(sum[:8]) + `"`
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: web assets: %w", err)
	}
	s.routes()
	s.handler = s.accessLog(s.recoverer(gzipHandler(securityHeaders(s.mux))))
	return s, nil
}

func (s *Server) routes() {
	for _, rt := range []struct {
		method, path string
		h            http.HandlerFunc
	}{
		{"GET", "/api/health", s.health},
		{"GET", "/api/events", s.events},
		{"GET", "/api/series", s.series},
		{"GET", "/api/alignment", s.alignment},
		{"GET", "/api/overview", s.overview},
		{"GET", "/api/actors", s.actors},
		{"GET", "/api/documents/{id}", s.document},
		{"POST", "/api/code", s.code},
		{"POST", "/api/ingest", s.ingest},
		{"GET", "/api/openapi.json", s.openapi},
	} {
		s.mux.HandleFunc(rt.method+" "+rt.path, rt.h)
		allow := rt.method
		if allow == "GET" {
			allow = "GET, HEAD"
		}
		s.mux.HandleFunc(rt.path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, "", r.Method+" is not allowed on "+r.URL.Path+" (use "+rt.method+")")
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "", "no such endpoint: "+r.Method+" "+r.URL.Path+" (see /api/openapi.json)")
	})
	s.mux.HandleFunc("/", s.serveStatic)
}

// ServeHTTP serves the API and the dashboard.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// HTTPServer returns an http.Server for s on addr with timeouts set.
func (s *Server) HTTPServer(addr string) *http.Server {
	if addr == "" {
		addr = DefaultAddr
	}
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // an ingest body may be large
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.Background() },
	}
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "", "method not allowed")
		return
	}
	p := r.URL.Path
	if p == "/" {
		p = "/index.html"
	}
	if tag, ok := s.etags[p]; ok {
		w.Header().Set("ETag", tag)
		w.Header().Set("Cache-Control", "no-cache")
	}
	if p == "/index.html" {
		// FileServer redirects /index.html to /; serve the file directly.
		b, err := fs.ReadFile(webFiles, "web/index.html")
		if err != nil {
			writeError(w, http.StatusInternalServerError, "", "dashboard missing")
			return
		}
		if match := r.Header.Get("If-None-Match"); match != "" && match == s.etags[p] {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
		return
	}
	s.static.ServeHTTP(w, r)
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPI)
}

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
	Param string `json:"param,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, param, msg string) {
	writeJSON(w, status, apiError{Error: msg, Param: param})
}

// fail answers a request whose store query failed.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var pe *paramError
	switch {
	case errors.As(err, &pe):
		writeError(w, http.StatusBadRequest, pe.Param, pe.Error())
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "", err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		w.Header().Set("Retry-After", "10")
		writeError(w, http.StatusServiceUnavailable, "", "the query is taking long (a large store is being counted): retry shortly, or narrow it down")
	case errors.Is(err, context.Canceled):
		// the client went away
	default:
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "", "store error: "+err.Error())
	}
}

// statusWriter remembers the status of a response for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// accessLog logs one line per API request at level Info.
func (s *Server) accessLog(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/api/") || !s.cfg.Logger.Enabled(r.Context(), slog.LevelInfo) {
			h.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		s.cfg.Logger.Info("request", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery,
			"status", sw.status, "ms", time.Since(start).Milliseconds())
	})
}

// recoverer turns a panic in a handler into a 500, so that no request
// takes the server down.
func (s *Server) recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.cfg.Logger.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				writeError(w, http.StatusInternalServerError, "", "internal error")
			}
		}()
		h.ServeHTTP(w, r)
	})
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "same-origin")
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			hd.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'")
			hd.Set("X-Frame-Options", "DENY")
		}
		h.ServeHTTP(w, r)
	})
}

// bearer reports whether the request carries the configured token.
func (s *Server) bearer(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	got := strings.TrimSpace(h[len(prefix):])
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) == 1
}
