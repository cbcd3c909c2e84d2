package org.paniercommun.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an antenna did over a period, as a funder asks it (rapport pour les financeurs). Every amount in cents.
 * <p>
 * Scope: the antenna's rounds whose first distribution day falls in the period and whose distribution is over
 * (DISTRIBUTED or SETTLED). A household is served when it picked its order up; it counts once, in the tier and
 * group of its latest order of the period. Volumes are what households took home (weighed quantities, missing
 * lines excluded). Value shares are on what producers delivered at their purchase prices; "local" products carry
 * the catalogue's local mark, and a local producer is one within {@link #localKm()} km of the hub. Fund inflows
 * and the net change are the antenna's ledger entries dated in the period; reductions are those of the period's
 * rounds, shown with the number of households helped only when at least 3 households drew. Memberships are
 * those of the antenna's households paid in the period.
 */
public record FunderReport(long antennaId, String antenna, ReportPeriod period, List<RoundRef> rounds,
        Households households, Orders orders, List<Volume> volumes, ValueShares value, Producers producers,
        Fund fund, List<Amount> subsidies, long subsidiesCents, Baskets baskets, Memberships memberships) {

    public record RoundRef(long id, String name, LocalDate distributionDay) {
    }

    public record Count(String label, long count) {
    }

    public record Amount(String label, long cents) {
    }

    public record Households(long served, long people, List<Count> byTier, List<Count> byGroup) {
    }

    public record Orders(long served, long goodsCents, long averageBasketCents) {
    }

    public record Volume(String category, String unit, BigDecimal quantity) {
    }

    /**
     * Shares of organic, local and fair-trade products in the purchase value (what producers delivered at their
     * purchase prices, before statement adjustments). This is the report's only share of purchases: each percentage
     * is computed here once, with {@link Shares#percent} (one decimal, half-up), and the page, the PDF, the charts
     * and the CSV all show this value.
     */
    public record ValueShares(long purchaseValueCents, long organicCents, BigDecimal organicPercent, long localCents,
            BigDecimal localPercent, long fairTradeCents, BigDecimal fairTradePercent) {

        /** The shares of these delivered values. */
        public static ValueShares of(List<Delivered> delivered) {
            long total = 0;
            long organic = 0;
            long local = 0;
            long fair = 0;
            for (Delivered d : delivered) {
                total += d.cents();
                organic += d.organic() ? d.cents() : 0;
                local += d.local() ? d.cents() : 0;
                fair += d.fairTrade() ? d.cents() : 0;
            }
            return new ValueShares(total, organic, Shares.percent(organic, total), local, Shares.percent(local, total),
                    fair, Shares.percent(fair, total));
        }
    }

    /** The purchase value a producer delivered for one offer, with the offer's marks. */
    public record Delivered(long cents, boolean organic, boolean local, boolean fairTrade) {
    }

    public record ProducerPaid(String producer, boolean local, long dueCents, long paidCents) {
    }

    /**
     * What producers are owed (statements, adjustments included) and paid. Local producers are counted here; their
     * weight in the purchases is not a second percentage: the share of local products is {@link ValueShares#localPercent}.
     */
    public record Producers(List<ProducerPaid> producers, long dueCents, long paidCents, int localKm,
            long localCount, BigDecimal localCountPercent, long localDueCents) {
    }

    /**
     * The fund's movements in the period. {@code reductionsCents} and {@code householdsHelped} are null when fewer
     * than 3 households drew in the period's rounds (then only the fund's own total movement is shown).
     */
    public record Fund(List<Amount> inflows, long inflowsCents, Long reductionsCents, Long householdsHelped,
            long correctionsCents, long netChangeCents) {
    }

    /**
     * Solidarity baskets (P.A.N.I.E.R.S.) planned for the antenna's relay points with a delivery date in the period:
     * how many were collected or missed, the households that collected at least one, the full value paid to the
     * producers, the households' shares and each funder's share (as invoiced: every planned basket).
     */
    public record Baskets(long planned, long collected, long missed, long households, long valueCents,
            long householdSharesCents, long householdPaidCents, List<Amount> funders) {
    }

    /**
     * Memberships of the antenna's households paid in the period (on a distribution day or at another time): how
     * many of each kind and what they brought.
     */
    public record Memberships(List<MembershipCount> byKind, long count, long cents) {
    }

    public record MembershipCount(String kind, long count, long cents) {
    }

    public int localKm() {
        return producers.localKm();
    }
}
