package dev.sci4j.examples.ai;

/**
 * Command-line values of the example's programs: a bad value is an {@link IllegalArgumentException} whose
 * message is one sentence naming the option, and a program reports it as one line with exit code 2, never as a
 * stack trace. Stateless.
 */
final class Arguments {
    /** The exit code for bad arguments, as for most command-line tools. */
    static final int BAD_ARGUMENTS = 2;

    private Arguments() {}

    /** {@code value} as a whole number in [{@code min}, {@code max}]. */
    static int integer(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " needs a whole number from " + min + " to " + max + ", not '" + value + "'", e);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " is " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    /** {@code value} as a number of seconds, more than 0 and at most {@code max}. */
    static double seconds(String name, String value, int max) {
        double s;
        try {
            s = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number of seconds, not '" + value + "'", e);
        }
        if (!(s > 0 && s <= max)) {
            throw new IllegalArgumentException(name + " must be more than 0 and at most " + max + " s, not " + value);
        }
        return s;
    }

    /** Reports bad arguments as one line, with the usage, and ends the program with {@link #BAD_ARGUMENTS}. */
    static void fail(String program, String usage, Exception e) {
        System.err.println(program + ": " + e.getMessage() + " (usage: " + usage + ")");
        System.exit(BAD_ARGUMENTS);
    }
}
