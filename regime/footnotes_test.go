package regime_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/regime"
)

func TestFootnotes(t *testing.T) {
	a := &economy.Citation{Issuer: "NHS England", Document: "A", Year: 2015, Verified: true}
	b := &economy.Citation{Issuer: "CQC", Document: "B", Year: 2014}
	aAgain := *a
	var n regime.Footnotes
	tests := []struct {
		name string
		c    *economy.Citation
		want string
	}{
		{"nil cites nothing", nil, ""},
		{"a zero citation cites nothing", &economy.Citation{}, ""},
		{"the first source is 1", a, "[1]"},
		{"the second is 2", b, "[2]"},
		{"a source cited again keeps its number", a, "[1]"},
		{"a copy that renders alike shares it", &aAgain, "[1]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, n.Ref(tt.c), tt.name)
	}
	assert.Equal(t, 2, n.Len())
	assert.Equal(t, "  [1] "+a.String()+"\n  [2] "+b.String()+"\n", n.String())
	var empty regime.Footnotes
	assert.Empty(t, empty.String())
}

// ExampleFootnotes numbers the sources of reasons as they are printed,
// and lists each once at the end.
func ExampleFootnotes() {
	act := &economy.Citation{Issuer: "legislation.gov.uk", Document: "National Health Service Act 2006", Section: "s.65D", Year: 2006, Verified: true}
	cqc := &economy.Citation{Issuer: "Care Quality Commission", Document: "Special measures: NHS trusts", Verified: true}
	var notes regime.Footnotes
	fmt.Println("unable to pay its debts: not met", notes.Ref(act))
	fmt.Println("two key questions inadequate: met", notes.Ref(cqc))
	fmt.Println("a serious failure of quality: not met", notes.Ref(act))
	fmt.Print(notes.String())
	// Output:
	// unable to pay its debts: not met [1]
	// two key questions inadequate: met [2]
	// a serious failure of quality: not met [1]
	//   [1] legislation.gov.uk, National Health Service Act 2006, 2006, s.65D
	//   [2] Care Quality Commission, Special measures: NHS trusts
}
