package economy

import (
	"github.com/failregime/failregime/internal/enum"
	"github.com/shopspring/decimal"
)

// AssetClass is the kind of thing an asset is.
type AssetClass uint8

// Asset classes. The zero value means the class was not given.
const (
	AssetClassUnknown AssetClass = iota
	Land
	Buildings
	Equipment
	OtherAsset
)

var assetClassWords = enum.New("AssetClass",
	"unknown", "land", "buildings", "equipment", "other",
)

// String returns the lower snake word of the AssetClass.
func (c AssetClass) String() string { return assetClassWords.Name(uint8(c)) }

// MarshalText encodes the AssetClass as its lower snake word.
func (c AssetClass) MarshalText() ([]byte, error) { return assetClassWords.Marshal(uint8(c)) }

// Valid reports whether c is one of the AssetClass constants.
func (c AssetClass) Valid() bool { return assetClassWords.Valid(uint8(c)) }

// UnmarshalText decodes a lower snake word; an unknown word is an
// *EnumError naming the allowed words.
func (c *AssetClass) UnmarshalText(b []byte) error { return enum.Unmarshal(assetClassWords, b, c) }

// Asset is something a provider owns or controls: a site, a building, a
// scanner.
type Asset struct {
	ID          string              `json:"id"`
	Description string              `json:"description"`
	Class       AssetClass          `json:"class,omitempty"`
	Value       decimal.NullDecimal `json:"value,omitzero"` // book value in pounds
	// PubliclyFunded reports whether public money paid for it (nil: not
	// known). The 2008 regime secures such assets for the Secretary of State.
	PubliclyFunded *bool `json:"publicly_funded,omitempty"`
	// NeededFor lists the IDs of the provider's services that cannot be
	// delivered without it; it makes the asset a "relevant asset" under
	// licence condition CoS2 when any of them is designated.
	NeededFor []string `json:"needed_for,omitempty"`
}
