// Package input holds what regime/api and regimetest both read from JSON
// beyond the economy: dates within the economy package's span, an inline
// economy parsed by economy.Parse with its problems placed under its
// path, and a framework's parameters changed by name. Both read with
// internal/jsontree, so a request and a case file accept the same values
// and refuse them with the same messages.
package input

import (
	"errors"
	"slices"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
	"github.com/failregime/failregime/regime"
)

// Read reads a document that wraps economies free levels deep (a request
// holds one at its second level, a case file at its fourth), so that each
// nests as deeply as economy.Parse lets a document of its own, within
// economy's size limit and reporting into a list of economy.MaxProblems.
func Read(data []byte, what string, free int) (*jsontree.Node, *jsontree.Decoder) {
	list := patherr.NewList(economy.MaxProblems)
	root := jsontree.Read(data, jsontree.Options{What: what, MaxBytes: economy.MaxInputBytes,
		MaxDepth: economy.MaxDepth, FreeLevels: free, Object: true}, list)
	return root, Decoder(list)
}

// Decoder returns a decoder into list with the economy package's bounds
// on numbers.
func Decoder(list *patherr.List) *jsontree.Decoder {
	return &jsontree.Decoder{List: list, MaxNumberLength: economy.MaxNumberLength, CheckDecimal: economy.CheckDecimal}
}

// Date reads a date, "YYYY-MM-DD", that is a real day within
// economy.EarliestDate and economy.LatestDate.
func Date(d *jsontree.Decoder, n *jsontree.Node) (economy.Date, bool) {
	s, ok := d.Str(n)
	if !ok {
		return economy.Date{}, false
	}
	date, err := economy.ParseDate(s)
	if err == nil {
		err = economy.CheckDate(date)
	}
	if err != nil {
		d.FailErr(n, err)
		return economy.Date{}, false
	}
	return date, true
}

// Economy parses the economy n of the document data with economy.Parse and
// reports its problems under n's path. Problems with the bytes themselves
// (invalid UTF-8, a repeated key, nesting too deep) were already reported
// when the document was read, and are left out.
func Economy(d *jsontree.Decoder, data []byte, n *jsontree.Node) (economy.Economy, bool) {
	if !d.Want(n, jsontree.Object, "") {
		return economy.Economy{}, false
	}
	e, err := economy.Parse(data[n.Start:n.End])
	if err == nil {
		return e, true
	}
	at := n.Path()
	for _, fe := range economy.FieldErrors(err) {
		var read *jsontree.ReadError
		if errors.As(fe.Err, &read) {
			continue
		}
		d.List.Append(&patherr.Error{Path: patherr.Under(at, fe.Path), Message: fe.Message, Err: fe.Err})
	}
	return economy.Economy{}, false
}

// Params reads an object of parameter names and values into overrides of
// f's parameters. A value's JSON type follows its parameter's: a number
// (or a string holding one) for a decimal, bounded as economy bounds every
// decimal; a whole number for counts, days and months; true or false; one
// of the allowed words for an enum. A number must lie within its
// parameter's range: one outside is reported at its own path with the
// parameter's name and range, wrapping regime.ErrParamRange. It reports
// false when any is wrong.
func Params(d *jsontree.Decoder, n *jsontree.Node, f *regime.Framework) ([]regime.Setting, bool) {
	var out []regime.Setting
	ok := true
	for _, m := range n.Members {
		p, known := f.Parameter(m.Key)
		if !known {
			d.Fail(m.Value, "unknown parameter of %s; %s", f.ID(), paramNames(f))
			ok = false
			continue
		}
		v, good := value(d, m.Value, p)
		if !good {
			ok = false
			continue
		}
		if err := p.CheckValue(v); err != nil {
			d.FailErr(m.Value, err)
			ok = false
			continue
		}
		out = append(out, regime.Set(m.Key, v))
	}
	return out, ok
}

// With applies overrides to f, reporting at n each error With returns.
func With(d *jsontree.Decoder, n *jsontree.Node, f *regime.Framework, overrides []regime.Setting) *regime.Framework {
	g, err := f.With(overrides...)
	if err != nil {
		errs := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		}
		for _, e := range errs {
			d.FailErr(n, e)
		}
		return nil
	}
	return g
}

func paramNames(f *regime.Framework) string {
	ps := f.Parameters()
	if len(ps) == 0 {
		return "it has no parameters"
	}
	names := make([]string, len(ps))
	for i, q := range ps {
		names[i] = q.Name
	}
	return "its parameters are " + strings.Join(names, ", ")
}

// value converts a JSON value to the Go type regime.Set wants for p.
func value(d *jsontree.Decoder, n *jsontree.Node, p regime.Parameter) (any, bool) {
	switch p.Type {
	case regime.ParamDecimal:
		return d.Decimal(n)
	case regime.ParamInt, regime.ParamDays, regime.ParamMonths:
		return d.Int(n, 64)
	case regime.ParamBool:
		return d.Bool(n)
	case regime.ParamEnum:
		s, ok := d.Str(n)
		if !ok {
			return nil, false
		}
		if !slices.Contains(p.Allowed, s) {
			d.Fail(n, "%q is not one of %s", s, strings.Join(p.Allowed, ", "))
			return nil, false
		}
		return s, true
	}
	d.Fail(n, "parameter of unknown type %s cannot be changed", p.Type)
	return nil, false
}
