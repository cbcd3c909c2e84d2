package org.paniercommun.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.catalogue.CatalogueMessages;
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundMessages;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.HouseholdMessages;
import org.paniercommun.household.PriceTier;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.report.FunderReport.Amount;
import org.paniercommun.report.FunderReport.Count;
import org.paniercommun.report.FunderReport.ProducerPaid;
import org.paniercommun.report.FunderReport.RoundRef;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.settlement.SettlementService;
import org.paniercommun.kernel.Texts;

/** Builds the funders' report of an antenna over a period (see {@link FunderReport} for what each figure means). */
@ApplicationScoped
public class ReportService {

    /** A producer within this distance of the hub counts as local, unless the coordinator chooses another. */
    public static final int DEFAULT_LOCAL_KM = 150;

    @Inject
    EntityManager em;

    @Transactional
    public FunderReport funders(long antennaId, ReportPeriod period, Integer localKm) {
        Antenna antenna = Antenna.findById(antennaId);
        if (antenna == null) {
            throw new NotFoundException(Texts.of(ReportMessages.class).error_antenna_not_found());
        }
        int km = localKm == null ? DEFAULT_LOCAL_KM : Math.max(0, localKm);
        List<RoundRef> rounds = rounds(antennaId, period);
        List<Long> ids = rounds.stream().map(RoundRef::id).toList();
        List<Long> scope = ids.isEmpty() ? List.of(-1L) : ids;

        FunderReport.Orders orders = orders(scope);
        FunderReport.Households households = households(scope);
        List<FunderReport.Volume> volumes = volumes(scope);
        List<RoundOffer> offers = ids.isEmpty() ? List.of() : RoundOffer.list("from RoundOffer o join fetch o.product p "
                + "join fetch p.producer where o.round.id in ?1 order by p.producer.name, p.name", ids);
        FunderReport.ValueShares value = valueShares(offers);
        FunderReport.Producers producers = producers(scope, offers, km);
        FunderReport.Fund fund = fund(antennaId, period, scope);
        List<Amount> subsidies = amounts("""
                select a.label, sum(a.amount_cents) from round_amounts a
                where a.round_id in (:rounds) and a.kind = 'SUBSIDY' group by a.label order by a.label""", scope);
        return new FunderReport(antennaId, antenna.name, period, rounds, households, orders, volumes, value, producers,
                fund, subsidies, subsidies.stream().mapToLong(Amount::cents).reduce(0L, Math::addExact),
                        baskets(antennaId, period),
                memberships(antennaId, period));
    }

    /** Memberships of the antenna's households paid in the period, by kind. */
    private FunderReport.Memberships memberships(long antennaId, ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.kind, count(*), sum(m.amount_cents) from memberships m
                join households h on h.id = m.household_id join purchasing_groups g on g.id = h.group_id
                where g.antenna_id = :a and m.paid and m.paid_on between :from and :to
                group by m.kind order by m.kind desc""")
                .setParameter("a", antennaId).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        HouseholdMessages texts = Texts.of(HouseholdMessages.class);
        List<FunderReport.MembershipCount> byKind = rows.stream().map(r -> new FunderReport.MembershipCount(
                texts.membership_kind(org.paniercommun.household.MembershipKind.valueOf((String) r[0])),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList();
        return new FunderReport.Memberships(byKind,
                byKind.stream().mapToLong(FunderReport.MembershipCount::count).reduce(0L, Math::addExact),
                byKind.stream().mapToLong(FunderReport.MembershipCount::cents).reduce(0L, Math::addExact));
    }

    private List<RoundRef> rounds(long antennaId, ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.name, min(s.distribution_date) as day
                from rounds r join round_slots s on s.round_id = r.id
                where r.antenna_id = :a and r.status in ('DISTRIBUTED', 'SETTLED')
                group by r.id, r.name
                having min(s.distribution_date) between :from and :to
                order by day, r.id""")
                .setParameter("a", antennaId).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        return rows.stream().map(r -> new RoundRef(((Number) r[0]).longValue(), (String) r[1],
                (LocalDate) r[2])).toList();
    }

    private FunderReport.Orders orders(List<Long> rounds) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(o.goods_cents), 0)
                from orders o where o.round_id in (:rounds) and o.status = 'SUBMITTED' and o.pickup_status = 'PICKED_UP'""")
                .setParameter("rounds", rounds).getSingleResult();
        long count = ((Number) row[0]).longValue();
        long goods = ((Number) row[1]).longValue();
        return new FunderReport.Orders(count, goods, Shares.average(goods, count));
    }

    /** Each served household once, in the tier and group of its latest order of the period. */
    private FunderReport.Households households(List<Long> rounds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct on (o.household_id) o.household_id, o.price_tier, g.name, h.people_count
                from orders o join rounds r on r.id = o.round_id join households h on h.id = o.household_id
                join purchasing_groups g on g.id = h.group_id
                where o.round_id in (:rounds) and o.status = 'SUBMITTED' and o.pickup_status = 'PICKED_UP'
                order by o.household_id, r.deadline desc, r.id desc""").setParameter("rounds", rounds).getResultList();
        Map<String, Long> byTier = new LinkedHashMap<>();
        for (PriceTier tier : PriceTier.values()) {
            byTier.put(Texts.of(HouseholdMessages.class).tier_label(tier), 0L);
        }
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        long people = 0;
        for (Object[] r : rows) {
            byTier.merge(Texts.of(HouseholdMessages.class).tier_label(PriceTier.of(((Number) r[1]).intValue())), 1L,
                    Long::sum);
            byGroup.merge((String) r[2], 1L, Long::sum);
            people += ((Number) r[3]).longValue();
        }
        return new FunderReport.Households(rows.size(), people, counts(byTier), counts(byGroup));
    }

    /** What households took home, by category and unit (weighed quantities; missing lines excluded). */
    private List<FunderReport.Volume> volumes(List<Long> rounds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(f.category, p.category) as category, coalesce(f.sale_unit, p.sale_unit) as sale_unit,
                       sum(l.handed_out_quantity)
                from order_lines l join orders o on o.id = l.order_id
                join round_offers f on f.id = l.offer_id join products p on p.id = f.product_id
                where o.round_id in (:rounds) and o.status = 'SUBMITTED' and o.pickup_status = 'PICKED_UP'
                  and not l.missing
                group by 1, 2 order by 1, 2""")
                .setParameter("rounds", rounds).getResultList();
        CatalogueMessages catalogue = Texts.of(CatalogueMessages.class);
        return rows.stream().map(r -> new FunderReport.Volume(catalogue.category(ProductCategory.valueOf((String) r[0])),
                catalogue.sale_unit(SaleUnit.valueOf((String) r[1])), ((BigDecimal) r[2]).setScale(3))).toList();
    }

    /** Shares of organic, local and fair-trade products in what producers delivered, at purchase prices. */
    private static FunderReport.ValueShares valueShares(List<RoundOffer> offers) {
        return FunderReport.ValueShares.of(offers.stream().map(o -> new FunderReport.Delivered(delivered(o), o.organic(),
                o.local(), o.fairTrade())).toList());
    }

    /** The value of what the producer delivered for one offer: the statement line's amount. */
    private static long delivered(RoundOffer offer) {
        return SettlementService.lines(List.of(offer)).stream().mapToLong(SettlementService.StatementLine::amountCents)
                .reduce(0L, Math::addExact);
    }

    /**
     * What each producer is owed for the period (its statements: delivered × purchase price, plus adjustments)
     * and what was marked paid.
     */
    private FunderReport.Producers producers(List<Long> rounds, List<RoundOffer> offers, int localKm) {
        record Totals(String name, boolean local, long[] due) {
        }
        Map<Long, Totals> byProducer = new LinkedHashMap<>();
        for (RoundOffer offer : offers) {
            var producer = offer.product.producer;
            byProducer.computeIfAbsent(producer.id, k -> new Totals(producer.name,
                    producer.distanceKm != null && producer.distanceKm <= localKm, new long[2])).due()[0] += delivered(offer);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> statementRows = em.createNativeQuery("""
                select s.producer_id,
                       coalesce((select sum(a.amount_cents) from statement_adjustments a where a.statement_id = s.id), 0),
                       case when s.status = 'PAID' then s.total_cents else 0 end
                from producer_statements s where s.round_id in (:rounds)""").setParameter("rounds", rounds)
                .getResultList();
        for (Object[] r : statementRows) {
            Totals totals = byProducer.get(((Number) r[0]).longValue());
            if (totals != null) {
                totals.due()[0] += ((Number) r[1]).longValue();
                totals.due()[1] += ((Number) r[2]).longValue();
            }
        }
        List<ProducerPaid> producers = new ArrayList<>();
        byProducer.values().stream().filter(t -> t.due()[0] != 0 || t.due()[1] != 0)
                .sorted(java.util.Comparator.comparingLong((Totals t) -> -t.due()[0]).thenComparing(Totals::name))
                .forEach(t -> producers.add(new ProducerPaid(t.name(), t.local(), t.due()[0], t.due()[1])));
        long due = producers.stream().mapToLong(ProducerPaid::dueCents).reduce(0L, Math::addExact);
        long paid = producers.stream().mapToLong(ProducerPaid::paidCents).reduce(0L, Math::addExact);
        long localCount = producers.stream().filter(ProducerPaid::local).count();
        long localDue = producers.stream().filter(ProducerPaid::local).mapToLong(ProducerPaid::dueCents).reduce(0L,
                Math::addExact);
        return new FunderReport.Producers(producers, due, paid, localKm, localCount,
                Shares.percent(localCount, producers.size()), localDue);
    }

    /**
     * The fund's ledger entries dated in the period, aggregated by kind, and its net change; the reductions
     * granted in the period's rounds only when at least 3 households drew in them.
     */
    private FunderReport.Fund fund(long antennaId, ReportPeriod period, List<Long> rounds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select kind, sum(amount_cents) from fund_entries
                where antenna_id = :a and entry_date between :from and :to group by kind""")
                .setParameter("a", antennaId).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        Map<EntryKind, Long> byKind = new java.util.EnumMap<>(EntryKind.class);
        rows.forEach(r -> byKind.put(EntryKind.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        List<Amount> inflows = new ArrayList<>();
        for (EntryKind kind : List.of(EntryKind.COUPON, EntryKind.DONATION, EntryKind.GRANT, EntryKind.ROUND_UP,
                EntryKind.TIER3_SURPLUS)) {
            if (byKind.containsKey(kind)) {
                inflows.add(new Amount(Texts.of(FundMessages.class).entry_kind(kind), byKind.get(kind)));
            }
        }
        long inflowsCents = inflows.stream().mapToLong(Amount::cents).reduce(0L, Math::addExact);
        long corrections = byKind.getOrDefault(EntryKind.CORRECTION, 0L);
        long netChange = byKind.values().stream().mapToLong(Long::longValue).reduce(0L, Math::addExact);
        // Reductions in the scope where the 3-household rule is checked: the period's rounds.
        Number reductions = (Number) em.createNativeQuery("""
                select coalesce(-sum(amount_cents), 0) from fund_entries
                where round_id in (:rounds) and kind in ('DRAW', 'DRAW_RELEASE', 'BONS')""")
                .setParameter("rounds", rounds).getSingleResult();
        Number helped = (Number) em.createNativeQuery("""
                select count(distinct o.household_id) from orders o
                where o.round_id in (:rounds) and o.status = 'SUBMITTED' and o.fund_reduction_cents > 0""")
                .setParameter("rounds", rounds).getSingleResult();
        boolean shown = helped.longValue() >= FundService.MIN_HOUSEHOLDS_SHOWN;
        return new FunderReport.Fund(inflows, inflowsCents, shown ? reductions.longValue() : null,
                shown ? helped.longValue() : null, corrections, netChange);
    }

    /** The solidarity baskets of the antenna's relay points delivered in the period. */
    private FunderReport.Baskets baskets(long antennaId, ReportPeriod period) {
        String scope = """
                from basket_handouts b join basket_deliveries d on d.id = b.delivery_id
                join relay_points rp on rp.id = b.relay_point_id join purchasing_groups g on g.id = rp.group_id
                join basket_subscriptions s on s.id = b.subscription_id
                where g.antenna_id = :a and d.delivery_date between :from and :to""";
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where b.status = 'COLLECTED'), count(*) filter (where b.status = 'MISSED'),
                       count(distinct s.household_id) filter (where b.status = 'COLLECTED'),
                       coalesce(sum(b.value_cents), 0), coalesce(sum(b.household_share_cents), 0),
                       coalesce(sum(b.paid_cents), 0)
                """ + scope).setParameter("a", antennaId).setParameter("from", period.from())
                .setParameter("to", period.to()).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> funders = em.createNativeQuery("""
                select f.name, sum(x.amount_cents)
                from basket_handout_shares x join basket_funders f on f.id = x.funder_id
                join basket_handouts b on b.id = x.handout_id join basket_deliveries d on d.id = b.delivery_id
                join relay_points rp on rp.id = b.relay_point_id join purchasing_groups g on g.id = rp.group_id
                where g.antenna_id = :a and d.delivery_date between :from and :to
                group by f.name order by f.name""").setParameter("a", antennaId).setParameter("from", period.from())
                .setParameter("to", period.to()).getResultList();
        return new FunderReport.Baskets(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(),
                funders.stream().map(r -> new Amount((String) r[0], ((Number) r[1]).longValue())).toList());
    }

    private List<Amount> amounts(String sql, List<Long> rounds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("rounds", rounds).getResultList();
        return rows.stream().map(r -> new Amount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    private static List<Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
