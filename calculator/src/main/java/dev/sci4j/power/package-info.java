/**
 * Power models for the SCI "calculation" method, when software is measured without the sci4j agent: the Teads
 * TDP curve (linear or natural cubic spline) with a vCPU share, Cloud Carbon Footprint's linear per-vCPU model,
 * memory power and network energy: typed wrappers over the shared models of {@code dev.sci4j.rules.power},
 * where every coefficient carries its source in the javadoc of its constant.
 */
package dev.sci4j.power;
