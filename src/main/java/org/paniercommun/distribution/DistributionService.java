package org.paniercommun.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.ordering.AbsenceDecision;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderLine;
import org.paniercommun.ordering.OrderStatus;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Texts;

/**
 * Distribution day at a relay point: weighed quantities, missing lines, handing out, payments, coupons and
 * round-ups for the fund, absent households, and closing the day. Two volunteers may work on the same list: each
 * save carries the version of the household it was based on, and a save based on an old version is refused with
 * a clear message instead of silently overwriting the other volunteer's entry.
 */
@ApplicationScoped
public class DistributionService {

    @Inject
    EntityManager em;

    @Inject
    RoundService rounds;

    @Inject
    FundService fund;

    @Inject
    PickupLists lists;

    @Inject
    org.paniercommun.ordering.OrderLifecycle orders;

    /** A bulk line weighed (or a line counted) on the day, or marked missing. */
    public record LineUpdate(Long lineId, BigDecimal weighed, boolean missing) {
    }

    public record PaymentCommand(PaymentMethod method, Long amountCents) {
    }

    /**
     * What a volunteer saves for a household.
     *
     * @param version the household's version the volunteer saw (from the list)
     * @param coupons 1 € coupons bought for the fund today (replaces what was entered before)
     * @param roundUpCents rounded up for the fund today (replaces what was entered before)
     * @param payment money received now (added to earlier payments), or null
     * @param pickedUp the household took its goods
     * @param leaveDebt the volunteer confirms that the household pays later: without it, handing out with no payment
     *        while something is still to pay is refused (a debt is never left by mistake)
     * @param membershipCents the year's membership paid now, with the payment's method (null: none)
     */
    public record HandOutCommand(Long version, List<LineUpdate> lines, Integer coupons, Long roundUpCents,
            PaymentCommand payment, boolean pickedUp, boolean leaveDebt, Long membershipCents) {

        public HandOutCommand(Long version, List<LineUpdate> lines, Integer coupons, Long roundUpCents,
                PaymentCommand payment, boolean pickedUp, boolean leaveDebt) {
            this(version, lines, coupons, roundUpCents, payment, pickedUp, leaveDebt, null);
        }
    }

    public record AbsenceCommand(AbsenceDecision decision, String note) {
    }

    @Inject
    AuditLog audit;

    @Inject
    org.paniercommun.household.HouseholdService households;

    /** Saves what happened for one household and returns it as the list shows it now. */
    @Transactional
    public PickupLists.PickupHousehold handOut(long roundId, long slotId, long orderId, HandOutCommand command,
            String by, Instant now) {
        RoundSlot slot = lists.slot(roundId, slotId);
        boolean correction = requireOpenFor(slot, orderId);
        Order order = lockedOrder(slot, orderId, command == null ? null : command.version());
        List<FieldError> errors = new ArrayList<>();
        DistributionMessages messages = messages();
        Map<Long, OrderLine> lines = new HashMap<>();
        order.lines.forEach(l -> lines.put(l.id, l));
        List<LineUpdate> updates = command.lines() == null ? List.of() : command.lines();
        for (int i = 0; i < updates.size(); i++) {
            LineUpdate update = updates.get(i);
            OrderLine line = update.lineId() == null ? null : lines.get(update.lineId());
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "].lineId", messages.error_line_not_in_order()));
                continue;
            }
            BigDecimal weighed = update.weighed();
            if (weighed != null && (weighed.signum() < 0 || weighed.stripTrailingZeros().scale() > 3)) {
                errors.add(new FieldError("lines[" + i + "].weighed",
                        messages.error_weighed_invalid(line.offer.productName())));
                continue;
            }
            order.weigh(line, weighed, update.missing());
        }
        int coupons = command.coupons() == null ? order.pickupCoupons : command.coupons();
        if (coupons < 0 || coupons > 1000) {
            errors.add(new FieldError("coupons", messages.error_coupons_range()));
        }
        long roundUp = command.roundUpCents() == null ? order.roundUpCents : command.roundUpCents();
        if (roundUp < 0 || roundUp > 100_000) {
            errors.add(new FieldError("roundUpCents", messages.error_round_up_range()));
        }
        PaymentCommand payment = command.payment();
        if (payment != null && payment.amountCents() != null && (payment.amountCents() > org.paniercommun.kernel.Money.MAX_CENTS
                || payment.amountCents() < -org.paniercommun.kernel.Money.MAX_CENTS)) {
            errors.add(new FieldError("payment.amountCents", org.paniercommun.kernel.Texts.of(org.paniercommun.kernel.AppMessages.class)
                    .form_amount_too_big(org.paniercommun.kernel.Money.format(org.paniercommun.kernel.Money.MAX_CENTS))));
        }
        if (payment != null && payment.amountCents() != null && payment.amountCents() != 0 && payment.method() == null) {
            errors.add(new FieldError("payment.method", messages.error_payment_method_missing()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Round round = slot.round;
        long total = order.refreshFinalTotal();
        order.settleReduction(fund.settleDraw(round.antenna, round.id, order.fundReductionCents,
                order.fundRatePercent == null ? null : order.fundRatePercent.intValue(), total));
        fund.adjustContribution(round.antenna.id, round.id, EntryKind.COUPON,
                order.pickupCoupons * FundService.COUPON_CENTS, coupons * FundService.COUPON_CENTS);
        fund.adjustContribution(round.antenna.id, round.id, EntryKind.ROUND_UP, order.roundUpCents, roundUp);
        order.givePickupContributions(coupons, roundUp);
        fund.settleTier3Surplus(round.antenna, round.id);
        if (payment != null && payment.amountCents() != null && payment.amountCents() != 0) {
            Payment p = new Payment();
            p.orderId = order.id;
            p.householdId = order.household.id;
            p.roundId = round.id;
            p.method = payment.method();
            p.amountCents = payment.amountCents();
            p.recordedAt = now;
            p.recordedBy = by;
            p.persist();
        }
        if (command.membershipCents() != null && command.membershipCents() != 0) {
            if (payment == null || payment.method() == null) {
                throw new InvalidInputException("membership", messages.error_membership_method());
            }
            households.collectMembership(order.household.id, slot.distributionDate.getYear(),
                    command.membershipCents(), round.id, slot.relayPoint.id, payment.method().name());
        }
        order.handOut(command.pickedUp(), by, now);
        em.flush();
        PickupLists.PickupHousehold saved = household(slot, order.id);
        boolean paidNow = payment != null && payment.amountCents() != null && payment.amountCents() != 0;
        if (command.pickedUp() && !paidNow && !command.leaveDebt() && saved.amountToCollectCents() > 0) {
            // Rolled back with everything above: nothing is saved until the volunteer says the household pays later.
            throw new InvalidInputException("leaveDebt",
                    messages.error_debt_unconfirmed(org.paniercommun.kernel.Money.format(saved.amountToCollectCents())));
        }
        if (correction) {
            order.corrected();
            audit.record("distribution.correction", "commande " + order.id + " (" + saved.name() + ")",
                    // No amount: a household's amounts in the log would tell a reader who paid less (issue 23).
                    "Remise corrigée après la clôture de " + slot.relayPoint.name + " : " + saved.statusLabel()
                            + (paidNow ? ", paiement enregistré" : ""));
            em.flush();
            saved = household(slot, order.id);
        }
        return saved;
    }

    /**
     * After the relay point's day was closed, a coordinator reopens one household's hand-out to correct it (a weight,
     * a payment, a household marked absent at closing that did come). Audited with the reason; the correction that
     * follows is audited too and closes the household again. Not once the round's books are settled.
     */
    @Transactional
    public PickupLists.PickupHousehold reopen(long roundId, long slotId, long orderId, Long version, String reason,
            String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", messages().error_reopen_reason_missing());
        }
        if (reason.length() > 300) {
            throw new InvalidInputException("reason", messages().error_note_too_long());
        }
        RoundSlot slot = lists.slot(roundId, slotId);
        if (slot.closedAt == null) {
            throw new ConflictException(messages().error_reopen_day_open());
        }
        if (slot.round.status != RoundStatus.CLOSED && slot.round.status != RoundStatus.DISTRIBUTED) {
            throw new ConflictException(messages().error_round_not_closed(
                    Texts.of(RoundMessages.class).round_status(slot.round.status)));
        }
        Order order = lockedOrder(slot, orderId, version);
        order.reopen(by, now);
        em.flush();
        PickupLists.PickupHousehold reopened = household(slot, order.id);
        audit.record("distribution.reopen", "commande " + order.id + " (" + reopened.name() + ")",
                "Remise rouverte après la clôture de " + slot.relayPoint.name + " : " + reason.trim());
        return reopened;
    }

    /** The household did not come (yet). A coordinator decides later what becomes of its goods. */
    @Transactional
    public PickupLists.PickupHousehold markAbsent(long roundId, long slotId, long orderId, Long version, String by) {
        RoundSlot slot = lists.slot(roundId, slotId);
        boolean correction = requireOpenFor(slot, orderId);
        Order order = lockedOrder(slot, orderId, version);
        if (correction) {
            order.corrected();
            audit.record("distribution.correction", "commande " + order.id,
                    "Foyer marqué absent après la clôture de " + slot.relayPoint.name);
        }
        order.markAbsent(by);
        em.flush();
        fund.settleTier3Surplus(slot.round.antenna, slot.round.id);
        return household(slot, order.id);
    }

    /**
     * What becomes of an absent household's goods. When the household owes nothing (sold on, donated), its
     * solidarity-fund reduction goes back to the fund and its unpaid coupons are taken back.
     */
    @Transactional
    public Order decideAbsence(long roundId, long orderId, AbsenceCommand command, String by) {
        if (command == null || command.decision() == null) {
            throw new InvalidInputException("decision", messages().error_decision_missing());
        }
        if (command.note() != null && command.note().length() > 300) {
            throw new InvalidInputException("note", messages().error_note_too_long());
        }
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (order == null || order.round.id != roundId || order.status != OrderStatus.SUBMITTED) {
            throw new NotFoundException(messages().error_order_not_found());
        }
        order.decideAbsence(command.decision(), command.note(), by);
        Round round = rounds.round(roundId);
        if (!command.decision().householdOwes) {
            order.settleReduction(fund.settleDraw(round.antenna, round.id, order.fundReductionCents,
                    order.fundRatePercent == null ? null : order.fundRatePercent.intValue(), 0));
            fund.adjustCoupons(round.antenna.id, round.id, order.couponCount, 0);
            order.buyCoupons(0);
        }
        fund.settleTier3Surplus(round.antenna, round.id);
        return order;
    }

    /**
     * Closes the relay point's day: households not served are marked absent. When every relay point of the round
     * is closed, the round becomes DISTRIBUTED.
     */
    @Transactional
    public RoundSlot closeDay(long roundId, long slotId, String by, Instant now) {
        RoundSlot slot = lists.slot(roundId, slotId);
        em.lock(slot, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(slot);
        if (slot.closedAt != null) {
            return slot;
        }
        requireDistributing(slot.round);
        em.flush();
        orders.markUnservedAbsent(roundId, slot.relayPoint.id, by);
        slot.closedAt = now;
        slot.closedBy = by;
        em.flush();
        fund.settleTier3Surplus(slot.round.antenna, roundId);
        Number open = (Number) em.createNativeQuery("select count(*) from round_slots where round_id = :round "
                + "and closed_at is null").setParameter("round", roundId).getSingleResult();
        if (open.longValue() == 0) {
            rounds.markDistributed(roundId);
        }
        return slot;
    }

    // ---- helpers ----

    private static DistributionMessages messages() {
        return Texts.of(DistributionMessages.class);
    }

    private PickupLists.PickupHousehold household(RoundSlot slot, long orderId) {
        em.flush();
        return lists.household(slot, orderId);
    }

    /**
     * Refuses a change unless the day of this relay point is open, or a coordinator reopened this household after it
     * closed; answers whether the change is such a correction.
     */
    private boolean requireOpenFor(RoundSlot slot, long orderId) {
        if (slot.closedAt != null) {
            Order order = em.find(Order.class, orderId);
            if (order == null || order.reopenedAt == null) {
                throw new ConflictException(messages().error_slot_closed(slot.relayPoint.name));
            }
            if (slot.round.status != RoundStatus.CLOSED && slot.round.status != RoundStatus.DISTRIBUTED) {
                throw new ConflictException(messages().error_round_not_closed(
                        Texts.of(RoundMessages.class).round_status(slot.round.status)));
            }
            return true;
        }
        requireDistributing(slot.round);
        return false;
    }

    private static void requireDistributing(Round round) {
        if (round.status != RoundStatus.CLOSED) {
            throw new ConflictException(messages().error_round_not_closed(
                    Texts.of(RoundMessages.class).round_status(round.status)));
        }
        if (round.allocationConfirmedAt == null) {
            throw new ConflictException(messages().error_allocation_not_confirmed());
        }
    }

    /**
     * The order, locked; refused if it is not of this relay point or if someone saved it since {@code version}.
     * The version moves on in the same statement that checks it, so of two volunteers saving at once exactly one
     * goes through and the other is told.
     */
    private Order lockedOrder(RoundSlot slot, long orderId, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", messages().error_version_missing());
        }
        boolean claimed = orders.claim(orderId, version, slot.round.id, slot.relayPoint.id);
        Order order = em.find(Order.class, orderId);
        if (order == null || order.round.id != slot.round.id || order.status != OrderStatus.SUBMITTED
                || order.household.relayPoint == null || !order.household.relayPoint.id.equals(slot.relayPoint.id)) {
            throw new NotFoundException(messages().error_not_on_list());
        }
        if (!claimed) {
            throw new ConflictException(messages().error_stale());
        }
        em.refresh(order);
        return order;
    }
}
