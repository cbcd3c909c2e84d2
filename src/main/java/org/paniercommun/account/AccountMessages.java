package org.paniercommun.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the account pages ("Mon compte") and of the login page's notices, in French (the default
 * locale). The login form itself uses {@code msg:} keys of {@link org.paniercommun.web.AppMessages}.
 * Another language is added with {@code src/main/resources/messages/account_xx.properties}.
 */
@MessageBundle("account")
public interface AccountMessages {

    @Message("Mon compte")
    String account_title();

    @Message("Nom")
    String account_name();

    @Message("Identifiant")
    String account_login();

    @Message("Rôles")
    String account_roles();

    @Message("Coordination")
    String role_coordinator();

    @Message("Bénévole")
    String role_volunteer();

    @Message("Producteur")
    String role_producer();

    @Message("Foyer adhérent")
    String role_household();

    @Message("Référent social")
    String role_referrer();

    @Message("Votre compte est créé : connectez-vous.")
    String login_registered();

    // Errors of account creation (forms and problem+json)

    @Message("L'identifiant est obligatoire.")
    String error_login_required();

    @Message("Le mot de passe doit faire au moins {length} caractères.")
    String error_password_too_short(int length);

    @Message("Rôle inconnu : {role}")
    String error_unknown_role(String role);

    @Message("Un compte existe déjà avec l'identifiant « {login} ».")
    String error_login_taken(String login);
}
