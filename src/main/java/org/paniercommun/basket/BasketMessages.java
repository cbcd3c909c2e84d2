package org.paniercommun.basket;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * Texts of the solidarity baskets (coordinators' pages, pickup lists, funders' statements, the household's, the
 * producer's and the referrer's pages, and the producers' e-mail), in French (the default locale). Another language
 * is added with {@code src/main/resources/messages/basket_xx.properties}.
 */
@MessageBundle("basket")
public interface BasketMessages {

    // Shared words

    @Message("Paniers solidaires")
    String common_baskets_title();

    @Message("← Paniers solidaires")
    String common_back_overview();

    @Message("Enregistrer")
    String common_save();

    @Message("Ajouter")
    String common_add();

    @Message("Total")
    String common_total();

    @Message("Imprimer")
    String common_print();

    @Message("Date")
    String common_date();

    @Message("Mois")
    String common_month();

    @Message("Du")
    String common_from();

    @Message("au")
    String common_to();

    @Message("Motif")
    String common_reason();

    @Message("Nom")
    String common_name();

    @Message("Offre")
    String common_offer();

    @Message("Taille")
    String common_size();

    @Message("Foyer")
    String common_household();

    @Message("État")
    String common_status();

    @Message("Financeur")
    String common_funder();

    @Message("Producteur")
    String common_producer();

    @Message("Paniers")
    String common_baskets();

    @Message("Structure relais")
    String common_relay();

    @Message("Par structure relais")
    String common_by_relay();

    @Message("Paniers non retirés")
    String common_missed_rule();

    @Message("Contenu du panier")
    String common_content();

    @Message("Recette")
    String common_recipe();

    @Message("préparé par {producer}")
    String common_prepared_by(String producer);

    @Message("Aucune livraison planifiée.")
    String common_no_delivery();

    @Message("oui")
    String common_yes();

    @Message("non")
    String common_no();

    @Message("—")
    String common_none();

    @Message("pause du {from.longDate} au {to.longDate}")
    String common_pause(LocalDate from, LocalDate to);

    @Message("Pause du")
    String common_pause_from();

    @Message("motif (vacances…)")
    String common_pause_reason_placeholder();

    @Message("Suspendre")
    String common_pause_submit();

    @Message("Arrêter à partir du")
    String common_stop_on();

    @Message("motif")
    String common_stop_reason_placeholder();

    @Message("Arrêter")
    String common_stop_submit();

    // Choices computed by the pages

    @Message("Petit panier")
    String size_petit();

    @Message("Grand panier")
    String size_grand();

    @Message("Chaque semaine")
    String frequency_weekly();

    @Message("Toutes les deux semaines")
    String frequency_biweekly();

    @Message("Gardé pour le foyer jusqu'au lendemain")
    String missed_held();

    @Message("Donné à un autre foyer inscrit")
    String missed_given_to_other();

    @Message("Donné à une association d'aide alimentaire")
    String missed_donated();

    // Notices and form errors of the pages

    @Message("Offre créée.")
    String notice_offer_created();

    @Message("Financeur ajouté.")
    String notice_funder_added();

    @Message("Formule créée.")
    String notice_scheme_created();

    @Message("Foyer abonné.")
    String notice_subscribed();

    @Message("Pause enregistrée.")
    String notice_paused();

    @Message("Abonnement arrêté.")
    String notice_stopped();

    @Message("Enveloppe enregistrée.")
    String notice_budget_saved();

    @Message("Fermeture enregistrée.")
    String notice_closure_saved();

    @Message("Règle enregistrée.")
    String notice_rule_saved();

    @Message("{count} {#if count >= 2}paniers{#else}panier{/if} {#if count >= 2}planifiés{#else}planifié{/if}.")
    String notice_planned(int count);

    @Message("Contenu et recette enregistrés.")
    String notice_content_saved();

    @Message("{count} {#if count >= 2}e-mails{#else}e-mail{/if} {#if count >= 2}envoyés{#else}envoyé{/if} aux producteurs.")
    String notice_notified(int count);

    @Message("Panier noté.")
    String notice_handout_saved();

    @Message("Foyer orienté. La coordination va l'abonner.")
    String notice_referred();

    @Message("Choisissez le financeur de chaque part.")
    String error_share_funder();

    @Message("Date invalide (exemple : 2027-01-06).")
    String error_date();

    @Message("Choisissez la structure relais du foyer.")
    String error_place();

    // overview.html

    @Message("Paniers de produits locaux et bio à prix réduit, cofinancés (P.A.N.I.E.R.S.) : offres, financeurs, formules, abonnements des foyers orientés par les référents sociaux, et calendrier des livraisons.")
    String overview_lead();

    @Message("Offres de panier")
    String overview_offers();

    @Message("Valeur")
    String overview_value();

    @Message("Fréquence")
    String overview_frequency();

    @Message("Retrait")
    String overview_pickup();

    @Message("Structures relais")
    String overview_relays();

    @Message("Aucune offre pour l'instant.")
    String overview_no_offer();

    @Message("Livraisons des quatre prochaines semaines")
    String overview_upcoming();

    @Message("Aucune livraison planifiée. Planifiez depuis la page d'une offre.")
    String overview_no_upcoming();

    @Message("Envoyer maintenant les nombres de paniers aux producteurs (livraisons des 3 prochains jours)")
    String overview_notify();

    @Message("Financeurs")
    String overview_funders();

    @Message("Enveloppe mensuelle")
    String overview_monthly_budget();

    @Message("Relevé du mois")
    String overview_monthly_statement();

    @Message("Nouvelle enveloppe (€, vide : aucune)")
    String overview_new_budget();

    @Message("Changer")
    String overview_change();

    @Message("Relevé")
    String overview_statement();

    @Message("Aucun financeur.")
    String overview_no_funder();

    @Message("Formules de financement")
    String overview_schemes();

    @Message("Aucune formule.")
    String overview_no_scheme();

    @Message("Abonnements")
    String overview_subscriptions();

    @Message("Formule")
    String overview_scheme();

    @Message("Part du foyer")
    String overview_household_share();

    @Message("Au")
    String overview_until();

    @Message("le {date.longDate}")
    String overview_stopped_on(LocalDate date);

    @Message("Motif de la pause")
    String overview_pause_reason();

    @Message("Motif de l'arrêt")
    String overview_stop_reason();

    @Message("Aucun abonnement.")
    String overview_no_subscription();

    @Message("Abonner un foyer orienté")
    String overview_subscribe();

    @Message("Orientation")
    String overview_referral();

    @Message("Structure relais (si l'offre en a plusieurs)")
    String overview_relay_if_several();

    @Message("Début")
    String overview_start();

    @Message("Fin (par défaut : deux ans après le début)")
    String overview_end();

    @Message("Abonner")
    String overview_subscribe_submit();

    @Message("Nouvelle offre")
    String overview_new_offer();

    @Message("Valeur du panier (€)")
    String overview_offer_value();

    @Message("Jour de retrait")
    String overview_pickup_day();

    @Message("Horaire de retrait")
    String overview_pickup_time();

    @Message("17 h – 18 h 30")
    String overview_pickup_time_placeholder();

    @Message("Créer l'offre")
    String overview_create_offer();

    @Message("Nouveau financeur")
    String overview_new_funder();

    @Message("Nom (agglomération, CCAS, État, fonds de dotation…)")
    String overview_funder_name();

    @Message("E-mail (facultatif)")
    String overview_funder_email();

    @Message("Enveloppe mensuelle (€, facultative)")
    String overview_funder_budget();

    @Message("Nouvelle formule de financement")
    String overview_new_scheme();

    @Message("Parts en pourcentages entiers, qui totalisent 100 %. Le centime restant va à la part au plus fort reste (à égalité, à la première listée : le foyer, puis les financeurs dans l'ordre).")
    String overview_scheme_rules();

    @Message("Part du foyer (%)")
    String overview_household_percent();

    @Message("Financeur {index}")
    String overview_scheme_funder(int index);

    @Message("part (%)")
    String overview_scheme_percent();

    @Message("Créer la formule")
    String overview_create_scheme();

    // offer.html

    @Message("valeur {value}")
    String offer_value(String value);

    @Message("{frequency}, le {day} {time}")
    String offer_schedule(String frequency, String day, String time);

    @Message("Paniers non retirés :")
    String offer_missed_rule();

    @Message("Changer la règle")
    String offer_change_rule();

    @Message("Fermetures (vacances, jours fériés)")
    String offer_closures();

    @Message("Aucune.")
    String offer_no_closure();

    @Message("Ajouter la fermeture")
    String offer_add_closure();

    @Message("Planifier les livraisons")
    String offer_plan();

    @Message("Chaque abonnement reçoit un panier à chaque date de son rythme (chaque semaine ou toutes les deux semaines depuis son début), hors pauses et fermetures. Planifier deux fois la même période n'ajoute que ce qui manque. Si une enveloppe de financeur serait dépassée, la planification est refusée, sauf confirmation explicite.")
    String offer_plan_rules();

    @Message("Aperçu du {from.longDate} au {to.longDate} : {count} {#if count >= 2}paniers{#else}panier{/if} à ajouter")
    String offer_plan_preview(LocalDate from, LocalDate to, int count);

    @Message("Enveloppe")
    String offer_budget();

    @Message("Déjà planifié")
    String offer_already();

    @Message("Cette planification")
    String offer_planned();

    @Message("Reste avant")
    String offer_remaining();

    @Message("sans enveloppe")
    String offer_no_budget();

    @Message(": dépassement")
    String offer_overspent();

    @Message("Je confirme le dépassement d'enveloppe")
    String offer_override();

    @Message("Aperçu")
    String offer_preview();

    @Message("Planifier")
    String offer_plan_submit();

    @Message("Livraisons")
    String offer_deliveries();

    @Message("Producteur prévenu")
    String offer_notified();

    // delivery.html

    @Message("Livraison du {date}")
    String delivery_title(String date);

    @Message("retrait {time}")
    String delivery_pickup(String time);

    @Message("producteur prévenu")
    String delivery_notified();

    @Message("producteur pas encore prévenu")
    String delivery_not_notified();

    @Message("Retirés")
    String delivery_collected();

    @Message("Non retirés")
    String delivery_missed();

    @Message("Liste de retrait")
    String delivery_pickup_list();

    @Message("Écran")
    String delivery_screen();

    @Message("Contenu de la semaine et recette")
    String delivery_content_heading();

    // pickup.html, pickupPdf.html, pickupSheet.html

    @Message("Retrait des paniers — {relayPoint}")
    String pickup_title(String relayPoint);

    @Message("← Livraison")
    String pickup_back();

    @Message("Noter les retraits")
    String pickup_record();

    @Message("Noter")
    String pickup_record_column();

    @Message("Payé (€)")
    String pickup_paid();

    @Message("Moyen de paiement")
    String pickup_payment_method();

    @Message("Retiré")
    String pickup_collected();

    @Message("Devenir du panier")
    String pickup_missed_rule();

    @Message("Règle de l'offre")
    String pickup_offer_rule();

    @Message("Non retiré")
    String pickup_missed();

    @Message("Page")
    String pickup_pdf_page();

    @Message("Liste de retrait des paniers — {relayPoint}")
    String pickup_sheet_title(String relayPoint);

    @Message("{count} {#if count >= 2}paniers{#else}panier{/if}")
    String pickup_sheet_count(int count);

    @Message("paniers non retirés : {rule}")
    String pickup_sheet_missed_rule(String rule);

    @Message("À payer")
    String pickup_sheet_to_pay();

    @Message("Paiement")
    String pickup_sheet_payment();

    @Message("Initiales")
    String pickup_sheet_initials();

    @Message("Total des parts à encaisser :")
    String pickup_sheet_total();

    // statement.html, statementSheet.html, BasketStatementDocument

    @Message("Relevé {funder} — {month}")
    String statement_title(String funder, String month);

    @Message("Afficher")
    String statement_show();

    @Message("Relevé de {funder} — {month}")
    String statement_heading(String funder, String month);

    @Message("Part du financeur pour les paniers solidaires livrés ce mois-ci")
    String statement_intro();

    @Message("Valeur des paniers")
    String statement_value();

    @Message("Part du financeur")
    String statement_funder_share();

    // myBasket.html

    @Message("Mon panier solidaire")
    String my_title();

    @Message("à retirer à")
    String my_pickup_at();

    @Message("Vous payez")
    String my_you_pay();

    @Message("par panier (valeur {value}, le reste est financé : {scheme}).")
    String my_per_basket(String value, String scheme);

    @Message("Abonnement du {start.longDate} au {end.longDate} — {status}.")
    String my_subscription(LocalDate start, LocalDate end, String status);

    @Message("Vous n'avez pas d'abonnement à un panier solidaire. Un travailleur social (CCAS, centre social) peut vous orienter.")
    String my_none();

    @Message("Retrait {time} à {relayPoint} · à payer : {share}")
    String my_delivery(String time, String relayPoint, String share);

    @Message("Dans le panier")
    String my_content();

    @Message("La recette")
    String my_recipe();

    // producerBaskets.html

    @Message("Mes paniers solidaires")
    String producer_title();

    @Message("Votre compte n'est lié à aucun producteur : demandez à la coordination de le rattacher.")
    String producer_not_linked();

    @Message("{producer} : paniers à préparer par structure relais, pour les huit prochaines semaines. Vous recevez aussi ces nombres par e-mail quelques jours avant chaque livraison.")
    String producer_intro(String producer);

    @Message("Ce mois-ci ({month})")
    String producer_month(String month);

    @Message("{count} {#if count >= 2}paniers livrés{#else}panier livré{/if} jusqu'ici, payés à leur valeur pleine :")
    String producer_month_baskets(int count);

    // referrals.html

    @Message("Orientations vers les paniers solidaires")
    String referrals_title();

    @Message("Vous orientez un foyer en notant la condition d'éligibilité que vous avez vérifiée (par exemple « quotient familial ≤ 1 200 € ») et la date. Aucun justificatif n'est demandé ni conservé. Vous ne voyez que les foyers que vous avez orientés.")
    String referrals_lead();

    @Message("Foyers orientés")
    String referrals_households();

    @Message("Condition vérifiée")
    String referrals_condition();

    @Message("Le")
    String referrals_checked_on();

    @Message("Structure")
    String referrals_structure();

    @Message("Abonnement")
    String referrals_subscription();

    @Message("{offer} ({share} à payer par panier), {relayPoint}, du {start.longDate} au {end.longDate}, {status}")
    String referrals_subscription_line(String offer, String share, String relayPoint, LocalDate start, LocalDate end,
            String status);

    @Message("en attente de la coordination")
    String referrals_waiting();

    @Message("Aucun foyer orienté pour l'instant.")
    String referrals_none();

    @Message("Orienter un foyer")
    String referrals_new();

    @Message("Nom ou numéro du foyer (comme il souhaite apparaître sur les listes)")
    String referrals_name();

    @Message("Nombre de personnes")
    String referrals_people();

    @Message("Téléphone (facultatif)")
    String referrals_phone();

    @Message("Structure relais où le foyer retirera ses paniers")
    String referrals_place();

    @Message("Structure qui oriente (CCAS, centre social…)")
    String referrals_referring_structure();

    @Message("Condition d'éligibilité vérifiée")
    String referrals_eligibility();

    @Message("quotient familial ≤ 1 200 €")
    String referrals_eligibility_placeholder();

    @Message("Vérifiée le")
    String referrals_checked_on_label();

    @Message("Orienter")
    String referrals_submit();

    // BasketMail/basketCounts.*

    @Message("Paniers solidaires du {date} : {total} {#if total >= 2}paniers{#else}panier{/if} « {offer} »")
    String mail_subject(String date, int total, String offer);

    @Message("Bonjour,")
    String mail_hello();

    @Message("Voici les paniers")
    String mail_intro_baskets();

    @Message("à préparer pour le")
    String mail_intro_date();

    @Message("(retrait {time}) :")
    String mail_intro_pickup(String time);

    @Message("Voici les paniers « {offer} » ({size}) à préparer pour le {date} (retrait {time}) :")
    String mail_intro_text(String offer, String size, String date, String time);

    @Message("Total : {total} {#if total >= 2}paniers{#else}panier{/if}")
    String mail_total_text(int total);

    @Message("Vous pouvez indiquer le contenu de la semaine et une recette dans votre espace producteur. Merci !")
    String mail_thanks();

    @Message("Panier Commun")
    String mail_signature();

    // Editing, withdrawing and reinstating an offer

    @Message("Indiquez la version de l'offre que vous modifiez (champ version, lue avec l'offre).")
    String error_offer_version();

    @Message("Cette offre a été modifiée par quelqu'un d'autre entre-temps. Relisez-la telle qu'elle est maintenant, "
            + "puis enregistrez de nouveau vos changements.")
    String error_offer_stale();

    @Message("La fréquence et le jour de retrait ne peuvent pas changer tant que des abonnements à cette offre sont "
            + "en cours ou à venir ({count}) : leur calendrier serait décalé et leurs paniers déjà planifiés resteraient "
            + "aux anciennes dates. Créez une nouvelle offre avec le nouveau rythme (et retirez celle-ci), ou attendez "
            + "la fin de ces abonnements.")
    String error_offer_rhythm_locked(long count);

    @Message("Cette offre est retirée : elle ne prend plus de nouvel abonnement.")
    String error_offer_withdrawn();

    @Message("Cette offre est déjà retirée.")
    String error_offer_already_withdrawn();

    @Message("Cette offre est déjà proposée : elle n'est pas retirée.")
    String error_offer_not_withdrawn();

    @Message("Cette offre a été modifiée par quelqu'un d'autre pendant que vous la modifiiez : elle est affichée en "
            + "haut de la page telle qu'elle est maintenant. Vos saisies sont conservées dans le formulaire ; "
            + "vérifiez-les puis enregistrez de nouveau pour les appliquer.")
    String offer_edit_stale();

    @Message("Offre modifiée.")
    String notice_offer_updated();

    @Message("Offre modifiée. La nouvelle valeur s'applique aux paniers planifiés à partir de maintenant ; "
            + "{kept} {#if kept >= 2}paniers{#else}panier{/if} déjà {#if kept >= 2}planifiés{#else}planifié{/if} à venir {#if kept >= 2}gardent{#else}garde{/if} la valeur et les parts fixées à leur planification.")
    String notice_offer_updated_value(long kept);

    @Message("Offre retirée : elle ne prend plus de nouvel abonnement. Les abonnements en cours continuent.")
    String notice_offer_withdrawn();

    @Message("Offre remise en service : elle prend de nouveau des abonnements.")
    String notice_offer_reinstated();

    @Message("Modifier l'offre")
    String offer_edit();

    @Message("Le nom, la taille, l'horaire et la règle des paniers non retirés changent aussitôt. Une nouvelle valeur "
            + "s'applique aux paniers planifiés ensuite : les paniers déjà planifiés, livrés ou non, gardent leur valeur "
            + "et leurs parts, et les relevés des financeurs déjà établis ne changent pas. Un nouveau producteur prépare "
            + "les livraisons pas encore annoncées ; les livraisons passées restent à l'ancien. La fréquence et le jour "
            + "de retrait ne changent que si aucun abonnement n'est en cours ou à venir.")
    String offer_edit_rules();

    @Message("Enregistrer les modifications")
    String offer_edit_submit();

    @Message("Retirée")
    String offer_withdrawn_badge();

    @Message("Proposée")
    String offer_active_badge();

    @Message("État")
    String offer_status();

    @Message("Cette offre est retirée : elle ne prend plus de nouvel abonnement. Les abonnements en cours ne changent "
            + "pas et leurs paniers continuent jusqu'à leur fin.")
    String offer_withdrawn_status();

    @Message("Retirer l'offre arrête les nouveaux abonnements ; les abonnements en cours ne changent pas et leurs "
            + "paniers continuent jusqu'à leur fin.")
    String offer_withdraw_hint();

    @Message("Retirer l'offre")
    String offer_withdraw();

    @Message("Remettre l'offre en service")
    String offer_reinstate();

    // Errors and labels written by Java code

    @Message("L'enveloppe mensuelle est un montant positif ou nul.")
    String error_budget_negative();

    @Message("{funder} ({month}) : reste {remaining} sur {budget}, ces paniers demandent {planned}")
    String error_budget_overspent_funder(String funder, String month, String remaining, String budget, String planned);

    @Message("Enveloppe dépassée : {details}. Réduisez la période ou confirmez explicitement le dépassement.")
    String error_budget_overspent(String details);

    @Message("La date de vérification ne peut pas être dans le futur.")
    String error_checked_on_future();

    @Message("Indiquez la date à laquelle la condition a été vérifiée.")
    String error_checked_on_required();

    @Message("Indiquez la date de fermeture.")
    String error_closed_on_required();

    @Message("Indiquez la condition d'éligibilité vérifiée (exemple : quotient familial ≤ 1 200 €), 300 caractères au plus. Aucun justificatif n'est conservé.")
    String error_condition_invalid();

    @Message("Indiquez l'orientation.")
    String error_condition_required();

    @Message("Indiquez le contenu du panier.")
    String error_content_required();

    @Message("Livraison introuvable.")
    String error_delivery_not_found();

    @Message("La fin ne peut pas précéder le début.")
    String error_end_before_start();

    @Message("Choisissez la fréquence (chaque semaine ou toutes les deux semaines).")
    String error_frequency_required();

    @Message("Indiquez le nom du financeur (160 caractères au plus).")
    String error_funder_name_required();

    @Message("Un financeur s'appelle déjà « {name} ».")
    String error_funder_name_taken(String name);

    @Message("Financeur introuvable.")
    String error_funder_not_found();

    @Message("Panier introuvable.")
    String error_handout_not_found();

    @Message("Ce panier a été noté par quelqu'un d'autre entre-temps. Rechargez la liste.")
    String error_handout_stale();

    @Message("Indiquez si le panier a été retiré ou non.")
    String error_handout_status_required();

    @Message("Ce foyer a été effacé.")
    String error_household_erased();

    @Message("Foyer introuvable.")
    String error_household_not_found();

    @Message("Choisissez le foyer orienté ou inscrivez-le.")
    String error_household_required();

    @Message("160 caractères au plus.")
    String error_max_160();

    @Message("254 caractères au plus.")
    String error_max_254();

    @Message("300 caractères au plus.")
    String error_max_300();

    @Message("4 000 caractères au plus.")
    String error_max_4000();

    @Message("8 000 caractères au plus.")
    String error_max_8000();

    @Message("Un panier non retiré n'est pas payé.")
    String error_missed_not_paid();

    @Message("Choisissez ce que deviennent les paniers non retirés.")
    String error_missed_rule_required();

    @Message("Mois invalide (exemple : 2027-01).")
    String error_month_invalid();

    @Message("Votre compte n'est lié à aucun producteur.")
    String error_no_producer_linked();

    @Message("Indiquez le nom de l'offre (120 caractères au plus).")
    String error_offer_name_invalid();

    @Message("Indiquez l'offre de panier.")
    String error_offer_name_required();

    @Message("Offre de panier introuvable.")
    String error_offer_not_found();

    @Message("Choisissez l'offre de panier.")
    String error_offer_required();

    @Message("Le montant payé ne peut pas être négatif.")
    String error_paid_negative();

    @Message("Indiquez le début et la fin de la pause.")
    String error_pause_bounds_required();

    @Message("Des paniers de cette période ont déjà été remis ou notés absents.")
    String error_pause_handouts_done();

    @Message("La fin de la pause ne peut pas précéder son début.")
    String error_pause_order();

    @Message("Indiquez le moyen de paiement.")
    String error_payment_method_required();

    @Message("Choisissez le jour de retrait.")
    String error_pickup_day_required();

    @Message("Indiquez l'horaire de retrait (exemple : 17 h – 18 h 30).")
    String error_pickup_time_required();

    @Message("Indiquez le début et la fin de la période à planifier.")
    String error_plan_bounds_required();

    @Message("La période va du début à la fin, six mois au plus.")
    String error_plan_period_invalid();

    @Message("Indiquez la période à planifier.")
    String error_plan_period_required();

    @Message("Producteur introuvable.")
    String error_producer_not_found();

    @Message("Choisissez le producteur qui prépare les paniers.")
    String error_producer_required();

    @Message("Orientation introuvable.")
    String error_referral_not_found();

    @Message("Un abonnement part d'une orientation : choisissez-la.")
    String error_referral_required();

    @Message("Structure relais introuvable.")
    String error_relay_not_found();

    @Message("Choisissez une structure relais où cette offre est retirée.")
    String error_relay_point_of_offer();

    @Message("Structure relais inconnue.")
    String error_relay_point_unknown();

    @Message("Choisissez au moins une structure relais.")
    String error_relay_points_required();

    @Message("Un même financeur ne peut avoir qu'une part.")
    String error_scheme_funder_twice();

    @Message("Le foyer n'a qu'une part.")
    String error_scheme_household_once();

    @Message("Indiquez le nom de la formule (160 caractères au plus).")
    String error_scheme_name_required();

    @Message("Une formule s'appelle déjà « {name} ».")
    String error_scheme_name_taken(String name);

    @Message("Formule de financement introuvable.")
    String error_scheme_not_found();

    @Message("Choisissez la formule de financement.")
    String error_scheme_required();

    @Message("Choisissez la taille du panier.")
    String error_size_required();

    @Message("Indiquez la date de début.")
    String error_start_required();

    @Message("Un abonnement ne peut pas s'arrêter avant d'avoir commencé.")
    String error_stop_before_start();

    @Message("Indiquez la date d'arrêt.")
    String error_stop_date_required();

    @Message("Cet abonnement est déjà arrêté.")
    String error_subscription_already_stopped();

    @Message("Ce foyer a déjà un abonnement en cours à cette offre.")
    String error_subscription_exists();

    @Message("Abonnement introuvable.")
    String error_subscription_not_found();

    @Message("Cet abonnement est arrêté.")
    String error_subscription_stopped();

    @Message("Indiquez la valeur du panier (montant positif).")
    String error_value_required();

    @Message("{#when frequency}{#is WEEKLY}Chaque semaine{#is BIWEEKLY}Toutes les deux semaines{/when}")
    String frequency(Frequency frequency);

    @Message("{#when status}{#is WAITING}À remettre{#is COLLECTED}Retiré{#is MISSED}Non retiré{/when}")
    String handout_status(BasketHandout.Status status);

    @Message("{#when rule}{#is HELD}Gardé pour le foyer jusqu'au lendemain{#is GIVEN_TO_OTHER}Donné à un autre foyer inscrit{#is DONATED}Donné à une association d'aide alimentaire{/when}")
    String missed_rule(MissedRule rule);

    @Message("{#when size}{#is PETIT}Petit panier{#is GRAND}Grand panier{/when}")
    String size(BasketSize size);

    @Message("{#when status}{#is ACTIVE}En cours{#is STOPPED}Arrêté{/when}")
    String subscription_status(Subscription.Status status);

    @Message("{#when reason}{#is NONE_GIVEN}Indiquez au moins une part.{#is OUT_OF_RANGE}Chaque part est un pourcentage entier entre 1 et 100.{#is TOTAL}Les parts doivent totaliser 100 % (ici {total} %).{/when}")
    String error_shares(ShareSplit.Problem.Reason reason, int total);
}
