package regimetest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"

	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// maxFileSize bounds a case file, so that a stray large file fails clearly
// instead of filling memory.
const maxFileSize = 16 << 20

// Load reads every case file in fsys matching pattern (fs.Glob syntax),
// in name order, and resolves each case: its framework and variant, its
// economy, and every subject and rule set its expectations name. Decoding
// is strict: unknown fields, duplicate fields, wrong types, unknown words
// and ids, and malformed economies are errors. Every problem is reported,
// each as an *Error with its file and path, joined with errors.Join. A
// pattern matching no file is an error too, so that a typo cannot make a
// suite pass by running nothing.
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
	var out []Case
	var errs []error
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		switch {
		case err != nil:
			errs = append(errs, &Error{File: name, Message: err.Error()})
			continue
		case len(data) > maxFileSize:
			errs = append(errs, &Error{File: name, Message: fmt.Sprintf("larger than %d bytes", maxFileSize)})
			continue
		}
		cs, err := parseFile(name, data, cfg, reg)
		out = append(out, cs...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
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
	d := &decoder{file: name}
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			d.fail("", "malformed JSON at %s: %v", position(data, syn.Offset), err)
		} else {
			d.fail("", "malformed JSON: %v", err)
		}
		return nil, d.err()
	}
	top := d.object("", raw, "suite", "description", "cases")
	if top == nil {
		return nil, d.err()
	}
	for _, k := range []string{"suite", "description"} {
		if v, ok := top[k]; ok {
			d.str(k, v)
		}
	}
	rawCases, ok := top["cases"]
	if !ok {
		d.fail("", "no cases")
		return nil, d.err()
	}
	elems := d.array("cases", rawCases)
	if elems != nil && len(elems) == 0 {
		d.fail("cases", "no cases")
	}
	var out []Case
	names := map[string]string{}
	for i, el := range elems {
		path := index("cases", i)
		c, ok := d.parseCase(path, el, cfg, reg)
		if prev, dup := names[c.Name]; dup && c.Name != "" {
			d.fail(join(path, "name"), "%q already names %s", c.Name, prev)
			continue
		}
		names[c.Name] = path
		if ok {
			out = append(out, c)
		}
	}
	if err := d.err(); err != nil {
		return nil, err
	}
	return out, nil
}
