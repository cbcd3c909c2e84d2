package org.paniercommun.basket;

import org.paniercommun.basket.DeliveryService.PickupList;
import org.paniercommun.basket.DeliveryService.PickupRow;
import org.paniercommun.print.Paragraph;
import org.paniercommun.print.PrintDocument;
import org.paniercommun.print.Style;
import org.paniercommun.print.Table;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;
import org.paniercommun.print.TableWriter;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * A basket delivery's pickup list at one relay structure as PDF, as the A4 page ({@code BasketPages/pickupSheet}):
 * one row per household with its share to pay, a box to tick when collected, the payment or missed-basket rule, a
 * box for initials; the total to collect.
 */
final class BasketPickupDocument {

    private BasketPickupDocument() {
    }

    static byte[] pdf(PickupList list) {
        BasketMessages m = Texts.of(BasketMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.pickup_title(list.relayPoint()), 10)) {
            document.footer(Texts.of(AppMessages.class)::print_page);
            document.add(Paragraph.of(Style.TITLE, m.pickup_sheet_title(list.relayPoint())).spacing(0, 3));
            document.add(Paragraph.of(Style.BODY, list.offer() + " (" + list.size() + ") · " + list.dateLabel() + " · "
                    + list.pickupTime() + " · " + list.address() + " · " + m.pickup_sheet_count(list.rows().size())
                    + " · " + m.pickup_sheet_missed_rule(list.defaultMissedRule())).spacing(0, 8));
            TableWriter table = document.table(Table.of(Style.BODY, Column.left(0.27f), Column.left(0.11f),
                    Column.right(0.12f), Column.left(0.13f), Column.left(0.20f), Column.left(0.17f))
                    .header(m.common_household(), m.common_size(), m.pickup_sheet_to_pay(), m.pickup_collected(),
                            m.pickup_sheet_payment(), m.pickup_sheet_initials()));
            for (PickupRow r : list.rows()) {
                String payment = r.paymentMethod() != null ? Money.format(r.paidCents()) + " (" + r.paymentMethod() + ")"
                        : r.missedRuleLabel() != null ? r.missedRuleLabel() : "";
                table.row(r.household(), r.size(), Money.format(r.householdShareCents()),
                        "WAITING".equals(r.status()) ? Cell.box(5, 5) : Cell.text(r.statusLabel()), payment,
                        Cell.box(25, 7));
            }
            table.end();
            document.add(Paragraph.of(Style.BODY).text(m.pickup_sheet_total() + " ")
                    .bold(Money.format(list.totalToCollectCents())));
            return document.toBytes();
        }
    }
}
