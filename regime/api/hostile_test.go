package api

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// The hostile inputs: requests built to make the response, or the work,
// grow faster than the request. Each is a shape, a request of a given
// size n, measured at several sizes up to the economy package's limits.
// Before they were fixed they grew as the square of the request (an
// area's commissioners repeated in every service's decision, a trust's
// peers read again for every trust, a service's dependents searched for
// among all its provider's services) or with a large constant (a
// provider's name of up to 4 KB repeated for every service naming it).
// TestHostileInputsGrowLinearly holds each to bounds on the response's
// bytes and the bytes allocated per byte of request; BenchmarkHostile
// measures time and memory for BENCHMARKS.md.
type hostileShape struct {
	name string
	// sizes are the values of n the test measures, largest last: the
	// largest is at, or near, the limit the shape runs into.
	sizes []int
	// short are the sizes measured under -short and the race detector.
	short []int
	// limit, when set, is a size at the limit that only BenchmarkHostile
	// measures, being too slow for a test.
	limit int
	// request builds the request of size n.
	request func(n int) []byte
	// maxOut bounds the response's bytes per byte of request, at every
	// size: each decision is kilobytes of reasons and citations, so the
	// smallest subjects cost a few hundred bytes a byte.
	maxOut float64
}

var hostileShapes = []hostileShape{
	// n CCGs, and n services each bought by one of them: every service's
	// decision named all n CCGs, six entries over (S x C).
	{name: "area_commissioners", sizes: []int{125, 250, 500, 1000}, short: []int{125, 250, 500}, request: areaRequest, maxOut: 400},
	// n commissioners, and n/10 services each bought by all of them:
	// the membership tests were quadratic in n for every service.
	{name: "service_buyers", sizes: []int{250, 500, 1000}, short: []int{100, 200, 400}, request: buyersRequest, maxOut: 100},
	// ten providers with names of economy.MaxTextLength bytes, and n
	// services each naming all ten as alternatives: every decision
	// repeated each name four times.
	{name: "alternative_names", sizes: []int{125, 250, 500, 1000}, short: []int{60, 125, 250}, request: namesRequest, maxOut: 100},
	// n trusts of one NOF 2025/26 peer group with scores: each trust's
	// rating read every peer again (economy.MaxProviders is 10,000).
	{name: "peer_group", sizes: []int{1250, 2500, 5000, 10000}, short: []int{250, 500, 1000}, request: peersRequest, maxOut: 100},
	// a provider of n services, each listing n/10 of the others as
	// dependents: each dependent was found by searching the services.
	// At n=50 the area's own decisions are a tenth of the response: 105
	// bytes a byte, falling to 60 by n=200.
	{name: "service_dependents", sizes: []int{100, 200, 400}, short: []int{50, 100, 200}, request: dependentsRequest, maxOut: 120},
	// n services of a few bytes each, a thousand to a provider: the most
	// decisions a request can ask for per byte, up to regime.MaxDecisions
	// (19 providers of 1,000 services, and the area: 19,020 decisions).
	{name: "tiny_services", sizes: []int{2000, 4000, 8000}, short: []int{500, 1000, 2000}, limit: 9900, request: tinyServicesRequest, maxOut: 1000}, // two decisions a service (continuity, change): 9,900 services is 19,800 of regime.MaxDecisions
}

func tinyServicesRequest(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"date": "2015-06-03", "economy": {"id": "e", "name": "E", "providers": [`)
	for p := 0; p*1000 < n; p++ {
		if p > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id": "p%d", "name": "P", "kind": "nhs_trust", "services": [`, p)
		for j := p * 1000; j < min(n, (p+1)*1000); j++ {
			if j > p*1000 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"id": "s%d", "name": "S"}`, j)
		}
		b.WriteString(`]}`)
	}
	b.WriteString(`]}}`)
	return []byte(b.String())
}

func commissionersJSON(b *strings.Builder, n int, kind string) {
	b.WriteString(`"commissioners": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(b, `{"id": "c%d", "name": "CCG %d", "kind": %q}`, i, i, kind)
	}
	b.WriteString(`]`)
}

func areaRequest(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"date": "2015-06-03", "economy": {"id": "e", "name": "E", `)
	commissionersJSON(&b, n, "ccg")
	b.WriteString(`, "providers": [{"id": "p", "name": "P", "kind": "nhs_trust", "services": [`)
	for j := range n {
		if j > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id": "s%d", "name": "S", "commissioners": ["c%d"]}`, j, j)
	}
	b.WriteString(`]}]}}`)
	return []byte(b.String())
}

func buyersRequest(n int) []byte {
	var ids strings.Builder
	for i := range n {
		if i > 0 {
			ids.WriteByte(',')
		}
		fmt.Fprintf(&ids, `"c%d"`, i)
	}
	var b strings.Builder
	b.WriteString(`{"date": "2015-06-03", "economy": {"id": "e", "name": "E", `)
	commissionersJSON(&b, n, "nhs_england")
	b.WriteString(`, "providers": [{"id": "p", "name": "P", "kind": "nhs_trust", "services": [`)
	for j := range n / 10 {
		if j > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id": "s%d", "name": "S", "commissioners": [%s]}`, j, ids.String())
	}
	b.WriteString(`]}]}}`)
	return []byte(b.String())
}

func namesRequest(n int) []byte {
	const alternatives = 10
	long := strings.Repeat("x", 4096)
	var b strings.Builder
	b.WriteString(`{"date": "2015-06-03", "economy": {"id": "e", "name": "E", "providers": [`)
	for i := range alternatives {
		fmt.Fprintf(&b, `{"id": "alt%d", "name": "%s", "kind": "nhs_trust"},`, i, long)
	}
	b.WriteString(`{"id": "p", "name": "P", "kind": "nhs_trust", "services": [`)
	for j := range n {
		if j > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id": "s%d", "name": "S", "alternatives": [`, j)
		for i := range alternatives {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"provider_id": "alt%d", "distance_km": 1, "has_capacity": true}`, i)
		}
		b.WriteString(`]}`)
	}
	b.WriteString(`]}]}}`)
	return []byte(b.String())
}

func peersRequest(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"date": "2025-10-01", "economy": {"id": "e", "name": "E", "providers": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id": "p%d", "name": "P", "kind": "nhs_trust", "peer_group": "acute", "performance": [{"period": {"from": "2025-04-01", "to": "2025-06-30"}, "other": {"nof2025:a": %d, "nof2025:b": 3}}]}`, i, 1+i%4)
	}
	b.WriteString(`]}}`)
	return []byte(b.String())
}

func dependentsRequest(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"date": "2015-06-03", "economy": {"id": "e", "name": "E", "providers": [{"id": "p", "name": "P", "kind": "nhs_foundation_trust", "services": [`)
	for j := range n {
		if j > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id": "s%d", "name": "S", "designation": "commissioner_requested", "dependents": [`, j)
		for k := range n / 10 {
			if k > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"s%d"`, (j+1+k)%n)
		}
		b.WriteString(`]}`)
	}
	b.WriteString(`]}]}}`)
	return []byte(b.String())
}

// hostileMeasure calls the API once and returns the request's and the
// response's bytes, and the bytes allocated to read the request and make
// the assessment. Encoding is left out of the allocations: its buffer
// grows by doubling, which would make them a staircase rather than a
// line.
func hostileMeasure(t testing.TB, request []byte) (in, out, alloc float64) {
	resp := Call(request)
	if !bytes.HasPrefix(resp, []byte(`{"schema":1,"ok":true`)) {
		t.Fatalf("refused: %.300s", resp)
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	req, problems := parseRequest(request, shipped)
	if len(problems) == 0 {
		_, problems = answer(req, shipped)
	}
	runtime.ReadMemStats(&after)
	if len(problems) > 0 {
		t.Fatalf("refused: %v", problems)
	}
	return float64(len(request)), float64(len(resp)), float64(after.TotalAlloc - before.TotalAlloc)
}

// TestHostileInputsGrowLinearly: for each hostile shape, the response's
// bytes and the bytes allocated grow in proportion to the request as it
// grows to the limits. Between each size and the next, what each further
// byte of request costs (the response's bytes, and the bytes allocated,
// added per byte added) stays within 1.5 times its least: a cost growing
// as the square of the request doubles it with every doubling. The
// response's bytes per byte of request stay within the shape's bound at
// every size. Wall time is BenchmarkHostile's.
func TestHostileInputsGrowLinearly(t *testing.T) {
	for _, sh := range hostileShapes {
		t.Run(sh.name, func(t *testing.T) {
			sizes := sh.sizes
			if testing.Short() || raceEnabled {
				sizes = sh.short
			}
			var ins, outs, allocs []float64
			for _, n := range sizes {
				in, out, alloc := hostileMeasure(t, sh.request(n))
				t.Logf("n=%d: %.0f request bytes; %.0f response and %.0f allocated bytes per request byte", n, in, out/in, alloc/in)
				if out/in > sh.maxOut {
					t.Errorf("n=%d: %.0f response bytes per request byte, more than %.0f", n, out/in, sh.maxOut)
				}
				ins, outs, allocs = append(ins, in), append(outs, out), append(allocs, alloc)
			}
			for what, xs := range map[string][]float64{"response": outs, "allocated": allocs} {
				var marginal []float64
				for i := 1; i < len(xs); i++ {
					marginal = append(marginal, (xs[i]-xs[i-1])/(ins[i]-ins[i-1]))
				}
				lo, hi := marginal[0], marginal[0]
				for _, m := range marginal {
					lo, hi = min(lo, m), max(hi, m)
				}
				if hi > 1.5*lo {
					t.Errorf("%s bytes per further request byte grow from %.0f to %.0f over sizes %v: %.0f", what, lo, hi, sizes, marginal)
				}
			}
		})
	}
}

// BenchmarkHostile measures each hostile shape at each size: time and
// memory per call, with the request's and the response's bytes, and the
// CPU time the process spent per call (the collector's included), which
// a shared machine's load disturbs less than wall time.
func BenchmarkHostile(b *testing.B) {
	for _, sh := range hostileShapes {
		sizes := sh.sizes
		if sh.limit > 0 {
			sizes = append(sizes[:len(sizes):len(sizes)], sh.limit)
		}
		for _, n := range sizes {
			b.Run(fmt.Sprintf("%s/n=%d", sh.name, n), func(b *testing.B) {
				req := sh.request(n)
				var resp []byte
				b.ReportAllocs()
				b.ResetTimer()
				cpu0, cpuOK := cpuNanos()
				for range b.N {
					resp = Call(req)
				}
				cpu1, _ := cpuNanos()
				b.StopTimer()
				if cpuOK {
					b.ReportMetric(float64(cpu1-cpu0)/1e9/float64(b.N), "cpu-s/op")
				}
				if !bytes.HasPrefix(resp, []byte(`{"schema":1,"ok":true`)) {
					b.Fatalf("refused: %.300s", resp)
				}
				b.ReportMetric(float64(len(req)), "req-B")
				b.ReportMetric(float64(len(resp)), "resp-B")
				b.ReportMetric(float64(len(resp))/float64(len(req)), "resp-B/req-B")
			})
		}
	}
}
