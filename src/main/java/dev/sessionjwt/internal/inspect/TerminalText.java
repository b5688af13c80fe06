package dev.sessionjwt.internal.inspect;

/**
 * Makes text that comes from a token safe to print on a terminal: every character that is not printable (C0 and
 * C1 controls such as ESC, CR, BEL and DEL, format characters such as the Unicode bidi overrides and zero-width
 * characters, line and paragraph separators, private-use, unassigned and lone surrogate code units) becomes a
 * {@code \}{@code uXXXX} escape (upper-case hex, as the JSON of the header and the claims writes it), so a token cannot move the cursor, rewrite a line, recolour
 * the terminal or reorder what is shown.
 *
 * <pre>
 * out.println(TerminalText.line("verdict: ... kid " + TerminalText.value(kid)));
 * </pre>
 */
final class TerminalText {

    private TerminalText() {
    }

    /**
     * A line of output with its non-printable characters escaped; backslashes stay (JSON already escapes them).
     *
     * @param text the line, without its line end, not null
     */
    static String line(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (!isPrintable(codePoint)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                for (char unit : Character.toChars(codePoint)) {
                    out.append(String.format("\\u%04X", (int) unit));
                }
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * A raw value from a token (a {@code kid}, an algorithm name, a claim name, a rejection detail) for a line:
     * its backslashes doubled, so that an escape shown is never one the token wrote, and its non-printable
     * characters escaped.
     *
     * @param value the value; null is shown as {@code null}
     */
    static String value(Object value) {
        return line(String.valueOf(value).replace("\\", "\\\\"));
    }

    private static boolean isPrintable(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED:
                return false;
            default:
                return true;
        }
    }
}
