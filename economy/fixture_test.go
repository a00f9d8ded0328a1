package economy_test

import (
	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
)

// money returns a given figure; trailing zeros are kept on purpose, so
// that round trips exercise Equal rather than DeepEqual.
func money(s string) decimal.NullDecimal {
	return decimal.NewNullDecimal(decimal.RequireFromString(s))
}

func ptr[T any](v T) *T { return &v }

func date(s string) economy.Date { return economy.MustDate(s) }

func fy(year int) economy.Period { return economy.FinancialYear(year) }

// rich returns a valid Economy in which every field of every type is set
// at least once; TestRichSetsEveryField keeps it that way as types grow.
// The figures are plausible, not real.
func rich() economy.Economy {
	source := economy.Citation{
		Document: "Risk assessment framework", Issuer: "Monitor", Year: 2013,
		Section: "Appendix A", URL: "https://example.org/raf", Verified: true, Note: "as updated",
	}
	return economy.Economy{
		ID:     "nhs-cumbria",
		Name:   "North Cumbria",
		Region: "North of England",
		Commissioners: []economy.Commissioner{{
			ID:         "01H",
			Name:       "NHS Cumbria CCG",
			Kind:       economy.CCG,
			Population: ptr(int64(500000)),
			Allocation: money("800000000.00"),
			Ratings: []economy.PublishedRating{
				{Scheme: economy.CCGAssurance, Period: fy(2014), Published: date("2015-07-16"), Value: "assured_with_support", Source: &source},
				{Scheme: economy.CCGAssurance, Period: fy(2015), Published: date("2016-07-21"), Value: "inadequate", Source: &source},
			},
			Directions: []economy.Direction{{
				Issued: date("2015-06-01"), Revoked: date("2017-06-01"),
				Section: "s14Z21", Description: "financial recovery",
			}},
			Finance: []economy.CommissionerFinance{{
				Period: fy(2015), Allocation: money("810000000"),
				Surplus: money("-12500000.50"), PlannedSurplus: money("0"), Published: date("2016-07-21"),
			}},
			Spells: []economy.Spell{{
				Regime: economy.LegalDirections, Start: date("2015-06-01"),
				End: date("2017-06-01"), Reason: "deficit", Source: &source,
			}},
			Sources: []economy.Citation{source},
		}},
		Providers: []economy.Provider{
			{
				ID: "RNL", Name: "North Cumbria University Hospitals",
				Kind: economy.KindNHSTrust, Ownership: economy.StateOwned,
				Licensed: ptr(true), PeerGroup: "acute",
				Services: []economy.Service{
					{
						ID: "ae-cic", Name: "A&E at Cumberland Infirmary",
						Category: "urgent_and_emergency", Location: "Cumberland Infirmary",
						Designation:        economy.LocationSpecific,
						Commissioners:      []string{"01H"},
						Alternatives:       []economy.Alternative{{ProviderID: "RTF", DistanceKm: money("95.5"), TravelMins: money("80"), HasCapacity: ptr(false)}},
						WidensInequalities: ptr(true), DependentsUnviable: ptr(true), SystemicImportance: ptr(false),
						Dependents:  []string{"maternity-cic"},
						AnnualValue: money("42000000.00"),
					},
					{ID: "maternity-cic", Name: "Maternity at Cumberland Infirmary"},
				},
				Assets: []economy.Asset{{
					ID: "cic-site", Description: "Cumberland Infirmary site", Class: economy.Land,
					Value: money("120000000"), PubliclyFunded: ptr(true), NeededFor: []string{"ae-cic"},
				}},
				Accounts: []economy.Accounts{{
					Period: fy(2014), YearToDate: true,
					OperatingIncome: money("300000000.10"), OperatingExpenses: money("320000000"),
					Depreciation: money("9000000"), EBITDA: money("-11000000"), PlannedEBITDA: money("2000000"),
					Surplus: money("-28000000"), PlannedSurplus: money("-5000000"), ForecastSurplus: money("-30000000"),
					ExceptionalIncome: money("1000000"), PDCDividend: money("3000000"),
					InterestPayable: money("400000"), InterestReceivable: money("20000"),
					LoanRepayments: money("500000"), FinanceLeaseRepayments: money("100000"), PFIRepayments: money("2500000"),
					CurrentAssets: money("40000000"), Inventories: money("4000000"), CurrentLiabilities: money("60000000"),
					CommittedFacilities: money("10000000"), WorkingCapitalFacility: money("15000000"),
					AverageAssetsEmployed: money("250000000"), AgencySpend: money("18000000"), AgencyCeiling: money("12000000"),
					CapitalExpenditure: money("9000000"), PlannedCapitalExpenditure: money("12000000"),
					ControlTotal: money("-20000000"), Published: date("2015-06-10"),
					ControlTotalEvents: []economy.ControlTotalEvent{{Date: date("2014-07-01"), Status: economy.ControlTotalRefused,
						Note: "board declined the offer", Source: &source}},
					BorrowingLimitBreached: ptr(false), PDCDividendUnpaid: ptr(false), PlanLate: ptr(true),
					PlanIncomplete: ptr(false), LoanRepaymentAtRisk: ptr(true), DeficitSupport: ptr(true),
				}},
				InspectionsComplete: true,
				Inspections: []economy.Inspection{{
					Scope: economy.ScopeProvider, Location: "Cumberland Infirmary",
					Started: date("2014-01-14"), Published: date("2014-04-03"),
					Ratings: economy.KeyQuestionRatings{
						Safe: economy.Inadequate, Effective: economy.RequiresImprovement, Caring: economy.Good,
						Responsive: economy.RequiresImprovement, WellLed: economy.Inadequate,
					},
					Overall: economy.Inadequate, UseOfResources: economy.RequiresImprovement,
					RequirementNotices:        []economy.Notice{{KeyQuestion: economy.Safe, Regulation: "Regulation 12", Issued: date("2014-04-03")}},
					WarningNotices:            []economy.Notice{{KeyQuestion: economy.WellLed, Regulation: "Regulation 17", Issued: date("2014-04-03")}},
					RecommendsSpecialMeasures: ptr(true),
				}, {
					Scope: economy.ScopeProvider, Started: date("2015-04-14"), Pending: true,
				}},
				Performance: []economy.Performance{{
					Period: fy(2014), AE4Hours: money("91.20"), RTTIncomplete18Weeks: money("92"),
					RTTAdmitted18Weeks: money("88.5"), RTTNonAdmitted18Wks: money("95"),
					Cancer2WeekWait: money("93.1"), Cancer31Day: money("97"), Cancer62Day: money("80"),
					Cancer28DayFDS: money("75"), DiagnosticsOver6Wks: money("1.5"), AmbulanceCatA8Min: money("100"),
					CDifficileCases: money("12"), CDifficileObjective: money("9"),
					Other: map[string]decimal.Decimal{"friends_and_family": decimal.RequireFromString("85.0")},
				}},
				Workforce: []economy.Workforce{{Period: fy(2014), VacancyRate: money("11.5"), AgencyShare: money("7.25"),
					AgencySpend: money("16500000.00"), PlannedAgencySpend: money("16000000"), Note: "locums and agency", Source: &source}},
				Ratings: []economy.PublishedRating{{Scheme: economy.MonitorFRR, Period: fy(2012), Published: date("2013-05-30"),
					Value: "2", Note: "Q4 2012/13", Source: &source}},
				CQCActions: []economy.CQCAction{{Kind: economy.WarningNotice, Start: date("2013-04-03"), End: date("2013-09-01"),
					Location: "Cumberland Infirmary", Note: "staffing", Source: &source}},
				Governance: economy.Governance{
					Breaches: []economy.Breach{{
						Condition: "FT4", Status: economy.BreachFound, Date: date("2013-07-16"),
						Resolved: date("2016-01-01"), Description: "governance",
					}},
					Undertakings:  []economy.Undertaking{{Date: date("2013-07-16"), Released: date("2016-01-01"), Description: "recovery plan"}},
					Spells:        []economy.Spell{{Regime: economy.QualitySpecialMeasures, Start: date("2013-07-16"), End: date("2016-03-01")}},
					LowCapability: ptr(true), CatastrophicFailure: ptr(false), UnableToPayDebts: ptr(false), SeriousQualityFailure: ptr(true),
				},
				Sources: []economy.Citation{source},
			},
			{
				ID: "RTF", Name: "Northumbria Healthcare", Kind: economy.KindFoundationTrust,
				Authorised: date("2006-08-01"),
			},
		},
		LocalAuthorities: []economy.LocalAuthority{{ID: "E10000006", Name: "Cumbria County Council"}},
		Reconfigurations: []economy.Reconfiguration{{
			ID: "ae-downgrade", Name: "Downgrade A&E at Cumberland Infirmary", Route: economy.CommissionerLed,
			Services: []economy.ServiceRef{{Provider: "RNL", Service: "ae-cic"}},
			Proposed: date("2016-10-03"),
			Consultation: economy.Consultation{
				Start: date("2016-10-07"), End: date("2016-12-01"), PublicMeetings: ptr(3), StaffMeetings: ptr(2),
				Responses: []economy.ConsultationResponse{{Consultee: "01H", Kind: economy.ConsulteeCommissioner, Date: date("2016-11-30"), Supports: ptr(false), Note: "opposed"}},
			},
			Engagement: ptr(true), ClinicalEvidence: ptr(true), PatientChoice: ptr(false),
			Beds:    &economy.BedClosure{Significant: ptr(true), AlternativeProvision: ptr(false), NewTreatments: ptr(false), EfficiencyPlan: ptr(true)},
			Decided: date("2017-01-20"), Outcome: economy.ChangeApprovedWithChanges,
			Referral: &economy.Referral{By: []string{"E10000006"}, Received: date("2017-02-01"), PanelAdvice: date("2017-03-01"),
				Decided: date("2017-05-01"), Outcome: economy.ChangeApproved},
			CallIn: &economy.CallIn{Requested: date("2024-02-01"), Requester: "a campaign", PanelAdvice: date("2024-03-01"),
				Decided: date("2024-04-01"), Outcome: economy.ChangeNotCalledIn},
			Rulings: []economy.CourtRuling{{Court: "High Court", Citation: "[2017] EWHC 1 (Admin)", Date: date("2017-07-31"), Quashes: true,
				Services: []economy.ServiceRef{{Provider: "RNL", Service: "ae-cic"}}, Note: "outside the powers"}},
			Note:    "plausible, not real",
			Sources: []economy.Citation{source},
		}, {
			ID: "tsa-rnl", Name: "Special administrator's recommendations", Route: economy.SpecialAdministration, Trust: "RNL",
			Services: []economy.ServiceRef{{Provider: "RNL", Service: "maternity-cic"}},
			Proposed: date("2018-01-08"), Submitted: date("2018-03-01"),
		}},
		System: []economy.SystemFinance{{
			Period: fy(2015), PlannedSurplus: money("-40000000"), Surplus: money("-55000000"), Income: money("1200000000"),
			Published: date("2016-06-30"),
		}},
		Spells: []economy.Spell{{Regime: economy.SuccessRegime, Start: date("2015-06-03"), End: date("2018-03-31"),
			EndNote: "not announced: the programme's funding ended with the year", EndSource: &source}},
		Ratings:    []economy.PublishedRating{{Scheme: economy.SystemSegment, Period: fy(2021), Published: date("2021-11-11"), Value: "4", Source: &source}},
		Collection: true,
		Obligations: []economy.Obligation{{
			Kind: economy.TransitionalFunding, Regime: economy.SuccessRegime, Amount: money("6200000.50"),
			Condition: "delivery of the plan", Partners: []string{"Northumbria"}, Due: date("2016-03-31"),
			Events: []economy.ObligationEvent{{Date: date("2016-04-01"), Status: economy.ObligationReleased, Note: "paid", Source: &source}},
			Note:   "first tranche", Source: &source,
		}, {Kind: economy.NewCareModel, Regime: economy.SuccessRegime, Model: "viable smaller hospital", Source: &source}},
		Sources: []economy.Citation{source},
	}
}
