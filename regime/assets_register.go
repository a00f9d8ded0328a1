package regime

import (
	"errors"
	"slices"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// ErrUnknownAsset reports an asset ID the provider does not hold.
var ErrUnknownAsset = errors.New("unknown asset")

// Disposal is what a proposed disposal of an asset needs. The zero
// Disposal is unknown: the facts did not settle it, and it never reads as
// allowed.
type Disposal uint8

// Disposals.
const (
	DisposalUnknown     Disposal = iota
	DisposalAllowed              // the asset is not protected
	DisposalWithConsent          // only with the consent of the body named in ConsentFrom
	DisposalRefused              // refused while the provider is under trust special administration
)

var disposalWords = words{"Disposal", []string{"unknown", "allowed", "with_consent", "refused"}}

// String returns "unknown", "allowed", "with_consent" or "refused".
func (d Disposal) String() string { return disposalWords.name(uint8(d)) }

// MarshalText encodes d as its String word.
func (d Disposal) MarshalText() ([]byte, error) { return disposalWords.marshal(uint8(d)) }

// UnmarshalText decodes a String word, ignoring case.
func (d *Disposal) UnmarshalText(text []byte) error { return unmarshalWord(disposalWords, text, d) }

// disposalOf reads what an asset protection decision means for a
// disposal: whether the asset is protected, what a disposal needs and
// whose consent.
func disposalOf(d Decision) (protected Verdict, disposal Disposal, consentFrom string) {
	r, ok := d.Result()
	if !ok {
		return Unknown, DisposalUnknown, ""
	}
	switch r.Label {
	case LabelDisposalRefused:
		return Met, DisposalRefused, ""
	case LabelPublicAssetSoS:
		return Met, DisposalWithConsent, "Secretary of State"
	case LabelPublicAssetMonitor, LabelRelevantAssetMonitor:
		return Met, DisposalWithConsent, "Monitor"
	case LabelPublicAssetNHSE, LabelRelevantAssetNHSE:
		return Met, DisposalWithConsent, "NHS England"
	case LabelNotProtected:
		return NotMet, DisposalAllowed, ""
	}
	return Unknown, DisposalUnknown, ""
}

// DecideDisposal decides a disposal of provider p's asset assetID proposed
// on env's decision date, with f's asset protection rule set: allowed,
// allowed only with someone's consent, or refused. Read the answer with
// the Decision's Result, or use [AssetRegister] for typed fields. It
// errors only when it cannot judge: a nil framework or provider, an asset
// p does not hold (ErrUnknownAsset), or a framework without the rule set.
func DecideDisposal(f *Framework, env Env, p *economy.Provider, assetID string) (Decision, error) {
	if p == nil {
		return Decision{}, errorf("decide disposal: nil provider")
	}
	for i := range p.Assets {
		if p.Assets[i].ID == assetID {
			return f.Decide(AssetProtection, AssetSubject(p, &p.Assets[i]), env)
		}
	}
	return Decision{}, errorf("decide disposal: provider %q: asset %q: %w", p.ID, assetID, ErrUnknownAsset)
}

// Register is a provider's asset register as the regime sees it on one
// date: every asset, whether it is protected, the services it is needed
// for, and what a disposal on that date needs. It is plain data.
type Register struct {
	Framework FrameworkRef    `json:"framework"`
	Date      economy.Date    `json:"date"`
	Provider  SubjectRef      `json:"provider"`
	Assets    []RegisterEntry `json:"assets"`
}

// RegisterEntry is one asset in a Register.
type RegisterEntry struct {
	ID          string              `json:"id"`
	Description string              `json:"description"`
	Class       economy.AssetClass  `json:"class,omitempty"`
	Value       decimal.NullDecimal `json:"value,omitzero"`
	NeededFor   []string            `json:"needed_for,omitempty"`
	// Protected is Met when the asset is protected, NotMet when it is not,
	// Unknown when the facts do not say.
	Protected Verdict  `json:"protected"`
	Disposal  Disposal `json:"disposal"`
	// ConsentFrom names whose consent a disposal needs ("Secretary of
	// State", "Monitor", "NHS England") when Disposal is DisposalWithConsent.
	ConsentFrom string `json:"consent_from,omitempty"`
	// Decision is the full decision behind the line, with its reasons.
	Decision Decision `json:"decision"`
}

// AssetRegister lists every asset of p in the order p holds them, each
// decided with f's asset protection rule set on env's decision date. It
// errors only when it cannot judge (a nil framework or provider, or a
// framework without the rule set).
func AssetRegister(f *Framework, env Env, p *economy.Provider) (Register, error) {
	if f == nil {
		return Register{}, errorf("asset register: nil framework")
	}
	if p == nil {
		return Register{}, errorf("asset register: nil provider")
	}
	r := Register{
		Framework: FrameworkRef{ID: f.ID(), Name: f.Name(), Edition: f.Edition(), Variant: f.Variant(), Hash: f.Hash()},
		Date:      env.DecisionDate(),
		Provider:  SubjectRef{Kind: SubjectProvider, ID: p.ID, Name: p.Name},
		Assets:    make([]RegisterEntry, 0, len(p.Assets)),
	}
	for i := range p.Assets {
		a := &p.Assets[i]
		d, err := f.Decide(AssetProtection, AssetSubject(p, a), env)
		if err != nil {
			return Register{}, err
		}
		e := RegisterEntry{ID: a.ID, Description: a.Description, Class: a.Class, Value: a.Value,
			NeededFor: slices.Clone(a.NeededFor), Decision: d}
		e.Protected, e.Disposal, e.ConsentFrom = disposalOf(d)
		r.Assets = append(r.Assets, e)
	}
	return r, nil
}
