package england

import (
	"errors"
	"slices"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

// edition is one edition of the English NHS failure regime as this package
// encodes it: the span of days it was in force, the sources that define it,
// and which rules were in force. The rule-set builders read it to decide
// what each edition's rule sets contain; everything that changed between
// editions is a field here, so the table below reads as the history.
type edition struct {
	id, name, label string
	from, to        string // first and last day in force, YYYY-MM-DD; to "" = still in force
	sources         []economy.Citation

	// Providers.
	ftRatings    []string // rating method IDs applied to foundation trusts
	trustRatings []string // rating method IDs applied to NHS trusts
	segmentation string   // rating method ID that segments providers; "" before October 2016
	// frrIntervention is the Compliance Framework financial risk rating at
	// or below which Monitor considered intervention: 1 to 2010/11, 2 from
	// 2011/12 (0 when the FRR is not in force).
	frrIntervention uint8
	tsa             tsaLaw
	licence         bool // provider licence and its continuity of services conditions
	qualitySM       bool // special measures for quality
	financialSM     bool // special measures for finance
	recoverySupport bool // the Recovery Support Programme in place of special measures
	segment5        bool // segment 5 and the Provider Improvement Programme
	tda             bool // the NHS TDA's accountability framework for NHS trusts (April 2013 - September 2016)

	// Commissioners.
	commissioners commissionerLaw

	// Whole health economies.
	challengedEconomies bool // the 11 challenged health economies of February 2014
	successRegime       bool // the success regime of June 2015
	systems             systemLaw
}

// systemLaw is how the edition's oversight framework treated a system (an
// STP or ICS, from 1 July 2022 an ICB's area): whether it was segmented,
// and where its segment is published.
type systemLaw uint8

const (
	sysNone systemLaw = iota // no system oversight: before August 2019
	sys2019                  // NOF 2019/20: providers and CCGs segmented, systems not
	sys2021                  // SOF 2021/22: ICSs segmented (system_segment), default 2, segment 4 the RSP
	sys2022                  // NOF 2022/23 (from 1 July 2022): ICBs and trusts segmented (icb_segment)
	sys2025                  // NOF 2025/26: trusts only; ICBs not segmented (contextual metrics)
	sys2026                  // NOF 2026/27: trusts and ICBs segmented by defined thresholds
)

// tsaLaw is the text of NHS Act 2006 Chapter 5A in force.
type tsaLaw uint8

const (
	tsaNone tsaLaw = iota // before 15 February 2010
	tsa2010               // Health Act 2009 s.16: Secretary of State for NHS trusts; Monitor for FTs derived from NHS trusts
	tsa2012               // from 1 November 2012: any foundation trust (HSCA 2012 s.174)
	tsa2014               // from 15 July 2014: Care Act 2014 ss.84, 85, 120 (CQC may require; 65 working days for the draft)
	tsa2022               // from 1 July 2022: NHS England makes every order (Health and Care Act 2022 Sch 8)
)

// commissionerLaw is who commissioned and how they were assessed.
type commissionerLaw uint8

const (
	pctEra     commissionerLaw = iota // primary care trusts, to 31 March 2013
	ccg2013                           // CCGs: assured / assured with support / not assured (2013/14-2014/15)
	ccg2015                           // CCG assurance on the four-point scale; CCG special measures (2015/16)
	ccgIAF2016                        // CCG Improvement and Assessment Framework (2016/17-2019/20, NOF from 2019)
	icb2022                           // integrated care boards, from 1 July 2022
)

// ruleSetBuilder builds one rule set for an edition, declaring the
// parameters it reads in ps. Each builder lives in the file of its rule set.
type ruleSetBuilder func(ed *edition, ps *regime.Params) (*regime.RuleSet, error)

// ruleSetBuilders are the rule sets every edition has, in this order. A
// builder returns a nil set for an edition the rule set does not exist in.
var ruleSetBuilders = []ruleSetBuilder{
	providerInterventionSet,
	commissionerInterventionSet,
	economyInterventionSet,
	serviceContinuitySet,
	serviceChangeSet,
	assetProtectionSet,
}

// build makes the Framework for ed.
func (ed *edition) build() (*regime.Framework, error) {
	var ps regime.Params
	var sets []*regime.RuleSet
	var errs []error
	for _, b := range ruleSetBuilders {
		rs, err := b(ed, &ps)
		if err != nil {
			errs = append(errs, errorf("edition %q: %w", ed.id, err))
			continue
		}
		if rs != nil {
			sets = append(sets, rs)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	spec := regime.FrameworkSpec{
		ID: ed.id, Name: ed.name, Edition: ed.label,
		From: economy.MustDate(ed.from), Sources: append(slices.Clone(ed.sources), tdaSources(ed)...), Params: &ps, RuleSets: sets,
		Brings: append(bringsFor(ed), tdaBrings(ed)...),
	}
	if ed.to != "" {
		spec.To = economy.MustDate(ed.to)
	}
	return regime.NewFramework(spec)
}

// editionRegistry turns the table into the package's registry.
func editionRegistry(table []edition) registry {
	r := make(registry, len(table))
	for i := range table {
		ed := &table[i]
		r[i] = ed.build
	}
	return r
}
