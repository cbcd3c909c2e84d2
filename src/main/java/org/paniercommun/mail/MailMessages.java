package org.paniercommun.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the dev-mode page of e-mails ({@link DevMailPages}), in French (the default locale). */
@MessageBundle("mail")
interface MailMessages {

    @Message("E-mails envoyés (mode dev)")
    String dev_title();

    @Message("Mode développement : les e-mails ne partent pas, ils sont affichés ici (les {limit} derniers, du plus récent au plus ancien). Cette page n'existe pas en production.")
    String dev_intro(int limit);

    @Message("Aucun e-mail pour l'instant.")
    String dev_none();

    @Message("À")
    String dev_to();

    @Message("Objet")
    String dev_subject();

    @Message("Écrit le")
    String dev_created();

    @Message("État")
    String dev_status();

    @Message("{#if sent}envoyé{#else}en attente ({attempts} essai(s)){/if}")
    String dev_state(boolean sent, int attempts);

    @Message("Pièce jointe : {name}")
    String dev_attachment(String name);

    @Message("Dernière erreur : {error}")
    String dev_error(String error);

    @Message("Texte de l'e-mail")
    String dev_body();
}
