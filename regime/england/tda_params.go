package england

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// The TDA's entries sit just below the ladder's own entry for the same
// rung, so that a recorded spell or a rating decides first and the
// escalation level fills in where nothing else does.
const (
	prioTDASpecial       = prioFinancialSM + 5
	prioTDAMandated      = prioMandated + 5
	prioTDAInvestigation = prioInvestigation + 5
)

// The range of every escalation-level threshold: the TDA's levels 1 to 5,
// and 6, which no published level reaches, to switch a rung off.
const (
	tdaLevelMin = 1
	tdaLevelOff = 6
)

// tdaParams are the thresholds that map a published escalation level to
// the ladder's rungs.
type tdaParams struct {
	special, mandated, investigation regime.IntKey
	defs                             map[string]regime.ParamDef
}

// citeTDALevelMapping is the source of the categories, with the caveat
// that their numbering is inferred.
var citeTDALevelMapping = func() economy.Citation {
	c := srcTDAEscalationLevels
	c.Note += "; the paper lists the five levels and the five categories side by side: that level n is the n-th category is this library's reading"
	return c
}()

// tdaParam documents one threshold; every threshold shares the source,
// unit and range (tdaLevelMin to tdaLevelOff) of the escalation levels.
func tdaParam(name, title, interpretation string) regime.ParamDef {
	return regime.ParamDef{Name: name, Title: title, Unit: "escalation level", Citation: citeTDALevelMapping, Interpretation: interpretation,
		Range: regime.Whole(tdaLevelMin, tdaLevelOff)}
}

// declareTDAParams declares the thresholds in the editions of the TDA's
// accountability framework, and nothing elsewhere.
func declareTDAParams(ed *edition, ps *regime.Params) *tdaParams {
	if !ed.tda {
		return nil
	}
	k := &tdaParams{defs: map[string]regime.ParamDef{}}
	def := func(d regime.ParamDef) regime.ParamDef { k.defs[d.Name] = d; return d }
	k.special = ps.Int(def(tdaParam("provider.tda_special_measures_min", "TDA escalation level of special measures (5)",
		"level 5 read as the fifth category, special measures; a published level says neither quality nor finance, and is read as quality special measures, "+
			"the TDA's special measures for NHS trusts on the Chief Inspector of Hospitals' recommendation")), 5)
	k.mandated = ps.Int(def(tdaParam("provider.tda_mandated_min", "TDA escalation level of strategic intervention (4)",
		"level 4 read as the fourth category, strategic intervention (significant delivery issues), and that as mandated support")), 4)
	k.investigation = ps.Int(def(tdaParam("provider.tda_investigation_min", "TDA escalation level of supporting intervention (3)",
		"level 3 read as the third category, supporting intervention (some delivery issues), and that as escalation: investigation or escalation considered; "+
			"levels 1 and 2 (standard oversight, at reduced or standard frequency) as routine oversight")), 3)
	return k
}
