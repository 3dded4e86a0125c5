package gen

//go:generate go run ../cmd/genfixtures -out ../../testdata/formats

// Fixtures returns the files testdata/formats holds that this package
// makes, by name: the notice in every format, and the template table as a
// PDF of two columns.
func Fixtures() (map[string][]byte, error) {
	files := map[string][]byte{
		"notice.txt":  Text(Sample),
		"notice.html": HTML(Sample, ""),
		"notice.md":   Markdown(Sample),
	}
	var err error
	if files["notice-winansi.pdf"], err = PDF(Sample, CoreFont); err != nil {
		return nil, err
	}
	if files["notice-identity-h.pdf"], err = PDF(Sample, UTF8Font); err != nil {
		return nil, err
	}
	if files["notice.docx"], err = DOCX(Sample); err != nil {
		return nil, err
	}
	if files["template-table.pdf"], err = TablePDF("Tietosuojaseloste", TemplateTable, CoreFont); err != nil {
		return nil, err
	}
	return files, nil
}
