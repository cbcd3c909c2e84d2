package org.paniercommun.settlement;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.Instant;
import java.time.LocalDate;
import org.paniercommun.household.MembershipKind;

/**
 * Texts of the round's books, the producers' statements (pages, PDF, CSV lines) and the statement e-mail, in
 * French (the default locale). Another language is added with
 * {@code src/main/resources/messages/settlement_xx.properties}.
 */
@MessageBundle("settlement")
public interface SettlementMessages {

    @Message("Total")
    String common_total();

    @Message("État")
    String common_status();

    @Message("Tournée")
    String common_round();

    @Message("Montant (€)")
    String common_amount_label();

    @Message("Ajouter")
    String common_add();

    @Message("Remarque")
    String common_note();

    @Message("Point relais")
    String common_relay_point();

    @Message("Motif")
    String common_reason();

    @Message("Ajustement : {reason}")
    String common_adjustment(String reason);

    @Message("{#when status}{#is 'DRAFT'}Brouillon{#is 'SENT'}Envoyé{#is 'PAID'}Payé{/when}")
    String status_label(String status);

    // Notices after an action

    @Message("Frais ajouté.")
    String notice_cost_added();

    @Message("Subvention ajoutée.")
    String notice_subsidy_added();

    @Message("Caisse enregistrée.")
    String notice_cash_counted();

    @Message("Tournée soldée.")
    String notice_settled();

    @Message("Ajustement enregistré.")
    String notice_adjusted();

    @Message("Relevé envoyé.")
    String notice_sent();

    @Message("Paiement enregistré.")
    String notice_paid();

    // balance.html

    @Message("Bilan — {round}")
    String balance_title(String round);

    @Message("Bilan : {round}")
    String balance_heading(String round);

    @Message("← Retour à la tournée")
    String balance_back();

    @Message("État :")
    String balance_status();

    @Message("Les comptes s'équilibrent au centime près.")
    String balance_balanced();

    @Message("Les comptes ne s'équilibrent pas : voir ci-dessous.")
    String balance_unbalanced();

    @Message("Ressources")
    String balance_resources();

    @Message("Emplois")
    String balance_uses();

    @Message("Résultat : {result}")
    String balance_result(String result);

    @Message("Le résultat est recalculé à partir de ce qui l'explique ; les deux calculs doivent être égaux.")
    String balance_result_explained_note();

    @Message("Résultat expliqué")
    String balance_result_explained();

    @Message("Écart par tarif")
    String balance_tier_gaps();

    @Message("Tarif")
    String balance_tier();

    @Message("Commandes")
    String balance_orders();

    @Message("Coût de ce qu'ils ont reçu")
    String balance_cost();

    @Message("Payé")
    String balance_paid();

    @Message("Écart (coût − payé)")
    String balance_gap();

    @Message("Tarif {tier}")
    String balance_tier_name(int tier);

    @Message("Caisses des points relais")
    String balance_cash();

    @Message("Espèces enregistrées")
    String balance_cash_expected();

    @Message("Comptées")
    String balance_cash_counted();

    @Message("Écart")
    String balance_cash_difference();

    @Message("—")
    String balance_cash_not_counted();

    @Message("Compté (€)")
    String balance_counted_label();

    @Message("Enregistrer la caisse")
    String balance_count_submit();

    @Message("Relevés des producteurs")
    String balance_statements();

    @Message("Producteur")
    String balance_producer();

    @Message("Ajouter un frais")
    String balance_add_cost();

    @Message("Libellé (transport, location…)")
    String balance_cost_label();

    @Message("Affecter une subvention ou un don")
    String balance_add_subsidy();

    @Message("Financeur")
    String balance_funder();

    @Message("Avant de solder")
    String balance_blockers();

    @Message("Relevé introuvable.")
    String error_statement_not_issued();

    @Message("Décisions à prendre")
    String balance_pending_decisions();

    @Message("Ces foyers étaient absents et personne n'a encore décidé ce que deviennent leurs produits (gardés, revendus, donnés ou facturés). Tant que la décision n'est pas prise, leur commande n'est pas comptée comme due et la tournée ne peut pas être soldée.")
    String balance_pending_decisions_note();

    @Message("{household} ({relayPoint}) : décider du devenir de ses produits")
    String balance_pending_decision(String household, String relayPoint);

    @Message("Solder la tournée")
    String balance_settle();

    // producerStatements.html

    @Message("Mes relevés")
    String mine_title();

    @Message("Votre compte n'est lié à aucun producteur : demandez à la coordination.")
    String mine_no_producer();

    @Message("le {date.longDate}")
    String mine_paid_on(LocalDate date);

    @Message("Voir")
    String mine_view();

    @Message("Pas encore de relevé.")
    String mine_none();

    // sheet.html, statement.html, StatementDocument

    @Message("Relevé — {producer}")
    String statement_title(String producer);

    @Message("Relevé producteur : {producer}")
    String sheet_heading(String producer);

    @Message("Tournée")
    String sheet_round();

    @Message("état :")
    String sheet_status();

    @Message("payé le {date.longDate}")
    String sheet_paid_on(LocalDate date);

    @Message("(réf. {reference})")
    String sheet_reference(String reference);

    @Message("Quantités reçues à la plateforme × prix d'achat convenus : 100 % du prix d'achat revient au producteur, quels que soient les tarifs des foyers.")
    String sheet_intro();

    @Message("Produit")
    String sheet_product();

    @Message("Quantité reçue")
    String sheet_quantity();

    @Message("Prix d'achat")
    String sheet_price();

    @Message("Montant")
    String sheet_amount();

    @Message("Total à payer au producteur")
    String sheet_total();

    @Message("← Bilan de la tournée")
    String statement_back_books();

    @Message("← Mes relevés")
    String statement_back_mine();

    @Message("Imprimer")
    String statement_print();

    @Message("Ajustement")
    String statement_adjustment();

    @Message("Montant en € (négatif pour une retenue)")
    String statement_adjustment_amount();

    @Message("Ajouter l'ajustement")
    String statement_adjustment_submit();

    @Message("Envoi")
    String statement_sending();

    @Message("Le relevé part par e-mail à {email}")
    String statement_sent_to(String email);

    @Message("(déjà envoyé le {date.moment})")
    String statement_already_sent(Instant date);

    @Message("Pas d'e-mail : remis en main propre")
    String statement_hand_delivered();

    @Message("Renvoyer")
    String statement_resend();

    @Message("Envoyer le relevé")
    String statement_send();

    @Message("Paiement")
    String statement_payment();

    @Message("Payé le")
    String statement_paid_on();

    @Message("Référence (virement, chèque…)")
    String statement_reference();

    @Message("Noter le paiement")
    String statement_record_payment();

    // mail/producerStatement.*

    @Message("Relevé « {round} » : {total}")
    String mail_subject(String round, String total);

    @Message("Relevé")
    String mail_title();

    @Message("Bonjour,")
    String mail_hello();

    @Message("Voici le relevé de")
    String mail_intro_producer();

    @Message("pour la tournée")
    String mail_intro_round();

    @Message(": ce que nous avons reçu, à vos prix d'achat convenus.")
    String mail_intro_end();

    @Message("Voici le relevé de {producer} pour la tournée « {round} » : ce que nous avons reçu, à vos prix d'achat convenus.")
    String mail_intro_text(String producer, String round);

    @Message("Prix")
    String mail_price();

    @Message("Total à vous payer")
    String mail_total();

    @Message("Total à vous payer : {total}")
    String mail_total_text(String total);

    @Message("{product} : {quantity.withUnit(unit)} à {price} / {unit} = {amount}")
    String mail_line_text(String product, String quantity, String unit, String price, String amount);

    @Message("Ce relevé est aussi dans votre espace producteur. Merci pour vos produits !")
    String mail_thanks();

    @Message("Panier Commun")
    String mail_signature();

    // Errors and labels written by Java code

    @Message("{#when status}{#is DRAFT}Brouillon{#is SENT}Envoyé{#is PAID}Payé{/when}")
    String statement_status(StatementStatus status);

    @Message("La distribution n'est pas terminée dans tous les points relais.")
    String blocker_distribution();

    @Message("{count} {#if count >= 2}foyers{#else}foyer{/if} {#if count >= 2}absents{#else}absent{/if} sans décision sur leurs produits.")
    String blocker_absences(int count);

    @Message("{count} {#if count >= 2}relevés{#else}relevé{/if} producteur non {#if count >= 2}payés{#else}payé{/if}.")
    String blocker_statements_not_paid(int count);

    @Message("Les comptes ne s'équilibrent pas : écart de {gap}.")
    String blocker_unbalanced(String gap);

    @Message("La tournée ne peut pas être soldée : {blockers}")
    String error_not_settleable(String blockers);

    @Message("Ce relevé est déjà payé : il ne peut plus être renvoyé.")
    String error_statement_paid_no_resend();

    @Message("Ce relevé a déjà été envoyé avec un autre total.")
    String error_statement_other_total();

    @Message("Ce relevé est déjà payé.")
    String error_statement_already_paid();

    @Message("Envoyez d'abord le relevé au producteur.")
    String error_statement_send_first();

    @Message("Ce producteur n'a rien livré pour cette tournée.")
    String error_nothing_delivered();

    @Message("Indiquez le montant de l'ajustement (négatif pour une retenue).")
    String error_adjustment_amount();

    @Message("Un ajustement a toujours un motif (300 caractères au plus).")
    String error_adjustment_reason();

    @Message("Ce relevé est déjà envoyé : il ne peut plus être ajusté.")
    String error_statement_sent_no_adjust();

    @Message("Le relevé s'envoie après la distribution, quand les quantités livrées sont connues.")
    String error_statement_before_distribution();

    @Message("Ce producteur n'a pas d'adresse e-mail : imprimez le relevé, remettez-le et cochez « remis en main propre ».")
    String error_statement_no_email();

    @Message("Indiquez la date du paiement.")
    String error_paid_on_required();

    @Message("120 caractères au plus.")
    String error_max_120();

    @Message("300 caractères au plus.")
    String error_max_300();

    @Message("Choisissez le point relais.")
    String error_relay_point_required();

    @Message("Indiquez le montant compté (0 ou plus).")
    String error_counted_required();

    @Message("Ce point relais ne distribue pas cette tournée.")
    String error_relay_point_not_in_round();

    @Message("Les relevés et le bilan se font après la clôture des commandes.")
    String error_round_not_closed();

    @Message("Indiquez un libellé (160 caractères au plus).")
    String error_amount_label();

    @Message("Indiquez un montant positif.")
    String error_amount_positive();

    // The balance sheet's lines (RoundBooks)

    @Message("{#when kind}{#is PAYMENTS}Paiements des foyers : {detail}{#is RECEIVABLE}Reste dû par les foyers{#is CREDITS_SETTLED}Avoirs et dettes antérieures réglées{#is FUND_NET}Caisse solidaire : mouvements nets de la tournée{#is FUND_SHARE}Caisse solidaire : part des commandes prise en charge{#is SUBSIDY}Subvention ou don : {detail}{#is CASH_DIFFERENCE}Écart de caisse{#is PRODUCER}Producteur : {detail}{#is COST}Frais : {detail}{#is TO_FUND}Versé à la caisse solidaire (coupons, arrondis){#is TIER3_TO_FUND}Versé à la caisse solidaire (part du tarif 3){#is TIER_GAP}Écart du tarif {detail} (coût − payé){#is COST_PRICE_GAP}Prix coûtant facturé − producteurs et frais réels (invendus, pertes, logistique){#is SUBSIDIES}Subventions et dons{#is TIER3_SHARE}Part du tarif 3 versée à la caisse{#is MEMBERSHIPS}Adhésions : {detail ?: 'encaissées à la distribution'}{#is STOCK_KEPT}Marchandises gardées en stock (valeur d'achat){#is STOCK_SALES}Ventes du stock{#is STOCK_OUT}Stock sorti (valeur d'achat){#is STOCK_MARGIN}Ventes du stock − leur valeur d'achat{#is STOCK_WRITTEN_OFF}Stock perdu ou donné (valeur d'achat){/when}")
    String books_line(RoundBooks.Line.Kind kind, String detail);

    @Message("{count} {#when kind}{#is QUARTIER}{#if count >= 2}adhésions du quartier{#else}adhésion du quartier{/if}{#is SOLIDAIRE}{#if count >= 2}adhésions solidaires{#else}adhésion solidaire{/if}{/when}")
    String books_memberships(MembershipKind kind, long count);

    @Message("Antenne introuvable.")
    String error_antenna_not_found();

    // The year's books (/comptes)

    @Message("Comptes de l'année")
    String year_title();

    @Message("Antenne")
    String year_antenna();

    @Message("Année")
    String year_year();

    @Message("Voir")
    String year_show();

    @Message("{antenna} : comptes {year}")
    String year_heading(String antenna, int year);

    @Message("Chaque tournée compte ce qu'elle a encaissé et payé, les adhésions payées le jour de sa distribution et son stock. Les adhésions payées à un autre moment s'ajoutent ici.")
    String year_intro();

    @Message("Tournées de l'année")
    String year_rounds();

    @Message("Aucune tournée fermée cette année.")
    String year_no_rounds();

    @Message("Première distribution")
    String year_first_day();

    @Message("Ressources")
    String year_resources();

    @Message("Emplois")
    String year_uses();

    @Message("Résultat")
    String year_result();

    @Message("Équilibré")
    String year_balanced();

    @Message("oui")
    String year_yes();

    @Message("non : voir le bilan")
    String year_no();

    @Message("Résultat des tournées")
    String year_rounds_result();

    @Message("Adhésions payées aux distributions (déjà dans les tournées)")
    String year_memberships_in_rounds();

    @Message("Adhésions payées hors distribution")
    String year_memberships_outside();

    @Message("Aucune.")
    String year_none();

    @Message("Résultat de l'année")
    String year_total();

    @Message("Stock aujourd'hui (valeur d'achat) : {amount}")
    String year_stock(String amount);

    @Message("Voir le stock")
    String year_stock_link();

    @Message("Comptes de l'année")
    String balance_year_link();

    @Message("Bons solidaires (payés par la caisse solidaire)")
    String books_bons();
}
