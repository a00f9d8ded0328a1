package policytests

import (
	"embed"
	"testing"

	"github.com/failregime/failregime/regime/regimetest"
)

//go:embed policy
var policy embed.FS

func TestPolicy(t *testing.T) {
	suite, err := regimetest.Load(policy, "policy/*.json")
	if err != nil {
		t.Fatal(err)
	}
	regimetest.Run(t, suite)
}
