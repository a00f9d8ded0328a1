package rating

// monitorMethods lists Monitor's and NHS Improvement's financial ratings
// and the oversight segmentations, each with its default parameters. The
// adapters read the provider's latest accounts, performance and
// governance on or before Input.Date.
func monitorMethods() []Method {
	return []Method{
		cosrrInfo.method(rateCoSRR),
	}
}

func rateCoSRR(m *Method, in Input) Result {
	a, ok := in.Provider.LatestAccounts(in.Date)
	if !ok {
		return insufficient(m, "accounts")
	}
	return CoSRR(a, DefaultCoSRRParams())
}
