/**
 * Enums written by id ({@code host-file}, {@code reserved-cores}, …) and the one function that parses them.
 */
package dev.sci4j.rules.id;
