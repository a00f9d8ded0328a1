package rating

// qualityMethods lists the CQC aggregation, the Compliance Framework
// ratings, the NHS Performance Framework and the operational standards.
func qualityMethods() []Method {
	return []Method{
		cqcMethod(),
		frrMethod(),
		governanceMethod(),
		servicesMethod(),
		nhspfMethod(),
		standardsMethod(),
	}
}
