package api

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/economy/synth"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// richEconomy is an economy in which every field of every type is set at
// least once (the economy package's own rich fixture, as JSON);
// TestRichRequestSetsEveryField keeps it so as the types grow.
const richEconomy = `{
  "id": "nhs-cumbria",
  "name": "North Cumbria",
  "region": "North of England",
  "commissioners": [
    {
      "id": "01H",
      "name": "NHS Cumbria CCG",
      "kind": "ccg",
      "population": 500000,
      "allocation": "800000000",
      "ratings": [{"scheme": "ccg_assurance", "period": {"from": "2015-04-01", "to": "2016-03-31"}, "published": "2016-07-21", "value": "inadequate", "source": {"document": "Monitor ratings", "issuer": "Monitor", "year": 2013, "verified": false}}],
      "directions": [
        {
          "issued": "2015-06-01",
          "revoked": "2017-06-01",
          "section": "s14Z21",
          "description": "financial recovery"
        }
      ],
      "finance": [
        {
          "period": {
            "from": "2015-04-01",
            "to": "2016-03-31"
          },
          "allocation": "810000000",
          "surplus": "-12500000.5",
          "planned_surplus": "0",
          "published": "2016-07-21"
        }
      ],
      "spells": [
        {
          "regime": "legal_directions",
          "start": "2015-06-01",
          "end": "2017-06-01",
          "reason": "deficit",
          "source": {
            "document": "Risk assessment framework",
            "issuer": "Monitor",
            "year": 2013,
            "section": "Appendix A",
            "url": "https://example.org/raf",
            "verified": true,
            "note": "as updated"
          }
        }
      ],
      "sources": [
        {
          "document": "Risk assessment framework",
          "issuer": "Monitor",
          "year": 2013,
          "section": "Appendix A",
          "url": "https://example.org/raf",
          "verified": true,
          "note": "as updated"
        }
      ]
    }
  ],
  "providers": [
    {
      "id": "RNL",
      "name": "North Cumbria University Hospitals",
      "kind": "nhs_trust",
      "ownership": "state_owned",
      "licensed": true,
      "peer_group": "acute",
      "services": [
        {
          "id": "ae-cic",
          "name": "A\u0026E at Cumberland Infirmary",
          "category": "urgent_and_emergency",
          "location": "Cumberland Infirmary",
          "designation": "location_specific",
          "commissioners": [
            "01H"
          ],
          "alternatives": [
            {
              "provider_id": "RTF",
              "distance_km": "95.5",
              "travel_minutes": "80",
              "has_capacity": false
            }
          ],
          "widens_inequalities": true,
          "dependents_unviable": true,
          "systemic_importance": false,
          "dependents": [
            "maternity-cic"
          ],
          "annual_value": "42000000"
        },
        {
          "id": "maternity-cic",
          "name": "Maternity at Cumberland Infirmary"
        }
      ],
      "assets": [
        {
          "id": "cic-site",
          "description": "Cumberland Infirmary site",
          "class": "land",
          "value": "120000000",
          "publicly_funded": true,
          "needed_for": [
            "ae-cic"
          ]
        }
      ],
      "accounts": [
        {
          "period": {
            "from": "2014-04-01",
            "to": "2015-03-31"
          },
          "year_to_date": true,
          "operating_income": "300000000.1",
          "operating_expenses": "320000000",
          "depreciation": "9000000",
          "ebitda": "-11000000",
          "planned_ebitda": "2000000",
          "surplus": "-28000000",
          "planned_surplus": "-5000000",
          "forecast_surplus": "-30000000",
          "exceptional_income": "1000000",
          "pdc_dividend": "3000000",
          "interest_payable": "400000",
          "interest_receivable": "20000",
          "loan_repayments": "500000",
          "finance_lease_repayments": "100000",
          "pfi_repayments": "2500000",
          "current_assets": "40000000",
          "inventories": "4000000",
          "current_liabilities": "60000000",
          "committed_facilities": "10000000",
          "working_capital_facility": "15000000",
          "average_assets_employed": "250000000",
          "agency_spend": "18000000",
          "agency_ceiling": "12000000",
          "capital_expenditure": "9000000",
          "planned_capital_expenditure": "12000000",
          "control_total": "-20000000",
          "control_total_events": [
            {
              "date": "2014-07-01",
              "status": "refused",
              "note": "board declined the offer",
              "source": {
                "document": "Risk assessment framework",
                "issuer": "Monitor",
                "year": 2013
              }
            }
          ],
          "published": "2015-06-10",
          "borrowing_limit_breached": false,
          "pdc_dividend_unpaid": false,
          "plan_late": true,
          "plan_incomplete": false,
          "loan_repayment_at_risk": true,
          "deficit_support": true
        }
      ],
      "inspections_complete": true,
      "inspections": [
        {
          "scope": "provider",
          "location": "Cumberland Infirmary",
          "started": "2014-01-14",
          "published": "2014-04-03",
          "ratings": {
            "safe": "inadequate",
            "effective": "requires_improvement",
            "caring": "good",
            "responsive": "requires_improvement",
            "well_led": "inadequate"
          },
          "overall": "inadequate",
          "use_of_resources": "requires_improvement",
          "requirement_notices": [
            {
              "key_question": "safe",
              "regulation": "Regulation 12",
              "issued": "2014-04-03"
            }
          ],
          "warning_notices": [
            {
              "key_question": "well_led",
              "regulation": "Regulation 17",
              "issued": "2014-04-03"
            }
          ],
          "recommends_special_measures": true
        },
        {
          "scope": "provider",
          "started": "2015-04-14",
          "pending": true
        }
      ],
      "performance": [
        {
          "period": {
            "from": "2014-04-01",
            "to": "2015-03-31"
          },
          "ae_4_hours": "91.2",
          "rtt_incomplete_18_weeks": "92",
          "rtt_admitted_18_weeks": "88.5",
          "rtt_non_admitted_18_weeks": "95",
          "cancer_2_week_wait": "93.1",
          "cancer_31_day": "97",
          "cancer_62_day": "80",
          "cancer_28_day_fds": "75",
          "diagnostics_over_6_weeks": "1.5",
          "ambulance_cat_a_8_minutes": "100",
          "cdiff_cases": "12",
          "cdiff_objective": "9",
          "other": {
            "friends_and_family": "85"
          }
        }
      ],
      "workforce": [{"period": {"from": "2014-04-01", "to": "2015-03-31"}, "vacancy_rate": "11.5", "agency_share": "7.25", "agency_spend": "16500000", "planned_agency_spend": "16000000", "note": "locums and agency", "source": {"document": "Monitor ratings", "issuer": "Monitor", "year": 2013, "verified": false}}],
      "ratings": [{"scheme": "monitor_frr", "period": {"from": "2013-01-01", "to": "2013-03-31"}, "published": "2013-05-30", "value": "2", "note": "Q4", "source": {"document": "Monitor ratings", "issuer": "Monitor", "year": 2013, "verified": false}}],
      "cqc_actions": [{"kind": "warning_notice", "start": "2013-04-03", "end": "2013-09-01", "location": "Cumberland Infirmary", "note": "staffing", "source": {"document": "Monitor ratings", "issuer": "Monitor", "year": 2013, "verified": false}}],
      "governance": {
        "breaches": [
          {
            "condition": "FT4",
            "status": "found",
            "date": "2013-07-16",
            "resolved": "2016-01-01",
            "description": "governance"
          }
        ],
        "undertakings": [
          {
            "date": "2013-07-16",
            "released": "2016-01-01",
            "description": "recovery plan"
          }
        ],
        "spells": [
          {
            "regime": "quality_special_measures",
            "start": "2013-07-16",
            "end": "2016-03-01"
          }
        ],
        "low_capability": true,
        "catastrophic_failure": false,
        "unable_to_pay_debts": false,
        "serious_quality_failure": true
      },
      "sources": [
        {
          "document": "Risk assessment framework",
          "issuer": "Monitor",
          "year": 2013,
          "section": "Appendix A",
          "url": "https://example.org/raf",
          "verified": true,
          "note": "as updated"
        }
      ]
    },
    {
      "id": "RTF",
      "name": "Northumbria Healthcare",
      "kind": "nhs_foundation_trust",
      "authorised": "2006-08-01"
    }
  ],
  "local_authorities": [
    {
      "id": "E10000006",
      "name": "Cumbria County Council"
    }
  ],
  "reconfigurations": [
    {
      "id": "ae-downgrade",
      "name": "Downgrade A\u0026E at Cumberland Infirmary",
      "route": "commissioner_led",
      "services": [{"provider": "RNL", "service": "ae-cic"}],
      "proposed": "2016-10-03",
      "consultation": {
        "start": "2016-10-07",
        "end": "2016-12-01",
        "public_meetings": 3,
        "staff_meetings": 2,
        "responses": [{"consultee": "01H", "kind": "commissioner", "date": "2016-11-30", "supports": false, "note": "opposed"}]
      },
      "engagement": true,
      "clinical_evidence": true,
      "patient_choice": false,
      "beds": {"significant": true, "alternative_provision": false, "new_treatments": false, "efficiency_plan": true},
      "decided": "2017-01-20",
      "outcome": "approved_with_changes",
      "referral": {"by": ["E10000006"], "received": "2017-02-01", "panel_advice": "2017-03-01", "decided": "2017-05-01", "outcome": "approved"},
      "call_in": {"requested": "2024-02-01", "requester": "a campaign", "panel_advice": "2024-03-01", "decided": "2024-04-01", "outcome": "not_called_in"},
      "rulings": [{"court": "High Court", "citation": "[2017] EWHC 1 (Admin)", "date": "2017-07-31", "quashes": true, "services": [{"provider": "RNL", "service": "ae-cic"}], "note": "outside the powers"}],
      "note": "plausible, not real",
      "sources": [{"document": "Monitor ratings", "issuer": "Monitor", "year": 2013, "verified": false}]
    },
    {
      "id": "tsa-rnl",
      "name": "Special administrator's recommendations",
      "route": "special_administration",
      "trust": "RNL",
      "services": [{"provider": "RNL", "service": "maternity-cic"}],
      "proposed": "2018-01-08",
      "submitted": "2018-03-01"
    }
  ],
  "system": [
    {
      "period": {
        "from": "2015-04-01",
        "to": "2016-03-31"
      },
      "planned_surplus": "-40000000",
      "surplus": "-55000000",
      "income": "1200000000",
      "published": "2016-06-30"
    }
  ],
  "ratings": [{"scheme": "system_segment", "period": {"from": "2021-04-01", "to": "2022-03-31"}, "published": "2021-11-11", "value": "4", "source": {"document": "Monitor ratings", "issuer": "Monitor", "year": 2013, "verified": false}}],
  "spells": [
    {
      "regime": "success_regime",
      "start": "2015-06-03",
      "end": "2018-03-31",
      "end_note": "not announced: the programme's funding ended with the year",
      "end_source": {
        "document": "Risk assessment framework",
        "issuer": "Monitor",
        "year": 2013
      }
    }
  ],
  "collection": true,
  "obligations": [
    {
      "kind": "transitional_funding",
      "regime": "success_regime",
      "amount": "6200000.5",
      "condition": "delivery of the plan",
      "partners": ["Northumbria"],
      "due": "2016-03-31",
      "events": [{"date": "2016-04-01", "status": "released", "note": "paid", "source": {"document": "Risk assessment framework", "issuer": "Monitor", "year": 2013}}],
      "note": "first tranche",
      "source": {"document": "Risk assessment framework", "issuer": "Monitor", "year": 2013}
    },
    {"kind": "new_care_model", "regime": "success_regime", "model": "viable smaller hospital", "source": {"document": "Risk assessment framework", "issuer": "Monitor", "year": 2013}}
  ],
  "sources": [
    {
      "document": "Risk assessment framework",
      "issuer": "Monitor",
      "year": 2013,
      "section": "Appendix A",
      "url": "https://example.org/raf",
      "verified": true,
      "note": "as updated"
    }
  ]
}`

var (
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
	dateType        = reflect.TypeFor[economy.Date]()
)

// markFields records, for every exported field of every struct under v,
// whether it is non-zero somewhere. Decimals and dates are leaves.
func markFields(v reflect.Value, set map[string]bool) {
	switch v.Type() {
	case decimalType, nullDecimalType, dateType:
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			markFields(v.Elem(), set)
		}
	case reflect.Slice:
		for i := range v.Len() {
			markFields(v.Index(i), set)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			markFields(iter.Value(), set)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name := v.Type().Name() + "." + f.Name
			set[name] = set[name] || !v.Field(i).IsZero()
			markFields(v.Field(i), set)
		}
	}
}

// TestRichRequestSetsEveryField fails when a type reachable from
// economy.Economy gains a field richEconomy leaves unset, so that the
// round trip below keeps covering every field.
func TestRichRequestSetsEveryField(t *testing.T) {
	e, err := economy.Parse([]byte(richEconomy))
	require.NoError(t, err)
	set := map[string]bool{}
	markFields(reflect.ValueOf(e), set)
	require.Greater(t, len(set), 100)
	for name, ok := range set {
		assert.True(t, ok, "richEconomy never sets %s", name)
	}
}

// TestScaleRequestRoundTrip checks that the request path loses nothing:
// an economy sent in a request is, once read, exactly what economy.Parse
// reads from the same bytes (reflect.DeepEqual, so every field and every
// decimal's digits), it writes back to the same JSON, and the response
// judges it as regime.Assess does, naming every organisation, service and
// asset in it. It runs over the rich economy, every real case and a small
// synthetic England.
func TestScaleRequestRoundTrip(t *testing.T) {
	docs := map[string][]byte{"rich": []byte(richEconomy)}
	for _, name := range cases.Names() {
		raw, err := cases.Raw(name)
		require.NoError(t, err)
		docs[name] = raw
	}
	es, err := synth.Generate(11, synth.Config{Economies: 3, Providers: 18, Commissioners: 12, Date: economy.MustDate("2015-07-01")})
	require.NoError(t, err)
	for i := range es {
		data, err := json.Marshal(es[i])
		require.NoError(t, err)
		docs["synth "+es[i].ID] = data
	}
	f, err := england.FrameworkByID("sr2015")
	require.NoError(t, err)
	date := economy.MustDate("2015-07-01")

	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			want, err := economy.Parse(doc)
			require.NoError(t, err)
			req := []byte(`{"date": "2015-07-01", "framework": "sr2015", "economy": ` + string(doc) + `}`)

			parsed, problems := parseRequest(req, shipped)
			require.Empty(t, problems)
			assert.True(t, economy.Equal(want, parsed.economy), "economy.Equal: the economy changed on the way in")
			assert.True(t, reflect.DeepEqual(want, parsed.economy), "reflect.DeepEqual: the economy changed on the way in")
			j1, err := json.Marshal(want)
			require.NoError(t, err)
			j2, err := json.Marshal(parsed.economy)
			require.NoError(t, err)
			assert.Equal(t, string(j1), string(j2), "the economy writes back differently")

			r := decode(t, Call(req))
			require.True(t, r.OK, "%+v", r.Errors)
			a, err := f.Assess(regime.NewEnv(&want, date))
			require.NoError(t, err)
			assertSameAssessment(t, a, *r.Assessment)
			assert.Equal(t, want.ID, r.Assessment.Economy.ID)
			assert.Equal(t, want.Name, r.Assessment.Economy.Name)

			// Every organisation, service and asset given is judged.
			judged := map[string]bool{}
			for _, d := range r.Assessment.Decisions {
				judged[d.Subject.Kind.String()+" "+d.Subject.ID] = true
			}
			for _, s := range regime.Subjects(&want) {
				assert.True(t, judged[s.Kind().String()+" "+s.ID()], "%s %s is not judged", s.Kind(), s.ID())
			}
		})
	}
}
