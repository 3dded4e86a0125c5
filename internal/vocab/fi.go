package vocab

// Finnish are the Finnish word lists. Stems end where the word inflects:
// tarkoitus, tarkoitukset; oikeus, oikeudet.
var Finnish = Words{
	Lang: "fi",
	HeadingStems: []string{
		"rekisterinpitä", "rekisterin pitä", "yhteyshenkil", "yhteystied", "rekisterin nimi",
		"tietosuojavastaa", "tarkoitu", "perust", "oikeusperust", "käsittelyperust", "oikeutetun edun",
		"tietosisäl", "käsiteltävä", "kerättävä", "tietoryhm", "tietolähte", "luovut", "vastaanotta",
		"siirt", "siirr", "ulkopuolelle", "suojau", "suojaam", "tietoturva", "säily", "tarkastusoikeu",
		"oikeu", "valitu", "valitta", "päätöksente", "profiloin", "evästee", "muutoks", "kielto",
		"korjaam", "poistam", "rajoittam", "vastustam", "yleistä", "tietosuojaseloste", "rekisteriseloste",
	},
	HeadingLines: []string{"rekisteri", "yleistä", "evästeet"},
	TitleWords: []string{
		"tietosuojaseloste", "rekisteriseloste", "tietosuojailmoitus", "tietosuojakäytäntö", "tietosuojaselvitys",
	},
	NotTitleWords:  []string{"muutok", "päivity", "tämä"},
	DanglingWords:  []string{"ja", "tai", "sekä", "että", "kuten", "eli", "jotka", "joita"},
	SentenceStarts: []string{"sinulla ", "meillä ", "voit ", "voimme ", "me ", "te "},
	ConsentButtons: []string{
		"hyväksy kaikki", "hylkää kaikki", "vain välttämättömät", "evästeasetukset", "muokkaa asetuksia",
	},
	Stopwords: []string{
		"ja", "on", "ei", "tai", "että", "sekä", "ovat", "voidaan", "kanssa", "mukaan", "tietoja", "henkilötietoja", "rekisterin",
		"rekisteröidyn", "käsittely", "käsitellään", "tiedot", "hänen", "niiden", "jotka", "joka", "jos", "kun", "myös", "tietojen",
		"asiakkaan", "oikeus", "oikeutettu", "tarkoitus", "säilytetään", "yhteystiedot", "rekisterinpitäjä", "voi", "vain",
	},
	DateLabels: []string{
		"laatimispäivä", "laadittu", "päivitetty", "päivitys", "päiväys", "muutettu", "voimassa alkaen",
	},
	Months: [12][]string{
		{"tammikuu"}, {"helmikuu"}, {"maaliskuu"}, {"huhtikuu"}, {"toukokuu"}, {"kesäkuu"},
		{"heinäkuu"}, {"elokuu"}, {"syyskuu"}, {"lokakuu"}, {"marraskuu"}, {"joulukuu"},
	},
	NoticeLinks: []LinkTerm{
		{"tietosuojaseloste", 100}, {"tietosuojaselosteet", 100}, {"rekisteriseloste", 95},
		{"tietosuojakaytanto", 100}, {"tietosuojakaytannot", 100}, {"tietosuojaselvitys", 95},
		{"tietosuojailmoitus", 95}, {"tietosuojalauseke", 90}, {"tietosuojakuvaus", 90},
	},
	TopicLinks: []LinkTerm{
		{"tietosuoja", 70}, {"henkilotiedot", 60}, {"henkilotietojen kasittely", 70},
	},
	CookieLinks: []LinkTerm{{"evaste", 25}},
	NoticeContent: []string{
		"rekisterinpitaja", "henkilotie", "kasittelyn tarkoitus", "kasittelyn peruste", "oikeusperuste",
		"sailytysaika", "sailyttam", "luovutu", "tarkastusoikeu", "oikeus tarkastaa", "oikeus saada",
		"tietosuojavaltuutet", "yhteyshenkilo", "tietolahtee", "suojauksen periaatteet", "rekisterin nimi",
		"siirto", "oikeutettu etu", "suostumu",
	},
}
