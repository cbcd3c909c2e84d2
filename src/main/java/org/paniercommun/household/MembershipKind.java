package org.paniercommun.household;

/**
 * Yearly membership (adhésion): 1 € for residents of the neighbourhood, from 20 € as solidarity. Its name is
 * {@link HouseholdMessages#membership_kind}.
 */
public enum MembershipKind {
    QUARTIER(100),
    SOLIDAIRE(2000);

    /** For QUARTIER the amount; for SOLIDAIRE the minimum. */
    public final long baseAmountCents;

    MembershipKind(long baseAmountCents) {
        this.baseAmountCents = baseAmountCents;
    }
}
