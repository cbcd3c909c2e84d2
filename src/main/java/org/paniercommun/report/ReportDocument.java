package org.paniercommun.report;

import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import org.paniercommun.catalogue.QuantityFormats;
import org.paniercommun.print.BarChart;
import org.paniercommun.print.Block;
import org.paniercommun.print.Paragraph;
import org.paniercommun.print.PrintDocument;
import org.paniercommun.print.Style;
import org.paniercommun.print.Table;
import org.paniercommun.print.Table.Cell;
import org.paniercommun.print.Table.Column;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * The funders' report as its documents: the CSV and .xlsx table ({@link #table}, one figure per line) and the
 * PDF, as the report page ({@code ReportPages/figures}): its charts as bars (label, bar, figure), then every figure in tables — households, orders, volumes, organic / local / fair-trade shares, producers
 * owed and paid, the fund (reductions only from 3 households), subsidies, memberships, baskets.
 */
final class ReportDocument {

    private static final Style TEXT = Style.BODY.withSize(10);
    private static final Style H1 = new Style(16, true, 0);
    private static final Style H2 = new Style(12, true, 0);

    private ReportDocument() {
    }

    static byte[] pdf(FunderReport r, List<Chart> charts) {
        ReportMessages m = Texts.of(ReportMessages.class);
        try (PrintDocument document = PrintDocument.a4(m.pdf_title(r.antenna()), 15)) {
            document.footer(Texts.of(AppMessages.class)::print_page);
            document.add(Paragraph.of(H1, m.pdf_heading(r.antenna(), ReportTexts.label(r.period()))).spacing(0, 4));
            document.add(Paragraph.of(TEXT, m.common_rounds(r.rounds().size()) + ".").spacing(0, 4));
            heading(document, m.pdf_charts());
            for (Chart c : charts) {
                BarChart chart = BarChart.of(TEXT.withSize(8.5f), c.emptyText());
                BigDecimal max = ChartBars.scaleMax(c);
                c.bars().forEach(b -> chart.bar(b.label(), ChartBars.share(b.value(), max), b.text()));
                document.add(Block.together(0)
                        .add(Paragraph.of(TEXT.inBold(), c.title()).spacing(PrintDocument.mm(3), PrintDocument.mm(1)))
                        .add(chart)
                        .add(Paragraph.of(TEXT.withSize(9), c.figures()).spacing(PrintDocument.mm(1), PrintDocument.mm(2))));
            }
            figures(document, r, m);
            return document.toBytes();
        }
    }

    private static void figures(PrintDocument document, FunderReport r, ReportMessages m) {
        heading(document, m.figures_households());
        Table households = labelled().row(Cell.bold(m.figures_households_served()), num(r.households().served()))
                .row(Cell.bold(m.figures_people()), num(r.households().people()));
        r.households().byTier().forEach(c -> households.row(c.label(), num(c.count())));
        document.add(households);
        Table groups = Table.of(TEXT, Column.left(0.7f), Column.right(0.3f)).header(m.figures_group(),
                m.figures_group_households());
        r.households().byGroup().forEach(c -> groups.row(c.label(), num(c.count())));
        if (r.households().byGroup().isEmpty()) {
            groups.row(Cell.text(m.figures_no_household()).span(2));
        }
        document.add(groups);

        heading(document, m.figures_orders());
        document.add(labelled().row(Cell.bold(m.figures_orders_served()), num(r.orders().served()))
                .row(Cell.bold(m.figures_goods()), Money.format(r.orders().goodsCents()))
                .row(Cell.bold(m.figures_average_basket()), Money.format(r.orders().averageBasketCents())));

        heading(document, m.figures_volumes());
        Table volumes = Table.of(TEXT, Column.left(0.7f), Column.right(0.3f)).header(m.figures_category(),
                m.figures_quantity());
        r.volumes().forEach(v -> volumes.row(v.category(), QuantityFormats.withUnit(v.quantity(), v.unit())));
        if (r.volumes().isEmpty()) {
            volumes.row(Cell.text(m.figures_no_volume()).span(2));
        }
        document.add(volumes);

        heading(document, m.figures_quality());
        document.add(Paragraph.of(TEXT, m.figures_quality_intro(Money.format(r.value().purchaseValueCents())))
                .spacing(0, 4));
        var v = r.value();
        document.add(Table.of(TEXT, Column.left(0.5f), Column.right(0.2f), Column.right(0.3f))
                .row(Cell.bold(m.common_organic()), pct(v.organicPercent()), Money.format(v.organicCents()))
                .row(Cell.bold(m.common_local()), pct(v.localPercent()), Money.format(v.localCents()))
                .row(Cell.bold(m.figures_fair_trade()), pct(v.fairTradePercent()), Money.format(v.fairTradeCents())));

        heading(document, m.figures_producers());
        var p = r.producers();
        document.add(Paragraph.of(TEXT, m.figures_producers_local(p.localCount(), p.producers().size(), r.localKm(),
                pct(p.localCountPercent()))).spacing(0, 4));
        Table producers = Table.of(TEXT, Column.left(0.45f), Column.left(0.15f), Column.right(0.2f), Column.right(0.2f))
                .header(m.figures_producer(), m.common_local(), m.figures_due(), m.figures_paid());
        p.producers().forEach(x -> producers.row(x.producer(), x.local() ? m.figures_yes() : m.figures_no(),
                Money.format(x.dueCents()), Money.format(x.paidCents())));
        producers.row(Cell.bold(m.common_total()).span(2), Cell.bold(Money.format(p.dueCents())),
                Cell.bold(Money.format(p.paidCents())));
        document.add(producers);

        heading(document, m.figures_fund());
        var f = r.fund();
        Table fund = labelled();
        f.inflows().forEach(a -> fund.row(a.label(), Money.format(a.cents())));
        fund.row(Cell.bold(m.figures_fund_inflows()), Money.format(f.inflowsCents()))
                .row(Cell.bold(m.common_reductions()), f.reductionsCents() != null ? Money.format(f.reductionsCents())
                        : m.figures_reductions_hidden())
                .row(Cell.bold(m.common_households_helped()), f.householdsHelped() != null
                        ? num(f.householdsHelped()) : m.figures_households_hidden());
        if (f.correctionsCents() != 0) {
            fund.row(m.figures_corrections(), Money.format(f.correctionsCents()));
        }
        document.add(fund.row(Cell.bold(m.figures_net_change()), Money.format(f.netChangeCents())));

        heading(document, m.figures_subsidies());
        Table subsidies = labelled();
        r.subsidies().forEach(a -> subsidies.row(a.label(), Money.format(a.cents())));
        if (r.subsidies().isEmpty()) {
            subsidies.row(Cell.text(m.figures_no_subsidy()).span(2));
        }
        document.add(subsidies.row(Cell.bold(m.common_total()), Cell.bold(Money.format(r.subsidiesCents()))));

        heading(document, m.figures_memberships());
        Table memberships = labelled();
        r.memberships().byKind().forEach(x -> memberships.row(m.figures_membership_count(x.kind(), x.count()),
                Money.format(x.cents())));
        if (r.memberships().byKind().isEmpty()) {
            memberships.row(Cell.text(m.figures_no_membership()).span(2));
        }
        document.add(memberships.row(Cell.bold(m.common_total()), Cell.bold(Money.format(r.memberships().cents()))));

        heading(document, m.figures_baskets());
        var b = r.baskets();
        if (b.planned() == 0) {
            document.add(Paragraph.of(TEXT, m.figures_no_basket()));
        } else {
            Table baskets = labelled().row(Cell.bold(m.figures_baskets_planned()), num(b.planned()))
                    .row(Cell.bold(m.figures_baskets_collected()), num(b.collected()))
                    .row(Cell.bold(m.figures_baskets_missed()), num(b.missed()))
                    .row(Cell.bold(m.figures_baskets_households()), num(b.households()))
                    .row(Cell.bold(m.figures_baskets_value()), Money.format(b.valueCents()))
                    .row(Cell.bold(m.common_household_shares()), Money.format(b.householdSharesCents()));
            b.funders().forEach(x -> baskets.row(m.figures_funder_share(x.label()), Money.format(x.cents())));
            document.add(baskets);
        }
    }

    /** A table of labels and one figure. */
    private static Table labelled() {
        return Table.of(TEXT, Column.left(0.7f), Column.right(0.3f));
    }

    private static void heading(PrintDocument document, String text) {
        document.add(Paragraph.of(H2, text).spacing(PrintDocument.mm(6), 4));
    }

    private static String num(long value) {
        return Long.toString(value);
    }

    private static String pct(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString().replace('.', ',') + " %";
    }

    /** One figure per line: section, label, value, unit — easy to paste into a funder's own template. */
    static String csv(FunderReport r) {
        return org.paniercommun.csv.CsvWriter.write(table(r));
    }

    /** The report as a table (CSV and .xlsx, same columns): amounts, counts and shares are numbers in the workbook. */
    static org.paniercommun.csv.Table table(FunderReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Période", "Antenne", r.antenna(), ""));
        rows.add(row("Période", "Du", r.period().from(), ""));
        rows.add(row("Période", "Au", r.period().to(), ""));
        rows.add(row("Période", "Tournées", r.rounds().size(), ""));
        String section = "Foyers";
        rows.add(row(section, "Foyers servis", r.households().served(), "foyers"));
        rows.add(row(section, "Personnes dans ces foyers", r.households().people(), "personnes"));
        r.households().byTier().forEach(c -> rows.add(row("Foyers par tarif", c.label(), c.count(), "foyers")));
        r.households().byGroup().forEach(c -> rows.add(row("Foyers par groupement", c.label(), c.count(), "foyers")));
        section = "Commandes";
        rows.add(row(section, "Commandes servies", r.orders().served(), "commandes"));
        rows.add(row(section, "Montant des produits", org.paniercommun.csv.Table.euros(r.orders().goodsCents()), "€"));
        rows.add(row(section, "Panier moyen", org.paniercommun.csv.Table.euros(r.orders().averageBasketCents()), "€"));
        r.volumes().forEach(v -> rows.add(row("Volumes", v.category(), (v.quantity()), v.unit())));
        section = "Qualité (valeur achetée)";
        rows.add(row(section, "Valeur achetée aux producteurs", org.paniercommun.csv.Table.euros(r.value().purchaseValueCents()), "€"));
        rows.add(row(section, "Bio", (r.value().organicPercent()), "%"));
        rows.add(row(section, "Local", (r.value().localPercent()), "%"));
        rows.add(row(section, "Commerce équitable", (r.value().fairTradePercent()), "%"));
        section = "Producteurs";
        rows.add(row(section, "Dû aux producteurs", org.paniercommun.csv.Table.euros(r.producers().dueCents()), "€"));
        rows.add(row(section, "Déjà payé", org.paniercommun.csv.Table.euros(r.producers().paidCents()), "€"));
        rows.add(row(section, "Producteurs locaux (moins de " + r.localKm() + " km)",
                r.producers().localCount() + " / " + r.producers().producers().size(), "producteurs"));
        r.producers().producers().forEach(p -> rows.add(row("Par producteur", p.producer(), org.paniercommun.csv.Table.euros(p.dueCents()), "€")));
        section = "Caisse solidaire";
        for (FunderReport.Amount a : r.fund().inflows()) {
            rows.add(row(section, a.label(), org.paniercommun.csv.Table.euros(a.cents()), "€"));
        }
        rows.add(row(section, "Réductions accordées", r.fund().reductionsCents() == null ? (Object) "non affiché (moins de 3 foyers)"
                : org.paniercommun.csv.Table.euros(r.fund().reductionsCents()), r.fund().reductionsCents() == null ? "" : "€"));
        rows.add(row(section, "Foyers aidés", r.fund().householdsHelped() == null ? (Object) "moins de 3"
                : r.fund().householdsHelped(), "foyers"));
        rows.add(row(section, "Variation du solde", org.paniercommun.csv.Table.euros(r.fund().netChangeCents()), "€"));
        r.subsidies().forEach(a -> rows.add(row("Subventions utilisées", a.label(), org.paniercommun.csv.Table.euros(a.cents()), "€")));
        rows.add(row("Subventions utilisées", "Total", org.paniercommun.csv.Table.euros(r.subsidiesCents()), "€"));
        for (FunderReport.MembershipCount m : r.memberships().byKind()) {
            rows.add(row("Adhésions", m.kind(), m.count(), "adhésions"));
            rows.add(row("Adhésions", m.kind() + " : montant", org.paniercommun.csv.Table.euros(m.cents()), "€"));
        }
        rows.add(row("Adhésions", "Total", org.paniercommun.csv.Table.euros(r.memberships().cents()), "€"));
        section = "Paniers solidaires";
        rows.add(row(section, "Paniers prévus", r.baskets().planned(), "paniers"));
        rows.add(row(section, "Paniers retirés", r.baskets().collected(), "paniers"));
        rows.add(row(section, "Paniers non retirés", r.baskets().missed(), "paniers"));
        rows.add(row(section, "Foyers ayant retiré un panier", r.baskets().households(), "foyers"));
        rows.add(row(section, "Valeur payée aux producteurs", org.paniercommun.csv.Table.euros(r.baskets().valueCents()), "€"));
        rows.add(row(section, "Part des foyers", org.paniercommun.csv.Table.euros(r.baskets().householdSharesCents()), "€"));
        for (FunderReport.Amount a : r.baskets().funders()) {
            rows.add(row(section, "Part de " + a.label(), org.paniercommun.csv.Table.euros(a.cents()), "€"));
        }
        return new org.paniercommun.csv.Table("Rapport", List.of("rubrique", "libelle", "valeur", "unite"), rows);
    }


    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
