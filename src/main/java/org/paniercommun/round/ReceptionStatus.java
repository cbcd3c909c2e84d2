package org.paniercommun.round;

/** What the hub found when a producer delivered a product (réception). */
public enum ReceptionStatus {
    COMPLETE("Complet"),
    SHORT("Manquant"),
    DAMAGED("Abîmé"),
    REPLACED("Remplacé");

    public final String label;

    ReceptionStatus(String label) {
        this.label = label;
    }
}
