/**
 * The duration grammar shared by the agent's configuration and the calculator's options.
 */
package dev.sci4j.rules.duration;
