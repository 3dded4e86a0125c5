package main

import (
	"runtime/debug"
	"testing"
)

// TestVersionOf: the -ldflags version wins; then the module version a build
// recorded (go install @v1.2.3, or the pseudo-version of a build from a
// git checkout); then the commit; only a build that recorded none of them
// is "dev".
func TestVersionOf(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "0123456789abcdef0123"}}
	for _, tt := range []struct {
		name, ldflags string
		info          *debug.BuildInfo
		want          string
	}{
		{"ldflags", "v2.0.0", &debug.BuildInfo{Main: debug.Module{Version: "v1.0.0"}}, "v2.0.0"},
		{"go install", "dev", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{"checkout", "dev", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261122040000-0123456789ab+dirty"}, Settings: vcs}, "v0.0.0-20261122040000-0123456789ab+dirty"},
		{"commit only", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs}, "devel-0123456789ab"},
		{"commit with changes", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: append(vcs, debug.BuildSetting{Key: "vcs.modified", Value: "true"})}, "devel-0123456789ab-dirty"},
		{"nothing", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{"no build info", "dev", nil, "dev"},
	} {
		if got := versionOf(tt.ldflags, tt.info); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
