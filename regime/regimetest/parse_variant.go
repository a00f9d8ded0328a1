package regimetest

import (
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/internal/input"
)

// variant applies {"name": ..., "params": {"name": value}} to f with
// Framework.With. A value's JSON type follows the parameter's type, as in
// a regime/api request: decimals as numbers or strings ("-14.0"), within
// economy.CheckDecimal's bounds; whole numbers as numbers written with
// digits only; yes/no as booleans; enum words as strings.
func (d *decoder) variant(n *jsontree.Node, f *regime.Framework) *regime.Framework {
	if !d.Fields(n, "name", "params") {
		return nil
	}
	var overrides []regime.Setting
	if v := n.Get("name"); v != nil {
		if name, ok := d.Str(v); ok && name != "" {
			overrides = append(overrides, regime.VariantName(name))
		}
	}
	params := n.Get("params")
	if params == nil {
		d.missing(n, "params")
		return nil
	}
	if !d.Want(params, jsontree.Object, "") {
		return nil
	}
	changes, ok := input.Params(d.Decoder, params, f)
	if !ok {
		return nil
	}
	return input.With(d.Decoder, n, f, append(overrides, changes...))
}
