package org.paniercommun.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.pricing.TierPricing;

/**
 * What a round would cost and bring in, per price tier, before it opens. Rules:
 * <ul>
 * <li>the quantity of a product in a tier = Σ over the segments of that tier of households × quantity per
 * household (exact, no rounding);</li>
 * <li>paid = tier unit price × that quantity, cost = cost price × quantity, producers = purchase price ×
 * quantity, each rounded half-up to the cent once per product and tier ({@link org.paniercommun.pricing.LineAmount#of});</li>
 * <li>gap to cover = cost − paid: positive when households pay less than it costs (tiers 1 and 2), negative
 * when they pay more (a surplus, tier 3);</li>
 * <li>totals are the sums of the tier rows, so the figures always add up to the cent.</li>
 * </ul>
 * Plain Java, no framework.
 */
public final class RoundSimulation {

    private RoundSimulation() {
    }

    /** A product of the offer with its frozen (or would-be) prices in cents per sale unit. */
    public record Product(long id, String name, long costCents, long purchaseCents, long tier1Cents,
            long tier2Cents, long tier3Cents) {
        long price(int tier) {
            return switch (tier) {
                case 1 -> tier1Cents;
                case 2 -> tier2Cents;
                case 3 -> tier3Cents;
                default -> throw new IllegalArgumentException("A tier is 1, 2 or 3");
            };
        }
    }

    /** What one household is expected to order of a product. */
    public record Item(Product product, BigDecimal perHousehold) {
    }

    /** Households of one tier (in one group, say) and the basket each of them is expected to order. */
    public record Segment(int tier, long households, List<Item> basket) {
    }

    /** One row of the result; {@code tier} is 0 for the totals. */
    public record Row(int tier, long households, long paidCents, long costCents, long producersCents,
            long gapCents) {
    }

    public record Result(List<Row> tiers, Row total) {
    }

    public static Result compute(List<Segment> segments) {
        List<Row> rows = new ArrayList<>();
        for (int tier = 1; tier <= 3; tier++) {
            long households = 0;
            Map<Long, BigDecimal> quantities = new LinkedHashMap<>();
            Map<Long, Product> products = new LinkedHashMap<>();
            for (Segment segment : segments) {
                if (segment.tier() != tier) {
                    continue;
                }
                if (segment.households() < 0) {
                    throw new IllegalArgumentException("Households cannot be negative");
                }
                households += segment.households();
                for (Item item : segment.basket()) {
                    BigDecimal quantity = item.perHousehold().multiply(BigDecimal.valueOf(segment.households()));
                    quantities.merge(item.product().id(), quantity, BigDecimal::add);
                    products.putIfAbsent(item.product().id(), item.product());
                }
            }
            long paid = 0;
            long cost = 0;
            long producers = 0;
            for (Map.Entry<Long, BigDecimal> entry : quantities.entrySet()) {
                Product product = products.get(entry.getKey());
                BigDecimal quantity = entry.getValue();
                paid += LineAmount.of(product.price(tier), quantity);
                cost += LineAmount.of(product.costCents(), quantity);
                producers += LineAmount.of(product.purchaseCents(), quantity);
            }
            rows.add(new Row(tier, households, paid, cost, producers, cost - paid));
        }
        Row total = new Row(0, rows.stream().mapToLong(Row::households).sum(),
                rows.stream().mapToLong(Row::paidCents).sum(), rows.stream().mapToLong(Row::costCents).sum(),
                rows.stream().mapToLong(Row::producersCents).sum(), rows.stream().mapToLong(Row::gapCents).sum());
        return new Result(List.copyOf(rows), total);
    }
}
