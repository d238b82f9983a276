package dev.sci4j.measurement;

import java.util.Arrays;

/**
 * A minimal JSON text builder that lays out exactly as Jackson's default pretty printer ({@code INDENT_OUTPUT}):
 * objects one entry per line indented by two spaces per enclosing object, {@code "name" : value}, arrays inline
 * ({@code [ a, b ]}), empty containers as {@code { }} and {@code [ ]}, lines ended by the platform's separator,
 * doubles as {@link Double#toString}. It exists so that the agent's measurement file costs no JSON library's class
 * loading (~75 classes, tens of ms on a cold JVM) on a short-lived JVM's exit path. Callers write well-formed
 * sequences and finite numbers (the model validates them). Not thread-safe: one instance per document.
 */
final class PrettyJson {
    private static final String EOL = System.lineSeparator();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    /** Per open container: the entries written so far, and whether it is an array. */
    private int[] counts = new int[16];

    private boolean[] arrays = new boolean[16];
    private int depth;
    private int objectDepth;

    /** A document. */
    PrettyJson() {
        this.out = new StringBuilder(16 * 1024);
    }

    /**
     * A fragment: one value that will stand inside {@code enclosingObjects} objects of a document, indented for
     * that place, to be written there with {@link #raw}.
     */
    PrettyJson(int enclosingObjects) {
        this.out = new StringBuilder(1024);
        this.objectDepth = enclosingObjects;
    }

    PrettyJson startObject() {
        beforeValue();
        out.append('{');
        push(false);
        objectDepth++;
        return this;
    }

    PrettyJson endObject() {
        int entries = counts[--depth];
        objectDepth--;
        if (entries > 0) {
            newLine();
        } else {
            out.append(' ');
        }
        out.append('}');
        return this;
    }

    PrettyJson startArray() {
        beforeValue();
        out.append('[');
        push(true);
        return this;
    }

    PrettyJson endArray() {
        depth--;
        out.append(" ]");
        return this;
    }

    /** The next entry's name in the open object; its value follows. */
    PrettyJson name(String name) {
        out.append(counts[depth - 1]++ > 0 ? "," : "");
        newLine();
        quoted(name);
        out.append(" : ");
        return this;
    }

    PrettyJson value(String text) {
        beforeValue();
        quoted(text);
        return this;
    }

    PrettyJson value(long number) {
        beforeValue();
        out.append(number);
        return this;
    }

    PrettyJson value(double number) {
        beforeValue();
        out.append(number);
        return this;
    }

    /** A value rendered by a fragment builder made for this place ({@link #PrettyJson(int)}). */
    PrettyJson raw(String fragment) {
        beforeValue();
        out.append(fragment);
        return this;
    }

    PrettyJson nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    PrettyJson field(String name, String text) {
        return name(name).value(text);
    }

    PrettyJson field(String name, long number) {
        return name(name).value(number);
    }

    PrettyJson field(String name, double number) {
        return name(name).value(number);
    }

    String text() {
        return out.toString();
    }

    /** Array elements are separated inline; an object's value needs nothing (its name wrote the separator). */
    private void beforeValue() {
        if (depth > 0 && arrays[depth - 1]) {
            out.append(counts[depth - 1]++ > 0 ? ", " : " ");
        }
    }

    private void push(boolean array) {
        if (depth == counts.length) {
            counts = Arrays.copyOf(counts, depth * 2);
            arrays = Arrays.copyOf(arrays, depth * 2);
        }
        counts[depth] = 0;
        arrays[depth] = array;
        depth++;
    }

    private void newLine() {
        out.append(EOL);
        for (int i = 0; i < objectDepth; i++) {
            out.append("  ");
        }
    }

    /** Jackson's escapes: quote, backslash, the five short control escapes, other controls as {@code \}{@code u00XX}. */
    private void quoted(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null) {
                out.append(escape);
            } else if (c < 0x20) {
                out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static String escape(char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\b':
                return "\\b";
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\f':
                return "\\f";
            case '\r':
                return "\\r";
            default:
                return null;
        }
    }
}
