/**
 * Integrity: the canonical form a signature covers ({@link dev.sci4j.sign.CanonicalJson}, after RFC 8785), Ed25519
 * keys as PEM with the JDK provider ({@link dev.sci4j.sign.Ed25519Keys}), and signing and verifying a JSON
 * document without its {@code signature} member ({@link dev.sci4j.sign.DocumentSigner}).
 */
package dev.sci4j.sign;
