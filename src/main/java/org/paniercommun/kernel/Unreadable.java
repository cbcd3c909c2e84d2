package org.paniercommun.kernel;

/**
 * An amount or quantity typed by a person that cannot be read, by its code ({@link Reason}). {@link Money} and
 * {@link Quantities} answer it without a word, so they test without Quarkus; the words come when the message is read
 * at the edge (next to the field, in problem+json, in a CSV report), in the request's language.
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

    /** The reason in words, for the person who typed it. */
    @Override
    public String getMessage() {
        AppMessages messages = Texts.of(AppMessages.class);
        return switch (reason) {
            case AMOUNT_MISSING -> messages.form_amount_missing();
            case NOT_AN_AMOUNT -> messages.form_not_an_amount(typed);
            case AMOUNT_DECIMALS -> messages.form_amount_decimals();
            case AMOUNT_TOO_BIG -> messages.form_amount_too_big(Money.format(Money.MAX_CENTS));
            case QUANTITY_MISSING -> messages.form_quantity_missing();
            case NOT_A_NUMBER -> messages.form_not_a_number(typed);
            case QUANTITY_DECIMALS -> messages.form_quantity_decimals();
            case QUANTITY_TOO_BIG -> messages.form_quantity_too_big(Quantities.format(Quantities.MAX));
        };
    }
}
