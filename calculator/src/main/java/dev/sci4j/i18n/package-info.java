/**
 * Texts for people in zh-TW and en ({@link dev.sci4j.i18n.Messages}, UTF-8 properties), and numbers and dates for
 * a language, with the ROC year beside the Gregorian in zh-TW ({@link dev.sci4j.i18n.Formats}).
 */
package dev.sci4j.i18n;
