package org.paniercommun.account;

import java.util.List;

/** Role names, as stored in {@code user_accounts.roles} and used in {@code @RolesAllowed}. */
public final class Role {
    /** Coordinateur : sets up groups, catalogue and prices, opens and closes rounds. */
    public static final String COORDINATOR = "COORDINATOR";
    /** Bénévole : enters paper orders, prints and ticks distribution lists. */
    public static final String VOLUNTEER = "VOLUNTEER";
    /** Producteur : sees its own products, purchase orders and statements. */
    public static final String PRODUCER = "PRODUCER";
    /** Foyer adhérent : orders for itself. */
    public static final String HOUSEHOLD = "HOUSEHOLD";
    /**
     * Référent social (CCAS, centre social) : oriente des foyers vers les paniers solidaires en notant la
     * condition d'éligibilité vérifiée, sans aucun justificatif ; ne voit que les foyers qu'il a orientés.
     */
    public static final String REFERRER = "REFERRER";

    public static final List<String> ALL = List.of(COORDINATOR, VOLUNTEER, PRODUCER, HOUSEHOLD, REFERRER);

    private Role() {
    }
}
