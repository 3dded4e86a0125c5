package rules

import (
	"strings"
	"testing"

	"github.com/noticelint/noticelint/extract"
)

// TestTransferContradictionNamesTheService: the message names the service
// as its maker writes it, whatever case the notice uses, in each message
// language.
func TestTransferContradictionNamesTheService(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "Transfers\nWe do not transfer personal data outside the EU or the EEA.\n\nNewsletter\nWe send our newsletter with mailchimp.", "uses Mailchimp,"},
		{"en", "Transfers\nWe do not transfer personal data outside the EU or the EEA.\n\nAnalytics\nWe use HUBSPOT and YOUTUBE.", "uses HubSpot,"},
		{"fi", "Tietojen siirto\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n\nEvästeet\nKäytämme google analytics -palvelua.", "palvelua Google Analytics,"},
	} {
		doc, err := extract.FromText("notice.txt", []byte(tt.text), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, f := range NewEngine(loadPack(t), Options{Now: sampleClock, MessageLang: tt.lang}).Check(doc) {
			if f.Rule == "transfer-contradiction" {
				msgs = append(msgs, f.Message)
			}
		}
		if len(msgs) != 1 || !strings.Contains(msgs[0], tt.want) {
			t.Errorf("%q: messages %q, want one with %q", tt.text, msgs, tt.want)
		}
	}
	for i, name := range usServiceNames {
		if serviceName(usServices[i]) != name {
			t.Errorf("%s: named %s", usServices[i], serviceName(usServices[i]))
		}
	}
}
