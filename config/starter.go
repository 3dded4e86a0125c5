package config

import _ "embed"

// Starter is the commented configuration noticelint init writes.
//
//go:embed starter.yml
var Starter []byte
