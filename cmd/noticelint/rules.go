package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/noticelint/noticelint/extract"
	"github.com/noticelint/noticelint/rules"
)

func newRulesCmd(s streams) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the rules: id, default severity, title",
		Long: `List every rule noticelint checks, with its id (used in reports, SARIF and
configuration), its default severity and its title. 'noticelint explain ID'
tells more about one rule.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			pack, err := rules.Load()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
			}
			if asJSON {
				type entry struct {
					ID       string `json:"id"`
					Severity string `json:"severity"`
					Category string `json:"category"`
					Title    string `json:"title"`
					Ref      string `json:"ref"`
				}
				var list []entry
				for _, r := range pack {
					list = append(list, entry{r.ID, r.Severity.String(), r.Category, r.Title.In("en"), r.Ref})
				}
				enc := json.NewEncoder(s.out)
				enc.SetIndent("", "  ")
				return enc.Encode(list)
			}
			byCategory := map[string][]*rules.Rule{}
			for _, r := range pack {
				byCategory[r.Category] = append(byCategory[r.Category], r)
			}
			cats := make([]string, 0, len(byCategory))
			for c := range byCategory {
				cats = append(cats, c)
			}
			sort.Strings(cats)
			tw := tabwriter.NewWriter(s.out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "CATEGORY\tID\tSEVERITY\tTITLE")
			for _, c := range cats {
				for _, r := range byCategory[c] {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c, r.ID, r.Severity, r.Title.In("en"))
				}
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(s.out, "\n%d rules. 'noticelint explain ID' tells more about one.\n", len(pack))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the list as JSON")
	return cmd
}

func newExplainCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain a rule: what it finds, the law behind it, what to write instead",
		Args:  cobra.ExactArgs(1),
		Example: `  noticelint explain repealed-law
  noticelint explain missing-complaint-right`,
		RunE: func(_ *cobra.Command, args []string) error {
			pack, err := rules.Load()
			if err != nil {
				return &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
			}
			r := rules.Find(pack, args[0])
			if r == nil {
				var near []string
				for _, x := range pack {
					if strings.Contains(x.ID, args[0]) || strings.Contains(args[0], x.ID) {
						near = append(near, x.ID)
					}
				}
				hint := "'noticelint rules' lists them"
				if len(near) > 0 {
					hint = "did you mean " + strings.Join(near, ", ") + "?"
				}
				return usageError("no rule %q: %s", args[0], hint)
			}
			w := s.out
			fmt.Fprintf(w, "%s (%s, %s)\n%s\n\n", r.ID, r.Severity, r.Category, r.Title.In("en"))
			fmt.Fprintf(w, "%s\n\n", wrap(r.Description.In("en"), 78))
			fmt.Fprintf(w, "Law: %s\n", r.Ref)
			if r.RefURL != "" {
				fmt.Fprintf(w, "     %s\n", r.RefURL)
			}
			fmt.Fprintf(w, "\nWhat to do:\n%s\n", indent(r.Help.In("en"), "  "))
			if ex := r.Example(); ex != "" {
				fmt.Fprintf(w, "\nExample:\n%s\n", indent(ex, "  | "))
				doc, err := extract.FromText("example.txt", []byte(ex), extract.Options{})
				if err == nil {
					for _, f := range rules.NewEngine([]*rules.Rule{r}, rules.Options{}).Check(doc) {
						fmt.Fprintf(w, "  gives %d:%d %s: %s\n", f.Location.Line, f.Location.Column, f.Severity, f.Message)
					}
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
