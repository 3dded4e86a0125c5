package vocab

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The lists as they stood in extract and scan before they moved here: a
// list whose order counts (first match wins, automaton ids) must keep it,
// a set must keep its members.
func TestListsAsBefore(t *testing.T) {
	words := func(f func(*Words) []string) []string { return All(f) }
	terms := func(f func(*Words) []LinkTerm) []LinkTerm { return All(f) }
	ordered := []struct {
		name      string
		got, want any
	}{
		{"date labels (fi, en, sv)", Gather(func(w *Words) []string { return w.DateLabels }, &Finnish, &English, &Swedish), []string{
			"laatimispäivä", "laadittu", "päivitetty", "päivitys", "päiväys", "muutettu", "voimassa alkaen",
			"updated", "last modified", "last revised", "effective", "date of issue", "date of preparation",
			"prepared on", "date:", "date\t",
			"uppgjord", "uppdaterad", "upprättad", "datum",
		}},
		{"notice links", terms(func(w *Words) []LinkTerm { return w.NoticeLinks }), []LinkTerm{
			{"tietosuojaseloste", 100}, {"tietosuojaselosteet", 100}, {"rekisteriseloste", 95},
			{"tietosuojakaytanto", 100}, {"tietosuojakaytannot", 100}, {"tietosuojaselvitys", 95},
			{"tietosuojailmoitus", 95}, {"tietosuojalauseke", 90}, {"tietosuojakuvaus", 90},
			{"dataskyddsbeskrivning", 100}, {"dataskyddspolicy", 100}, {"integritetspolicy", 100},
			{"integritetsskyddspolicy", 100}, {"personuppgiftspolicy", 95}, {"registerbeskrivning", 95},
			{"privacy policy", 100}, {"privacy notice", 100}, {"privacy statement", 100},
			{"privacypolicy", 95}, {"data protection notice", 100}, {"data protection policy", 100},
			{"data protection statement", 100}, {"data privacy", 85}, {"gdpr", 70},
		}},
		{"topic links", terms(func(w *Words) []LinkTerm { return w.TopicLinks }), []LinkTerm{
			{"tietosuoja", 70}, {"henkilotiedot", 60}, {"henkilotietojen kasittely", 70},
			{"dataskydd", 70}, {"integritetsskydd", 70}, {"integritet", 60}, {"personuppgifter", 60},
			{"behandling av personuppgifter", 70}, {"privacy", 70}, {"data protection", 70},
			{"personal data", 60},
		}},
		{"cookie links (fi, en, sv)", Gather(func(w *Words) []LinkTerm { return w.CookieLinks }, &Finnish, &English, &Swedish), []LinkTerm{
			{"evaste", 25}, {"cookie", 25}, {"kakor", 25}, {"kakpolicy", 25},
		}},
		{"heading stems", words(func(w *Words) []string { return w.HeadingStems }), []string{
			// fi: stems, as the words inflect (tarkoitus, tarkoitukset; oikeus, oikeudet)
			"rekisterinpitä", "rekisterin pitä", "yhteyshenkil", "yhteystied", "rekisterin nimi",
			"tietosuojavastaa", "tarkoitu", "perust", "oikeusperust", "käsittelyperust", "oikeutetun edun",
			"tietosisäl", "käsiteltävä", "kerättävä", "tietoryhm", "tietolähte", "luovut", "vastaanotta",
			"siirt", "siirr", "ulkopuolelle", "suojau", "suojaam", "tietoturva", "säily", "tarkastusoikeu",
			"oikeu", "valitu", "valitta", "päätöksente", "profiloin", "evästee", "muutoks", "kielto",
			"korjaam", "poistam", "rajoittam", "vastustam", "yleistä", "tietosuojaseloste", "rekisteriseloste",
			// sv
			"personuppgiftsansvarig", "kontaktperson", "registrets namn", "ändamål", "rättslig", "berättigat intresse",
			"uppgiftskäll", "utlämn", "mottagar", "överför", "skydd", "lagring", "bevar", "rättighet",
			"rätt att", "rätt till", "klagomål", "dataskyddsombud", "dataskyddsbeskrivning", "registerbeskrivning",
			"kakor", "ändring", "uppdatering", "uppgifter som", "datainnehåll",
			// en
			"controller", "contact", "data protection officer", "purpose", "legal basis", "legitimate interest",
			"categories of", "sources", "recipient", "transfer", "retention", "storage", "security", "your rights",
			"rights", "right to", "right of", "complaint", "automated", "cookie", "changes", "update",
			"privacy notice", "privacy policy", "name of the register", "register name", "data we", "personal data we",
			"what data", "information we", "content of",
		}},
		{"title words", words(func(w *Words) []string { return w.TitleWords }), []string{
			"tietosuojaseloste", "rekisteriseloste", "tietosuojailmoitus", "tietosuojakäytäntö", "tietosuojaselvitys",
			"dataskyddsbeskrivning", "registerbeskrivning", "dataskyddsmeddelande", "integritetspolicy",
			"privacy notice", "privacy policy", "privacy statement", "data protection notice",
		}},
		{"consent buttons", words(func(w *Words) []string { return w.ConsentButtons }), []string{
			"hyväksy kaikki", "hylkää kaikki", "vain välttämättömät", "evästeasetukset", "muokkaa asetuksia",
			"godkänn alla", "avvisa alla", "endast nödvändiga", "inställningar för kakor", "kakinställningar",
			"accept all", "reject all", "necessary only", "only necessary", "cookie settings", "manage cookies",
		}},
		{"notice content", [][]string{Finnish.NoticeContent, Swedish.NoticeContent, English.NoticeContent}, [][]string{
			{ // fi
				"rekisterinpitaja", "henkilotie", "kasittelyn tarkoitus", "kasittelyn peruste", "oikeusperuste",
				"sailytysaika", "sailyttam", "luovutu", "tarkastusoikeu", "oikeus tarkastaa", "oikeus saada",
				"tietosuojavaltuutet", "yhteyshenkilo", "tietolahtee", "suojauksen periaatteet", "rekisterin nimi",
				"siirto", "oikeutettu etu", "suostumu",
			},
			{ // sv
				"personuppgiftsansvarig", "personuppgifter", "andamal", "rattslig grund", "lagring",
				"bevara", "mottagare", "ratt till tillgang", "ratt att", "dataombudsman", "kontaktperson",
				"uppgiftskallor", "registrets namn", "overforing", "berattigat intresse", "samtycke",
			},
			{ // en
				"controller", "personal data", "purpose", "legal basis", "lawful basis", "retention",
				"retain", "recipient", "right of access", "right to", "supervisory authority",
				"data protection officer", "transfer", "legitimate interest", "consent", "erasure",
			},
		}},
	}
	for _, c := range ordered {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, c.got, c.want)
		}
	}
	// Sets: matched whole, or any of them; the order does not count.
	sets := []struct {
		name      string
		got, want []string
	}{
		{"heading lines", words(func(w *Words) []string { return w.HeadingLines }), []string{"rekisteri", "yleistä", "evästeet", "register", "registret", "allmänt", "kakor", "general", "cookies"}},
		{"not-title words", words(func(w *Words) []string { return w.NotTitleWords }), []string{"muutok", "päivity", "ändring", "uppdater", "change", "update", "this ", "denna ", "tämä"}},
		{"dangling words", words(func(w *Words) []string { return w.DanglingWords }), []string{"ja", "tai", "sekä", "että", "kuten", "eli", "jotka", "joita", "att", "och", "eller", "som", "för", "till", "med", "av", "om", "på", "i", "enligt", "to", "and", "or", "the", "a", "an", "of", "for", "with", "by", "in", "on", "as", "that", "which", "including"}},
		{"sentence starts", words(func(w *Words) []string { return w.SentenceStarts }), []string{
			"du ", "vi ", "ni ", "jag ", "we ", "you ", "i ", "sinulla ", "meillä ", "voit ", "voimme ", "me ", "te ",
		}},
		{"company forms", CompanyForms, []string{"oy", "oyj", "ab", "abp", "ltd", "ky", "ry", "tmi", "inc", "gmbh", "llc", "plc", "as", "aps"}},
	}
	for _, c := range sets {
		got, want := slices.Sorted(slices.Values(c.got)), slices.Sorted(slices.Values(c.want))
		if !slices.Equal(slices.Compact(got), slices.Compact(want)) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, want)
		}
	}
	months := map[string]int{}
	for _, w := range Languages {
		for i, names := range w.Months {
			for _, n := range names {
				months[n] = i + 1
			}
		}
	}
	wantMonths := map[string]int{}
	for i, names := range []string{
		"january tammikuu januari jan", "february helmikuu februari feb", "march maaliskuu mars mar",
		"april huhtikuu apr", "may toukokuu maj", "june kesäkuu juni jun",
		"july heinäkuu juli jul", "august elokuu augusti aug", "september syyskuu sep sept",
		"october lokakuu oktober oct okt", "november marraskuu nov", "december joulukuu dec",
	} {
		for _, n := range strings.Fields(names) {
			wantMonths[n] = i + 1
		}
	}
	if !maps.Equal(months, wantMonths) {
		t.Errorf("months:\n got %v\nwant %v", months, wantMonths)
	}
	for _, w := range Languages {
		if got, want := strings.Join(w.Stopwords, " "), map[string]string{
			"fi": "ja on ei tai että sekä ovat voidaan kanssa mukaan tietoja henkilötietoja rekisterin " +
				"rekisteröidyn käsittely käsitellään tiedot hänen niiden jotka joka jos kun myös tietojen " +
				"asiakkaan oikeus oikeutettu tarkoitus säilytetään yhteystiedot rekisterinpitäjä voi vain",
			"sv": "och att som är för med av till den det om personuppgifter vi inte kan på eller " +
				"har de ska vår våra dina dig du hos från uppgifter behandling behandlar rätt enligt",
			"en": "the and of to is we for with data personal you your are be or not on by this that " +
				"our us may will which from have processing right information",
		}[w.Lang]; got != want {
			t.Errorf("%s stop words:\n got %s\nwant %s", w.Lang, got, want)
		}
	}
}
