package org.paniercommun.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.distribution.PickupLists;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/**
 * The antenna's stock: lots are the surpluses of closed rounds' offers (read from the offers, which closing and
 * reception keep right); what leaves them is written to the append-only {@link StockMovement} ledger, on a relay
 * point's distribution day, in that round's books.
 */
@ApplicationScoped
public class StockService {

    /** A sale above this is a typing mistake (the column's own bound is the same). */
    static final long MAX_SALE_CENTS = 10_000_000;

    @Inject
    EntityManager em;

    @Inject
    PickupLists lists;

    @Inject
    AuditLog audit;

    /** A sale: {@code amountCents} is what the buyer pays for {@code quantity}. */
    public record SaleCommand(Long offerId, BigDecimal quantity, Long amountCents, PaymentMethod method) {
    }

    /** Goods that left the stock unpaid (spoilt, given to a partner association); the note says why. */
    public record WriteOffCommand(Long offerId, BigDecimal quantity, String note) {
    }

    /** What a round's books need of the stock, at purchase value. */
    public record RoundStock(long keptCents, long salesCents, long soldValueCents, long writtenOffCents) {
    }

    /** A movement as the pages list it. */
    public record MovementView(String product, String unit, StockMovement.Kind kind, BigDecimal quantity,
            long valueCents, long amountCents, PaymentMethod method, String note, String relayPoint, String roundName,
            Instant at) {
    }

    /** The antenna's lots, oldest round first; with {@code withEmpty} false only those with something left. */
    public List<StockLot> lots(long antennaId, boolean withEmpty) {
        return query("r.antenna_id = :key", antennaId).stream().filter(l -> withEmpty || !l.empty()).toList();
    }

    /** The lots a round's own surplus made. */
    public List<StockLot> keptBy(long roundId) {
        return query("r.id = :key", roundId);
    }

    /** What the round's books count of the stock. */
    public RoundStock ofRound(long roundId) {
        long kept = keptBy(roundId).stream().mapToLong(StockLot::valueCents).reduce(0L, Math::addExact);
        Object[] out = (Object[]) em.createNativeQuery("""
                select coalesce(sum(amount_cents) filter (where kind = 'SOLD'), 0),
                       coalesce(sum(value_cents) filter (where kind = 'SOLD'), 0),
                       coalesce(sum(value_cents) filter (where kind = 'WRITTEN_OFF'), 0)
                from stock_movements where round_id = :r""").setParameter("r", roundId).getSingleResult();
        return new RoundStock(kept, ((Number) out[0]).longValue(), ((Number) out[1]).longValue(),
                ((Number) out[2]).longValue());
    }

    /** The movements recorded at one relay point's distribution of a round, or of the whole antenna (null slot). */
    public List<MovementView> movements(Long roundId, Long relayPointId, long antennaId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(o.product_name, p.name), coalesce(o.sale_unit, p.sale_unit), m.kind, m.quantity,
                       m.value_cents, m.amount_cents, m.payment_method, m.note, rp.name, r.name, m.recorded_at
                from stock_movements m join round_offers o on o.id = m.offer_id join products p on p.id = o.product_id
                join rounds r on r.id = m.round_id left join relay_points rp on rp.id = m.relay_point_id
                where r.antenna_id = :a and (cast(:r as bigint) is null or m.round_id = :r)
                  and (cast(:rp as bigint) is null or m.relay_point_id = :rp)
                order by m.recorded_at desc, m.id desc""")
                .setParameter("a", antennaId).setParameter("r", roundId).setParameter("rp", relayPointId)
                .getResultList();
        return rows.stream().map(r -> new MovementView((String) r[0], unitLabel((String) r[1]),
                StockMovement.Kind.valueOf((String) r[2]), (BigDecimal) r[3], ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue(), r[6] == null ? null : PaymentMethod.valueOf((String) r[6]),
                (String) r[7], (String) r[8], (String) r[9], toInstant(r[10]))).toList();
    }

    /** Sells from a lot at a relay point's distribution (the slot must still be open). */
    @Transactional
    public StockMovement sell(long roundId, long slotId, SaleCommand command, String by) {
        return sell(roundId, slotId, command, by, List.of());
    }

    /**
     * A sale typed in a form: {@code typingErrors} are the fields the form could not read, reported with every
     * other problem at once.
     */
    @Transactional
    public StockMovement sell(long roundId, long slotId, SaleCommand command, String by, List<FieldError> typingErrors) {
        List<FieldError> errors = new ArrayList<>(typingErrors);
        if (errors.stream().anyMatch(e -> e.field().equals("amount"))) {
            // already said why
        } else if (command.amountCents() == null || command.amountCents() < 0) {
            errors.add(new FieldError("amount", messages().error_amount()));
        } else if (command.amountCents() > MAX_SALE_CENTS) {
            errors.add(new FieldError("amount", messages().error_amount_too_big(Money.format(MAX_SALE_CENTS))));
        }
        if (command.method() == null) {
            errors.add(new FieldError("method", messages().error_method()));
        }
        Lot lot = lockedLot(roundId, slotId, command.offerId(), command.quantity(), errors);
        StockMovement movement = movement(lot, StockMovement.Kind.SOLD, command.quantity(), by);
        movement.amountCents = command.amountCents();
        movement.paymentMethod = command.method();
        movement.persist();
        audit.record("stock.sale", "stock " + lot.stock.product(),
                org.paniercommun.catalogue.QuantityFormats.withUnit(command.quantity(), lot.stock.unit()) + " vendus " + Money.format(command.amountCents()) + " à " + lot.slot.relayPoint.name);
        return movement;
    }

    /** Writes goods off a lot (spoilt, given away), on a relay point's distribution day. */
    @Transactional
    public StockMovement writeOff(long roundId, long slotId, WriteOffCommand command, String by) {
        return writeOff(roundId, slotId, command, by, List.of());
    }

    /** A write-off typed in a form (see {@link #sell(long, long, SaleCommand, String, List)}). */
    @Transactional
    public StockMovement writeOff(long roundId, long slotId, WriteOffCommand command, String by,
            List<FieldError> typingErrors) {
        List<FieldError> errors = new ArrayList<>(typingErrors);
        String note = command.note() == null ? null : command.note().strip();
        if (note == null || note.isEmpty()) {
            errors.add(new FieldError("note", messages().error_note()));
        } else if (note.length() > 160) {
            errors.add(new FieldError("note", messages().error_note_too_long()));
        }
        Lot lot = lockedLot(roundId, slotId, command.offerId(), command.quantity(), errors);
        StockMovement movement = movement(lot, StockMovement.Kind.WRITTEN_OFF, command.quantity(), by);
        movement.note = note;
        movement.persist();
        audit.record("stock.write_off", "stock " + lot.stock.product(),
                org.paniercommun.catalogue.QuantityFormats.withUnit(command.quantity(), lot.stock.unit()) + " : " + note);
        return movement;
    }

    // ---- helpers ----

    private record Lot(RoundSlot slot, StockLot stock) {
    }

    /**
     * The lot, with its offer row locked so that two volunteers selling the last litres at once cannot both take
     * them; every error (the caller's and the quantity's) is reported together.
     */
    private Lot lockedLot(long roundId, long slotId, Long offerId, BigDecimal quantity, List<FieldError> errors) {
        RoundSlot slot = lists.slot(roundId, slotId);
        if (slot.round.status != RoundStatus.CLOSED || slot.closedAt != null) {
            throw new ConflictException(messages().error_not_distributing());
        }
        RoundOffer offer = offerId == null ? null : em.find(RoundOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        StockLot stock = offer == null ? null
                : query("o.id = :key", offerId).stream().findFirst().orElse(null);
        if (stock == null || !offer.round.antenna.id.equals(slot.round.antenna.id)) {
            throw new NotFoundException(messages().error_lot_not_found());
        }
        if (errors.stream().anyMatch(e -> e.field().equals("quantity"))) {
            // already said why
        } else if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3) {
            errors.add(new FieldError("quantity", messages().error_quantity()));
        } else if (quantity.compareTo(stock.remaining()) > 0) {
            errors.add(new FieldError("quantity", messages().error_quantity_left(
                    org.paniercommun.catalogue.QuantityFormats.withUnit(stock.remaining(), stock.unit()))));
        } else if (offer.saleUnit() == org.paniercommun.catalogue.SaleUnit.PIECE
                && quantity.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError("quantity", messages().error_whole_pieces()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Lot(slot, stock);
    }

    private static StockMovement movement(Lot lot, StockMovement.Kind kind, BigDecimal quantity, String by) {
        StockMovement movement = new StockMovement();
        movement.offerId = lot.stock.offerId();
        movement.roundId = lot.slot.round.id;
        movement.relayPointId = lot.slot.relayPoint.id;
        movement.kind = kind;
        movement.quantity = quantity.setScale(3);
        movement.valueCents = lot.stock.valueOf(quantity);
        movement.recordedAt = Instant.now();
        movement.recordedBy = by;
        return movement;
    }

    private List<StockLot> query(String where, long key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, r.id, r.name, coalesce(o.product_name, p.name), coalesce(o.sale_unit, p.sale_unit),
                       o.surplus_quantity, coalesce(o.purchase_price_cents, p.purchase_price_cents),
                       coalesce(o.cost_price_cents, o.purchase_price_cents, p.purchase_price_cents),
                       coalesce((select sum(m.quantity) from stock_movements m where m.offer_id = o.id), 0),
                       coalesce((select sum(m.value_cents) from stock_movements m where m.offer_id = o.id), 0)
                from round_offers o join rounds r on r.id = o.round_id join products p on p.id = o.product_id
                where r.status in ('CLOSED', 'DISTRIBUTED', 'SETTLED') and o.surplus_quantity > 0
                  and %s
                order by r.id, 4, o.id""".formatted(where)).setParameter("key", key).getResultList();
        return rows.stream().map(r -> new StockLot(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], unitLabel((String) r[4]), ((BigDecimal) r[5]).setScale(3),
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), ((BigDecimal) r[8]).setScale(3),
                ((Number) r[9]).longValue())).toList();
    }

    private static String unitLabel(String saleUnit) {
        return org.paniercommun.catalogue.SaleUnit.valueOf(saleUnit).label();
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }

    private static StockMessages messages() {
        return Texts.of(StockMessages.class);
    }
}
