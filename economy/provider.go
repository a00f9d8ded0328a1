package economy

import "github.com/failregime/failregime/internal/enum"

// ProviderKind is the legal form of a provider. The form decides who may
// intervene and how a failure ends: NHS trusts and foundation trusts are
// state-owned and fall under the failure regime; independent providers are
// wound up for their creditors, with only designated services protected.
type ProviderKind uint8

// Provider kinds. The zero value means the kind was not given.
const (
	ProviderKindUnknown ProviderKind = iota
	KindNHSTrust
	KindFoundationTrust
	KindIndependentPrivate   // a company run for profit
	KindIndependentVoluntary // a charity or social enterprise
	KindGPPractice
	KindSocialCare
)

var providerKindWords = enum.New("ProviderKind",
	"unknown", "nhs_trust", "nhs_foundation_trust", "independent_private",
	"independent_voluntary", "gp_practice", "social_care",
)

// String returns the lower snake word of the ProviderKind.
func (k ProviderKind) String() string { return providerKindWords.Name(uint8(k)) }

// MarshalText encodes the ProviderKind as its lower snake word.
func (k ProviderKind) MarshalText() ([]byte, error) { return providerKindWords.Marshal(uint8(k)) }

// Valid reports whether k is one of the ProviderKind constants.
func (k ProviderKind) Valid() bool { return providerKindWords.Valid(uint8(k)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (k *ProviderKind) UnmarshalText(b []byte) error { return enum.Unmarshal(providerKindWords, b, k) }

// IsNHS reports whether k is an NHS trust or an NHS foundation trust.
func (k ProviderKind) IsNHS() bool { return k == KindNHSTrust || k == KindFoundationTrust }

// Ownership says who owns a provider. It matters because the failure regime
// keeps a state-owned provider's services running and secures its assets
// for the Secretary of State, while a private failure goes to creditors.
type Ownership uint8

// Ownership values. The zero value means ownership was not given.
const (
	OwnershipUnknown Ownership = iota
	StateOwned                 // NHS bodies, local-authority services
	PrivatelyOwned             // companies and partnerships (GP practices)
	VoluntaryOwned             // charities and social enterprises
)

var ownershipWords = enum.New("Ownership",
	"unknown", "state_owned", "private", "voluntary",
)

// String returns the lower snake word of the Ownership.
func (o Ownership) String() string { return ownershipWords.Name(uint8(o)) }

// MarshalText encodes the Ownership as its lower snake word.
func (o Ownership) MarshalText() ([]byte, error) { return ownershipWords.Marshal(uint8(o)) }

// Valid reports whether o is one of the Ownership constants.
func (o Ownership) Valid() bool { return ownershipWords.Valid(uint8(o)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (o *Ownership) UnmarshalText(b []byte) error { return enum.Unmarshal(ownershipWords, b, o) }

// ownershipOfKind is the ownership a kind implies, or unknown where the kind
// leaves it open (a social care provider may be a council's or a company's).
func ownershipOfKind(k ProviderKind) Ownership {
	switch k {
	case KindNHSTrust, KindFoundationTrust:
		return StateOwned
	case KindIndependentPrivate, KindGPPractice:
		return PrivatelyOwned
	case KindIndependentVoluntary:
		return VoluntaryOwned
	}
	return OwnershipUnknown
}

// Provider is an organisation that delivers care: an NHS trust, a
// foundation trust, an independent provider, a GP practice or a social care
// provider. Facts that were not published stay at their zero value, which
// every rule reads as "unknown", never as a pass.
type Provider struct {
	ID        string       `json:"id"` // ODS code, e.g. "RNL" for North Cumbria University Hospitals
	Name      string       `json:"name"`
	Kind      ProviderKind `json:"kind"`
	Ownership Ownership    `json:"ownership,omitempty"` // derived from Kind when omitted; see EffectiveOwnership
	// Authorised is the date a foundation trust was authorised by Monitor.
	Authorised Date `json:"authorised,omitzero"`
	// Licensed reports whether the provider holds a provider licence under
	// the Health and Social Care Act 2012 Part 3 (nil: not known).
	Licensed *bool `json:"licensed,omitempty"`
	// PeerGroup is the oversight peer group ("acute", "non_acute",
	// "ambulance"), used by the 2025/26 league tables.
	PeerGroup string `json:"peer_group,omitempty"`

	Services    []Service    `json:"services,omitempty"`
	Assets      []Asset      `json:"assets,omitempty"`
	Accounts    []Accounts   `json:"accounts,omitempty"`    // one entry per reporting period
	Inspections []Inspection `json:"inspections,omitempty"` // CQC inspections, any order
	// InspectionsComplete says Inspections holds every trust-level report
	// CQC published on the provider since it began rating trusts (2013),
	// so that a day with none published before it is a day the provider
	// had not been rated (many trusts were first rated in 2015-2017), not
	// a day whose facts are missing.
	InspectionsComplete bool          `json:"inspections_complete,omitempty"`
	Performance         []Performance `json:"performance,omitempty"` // one entry per reporting period
	Workforce           []Workforce   `json:"workforce,omitempty"`   // staffing, one entry per reporting period
	// Ratings are the ratings, segments and categories regulators
	// published about the provider, each dated and cited.
	Ratings []PublishedRating `json:"ratings,omitempty"`
	// CQCActions are the actions CQC took about the provider's
	// registration.
	CQCActions []CQCAction `json:"cqc_actions,omitempty"`
	Governance Governance  `json:"governance,omitzero"`
	Sources    []Citation  `json:"sources,omitempty"` // where these facts come from
}

// EffectiveOwnership returns Ownership when given, else the ownership the
// kind implies (state-owned for NHS trusts and foundation trusts), else
// unknown.
func (p *Provider) EffectiveOwnership() Ownership {
	if p.Ownership != OwnershipUnknown {
		return p.Ownership
	}
	return ownershipOfKind(p.Kind)
}

// Service returns the provider's service with the given ID.
func (p *Provider) Service(id string) (*Service, bool) {
	for i := range p.Services {
		if p.Services[i].ID == id {
			return &p.Services[i], true
		}
	}
	return nil, false
}

// LatestAccounts returns the accounts, of those whose figures were known
// on date ([Accounts.FiguresKnown]), whose period ends latest, or false if
// none were known.
func (p *Provider) LatestAccounts(date Date) (*Accounts, bool) {
	return latest(p.Accounts, date, func(a *Accounts) Date {
		if !a.FiguresKnown(date) {
			return Date{}
		}
		return a.Period.To
	})
}

// LatestInspection returns the inspection published latest on or before
// date, or false if none was.
func (p *Provider) LatestInspection(date Date) (*Inspection, bool) {
	return latest(p.Inspections, date, func(i *Inspection) Date { return i.Published })
}

// LatestPerformance returns the performance whose period ends latest
// before date (figures are reported after their period), or false if none
// does.
func (p *Provider) LatestPerformance(date Date) (*Performance, bool) {
	return latest(p.Performance, date, func(x *Performance) Date {
		if !x.Period.To.Before(date) {
			return Date{}
		}
		return x.Period.To
	})
}

// latest picks the element with the latest key on or before date. Ties go
// to the element listed last, so a restated figure wins over the original.
func latest[T any](xs []T, date Date, key func(*T) Date) (*T, bool) {
	best := -1
	for i := range xs {
		k := key(&xs[i])
		if k.IsZero() || k.After(date) {
			continue
		}
		if best < 0 || !k.Before(key(&xs[best])) {
			best = i
		}
	}
	if best < 0 {
		return nil, false
	}
	return &xs[best], true
}
