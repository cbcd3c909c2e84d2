package org.paniercommun.distribution;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.fund.FundService;
import org.paniercommun.ordering.AbsenceDecision;
import org.paniercommun.ordering.OrderFigures;
import org.paniercommun.ordering.OrderStatus;
import org.paniercommun.ordering.OrderingMessages;
import org.paniercommun.ordering.PickupStatus;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.kernel.Texts;
import org.paniercommun.ordering.HouseholdAccounts;

/**
 * The pickup list (liste d'émargement) of a relay point in a round: each household with what it gets and the
 * amount to collect. The amount includes what the household owed or had in credit from earlier rounds and never
 * shows a solidarity-fund reduction as such. A few queries whatever the number of households, read as rows: the
 * list only reads, and thousands of managed entities cost their hydration and snapshots.
 */
@ApplicationScoped
public class PickupLists {

    @Inject
    EntityManager em;

    @Inject
    VolunteerGroups volunteers;

    @Inject
    HouseholdAccounts accounts;

    @Inject
    FundService fund;

    /** How the list is sorted: by household name or by household number. */
    public enum Sort {
        NAME, NUMBER;

        public static Sort of(String value) {
            return "numero".equalsIgnoreCase(value) || "number".equalsIgnoreCase(value) ? NUMBER : NAME;
        }
    }

    /**
     * One line of a household: quantities only. Staff see what to hand over, never its price: prices beside the
     * amount to collect would tell who paid less (issue 23, the fund's anonymity).
     *
     * @param quantity what the household gets (allocated, or weighed once weighed)
     */
    public record PickupLine(long lineId, long offerId, String product, String unit, boolean bulk,
            BigDecimal ordered, BigDecimal quantity, BigDecimal weighed, boolean missing) {
    }

    /**
     * One household of the list.
     *
     * @param amountToCollectCents what to collect today: this order plus any earlier balance, less what was paid;
     *        the only amount of a household staff see (no goods total, no line amounts, no tier)
     */
    public record PickupHousehold(long orderId, long householdId, String name, String number, List<PickupLine> lines,
            long amountToCollectCents, long paidCents, PickupStatus status, String statusLabel,
            AbsenceDecision absenceDecision, long version, boolean reopened) {

        /** The lines with something to hand over: the printed list leaves out a line trimmed, missing or weighed to 0. */
        public List<PickupLine> toHandOut() {
            return lines.stream().filter(l -> l.quantity() != null && l.quantity().signum() > 0).toList();
        }
    }

    public record PickupList(long roundId, String roundName, long slotId, long relayPointId, String relayPoint,
            String address, LocalDate date, String timeSlot, boolean closed, List<PickupHousehold> households,
            long totalToCollectCents, long servedCount, long absentCount, int bonsRatePercent, int bonsInBox) {

        /**
         * Bons solidaires a household may pay with: the highest rate of what it pays, in whole euros; the same rule
         * for every household, so the line says nothing about who uses them.
         */
        public long bonsAccepted(PickupHousehold household) {
            return org.paniercommun.fund.FundRules.bonsAccepted(household.amountToCollectCents(), bonsRatePercent);
        }

        /** "dimanche 6 décembre 2026, 16 h – 18 h": the weekday from the date. */
        public String slotLabel() {
            return org.paniercommun.round.RoundDates.slot(date, timeSlot);
        }

        /** The boxes a volunteer ticks for how a household paid, on the printed list. */
        public List<PaymentMethod> paymentMethods() {
            return List.of(PaymentMethod.values());
        }
    }

    /** The orders of a list with their households, as rows (see {@link OrderRow}); callers add the where clause. */
    private static final String ORDER_ROWS = """
                select new org.paniercommun.distribution.PickupLists$OrderRow(o.id, h.id, h.displayName, o.totalCents,
                    o.finalTotalCents, o.fundReductionCents, o.couponCount, o.pickupCoupons, o.roundUpCents,
                    o.pickupStatus, o.absenceDecision, o.version, o.reopenedAt)
                from Order o join o.household h
                """;

    public PickupList of(long roundId, long slotId, Sort sort) {
        RoundSlot slot = slot(roundId, slotId);
        FundService.BonsBox box = fund.bonsBox(slotId);
        List<OrderRow> orders = em.createQuery(ORDER_ROWS + """
                where o.round.id = :round and h.relayPoint.id = :point and o.status = :submitted""", OrderRow.class)
                .setParameter("round", roundId).setParameter("point", slot.relayPoint.id)
                .setParameter("submitted", OrderStatus.SUBMITTED).getResultList();
        List<PickupHousehold> households = households(roundId, orders);
        households.sort(sort == Sort.NUMBER ? Comparator.comparingLong(PickupHousehold::householdId)
                : Comparator.comparing((PickupHousehold h) -> h.name().toLowerCase(Locale.FRENCH))
                        .thenComparingLong(PickupHousehold::householdId));
        long total = households.stream().mapToLong(PickupHousehold::amountToCollectCents).reduce(0L, Math::addExact);
        long served = households.stream().filter(h -> h.status() == PickupStatus.PICKED_UP).count();
        long absent = households.stream().filter(h -> h.status() == PickupStatus.ABSENT).count();
        return new PickupList(roundId, slot.round.name, slot.id, slot.relayPoint.id, slot.relayPoint.name,
                slot.relayPoint.address, slot.distributionDate, slot.timeSlot, slot.closedAt != null, households,
                total, served, absent, box.maxRatePercent(), box.inBox());
    }

    /** One household of a relay point's list, as it stands now. */
    public PickupHousehold household(RoundSlot slot, long orderId) {
        List<OrderRow> orders = em.createQuery(ORDER_ROWS + """
                where o.id = :order and o.round.id = :round and h.relayPoint.id = :point""", OrderRow.class)
                .setParameter("order", orderId).setParameter("round", slot.round.id)
                .setParameter("point", slot.relayPoint.id).getResultList();
        return households(slot.round.id, orders).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Texts.of(DistributionMessages.class).error_not_on_list()));
    }

    private List<PickupHousehold> households(long roundId, List<OrderRow> orders) {
        List<Long> orderIds = orders.stream().map(OrderRow::orderId).toList();
        Map<Long, List<PickupLine>> linesByOrder = new HashMap<>();
        if (!orderIds.isEmpty()) {
            em.createQuery("""
                    select new org.paniercommun.distribution.PickupLists$LineRow(l.order.id, l.id, f.id,
                        coalesce(f.productName, p.name),
                        coalesce(f.saleUnit, p.saleUnit), l.quantity, l.allocatedQuantity, l.deliveredQuantity,
                        l.missing)
                    from OrderLine l join l.offer f join f.product p
                    where l.order.id in :orders order by coalesce(f.productName, p.name)""", LineRow.class)
                    .setParameter("orders", orderIds).getResultList()
                    .forEach(l -> linesByOrder.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(l.line()));
        }
        Map<Long, Long> carried = accounts.balancesBefore(orders.stream().map(OrderRow::householdId).toList(), roundId);
        Map<Long, Long> paid = accounts.paidFor(orderIds);

        List<PickupHousehold> households = new ArrayList<>();
        OrderingMessages statuses = Texts.of(OrderingMessages.class);
        for (OrderRow order : orders) {
            List<PickupLine> lines = linesByOrder.getOrDefault(order.orderId(), List.of());
            long paidNow = paid.getOrDefault(order.orderId(), 0L);
            long toCollect = order.amountToPay() + carried.getOrDefault(order.householdId(), 0L) - paidNow;
            households.add(new PickupHousehold(order.orderId(), order.householdId(), order.name(),
                    String.valueOf(order.householdId()), lines, toCollect, paidNow, order.status(),
                    statuses.pickup_status(order.status()), order.absenceDecision(), order.version(),
                    order.reopenedAt() != null));
        }
        return households;
    }

    /** One product to set aside for a relay point at the hub. */
    public record PickItem(String product, String producer, String unit, BigDecimal quantity, int households) {
    }

    /** What goes to one relay point (liste de préparation). */
    public record PickList(long roundId, String roundName, String relayPoint, String address, LocalDate date,
            String timeSlot, List<PickItem> items) {

        /** "dimanche 6 décembre 2026, 16 h – 18 h": the weekday from the date. */
        public String slotLabel() {
            return org.paniercommun.round.RoundDates.slot(date, timeSlot);
        }
    }

    /** The pick list of a relay point, from the round's consolidation (allocated quantities). */
    public PickList pickList(RoundSlot slot, org.paniercommun.closing.Consolidation.RoundConsolidation totals) {
        int column = -1;
        for (int i = 0; i < totals.relayPoints().size(); i++) {
            if (slot.relayPoint.id.equals(totals.relayPoints().get(i).id())) {
                column = i;
            }
        }
        Map<Long, Long> households = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("""
                select l.offer_id, count(*) from order_lines l join orders o on o.id = l.order_id
                join households h on h.id = o.household_id
                where o.round_id = :round and o.status = 'SUBMITTED' and h.relay_point_id = :point
                  and coalesce(l.allocated_quantity, l.quantity) > 0
                group by l.offer_id""").setParameter("round", slot.round.id).setParameter("point", slot.relayPoint.id)
                .getResultList();
        counts.forEach(r -> households.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        List<PickItem> items = new ArrayList<>();
        if (column >= 0) {
            for (var product : totals.products()) {
                BigDecimal quantity = product.perRelayPoint().get(column);
                if (quantity.signum() > 0) {
                    items.add(new PickItem(product.product(), product.producer(), product.unit(), quantity,
                            households.getOrDefault(product.offerId(), 0L).intValue()));
                }
            }
        }
        return new PickList(slot.round.id, slot.round.name, slot.relayPoint.name, slot.relayPoint.address,
                slot.distributionDate, slot.timeSlot, items);
    }

    /** The slots (relay points) of a round, by relay point name. */
    public List<RoundSlot> slots(long roundId) {
        return em.createQuery("select s from RoundSlot s join fetch s.relayPoint p join fetch s.round "
                + "where s.round.id = :round order by p.name", RoundSlot.class)
                .setParameter("round", roundId).getResultList();
    }

    /**
     * A relay point's distribution day for the person about to act on it: 404 when it is not the round's, 403 for a
     * volunteer of another group.
     */
    public RoundSlot slotToActOn(SecurityIdentity identity, long roundId, long slotId) {
        RoundSlot slot = slot(roundId, slotId);
        volunteers.requireMayActFor(identity, slot.relayPoint.group.id);
        return slot;
    }

    public RoundSlot slot(long roundId, long slotId) {
        return em.createQuery("select s from RoundSlot s join fetch s.relayPoint join fetch s.round "
                + "where s.id = :slot and s.round.id = :round", RoundSlot.class)
                .setParameter("slot", slotId).setParameter("round", roundId).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Texts.of(DistributionMessages.class).error_slot_not_in_round()));
    }

    /** The columns of an order and its household the list shows. */
    record OrderRow(Long orderId, Long householdId, String name, long totalCents, Long finalTotalCents,
            long fundReductionCents, int couponCount, int pickupCoupons, long roundUpCents, PickupStatus status,
            AbsenceDecision absenceDecision, long version, java.time.Instant reopenedAt) {

        long amountToPay() {
            return OrderFigures.of(OrderStatus.SUBMITTED, status, absenceDecision, totalCents, finalTotalCents,
                    fundReductionCents, couponCount, pickupCoupons, roundUpCents).amountToPayCents();
        }
    }

    /** The columns of an order line the list shows. */
    record LineRow(Long orderId, Long lineId, Long offerId, String product, SaleUnit saleUnit, BigDecimal quantity,
            BigDecimal allocatedQuantity, BigDecimal deliveredQuantity, boolean missing) {

        PickupLine line() {
            return new PickupLine(lineId, offerId, product, saleUnit.label(), saleUnit != SaleUnit.PIECE, quantity,
                    OrderFigures.handedOut(quantity, allocatedQuantity, deliveredQuantity, missing), deliveredQuantity,
                    missing);
        }
    }
}
