package org.paniercommun.settlement;

/**
 * Life of a producer statement: computed (DRAFT), sent to the producer (SENT), paid (PAID). Its label is
 * {@link SettlementMessages#statement_status}.
 */
public enum StatementStatus {
    DRAFT,
    SENT,
    PAID
}
