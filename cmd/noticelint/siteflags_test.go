package main

import (
	"strings"
	"testing"
)

// TestAllowNetFlag: --allow-net loopback lets scan read a loopback site,
// --allow-net private does not (it allows RFC 1918 and ULA only), and a
// value that is no class, address or range is a usage error.
func TestAllowNetFlag(t *testing.T) {
	srv := noticeSite(t, "notices/fi-modern-clean.txt")
	if _, stderr, code := cli(t, "", "scan", "--no-config", asOf, "--allow-net", "loopback", srv.URL); code != exitClean {
		t.Errorf("--allow-net loopback: exit %d: %s", code, stderr)
	}
	if stdout, _, code := cli(t, "", "scan", "--no-config", "--allow-net", "private,10.1.0.0/16", srv.URL); code != exitInput || !strings.Contains(stdout, "refused to connect to 127.0.0.1: a loopback address") {
		t.Errorf("--allow-net private: exit %d: %s", code, stdout)
	}
	if _, stderr, code := cli(t, "", "crawl", "--allow-net", "intranet", "--input", "-"); code != exitUsage || !strings.Contains(stderr, `--allow-net "intranet": want loopback, private, an IP address or a CIDR range`) {
		t.Errorf("a bad --allow-net: exit %d: %s", code, stderr)
	}
}
