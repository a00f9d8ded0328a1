package regime

import (
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/decimaltext"
	"github.com/shopspring/decimal"
)

// Bands scores the decimal fact get reads by the first threshold it
// stands in relation op to: 1 when it meets thresholds[0], 2 when it
// meets thresholds[1], and so on, and len(thresholds)+1 when it meets
// none. A metric scored 1 (best) to 4 is
//
//	Bands("cover_score", "capital service cover score", "capital service cover", cover, GE, "x", cite,
//		Fixed(decimal.RequireFromString("2.5")), Fixed(decimal.RequireFromString("1.75")), Fixed(decimal.RequireFromString("1.25")))
//
// which gives 1 for a cover of 2.5 or more, 2 from 1.75, 3 from 1.25 and 4
// below. fact names the figure in explanations. The fact is read once however many thresholds there are. The
// thresholds may be parameters ([DecimalKey]); the value is unknown when
// the fact or a threshold it needs is missing. When explaining, the
// outcome holds one [Fact] per threshold tried, the last the one met,
// each NotMet one with its distance (how far from the better score).
func Bands(id, title, fact string, get func(*Env, Subject) (decimal.Decimal, bool), op Op, unit string, cite economy.Citation, thresholds ...DecimalThreshold) Number {
	n := &numNode{kind: numBands, id: id, title: title, cite: cite,
		bands: &bandSpec{fact: fact, get: get, op: op, unit: unit, ts: append([]DecimalThreshold(nil), thresholds...)}}
	var problems []string
	if get == nil {
		problems = append(problems, "nil getter")
	}
	if !op.valid() {
		problems = append(problems, "unknown comparison "+op.String())
	}
	if len(thresholds) == 0 {
		problems = append(problems, "no thresholds")
	}
	for i, t := range thresholds {
		if t == nil {
			problems = append(problems, "nil threshold "+strconv.Itoa(i))
		}
	}
	if len(problems) > 0 {
		n.err = errorf("bands %q: %w: %s", id, ErrInvalidRule, strings.Join(problems, ", "))
	}
	return n
}

type bandSpec struct {
	fact string
	get  func(*Env, Subject) (decimal.Decimal, bool)
	op   Op
	unit string
	ts   []DecimalThreshold
}

func (b *bandSpec) detail() string {
	var s strings.Builder
	s.WriteString(b.op.Symbol())
	for i, t := range b.ts {
		if i > 0 {
			s.WriteString(" | ")
		} else {
			s.WriteString(" ")
		}
		switch r, isParam := t.ref(); {
		case t == nil:
			s.WriteString("nil")
		case isParam:
			s.WriteString("param " + r.Name)
		default:
			v, _, _ := t.decThreshold(nil)
			s.WriteString(decimaltext.Format(v))
		}
	}
	if b.unit != "" {
		s.WriteString(" " + b.unit)
	}
	return s.String()
}

// value reads the fact once and finds its band.
func (b *bandSpec) value(env *Env, s Subject) (Num, bool) {
	v, ok := b.get(env, s)
	if !ok {
		return Num{}, false
	}
	for i, t := range b.ts {
		tv, _, tok := t.decThreshold(env)
		if !tok {
			return Num{}, false
		}
		if b.op.Holds(cmpDec(v, tv)) {
			return NumOf(int64(i + 1)), true
		}
	}
	return NumOf(int64(len(b.ts) + 1)), true
}

// explain records a fact per threshold tried, as [Compare] does for one.
func (n *numNode) explainBands(env *Env, s Subject, o *Outcome) (Num, bool) {
	b := n.bands
	name := label(b.fact, label(n.title, n.id))
	v, ok := b.get(env, s)
	if !ok {
		o.Missing = append(o.Missing, name)
		return Num{}, false
	}
	o.Facts = make([]Fact, 0, len(b.ts))
	for i, t := range b.ts {
		f := Fact{Name: name, Value: decimal.NewNullDecimal(v), Op: b.op, Unit: b.unit}
		tv, p, tok := t.decThreshold(env)
		if r, isParam := t.ref(); isParam {
			f.Param = r.Name
		}
		if !tok {
			o.Missing = append(o.Missing, "parameter "+f.Param)
			o.Facts = append(o.Facts, f)
			return Num{}, false
		}
		f.Threshold = decimal.NewNullDecimal(tv)
		if p != nil {
			f.Source = citationPtr(p.def.Citation)
			f.Interpretation = p.def.Interpretation
		}
		f.Verdict = VerdictOf(b.op.Holds(cmpDec(v, tv)))
		if f.Verdict == NotMet {
			f.Distance = decimal.NewNullDecimal(distance(b.op, v, tv))
		}
		o.Facts = append(o.Facts, f)
		if f.Verdict == Met {
			return NumOf(int64(i + 1)), true
		}
	}
	return NumOf(int64(len(b.ts) + 1)), true
}

// bandsHow says which thresholds the fact met and missed: "1.80 x: at
// least 1.75, not at least 2.5".
func bandsHow(o *Outcome) string {
	if len(o.Facts) == 0 {
		return ""
	}
	f := &o.Facts[0]
	var b strings.Builder
	b.WriteString(fmtDec(f.Value.Decimal))
	if f.Unit != "" {
		b.WriteString(" " + f.Unit)
	}
	b.WriteString(":")
	last := &o.Facts[len(o.Facts)-1]
	if last.Verdict == Met {
		b.WriteString(" " + last.Op.phrase() + " " + fmtDec(last.Threshold.Decimal))
		if len(o.Facts) > 1 {
			b.WriteString(",")
		}
	}
	for i := len(o.Facts) - 1; i >= 0; i-- {
		if c := &o.Facts[i]; c.Verdict == NotMet {
			b.WriteString(" not " + c.Op.phrase() + " " + fmtDec(c.Threshold.Decimal))
			break // the nearest better band is enough
		}
	}
	return b.String()
}
