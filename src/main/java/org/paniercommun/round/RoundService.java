package org.paniercommun.round;

import org.paniercommun.access.InScope;
import org.paniercommun.access.ObjectKind;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.paniercommun.catalogue.Product;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Validation;

/** Prepares, opens and closes order rounds; opening freezes every price of the offer. */
@ApplicationScoped
public class RoundService {

    private static final Logger LOG = Logger.getLogger(RoundService.class);

    @Inject
    Validation validation;

    @Inject
    OrganisationService organisation;

    @Inject
    RoundOrders orders;

    @Inject
    EntityManager em;

    @Inject
    OfferCapLock capLock;

    @Inject
    jakarta.enterprise.event.Event<RoundClosed> closed;

    @Inject
    org.paniercommun.fund.FundService fund;

    @Inject
    SettleCheck settleCheck;

    public record RoundCommand(
            @NotNull(message = "{panier.round.antenna.required}") @InScope(ObjectKind.ANTENNA) Long antennaId,
            @NotBlank(message = "{panier.round.name.required}") @Size(max = 120, message = "{panier.round.max120}") String name,
            @NotNull(message = "{panier.round.opensAt.required}") Instant opensAt,
            @NotNull(message = "{panier.round.deadline.required}") Instant deadline,
            @NotEmpty(message = "{panier.round.groups.required}") List<@InScope(ObjectKind.GROUP) Long> groupIds) {
    }

    public record SlotCommand(
            @NotNull(message = "{panier.round.relayPoint.required}") @InScope(ObjectKind.RELAY_POINT) Long relayPointId,
            @NotNull(message = "{panier.round.distributionDate.required}") LocalDate distributionDate,
            @NotBlank(message = "{panier.round.timeSlot.required}") @Size(max = 60, message = "{panier.round.max60}") String timeSlot) {
    }

    public record OfferCommand(
            @NotNull(message = "{panier.round.product.required}") @InScope(ObjectKind.PRODUCT) Long productId,
            @DecimalMin(value = "0", message = "{panier.round.cap.negative}") BigDecimal cap) {
    }

    // ---- preparing ----

    @Transactional
    public Round create(RoundCommand command) {
        Round round = new Round();
        apply(round, command);
        round.persist();
        return round;
    }

    @Transactional
    public Round update(long id, RoundCommand command) {
        Round round = round(id);
        requireDraft(round);
        apply(round, command);
        return round;
    }

    /** Distribution date and time slot per relay point; relay points must belong to the round's groups. */
    @Transactional
    public List<RoundSlot> setSlots(long roundId, List<@Valid SlotCommand> slots) {
        Round round = round(roundId);
        if (round.status != RoundStatus.DRAFT && round.status != RoundStatus.OPEN) {
            throw new ConflictException(messages().error_slots_locked());
        }
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (SlotCommand slot : slots) {
            errors.addAll(validation.errors(slot));
            if (slot.relayPointId() != null && !seen.add(slot.relayPointId())) {
                errors.add(new FieldError("relayPointId", messages().error_one_slot_per_relay_point()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RoundSlot.delete("round.id", roundId);
        em.flush();
        List<RoundSlot> saved = new ArrayList<>();
        for (SlotCommand command : slots) {
            RelayPoint point = organisation.relayPoint(command.relayPointId());
            if (round.groups.stream().noneMatch(g -> g.id.equals(point.group.id))) {
                throw new InvalidInputException("relayPointId", messages().error_relay_point_outside(point.name));
            }
            RoundSlot slot = new RoundSlot();
            slot.round = round;
            slot.relayPoint = point;
            slot.distributionDate = command.distributionDate();
            // "vendredi 16 h – 18 h" copied from opening hours: the weekday comes from the date, never from the text.
            String hours = RoundDates.hours(command.timeSlot());
            slot.timeSlot = hours.isEmpty() ? command.timeSlot().trim() : hours;
            slot.persist();
            saved.add(slot);
        }
        return saved;
    }

    /**
     * The products of the round and their optional caps. Before opening the offer is replaced as a whole;
     * once open only caps change, and never below what is already ordered.
     */
    @Transactional
    public List<RoundOffer> setOffer(long roundId, List<OfferCommand> offer) {
        Round round = round(roundId);
        if (round.status == RoundStatus.OPEN) {
            capLock.forCapChange(roundId);
        }
        List<FieldError> errors = new ArrayList<>();
        offer.forEach(o -> errors.addAll(validation.errors(o)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<Long, RoundOffer> existing = new HashMap<>();
        offers(roundId).forEach(o -> existing.put(o.product.id, o));
        Set<Long> wanted = new HashSet<>();
        for (OfferCommand command : offer) {
            if (!wanted.add(command.productId())) {
                throw new InvalidInputException("productId", messages().error_duplicate_product());
            }
        }
        if (round.status == RoundStatus.OPEN) {
            if (!wanted.equals(existing.keySet())) {
                throw new ConflictException(messages().error_offer_locked());
            }
            for (OfferCommand command : offer) {
                setCap(existing.get(command.productId()), command.cap());
            }
            return offers(roundId);
        }
        requireDraft(round);
        for (RoundOffer old : existing.values()) {
            if (!wanted.contains(old.product.id)) {
                old.delete();
            }
        }
        for (OfferCommand command : offer) {
            RoundOffer entry = existing.get(command.productId());
            if (entry == null) {
                Product product = Product.<Product>findByIdOptional(command.productId())
                        .orElseThrow(() -> new InvalidInputException("productId", messages().error_unknown_product()));
                if (!product.antenna.id.equals(round.antenna.id) || !product.active) {
                    throw new InvalidInputException("productId", messages().error_product_not_active(product.name));
                }
                entry = new RoundOffer();
                entry.round = round;
                entry.product = product;
                entry.persist();
            }
            entry.capQuantity = command.cap() == null ? null : command.cap().setScale(3, java.math.RoundingMode.UNNECESSARY);
        }
        em.flush();
        return offers(roundId);
    }

    /**
     * Sets a cap on an offer of an open round, never below what is already ordered. The offer's counter is
     * recounted from the submitted orders: it is kept only while the offer has a cap (see {@link OfferCapLock},
     * whose exclusive lock the caller holds, so no order is in flight).
     */
    private void setCap(RoundOffer offer, BigDecimal cap) {
        int updated = em.createNativeQuery("""
                update round_offers o set cap_quantity = cast(:cap as numeric),
                       ordered_quantity = case when cast(:cap as numeric) is null then 0 else s.ordered end
                from (select coalesce(sum(l.quantity), 0) as ordered
                        from order_lines l join orders r on r.id = l.order_id
                       where l.offer_id = :id and r.status = 'SUBMITTED') s
                where o.id = :id and (cast(:cap as numeric) is null or s.ordered <= cast(:cap as numeric))""")
                .setParameter("cap", cap).setParameter("id", offer.id).executeUpdate();
        if (updated == 0) {
            throw new ConflictException(messages().error_cap_below_ordered(offer.productName()));
        }
        em.refresh(offer);
    }

    /**
     * What the households have ordered of each offer of the round (submitted orders), by offer id; offers nobody
     * ordered are absent. Counted from the order lines, because only capped offers keep a counter.
     */
    public Map<Long, BigDecimal> orderedQuantities(long roundId) {
        Map<Long, BigDecimal> ordered = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select l.offer_id, sum(l.quantity) from order_lines l join orders o on o.id = l.order_id
                where o.round_id = :round and o.status = 'SUBMITTED' group by l.offer_id""")
                .setParameter("round", roundId)
                .getResultList();
        rows.forEach(row -> ordered.put(((Number) row[0]).longValue(), (BigDecimal) row[1]));
        return ordered;
    }

    // ---- life cycle ----

    @Transactional
    public Round open(long id, Instant now) {
        Round round = lockedRound(id);
        openLocked(round, now);
        return round;
    }

    @Transactional
    public Round close(long id, Instant now) {
        Round round = lockedRound(id);
        closeLocked(round, now);
        return round;
    }

    private void closeLocked(Round round, Instant now) {
        round.close(now);
        // The closing pipeline (allocation, fund, purchase orders, statements) runs in this transaction, in the
        // order closing/RoundClosing states: it is RoundClosed's one observer.
        closed.fire(new RoundClosed(round.id));
    }

    /**
     * Cancels the round. Every household that had ordered in it (and has an e-mail address) is told, through the
     * outbox, in the same transaction; the fund gets back the draws, and gives back the coupons and the tier-3
     * surplus, the round had moved.
     */
    @Transactional
    public Round cancel(long id) {
        Round round = lockedRound(id);
        round.cancel();
        // Nothing will be handed out: the fund gets back what the orders drew, and coupons never paid leave it.
        orders.giveBackToFund(round);
        fund.reverseTier3Surplus(round.antenna, id);
        orders.cancelled(round);
        return round;
    }

    /** Marks the round distributed: refused (409) while a relay point has not closed its distribution day. */
    @Transactional
    public Round markDistributed(long id) {
        Round round = lockedRound(id);
        round.markDistributed(daysNotClosed(id));
        return round;
    }

    /** Relay points of the round whose distribution day is not closed yet. */
    public long daysNotClosed(long roundId) {
        return RoundSlot.count("round.id = ?1 and closedAt is null", roundId);
    }

    /** What the round may become now (the buttons a coordinator is shown). */
    public java.util.Set<RoundStatus> nextSteps(Round round) {
        return round.nextSteps(round.status == RoundStatus.CLOSED ? daysNotClosed(round.id) : 0);
    }

    @Transactional
    public Round settle(long id) {
        Round round = lockedRound(id);
        if (round.status.canBecome(RoundStatus.SETTLED)) {
            settleCheck.requireSettleable(id);
        }
        round.settle();
        return round;
    }

    /**
     * Opens the DRAFT rounds whose opening time has come. Rows are locked with SKIP LOCKED and the status
     * is re-checked under the lock, so with several app instances each round opens exactly once.
     *
     * @return how many rounds this call opened
     */
    @Transactional
    public int openDue(Instant now) {
        int opened = 0;
        for (Round round : dueRounds("status = 'DRAFT' and opens_at <= :now", now)) {
            if (RoundOffer.count("round.id", round.id) == 0) {
                LOG.warnf("Round %d (%s) is due to open but has no product: left in preparation", round.id, round.name);
                continue;
            }
            openLocked(round, now);
            opened++;
        }
        return opened;
    }

    /** Closes the OPEN rounds whose deadline has passed, exactly once (see {@link #openDue}). */
    @Transactional
    public int closeDue(Instant now) {
        List<Round> due = dueRounds("status = 'OPEN' and deadline <= :now", now);
        due.forEach(round -> closeLocked(round, now));
        return due.size();
    }

    private List<Round> dueRounds(String condition, Instant now) {
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("select id from rounds where " + condition
                + " order by id for update skip locked").setParameter("now", now).getResultList()
                .stream().map(id -> ((Number) id).longValue()).toList();
        return ids.stream().map(this::round).toList();
    }

    private void openLocked(Round round, Instant now) {
        List<RoundOffer> offers = offers(round.id);
        if (offers.isEmpty()) {
            throw new ConflictException(messages().error_empty_offer());
        }
        round.open(now);
        offers.forEach(offer -> offer.freezePrices(round.pricing()));
        orders.opened(round);
    }

    // ---- reading ----

    public Round round(long id) {
        return Round.<Round>find("from Round r join fetch r.antenna left join fetch r.groups where r.id = ?1", id)
                .singleResultOptional().orElseThrow(() -> new NotFoundException(messages().error_round_not_found()));
    }

    /** The round, read while taking its lock for ordering ({@link OfferCapLock#forOrdering}); 404 if none. */
    public Round roundForOrdering(long id) {
        return capLock.forOrdering(id).orElseThrow(() -> new NotFoundException(messages().error_round_not_found()));
    }

    /** The round row locked for this transaction, so that transitions never interleave. */
    private Round lockedRound(long id) {
        Round round = em.find(Round.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new NotFoundException(messages().error_round_not_found());
        }
        org.hibernate.Hibernate.initialize(round.antenna);
        org.hibernate.Hibernate.initialize(round.groups);
        return round;
    }

    public List<RoundOffer> offers(long roundId) {
        return RoundOffer.<RoundOffer>find("from RoundOffer o join fetch o.product p join fetch p.producer "
                + "where o.round.id = ?1 order by coalesce(o.category, p.category), coalesce(o.productName, p.name)", roundId).list();
    }

    /** The round's offers grouped by producer (ordered by producer name, then product name). */
    public Map<Long, List<RoundOffer>> offersByProducer(long roundId) {
        Map<Long, List<RoundOffer>> byProducer = new java.util.LinkedHashMap<>();
        RoundOffer.<RoundOffer>list("from RoundOffer o join fetch o.product p join fetch p.producer pr "
                + "where o.round.id = ?1 order by pr.name, pr.id, coalesce(o.productName, p.name)", roundId)
                .forEach(o -> byProducer.computeIfAbsent(o.product.producer.id, k -> new ArrayList<>()).add(o));
        return byProducer;
    }

    public List<RoundSlot> slots(long roundId) {
        return RoundSlot.<RoundSlot>find("from RoundSlot s join fetch s.relayPoint r join fetch r.group "
                + "where s.round.id = ?1 order by s.distributionDate, r.name", roundId).list();
    }

    /** The rounds of the antennas the request may see, latest first. */
    public PageResult<Round> list(int page, int size) {
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        String where = visible == null ? "" : " where r.antenna.id in ?1";
        Object[] params = visible == null ? new Object[0] : new Object[] { visible };
        long total = Round.count("from Round r" + where, params);
        List<Round> items = Round.<Round>find("from Round r join fetch r.antenna" + where, Sort.descending("opensAt"),
                params).page(Page.of(page - 1, size)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Rounds a household of this group can order in now. */
    public List<Round> openFor(long groupId, Instant now) {
        return Round.<Round>find("select distinct r from Round r join r.groups g join fetch r.antenna "
                + "where g.id = ?1 and r.status = ?2 and r.deadline > ?3 and r.opensAt <= ?3 order by r.deadline",
                groupId, RoundStatus.OPEN, now).list();
    }

    private void apply(Round round, RoundCommand command) {
        validation.check(command);
        if (!command.deadline().isAfter(command.opensAt())) {
            throw new InvalidInputException("deadline", messages().error_deadline_before_opening());
        }
        var antenna = organisation.antenna(command.antennaId());
        Set<PurchasingGroup> groups = new HashSet<>();
        for (Long groupId : command.groupIds()) {
            PurchasingGroup group = organisation.group(groupId);
            if (!group.antenna.id.equals(antenna.id)) {
                throw new InvalidInputException("groupIds", messages().error_group_other_antenna(group.name));
            }
            groups.add(group);
        }
        round.antenna = antenna;
        round.name = command.name().trim();
        round.opensAt = command.opensAt();
        round.deadline = command.deadline();
        round.groups = groups;
    }

    private static void requireDraft(Round round) {
        if (round.status != RoundStatus.DRAFT) {
            throw new ConflictException(messages().error_not_draft(messages().round_status(round.status)));
        }
    }

    private static RoundMessages messages() {
        return Texts.of(RoundMessages.class);
    }
}
