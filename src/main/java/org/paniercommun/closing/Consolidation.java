package org.paniercommun.closing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.kernel.Texts;
import org.paniercommun.pricing.CaseRounding;

/**
 * What a round adds up to: per product, ordered and allocated quantities overall and per relay point, with the
 * cases to buy. One grouped query, whatever the number of orders.
 */
@ApplicationScoped
public class Consolidation {

    @Inject
    RoundService rounds;

    @Inject
    EntityManager em;

    /** A relay point column; id null for households without a relay point. */
    public record RelayPointColumn(Long id, String name) {
    }

    /**
     * One product of the round.
     *
     * @param perRelayPoint allocated quantity (ordered before closing) per relay point, in the order of the columns
     */
    public record ProductRow(long offerId, long productId, String product, long producerId, String producer,
            String unit, BigDecimal ordered, BigDecimal tolerances, BigDecimal allocated, BigDecimal caseSize,
            Integer cases, BigDecimal surplus, BigDecimal received, int households, List<BigDecimal> perRelayPoint,
            String missingMessage, CaseRounding.Decision caseDecision, CaseRounding.Policy productPolicy,
            org.paniercommun.round.ReceptionStatus receptionStatus, String receptionNote, String toleranceNote) {

        /** The coordinator has a part-filled case to decide on (the same rule as {@link #missingMessage}). */
        public boolean needsDecision() {
            return missingMessage != null;
        }
    }

    public record RoundConsolidation(long roundId, String roundName, List<RelayPointColumn> relayPoints,
            List<ProductRow> products) {
    }

    public RoundConsolidation of(long roundId) {
        Round round = rounds.round(roundId);
        List<RoundOffer> offers = rounds.offers(roundId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select l.offer_id, h.relay_point_id, rp.name, sum(l.quantity), sum(l.tolerance),
                       sum(coalesce(l.allocated_quantity, l.quantity)), count(*)
                from order_lines l
                join orders o on o.id = l.order_id
                join households h on h.id = o.household_id
                left join relay_points rp on rp.id = h.relay_point_id
                where o.round_id = :round and o.status = 'SUBMITTED'
                group by l.offer_id, h.relay_point_id, rp.name""")
                .setParameter("round", roundId).getResultList();

        Map<Long, String> columnNames = new java.util.TreeMap<>();
        boolean withoutRelayPoint = false;
        for (Object[] row : rows) {
            if (row[1] == null) {
                withoutRelayPoint = true;
            } else {
                columnNames.put(((Number) row[1]).longValue(), (String) row[2]);
            }
        }
        List<RelayPointColumn> columns = new ArrayList<>();
        columnNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> columns.add(new RelayPointColumn(e.getKey(), e.getValue())));
        if (withoutRelayPoint) {
            columns.add(new RelayPointColumn(null, messages().common_no_relay_point()));
        }
        Map<Long, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).id(), i);
        }

        Map<Long, Totals> totals = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long offerId = ((Number) row[0]).longValue();
            Long relayPoint = row[1] == null ? null : ((Number) row[1]).longValue();
            Totals t = totals.computeIfAbsent(offerId, k -> new Totals(columns.size()));
            t.ordered = t.ordered.add((BigDecimal) row[3]);
            t.tolerances = t.tolerances.add((BigDecimal) row[4]);
            t.allocated = t.allocated.add((BigDecimal) row[5]);
            t.households += ((Number) row[6]).intValue();
            int index = columnIndex.get(relayPoint);
            t.perRelayPoint.set(index, t.perRelayPoint.get(index).add((BigDecimal) row[5]));
        }
        List<ProductRow> products = new ArrayList<>();
        for (RoundOffer offer : offers) {
            Totals t = totals.getOrDefault(offer.id, new Totals(columns.size()));
            var p = offer.product;
            products.add(new ProductRow(offer.id, p.id, offer.productName(), p.producer.id, p.producer.name, offer.saleUnit().label(),
                    t.ordered.setScale(3), t.tolerances.setScale(3), t.allocated.setScale(3),
                    offer.caseSize(), offer.casesOrdered, offer.surplusQuantity,
                    offer.receivedQuantity, t.households, List.copyOf(t.perRelayPoint),
                    ClosingService.missingMessage(messages(), offer, t.ordered, t.tolerances), offer.caseDecision,
                    p.casePolicy, offer.receptionStatus, offer.receptionNote,
                    ClosingService.toleranceNote(messages(), offer, t.ordered, t.tolerances)));
        }
        return new RoundConsolidation(round.id, round.name, columns, products);
    }

    private static final class Totals {
        BigDecimal ordered = BigDecimal.ZERO;
        BigDecimal tolerances = BigDecimal.ZERO;
        BigDecimal allocated = BigDecimal.ZERO;
        int households;
        final List<BigDecimal> perRelayPoint = new ArrayList<>();

        Totals(int columns) {
            for (int i = 0; i < columns; i++) {
                perRelayPoint.add(BigDecimal.ZERO.setScale(3));
            }
        }
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static ClosingMessages messages() {
        return Texts.of(ClosingMessages.class);
    }
}
