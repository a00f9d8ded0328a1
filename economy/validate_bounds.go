package economy

import (
	"reflect"
	"strings"
	"sync"

	"github.com/failregime/failregime/internal/jsontree"
	"github.com/shopspring/decimal"
)

// Validate's bounds: every list and string of the input within the limits
// of limits.go, found by walking the value, so that a field added later is
// bounded without a line here. IDs have their own alphabet, checked by
// id.

var (
	providerType     = reflect.TypeFor[Provider]()
	commissionerType = reflect.TypeFor[Commissioner]()
	serviceType      = reflect.TypeFor[Service]()
	assetType        = reflect.TypeFor[Asset]()
)

// listLimit returns the longest a list of elements of type t may be, and
// the constant that says so.
var (
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
)

func listLimit(t reflect.Type) (int, string) {
	switch t {
	case providerType:
		return MaxProviders, "MaxProviders"
	case commissionerType:
		return MaxCommissioners, "MaxCommissioners"
	case serviceType:
		return MaxServices, "MaxServices"
	case assetType:
		return MaxAssets, "MaxAssets"
	}
	return MaxListLength, "MaxListLength"
}

// boundedCache holds boundedFields' answer for each struct type.
var boundedCache sync.Map // reflect.Type -> []jsontree.Field

// boundedFields returns the JSON fields of struct type t that hold, at any
// depth, something bounds checks (a string, a list, a map): the others
// (numbers, enums, dates, decimals, which CheckDecimal bounds) are not
// walked. Accounts, some thirty figures and a period, is then not walked
// at all.
func boundedFields(t reflect.Type) []jsontree.Field {
	if fs, ok := boundedCache.Load(t); ok {
		return fs.([]jsontree.Field)
	}
	var fs []jsontree.Field
	for _, f := range jsontree.Fields(t) {
		if holdsBounded(t.FieldByIndex(f.Index).Type, map[reflect.Type]bool{}) {
			fs = append(fs, f)
		}
	}
	boundedCache.Store(t, fs)
	return fs
}

// holdsBounded reports whether a value of type t can hold a string, a
// list or a map.
func holdsBounded(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false // a recursive type: its other fields decide
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
		return true
	case reflect.Pointer, reflect.Array:
		return holdsBounded(t.Elem(), seen)
	case reflect.Struct:
		if t == decimalType || t == nullDecimalType {
			return false
		}
		for _, f := range jsontree.Fields(t) {
			if holdsBounded(t.FieldByIndex(f.Index).Type, seen) {
				return true
			}
		}
	}
	return false
}

// bounds reports every list of v longer than its limit and every string
// longer than MaxTextLength, with paths as JSON names them.
func (p *problems) bounds(path string, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			p.bounds(path, v.Elem())
		}
	case reflect.Struct:
		for _, f := range boundedFields(v.Type()) {
			p.bounds(p.join(path, f.Name), v.FieldByIndex(f.Index))
		}
	case reflect.Slice:
		if max, name := listLimit(v.Type().Elem()); v.Len() > max {
			p.add(path, "has %d entries, more than the limit of %d (economy.%s)", v.Len(), max, name)
		}
		for i := range v.Len() {
			p.bounds(p.index(path, i), v.Index(i))
		}
	case reflect.Map:
		if v.Len() > MaxListLength {
			p.add(path, "has %d entries, more than the limit of %d (economy.MaxListLength)", v.Len(), MaxListLength)
		}
		if m, ok := v.Interface().(map[string]decimal.Decimal); ok { // the maps here; without copying each key
			for k := range m {
				if len(k) > MaxTextLength {
					p.add(path, "has a key %d bytes long, more than the limit of %d (economy.MaxTextLength)", len(k), MaxTextLength)
				}
			}
			return
		}
		for it := v.MapRange(); it.Next(); {
			if k := it.Key(); k.Kind() == reflect.String && k.Len() > MaxTextLength {
				p.add(path, "has a key %d bytes long, more than the limit of %d (economy.MaxTextLength)", k.Len(), MaxTextLength)
			}
		}
		// The values of the maps here are decimals, bounded elsewhere.
	case reflect.String:
		if v.Len() > MaxTextLength {
			p.add(path, "is %d bytes long, more than the limit of %d (economy.MaxTextLength)", v.Len(), MaxTextLength)
		}
	}
}

// id reports a missing ID, and one outside the alphabet or longer than
// MaxIDLength.
func (p *problems) id(path, id string) {
	p.required(path, id)
	if strings.TrimSpace(id) != "" && len(id) <= MaxTextLength { // blank: required said so; longer: bounds did
		if err := checkID(id); err != nil {
			p.addErr(path, err)
		}
	}
}

// smallList is the length up to which once compares pairs rather than
// build a map; the report is the same either way.
const smallList = 16

// once reports every reference of a list named more than once: the
// commissioners of a service, its alternatives, the services an asset is
// needed for. at gives the path of the j-th reference.
func (p *problems) once(refs []string, at func(j int) string) {
	if len(refs) <= smallList {
		// A short list is checked pair by pair: no map to allocate.
		for j, r := range refs {
			if r == "" {
				continue
			}
			for k := range j {
				if refs[k] == r {
					p.add(at(j), "%q is listed twice, first at %s", r, at(k))
					break
				}
			}
		}
		return
	}
	var seen map[string]int
	for j, r := range refs {
		if r == "" {
			continue // the required check's to report
		}
		if seen == nil {
			seen = make(map[string]int, len(refs))
		}
		if k, dup := seen[r]; dup {
			p.add(at(j), "%q is listed twice, first at %s", r, at(k))
			continue
		}
		seen[r] = j
	}
}
