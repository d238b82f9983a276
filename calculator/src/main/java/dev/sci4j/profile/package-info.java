/**
 * Procurement profiles: what a buyer requires of every SCI report so reports can be compared
 * ({@link dev.sci4j.profile.ProcurementProfile}), read by id from {@code sci4j-procurement-profiles} or from a
 * YAML file ({@link dev.sci4j.profile.Profiles}).
 */
package dev.sci4j.profile;
