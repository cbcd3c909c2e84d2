package org.paniercommun.settlement;

/** Life of a producer statement: computed (DRAFT), sent to the producer (SENT), paid (PAID). */
public enum StatementStatus {
    DRAFT("Brouillon"),
    SENT("Envoyé"),
    PAID("Payé");

    public final String label;

    StatementStatus(String label) {
        this.label = label;
    }
}
