package org.paniercommun.household;

/** Yearly membership (adhésion): 1 € for residents of the neighbourhood, from 20 € as solidarity. */
public enum MembershipKind {
    QUARTIER("Adhésion quartier", 100),
    SOLIDAIRE("Adhésion solidaire", 2000);

    public final String label;
    /** For QUARTIER the amount; for SOLIDAIRE the minimum. */
    public final long baseAmountCents;

    MembershipKind(String label, long baseAmountCents) {
        this.label = label;
        this.baseAmountCents = baseAmountCents;
    }
}
