package regime

import (
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
)

// SubjectKind is what a rule judges: a provider, a commissioner, a whole
// health economy, or one service or asset of a provider (the continuity and
// asset-protection rules decide service by service and asset by asset). The
// zero SubjectKind is unknown.
type SubjectKind uint8

// Subject kinds.
const (
	SubjectKindUnknown SubjectKind = iota
	SubjectProvider
	SubjectCommissioner
	SubjectEconomy
	SubjectService // one service of a provider
	SubjectAsset   // one asset of a provider
)

// lastSubjectKind bounds the loops over kinds.
const lastSubjectKind = SubjectAsset

var subjectKindWords = enum.New("SubjectKind", "unknown", "provider", "commissioner", "economy", "service", "asset")

// String returns "provider", "commissioner", "economy", "service", "asset"
// or "unknown".
func (k SubjectKind) String() string { return subjectKindWords.Name(uint8(k)) }

// MarshalText encodes k as its String word.
func (k SubjectKind) MarshalText() ([]byte, error) { return subjectKindWords.Marshal(uint8(k)) }

// UnmarshalText decodes a String word.
func (k *SubjectKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(subjectKindWords, text, k)
}

// SubjectKinds is a set of subject kinds: the kinds a rule set applies to.
// The zero set is empty.
type SubjectKinds uint8

// KindsOf returns the set holding ks. Unknown kinds are ignored.
func KindsOf(ks ...SubjectKind) SubjectKinds {
	var s SubjectKinds
	for _, k := range ks {
		if k > SubjectKindUnknown && k <= lastSubjectKind {
			s |= 1 << k
		}
	}
	return s
}

// Has reports whether k is in s.
func (s SubjectKinds) Has(k SubjectKind) bool { return k < 8 && s&(1<<k) != 0 }

// String lists the kinds in s joined by "|", e.g. "provider|economy".
func (s SubjectKinds) String() string {
	var parts []string
	for k := SubjectProvider; k <= lastSubjectKind; k++ {
		if s.Has(k) {
			parts = append(parts, k.String())
		}
	}
	return strings.Join(parts, "|")
}

// Subject is the organisation or area a rule judges. It points into the
// caller's economy and never modifies it. The zero Subject judges nothing:
// every library rule answers Unknown for it. A Subject is a small value,
// safe to copy and to share between goroutines.
type Subject struct {
	kind SubjectKind
	p    *economy.Provider
	c    *economy.Commissioner
	e    *economy.Economy
	svc  *economy.Service
	a    *economy.Asset
}

// ProviderSubject returns the subject for provider p (nil gives the zero
// Subject).
func ProviderSubject(p *economy.Provider) Subject {
	if p == nil {
		return Subject{}
	}
	return Subject{kind: SubjectProvider, p: p}
}

// CommissionerSubject returns the subject for commissioner c (nil gives the
// zero Subject).
func CommissionerSubject(c *economy.Commissioner) Subject {
	if c == nil {
		return Subject{}
	}
	return Subject{kind: SubjectCommissioner, c: c}
}

// EconomySubject returns the subject for the whole economy e (nil gives the
// zero Subject).
func EconomySubject(e *economy.Economy) Subject {
	if e == nil {
		return Subject{}
	}
	return Subject{kind: SubjectEconomy, e: e}
}

// ServiceSubject returns the subject for service svc of provider p (either
// nil gives the zero Subject).
func ServiceSubject(p *economy.Provider, svc *economy.Service) Subject {
	if p == nil || svc == nil {
		return Subject{}
	}
	return Subject{kind: SubjectService, p: p, svc: svc}
}

// AssetSubject returns the subject for asset a of provider p (either nil
// gives the zero Subject).
func AssetSubject(p *economy.Provider, a *economy.Asset) Subject {
	if p == nil || a == nil {
		return Subject{}
	}
	return Subject{kind: SubjectAsset, p: p, a: a}
}

// Subjects lists every subject in e: each provider in the order e lists
// them, followed by its services and then its assets; then each
// commissioner; then e itself.
func Subjects(e *economy.Economy) []Subject {
	if e == nil {
		return nil
	}
	out := make([]Subject, 0, len(e.Providers)+len(e.Commissioners)+1)
	for i := range e.Providers {
		p := &e.Providers[i]
		out = append(out, ProviderSubject(p))
		for j := range p.Services {
			out = append(out, ServiceSubject(p, &p.Services[j]))
		}
		for j := range p.Assets {
			out = append(out, AssetSubject(p, &p.Assets[j]))
		}
	}
	for i := range e.Commissioners {
		out = append(out, CommissionerSubject(&e.Commissioners[i]))
	}
	return append(out, EconomySubject(e))
}

// Kind returns the kind of subject.
func (s Subject) Kind() SubjectKind { return s.kind }

// Provider returns the provider judged, or the provider that owns the
// service or asset judged; nil for commissioners and economies.
func (s Subject) Provider() *economy.Provider { return s.p }

// Commissioner returns the commissioner judged, or nil when s is not a
// commissioner.
func (s Subject) Commissioner() *economy.Commissioner { return s.c }

// Service returns the service judged, or nil when s is not a service.
func (s Subject) Service() *economy.Service { return s.svc }

// Asset returns the asset judged, or nil when s is not an asset.
func (s Subject) Asset() *economy.Asset { return s.a }

// Economy returns the economy judged, or nil when s is not an economy. The
// economy around any subject is [Env.Economy].
func (s Subject) Economy() *economy.Economy { return s.e }

// ID returns the subject's identifier (ODS code or economy ID), or "".
// A service or asset is named within its provider: "RNL/ae-cic". IDs that
// economy.Validate accepts hold no '/', so the two parts are plain; in an
// economy built in Go without Validate, a '/' or '%' inside either part
// is escaped ("%2F", "%25"), so that provider "A" with service "B/C" is
// "A/B%2FC" and provider "A/B" with service "C" is "A%2FB/C": no two
// services, and no two assets, share an ID.
func (s Subject) ID() string {
	switch s.kind {
	case SubjectService:
		return joinID(s.p.ID, s.svc.ID)
	case SubjectAsset:
		return joinID(s.p.ID, s.a.ID)
	case SubjectProvider:
		return s.p.ID
	case SubjectCommissioner:
		return s.c.ID
	case SubjectEconomy:
		return s.e.ID
	}
	return ""
}

// joinID joins a provider's ID to one of its services' or assets', each
// escaped when it holds the separator or the escape.
func joinID(provider, own string) string {
	return escapeID(provider) + "/" + escapeID(own)
}

var idEscaper = strings.NewReplacer("%", "%25", "/", "%2F")

func escapeID(id string) string {
	if !strings.ContainsAny(id, "/%") {
		return id
	}
	return idEscaper.Replace(id)
}

// Name returns the subject's name, or "".
func (s Subject) Name() string {
	switch s.kind {
	case SubjectService:
		return s.svc.Name
	case SubjectAsset:
		return s.a.Description
	case SubjectProvider:
		return s.p.Name
	case SubjectCommissioner:
		return s.c.Name
	case SubjectEconomy:
		return s.e.Name
	}
	return ""
}

// String returns "provider RXX (Name)".
func (s Subject) String() string {
	if s.kind == SubjectKindUnknown {
		return "unknown subject"
	}
	out := s.kind.String() + " " + s.ID()
	if n := s.Name(); n != "" {
		out += " (" + n + ")"
	}
	return out
}
