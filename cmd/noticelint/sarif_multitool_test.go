package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The SARIF Multitool (github.com/microsoft/sarif-sdk) validates SARIF
// beyond the schema: rule names, tool properties, URIs. .ci/run installs
// it with npm; here it is only found, never fetched (tests touch no
// network).
const multitoolVersion = "5.7.0"

// multitoolPolicy turns off the one rule that would use the network,
// SARIF2006, which fetches every URI in the log.
const multitoolPolicy = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`

// sarifMultitool finds the Multitool: NOTICELINT_SARIF_MULTITOOL, else
// where .ci/run installs it, else Sarif.Multitool on the PATH; it skips the
// test where there is none, saying how to get it.
func sarifMultitool(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NOTICELINT_SARIF_MULTITOOL"); p != "" {
		return p
	}
	if cache, err := os.UserCacheDir(); err == nil {
		p := filepath.Join(cache, "noticelint", "sarif-multitool-"+multitoolVersion, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("Sarif.Multitool"); err == nil {
		return p
	}
	t.Skipf("the SARIF Multitool is not installed (%s/%s): bash .ci/run installs it (npm install @microsoft/sarif-multitool-linux@%s), or set NOTICELINT_SARIF_MULTITOOL to its Sarif.Multitool",
		runtime.GOOS, runtime.GOARCH, multitoolVersion)
	return ""
}

// multitoolProblems validates a SARIF log with the Multitool and returns
// what it reports at level error or warning, one line each.
func multitoolProblems(t *testing.T, tool string, sarif []byte) []string {
	t.Helper()
	dir := t.TempDir()
	in, out, policy := filepath.Join(dir, "in.sarif"), filepath.Join(dir, "out.sarif"), filepath.Join(dir, "policy.xml")
	if err := os.WriteFile(in, sarif, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(policy, []byte(multitoolPolicy), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "validate", in, "--output", out, "--log", "ForceOverwrite", "--config", policy)
	// No ICU needed; no telemetry.
	cmd.Env = append(os.Environ(), "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	cmd.Dir = dir
	console, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("%s: %v", tool, err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("the Multitool wrote no log (%v):\n%s", err, console)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text      string   `json:"text"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
			Invocations []struct {
				ExecutionSuccessful        bool `json:"executionSuccessful"`
				ToolExecutionNotifications []struct {
					Level   string `json:"level"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("the Multitool's log: %v\n%s", err, console)
	}
	var problems []string
	run := log.Runs[0]
	for _, inv := range run.Invocations {
		for _, n := range inv.ToolExecutionNotifications {
			if n.Level == "" || n.Level == "error" || n.Level == "warning" {
				problems = append(problems, "tool: "+n.Message.Text)
			}
		}
	}
	for _, r := range run.Results {
		level := r.Level
		if level == "" {
			level = "warning" // SARIF's default
		}
		if level == "error" || level == "warning" {
			problems = append(problems, fmt.Sprintf("%s %s: %s %v", level, r.RuleID, r.Message.Text, r.Message.Arguments))
		}
	}
	return problems
}

// TestSARIFMultitool: the Multitool reports no error and no warning on the
// SARIF of the example notices and of one notice in every format (PDF
// pages, fixes); and it does report a version that is not a number, which
// proves the check can fail.
func TestSARIFMultitool(t *testing.T) {
	tool := sarifMultitool(t)
	t.Chdir(repoRoot)
	out := filepath.Join(t.TempDir(), "notices.sarif")
	if _, errOut, code := cli(t, "", "lint", asOf, "--no-config", "--format", "sarif", "--output", out, "testdata/examples/", "testdata/formats/"); code != exitFindings {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	sarif := []byte(readFile(t, out))
	if problems := multitoolProblems(t, tool, sarif); len(problems) > 0 {
		t.Errorf("the SARIF Multitool on the example notices' SARIF:\n%s", strings.Join(problems, "\n"))
	}

	var log map[string]any
	if err := json.Unmarshal(sarif, &log); err != nil {
		t.Fatal(err)
	}
	driver := log["runs"].([]any)[0].(map[string]any)["tool"].(map[string]any)["driver"].(map[string]any)
	driver["version"] = "dev"
	delete(driver, "semanticVersion")
	bad, _ := json.Marshal(log)
	if problems := multitoolProblems(t, tool, bad); len(problems) != 1 || !strings.Contains(problems[0], "SARIF2005") {
		t.Errorf("the Multitool on a version that is not a number: %v, want one SARIF2005", problems)
	}
}
