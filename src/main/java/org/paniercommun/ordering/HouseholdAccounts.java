package org.paniercommun.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a household owes or has in credit across rounds: what its handed-out orders come to (goods at the final
 * amounts, less its fund reduction, plus coupons and round-ups) minus what it paid. An absent household owes its
 * order only when the coordinator decided so. The sum of what each order stores as due
 * ({@link org.paniercommun.ordering.OrderFigures#dueCents()}) less the append-only payments; the balance itself is
 * never stored.
 */
@ApplicationScoped
public class HouseholdAccounts {

    @Inject
    EntityManager em;

    /** Balance of a household: positive = it owes, negative = credit. */
    public long balance(long householdId) {
        return balancesBefore(List.of(householdId), null).getOrDefault(householdId, 0L);
    }

    /**
     * Balances carried into an order: everything of these households except that order's round.
     *
     * @param roundId the round whose orders and payments are left out (null: none)
     */
    public Map<Long, Long> balancesBefore(Collection<Long> householdIds, Long roundId) {
        Map<Long, Long> balances = new HashMap<>();
        if (householdIds.isEmpty()) {
            return balances;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select household_id, sum(due) from ("
                + " select o.household_id, o.due_cents as due from orders o"
                + "  where o.household_id in (:households) and (cast(:round as bigint) is null or o.round_id <> :round)"
                + " union all"
                + " select p.household_id, -p.amount_cents from payments p"
                + "  where p.household_id in (:households) and (cast(:round as bigint) is null or p.round_id <> :round)"
                + ") moves group by household_id")
                .setParameter("households", householdIds).setParameter("round", roundId).getResultList();
        for (Object[] row : rows) {
            balances.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return balances;
    }

    /** What was paid with each of these orders. */
    public Map<Long, Long> paidFor(Collection<Long> orderIds) {
        Map<Long, Long> paid = new HashMap<>();
        if (orderIds.isEmpty()) {
            return paid;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select order_id, sum(amount_cents) from payments "
                + "where order_id in (:orders) group by order_id").setParameter("orders", orderIds).getResultList();
        for (Object[] row : rows) {
            paid.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return paid;
    }
}
