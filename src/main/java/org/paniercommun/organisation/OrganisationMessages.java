package org.paniercommun.organisation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the organisation pages (antennas, pricing, purchasing groups, relay points), in French (the
 * default locale). Another language is added with
 * {@code src/main/resources/messages/organisation_xx.properties}.
 */
@MessageBundle("organisation")
interface OrganisationMessages {

    // Shared by the organisation pages

    @Message("Enregistrer")
    String common_save();

    @Message("— choisir —")
    String common_choose();

    @Message("Retour")
    String common_back();

    @Message("Groupement")
    String common_group();

    @Message("Points relais")
    String common_relay_points();

    @Message("État")
    String common_status();

    @Message("actif")
    String common_active();

    @Message("désactivé")
    String common_deactivated();

    @Message("Ville")
    String common_town();

    @Message("Antenne")
    String common_antenna();

    @Message("Description")
    String common_description();

    @Message("Contact")
    String common_contact();

    @Message("Chercher")
    String common_search();

    // Overview (overview.html)

    @Message("Organisation")
    String overview_title();

    @Message("Nouveau groupement")
    String overview_new_group();

    @Message("Nouvelle antenne")
    String overview_new_antenna();

    @Message("Antennes")
    String overview_antennas();

    @Message("(désactivée)")
    String overview_antenna_deactivated();

    @Message("tarifs")
    String overview_pricing();

    @Message("caisse solidaire")
    String overview_fund();

    @Message("Aucune antenne : commencez par en créer une.")
    String overview_no_antenna();

    @Message("Groupements d'achat")
    String overview_groups();

    @Message("Aucun groupement pour l'instant.")
    String overview_no_group();

    // Relay points (relayPoints.html)

    @Message("Nouveau point relais")
    String points_new();

    @Message("Retour à l'organisation")
    String points_back();

    @Message("Chercher (nom, adresse, groupement)")
    String points_search_label();

    @Message("{count} {#if count >= 2}points{#else}point{/if} relais")
    String points_count(long count);

    @Message("Point relais")
    String points_relay_point();

    @Message("Adresse")
    String points_address();

    @Message("Ouverture")
    String points_opening();

    @Message("Aucun point relais ne correspond.")
    String points_none();

    // Antenna form

    @Message("Nom de l'antenne")
    String antenna_name();

    @Message("Par exemple : VRAC Bassin minier")
    String antenna_name_hint();

    @Message("E-mail de contact")
    String antenna_email();

    @Message("Nouvelle antenne")
    String antenna_new();

    @Message("Modifier l'antenne")
    String antenna_edit();

    @Message("Désactiver cette antenne")
    String antenna_deactivate();

    @Message("Réactiver cette antenne")
    String antenna_reactivate();

    // Pricing form

    @Message("Tarifs de {antenna}")
    String pricing_title(String antenna);

    @Message("au centime (0,01 €)")
    String pricing_step_cent();

    @Message("à 0,05 € (pratique pour la monnaie)")
    String pricing_step_5();

    @Message("à 0,10 €")
    String pricing_step_10();

    @Message("Tarif 1 « petit budget » : % du prix coûtant")
    String pricing_tier1();

    @Message("Par exemple 50 : la moitié du prix coûtant")
    String pricing_tier1_hint();

    @Message("Tarif 2 « intermédiaire » : % du prix coûtant")
    String pricing_tier2();

    @Message("Par exemple 90")
    String pricing_tier2_hint();

    @Message("Tarif 3 « solidaire » : % du prix coûtant")
    String pricing_tier3();

    @Message("Par exemple 115 : finance une partie des autres tarifs")
    String pricing_tier3_hint();

    @Message("Arrondi des prix")
    String pricing_step();

    // Purchasing group form

    @Message("Nom du groupement")
    String group_name();

    @Message("Souvent le nom du quartier ou de la ville")
    String group_name_hint();

    @Message("Nouveau groupement d'achat")
    String group_new();

    @Message("Modifier le groupement")
    String group_edit();

    @Message("Désactiver ce groupement")
    String group_deactivate();

    @Message("Réactiver ce groupement")
    String group_reactivate();

    // Relay point form

    @Message("Groupement d'achat")
    String point_group();

    @Message("Nom du point relais")
    String point_name();

    @Message("Par exemple : Centre social Alfred Lefebvre")
    String point_name_hint();

    @Message("Adresse")
    String point_address();

    @Message("Créneau d'ouverture")
    String point_opening();

    @Message("Par exemple : mardi 14 h – 17 h")
    String point_opening_hint();

    @Message("Nom et téléphone de la personne référente")
    String point_contact_hint();

    @Message("Nouveau point relais")
    String point_new();

    @Message("Modifier le point relais")
    String point_edit();

    @Message("Désactiver ce point relais")
    String point_deactivate();

    @Message("Réactiver ce point relais")
    String point_reactivate();

    // Errors of the organisation's services (forms and problem+json)

    @Message("Antenne introuvable.")
    String error_antenna_not_found();

    @Message("Groupement introuvable.")
    String error_group_not_found();

    @Message("Point relais introuvable.")
    String error_relay_point_not_found();

    @Message("L'arrondi des prix est de 0,01 €, 0,05 € ou 0,10 €.")
    String error_price_step();

    @Message("Une antenne porte déjà ce nom.")
    String error_antenna_name_taken();

    @Message("Un groupement de cette antenne porte déjà ce nom.")
    String error_group_name_taken();

    @Message("Compte introuvable.")
    String error_account_not_found();

    @Message("Ce compte n'a pas le rôle bénévole.")
    String error_not_a_volunteer();
}
