package org.paniercommun.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Producers sell whole cases (sacs, cartons): the rule that turns a product's orders into a whole number of
 * cases and says what each household gets.
 *
 * <ol>
 * <li>If the orders fill whole cases, everyone gets what they ordered.</li>
 * <li>Otherwise the households' tolerances ("j'accepte jusqu'à 2 kg de plus pour compléter un sac") are used
 * first, earliest order first, each up to its tolerance — but only if together they complete the case;
 * a case they cannot complete is not topped up at all.</li>
 * <li>Otherwise the decision applies. Round up: one more case, everyone gets what they ordered and the rest
 * of the case is surplus stock. Round down: the part-filled case is trimmed from the orders, latest order
 * first, one order step per household per pass (so no household is trimmed twice before every other one
 * was trimmed once), never below zero.</li>
 * </ol>
 * The same trimming spreads a producer's shortage over the households ({@link #trim}).
 */
public final class CaseRounding {

    /** A product's standing choice for part-filled cases. */
    public enum Policy {
        ROUND_UP, ROUND_DOWN,
        /** Round up when the last case is at least half full, down otherwise. */
        NEAREST
    }

    /** What is done with this round's part-filled case. */
    public enum Decision {
        ROUND_UP, ROUND_DOWN
    }

    /** One household's line: what it ordered, how much more it accepts, and when it last changed it. */
    public record Demand(long lineId, BigDecimal quantity, BigDecimal tolerance, Instant orderedAt) {
    }

    /**
     * The outcome for one product.
     *
     * @param cases how many cases to buy
     * @param allocated per line given, what the household gets (same order as the demands given)
     * @param allocatedTotal what all the households get together, the lines not given included
     * @param surplus what is left in the bought cases after every household is served (surplus stock)
     * @param missing what was missing to complete the last case before any rounding (0 if none)
     * @param filledByTolerance the last case was completed by tolerances
     */
    public record Result(int cases, BigDecimal ordered, Map<Long, BigDecimal> allocated, BigDecimal allocatedTotal,
            BigDecimal surplus, BigDecimal missing, boolean filledByTolerance) {
    }

    /**
     * What a product's lines add up to, which is enough to know which lines the rule can change.
     *
     * @param ordered the quantities of all lines
     * @param tolerance the tolerances of the lines with a quantity
     */
    public record Totals(BigDecimal ordered, BigDecimal tolerance) {
        public static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The lines the rule can change: a large round need only read those, every other line gets what it ordered.
     * Lines are taken in the rule's own order (earliest: time of the order, then line id).
     */
    public record Reach(Kind kind, BigDecimal amount) {

        public enum Kind {
            /** No line changes. */
            NONE,
            /**
             * The lines with a quantity and a tolerance, earliest first, up to the one whose tolerance, added to
             * those before it, reaches {@code amount}.
             */
            TOP_UP,
            /**
             * The lines with a quantity, latest first, up to the one where the smaller of quantity and step,
             * added to those after it, reaches {@code amount}; all of them if it never does.
             */
            TRIM
        }

        public static final Reach NOTHING = new Reach(Kind.NONE, BigDecimal.ZERO);
    }

    /**
     * Where a product's last case stands, from the two figures the closing page shows next to it: what was ordered
     * and the tolerances. Computed by the same rule as {@link #allocate} ({@link #missing}, then tolerances first).
     *
     * @param fullCases cases the orders fill
     * @param inLastCase what the orders put in the case after them (0 if they fill whole cases)
     * @param missing what that case lacks (0 if none)
     * @param filledByTolerances the tolerances complete it: no decision to take
     */
    public record LastCase(int fullCases, BigDecimal inLastCase, BigDecimal missing, boolean filledByTolerances) {

        /** A coordinator must choose: the orders leave a part-filled case that the tolerances cannot complete. */
        public boolean needsDecision() {
            return missing.signum() > 0 && !filledByTolerances;
        }
    }

    /** The last case of a product with these totals (tolerances counted over the lines with a quantity). */
    public static LastCase lastCase(BigDecimal ordered, BigDecimal tolerances, BigDecimal caseSize) {
        requirePositive(caseSize, "case size");
        int full = ordered.divide(caseSize, 0, RoundingMode.DOWN).intValueExact();
        BigDecimal missing = missing(ordered, caseSize);
        BigDecimal inLast = missing.signum() == 0 ? zero() : remainder(ordered, caseSize).setScale(3);
        return new LastCase(full, inLast, missing, missing.signum() > 0 && tolerances.compareTo(missing) >= 0);
    }

    private static final Comparator<Demand> EARLIEST_FIRST = Comparator.comparing(Demand::orderedAt)
            .thenComparingLong(Demand::lineId);

    private CaseRounding() {
    }

    /** The decision a policy takes for this much ordered in cases of this size. */
    public static Decision decide(Policy policy, BigDecimal ordered, BigDecimal caseSize) {
        return switch (policy) {
            case ROUND_UP -> Decision.ROUND_UP;
            case ROUND_DOWN -> Decision.ROUND_DOWN;
            case NEAREST -> remainder(ordered, caseSize).multiply(BigDecimal.valueOf(2)).compareTo(caseSize) >= 0
                    ? Decision.ROUND_UP : Decision.ROUND_DOWN;
        };
    }

    /** What is missing to complete the last case (0 if the orders fill whole cases). */
    public static BigDecimal missing(BigDecimal ordered, BigDecimal caseSize) {
        BigDecimal remainder = remainder(ordered, caseSize);
        return remainder.signum() == 0 ? BigDecimal.ZERO.setScale(3) : caseSize.subtract(remainder).setScale(3);
    }

    /** Which lines {@link #allocate} can change for a product with these totals. */
    public static Reach reach(BigDecimal caseSize, Totals totals, Decision decision) {
        requirePositive(caseSize, "case size");
        BigDecimal missing = missing(totals.ordered(), caseSize);
        if (missing.signum() == 0) {
            return Reach.NOTHING;
        }
        if (totals.tolerance().compareTo(missing) >= 0) {
            return new Reach(Reach.Kind.TOP_UP, missing);
        }
        if (decision == Decision.ROUND_UP) {
            return Reach.NOTHING;
        }
        return new Reach(Reach.Kind.TRIM, caseSize.subtract(missing).setScale(3));
    }

    /**
     * Allocates a product's orders to whole cases.
     *
     * @param step the product's order step: the unit households are trimmed by
     */
    public static Result allocate(BigDecimal caseSize, BigDecimal step, List<Demand> demands, Decision decision) {
        BigDecimal ordered = BigDecimal.ZERO;
        for (Demand demand : demands) {
            ordered = ordered.add(demand.quantity());
        }
        return allocate(caseSize, step, ordered, demands, decision);
    }

    /**
     * Allocates a product's orders to whole cases, given only some of its lines.
     *
     * @param ordered what all the product's lines add up to
     * @param demands the lines to allocate: at least those of the {@link #reach} for the product's totals; the
     *            lines not given get what they ordered
     */
    public static Result allocate(BigDecimal caseSize, BigDecimal step, BigDecimal ordered, List<Demand> demands,
            Decision decision) {
        requirePositive(caseSize, "case size");
        requirePositive(step, "step");
        Map<Long, BigDecimal> allocated = new LinkedHashMap<>(demands.size() * 4 / 3 + 1);
        for (Demand demand : demands) {
            if (demand.quantity().signum() < 0 || demand.tolerance().signum() < 0) {
                throw new IllegalArgumentException("negative quantity or tolerance on line " + demand.lineId());
            }
            allocated.put(demand.lineId(), demand.quantity().setScale(3));
        }
        ordered = ordered.setScale(3);
        int full = ordered.divide(caseSize, 0, RoundingMode.DOWN).intValueExact();
        BigDecimal missing = missing(ordered, caseSize);
        if (missing.signum() == 0) {
            return new Result(full, ordered, allocated, ordered, zero(), missing, false);
        }

        Map<Long, BigDecimal> topUps = topUps(demands, missing);
        if (topUps != null) {
            topUps.forEach((line, extra) -> allocated.merge(line, extra, BigDecimal::add));
            return new Result(full + 1, ordered, allocated, ordered.add(missing), zero(), missing, true);
        }
        if (decision == Decision.ROUND_UP) {
            return new Result(full + 1, ordered, allocated, ordered, missing, missing, false);
        }
        BigDecimal excess = caseSize.subtract(missing);
        Map<Long, BigDecimal> trimmed = trim(demands, allocated, excess, step);
        BigDecimal taken = BigDecimal.ZERO;
        for (Demand demand : demands) {
            taken = taken.add(allocated.get(demand.lineId()).subtract(trimmed.get(demand.lineId())));
        }
        return new Result(full, ordered, trimmed, ordered.subtract(taken), zero(), missing, false);
    }

    /**
     * What a product's households get: whole cases (see {@link #allocate}), then, once the hub received the product,
     * a shortage spread over the lines by {@link #trim} (latest orders first, one step each in turn). What was
     * received beyond what the households get is surplus stock.
     *
     * @param cases how many cases to buy
     * @param allocated per line given, what the household gets
     * @param allocatedTotal what all the households get together
     * @param surplus what is left in the bought (or received) cases
     */
    public record OfferAllocation(int cases, Map<Long, BigDecimal> allocated, BigDecimal allocatedTotal,
            BigDecimal surplus) {
    }

    /**
     * Allocates a product: {@link #allocate} to whole cases, then spreads what is missing from {@code received}. Pure
     * and deterministic: the same lines, decision and reception always give the same allocation.
     *
     * @param ordered what all the product's lines add up to
     * @param demands at least the lines of the {@link #reach}; every line of the product when {@code received} is
     *        less than it may allocate (a shortage is spread over all of them)
     * @param received what the hub received, or null before reception
     */
    public static OfferAllocation allocateOffer(BigDecimal caseSize, BigDecimal step, BigDecimal ordered,
            List<Demand> demands, Decision decision, BigDecimal received) {
        Result result = allocate(caseSize, step, ordered, demands, decision);
        Map<Long, BigDecimal> allocated = result.allocated();
        BigDecimal allocatedTotal = result.allocatedTotal();
        BigDecimal surplus = result.surplus();
        if (received != null) {
            BigDecimal shortage = allocatedTotal.subtract(received);
            if (shortage.signum() > 0) {
                allocated = trim(demands, allocated, shortage, step);
                surplus = zero();
                allocatedTotal = allocated.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            } else {
                surplus = shortage.negate();
            }
        }
        return new OfferAllocation(result.cases(), allocated, allocatedTotal.setScale(3), surplus.setScale(3));
    }

    /**
     * Takes {@code amount} away from the lines, latest order first, at most one step per line per pass,
     * never below zero. If the lines hold less than the amount, everything is taken.
     *
     * @param current what each line holds now (line id → quantity)
     * @return what each line holds afterwards (same keys)
     */
    public static Map<Long, BigDecimal> trim(List<Demand> demands, Map<Long, BigDecimal> current, BigDecimal amount,
            BigDecimal step) {
        requirePositive(step, "step");
        Map<Long, BigDecimal> result = new LinkedHashMap<>(current);
        List<Demand> latestFirst = new ArrayList<>(demands);
        latestFirst.sort(EARLIEST_FIRST.reversed());
        BigDecimal left = amount.setScale(3);
        boolean tookSomething = true;
        while (left.signum() > 0 && tookSomething) {
            tookSomething = false;
            for (Demand demand : latestFirst) {
                BigDecimal holds = result.get(demand.lineId());
                if (left.signum() <= 0) {
                    break;
                }
                if (holds.signum() <= 0) {
                    continue;
                }
                BigDecimal take = step.min(left).min(holds);
                result.put(demand.lineId(), holds.subtract(take).setScale(3));
                left = left.subtract(take);
                tookSomething = true;
            }
        }
        return result;
    }

    /** Extra quantity per line to complete the case from tolerances, earliest order first; null if they cannot. */
    private static Map<Long, BigDecimal> topUps(List<Demand> demands, BigDecimal missing) {
        // Only lines with a tolerance can top up: most have none, so they are left out before sorting.
        List<Demand> earliestFirst = new ArrayList<>();
        for (Demand demand : demands) {
            if (demand.quantity().signum() != 0 && demand.tolerance().signum() != 0) {
                earliestFirst.add(demand);
            }
        }
        earliestFirst.sort(EARLIEST_FIRST);
        Map<Long, BigDecimal> topUps = new LinkedHashMap<>();
        BigDecimal left = missing;
        for (Demand demand : earliestFirst) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal extra = demand.tolerance().min(left).setScale(3);
            topUps.put(demand.lineId(), extra);
            left = left.subtract(extra);
        }
        return left.signum() == 0 ? topUps : null;
    }

    private static BigDecimal remainder(BigDecimal ordered, BigDecimal caseSize) {
        return ordered.remainder(caseSize);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(3);
    }

    private static void requirePositive(BigDecimal value, String what) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
