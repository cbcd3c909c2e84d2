package org.paniercommun.distribution;

/** How a household paid at pickup. */
public enum PaymentMethod {
    CASH,
    CARD,
    CHEQUE,
    TRANSFER,
    LOCAL_CURRENCY,
    OTHER
}
