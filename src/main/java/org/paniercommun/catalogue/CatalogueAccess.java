package org.paniercommun.catalogue;

import io.quarkus.security.identity.SecurityIdentity;
import org.paniercommun.account.Role;

/** Who sees what of the catalogue. */
final class CatalogueAccess {

    private CatalogueAccess() {
    }

    /** Coordinators see everything, including inactive products and purchase prices of all producers. */
    static boolean seesWholeCatalogue(SecurityIdentity identity) {
        return identity.hasRole(Role.COORDINATOR);
    }

    /** Volunteers and households see what can be ordered: active products of active producers. */
    static boolean seesOrderableCatalogue(SecurityIdentity identity) {
        return identity.hasRole(Role.VOLUNTEER) || identity.hasRole(Role.HOUSEHOLD);
    }
}
