package vocab

// English are the English word lists.
var English = Words{
	Lang: "en",
	HeadingStems: []string{
		"controller", "contact", "data protection officer", "purpose", "legal basis", "legitimate interest",
		"categories of", "sources", "recipient", "transfer", "retention", "storage", "security", "your rights",
		"rights", "right to", "right of", "complaint", "automated", "cookie", "changes", "update",
		"privacy notice", "privacy policy", "name of the register", "register name", "data we", "personal data we",
		"what data", "information we", "content of",
	},
	HeadingLines:  []string{"general", "cookies"},
	TitleWords:    []string{"privacy notice", "privacy policy", "privacy statement", "data protection notice"},
	NotTitleWords: []string{"change", "update", "this "},
	DanglingWords: []string{
		"to", "and", "or", "the", "a", "an", "of", "for",
		"with", "by", "in", "on", "as", "that", "which", "including",
	},
	SentenceStarts: []string{"we ", "you ", "i "},
	ConsentButtons: []string{
		"accept all", "reject all", "necessary only", "only necessary", "cookie settings", "manage cookies",
	},
	Stopwords: []string{
		"the", "and", "of", "to", "is", "we", "for", "with", "data", "personal", "you", "your", "are", "be", "or", "not", "on", "by", "this", "that",
		"our", "us", "may", "will", "which", "from", "have", "processing", "right", "information",
	},
	DateLabels: []string{
		"updated", "last modified", "last revised", "effective", "date of issue", "date of preparation",
		"prepared on", "date:", "date\t",
	},
	Months: [12][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
		{"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	},
	NoticeLinks: []LinkTerm{
		{"privacy policy", 100}, {"privacy notice", 100}, {"privacy statement", 100},
		{"privacypolicy", 95}, {"data protection notice", 100}, {"data protection policy", 100},
		{"data protection statement", 100}, {"data privacy", 85}, {"gdpr", 70},
	},
	TopicLinks:  []LinkTerm{{"privacy", 70}, {"data protection", 70}, {"personal data", 60}},
	CookieLinks: []LinkTerm{{"cookie", 25}},
	NoticeContent: []string{
		"controller", "personal data", "purpose", "legal basis", "lawful basis", "retention",
		"retain", "recipient", "right of access", "right to", "supervisory authority",
		"data protection officer", "transfer", "legitimate interest", "consent", "erasure",
	},
}
