/**
 * SCI reports (ISO/IEC 21031:2024) as vendors submit them: the model ({@link dev.sci4j.report.SciReport}) with
 * its disclosures, 95 % interval and embedded measurement files; building one from measurement files
 * ({@link dev.sci4j.report.ReportBuilder}); reading, validating and atomically writing the JSON
 * ({@link dev.sci4j.report.ReportJson}, schema {@code sci-report.schema.json}); recomputation
 * ({@link dev.sci4j.report.ReportScoring}, through {@code dev.sci4j.score.Scoring}) and verification
 * ({@link dev.sci4j.report.ReportVerifier}).
 */
package dev.sci4j.report;
