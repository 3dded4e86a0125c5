package gen

// Kind is what a block of a notice is.
type Kind int

// Block kinds.
const (
	Title     Kind = iota // the notice's title
	Heading               // a numbered section heading
	Paragraph             // a paragraph of running text
	Lines                 // lines broken by hand: an address
	List                  // a bulleted list
	Table                 // a table: Rows, the first a header row when Header
	Banner                // the site's or product's name above the notice's title, in large type
	RunIn                 // a heading run in above its text in one paragraph: Text, then Lines
)

// Block is one block of a notice.
type Block struct {
	Kind  Kind
	Text  string   // Title, Heading, Paragraph
	Lines []string // Lines, List
	// Wrap is how a PDF writer broke a Title, Heading or Paragraph over
	// lines (PDFWith); a line ending in "-" breaks a word. Text stays the
	// whole text, which the other formats write.
	Wrap []string
	// PageAt, when above 0, is the line of Wrap that a PDF writer moved to
	// the next page: a heading at a page's foot that goes on at the next
	// page's head.
	PageAt int
	Rows   [][]string // Table
	Header bool       // Table: the first row names the columns
}

// Sample is a Finnish customer-register notice with seven defects, one for
// each rule the format-invariance test counts (on the tests' clock,
// 2026-11-22): stale-notice (updated 12.3.2021), repealed-law
// ("henkilötietolain (523/1999)"), placeholder ("(Muuta?)"), empty-section
// ("5. Oikeutetun edun peruste"), markup-residue ("<p></p>"),
// duplicate-heading ("10. Rekisteröidyn oikeudet") and
// missing-complaint-right (no word of the right to complain, anchored at
// "9. Rekisteröidyn oikeudet").
var Sample = []Block{
	{Kind: Title, Text: "Tietosuojaseloste"},
	{Kind: Paragraph, Text: "Esimerkki Verkkokauppa Oy:n asiakasrekisteri"},
	{Kind: Paragraph, Text: "Päivitetty 12.3.2021"},
	{Kind: Paragraph, Text: "Käsittelemme henkilötietoja henkilötietolain (523/1999) ja EU:n yleisen tietosuoja-asetuksen mukaisesti. Tässä selosteessa kerromme, mitä tietoja keräämme ja miksi."},
	{Kind: Heading, Text: "1. Rekisterinpitäjä"},
	{Kind: Lines, Lines: []string{"Esimerkki Verkkokauppa Oy", "Esimerkkikatu 1, 00100 Helsinki", "Y-tunnus: 0000000-0"}},
	{Kind: Heading, Text: "2. Yhteyshenkilö"},
	{Kind: Lines, Lines: []string{"Maija Esimerkki", "tietosuoja@verkkokauppa.example, puh. 040 000 0001"}},
	{Kind: Heading, Text: "3. Henkilötietojen käsittelyn tarkoitus"},
	{Kind: Paragraph, Text: "Henkilötietoja käsitellään asiakkaan tunnistamiseksi sekä seuraaviin tarkoituksiin:"},
	{Kind: List, Lines: []string{"tilausten käsittely ja toimitus", "asiakassuhteen hoitaminen", "(Muuta?)"}},
	{Kind: Heading, Text: "4. Käsittelyn oikeusperuste"},
	{Kind: Paragraph, Text: "Käsittely perustuu asiakassuhteeseen ja rekisteröidyn suostumukseen."},
	{Kind: Heading, Text: "5. Oikeutetun edun peruste"},
	{Kind: Heading, Text: "6. Rekisterin tietosisältö"},
	{Kind: Paragraph, Text: "Rekisteriin tallennetaan asiakkaan nimi, osoite, sähköpostiosoite ja puhelinnumero.<p></p>"},
	{Kind: Heading, Text: "7. Säännönmukaiset tietolähteet"},
	{Kind: Paragraph, Text: "Tiedot saadaan asiakkaalta itseltään tilauksen ja asiakastilin avaamisen yhteydessä."},
	{Kind: Heading, Text: "8. Tietojen säilytysaika"},
	{Kind: Paragraph, Text: "Tietoja säilytetään asiakassuhteen ajan ja kolme vuotta sen päättymisen jälkeen."},
	{Kind: Heading, Text: "9. Rekisteröidyn oikeudet"},
	{Kind: Paragraph, Text: "Sinulla on oikeus tarkastaa sinusta tallennetut tiedot ja pyytää virheellisen tiedon korjaamista. Voit myös pyytää tietojesi poistamista."},
	{Kind: Heading, Text: "10. Rekisteröidyn oikeudet"},
	{Kind: Paragraph, Text: "Pyynnöt lähetetään sähköpostitse osoitteeseen tietosuoja@verkkokauppa.example."},
	{Kind: Heading, Text: "11. Rekisterin suojaus"},
	{Kind: Paragraph, Text: "Tiedot säilytetään suojatussa tietojärjestelmässä, johon pääsy on vain nimetyillä työntekijöillä."},
}

// SampleFindings are the findings every rendition of Sample must give, by
// rule, on the tests' clock.
var SampleFindings = map[string]int{
	"stale-notice": 1, "repealed-law": 1, "placeholder": 1, "empty-section": 1,
	"markup-residue": 1, "duplicate-heading": 1, "missing-complaint-right": 1,
	// What the short notice leaves out besides, by the full catalog.
	"missing-consent-withdrawal": 1, "missing-legitimate-interest": 1, "missing-recipients": 1,
	"missing-right-object": 1, "missing-right-portability": 1, "missing-right-restriction": 1,
	"missing-statutory-requirement": 1, "missing-transfer-info": 1,
}
