package economy

import (
	"strconv"
	"strings"
)

// Citation names the public source of a rule, a threshold or a fact.
//
// A citation is either verified (the fact was read at URL) or not; an
// unverified citation says so in [Citation.String], so that no reader takes
// a remembered threshold for a published one.
type Citation struct {
	Document string `json:"document"`          // title, e.g. "Risk assessment framework"
	Issuer   string `json:"issuer,omitempty"`  // e.g. "Monitor"
	Year     int    `json:"year,omitempty"`    // year of the edition cited
	Section  string `json:"section,omitempty"` // e.g. "s.65F" or "Appendix A, table 2"
	URL      string `json:"url,omitempty"`     // where it was read
	Verified bool   `json:"verified"`          // read at URL, not remembered
	Note     string `json:"note,omitempty"`    // interpretation or caveat
}

// IsZero reports whether c cites nothing.
func (c Citation) IsZero() bool { return c == Citation{} }

// String renders c on one line: issuer, document, year, section, URL, and
// "[unverified]" where the value was not read in the source.
func (c Citation) String() string {
	var b strings.Builder
	add := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	add(c.Issuer)
	add(c.Document)
	if c.Year != 0 {
		add(strconv.Itoa(c.Year))
	}
	add(c.Section)
	add(c.URL)
	if !c.Verified {
		b.WriteString(" [unverified]")
	}
	if c.Note != "" {
		b.WriteString(" (" + c.Note + ")")
	}
	return b.String()
}
