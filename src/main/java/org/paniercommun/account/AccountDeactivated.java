package org.paniercommun.account;

/**
 * Fired in the transaction that deactivates an account: once it commits, its sessions stop working
 * ({@link SessionIdentities} forgets the cached identity and refuses inactive accounts).
 */
public record AccountDeactivated(String login) {
}
