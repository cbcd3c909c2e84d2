package org.paniercommun.round;

/** What the hub found when a producer delivered a product (réception). */
public enum ReceptionStatus {
    COMPLETE,
    SHORT,
    DAMAGED,
    REPLACED
}
