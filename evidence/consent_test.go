package evidence

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/noticelint/noticelint/internal/browser"
)

// TestConsentBanners: consent.js finds each known platform's banner and
// its "reject all" button, presses it only when asked, and reports a banner
// without one, and a page without a banner.
func TestConsentBanners(t *testing.T) {
	browser.Need(t)
	tests := []struct{ platform, html string }{
		{"OneTrust", `<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><button id="onetrust-accept-btn-handler">Hyväksy</button><button id="onetrust-reject-all-handler">Hylkää kaikki</button></div></div>`},
		{"Cookiebot", `<div id="CybotCookiebotDialog"><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Salli</button><button id="CybotCookiebotDialogBodyButtonDecline">Kiellä</button></div>`},
		{"Usercentrics", `<div id="usercentrics-root"></div><script>
var root = document.getElementById("usercentrics-root").attachShadow({mode: "open"});
root.innerHTML = '<div><button data-testid="uc-accept-all-button">OK</button><button data-testid="uc-deny-all-button">Hylkää</button></div>';
</script>`},
		{"CookieHub", `<div class="ch2-container"><div class="ch2-dialog"><button class="ch2-allow-all-btn">Salli</button><button class="ch2-deny-all-btn">Kiellä kaikki</button></div></div>`},
		{"Complianz", `<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><button class="cmplz-btn cmplz-accept">Hyväksy</button><button class="cmplz-btn cmplz-deny">Kiellä</button></div></div>`},
		{"Cookie Information", `<div id="coiOverlay"><button class="coi-banner__accept">Hyväksy</button><button class="coi-banner__decline">Hylkää</button></div>`},
	}
	dir := t.TempDir()
	blank := filepath.Join(dir, "blank.html")
	if err := os.WriteFile(blank, []byte("<!DOCTYPE html><title>x</title>"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := browser.Open(t, blank, 1000, 700)
	for _, tt := range tests {
		t.Run(tt.platform, func(t *testing.T) {
			// Every button says it was pressed; only the reject button must be.
			page := fmt.Sprintf(`<!DOCTYPE html><html><body><p>Esimerkki Oy</p>%s<script>
window.pressed = [];
function hook(root) { root.querySelectorAll("button").forEach(function (b) { b.addEventListener("click", function () { window.pressed.push(b.textContent); }); }); }
hook(document); var uc = document.getElementById("usercentrics-root"); if (uc && uc.shadowRoot) hook(uc.shadowRoot);
</script></body></html>`, tt.html)
			file := filepath.Join(dir, tt.platform+".html")
			if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			p.Load(t, file)
			found := browser.Eval[consentResult](t, p, fmt.Sprintf("(%s)(false)", consentJS))
			if !found.Found || found.Platform != tt.platform || found.Button == "" || found.Clicked || !found.Visible {
				t.Errorf("looking: %+v", found)
			}
			if n := browser.Eval[int](t, p, "window.pressed.length"); n != 0 {
				t.Errorf("looking pressed %d buttons", n)
			}
			pressed := browser.Eval[consentResult](t, p, fmt.Sprintf("(%s)(true)", consentJS))
			if !pressed.Clicked || pressed.Platform != tt.platform {
				t.Errorf("pressing: %+v", pressed)
			}
			if got := browser.Eval[[]string](t, p, "window.pressed"); len(got) != 1 || got[0] != found.Button {
				t.Errorf("pressed %q, want only %q", got, found.Button)
			}
		})
	}
	t.Run("no reject button, no banner", func(t *testing.T) {
		file := filepath.Join(dir, "other.html")
		if err := os.WriteFile(file, []byte(`<!DOCTYPE html><html><body><div id="onetrust-banner-sdk"><button id="onetrust-accept-btn-handler">OK</button></div></body></html>`), 0o644); err != nil {
			t.Fatal(err)
		}
		p.Load(t, file)
		if r := browser.Eval[consentResult](t, p, fmt.Sprintf("(%s)(true)", consentJS)); !r.Found || r.Platform != "OneTrust" || r.Button != "" || r.Clicked {
			t.Errorf("a banner with no reject button: %+v", r)
		}
		browser.Eval[int](t, p, `document.getElementById("onetrust-banner-sdk").remove(), 0`)
		if r := browser.Eval[consentResult](t, p, fmt.Sprintf("(%s)(true)", consentJS)); r.Found {
			t.Errorf("no banner: %+v", r)
		}
	})
}
