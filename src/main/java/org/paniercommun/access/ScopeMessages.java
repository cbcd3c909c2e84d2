package org.paniercommun.access;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a 404 says for each kind of object, in French (the default locale). The same words whether the object does not
 * exist or lies outside the account's scope: the answer must not tell which.
 */
@MessageBundle("scope")
public interface ScopeMessages {

    @Message("Cette antenne n'existe pas.")
    String missing_antenna();

    @Message("Groupement introuvable.")
    String missing_group();

    @Message("Point relais introuvable.")
    String missing_relay_point();

    @Message("Foyer introuvable.")
    String missing_household();

    @Message("Ce producteur n'existe pas.")
    String missing_producer();

    @Message("Ce produit n'existe pas.")
    String missing_product();

    @Message("Tournée introuvable.")
    String missing_round();

    @Message("Cette distribution n'existe pas.")
    String missing_slot();

    @Message("Ce produit n'est pas proposé dans cette tournée.")
    String missing_round_offer();

    @Message("Commande introuvable.")
    String missing_order();

    @Message("Offre de panier introuvable.")
    String missing_basket_offer();

    @Message("Livraison introuvable.")
    String missing_basket_delivery();

    @Message("Panier introuvable.")
    String missing_basket_handout();

    @Message("Abonnement introuvable.")
    String missing_subscription();

    @Message("Orientation introuvable.")
    String missing_referral();

    @Message("Financeur introuvable.")
    String missing_funder();

    @Message("Compte introuvable.")
    String missing_account();
}
