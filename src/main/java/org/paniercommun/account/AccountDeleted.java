package org.paniercommun.account;

/** Fired in the transaction that deletes an account, so that nothing keeps trusting its login afterwards. */
public record AccountDeleted(String login) {
}
