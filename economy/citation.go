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

// Citation statuses, from the most sure.
const (
	CitationVerified   = "verified"   // read at a primary source: the legislation, a regulator's or the government's own publication, Parliament's record
	CitationSupported  = "supported"  // read in a secondary or first-hand copy: a trust's board paper, the professional or trade press
	CitationUnverified = "unverified" // not read at a source
)

// primaryHosts are the publishers whose own pages are primary sources
// for the regimes: legislation, government, Parliament and the regulators.
var primaryHosts = []string{
	"legislation.gov.uk", "gov.uk", "parliament.uk", "england.nhs.uk", "improvement.nhs.uk",
	"cqc.org.uk",
}

// Status says how sure the library is of what c cites: verified when it
// was read at a primary source, supported when it was read in a secondary
// or first-hand copy, unverified when it was not read at all.
func (c Citation) Status() string {
	if !c.Verified {
		return CitationUnverified
	}
	host := c.URL
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexByte(host, '/'); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimPrefix(host, "www.")
	for _, p := range primaryHosts {
		p = strings.TrimSuffix(p, "/")
		if host == p || strings.HasSuffix(host, "."+p) {
			return CitationVerified
		}
	}
	return CitationSupported
}
