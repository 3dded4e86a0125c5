package formatcheck

import "encoding/json"

// CodeClimateForGitLab checks what GitLab needs of a Code Quality report
// beyond its schema (docs/codeclimate-report.schema.json): fingerprints
// unique in the report, since GitLab shows one issue a fingerprint.
func CodeClimateForGitLab(data []byte) error {
	var issues []struct {
		Fingerprint string `json:"fingerprint"`
		Location    struct {
			Path string `json:"path"`
		} `json:"location"`
	}
	if err := json.Unmarshal(data, &issues); err != nil {
		return err
	}
	var ps problems
	seen := map[string]string{}
	for _, is := range issues {
		if other, dup := seen[is.Fingerprint]; dup {
			ps.add("fingerprint %s in %s and %s", is.Fingerprint, other, is.Location.Path)
		}
		seen[is.Fingerprint] = is.Location.Path
	}
	return ps.err()
}
