package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/dyad-events/dyad/internal/pipeline"
	"github.com/dyad-events/dyad/internal/server"
)

func runServe(e *env, args []string) int {
	fs := newFlags(e, "serve", "[flags]",
		`Serve the JSON API (/api/..., described at /api/openapi.json) and the web
dashboard (/) over a store. The server listens on 127.0.0.1 only unless --addr
says otherwise. Without a token it is read-only: POST /api/ingest answers 403.
With --token (or $DYAD_TOKEN), ingest needs "Authorization: Bearer TOKEN".
POST /api/code codes a text on the fly without storing it.`)
	db := dbFlag(fs)
	addr := fs.String("addr", server.DefaultAddr, "listen `address` (host:port)")
	token := fs.String("token", "", "bearer `token` that allows POST /api/ingest (default $DYAD_TOKEN; none: read-only)")
	maxCoding := fs.Int("max-coding", runtime.NumCPU(), "texts coded at once by /api/code and /api/ingest")
	maxIngest := fs.Int("max-ingest-mb", 32, "request body cap of /api/ingest, in `MiB`")
	maxCode := fs.Int("max-code-kb", 512, "request body cap of /api/code, in `KiB`")
	dicts := fs.String("dicts", "", "use the dictionaries in `DIR` instead of the embedded ones")
	petrarchDicts := fs.String("petrarch-dicts", "", "use the PETRARCH dictionaries in `DIR` instead of dyad's own")
	nonfactual := fs.Bool("include-nonfactual", false, "keep negated, conditional, question and intent events (flagged)")
	missingTarget := fs.Bool("allow-missing-target", false, "keep events with a source but no target")
	quiet := fs.Bool("quiet", false, "log only errors")
	files, code, ok := parseArgs(e, fs, args)
	if !ok {
		return code
	}
	if len(files) > 0 {
		return usageError(e, "serve", "unexpected argument %q", files[0])
	}
	if *addr == "" {
		return usageError(e, "serve", "--addr must name host:port")
	}
	if *maxCoding < 1 || *maxIngest < 1 || *maxCode < 1 {
		return usageError(e, "serve", "--max-coding, --max-ingest-mb and --max-code-kb must be at least 1")
	}
	if *token == "" {
		*token = os.Getenv("DYAD_TOKEN")
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelError
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))

	// Bind first, so that a bad or busy address fails at once.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad serve: %v\n", err)
		return exitFail
	}
	defer ln.Close()
	p, err := pipeline.New(pipeline.Options{DictsDir: *dicts, PetrarchDicts: *petrarchDicts,
		IncludeNonfactual: *nonfactual, AllowMissingTarget: *missingTarget})
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad serve: %v\n", err)
		return exitFail
	}
	// A read-only server needs a store that exists; one that may ingest
	// makes it.
	st, ok := openStore(e, "serve", *db, *token != "")
	if !ok {
		return exitFail
	}
	defer st.Close()
	version := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		version = bi.Main.Version
	}
	backend := server.StoreBackend(st)
	srv, err := server.New(server.Config{
		Backend:        backend,
		Coder:          p,
		Token:          *token,
		Version:        version,
		MaxIngestBytes: int64(*maxIngest) << 20,
		MaxCodeBytes:   int64(*maxCode) << 10,
		MaxCoding:      *maxCoding,
		Logger:         logger,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "dyad serve: %v\n", err)
		return exitFail
	}
	hs := srv.HTTPServer(*addr)
	mode := "read-only"
	if *token != "" {
		mode = "ingest allowed with the token"
	}
	logger.Info("dyad serve", "url", "http://"+ln.Addr().String()+"/", "store", *db, "mode", mode)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if w, ok := backend.(server.Warmer); ok {
		// count, rank and list the store's actors before the first visitor asks
		go w.Warm(ctx)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(e.stderr, "dyad serve: %v\n", err)
			return exitFail
		}
	case <-ctx.Done():
		logger.Info("shutting down")
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := hs.Shutdown(sctx); err != nil {
			fmt.Fprintf(e.stderr, "dyad serve: shutdown: %v\n", err)
			return exitFail
		}
	}
	return exitOK
}
