package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/spf13/pflag"

	"github.com/noticelint/noticelint/config"
	"github.com/noticelint/noticelint/rules"
)

// settingsFlags are the settings lint, scan and crawl share, registered
// once here (as golangci-lint's flag sets are): the notices' language, the
// messages' language, when a notice is stale and as of which day, and the
// configuration file.
type settingsFlags struct {
	lang     string
	msgLang  string
	maxAge   int
	asOf     string
	config   string
	noConfig bool
}

func (f *settingsFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&f.lang, "lang", "auto", "language of the notices: auto, fi, sv or en")
	fl.StringVar(&f.msgLang, "message-lang", "en", "language of messages, rule titles, help and the reasons a notice was chosen: en or fi")
	fl.IntVar(&f.maxAge, "max-age", rules.DefaultMaxAge, "months after its own date before a notice is stale (stale-notice)")
	fl.StringVar(&f.asOf, "as-of", "", "judge notice age as of this date, YYYY-MM-DD (default: today)")
	fl.StringVar(&f.config, "config", "", "read the configuration from `FILE` instead of the .noticelint.yml found")
	fl.BoolVar(&f.noConfig, "no-config", false, "read no configuration file")
}

// validate checks the flags that need no file.
func (f *settingsFlags) validate() error {
	switch {
	case !slices.Contains([]string{"auto", "fi", "sv", "en"}, f.lang):
		return usageError("--lang %q: want auto, fi, sv or en", f.lang)
	case f.msgLang != "en" && f.msgLang != "fi":
		return usageError("--message-lang %q: want en or fi", f.msgLang)
	case f.maxAge <= 0:
		return usageError("--max-age %d: give a number of months above 0", f.maxAge)
	}
	return nil
}

// day is the day notice ages are judged at: --as-of, else now.
func (f *settingsFlags) day() (time.Time, error) {
	if f.asOf == "" {
		return time.Now(), nil
	}
	day, err := time.Parse("2006-01-02", f.asOf)
	if err != nil {
		return day, usageError("--as-of %q: want a date as YYYY-MM-DD", f.asOf)
	}
	return day, nil
}

// settings are what the flags, the rule pack and the configuration make.
type settings struct {
	cfg  *config.Config // nil without a configuration file
	plan *config.Plan
	now  time.Time // the day notice ages are judged at
}

// load loads the rule pack and the configuration and makes the plan: the
// flags a user gave win over the configuration (changed says which);
// failOn is --fail-on, for the commands that have it ("" otherwise).
func (f *settingsFlags) load(changed func(string) bool, failOn string) (*settings, error) {
	now, err := f.day()
	if err != nil {
		return nil, err
	}
	pack, err := rules.Load()
	if err != nil {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("rule pack: %w", err)}
	}
	cfg, err := loadConfig(f.config, f.noConfig, pack)
	if err != nil {
		return nil, err
	}
	flags := config.Flags{MessageLang: f.msgLang}
	if changed("lang") {
		flags.Lang = f.lang
	}
	if changed("max-age") {
		flags.MaxAge = f.maxAge
	}
	if failOn != "" && changed("fail-on") {
		flags.FailOn = failOn
	}
	return &settings{cfg: cfg, plan: config.NewPlan(cfg, pack, flags, now), now: now}, nil
}
