package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/internal/ruledoc"
	"github.com/noticelint/noticelint/rules"
)

func newRulesCmd(s streams) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules: id, default severity, title",
		Long: `List every rule noticelint checks, with its id (used in reports, SARIF and
configuration), its default severity and its title. 'noticelint explain ID'
tells more about one rule. --format markdown writes the rule reference as
one document (docs/rules.md holds it a page a rule).`,
		Example: `  noticelint rules
  noticelint rules --format json
  noticelint rules --format markdown > rules.md`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			pack, err := rules.Load()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
			}
			switch format {
			case "text":
				return writeRulesText(s.out, pack)
			case "json":
				return writeRulesJSON(s.out, pack)
			case "markdown":
				_, err := io.WriteString(s.out, ruledoc.Reference(pack))
				return err
			}
			return usageError("--format %q: want text, json or markdown", format)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "text, json or markdown")
	return cmd
}

func writeRulesText(w io.Writer, pack []*rules.Rule) error {
	cats, group := ruledoc.ByCategory(pack)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CATEGORY\tID\tSEVERITY\tTITLE")
	for _, c := range cats {
		for _, r := range group[c] {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c, r.ID, r.Severity, r.Title.In("en"))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d rules. 'noticelint explain ID' tells more about one.\n", len(pack))
	return err
}

func writeRulesJSON(w io.Writer, pack []*rules.Rule) error {
	type entry struct {
		ID       string            `json:"id"`
		Severity string            `json:"severity"`
		Category string            `json:"category"`
		Title    map[string]string `json:"title"`
		Ref      string            `json:"ref"`
	}
	list := make([]entry, 0, len(pack))
	for _, r := range pack {
		list = append(list, entry{r.ID, r.Severity.String(), r.Category, r.Title, r.Ref})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(list)
}

func newExplainCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:               "explain RULE",
		Short:             "Explain a rule: what it finds, the law behind it, what to write instead (in English and Finnish)",
		Args:              exactArgs(1),
		ValidArgsFunction: completeRuleIDs,
		Example: `  noticelint explain repealed-law
  noticelint explain missing-complaint-right`,
		RunE: func(_ *cobra.Command, args []string) error {
			pack, err := rules.Load()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
			}
			r := rules.Find(pack, args[0])
			if r == nil {
				ids := make([]string, len(pack))
				for i, x := range pack {
					ids[i] = x.ID
				}
				near := config.NearIDs(args[0], ids) // as configuration errors suggest
				hint := "'noticelint rules' lists them"
				if len(near) > 0 {
					hint = "did you mean " + strings.Join(near, ", ") + "?"
				}
				return usageError("no rule %q: %s", args[0], hint)
			}
			w := s.out
			fmt.Fprintf(w, "%s (%s, %s)\n%s\nfi: %s\n\n", r.ID, r.Severity, r.Category, r.Title.In("en"), r.Title.In("fi"))
			fmt.Fprintf(w, "%s\n\n%s\n\n", wrap(r.Description.In("en"), 78), wrap("fi: "+r.Description.In("fi"), 78))
			fmt.Fprintf(w, "Law: %s\n", r.Ref)
			if r.RefURL != "" {
				fmt.Fprintf(w, "     %s\n", r.RefURL)
			}
			fmt.Fprintf(w, "\nWhat to do:\n%s\n", indent(r.Help.In("en"), "  "))
			fmt.Fprintf(w, "\nMitä tehdä:\n%s\n", indent(r.Help.In("fi"), "  "))
			if ex := r.Example(); ex != "" {
				fmt.Fprintf(w, "\nExample:\n%s\n", indent(ex, "  | "))
				for _, f := range ruledoc.ExampleFindings(r, ex) {
					fmt.Fprintf(w, "  gives %d:%d %s: %s\n", f.Location.Line, f.Location.Column, f.Severity, f.Message)
				}
			}
			return nil
		},
	}
}

// wrap folds text at width columns.
func wrap(text string, width int) string {
	var b strings.Builder
	col := 0
	for _, word := range strings.Fields(text) {
		n := len([]rune(word))
		if col > 0 && col+1+n > width {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += n
	}
	return b.String()
}

func indent(text, prefix string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(prefix+l, " ")
	}
	return strings.Join(lines, "\n")
}
