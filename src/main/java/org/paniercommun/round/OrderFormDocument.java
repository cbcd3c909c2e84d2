package org.paniercommun.round;

import org.paniercommun.print.Block;
import org.paniercommun.print.Paragraph;
import org.paniercommun.print.PrintDocument;
import org.paniercommun.print.Style;
import org.paniercommun.print.Table;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;
import org.paniercommun.print.TableWriter;
import org.paniercommun.round.OrderForms.OrderForm;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Texts;

/**
 * The paper order form of a round for a purchasing group as PDF, as the A4 page ({@code OrderFormPages/sheet}):
 * boxes for the household's name, number and relay point and its tier, one framed table per category with a box to
 * write each quantity (and, for a product sold by the case, how much more the household accepts), the coupons box
 * of the solidarity fund.
 */
final class OrderFormDocument {

    private static final Style TEXT = Style.TABLE;
    private static final Style SMALL = new Style(8, false, 0.2f);

    private OrderFormDocument() {
    }

    static byte[] pdf(OrderForm form) {
        RoundMessages m = Texts.of(RoundMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.sheet_title(form.roundName()), 12)) {
            document.footer(Texts.of(AppMessages.class)::print_page);
            document.add(Paragraph.of(new Style(16, true, 0), m.sheet_title(form.roundName())).spacing(0, mm(2)));
            document.add(Paragraph.of(TEXT).text(form.antennaName() + " · " + m.sheet_group(form.groupName()) + " · ")
                    .bold(m.sheet_deadline(form.deadline())).spacing(0, mm(4)));
            if (form.provisional()) {
                document.add(Paragraph.of(SMALL, m.sheet_provisional()).spacing(0, mm(2)));
            }
            Style label = TEXT.withSize(9);
            document.add(Table.of(label, Column.left(0.45f), Column.left(0.20f), Column.left(0.35f)).grid().alignTop()
                    .padding(2, 2).minRowHeight(8).spaceAfter(mm(4))
                    .row(m.sheet_household_name(), m.sheet_household_number(), m.sheet_relay_point())
                    .row(Cell.of(Paragraph.of(label).text(m.sheet_tier_tick() + "   ").box(4, 4)
                            .text(" " + m.common_tier(1) + "   ").box(4, 4).text(" " + m.common_tier(2) + "   ")
                            .box(4, 4).text(" " + m.common_tier(3) + "  ").text(m.sheet_no_proof(), SMALL)).span(3)));
            Style cells = TEXT.withSize(9);
            for (var section : form.sections()) {
                document.add(Paragraph.of(new Style(12, true, 0), section.category()).spacing(mm(4), mm(1)));
                TableWriter table = document.table(Table.of(cells, Column.right(0.05f), Column.left(0.19f),
                        Column.left(0.15f), Column.left(0.07f), Column.right(0.07f), Column.right(0.11f),
                        Column.right(0.08f), Column.right(0.08f), Column.right(0.08f), Column.left(0.12f))
                        .grid().padding(1.5f, 1).minRowHeight(6).spaceAfter(mm(3))
                        .header(m.sheet_number(), m.common_product(), m.common_producer(), m.sheet_unit(),
                                m.sheet_step(), m.sheet_minimum(), m.common_tier(1), m.common_tier(2), m.common_tier(3),
                                m.sheet_quantity()));
                for (var line : section.lines()) {
                    table.row(String.valueOf(line.number()), line.product(), line.producer(), line.unit(), line.step(),
                            line.minimum(), line.tier1(), line.tier2(), line.tier3(), Cell.empty());
                    if (line.caseSize() != null) {
                        table.row(Cell.of(Paragraph.of(cells.withSize(8.5f)).indent(6)
                                .text(m.sheet_tolerance(line.caseSize()) + " ").box(14, 5)
                                .text(" " + m.sheet_tolerance_more(line.unit()))).span(9), Cell.empty());
                    }
                }
                table.end();
            }
            if (form.sections().isEmpty()) {
                document.add(Paragraph.of(TEXT, m.sheet_none()).spacing(0, mm(3)));
            }
            document.add(Block.framed(mm(4))
                    .add(Paragraph.of(new Style(12, true, 0), m.sheet_fund()).spacing(mm(1), mm(1)))
                    .add(Paragraph.of(SMALL, m.sheet_fund_hint(form.maxFundRate())).spacing(0, mm(1)))
                    .add(Paragraph.of(TEXT).text(m.sheet_coupons_label() + " · " + m.sheet_coupons_count() + " ")
                            .box(16, 6).spacing(0, mm(1)))
                    .add(Paragraph.of(SMALL, m.sheet_coupons_hint()).spacing(0, mm(1))));
            document.add(Paragraph.of(SMALL, m.sheet_footer()));
            return document.toBytes();
        }
    }

    private static float mm(float millimetres) {
        return PrintDocument.mm(millimetres);
    }
}
