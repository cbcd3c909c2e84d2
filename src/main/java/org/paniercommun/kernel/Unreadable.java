package org.paniercommun.kernel;

/**
 * An amount or quantity typed by a person that cannot be read, by its code ({@link Reason}); its message is the code.
 * {@link Money} and {@link Quantities} answer it without a word, so they test without Quarkus; the edge words it
 * ({@link Texts#explain(Unreadable)}: next to the field, in a CSV report), in the request's language.
 */
public final class Unreadable extends IllegalArgumentException {

    /** Why the text cannot be read. */
    public enum Reason {
        AMOUNT_MISSING, NOT_AN_AMOUNT, AMOUNT_DECIMALS, AMOUNT_TOO_BIG,
        QUANTITY_MISSING, NOT_A_NUMBER, QUANTITY_DECIMALS, QUANTITY_TOO_BIG
    }

    private final Reason reason;
    private final String typed;

    Unreadable(Reason reason, String typed) {
        super(reason.name(), null);
        this.reason = reason;
        this.typed = typed == null ? "" : typed.trim();
    }

    public Reason reason() {
        return reason;
    }

    /** What was typed, trimmed, for the words that explain the reason. */
    public String typed() {
        return typed;
    }
}
