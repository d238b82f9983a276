/**
 * Embodied emissions: the SCI share {@code M = TE × (TiR / EL) × (RR / ToR)} ({@link dev.sci4j.embodied.EmbodiedShare})
 * and a hardware-derived TE from Cloud Carbon Footprint's base server plus per-component additions
 * ({@link dev.sci4j.embodied.EmbodiedCoefficients}, data in {@code coefficients.json} with sources).
 */
package dev.sci4j.embodied;
