package org.paniercommun.purchaseorder;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.kernel.Dates;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.mail.MailBodies;
import org.paniercommun.mail.Outbox;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.round.Round;
import org.paniercommun.closing.RoundClosing;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * Producer purchase orders (bons de commande): after closing, one per producer of the round, with the whole
 * cases decided at closing × case size at the purchase prices frozen at opening. Sent by e-mail with a CSV
 * file, printed, or handed over; every sending is logged, and resending is always possible.
 */
@ApplicationScoped
public class PurchaseOrderService implements RoundClosing.PurchaseOrderRows {


    @Inject
    EntityManager em;

    @Inject
    RoundService rounds;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    PurchaseOrderMessages messages;

    /** One product ordered from the producer: whole cases (sacs, cartons) of its case size. */
    public record Line(String product, String unit, BigDecimal caseSize, int cases, BigDecimal quantity,
            long unitPriceCents, long amountCents) {
    }

    public record SendingView(Instant sentAt, String sentTo, String sentBy, long totalCents, boolean resend) {
    }

    /**
     * A purchase order as shown. {@code id} is null while its row does not exist (a round that became closed
     * without going through the closing, such as one made in SQL): it then shows the default delivery date and
     * address, which the first change (delivery, sending) stores.
     */
    public record PurchaseOrderView(Long id, long roundId, String roundName, String antenna, long producerId,
            String producer, String producerEmail, LocalDate deliveryDate, String deliveryAddress, String note,
            List<Line> lines, long totalCents, boolean confirmed, List<SendingView> sendings) {

        @JsonProperty
        public boolean sent() {
            return !sendings.isEmpty();
        }

        /** Quantities changed after the last sending (a case decision or reception revisited): resend it. */
        @JsonProperty
        public boolean changedSinceSent() {
            return sent() && sendings.get(sendings.size() - 1).totalCents() != totalCents;
        }
    }

    public record DeliveryCommand(LocalDate deliveryDate, String deliveryAddress, String note) {
    }

    /** What a "send all" did: sent by e-mail, and the producers left to print for (no e-mail address). */
    public record SendAllResult(int sent, List<String> withoutEmail) {
    }

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance purchaseOrder(PurchaseOrderView order);
    }

    // ---- the rows ----

    /**
     * Creates the missing purchase order rows of a round: at closing ({@link RoundClosing}, step 3), one per producer
     * of the round's offer (the offer cannot change after opening), whether or not case rounding leaves it something
     * to deliver, so that a later case decision finds its row (reading never writes); with the round's first distribution day as delivery
     * date and the antenna's last delivery address (both for the coordinator to check). Idempotent: run at
     * closing, and again by the changes that need a row (for a round that became closed without the closing).
     * Keep the defaults in step with {@link #defaults} and with V40__rows_made_at_closing.sql.
     */
    @Override
    public void createRows(long roundId) {
        em.createNativeQuery("""
                insert into purchase_orders (id, round_id, producer_id, delivery_date, delivery_address)
                select nextval('purchase_orders_seq'), r.id, p.producer_id,
                       (select min(s.distribution_date) from round_slots s where s.round_id = r.id),
                       (select po.delivery_address from purchase_orders po join rounds x on x.id = po.round_id
                        where x.antenna_id = r.antenna_id and po.delivery_address is not null
                        order by po.id desc limit 1)
                from rounds r
                join (select distinct p.producer_id from round_offers o join products p on p.id = o.product_id
                      where o.round_id = :r) p on true
                where r.id = :r
                  and not exists (select 1 from purchase_orders x where x.round_id = r.id
                                    and x.producer_id = p.producer_id)
                on conflict (round_id, producer_id) do nothing""").setParameter("r", roundId).executeUpdate();
    }

    // ---- reading ----

    /** The round's purchase orders, one per producer with something to deliver. */
    @Transactional
    public List<PurchaseOrderView> forRound(long roundId) {
        Round round = requireClosed(roundId);
        Map<Long, PurchaseOrder> rows = rows(roundId);
        List<PurchaseOrderView> views = new ArrayList<>();
        for (Map.Entry<Long, List<RoundOffer>> entry : rounds.offersByProducer(roundId).entrySet()) {
            List<Line> lines = lines(entry.getValue());
            if (!lines.isEmpty()) {
                views.add(view(round, entry.getValue().get(0).product.producer, rows.get(entry.getKey()), lines));
            }
        }
        return views;
    }

    @Transactional
    public PurchaseOrderView forProducer(long roundId, long producerId) {
        Round round = requireClosed(roundId);
        List<RoundOffer> offers = rounds.offersByProducer(roundId).getOrDefault(producerId, List.of());
        List<Line> lines = lines(offers);
        if (lines.isEmpty()) {
            throw new NotFoundException(errors().error_nothing_ordered());
        }
        PurchaseOrder row = PurchaseOrder.<PurchaseOrder>find("round.id = ?1 and producer.id = ?2", roundId,
                producerId).firstResult();
        return view(round, offers.get(0).product.producer, row, lines);
    }

    /** A producer's purchase orders across rounds, newest first. */
    @Transactional
    public List<PurchaseOrderView> ofProducer(long producerId) {
        @SuppressWarnings("unchecked")
        List<Number> roundIds = em.createNativeQuery("""
                select r.id from rounds r
                where r.status in ('CLOSED', 'DISTRIBUTED', 'SETTLED')
                  and exists (select 1 from round_offers o join products p on p.id = o.product_id
                              where o.round_id = r.id and p.producer_id = :p and o.cases_ordered > 0)
                order by r.deadline desc""").setParameter("p", producerId).getResultList();
        return roundIds.stream().map(id -> forProducer(id.longValue(), producerId)).toList();
    }

    /** The lines: products with at least one whole case ordered, in the order given. */
    static List<Line> lines(List<RoundOffer> offers) {
        List<Line> lines = new ArrayList<>();
        for (RoundOffer offer : offers) {
            if (offer.casesOrdered == null || offer.casesOrdered <= 0) {
                continue;
            }
            BigDecimal caseSize = offer.caseSize();
            BigDecimal quantity = caseSize.multiply(BigDecimal.valueOf(offer.casesOrdered)).setScale(3);
            long price = offer.purchasePrice();
            // The purchase order is the producer's document: in French whoever prints it.
            String unit = offer.saleUnit().defaultLabel();
            lines.add(new Line(offer.productName(), unit, caseSize, offer.casesOrdered, quantity, price,
                    LineAmount.of(price, quantity)));
        }
        return lines;
    }

    // ---- changing ----

    /** Sets where and when to deliver, for one producer or (producerId null) for every producer of the round. */
    @Transactional
    public List<PurchaseOrderView> setDelivery(long roundId, Long producerId, DeliveryCommand command) {
        Round round = requireClosed(roundId);
        checkDelivery(round, command);
        createRows(roundId);
        List<PurchaseOrderView> orders = producerId == null ? forRound(roundId) : List.of(forProducer(roundId, producerId));
        for (PurchaseOrderView view : orders) {
            PurchaseOrder order = PurchaseOrder.findById(view.id());
            order.deliveryDate = command.deliveryDate();
            order.deliveryAddress = command.deliveryAddress().trim();
            order.note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
        }
        em.flush();
        return producerId == null ? forRound(roundId) : List.of(forProducer(roundId, producerId));
    }

    /**
     * Sends the purchase order to its producer by e-mail (French body, CSV attached), or records that it was
     * handed over when the producer has no e-mail address. Resending is allowed; each sending is logged.
     */
    @Transactional
    public PurchaseOrderView send(long roundId, long producerId, boolean handDelivered, String by, Instant now) {
        Round round = requireClosed(roundId);
        if (round.allocationConfirmedAt == null) {
            throw new ConflictException(errors().error_allocation_not_confirmed());
        }
        createRows(roundId);
        PurchaseOrderView view = forProducer(roundId, producerId);
        List<FieldError> missing = new ArrayList<>();
        if (view.deliveryDate() == null) {
            missing.add(new FieldError("deliveryDate", errors().error_delivery_date_before_sending()));
        }
        if (view.deliveryAddress() == null) {
            missing.add(new FieldError("deliveryAddress", errors().error_delivery_address_before_sending()));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        boolean hasEmail = view.producerEmail() != null && !view.producerEmail().isBlank();
        if (!hasEmail && !handDelivered) {
            throw new ConflictException(errors().error_no_email());
        }
        boolean resend = view.sent();
        if (hasEmail) {
            MailBodies bodies = MailBodies.render(() -> Templates.purchaseOrder(view));
            String total = Money.format(view.totalCents());
            outbox.enqueue(view.producerEmail(), resend ? messages.mail_subject_resent(round.name, total)
                    : messages.mail_subject(round.name, total), bodies.html(), bodies.text(),
                    new Outbox.Attachment(fileName(view, "csv"), CsvWriter.MEDIA_TYPE,
                            PurchaseOrderDocument.csv(view).getBytes(StandardCharsets.UTF_8)));
        }
        PurchaseOrderSending sending = new PurchaseOrderSending();
        sending.purchaseOrderId = view.id();
        sending.sentAt = now;
        sending.sentTo = hasEmail ? view.producerEmail() : messages.sending_hand_delivered(); // stored: French
        sending.sentBy = by;
        sending.totalCents = view.totalCents();
        sending.resend = resend;
        sending.persist();
        audit.record(resend ? "PURCHASE_ORDER_RESENT" : "PURCHASE_ORDER_SENT",
                "bon de commande " + view.id(), view.producer() + ", « " + round.name + " » : " + sending.sentTo
                        + ", " + Money.format(view.totalCents()));
        return forProducer(roundId, producerId);
    }

    /** Sends every purchase order not sent yet to the producers that have an e-mail address. */
    @Transactional
    public SendAllResult sendAll(long roundId, String by, Instant now) {
        int sent = 0;
        List<String> withoutEmail = new ArrayList<>();
        for (PurchaseOrderView order : forRound(roundId)) {
            if (order.sent()) {
                continue;
            }
            if (order.producerEmail() == null || order.producerEmail().isBlank()) {
                withoutEmail.add(order.producer());
                continue;
            }
            send(roundId, order.producerId(), false, by, now);
            sent++;
        }
        return new SendAllResult(sent, withoutEmail);
    }

    // ---- CSV ----

    public static String fileName(PurchaseOrderView order, String extension) {
        return "bon-de-commande-" + order.roundId() + "-" + order.producerId() + "." + extension;
    }

    // ---- helpers ----

    private Round requireClosed(long roundId) {
        Round round = rounds.round(roundId);
        if (round.status == RoundStatus.DRAFT || round.status == RoundStatus.OPEN
                || round.status == RoundStatus.CANCELLED) {
            throw new ConflictException(errors().error_round_not_closed());
        }
        return round;
    }

    private static void checkDelivery(Round round, DeliveryCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (command == null || command.deliveryDate() == null) {
            errors.add(new FieldError("deliveryDate", errors().error_delivery_date_required()));
        } else if (command.deliveryDate().isBefore((round.closedAt != null ? round.closedAt : round.deadline)
                .atZone(Dates.ZONE).toLocalDate())) {
            errors.add(new FieldError("deliveryDate", errors().error_delivery_before_deadline()));
        }
        if (command == null || command.deliveryAddress() == null || command.deliveryAddress().isBlank()) {
            errors.add(new FieldError("deliveryAddress", errors().error_delivery_address_required()));
        } else if (command.deliveryAddress().length() > 300) {
            errors.add(new FieldError("deliveryAddress", errors().error_max_300()));
        }
        if (command != null && command.note() != null && command.note().length() > 500) {
            errors.add(new FieldError("note", errors().error_max_500()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The round's purchase order rows that exist, by producer id. */
    private static Map<Long, PurchaseOrder> rows(long roundId) {
        Map<Long, PurchaseOrder> rows = new HashMap<>();
        PurchaseOrder.<PurchaseOrder>list("round.id", roundId).forEach(o -> rows.put(o.producer.id, o));
        return rows;
    }

    /** Delivery date and address of a purchase order whose row does not exist yet: those it will be made with. */
    private record Defaults(LocalDate deliveryDate, String deliveryAddress) {
    }

    private Defaults defaults(Round round) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select min(s.distribution_date) from round_slots s where s.round_id = :r),
                       (select po.delivery_address from purchase_orders po join rounds x on x.id = po.round_id
                        where x.antenna_id = :a and po.delivery_address is not null
                        order by po.id desc limit 1)""")
                .setParameter("r", round.id).setParameter("a", round.antenna.id).getSingleResult();
        return new Defaults(localDate(row[0]), (String) row[1]);
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** The view of a purchase order; {@code order} null when its row does not exist yet (defaults, never sent). */
    private PurchaseOrderView view(Round round, Producer producer, PurchaseOrder order, List<Line> lines) {
        long total = lines.stream().mapToLong(Line::amountCents).reduce(0L, Math::addExact);
        if (order == null) {
            Defaults defaults = defaults(round);
            return new PurchaseOrderView(null, round.id, round.name, round.antenna.name, producer.id, producer.name,
                    producer.email, defaults.deliveryDate(), defaults.deliveryAddress(), null, lines, total,
                    round.allocationConfirmedAt != null, List.of());
        }
        List<SendingView> sendings = PurchaseOrderSending.<PurchaseOrderSending>list(
                "purchaseOrderId = ?1 order by sentAt, id", order.id).stream()
                .map(s -> new SendingView(s.sentAt, s.sentTo, s.sentBy, s.totalCents, s.resend)).toList();
        return new PurchaseOrderView(order.id, round.id, round.name, round.antenna.name, producer.id, producer.name,
                producer.email, order.deliveryDate, order.deliveryAddress, order.note, lines, total,
                round.allocationConfirmedAt != null, sendings);
    }

    /** Error messages, in the language of the person acting. */
    private static PurchaseOrderMessages errors() {
        return Texts.of(PurchaseOrderMessages.class);
    }
}
