package org.paniercommun.home;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.paniercommun.kernel.Dates;
import org.paniercommun.account.Role;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderStatus;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;
import org.paniercommun.web.Formats;

/**
 * What waits on the person who opens the home page, read from what the features already know: the open round to
 * order in (households); the paper forms to print and type, the pickup lists and distribution day of the closed
 * rounds and the week's basket pickup lists of their groups (volunteers); the rounds to open, close, decide, send,
 * distribute and settle (coordinators). Links only to pages the person may open.
 */
@ApplicationScoped
class HomeActions {


    /** How many closed rounds a volunteer sees (the latest first). */
    private static final int CLOSED_ROUNDS = 3;

    @Inject
    EntityManager em;

    @Inject
    RoundService rounds;

    @Inject
    HouseholdService households;

    @Inject
    VolunteerGroups volunteers;

    @Inject
    OrderService orders;

    @Inject
    org.paniercommun.ordering.HouseholdOrders householdOrders;

    public record Action(String label, String href) {
    }

    /** A round or a basket delivery, with what to do about it. */
    public record Card(String title, String detail, List<Action> actions) {
    }

    public record Home(List<Card> household, List<Card> rounds, List<Card> baskets) {
        public boolean isEmpty() {
            return household.isEmpty() && rounds.isEmpty() && baskets.isEmpty();
        }
    }

    @Transactional
    public Home of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Home(List.of(), List.of(), List.of());
        }
        AppMessages msg = Texts.of(AppMessages.class);
        List<Card> household = identity.hasRole(Role.HOUSEHOLD) ? household(identity, msg) : List.of();
        boolean coordinator = identity.hasRole(Role.COORDINATOR);
        boolean volunteer = identity.hasRole(Role.VOLUNTEER);
        if (!coordinator && !volunteer) {
            return new Home(household, List.of(), List.of());
        }
        Set<Long> scope = volunteers.scopeOf(identity);
        return new Home(household, staffRounds(scope, coordinator, msg), baskets(scope, msg));
    }

    /**
     * The household's open rounds: its order sent (what it pays, see or change it) or not yet (order, or take up its
     * last order again).
     */
    private List<Card> household(SecurityIdentity identity, AppMessages msg) {
        return households.forLogin(identity.getPrincipal().getName())
                .map(h -> rounds.openFor(h.group.id, Instant.now()).stream().map(r -> {
                    String base = "/commandes/" + r.id;
                    var order = orders.find(r.id, h.id).filter(o -> o.status == OrderStatus.SUBMITTED);
                    if (order.isPresent()) {
                        return new Card(r.name, msg.home_order_sent(OrderService.when(r.deadline),
                                Money.format(order.get().amountToPayCents())),
                                List.of(new Action(msg.home_order_view(), base + "/confirmation"),
                                        new Action(msg.home_order_change(), base)));
                    }
                    List<Action> actions = new ArrayList<>();
                    actions.add(new Action(msg.home_order_action(), base));
                    if (householdOrders.lastOrderId(r.id, h.id) != null) {
                        actions.add(new Action(msg.home_order_refill(), base + "?reprendre=1"));
                    }
                    return new Card(r.name, msg.home_order_until(OrderService.when(r.deadline)), actions);
                }).toList())
                .orElse(List.of());
    }

    /**
     * Where a person lands after logging in: a household that has only one open round to order in, and has not
     * ordered in it yet, goes straight to its order form (the one thing it came for); everyone else to the home page.
     */
    @Transactional
    public String landing(SecurityIdentity identity) {
        if (identity.isAnonymous() || !identity.hasRole(Role.HOUSEHOLD) || identity.hasRole(Role.COORDINATOR)
                || identity.hasRole(Role.VOLUNTEER) || identity.hasRole(Role.PRODUCER) || identity.hasRole(Role.REFERRER)) {
            return "/";
        }
        return households.forLogin(identity.getPrincipal().getName()).map(h -> {
            List<Round> open = rounds.openFor(h.group.id, Instant.now());
            if (open.size() != 1 || orders.find(open.get(0).id, h.id)
                    .filter(o -> o.status == OrderStatus.SUBMITTED).isPresent()) {
                return "/";
            }
            return "/commandes/" + open.get(0).id;
        }).orElse("/");
    }

    private List<Card> staffRounds(Set<Long> scope, boolean coordinator, AppMessages msg) {
        List<Round> live = Round.<Round>find("select distinct r from Round r left join fetch r.groups "
                + "where r.status in ?1", List.of(RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED,
                        RoundStatus.DISTRIBUTED)).list();
        List<Round> mine = new ArrayList<>(live.stream()
                .filter(r -> scope == null || r.groups.stream().anyMatch(g -> scope.contains(g.id)))
                .filter(r -> coordinator || r.status != RoundStatus.DRAFT)
                .sorted(Comparator.comparing((Round r) -> r.deadline).reversed()).toList());
        // Volunteers: every open round, and the latest closed or distributed ones (today's lists, last month's).
        List<Round> shown = new ArrayList<>();
        int past = 0;
        for (Round r : mine) {
            boolean after = r.status == RoundStatus.CLOSED || r.status == RoundStatus.DISTRIBUTED;
            if (!coordinator && after && ++past > CLOSED_ROUNDS) {
                continue;
            }
            shown.add(r);
        }
        shown.sort(Comparator.comparing((Round r) -> r.status).thenComparing(r -> r.deadline));
        RoundMessages statuses = Texts.of(RoundMessages.class);
        Instant now = Instant.now();
        List<Card> cards = new ArrayList<>();
        for (Round r : shown) {
            String base = "/tournees/" + r.id;
            List<Action> actions = new ArrayList<>();
            String detail = statuses.round_status(r.status);
            switch (r.status) {
                case DRAFT -> actions.add(new Action(msg.home_round_prepare(), base));
                case OPEN -> {
                    detail = msg.home_round_until(OrderService.when(r.deadline));
                    if (coordinator && r.deadline.isBefore(now)) {
                        actions.add(new Action(msg.home_round_close(), base));
                    }
                    actions.add(new Action(msg.home_round_paper_entry(), base + "/saisie"));
                    r.groups.stream().filter(g -> scope == null || scope.contains(g.id))
                            .sorted(Comparator.comparing((PurchasingGroup g) -> g.name))
                            .forEach(g -> actions.add(new Action(msg.home_round_order_form(g.name),
                                    base + "/bon-de-commande?groupId=" + g.id)));
                }
                case CLOSED -> {
                    if (coordinator && r.allocationConfirmedAt == null) {
                        actions.add(new Action(msg.home_round_closing(), base + "/cloture"));
                    }
                    if (coordinator) {
                        actions.add(new Action(msg.home_round_purchase_orders(), base + "/bons-de-commande"));
                    }
                    actions.add(new Action(msg.home_round_lists(), base + "/listes"));
                    actions.add(new Action(msg.home_round_distribution(), base + "/distribution"));
                }
                case DISTRIBUTED -> {
                    if (coordinator) {
                        actions.add(new Action(msg.home_round_settle(), base + "/bilan"));
                    }
                    actions.add(new Action(msg.home_round_lists(), base + "/listes"));
                    actions.add(new Action(msg.home_round_distribution(), base + "/distribution"));
                }
                default -> {
                }
            }
            cards.add(new Card(r.name, detail, actions));
        }
        return cards;
    }

    /** Basket pickup lists of the relay points of the person's groups, from yesterday to a week ahead. */
    private List<Card> baskets(Set<Long> scope, AppMessages msg) {
        LocalDate today = LocalDate.now(Dates.ZONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct d.id, d.delivery_date, d.offer_name, d.pickup_time, p.id as point, p.name, p.group_id
                from basket_handouts h join basket_deliveries d on d.id = h.delivery_id
                join relay_points p on p.id = h.relay_point_id
                where d.delivery_date between :from and :to
                order by d.delivery_date, d.offer_name, p.name""")
                .setParameter("from", today.minusDays(1)).setParameter("to", today.plusDays(7))
                .getResultList();
        List<Card> cards = new ArrayList<>();
        for (Object[] row : rows) {
            long groupId = ((Number) row[6]).longValue();
            if (scope != null && !scope.contains(groupId)) {
                continue;
            }
            LocalDate date = row[1] instanceof Date d ? d.toLocalDate() : (LocalDate) row[1];
            cards.add(new Card(msg.home_basket_title((String) row[2], (String) row[5]),
                    msg.home_basket_when(Formats.longDate(date), (String) row[3]),
                    List.of(new Action(msg.home_basket_pickup(), "/paniers/livraisons/" + ((Number) row[0]).longValue()
                            + "/retrait/" + ((Number) row[4]).longValue()))));
        }
        return cards;
    }
}
