package org.paniercommun.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.paniercommun.fund.FundRules;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.settlement.RoundBooks.CashCount;
import org.paniercommun.settlement.RoundBooks.Inputs;
import org.paniercommun.settlement.RoundBooks.Line;
import org.paniercommun.settlement.RoundBooks.OrderFigures;
import org.paniercommun.settlement.RoundBooks.Sheet;

class RoundBooksTest {

    @Test
    void aSmallRoundComputedByHand() {
        // Two orders. Tier 1: goods 10,00 € costing 20,00 € at cost price, 20 % from the fund (2,00 €), 1 coupon.
        // Tier 3: goods 23,00 € costing 20,00 €. Producer paid 36,00 € (what was received), 3,00 € of transport.
        List<OrderFigures> orders = List.of(new OrderFigures(1, true, 1000, 2000, 200, 100),
                new OrderFigures(3, true, 2300, 2000, 0, 0));
        // Due: 10,00 − 2,00 + 1,00 = 9,00 and 23,00. Paid: 9,00 cash, 20,00 card → 3,00 still owed.
        Inputs in = new Inputs(orders, Map.of("Espèces", 900L, "Carte bancaire", 2000L), 200, 100, 0,
                List.of(new Line("Ferme", 3600)), List.of(new Line("Transport", 300)), List.of(), List.of(
                        new CashCount("Centre social", 900, 950L, "pièce trouvée")));
        Sheet sheet = RoundBooks.sheet(in);
        // Resources: 9,00 + 20,00 + 3,00 owed + 2,00 fund + 0,50 cash difference = 34,50.
        assertEquals(3450, sheet.resourcesCents());
        // Uses: 36,00 producer + 3,00 transport + 1,00 coupon to the fund = 40,00.
        assertEquals(4000, sheet.usesCents());
        assertEquals(-550, sheet.resultCents());
        // Explained: tier 1 gap 20,00 − 10,00 = 10,00 (−10,00); tier 3 gap 20,00 − 23,00 = −3,00 (+3,00);
        // cost prices charged 40,00 − 36,00 − 3,00 = +1,00; cash +0,50 → −5,50.
        assertEquals(-550, sheet.explainedCents());
        assertTrue(sheet.balanced());
        assertEquals(300, sheet.receivableCents());
        assertEquals(1000, sheet.tierGaps().get(0).gapCents());
        assertEquals(-300, sheet.tierGaps().get(1).gapCents());
    }

    @Test
    void withFewerThanThreeHouseholdsDrawingTheDrawIsNotOnTheSheetAndTheBooksStillBalance() {
        List<OrderFigures> orders = List.of(new OrderFigures(1, true, 1000, 2000, 300, 200),
                new OrderFigures(2, true, 1000, 1100, 0, 0));
        Inputs in = new Inputs(orders, Map.of("Espèces", 2900L), 300, 200, 0, List.of(new Line("Ferme", 2900)),
                List.of(), List.of(), List.of(), true);
        Sheet sheet = RoundBooks.sheet(in);
        assertTrue(sheet.balanced());
        // One net fund line (3,00 drawn − 2,00 of coupons): neither 3,00 nor 2,00 appears on its own.
        assertTrue(sheet.resources().stream().anyMatch(l -> l.cents() == 100 && l.kind() == Line.Kind.FUND_NET));
        assertTrue(sheet.resources().stream().noneMatch(l -> l.cents() == 300));
        assertTrue(sheet.uses().stream()
                .noneMatch(l -> l.kind() == Line.Kind.TO_FUND || l.kind() == Line.Kind.TIER3_TO_FUND));
    }

    @Test
    void aDrawTheOrdersDoNotKnowUnbalancesTheBooks() {
        List<OrderFigures> orders = List.of(new OrderFigures(2, true, 1000, 1100, 100, 0));
        Inputs in = new Inputs(orders, Map.of("Espèces", 900L), 150, 0, 0, List.of(new Line("Ferme", 1000)),
                List.of(), List.of(), List.of());
        assertFalse(RoundBooks.sheet(in).balanced());
    }

    @Test
    void aCaseCompletedIntoStockIsKeptNotLostAndMembershipsAndStockSalesAreCounted() {
        // One order: goods 10,00 € at tier 2 costing 10,00 € at cost price (purchase price, no logistics). The case
        // held 6 L at 3,00 €: 4 L ordered, 2 L kept in stock (6,00 €), so the producer is paid 18,00 €. On the same
        // day 1 L of an older stock is sold 4,00 € (its value 2,50 €) and 0,5 L written off (1,25 €); a 1 € membership
        // and the order paid in cash.
        List<OrderFigures> orders = List.of(new OrderFigures(2, true, 1200, 1200, 0, 0));
        Inputs in = new Inputs(orders, Map.of("Espèces", 1200L), 0, 0, 0, List.of(new Line("Huilerie", 1800)),
                List.of(), List.of(), List.of(new CashCount("Centre social", 1200 + 100 + 400, 1700L, null)), false,
                List.of(new Line("1 adhésion du quartier", 100)), new RoundBooks.StockFigures(600, 400, 250, 125));
        Sheet sheet = RoundBooks.sheet(in);
        // Resources: 12,00 paid + 0 owed + 0 fund + 1,00 membership + 6,00 kept + 4,00 sold = 23,00.
        assertEquals(2300, sheet.resourcesCents());
        // Uses: 18,00 producer + 0 to the fund + 3,75 out of stock = 21,75.
        assertEquals(2175, sheet.usesCents());
        assertEquals(125, sheet.resultCents());
        // Explained: tier gap 0; cost prices 12,00 − 18,00 = −6,00; membership +1,00; kept +6,00; sales margin
        // 4,00 − 2,50 = +1,50; written off −1,25 → +1,25.
        assertEquals(125, sheet.explainedCents());
        assertTrue(sheet.balanced());
        assertTrue(sheet.resources().stream().anyMatch(l -> l.kind() == Line.Kind.MEMBERSHIPS && l.cents() == 100
                && "1 adhésion du quartier".equals(l.detail())));
        assertTrue(sheet.explanation().stream().anyMatch(l -> l.kind() == Line.Kind.STOCK_WRITTEN_OFF && l.cents() == -125));
        // Without the stock line, the case completed would read as a 6,00 € loss.
        Sheet withoutStock = RoundBooks.sheet(new Inputs(orders, Map.of("Espèces", 1200L), 0, 0, 0,
                List.of(new Line("Huilerie", 1800)), List.of(), List.of(), List.of(), false, List.of(),
                RoundBooks.StockFigures.NONE));
        assertEquals(-600, withoutStock.resultCents());
    }

    @Test
    void aTotalBeyondWhatALongHoldsIsAnErrorNeverAWrappedAmount() {
        // Issue 22: an adjustment of Long.MAX_VALUE cents once made a total of −92 233 720 368 547 757,64 €. Amounts are
        // bounded where they come in; should two huge ones still meet, the sum refuses to wrap.
        Inputs in = new Inputs(List.of(), Map.of(), 0, 0, 0,
                List.of(new Line("Ferme", Long.MAX_VALUE), new Line("Huilerie", 1)), List.of(), List.of(), List.of());
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> RoundBooks.sheet(in));
    }

    // ---- generated rounds ----

    record Product(long purchaseCents, long logisticsCents, long[] tierPrices) {
        long costCents() {
            return purchaseCents + logisticsCents;
        }
    }

    record Household(int tier, int[] quantities, int weighedDelta, boolean charged, int rate, int coupons,
            int roundUp, int payFraction, int method) {
    }

    record Round(List<Product> products, List<Household> households, int[] surplus, long costs, long subsidy,
            int cashDelta) {
    }

    @Provide
    Arbitrary<Round> rounds() {
        Arbitrary<Product> product = Combinators.combine(Arbitraries.longs().between(10, 900),
                Arbitraries.longs().between(0, 80), Arbitraries.of(1, 5, 10)).as((purchase, logistics, step) -> {
                    TierPricing pricing = new TierPricing(new BigDecimal("50"), new BigDecimal("90"),
                            new BigDecimal("115"), step);
                    var prices = pricing.prices(purchase + logistics, false);
                    return new Product(purchase, logistics,
                            new long[] { prices.tier1Cents(), prices.tier2Cents(), prices.tier3Cents() });
                });
        Arbitrary<Household> household = Combinators.combine(Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 12).array(int[].class).ofSize(3),
                Arbitraries.integers().between(-300, 300), Arbitraries.of(true, true, true, false),
                Arbitraries.of(0, 0, 10, 20, 30), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 120))
                .as((tier, q, delta, charged, rate, coupons, roundUp, pay) -> new Household(tier, q, delta, charged,
                        rate, coupons, roundUp, pay, Math.abs(delta) % 4));
        return Combinators.combine(product.list().ofSize(3), household.list().ofMinSize(1).ofMaxSize(40),
                Arbitraries.integers().between(0, 6).array(int[].class).ofSize(3),
                Arbitraries.longs().between(0, 50_000), Arbitraries.longs().between(0, 30_000),
                Arbitraries.integers().between(-500, 500)).as(Round::new);
    }

    /** Builds the figures of a generated round the way the application computes them. */
    static Inputs inputs(Round round) {
        String[] methods = { "Espèces", "Carte bancaire", "Chèque", "Monnaie locale" };
        List<OrderFigures> orders = new ArrayList<>();
        Map<String, Long> payments = new HashMap<>();
        long[] handedOut = new long[3];
        long draws = 0;
        long contributions = 0;
        long cashExpected = 0;
        for (Household h : round.households()) {
            long goods = 0;
            long cost = 0;
            for (int p = 0; p < 3; p++) {
                Product product = round.products().get(p);
                // Quantities in tenths of a kilo; bulk lines weighed a little more or less than allocated.
                BigDecimal quantity = BigDecimal.valueOf(h.quantities()[p]);
                if (p == 0 && quantity.signum() > 0) {
                    quantity = quantity.add(BigDecimal.valueOf(h.weighedDelta(), 3)).max(BigDecimal.ZERO);
                }
                goods += LineAmount.of(product.tierPrices()[h.tier() - 1], quantity);
                cost += LineAmount.of(product.costCents(), quantity);
                if (h.charged()) {
                    handedOut[p] += quantity.movePointRight(3).longValueExact();
                }
            }
            long reduction = h.rate() == 0 || !h.charged() ? 0 : FundRules.reduction(goods, h.rate(), null);
            long contribution = h.charged() ? h.coupons() * 100L + h.roundUp() : 0;
            OrderFigures order = new OrderFigures(h.tier(), h.charged(), goods, cost, reduction, contribution);
            orders.add(order);
            draws += reduction;
            contributions += contribution;
            long paid = order.dueCents() * h.payFraction() / 100;
            if (paid != 0) {
                payments.merge(methods[h.method()], paid, Long::sum);
                if (h.method() == 0) {
                    cashExpected += paid;
                }
            }
        }
        List<Line> producers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            BigDecimal received = BigDecimal.valueOf(handedOut[p], 3).add(BigDecimal.valueOf(round.surplus()[p]));
            producers.add(new Line("Producteur " + p, LineAmount.of(round.products().get(p).purchaseCents(),
                    received)));
        }
        return new Inputs(orders, payments, draws, contributions, 0, producers,
                List.of(new Line("Transport", Math.max(1, round.costs()))),
                round.subsidy() == 0 ? List.of() : List.of(new Line("Ville", round.subsidy())),
                List.of(new CashCount("Point relais", cashExpected, cashExpected + round.cashDelta(), null)));
    }

    @Property(tries = 300)
    void everyGeneratedRoundBalancesToTheCent(@ForAll("rounds") Round round, @ForAll boolean hideDraws) {
        Inputs figures = inputs(round);
        Sheet sheet = RoundBooks.sheet(new Inputs(figures.orders(), figures.payments(), figures.fundDrawsNetCents(),
                figures.fundInflowsCents(), 0, figures.producers(), figures.costs(), figures.subsidies(),
                figures.cash(), hideDraws));
        assertTrue(sheet.balanced(), () -> "result " + sheet.resultCents() + " ≠ explained " + sheet.explainedCents());
        long resources = sheet.resources().stream().mapToLong(Line::cents).sum();
        long uses = sheet.uses().stream().mapToLong(Line::cents).sum();
        assertEquals(resources - uses, sheet.resultCents());
    }

    @Property(tries = 200)
    void aFundMovementTheOrdersDoNotExplainIsAlwaysCaught(@ForAll("rounds") Round round,
            @ForAll("nonZeroCents") long stray) {
        Inputs good = inputs(round);
        Inputs strayDraw = new Inputs(good.orders(), good.payments(), good.fundDrawsNetCents() + stray,
                good.fundInflowsCents(), 0, good.producers(), good.costs(), good.subsidies(), good.cash());
        assertFalse(RoundBooks.sheet(strayDraw).balanced());
        Inputs strayCoupon = new Inputs(good.orders(), good.payments(), good.fundDrawsNetCents(),
                good.fundInflowsCents() + stray, 0, good.producers(), good.costs(), good.subsidies(), good.cash());
        assertFalse(RoundBooks.sheet(strayCoupon).balanced());
    }

    @Provide
    Arbitrary<Long> nonZeroCents() {
        return Arbitraries.longs().between(-10_000, 10_000).filter(v -> v != 0);
    }
}
