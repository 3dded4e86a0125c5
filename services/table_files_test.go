package services

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestReadTable: the table's files are read in the order of their names,
// whatever order they are listed in, each strictly, an error naming its
// file, and a category is described once.
func TestReadTable(t *testing.T) {
	svc := func(name string) string {
		return "services:\n  - name: " + name + "\n    owner: Esimerkki Oy\n    country: FI\n    category: chat\n    domains: [" + strings.ToLower(name) + ".example]\n    source: https://esimerkki.example/\n"
	}
	fsys := fstest.MapFS{
		"table/10-b.yaml": {Data: []byte(svc("Beta"))},
		"table/02-a.yaml": {Data: []byte(svc("Alfa"))},
		"table/00-c.yaml": {Data: []byte("categories:\n  chat:\n    title: {en: chat}\n")},
	}
	f, err := readTable(fsys)
	if err != nil || len(f.Services) != 2 || f.Services[0].Name != "Alfa" || f.Services[1].Name != "Beta" || f.Categories["chat"].Title["en"] != "chat" {
		t.Fatalf("%+v, %v", f, err)
	}
	fsys["table/03-x.yaml"] = &fstest.MapFile{Data: []byte("services:\n  - name: X\n    owner: X\n    colour: red\n")}
	if _, err := readTable(fsys); err == nil || !strings.Contains(err.Error(), "services/table/03-x.yaml") || !strings.Contains(err.Error(), "colour") {
		t.Errorf("an unknown key: %v", err)
	}
	delete(fsys, "table/03-x.yaml")
	fsys["table/04-y.yaml"] = &fstest.MapFile{Data: []byte("categories:\n  chat:\n    title: {en: chat again}\n")}
	if _, err := readTable(fsys); err == nil || !strings.Contains(err.Error(), "services/table/04-y.yaml: category chat is described twice") {
		t.Errorf("a category twice: %v", err)
	}
	if _, err := readTable(fstest.MapFS{}); err == nil {
		t.Error("no table files: no error")
	}
}

// TestTableFilesLoad: the repository's table loads from its files, every
// category described and every service in one of them.
func TestTableFilesLoad(t *testing.T) {
	f, err := readTable(tableFiles)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Categories) != len(Categories) || len(f.Services) != len(Default().Services()) || len(f.Services) < 90 {
		t.Errorf("%d categories, %d services", len(f.Categories), len(f.Services))
	}
}
