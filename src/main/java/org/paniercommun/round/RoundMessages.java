package org.paniercommun.round;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the round pages (list, preparation, detail, simulation), of the printable paper order forms and
 * of the round e-mails (round opened, reminder), in French (the default locale). Another language is added
 * with {@code src/main/resources/messages/round_xx.properties}.
 */
@MessageBundle("round")
public interface RoundMessages {

    // Shared by the round pages, the printable order form and the e-mails

    @Message("Préparer une tournée")
    String common_prepare();

    @Message("Antenne")
    String common_antenna();

    @Message("État")
    String common_status();

    @Message("Ouverture")
    String common_opens();

    @Message("Date limite")
    String common_deadline();

    @Message("Groupements")
    String common_groups();

    @Message("Groupement")
    String common_group();

    @Message("Point relais")
    String common_relay_point();

    @Message("Produit")
    String common_product();

    @Message("Producteur")
    String common_producer();

    @Message("Catégorie")
    String common_category();

    @Message("Prix coûtant")
    String common_cost_price();

    @Message("Tarif")
    String common_tier_heading();

    @Message("Tarif {tier}")
    String common_tier(Integer tier);

    // Round list (RoundPages/list.html)

    @Message("Tournées")
    String list_title();

    @Message("Tournées de commande")
    String list_heading();

    @Message("Tournée")
    String list_round();

    @Message("Aucune tournée pour l'instant.")
    String list_none();

    // New round (RoundPages/form.html)

    @Message("Nom de la tournée")
    String form_name();

    @Message("Par exemple : Commande de décembre")
    String form_name_hint();

    @Message("Ouverture des commandes")
    String form_opens_at();

    @Message("Date limite de commande")
    String form_deadline();

    @Message("Groupements concernés")
    String form_groups();

    @Message("Créer la tournée")
    String form_submit();

    @Message("Vous choisirez ensuite les produits, les plafonds et les créneaux de distribution.")
    String form_next();

    @Message("Date et heure invalides (exemple : 2026-12-01T09:00).")
    String form_invalid_date_time();

    // Round detail (RoundPages/detail.html)

    @Message("Prix")
    String detail_prices();

    @Message("Figés à l'ouverture :")
    String detail_prices_frozen();

    @Message("Prévus (figés à l'ouverture) :")
    String detail_prices_planned();

    @Message("tarif 1 : {tier1} %, tarif 2 : {tier2} %, tarif 3 : {tier3} % du prix coûtant ; arrondi à {step}")
    String detail_pricing(String tier1, String tier2, String tier3, String step);

    @Message("Commandes")
    String detail_orders();

    @Message("{count} {#if count >= 2}commandes{#else}commande{/if}, {total}")
    String detail_order_count(int count, String total);

    @Message("Simulation")
    String detail_simulation();

    @Message("Saisir des bons papier")
    String detail_paper_entry();

    @Message("Après la clôture :")
    String detail_after_closing();

    @Message("Colis et réception")
    String detail_closing();

    @Message("Commandes aux producteurs")
    String detail_purchase_orders();

    @Message("Listes à imprimer")
    String detail_pickup_lists();

    @Message("Distribution")
    String detail_distribution();

    @Message("Relevés et bilan")
    String detail_books();

    @Message("Bons de commande à imprimer :")
    String detail_order_forms();

    @Message("Offre")
    String detail_offer();

    @Message("Proposé")
    String detail_offered();

    @Message("Plafond")
    String detail_cap();

    @Message("Commandé")
    String detail_ordered();

    @Message("Proposer {product}")
    String detail_offer_label(String product);

    @Message("Plafond pour {product} ({unit})")
    String detail_cap_label(String product, String unit);

    @Message("aucun")
    String detail_cap_placeholder();

    @Message("Aucun produit actif n'est proposé aux groupements de cette tournée : voir le catalogue.")
    String detail_no_product();

    @Message("Enregistrer l'offre")
    String detail_save_offer();

    @Message("Créneaux de distribution")
    String detail_slots();

    @Message("Date")
    String detail_date();

    @Message("Créneau")
    String detail_slot();

    @Message("Date de distribution à {relayPoint}")
    String detail_slot_date_label(String relayPoint);

    @Message("14 h – 17 h")
    String detail_slot_placeholder();

    @Message("Créneau à {relayPoint}")
    String detail_slot_label(String relayPoint);

    @Message("Enregistrer les créneaux")
    String detail_save_slots();

    @Message("Enregistré.")
    String detail_saved();

    @Message("Se lit : {label}")
    String detail_slot_reads(String label);

    @Message("Attention : l'ouverture des commandes ({opensAt}) est déjà passée. La tournée ne s'ouvrira que lorsque vous l'ouvrirez ; vous pouvez aussi corriger la date.")
    String common_opening_in_past(String opensAt);

    @Message("Date invalide : {date}")
    String detail_invalid_date(String date);

    @Message("Action inconnue.")
    String detail_unknown_action();

    @Message("Ouvrir les commandes maintenant (les prix sont figés)")
    String transition_open();

    @Message("Clôturer les commandes")
    String transition_close();

    @Message("Marquer distribuée")
    String transition_distribute();

    @Message("Solder la tournée")
    String transition_settle();

    @Message("Annuler la tournée")
    String transition_cancel();

    // Simulation (SimulationPages/simulation.html)

    @Message("Simulation — {round}")
    String sim_title(String round);

    @Message("Simulation de la tournée « {round} »")
    String sim_heading(String round);

    @Message("État : {status}.")
    String sim_status(String status);

    @Message("Base des quantités.")
    String sim_basis();

    @Message("Foyers actifs des groupements de la tournée, comptés selon leur tarif actuel. « À couvrir » = ce que coûtent\nles produits (prix d'achat + logistique) moins ce que paient les foyers ; quand les foyers paient plus que le coût, c'est un excédent.")
    String sim_intro();

    @Message("Foyers")
    String sim_households();

    @Message("Tournée précédente : « {round} » ({count} {#if count > 1}foyers ont commandé{#else}foyer a commandé{/if}) — quantité moyenne par foyer de chaque produit, appliquée aux produits de cette tournée (un produit absent de cette tournée-là compte pour zéro).")
    String sim_basis_previous(String round, long count);

    @Message("Panier type : chaque foyer commande le minimum de commande (ou un pas, sans minimum) de chaque produit proposé à son groupement, faute de tournée précédente avec des commandes.")
    String sim_basis_typical();

    @Message("Payé par les foyers")
    String sim_paid();

    @Message("Coût (prix coûtant)")
    String sim_cost();

    @Message("Reçu par les producteurs")
    String sim_producers();

    @Message("À couvrir")
    String sim_gap();

    @Message("excédent de {amount}")
    String sim_surplus(String amount);

    @Message("Total")
    String sim_total();

    // Printable order form (OrderFormPages)

    @Message("Bon de commande — {round}")
    String sheet_title(String round);

    @Message("Imprimer")
    String sheet_print();

    @Message("Télécharger le PDF")
    String sheet_download();

    @Message("groupement {group}")
    String sheet_group(String group);

    @Message("à rendre au point relais avant le {deadline}")
    String sheet_deadline(String deadline);

    @Message("Prix provisoires : la tournée n'est pas encore ouverte, ils sont fixés à son ouverture.")
    String sheet_provisional();

    @Message("Nom du foyer :")
    String sheet_household_name();

    @Message("N° de foyer :")
    String sheet_household_number();

    @Message("Point relais :")
    String sheet_relay_point();

    @Message("Tarif (cochez) :")
    String sheet_tier_tick();

    @Message("— chaque foyer choisit son tarif lui-même, aucun justificatif n'est demandé.")
    String sheet_no_proof();

    @Message("N°")
    String sheet_number();

    @Message("Unité")
    String sheet_unit();

    @Message("Par")
    String sheet_step();

    @Message("Minimum")
    String sheet_minimum();

    @Message("Quantité")
    String sheet_quantity();

    @Message("Aucun produit de cette tournée n'est proposé à ce groupement.")
    String sheet_none();

    @Message("Si vous en avez besoin ce mois-ci, la caisse solidaire paie une partie de votre commande : au retrait, "
            + "prenez vous-même des bons solidaires dans la boîte près de la caisse et payez avec, jusqu'à {maxRate} % "
            + "de ce que vous payez. Rien à cocher, aucune question, aucun justificatif : personne ne note qui en prend.")
    String sheet_fund_hint(int maxRate);

    @Message("Nombre de coupons :")
    String sheet_coupons_count();

    // The printed form's texts that the order page also shows (ordering's bundle, a layer above round): the PDF
    // (OrderFormDocument) reads them here, the same words.

    /** {@code container}: "un sac de 25 kg", "un carton de 6 bouteilles" ({@code catalogue/Amounts}). */
    @Message("Pour compléter {container}, j'accepte jusqu'à")
    String sheet_tolerance(String container);

    @Message("{unit} de plus")
    String sheet_tolerance_more(String unit);

    @Message("Caisse solidaire")
    String sheet_fund();

    @Message("Coupons solidaires de 1 € à ajouter (payés au retrait)")
    String sheet_coupons_label();

    @Message("Pour aider d'autres foyers : chaque coupon met 1 € dans la caisse.")
    String sheet_coupons_hint();

    @Message("Quantités par multiples de la colonne « Par » (exemple : 0,5 kg). Les produits en vrac sont pesés au retrait ; apportez vos contenants.")
    String sheet_footer();

    @Message("Choisissez le groupement du bon de commande.")
    String sheet_choose_group();

    // E-mails: round opened (mail/roundOpened.*) and reminder (mail/reminder.*)

    @Message("Bonjour {name},")
    String mail_hello(String name);

    @Message("Retrait des produits à")
    String mail_pickup_at();

    @Message("le")
    String mail_pickup_on();

    @Message("Passer ma commande")
    String mail_order_button();

    @Message("Passer ma commande : {url}")
    String mail_order_link(String url);

    @Message("À bientôt,")
    String mail_bye();

    @Message("Nouvelle tournée « {round} » : commandez jusqu'au {deadline}")
    String mail_opened_subject(String round, String deadline);

    @Message("Nouvelle tournée")
    String mail_opened_title();

    @Message("La tournée")
    String mail_opened_round();

    @Message("est ouverte : vous pouvez commander jusqu'au")
    String mail_opened_until();

    @Message("La tournée « {round} » est ouverte : vous pouvez commander jusqu'au {deadline}.")
    String mail_opened_text(String round, String deadline);

    @Message("Vous pouvez aussi remplir un bon de commande papier à votre point relais.")
    String mail_opened_paper();

    @Message("Pour commander, remplissez un bon de commande papier à votre point relais. Pour commander en ligne, demandez un code d'accès à un bénévole de votre groupement.")
    String mail_paper_only();

    @Message("Rappel : commandez avant le {deadline} (« {round} »)")
    String mail_reminder_subject(String deadline, String round);

    @Message("Votre commande est enregistrée : « {round} »")
    String mail_order_saved_subject(String round);

    @Message("Commande annulée : « {round} »")
    String mail_order_cancelled_subject(String round);

    @Message("Rappel")
    String mail_reminder_title();

    @Message("Petit rappel : les commandes de la tournée")
    String mail_reminder_intro();

    @Message("se terminent le")
    String mail_reminder_ends();

    @Message("Nous n'avons pas encore reçu votre commande.")
    String mail_reminder_not_received();

    @Message("Petit rappel : les commandes de la tournée « {round} » se terminent le {deadline}. Nous n'avons pas encore reçu votre commande.")
    String mail_reminder_text(String round, String deadline);

    @Message("Si vous avez déjà rempli un bon papier à votre point relais, ne tenez pas compte de ce message.")
    String mail_reminder_ignore();

    // Statuses, as shown on pages, lists and in the API's labels

    @Message("{#when status}{#is DRAFT}En préparation{#is OPEN}Ouverte aux commandes{#is CLOSED}Clôturée{#is DISTRIBUTED}Distribuée{#is SETTLED}Soldée{#is CANCELLED}Annulée{/when}")
    String round_status(RoundStatus status);

    @Message("{#when status}{#is COMPLETE}Complet{#is SHORT}Manquant{#is DAMAGED}Abîmé{#is REPLACED}Remplacé{/when}")
    String reception_status(ReceptionStatus status);

    // Errors of the round's services (forms and problem+json)

    @Message("Tournée introuvable.")
    String error_round_not_found();

    @Message("Cette tournée n'existe pas.")
    String error_round_unknown();

    @Message("Ce groupement ne participe pas à cette tournée.")
    String error_group_not_in_round();

    @Message("Les créneaux ne se changent plus une fois la tournée clôturée.")
    String error_slots_locked();

    @Message("Un seul créneau par point relais.")
    String error_one_slot_per_relay_point();

    @Message("Le point relais « {name} » n'appartient à aucun groupement de la tournée.")
    String error_relay_point_outside(String name);

    @Message("Un produit figure deux fois dans l'offre.")
    String error_duplicate_product();

    @Message("La tournée est ouverte : on ne peut plus ajouter ni retirer de produit, seulement changer les plafonds.")
    String error_offer_locked();

    @Message("Produit inconnu.")
    String error_unknown_product();

    @Message("« {name} » n'est pas un produit actif de cette antenne.")
    String error_product_not_active(String name);

    @Message("Le plafond de « {name} » ne peut pas être inférieur à ce qui est déjà commandé.")
    String error_cap_below_ordered(String name);

    @Message("Ajoutez au moins un produit à l'offre avant d'ouvrir la tournée.")
    String error_empty_offer();

    @Message("La date limite doit être après l'ouverture.")
    String error_deadline_before_opening();

    @Message("Le groupement « {name} » est d'une autre antenne.")
    String error_group_other_antenna(String name);

    @Message("La tournée est « {status} » : elle ne peut plus être modifiée.")
    String error_not_draft(String status);

    @Message("La tournée est « {status} » : elle ne peut pas passer à « {target} ».")
    String error_transition(String status, String target);

    @Message("La tournée ne peut pas être marquée distribuée : {count} point(s) relais n'ont pas clôturé leur journée de distribution.")
    String error_days_not_closed(long count);

    @Message("Annuler la tournée « {round} » ?")
    String cancel_title(String round);

    @Message("Les commandes ne seront ni livrées ni facturées, et la tournée ne pourra plus être rouverte.")
    String cancel_consequences();

    @Message("{count} foyer(s) ayant commandé : ceux qui ont une adresse e-mail sont prévenus par e-mail que la tournée est annulée.")
    String cancel_households(int count);

    @Message("Oui, annuler la tournée")
    String cancel_confirm();

    @Message("Retour")
    String cancel_back();

    @Message("Tournée annulée : « {round} »")
    String mail_cancelled_subject(String round);

    @Message("Tournée annulée")
    String mail_cancelled_title();

    @Message("La tournée « {round} » a été annulée : votre commande ne sera pas livrée et vous n'avez rien à payer pour elle.")
    String mail_cancelled_text(String round);

    @Message("Nous sommes désolés pour ce contretemps. Votre point relais vous dira quand la prochaine tournée ouvrira.")
    String mail_cancelled_sorry();
}
