package economy

import (
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
)

// FieldError is one problem with one field of the input, found by Parse or
// Validate. Path locates the field the way a reader of the JSON would,
// for example "providers[2].accounts.operating_expenses" ("" for the
// input as a whole); Message says what is wrong; Err, when set, is the
// error behind the message, which Unwrap returns, so that after Parse
// errors.As finds an unknown enum word's *[EnumError].
//
// It is the one path error of the library: regime/api's problems and
// regimetest's errors are built from it.
type FieldError = patherr.Error

// FieldErrors returns every *FieldError inside err, in order. It unwraps
// errors.Join trees, so it finds all the problems Validate reported. When
// there were more than [MaxProblems], the last one, at the root, says how
// many more.
func FieldErrors(err error) []*FieldError { return patherr.All(err) }

// problems collects the problems of one economy, provider or commissioner
// under MaxProblems. Within Parse, dec knows the values that could not be
// decoded: Validate's problems at or under them are not reported, since
// the decoding problem already says what is wrong there.
type problems struct {
	list *patherr.List
	dec  *jsontree.Decoder
	// quiet, for Valid, keeps no problems and builds no paths: found
	// says whether there was any.
	quiet, found bool
}

func newProblems() *problems { return &problems{list: patherr.NewList(MaxProblems)} }

func (p *problems) add(path, format string, args ...any) {
	if p.quiet {
		p.found = true
		return
	}
	if p.dec != nil && p.dec.FailedWithin(path) {
		return
	}
	p.list.Add(path, format, args...)
}

// addErr reports err's message at path, keeping err as the cause.
func (p *problems) addErr(path string, err error) {
	if p.quiet {
		p.found = true
		return
	}
	if p.dec != nil && p.dec.FailedWithin(path) {
		return
	}
	p.list.Append(patherr.Wrap(path, err))
}

func (p *problems) err() error { return p.list.Err() }

// decoded reports whether every ID of a list was read: within Parse, an
// element or an ID that failed to decode leaves the list's IDs unknown,
// and references to them are then not checked.
func (p *problems) decoded(listPath string, n int) bool {
	if p.dec == nil {
		return true
	}
	if p.dec.Failed(listPath) {
		return false
	}
	for i := range n {
		el := p.index(listPath, i)
		if p.dec.Failed(el) || p.dec.Failed(p.join(el, "id")) {
			return false
		}
	}
	return true
}

// join builds a child path: join("providers[2]", "accounts") is
// "providers[2].accounts". A quiet check builds none: the paths are
// wanted only for the problems it does not keep.
func (p *problems) join(parent, field string) string {
	if p.quiet {
		return ""
	}
	return patherr.Field(parent, field)
}

// index builds an element path: index("providers", 2) is "providers[2]".
func (p *problems) index(parent string, i int) string {
	if p.quiet {
		return ""
	}
	return patherr.Index(parent, i)
}
