package org.paniercommun.account;

/**
 * Fired in the transaction that ends an account's sessions (logout, password change, deactivation): once it commits,
 * this instance forgets what it kept about the account, so its old cookies are refused at once (see
 * {@link SessionIdentities}).
 */
record SessionsEnded(String login) {
}
