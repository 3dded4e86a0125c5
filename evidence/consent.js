// Finds the banner of a known consent platform in the page and its "reject
// all" button; given press, presses the button, as a visitor would. Returns
// what it found and did.
// The platforms' selectors are data: a platform is supported by adding an
// entry (and a test page to consent_test.go).
((press) => {
  const platforms = [
    {name: "OneTrust", banner: "#onetrust-banner-sdk, #onetrust-consent-sdk",
     reject: ["#onetrust-reject-all-handler", "button.ot-pc-refuse-all-handler"]},
    {name: "Cookiebot", banner: "#CybotCookiebotDialog",
     reject: ["#CybotCookiebotDialogBodyButtonDecline", "#CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll"]},
    {name: "Usercentrics", banner: "#usercentrics-root, #usercentrics-cmp-ui",
     reject: ["button[data-testid=uc-deny-all-button]", "button#deny", "button.uc-deny-button"]},
    {name: "CookieHub", banner: ".ch2-container, .ch2-dialog",
     reject: ["button.ch2-deny-all-btn", "button.ch2-btn-deny"]},
    {name: "Complianz", banner: "#cmplz-cookiebanner-container, .cmplz-cookiebanner",
     reject: [".cmplz-cookiebanner button.cmplz-deny", "button.cmplz-deny"]},
    {name: "Cookie Information", banner: "#coiOverlay, #coi-banner-wrapper, #cookie-information-template-wrapper",
     reject: ["#declineButton", "button.coi-banner__decline", "button[onclick*=declineAllCategories]"]},
  ];
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const find = (banner, sel) => {
    for (const root of [banner.shadowRoot, banner, document]) {
      const el = root && root.querySelector(sel);
      if (el) return el;
    }
    return null;
  };
  for (const p of platforms) {
    const banner = document.querySelector(p.banner);
    if (!banner) continue;
    for (const sel of p.reject) {
      const el = find(banner, sel);
      if (!el || el.disabled) continue;
      const shown = visible(el);
      if (press) el.click();
      return {platform: p.name, found: true, clicked: press, visible: shown,
              button: (el.innerText || el.textContent || el.value || sel).trim().slice(0, 80)};
    }
    return {platform: p.name, found: true, clicked: false, visible: false, button: ""};
  }
  return {platform: "", found: false, clicked: false, visible: false, button: ""};
})
