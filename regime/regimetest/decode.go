package regimetest

import (
	"bytes"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/regime/internal/input"
)

// decoder reads one case file's tree: the library's one reader and
// decoder (every problem with its path, nothing stopping at the first),
// with the few checks of a case file's own.
type decoder struct {
	*jsontree.Decoder
	data []byte // the file, for the inline economies' bytes
}

// line is the line of the file on which n starts, counted from 1, so that
// a failure can point an editor at the expectation that failed.
func (d *decoder) line(n *jsontree.Node) int {
	if n == nil || n.Start > len(d.data) {
		return 0
	}
	return 1 + bytes.Count(d.data[:n.Start], []byte{'\n'})
}

// missing reports a field an object must have.
func (d *decoder) missing(obj *jsontree.Node, key string) {
	d.List.Add(obj.Path(), "missing field %s", key)
}

// required reads a string field that must be present and not empty.
func (d *decoder) required(obj *jsontree.Node, key string) string {
	v := obj.Get(key)
	if v == nil {
		d.missing(obj, key)
		return ""
	}
	s, ok := d.Str(v)
	if ok && s == "" {
		d.Fail(v, "must not be empty")
	}
	return s
}

// strs reads an array of strings, none empty.
func (d *decoder) strs(n *jsontree.Node) []string {
	if !d.Want(n, jsontree.Array, "") {
		return nil
	}
	var out []string
	for _, el := range n.Items {
		if s, ok := d.Str(el); ok {
			if s == "" {
				d.Fail(el, "must not be empty")
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

// date reads a date field, within the span every date of an economy keeps.
func (d *decoder) date(obj *jsontree.Node, key string, required bool) economy.Date {
	v := obj.Get(key)
	if v == nil {
		if required {
			d.missing(obj, key)
		}
		return economy.Date{}
	}
	date, _ := input.Date(d.Decoder, v)
	return date
}
