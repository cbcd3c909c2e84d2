package org.paniercommun.access;

import java.util.Map;
import java.util.Set;

/**
 * Which kind of object an address parameter names. Path parameters are named for their object ({@code roundId},
 * {@code slotId}) or are {@code {id}} after a segment that names the kind ({@code /foyers/{id}},
 * {@code /api/products/{id}}); query parameters filtering a list by antenna, group, relay point or producer name it.
 */
public final class ParameterKinds {

    /**
     * Path parameters that name no object at all: a year, a month, or the secret of an invitation or password link
     * (checked by its own page: whoever holds it may use it).
     */
    static final Set<String> NOT_OBJECTS = Set.of("year", "annee", "month", "mois", "token");

    private static final Map<String, ObjectKind> BY_NAME = Map.ofEntries(
            Map.entry("antennaId", ObjectKind.ANTENNA), Map.entry("antenna", ObjectKind.ANTENNA),
            Map.entry("antenne", ObjectKind.ANTENNA),
            Map.entry("groupId", ObjectKind.GROUP), Map.entry("group", ObjectKind.GROUP),
            Map.entry("groupe", ObjectKind.GROUP),
            Map.entry("relayPointId", ObjectKind.RELAY_POINT), Map.entry("relayPoint", ObjectKind.RELAY_POINT),
            Map.entry("householdId", ObjectKind.HOUSEHOLD), Map.entry("household", ObjectKind.HOUSEHOLD),
            Map.entry("producerId", ObjectKind.PRODUCER), Map.entry("producer", ObjectKind.PRODUCER),
            Map.entry("producteur", ObjectKind.PRODUCER),
            Map.entry("productId", ObjectKind.PRODUCT), Map.entry("product", ObjectKind.PRODUCT),
            Map.entry("roundId", ObjectKind.ROUND), Map.entry("round", ObjectKind.ROUND),
            Map.entry("slotId", ObjectKind.SLOT), Map.entry("slot", ObjectKind.SLOT),
            Map.entry("orderId", ObjectKind.ORDER),
            Map.entry("deliveryId", ObjectKind.BASKET_DELIVERY),
            Map.entry("handoutId", ObjectKind.BASKET_HANDOUT),
            Map.entry("accountId", ObjectKind.ACCOUNT));

    private static final Map<String, ObjectKind> BY_SEGMENT = Map.ofEntries(
            Map.entry("antennas", ObjectKind.ANTENNA), Map.entry("antennes", ObjectKind.ANTENNA),
            Map.entry("groups", ObjectKind.GROUP), Map.entry("groupements", ObjectKind.GROUP),
            Map.entry("relay-points", ObjectKind.RELAY_POINT), Map.entry("points-relais", ObjectKind.RELAY_POINT),
            Map.entry("households", ObjectKind.HOUSEHOLD), Map.entry("foyers", ObjectKind.HOUSEHOLD),
            Map.entry("producers", ObjectKind.PRODUCER), Map.entry("producteurs", ObjectKind.PRODUCER),
            Map.entry("products", ObjectKind.PRODUCT), Map.entry("produits", ObjectKind.PRODUCT),
            Map.entry("rounds", ObjectKind.ROUND), Map.entry("tournees", ObjectKind.ROUND),
            Map.entry("deliveries", ObjectKind.BASKET_DELIVERY), Map.entry("livraisons", ObjectKind.BASKET_DELIVERY),
            Map.entry("handouts", ObjectKind.BASKET_HANDOUT),
            Map.entry("subscriptions", ObjectKind.SUBSCRIPTION), Map.entry("abonnements", ObjectKind.SUBSCRIPTION),
            Map.entry("referrals", ObjectKind.REFERRAL),
            Map.entry("funders", ObjectKind.FUNDER), Map.entry("financeurs", ObjectKind.FUNDER),
            Map.entry("accounts", ObjectKind.ACCOUNT), Map.entry("acces", ObjectKind.ACCOUNT));

    private ParameterKinds() {
    }

    /** The kind a path parameter names; null for a parameter that names no object; fails for one of unknown kind. */
    public static ObjectKind ofPath(String template, String name) {
        if (NOT_OBJECTS.contains(name)) {
            return null;
        }
        boolean baskets = template.startsWith("/api/baskets") || template.startsWith("/paniers")
                || template.startsWith("/orientations");
        if (name.equals("offerId") || name.equals("offer")) {
            return baskets ? ObjectKind.BASKET_OFFER : ObjectKind.ROUND_OFFER;
        }
        ObjectKind kind = BY_NAME.get(name);
        if (kind == null && name.equals("id")) {
            String previous = segmentBefore(template, "{" + name);
            if ("offers".equals(previous) || "offres".equals(previous)) {
                return baskets ? ObjectKind.BASKET_OFFER : ObjectKind.ROUND_OFFER;
            }
            kind = BY_SEGMENT.get(previous);
        }
        if (kind == null) {
            throw new IllegalStateException("Path parameter {" + name + "} of " + template
                    + " names no known kind of object: classify it in access/ParameterKinds");
        }
        return kind;
    }

    /** The kind a query parameter names, or null for one that names none (a page number, a search). */
    public static ObjectKind ofQuery(String name) {
        ObjectKind kind = BY_NAME.get(name);
        return kind == ObjectKind.ACCOUNT ? null : kind;
    }

    private static String segmentBefore(String template, String parameterStart) {
        int at = template.indexOf(parameterStart);
        if (at <= 1) {
            return "";
        }
        String before = template.substring(0, at - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }
}
