package petrarch

import (
	"os"
	"path/filepath"
	"testing"
)

// phoenixEnv is the dictionary set of the Phoenix / PETRARCH-2 runs (the
// one PETR2_GSR_validation.dev.xml names).
func phoenixEnv() Environment {
	return Environment{
		VerbFile:    "CAMEO.2.0.txt",
		ActorFiles:  []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"},
		AgentFile:   "Phoenix.agents.txt",
		DiscardFile: "Phoenix.discards.txt",
	}
}

// BenchmarkLoadPhoenix loads CAMEO.2.0.txt and the Phoenix.*.txt
// dictionaries from DYAD_SHARED, as LoadEnvironment does for a GSR run.
func BenchmarkLoadPhoenix(b *testing.B) {
	dir := sharedDir(b)
	env := phoenixEnv()
	var size int64
	for _, f := range append([]string{env.VerbFile, env.AgentFile, env.DiscardFile}, env.ActorFiles...) {
		st, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		d, _ := LoadEnvironment(dir, env)
		if len(d.Actors) != 3 || len(d.Verbs) != 1 {
			b.Fatal("dictionaries missing")
		}
	}
	// CPU time as well as wall time: on a shared machine wall time mostly
	// measures the neighbours.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
	}
}
