package economy_test

import (
	"testing"

	"github.com/failregime/failregime/economy"
	"github.com/stretchr/testify/assert"
)

func TestCitationStatus(t *testing.T) {
	tests := []struct {
		give economy.Citation
		want string
	}{
		{economy.Citation{Document: "x", URL: "https://www.legislation.gov.uk/ukpga/2006/41", Verified: true}, economy.CitationVerified},
		{economy.Citation{Document: "x", URL: "https://www.gov.uk/bank-holidays", Verified: true}, economy.CitationVerified},
		{economy.Citation{Document: "x", URL: "https://hansard.parliament.uk/Commons/2013-01-08", Verified: true}, economy.CitationVerified},
		{economy.Citation{Document: "x", URL: "https://www.england.nhs.uk/2015/06/devon-success-regime/", Verified: true}, economy.CitationVerified},
		{economy.Citation{Document: "x", URL: "https://www.cqc.org.uk/guidance-providers", Verified: true}, economy.CitationVerified},
		{economy.Citation{Document: "x", URL: "https://www.hfma.org.uk/articles/x", Verified: true}, economy.CitationSupported},
		{economy.Citation{Document: "x", URL: "https://studylib.net/doc/11645047", Verified: true}, economy.CitationSupported},
		{economy.Citation{Document: "x", URL: "https://notgov.uk.example.com/", Verified: true}, economy.CitationSupported},
		{economy.Citation{Document: "x", Verified: true}, economy.CitationSupported},
		{economy.Citation{Document: "x", URL: "https://www.legislation.gov.uk/"}, economy.CitationUnverified},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.give.Status(), tt.give.URL)
	}
}
