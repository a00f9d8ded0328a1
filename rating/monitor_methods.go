package rating

import "github.com/failregime/failregime/economy"

// monitorMethods lists Monitor's and NHS Improvement's financial ratings
// and the oversight segmentations, each with its default parameters. The
// adapters read the provider's latest accounts, performance and
// governance on or before Input.Date.
func monitorMethods() []Method {
	return []Method{
		cosrrInfo.method(rateCoSRRProvider),
		fsrrInfo.method(rateFSRRProvider),
		sofFinanceInfo.method(rateSOFFinanceProvider),
		sofSegmentInfo.method(rateSOFSegmentProvider),
		nof2019Info.method(rateNOF2019Provider),
		nof2021Info.method(rateNOF2021Provider),
		nof2022Info.method(rateNOF2022Provider),
		nof2025Info.method(rateNOF2025Provider),
		nof2026Info.method(rateNOF2026Provider),
	}
}

func rateCoSRRProvider(m *Method, in Input) Result {
	a, ok := in.Provider.LatestAccounts(in.Date)
	if !ok {
		return insufficient(m, "accounts")
	}
	return RateCoSRRAccounts(a, DefaultCoSRRParams())
}

func rateFSRRProvider(m *Method, in Input) Result {
	a, ok := in.Provider.LatestAccounts(in.Date)
	if !ok {
		return insufficient(m, "accounts")
	}
	return RateFSRRAccounts(a, DefaultFSRRParams())
}

// rateSOFFinanceProvider reads financial special measures from the provider's
// recorded spells: no spell in force on the date means not in them.
func rateSOFFinanceProvider(m *Method, in Input) Result {
	a, ok := in.Provider.LatestAccounts(in.Date)
	if !ok {
		return insufficient(m, "accounts")
	}
	_, fsm := finSpellIn(in.Provider.Governance.Spells, in.Date, economy.FinancialSpecialMeasures)
	return RateSOFFinanceAccounts(a, in.Date, &fsm, DefaultSOFFinanceParams())
}

func rateSOFSegmentProvider(_ *Method, in Input) Result {
	p := DefaultSOFSegmentParams()
	return RateSOFSegment(SOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

func rateNOF2019Provider(_ *Method, in Input) Result {
	p := DefaultSOFSegmentParams()
	return RateNOF2019(SOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

func rateNOF2021Provider(_ *Method, in Input) Result {
	p := DefaultNOFSegmentParams()
	return RateNOF2021(NOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

func rateNOF2022Provider(_ *Method, in Input) Result {
	p := DefaultNOFSegmentParams()
	return RateNOF2022(NOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

// rateNOF2025Provider takes the peer group from Input.Economy: the providers with
// the same PeerGroup and published "nof2025:" scores.
// With an Area of the economy and date, the peers come from it, each
// worked out once for the whole economy.
func rateNOF2025Provider(m *Method, in Input) Result {
	if in.Area.of(in) && in.Provider.PeerGroup != "" {
		return rateNOF2025(nof2025Own(in.Provider, in.Date), DefaultNOF2025Params(), in.Area.nofPeers(in.Provider))
	}
	x, missing := NOF2025InputFrom(in.Provider, in.Economy, in.Date)
	if len(missing) > 0 {
		return insufficient(m, missing...)
	}
	return RateNOF2025(x, DefaultNOF2025Params())
}
