package org.paniercommun.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The raw baseline of scenario a: what OrderService.place writes for a new order, over plain JDBC, one transaction
 * per order: the round's shared advisory lock (OfferCapLock), the orders row (insert ... on conflict do nothing, then
 * locked), the 15 order_lines (one JDBC batch), the order's totals, and, for a household with an e-mail, the
 * confirmation in the outbox (the body of a real confirmation the app queued, so the row has the app's size).
 * The dataset's offers have no cap, so neither the app nor this baseline updates the offers' counters.
 */
final class OrderWriter {

    private final Dataset data;
    private final long round;
    private final long[] offerIds;
    private final Map<Long, long[]> prices;
    private final String[] confirmation;

    /** @param confirmation subject, HTML and text body of a confirmation e-mail queued by the app */
    OrderWriter(Dataset data, long round, Map<Long, long[]> prices, String[] confirmation) {
        this.data = data;
        this.round = round;
        this.offerIds = data.offers.get(round);
        this.prices = prices;
        this.confirmation = confirmation;
    }

    boolean place(Connection c, int household) throws SQLException {
        long householdId = data.householdIds[household];
        int tier = data.householdTier[household];
        Timestamp now = Timestamp.from(Instant.now());
        List<Dataset.Line> lines = data.orderOf(household).stream()
                .sorted(Comparator.comparingLong(l -> offerIds[l.product()])).toList();
        try {
            try (PreparedStatement s = c.prepareStatement("select count(*) from (select "
                    + "pg_advisory_xact_lock_shared(4101, ?)) locked")) {
                s.setInt(1, Math.toIntExact(round));
                s.executeQuery().close();
            }
            try (PreparedStatement s = c.prepareStatement("insert into orders (id, round_id, household_id, status, "
                    + "price_tier, total_cents, submitted_at, updated_at) values (nextval('orders_seq'), ?, ?, "
                    + "'SUBMITTED', ?, 0, ?, ?) on conflict (round_id, household_id) do nothing")) {
                s.setLong(1, round);
                s.setLong(2, householdId);
                s.setInt(3, tier);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.executeUpdate();
            }
            long orderId;
            try (PreparedStatement s = c.prepareStatement("select id from orders where round_id = ? and household_id = ? "
                    + "for update")) {
                s.setLong(1, round);
                s.setLong(2, householdId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    orderId = rs.getLong(1);
                }
            }
            long total = 0;
            try (PreparedStatement s = c.prepareStatement("insert into order_lines (id, order_id, offer_id, quantity, "
                    + "tolerance, ordered_at, unit_price_cents, amount_cents, handed_out_quantity) values "
                    + "(nextval('order_lines_seq'), ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Dataset.Line line : lines) {
                    long offerId = offerIds[line.product()];
                    long unit = prices.get(offerId)[tier - 1];
                    long amount = Dataset.lineAmount(unit, line.quantity());
                    total += amount;
                    s.setLong(1, orderId);
                    s.setLong(2, offerId);
                    s.setBigDecimal(3, line.quantity());
                    s.setBigDecimal(4, line.tolerance());
                    s.setTimestamp(5, now);
                    s.setLong(6, unit);
                    s.setLong(7, amount);
                    s.setBigDecimal(8, line.quantity());
                    s.addBatch();
                }
                s.executeBatch();
            }
            // The stored figures (V90) as the app's writer stores them for a sent order; the cost value is left at 0.
            try (PreparedStatement s = c.prepareStatement("update orders set status = 'SUBMITTED', price_tier = ?, "
                    + "total_cents = ?, goods_cents = ?, entered_by = ?, updated_at = ?, fund_reduction_cents = 0, "
                    + "fund_rate_percent = null, coupon_count = 0, version = version + 1 where id = ?")) {
                s.setInt(1, tier);
                s.setLong(2, total);
                s.setLong(3, total);
                s.setString(4, Bench.ADMIN_EMAIL);
                s.setTimestamp(5, now);
                s.setLong(6, orderId);
                s.executeUpdate();
            }
            if (data.householdHasEmail[household]) {
                try (PreparedStatement s = c.prepareStatement("insert into outbox_emails (id, recipient, subject, "
                        + "html_body, text_body, next_attempt_at) values (nextval('outbox_emails_seq'), ?, ?, ?, ?, ?)")) {
                    s.setString(1, "foyer" + (household + 1) + "@bench.example.org");
                    s.setString(2, confirmation[0]);
                    s.setString(3, confirmation[1]);
                    s.setString(4, confirmation[2]);
                    s.setTimestamp(5, now);
                    s.executeUpdate();
                }
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(3);
    }
}
