// Package regime applies the English NHS failure regime: rules that judge
// a provider, a commissioner or a health economy, rule sets with explicit
// hit policies, framework editions by date, and decisions with their
// reasons.
package regime
