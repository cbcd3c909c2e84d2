package org.paniercommun.kernel;

/**
 * What text may come in. A NUL character or half of a surrogate pair is never typed by a person: PostgreSQL refuses the
 * first and cannot store the second, so both are refused at the edge with a 400, before any database call.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * True when {@code value} has nothing a person can read: only spaces and invisible characters (a byte-order mark,
     * zero-width or direction marks). A name made of them would be an empty link on every list.
     */
    public static boolean invisible(CharSequence value) {
        return value != null && value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL);
    }

    /** True when {@code value} holds a NUL or an unpaired surrogate. */
    public static boolean forbidden(CharSequence value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
