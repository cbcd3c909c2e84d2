package org.paniercommun.distribution;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of distribution day: the volunteers' distribution screens and the printable pickup and pick lists (A4
 * page and PDF), in French (the default locale). Another language is added with
 * {@code src/main/resources/messages/distribution_xx.properties}.
 */
@MessageBundle("distribution")
public interface DistributionMessages {

    // ---- shared ----

    @Message("Distribution — {name}")
    String common_distribution_title(String name);

    @Message("Produit")
    String common_product();

    @Message("À remettre")
    String common_to_hand_out();

    @Message("À payer :")
    String common_to_pay();

    @Message("n°")
    String common_number();

    @Message("{count} {#if count >= 2}foyers{#else}foyer{/if}")
    String common_households(int count);

    @Message("distribution le {slot}")
    String common_distribution_on(String slot);

    @Message("Trier :")
    String common_sort();

    @Message("par nom")
    String common_by_name();

    @Message("par numéro")
    String common_by_number();

    @Message("Enregistrer")
    String common_save();

    @Message("← Listes")
    String common_back_to_lists();

    @Message("Jour de distribution")
    String index_distribution_day();

    @Message("Imprimer")
    String common_print();

    @Message("Préparation — {relayPoint}")
    String common_pick_title(String relayPoint);

    @Message("Émargement — {relayPoint}")
    String common_pickup_title(String relayPoint);

    // ---- DistributionPages/slots ----

    @Message("Distribution")
    String slots_heading();

    @Message("listes à imprimer")
    String slots_lists();

    @Message("close")
    String slots_closed();

    @Message("Aucun point relais de vos groupements ne distribue cette tournée.")
    String slots_none();

    // ---- DistributionPages/list ----

    @Message("distribution close")
    String list_closed();

    @Message("{served} {#if served >= 2}servis{#else}servi{/if}, {absent} {#if absent >= 2}absents{#else}absent{/if} sur {households} {#if households >= 2}foyers{#else}foyer{/if}.")
    String list_counts(long served, long absent, int households);

    @Message("Stock à vendre (colis complétés)")
    String list_stock();

    @Message("N°")
    String list_number();

    @Message("Foyer")
    String list_household();

    @Message("État")
    String list_status();

    @Message("À payer")
    String list_to_pay();

    @Message("Ouvrir")
    String list_open();

    @Message("Que deviennent ses produits ?")
    String list_absence_decision();

    @Message("Choisir…")
    String list_choose();

    @Message("Remarque")
    String list_note();

    @Message("Aucune commande pour ce point relais.")
    String list_none();

    @Message("Clore la distribution ? Les foyers non servis seront notés absents.")
    String list_close_confirm();

    @Message("Clore la distribution de ce point relais")
    String list_close();

    @Message("Décision enregistrée.")
    String list_decision_saved();

    @Message("Distribution close. Merci !")
    String list_closed_notice();

    // ---- DistributionPages/household ----

    @Message("{household} — distribution")
    String household_title(String household);

    @Message("État :")
    String household_status();

    @Message("Pesé / remis")
    String household_weighed();

    @Message("Manquant")
    String household_missing();

    @Message("Quantité pesée de {product}")
    String household_weighed_label(String product);

    @Message("{product} manquant")
    String household_missing_label(String product);

    @Message("(déjà réglé : {paid})")
    String household_already_paid(String paid);

    @Message("Coupons solidaires achetés aujourd'hui (1 € pièce ; vide = inchangé)")
    String household_coupons();

    @Message("Arrondi solidaire en € (vide = inchangé)")
    String household_round_up();

    @Message("Paiement reçu maintenant")
    String household_payment();

    @Message("Adhésion {year}")
    String household_membership(int year);

    @Message("Payée le {date} ({amount}).")
    String household_membership_paid(String date, String amount);

    @Message("Pas encore payée. Si le foyer la paie aujourd'hui, écrivez son montant ici : 1 € pour le quartier, 20 € ou plus en solidaire. Encaissez-la en plus de la commande, avec le même moyen de paiement, mais ne l'ajoutez pas au « Montant en € » du paiement ci-dessus : il reste celui de la commande.")
    String household_membership_hint();

    @Message("Adhésion payée aujourd'hui (€)")
    String household_membership_amount();

    @Message("Choisissez le moyen de paiement de l'adhésion.")
    String error_membership_method();

    @Message("Montant en €")
    String household_payment_amount();

    @Message("Moyen de paiement")
    String household_payment_method();

    @Message("Ce qui n'est pas payé aujourd'hui reste dû et s'ajoute à la prochaine commande ; un trop-perçu devient un "
            + "avoir.")
    String household_balance_hint();

    @Message("Enregistrer et remettre les produits")
    String household_hand_out();

    @Message("Enregistrer seulement")
    String household_save_only();

    @Message("Foyer absent")
    String household_absent();

    @Message("{household} : servi.")
    String household_served_notice(String household);

    @Message("{household} : enregistré.")
    String household_saved_notice(String household);

    @Message("Reste à payer {amount}.")
    String household_due_notice(String amount);

    @Message("Avoir de {amount}.")
    String household_credit_notice(String amount);

    @Message("{household} : absent.")
    String household_absent_notice(String household);

    // ---- PickupListPages/index ----

    @Message("Listes — {round}")
    String index_title(String round);

    @Message("Listes à imprimer")
    String index_heading();

    @Message("Point relais")
    String index_relay_point();

    @Message("Distribution")
    String index_distribution();

    @Message("Émargement")
    String index_pickup();

    @Message("Préparation")
    String index_pick();

    @Message("page")
    String index_page();

    @Message("Aucun point relais de vos groupements dans cette tournée.")
    String index_none();

    @Message("Les listes se préparent après la clôture des commandes.")
    String index_not_closed();

    // ---- PickupListPages/pickupPdf ----

    @Message("Page")
    String pickup_pdf_page();

    // ---- PickupListPages/picksheet ----

    @Message("Producteur")
    String picksheet_producer();

    @Message("Quantité")
    String picksheet_quantity();

    @Message("Foyers")
    String picksheet_households();

    @Message("Prêt")
    String picksheet_ready();

    @Message("Rien pour ce point relais.")
    String picksheet_none();

    // ---- PickupListPages/sheet ----

    @Message("Liste d'émargement — {relayPoint}")
    String sheet_title(String relayPoint);

    @Message("Commandé")
    String sheet_ordered();

    @Message("Pesé")
    String sheet_weighed();

    @Message("Remis")
    String sheet_handed_out();

    @Message("Initiales :")
    String sheet_initials();

    @Message("Total à encaisser :")
    String sheet_total();

    @Message("Payé")
    String sheet_paid();

    @Message("Moyen de paiement :")
    String sheet_payment_method();

    @Message("Rien à remettre.")
    String sheet_nothing_to_hand_out();

    // ---- pickup list as CSV and .xlsx (column headers) ----

    @Message("Émargement")
    String csv_pickup_sheet();

    @Message("N° foyer")
    String csv_number();

    @Message("Foyer")
    String csv_household();

    @Message("Produit")
    String csv_product();

    @Message("Commandé")
    String csv_ordered();

    @Message("À remettre")
    String csv_to_hand_out();

    @Message("Unité")
    String csv_unit();

    @Message("À payer par le foyer (€)")
    String csv_to_pay();

    @Message("État")
    String csv_status();

    @Message("Préparation")
    String csv_pick_sheet();

    @Message("Producteur")
    String csv_producer();

    @Message("Quantité")
    String csv_quantity();

    @Message("Foyers")
    String csv_households();

    // Payment methods, as shown in forms, lists and the books

    @Message("{#when method}{#is CASH}Espèces{#is CARD}Carte bancaire{#is CHEQUE}Chèque{#is TRANSFER}Virement{#is LOCAL_CURRENCY}Monnaie locale{#is OTHER}Autre{/when}")
    String payment_method(PaymentMethod method);

    // Errors of the distribution services (forms and problem+json)

    @Message("Un autre bénévole vient d'enregistrer ce foyer. Voici ce qui est enregistré maintenant : vérifiez et refaites votre saisie si besoin.")
    String error_stale();

    @Message("Cette ligne n'est pas dans la commande du foyer.")
    String error_line_not_in_order();

    @Message("{product} : indiquez un poids positif, avec au plus trois chiffres après la virgule.")
    String error_weighed_invalid(String product);

    @Message("Nombre de coupons entre 0 et 1000.")
    String error_coupons_range();

    @Message("L'arrondi est un montant positif (1 000 € au plus).")
    String error_round_up_range();

    @Message("Choisissez le moyen de paiement.")
    String error_payment_method_missing();

    @Message("Choisissez ce que deviennent les produits.")
    String error_decision_missing();

    @Message("300 caractères au plus.")
    String error_note_too_long();

    @Message("Commande introuvable dans cette tournée.")
    String error_order_not_found();

    @Message("La distribution de {relayPoint} est close.")
    String error_slot_closed(String relayPoint);

    @Message("Aucun paiement saisi : il reste {amount} à payer. Saisissez le montant reçu, ou cochez « Le foyer paiera plus tard (dette) ».")
    String error_debt_unconfirmed(String amount);

    @Message("Le foyer paiera plus tard (dette)")
    String household_leave_debt();

    @Message("À cocher seulement si le foyer repart sans payer tout ou partie de ce qu'il doit.")
    String household_leave_debt_hint();

    @Message("Dites pourquoi vous rouvrez ce foyer.")
    String error_reopen_reason_missing();

    @Message("La distribution de ce point relais n'est pas close : ouvrez simplement le foyer.")
    String error_reopen_day_open();

    @Message("Rouvrir pour corriger")
    String list_reopen();

    @Message("Raison de la correction")
    String list_reopen_reason();

    @Message("Corriger")
    String list_correct();

    @Message("{household} est rouvert : corrigez puis enregistrez.")
    String list_reopened_notice(String household);

    @Message("La tournée est « {status} » : la distribution se fait quand elle est clôturée.")
    String error_round_not_closed(String status);

    @Message("La coordination n'a pas encore validé les quantités (arrondi aux colis) : la distribution ne peut pas commencer.")
    String error_allocation_not_confirmed();

    @Message("La version du foyer manque : rechargez la liste.")
    String error_version_missing();

    @Message("Ce foyer n'est pas sur la liste de ce point relais.")
    String error_not_on_list();

    @Message("Ce point relais ne distribue pas cette tournée.")
    String error_slot_not_in_round();

    @Message("La saisie est vide.")
    String error_empty_input();

    @Message("Boîte de bons solidaires")
    String bons_title();

    @Message("Chaque foyer peut payer une partie de ce qu'il doit avec des bons solidaires (1 € chacun) pris librement dans la boîte, jusqu'à {maxRate} % de son montant. Encaissez les bons avec les espèces, sans rien noter pour le foyer. En fin de journée, comptez les bons trouvés dans la caisse : les autres retournent à la caisse solidaire.")
    String bons_hint(int maxRate);

    @Message("Bons mis dans la boîte")
    String bons_in_box();

    @Message("La caisse solidaire peut en mettre jusqu'à {max} de plus en ce moment.")
    String bons_can_add(long max);

    @Message("Bons trouvés dans la caisse en fin de journée")
    String bons_used();

    @Message("À remplir une fois la distribution finie ; laissez vide avant.")
    String bons_used_hint();

    @Message("Enregistrer les bons")
    String bons_save();

    @Message("Bons solidaires enregistrés.")
    String bons_saved();

    @Message("Écrivez un nombre entier de bons, par exemple 12.")
    String bons_whole_number();

    @Message("Bons acceptés : jusqu'à {count}")
    String bons_accepted(long count);

    @Message("Bons solidaires dans la boîte : {inBox} · trouvés dans la caisse en fin de journée :")
    String sheet_bons(int inBox);
}
