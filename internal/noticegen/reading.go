package noticegen

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
		"Sopimuksen täytäntöönpano (jäsenyys)", "Lakisääteisen velvoitteen noudattaminen (kirjanpito)",
		"Rekisterinpitäjän oikeutettu etu (turvallisuus)", "Suostumus (uutiskirje)",
	}},
	{Kind: Heading, Text: "3. Rekisteröidyn oikeudet"},
	{Kind: Paragraph, Text: "Sinulla on oikeus"},
	{Kind: List, Lines: []string{
		"Tarkastaa itseäsi koskevat tiedot", "Pyytää tietojen oikaisua tai poistamista",
		"Rajoittaa käsittelyä tai vastustaa sitä", "Tehdä valitus tietosuojavaltuutetulle",
	}},
	{Kind: Heading, Text: "4. Tietojen säilytysaika"},
	{Kind: Paragraph, Text: "Tiedot säilytetään jäsenyyden ajan ja kuusi vuotta sen päättymisen jälkeen."},
}
