package regime

import (
	"strconv"
	"strings"

	"github.com/failregime/failregime/economy"
)

// Footnotes numbers citations in the order they are first cited, so that a
// page of reasons can carry a short "[n]" on each line and print every
// source once, in full, at the end. Decisions cite the same few documents
// again and again; inline, the citations are most of the text.
//
// The zero value is ready to use. A Footnotes is not safe for concurrent
// use.
type Footnotes struct {
	index map[string]int
	list  []string
}

// Ref returns "[n]" for c, numbering it when it is new, and "" when c
// cites nothing. Two citations that render alike share a number.
func (n *Footnotes) Ref(c *economy.Citation) string {
	if c == nil || c.IsZero() {
		return ""
	}
	s := c.String()
	if n.index == nil {
		n.index = map[string]int{}
	}
	i, ok := n.index[s]
	if !ok {
		n.list = append(n.list, s)
		i = len(n.list)
		n.index[s] = i
	}
	return "[" + strconv.Itoa(i) + "]"
}

// Len returns how many sources have been numbered.
func (n *Footnotes) Len() int { return len(n.list) }

// String lists the sources, one a line: "  [n] source".
func (n *Footnotes) String() string {
	var b strings.Builder
	for i, s := range n.list {
		b.WriteString("  [")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString("] ")
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return b.String()
}
