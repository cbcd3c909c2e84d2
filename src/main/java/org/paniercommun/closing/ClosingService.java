package org.paniercommun.closing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.paniercommun.pricing.CaseRounding.Decision;
import org.paniercommun.pricing.CaseRounding.Demand;
import org.paniercommun.pricing.CaseRounding.Policy;
import org.paniercommun.pricing.CaseRounding.Reach;
import org.paniercommun.pricing.CaseRounding.Totals;
import org.hibernate.Session;
import org.postgresql.PGStatement;
import org.paniercommun.fund.FundService;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderFigures;
import org.paniercommun.ordering.OrderLifecycle;
import org.paniercommun.ordering.OrderStatus;
import org.paniercommun.round.ReceptionStatus;
import org.paniercommun.catalogue.Amounts;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;
import org.paniercommun.pricing.CaseRounding;

/**
 * From the deadline to the lists: turns the orders into whole cases (case rounding), applies what the
 * producers really delivered (reception at the hub), and tells the households whose quantities changed.
 *
 * <p>Allocation is always recomputed from what households ordered, the product's case decision and what was
 * received, so it can be run again after any change and gives the same answer. Each order's goods total and
 * solidarity-fund reduction follow the allocation.
 */
@ApplicationScoped
public class ClosingService {

    @Inject
    RoundService rounds;

    @Inject
    EntityManager em;

    @Inject
    FundService fund;

    @Inject
    ClosingNotifications notifications;

    @Inject
    OrderLifecycle orders;

    /** A coordinator's decision for a product's part-filled case. */
    public record DecisionCommand(Decision decision, boolean rememberForProduct) {
    }

    /** What the hub received from the producer for a product. */
    public record ReceptionCommand(BigDecimal receivedQuantity, ReceptionStatus status, String note) {
    }

    /** Changes the decision for a product's part-filled case; allowed until the allocation is confirmed. */
    @Transactional
    public RoundOffer decide(long roundId, long offerId, DecisionCommand command) {
        if (command == null || command.decision() == null) {
            throw new InvalidInputException("decision", messages().error_decision_missing());
        }
        Round round = rounds.round(roundId);
        requireClosed(round);
        if (round.allocationConfirmedAt != null) {
            throw new ConflictException(messages().error_allocation_confirmed());
        }
        RoundOffer offer = offer(roundId, offerId);
        offer.caseDecision = command.decision();
        if (command.rememberForProduct()) {
            offer.product.casePolicy = command.decision() == Decision.ROUND_UP ? Policy.ROUND_UP : Policy.ROUND_DOWN;
        }
        reallocate(round);
        return offer;
    }

    /** Records what the producer delivered for a product; a shortage is spread over the households' lines. */
    @Transactional
    public RoundOffer receive(long roundId, long offerId, ReceptionCommand command) {
        Round round = rounds.round(roundId);
        requireClosed(round);
        requireNoPickupYet(round);
        RoundOffer offer = offer(roundId, offerId);
        if (command == null || command.status() == null) {
            throw new InvalidInputException("status", messages().error_reception_status_missing());
        }
        BigDecimal received = command.receivedQuantity();
        if (received == null) {
            throw new InvalidInputException("receivedQuantity", messages().error_received_missing());
        }
        if (received.signum() < 0 || received.stripTrailingZeros().scale() > 3) {
            throw new InvalidInputException("receivedQuantity", messages().error_received_invalid());
        }
        if (command.note() != null && command.note().length() > 300) {
            throw new InvalidInputException("note", messages().error_note_too_long());
        }
        if (command.status() != ReceptionStatus.COMPLETE && (command.note() == null || command.note().isBlank())
                && command.status() == ReceptionStatus.REPLACED) {
            throw new InvalidInputException("note", messages().error_replacement_missing());
        }
        offer.receivedQuantity = received.setScale(3);
        offer.receptionStatus = command.status();
        offer.receptionNote = command.note() == null || command.note().isBlank() ? null : command.note().trim();
        Map<Long, Long> before = goodsTotals(round);
        reallocate(round);
        if (round.allocationConfirmedAt != null) {
            notifications.quantitiesChanged(changedOrders(round, before), round);
        }
        return offer;
    }

    /**
     * Confirms the allocation: households whose quantities changed are told (e-mail and order page) and the
     * purchase orders can go out. Idempotent.
     */
    @Transactional
    public Round confirm(long roundId, Instant now) {
        Round round = rounds.round(roundId);
        requireClosed(round);
        if (round.allocationConfirmedAt != null) {
            return round;
        }
        reallocate(round);
        round.allocationConfirmedAt = now;
        List<Order> changed = em.createQuery("""
                select distinct o from Order o join o.lines l join fetch o.household
                where o.round.id = :round and o.status = :submitted and l.allocatedQuantity <> l.quantity""", Order.class)
                .setParameter("round", roundId).setParameter("submitted", OrderStatus.SUBMITTED).getResultList();
        notifications.quantitiesChanged(changed, round);
        changed.forEach(o -> o.adjustmentNotified(now));
        return round;
    }

    // ---- allocation ----

    /** One order line as the allocation needs it (read and written in bulk, not as entities). */
    private record LineRow(long id, long offerId, long orderId, BigDecimal quantity, BigDecimal tolerance,
            Instant orderedAt, long unitPriceCents, long amountCents, boolean missing, BigDecimal delivered,
            BigDecimal allocated, Long finalAmountCents) {

        Demand demand() {
            return new Demand(id, quantity, tolerance, orderedAt);
        }
    }

    /**
     * Recomputes every line's allocated quantity and final amount, and every order's goods total and reduction.
     * <p>
     * Only what differs from the order is stored: a line keeps a null allocated quantity while it gets what was
     * ordered, a null final amount while that is the amount ordered, and an order a null final total while its
     * goods total is unchanged (every reader falls back on the ordered figure). Most lines of a round get what
     * was ordered, so closing writes only the few that case rounding or a shortage changes instead of rewriting
     * every line of the round, which was most of its cost.
     * <p>
     * A round holds thousands of lines, and most of them cannot change: the offers' totals are summed first,
     * they tell which lines case rounding can reach, and only those are read (as rows, not entities). The changed
     * ones are written back, each kind in one statement, so closing costs a few queries whatever the size of
     * the round. Order and line entities already loaded in the caller's transaction are not refreshed: load them
     * after this. The fund's tier-3 surplus is left to the caller ({@link RoundClosing}, {@link #reallocate}).
     */
    void allocate(Round round) {
        em.flush();
        Map<Long, RoundOffer> offers = new LinkedHashMap<>();
        rounds.offers(round.id).forEach(offer -> offers.put(offer.id, offer));
        if (offers.isEmpty()) {
            return;
        }
        Map<Long, Totals> totals = offerTotals(offers.keySet());
        Map<Long, Reach> reaches = new HashMap<>();
        List<Long> everyLine = new ArrayList<>();
        for (RoundOffer offer : offers.values()) {
            Totals offerTotals = totals.getOrDefault(offer.id, Totals.NONE);
            if (offer.caseSize == null) {
                offer.caseSize = offer.product.caseSize;
            }
            if (offer.caseDecision == null) {
                offer.caseDecision = CaseRounding.decide(offer.product.casePolicy, offerTotals.ordered(),
                        offer.caseSize);
            }
            // Households never get more than what was ordered and the case's missing part: a reception of at least
            // that much cannot be short.
            BigDecimal mostAllocated = offerTotals.ordered().add(CaseRounding.missing(offerTotals.ordered(),
                    offer.caseSize));
            if (offer.receivedQuantity != null && offer.receivedQuantity.compareTo(mostAllocated) < 0) {
                everyLine.add(offer.id);
            } else {
                reaches.put(offer.id, CaseRounding.reach(offer.caseSize, offerTotals, offer.caseDecision));
            }
        }
        Changes changes = new Changes();
        streamEveryLine(everyLine, (offerId, lines) -> allocateOffer(offers.get(offerId),
                totals.getOrDefault(offerId, Totals.NONE).ordered(), lines, changes));
        Map<Long, List<LineRow>> reached = reachedLines(reaches, offers);
        reaches.keySet().forEach(offerId -> allocateOffer(offers.get(offerId),
                totals.getOrDefault(offerId, Totals.NONE).ordered(), reached.getOrDefault(offerId, List.of()),
                changes));
        // An offer with a shortage and no line left (all cancelled) still gets its figures.
        everyLine.stream().filter(offerId -> !changes.offersDone.contains(offerId)).forEach(offerId ->
                allocateOffer(offers.get(offerId), BigDecimal.ZERO, List.of(), changes));
        orders.allocateLines(changes.lines);
        updateOrders(round, changes.totalChanges, changes.costChanges);
    }

    /** Allocates again after a decision or a reception; the tier-3 surplus follows what is now to be handed out. */
    private void reallocate(Round round) {
        allocate(round);
        fund.settleTier3Surplus(round.antenna, round.id);
    }

    /** Each offer's ordered quantity, and the tolerances that could complete its last case. */
    private Map<Long, Totals> offerTotals(Collection<Long> offerIds) {
        Map<Long, Totals> totals = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select l.offer_id, sum(l.quantity), coalesce(sum(l.tolerance) filter (where l.quantity > 0), 0)
                    from order_lines l join orders o on o.id = l.order_id
                    where l.offer_id = any(?) and o.status = 'SUBMITTED' group by l.offer_id""")) {
                select.setArray(1, connection.createArrayOf("bigint", offerIds.toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        totals.put(rs.getLong(1), new Totals(rs.getBigDecimal(2), rs.getBigDecimal(3)));
                    }
                }
            }
        });
        return totals;
    }

    /** The columns of a {@link LineRow}, read from {@code order_lines l}. */
    private static final String LINE_COLUMNS = """
            l.id, l.offer_id, l.order_id, l.quantity, l.tolerance, (extract(epoch from l.ordered_at) * 1000000)::bigint,
            l.unit_price_cents, l.amount_cents, l.missing, l.delivered_quantity, l.allocated_quantity,
            l.final_amount_cents""";

    /**
     * Times travel as epoch microseconds, PostgreSQL's own precision, not as text. Plain JDBC: Hibernate's
     * generic mapping of native rows was a good part of the time of closing a large round.
     */
    private static LineRow lineRow(ResultSet rs, int before) throws SQLException {
        long finalAmount = rs.getLong(before + 12);
        Long finalAmountCents = rs.wasNull() ? null : finalAmount;
        return new LineRow(rs.getLong(before + 1), rs.getLong(before + 2), rs.getLong(before + 3),
                rs.getBigDecimal(before + 4), rs.getBigDecimal(before + 5), instantOfMicros(rs.getLong(before + 6)),
                rs.getLong(before + 7), rs.getLong(before + 8), rs.getBoolean(before + 9),
                rs.getBigDecimal(before + 10), rs.getBigDecimal(before + 11), finalAmountCents);
    }

    private interface OfferLines {
        void accept(long offerId, List<LineRow> lines);
    }

    /**
     * Every line of offers with a shortage, handed over offer by offer: a shortage is spread over all of them.
     * They stream in through a cursor and only one offer's lines are held at a time (a whole round, 750,000
     * lines for 50,000 households, did not fit in a 256 MB heap), in binary from a server-prepared statement.
     */
    private void streamEveryLine(List<Long> offerIds, OfferLines consumer) {
        if (offerIds.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement memory = connection.createStatement()) {
                // For this transaction only: the sort by offer stays in memory instead of spilling to disk.
                memory.execute("set local work_mem = '64MB'");
            }
            try (PreparedStatement select = connection.prepareStatement("select " + LINE_COLUMNS + """

                    from order_lines l join orders o on o.id = l.order_id
                    where l.offer_id = any(?) and o.status = 'SUBMITTED' order by l.offer_id""")) {
                select.setArray(1, connection.createArrayOf("bigint", offerIds.toArray()));
                select.unwrap(PGStatement.class).setPrepareThreshold(-1);
                select.setFetchSize(10_000);
                List<LineRow> lines = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        LineRow line = lineRow(rs, 0);
                        if (!lines.isEmpty() && lines.get(0).offerId() != line.offerId()) {
                            consumer.accept(lines.get(0).offerId(), lines);
                            lines.clear();
                        }
                        lines.add(line);
                    }
                }
                if (!lines.isEmpty()) {
                    consumer.accept(lines.get(0).offerId(), lines);
                }
            }
        });
    }

    /**
     * The lines case rounding can change (each offer's {@link Reach}) and every line holding a stored allocation,
     * amount, delivery or missing mark, per offer. Most of a round's lines get exactly what was ordered and are
     * never read.
     * <p>
     * An offer's lines are walked through its index in the rule's order (earliest first for tolerances, latest
     * first for trims) and the walk stops after as many lines as should be enough, about one per order step of
     * the amount. If those do not reach the amount (lines or tolerances smaller than a step), the offer is walked
     * again, four times further, until they do or its lines run out.
     */
    private Map<Long, List<LineRow>> reachedLines(Map<Long, Reach> reaches, Map<Long, RoundOffer> offers) {
        Map<Long, Map<Long, LineRow>> found = new HashMap<>();
        Map<Long, Integer> wanted = new HashMap<>();
        reaches.forEach((offerId, reach) -> {
            if (reach.kind() == Reach.Kind.TOP_UP || reach.kind() == Reach.Kind.TRIM) {
                BigDecimal step = offers.get(offerId).orderStep();
                wanted.put(offerId, reach.amount().divide(step, 0, RoundingMode.CEILING).intValueExact() + 2);
            }
        });
        List<Long> storedOf = new ArrayList<>(reaches.keySet());
        while (!wanted.isEmpty() || !storedOf.isEmpty()) {
            Map<Long, Integer> walked = new HashMap<>();
            Map<Long, BigDecimal> reachedAmount = new HashMap<>();
            List<Long> earliest = new ArrayList<>();
            List<Integer> earliestLimits = new ArrayList<>();
            List<Long> latest = new ArrayList<>();
            List<Integer> latestLimits = new ArrayList<>();
            wanted.forEach((offerId, limit) -> {
                boolean topUp = reaches.get(offerId).kind() == Reach.Kind.TOP_UP;
                (topUp ? earliest : latest).add(offerId);
                (topUp ? earliestLimits : latestLimits).add(limit);
            });
            List<Long> stored = storedOf;
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement(("""
                        select 'TOP_UP', %1$s from unnest(?::bigint[], ?::int[]) as t(offer_id, wanted)
                        cross join lateral (select l.* from order_lines l join orders o on o.id = l.order_id
                                            where l.offer_id = t.offer_id and o.status = 'SUBMITTED'
                                                  and l.quantity > 0 and l.tolerance > 0
                                            order by l.ordered_at, l.id limit t.wanted) l
                        union all
                        select 'TRIM', %1$s from unnest(?::bigint[], ?::int[]) as t(offer_id, wanted)
                        cross join lateral (select l.* from order_lines l join orders o on o.id = l.order_id
                                            where l.offer_id = t.offer_id and o.status = 'SUBMITTED'
                                                  and l.quantity > 0
                                            order by l.ordered_at desc, l.id desc limit t.wanted) l
                        union all
                        select 'STORED', %1$s from order_lines l join orders o on o.id = l.order_id
                        where l.offer_id = any(?) and o.status = 'SUBMITTED'
                              and (l.allocated_quantity is not null or l.final_amount_cents is not null or l.missing
                                   or l.delivered_quantity is not null)""").formatted(LINE_COLUMNS))) {
                    select.setArray(1, connection.createArrayOf("bigint", earliest.toArray()));
                    select.setArray(2, connection.createArrayOf("integer", earliestLimits.toArray()));
                    select.setArray(3, connection.createArrayOf("bigint", latest.toArray()));
                    select.setArray(4, connection.createArrayOf("integer", latestLimits.toArray()));
                    select.setArray(5, connection.createArrayOf("bigint", stored.toArray()));
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            String walk = rs.getString(1);
                            LineRow line = lineRow(rs, 1);
                            found.computeIfAbsent(line.offerId(), id -> new LinkedHashMap<>()).put(line.id(), line);
                            if (!walk.equals("STORED")) {
                                BigDecimal step = offers.get(line.offerId()).orderStep();
                                walked.merge(line.offerId(), 1, Integer::sum);
                                reachedAmount.merge(line.offerId(), walk.equals("TOP_UP") ? line.tolerance()
                                        : line.quantity().min(step), BigDecimal::add);
                            }
                        }
                    }
                }
            });
            Map<Long, Integer> further = new HashMap<>();
            wanted.forEach((offerId, limit) -> {
                boolean enough = reachedAmount.getOrDefault(offerId, BigDecimal.ZERO)
                        .compareTo(reaches.get(offerId).amount()) >= 0;
                if (!enough && walked.getOrDefault(offerId, 0) == limit) {
                    further.put(offerId, limit * 4);
                }
            });
            wanted.clear();
            wanted.putAll(further);
            storedOf = List.of();
        }
        Map<Long, List<LineRow>> lines = new HashMap<>();
        found.forEach((offerId, byId) -> lines.put(offerId, new ArrayList<>(byId.values())));
        return lines;
    }

    /** What allocation changes, gathered offer by offer and written at the end. */
    private static final class Changes {
        final List<OrderLifecycle.LineAllocation> lines = new ArrayList<>();
        final Set<Long> offersDone = new HashSet<>();
        /** Per order, how far its goods total for what its household gets is from its ordered total. */
        final Map<Long, Long> totalChanges = new HashMap<>();
        /** Per order, how far what its household gets at cost price moves from what the order holds. */
        final Map<Long, Long> costChanges = new HashMap<>();
    }

    /**
     * Case rounding for one offer: the offer's figures are set, and the lines whose stored allocation or amount
     * changes are noted.
     *
     * @param ordered what all the offer's lines add up to
     * @param lines the lines read: at least the offer's {@link Reach}; every other line gets what it ordered
     */
    private static void allocateOffer(RoundOffer offer, BigDecimal ordered, List<LineRow> lines, Changes changes) {
        if (offer == null) {
            return; // not an offer of this round (cannot happen with the foreign keys)
        }
        BigDecimal step = offer.orderStep();
        List<Demand> demands = lines.stream().map(LineRow::demand).toList();
        CaseRounding.OfferAllocation result = CaseRounding.allocateOffer(offer.caseSize, step, ordered, demands,
                offer.caseDecision, offer.receivedQuantity);
        Map<Long, BigDecimal> allocated = result.allocated();
        changes.offersDone.add(offer.id);
        offer.casesOrdered = result.cases();
        offer.allocatedQuantity = result.allocatedTotal();
        offer.surplusQuantity = result.surplus();

        long costPrice = offer.costPrice();
        for (LineRow line : lines) {
            BigDecimal quantity = allocated.get(line.id());
            BigDecimal handedOut = OrderFigures.handedOut(line.quantity(), quantity, line.delivered(), line.missing());
            // The amount ordered was computed by the same rule from the same price and quantity.
            long amount = handedOut.compareTo(line.quantity()) == 0 ? line.amountCents()
                    : LineAmount.of(line.unitPriceCents(), handedOut);
            if (amount != line.amountCents()) {
                changes.totalChanges.merge(line.orderId(), amount - line.amountCents(), Long::sum);
            }
            BigDecimal handedOutBefore = OrderFigures.handedOut(line.quantity(), line.allocated(), line.delivered(),
                    line.missing());
            long costChange = LineAmount.of(costPrice, handedOut) - LineAmount.of(costPrice, handedOutBefore);
            if (costChange != 0) {
                changes.costChanges.merge(line.orderId(), costChange, Long::sum);
            }
            BigDecimal allocation = quantity.compareTo(line.quantity()) == 0 ? null : quantity.setScale(3);
            Long finalAmount = amount == line.amountCents() ? null : amount;
            boolean sameAllocation = allocation == null ? line.allocated() == null
                    : line.allocated() != null && allocation.compareTo(line.allocated()) == 0;
            if (!sameAllocation || !Objects.equals(finalAmount, line.finalAmountCents())) {
                changes.lines.add(new OrderLifecycle.LineAllocation(line.id(), allocation, finalAmount, handedOut));
            }
        }
    }

    private static Instant instantOfMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    private record OrderRow(long id, long orderedTotal, Long finalTotal, long reduction, Integer rate,
            long costValue) {
    }

    /**
     * Orders whose goods total differs from the ordered one get it (null again when it no longer differs), their fund
     * reduction follows (released or drawn), and what they hand out at cost price follows the lines.
     */
    private void updateOrders(Round round, Map<Long, Long> totalChanges, Map<Long, Long> costChanges) {
        List<OrderRow> rows = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, total_cents, final_total_cents, fund_reduction_cents, fund_rate_percent,
                           cost_value_cents from orders
                    where round_id = ? and status = 'SUBMITTED'""")) {
                select.setLong(1, round.id);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new OrderRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                                rs.getLong(4), rs.getObject(5, Integer.class), rs.getLong(6)));
                    }
                }
            }
        });
        List<OrderLifecycle.OrderAllocation> changed = new ArrayList<>();
        for (OrderRow row : rows) {
            // An order's ordered total is the sum of its lines' ordered amounts (OrderService.place).
            long total = row.orderedTotal() + totalChanges.getOrDefault(row.id(), 0L);
            long cost = row.costValue() + costChanges.getOrDefault(row.id(), 0L);
            long reduction = fund.settleDraw(round.antenna, round.id, row.reduction(), row.rate(), total);
            Long finalTotal = total == row.orderedTotal() ? null : total;
            if (!Objects.equals(finalTotal, row.finalTotal()) || reduction != row.reduction()
                    || cost != row.costValue()) {
                changed.add(new OrderLifecycle.OrderAllocation(row.id(), row.orderedTotal(), finalTotal, reduction,
                        cost));
            }
        }
        orders.allocateOrders(changed);
    }

    // ---- helpers ----

    private Map<Long, Long> goodsTotals(Round round) {
        Map<Long, Long> totals = new HashMap<>();
        em.createQuery("select o.id, o.goodsCents from Order o where o.round.id = :round",
                        Object[].class)
                .setParameter("round", round.id).getResultList()
                .forEach(row -> totals.put((Long) row[0], (Long) row[1]));
        return totals;
    }

    private List<Order> changedOrders(Round round, Map<Long, Long> before) {
        em.flush();
        return em.createQuery("select o from Order o join fetch o.household where o.round.id = :round "
                + "and o.status = :submitted", Order.class)
                .setParameter("round", round.id).setParameter("submitted", OrderStatus.SUBMITTED).getResultList()
                .stream().filter(o -> !Objects.equals(before.get(o.id), o.goodsTotalCents())).toList();
    }

    private RoundOffer offer(long roundId, long offerId) {
        RoundOffer offer = RoundOffer.<RoundOffer>find("from RoundOffer o join fetch o.product where o.id = ?1 "
                + "and o.round.id = ?2", offerId, roundId).firstResult();
        if (offer == null) {
            throw new NotFoundException(messages().error_offer_not_in_round());
        }
        return offer;
    }

    private static ClosingMessages messages() {
        return Texts.of(ClosingMessages.class);
    }

    static void requireClosed(Round round) {
        if (round.status != RoundStatus.CLOSED) {
            throw new ConflictException(messages().error_not_closed(
                    Texts.of(RoundMessages.class).round_status(round.status)));
        }
    }

    private void requireNoPickupYet(Round round) {
        Number started = (Number) em.createNativeQuery("select count(*) from orders where round_id = :r "
                + "and pickup_status <> 'WAITING'").setParameter("r", round.id).getSingleResult();
        if (started.longValue() > 0) {
            throw new ConflictException(messages().error_distribution_started());
        }
    }

    /**
     * "Il manque 10 L pour compléter le colis n° 6 de « Lessive » : 110 L commandés = 5 colis pleins de 20 L + 10 L,
     * et les tolérances (5 L) ne suffisent pas." — or null when no decision is needed (whole cases, or a last case
     * the tolerances complete). Computed from the figures the page shows next to it: ordered and tolerances.
     */
    public static String missingMessage(ClosingMessages messages, RoundOffer offer, BigDecimal ordered,
            BigDecimal tolerances) {
        CaseRounding.LastCase last = CaseRounding.lastCase(ordered, tolerances, offer.caseSize());
        if (!last.needsDecision()) {
            return null;
        }
        var unit = offer.saleUnit();
        return messages.common_missing(Amounts.text(last.missing(), unit), last.fullCases() + 1, offer.productName(),
                Amounts.text(ordered, unit), last.fullCases(), Amounts.text(offer.caseSize(), unit),
                Amounts.text(last.inLastCase(), unit), Amounts.text(tolerances, unit));
    }

    /** "Colis n° 6 complété par les tolérances (+ 10 L)." — or null when the tolerances completed no case. */
    public static String toleranceNote(ClosingMessages messages, RoundOffer offer, BigDecimal ordered,
            BigDecimal tolerances) {
        CaseRounding.LastCase last = CaseRounding.lastCase(ordered, tolerances, offer.caseSize());
        return last.filledByTolerances() ? messages.common_filled_by_tolerances(last.fullCases() + 1,
                Amounts.text(last.missing(), offer.saleUnit())) : null;
    }
}
