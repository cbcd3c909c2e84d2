package org.paniercommun.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.report.RoundSimulation.Item;
import org.paniercommun.report.RoundSimulation.Product;
import org.paniercommun.report.RoundSimulation.Row;
import org.paniercommun.report.RoundSimulation.Segment;
import org.paniercommun.kernel.Texts;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundOffer;

/**
 * Simulates a round before (or after) it opens: the households of its groups, counted by their current
 * tier, each ordering either the average basket of the antenna's previous round with orders, or a typical
 * basket (one order minimum, or one step, of every product offered to their group).
 */
@ApplicationScoped
class SimulationService {

    @Inject
    EntityManager em;

    /** The JSON answer of {@code GET /api/rounds/{id}/simulation}; every amount in cents. */
    public record SimulationView(long roundId, String roundName, String status, String basis,
            Long basisRoundId, List<TierRow> tiers, TierRow total) {
    }

    /** {@code tier} is null on the totals row; gapCents > 0 is to be covered, < 0 is a surplus. */
    public record TierRow(Integer tier, long households, long paidCents, long costCents, long producersCents,
            long gapCents) {
        /** The surplus when households pay more than it costs (tier 3), for the page; 0 otherwise. */
        public long surplusCents() {
            return gapCents < 0 ? -gapCents : 0;
        }

        static TierRow of(Row row) {
            return new TierRow(row.tier() == 0 ? null : row.tier(), row.households(), row.paidCents(),
                    row.costCents(), row.producersCents(), row.gapCents());
        }
    }

    @Transactional
    public SimulationView simulate(long roundId) {
        RoundMessages messages = Texts.of(RoundMessages.class);
        Round round = em.createQuery("""
                select distinct r from Round r join fetch r.antenna left join fetch r.groups where r.id = :id""",
                Round.class)
                .setParameter("id", roundId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(messages.error_round_unknown()));
        TierPricing pricing = round.pricing();
        List<RoundOffer> offers = em.createQuery("""
                select o from RoundOffer o join fetch o.product where o.round.id = :id order by o.id""",
                RoundOffer.class)
                .setParameter("id", roundId)
                .getResultList();
        Map<Long, Set<Long>> productsByGroup = new HashMap<>();
        em.createQuery("""
                select g.id, p.id from RoundOffer o join o.product p join p.groups g where o.round.id = :id""",
                Object[].class)
                .setParameter("id", roundId)
                .getResultList()
                .forEach(r -> productsByGroup.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));

        // Per-household quantities: previous round's averages, or the typical basket.
        Round previous = previousRoundWithOrders(round);
        Map<Long, BigDecimal> perHousehold = new HashMap<>();
        String basis;
        if (previous != null) {
            long ordering = em.createQuery("""
                    select count(o) from Order o where o.round.id = :id
                      and o.status = org.paniercommun.ordering.OrderStatus.SUBMITTED""", Long.class)
                    .setParameter("id", previous.id).getSingleResult();
            em.createQuery("""
                    select l.offer.product.id, sum(l.quantity) from OrderLine l
                    where l.order.round.id = :id and l.order.status = org.paniercommun.ordering.OrderStatus.SUBMITTED
                    group by l.offer.product.id""", Object[].class)
                    .setParameter("id", previous.id)
                    .getResultList()
                    .forEach(r -> perHousehold.put((Long) r[0], ((BigDecimal) r[1])
                            .divide(BigDecimal.valueOf(ordering), 3, RoundingMode.HALF_UP)));
            basis = messages.sim_basis_previous(previous.name, ordering);
        } else {
            for (RoundOffer offer : offers) {
                BigDecimal minimum = offer.orderMinimum();
                boolean noMinimum = minimum == null || minimum.signum() == 0;
                perHousehold.put(offer.product.id, noMinimum ? offer.orderStep() : minimum);
            }
            basis = messages.sim_basis_typical();
        }

        Map<Long, Product> products = new HashMap<>();
        for (RoundOffer offer : offers) {
            products.put(offer.product.id, new Product(offer.product.id, offer.productName(), offer.costPrice(),
                    offer.product.purchasePriceCents, offer.priceFor(1, pricing), offer.priceFor(2, pricing),
                    offer.priceFor(3, pricing)));
        }

        List<Segment> segments = new ArrayList<>();
        if (!round.groups.isEmpty()) {
            em.createQuery("""
                    select h.group.id, h.priceTier, count(h) from Household h
                    where h.group.id in :groups and h.active = true and h.erasedAt is null
                    group by h.group.id, h.priceTier""", Object[].class)
                    .setParameter("groups", round.groups.stream().map(g -> g.id).toList())
                    .getResultList()
                    .forEach(r -> {
                        List<Item> basket = productsByGroup.getOrDefault((Long) r[0], Set.of()).stream()
                                .filter(perHousehold::containsKey)
                                .map(id -> new Item(products.get(id), perHousehold.get(id)))
                                .toList();
                        segments.add(new Segment(((Number) r[1]).intValue(), (Long) r[2], basket));
                    });
        }
        RoundSimulation.Result result = RoundSimulation.compute(segments);
        return new SimulationView(round.id, round.name, messages.round_status(round.status), basis,
                previous == null ? null : previous.id, result.tiers().stream().map(TierRow::of).toList(),
                TierRow.of(result.total()));
    }

    private Round previousRoundWithOrders(Round round) {
        return em.createQuery("""
                select r from Round r
                where r.antenna.id = :antenna and r.id <> :id and r.deadline < :deadline
                  and exists (select 1 from Order o where o.round = r
                              and o.status = org.paniercommun.ordering.OrderStatus.SUBMITTED)
                order by r.deadline desc""", Round.class)
                .setParameter("antenna", round.antenna.id)
                .setParameter("id", round.id)
                .setParameter("deadline", round.deadline)
                .setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

}
