package dev.sci4j.compare;

/**
 * A small HTML writer that escapes every text and attribute value, so report content (vendor names, reasons)
 * can never inject markup. Not thread-safe; one per page.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    /** Opens {@code <tag a="v" …>}; attributes as name/value pairs. */
    Html open(String tag, String... attributes) {
        sb.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            sb.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
        sb.append('>');
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag …>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        open(tag, attributes);
        text(text);
        sb.append("</").append(tag).append('>');
        return this;
    }

    Html text(String text) {
        sb.append(escape(text));
        return this;
    }

    /** Markup the caller built and escaped itself (the SVG chart, the style sheet). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
