package org.paniercommun.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the funders' report (page, charts and PDF), in French (the default locale). Another language is added
 * with {@code src/main/resources/messages/report_xx.properties}. The CSV keeps its French labels: it is a file
 * format that funders paste into their own templates.
 */
@MessageBundle("report")
interface ReportMessages {

    @Message("Total")
    String common_total();

    @Message("Foyers aidés")
    String common_households_helped();

    @Message("Réductions accordées")
    String common_reductions();

    @Message("Bio")
    String common_organic();

    @Message("Local")
    String common_local();

    @Message("Part des foyers")
    String common_household_shares();

    @Message("{count} {#if count >= 2}tournées{#else}tournée{/if} {#if count >= 2}distribuées{#else}distribuée{/if} sur la période")
    String common_rounds(int count);

    // report.html

    @Message("Rapport pour les financeurs")
    String report_title();

    @Message("Comptes de l'année")
    String report_year_books();

    @Message("Stock de l'antenne")
    String report_stock();

    @Message("Antenne")
    String report_antenna();

    @Message("Période")
    String report_period();

    @Message("Un mois")
    String report_month();

    @Message("Mois")
    String report_month_label();

    @Message("Une année")
    String report_year();

    @Message("Année")
    String report_year_label();

    @Message("Du")
    String report_from();

    @Message("au")
    String report_to();

    @Message("Producteur local : à moins de (km)")
    String report_km();

    @Message("Voir le rapport")
    String report_submit();

    @Message("Imprimer")
    String report_print();

    @Message("Foyers servis par tarif")
    String report_chart_tiers();

    @Message("Kilos distribués par catégorie")
    String report_chart_kilos();

    @Message("Part du bio, du local et de l'équitable (%)")
    String report_chart_quality_caption();

    @Message("Dû à chaque producteur (€)")
    String report_chart_producers_caption();

    @Message("Équitable")
    String report_chart_fair_trade();

    @Message("{count} {#if count >= 2}foyers{#else}foyer{/if}")
    String chart_households(long count);

    @Message("Aucune donnée sur la période")
    String chart_no_data();

    // reportPdf.html

    @Message("Graphiques")
    String pdf_charts();

    @Message("Créez d'abord une antenne.")
    String report_no_antenna();

    @Message("Indiquez l'année (exemple : {year}).")
    String report_error_year(int year);

    @Message("Indiquez la date de début.")
    String report_error_from();

    // reportPdf.html

    @Message("Rapport — {antenna}")
    String pdf_title(String antenna);

    @Message("{antenna} : rapport d'activité, {period}")
    String pdf_heading(String antenna, String period);

    // figures.html

    @Message("Foyers servis")
    String figures_households();

    @Message("Foyers servis (au moins une commande retirée)")
    String figures_households_served();

    @Message("Personnes dans ces foyers")
    String figures_people();

    @Message("Groupement d'achat")
    String figures_group();

    @Message("Foyers")
    String figures_group_households();

    @Message("Aucun foyer servi.")
    String figures_no_household();

    @Message("Commandes")
    String figures_orders();

    @Message("Commandes servies")
    String figures_orders_served();

    @Message("Montant des produits (aux tarifs des foyers)")
    String figures_goods();

    @Message("Panier moyen")
    String figures_average_basket();

    @Message("Volumes distribués")
    String figures_volumes();

    @Message("Catégorie")
    String figures_category();

    @Message("Quantité")
    String figures_quantity();

    @Message("Rien de distribué sur la période.")
    String figures_no_volume();

    @Message("Bio, local, équitable")
    String figures_quality();

    @Message("Part de la valeur achetée aux producteurs ({value}).")
    String figures_quality_intro(String value);

    @Message("Commerce équitable")
    String figures_fair_trade();

    @Message("Producteurs")
    String figures_producers();

    @Message("{local} {#if local >= 2}producteurs{#else}producteur{/if} {#if local >= 2}locaux{#else}local{/if} sur {total} (à moins de {km} km), soit {countPercent} des producteurs.")
    String figures_producers_local(long local, int total, int km, String countPercent);

    @Message("Producteur")
    String figures_producer();

    @Message("Dû (100 % du prix d'achat)")
    String figures_due();

    @Message("Payé")
    String figures_paid();

    @Message("oui")
    String figures_yes();

    @Message("non")
    String figures_no();

    @Message("Caisse solidaire")
    String figures_fund();

    @Message("Total des entrées")
    String figures_fund_inflows();

    @Message("non affiché : moins de 3 foyers")
    String figures_reductions_hidden();

    @Message("moins de 3")
    String figures_households_hidden();

    @Message("Corrections")
    String figures_corrections();

    @Message("Variation du solde sur la période")
    String figures_net_change();

    @Message("Subventions utilisées")
    String figures_subsidies();

    @Message("Aucune subvention affectée aux tournées de la période.")
    String figures_no_subsidy();

    @Message("Adhésions payées")
    String figures_memberships();

    @Message("{kind} : {count} {#if count >= 2}adhésions{#else}adhésion{/if}")
    String figures_membership_count(String kind, long count);

    @Message("Aucune adhésion payée pendant la période.")
    String figures_no_membership();

    @Message("Paniers solidaires")
    String figures_baskets();

    @Message("Aucun panier solidaire sur la période.")
    String figures_no_basket();

    @Message("Paniers prévus")
    String figures_baskets_planned();

    @Message("Paniers retirés")
    String figures_baskets_collected();

    @Message("Paniers non retirés")
    String figures_baskets_missed();

    @Message("Foyers ayant retiré au moins un panier")
    String figures_baskets_households();

    @Message("Valeur payée aux producteurs (100 %)")
    String figures_baskets_value();

    @Message("Part de {funder}")
    String figures_funder_share(String funder);

    // Errors and labels written by Java code

    @Message("Indiquez la date de début.")
    String error_period_from();

    @Message("Indiquez la date de fin.")
    String error_period_to();

    @Message("La date de fin doit suivre la date de début.")
    String error_period_order();

    @Message("Une période de {years} ans au plus.")
    String error_period_too_long(int years);

    @Message("Mois invalide (exemple : 2026-11).")
    String error_period_month();

    @Message("Année invalide (exemple : 2026).")
    String error_period_year();

    @Message("Aucune antenne : créez-en une d'abord.")
    String error_no_antenna();

    @Message("Choisissez l'antenne.")
    String error_antenna_required();

    @Message("Antenne introuvable.")
    String error_antenna_not_found();

    @Message("année {year}")
    String period_year(int year);

    @Message("du {from} au {to}")
    String period_span(String from, String to);
}
