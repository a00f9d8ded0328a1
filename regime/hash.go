package regime

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"

	"github.com/failregime/failregime/economy"
)

// canon writes the canonical description that the content hash covers: one
// quoted field after another, so that no two descriptions run together.
type canon struct{ h hash.Hash }

func (c canon) s(fields ...string) {
	for _, f := range fields {
		c.h.Write([]byte(strconv.Quote(f)))
		c.h.Write([]byte{' '})
	}
	c.h.Write([]byte{'\n'})
}

func (c canon) cite(tag string, x economy.Citation) {
	c.s(tag, x.Document, x.Issuer, strconv.Itoa(x.Year), x.Section, x.URL, strconv.FormatBool(x.Verified), x.Note)
}

func (f *Framework) computeHash() string {
	c := canon{sha256.New()}
	c.s("failregime framework v1", f.spec.ID, f.spec.Name, f.spec.Edition, f.variant, f.spec.From.String(), f.spec.To.String())
	for _, src := range f.spec.Sources {
		c.cite("source", src)
	}
	for i := range f.params {
		p := &f.params[i]
		c.s("param", p.def.Name, p.def.Title, p.typ.String(), p.canonical(), p.def.Unit, p.def.Interpretation)
		c.s(append([]string{"allowed"}, p.allowed...)...)
		c.cite("param_source", p.def.Citation)
	}
	for _, rs := range f.sets {
		c.s("rule_set", rs.spec.ID, rs.spec.Title, rs.spec.Policy.String(), rs.spec.AppliesTo.String())
		c.cite("rule_set_source", rs.spec.Citation)
		for _, e := range rs.entries {
			c.s("entry", strconv.Itoa(e.Priority), e.Decides.Regime.String(), e.Decides.Intensity.String(), e.Decides.Code, e.Decides.Text)
			hashRule(c, e.Rule, 0)
		}
		if x, ok := rs.Score(); ok {
			i := x.Info()
			c.s("score", i.Kind, i.ID, i.Title, i.Detail)
			c.cite("score_source", i.Citation)
			for _, p := range i.Params {
				c.s("reads", p.Name, p.Type.String())
			}
			for _, k := range i.Children {
				hashRule(c, k, 1)
			}
		}
	}
	for _, b := range f.spec.Brings {
		c.s("brings", b.Regime.String())
		for _, m := range b.Measures {
			c.s("measure", m.What)
			c.cite("measure_source", m.Citation)
		}
	}
	return "sha256:" + hex.EncodeToString(c.h.Sum(nil))
}

func hashRule(c canon, r Rule, depth int) {
	if isNil(r) || depth > maxDepth {
		c.s("nil")
		return
	}
	i := r.Info()
	c.s("rule", strconv.Itoa(depth), i.Kind, i.ID, i.Title, i.Detail)
	c.cite("rule_source", i.Citation)
	for _, p := range i.Params {
		c.s("reads", p.Name, p.Type.String())
	}
	for _, k := range i.Children {
		hashRule(c, k, depth+1)
	}
}
