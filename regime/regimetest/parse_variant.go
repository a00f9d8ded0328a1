package regimetest

import (
	"encoding/json"
	"strconv"

	"github.com/failregime/failregime/regime"
	"github.com/shopspring/decimal"
)

// variant applies {"name": ..., "params": {"name": value}} to f with
// Framework.With. A value's JSON type follows the parameter's type:
// decimals as numbers or strings ("-14.0"), whole numbers as numbers,
// yes/no as booleans, enum words as strings.
func (d *decoder) variant(path string, raw json.RawMessage, f *regime.Framework) *regime.Framework {
	m := d.object(path, raw, "name", "params")
	if m == nil {
		return nil
	}
	var overrides []regime.Setting
	if v, ok := m["name"]; ok {
		if name, ok := d.str(join(path, "name"), v); ok && name != "" {
			overrides = append(overrides, regime.VariantName(name))
		}
	}
	rawParams, ok := m["params"]
	if !ok {
		d.fail(path, "missing field params")
		return nil
	}
	params := d.object(join(path, "params"), rawParams, paramNames(f)...)
	if params == nil {
		return nil
	}
	bad := false
	for _, name := range sortedKeys(params) {
		p, _ := f.Parameter(name)
		o, ok := d.override(join(join(path, "params"), name), p, params[name])
		bad = bad || !ok
		overrides = append(overrides, o)
	}
	if bad {
		return nil
	}
	out, err := f.With(overrides...)
	if err != nil {
		for _, e := range splitJoined(err) {
			d.fail(path, "%v", e)
		}
		return nil
	}
	return out
}

func paramNames(f *regime.Framework) []string {
	var out []string
	for _, p := range f.Parameters() {
		out = append(out, p.Name)
	}
	return out
}

// override converts a JSON value to the Go type Set wants for p.
func (d *decoder) override(path string, p regime.Parameter, raw json.RawMessage) (regime.Setting, bool) {
	switch p.Type {
	case regime.ParamDecimal:
		var text string
		if json.Unmarshal(raw, &text) != nil {
			var n json.Number
			if json.Unmarshal(raw, &n) == nil {
				text = n.String()
			}
		}
		if v, err := decimal.NewFromString(text); err == nil && !isNull(raw) {
			return regime.Set(p.Name, v), true
		}
		d.fail(path, "want a decimal number, got %s", kindOf(raw))
	case regime.ParamInt, regime.ParamDays, regime.ParamMonths:
		var n json.Number
		if err := json.Unmarshal(raw, &n); err == nil {
			if v, err := strconv.ParseInt(n.String(), 10, 64); err == nil {
				return regime.Set(p.Name, v), true
			}
		}
		d.fail(path, "want a whole number, got %s", kindOf(raw))
	case regime.ParamBool:
		var b bool
		if json.Unmarshal(raw, &b) == nil && !isNull(raw) {
			return regime.Set(p.Name, b), true
		}
		d.fail(path, "want true or false, got %s", kindOf(raw))
	case regime.ParamEnum:
		if s, ok := d.str(path, raw); ok {
			return regime.Set(p.Name, s), true
		}
	default:
		d.fail(path, "parameter of unknown type %s", p.Type)
	}
	return regime.Setting{}, false
}

// splitJoined lists the errors inside an errors.Join, or err itself.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
