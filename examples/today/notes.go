package main

import (
	"fmt"
	"io"

	"github.com/failregime/failregime/economy"
)

// footnotes numbers the sources in the order they are first cited, so
// that each reason line carries a short [n] and the page stays readable
// while every source is still printed once in full.
type footnotes struct {
	index map[string]int
	list  []string
}

// ref returns "[n]" for c, adding it to the list when new, and "" when
// there is no citation to give.
func (n *footnotes) ref(c *economy.Citation) string {
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
	return fmt.Sprintf("[%d]", i)
}

func (n *footnotes) print(w io.Writer) {
	for i, s := range n.list {
		fmt.Fprintf(w, "  [%d] %s\n", i+1, s)
	}
}
