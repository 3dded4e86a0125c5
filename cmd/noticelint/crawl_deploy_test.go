package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/noticelint/noticelint/internal/testfiles"
	"github.com/noticelint/noticelint/internal/testweb"
)

// TestKubernetesJob runs the pods of docs/kubernetes/crawl-job.yaml as
// the Job controller would, with their volumes in temporary directories
// and loopback sites: the Job is Indexed, its shard count matches its
// completions, and the pods' results together hold every site once.
func TestKubernetesJob(t *testing.T) {
	type container struct {
		Command      []string `yaml:"command"`
		Args         []string `yaml:"args"`
		VolumeMounts []struct {
			Name      string `yaml:"name"`
			MountPath string `yaml:"mountPath"`
		} `yaml:"volumeMounts"`
	}
	var job struct {
		Kind string `yaml:"kind"`
		Spec struct {
			CompletionMode   string `yaml:"completionMode"`
			Completions      int    `yaml:"completions"`
			Parallelism      int    `yaml:"parallelism"`
			PodFailurePolicy struct {
				Rules []struct {
					Action      string `yaml:"action"`
					OnExitCodes *struct {
						Operator string `yaml:"operator"`
						Values   []int  `yaml:"values"`
					} `yaml:"onExitCodes"`
				} `yaml:"rules"`
			} `yaml:"podFailurePolicy"`
			Template struct {
				Spec struct {
					SecurityContext struct {
						FSGroup int `yaml:"fsGroup"`
					} `yaml:"securityContext"`
					Containers []container `yaml:"containers"`
				} `yaml:"spec"`
			} `yaml:"template"`
		} `yaml:"spec"`
	}
	manifest := readFile(t, repoFile(t, "docs/kubernetes/crawl-job.yaml"))
	checkCollectCommands(t, manifest)
	dec := yaml.NewDecoder(strings.NewReader(manifest))
	for job.Kind != "Job" {
		if err := dec.Decode(&job); err != nil {
			t.Fatalf("no Job in the manifest: %v", err)
		}
	}
	n := job.Spec.Completions
	if job.Spec.CompletionMode != "Indexed" || n < 2 || job.Spec.Parallelism != n || len(job.Spec.Template.Spec.Containers) != 1 {
		t.Fatalf("job spec %+v", job.Spec)
	}
	// Exit 3 (an input problem) fails the pod's index without a retry,
	// and the non-root container can write the volume.
	policy := map[int]string{}
	for _, r := range job.Spec.PodFailurePolicy.Rules {
		if r.OnExitCodes != nil && r.OnExitCodes.Operator == "In" {
			for _, v := range r.OnExitCodes.Values {
				policy[v] = r.Action
			}
		}
	}
	if policy[exitInput] != "FailIndex" || policy[exitUsage] != "FailJob" || job.Spec.Template.Spec.SecurityContext.FSGroup == 0 {
		t.Errorf("podFailurePolicy by exit code %v, fsGroup %d", policy, job.Spec.Template.Spec.SecurityContext.FSGroup)
	}
	c := job.Spec.Template.Spec.Containers[0]
	args := strings.Join(c.Args, " ")
	if !strings.HasSuffix(strings.Join(c.Command, " "), "noticelint") || !strings.Contains(args, fmt.Sprintf("--shard $(JOB_COMPLETION_INDEX)/%d", n)) {
		t.Fatalf("the pod runs %v %s", c.Command, args)
	}
	web := testweb.Serve(t, 40, 0)
	dirs := map[string]string{}
	for _, m := range c.VolumeMounts {
		dirs[m.MountPath] = t.TempDir()
	}
	sites := ""
	for mount, dir := range dirs {
		if strings.Contains(args, mount+"/sites.txt") {
			testfiles.Write(t, filepath.Join(dir, "sites.txt"), web.Input()+"not a site\n")
			sites = dir
		}
	}
	if sites == "" {
		t.Fatalf("the pod reads no sites.txt from a volume: %s", args)
	}
	badPods := 0
	for i := range n {
		var podArgs []string
		for _, a := range c.Args {
			a = strings.ReplaceAll(a, "$(JOB_COMPLETION_INDEX)", strconv.Itoa(i))
			for mount, dir := range dirs {
				if strings.HasPrefix(a, mount+"/") {
					a = dir + strings.TrimPrefix(a, mount)
				}
			}
			podArgs = append(podArgs, a)
		}
		_, stderr, code := cli(t, "", append(podArgs, "--allow-private", "-q")...)
		switch {
		case code == exitInput && strings.Contains(stderr, `"not a site": not a domain or URL`):
			badPods++
		case code != exitClean:
			t.Fatalf("pod %d: exit %d\n%s", i, code, stderr)
		}
	}
	if badPods != 1 {
		t.Errorf("%d pods report the bad input line, want exactly 1", badPods)
	}
	seen := map[string]int{}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
		if len(files) > 0 && len(files) != n {
			t.Errorf("%d results files, want one a pod: %v", len(files), files)
		}
		for _, f := range files {
			for s := range crawlResults(t, f) {
				seen[s]++
			}
		}
	}
	for _, s := range web.Sites {
		if seen[s] != 1 {
			t.Errorf("%s is in %d results files", s, seen[s])
		}
	}
}

// checkCollectCommands holds the kubectl commands in the manifest's
// comments to these: the command whose standard output becomes the results
// file writes nothing else (kubectl run --rm -i adds 'pod "collect"
// deleted': kubernetes#73266); and the volume every pod writes at once is
// ReadWriteMany, and the comments say why.
func checkCollectCommands(t *testing.T, manifest string) {
	t.Helper()
	// A command starts with kubectl; the comment lines indented deeper
	// below it continue it (after a backslash, or inside a quoted
	// argument).
	var commands []string
	indent := -1
	for _, line := range strings.Split(manifest, "\n") {
		raw, ok := strings.CutPrefix(strings.TrimSpace(line), "#")
		c := strings.TrimSpace(raw)
		depth := len(raw) - len(strings.TrimLeft(raw, " "))
		switch {
		case !ok || c == "":
			indent = -1
		case strings.HasPrefix(c, "kubectl "):
			commands, indent = append(commands, c), depth
		case indent >= 0 && depth > indent:
			commands[len(commands)-1] += " " + c
		default:
			indent = -1
		}
	}
	toFile := 0
	for _, c := range commands {
		if !strings.Contains(c, "> results.jsonl") {
			continue
		}
		toFile++
		if strings.HasPrefix(c, "kubectl run") && strings.Contains(c, "--rm") {
			t.Errorf("the results file gets kubectl run --rm's own output (pod deleted): %s", c)
		}
		if !strings.HasPrefix(c, "kubectl exec ") {
			t.Errorf("the results come from %q, not kubectl exec, whose output is only the command's", c)
		}
	}
	if toFile != 1 {
		t.Errorf("%d commands write results.jsonl, want 1, in %q", toFile, commands)
	}
	if !strings.Contains(manifest, "accessModes: [ReadWriteMany]") || !strings.Contains(manifest, "needs ReadWriteMany") {
		t.Error("the results volume is not ReadWriteMany, or the manifest does not say it must be")
	}
}

// TestSparkExample runs the command that docs/spark/lint_notices.py pipes
// each partition through, on lines as Python's json.dumps writes them: one
// output line per input line, in order.
func TestSparkExample(t *testing.T) {
	m := regexp.MustCompile(`(?m)^NOTICELINT = "([^"]+)"$`).FindStringSubmatch(readFile(t, repoFile(t, "docs/spark/lint_notices.py")))
	if m == nil {
		t.Fatal("no NOTICELINT command in docs/spark/lint_notices.py")
	}
	words := strings.Fields(m[1])
	if words[0] != "noticelint" {
		t.Fatalf("the command is %s", m[1])
	}
	notice := readFile(t, repoFile(t, "testdata/examples/privacy-notice.txt"))
	var in strings.Builder
	for i := range 5 {
		b, _ := json.Marshal(notice)
		fmt.Fprintf(&in, "{\"url\": \"https://s%d.example/privacy\", \"content\": %s}\n", i, b)
	}
	stdout, stderr, code := cli(t, in.String(), append(words[1:], asOf)...)
	if code != exitClean {
		t.Errorf("exit %d: a task with findings would fail\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines for 5 input lines", len(lines))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"site":"https://s%d.example/privacy","status":"ok"`, i)) {
			t.Errorf("line %d: %.100s", i+1, l)
		}
	}
}
