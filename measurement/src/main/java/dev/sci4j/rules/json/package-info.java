/**
 * Jackson mapper settings, in one place, at named strictness levels.
 */
package dev.sci4j.rules.json;
