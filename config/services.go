package config

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/noticelint/noticelint/services"
)

// loadServices checks the configuration's services (`services:`), entries
// of the third-party service table for --browser, each as services.Check
// wants it, and reports a problem at its line.
func loadServices(doc *yamlDoc, ps *problems) []*services.Service {
	m, _ := doc.value.(map[string]any)
	raw, ok := m["services"]
	if !ok {
		return nil
	}
	j, err := json.Marshal(raw)
	if err != nil {
		ps.add(doc.name, doc.line([]string{"services"}), "services", "%v", err)
		return nil
	}
	list, err := services.DecodeJSON(j)
	if err != nil { // the schema let it through, so this is the decoder's limit
		ps.add(doc.name, doc.line([]string{"services"}), "services", "%v", err)
		return nil
	}
	names := map[string]int{}
	for i, s := range list {
		at := []string{"services", strconv.Itoa(i)}
		for _, p := range services.Check(s) {
			loc := slices.Concat(at, p.Path)
			ps.add(doc.name, doc.line(loc), doc.key(loc), "%s", p.Msg)
		}
		if j, ok := names[strings.ToLower(s.Name)]; ok {
			loc := slices.Concat(at, []string{"name"})
			ps.add(doc.name, doc.line(loc), doc.key(loc), "%q is named by services[%d] already", s.Name, j)
		}
		names[strings.ToLower(s.Name)] = i
	}
	return list
}
