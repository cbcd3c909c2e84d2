package org.paniercommun.access;

/**
 * The kinds of object an address can name, each with the query that finds its home ({@link Home}: antenna, group,
 * household, producer). {@link ScopeFilter} reads the kind of each path or query parameter from its name, or for
 * {@code {id}} from the segment before it.
 */
public enum ObjectKind {
    ANTENNA("select a.id, null, null, null from antennas a where a.id = ?"),
    GROUP("select g.antenna_id, g.id, null, null from purchasing_groups g where g.id = ?"),
    RELAY_POINT("select g.antenna_id, g.id, null, null from relay_points p join purchasing_groups g on g.id = p.group_id "
            + "where p.id = ?"),
    HOUSEHOLD("select g.antenna_id, h.group_id, h.id, null from households h "
            + "join purchasing_groups g on g.id = h.group_id where h.id = ?"),
    PRODUCER("select p.antenna_id, null, null, p.id from producers p where p.id = ?"),
    PRODUCT("select p.antenna_id, null, null, p.producer_id from products p where p.id = ?"),
    ROUND("select r.antenna_id, null, null, null from rounds r where r.id = ?"),
    /** A relay point's distribution in a round ("créneau"): it belongs to the relay point's group. */
    SLOT("select r.antenna_id, p.group_id, null, null from round_slots s join rounds r on r.id = s.round_id "
            + "join relay_points p on p.id = s.relay_point_id where s.id = ?"),
    /** A product offered in a round: households, volunteers and its producer see it. */
    ROUND_OFFER("select r.antenna_id, null, null, p.producer_id from round_offers o join rounds r on r.id = o.round_id "
            + "join products p on p.id = o.product_id where o.id = ?"),
    ORDER("select r.antenna_id, h.group_id, h.id, null from orders o join rounds r on r.id = o.round_id "
            + "join households h on h.id = o.household_id where o.id = ?"),
    BASKET_OFFER("select p.antenna_id, null, null, p.id from basket_offers o join producers p on p.id = o.producer_id "
            + "where o.id = ?"),
    BASKET_DELIVERY("select p.antenna_id, null, null, p.id from basket_deliveries d "
            + "join basket_offers o on o.id = d.offer_id join producers p on p.id = o.producer_id where d.id = ?"),
    /** One basket handed out at a relay point: it belongs to the relay point's group and to its household. */
    BASKET_HANDOUT("select g.antenna_id, g.id, s.household_id, null from basket_handouts b "
            + "join basket_subscriptions s on s.id = b.subscription_id join relay_points p on p.id = b.relay_point_id "
            + "join purchasing_groups g on g.id = p.group_id where b.id = ?"),
    SUBSCRIPTION("select g.antenna_id, h.group_id, h.id, null from basket_subscriptions s "
            + "join households h on h.id = s.household_id join purchasing_groups g on g.id = h.group_id where s.id = ?"),
    REFERRAL("select g.antenna_id, h.group_id, h.id, null from basket_referrals f "
            + "join households h on h.id = f.household_id join purchasing_groups g on g.id = h.group_id where f.id = ?"),
    /** Funders co-fund baskets across the network: no antenna. */
    FUNDER("select null, null, null, null from basket_funders f where f.id = ?"),
    /** An account: its management is scoped by account/AccountService itself (which antennas and groups it holds). */
    ACCOUNT(null);

    final String homeQuery;

    /** What a 404 says for this kind, in the request's language. */
    public String missing() {
        ScopeMessages texts = org.paniercommun.kernel.Texts.of(ScopeMessages.class);
        return switch (this) {
            case ANTENNA -> texts.missing_antenna();
            case GROUP -> texts.missing_group();
            case RELAY_POINT -> texts.missing_relay_point();
            case HOUSEHOLD -> texts.missing_household();
            case PRODUCER -> texts.missing_producer();
            case PRODUCT -> texts.missing_product();
            case ROUND -> texts.missing_round();
            case SLOT -> texts.missing_slot();
            case ROUND_OFFER -> texts.missing_round_offer();
            case ORDER -> texts.missing_order();
            case BASKET_OFFER -> texts.missing_basket_offer();
            case BASKET_DELIVERY -> texts.missing_basket_delivery();
            case BASKET_HANDOUT -> texts.missing_basket_handout();
            case SUBSCRIPTION -> texts.missing_subscription();
            case REFERRAL -> texts.missing_referral();
            case FUNDER -> texts.missing_funder();
            case ACCOUNT -> texts.missing_account();
        };
    }

    ObjectKind(String homeQuery) {
        this.homeQuery = homeQuery;
    }
}
