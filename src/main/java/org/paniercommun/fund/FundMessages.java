package org.paniercommun.fund;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the solidarity fund pages (coordinators' page and public page), in French (the default locale).
 * Another language is added with {@code src/main/resources/messages/fund_xx.properties}.
 */
@MessageBundle("fund")
public interface FundMessages {

    @Message("Caisse solidaire")
    String common_fund();

    @Message("Enregistrer")
    String common_save();

    // Kinds of movement, as shown in the inflows table, the API's labels and the funders' report.

    @Message("{#when kind}{#is COUPON}Coupons de 1 €{#is DONATION}Dons{#is GRANT}Subventions{#is ROUND_UP}Arrondis au retrait{#is TIER3_SURPLUS}Part solidaire du tarif 3{#is DRAW}Réductions accordées{#is DRAW_RELEASE}Réductions rendues{#is CORRECTION}Corrections{#is BONS}Bons solidaires payés au retrait{/when}")
    String entry_kind(EntryKind kind);

    // manage.html

    @Message("Caisse solidaire — {antenna}")
    String manage_title(String antenna);

    @Message("Solde")
    String manage_balance();

    @Message("(réserve minimale : {floor})")
    String manage_floor(String floor);

    @Message("Total des réductions accordées")
    String manage_total_given();

    @Message("Solde au fil du temps")
    String manage_history();

    @Message("Évolution du solde de la caisse")
    String manage_chart_label();

    @Message("Entrées")
    String manage_inflows();

    @Message("Type")
    String manage_kind();

    @Message("Montant")
    String manage_amount();

    @Message("Aucune entrée.")
    String manage_no_inflow();

    @Message("Réductions par tournée")
    String manage_rounds();

    @Message("Personne ne peut savoir qui a demandé une réduction : seuls les totaux sont montrés, et pas du tout quand moins de 3 foyers en ont bénéficié.")
    String manage_rounds_privacy();

    @Message("Tournée")
    String manage_round();

    @Message("Donné")
    String manage_given();

    @Message("Foyers aidés")
    String manage_households_helped();

    @Message("Aucune tournée.")
    String manage_no_round();

    @Message("moins de 3 foyers : non affiché")
    String manage_given_hidden();

    @Message("—")
    String manage_households_hidden();

    @Message("Enregistrer une entrée")
    String manage_record();

    @Message("Don")
    String manage_kind_donation();

    @Message("Subvention (fondation, ville, fonds national)")
    String manage_kind_grant();

    @Message("Coupons de 1 €")
    String manage_kind_coupon();

    @Message("Arrondis au retrait")
    String manage_kind_round_up();

    @Message("Correction (motif obligatoire)")
    String manage_kind_correction();

    @Message("Montant (€)")
    String manage_amount_label();

    @Message("Négatif seulement pour une correction.")
    String manage_amount_hint();

    @Message("Donateur (facultatif)")
    String manage_donor_label();

    @Message("Motif")
    String manage_reason_label();

    @Message("Choisissez le type de mouvement.")
    String manage_error_kind();

    @Message("Réglages")
    String manage_settings();

    @Message("Réductions proposées (%)")
    String manage_rates_label();

    @Message("Par exemple : 10, 20, 30")
    String manage_rates_hint();

    @Message("Taux séparés par des virgules, par exemple : 10, 20, 30.")
    String manage_error_rates();

    @Message("Réserve minimale (€)")
    String manage_floor_label();

    @Message("La caisse ne descend jamais sous ce montant.")
    String manage_floor_hint();

    @Message("Plafond par foyer et par tournée (€, facultatif)")
    String manage_cap_label();

    @Message("Verser à la caisse la part du tarif 3 au-dessus du prix coûtant (à la clôture de chaque tournée)")
    String manage_tier3_surplus();

    @Message("Enregistrer les réglages")
    String manage_save_settings();

    // publicPage.html

    @Message("La caisse solidaire")
    String public_heading();

    @Message("Chaque coupon de 1 €, chaque don alimente une caisse commune. Quand un foyer en a besoin, il demande 10, 20 ou 30 % de réduction sur sa commande, sans justificatif et sans que personne ne le sache.")
    String public_lead();

    @Message("Dans la caisse aujourd'hui :")
    String public_balance();

    @Message("Déjà donné en réductions :")
    String public_total_given();

    @Message("Foyers aidés lors de la dernière tournée :")
    String public_households_helped();

    @Message("Contribuer")
    String public_contribute();

    @Message("Ajoutez des coupons à votre commande ou déposez-les au point relais ; les dons sont aussi les bienvenus : parlez-en à la coordination de votre groupement.")
    String public_contribute_text();

    // What a household reads when its reduction cannot be given in full

    @Message("La caisse solidaire n'a pas assez d'argent en ce moment : pas de réduction possible ce mois-ci. Votre commande est bien enregistrée.")
    String shortfall_none();

    @Message("La caisse solidaire ne peut pas donner {asked} % en ce moment : {possible} % possible ce mois-ci. Votre commande est enregistrée sans réduction ; choisissez {possible} % et renvoyez-la si vous le souhaitez.")
    String shortfall_lower(int asked, int possible);

    // Errors of the fund's services (forms and problem+json)

    @Message("Les taux de réduction sont entre 1 et 100 %.")
    String error_rates_range();

    @Message("Les montants ne peuvent pas être négatifs.")
    String error_amounts_negative();

    @Message("Les réductions ne s'enregistrent qu'avec les commandes.")
    String error_draw_by_hand();

    @Message("Une correction doit toujours avoir un motif.")
    String error_correction_reason();

    @Message("Le montant ne peut pas être nul.")
    String error_amount_zero();

    @Message("Le montant doit être positif.")
    String error_amount_not_positive();

    @Message("Cette correction ferait passer la caisse sous zéro.")
    String error_below_zero();

    @Message("Réductions possibles : {rates}.")
    String error_rate_not_offered(String rates);

    @Message("La caisse a déjà utilisé cet argent : il ne peut plus être retiré.")
    String error_money_spent();

    @Message("Nombre de coupons entre 0 et 1000.")
    String error_coupons_range();

    @Message("La caisse a déjà utilisé ces coupons : ils ne peuvent plus être retirés.")
    String error_coupons_spent();

    @Message("Les bénévoles enregistrent les coupons et les arrondis au retrait.")
    String error_volunteer_kinds();

    @Message("Cette tournée n'est pas une tournée de l'antenne.")
    String error_round_not_of_antenna();

    @Message("Écrivez un nombre de bons entre 0 et 100 000.")
    String bons_in_box_invalid();

    @Message("Écrivez le nombre de bons trouvés dans la caisse : entre 0 et {inBox} (ceux mis dans la boîte).")
    String bons_used_invalid(int inBox);

    @Message("La caisse solidaire ne peut pas mettre autant de bons : au plus {max} en ce moment, sans descendre sous sa réserve.")
    String bons_not_enough(long max);

    @Message("Les bons solidaires se préparent après la clôture des commandes et se comptent jusqu'au bilan de la tournée.")
    String bons_not_now();

    @Message("Distribution introuvable.")
    String bons_slot_not_found();

    @Message("Les chiffres de cette caisse s'afficheront quand au moins 3 foyers auront été aidés : avec moins, on pourrait deviner qui.")
    String public_too_few();
}
