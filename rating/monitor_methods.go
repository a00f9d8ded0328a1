package rating

import "github.com/failregime/failregime/economy"

// monitorMethods lists Monitor's and NHS Improvement's financial ratings
// and the oversight segmentations, each with its default parameters. The
// adapters read the provider's latest accounts, performance and
// governance on or before Input.Date.
func monitorMethods() []Method {
	return []Method{
		cosrrInfo.method(rateCoSRR),
		fsrrInfo.method(rateFSRR),
		sofFinanceInfo.method(rateSOFFinance),
		sofSegmentInfo.method(rateSOFSegment),
		nof2019Info.method(rateNOF2019),
		nof2021Info.method(rateNOF2021),
		nof2022Info.method(rateNOF2022),
		nof2025Info.method(rateNOF2025),
		nof2026Info.method(rateNOF2026),
	}
}

func rateCoSRR(m *Method, in Input) Result {
	a, ok := in.Provider.LatestAccounts(in.Date)
	if !ok {
		return insufficient(m, "accounts")
	}
	return CoSRR(a, DefaultCoSRRParams())
}

func rateFSRR(m *Method, in Input) Result {
	a, ok := in.Provider.LatestAccounts(in.Date)
	if !ok {
		return insufficient(m, "accounts")
	}
	return FSRR(a, DefaultFSRRParams())
}

// rateSOFFinance reads financial special measures from the provider's
// recorded spells: no spell in force on the date means not in them.
func rateSOFFinance(m *Method, in Input) Result {
	a, ok := in.Provider.LatestAccounts(in.Date)
	if !ok {
		return insufficient(m, "accounts")
	}
	_, fsm := finSpellIn(in.Provider.Governance.Spells, in.Date, economy.FinancialSpecialMeasures)
	return SOFFinance(a, &fsm, DefaultSOFFinanceParams())
}

func rateSOFSegment(_ *Method, in Input) Result {
	p := DefaultSOFSegmentParams()
	return SOFSegment(SOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

func rateNOF2019(_ *Method, in Input) Result {
	p := DefaultSOFSegmentParams()
	return NOF2019(SOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

func rateNOF2021(_ *Method, in Input) Result {
	p := DefaultNOFSegmentParams()
	return NOF2021(NOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

func rateNOF2022(_ *Method, in Input) Result {
	p := DefaultNOFSegmentParams()
	return NOF2022(NOFSegmentInputFrom(in.Provider, in.Date, p), p)
}

// rateNOF2025 takes the peer group from Input.Economy: the providers with
// the same PeerGroup and published "nof2025:" scores.
func rateNOF2025(m *Method, in Input) Result {
	x, missing := NOF2025InputFrom(in.Provider, in.Economy, in.Date)
	if len(missing) > 0 {
		return insufficient(m, missing...)
	}
	return NOF2025(x, DefaultNOF2025Params())
}
