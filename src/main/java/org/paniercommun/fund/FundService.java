package org.paniercommun.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Validation;

/**
 * The solidarity fund of each antenna: an append-only ledger whose running balance is kept in
 * {@code fund_balances} and moved only by conditional updates, so that concurrent draws never take the
 * fund below its reserve floor.
 */
@ApplicationScoped
public class FundService {

    /** Below this many households, per-round figures about draws are not shown (anonymity). */
    public static final int MIN_HOUSEHOLDS_SHOWN = 3;

    /** A coupon (bon solidaire) is worth 1 €. */
    public static final long COUPON_CENTS = FundRules.COUPON_CENTS;

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    OrganisationService organisation;

    public record EntryCommand(
            @NotNull(message = "{panier.fund.kind.required}") EntryKind kind,
            @NotNull(message = "{panier.fund.amount.required}") Long amountCents,
            @Size(max = 160, message = "{panier.fund.max160}") String donorName,
            @Size(max = 500, message = "{panier.fund.max500}") String reason,
            Long roundId) {
    }

    /** The antenna's fund settings: reduction rates offered, reserve floor, cap per household, tier-3 surplus. */
    public record Settings(
            @NotNull(message = "{panier.fund.rates.required}") List<Integer> rates,
            @NotNull(message = "{panier.fund.reserveFloor.required}") Long reserveFloorCents,
            Long capPerHouseholdCents,
            boolean tier3Surplus) {
    }

    /** The outcome of a draw request: the reduction granted and, if less than asked, why. */
    public record DrawOutcome(long reductionCents, Integer ratePercent, String message) {
    }

    @Transactional
    public Settings settings(long antennaId, Settings settings) {
        validation.check(settings);
        if (settings.rates().isEmpty() || settings.rates().stream().anyMatch(r -> r == null || r < 1 || r > 100)) {
            throw new InvalidInputException("rates", messages().error_rates_range());
        }
        if (settings.reserveFloorCents() < 0
                || (settings.capPerHouseholdCents() != null && settings.capPerHouseholdCents() < 0)) {
            throw new InvalidInputException("reserveFloorCents", messages().error_amounts_negative());
        }
        Antenna antenna = organisation.antenna(antennaId);
        antenna.fundDrawRates = String.join(",", settings.rates().stream().distinct().sorted().map(String::valueOf).toList());
        antenna.fundReserveFloorCents = settings.reserveFloorCents();
        antenna.fundCapPerHouseholdCents = settings.capPerHouseholdCents();
        antenna.fundTier3Surplus = settings.tier3Surplus();
        return settingsOf(antenna);
    }

    public Settings settings(long antennaId) {
        return settingsOf(organisation.antenna(antennaId));
    }

    private static Settings settingsOf(Antenna antenna) {
        return new Settings(antenna.fundRates(), antenna.fundReserveFloorCents, antenna.fundCapPerHouseholdCents,
                antenna.fundTier3Surplus);
    }

    /** Coupons, donations, grants, round-ups and corrections recorded by coordinators (and volunteers at pickup). */
    @Transactional
    public FundEntry record(long antennaId, EntryCommand command, String recordedBy) {
        validation.check(command);
        org.paniercommun.kernel.Validation.requireBounded("amountCents", command.amountCents());
        organisation.antenna(antennaId);
        if (!command.kind().recordedByHand()) {
            throw new InvalidInputException("kind", messages().error_draw_by_hand());
        }
        if (command.kind() == EntryKind.CORRECTION) {
            if (command.reason() == null || command.reason().isBlank()) {
                throw new InvalidInputException("reason", messages().error_correction_reason());
            }
            if (command.amountCents() == 0) {
                throw new InvalidInputException("amountCents", messages().error_amount_zero());
            }
        } else if (command.amountCents() <= 0) {
            throw new InvalidInputException("amountCents", messages().error_amount_not_positive());
        }
        if (command.roundId() != null) {
            Number ofAntenna = (Number) em.createNativeQuery("select count(*) from rounds where id = :r and antenna_id = :a")
                    .setParameter("r", command.roundId()).setParameter("a", antennaId).getSingleResult();
            if (ofAntenna.intValue() == 0) {
                throw new InvalidInputException("roundId", messages().error_round_not_of_antenna());
            }
        }
        if (!move(antennaId, command.amountCents(), 0)) {
            throw new ConflictException(messages().error_below_zero());
        }
        FundEntry entry = entry(antennaId, command.kind(), command.amountCents(), command.roundId());
        entry.createdAt = Instant.now();
        entry.recordedBy = recordedBy;
        entry.donorName = blankToNull(command.donorName());
        entry.reason = blankToNull(command.reason());
        entry.persist();
        return entry;
    }

    /**
     * Moves an order's reduction from {@code previousCents} to what {@code ratePercent} of {@code totalCents}
     * gives. Must run in the order's transaction. If the fund cannot cover it, the previous reduction is
     * released and the household is told the best rate possible right now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DrawOutcome adjustDraw(Antenna antenna, long roundId, long previousCents, Integer ratePercent,
            long totalCents) {
        if (ratePercent != null && !antenna.fundRates().contains(ratePercent)) {
            throw new InvalidInputException("fundRatePercent", messages().error_rate_not_offered(
                    String.join(", ", antenna.fundRates().stream().map(r -> r + " %").toList())));
        }
        FundRules.FundDecision decision = FundRules.request(previousCents, ratePercent, totalCents,
                antenna.fundCapPerHouseholdCents);
        if (apply(antenna, roundId, decision)) {
            long granted = decision.reductionCents();
            return new DrawOutcome(granted, granted == 0 ? null : ratePercent, null);
        }
        // Not enough: give back what this order held and say what is possible now.
        FundRules.FallBack fallBack = FundRules.fallBack(previousCents, totalCents, antenna.fundRates(),
                antenna.fundCapPerHouseholdCents, balance(antenna.id) - antenna.fundReserveFloorCents);
        apply(antenna, roundId, fallBack);
        int possible = fallBack.possibleRatePercent();
        return new DrawOutcome(0, null, possible == 0 ? messages().shortfall_none()
                : messages().shortfall_lower(ratePercent, possible));
    }

    /**
     * Applies what {@link FundRules} decided for an order's reduction: the only place that moves the fund for draws.
     *
     * @return false when a draw was refused (the fund would go below its reserve floor); nothing moved then
     */
    private boolean apply(Antenna antenna, long roundId, FundRules.FundDecision decision) {
        long release = decision instanceof FundRules.Release r ? r.cents()
                : decision instanceof FundRules.FallBack f ? f.releaseCents() : 0;
        if (release > 0) {
            move(antenna.id, release, 0);
            entry(antenna.id, EntryKind.DRAW_RELEASE, release, roundId).persist();
        }
        if (decision instanceof FundRules.Draw draw) {
            if (!move(antenna.id, -draw.cents(), antenna.fundReserveFloorCents)) {
                return false;
            }
            entry(antenna.id, EntryKind.DRAW, -draw.cents(), roundId).persist();
        }
        return true;
    }

    /** Errors and the shortfall message are read by whoever asked, in the request's language. */
    private static FundMessages messages() {
        return Texts.of(FundMessages.class);
    }

    /**
     * After closing, an order's reduction follows the goods total really charged (case rounding, shortages,
     * weighing): a smaller total releases the difference; a larger one takes more at the same rate if the fund
     * allows it above its floor. A reduction granted is never withdrawn at the counter.
     *
     * @return the order's reduction now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long settleDraw(Antenna antenna, long roundId, long previousCents, Integer ratePercent, long totalCents) {
        FundRules.FundDecision decision = FundRules.settle(previousCents, ratePercent, totalCents,
                antenna.fundCapPerHouseholdCents);
        return apply(antenna, roundId, decision) ? decision.reductionCents() : previousCents;
    }

    /**
     * Coupons bought and round-ups given at pickup: the fund receives the difference with what was recorded
     * before for this order (a volunteer may correct an entry).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjustContribution(long antennaId, long roundId, EntryKind kind, long previousCents, long cents) {
        if (kind != EntryKind.COUPON && kind != EntryKind.ROUND_UP) {
            throw new IllegalArgumentException(kind + " is not a pickup contribution");
        }
        long delta = cents - previousCents;
        if (delta == 0) {
            return;
        }
        if (!move(antennaId, delta, 0)) {
            throw new ConflictException(messages().error_money_spent());
        }
        entry(antennaId, kind, delta, roundId).persist();
    }

    /** Coupons bought with an order go to the fund (they are paid at pickup with the order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjustCoupons(long antennaId, long roundId, int previousCount, int count) {
        if (count < 0 || count > 1000) {
            throw new InvalidInputException("coupons", messages().error_coupons_range());
        }
        long delta = (long) (count - previousCount) * COUPON_CENTS;
        if (delta == 0) {
            return;
        }
        if (!move(antennaId, delta, 0)) {
            throw new ConflictException(messages().error_coupons_spent());
        }
        entry(antennaId, EntryKind.COUPON, delta, roundId).persist();
    }

    /**
     * When the antenna chose so, the fund holds the tier-3 surplus of a round: what tier-3 households pay above the
     * cost price of what they are handed out (allocated quantities at closing, then weighed, missing and absent as
     * distribution records them). Called at closing and after each change of what is handed out; the fund moves by
     * the difference with what it already holds for the round. Runs in the caller's transaction.
     *
     * @return what the fund holds for the round's tier-3 surplus now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long settleTier3Surplus(Antenna antenna, long roundId) {
        long credited = ((Number) em.createNativeQuery("select coalesce(sum(amount_cents), 0) from fund_entries "
                + "where round_id = :r and kind = 'TIER3_SURPLUS'").setParameter("r", roundId).getSingleResult())
                .longValue();
        long target = 0;
        if (antenna.fundTier3Surplus) {
            // What each order stored (ordering/OrderFigures): its goods total charged and the same goods at cost
            // price; an order counts unless it is cancelled, or its household was absent and its goods not charged.
            Number surplus = (Number) em.createNativeQuery("""
                    select coalesce(sum(o.goods_cents - o.cost_value_cents), 0) from orders o
                    where o.round_id = :r and o.price_tier = 3 and o.charge <> 'NOT_CHARGED'""")
                    .setParameter("r", roundId).getSingleResult();
            target = Math.max(0, surplus.longValue());
        }
        long delta = target - credited;
        if (delta != 0) {
            if (!move(antenna.id, delta, 0)) {
                throw new ConflictException(messages().error_money_spent());
            }
            entry(antenna.id, EntryKind.TIER3_SURPLUS, delta, roundId).persist();
        }
        return target;
    }

    /**
     * A cancelled round gives back what it took and was given: its tier-3 surplus leaves the fund again (the
     * households' draws and coupons are released order by order by the caller). Runs in the cancelling transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reverseTier3Surplus(Antenna antenna, long roundId) {
        long credited = ((Number) em.createNativeQuery("select coalesce(sum(amount_cents), 0) from fund_entries "
                + "where round_id = :r and kind = 'TIER3_SURPLUS'").setParameter("r", roundId).getSingleResult())
                .longValue();
        if (credited != 0) {
            if (!move(antenna.id, -credited, 0)) {
                throw new ConflictException(messages().error_money_spent());
            }
            entry(antenna.id, EntryKind.TIER3_SURPLUS, -credited, roundId).persist();
        }
    }

    // ---- bons solidaires: the coupon jar of the seeds, digitised ----

    /**
     * The bons box of one relay point's distribution.
     *
     * @param inBox bons the fund put in the box
     * @param used bons counted in the till at the end of the day, null until counted
     * @param maxRatePercent the most a household may pay with bons (the antenna's highest rate), printed for everyone
     * @param canAdd how many more bons the fund can put in the box now, above its reserve floor
     */
    public record BonsBox(long slotId, long roundId, int inBox, Integer used, int maxRatePercent, long canAdd) {
    }

    /** The box of a slot as it stands (an empty box when nothing was put in). */
    @Transactional
    public BonsBox bonsBox(long slotId) {
        Object[] slot = slotOf(slotId);
        long antennaId = ((Number) slot[1]).longValue();
        Antenna antenna = organisation.antenna(antennaId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select in_box, used, drawn_cents from slot_bons where slot_id = :s")
                .setParameter("s", slotId).getResultList();
        int inBox = rows.isEmpty() ? 0 : ((Number) rows.get(0)[0]).intValue();
        Integer used = rows.isEmpty() || rows.get(0)[1] == null ? null : ((Number) rows.get(0)[1]).intValue();
        long drawn = rows.isEmpty() ? 0 : ((Number) rows.get(0)[2]).longValue();
        return view(slotId, ((Number) slot[0]).longValue(), antenna, inBox, used, drawn);
    }

    /**
     * Puts bons in a relay point's box (taken from the fund, which never goes below its floor) and, at the end of the
     * day, records how many came back in the till: the others go back to the fund. Only these totals are recorded,
     * so nothing says which household paid with bons. Two volunteers saving at once are serialised on the box's row.
     *
     * @param used bons counted in the till, or null while the distribution goes on
     */
    @Transactional
    public BonsBox setBonsBox(long slotId, Integer inBox, Integer used, String by) {
        Object[] slot = slotOf(slotId);
        long roundId = ((Number) slot[0]).longValue();
        Antenna antenna = organisation.antenna(((Number) slot[1]).longValue());
        if (!"CLOSED".equals(slot[2]) && !"DISTRIBUTED".equals(slot[2])) {
            // The box is filled once orders are closed and counted until the round is settled.
            throw new ConflictException(messages().bons_not_now());
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (inBox == null || inBox < 0 || inBox > 100_000) {
            errors.add(new InvalidInputException.FieldError("inBox", messages().bons_in_box_invalid()));
        } else if (used != null && (used < 0 || used > inBox)) {
            errors.add(new InvalidInputException.FieldError("used", messages().bons_used_invalid(inBox)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("insert into slot_bons (slot_id, updated_at, updated_by) values (:s, now(), :by) "
                + "on conflict do nothing").setParameter("s", slotId).setParameter("by", by).executeUpdate();
        long drawn = ((Number) em.createNativeQuery("select drawn_cents from slot_bons where slot_id = :s for update")
                .setParameter("s", slotId).getSingleResult()).longValue();
        long target = (long) (used != null ? used : inBox) * COUPON_CENTS;
        long delta = target - drawn;
        if (delta > 0) {
            if (!move(antenna.id, -delta, antenna.fundReserveFloorCents)) {
                long canAdd = Math.max(0, (balance(antenna.id) - antenna.fundReserveFloorCents) / COUPON_CENTS);
                throw new ConflictException(messages().bons_not_enough(canAdd + drawn / COUPON_CENTS));
            }
            entry(antenna.id, EntryKind.BONS, -delta, roundId).persist();
        } else if (delta < 0) {
            move(antenna.id, -delta, 0);
            entry(antenna.id, EntryKind.BONS, -delta, roundId).persist();
        }
        em.createNativeQuery("update slot_bons set in_box = :in, used = :used, drawn_cents = :drawn, updated_at = now(), "
                + "updated_by = :by where slot_id = :s").setParameter("in", inBox).setParameter("used", used)
                .setParameter("drawn", target).setParameter("by", by).setParameter("s", slotId).executeUpdate();
        return view(slotId, roundId, antenna, inBox, used, target);
    }

    /** Bons paid with at each relay point of a round (counted boxes only), in cents, by relay point id. */
    @Transactional
    public Map<Long, Long> bonsPaidByRelayPoint(long roundId) {
        Map<Long, Long> paid = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.relay_point_id, b.drawn_cents from slot_bons b "
                + "join round_slots s on s.id = b.slot_id where s.round_id = :r and b.used is not null")
                .setParameter("r", roundId).getResultList();
        rows.forEach(r -> paid.merge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Long::sum));
        return paid;
    }

    private BonsBox view(long slotId, long roundId, Antenna antenna, int inBox, Integer used, long drawn) {
        int maxRate = antenna.fundRates().stream().mapToInt(Integer::intValue).max().orElse(0);
        long canAdd = Math.max(0, (balance(antenna.id) - antenna.fundReserveFloorCents) / COUPON_CENTS);
        return new BonsBox(slotId, roundId, inBox, used, maxRate, used != null ? 0 : canAdd);
    }

    /** (round id, antenna id, round status) of a slot. */
    private Object[] slotOf(long slotId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.antenna_id, r.status from round_slots s "
                + "join rounds r on r.id = s.round_id where s.id = :s").setParameter("s", slotId).getResultList();
        if (rows.isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException(messages().bons_slot_not_found());
        }
        return rows.get(0);
    }


    /** The fund's balance; 0 for an antenna whose fund never moved (its row is made by the first movement). */
    @Transactional
    public long balance(long antennaId) {
        return ((Number) em.createNativeQuery("select coalesce((select balance_cents from fund_balances "
                + "where antenna_id = :a), 0)").setParameter("a", antennaId).getSingleResult()).longValue();
    }

    // ---- figures ----

    public record RoundFigures(long roundId, String roundName, Long drawnCents, Long householdsHelped) {
    }

    public record Summary(long antennaId, String antenna, long balanceCents, String balance, long reserveFloorCents,
            Map<EntryKind, Long> inflowsByKind, long totalGivenCents, List<RoundFigures> rounds) {
    }

    /**
     * Balance, inflows by kind and, per round, what was given and to how many households; a round where
     * fewer than {@link #MIN_HOUSEHOLDS_SHOWN} households drew shows no figures.
     */
    @Transactional
    public Summary summary(long antennaId) {
        Antenna antenna = organisation.antenna(antennaId);
        Map<EntryKind, Long> byKind = new EnumMap<>(EntryKind.class);
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("select kind, sum(amount_cents) from fund_entries "
                + "where antenna_id = :a group by kind").setParameter("a", antennaId).getResultList();
        for (Object[] row : sums) {
            byKind.put(EntryKind.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        long given = -byKind.entrySet().stream().filter(e -> e.getKey().gives()).mapToLong(Map.Entry::getValue).sum();
        Map<EntryKind, Long> inflows = new EnumMap<>(EntryKind.class);
        byKind.forEach((kind, sum) -> {
            if (kind.recordedByHand()) {
                inflows.put(kind, sum);
            }
        });
        @SuppressWarnings("unchecked")
        List<Object[]> perRound = em.createNativeQuery("select r.id, r.name, coalesce(sum(o.fund_reduction_cents), 0), "
                + "count(*) filter (where o.fund_reduction_cents > 0) from rounds r left join orders o "
                + "on o.round_id = r.id and o.status = 'SUBMITTED' where r.antenna_id = :a and r.status <> 'DRAFT' "
                + "group by r.id, r.name order by r.id desc").setParameter("a", antennaId).getResultList();
        List<RoundFigures> rounds = new ArrayList<>();
        for (Object[] row : perRound) {
            long helped = ((Number) row[3]).longValue();
            boolean shown = helped >= MIN_HOUSEHOLDS_SHOWN;
            rounds.add(new RoundFigures(((Number) row[0]).longValue(), (String) row[1],
                    shown ? ((Number) row[2]).longValue() : null, shown ? helped : null));
        }
        long balance = balance(antennaId);
        return new Summary(antennaId, antenna.name, balance, Money.format(balance), antenna.fundReserveFloorCents,
                inflows, given, rounds);
    }

    /**
     * What anybody may read about an antenna's fund (the public page). Each figure is null unless at least
     * {@link #MIN_HOUSEHOLDS_SHOWN} households are behind it, and what the fund gives counts only for rounds whose
     * distribution is over, so that the page never moves with one household's order.
     *
     * @param balanceCents the balance without the draws of rounds still under way
     * @param totalGivenCents reductions and bons of finished rounds
     * @param householdsHelped households that drew in the last finished round
     */
    public record PublicFigures(Long balanceCents, Long totalGivenCents, Long householdsHelped) {
    }

    @Transactional
    public PublicFigures publicFigures(long antennaId) {
        Object[] given = (Object[]) em.createNativeQuery("""
                select coalesce(-sum(e.amount_cents) filter (where r.status in ('DISTRIBUTED', 'SETTLED')), 0),
                       coalesce(sum(e.amount_cents) filter (where r.status not in ('DISTRIBUTED', 'SETTLED', 'CANCELLED')), 0)
                from fund_entries e join rounds r on r.id = e.round_id
                where e.antenna_id = :a and e.kind in ('DRAW', 'DRAW_RELEASE', 'BONS')""")
                .setParameter("a", antennaId).getSingleResult();
        // Behind what was given: households that drew online, and every household served where bons were paid with
        // (any of them may have taken some).
        long behind = ((Number) em.createNativeQuery("""
                select count(distinct o.household_id) from orders o join rounds r on r.id = o.round_id
                join households h on h.id = o.household_id
                where r.antenna_id = :a and r.status in ('DISTRIBUTED', 'SETTLED') and o.status = 'SUBMITTED'
                  and (o.fund_reduction_cents > 0 or (o.pickup_status = 'PICKED_UP' and exists (
                       select 1 from slot_bons b join round_slots s on s.id = b.slot_id
                       where s.round_id = o.round_id and s.relay_point_id = h.relay_point_id and b.used > 0)))""")
                .setParameter("a", antennaId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> lastRound = em.createNativeQuery("""
                select count(*) filter (where o.fund_reduction_cents > 0) from rounds r
                left join orders o on o.round_id = r.id and o.status = 'SUBMITTED'
                where r.antenna_id = :a and r.status in ('DISTRIBUTED', 'SETTLED')
                group by r.id order by max(r.deadline) desc, r.id desc limit 1""")
                .setParameter("a", antennaId).getResultList();
        boolean shown = behind >= MIN_HOUSEHOLDS_SHOWN;
        long helped = lastRound.isEmpty() ? 0 : lastRound.get(0).longValue();
        return new PublicFigures(shown ? balance(antennaId) - ((Number) given[1]).longValue() : null,
                shown ? ((Number) given[0]).longValue() : null, helped >= MIN_HOUSEHOLDS_SHOWN ? helped : null);
    }

    public record BalancePoint(LocalDate date, long balanceCents) {
    }

    /** The balance at the end of each day with movements, for the chart of the fund page. */
    @Transactional
    public List<BalancePoint> balanceHistory(long antennaId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select entry_date, sum(sum(amount_cents)) over (order by entry_date) "
                + "from fund_entries where antenna_id = :a group by entry_date order by entry_date")
                .setParameter("a", antennaId).getResultList();
        List<BalancePoint> points = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate date = row[0] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) row[0];
            points.add(new BalancePoint(date, ((Number) row[1]).longValue()));
        }
        return points;
    }

    /** Problems found: a stored balance that differs from its ledger, or a reduction above its order's rate. */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> balances = em.createNativeQuery("select b.antenna_id, b.balance_cents, "
                + "coalesce((select sum(e.amount_cents) from fund_entries e where e.antenna_id = b.antenna_id), 0) "
                + "from fund_balances b").getResultList();
        for (Object[] row : balances) {
            if (((Number) row[1]).longValue() != ((Number) row[2]).longValue()) {
                problems.add("Antenne " + row[0] + " : solde " + row[1] + " ≠ somme du registre " + row[2]);
            }
        }
        Number excessive = (Number) em.createNativeQuery("select count(*) from orders where fund_reduction_cents > 0 "
                + "and (fund_rate_percent is null or fund_reduction_cents > round(goods_cents * fund_rate_percent / 100.0))")
                .getSingleResult();
        if (excessive.longValue() > 0) {
            problems.add(excessive + " commande(s) avec une réduction supérieure à leur taux");
        }
        return problems;
    }

    // ---- internals ----

    /** Adds {@code amount} (negative to take) only if the balance stays at or above {@code floor}. */
    private boolean move(long antennaId, long amount, long floor) {
        int updated = updateBalance(antennaId, amount, floor);
        // Nothing moved: either the floor said no, or the antenna's balance row does not exist yet (its first entry).
        if (updated == 0 && ensureBalanceRow(antennaId) == 1) {
            updated = updateBalance(antennaId, amount, floor);
        }
        return updated == 1;
    }

    private int updateBalance(long antennaId, long amount, long floor) {
        return em.createNativeQuery("update fund_balances set balance_cents = balance_cents + :amount "
                        + "where antenna_id = :a and (:amount >= 0 or balance_cents + :amount >= :floor)")
                // Only this table: Hibernate otherwise flushes the whole order before a native statement.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("fund_balances")
                .setParameter("amount", amount).setParameter("a", antennaId).setParameter("floor", floor)
                .executeUpdate();
    }

    /** 1 when the row was created now, 0 when it was there. */
    private int ensureBalanceRow(long antennaId) {
        return em.createNativeQuery("insert into fund_balances (antenna_id) values (:a) on conflict do nothing")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("fund_balances")
                .setParameter("a", antennaId).executeUpdate();
    }

    private static FundEntry entry(long antennaId, EntryKind kind, long amount, Long roundId) {
        FundEntry entry = new FundEntry();
        entry.antennaId = antennaId;
        entry.kind = kind;
        entry.amountCents = amount;
        entry.roundId = roundId;
        entry.entryDate = LocalDate.now();
        return entry;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
