package org.paniercommun.distribution;

/** How a household paid at pickup. */
public enum PaymentMethod {
    CASH("Espèces"),
    CARD("Carte bancaire"),
    CHEQUE("Chèque"),
    TRANSFER("Virement"),
    LOCAL_CURRENCY("Monnaie locale"),
    OTHER("Autre");

    public final String label;

    PaymentMethod(String label) {
        this.label = label;
    }
}
