package org.paniercommun.household;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the household pages (list, file, self-registration, "Mon foyer"), in French (the default
 * locale). Another language is added with {@code src/main/resources/messages/household_xx.properties}.
 */
@MessageBundle("household")
public interface HouseholdMessages {

    // Shared by the household pages

    @Message("Enregistrer")
    String common_save();

    @Message("— choisir —")
    String common_choose();

    @Message("Modifications enregistrées.")
    String common_saved();

    @Message("Foyer n° {id}")
    String common_household_number(long id);

    @Message("Point relais")
    String common_relay_point();

    @Message("Groupement")
    String common_group();

    @Message("Tarif")
    String common_tier();

    @Message("—")
    String common_none();

    // Household fields (fields.html)

    @Message("Nom ou numéro du foyer")
    String fields_display_name();

    @Message("Comme vous souhaitez apparaître sur les listes : un nom, un prénom ou un numéro.")
    String fields_display_name_hint();

    @Message("Nombre de personnes dans le foyer")
    String fields_people_count();

    @Message("Choisissez selon votre situation. Aucun justificatif n'est demandé, jamais.")
    String fields_tier_hint();

    @Message("Téléphone (facultatif)")
    String fields_phone();

    @Message("E-mail (facultatif)")
    String fields_email();

    @Message("Pour recevoir l'ouverture des commandes et les confirmations.")
    String fields_email_hint();

    @Message("Point relais inconnu.")
    String fields_unknown_relay_point();

    @Message("Choisissez le point relais.")
    String fields_choose_relay_point();

    // Household file (edit.html)

    @Message("Ce foyer est désactivé : il ne peut plus commander.")
    String edit_deactivated_notice();

    @Message("Adhésion de cette année")
    String edit_membership_legend();

    @Message("Ne rien changer")
    String edit_membership_none();

    @Message("Adhésion quartier (1 €)")
    String edit_membership_neighbourhood();

    @Message("Adhésion solidaire (20 € ou plus)")
    String edit_membership_solidarity();

    @Message("Montant de l'adhésion solidaire (€)")
    String edit_membership_amount();

    @Message("Laisser vide pour 1 € (quartier).")
    String edit_membership_amount_hint();

    @Message("Adhésion payée")
    String edit_membership_paid();

    @Message("Gestion")
    String edit_management();

    @Message("Désactiver ce foyer")
    String edit_deactivate();

    @Message("Réactiver ce foyer")
    String edit_reactivate();

    @Message("Exporter ses données (JSON)")
    String edit_export_data();

    @Message("Je confirme : effacer le nom, l'e-mail, le téléphone et le compte de ce foyer (les montants restent dans la comptabilité).")
    String edit_erase_confirm();

    @Message("Effacer les données personnelles")
    String edit_erase();

    @Message("Télécharger toutes mes données (JSON)")
    String edit_download_my_data();

    @Message("Inscrire un foyer")
    String edit_title_new();

    @Message("Mon foyer")
    String edit_title_mine();

    @Message("Cochez la case de confirmation pour effacer ce foyer.")
    String edit_confirm_erase();

    @Message("Type d'adhésion inconnu.")
    String edit_unknown_membership_kind();

    @Message("{year} : {kind}, {amount}")
    String edit_membership(int year, String kind, String amount);

    @Message(", payée le {date}")
    String edit_membership_paid_on(String date);

    @Message(", payée")
    String edit_membership_paid_short();

    @Message(", à payer")
    String edit_membership_to_pay();

    // Erased household (erased.html)

    @Message("Foyer effacé")
    String erased_title();

    @Message("Les données personnelles de ce foyer ont été effacées. Ses montants restent dans la comptabilité.")
    String erased_notice();

    @Message("Retour à la liste des foyers")
    String erased_back();

    // Household list (list.html)

    @Message("Foyers")
    String list_title();

    @Message("Foyer n° {id} inscrit.")
    String list_registered(Long id);

    @Message("Inscrire un autre foyer")
    String list_register_another();

    @Message("Inscrire un foyer")
    String list_register();

    @Message("Exporter (CSV)")
    String list_export();

    @Message("Exporter (Excel)")
    String list_export_xlsx();

    @Message("Chercher (nom, numéro, e-mail, téléphone)")
    String list_search_label();

    @Message("Tous")
    String list_all();

    @Message("Tarif {tier}")
    String list_tier_option(int tier);

    @Message("Chercher")
    String list_search();

    @Message("{count} {#if count >= 2}foyers{#else}foyer{/if}")
    String list_count(long count);

    @Message("N°")
    String list_number();

    @Message("Foyer")
    String list_household();

    @Message("Pers.")
    String list_people();

    @Message("Adhésion")
    String list_membership();

    @Message("État")
    String list_status();

    @Message("actif")
    String list_active();

    @Message("désactivé")
    String list_deactivated();

    @Message("Aucun foyer ne correspond.")
    String list_none();

    @Message("(payée)")
    String list_membership_paid();

    @Message("(à payer)")
    String list_membership_to_pay();

    // Self-registration (register.html)

    @Message("S'inscrire")
    String register_title();

    @Message("S'inscrire au groupement d'achat")
    String register_heading();

    @Message("Créez votre compte pour commander en ligne. Vous pouvez aussi vous inscrire et commander sur papier à votre point relais.")
    String register_intro();

    @Message("Identifiant de connexion")
    String register_login();

    @Message("Votre e-mail, ou un nom que vous retiendrez.")
    String register_login_hint();

    @Message("Mot de passe")
    String register_password();

    @Message("8 caractères au moins.")
    String register_password_hint();

    @Message("Créer mon compte")
    String register_submit();

    // Errors and labels written by Java code

    @Message("{#when tier}{#is SMALL_BUDGET}Tarif 1 — petit budget{#is INTERMEDIATE}Tarif 2 — intermédiaire{#is SOLIDARITY}Tarif 3 — solidaire{/when}")
    String tier_label(PriceTier tier);

    @Message("{#when tier}{#is SMALL_BUDGET}Pour les foyers qui ont du mal à boucler le mois : vous payez environ la moitié de ce que le groupement paie le produit (au producteur, transport compris).{#is INTERMEDIATE}Pour les foyers un peu justes : vous payez un peu moins que ce que le groupement paie le produit.{#is SOLIDARITY}Pour les foyers qui peuvent aider : vous payez un peu plus que ce que le groupement paie le produit, ce qui finance les autres tarifs.{/when}")
    String tier_explanation(PriceTier tier);

    @Message("{#when kind}{#is QUARTIER}Adhésion quartier{#is SOLIDAIRE}Adhésion solidaire{/when}")
    String membership_kind(MembershipKind kind);

    @Message("Choisissez un identifiant (votre e-mail, par exemple).")
    String error_login_required();

    @Message("Cet identifiant est déjà pris.")
    String error_login_taken();

    @Message("Le mot de passe doit faire au moins 8 caractères.")
    String error_password_too_short();

    @Message("Foyer introuvable.")
    String error_household_not_found();

    @Message("Aucun foyer n'est rattaché à ce compte.")
    String error_no_household_for_account();

    @Message("Aucun foyer n'est lié à ce compte.")
    String error_no_household_linked();

    @Message("Le montant ne peut pas être négatif.")
    String error_amount_negative();

    @Message("L'adhésion solidaire est d'au moins 20 €.")
    String error_solidarity_minimum();

    @Message("Une adhésion de plus de 1 000 € est sans doute une erreur de frappe.")
    String error_membership_too_big();

    @Message("Indiquez le montant de l'adhésion en euros (1 € pour le quartier, 20 € ou plus en solidaire).")
    String error_membership_amount();

    @Message("L'adhésion {year} est déjà payée.")
    String error_membership_already_paid(int year);

    @Message("Cette adhésion a été payée à une distribution : elle est dans les comptes de la tournée et ne se change plus ici.")
    String error_membership_held_by_round();

    @Message("Ce point relais n'appartient pas au groupement choisi.")
    String error_point_other_group();

    @Message("Les informations du foyer manquent.")
    String error_household_missing();

    @Message("Fichier CSV illisible : {reason}")
    String error_csv_unreadable(String reason);

    @Message("Colonne obligatoire absente.")
    String error_csv_column_missing();

    @Message("Aucun foyer n° {id}.")
    String error_csv_unknown_household(long id);

    @Message("Groupement inconnu : « {name} ».")
    String error_csv_unknown_group(String name);

    @Message("Point relais inconnu dans ce groupement : « {name} ».")
    String error_csv_unknown_point(String name);

    @Message("Type d'adhésion : « quartier » ou « solidaire ».")
    String error_csv_membership_kind();

    @Message("Nombre entier attendu, pas « {text} ».")
    String error_csv_integer(String text);

    @Message("« oui » ou « non » attendu, pas « {text} ».")
    String error_csv_yes_no(String text);
}
