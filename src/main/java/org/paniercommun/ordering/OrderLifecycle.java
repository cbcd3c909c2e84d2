package org.paniercommun.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.Texts;

/**
 * The one writer of orders' life beside the {@link Order} entity's own transitions: the writes that touch many orders
 * at once, in bulk SQL for speed (a round's closing rewrites the allocation of thousands of lines; a relay point's day
 * closes every household not served), and the placing of one order, whose transition the entity applies detached and
 * this class writes ({@link #writeLines}, {@link #writePlaced}: the busiest write of the app, issue 25). Each guards
 * the orders' status in its WHERE clause as the entity's transition does (the placing: the version it locked), refuses
 * (409) when an order is not in that status, and stores the figures {@link OrderFigures} gives, as
 * {@link Order#storeFigures} does for an order written as an entity. No other class writes the orders' or lines'
 * columns.
 */
@ApplicationScoped
public class OrderLifecycle {

    @Inject
    EntityManager em;

    /**
     * A line whose allocation changes at closing.
     *
     * @param allocated what the household gets, null when it is what was ordered
     * @param finalAmountCents the amount for what the household gets, null when it is the amount ordered
     * @param handedOut what the line hands out now ({@link OrderFigures#handedOut})
     */
    public record LineAllocation(long lineId, BigDecimal allocated, Long finalAmountCents, BigDecimal handedOut) {
    }

    /**
     * An order whose figures change at closing.
     *
     * @param orderedTotalCents the ordered total (unchanged)
     * @param finalTotalCents the goods total for what the household gets, null when it is the ordered total
     * @param reductionCents the fund's reduction now (what {@code FundService} granted)
     * @param costValueCents what the household gets at cost price
     */
    public record OrderAllocation(long orderId, long orderedTotalCents, Long finalTotalCents, long reductionCents,
            long costValueCents) {
    }

    /**
     * Closing's allocation (case rounding, shortages) of lines whose orders are sent and not handed out yet, in one
     * statement. The arrays are unnested in the select list, not in FROM: a function scan in FROM first copies every
     * row into a tuplestore, which spilled to disk for a large round.
     */
    public void allocateLines(List<LineAllocation> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(lines.size());
        List<BigDecimal> allocations = new ArrayList<>(lines.size());
        List<Long> amounts = new ArrayList<>(lines.size());
        List<BigDecimal> handedOut = new ArrayList<>(lines.size());
        lines.forEach(l -> {
            ids.add(l.lineId());
            allocations.add(l.allocated());
            amounts.add(l.finalAmountCents());
            handedOut.add(l.handedOut());
        });
        int[] updated = new int[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update order_lines l set allocated_quantity = v.allocated, final_amount_cents = v.amount,
                                             handed_out_quantity = v.handed_out
                    from (select unnest(?::bigint[]) as id, unnest(?::numeric[]) as allocated,
                                 unnest(?::bigint[]) as amount, unnest(?::numeric[]) as handed_out) v, orders o
                    where l.id = v.id and o.id = l.order_id and o.status = 'SUBMITTED'
                      and o.pickup_status = 'WAITING'""")) {
                update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                update.setArray(2, connection.createArrayOf("numeric", allocations.toArray()));
                update.setArray(3, connection.createArrayOf("bigint", amounts.toArray()));
                update.setArray(4, connection.createArrayOf("numeric", handedOut.toArray()));
                updated[0] = update.executeUpdate();
            }
        });
        requireAll(updated[0], lines.size());
    }

    /**
     * Closing's new goods totals, reductions and cost values of orders sent and not handed out yet, with the figures
     * they give (an order waiting for its pickup is charged nothing yet), in one statement.
     */
    public void allocateOrders(List<OrderAllocation> orders) {
        if (orders.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(orders.size());
        List<Long> totals = new ArrayList<>(orders.size());
        List<Long> reductions = new ArrayList<>(orders.size());
        List<Long> costs = new ArrayList<>(orders.size());
        List<Long> goods = new ArrayList<>(orders.size());
        List<Long> dues = new ArrayList<>(orders.size());
        List<String> charges = new ArrayList<>(orders.size());
        for (OrderAllocation order : orders) {
            // The guard below lets only sent orders waiting for their pickup through: their figures as such.
            OrderFigures figures = OrderFigures.of(OrderStatus.SUBMITTED, PickupStatus.WAITING, null,
                    order.orderedTotalCents(), order.finalTotalCents(), order.reductionCents(), 0, 0, 0);
            ids.add(order.orderId());
            totals.add(order.finalTotalCents());
            reductions.add(order.reductionCents());
            costs.add(order.costValueCents());
            goods.add(figures.goodsCents());
            dues.add(figures.dueCents());
            charges.add(figures.charge().name());
        }
        em.flush();
        int[] updated = new int[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update orders o set final_total_cents = v.total, fund_reduction_cents = v.reduction,
                                        cost_value_cents = v.cost, goods_cents = v.goods, due_cents = v.due,
                                        charge = v.charge, version = o.version + 1
                    from (select unnest(?::bigint[]) as id, unnest(?::bigint[]) as total,
                                 unnest(?::bigint[]) as reduction, unnest(?::bigint[]) as cost,
                                 unnest(?::bigint[]) as goods, unnest(?::bigint[]) as due,
                                 unnest(?::varchar[]) as charge) v
                    where o.id = v.id and o.status = 'SUBMITTED' and o.pickup_status = 'WAITING'""")) {
                update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                update.setArray(2, connection.createArrayOf("bigint", totals.toArray()));
                update.setArray(3, connection.createArrayOf("bigint", reductions.toArray()));
                update.setArray(4, connection.createArrayOf("bigint", costs.toArray()));
                update.setArray(5, connection.createArrayOf("bigint", goods.toArray()));
                update.setArray(6, connection.createArrayOf("bigint", dues.toArray()));
                update.setArray(7, connection.createArrayOf("varchar", charges.toArray()));
                updated[0] = update.executeUpdate();
            }
        });
        requireAll(updated[0], orders.size());
    }

    /**
     * Closes a relay point's day: its households still waiting are marked absent ({@link Order#markAbsent} for them
     * all, in one statement). Charged nothing until a coordinator decides what becomes of their goods.
     *
     * @return how many households were marked absent
     */
    public int markUnservedAbsent(long roundId, long relayPointId, String by) {
        OrderFigures.Charge charge = OrderFigures.charge(OrderStatus.SUBMITTED, PickupStatus.ABSENT, null);
        return em.createNativeQuery("update orders o set pickup_status = 'ABSENT', handled_by = :by, charge = :charge, "
                + "due_cents = 0, version = o.version + 1 "
                + "from households h where h.id = o.household_id and o.round_id = :round and o.status = 'SUBMITTED' "
                + "and o.pickup_status = 'WAITING' and h.relay_point_id = :point")
                .setParameter("by", by).setParameter("charge", charge.name()).setParameter("round", roundId)
                .setParameter("point", relayPointId).executeUpdate();
    }

    /**
     * Claims a sent order of a relay point's list for a volunteer's save, if nobody saved it since {@code version}:
     * the version moves on in the same statement that checks it, so of two volunteers saving at once exactly one
     * goes through.
     *
     * @return false when the order is not on that list, not sent, or saved since
     */
    public boolean claim(long orderId, long version, long roundId, long relayPointId) {
        return em.createNativeQuery("update orders o set version = o.version + 1 from households h "
                + "where o.id = :id and o.version = :version and o.round_id = :round and o.status = 'SUBMITTED' "
                + "and h.id = o.household_id and h.relay_point_id = :point")
                .setParameter("id", orderId).setParameter("version", version).setParameter("round", roundId)
                .setParameter("point", relayPointId).executeUpdate() == 1;
    }

    /**
     * The lines of an order just placed or changed, written as one batch in place of its former lines. The order was
     * read and locked by its placing and then detached ({@code OrderService}): Hibernate would otherwise dirty-check
     * it, cascade over its lines and read every property of each back at commit, a fifth of an order's CPU time in
     * the benchmark (issue 25). Ids come from the lines' own generator, as if Hibernate inserted them.
     *
     * @param replacing whether the order had lines before (they are deleted first)
     */
    void writeLines(Order order, boolean replacing) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(OrderLine.class).getGenerator();
        for (OrderLine line : order.lines) {
            line.id = (Long) ids.generate(session, line, null, EventType.INSERT);
            line.storeFigures();
        }
        session.doWork(connection -> {
            if (replacing) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from order_lines where order_id = ?")) {
                    delete.setLong(1, order.id);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into order_lines (id, order_id, offer_id, quantity, tolerance, ordered_at, unit_price_cents,
                                             amount_cents, allocated_quantity, delivered_quantity, missing,
                                             final_amount_cents, handed_out_quantity)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (OrderLine line : order.lines) {
                    insert.setLong(1, line.id);
                    insert.setLong(2, order.id);
                    insert.setLong(3, line.offer.id);
                    insert.setBigDecimal(4, line.quantity);
                    insert.setBigDecimal(5, line.tolerance);
                    insert.setTimestamp(6, Timestamp.from(line.orderedAt));
                    insert.setLong(7, line.unitPriceCents);
                    insert.setLong(8, line.amountCents);
                    insert.setBigDecimal(9, line.allocatedQuantity);
                    insert.setBigDecimal(10, line.deliveredQuantity);
                    insert.setBoolean(11, line.missing);
                    insert.setObject(12, line.finalAmountCents, Types.BIGINT);
                    insert.setBigDecimal(13, line.handedOutQuantity);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The row of an order just placed or changed ({@link Order#place}, its reduction and coupons decided), with the
     * figures {@link Order#storeFigures} gives, guarded by the version it was read and locked at.
     */
    void writePlaced(Order order) {
        order.storeFigures();
        int[] updated = new int[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update orders set status = ?, price_tier = ?, total_cents = ?, cost_value_cents = ?, entered_by = ?,
                                      updated_at = ?, fund_reduction_cents = ?, fund_rate_percent = ?, coupon_count = ?,
                                      charge = ?, goods_cents = ?, due_cents = ?, version = version + 1
                    where id = ? and version = ?""")) {
                update.setString(1, order.status.name());
                update.setShort(2, order.priceTier);
                update.setLong(3, order.totalCents);
                update.setLong(4, order.costValueCents);
                update.setString(5, order.enteredBy);
                update.setTimestamp(6, Timestamp.from(order.updatedAt));
                update.setLong(7, order.fundReductionCents);
                update.setObject(8, order.fundRatePercent, Types.SMALLINT);
                update.setInt(9, order.couponCount);
                update.setString(10, order.charge.name());
                update.setLong(11, order.goodsCents);
                update.setLong(12, order.dueCents);
                update.setLong(13, order.id);
                update.setLong(14, order.version);
                updated[0] = update.executeUpdate();
            }
        });
        if (updated[0] != 1) {
            // The row is locked by the placing transaction: nothing else can have moved its version.
            throw new IllegalStateException("order " + order.id + " changed while locked");
        }
        order.version++;
    }

    private static void requireAll(int updated, int expected) {
        if (updated != expected) {
            // Rolls the whole closing step back: an order moved on (handed out, cancelled) while it was allocated.
            throw new ConflictException(Texts.of(OrderingMessages.class).error_order_not_waiting());
        }
    }
}
