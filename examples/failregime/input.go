package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/failregime/failregime/economy"
	"github.com/failregime/failregime/economy/cases"
	"github.com/failregime/failregime/regime"
	"github.com/failregime/failregime/regime/england"
)

// source is where the economy comes from: -case NAME, or a file argument
// ("-" for standard input).
type source struct {
	caseName string
}

func (s *source) flags(fs *flag.FlagSet) {
	fs.StringVar(&s.caseName, "case", "", "a shipped case (failregime list cases) instead of a file")
}

// load returns the economy the command judges, or the problems with it.
func (s *source) load(fs *flag.FlagSet, stdin io.Reader) (*economy.Economy, error) {
	switch {
	case s.caseName != "" && fs.NArg() > 0:
		return nil, errors.New("give -case or a file, not both")
	case s.caseName != "":
		e, err := cases.Load(s.caseName)
		if err != nil {
			return nil, fmt.Errorf("-case: %w (known: %s)", err, strings.Join(cases.Names(), ", "))
		}
		return &e, nil
	case fs.NArg() == 0:
		return nil, errors.New("give -case NAME, a file, or - for standard input")
	case fs.NArg() > 1:
		return nil, fmt.Errorf("one economy at a time, not %d files", fs.NArg())
	}
	var data []byte
	var err error
	name := fs.Arg(0)
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, economy.MaxInputBytes+1))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, err
	}
	e, err := economy.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &e, nil
}

// date parses a flag's value, naming the flag in the error.
func date(flagName, v string, required bool) (economy.Date, error) {
	if v == "" {
		if required {
			return economy.Date{}, fmt.Errorf("-%s is required (YYYY-MM-DD)", flagName)
		}
		return economy.Date{}, nil
	}
	d, err := economy.ParseDate(v)
	if err != nil {
		return economy.Date{}, fmt.Errorf("-%s: %w", flagName, err)
	}
	return d, nil
}

// framework returns the edition id names, or the one in force on day.
func framework(id string, day economy.Date) (*regime.Framework, error) {
	if id == "" || id == "in_force" {
		return england.InForce(day)
	}
	return england.FrameworkByID(id)
}

// settings turns "name=value" flags into settings of f, typed after each
// parameter.
type settings []string

func (s *settings) String() string     { return strings.Join(*s, ",") }
func (s *settings) Set(v string) error { *s = append(*s, v); return nil }

func (s settings) apply(f *regime.Framework) (*regime.Framework, error) {
	if len(s) == 0 {
		return f, nil
	}
	var out []regime.Setting
	var errs []error
	for _, kv := range s {
		name, value, ok := strings.Cut(kv, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("-set %q: want name=value", kv))
			continue
		}
		p, ok := f.Parameter(name)
		if !ok {
			errs = append(errs, fmt.Errorf("-set %s: %s has no such parameter", name, f.ID()))
			continue
		}
		v, err := typed(p.Type, value)
		if err != nil {
			errs = append(errs, fmt.Errorf("-set %s: %w", name, err))
			continue
		}
		out = append(out, regime.Set(name, v))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return f.With(out...)
}

func typed(t regime.ParamType, v string) (any, error) {
	switch t {
	case regime.ParamDecimal:
		return decimal.NewFromString(v)
	case regime.ParamInt, regime.ParamDays, regime.ParamMonths:
		return strconv.ParseInt(v, 10, 64)
	case regime.ParamBool:
		return strconv.ParseBool(v)
	}
	return v, nil
}

// fail prints err and returns the usage exit status.
func fail(stderr io.Writer, cmd string, err error) int {
	fmt.Fprintf(stderr, "failregime %s: %v\n", cmd, err)
	return 2
}
