package result

// Browser is what a visit of a site in headless Chromium showed (`scan
// --browser`, `crawl --browser`): the pages loaded, what became of the
// consent banner, the hosts contacted and the third-party services seen.
type Browser struct {
	// Pages are the pages loaded, in order (the home page again after
	// "reject all").
	Pages []string `json:"pages"`
	// Consent is the consent platform whose banner was found ("" for none)
	// and whether its "reject all" was pressed.
	Consent  string `json:"consent,omitempty"`
	Rejected bool   `json:"rejected"`
	// Services are the third-party services seen, in the order first seen.
	Services []Service `json:"services"`
	// Hosts are the hosts (host:port) the browser's proxy connected to, in
	// the order first contacted: the authoritative list. Refused are those
	// the address policy, or a failed lookup, kept it from.
	Hosts   []string `json:"hosts"`
	Refused []string `json:"refused,omitempty"`
	// Requests, Cookies and Storage count what was recorded.
	Requests int `json:"requests"`
	Cookies  int `json:"cookies"`
	Storage  int `json:"storage"`
	// Evidence is the directory holding the visit's files (--evidence).
	Evidence string `json:"evidence,omitempty"`
	// Problems are steps that did not go as planned; Error says why the
	// visit failed, when it did (its findings are then what it saw).
	Problems []string `json:"problems,omitempty"`
	Error    string   `json:"error,omitempty"`
}

// Service is a third-party service a visit saw.
type Service struct {
	Name     string `json:"name"`
	Owner    string `json:"owner"`
	Country  string `json:"country"`
	Category string `json:"category"`
	// FirstSeenMS is when it was first seen, in milliseconds after the
	// visit's first page began to load, and Page the page then loaded.
	FirstSeenMS int64  `json:"first_seen_ms"`
	Page        string `json:"page"`
	// Evidence is the request (a URL) or cookie that shows it best.
	Evidence string `json:"evidence"`
	// BeforeConsent and AfterRefusal say whether it was seen before any
	// consent was given and after "reject all".
	BeforeConsent bool `json:"before_consent"`
	AfterRefusal  bool `json:"after_refusal"`
	// Requests counts the requests to it; Cookies names its cookies.
	Requests int      `json:"requests"`
	Cookies  []string `json:"cookies,omitempty"`
	// Named is how the notice names it ("google analytics", or a category
	// word such as "analytiik"); "" when it does not, or there is no
	// notice.
	Named string `json:"named,omitempty"`
}
