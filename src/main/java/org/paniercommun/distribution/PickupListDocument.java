package org.paniercommun.distribution;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.catalogue.QuantityFormats;
import org.paniercommun.distribution.PickupLists.PickupHousehold;
import org.paniercommun.distribution.PickupLists.PickupLine;
import org.paniercommun.distribution.PickupLists.PickupList;
import org.paniercommun.print.Block;
import org.paniercommun.print.Paragraph;
import org.paniercommun.print.PrintDocument;
import org.paniercommun.print.Style;
import org.paniercommun.print.Table;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Money;
import org.paniercommun.ordering.PickupStatus;
import org.paniercommun.kernel.Texts;

/**
 * The pickup list (liste d'émargement) as its documents: the PDF (below) and the table written as CSV and .xlsx
 * ({@link #table}). The PDF has the same content as the A4 page ({@code PickupListPages/sheet}):
 * one framed block per household, never split over two pages, with what to hand over (quantities, no prices), a
 * weighed-quantity box for bulk goods, a tick box per line, the one amount to collect, the "payé" and payment-method
 * boxes; the total to collect at the end; "Page N / M" at the foot of each page. Drawn a household at a time.
 */
final class PickupListDocument {

    private static final Column[] COLUMNS = { Column.left(0.40f), Column.right(0.15f), Column.right(0.15f),
            Column.left(0.17f), Column.left(0.13f) };

    private PickupListDocument() {
    }

    static byte[] pdf(PickupList list) {
        DistributionMessages m = Texts.of(DistributionMessages.class);
        AppMessages app = Texts.of(AppMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.common_pickup_title(list.relayPoint()), 10)) {
            document.footer(app::print_page);
            document.add(Paragraph.of(Style.TITLE, m.sheet_title(list.relayPoint())).spacing(0, 3));
            document.add(Paragraph.of(Style.BODY, list.roundName() + " · " + m.common_distribution_on(list.slotLabel())
                    + " · " + list.address() + " · " + m.common_households(list.households().size())).spacing(0, 8));
            // The payment methods' labels, written once: six message renderings per household add up on 500.
            List<String> methods = list.paymentMethods().stream().map(m::payment_method).toList();
            for (PickupHousehold h : list.households()) {
                document.add(household(list, h, methods, m));
            }
            document.add(Paragraph.of(Style.BODY).text(m.sheet_total() + " ")
                    .bold(Money.format(list.totalToCollectCents())).spacing(4, 4));
            if (list.bonsRatePercent() > 0) {
                document.add(Paragraph.of(Style.BODY).text(m.sheet_bons(list.bonsInBox()) + " ").box(30, 8));
            }
            return document.toBytes();
        }
    }

    private static Block household(PickupList list, PickupHousehold h, List<String> methods, DistributionMessages m) {
        String status = h.status() == PickupStatus.WAITING ? "" : " (" + h.statusLabel() + ")";
        Table lines = Table.of(Style.TABLE, COLUMNS).spaceAfter(0).header(m.common_product(), m.sheet_ordered(),
                m.common_to_hand_out(), m.sheet_weighed(), m.sheet_handed_out());
        var toHandOut = h.toHandOut();
        for (PickupLine l : toHandOut) {
            lines.row(l.product(), QuantityFormats.withUnit(l.ordered(), l.unit()),
                    QuantityFormats.withUnit(l.quantity(), l.unit()), l.bulk() ? Cell.box(16, 6) : Cell.empty(),
                    Cell.box(5, 5));
        }
        if (toHandOut.isEmpty()) {
            lines.row(Cell.text(m.sheet_nothing_to_hand_out()).span(5));
        }
        Paragraph payment = Paragraph.of(Style.TABLE).text(m.sheet_payment_method());
        for (String method : methods) {
            payment.text("  ").box(3.5f, 3.5f).text(" " + method);
        }
        Block block = Block.framed(6)
                .add(Paragraph.of(Style.HEADING, m.common_number() + " " + h.number() + " — " + h.name() + status)
                        .spacing(0, 2))
                .add(lines)
                .add(Paragraph.of(Style.BODY).text(m.common_to_pay() + " ").bold(Money.format(h.amountToCollectCents()))
                        .text("    ").box(3.5f, 3.5f).text(" ").bold(m.sheet_paid()).text("    " + m.sheet_initials() + " ")
                        .box(30, 8).spacing(3, 0));
        if (list.bonsRatePercent() > 0) {
            block.add(Paragraph.of(Style.TABLE, m.bons_accepted(list.bonsAccepted(h))).spacing(2, 0));
        }
        return block.add(payment.spacing(2, 0));
    }

    /**
     * One row per line with something to hand over (a line at quantity 0 is left out, as on the printed list), with
     * quantities and no prices. The household's amount to pay (no mark of any reduction) is on its first row only and empty on its other rows, so
     * the column adds up to the list's total to collect; a household with nothing to hand over still gets one row,
     * with no product, for its amount.
     */
    static org.paniercommun.csv.Table table(PickupList list) {
        DistributionMessages m = Texts.of(DistributionMessages.class);
        List<List<Object>> rows = new ArrayList<>();
        for (var h : list.households()) {
            List<PickupLists.PickupLine> lines = h.toHandOut();
            if (lines.isEmpty()) {
                rows.add(Arrays.asList(h.householdId(), h.name(), null, null, null, null,
                        org.paniercommun.csv.Table.euros(h.amountToCollectCents()), h.statusLabel()));
            }
            boolean first = true;
            for (var l : lines) {
                rows.add(Arrays.asList(h.householdId(), h.name(), l.product(), l.ordered(), l.quantity(), l.unit(),
                        first ? org.paniercommun.csv.Table.euros(h.amountToCollectCents()) : null, h.statusLabel()));
                first = false;
            }
        }
        return new org.paniercommun.csv.Table(m.csv_pickup_sheet(), List.of(m.csv_number(), m.csv_household(), m.csv_product(),
                m.csv_ordered(), m.csv_to_hand_out(), m.csv_unit(), m.csv_to_pay(),
                m.csv_status()), rows);
    }
}
