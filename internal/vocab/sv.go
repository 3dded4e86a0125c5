package vocab

// Swedish are the Swedish word lists.
var Swedish = Words{
	Lang: "sv",
	HeadingStems: []string{
		"personuppgiftsansvarig", "kontaktperson", "registrets namn", "ändamål", "rättslig", "berättigat intresse",
		"uppgiftskäll", "utlämn", "mottagar", "överför", "skydd", "lagring", "bevar", "rättighet",
		"rätt att", "rätt till", "klagomål", "dataskyddsombud", "dataskyddsbeskrivning", "registerbeskrivning",
		"kakor", "ändring", "uppdatering", "uppgifter som", "datainnehåll",
	},
	HeadingLines: []string{"register", "registret", "allmänt", "kakor"},
	TitleWords: []string{
		"dataskyddsbeskrivning", "registerbeskrivning", "dataskyddsmeddelande", "integritetspolicy",
	},
	NotTitleWords: []string{"ändring", "uppdater", "denna "},
	DanglingWords: []string{
		"att", "och", "eller", "som", "för", "till", "med", "av", "om", "på", "i", "enligt",
	},
	SentenceStarts: []string{"du ", "vi ", "ni ", "jag "},
	ConsentButtons: []string{
		"godkänn alla", "avvisa alla", "endast nödvändiga", "inställningar för kakor", "kakinställningar",
	},
	Stopwords: []string{
		"och", "att", "som", "är", "för", "med", "av", "till", "den", "det", "om", "personuppgifter", "vi", "inte", "kan", "på", "eller",
		"har", "de", "ska", "vår", "våra", "dina", "dig", "du", "hos", "från", "uppgifter", "behandling", "behandlar", "rätt", "enligt",
	},
	DateLabels: []string{"uppgjord", "uppdaterad", "upprättad", "datum"},
	Months: [12][]string{
		{"januari"}, {"februari"}, {"mars"}, {"april"}, {"maj"}, {"juni"},
		{"juli"}, {"augusti"}, {"september"}, {"oktober", "okt"}, {"november"}, {"december"},
	},
	NoticeLinks: []LinkTerm{
		{"dataskyddsbeskrivning", 100}, {"dataskyddspolicy", 100}, {"integritetspolicy", 100},
		{"integritetsskyddspolicy", 100}, {"personuppgiftspolicy", 95}, {"registerbeskrivning", 95},
	},
	TopicLinks: []LinkTerm{
		{"dataskydd", 70}, {"integritetsskydd", 70}, {"integritet", 60}, {"personuppgifter", 60},
		{"behandling av personuppgifter", 70},
	},
	CookieLinks: []LinkTerm{{"kakor", 25}, {"kakpolicy", 25}},
	NoticeContent: []string{
		"personuppgiftsansvarig", "personuppgifter", "andamal", "rattslig grund", "lagring",
		"bevara", "mottagare", "ratt till tillgang", "ratt att", "dataombudsman", "kontaktperson",
		"uppgiftskallor", "registrets namn", "overforing", "berattigat intresse", "samtycke",
	},
}
