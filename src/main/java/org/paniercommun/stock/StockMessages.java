package org.paniercommun.stock;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the stock: the sale and write-off page of a distribution day and the antenna's stock page, in French
 * (the default locale). Another language is added with {@code src/main/resources/messages/stock_xx.properties}.
 */
@MessageBundle("stock")
interface StockMessages {

    @Message("Stock — {relayPoint}")
    String sale_title(String relayPoint);

    @Message("Stock à vendre")
    String sale_heading();

    @Message("Ce que les tournées ont acheté en plus des commandes pour compléter un colis. Vendez-le ici à qui le veut (foyer ou visiteur) : l'argent entre dans les comptes de la tournée, et les espèces dans la caisse de ce point relais.")
    String sale_intro();

    @Message("Rien en stock pour le moment.")
    String sale_empty();

    @Message("reste {quantity}")
    String lot_left(String quantity);

    @Message("acheté par « {round} »")
    String lot_from(String round);

    @Message("Prix coûtant : {price} / {unit}")
    String lot_cost_price(String price, String unit);

    @Message("Quantité ({unit})")
    String form_quantity(String unit);

    @Message("Prix payé (€)")
    String form_amount();

    @Message("Par exemple le prix coûtant : {example} pour {quantity}.")
    String form_amount_hint(String example, String quantity);

    @Message("Paiement")
    String form_method();

    @Message("Vendre")
    String form_sell();

    @Message("Perdu ou donné")
    String form_write_off_summary();

    @Message("Pourquoi (abîmé, donné à une association…)")
    String form_note();

    @Message("Sortir du stock")
    String form_write_off();

    @Message("Sorties du stock ici pour cette tournée")
    String movements_heading();

    @Message("Produit")
    String col_product();

    @Message("Quantité")
    String col_quantity();

    @Message("Valeur d'achat")
    String col_value();

    @Message("Payé")
    String col_amount();

    @Message("Comment")
    String col_how();

    @Message("Tournée")
    String col_round();

    @Message("Point relais")
    String col_relay_point();

    @Message("Reste")
    String col_left();

    @Message("Valeur du reste")
    String col_left_value();

    @Message("Acheté par")
    String col_from();

    @Message("{#when kind}{#is SOLD}Vendu{#is WRITTEN_OFF}Perdu ou donné{/when}")
    String kind(StockMovement.Kind kind);

    @Message("Espèces à mettre dans la caisse de ce point relais : {amount}")
    String movements_cash(String amount);

    @Message("← Distribution de {relayPoint}")
    String back(String relayPoint);

    @Message("Vendu : {quantity} de {product} pour {amount}.")
    String notice_sold(String quantity, String product, String amount);

    @Message("Sorti du stock : {quantity} de {product}.")
    String notice_written_off(String quantity, String product);

    @Message("Stock de l'antenne")
    String overview_title();

    @Message("Ce qui reste des colis complétés, à sa valeur d'achat. Il se vend le jour de la distribution, depuis l'écran de distribution du point relais (bouton « Stock »).")
    String overview_intro();

    @Message("Valeur du stock : {amount}")
    String overview_total(String amount);

    @Message("Historique des sorties")
    String overview_history();

    @Message("Antenne")
    String overview_antenna();

    @Message("Voir")
    String overview_show();

    // Errors

    @Message("Indiquez une quantité positive (trois décimales au plus).")
    String error_quantity();

    @Message("Il n'en reste que {left}.")
    String error_quantity_left(String left);

    @Message("Ce produit se vend à la pièce : un nombre entier.")
    String error_whole_pieces();

    @Message("Indiquez le prix payé, en euros (0 si c'est gratuit).")
    String error_amount();

    @Message("Le prix ne peut pas dépasser {max}.")
    String error_amount_too_big(String max);

    @Message("Choisissez le moyen de paiement.")
    String error_method();

    @Message("Dites pourquoi ces produits sortent du stock.")
    String error_note();

    @Message("160 caractères au plus.")
    String error_note_too_long();

    @Message("Le stock se vend pendant la distribution : la journée de ce point relais est déjà clôturée.")
    String error_not_distributing();

    @Message("Ce produit n'est pas dans le stock de l'antenne.")
    String error_lot_not_found();
}
