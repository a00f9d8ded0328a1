package regime

// MaxDecisions bounds the decisions one assessment makes: every rule set
// applied to every subject it judges. [Framework.Assess] counts them
// before deciding anything and refuses (ErrInvalidInput) an economy that
// would need more. The economy package's limits bound each list, but not
// their product: 10,000 providers of 1,000 services each would need ten
// million decisions, some ten to twenty kilobytes of JSON each. Twenty
// thousand is far beyond any real area (England has about 220 NHS trusts;
// a synthetic England is 1,600 decisions in 45 areas), leaves room for
// economy.MaxProviders, and keeps an assessment, and a regime/api
// response, to a few hundred megabytes; BENCHMARKS.md measures one at the
// limit.
const MaxDecisions = 20_000
