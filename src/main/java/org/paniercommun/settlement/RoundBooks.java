package org.paniercommun.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paniercommun.settlement.RoundBooks.Line.Kind;
import org.paniercommun.kernel.Texts;

/**
 * The balance sheet of a round (bilan de tournée), computed from figures read from different places: payments,
 * the fund's ledger, the orders, the producers' statements, the costs entered. The result (what the round gained
 * or cost the association) is computed twice — as resources minus uses, and from what explains it (tier gaps,
 * the gap between cost prices charged and real costs, subsidies, cash differences) — and the books balance only
 * when both agree to the cent. A disagreement means money went somewhere the books do not know.
 */
public final class RoundBooks {

    private RoundBooks() {
    }

    /**
     * One household order of the round.
     *
     * @param charged the household pays for it (served, or absent and the coordinator charged or held it)
     * @param goodsCents goods at the household's tier prices (final amounts)
     * @param costValueCents the same goods at cost price (purchase + logistics), line by line
     * @param reductionCents what the solidarity fund pays of it
     * @param contributionsCents coupons and round-ups for the fund paid with it
     */
    public record OrderFigures(int tier, boolean charged, long goodsCents, long costValueCents, long reductionCents,
            long contributionsCents) {

        /** What the household owes for this order. */
        public long dueCents() {
            return charged ? org.paniercommun.ordering.OrderFigures.amountToPay(goodsCents, reductionCents,
                    contributionsCents) : 0;
        }
    }

    /**
     * A named amount: one given with its own name (a producer, a cost, a subsidy), or a line the sheet writes, whose
     * words come from {@link SettlementMessages#books_line} with {@code detail} (a payment method, a name, a tier).
     */
    public record Line(@JsonIgnore Kind kind, @JsonIgnore String detail, long cents) {

        /** The lines of a sheet. */
        public enum Kind {
            NAMED, PAYMENTS, RECEIVABLE, CREDITS_SETTLED, FUND_NET, FUND_SHARE, SUBSIDY, CASH_DIFFERENCE, PRODUCER, COST,
            TO_FUND, TIER3_TO_FUND, TIER_GAP, COST_PRICE_GAP, SUBSIDIES, TIER3_SHARE, MEMBERSHIPS, STOCK_KEPT,
            STOCK_SALES, STOCK_OUT, STOCK_MARGIN, STOCK_WRITTEN_OFF
        }

        public Line(String name, long cents) {
            this(Kind.NAMED, name, cents);
        }

        /** What people read, in the request's language. */
        @JsonProperty
        public String label() {
            return kind == Kind.NAMED ? detail : Texts.of(SettlementMessages.class).books_line(kind, detail);
        }
    }

    /** Cash expected (recorded cash payments) and counted at a relay point. */
    public record CashCount(String relayPoint, long expectedCents, Long countedCents, String note) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public long differenceCents() {
            return countedCents == null ? 0 : countedCents - expectedCents;
        }
    }

    /**
     * The round's stock (le stock), at purchase value. What was bought beyond the orders to complete a case is kept:
     * it is a resource of the round that bought it, so that completing a case does not read as a loss. When it
     * leaves the stock on a round's distribution day (sold, or written off), that round uses its value and gains
     * what the buyer paid.
     *
     * @param keptCents purchase value of this round's surplus
     * @param salesCents what buyers paid for stock sold on this round's distribution day
     * @param soldValueCents purchase value of what was sold
     * @param writtenOffCents purchase value of what was written off (spoilt, given away)
     */
    public record StockFigures(long keptCents, long salesCents, long soldValueCents, long writtenOffCents) {

        public static final StockFigures NONE = new StockFigures(0, 0, 0, 0);
    }

    /**
     * Everything the sheet is made of.
     *
     * @param payments household payments of the round by method label
     * @param fundDrawsNetCents draws minus releases of the round in the fund's ledger (what the fund paid)
     * @param fundInflowsCents coupons and round-ups of the round in the fund's ledger
     * @param tier3SurplusCents the tier-3 surplus credited to the fund at closing
     * @param hideDraws fewer than 3 households drew: the fund's movements are shown as one net line, so that the
     *        amount drawn is not on the sheet (the fund's anonymity rule)
     * @param memberships memberships paid on the round's distribution day, one line per kind (the label says how
     *        many)
     * @param stock the round's stock movements
     */
    public record Inputs(List<OrderFigures> orders, Map<String, Long> payments, long fundDrawsNetCents,
            long fundInflowsCents, long tier3SurplusCents, List<Line> producers, List<Line> costs,
            List<Line> subsidies, List<CashCount> cash, boolean hideDraws, List<Line> memberships,
            StockFigures stock) {

        public Inputs(List<OrderFigures> orders, Map<String, Long> payments, long fundDrawsNetCents,
                long fundInflowsCents, long tier3SurplusCents, List<Line> producers, List<Line> costs,
                List<Line> subsidies, List<CashCount> cash, boolean hideDraws) {
            this(orders, payments, fundDrawsNetCents, fundInflowsCents, tier3SurplusCents, producers, costs, subsidies,
                    cash, hideDraws, List.of(), StockFigures.NONE);
        }

        public Inputs(List<OrderFigures> orders, Map<String, Long> payments, long fundDrawsNetCents,
                long fundInflowsCents, long tier3SurplusCents, List<Line> producers, List<Line> costs,
                List<Line> subsidies, List<CashCount> cash) {
            this(orders, payments, fundDrawsNetCents, fundInflowsCents, tier3SurplusCents, producers, costs, subsidies,
                    cash, false);
        }
    }

    /** A tier's gap: cost of what its households received minus what they paid for it (positive = helped). */
    public record TierGap(int tier, int orders, long costCents, long paidCents) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public long gapCents() {
            return costCents - paidCents;
        }
    }

    public record Sheet(List<Line> resources, long resourcesCents, List<Line> uses, long usesCents, long resultCents,
            List<Line> explanation, long explainedCents, List<TierGap> tierGaps, List<CashCount> cash,
            long receivableCents) {

        /** The two computations of the result agree to the cent. */
        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean balanced() {
            return resultCents == explainedCents;
        }
    }

    public static Sheet sheet(Inputs in) {
        List<Line> resources = new ArrayList<>();
        long paid = 0;
        for (Map.Entry<String, Long> payment : new TreeMap<>(in.payments()).entrySet()) {
            resources.add(new Line(Kind.PAYMENTS, payment.getKey(), payment.getValue()));
            paid += payment.getValue();
        }
        long due = in.orders().stream().mapToLong(OrderFigures::dueCents).reduce(0L, Math::addExact);
        long receivable = due - paid;
        resources.add(new Line(receivable >= 0 ? Kind.RECEIVABLE : Kind.CREDITS_SETTLED, null, receivable));
        long fundToRound = in.hideDraws()
                ? in.fundDrawsNetCents() - in.fundInflowsCents() - in.tier3SurplusCents() : in.fundDrawsNetCents();
        resources.add(new Line(in.hideDraws() ? Kind.FUND_NET : Kind.FUND_SHARE, null, fundToRound));
        in.subsidies().forEach(s -> resources.add(new Line(Kind.SUBSIDY, s.label(), s.cents())));
        in.memberships().forEach(m -> resources.add(new Line(Kind.MEMBERSHIPS, m.label(), m.cents())));
        StockFigures stock = in.stock();
        if (stock.keptCents() != 0) {
            resources.add(new Line(Kind.STOCK_KEPT, null, stock.keptCents()));
        }
        if (stock.salesCents() != 0) {
            resources.add(new Line(Kind.STOCK_SALES, null, stock.salesCents()));
        }
        long cashDifference = in.cash().stream().mapToLong(CashCount::differenceCents).reduce(0L, Math::addExact);
        if (cashDifference != 0) {
            resources.add(new Line(Kind.CASH_DIFFERENCE, null, cashDifference));
        }
        long resourcesTotal = resources.stream().mapToLong(Line::cents).reduce(0L, Math::addExact);

        List<Line> uses = new ArrayList<>();
        in.producers().forEach(p -> uses.add(new Line(Kind.PRODUCER, p.label(), p.cents())));
        in.costs().forEach(c -> uses.add(new Line(Kind.COST, c.label(), c.cents())));
        if (!in.hideDraws()) {
            uses.add(new Line(Kind.TO_FUND, null, in.fundInflowsCents()));
            if (in.tier3SurplusCents() != 0) {
                uses.add(new Line(Kind.TIER3_TO_FUND, null, in.tier3SurplusCents()));
            }
        }
        long stockOut = stock.soldValueCents() + stock.writtenOffCents();
        if (stockOut != 0) {
            uses.add(new Line(Kind.STOCK_OUT, null, stockOut));
        }
        long usesTotal = uses.stream().mapToLong(Line::cents).reduce(0L, Math::addExact);

        Map<Integer, long[]> byTier = new TreeMap<>();
        long costValue = 0;
        for (OrderFigures order : in.orders()) {
            if (!order.charged()) {
                continue;
            }
            long[] t = byTier.computeIfAbsent(order.tier(), k -> new long[3]);
            t[0]++;
            t[1] += order.costValueCents();
            t[2] += order.goodsCents();
            costValue += order.costValueCents();
        }
        List<TierGap> gaps = new ArrayList<>();
        List<Line> explanation = new ArrayList<>();
        for (Map.Entry<Integer, long[]> tier : byTier.entrySet()) {
            long[] t = tier.getValue();
            TierGap gap = new TierGap(tier.getKey(), (int) t[0], t[1], t[2]);
            gaps.add(gap);
            explanation.add(new Line(Kind.TIER_GAP, String.valueOf(tier.getKey()), -gap.gapCents()));
        }
        long producers = in.producers().stream().mapToLong(Line::cents).reduce(0L, Math::addExact);
        long costs = in.costs().stream().mapToLong(Line::cents).reduce(0L, Math::addExact);
        explanation.add(new Line(Kind.COST_PRICE_GAP, null, costValue - producers - costs));
        long subsidies = in.subsidies().stream().mapToLong(Line::cents).reduce(0L, Math::addExact);
        if (subsidies != 0) {
            explanation.add(new Line(Kind.SUBSIDIES, null, subsidies));
        }
        if (in.tier3SurplusCents() != 0) {
            explanation.add(new Line(Kind.TIER3_SHARE, null, -in.tier3SurplusCents()));
        }
        long memberships = in.memberships().stream().mapToLong(Line::cents).reduce(0L, Math::addExact);
        if (memberships != 0) {
            explanation.add(new Line(Kind.MEMBERSHIPS, null, memberships));
        }
        if (stock.keptCents() != 0) {
            explanation.add(new Line(Kind.STOCK_KEPT, null, stock.keptCents()));
        }
        if (stock.salesCents() != 0 || stock.soldValueCents() != 0) {
            explanation.add(new Line(Kind.STOCK_MARGIN, null, stock.salesCents() - stock.soldValueCents()));
        }
        if (stock.writtenOffCents() != 0) {
            explanation.add(new Line(Kind.STOCK_WRITTEN_OFF, null, -stock.writtenOffCents()));
        }
        if (cashDifference != 0) {
            explanation.add(new Line(Kind.CASH_DIFFERENCE, null, cashDifference));
        }
        long explained = explanation.stream().mapToLong(Line::cents).reduce(0L, Math::addExact);
        return new Sheet(resources, resourcesTotal, uses, usesTotal, resourcesTotal - usesTotal, explanation, explained,
                gaps, in.cash(), receivable);
    }
}
