package org.paniercommun.purchaseorder;

import java.util.List;
import java.util.Arrays;
import java.util.ArrayList;
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
 * A producer's purchase order (bon de commande) as its documents: the CSV (attached to its e-mail) and .xlsx table ({@link #table}), and the PDF, as the A4 page ({@code PurchaseOrderPages/sheet}): the
 * delivery date and address, one row per product (whole cases × case size at the purchase price), the total and the
 * terms. The coordinators' page and the producer's own account print the same.
 */
public final class PurchaseOrderDocument {

    private PurchaseOrderDocument() {
    }

    static byte[] pdf(PurchaseOrderView order) {
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

    /** The purchase order as CSV (the e-mail's attachment and the download): one line per product, then the total. */
    public static String csv(PurchaseOrderView order) {
        return org.paniercommun.csv.CsvWriter.write(table(order));
    }

    /** The purchase order's table, written as CSV and as .xlsx with the same columns. */
    static org.paniercommun.csv.Table table(PurchaseOrderView order) {
        List<List<Object>> rows = new ArrayList<>();
        for (PurchaseOrderService.Line line : order.lines()) {
            rows.add(java.util.Arrays.asList(line.product(), line.cases(), line.caseSize(), line.quantity(), line.unit(),
                    org.paniercommun.csv.Table.euros(line.unitPriceCents()), org.paniercommun.csv.Table.euros(line.amountCents())));
        }
        rows.add(java.util.Arrays.asList("Total", null, null, null, null, null, org.paniercommun.csv.Table.euros(order.totalCents())));
        return new org.paniercommun.csv.Table("Bon de commande", List.of("produit", "colis", "taille_colis", "quantite", "unite", "prix_achat",
                "montant"), rows);
    }
}
