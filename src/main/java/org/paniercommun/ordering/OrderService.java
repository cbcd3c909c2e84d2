package org.paniercommun.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.kernel.Dates;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/**
 * Places, changes and cancels a household's order in a round. One order per household and round;
 * submitting the same thing twice changes nothing; caps hold under concurrent orders.
 */
@ApplicationScoped
public class OrderService {

    static final ZoneId ZONE = Dates.ZONE;

    @Inject
    RoundService rounds;

    @Inject
    HouseholdService households;

    @Inject
    RoundNotifications notifications;

    @Inject
    EntityManager em;

    @Inject
    FundService fund;

    @Inject
    OrderLifecycle lifecycle;

    /** One line of an order: a product of the round's offer and a quantity in its sale unit (0 removes it). */
    public record LineCommand(@NotNull(message = "{panier.ordering.product.required}") Long offerId,
            @NotNull(message = "{panier.ordering.quantity.required}") BigDecimal quantity,
            /** "J'accepte jusqu'à … de plus pour compléter un sac": optional, in the sale unit. */
            BigDecimal tolerance) {

        public LineCommand(Long offerId, BigDecimal quantity) {
            this(offerId, quantity, null);
        }
    }

    /**
     * Saves the whole order of a household: the lines given replace the previous ones.
     *
     * @param enteredBy login of the volunteer typing a paper form, or null
     */
    /** Places or changes an order, keeping the solidarity-fund reduction it already asked for. */
    @Transactional
    public Order place(long roundId, long householdId, List<LineCommand> lines, String enteredBy, Instant now) {
        return placeKeepingFundRequest(roundId, householdId, lines, null, enteredBy, now);
    }

    /**
     * A paper form typed by staff (page and API alike): whatever the household asked from the fund online stays as it
     * is, unseen, and staff cannot ask for it. A household on paper draws with bons solidaires at the cash desk
     * (issue 23), so nobody typing its form learns that it wants help.
     *
     * @param coupons 1 € coupons bought with the order (null: keep)
     */
    @Transactional
    public Order placeOnPaper(long roundId, long householdId, List<LineCommand> lines, Integer coupons,
            String enteredBy, Instant now) {
        return placeKeepingFundRequest(roundId, householdId, lines, coupons, enteredBy, now);
    }

    private Order placeKeepingFundRequest(long roundId, long householdId, List<LineCommand> lines, Integer coupons,
            String enteredBy, Instant now) {
        return place(roundId, householdId, lines, true, null, coupons, enteredBy, now);
    }

    /** Places or changes an order with a fund request, keeping the coupons it already had. */
    @Transactional
    public Order place(long roundId, long householdId, List<LineCommand> lines, Integer fundRatePercent,
            String enteredBy, Instant now) {
        return place(roundId, householdId, lines, fundRatePercent, null, enteredBy, now);
    }

    /**
     * Places or changes an order and its request to the solidarity fund ({@code fundRatePercent}: 10, 20 or 30,
     * or null for none). A request the fund cannot cover is not granted and the order keeps a message for
     * the household saying what is possible now.
     */
    @Transactional
    public Order place(long roundId, long householdId, List<LineCommand> lines, Integer fundRatePercent,
            Integer coupons, String enteredBy, Instant now) {
        return place(roundId, householdId, lines, false, fundRatePercent, coupons, enteredBy, now);
    }

    /**
     * @param keepFundRequest true: whatever the order asked from the fund stays asked ({@code fundRatePercent} is not
     *            read), as the locked order says, so a concurrent change by the household is not undone
     */
    private Order place(long roundId, long householdId, List<LineCommand> lines, boolean keepFundRequest,
            Integer fundRatePercent, Integer coupons, String enteredBy, Instant now) {
        Round round = rounds.roundForOrdering(roundId);
        requireOpen(round, now);
        Household household = orderingHousehold(round, householdId);
        Order order = lockedOrder(round, household, now);
        Integer ratePercent = keepFundRequest ? currentFundRate(order) : fundRatePercent;
        Map<Long, BigDecimal> previous = quantities(order);
        Offers offered = offersFor(roundId, lines, previous.keySet(), household.group.id);
        Map<Long, RoundOffer> offers = offered.byId();
        Map<Long, BigDecimal> wanted = checkLines(lines, offers);
        Map<Long, BigDecimal> tolerances = checkTolerances(lines, offers);
        requireOfferedToGroup(wanted.keySet(), offered, household);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("lines", messages().error_no_product());
        }
        reserve(offers, previous, wanted);

        int tier = household.priceTier;
        TierPricing pricing = round.pricing();
        Map<Long, OrderLine> before = new HashMap<>();
        order.lines.forEach(l -> before.put(l.offer.id, l));
        boolean replacing = !order.lines.isEmpty();
        order.lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<Long, BigDecimal> entry : wanted.entrySet()) {
            RoundOffer offer = offers.get(entry.getKey());
            OrderLine line = new OrderLine();
            line.order = order;
            line.offer = offer;
            line.quantity = entry.getValue();
            line.tolerance = tolerances.getOrDefault(offer.id, BigDecimal.ZERO.setScale(3));
            // A line keeps its place in the queue for case rounding unless its quantity or tolerance changed.
            OrderLine previousLine = before.get(offer.id);
            boolean unchanged = previousLine != null && previousLine.quantity.compareTo(line.quantity) == 0
                    && previousLine.tolerance.compareTo(line.tolerance) == 0 && order.status == OrderStatus.SUBMITTED;
            line.orderedAt = unchanged ? previousLine.orderedAt : now;
            line.unitPriceCents = offer.priceFor(tier, pricing);
            line.amountCents = LineAmount.of(line.unitPriceCents, line.quantity);
            total += line.amountCents;
            order.lines.add(line);
        }
        order.place(tier, total, enteredBy, now);
        // The lines before the fund's draw: the draw locks the antenna's one balance row until the commit, which
        // every other order asking for a reduction waits for.
        lifecycle.writeLines(order, replacing);
        FundService.DrawOutcome draw = fund.adjustDraw(round.antenna, round.id, order.fundReductionCents,
                ratePercent, total);
        order.grantReduction(draw.reductionCents(), draw.ratePercent(), draw.message());
        int previousCoupons = order.couponCount;
        int newCoupons = coupons == null ? previousCoupons : coupons;
        fund.adjustCoupons(round.antenna.id, round.id, previousCoupons, newCoupons);
        order.buyCoupons(newCoupons);
        lifecycle.writePlaced(order);
        notifications.orderConfirmed(order);
        return order;
    }

    /** Cancels an order before the deadline and gives its quantities back to the caps. */
    @Transactional
    public Order cancel(long roundId, long householdId, Instant now) {
        Round round = rounds.roundForOrdering(roundId);
        requireOpen(round, now);
        Order order = Order.<Order>find("round.id = ?1 and household.id = ?2", roundId, householdId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFoundException(messages().error_no_order()));
        Map<Long, BigDecimal> previous = quantities(order);
        reserve(offersFor(roundId, List.of(), previous.keySet(), order.household.group.id).byId(), previous, Map.of());
        fund.adjustDraw(round.antenna, round.id, order.fundReductionCents, null, 0);
        fund.adjustCoupons(round.antenna.id, round.id, order.couponCount, 0);
        order.cancel(now);
        em.flush();
        notifications.orderConfirmed(order);
        return order;
    }

    /** What is wrong with these lines, without saving anything (to show every problem of a form at once). */
    public List<FieldError> lineErrors(long roundId, List<LineCommand> lines) {
        Map<Long, RoundOffer> offers = new HashMap<>();
        rounds.offers(roundId).forEach(o -> offers.put(o.id, o));
        try {
            checkLines(lines, offers);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    public Optional<Order> find(long roundId, long householdId) {
        return Order.<Order>find("from Order o join fetch o.round left join fetch o.lines l left join fetch l.offer f "
                + "left join fetch f.product where o.round.id = ?1 and o.household.id = ?2", roundId, householdId)
                // One order per household and round (unique): no row limit, which Hibernate would apply in memory
                // to a query fetching a collection (HHH90003004).
                .singleResultOptional();
    }

    /** A household's orders, newest round first. */
    public List<Order> history(long householdId) {
        return Order.<Order>find("from Order o join fetch o.round r where o.household.id = ?1 "
                + "order by r.deadline desc", householdId).list();
    }

    public List<Order> forRound(long roundId) {
        return Order.<Order>find("from Order o join fetch o.household h join fetch o.round where o.round.id = ?1 "
                + "and o.status = ?2 order by lower(h.displayName)", roundId, OrderStatus.SUBMITTED).list();
    }

    /** "jeudi 10 décembre 2026 à 20 h", in the antenna's time zone. */
    public static String when(Instant instant) {
        return org.paniercommun.kernel.Dates.dayAndTime(instant);
    }

    // ---- rules ----

    private static OrderingMessages messages() {
        return Texts.of(OrderingMessages.class);
    }

    private static void requireOpen(Round round, Instant now) {
        if (round.acceptsOrders(now)) {
            return;
        }
        if (now.isBefore(round.opensAt) || round.status == org.paniercommun.round.RoundStatus.DRAFT) {
            throw new ConflictException(messages().error_not_open_yet(round.name));
        }
        throw new ConflictException(messages().error_closed_since(round.name, when(round.deadline)));
    }

    private Household orderingHousehold(Round round, long householdId) {
        // Found in the persistence context, without a query, when the caller read it in this transaction already (a
        // household's own page); read otherwise, with what the confirmation e-mail shows.
        Household known = em.getReference(Household.class, householdId);
        Household household = org.hibernate.Hibernate.isInitialized(known) ? known : households.forOrdering(householdId);
        if (!household.active || household.erased()) {
            throw new ConflictException(messages().error_household_inactive());
        }
        if (round.groups.stream().noneMatch(g -> g.id.equals(household.group.id))) {
            throw new ConflictException(messages().error_round_not_for_group());
        }
        return household;
    }

    /**
     * The round's offers that some lines and a previous order name, read-only, and which of them the household's
     * group offers (each group's "club produits" chose its products).
     */
    private record Offers(Map<Long, RoundOffer> byId, Set<Long> offeredToGroup) {
    }

    /**
     * The offers these lines and the previous order name, and whether the group offers each, in one statement read as
     * plain rows: the order's busiest read (issue 25). Managed entities with their products cost four times the CPU of
     * the rows (0.59 against 0.15 ms a transaction, measured side by side), and sat in the persistence context to be
     * walked at every flush. Each offer comes back as a detached {@link RoundOffer} holding what placing an order, its
     * e-mail and its answer read: a round takes orders only once open, when every offer's prices and facts are frozen
     * ({@code RoundService.openLocked}); the case size is the product's until closing freezes it.
     */
    private Offers offersFor(long roundId, List<LineCommand> lines, Set<Long> previous, long groupId) {
        Set<Long> ids = new HashSet<>(previous);
        lines.stream().map(LineCommand::offerId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, RoundOffer> offers = new HashMap<>();
        Set<Long> offeredToGroup = new HashSet<>();
        if (ids.isEmpty()) {
            return new Offers(offers, offeredToGroup);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select o.id, o.product_name, o.sale_unit, o.order_step, o.order_minimum,
                           coalesce(o.case_size, p.case_size), o.cap_quantity, o.cost_price_cents,
                           o.tier1_price_cents, o.tier2_price_cents, o.tier3_price_cents,
                           exists (select 1 from product_groups g where g.product_id = o.product_id and g.group_id = ?)
                      from round_offers o join products p on p.id = o.product_id
                     where o.round_id = ? and o.id = any (?)""")) {
                select.setLong(1, groupId);
                select.setLong(2, roundId);
                select.setArray(3, connection.createArrayOf("bigint", ids.toArray()));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        RoundOffer offer = frozenOffer(row);
                        offers.put(offer.id, offer);
                        if (row.getBoolean(12)) {
                            offeredToGroup.add(offer.id);
                        }
                    }
                }
            }
        });
        return new Offers(offers, offeredToGroup);
    }

    /** An offer of an open round from its row (see {@link #offersFor}); never managed, never written back. */
    private static RoundOffer frozenOffer(ResultSet row) throws SQLException {
        RoundOffer offer = new RoundOffer();
        offer.id = row.getLong(1);
        if (row.getObject(9) == null || row.getString(2) == null) {
            throw new IllegalStateException("offer " + offer.id + " of an open round has no frozen prices or facts");
        }
        offer.productName = row.getString(2);
        offer.saleUnit = SaleUnit.valueOf(row.getString(3));
        offer.orderStep = row.getBigDecimal(4);
        offer.orderMinimum = row.getBigDecimal(5);
        offer.caseSize = row.getBigDecimal(6);
        offer.capQuantity = row.getBigDecimal(7);
        offer.costPriceCents = row.getLong(8);
        offer.tier1PriceCents = row.getLong(9);
        offer.tier2PriceCents = row.getLong(10);
        offer.tier3PriceCents = row.getLong(11);
        return offer;
    }

    /** A household orders only what its group offers. */
    private static void requireOfferedToGroup(Set<Long> offerIds, Offers offers, Household household) {
        for (Long offerId : offerIds) {
            if (!offers.offeredToGroup().contains(offerId)) {
                throw new InvalidInputException("lines", messages().error_not_offered_to_group(
                        offers.byId().get(offerId).productName(), household.group.name));
            }
        }
    }

    /** Checks every line (step, minimum, decimals) and reports all problems at once. */
    /** The most one household may order of one product: far above any real order, far below any overflow. */
    static final BigDecimal MAX_LINE_QUANTITY = BigDecimal.valueOf(10_000);

    static Map<Long, BigDecimal> checkLines(List<LineCommand> lines, Map<Long, RoundOffer> offers) {
        Map<Long, BigDecimal> wanted = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        OrderingMessages messages = messages();
        for (int i = 0; i < lines.size(); i++) {
            LineCommand line = lines.get(i);
            String field = "lines[" + i + "].quantity";
            RoundOffer offer = line.offerId() == null ? null : offers.get(line.offerId());
            if (offer == null) {
                errors.add(new FieldError("lines[" + i + "].offerId", messages.error_offer_unknown()));
                continue;
            }
            BigDecimal quantity = line.quantity();
            String name = offer.productName();
            if (quantity == null || quantity.signum() < 0) {
                errors.add(new FieldError(field, messages.error_quantity_negative(name)));
                continue;
            }
            if (!Quantities.hasAtMostThreeDecimals(quantity)) {
                errors.add(new FieldError(field, messages.error_quantity_decimals(name)));
                continue;
            }
            if (quantity.compareTo(MAX_LINE_QUANTITY) > 0) {
                errors.add(new FieldError(field, messages.error_quantity_too_big(name,
                        Quantities.format(MAX_LINE_QUANTITY))));
                continue;
            }
            if (quantity.signum() == 0) {
                continue;
            }
            String unit = offer.saleUnit().label();
            if (!Quantities.isWholeNumberOf(quantity, offer.orderStep())) {
                errors.add(new FieldError(field, messages.error_quantity_step(name,
                        Quantities.format(offer.orderStep()), unit)));
                continue;
            }
            if (quantity.compareTo(offer.orderMinimum()) < 0) {
                errors.add(new FieldError(field, messages.error_quantity_minimum(name,
                        Quantities.format(offer.orderMinimum()), unit)));
                continue;
            }
            if (wanted.put(offer.id, quantity.setScale(3)) != null) {
                errors.add(new FieldError(field, messages.error_product_twice(name)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return wanted;
    }

    /**
     * Tolerances ("jusqu'à … de plus pour compléter un sac") of the lines that have one. They only make sense for
     * products sold in cases larger than the order step, and in that step.
     */
    static Map<Long, BigDecimal> checkTolerances(List<LineCommand> lines, Map<Long, RoundOffer> offers) {
        Map<Long, BigDecimal> tolerances = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        OrderingMessages messages = messages();
        for (int i = 0; i < lines.size(); i++) {
            LineCommand line = lines.get(i);
            BigDecimal tolerance = line.tolerance();
            RoundOffer offer = line.offerId() == null ? null : offers.get(line.offerId());
            if (tolerance == null || tolerance.signum() == 0 || offer == null) {
                continue;
            }
            String field = "lines[" + i + "].tolerance";
            String name = offer.productName();
            String unit = offer.saleUnit().label();
            if (tolerance.signum() < 0) {
                errors.add(new FieldError(field, messages.error_tolerance_negative(name)));
            } else if (offer.caseSize().compareTo(offer.orderStep()) <= 0) {
                errors.add(new FieldError(field, messages.error_tolerance_not_in_cases(name)));
            } else if (!Quantities.isWholeNumberOf(tolerance, offer.orderStep())) {
                errors.add(new FieldError(field, messages.error_tolerance_step(name,
                        Quantities.format(offer.orderStep()), unit)));
            } else if (tolerance.compareTo(offer.caseSize()) >= 0) {
                errors.add(new FieldError(field, messages.error_tolerance_case(name,
                        org.paniercommun.catalogue.Amounts.caseText(offer.saleUnit(), offer.caseSize(), offer.orderStep()))));
            } else {
                tolerances.put(offer.id, tolerance.setScale(3));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tolerances;
    }

    /**
     * Moves the capped offers' ordered quantities by the difference between the old and the new order. Each move is a
     * conditional update that only succeeds within the cap, in offer id order so that two orders never
     * deadlock; the first one that does not fit rolls the whole change back with what is left.
     */
    private void reserve(Map<Long, RoundOffer> offers, Map<Long, BigDecimal> previous, Map<Long, BigDecimal> wanted) {
        TreeMap<Long, BigDecimal> deltas = new TreeMap<>();
        previous.forEach((id, qty) -> deltas.merge(id, qty.negate(), BigDecimal::add));
        wanted.forEach((id, qty) -> deltas.merge(id, qty, BigDecimal::add));
        for (Map.Entry<Long, BigDecimal> delta : deltas.entrySet()) {
            // Only capped offers count on their row (see OfferCapLock): uncapped ones touch no shared row.
            if (delta.getValue().signum() == 0 || offers.get(delta.getKey()).capQuantity == null) {
                continue;
            }
            // No auto-flush: nothing pending touches ordered_quantity (read-only in RoundOffer), and flushing the
            // whole persistence context before each of the 15 updates was half of an order's CPU time.
            int updated = em.createNativeQuery("update round_offers set ordered_quantity = ordered_quantity + :delta "
                    + "where id = :id and (cap_quantity is null or ordered_quantity + :delta <= cap_quantity)")
                    .unwrap(NativeQuery.class).addSynchronizedEntityClass(RoundOffer.class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("delta", delta.getValue()).setParameter("id", delta.getKey()).executeUpdate();
            if (updated == 0) {
                RoundOffer offer = offers.get(delta.getKey());
                BigDecimal left = ((BigDecimal) em.createNativeQuery(
                        "select greatest(cap_quantity - ordered_quantity, 0) from round_offers where id = :id")
                        .setParameter("id", delta.getKey()).getSingleResult());
                BigDecimal mine = previous.getOrDefault(delta.getKey(), BigDecimal.ZERO);
                throw new ConflictException(messages().error_not_enough(offer.productName(),
                        Quantities.format(left.add(mine)), offer.saleUnit().label()));
            }
        }
    }

    /**
     * The order row of this household, created if needed, locked so that a double submit waits and then agrees, and
     * detached: {@link OrderLifecycle#writeLines} and {@link OrderLifecycle#writePlaced} write it back, and nothing in
     * the persistence context walks it or its lines at every flush. A row this transaction just inserted is locked by
     * the insert and holds what was inserted and the table's defaults (those of {@link Order}'s fields): it is not
     * read back. An existing one is read with its lines.
     */
    private Order lockedOrder(Round round, Household household, Instant now) {
        List<?> inserted = em.createNativeQuery("insert into orders (id, round_id, household_id, status, price_tier, "
                + "total_cents, submitted_at, updated_at) values (nextval('orders_seq'), :round, :household, 'SUBMITTED', "
                + ":tier, 0, :now, :now) on conflict (round_id, household_id) do nothing returning id")
                // Only the orders table: Hibernate otherwise assumes a native statement may change any table.
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Order.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("round", round.id).setParameter("household", household.id)
                .setParameter("tier", household.priceTier).setParameter("now", now).getResultList();
        if (!inserted.isEmpty()) {
            Order order = new Order();
            order.id = ((Number) inserted.get(0)).longValue();
            order.round = round;
            order.household = household;
            order.priceTier = household.priceTier;
            order.submittedAt = now;
            order.updatedAt = now;
            return order;
        }
        Order order = em.createQuery("from Order o where o.round.id = :round and o.household.id = :household",
                        Order.class)
                .setParameter("round", round.id).setParameter("household", household.id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // Nothing pending in this transaction touches orders (the insert above is already written).
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        // The lines are read after the lock, by their own statement: joined to the locking one, they would come
        // from before the lock was granted, and miss what a concurrent submit of the same order just wrote.
        org.hibernate.Hibernate.initialize(order.lines);
        em.detach(order);
        return order;
    }

    /** The reduction a submitted order asks from the fund (10, 20 or 30 %), or null. */
    private static Integer currentFundRate(Order order) {
        return order.status == OrderStatus.SUBMITTED && order.fundRatePercent != null
                ? order.fundRatePercent.intValue() : null;
    }

    private static Map<Long, BigDecimal> quantities(Order order) {
        Map<Long, BigDecimal> quantities = new HashMap<>();
        if (order.status == OrderStatus.SUBMITTED) {
            order.lines.forEach(l -> quantities.put(l.offer.id, l.quantity));
        }
        return quantities;
    }
}
