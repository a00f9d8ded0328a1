package regime

import "sync"

// program is a rule set's verdict path compiled once: the rule trees of
// its entries flattened into instructions, with a memo slot for every
// rule or number that appears more than once (a condition that one entry
// requires and another excludes, a score several comparisons read), so
// that each is evaluated once per subject instead of once per use. Rules
// are pure (see [Rule]), so the memo cannot change a verdict; the
// short-circuits are those of node.Eval.
type program struct {
	ins   []instr
	kids  []int32 // children of the instructions, each a slice of this
	roots []int32 // one per entry, in the rule set's order
	slots int     // memo slots for shared instructions
	pool  sync.Pool
	// shared holds the rules and numbers used more than once, whose
	// explanations Decide remembers (see sharedKey); nil when none is.
	shared map[any]bool
}

type opcode uint8

const (
	opLeaf opcode = iota // rule.Eval
	opAll
	opAny
	opNot
	opAtLeast
	opNamed
	opCmpNum // compareNum over the number instruction in kids
	opNum    // a derived number (numNode)
	opNumLeaf
)

type instr struct {
	op       opcode
	slot     int32 // memo slot, or -1
	from, to int32 // kids[from:to]
	n        int   // at_least count
	rule     Rule
	cmp      *compareNum
	num      *numNode
	numLeaf  Number
	ruleFrom int32 // for numbers: kids[from:ruleFrom] are numbers, kids[ruleFrom:to] rules
}

// scratch is one evaluation's memo: verdict+1 per rule slot (0 = not yet),
// and value and state per number slot.
type scratch struct {
	vs   []uint8
	nums []Num
	nst  []uint8 // 0 not yet, 1 known, 2 unknown
}

func (p *program) newScratch() any {
	return &scratch{vs: make([]uint8, p.slots), nums: make([]Num, p.slots), nst: make([]uint8, p.slots)}
}

// compileEntries builds the program of a rule set's entries.
func compileEntries(entries []Entry) *program {
	c := compiler{seen: map[any]int32{}, uses: map[any]int{}}
	for _, e := range entries {
		c.countRule(e.Rule, 0)
	}
	p := &program{}
	c.p = p
	for _, e := range entries {
		p.roots = append(p.roots, c.rule(e.Rule, 0))
	}
	p.slots = c.slots
	p.pool.New = p.newScratch
	for k, n := range c.uses {
		if n > 1 {
			if p.shared == nil {
				p.shared = map[any]bool{}
			}
			p.shared[k] = true
		}
	}
	return p
}

// compileNumber builds the program of a number whose tree shares a node
// (the scores a mean and a "any scores 4" both read), or returns nil when
// nothing is shared and the plain walk is as fast.
func compileNumber(x *numNode) *program {
	c := compiler{seen: map[any]int32{}, uses: map[any]int{}}
	c.countNum(x, 0)
	shared := false
	for _, n := range c.uses {
		shared = shared || n > 1
	}
	if !shared {
		return nil
	}
	p := &program{}
	c.p = p
	p.roots = []int32{c.number(x, 0)}
	p.slots = c.slots
	p.pool.New = p.newScratch
	return p
}

type compiler struct {
	p     *program
	seen  map[any]int32 // node -> instruction, for nodes used twice
	uses  map[any]int
	slots int
}

// countRule counts how often each combinator and number comparison of
// the trees is reached. Other rules are leaves, not memoised: a user's
// Rule type need not even be comparable.
func (c *compiler) countRule(r Rule, depth int) {
	if isNil(r) || depth > maxDepth || !memoisable(r) {
		return
	}
	c.uses[r]++
	if c.uses[r] > 1 {
		return
	}
	switch x := r.(type) {
	case *node:
		if x.err == nil {
			for _, k := range x.kids {
				c.countRule(k, depth+1)
			}
		}
	case *compareNum:
		if x.err == nil {
			c.countNum(x.x, depth+1)
		}
	}
}

func memoisable(r Rule) bool {
	switch r.(type) {
	case *node, *compareNum:
		return true
	}
	return false
}

func (c *compiler) countNum(x Number, depth int) {
	n, ok := x.(*numNode)
	if !ok || n == nil || depth > maxDepth {
		return
	}
	c.uses[n]++
	if c.uses[n] > 1 || n.err != nil {
		return
	}
	for _, a := range n.args {
		c.countNum(a, depth+1)
	}
	for _, r := range n.rules {
		c.countRule(r, depth+1)
	}
}

// emit appends an instruction; key, when not nil, is the node it
// compiles, given a memo slot if it is used more than once.
func (c *compiler) emit(key any, in instr) int32 {
	in.slot = -1
	if key != nil && c.uses[key] > 1 {
		in.slot = int32(c.slots)
		c.slots++
	}
	c.p.ins = append(c.p.ins, in)
	i := int32(len(c.p.ins) - 1)
	if in.slot >= 0 {
		c.seen[key] = i
	}
	return i
}

// setKids stores the children of instruction i.
func (c *compiler) setKids(i int32, kids []int32) {
	c.p.ins[i].from = int32(len(c.p.kids))
	c.p.kids = append(c.p.kids, kids...)
	c.p.ins[i].to = int32(len(c.p.kids))
}

func (c *compiler) rule(r Rule, depth int) int32 {
	if !memoisable(r) {
		return c.emit(nil, instr{op: opLeaf, rule: r})
	}
	if j, ok := c.seen[r]; ok {
		return j
	}
	switch x := r.(type) {
	case *node:
		if x.err != nil || depth > maxDepth {
			break
		}
		i := c.emit(r, instr{op: nodeOps[x.kind], n: x.n, rule: r})
		kids := make([]int32, len(x.kids))
		for k, kid := range x.kids {
			kids[k] = c.rule(kid, depth+1)
		}
		c.setKids(i, kids)
		return i
	case *compareNum:
		if x.err != nil || depth > maxDepth {
			break
		}
		i := c.emit(r, instr{op: opCmpNum, cmp: x, rule: r})
		c.setKids(i, []int32{c.number(x.x, depth+1)})
		return i
	}
	return c.emit(r, instr{op: opLeaf, rule: r})
}

var nodeOps = [...]opcode{kindAll: opAll, kindAny: opAny, kindNot: opNot, kindAtLeast: opAtLeast, kindNamed: opNamed}

func (c *compiler) number(x Number, depth int) int32 {
	n, ok := x.(*numNode)
	if !ok || n == nil || n.err != nil || depth > maxDepth {
		return c.emit(nil, instr{op: opNumLeaf, numLeaf: x})
	}
	if j, ok := c.seen[n]; ok {
		return j
	}
	i := c.emit(n, instr{op: opNum, num: n})
	kids := make([]int32, 0, len(n.args)+len(n.rules))
	for _, a := range n.args {
		kids = append(kids, c.number(a, depth+1))
	}
	for _, r := range n.rules {
		kids = append(kids, c.rule(r, depth+1))
	}
	c.setKids(i, kids)
	c.p.ins[i].ruleFrom = c.p.ins[i].from + int32(len(n.args))
	return i
}

// localSlots is how many memo slots an evaluation keeps on the stack;
// a program with more takes its memo from the pool.
const localSlots = 16

// run is one evaluation of the program against one subject. It lives on
// its caller's stack: its memo is local for up to localSlots shared
// nodes, else from the pool (returned by done).
type run struct {
	p     *program
	sc    *scratch
	env   *Env
	s     Subject
	local struct {
		vs   [localSlots]uint8
		nums [localSlots]Num
		nst  [localSlots]uint8
	}
}

// worth reports whether running p beats walking the rule trees: only
// when a node is shared, else the program is only indirection. (A memo of
// the ratings made for one subject was tried here too: it saved a fifth
// of the allocations of a synthetic England's verdicts but no CPU time,
// and cost 9% under sr2015, so it is not kept.)
func (p *program) worth() bool { return p != nil && p.slots > 0 }

func (r *run) init(p *program, env *Env, s Subject) {
	r.p, r.env, r.s = p, env, s
	if p == nil {
		return
	}
	if p.slots > localSlots {
		r.sc = p.pool.Get().(*scratch)
		clear(r.sc.vs)
		clear(r.sc.nst)
	}
}

func (r *run) done() {
	if r.sc != nil {
		r.p.pool.Put(r.sc)
		r.sc = nil
	}
}

// memo returns the evaluation's memo slices.
func (r *run) memo() (vs []uint8, nums []Num, nst []uint8) {
	if r.p.slots > localSlots {
		return r.sc.vs, r.sc.nums, r.sc.nst
	}
	return r.local.vs[:], r.local.nums[:], r.local.nst[:]
}

func (r *run) eval(i int32) Verdict {
	in := &r.p.ins[i]
	if in.slot < 0 {
		return r.eval1(in)
	}
	vs, _, _ := r.memo()
	if v := vs[in.slot]; v != 0 {
		return Verdict(v - 1)
	}
	v := r.eval1(in)
	vs[in.slot] = uint8(v) + 1
	return v
}

func (r *run) eval1(in *instr) Verdict {
	kids := r.p.kids[in.from:in.to]
	switch in.op {
	case opAll:
		res := Met
		for _, k := range kids {
			switch r.eval(k) {
			case NotMet:
				return NotMet
			case Met:
			default:
				res = Unknown
			}
		}
		return res
	case opAny:
		res := NotMet
		for _, k := range kids {
			switch r.eval(k) {
			case Met:
				return Met
			case NotMet:
			default:
				res = Unknown
			}
		}
		return res
	case opNot:
		return r.eval(kids[0]).Not()
	case opNamed:
		return r.eval(kids[0])
	case opAtLeast:
		met, unknown := 0, 0
		for i, k := range kids {
			switch r.eval(k) {
			case Met:
				if met++; met >= in.n {
					return Met
				}
			case NotMet:
			default:
				unknown++
			}
			if left := len(kids) - i - 1; met+unknown+left < in.n {
				return NotMet
			}
		}
		return CountVerdict(in.n, met, unknown)
	case opCmpNum:
		v, ok := r.value(kids[0])
		t, _, tok := in.cmp.t.intThreshold(r.env)
		if !ok || !tok {
			return Unknown
		}
		return VerdictOf(in.cmp.op.Holds(v.Cmp(NumOf(t))))
	}
	return in.rule.Eval(r.env, r.s)
}

func (r *run) value(i int32) (Num, bool) {
	in := &r.p.ins[i]
	if in.slot < 0 {
		return r.value1(in)
	}
	_, nums, nst := r.memo()
	switch nst[in.slot] {
	case 1:
		return nums[in.slot], true
	case 2:
		return Num{}, false
	}
	v, ok := r.value1(in)
	nums[in.slot] = v
	nst[in.slot] = 2
	if ok {
		nst[in.slot] = 1
	}
	return v, ok
}

// value1 is numNode.Value over the program's instructions.
func (r *run) value1(in *instr) (Num, bool) {
	if in.op == opNumLeaf {
		return in.numLeaf.Value(r.env, r.s)
	}
	n := in.num
	nums := r.p.kids[in.from:in.ruleFrom]
	rules := r.p.kids[in.ruleFrom:in.to]
	switch n.kind {
	case numBands:
		return n.bands.value(r.env, r.s)
	case numCount:
		c := 0
		for _, k := range rules {
			switch r.eval(k) {
			case Met:
				c++
			case NotMet:
			default:
				return Num{}, false
			}
		}
		return NumOf(int64(c)), true
	case numIf:
		switch r.eval(rules[0]) {
		case Met:
			return r.value(nums[0])
		case NotMet:
			return r.value(nums[1])
		}
		return Num{}, false
	case numCeil:
		x, ok := r.value(nums[0])
		if !ok {
			return Num{}, false
		}
		return NumOf(x.Ceil()), true
	}
	acc := NumOf(0)
	for i, k := range nums {
		x, ok := r.value(k)
		if !ok {
			return Num{}, false
		}
		if acc, ok = n.fold(i, acc, x); !ok {
			return Num{}, false
		}
	}
	return n.finish(acc)
}
