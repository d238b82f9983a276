/**
 * CI carbon budgets: a {@link dev.sci4j.budget.Budget} file sets, per functional unit, absolute limits on the
 * SCI and on the energy per unit and a relative limit on regressions against a baseline, each at level
 * {@code error} or {@code warn}; {@link dev.sci4j.budget.BudgetCheck} applies it to repeated runs, with a
 * statistical guard so noise does not fail builds, and the writers turn the result into a summary, JUnit XML
 * and github-action-benchmark JSON. Used by {@code sci4j check} and by the {@code sci4j-maven-plugin}.
 */
package dev.sci4j.budget;
