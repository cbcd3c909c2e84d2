package org.paniercommun.purchaseorder;

import org.paniercommun.catalogue.QuantityFormats;
import org.paniercommun.print.Paragraph;
import org.paniercommun.print.PrintDocument;
import org.paniercommun.print.Style;
import org.paniercommun.print.Table;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;
import org.paniercommun.print.TableWriter;
import org.paniercommun.purchaseorder.PurchaseOrderService.PurchaseOrderView;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Dates;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * A producer's purchase order (bon de commande) as PDF, as the A4 page ({@code PurchaseOrderPages/sheet}): the
 * delivery date and address, one row per product (whole cases × case size at the purchase price), the total and the
 * terms. The coordinators' page and the producer's own account print the same.
 */
final class PurchaseOrderPdf {

    private PurchaseOrderPdf() {
    }

    static byte[] render(PurchaseOrderView order) {
        PurchaseOrderMessages m = Texts.of(PurchaseOrderMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.common_title(order.producer()), 15)) {
            document.footer(Texts.of(AppMessages.class)::print_page);
            document.add(Paragraph.of(Style.TITLE, m.sheet_heading(order.producer())).spacing(0, 4));
            document.add(Paragraph.of(Style.BODY).text(m.common_round() + " ").bold(order.roundName())
                    .text(" · " + order.antenna()).spacing(0, 6));
            Table meta = Table.of(Style.BODY, Column.left(0.3f), Column.left(0.7f)).spaceAfter(mm(8));
            meta.row(Cell.bold(m.sheet_delivery_date()), order.deliveryDate() == null ? m.common_to_specify()
                    : Dates.day(order.deliveryDate()));
            meta.row(Cell.bold(m.common_delivery_address()), order.deliveryAddress() == null
                    ? m.common_to_specify() : order.deliveryAddress());
            if (order.note() != null) {
                meta.row(Cell.bold(m.common_note()), order.note());
            }
            document.add(meta);
            Table lines = Table.of(Style.BODY, Column.left(0.28f), Column.right(0.08f), Column.right(0.14f),
                    Column.right(0.14f), Column.right(0.19f), Column.right(0.17f)).spaceAfter(mm(8))
                    .header(m.common_product(), m.common_cases(), m.sheet_case_size(), m.common_quantity(),
                            m.common_purchase_price(), m.common_amount());
            TableWriter rows = document.table(lines);
            for (var l : order.lines()) {
                rows.row(l.product(), String.valueOf(l.cases()), QuantityFormats.withUnit(l.caseSize(), l.unit()),
                        QuantityFormats.withUnit(l.quantity(), l.unit()),
                        Money.format(l.unitPriceCents()) + " / " + l.unit(), Money.format(l.amountCents()));
            }
            rows.row(Cell.bold(m.sheet_total()).span(5).right(), Cell.bold(Money.format(order.totalCents())));
            rows.end();
            document.add(Paragraph.of(Style.BODY, m.sheet_terms()));
            return document.toBytes();
        }
    }

    private static float mm(float millimetres) {
        return PrintDocument.mm(millimetres);
    }
}
