package org.paniercommun.ordering;

public enum OrderStatus {
    SUBMITTED("Envoyée"),
    CANCELLED("Annulée");

    public final String label;

    OrderStatus(String label) {
        this.label = label;
    }
}
