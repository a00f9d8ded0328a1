package timetable

import (
	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/enum"
)

// TSAStep is one step of the statutory timetable of a trust special
// administration (NHS Act 2006 Chapter 5A). The zero TSAStep is unknown.
type TSAStep uint8

// The steps, in statutory order: those of every administration, then the
// decision on an NHS trust, then the decisions on a foundation trust.
const (
	TSAStepUnknown          TSAStep = iota
	StepAppointment                 // the administrator's appointment takes effect (s.65B(3), s.65D(3))
	StepDraftReport                 // draft report (s.65F(1))
	StepConsultationStart           // consultation on the draft begins (s.65G)
	StepConsultationEnd             // consultation ends (s.65G)
	StepFinalReport                 // final report (s.65I(1))
	StepDecision                    // NHS trust: the Secretary of State decides (s.65K)
	StepNHSEnglandDecision          // NHS trust, from 1 July 2022: NHS England decides alongside (Health and Care Act 2022 Sch. 8)
	StepRegulatorDecision           // foundation trust: the regulator decides whether it is satisfied (s.65KA(1))
	StepSecretaryDecision           // foundation trust: the Secretary of State decides (s.65KB(1))
	StepResubmission                // foundation trust: the administrator resubmits the report (s.65KC(1))
	StepRegulatorRedecision         // foundation trust: the regulator on the resubmitted report (s.65KC(2)(a))
	StepSecretaryRedecision         // foundation trust: the Secretary of State on the resubmitted report (s.65KD(1))
)

var tsaStepWords = enum.New("TSAStep",
	"unknown", "appointment", "draft_report", "consultation_start", "consultation_end", "final_report", "decision",
	"nhs_england_decision", "regulator_decision", "secretary_decision", "resubmission", "regulator_redecision",
	"secretary_redecision")

// String returns the step's lower snake word, e.g. "draft_report".
func (s TSAStep) String() string { return tsaStepWords.Name(uint8(s)) }

// MarshalText encodes s as its String word.
func (s TSAStep) MarshalText() ([]byte, error) { return tsaStepWords.Marshal(uint8(s)) }

// UnmarshalText decodes a String word.
func (s *TSAStep) UnmarshalText(text []byte) error { return enum.Unmarshal(tsaStepWords, text, s) }

// TSAPeriod is one statutory period: n working days, beginning with the
// day of an earlier step, and the source of n.
type TSAPeriod struct {
	WorkingDays int              `json:"working_days"`
	Source      economy.Citation `json:"source"`
}

// TSAPeriods are the periods of Chapter 5A as one text of the law set
// them. Every period is "the period of n working days beginning with the
// day" of the step it counts from. The zero TSAPeriods has no periods:
// [TSATimetable] refuses it. Use [TSAPeriodsFor].
type TSAPeriods struct {
	Law               string    `json:"law"`                // "2010", "2014" or "2022"
	Regulator         string    `json:"regulator"`          // who decides on a foundation trust: "Monitor" or "NHS England"
	Appointment       TSAPeriod `json:"appointment"`        // from the order
	DraftReport       TSAPeriod `json:"draft_report"`       // from the appointment taking effect
	ConsultationStart TSAPeriod `json:"consultation_start"` // from the draft's publication
	Consultation      TSAPeriod `json:"consultation"`       // its length, from its first day
	FinalReport       TSAPeriod `json:"final_report"`       // from the day the consultation ends
	// NHS trusts.
	Decision           TSAPeriod `json:"decision"`                      // the Secretary of State, from the day the final report is received
	NHSEnglandDecision TSAPeriod `json:"nhs_england_decision,omitzero"` // from 1 July 2022, alongside
	// Foundation trusts (ss.65KA-65KD, from 1 November 2012 for any
	// foundation trust; Mid Staffordshire, 2013, was the first).
	RegulatorDecision   TSAPeriod `json:"regulator_decision"`   // s.65KA(1): from the final report
	SecretaryDecision   TSAPeriod `json:"secretary_decision"`   // s.65KB(1): from the regulator's notice
	Resubmission        TSAPeriod `json:"resubmission"`         // s.65KC(1): from the regulator's notice that it is not satisfied
	RegulatorRedecision TSAPeriod `json:"regulator_redecision"` // s.65KC(2)(a): from the resubmitted report
	SecretaryRedecision TSAPeriod `json:"secretary_redecision"` // s.65KD(1): from the regulator's notice
	// OuterLimit is the period of s.65KD(9), 60 working days, reported
	// with a foundation trust's timetable.
	OuterLimit TSAPeriod `json:"outer_limit"`
}

// Sources of the timetable.
var (
	citeChapter5A = "https://www.legislation.gov.uk/ukpga/2006/41/part/2/chapter/5A/2013-04-01?view=plain+extent"
	citeS65B3     = economy.Citation{Document: "National Health Service Act 2006", Issuer: "legislation.gov.uk",
		Section: "s.65B(3): the appointment takes effect within the period of 5 working days beginning with the day on which the order is made",
		URL:     citeChapter5A, Verified: true}
	citeS65F2010 = economy.Citation{Document: "National Health Service Act 2006, as inserted by the Health Act 2009 s.16", Issuer: "legislation.gov.uk", Year: 2009,
		Section: "s.65F(1): draft report within 45 working days beginning with the day on which the appointment takes effect",
		URL:     citeChapter5A, Verified: true}
	citeS65F2014 = economy.Citation{Document: "National Health Service Act 2006, as amended by the Care Act 2014 s.120", Issuer: "legislation.gov.uk", Year: 2014,
		Section: "s.65F(1): draft report within 65 working days; in force 15 July 2014 (SI 2014/1714 art. 3(2)(c))",
		URL:     "https://www.legislation.gov.uk/ukpga/2006/41/section/65F/2019-12-02", Verified: true}
	citeS65G2010 = economy.Citation{Document: "National Health Service Act 2006, as inserted by the Health Act 2009 s.16", Issuer: "legislation.gov.uk", Year: 2009,
		Section: "s.65G: a consultation period of 30 working days, whose first day is within the period of 5 working days beginning with the day the draft report is published",
		URL:     "https://publications.parliament.uk/pa/cm200809/cmbills/124/09124.14-20.html", Verified: true,
		Note: "read in the bill as printed for the Commons (Bill 124, 2008-09); the enacted text was not read"}
	citeS65G2014 = economy.Citation{Document: "Care Act 2014", Issuer: "legislation.gov.uk", Year: 2014,
		Section: "s.120: in s.65G of the NHS Act 2006, 30 working days become 40; in force 15 July 2014 (SI 2014/1714 art. 3(2)(c))",
		URL:     "https://www.legislation.gov.uk/ukpga/2014/23/section/120", Verified: true}
	citeS65I = economy.Citation{Document: "National Health Service Act 2006, as inserted by the Health Act 2009 s.16", Issuer: "legislation.gov.uk", Year: 2009,
		Section: "s.65I(1): final report within the period of 15 working days beginning with the end of the consultation period; unchanged by the Care Act 2014 and the Health and Care Act 2022",
		URL:     citeChapter5A, Verified: true,
		Note: "South London Healthcare: consultation closed 13 December 2012, final report given on 7 January 2013, the 15th working day counting 13 December (Hansard, 8 January 2013)"}
	citeS65K = economy.Citation{Document: "National Health Service Act 2006, as inserted by the Health Act 2009 s.16", Issuer: "legislation.gov.uk", Year: 2009,
		Section: "s.65K: the Secretary of State decides within the period of 20 working days beginning with the day on which the final report is received",
		URL:     citeChapter5A, Verified: true,
		Note: "South London Healthcare: final report received 7 January 2013; 'I am under a statutory duty to make a decision by 1 February' (Hansard, 8 January 2013); decided 31 January"}
	citeNHSE2022 = economy.Citation{Document: "Health and Care Act 2022, Schedule 8", Issuer: "legislation.gov.uk", Year: 2022,
		Section: "NHS England takes the regulator's place in Chapter 5A from 1 July 2022 and decides on an NHS trust's final report within 20 working days; day counts unchanged",
		URL:     "https://www.legislation.gov.uk/ukpga/2022/31/schedule/8/enacted?view=interweave", Verified: true}
	citeS65KA = economy.Citation{Document: "Health and Social Care Act 2012", Issuer: "legislation.gov.uk", Year: 2012,
		Section: "s.177, inserting s.65KA(1) of the NHS Act 2006: the regulator decides within 20 working days whether it is satisfied with the final report",
		URL:     "https://www.legislation.gov.uk/ukpga/2012/7/section/177", Verified: true}
	citeS65KB = economy.Citation{Document: "Health and Social Care Act 2012", Issuer: "legislation.gov.uk", Year: 2012,
		Section: "s.177, inserting s.65KB(1): the Secretary of State decides within 30 working days",
		URL:     "https://www.legislation.gov.uk/ukpga/2012/7/section/177", Verified: true,
		Note: "Mid Staffordshire: Monitor passed the report on 16 January 2014; the Secretary of State decided on 26 February 2014, the 30th working day counting 16 January"}
	citeS65KC = economy.Citation{Document: "Health and Social Care Act 2012", Issuer: "legislation.gov.uk", Year: 2012,
		Section: "s.177, inserting s.65KC: the administrator resubmits within 20 working days (s.65KC(1)); the regulator's period on it is then 10 (s.65KC(2)(a))",
		URL:     "https://www.legislation.gov.uk/ukpga/2012/7/section/177", Verified: true}
	citeS65KD = economy.Citation{Document: "Health and Social Care Act 2012", Issuer: "legislation.gov.uk", Year: 2012,
		Section: "s.177, inserting s.65KD: the Secretary of State on a resubmitted report within 30 working days (s.65KD(1)); 60 working days (s.65KD(9))",
		URL:     "https://www.legislation.gov.uk/ukpga/2012/7/section/177", Verified: true,
		Note: "what the 60 working days of s.65KD(9) run from was not read: it is reported, counted from the resubmitted report, not used for any other deadline"}
	citeS65J = economy.Citation{Document: "The South London Healthcare National Health Service Trust (Extension of Time for Trust Special Administrator to Provide Draft Report) Order 2012", Issuer: "Orderpaper", Year: 2012,
		Section: "s.65J(2): the Secretary of State may extend a period by order (here the draft's 45 working days to 75)",
		URL:     "https://www.orderpaper.co.uk/si/the-south-london-healthcare-national-health-service-trust-extension-of-time-for-trust-special-ad", Verified: true}
)

// The days the law changed: Chapter 5A in force (Health Act 2009 s.16,
// SI 2010/30 art. 3(a)); the Care Act 2014 periods (SI 2014/1714 art.
// 3(2)); NHS England in the regulator's place (Health and Care Act 2022).
var (
	chapter5AFrom = economy.MustDate("2010-02-15")
	tsa2014From   = economy.MustDate("2014-07-15")
	tsa2022From   = economy.MustDate("2022-07-01")
)

// TSAPeriodsFor returns the periods of the law in force on the day of the
// order, and false before Chapter 5A came into force (15 February 2010).
// Orders from 15 July 2014 take the Care Act 2014 periods (65 working days
// for the draft, 40 for the consultation); the final report's 15 working
// days and the decisions' periods never changed. From 1 July 2022 NHS
// England decides in the regulator's place.
func TSAPeriodsFor(order economy.Date) (TSAPeriods, bool) {
	if !order.Valid() || order.Before(chapter5AFrom) {
		return TSAPeriods{}, false
	}
	p := TSAPeriods{Law: "2010", Regulator: "Monitor",
		Appointment: TSAPeriod{5, citeS65B3}, DraftReport: TSAPeriod{45, citeS65F2010},
		ConsultationStart: TSAPeriod{5, citeS65G2010}, Consultation: TSAPeriod{30, citeS65G2010},
		FinalReport: TSAPeriod{15, citeS65I}, Decision: TSAPeriod{20, citeS65K},
		RegulatorDecision: TSAPeriod{20, citeS65KA}, SecretaryDecision: TSAPeriod{30, citeS65KB},
		Resubmission: TSAPeriod{20, citeS65KC}, RegulatorRedecision: TSAPeriod{10, citeS65KC},
		SecretaryRedecision: TSAPeriod{30, citeS65KD}, OuterLimit: TSAPeriod{60, citeS65KD}}
	if !order.Before(tsa2014From) {
		p.Law = "2014"
		p.DraftReport = TSAPeriod{65, citeS65F2014}
		p.Consultation = TSAPeriod{40, citeS65G2014}
	}
	if !order.Before(tsa2022From) {
		p.Law, p.Regulator = "2022", "NHS England"
		p.NHSEnglandDecision = TSAPeriod{20, citeNHSE2022}
	}
	return p, true
}
