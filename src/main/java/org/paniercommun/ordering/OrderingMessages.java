package org.paniercommun.ordering;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of ordering: a household's orders and order form, the volunteers' paper entry, and the order confirmation
 * e-mail, in French (the default locale). Another language is added with
 * {@code src/main/resources/messages/ordering_xx.properties}.
 */
@MessageBundle("ordering")
public interface OrderingMessages {

    // ---- shared ----



    @Message("Caisse solidaire")
    String common_fund();

    @Message("Total des produits")
    String common_goods_total();

    @Message("Saisie des bons de commande")
    String common_paper_entry_title();

    @Message("Reste dû des tournées précédentes : {amount} (à régler au prochain retrait)")
    String common_balance_due(String amount);

    @Message("Avoir des tournées précédentes : {amount} (déduit au prochain retrait)")
    String common_balance_credit(String amount);

    // ---- OrderPages/myOrders ----

    @Message("Mes commandes")
    String my_orders_title();

    @Message("Foyer : {household}")
    String my_orders_household(String household);

    @Message("Commandes ouvertes")
    String my_orders_open();

    @Message("Jusqu'au {deadline}. {status}.")
    String my_orders_round(String deadline, String status);

    @Message("Commande envoyée, à payer au retrait : {toPay}")
    String my_orders_sent(String toPay);

    @Message("Pas encore commandé")
    String my_orders_not_yet();


    @Message("Aucune commande n'est ouverte pour votre groupement en ce moment.")
    String my_orders_none_open();

    @Message("Commandes passées")
    String my_orders_past();




    @Message("Pas encore de commande.")
    String my_orders_none_past();

    @Message("Votre commande est enregistrée.")
    String my_orders_saved();

    @Message("Votre commande est annulée. Vous pouvez en passer une autre tant que la commande est ouverte.")
    String my_orders_cancelled();

    @Message("Commander")
    String my_orders_order();

    @Message("Voir ma commande")
    String my_orders_view();

    @Message("Modifier")
    String my_orders_change();

    @Message("Reprendre ma dernière commande")
    String my_orders_refill();

    @Message("Total des produits : {total}")
    String my_orders_goods(String total);

    @Message("À payer : {toPay}")
    String my_orders_to_pay(String toPay);

    @Message("Voir le détail")
    String my_orders_detail();

    // ---- OrderPages/order (the household's own form) ----

    @Message("Commander avant le {deadline}.")
    String form_until(String deadline);

    @Message("Retrait : {pickup}.")
    String form_pickup(String pickup);

    @Message("Chercher un produit")
    String form_search_label();

    @Message("Chercher")
    String form_search_submit();

    @Message("Aucun produit ne correspond à votre recherche.")
    String form_search_none();

    @Message("Aller au rayon")
    String form_chips_label();

    @Message("Mes produits habituels")
    String form_habitual();

    @Message("Votre commande de la dernière fois est reprise avec les produits proposés cette fois-ci. Vérifiez puis envoyez : rien n'est enregistré avant.")
    String form_refilled();

    @Message("Plus proposés cette fois-ci : {products}.")
    String form_refill_unavailable(String products);

    @Message("Quantité changée pour suivre la vente de ce mois-ci : {products}.")
    String form_refill_adjusted(String products);

    @Message("minimum {minimum.withUnit(unit)}")
    String form_minimum(String minimum, String unit);

    @Message("reste {left.withUnit(unit)}")
    String form_left(String left, String unit);

    @Message("Quantités rapides pour {product}")
    String form_quick_label(String product);

    @Message("Aider à compléter {container} ?")
    String form_tolerance_summary(String container);

    @Message("Le producteur ne livre que des colis entiers. Si vous acceptez un peu plus que votre quantité, cela aide à compléter le colis ; sinon, laissez vide.")
    String form_tolerance_hint();

    @Message("J'accepte jusqu'à")
    String form_tolerance_label();

    @Message("de plus")
    String form_tolerance_more();

    @Message("Pourquoi ce prix ?")
    String form_tiers_summary();

    @Message("Vous payez le {tier}. Chaque foyer choisit son tarif selon sa situation, sans justificatif, dans « Mon foyer ».")
    String form_tiers_yours(String tier);

    @Message("Exemple, {product} : le groupement le paie {cost} le {unit} au producteur, transport compris, sans bénéfice. Au tarif 1 (petit budget), vous le payez {tier1} ; au tarif 2 (intermédiaire), {tier2} ; au tarif 3 (solidaire), {tier3}. Le tarif 3 aide à payer les deux autres.")
    String form_tiers_example(String product, String cost, String unit, String tier1, String tier2, String tier3);

    @Message("{#if count == 0}Aucun produit choisi{#else if count == 1}1 produit{#else}{count} produits{/if}")
    String form_count(int count);

    /** The same for the page's script: # is the number. */
    @Message("# produits")
    String form_count_pattern();

    @Message("Total")
    String form_total();

    @Message("Caisse solidaire")
    String form_reduction();

    @Message("Coupons")
    String form_coupons();

    @Message("À payer au retrait")
    String form_to_pay();

    @Message("Voir ma sélection")
    String form_view_selection();

    @Message("Voir tous les produits")
    String form_view_all();

    @Message("Recalculer")
    String form_recalculate();

    @Message("Votre sélection : seulement les produits choisis. Vérifiez puis envoyez.")
    String form_selection_intro();

    @Message("Aucun produit choisi pour l'instant.")
    String form_selection_empty();

    @Message("Envoyer ma commande")
    String form_send();

    @Message("Enregistrer les changements")
    String form_save_changes();

    @Message("Votre résumé")
    String form_summary_label();

    @Message("Si vous en avez besoin ce mois-ci, la caisse solidaire paie une partie de votre commande : 10 % de réduction sur 20 € de produits, c'est 2 € de moins à payer. Aucune question, aucun justificatif : personne d'autre que vous ne le saura.")
    String form_fund_hint();

    // ---- OrderPages/confirmation ----

    @Message("Commande envoyée")
    String confirmation_title();

    @Message("Merci ! Votre commande pour « {round} » est enregistrée. Si vous avez donné votre adresse e-mail, vous la recevez aussi par e-mail.")
    String confirmation_saved(String round);

    @Message("Ce que vous avez commandé")
    String confirmation_lines();

    @Message("Où et quand la retirer")
    String confirmation_pickup();

    @Message("Retrait")
    String confirmation_pickup_short();

    @Message("Apportez vos contenants pour le vrac ; le montant du vrac suit le poids pesé au retrait.")
    String confirmation_containers();

    @Message("Vous pouvez la modifier ou l'annuler jusqu'au {deadline}.")
    String confirmation_until(String deadline);

    @Message("Modifier ma commande")
    String confirmation_change();

    @Message("Les commandes sont closes : elle ne peut plus changer.")
    String confirmation_closed();

    @Message("{quantity} à {unitPrice}")
    String confirmation_line(String quantity, String unitPrice);

    // ---- OrderPages/receipt ----

    @Message("Les commandes sont closes. Votre commande :")
    String receipt_closed();

    @Message("Certaines quantités ont changé depuis votre commande : la raison est écrite sous le produit.")
    String receipt_adjusted();

    @Message("Commandé")
    String receipt_ordered();

    @Message("vous recevez")
    String receipt_gets();


    @Message("Remarque")
    String receipt_note();

    @Message("Coupons et arrondi solidaires")
    String receipt_contributions();

    @Message("À payer pour cette commande")
    String receipt_to_pay();

    @Message("Déjà payé")
    String receipt_paid();

    @Message("Pour le vrac, le montant suit le poids réel pesé au retrait.")
    String receipt_bulk_hint();

    @Message("← Mes commandes")
    String receipt_back();

    @Message("manquant, non facturé")
    String receipt_note_missing();

    @Message("pesé à la distribution")
    String receipt_note_weighed();

    @Message("sac complété, comme vous l'aviez accepté")
    String receipt_note_rounded_up();

    @Message("réduit : le producteur livre par colis entiers, ou a livré moins")
    String receipt_note_reduced();

    // ---- OrderEntry/order ----

    @Message("Bon de commande de")
    String order_paper_of();

    @Message("Foyer :")
    String order_household();

    @Message("— commandes jusqu'au")
    String order_until();

    @Message("Retrait : {pickup}.")
    String order_pickup(String pickup);

    @Message("{relayPoint}, le {date}, {timeSlot}")
    String order_pickup_slot(String relayPoint, String date, String timeSlot);

    @Message("Certaines quantités sont à corriger : voir les messages en rouge. Rien n'a été enregistré.")
    String order_fix_errors();

    @Message("Saisie rapide : tapez la quantité puis Tab pour passer au produit suivant ; Entrée enregistre. Les tolérances sont après la liste des produits.")
    String order_quick_entry();

    @Message("Aller au produit (n° du bon ou nom)")
    String paper_jump_label();

    @Message("Aller")
    String paper_jump_submit();

    @Message("Sans script, la page se recharge : enregistrez d'abord ce qui est tapé.")
    String paper_jump_hint();

    @Message("Aucun produit ne correspond à « {text} ».")
    String paper_jump_none(String text);

    @Message("Aucun produit ne correspond.")
    String paper_jump_none_script();

    @Message("Tolérances pour compléter les sacs et cartons")
    String paper_tolerances_title();

    @Message("Seulement si le foyer l'a écrit sur son bon.")
    String paper_tolerances_hint();

    @Message("par {step.withUnit(unit)}")
    String order_step(String step, String unit);

    @Message(", minimum {minimum.withUnit(unit)}")
    String order_minimum(String minimum, String unit);

    @Message(", reste {remaining.withUnit(unit)}")
    String order_remaining(String remaining, String unit);

    @Message("Moins de {product}")
    String order_less(String product);

    @Message("Plus de {product}")
    String order_more(String product);

    /** {@code container}: "un sac de 25 kg", "un carton de 6 bouteilles" ({@code catalogue/Amounts}). */
    @Message("Pour compléter {container}, j'accepte jusqu'à")
    String order_tolerance(String container);

    @Message("{unit} de plus")
    String order_tolerance_more(String unit);

    @Message("Total :")
    String order_total();

    @Message("À payer au retrait :")
    String order_to_pay();

    @Message("À payer au retrait (caisse solidaire : − {reduction}) :")
    String order_to_pay_with_fund(String reduction);

    @Message("Si vous en avez besoin ce mois-ci, la caisse solidaire prend en charge une partie de votre commande. "
            + "Aucune question, aucun justificatif : personne d'autre que vous ne le saura.")
    String order_fund_hint();

    @Message("Coupons solidaires de 1 € à ajouter (payés au retrait)")
    String order_coupons_label();

    @Message("Pour aider d'autres foyers : chaque coupon met 1 € dans la caisse.")
    String order_coupons_hint();

    @Message("Modifier la commande")
    String order_change();

    @Message("Envoyer la commande")
    String order_send();

    @Message("Annuler la commande")
    String order_cancel();

    @Message("Annuler la commande de la tournée « {round} » ?")
    String order_cancel_title(String round);

    @Message("La commande de {household} ({total}) sera annulée : rien ne sera préparé ni facturé pour elle. Une nouvelle commande reste possible tant que la tournée est ouverte.")
    String order_cancel_explain(String household, String total);

    @Message("Oui, annuler la commande")
    String order_cancel_confirm();

    @Message("Retour")
    String order_cancel_back();

    @Message("Pas de réduction")
    String order_fund_none();

    @Message("{rate} % de réduction")
    String order_fund_rate(int rate);

    @Message("Choix de réduction invalide.")
    String order_fund_invalid();

    @Message("Nombre entier de coupons attendu (exemple : 2).")
    String order_coupons_invalid();

    // ---- PaperEntryIndex/index ----

    @Message("Commandes jusqu'au {deadline}.")
    String paper_index_until(String deadline);

    @Message("Saisir les bons papier")
    String paper_index_enter();

    @Message("Aucune tournée n'est ouverte aux commandes en ce moment.")
    String paper_index_none();

    @Message("Tournées closes : listes et distribution")
    String paper_index_closed();

    @Message("Listes d'émargement et de préparation")
    String paper_index_lists();

    @Message("Jour de distribution")
    String paper_index_distribution();

    // ---- PaperEntryPages/search ----

    @Message("Saisie des bons — {round}")
    String paper_search_title(String round);

    @Message("Foyer (nom ou numéro)")
    String paper_search_query();

    @Message("Chercher")
    String paper_search_submit();

    @Message("Foyer")
    String paper_search_household();

    @Message("Point relais")
    String paper_search_relay_point();

    @Message("Commande")
    String paper_search_order();

    @Message("Aucun foyer trouvé.")
    String paper_search_none();

    @Message("Commande de {household} enregistrée.")
    String paper_search_saved(String household);

    // ---- mail/orderConfirmed (HTML and text) ----

    @Message("Votre commande")
    String order_confirmed_title();

    @Message("Bonjour {household},")
    String order_confirmed_hello(String household);

    @Message("Votre commande de la tournée")
    String order_confirmed_of_round();

    @Message("est annulée.")
    String order_confirmed_cancelled();

    @Message("est enregistrée. Vous pouvez la modifier jusqu'au")
    String order_confirmed_saved();

    @Message("Votre commande de la tournée « {round} » est annulée.")
    String order_confirmed_cancelled_text(String round);

    @Message("Votre commande de la tournée « {round} » est enregistrée. Vous pouvez la modifier jusqu'au {deadline}.")
    String order_confirmed_saved_text(String round, String deadline);



    @Message("Coupons solidaires")
    String order_confirmed_coupons();

    @Message("Total à payer au retrait")
    String order_confirmed_to_pay();

    @Message("- {product} : {quantity} à {unitPrice} = {amount}")
    String order_confirmed_line_text(String product, String quantity, String unitPrice, String amount);

    @Message("Total des produits : {total}")
    String order_confirmed_goods_total_text(String total);

    @Message("Caisse solidaire : − {reduction}")
    String order_confirmed_fund_text(String reduction);

    @Message("Coupons solidaires : {coupons}")
    String order_confirmed_coupons_text(String coupons);

    @Message("Total à payer au retrait : {toPay}")
    String order_confirmed_to_pay_text(String toPay);

    @Message("Retrait à")
    String order_confirmed_pickup_at();

    @Message(", le")
    String order_confirmed_pickup_on();

    @Message("Pensez à apporter vos contenants pour le vrac.")
    String order_confirmed_containers();

    @Message("Voir ou modifier ma commande")
    String order_confirmed_view();

    @Message("Voir ou modifier ma commande : {url}")
    String order_confirmed_view_text(String url);

    @Message("À bientôt,")
    String order_confirmed_bye();

    // Statuses, as shown on pages, lists and in the API's labels

    @Message("{#when status}{#is SUBMITTED}Envoyée{#is CANCELLED}Annulée{/when}")
    String order_status(OrderStatus status);

    @Message("{#when stage}{#is SENT}Envoyée{#is CANCELLED}Annulée{#is ROUND_CANCELLED}Annulée (tournée annulée){#is TO_COLLECT}À retirer{#is COLLECTED}Retirée{#is ABSENT}Absent{#is SETTLED}Réglée{/when}")
    String order_stage(OrderStage stage);

    @Message("{#when status}{#is WAITING}À servir{#is PICKED_UP}Servi{#is ABSENT}Absent{/when}")
    String pickup_status(PickupStatus status);

    @Message("{#when decision}{#is HELD}Gardé pour le foyer (à payer plus tard){#is SOLD_ON}Revendu à d'autres foyers{#is DONATED}Donné{#is CHARGED}Facturé au foyer{/when}")
    String absence_decision(AbsenceDecision decision);

    // Errors of the ordering services (forms and problem+json)

    @Message("Les commandes de « {round} » ne sont pas encore ouvertes.")
    String error_not_open_yet(String round);

    @Message("Les commandes de « {round} » sont closes depuis le {deadline}.")
    String error_closed_since(String round, String deadline);

    @Message("Ce foyer est désactivé : il ne peut pas commander.")
    String error_household_inactive();

    @Message("Cette tournée ne concerne pas le groupement de ce foyer.")
    String error_round_not_for_group();

    @Message("Cette tournée ne concerne pas votre groupement.")
    String error_round_not_for_your_group();

    @Message("« {product} » n'est pas proposé au groupement {group}.")
    String error_not_offered_to_group(String product, String group);

    @Message("Choisissez au moins un produit (ou annulez la commande).")
    String error_no_product();

    @Message("Aucune commande pour ce foyer dans cette tournée.")
    String error_no_order();

    @Message("La liste des produits commandés manque.")
    String error_lines_missing();

    @Message("Seul le foyer demande une aide de la caisse solidaire, sur sa propre page. Sur un bon papier, il paie une partie avec des bons solidaires au retrait : laissez ce champ vide.")
    String error_fund_asked_by_staff();

    @Message("Les bons solidaires achetés par le foyer avec sa commande (1 € chacun), s'il en a écrit sur son bon. S'il veut de l'aide de la caisse solidaire, il la prend lui-même au retrait, avec les bons de la boîte : rien à saisir ici.")
    String paper_fund_hint();

    @Message("{count} {#if count == 1}produit{#else}produits{/if}")
    String paper_products(int count);

    @Message("Ce produit n'est pas proposé dans cette tournée.")
    String error_offer_unknown();

    @Message("{product} : la quantité ne peut pas être négative.")
    String error_quantity_negative(String product);

    @Message("{product} : au plus trois chiffres après la virgule.")
    String error_quantity_decimals(String product);

    @Message("{product} : au plus {max} par commande.")
    String error_quantity_too_big(String product, String max);

    @Message("{product} : se commande par {step.withUnit(unit)}.")
    String error_quantity_step(String product, String step, String unit);

    @Message("{product} : minimum {minimum.withUnit(unit)}.")
    String error_quantity_minimum(String product, String minimum, String unit);

    @Message("{product} figure deux fois dans la commande.")
    String error_product_twice(String product);

    @Message("{product} : la tolérance ne peut pas être négative.")
    String error_tolerance_negative(String product);

    @Message("{product} : pas de tolérance pour ce produit, il ne se vend pas par sac.")
    String error_tolerance_not_in_cases(String product);

    @Message("{product} : la tolérance se donne par {step.withUnit(unit)}.")
    String error_tolerance_step(String product, String step, String unit);

    @Message("{product} : la tolérance doit rester inférieure à {container}.")
    String error_tolerance_case(String product, String container);

    @Message("Plus assez de « {product} » : il en reste {left.withUnit(unit)} pour vous. Votre commande n'a pas été modifiée : changez cette quantité et renvoyez-la.")
    String error_not_enough(String product, String left, String unit);

    // ---- the order's transitions (Order, OrderLifecycle) ----

    @Message("Ce foyer a déjà été servi.")
    String error_already_served();

    @Message("Ce foyer n'est pas marqué absent.")
    String error_not_absent();

    @Message("Une décision a été prise pour les produits de ce foyer absent : il ne peut plus être rouvert.")
    String error_reopen_decided();

    @Message("Cette commande est annulée : elle ne peut plus changer.")
    String error_order_cancelled();

    @Message("La distribution de cette commande a commencé : elle ne peut plus être modifiée ni annulée.")
    String error_order_handed_out();

    @Message("Une commande a changé pendant la répartition (retrait enregistré ou commande annulée) : rien n'a été enregistré, recommencez.")
    String error_order_not_waiting();
}
