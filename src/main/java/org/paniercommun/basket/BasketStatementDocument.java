package org.paniercommun.basket;

import java.util.List;
import org.paniercommun.basket.BasketStatements.FunderLine;
import org.paniercommun.basket.BasketStatements.FunderStatement;
import org.paniercommun.print.Paragraph;
import org.paniercommun.print.PrintDocument;
import org.paniercommun.print.Style;
import org.paniercommun.print.Table;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;
import org.paniercommun.print.TableWriter;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Dates;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * A funder's monthly basket statement as its documents: the CSV and .xlsx table ({@link #table}) and the PDF, as the A4 page ({@code BasketPages/statementSheet}): the envelope (or
 * how far it is overspent), the baskets delivered that the funder pays, then those still planned in the month. Shown
 * to coordinators and attached to the statement's e-mail.
 */
final class BasketStatementDocument {

    private static final Style TEXT = Style.BODY.withSize(10);

    private BasketStatementDocument() {
    }

    static byte[] pdf(FunderStatement s) {
        BasketMessages m = Texts.of(BasketMessages.class);
        BasketStatementMessages r = Texts.of(BasketStatementMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.statement_title(s.funder(), s.monthLabel()), 12)) {
            document.footer(Texts.of(AppMessages.class)::print_page);
            document.add(Paragraph.of(Style.TITLE, m.statement_heading(s.funder(), s.monthLabel())).spacing(0, 4));
            document.add(Paragraph.of(TEXT, m.statement_intro() + ".").spacing(0, 4));
            if (s.budgetCents() != null) {
                document.add((s.overspent()
                        ? Paragraph.of(TEXT).bold(r.overspent(Money.format(s.overspentCents()), Money.format(s.usedCents()),
                                Money.format(s.budgetCents())))
                        : Paragraph.of(TEXT, r.envelope(Money.format(s.budgetCents()), Money.format(s.totalCents()),
                                Money.format(s.plannedCents()), Money.format(s.remainingCents())))).spacing(0, 4));
            }
            heading(document, r.delivered_heading(s.asOf()));
            lines(document, m, s.lines(), r.no_delivered(), r.total_delivered(), s.baskets(), s.valueCents(),
                    s.totalCents());
            if (!s.plannedLines().isEmpty()) {
                heading(document, r.planned_heading());
                document.add(Paragraph.of(TEXT, r.planned_intro()).spacing(0, 4));
                lines(document, m, s.plannedLines(), null, r.total_planned(), s.plannedBaskets(), s.plannedValueCents(),
                        s.plannedCents());
            }
            return document.toBytes();
        }
    }

    private static void heading(PrintDocument document, String text) {
        document.add(Paragraph.of(Style.HEADING.withSize(12), text).spacing(8, 4));
    }

    private static void lines(PrintDocument document, BasketMessages m, List<FunderLine> lines, String none,
            String totalLabel, int baskets, long valueCents, long amountCents) {
        TableWriter table = document.table(Table.of(TEXT, Column.left(0.20f), Column.left(0.17f), Column.left(0.09f),
                Column.left(0.16f), Column.right(0.11f), Column.right(0.13f), Column.right(0.14f))
                .header(m.common_date(), m.common_offer(), m.common_size(), m.common_relay(), m.common_baskets(),
                        m.statement_value(), m.statement_funder_share()));
        for (FunderLine l : lines) {
            table.row(Dates.day(l.date()), l.offer(), l.size(), l.relayPoint(), String.valueOf(l.baskets()),
                    Money.format(l.valueCents()), Money.format(l.amountCents()));
        }
        if (lines.isEmpty() && none != null) {
            table.row(Cell.text(none).span(7));
        }
        table.row(Cell.bold(totalLabel).span(4), Cell.bold(String.valueOf(baskets)), Cell.bold(Money.format(valueCents)),
                Cell.bold(Money.format(amountCents)));
        table.end();
    }

    /** Delivered baskets, their total, then the planned ones and theirs: the last column says which. */
    static String csv(FunderStatement s) {
        return org.paniercommun.csv.CsvWriter.write(table(s));
    }

    /** The funder's monthly statement as a table, written as CSV and as .xlsx with the same columns. */
    static org.paniercommun.csv.Table table(FunderStatement s) {
        BasketStatementMessages text = Texts.of(BasketStatementMessages.class);
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (FunderLine l : s.lines()) {
            rows.add(row(l, text.csv_delivered()));
        }
        rows.add(java.util.Arrays.asList(text.total_delivered(), null, null, null, null, s.baskets(),
                org.paniercommun.csv.Table.euros(s.valueCents()), org.paniercommun.csv.Table.euros(s.totalCents()), text.csv_delivered()));
        if (!s.plannedLines().isEmpty()) {
            for (FunderLine l : s.plannedLines()) {
                rows.add(row(l, text.csv_planned()));
            }
            rows.add(java.util.Arrays.asList(text.total_planned(), null, null, null, null, s.plannedBaskets(),
                    org.paniercommun.csv.Table.euros(s.plannedValueCents()), org.paniercommun.csv.Table.euros(s.plannedCents()), text.csv_planned()));
        }
        return new org.paniercommun.csv.Table("Relevé financeur", List.of("date", "jour", "offre", "taille", "structure_relais", "paniers",
                "valeur_paniers", "part_financeur", "etat"), rows);
    }

    /** ISO for the spreadsheet (sorts and reads as a date), the French long form for the person reading it. */
    private static List<Object> row(FunderLine l, String state) {
        return java.util.Arrays.asList(l.date(), org.paniercommun.kernel.Dates.day(l.date()), l.offer(), l.size(),
                l.relayPoint(), l.baskets(), org.paniercommun.csv.Table.euros(l.valueCents()), org.paniercommun.csv.Table.euros(l.amountCents()), state);
    }
}
