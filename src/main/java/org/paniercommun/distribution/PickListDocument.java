package org.paniercommun.distribution;

import java.util.List;
import java.util.ArrayList;
import org.paniercommun.catalogue.QuantityFormats;
import org.paniercommun.distribution.PickupLists.PickItem;
import org.paniercommun.distribution.PickupLists.PickList;
import org.paniercommun.print.Paragraph;
import org.paniercommun.print.PrintDocument;
import org.paniercommun.print.Style;
import org.paniercommun.print.Table;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;
import org.paniercommun.print.TableWriter;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Texts;

/**
 * The pick list (liste de préparation) of a relay point as its documents, PDF and the CSV/.xlsx table
 * ({@link #table}); the PDF as the A4 page ({@code PickupListPages/picksheet}):
 * one row per product with its producer, the quantity to set aside, the households and a box to tick when ready.
 */
final class PickListDocument {

    private PickListDocument() {
    }

    static byte[] pdf(PickList list) {
        DistributionMessages m = Texts.of(DistributionMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.common_pick_title(list.relayPoint()), 12)) {
            document.footer(Texts.of(AppMessages.class)::print_page);
            document.add(Paragraph.of(Style.TITLE, m.common_pick_title(list.relayPoint())).spacing(0, 3));
            document.add(Paragraph.of(Style.BODY, list.roundName() + " · " + m.common_distribution_on(list.slotLabel())
                    + " · " + list.address()).spacing(0, 8));
            TableWriter table = document.table(Table.of(Style.TABLE, Column.left(0.36f), Column.left(0.28f),
                    Column.right(0.14f), Column.right(0.11f), Column.left(0.11f)).header(m.common_product(),
                            m.picksheet_producer(), m.picksheet_quantity(), m.picksheet_households(), m.picksheet_ready()));
            for (PickItem i : list.items()) {
                table.row(i.product(), i.producer(), QuantityFormats.withUnit(i.quantity(), i.unit()),
                        String.valueOf(i.households()), Cell.box(5, 5));
            }
            if (list.items().isEmpty()) {
                table.row(Cell.text(m.picksheet_none()).span(5));
            }
            table.end();
            return document.toBytes();
        }
    }

    static org.paniercommun.csv.Table table(PickList list) {
        DistributionMessages m = Texts.of(DistributionMessages.class);
        List<List<Object>> rows = new ArrayList<>();
        list.items().forEach(i -> rows.add(List.<Object>of(i.product(), i.producer(), i.quantity(), i.unit(), i.households())));
        return new org.paniercommun.csv.Table(m.csv_pick_sheet(), List.of(m.csv_product(), m.csv_producer(), m.csv_quantity(), m.csv_unit(),
                m.csv_households()), rows);
    }
}
