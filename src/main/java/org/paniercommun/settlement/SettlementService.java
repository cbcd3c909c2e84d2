package org.paniercommun.settlement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.distribution.DistributionMessages;
import org.paniercommun.distribution.PaymentMethod;
import org.paniercommun.household.MembershipKind;
import org.paniercommun.mail.MailBodies;
import org.paniercommun.mail.Outbox;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.round.Round;
import org.paniercommun.closing.RoundClosing;
import org.paniercommun.round.RoundMessages;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.SettleCheck;
import org.paniercommun.round.RoundStatus;
import org.paniercommun.settlement.RoundBooks.OrderFigures;
import org.paniercommun.stock.StockService;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/**
 * Producers are paid exactly what they delivered at their agreed purchase price (never touched by tiers or
 * reductions), and a round's books are made and checked: statements, costs, subsidies, cash counts, balance
 * sheet, and SETTLED only when the books balance and every producer is paid.
 */
@ApplicationScoped
public class SettlementService implements RoundClosing.StatementRows {

    @Inject
    StockService stock;

    @Inject
    EntityManager em;

    @Inject
    RoundService rounds;

    @Inject
    Outbox outbox;

    @Inject
    SettlementMessages messages;

    @Inject
    AuditLog audit;

    @Inject
    org.paniercommun.fund.FundService fund;

    public record StatementLine(String product, String unit, BigDecimal quantity, long unitPriceCents,
            long amountCents, String note) {
    }

    public record AdjustmentView(long amountCents, String reason, String by) {
    }

    /**
     * A statement as shown. {@code id} is null while its row does not exist (a round that became closed without
     * going through the closing, such as one made in SQL): it then reads as a draft without adjustments, and the
     * first change (adjustment, sending, payment) stores it.
     */
    public record StatementView(Long id, long roundId, String roundName, long producerId, String producer,
            String producerEmail, String status, String statusLabel, List<StatementLine> lines,
            List<AdjustmentView> adjustments, long linesCents, long totalCents, Instant sentAt, LocalDate paidOn,
            String paymentReference, long version) {
    }

    public record AdjustmentCommand(Long amountCents, String reason) {
    }

    public record PaymentCommand(LocalDate paidOn, String reference) {
    }

    public record AmountCommand(String label, Long amountCents) {
    }

    public record CashCommand(Long relayPointId, Long countedCents, String note) {
    }

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance producerStatement(StatementView statement, String total);
    }

    // ---- the rows ----

    /**
     * Creates the missing draft statements of a round, one per producer of its offer (the offer cannot change after
     * opening): statements are shown, adjusted and sent from then on; reading never writes. Idempotent: run at
     * closing ({@link RoundClosing}, step 4), and again by the changes that need a row (for a round that became closed
     * without the closing). Same rows as V40__rows_made_at_closing.sql.
     */
    @Override
    public void createRows(long roundId) {
        em.createNativeQuery("""
                insert into producer_statements (id, round_id, producer_id)
                select nextval('producer_statements_seq'), :r, p.producer_id
                from (select distinct p.producer_id from round_offers o join products p on p.id = o.product_id
                      where o.round_id = :r) p
                where not exists (select 1 from producer_statements x where x.round_id = :r
                                    and x.producer_id = p.producer_id)
                on conflict (round_id, producer_id) do nothing""").setParameter("r", roundId).executeUpdate();
    }

    // ---- statements ----

    /** The statements of a round, one per producer that had products in it. */
    @Transactional
    public List<StatementView> statements(long roundId) {
        Round round = requireClosed(roundId);
        Map<Long, ProducerStatement> rows = new HashMap<>();
        ProducerStatement.<ProducerStatement>list("round.id", round.id).forEach(s -> rows.put(s.producer.id, s));
        List<StatementView> views = new ArrayList<>();
        for (Map.Entry<Long, List<RoundOffer>> entry : offersByProducer(round.id).entrySet()) {
            views.add(view(round, rows.get(entry.getKey()), entry.getValue()));
        }
        return views;
    }

    @Transactional
    public StatementView statement(long roundId, long producerId) {
        Round round = requireClosed(roundId);
        List<RoundOffer> offers = offersByProducer(round.id).get(producerId);
        if (offers == null) {
            throw new NotFoundException(errors().error_nothing_delivered());
        }
        return view(round, findRow(round.id, producerId), offers);
    }

    /**
     * The statements a producer has been issued (sent or paid) across rounds, newest first. A draft is the
     * coordinator's work in progress (its total may still change): the producer never sees it.
     */
    @Transactional
    public List<StatementView> issuedStatementsOf(long producerId) {
        @SuppressWarnings("unchecked")
        List<Number> roundIds = em.createNativeQuery("""
                select r.id from rounds r
                where r.status in ('CLOSED', 'DISTRIBUTED', 'SETTLED')
                  and exists (select 1 from producer_statements s where s.round_id = r.id and s.producer_id = :p
                                and s.status <> 'DRAFT')
                order by r.deadline desc, r.id desc""").setParameter("p", producerId).getResultList();
        List<StatementView> views = new ArrayList<>();
        for (Number id : roundIds) {
            Round round = rounds.round(id.longValue());
            ProducerStatement row = findRow(round.id, producerId);
            List<RoundOffer> offers = offersByProducer(round.id).getOrDefault(producerId, List.of());
            if (row != null && row.status != StatementStatus.DRAFT) {
                views.add(view(round, row, offers));
            }
        }
        return views;
    }

    /** A producer's own statement of a round, once issued: a draft is not found (404), as if it did not exist. */
    @Transactional
    public StatementView issuedStatement(long roundId, long producerId) {
        Round round = requireClosed(roundId);
        ProducerStatement row = findRow(round.id, producerId);
        if (row == null || row.status == StatementStatus.DRAFT) {
            throw new NotFoundException(errors().error_statement_not_issued());
        }
        return view(round, row, offersByProducer(round.id).getOrDefault(producerId, List.of()));
    }

    @Transactional
    public StatementView adjust(long roundId, long producerId, AdjustmentCommand command, String by) {
        if (command == null || command.amountCents() == null || command.amountCents() == 0) {
            throw new InvalidInputException("amountCents", errors().error_adjustment_amount());
        }
        org.paniercommun.kernel.Validation.requireBounded("amountCents", command.amountCents());
        if (command.reason() == null || command.reason().isBlank() || command.reason().length() > 300) {
            throw new InvalidInputException("reason", errors().error_adjustment_reason());
        }
        ProducerStatement statement = statementRow(requireClosed(roundId), producerId);
        if (statement.status != StatementStatus.DRAFT) {
            throw new ConflictException(errors().error_statement_sent_no_adjust());
        }
        StatementAdjustment adjustment = new StatementAdjustment();
        adjustment.statementId = statement.id;
        adjustment.amountCents = command.amountCents();
        adjustment.reason = command.reason().trim();
        adjustment.createdBy = by;
        adjustment.persist();
        return statement(roundId, producerId);
    }

    /**
     * Sends the statement to the producer by e-mail and freezes its total. Without an e-mail address the
     * coordinator may record that it was handed over ({@code handDelivered}).
     */
    @Transactional
    public StatementView send(long roundId, long producerId, boolean handDelivered, String by, Instant now) {
        Round round = requireClosed(roundId);
        if (round.status == RoundStatus.CLOSED) {
            throw new ConflictException(errors().error_statement_before_distribution());
        }
        createRows(roundId);
        StatementView view = statement(roundId, producerId);
        ProducerStatement statement = ProducerStatement.findById(view.id());
        boolean hasEmail = view.producerEmail() != null && !view.producerEmail().isBlank();
        if (!hasEmail && !handDelivered) {
            throw new ConflictException(errors().error_statement_no_email());
        }
        statement.send(view.totalCents(), now);
        if (hasEmail) {
            StatementView sent = view(round, statement, offersByProducer(roundId).get(producerId));
            MailBodies bodies = MailBodies.render(() -> Templates.producerStatement(sent, Money.format(sent.totalCents())));
            outbox.enqueue(view.producerEmail(), messages.mail_subject(round.name, Money.format(sent.totalCents())),
                    bodies.html(), bodies.text());
        }
        audit.record("STATEMENT_SENT", "relevé " + statement.id + " (" + view.producer() + ", " + round.name + ")",
                (hasEmail ? "envoyé à " + view.producerEmail() : "remis en main propre") + ", "
                        + Money.format(view.totalCents()));
        return statement(roundId, producerId);
    }

    @Transactional
    public StatementView markPaid(long roundId, long producerId, PaymentCommand command, String by) {
        if (command == null || command.paidOn() == null) {
            throw new InvalidInputException("paidOn", errors().error_paid_on_required());
        }
        if (command.reference() != null && command.reference().length() > 120) {
            throw new InvalidInputException("reference", errors().error_max_120());
        }
        ProducerStatement statement = statementRow(requireClosed(roundId), producerId);
        statement.markPaid(command.paidOn(), command.reference() == null || command.reference().isBlank() ? null
                : command.reference().trim());
        audit.record("STATEMENT_PAID", "relevé " + statement.id, "payé le " + org.paniercommun.kernel.Dates.day(command.paidOn())
                + (statement.paymentReference == null ? "" : ", réf. " + statement.paymentReference));
        return statement(roundId, producerId);
    }

    // ---- costs, subsidies, cash ----

    /** Adds a logistics cost or a subsidy to the round's books. */
    @Transactional
    public void add(long roundId, RoundAmount.Kind kind, AmountCommand command, String by) {
        requireClosed(roundId);
        checkAmount(command);
        RoundAmount amount = new RoundAmount();
        amount.roundId = roundId;
        amount.kind = kind;
        amount.label = command.label().trim();
        amount.amountCents = command.amountCents();
        amount.createdBy = by;
        amount.persist();
    }

    @Transactional
    public void countCash(long roundId, CashCommand command, String by) {
        requireClosed(roundId);
        if (command == null || command.relayPointId() == null) {
            throw new InvalidInputException("relayPointId", errors().error_relay_point_required());
        }
        if (command.countedCents() == null || command.countedCents() < 0) {
            throw new InvalidInputException("countedCents", errors().error_counted_required());
        }
        org.paniercommun.kernel.Validation.requireBounded("countedCents", command.countedCents());
        if (command.note() != null && command.note().length() > 300) {
            throw new InvalidInputException("note", errors().error_max_300());
        }
        Number slots = (Number) em.createNativeQuery("select count(*) from round_slots where round_id = :r "
                + "and relay_point_id = :p").setParameter("r", roundId).setParameter("p", command.relayPointId())
                .getSingleResult();
        if (slots.longValue() == 0) {
            throw new InvalidInputException("relayPointId", errors().error_relay_point_not_in_round());
        }
        CashCount count = CashCount.<CashCount>find("roundId = ?1 and relayPointId = ?2", roundId,
                command.relayPointId()).firstResult();
        if (count == null) {
            count = new CashCount();
            count.roundId = roundId;
            count.relayPointId = command.relayPointId();
        }
        count.countedCents = command.countedCents();
        count.note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
        count.countedBy = by;
        count.countedAt = Instant.now();
        count.persist();
    }

    // ---- balance sheet ----

    /** The round's balance sheet, and why it does not balance when it does not. */
    public record BalanceSheet(long roundId, long antennaId, String roundName, String status, RoundBooks.Sheet sheet,
            int unresolvedAbsences, int statementsNotPaid, boolean settleable, List<String> blockers,
            List<PendingDecision> pendingDecisions) {
    }

    /**
     * An absent household whose goods wait for the coordinator's decision (kept, sold on, donated, charged): until
     * it is taken the order counts as not charged, and the round cannot be settled. {@code link} is the relay
     * point's list, where the decision is taken.
     */
    public record PendingDecision(long orderId, String household, String relayPoint, String link) {
    }

    @Transactional
    public BalanceSheet balanceSheet(long roundId) {
        Round round = requireClosed(roundId);
        RoundBooks.Sheet sheet = RoundBooks.sheet(inputs(round));
        Number unresolved = (Number) em.createNativeQuery("select count(*) from orders where round_id = :r and "
                + "status = 'SUBMITTED' and (pickup_status = 'WAITING' or (pickup_status = 'ABSENT' "
                + "and absence_decision is null))").setParameter("r", roundId).getSingleResult();
        List<StatementView> statements = statements(roundId);
        // A producer who delivered nothing and is owed nothing has nothing to be paid.
        int notPaid = (int) statements.stream().filter(s -> !s.status().equals(StatementStatus.PAID.name()))
                .filter(s -> !s.lines().isEmpty() || s.totalCents() != 0).count();
        List<String> blockers = new ArrayList<>();
        if (round.status != RoundStatus.DISTRIBUTED && round.status != RoundStatus.SETTLED) {
            blockers.add(errors().blocker_distribution());
        }
        if (unresolved.intValue() > 0) {
            blockers.add(errors().blocker_absences(unresolved.intValue()));
        }
        if (notPaid > 0) {
            blockers.add(errors().blocker_statements_not_paid(notPaid));
        }
        if (!sheet.balanced()) {
            blockers.add(errors().blocker_unbalanced(Money.format(sheet.resultCents() - sheet.explainedCents())));
        }
        return new BalanceSheet(roundId, round.antenna.id, round.name,
                Texts.of(RoundMessages.class).round_status(round.status), sheet, unresolved.intValue(), notPaid,
                blockers.isEmpty() && round.status == RoundStatus.DISTRIBUTED, blockers, pendingDecisions(roundId));
    }

    /** The absent households of the round whose goods have no decision yet, with where to take it. */
    private List<PendingDecision> pendingDecisions(long roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, h.display_name, rp.name, s.id
                from orders o join households h on h.id = o.household_id
                join relay_points rp on rp.id = h.relay_point_id
                left join round_slots s on s.round_id = o.round_id and s.relay_point_id = h.relay_point_id
                where o.round_id = :r and o.status = 'SUBMITTED' and o.pickup_status = 'ABSENT'
                  and o.absence_decision is null
                order by rp.name, h.display_name, o.id""").setParameter("r", roundId).getResultList();
        return rows.stream().map(r -> new PendingDecision(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                "/tournees/" + roundId + "/distribution" + (r[3] == null ? "" : "/" + ((Number) r[3]).longValue())))
                .toList();
    }

    /** Marks the round SETTLED: only when its books balance and every producer statement is paid. */
    @Transactional
    public BalanceSheet settle(long roundId, String by) {
        rounds.settle(roundId);
        audit.record("ROUND_SETTLED", "tournée " + roundId, "soldée");
        return balanceSheet(roundId);
    }

    /** The antenna's books for a calendar year. */
    @Transactional
    public YearBooks yearBooks(long antennaId, int year) {
        org.paniercommun.organisation.Antenna antenna = org.paniercommun.organisation.Antenna.findById(antennaId);
        if (antenna == null) {
            throw new NotFoundException(errors().error_antenna_not_found());
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        @SuppressWarnings("unchecked")
        List<Object[]> roundRows = em.createNativeQuery("""
                select r.id, min(s.distribution_date) as day from rounds r join round_slots s on s.round_id = r.id
                where r.antenna_id = :a and r.status in ('CLOSED', 'DISTRIBUTED', 'SETTLED')
                group by r.id having min(s.distribution_date) between :from and :to order by day, r.id""")
                .setParameter("a", antennaId).setParameter("from", from).setParameter("to", to).getResultList();
        List<YearBooks.RoundResult> results = new ArrayList<>();
        for (Object[] row : roundRows) {
            Round round = rounds.round(((Number) row[0]).longValue());
            RoundBooks.Sheet sheet = RoundBooks.sheet(inputs(round));
            results.add(new YearBooks.RoundResult(round.id, round.name,
                    org.paniercommun.kernel.Dates.day((LocalDate) row[1]),
                    Texts.of(RoundMessages.class).round_status(round.status), sheet.resourcesCents(), sheet.usesCents(),
                    sheet.resultCents(), sheet.balanced()));
        }
        List<Long> ids = results.stream().map(YearBooks.RoundResult::roundId).toList();
        List<RoundBooks.Line> inRounds = membershipLines(em.createNativeQuery("select kind, count(*), "
                + "sum(amount_cents) from memberships where round_id in (:rounds) group by kind order by kind desc")
                .setParameter("rounds", ids.isEmpty() ? List.of(-1L) : ids).getResultList());
        List<RoundBooks.Line> outside = membershipLines(em.createNativeQuery("""
                select m.kind, count(*), sum(m.amount_cents) from memberships m
                join households h on h.id = m.household_id join purchasing_groups g on g.id = h.group_id
                where g.antenna_id = :a and m.paid and m.round_id is null and m.paid_on between :from and :to
                group by m.kind order by m.kind desc""").setParameter("a", antennaId).setParameter("from", from)
                .setParameter("to", to).getResultList());
        long stockValue = stock.lots(antennaId, false).stream()
                .mapToLong(org.paniercommun.stock.StockLot::remainingValueCents).reduce(0L, Math::addExact);
        return new YearBooks(antennaId, antenna.name, year, results, inRounds, outside, stockValue);
    }

    /** The books' side of {@link SettleCheck}: refused while the balance sheet names a blocker. */
    @ApplicationScoped
    static class BooksSettleCheck implements SettleCheck {

        @Inject
        SettlementService settlement;

        @Override
        public void requireSettleable(long roundId) {
            BalanceSheet sheet = settlement.balanceSheet(roundId);
            if (!sheet.settleable()) {
                throw new ConflictException(errors().error_not_settleable(String.join(" ", sheet.blockers())));
            }
        }
    }

    RoundBooks.Inputs inputs(Round round) {
        long roundId = round.id;
        @SuppressWarnings("unchecked")
        List<Object[]> orderRows = em.createNativeQuery("""
                select o.price_tier, o.charge, o.goods_cents, o.cost_value_cents, o.fund_reduction_cents,
                       o.coupon_count, o.pickup_coupons, o.round_up_cents
                from orders o where o.round_id = :r and o.status = 'SUBMITTED'""")
                .setParameter("r", roundId).getResultList();
        // The figures each order stored when it was last written (ordering/OrderFigures' rules).
        List<OrderFigures> orders = orderRows.stream().map(r -> new OrderFigures(((Number) r[0]).intValue(),
                org.paniercommun.ordering.OrderFigures.Charge.valueOf((String) r[1]).equals(
                        org.paniercommun.ordering.OrderFigures.Charge.CHARGED),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                org.paniercommun.ordering.OrderFigures.contributionsCents(((Number) r[5]).intValue(),
                        ((Number) r[6]).intValue(), ((Number) r[7]).longValue()))).toList();

        Map<String, Long> payments = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> paymentRows = em.createNativeQuery("select method, sum(amount_cents) from payments "
                + "where round_id = :r group by method").setParameter("r", roundId).getResultList();
        paymentRows.forEach(r -> payments.put(Texts.of(DistributionMessages.class)
                .payment_method(PaymentMethod.valueOf((String) r[0])), ((Number) r[1]).longValue()));
        // Bons solidaires are paid in with cash and recorded with it: they are the fund's money, not the households'.
        long bons = fund.bonsPaidByRelayPoint(roundId).values().stream().mapToLong(Long::longValue).sum();
        if (bons != 0) {
            payments.merge(Texts.of(DistributionMessages.class).payment_method(PaymentMethod.CASH), -bons, Long::sum);
            payments.put(messages.books_bons(), bons);
        }

        Object[] fund = (Object[]) em.createNativeQuery("""
                select coalesce(-sum(amount_cents) filter (where kind in ('DRAW', 'DRAW_RELEASE')), 0),
                       coalesce(sum(amount_cents) filter (where kind in ('COUPON', 'ROUND_UP')), 0),
                       coalesce(sum(amount_cents) filter (where kind = 'TIER3_SURPLUS'), 0)
                from fund_entries where round_id = :r""").setParameter("r", roundId).getSingleResult();

        List<RoundBooks.Line> producers = statements(roundId).stream()
                .map(s -> new RoundBooks.Line(s.producer(), s.totalCents())).toList();
        List<RoundBooks.Line> costs = amounts(roundId, RoundAmount.Kind.COST);
        List<RoundBooks.Line> subsidies = amounts(roundId, RoundAmount.Kind.SUBSIDY);
        long drawing = orders.stream().filter(o -> o.reductionCents() > 0).count();
        StockService.RoundStock stock = this.stock.ofRound(roundId);
        return new RoundBooks.Inputs(orders, payments, ((Number) fund[0]).longValue(), ((Number) fund[1]).longValue(),
                ((Number) fund[2]).longValue(), producers, costs, subsidies, cash(roundId),
                drawing > 0 && drawing < org.paniercommun.fund.FundService.MIN_HOUSEHOLDS_SHOWN, memberships(roundId),
                new RoundBooks.StockFigures(stock.keptCents(), stock.salesCents(), stock.soldValueCents(),
                        stock.writtenOffCents()));
    }

    /** Memberships paid on the round's distribution day, one line per kind. */
    private List<RoundBooks.Line> memberships(long roundId) {
        return membershipLines(em.createNativeQuery("select kind, count(*), sum(amount_cents) from memberships "
                + "where round_id = :r group by kind order by kind desc").setParameter("r", roundId).getResultList());
    }

    /** Rows of (kind, count, cents) as lines named "2 adhésions du quartier". */
    private static List<RoundBooks.Line> membershipLines(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row).map(r -> new RoundBooks.Line(errors().books_memberships(
                MembershipKind.valueOf((String) r[0]), ((Number) r[1]).longValue()), ((Number) r[2]).longValue()))
                .toList();
    }

    /**
     * Cash expected (cash payments of the relay point's households, memberships and stock sold there in cash) and
     * counted, per relay point of the round.
     */
    private List<RoundBooks.CashCount> cash(long roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.relay_point_id, rp.name,
                       coalesce((select sum(p.amount_cents) from payments p join households h on h.id = p.household_id
                                 where p.round_id = s.round_id and p.method = 'CASH'
                                   and h.relay_point_id = s.relay_point_id), 0)
                       + coalesce((select sum(m.amount_cents) from memberships m where m.round_id = s.round_id
                                   and m.payment_method = 'CASH' and m.relay_point_id = s.relay_point_id), 0)
                       + coalesce((select sum(m.amount_cents) from stock_movements m where m.round_id = s.round_id
                                   and m.payment_method = 'CASH' and m.relay_point_id = s.relay_point_id), 0),
                       c.counted_cents, c.note
                from round_slots s join relay_points rp on rp.id = s.relay_point_id
                left join cash_counts c on c.round_id = s.round_id and c.relay_point_id = s.relay_point_id
                where s.round_id = :r order by rp.name""").setParameter("r", roundId).getResultList();
        Map<Long, Long> bons = fund.bonsPaidByRelayPoint(roundId);
        // The bons counted in the till are not euros: they go to the fund's books, not to the cash count.
        return rows.stream().map(r -> new RoundBooks.CashCount((String) r[1], ((Number) r[2]).longValue()
                - bons.getOrDefault(((Number) r[0]).longValue(), 0L),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4])).toList();
    }

    private static List<RoundBooks.Line> amounts(long roundId, RoundAmount.Kind kind) {
        return RoundAmount.<RoundAmount>list("roundId = ?1 and kind = ?2 order by id", roundId, kind).stream()
                .map(a -> new RoundBooks.Line(a.label, a.amountCents)).toList();
    }

    /** The relay points of a round (for the cash count form). */
    public List<Object[]> relayPoints(long roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select rp.id, rp.name from round_slots s join relay_points rp "
                + "on rp.id = s.relay_point_id where s.round_id = :r order by rp.name").setParameter("r", roundId)
                .getResultList();
        return rows;
    }

    // ---- helpers ----

    private Map<Long, List<RoundOffer>> offersByProducer(long roundId) {
        return rounds.offersByProducer(roundId);
    }

    /** The statement row, for a change (adjustment, payment): made first if the round has none yet. */
    private ProducerStatement statementRow(Round round, long producerId) {
        ProducerStatement row = findRow(round.id, producerId);
        if (row != null) {
            return row;
        }
        createRows(round.id);
        row = findRow(round.id, producerId);
        if (row == null) {
            throw new NotFoundException(errors().error_nothing_delivered());
        }
        return row;
    }

    private static ProducerStatement findRow(long roundId, long producerId) {
        return ProducerStatement.<ProducerStatement>find("round.id = ?1 and producer.id = ?2", roundId, producerId)
                .firstResult();
    }

    /** The statement's lines: what the hub received of each product × the purchase price frozen at opening. */
    public static List<StatementLine> lines(List<RoundOffer> offers) {
        List<StatementLine> lines = new ArrayList<>();
        for (RoundOffer offer : offers) {
            BigDecimal quantity = offer.deliveredQuantity();
            if (quantity.signum() == 0 && offer.receptionStatus == null) {
                continue;
            }
            long price = offer.purchasePrice();
            String note = offer.receptionStatus == null ? null
                    : Texts.inDefaultLocale(RoundMessages.class).reception_status(offer.receptionStatus)
                            + (offer.receptionNote == null ? "" : " : " + offer.receptionNote);
            // The statement is the producer's document: its units are in French whoever prints it.
            lines.add(new StatementLine(offer.productName(), offer.saleUnit().defaultLabel(), quantity, price,
                    LineAmount.of(price, quantity), note));
        }
        return lines;
    }

    /** The view of a statement; {@code statement} null when its row does not exist yet (a draft, unadjusted). */
    private StatementView view(Round round, ProducerStatement statement, List<RoundOffer> offers) {
        List<StatementLine> lines = lines(offers);
        List<AdjustmentView> adjustments = statement == null ? List.of()
                : StatementAdjustment.<StatementAdjustment>list("statementId = ?1 order by id", statement.id).stream()
                        .map(a -> new AdjustmentView(a.amountCents, a.reason, a.createdBy)).toList();
        long linesTotal = lines.stream().mapToLong(StatementLine::amountCents).reduce(0L, Math::addExact);
        long computed = linesTotal + adjustments.stream().mapToLong(AdjustmentView::amountCents).reduce(0L,
                Math::addExact);
        Producer producer = statement != null ? statement.producer : offers.get(0).product.producer;
        if (statement == null) {
            return new StatementView(null, round.id, round.name, producer.id, producer.name, producer.email,
                    StatementStatus.DRAFT.name(), errors().statement_status(StatementStatus.DRAFT), lines, adjustments,
                    linesTotal, computed, null, null, null, 0);
        }
        return new StatementView(statement.id, round.id, round.name, producer.id, producer.name,
                producer.email, statement.status.name(), errors().statement_status(statement.status), lines, adjustments,
                linesTotal, statement.totalCents != null ? statement.totalCents : computed, statement.sentAt,
                statement.paidOn, statement.paymentReference, statement.version);
    }

    private Round requireClosed(long roundId) {
        Round round = rounds.round(roundId);
        if (round.status == RoundStatus.DRAFT || round.status == RoundStatus.OPEN || round.status == RoundStatus.CANCELLED) {
            throw new ConflictException(errors().error_round_not_closed());
        }
        return round;
    }

    private static void checkAmount(AmountCommand command) {
        if (command == null || command.label() == null || command.label().isBlank() || command.label().length() > 160) {
            throw new InvalidInputException("label", errors().error_amount_label());
        }
        if (command.amountCents() == null || command.amountCents() <= 0) {
            throw new InvalidInputException("amountCents", errors().error_amount_positive());
        }
        org.paniercommun.kernel.Validation.requireBounded("amountCents", command.amountCents());
    }

    static String quantity(BigDecimal q) {
        return Quantities.format(q);
    }

    /** Errors and labels, in the language of the person acting (e-mails use the injected French bundle). */
    private static SettlementMessages errors() {
        return Texts.of(SettlementMessages.class);
    }
}
