package england

import (
	"github.com/failregime/failregime/internal/enum"
	"github.com/failregime/failregime/regime"
)

// Continuity is what the service continuity rule set decides for one
// service: what happens to it if its provider fails or exits on the
// decision date. A state-owned provider's services are all kept running
// through the transition (Department of Health, 2008); a private or
// voluntary provider's services are protected only when commissioners
// designated them, and otherwise go with the provider into its creditors'
// process. The zero Continuity is unknown.
type Continuity uint8

// Continuity codes.
const (
	ContinuityUnknown Continuity = iota
	// KeepThenContinue: a state-owned provider's service that must
	// continue locally after the exit, because it is designated or meets
	// a designation test.
	KeepThenContinue
	// KeepThenTransfer: a state-owned provider's service that may move to
	// a named alternative provider after the exit, with the local
	// commissioners involved.
	KeepThenTransfer
	// KeepThenReshape: a state-owned provider's service with no named
	// alternative that may cease or be reshaped after the exit, only with
	// the local commissioners involved.
	KeepThenReshape
	// CRSContinue: a private or voluntary provider's commissioner
	// requested service, which must continue locally (licence condition
	// CoS1).
	CRSContinue
	// CreditorsTransfer: an unprotected private or voluntary service that
	// may transfer to a named alternative provider.
	CreditorsTransfer
	// CreditorsCease: an unprotected private or voluntary service with no
	// named alternative, which may cease.
	CreditorsCease
)

var continuityWords = enum.New("Continuity", "unknown", "keep_then_continue", "keep_then_transfer",
	"keep_then_reshape", "crs_continue", "creditors_transfer", "creditors_cease")

var continuityTexts = [...]string{
	ContinuityUnknown: "unknown",
	KeepThenContinue:  "keep running through the transition, then continue locally",
	KeepThenTransfer:  "keep running through the transition, then may transfer to a named alternative provider",
	KeepThenReshape:   "keep running through the transition, then may cease or be reshaped with the local commissioners",
	CRSContinue:       "must continue locally: commissioner requested service",
	CreditorsTransfer: "creditors' process: may transfer to a named alternative provider",
	CreditorsCease:    "creditors' process: may cease",
}

// String returns the code, e.g. "keep_then_continue".
func (c Continuity) String() string { return continuityWords.Name(uint8(c)) }

// MarshalText encodes c as its code.
func (c Continuity) MarshalText() ([]byte, error) { return continuityWords.Marshal(uint8(c)) }

// UnmarshalText decodes a code.
func (c *Continuity) UnmarshalText(b []byte) error { return enum.Unmarshal(continuityWords, b, c) }

// Text says what c means, in words.
func (c Continuity) Text() string {
	if int(c) < len(continuityTexts) {
		return continuityTexts[c]
	}
	return c.String()
}

// Ruling is what a continuity entry decides.
func (c Continuity) Ruling() regime.Ruling { return regime.Ruling{Code: c.String(), Text: c.Text()} }

// ContinuityOf reads a service continuity decision: its code, and true,
// when the decision is Met and chose one.
func ContinuityOf(d regime.Decision) (Continuity, bool) {
	r, ok := d.Ruling()
	if !ok {
		return ContinuityUnknown, false
	}
	v, err := continuityWords.Parse([]byte(r.Code))
	if err != nil || v == 0 {
		return ContinuityUnknown, false
	}
	return Continuity(v), true
}

// Protection is what the asset protection rule set decides for one asset
// on the decision date, the date of a proposed disposal: whether it is
// protected, and so what a disposal needs. The zero Protection is unknown.
type Protection uint8

// Protection codes.
const (
	ProtectionUnknown Protection = iota
	// DisposalRefusedUnderTSA: a protected asset of a provider under trust
	// special administration on the date; no disposal while it lasts.
	DisposalRefusedUnderTSA
	// PublicAssetSoS: an NHS trust's publicly funded asset, secured for
	// the Secretary of State.
	PublicAssetSoS
	// PublicAssetMonitor and PublicAssetNHSE: another state-owned
	// provider's (a foundation trust's) publicly funded asset, whose
	// disposal needs the regulator: Monitor to 30 June 2022, NHS England
	// from 1 July 2022.
	PublicAssetMonitor
	PublicAssetNHSE
	// RelevantAssetMonitor and RelevantAssetNHSE: an asset needed for a
	// commissioner requested service of a licensed provider (licence
	// condition CoS2).
	RelevantAssetMonitor
	RelevantAssetNHSE
	// NotProtected: nothing in the regime stops a disposal.
	NotProtected
)

var protectionWords = enum.New("Protection", "unknown", "disposal_refused_under_tsa", "public_asset_sos",
	"public_asset_monitor", "public_asset_nhse", "relevant_asset_monitor", "relevant_asset_nhse", "not_protected")

var protectionTexts = [...]string{
	ProtectionUnknown:       "unknown",
	DisposalRefusedUnderTSA: "protected: disposal refused while the provider is under trust special administration",
	PublicAssetSoS:          "protected public asset: disposal only with the Secretary of State's consent",
	PublicAssetMonitor:      "protected public asset: disposal only with Monitor's consent",
	PublicAssetNHSE:         "protected public asset: disposal only with NHS England's consent",
	RelevantAssetMonitor:    "protected relevant asset (CoS2): disposal only with Monitor's consent",
	RelevantAssetNHSE:       "protected relevant asset (CoS2): disposal only with NHS England's consent",
	NotProtected:            "not protected: disposal allowed",
}

// String returns the code, e.g. "public_asset_sos".
func (p Protection) String() string { return protectionWords.Name(uint8(p)) }

// MarshalText encodes p as its code.
func (p Protection) MarshalText() ([]byte, error) { return protectionWords.Marshal(uint8(p)) }

// UnmarshalText decodes a code.
func (p *Protection) UnmarshalText(b []byte) error { return enum.Unmarshal(protectionWords, b, p) }

// Text says what p means, in words.
func (p Protection) Text() string {
	if int(p) < len(protectionTexts) {
		return protectionTexts[p]
	}
	return p.String()
}

// Ruling is what an asset protection entry decides.
func (p Protection) Ruling() regime.Ruling { return regime.Ruling{Code: p.String(), Text: p.Text()} }

// ProtectionOf reads an asset protection decision: its code, and true,
// when the decision is Met and chose one.
func ProtectionOf(d regime.Decision) (Protection, bool) {
	r, ok := d.Ruling()
	if !ok {
		return ProtectionUnknown, false
	}
	v, err := protectionWords.Parse([]byte(r.Code))
	if err != nil || v == 0 {
		return ProtectionUnknown, false
	}
	return Protection(v), true
}

// Codes of the intervention rule sets' entries that decide no regime.
const (
	// CodeNoAreaWideRegime: the economy rule set decided that no
	// area-wide regime applies.
	CodeNoAreaWideRegime = "no_area_wide_regime"
	// CodeNotAnArea: the economy is a collection of organisations
	// gathered for a case (economy.Economy.Collection), not a health
	// economy, so no area-wide regime is judged.
	CodeNotAnArea = "not_an_area"
	// CodeNotSubject: the commissioner is not of a kind the edition's
	// commissioner regime judges (a CCG after June 2022, an ICB before).
	CodeNotSubject = "not_subject"
	// CodePCTEscalated: a primary care trust whose current published
	// rating (annual health check, World Class Commissioning governance)
	// is at or below the escalation parameters, performance-managed by its
	// strategic health authority.
	CodePCTEscalated = "pct_sha_escalation"
)
