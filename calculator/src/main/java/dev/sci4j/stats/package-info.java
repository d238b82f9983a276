/**
 * The statistics behind the budget's noise guard: sample summaries, the regularised incomplete beta function,
 * Student's t distribution and Welch's unequal-variance t-test. Pure functions on {@code double} arrays;
 * stateless and thread-safe. Tested against values computed independently (SciPy).
 */
package dev.sci4j.stats;
