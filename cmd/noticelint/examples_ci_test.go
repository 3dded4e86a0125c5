package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/noticelint/noticelint/baseline"
	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/internal/formatcheck"
	"github.com/noticelint/noticelint/internal/testfiles"
)

// The tests here hold the CI integrations to what docs/ci.md shows: the
// composite action, the example GitHub workflow and GitLab job, and the
// pre-commit hook, each run as its CI system would run it.

// ciDoc is the page that shows the CI integrations.
const ciDoc = "docs/ci.md"

// TestCISnippetsMatchExamples: the CI snippets of docs/ci.md are the tested
// example files, not copies that drift.
func TestCISnippetsMatchExamples(t *testing.T) {
	workflow := readFile(t, repoFile(t, "docs/examples/github-workflow.yml"))
	var gitlab, precommit bool
	for _, b := range markdownBlocks(t, repoFile(t, ciDoc)) {
		if b.lang != "yaml" {
			continue
		}
		switch {
		case strings.Contains(b.text, "noticelint/noticelint@"):
			for _, line := range strings.Split(strings.TrimSpace(b.text), "\n") {
				if !strings.Contains(workflow, line+"\n") {
					t.Errorf("docs/ci.md:%d: %q is not in docs/examples/github-workflow.yml", b.line, line)
				}
			}
		case strings.HasPrefix(b.text, "noticelint:\n"):
			gitlab = true
			var readme, example any
			if err := yaml.Unmarshal([]byte(b.text), &readme); err != nil {
				t.Fatal(err)
			}
			if err := yaml.Unmarshal([]byte(readFile(t, repoFile(t, "docs/examples/gitlab-ci.yml"))), &example); err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(readme) != fmt.Sprint(example) {
				t.Errorf("docs/ci.md:%d: the GitLab job differs from docs/examples/gitlab-ci.yml", b.line)
			}
		case strings.HasPrefix(b.text, "repos:\n"):
			precommit = true
			var cfg struct {
				Repos []struct {
					Repo  string
					Hooks []struct{ ID string }
				}
			}
			if err := yaml.Unmarshal([]byte(b.text), &cfg); err != nil {
				t.Fatal(err)
			}
			ids := hookIDs(t)
			for _, r := range cfg.Repos {
				if r.Repo != "https://"+modulePath {
					t.Errorf("docs/ci.md:%d: repo %s", b.line, r.Repo)
				}
				for _, h := range r.Hooks {
					if !slices.Contains(ids, h.ID) {
						t.Errorf("docs/ci.md:%d: no hook %q in .pre-commit-hooks.yaml", b.line, h.ID)
					}
				}
			}
		}
	}
	if !gitlab || !precommit {
		t.Errorf("docs/ci.md snippets found: GitLab %v, pre-commit %v", gitlab, precommit)
	}
}

// actionFile is what the test reads of action.yml.
type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name string            `yaml:"name"`
			Uses string            `yaml:"uses"`
			Env  map[string]string `yaml:"env"`
			Run  string            `yaml:"run"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

type workflowStep struct {
	Name string            `yaml:"name"`
	Uses string            `yaml:"uses"`
	If   string            `yaml:"if"`
	With map[string]string `yaml:"with"`
}

var inputExpr = regexp.MustCompile(`\$\{\{\s*([^}]*?)\s*\}\}`)

// loadAction reads action.yml and its inputs: the defaults, with the given
// ones.
func loadAction(t *testing.T, with map[string]string) (actionFile, map[string]string) {
	t.Helper()
	var action actionFile
	if err := yaml.Unmarshal([]byte(readFile(t, repoFile(t, "action.yml"))), &action); err != nil {
		t.Fatal(err)
	}
	if action.Runs.Using != "composite" {
		t.Fatalf("action.yml runs %q, want a composite action", action.Runs.Using)
	}
	inputs := map[string]string{}
	for name, in := range action.Inputs {
		inputs[name] = in.Default
	}
	for name, v := range with {
		if _, ok := action.Inputs[name]; !ok {
			t.Fatalf("the action has no input %q", name)
		}
		inputs[name] = v
	}
	return action, inputs
}

// stepEnv evaluates a step's env as the runner would: ${{ inputs.NAME }},
// and ${{ github.action_path }} as actionPath.
func stepEnv(t *testing.T, name string, env, inputs map[string]string, actionPath string) []string {
	t.Helper()
	var out []string
	for k, v := range env {
		v = inputExpr.ReplaceAllStringFunc(v, func(expr string) string {
			e := inputExpr.FindStringSubmatch(expr)[1]
			if e == "github.action_path" {
				return actionPath
			}
			input, ok := strings.CutPrefix(e, "inputs.")
			if !ok {
				t.Fatalf("action.yml, step %q: the test evaluates only ${{ inputs.NAME }} and ${{ github.action_path }}, not %s", name, expr)
			}
			return inputs[input]
		})
		out = append(out, k+"="+v)
	}
	return out
}

// runAction runs the action's lint step with the given inputs (defaults
// for the rest), as the runner would; TestActionInstall runs its install
// step.
func runAction(t *testing.T, s *sandbox, with map[string]string) (stdout, stderr string, code int) {
	t.Helper()
	action, inputs := loadAction(t, with)
	linted := false
	for _, step := range action.Runs.Steps {
		if strings.Contains(step.Run, "noticelint ") && !strings.Contains(step.Run, "go install ") {
			linted = true
			stdout, stderr, code = s.bash(t, step.Run, stepEnv(t, step.Name, step.Env, inputs, repoRoot)...)
		}
	}
	if !linted {
		t.Fatal("action.yml: no step runs noticelint")
	}
	return stdout, stderr, code
}

// TestActionInstall runs the action's install step with a go command that
// records what it is asked to do: without a version input it builds the
// action's own checked-out source (github.action_path), the ref the
// workflow pinned, as github.action_ref is unreliable in composite actions;
// with one, it installs that version of this module. Either way the
// installed command goes on the job's PATH.
func TestActionInstall(t *testing.T) {
	for _, tt := range []struct {
		version, want string
	}{
		{"", "ACTION_PATH: go install ./cmd/noticelint"},
		{"v1.2.3", "go install " + modulePath + "/cmd/noticelint@v1.2.3"},
	} {
		t.Run("version="+tt.version, func(t *testing.T) {
			action, inputs := loadAction(t, map[string]string{"version": tt.version})
			s := newSandbox(t)
			bin, gopath := t.TempDir(), t.TempDir()
			actionPath := filepath.Join(t.TempDir(), "_actions", "noticelint", "noticelint", "v1")
			if err := os.MkdirAll(actionPath, 0o755); err != nil {
				t.Fatal(err)
			}
			log := filepath.Join(t.TempDir(), "go.log")
			testfiles.Write(t, filepath.Join(bin, "go"), `#!/bin/sh
case "$1 $2" in
"env GOPATH") echo '`+gopath+`' ;;
install*) echo "$(pwd | sed 's|^`+actionPath+`$|ACTION_PATH|'): go $*" >> '`+log+`' ;;
*) echo "unexpected: go $*" >&2; exit 2 ;;
esac
`)
			if err := os.Chmod(filepath.Join(bin, "go"), 0o755); err != nil {
				t.Fatal(err)
			}
			githubPath := filepath.Join(t.TempDir(), "github_path")
			installs := 0
			for _, step := range action.Runs.Steps {
				if !strings.Contains(step.Run, "go install ") {
					continue
				}
				installs++
				env := append(stepEnv(t, step.Name, step.Env, inputs, actionPath),
					"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "GITHUB_PATH="+githubPath)
				if out, errOut, code := s.bash(t, step.Run, env...); code != 0 {
					t.Fatalf("the install step: exit %d\n%s%s", code, out, errOut)
				}
			}
			if installs != 1 {
				t.Fatalf("%d install steps, want 1", installs)
			}
			if got := strings.TrimSpace(readFile(t, log)); !strings.HasSuffix(got, tt.want) || strings.Count(got, "\n") > 0 {
				t.Errorf("the install step ran %q, want %q", got, tt.want)
			}
			if got := readFile(t, githubPath); got != filepath.Join(gopath, "bin")+"\n" {
				t.Errorf("GITHUB_PATH gets %q", got)
			}
		})
	}
}

// TestGitHubWorkflowExample runs the example workflow's noticelint step
// through the action, and checks the SARIF that the upload step sends:
// valid against the SARIF 2.1.0 schema and GitHub code scanning's rules.
func TestGitHubWorkflowExample(t *testing.T) {
	var wf struct {
		Permissions map[string]string `yaml:"permissions"`
		Jobs        map[string]struct {
			Steps []workflowStep `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(readFile(t, repoFile(t, "docs/examples/github-workflow.yml"))), &wf); err != nil {
		t.Fatal(err)
	}
	if wf.Permissions["security-events"] != "write" {
		t.Error("the workflow lacks permissions: security-events: write, which upload-sarif needs")
	}
	var lintStep, upload *workflowStep
	for _, job := range wf.Jobs {
		for i := range job.Steps {
			switch st := &job.Steps[i]; {
			case strings.HasPrefix(st.Uses, "noticelint/noticelint@"):
				lintStep = st
			case strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@"):
				upload = st
			}
		}
	}
	if lintStep == nil || upload == nil {
		t.Fatal("the workflow lacks the noticelint step or the upload-sarif step")
	}
	if !strings.Contains(upload.If, "!cancelled()") && !strings.Contains(upload.If, "always()") {
		t.Errorf("the upload step runs only when linting passed (if: %q)", upload.If)
	}
	s := newSandbox(t)
	out, errOut, code := runAction(t, s, lintStep.With)
	if code != exitFindings || !strings.Contains(out, "3 files linted: ") {
		t.Errorf("the action on the example notices: exit %d, want %d (errors, fail-on error)\n%s%s", code, exitFindings, out, errOut)
	}
	sarif := filepath.Join(s.dir, upload.With["sarif_file"])
	checkReport(t, "github-workflow.yml", "sarif", sarif)
	if err := formatcheck.SARIFForGitHub([]byte(readFile(t, sarif)), 4); err != nil {
		t.Error(err)
	}

	// With a baseline the run passes; the SARIF carries the known findings
	// as suppressed, or leaves them out with sarif-suppressed: omit.
	s.run(t, "noticelint lint --write-baseline noticelint-baseline.json notices/")
	with := map[string]string{"baseline": "noticelint-baseline.json"}
	for k, v := range lintStep.With {
		with[k] = v
	}
	if _, errOut, code := runAction(t, s, with); code != exitClean {
		t.Errorf("with a baseline: exit %d\n%s", code, errOut)
	}
	checkReport(t, "action with a baseline", "sarif", sarif)
	base, err := baseline.Load(filepath.Join(s.dir, "noticelint-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(readFile(t, sarif), `"suppressions"`); got != base.Len() || got == 0 {
		t.Errorf("with a baseline, %d suppressed results, want the baseline's %d", got, base.Len())
	}
	with["sarif-suppressed"] = "omit"
	runAction(t, s, with)
	if got := readFile(t, sarif); strings.Contains(got, `"ruleId"`) {
		t.Error("sarif-suppressed: omit left results in the SARIF")
	}
}

// TestActionPaths: the paths input splits on white space and does not
// glob.
func TestActionPaths(t *testing.T) {
	s := newSandbox(t)
	out, errOut, code := runAction(t, s, map[string]string{
		"paths": "notices/privacy-notice.txt\n  notices/dataskyddsbeskrivning.txt", "output": "-", "format": "text",
	})
	if code != exitClean || !strings.Contains(out, "2 files linted") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
	if out, _, code := runAction(t, s, map[string]string{"paths": "notices/*.txt"}); code != exitInput || !strings.Contains(out, "notices/*.txt: error cannot read") {
		t.Errorf("a glob in paths: exit %d\n%s", code, out)
	}
}

// TestGitLabExample runs the example job's script and checks the reports
// its artifacts name.
func TestGitLabExample(t *testing.T) {
	var jobs map[string]struct {
		Script    []string `yaml:"script"`
		Artifacts struct {
			When    string            `yaml:"when"`
			Reports map[string]string `yaml:"reports"`
		} `yaml:"artifacts"`
	}
	if err := yaml.Unmarshal([]byte(readFile(t, repoFile(t, "docs/examples/gitlab-ci.yml"))), &jobs); err != nil {
		t.Fatal(err)
	}
	s := newSandbox(t)
	for name, job := range jobs {
		ran := false
		for _, line := range job.Script {
			switch {
			case strings.HasPrefix(line, "go install "):
				if !strings.HasPrefix(line, "go install "+modulePath+"/cmd/noticelint@") {
					t.Errorf("%s: %q installs something else", name, line)
				}
			case strings.HasPrefix(line, "noticelint "):
				if _, code := s.run(t, line); code != exitFindings {
					t.Errorf("%s: %s: exit %d, want %d on the example notices", name, line, code, exitFindings)
				}
				ran = true
			default:
				t.Errorf("%s: the test does not know how to run %q", name, line)
			}
		}
		if !ran {
			t.Errorf("%s: no noticelint command", name)
		}
		if job.Artifacts.When != "always" {
			t.Errorf("%s: artifacts are kept only when the job passes (when: %q)", name, job.Artifacts.When)
		}
		formats := map[string]string{"codequality": "codeclimate", "junit": "junit"}
		for kind, path := range job.Artifacts.Reports {
			checkReport(t, name+" artifacts:reports:"+kind, formats[kind], filepath.Join(s.dir, path))
		}
		if len(job.Artifacts.Reports) != 2 {
			t.Errorf("%s: reports %v, want codequality and junit", name, job.Artifacts.Reports)
		}
	}
}

type hook struct {
	ID       string `yaml:"id"`
	Entry    string `yaml:"entry"`
	Language string `yaml:"language"`
	Files    string `yaml:"files"`
	Exclude  string `yaml:"exclude"`
}

func hooks(t *testing.T) []hook {
	t.Helper()
	var hs []hook
	if err := yaml.Unmarshal([]byte(readFile(t, repoFile(t, ".pre-commit-hooks.yaml"))), &hs); err != nil {
		t.Fatal(err)
	}
	return hs
}

func hookIDs(t *testing.T) []string {
	var ids []string
	for _, h := range hooks(t) {
		ids = append(ids, h.ID)
	}
	return ids
}

// TestPreCommitHook runs the hook as pre-commit does: its entry with the
// staged files its pattern selects. The pattern selects the files whose
// names say they are notices, in every format a directory walk lints, and
// leaves a repository's documentation alone (its Markdown, HTML and text),
// as docs/ci.md says; the files its example passes are those it
// selects.
func TestPreCommitHook(t *testing.T) {
	hs := hooks(t)
	if len(hs) != 1 || hs[0].ID != "noticelint" || hs[0].Language != "golang" {
		t.Fatalf("hooks %+v", hs)
	}
	h := hs[0]
	// pre-commit matches with Python's re.search; these patterns mean the
	// same in Go.
	files := regexp.MustCompile(h.Files)
	exclude := regexp.MustCompile(h.Exclude)
	selects := func(f string) bool { return files.MatchString(f) && !exclude.MatchString(f) }
	for _, name := range []string{"tietosuojaseloste", "Tietosuoja", "rekisteriseloste-asiakkaat", "dataskyddsbeskrivning",
		"integritetspolicy", "privacy-notice", "PRIVACY_POLICY", "data-protection", "henkilostorekisteri-tietosuojaseloste"} {
		for _, ext := range extract.Extensions() {
			if f := "notices/" + name + ext; !selects(f) {
				t.Errorf("the hook does not select %s", f)
			}
		}
	}
	for _, f := range []string{"README.md", "docs/CHANGELOG.md", "docs/guide.md", "docs/index.html", "site/about.htm",
		"requirements.txt", "LICENSE.txt", "static/robots.txt", "privacy/README.md", "docs/privacy.png"} {
		if selects(f) {
			t.Errorf("the hook selects %s, which is documentation or not a notice", f)
		}
	}
	s := newSandbox(t)
	testfiles.Write(t, filepath.Join(s.dir, "README.md"), "# Notices\n")
	testfiles.Write(t, filepath.Join(s.dir, "docs", "guide.md"), "# Guide\n\nHow to write a notice.\n")
	testfiles.Write(t, filepath.Join(s.dir, "notices", "tietosuojaseloste-clean.txt"), readFile(t, repoFile(t, "testdata/notices/fi-modern-clean.txt")))
	staged := []string{"README.md", "docs/guide.md", "notices/privacy-notice.txt", "notices/tietosuojaseloste.txt", "notices/dataskyddsbeskrivning.txt"}
	var selected []string
	for _, f := range staged {
		if selects(f) {
			selected = append(selected, f)
		}
	}
	if !slices.Equal(selected, staged[2:]) {
		t.Errorf("selected %v", selected)
	}
	readme := ""
	for _, b := range markdownBlocks(t, repoFile(t, ciDoc)) {
		for _, line := range commandLines(b.text) {
			if strings.HasPrefix(line, h.Entry+" ") && strings.Contains(b.text, "hook") {
				readme = line
			}
		}
	}
	for _, f := range strings.Fields(strings.TrimPrefix(readme, h.Entry)) {
		if !selects(f) {
			t.Errorf("docs/ci.md's hook example passes %s, which the hook does not select", f)
		}
	}
	if readme == "" {
		t.Error("no example of the hook's command in docs/ci.md")
	}
	if _, code := s.run(t, h.Entry+" "+strings.Join(selected, " ")); code != exitFindings {
		t.Errorf("the hook on a notice with errors: exit %d", code)
	}
	if _, code := s.run(t, h.Entry+" notices/tietosuojaseloste-clean.txt"); code != exitClean {
		t.Errorf("the hook on a clean notice: exit %d", code)
	}
}
