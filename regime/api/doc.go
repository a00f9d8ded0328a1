// Package api is a JSON-in, JSON-out entry point to the regime package,
// for notebooks and other languages.
package api
