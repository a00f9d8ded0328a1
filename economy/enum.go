package economy

import "github.com/failregime/failregime/internal/enum"

// EnumError reports a word that is not one of an enum's words: its type,
// the word given and every word the type accepts. Every enum of every
// failregime package reports bad words with it, so errors.As finds it
// after [Parse] and after any UnmarshalText.
type EnumError = enum.Error
