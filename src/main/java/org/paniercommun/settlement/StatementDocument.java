package org.paniercommun.settlement;

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
import org.paniercommun.settlement.SettlementService.StatementView;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * A producer's statement (relevé) as its documents: PDF, as the A4 page ({@code SettlementPages/sheet}): quantities received ×
 * purchase prices, the adjustments with their reason, the total to pay. Printed by coordinators and by the producer
 * from its account. The CSV and .xlsx share one table ({@link #table}).
 */
final class StatementDocument {

    private StatementDocument() {
    }

    static byte[] pdf(StatementView statement) {
        SettlementMessages m = Texts.of(SettlementMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.statement_title(statement.producer()), 15)) {
            document.footer(Texts.of(AppMessages.class)::print_page);
            document.add(Paragraph.of(Style.TITLE, m.sheet_heading(statement.producer())).spacing(0, 4));
            Paragraph status = Paragraph.of(Style.BODY).text(m.sheet_round() + " ").bold(statement.roundName())
                    .text(" · " + m.sheet_status() + " ").bold(m.status_label(statement.status()));
            if (statement.paidOn() != null) {
                status.text(" · " + m.sheet_paid_on(statement.paidOn()));
                if (statement.paymentReference() != null) {
                    status.text(" " + m.sheet_reference(statement.paymentReference()));
                }
            }
            document.add(status.spacing(0, 6));
            document.add(Paragraph.of(Style.BODY, m.sheet_intro()).spacing(0, 6));
            TableWriter table = document.table(Table.of(Style.BODY, Column.left(0.30f), Column.right(0.17f),
                    Column.right(0.18f), Column.right(0.15f), Column.left(0.20f)).header(m.sheet_product(),
                            m.sheet_quantity(), m.sheet_price(), m.sheet_amount(), m.common_note()));
            for (var l : statement.lines()) {
                table.row(l.product(), QuantityFormats.withUnit(l.quantity(), l.unit()),
                        Money.format(l.unitPriceCents()) + " / " + l.unit(), Money.format(l.amountCents()),
                        l.note() == null ? "" : l.note());
            }
            for (var a : statement.adjustments()) {
                table.row(Cell.text(m.common_adjustment(a.reason())).span(3), Money.format(a.amountCents()), "");
            }
            table.row(Cell.bold(m.sheet_total()).span(3).right(), Cell.bold(Money.format(statement.totalCents())), "");
            table.end();
            return document.toBytes();
        }
    }

    static String csv(StatementView s) {
        return org.paniercommun.csv.CsvWriter.write(table(s));
    }

    /** The statement's table, written as CSV and as .xlsx with the same columns. */
    static org.paniercommun.csv.Table table(StatementView s) {
        List<List<Object>> rows = new ArrayList<>();
        for (var line : s.lines()) {
            rows.add(Arrays.asList(line.product(), line.quantity(), line.unit(), org.paniercommun.csv.Table.euros(line.unitPriceCents()),
                    org.paniercommun.csv.Table.euros(line.amountCents()), line.note()));
        }
        for (var a : s.adjustments()) {
            rows.add(Arrays.asList(Texts.of(SettlementMessages.class).common_adjustment(a.reason()), null, null, null,
                    org.paniercommun.csv.Table.euros(a.amountCents()), null));
        }
        rows.add(Arrays.asList(Texts.of(SettlementMessages.class).common_total(), null, null, null, org.paniercommun.csv.Table.euros(s.totalCents()),
                Texts.of(SettlementMessages.class).status_label(s.status())));
        return new org.paniercommun.csv.Table("Relevé", List.of("produit", "quantite_recue", "unite", "prix_achat", "montant", "remarque"), rows);
    }
}
