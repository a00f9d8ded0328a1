// Package policytests is what a policy team's own repository looks like:
// case files in policy/, stating what the rules must decide, and one test
// that runs them. README's "Writing policy test cases" shows these files;
// a test keeps the two identical.
package policytests
