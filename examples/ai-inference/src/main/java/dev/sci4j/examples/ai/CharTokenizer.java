package dev.sci4j.examples.ai;

/**
 * The model's tokenizer: one token per character, the 95 printable ASCII characters ({@code ' '} to
 * {@code '~'}); any other character is read as {@code '?'}. So "tokens" here are exactly what the service
 * counts and bills, as a real service counts its own tokenizer's tokens. Stateless and thread-safe.
 */
public final class CharTokenizer {
    /** Number of distinct tokens. */
    public static final int VOCABULARY = 95;

    private static final char FIRST = ' ';
    private static final int UNKNOWN = '?' - FIRST;

    private CharTokenizer() {}

    /** The token ids of {@code text}, one per UTF-16 char. */
    public static int[] encode(String text) {
        int[] ids = new int[text.length()];
        for (int i = 0; i < ids.length; i++) {
            int id = text.charAt(i) - FIRST;
            ids[i] = id >= 0 && id < VOCABULARY ? id : UNKNOWN;
        }
        return ids;
    }

    /** The text of token ids, each in {@code [0, VOCABULARY)}. */
    public static String decode(int[] ids) {
        StringBuilder text = new StringBuilder(ids.length);
        for (int id : ids) {
            if (id < 0 || id >= VOCABULARY) {
                throw new IllegalArgumentException("token id " + id + " is not in [0, " + VOCABULARY + ")");
            }
            text.append((char) (FIRST + id));
        }
        return text.toString();
    }
}
