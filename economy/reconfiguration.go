package economy

import "github.com/failregime/failregime/internal/enum"

// ChangeRoute is the way a proposed reconfiguration of services comes
// about, which decides who consults whom and who decides. The zero
// ChangeRoute is unknown.
type ChangeRoute uint8

// Change routes.
const (
	ChangeRouteUnknown ChangeRoute = iota
	// CommissionerLed: commissioners (or an NHS body with them) propose a
	// substantial variation of services, consult the public and the local
	// authority's health scrutiny, and decide; the local authority could
	// refer the proposal to the Secretary of State until 30 January 2024,
	// and the Secretary of State may call it in from 31 January 2024.
	CommissionerLed
	// SpecialAdministration: a trust special administrator recommends what
	// becomes of the trust's services in a draft report, consults on it
	// (NHS Act 2006 ss.65F-65H), and the Secretary of State (with the
	// regulator, for a foundation trust) decides on the final report.
	SpecialAdministration
)

var changeRouteWords = enum.New("ChangeRoute", "unknown", "commissioner_led", "special_administration")

// String returns the route's lower snake word.
func (r ChangeRoute) String() string { return changeRouteWords.Name(uint8(r)) }

// MarshalText encodes r as its word.
func (r ChangeRoute) MarshalText() ([]byte, error) { return changeRouteWords.Marshal(uint8(r)) }

// Valid reports whether r is one of the ChangeRoute constants.
func (r ChangeRoute) Valid() bool { return changeRouteWords.Valid(uint8(r)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (r *ChangeRoute) UnmarshalText(b []byte) error { return enum.Unmarshal(changeRouteWords, b, r) }

// ConsulteeKind is who gave a consultation response: a body in the
// economy (a commissioner, a local authority, a provider), or one outside
// it named by its kind. The zero ConsulteeKind is unknown.
type ConsulteeKind uint8

// Consultee kinds.
const (
	ConsulteeKindUnknown ConsulteeKind = iota
	ConsulteeCommissioner
	ConsulteeLocalAuthority // the council, or its health overview and scrutiny committee
	ConsulteeProvider       // the trust itself or an affected trust
	ConsulteeNHSEngland     // the NHS Commissioning Board, from 1 April 2013
	ConsulteeCQC
	ConsulteeStrategicHealthAuthority // to 31 March 2013
	ConsulteeLocalInvolvementNetwork  // LINks, to 31 March 2013
	ConsulteeLocalHealthwatch         // from 1 April 2013
	ConsulteeMemberOfParliament
	ConsulteeOther
)

var consulteeKindWords = enum.New("ConsulteeKind", "unknown", "commissioner", "local_authority", "provider",
	"nhs_england", "cqc", "strategic_health_authority", "local_involvement_network", "local_healthwatch",
	"member_of_parliament", "other")

// String returns the kind's lower snake word.
func (k ConsulteeKind) String() string { return consulteeKindWords.Name(uint8(k)) }

// MarshalText encodes k as its word.
func (k ConsulteeKind) MarshalText() ([]byte, error) { return consulteeKindWords.Marshal(uint8(k)) }

// Valid reports whether k is one of the ConsulteeKind constants.
func (k ConsulteeKind) Valid() bool { return consulteeKindWords.Valid(uint8(k)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (k *ConsulteeKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(consulteeKindWords, b, k)
}

// InEconomy reports whether a consultee of kind k is named by its ID in
// the economy: a commissioner, a local authority or a provider.
func (k ConsulteeKind) InEconomy() bool {
	return k == ConsulteeCommissioner || k == ConsulteeLocalAuthority || k == ConsulteeProvider
}

// ChangeOutcome is what a decision on a proposed reconfiguration said.
// The zero ChangeOutcome is unknown.
type ChangeOutcome uint8

// Change outcomes.
const (
	ChangeOutcomeUnknown ChangeOutcome = iota
	ChangeApproved
	ChangeApprovedWithChanges // approved with conditions or modifications (the note says which)
	ChangeRejected
	ChangeNotCalledIn // the Secretary of State declined to call the proposal in
)

var changeOutcomeWords = enum.New("ChangeOutcome", "unknown", "approved", "approved_with_changes", "rejected", "not_called_in")

// String returns the outcome's lower snake word.
func (o ChangeOutcome) String() string { return changeOutcomeWords.Name(uint8(o)) }

// MarshalText encodes o as its word.
func (o ChangeOutcome) MarshalText() ([]byte, error) { return changeOutcomeWords.Marshal(uint8(o)) }

// Valid reports whether o is one of the ChangeOutcome constants.
func (o ChangeOutcome) Valid() bool { return changeOutcomeWords.Valid(uint8(o)) }

// UnmarshalText decodes a word; an unknown word is an *EnumError.
func (o *ChangeOutcome) UnmarshalText(b []byte) error {
	return enum.Unmarshal(changeOutcomeWords, b, o)
}

// Approves reports whether o lets the change go ahead.
func (o ChangeOutcome) Approves() bool { return o == ChangeApproved || o == ChangeApprovedWithChanges }

// The days the law on reconfigurations changed that Validate holds facts
// to: from 31 January 2024 a local authority can no longer refer a
// proposal to the Secretary of State (SI 2024/16 omits reg 23(6)-(11) of
// SI 2013/218, saving referrals already made), and the Secretary of State
// may call a proposal in (Health and Care Act 2022 s.46 and Sch 6, in
// force 31 January 2024 by SI 2023/1431 reg 4(a)).
var (
	referralsEndFrom = MustDate("2024-01-31")
	callInFrom       = MustDate("2024-01-31")
)

// ReferralsEnd returns 31 January 2024, the first day on which a local
// authority could no longer refer a proposal to the Secretary of State.
func ReferralsEnd() Date { return referralsEndFrom }

// CallInFrom returns 31 January 2024, the first day on which the
// Secretary of State could call a reconfiguration in.
func CallInFrom() Date { return callInFrom }

// ServiceRef names one service of one provider of the economy.
type ServiceRef struct {
	Provider string `json:"provider"`
	Service  string `json:"service"`
}

// String renders the reference as a service subject's ID, "RYQ/qeh".
func (r ServiceRef) String() string { return r.Provider + "/" + r.Service }

// Reconfiguration is a proposed significant change to services, such as
// a special administrator's recommendations or commissioners' plan to
// downgrade an A&E department, with what the record says of its
// consultation, of the tests any significant change must meet, and of the
// decisions on it. Facts not given stay at their zero value and are read
// as unknown.
type Reconfiguration struct {
	ID    string      `json:"id"`
	Name  string      `json:"name"`
	Route ChangeRoute `json:"route"`
	// Trust is the trust in special administration whose administrator
	// made the recommendations (route special_administration only).
	Trust string `json:"trust,omitempty"`
	// Services are the services the change reshapes, of any provider of
	// the economy.
	Services []ServiceRef `json:"services"`
	// Proposed is the day the proposal was published: the draft report,
	// or the consultation document.
	Proposed     Date         `json:"proposed"`
	Consultation Consultation `json:"consultation,omitzero"`
	// The record's answers to the tests of a significant service change
	// (nil: the record does not say): strengthened public and patient
	// engagement, clarity on the clinical evidence base, and consistency
	// with current and prospective patient choice. The first test, the
	// support of GP commissioners, is read from the commissioners'
	// consultation responses.
	Engagement       *bool `json:"engagement,omitempty"`
	ClinicalEvidence *bool `json:"clinical_evidence,omitempty"`
	PatientChoice    *bool `json:"patient_choice,omitempty"`
	// Beds is what the record says of bed closures, for the test that
	// applies from 1 April 2017; nil: not said.
	Beds *BedClosure `json:"beds,omitempty"`
	// Submitted is the day the final report reached the Secretary of State
	// (route special_administration).
	Submitted Date `json:"submitted,omitzero"`
	// Decided is the day the decision to go ahead was made: the NHS body's
	// (commissioner_led) or the Secretary of State's on the final report
	// (special_administration); Outcome is what it said.
	Decided  Date          `json:"decided,omitzero"`
	Outcome  ChangeOutcome `json:"outcome,omitempty"`
	Referral *Referral     `json:"referral,omitempty"`
	CallIn   *CallIn       `json:"call_in,omitempty"`
	// Rulings are the courts' judgments on the decision, in any order.
	Rulings []CourtRuling `json:"rulings,omitempty"`
	Note    string        `json:"note,omitempty"`
	Sources []Citation    `json:"sources,omitempty"`
}

// Names reports whether the reconfiguration reshapes service svc of
// provider p.
func (r *Reconfiguration) Names(provider, service string) bool {
	for _, s := range r.Services {
		if s.Provider == provider && s.Service == service {
			return true
		}
	}
	return false
}

// Consultation is a public consultation on a proposal: its period, the
// meetings held and the responses the record gives.
type Consultation struct {
	Start Date `json:"start,omitzero"`
	End   Date `json:"end,omitzero"`
	// PublicMeetings and StaffMeetings count the meetings held open to
	// anyone and for the staff (nil: not said).
	PublicMeetings *int                   `json:"public_meetings,omitempty"`
	StaffMeetings  *int                   `json:"staff_meetings,omitempty"`
	Responses      []ConsultationResponse `json:"responses,omitempty"`
}

// ConsultationResponse is one consultee's response. Consultee is the ID
// of a commissioner, local authority or provider of the economy for those
// kinds, and a name otherwise; Supports says whether it supported the
// proposal (nil: not said).
type ConsultationResponse struct {
	Consultee string        `json:"consultee"`
	Kind      ConsulteeKind `json:"kind"`
	Date      Date          `json:"date,omitzero"`
	Supports  *bool         `json:"supports,omitempty"`
	Note      string        `json:"note,omitempty"`
}

// BedClosure is what the record says of the beds a proposal closes and of
// the three conditions NHS England set from 1 April 2017, one of which a
// significant closure must meet (nil: not said).
type BedClosure struct {
	// Significant: the proposal closes beds significantly enough to be
	// subject to formal public consultation.
	Significant *bool `json:"significant,omitempty"`
	// AlternativeProvision: sufficient alternative provision, such as
	// increased GP or community services, is put in place alongside or
	// ahead of the closures, with the workforce to deliver it.
	AlternativeProvision *bool `json:"alternative_provision,omitempty"`
	// NewTreatments: specific new treatments or therapies will reduce
	// specific categories of admissions.
	NewTreatments *bool `json:"new_treatments,omitempty"`
	// EfficiencyPlan: the hospital has used beds less efficiently than the
	// national average and has a credible plan to improve without
	// affecting patient care.
	EfficiencyPlan *bool `json:"efficiency_plan,omitempty"`
}

// Referral is a local authority's report of a proposal to the Secretary
// of State, who may ask the Independent Reconfiguration Panel for advice
// and then decides.
type Referral struct {
	// By are the IDs of the local authorities of the economy that referred
	// it (a joint committee refers for several).
	By          []string      `json:"by"`
	Received    Date          `json:"received"`              // by the Secretary of State
	PanelAdvice Date          `json:"panel_advice,omitzero"` // the Independent Reconfiguration Panel's advice received
	Decided     Date          `json:"decided,omitzero"`      // the Secretary of State's decision
	Outcome     ChangeOutcome `json:"outcome,omitempty"`
}

// CallIn is a request that the Secretary of State call a proposal in
// (NHS Act 2006 Sch 10A, from 31 January 2024), and what came of it.
type CallIn struct {
	Requested   Date          `json:"requested"`
	Requester   string        `json:"requester,omitempty"`
	PanelAdvice Date          `json:"panel_advice,omitzero"`
	Decided     Date          `json:"decided,omitzero"`
	Outcome     ChangeOutcome `json:"outcome,omitempty"`
}

// CourtRuling is a court's judgment on the decision: Quashes says whether,
// after it, the decision stands quashed as to Services (every service of
// the reconfiguration when empty). An appeal dismissed leaves a quashing
// in place, so it quashes too.
type CourtRuling struct {
	Court    string       `json:"court"`
	Citation string       `json:"citation,omitempty"` // the neutral citation, e.g. "[2013] EWHC 2381 (Admin)"
	Date     Date         `json:"date"`
	Quashes  bool         `json:"quashes"`
	Services []ServiceRef `json:"services,omitempty"`
	Note     string       `json:"note,omitempty"`
}

// Covers reports whether the ruling bears on service svc of provider p.
func (c CourtRuling) Covers(provider, service string) bool {
	if len(c.Services) == 0 {
		return true
	}
	for _, s := range c.Services {
		if s.Provider == provider && s.Service == service {
			return true
		}
	}
	return false
}

// reconfigurations checks the economy's reconfigurations: IDs, required
// facts, dates in their order, and every reference to a service, a
// commissioner, a local authority or a provider of the economy.
func (p *problems) reconfigurations(e *Economy, providers, commissioners, authorities known) {
	ids := firstSeen{}
	for i := range e.Reconfigurations {
		r := &e.Reconfigurations[i]
		path := p.index("reconfigurations", i)
		p.id(p.join(path, "id"), r.ID)
		ids.check(p, "reconfigurations", i, p.join(path, "id"), r.ID)
		p.required(p.join(path, "name"), r.Name)
		enumValue(p, p.join(path, "route"), r.Route, true)
		switch {
		case r.Route == SpecialAdministration && r.Trust == "":
			p.add(p.join(path, "trust"), "is required for a special administration")
		case r.Route != SpecialAdministration && r.Trust != "":
			p.add(p.join(path, "trust"), "is only for a special administration")
		case r.Trust != "" && !providers.has(r.Trust):
			p.add(p.join(path, "trust"), "no provider %q in the economy", r.Trust)
		}
		if len(r.Services) == 0 {
			p.add(p.join(path, "services"), "is required: name at least one service the change reshapes")
		}
		refs := make([]string, len(r.Services))
		for j, s := range r.Services {
			refs[j] = s.String()
			p.serviceRef(p.index(p.join(path, "services"), j), e, s, providers)
		}
		p.once(refs, func(j int) string { return p.index(p.join(path, "services"), j) })
		proposedOK := p.date(p.join(path, "proposed"), r.Proposed, true)
		// after checks a date of the process once: a real day, given when
		// required, and not before the proposal. It reports whether the
		// date is usable.
		after := func(fieldPath string, d Date, required bool) bool {
			ok := p.date(fieldPath, d, required)
			if ok && proposedOK && d.Before(r.Proposed) {
				p.add(fieldPath, "must not be before proposed (%s)", r.Proposed)
			}
			return ok
		}
		// notBefore reports a later step dated before an earlier one, both
		// already checked.
		notBefore := func(laterPath string, later Date, laterOK bool, earlierName string, earlier Date, earlierOK bool) {
			if laterOK && earlierOK && later.Before(earlier) {
				p.add(laterPath, "must not be before %s (%s)", earlierName, earlier)
			}
		}
		c := &r.Consultation
		cpath := p.join(path, "consultation")
		startOK := after(p.join(cpath, "start"), c.Start, false)
		endOK := after(p.join(cpath, "end"), c.End, false)
		notBefore(p.join(cpath, "end"), c.End, endOK, "start", c.Start, startOK)
		p.count(p.join(cpath, "public_meetings"), c.PublicMeetings)
		p.count(p.join(cpath, "staff_meetings"), c.StaffMeetings)
		for j, resp := range c.Responses {
			rpath := p.index(p.join(cpath, "responses"), j)
			enumValue(p, p.join(rpath, "kind"), resp.Kind, true)
			p.required(p.join(rpath, "consultee"), resp.Consultee)
			p.date(p.join(rpath, "date"), resp.Date, false)
			if resp.Consultee == "" {
				continue
			}
			switch resp.Kind {
			case ConsulteeCommissioner:
				if !commissioners.has(resp.Consultee) {
					p.add(p.join(rpath, "consultee"), "no commissioner %q in the economy", resp.Consultee)
				}
			case ConsulteeLocalAuthority:
				if !authorities.has(resp.Consultee) {
					p.add(p.join(rpath, "consultee"), "no local authority %q in the economy", resp.Consultee)
				}
			case ConsulteeProvider:
				if !providers.has(resp.Consultee) {
					p.add(p.join(rpath, "consultee"), "no provider %q in the economy", resp.Consultee)
				}
			}
		}
		submittedOK := after(p.join(path, "submitted"), r.Submitted, false)
		decidedOK := after(p.join(path, "decided"), r.Decided, false)
		notBefore(p.join(path, "decided"), r.Decided, decidedOK, "submitted", r.Submitted, submittedOK)
		if r.Route != SpecialAdministration && !r.Submitted.IsZero() {
			p.add(p.join(path, "submitted"), "is only for a special administration's final report")
		}
		p.outcome(path, r.Decided, r.Outcome, false)
		if f := r.Referral; f != nil {
			fpath := p.join(path, "referral")
			if len(f.By) == 0 {
				p.add(p.join(fpath, "by"), "is required: name the local authorities that referred the proposal")
			}
			for j, la := range f.By {
				p.required(p.index(p.join(fpath, "by"), j), la)
				if la != "" && !authorities.has(la) {
					p.add(p.index(p.join(fpath, "by"), j), "no local authority %q in the economy", la)
				}
			}
			p.once(f.By, func(j int) string { return p.index(p.join(fpath, "by"), j) })
			if r.Route == SpecialAdministration {
				p.add(fpath, "a special administrator's recommendations go to the Secretary of State, not through a local authority's referral")
			}
			recOK := after(p.join(fpath, "received"), f.Received, true)
			if recOK && !f.Received.Before(referralsEndFrom) {
				p.add(p.join(fpath, "received"), "local authorities could not refer proposals to the Secretary of State from %s (SI 2024/16)", referralsEndFrom)
			}
			advOK := after(p.join(fpath, "panel_advice"), f.PanelAdvice, false)
			notBefore(p.join(fpath, "panel_advice"), f.PanelAdvice, advOK, "received", f.Received, recOK)
			decOK := after(p.join(fpath, "decided"), f.Decided, false)
			notBefore(p.join(fpath, "decided"), f.Decided, decOK, "received", f.Received, recOK)
			p.outcome(fpath, f.Decided, f.Outcome, false)
		}
		if ci := r.CallIn; ci != nil {
			cipath := p.join(path, "call_in")
			reqOK := after(p.join(cipath, "requested"), ci.Requested, true)
			if reqOK && ci.Requested.Before(callInFrom) {
				p.add(p.join(cipath, "requested"), "the Secretary of State's power to call in a reconfiguration exists only from %s (Health and Care Act 2022 s.46, Sch 6)", callInFrom)
			}
			advOK := after(p.join(cipath, "panel_advice"), ci.PanelAdvice, false)
			notBefore(p.join(cipath, "panel_advice"), ci.PanelAdvice, advOK, "requested", ci.Requested, reqOK)
			decOK := after(p.join(cipath, "decided"), ci.Decided, false)
			notBefore(p.join(cipath, "decided"), ci.Decided, decOK, "requested", ci.Requested, reqOK)
			p.outcome(cipath, ci.Decided, ci.Outcome, true)
		}
		for j, cr := range r.Rulings {
			rpath := p.index(p.join(path, "rulings"), j)
			p.required(p.join(rpath, "court"), cr.Court)
			after(p.join(rpath, "date"), cr.Date, true)
			for k, s := range cr.Services {
				spath := p.index(p.join(rpath, "services"), k)
				p.required(p.join(spath, "provider"), s.Provider)
				p.required(p.join(spath, "service"), s.Service)
				if s.Provider != "" && s.Service != "" && !r.Names(s.Provider, s.Service) {
					p.add(spath, "%s is not one of the reconfiguration's services", s)
				}
			}
		}
		p.citations(p.join(path, "sources"), r.Sources)
	}
}

// serviceRef checks a reference to a service of a provider of e.
func (p *problems) serviceRef(path string, e *Economy, s ServiceRef, providers known) {
	p.required(p.join(path, "provider"), s.Provider)
	p.required(p.join(path, "service"), s.Service)
	if s.Provider == "" || s.Service == "" {
		return
	}
	pr, ok := e.Provider(s.Provider)
	if !ok {
		if !providers.has(s.Provider) {
			p.add(p.join(path, "provider"), "no provider %q in the economy", s.Provider)
		}
		return
	}
	if _, ok := pr.Service(s.Service); !ok {
		p.add(p.join(path, "service"), "no service %q in provider %s", s.Service, s.Provider)
	}
}

// outcome checks a decision's outcome: given only with its date; the
// outcome not_called_in only of a call-in.
func (p *problems) outcome(path string, decided Date, o ChangeOutcome, callIn bool) {
	enumValue(p, p.join(path, "outcome"), o, false)
	switch {
	case o != ChangeOutcomeUnknown && decided.IsZero():
		p.add(p.join(path, "outcome"), "is only for a decision: give decided")
	case o == ChangeNotCalledIn && !callIn:
		p.add(p.join(path, "outcome"), "%s is the outcome of a call-in request", ChangeNotCalledIn)
	}
}

// count checks an optional count that cannot be negative.
func (p *problems) count(path string, n *int) {
	if n != nil && *n < 0 {
		p.add(path, "must not be negative")
	}
}
