package evidence

import (
	"errors"

	"github.com/noticelint/noticelint/internal/chromium"
)

// EnvChromium names the Chromium binary to use; without it, FindChromium
// looks for chromium, chromium-browser, google-chrome on PATH.
const EnvChromium = chromium.Env

// ErrNoChromium is --browser without a browser to run.
var ErrNoChromium = errors.New("--browser needs Chromium, which was not found: install Debian's chromium package (apt-get install chromium), or name its binary in " + EnvChromium)

// FindChromium returns the Chromium binary to run, "" when there is none:
// the one NOTICELINT_CHROMIUM names if it exists, else the first of
// chromium, chromium-browser, google-chrome, google-chrome-stable on PATH.
func FindChromium() string { return chromium.Find() }

// chromiumFlags are the switches the browser runs with beyond chromedp's
// defaults (headless, no first run, no background networking ...): none
// of its own traffic (component and extension updates, network time,
// sign-in, optimisation hints, domain reliability and other reports), no
// QUIC (the proxy carries TCP), WebRTC only through the proxy, and
// cross-site frames in the page's own process, so that their requests are
// recorded with the page's.
var chromiumFlags = map[string]any{
	"disable-background-networking":          true,
	"disable-component-update":               true,
	"disable-sync":                           true,
	"disable-quic":                           true,
	"disable-domain-reliability":             true,
	"disable-client-side-phishing-detection": true,
	"no-pings":                               true,
	"no-first-run":                           true,
	"no-default-browser-check":               true,
	"disable-default-apps":                   true,
	"disable-extensions":                     true,
	"disable-breakpad":                       true,
	"metrics-recording-only":                 true,
	"safebrowsing-disable-auto-update":       true,
	"disable-site-isolation-trials":          true,
	"hide-scrollbars":                        true,
	"mute-audio":                             true,
	"force-webrtc-ip-handling-policy":        "disable_non_proxied_udp",
	"disable-features": "Translate,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter," +
		"NetworkTimeServiceQuerying,AutofillServerCommunication,CertificateTransparencyComponentUpdater," +
		"PrivacySandboxSettings4,InterestFeedContentSuggestions,IsolateOrigins,site-per-process,HttpsUpgrades",
	// The services Chromium would ask for, pointed at nothing.
	"component-updater": "url-source=http://127.0.0.1:9",
	"gaia-url":          "http://127.0.0.1:9",
	"google-apis-url":   "http://127.0.0.1:9",
	"lso-url":           "http://127.0.0.1:9",
}
