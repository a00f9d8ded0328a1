package england

import (
	"slices"

	"github.com/failregime/failregime/internal/enum"
	"github.com/failregime/failregime/regime"

	"github.com/failregime/failregime/economy"
	"github.com/shopspring/decimal"
)

// ErrUnknownAsset reports an asset ID the provider does not hold.

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

var disposalWords = enum.New("Disposal", "unknown", "allowed", "with_consent", "refused")

// String returns "unknown", "allowed", "with_consent" or "refused".
func (d Disposal) String() string { return disposalWords.Name(uint8(d)) }

// MarshalText encodes d as its String word.
func (d Disposal) MarshalText() ([]byte, error) { return disposalWords.Marshal(uint8(d)) }

// UnmarshalText decodes a String word.
func (d *Disposal) UnmarshalText(text []byte) error { return enum.Unmarshal(disposalWords, text, d) }

// disposalOf reads what an asset protection decision means for a
// disposal: whether the asset is protected, what a disposal needs and
// whose consent.
func disposalOf(d regime.Decision) (protected regime.Verdict, disposal Disposal, consentFrom string) {
	p, _ := ProtectionOf(d)
	switch p {
	case DisposalRefusedUnderTSA:
		return regime.Met, DisposalRefused, ""
	case PublicAssetSoS:
		return regime.Met, DisposalWithConsent, "Secretary of State"
	case PublicAssetMonitor, RelevantAssetMonitor:
		return regime.Met, DisposalWithConsent, "Monitor"
	case PublicAssetNHSE, RelevantAssetNHSE:
		return regime.Met, DisposalWithConsent, "NHS England"
	case NotProtected:
		return regime.NotMet, DisposalAllowed, ""
	}
	return regime.Unknown, DisposalUnknown, ""
}

// DecideDisposal decides a disposal of asset assetID of the provider
// providerID of env's economy, proposed on env's decision date, with f's
// asset protection rule set: allowed, allowed only with someone's
// consent, or refused. Read the answer with [ProtectionOf], or use
// [AssetRegister] for typed fields. It errors only when it cannot judge: a
// nil framework or economy (regime.ErrInvalidInput), a provider not in
// the economy (ErrUnknownProvider), an asset it does not hold
// (ErrUnknownAsset), or a framework without the rule set.
func DecideDisposal(f *regime.Framework, env regime.Env, providerID, assetID string) (regime.Decision, error) {
	p, err := provider("decide disposal", f, env, providerID)
	if err != nil {
		return regime.Decision{}, err
	}
	for i := range p.Assets {
		if p.Assets[i].ID == assetID {
			return f.Decide(env, AssetProtection, regime.AssetSubject(p, &p.Assets[i]))
		}
	}
	return regime.Decision{}, errorf("decide disposal: provider %q: asset %q: %w", p.ID, assetID, ErrUnknownAsset)
}

// Register is a provider's asset register as the regime sees it on one
// date: every asset, whether it is protected, the services it is needed
// for, and what a disposal on that date needs. It is plain data.
type Register struct {
	Framework regime.FrameworkRef `json:"framework"`
	Date      economy.Date        `json:"date"`
	Provider  regime.SubjectRef   `json:"provider"`
	Assets    []RegisterEntry     `json:"assets"`
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
	Protected regime.Verdict `json:"protected"`
	Disposal  Disposal       `json:"disposal"`
	// ConsentFrom names whose consent a disposal needs ("Secretary of
	// State", "Monitor", "NHS England") when Disposal is DisposalWithConsent.
	ConsentFrom string `json:"consent_from,omitempty"`
	// Decision is the full decision behind the line, with its reasons.
	Decision regime.Decision `json:"decision"`
}

// AssetRegister lists every asset of the provider providerID of env's
// economy, in the order it holds them, each decided with f's asset
// protection rule set on env's decision date. It errors only when it
// cannot judge, as [DecideDisposal] does.
func AssetRegister(f *regime.Framework, env regime.Env, providerID string) (Register, error) {
	p, err := provider("asset register", f, env, providerID)
	if err != nil {
		return Register{}, err
	}
	r := Register{
		Framework: regime.FrameworkRef{ID: f.ID(), Name: f.Name(), Edition: f.Edition(), Variant: f.Variant(), Hash: f.Hash()},
		Date:      env.DecisionDate(),
		Provider:  regime.SubjectRef{Kind: regime.SubjectProvider, ID: p.ID, Name: p.Name},
		Assets:    make([]RegisterEntry, 0, len(p.Assets)),
	}
	for i := range p.Assets {
		a := &p.Assets[i]
		d, err := f.Decide(env, AssetProtection, regime.AssetSubject(p, a))
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
