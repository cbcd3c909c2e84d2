package org.paniercommun.ordering;

public enum OrderStatus {
    SUBMITTED,
    CANCELLED
}
