package org.paniercommun.account;

/** Fired in the transaction that changes an account's roles: its sessions read them again once it commits. */
public record AccountChanged(String login) {
}
