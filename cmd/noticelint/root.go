package main

import (
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3"; a
// go install build takes the module version.
var version = "dev"

func buildVersion() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(version, info)
}

// versionOf is the version to report: the -ldflags one; else the module
// version the build recorded (go install ...@v1.2.3, or the pseudo-version
// Go stamps in a build from a git checkout); else, from a build that
// recorded only its commit, "devel-" and the revision ("-dirty" for a tree
// with changes); else "dev".
func versionOf(ldflags string, info *debug.BuildInfo) string {
	if ldflags != "dev" || info == nil {
		return ldflags
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "-dirty"
		}
	}
	if rev != "" {
		return "devel-" + rev + dirty
	}
	return ldflags
}

// NewRootCmd builds the command tree.
func NewRootCmd(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "noticelint",
		Short: "Lint privacy notices against the GDPR and Finnish data protection law",
		Long: `noticelint reads privacy notices (tietosuojaseloste, dataskyddsbeskrivning,
privacy notice) as text, HTML, Markdown, PDF or Word, splits them into sections
and reports what is missing or out of date under the GDPR (EU) 2016/679 and
the Finnish Data Protection Act (tietosuojalaki 1050/2018): references to the
repealed henkilötietolaki (523/1999), unfilled template placeholders, empty
sections, a missing right to complain to the supervisory authority, and more.
Finnish, Swedish and English. 'noticelint scan' finds a website's notice
itself, fetches it and lints it.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or
configuration error, 3 an input could not be read, 130 interrupted. The
documentation, exit codes and report formats in full:
https://github.com/noticelint/noticelint/tree/main/docs`,
		Example: `  noticelint lint testdata/examples/ testdata/formats/
  noticelint lint --format sarif --output results.sarif notices/
  noticelint lint --output sarif=results.sarif --output text=- notices/
  cat notice.pdf | noticelint lint -
  noticelint scan https://www.esimerkki.example
  noticelint init
  noticelint config verify
  noticelint rules
  noticelint explain repealed-law`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: err}
	})
	root.AddCommand(newLintCmd(s), newRulesCmd(s), newExplainCmd(s), newSectionsCmd(s), newVersionCmd(s),
		newConfigCmd(s), newInitCmd(s), newScanCmd(s), newReportCmd(s), newCrawlCmd(s))
	registerCompletions(root)
	return root
}

func newVersionCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print noticelint's version",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := s.out.Write([]byte("noticelint " + buildVersion() + "\n"))
			return err
		},
	}
}
