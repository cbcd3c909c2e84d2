package org.paniercommun.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is looking at a page; read by the layout as {@code inject:viewer} to show the right menu. */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getLogin() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isCoordinator() {
        return identity.hasRole(Role.COORDINATOR);
    }

    public boolean isVolunteer() {
        return identity.hasRole(Role.VOLUNTEER);
    }

    public boolean isProducer() {
        return identity.hasRole(Role.PRODUCER);
    }

    public boolean isHousehold() {
        return identity.hasRole(Role.HOUSEHOLD);
    }

    public boolean isReferrer() {
        return identity.hasRole(Role.REFERRER);
    }
}
