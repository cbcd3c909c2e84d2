package org.paniercommun.basket;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * Texts of the funders' monthly statements (delivered and planned baskets, the envelope, sending to the funder) and
 * of the producer's month, in French (the default locale); templates read them as {@code releve:}. Kept apart from
 * {@link BasketMessages}, whose generated bundle class is at the size Quarkus 3.33 can still verify (one more
 * message there gives a VerifyError at start).
 */
@MessageBundle("releve")
interface BasketStatementMessages {

    @Message("Paniers livrés jusqu'au {date.longDate}")
    String delivered_heading(LocalDate date);

    @Message("Aucun panier livré ce mois-ci jusqu'ici.")
    String no_delivered();

    @Message("Total livré")
    String total_delivered();

    @Message("Paniers planifiés, pas encore livrés")
    String planned_heading();

    @Message("Ils ne sont pas facturés dans ce relevé : ils le seront une fois livrés.")
    String planned_intro();

    @Message("Total planifié")
    String total_planned();

    @Message("Enveloppe mensuelle {budget} : {delivered} livrés et {planned} planifiés, reste {remaining}.")
    String envelope(String budget, String delivered, String planned, String remaining);

    @Message("Enveloppe dépassée de {over} : {used} livrés ou planifiés pour une enveloppe de {budget}.")
    String overspent(String over, String used, String budget);

    @Message("livré")
    String csv_delivered();

    @Message("planifié")
    String csv_planned();

    @Message("Envoyer au financeur")
    String send();

    @Message("Adresse e-mail du financeur")
    String send_email();

    @Message("Le relevé part avec son PDF ; une nouvelle adresse est gardée pour les mois suivants.")
    String send_hint();

    @Message("Relevé envoyé à {email} (PDF joint).")
    String notice_sent(String email);

    @Message("Indiquez l'adresse e-mail du financeur (exemple : contact@ccas-lievin.fr).")
    String error_email();

    @Message("Relevé des paniers solidaires — {funder} — {month}")
    String mail_subject(String funder, String month);

    @Message("Veuillez trouver ci-joint le relevé des paniers solidaires de {month} : votre part des paniers livrés.")
    String mail_intro(String month);

    @Message("{baskets} {#if baskets >= 2}paniers livrés{#else}panier livré{/if}, votre part : {total}.")
    String mail_total(int baskets, String total);

    @Message("Paniers planifiés d'ici la fin du mois, pas encore livrés ni facturés : {baskets}, pour {total}.")
    String mail_planned(int baskets, String total);

    @Message("{count} {#if count >= 2}paniers{#else}panier{/if} encore à livrer ce mois-ci, pour {total}.")
    String producer_planned(int count, String total);
}
