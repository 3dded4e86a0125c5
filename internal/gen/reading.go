package gen

// The notices below reproduce, with invented content, the structures real
// published notices were misread by; extract's reading tests render each in
// every format and want the sections a reader of the page names.

// Lists holds lists whose items are short lines without a full stop, each
// of which reads like a heading: an item is body text of the section it
// stands in.
var Lists = []Block{
	{Kind: Title, Text: "Tietosuojaseloste"},
	{Kind: Heading, Text: "1. Rekisterinpitäjä"},
	{Kind: Lines, Lines: []string{"Esimerkki Kuntosali Oy", "Mallikatu 3, 00100 Helsinki"}},
	{Kind: Heading, Text: "2. Käsittelyn oikeusperuste"},
	{Kind: List, Lines: []string{
		"Sopimuksen täytäntöönpano (jäsenyys)", "Lakisääteisten velvoitteiden täyttäminen (verotus)",
		"Rekisterinpitäjän oikeutettu etu (turvallisuus)", "Suostumus (uutiskirje)",
	}},
	{Kind: Heading, Text: "3. Rekisteröidyn oikeudet"},
	{Kind: Paragraph, Text: "Sinulla on oikeus"},
	{Kind: List, Lines: []string{
		"Tarkastaa itseäsi koskevat tiedot", "Pyytää tietojen oikaisua tai poistamista",
		"Vastustaa käsittelyä tai pyytää sen rajoittamista", "Tehdä valitus valvontaviranomaiselle",
	}},
	{Kind: Heading, Text: "4. Tietojen säilytysaika"},
	{Kind: Paragraph, Text: "Tiedot säilytetään jäsenyyden ajan ja kuusi vuotta sen päättymisen jälkeen."},
}

// Wrapped is laid out as word processors lay a notice out in a PDF (see
// PDFWith): its title and two headings broken over two lines, one at a
// hyphen, and justified paragraphs, one with a line of two words spread
// over the whole width. A line in a heading's type that goes on with it is
// part of it; a justified line is no table row.
var Wrapped = []Block{
	{Kind: Title, Text: "Esimerkki Oppimisalustan tietosuojaseloste", Wrap: []string{"Esimerkki Oppimisalustan", "tietosuojaseloste"}},
	{Kind: Paragraph, Text: "Päivitetty 9.1.2025"},
	{Kind: Heading, Text: "1. Rekisterinpitäjä"},
	{Kind: Paragraph, Text: "Esimerkki Oppimispalvelut Oy, Mallitie 5, 33100 Tampere, tietosuoja@oppimispalvelut.example."},
	{Kind: Heading, Text: "2. Henkilötietojen säännönmukaiset luovutukset ja siirrot kolmansille osapuolille",
		Wrap: []string{"2. Henkilötietojen säännönmukaiset luovutukset ja siirrot", "kolmansille osapuolille"}},
	{Kind: Paragraph, Text: "Tiedot tallennetaan palveluntarjoajan palvelimelle Suomessa. Muille osapuolille tietoja ei luovuteta."},
	{Kind: Heading, Text: "3. Tietojen säilytysaika ja poistaminen", Wrap: []string{"3. Tietojen säilytysaika ja pois-", "taminen"}},
	{Kind: Paragraph, Text: "Tiedot säilytetään niin kauan kuin käyttäjä on rekisteröityneenä palveluun. Käyttäjätunnus poistetaan " +
		"kahden vuoden käyttämättömyyden jälkeen, ja samalla poistetaan käyttäjän lisäämä materiaali.",
		Wrap: []string{
			"Tiedot säilytetään niin kauan kuin käyttäjä on rekisteröityneenä palveluun.",
			"Käyttäjätunnus poistetaan kahden vuoden käyttämättömyyden jälkeen, ja samalla",
			"poistetaan käyttäjän lisäämä materiaali.",
		}},
	{Kind: Heading, Text: "4. Rekisteröidyn oikeudet"},
	{Kind: Paragraph, Text: "Rekisteröidyllä on soveltuvan lainsäädännön mukaisesti oikeus:"},
	{Kind: List, Lines: []string{
		"saada pääsy omiin tietoihinsa ja tarkastaa itseään koskevat Esimerkki Oppimispalveluiden käsittelemät henkilötiedot",
		"vaatia virheellisen henkilötiedon oikaisua",
		"Saada henkilötietonsa koneluettavassa muodossa",
	}},
	{Kind: Heading, Text: "5. Oikeus valittaa valvontaviranomaiselle"},
	{Kind: Paragraph, Text: "Jokaisella rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, jos hän katsoo, " +
		"että hänen tietojaan ei ole käsitelty lainmukaisesti.",
		Wrap: []string{
			"Jokaisella rekisteröidyllä",
			"on oikeus tehdä valitus valvontaviranomaiselle, jos hän katsoo, että hänen",
			"tietojaan ei ole käsitelty lainmukaisesti.",
		}},
}

// Tables holds a controller's and a contact person's two-column tables
// that share a row label ("Sähköposti"), and a wider table whose header
// names its columns, the retention period standing only in its last
// column: label/value rows are fields of their section, a wider row is
// read as one, each cell named by its column.
var Tables = []Block{
	{Kind: Title, Text: "Tietosuojaseloste"},
	{Kind: Heading, Text: "1. Rekisterinpitäjä"},
	{Kind: Table, Rows: [][]string{{"Nimi", "Esimerkki Kauppa Oy"}, {"Sähköposti", "asiakaspalvelu@kauppa.example"}}},
	{Kind: Heading, Text: "2. Yhteyshenkilö"},
	{Kind: Table, Rows: [][]string{{"Nimi", "Maija Esimerkki"}, {"Sähköposti", "maija.esimerkki@kauppa.example"}}},
	{Kind: Heading, Text: "3. Käsittelyn tarkoitukset"},
	{Kind: Table, Header: true, Rows: [][]string{
		{"Tarkoitus", "Tiedot", "Oikeusperuste", "Säilytysaika"},
		{"Tilausten toimittaminen", "Nimi, osoite", "Sopimus", "Kuusi vuotta tilauksesta"},
		{"Uutiskirje", "Sähköposti", "Suostumus", "Kunnes peruutat tilauksen"},
	}},
	{Kind: Heading, Text: "4. Rekisteröidyn oikeudet"},
	{Kind: Paragraph, Text: "Sinulla on oikeus tarkastaa tietosi ja tehdä valitus tietosuojavaltuutetulle."},
}

// Bannered has the site's name in large type above the notice's title (a
// heading of a web page, a "#" line above the title's, a larger font in a
// PDF): page chrome, not a section of the notice.
var Bannered = []Block{
	{Kind: Banner, Text: "Esimerkki Oppimisalusta"},
	{Kind: Title, Text: "Tietosuojaseloste"},
	{Kind: Paragraph, Text: "Päivitetty 9.1.2025"},
	{Kind: Heading, Text: "1. Rekisterinpitäjä"},
	{Kind: Paragraph, Text: "Esimerkki Oppimispalvelut Oy, Mallitie 5, 33100 Tampere."},
	{Kind: Heading, Text: "2. Tietojen säilytysaika"},
	{Kind: Paragraph, Text: "Tiedot poistetaan kahden vuoden kuluttua viimeisestä kirjautumisesta."},
}

// Labels holds "Label:" lines: an empty field ("Y-tunnus:" with nothing
// after it, which is an empty section), a label leading in to a list (the
// text of its heading) and to a paragraph (a label with its body), and
// lettered headings run in above their text.
var Labels = []Block{
	{Kind: Title, Text: "Tietosuojaseloste"},
	{Kind: Heading, Text: "1. Rekisterinpitäjä"},
	{Kind: Lines, Lines: []string{"Esimerkki Tilitoimisto Oy", "Y-tunnus:", "Sähköposti: tietosuoja@tilitoimisto.example"}},
	{Kind: Heading, Text: "2. Rekisterin tietosisältö"},
	{Kind: Paragraph, Text: "Tallennettavat tiedot:"},
	{Kind: List, Lines: []string{"nimi ja yhteystiedot", "laskutustiedot"}},
	{Kind: Heading, Text: "3. Käsittelyn tarkoitukset"},
	{Kind: RunIn, Text: "a) Asiakassuhde", Lines: []string{"Tietoja käsitellään asiakassuhteen hoitamiseksi ja laskutusta varten."}},
	{Kind: RunIn, Text: "b) Markkinointi", Lines: []string{"Lähetämme uutiskirjeen vain niille, jotka ovat sen tilanneet."}},
	{Kind: Heading, Text: "4. Tietojen säilytysaika"},
	{Kind: Paragraph, Text: "Lisätiedot:"},
	{Kind: Paragraph, Text: "Tiedot säilytetään asiakassuhteen ajan ja kuusi vuotta sen jälkeen."},
}

// Template is the 2018 template as a two-column table in Swedish, whose
// numbered field names run longer than the Finnish ones (thirteen words),
// one field left empty: each row is a field, however long its numbered
// label, and the empty one is an empty section.
var Template = []Block{
	{Kind: Title, Text: "Dataskyddsbeskrivning"},
	{Kind: Table, Rows: [][]string{
		{"1. Personuppgiftsansvarig", "Exempelby Seglarförening rf, Hamnvägen 4, 10600 Exempelstad"},
		{"2. Rättslig grund och ändamål med behandlingen av personuppgifter", "Behandlingen grundar sig på medlemskapet. Uppgifterna används för medlemsärenden."},
		{"3. Regelmässigt utlämnande av uppgifter och överföring av uppgifter utanför EU eller EES", "Uppgifter lämnas inte ut."},
		{"4. Principer för skydd av registret", ""},
		{"5. Rätt till insyn och rätt att kräva rättelse av uppgifter", "Medlemmen har rätt att kontrollera sina uppgifter och kräva att felaktiga uppgifter rättas."},
	}},
}

// Questions has headings asked as questions, which a PDF sets in bold
// type barely larger than the text's and a page may mark only in bold, and
// one heading broken over a page: each is one heading.
var Questions = []Block{
	{Kind: Title, Text: "Integritetspolicy"},
	{Kind: Paragraph, Text: "Här berättar vi hur Exempelbutiken behandlar dina personuppgifter."},
	{Kind: Heading, Text: "Vem ansvarar för dina personuppgifter?"},
	{Kind: Paragraph, Text: "Exempelbutiken i Lund AB, Klostergatan 8, 222 22 Exempelstad, kund@exempelbutiken.example."},
	{Kind: Heading, Text: "Hur länge sparar vi dina uppgifter?"},
	{Kind: Paragraph, Text: "Orderuppgifter sparas i sju år enligt bokföringslagen."},
	{Kind: Heading, Text: "Vilka rättigheter har du som kund i vår webbutik?",
		Wrap: []string{"Vilka rättigheter har du som", "kund i vår webbutik?"}, PageAt: 1},
	{Kind: Paragraph, Text: "Du har rätt att begära tillgång till dina uppgifter och att få felaktiga uppgifter rättade."},
}

// Rendition is one way to write a notice as a file; its Name's extension
// picks the extractor.
type Rendition struct {
	Name   string
	Render func([]Block) ([]byte, error)
}

// Renditions writes a notice in every format noticelint reads, PDF in the
// plain layout and in a word processor's (Core font, then justified text
// and hanging bullets in an embedded font).
var Renditions = []Rendition{
	{"notice.txt", func(b []Block) ([]byte, error) { return Text(b), nil }},
	{"notice.html", func(b []Block) ([]byte, error) { return HTML(b, ""), nil }},
	{"notice.md", func(b []Block) ([]byte, error) { return Markdown(b), nil }},
	{"notice.docx", DOCX},
	{"plain.pdf", func(b []Block) ([]byte, error) { return PDF(b, CoreFont) }},
	{"word.pdf", func(b []Block) ([]byte, error) {
		return PDFWith(b, PDFStyle{Font: UTF8Font, Justify: true, Bullet: "-"})
	}},
}

// Reading names the reading notices, for tests that run them all.
var Reading = map[string][]Block{
	"lists": Lists, "wrapped": Wrapped, "tables": Tables, "banner": Bannered, "labels": Labels, "template": Template,
	"questions": Questions,
}
