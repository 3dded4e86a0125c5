package gen

// Document model

type secID int

const (
	secController secID = iota
	secContact
	secDPO
	secRegister
	secPurpose
	secLegal
	secData
	secSources
	secDisclosure
	secTransfer
	secSecurity
	secRetention
	secRights
	secComplaint
	secAutomated
	secCookies
	secChanges
	numSecs
)

type blockKind uint8

const (
	kPara   blockKind = iota // a paragraph
	kList                    // a bullet list with an optional lead-in line
	kFields                  // label/value pairs
	kSub                     // a short sub-heading line
)

type field struct{ label, value string }

type block struct {
	kind   blockKind
	text   string
	items  []string
	fields []field
}

func (b block) size() int {
	n := len(b.text) + 2
	for _, it := range b.items {
		n += len(it) + 4
	}
	for _, f := range b.fields {
		n += len(f.label) + len(f.value) + 4
	}
	return n
}

type section struct {
	id     secID
	title  string
	blocks []block
	extra  []block // padding material, consumed from the front
}

type doc struct {
	title     string
	subtitle  string
	dateLabel string
	dateValue string
	dateTop   bool
	legacySub bool // subtitle cites the repealed henkilötietolaki
	intro     []block
	secs      []*section
	pending   []*section // optional sections padding may still add
}

func (d *doc) size() int {
	n := len(d.title) + len(d.subtitle) + len(d.dateLabel) + len(d.dateValue) + 8
	for _, b := range d.intro {
		n += b.size()
	}
	for _, s := range d.secs {
		n += len(s.title) + 6
		for _, b := range s.blocks {
			n += b.size()
		}
	}
	return n
}

func (d *doc) add(s *section) {
	i := 0
	for i < len(d.secs) && d.secs[i].id <= s.id {
		i++
	}
	d.secs = append(d.secs, nil)
	copy(d.secs[i+1:], d.secs[i:])
	d.secs[i] = s
}

func (d *doc) find(id secID) *section {
	for _, s := range d.secs {
		if s.id == id {
			return s
		}
	}
	return nil
}
