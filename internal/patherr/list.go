package patherr

import (
	"errors"
	"fmt"
	"strconv"
)

// List collects the problems of one input. It keeps the first Max and
// counts the rest, which [List.Err] reports as one last problem, "and 12
// more problems", so that no input can make an error list, or the time
// spent formatting it, grow without bound. The zero List keeps nothing;
// make one with [NewList].
type List struct {
	max     int
	errs    []error
	omitted int
}

// NewList returns a List that keeps the first max problems.
func NewList(max int) *List { return &List{max: max} }

// More is the cause of the last problem of a full list: how many problems
// were counted but not kept.
type More int

// Error returns "and N more problems".
func (m More) Error() string {
	if m == 1 {
		return "and 1 more problem"
	}
	return "and " + strconv.Itoa(int(m)) + " more problems"
}

// Add records the problem at path. The message is formatted only when the
// problem is kept.
func (l *List) Add(path, format string, args ...any) {
	if l.Full() {
		l.omitted++
		return
	}
	l.errs = append(l.errs, &Error{Path: path, Message: fmt.Sprintf(format, args...)})
}

// Append records err as one problem; a [More] (the tail of another
// list, or an error wrapping it) adds its count instead.
func (l *List) Append(err error) {
	if err == nil {
		return
	}
	if m, ok := moreIn(err); ok {
		l.omitted += int(m)
		return
	}
	if l.Full() {
		l.omitted++
		return
	}
	l.errs = append(l.errs, err)
}

// AppendAll records each error of an errors.Join, such as another list's
// Err, or err itself when it is not one.
func (l *List) AppendAll(err error) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			l.AppendAll(e)
		}
		return
	}
	l.Append(err)
}

// moreIn finds a More along err's chain of single wrapping.
func moreIn(err error) (More, bool) {
	for err != nil {
		if m, ok := err.(More); ok {
			return m, true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return 0, false
		}
		err = u.Unwrap()
	}
	return 0, false
}

// Len returns the number of problems recorded, kept or counted.
func (l *List) Len() int { return len(l.errs) + l.omitted }

// Err returns nil when the list is empty, else an errors.Join of the
// problems kept, followed, when some were only counted, by an *Error at
// the root whose cause is [More].
func (l *List) Err() error {
	if l.Len() == 0 {
		return nil
	}
	errs := l.errs
	if l.omitted > 0 {
		m := More(l.omitted)
		errs = append(errs[:len(errs):len(errs)], &Error{Message: m.Error(), Err: m})
	}
	return errors.Join(errs...)
}

// Full reports whether the list keeps no more problems, only counts them:
// a caller can then skip the work of describing one.
func (l *List) Full() bool { return len(l.errs) >= l.max }
