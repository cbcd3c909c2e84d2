package org.paniercommun.purchaseorder;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the producers' purchase orders: the coordinators' and producers' pages, the printed order (page and
 * PDF) and the e-mail to the producer, in French (the default locale). Another language is added with
 * {@code src/main/resources/messages/purchase_xx.properties}.
 */
@MessageBundle("purchase")
interface PurchaseOrderMessages {

    // ---- shared ----

    @Message("Bon de commande — {producer}")
    String common_title(String producer);

    @Message("Producteur")
    String common_producer();

    @Message("Produit")
    String common_product();

    @Message("Colis")
    String common_cases();

    @Message("Quantité")
    String common_quantity();

    @Message("Prix d'achat")
    String common_purchase_price();

    @Message("Montant")
    String common_amount();

    @Message("Total")
    String common_total();

    @Message("Tournée")
    String common_round();

    @Message("Livraison")
    String common_delivery();

    @Message("à préciser")
    String common_to_specify();

    @Message("Voir")
    String common_view();

    @Message("Enregistrer")
    String common_save();

    @Message("Adresse de livraison")
    String common_delivery_address();

    @Message("Remarque")
    String common_note();

    @Message("Mes bons de commande")
    String common_producer_orders();

    @Message("Colis et réception")
    String common_closing_page();

    // ---- PurchaseOrderPages/deliveryFields ----

    @Message("Date de livraison")
    String delivery_date();

    @Message("Remarque pour le producteur (facultatif)")
    String delivery_note();

    // ---- PurchaseOrderPages/list ----

    @Message("Commandes aux producteurs — {round}")
    String list_title(String round);

    @Message("Commandes aux producteurs : {round}")
    String list_heading(String round);

    @Message("← Retour à la tournée")
    String list_back();

    @Message("Les quantités ne sont pas encore confirmées : décidez les colis et confirmez sur la page")
    String list_not_confirmed();

    @Message("avant d'envoyer les bons.")
    String list_not_confirmed_rest();

    @Message("Produits")
    String list_products();

    @Message("Envoi")
    String list_sending();

    @Message("À renvoyer")
    String list_to_resend();

    @Message("(quantités changées)")
    String list_changed();

    @Message("Envoyé")
    String list_sent();

    @Message("Pas envoyé")
    String list_not_sent();

    @Message("sans e-mail")
    String list_without_email();

    @Message("Rien à commander : aucune commande de foyer n'a rempli de colis.")
    String list_none();

    @Message("Envoyer par e-mail les bons pas encore envoyés")
    String list_send_all();

    @Message("Livraison (pour tous les producteurs)")
    String list_delivery_for_all();

    @Message("Appliquer à tous les bons")
    String list_apply_to_all();

    @Message("Livraison enregistrée pour tous les bons.")
    String list_delivery_saved();

    @Message("{sent} {#if sent >= 2}bons{#else}bon{/if} {#if sent >= 2}envoyés{#else}envoyé{/if}.")
    String list_sent_notice(int sent);

    @Message("Sans e-mail, à imprimer et remettre : {producers}.")
    String list_without_email_notice(String producers);

    // ---- PurchaseOrderPages/order ----

    @Message("← Commandes aux producteurs")
    String order_back_coordinator();

    @Message("← Mes bons de commande")
    String order_back_producer();

    @Message("Imprimer")
    String order_print();

    @Message("Envois")
    String order_sendings();

    @Message("Pas encore envoyé.")
    String order_not_sent();

    @Message("(renvoi)")
    String order_resend();

    @Message("— par {by}")
    String order_sent_by(String by);

    @Message("Les quantités ont changé depuis le dernier envoi : renvoyez le bon.")
    String order_changed();

    @Message("Le bon part par e-mail à {email}, avec le fichier CSV.")
    String order_by_email(String email);

    @Message("Pas d'e-mail : bon imprimé et remis (ou dicté au téléphone)")
    String order_hand_delivered();

    @Message("Les quantités de la tournée ne sont pas encore confirmées (page « Colis et réception »).")
    String order_not_confirmed();

    @Message("Renvoyer le bon")
    String order_send_again();

    @Message("Envoyer le bon")
    String order_send();

    @Message("Livraison pour ce producteur")
    String order_delivery();

    @Message("Livraison enregistrée.")
    String order_delivery_saved();

    @Message("Bon de commande envoyé.")
    String order_sent_notice();

    // ---- PurchaseOrderPages/producerOrders ----

    @Message("Votre compte n'est lié à aucun producteur : demandez à la coordination.")
    String producer_orders_no_producer();

    @Message("Pas encore de bon de commande.")
    String producer_orders_none();

    // ---- PurchaseOrderPages/sheet ----

    @Message("Bon de commande : {producer}")
    String sheet_heading(String producer);

    @Message("Livraison le")
    String sheet_delivery_date();

    @Message("Taille du colis")
    String sheet_case_size();

    @Message("Total de la commande")
    String sheet_total();

    @Message("Prix d'achat convenus, figés à l'ouverture de la tournée. Le règlement suit les quantités réellement "
            + "reçues.")
    String sheet_terms();

    // ---- mail/purchaseOrder (HTML and text) ----

    @Message("Bon de commande « {round} » : {total}")
    String mail_subject(String round, String total);

    @Message("Bon de commande (mise à jour) « {round} » : {total}")
    String mail_subject_resent(String round, String total);

    @Message("Bon de commande")
    String mail_title();

    @Message("Bonjour,")
    String mail_hello();

    @Message("Voici notre commande à")
    String mail_order_to();

    @Message("pour la tournée")
    String mail_for_round();

    @Message("Elle remplace le bon envoyé précédemment.")
    String mail_replaces();

    @Message("Voici notre commande à {producer} pour la tournée « {round} » ({antenna}).")
    String mail_intro_text(String producer, String round, String antenna);

    @Message("Livraison le")
    String mail_delivery_on();

    @Message("à l'adresse :")
    String mail_delivery_at();

    @Message("Livraison le {date} à l'adresse : {address}.")
    String mail_delivery_text(String date, String address);

    @Message("- {product} : {cases} × {caseSize.withUnit(unit)} = {quantity.withUnit(unit)} à {unitPrice} / {unit} = {amount}")
    String mail_line_text(String product, int cases, String caseSize, String unit, String quantity, String unitPrice,
            String amount);

    @Message("Total : {total}")
    String mail_total_text(String total);

    @Message("Le même bon est joint en CSV, et il est dans votre espace producteur. Merci !")
    String mail_attached();

    // Errors and labels written by Java code

    @Message("remis en main propre")
    String sending_hand_delivered();

    @Message("Rien n'est commandé à ce producteur pour cette tournée.")
    String error_nothing_ordered();

    @Message("Confirmez d'abord les quantités de la tournée (page « Clôture ») : le bon de commande part avec les sacs et cartons décidés.")
    String error_allocation_not_confirmed();

    @Message("Indiquez la date de livraison avant d'envoyer le bon.")
    String error_delivery_date_before_sending();

    @Message("Indiquez l'adresse de livraison avant d'envoyer le bon.")
    String error_delivery_address_before_sending();

    @Message("Ce producteur n'a pas d'adresse e-mail : imprimez le bon de commande, transmettez-le et cochez « remis en main propre ».")
    String error_no_email();

    @Message("Les bons de commande se font une fois les commandes de la tournée clôturées.")
    String error_round_not_closed();

    @Message("Indiquez la date de livraison.")
    String error_delivery_date_required();

    @Message("La livraison ne peut pas avoir lieu avant la fin des commandes.")
    String error_delivery_before_deadline();

    @Message("Indiquez l'adresse de livraison.")
    String error_delivery_address_required();

    @Message("300 caractères au plus.")
    String error_max_300();

    @Message("500 caractères au plus.")
    String error_max_500();
}
