/**
 * Comparing vendors' reports under a profile for procurement officers: conformance checks that name each
 * failure, normalisation to the profile's grid, ranking with overlapping intervals reported
 * ({@link dev.sci4j.compare.VendorComparison}), and the terminal, JSON and accessible HTML forms.
 */
package dev.sci4j.compare;
