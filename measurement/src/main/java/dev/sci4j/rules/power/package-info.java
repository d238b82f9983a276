/**
 * The power models shared by the agent and the calculator, with their coefficients and sources: the Teads TDP
 * curve and Cloud Carbon Footprint's per-vCPU, memory and network coefficients.
 */
package dev.sci4j.rules.power;
