package regimetest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/internal/jsontree"
	"github.com/failregime/failregime/internal/patherr"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
	"github.com/failregime/failregime/regime/internal/input"
)

// Load reads every case file in fsys matching pattern (fs.Glob syntax),
// in name order, and resolves each case: its framework and variant, its
// economy, and every subject and rule set its expectations name. Decoding
// is strict, with the reader economy.Parse and regime/api use: invalid
// UTF-8, lone surrogates, a byte order mark, unknown fields, repeated
// fields, wrong types, unknown words and ids, whole numbers written "1e3",
// decimals and dates beyond the economy package's bounds, and malformed
// economies are errors. Every problem is reported, each as an *Error with
// its file and path, joined with errors.Join, up to economy.MaxProblems
// and then a count of the rest. A pattern matching no file is an error
// too, so that a typo cannot make a suite pass by running nothing.
//
// A file larger than economy.MaxInputBytes, or not a regular file (a
// device, a pipe), is refused before it is read, and no file is read
// beyond that limit, whatever its size claimed. Each economy_case is
// loaded once per Load, however many cases name it.
func Load(fsys fs.FS, pattern string, opts ...Option) ([]Case, error) {
	cfg := newConfig(opts)
	files, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, fmt.Errorf("regimetest: pattern %q: %w", pattern, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("regimetest: no case file matches %q", pattern)
	}
	reg, err := cfg.registry()
	if err != nil {
		return nil, err
	}
	cfg.economies = once(cfg.economies)
	var out []Case
	list := patherr.NewList(economy.MaxProblems)
	for _, name := range files {
		data, err := readFile(fsys, name)
		if err != nil {
			list.Append(&Error{File: name, FieldError: economy.FieldError{Message: err.Error(), Err: err}})
			continue
		}
		cs, problems := parseFile(name, data, cfg, reg)
		out = append(out, cs...)
		for _, p := range patherr.All(problems) {
			list.Append(&Error{File: name, FieldError: *p})
		}
	}
	if err := list.Err(); err != nil {
		// The count of problems not listed is the list's own; give it the
		// type every other problem has.
		var errs []error
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			if p, ok := e.(*patherr.Error); ok {
				e = &Error{FieldError: *p}
			}
			errs = append(errs, e)
		}
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// readFile reads a case file of at most economy.MaxInputBytes: it asks the
// file's size and kind before opening it, and reads no more than the limit
// whatever the answer, so that a link to a device or an endless file fails
// instead of hanging or filling memory.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%v)", info.Mode().Type())
	}
	if info.Size() > economy.MaxInputBytes {
		return nil, fmt.Errorf("is %d bytes, more than the limit of %d", info.Size(), economy.MaxInputBytes)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, economy.MaxInputBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > economy.MaxInputBytes {
		return nil, fmt.Errorf("is more than the limit of %d bytes", economy.MaxInputBytes)
	}
	return data, nil
}

// once returns load remembering each name's result, so that a Load parses
// each named economy once, however many cases name it. Each caller gets
// its own copy of the Economy value.
func once(load func(string) (economy.Economy, error)) func(string) (economy.Economy, error) {
	type result struct {
		e   economy.Economy
		err error
	}
	seen := map[string]result{}
	return func(name string) (economy.Economy, error) {
		r, ok := seen[name]
		if !ok {
			r.e, r.err = load(name)
			seen[name] = r
		}
		return r.e, r.err
	}
}

// registry is the frameworks cases may name.
type registry []*regime.Framework

func (c *config) registry() (registry, error) {
	if c.ownFrameworks {
		return c.frameworks, nil
	}
	fws, err := england.Frameworks()
	if err != nil {
		return nil, fmt.Errorf("regimetest: the shipped frameworks do not build: %w", err)
	}
	return fws, nil
}

func (r registry) byID(id string) *regime.Framework {
	for _, f := range r {
		if f != nil && f.ID() == id {
			return f
		}
	}
	return nil
}

func (r registry) ids() []string {
	var out []string
	for _, f := range r {
		if f != nil {
			out = append(out, f.ID())
		}
	}
	return out
}

// parseFile decodes one suite file: {"suite": ..., "description": ...,
// "cases": [...]}.
func parseFile(name string, data []byte, cfg *config, reg registry) ([]Case, error) {
	// The file, its cases and a case are three levels around an inline
	// economy, which then nests as deeply as economy.Parse allows.
	root, dec := input.Read(data, "the case file", 3)
	if root == nil {
		return nil, dec.List.Err()
	}
	d := &decoder{Decoder: dec, data: data}
	d.Fields(root, "suite", "description", "cases")
	for _, k := range []string{"suite", "description"} {
		if v := root.Get(k); v != nil {
			d.Str(v)
		}
	}
	cases := root.Get("cases")
	if cases == nil {
		d.List.Add("", "no cases")
		return nil, d.List.Err()
	}
	if !d.Want(cases, jsontree.Array, "") {
		return nil, d.List.Err()
	}
	if len(cases.Items) == 0 {
		d.Fail(cases, "no cases")
	}
	var out []Case
	names := map[string]string{}
	for _, el := range cases.Items {
		c, ok := d.parseCase(el, name, cfg, reg)
		if prev, dup := names[c.Name]; dup && c.Name != "" {
			d.Fail(el.Get("name"), "%q already names %s", c.Name, prev)
			continue
		}
		names[c.Name] = c.Path
		if ok {
			out = append(out, c)
		}
	}
	if err := d.List.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
