package org.paniercommun.closing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of a round's closing: the coordinator's closing page (cases, reception, confirmation) and the e-mail to
 * households whose quantities changed, in French (the default locale). Another language is added with
 * {@code src/main/resources/messages/closing_xx.properties}.
 */
@MessageBundle("closing")
interface ClosingMessages {

    // ---- shared ----

    @Message("Produit")
    String common_product();

    @Message("Enregistrer")
    String common_save();

    @Message("Sans point relais")
    String common_no_relay_point();

    /** The figures are those of the row: ordered, tolerances, case size ({@code CaseRounding.lastCase}). */
    @Message("Il manque {missing} pour compléter le colis n° {caseNumber} de « {product} » (colis de {caseSize}) : {ordered} commandés{#if fullCases >= 2} = {fullCases} colis pleins + {inLastCase}{#else if fullCases == 1} = 1 colis plein + {inLastCase}{/if}, et les tolérances ({tolerances}) ne suffisent pas.")
    String common_missing(String missing, int caseNumber, String product, String ordered, int fullCases,
            String caseSize, String inLastCase, String tolerances);

    @Message("Colis n° {caseNumber} complété par les tolérances (+ {missing}).")
    String common_filled_by_tolerances(int caseNumber, String missing);

    // ---- ClosingPages/closing ----

    @Message("Clôture — {round}")
    String closing_title(String round);

    @Message("Clôture : {round}")
    String closing_heading(String round);

    @Message("← Retour à la tournée")
    String closing_back();

    @Message("État :")
    String closing_status();

    @Message("Cette page sert une fois les commandes closes, avant la distribution. Les totaux ci-dessous sont ceux "
            + "des commandes en cours.")
    String closing_not_closed();

    @Message("Produits et colis")
    String closing_products();

    @Message("Les producteurs livrent par colis entiers. Les tolérances des foyers (« jusqu'à … de plus pour compléter "
            + "un sac ») servent d'abord, dans l'ordre des commandes.")
    String closing_rules_intro();

    @Message("Si elles ne suffisent pas :")
    String closing_rules_if_short();

    @Message("compléter")
    String closing_rules_round_up();

    @Message("le colis (le reste va en stock) ou")
    String closing_rules_round_up_rest();

    @Message("réduire")
    String closing_rules_round_down();

    @Message("les commandes (les dernières commandes d'abord, un pas chacune à tour de rôle, jamais en dessous de zéro).")
    String closing_rules_round_down_rest();

    @Message("Producteur")
    String closing_producer();

    @Message("Commandé")
    String closing_ordered();

    @Message("Tolérances")
    String closing_tolerances();

    @Message("Colis")
    String closing_cases();

    @Message("Attribué")
    String closing_allocated();

    @Message("Surplus")
    String closing_surplus();

    @Message("Arrondi")
    String closing_rounding();

    @Message("Réception")
    String closing_reception();

    @Message("À décider : {count} {#if count >= 2}produits ont{#else}produit a{/if} un colis incomplet")
    String closing_to_decide(int count);

    @Message("Aucun colis incomplet : rien à décider.")
    String closing_nothing_to_decide();

    @Message("Les autres produits : {count} en colis complets")
    String closing_others(int count);

    @Message("Ce que le producteur a livré, produit par produit.")
    String closing_reception_intro();

    @Message("{count} {#if count >= 2}foyers{#else}foyer{/if}")
    String closing_households(int count);

    @Message("Compléter")
    String closing_decision_round_up();

    @Message("Réduire")
    String closing_decision_round_down();

    @Message("Compléter le colis")
    String closing_choose_round_up();

    @Message("Réduire les commandes")
    String closing_choose_round_down();

    @Message("Règle habituelle du produit")
    String closing_remember();

    @Message("Appliquer")
    String closing_apply();

    @Message("Reçu ({unit})")
    String closing_received(String unit);

    @Message("État")
    String closing_reception_status();

    @Message("Remarque (remplacé par…)")
    String closing_reception_note();

    @Message("Par point relais")
    String closing_per_relay_point();

    @Message("Total")
    String closing_total();

    @Message("Quand les arrondis vous conviennent, validez : les foyers dont les quantités changent sont prévenus "
            + "(e-mail et page de commande), les bons fournisseurs peuvent partir et la distribution peut commencer.")
    String closing_confirm_hint();

    @Message("Valider les quantités")
    String closing_confirm();

    @Message("Quantités validées. Un manque à la réception est encore réparti sur les foyers jusqu'au début de la "
            + "distribution ; ils en sont prévenus.")
    String closing_confirmed();

    @Message("Arrondi enregistré.")
    String closing_decision_saved();

    @Message("Réception enregistrée.")
    String closing_reception_saved();

    @Message("Choisissez l'état de la livraison.")
    String closing_reception_status_missing();

    @Message("Quantités validées : les foyers concernés sont prévenus.")
    String closing_confirm_saved();

    // ---- mail/quantitiesChanged (HTML and text) ----

    @Message("Votre commande « {round} » : quantités ajustées")
    String quantities_changed_subject(String round);

    @Message("Quantités ajustées")
    String quantities_changed_title();

    @Message("Bonjour {household},")
    String quantities_changed_hello(String household);

    @Message("Les producteurs livrent par sacs ou colis entiers. Pour la tournée")
    String quantities_changed_intro();

    @Message(", certaines quantités de votre commande ont été ajustées :")
    String quantities_changed_intro_rest();

    @Message("Les producteurs livrent par sacs ou colis entiers. Pour la tournée « {round} », certaines quantités de "
            + "votre commande ont été ajustées :")
    String quantities_changed_intro_text(String round);

    @Message(": commandé {ordered}, vous recevrez")
    String quantities_changed_line(String ordered);

    @Message("- {product} : commandé {ordered}, vous recevrez {allocated}")
    String quantities_changed_line_text(String product, String ordered, String allocated);

    @Message("(pour compléter un sac, comme vous l'aviez accepté)")
    String quantities_changed_more();

    @Message("Montant prévu à payer au retrait :")
    String quantities_changed_to_pay();

    @Message("(il suit le poids réel pour le vrac).")
    String quantities_changed_to_pay_rest();

    @Message("Montant prévu à payer au retrait : {toPay} (il suit le poids réel pour le vrac).")
    String quantities_changed_to_pay_text(String toPay);

    @Message("Voir ma commande")
    String quantities_changed_view();

    @Message("Voir ma commande : {url}")
    String quantities_changed_view_text(String url);

    @Message("À bientôt,")
    String quantities_changed_bye();

    // Errors of the closing service (forms and problem+json)

    @Message("Choisissez : compléter le sac ou réduire les commandes.")
    String error_decision_missing();

    @Message("Les quantités sont déjà validées et les foyers prévenus : l'arrondi aux sacs ne peut plus changer.")
    String error_allocation_confirmed();

    @Message("Indiquez l'état de la livraison.")
    String error_reception_status_missing();

    @Message("Indiquez la quantité reçue.")
    String error_received_missing();

    @Message("La quantité reçue est un nombre positif, avec au plus trois chiffres après la virgule.")
    String error_received_invalid();

    @Message("300 caractères au plus.")
    String error_note_too_long();

    @Message("Dites par quoi le produit a été remplacé.")
    String error_replacement_missing();

    @Message("Ce produit ne fait pas partie de la tournée.")
    String error_offer_not_in_round();

    @Message("La tournée est « {status} » : cela se fait quand elle est clôturée, avant la distribution.")
    String error_not_closed(String status);

    @Message("La distribution a commencé : notez les produits manquants directement sur l'écran de distribution.")
    String error_distribution_started();
}
