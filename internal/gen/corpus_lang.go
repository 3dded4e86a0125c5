package gen

// Text material
//
// Templates use "{a|b}" for alternatives and "{name}" for variables: co
// (company), coN (company genitive / possessive), email (privacy e-mail),
// mail (general e-mail), web, phone, city, register, Register, REGISTER,
// register2 (fi genitive, sv definite form), years, months, year.

type right struct {
	label, text, short string
	complaint          bool
}

type fieldLabels struct {
	name, address, bid, phone, email, web string
}

type placeholders struct {
	other, email []string
}

type webText struct {
	skip, langs, account, cart, nav, crumbs, share, staffHead, titles, footerLinks []string
	cookie, hours                                                                  [][]string
	newsletter                                                                     []string
	follow, rights                                                                 string
}

type newsletterText struct {
	titles, controllerRef, legal, sources, disclosure, retention, rights []string
}

type language struct {
	code             string
	titles           []string
	subtitles        []string
	legacySubs       []string
	legacy           []string
	intro            []string
	headings         [numSecs][]string
	paras            [numSecs][]string
	controllerParas  []string
	registerAlt      []string
	regs             [numRegs]regText
	purposeListIntro []string
	purposeItems     []string
	dataIntro        []string
	dataItems        []string
	groups           []string
	recipientsIntro  []string
	recipients       []string
	secManualLabel   []string
	secDigitalLabel  []string
	secManual        []string
	secDigital       []string
	rightsIntro      []string
	rightsShortIntro []string
	rights           []right
	cookieListIntro  []string
	cookieItems      []string
	recruitRetention string
	labels           fieldLabels
	ph               placeholders
	datePrefixes     []string
	web              webText
	nl               newsletterText
	firstNames       []string
	lastNames        []string
	streets          []string
	places           []string
	cities           []string
	prefixes         []string
	privacyLocal     []string
	mailLocal        []string
}
