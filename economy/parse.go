package economy

import (
	"reflect"

	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
)

// Parse reads an Economy from JSON, strictly, and validates it.
//
// Parse rejects a document larger than [MaxInputBytes], invalid UTF-8
// and lone surrogates in \u escapes (never replaced by U+FFFD; the message
// gives the byte), a byte order mark, NUL bytes, anything but one JSON
// object, data after it, nesting deeper than [MaxDepth], unknown or
// repeated fields (field names are matched exactly, not ignoring case as
// encoding/json does), values of the wrong JSON type, unknown enum words,
// dates that are not "YYYY-MM-DD" or not real days, numbers that do not
// fit their field (a whole number written "1e3" or "2.0", a decimal beyond
// [CheckDecimal]'s bounds), and null inside arrays and maps. A JSON null
// for a field means the fact was not given.
//
// Every problem is reported at once, as an errors.Join of *[FieldError]
// values whose paths carry array indices ("providers[1].kind"); list them
// with [FieldErrors]. The problems of reading come first, then those
// [Economy.Validate] finds in what could be read: a value that could not
// be read is left out of validation, so that one mistake is reported once.
// At most [MaxProblems] are listed, then a count of the rest.
//
// On error Parse returns the zero Economy. It never panics.
func Parse(data []byte) (Economy, error) {
	var e Economy
	if err := parse(data, &e, func(p *problems) { p.economy(&e) }); err != nil {
		return Economy{}, err
	}
	return e, nil
}

// ParseProvider reads a single Provider from JSON exactly as [Parse] reads
// an Economy, and validates it with [Provider.Validate], so paths are
// relative to the provider ("accounts[0].period.from").
func ParseProvider(data []byte) (Provider, error) {
	var pr Provider
	validate := func(p *problems) {
		p.bounds("", reflect.ValueOf(pr))
		p.provider("", &pr)
	}
	if err := parse(data, &pr, validate); err != nil {
		return Provider{}, err
	}
	return pr, nil
}

// readOptions are how every document of this package is read.
var readOptions = jsontree.Options{What: "input", MaxBytes: MaxInputBytes, MaxDepth: MaxDepth, Object: true}

// parse reads data, decodes into dst what it can and validates what was
// decoded, reporting every problem of the three.
func parse(data []byte, dst any, validate func(*problems)) error {
	list := patherr.NewList(MaxProblems)
	root := jsontree.Read(data, readOptions, list)
	if root == nil {
		return list.Err()
	}
	dec := &jsontree.Decoder{List: list, MaxNumberLength: MaxNumberLength, CheckDecimal: CheckDecimal}
	dec.Decode(root, dst)
	validate(&problems{list: list, dec: dec})
	return list.Err()
}
