package org.paniercommun.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the account pages ("Mon compte") and of the login page's notices, in French (the default
 * locale). The login form itself uses {@code msg:} keys of {@link org.paniercommun.kernel.AppMessages}.
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

    @Message("Le mot de passe doit faire au moins {length} caractères pour un compte de l'équipe (coordination, "
            + "bénévole, producteur, référent social).")
    String error_password_too_short_staff(int length);

    @Message("Le mot de passe est trop long : au plus {bytes} octets (environ {bytes} lettres sans accent, moins avec "
            + "des accents ou des emojis). Au-delà, la fin ne serait pas vérifiée.")
    String error_password_too_long(int bytes);

    @Message("Ce mot de passe fait partie des plus courants et se devine vite : choisissez-en un autre, par exemple "
            + "quelques mots sans rapport entre eux.")
    String error_password_common();

    @Message("Le mot de passe actuel n'est pas le bon.")
    String error_current_password_wrong();

    @Message("Les deux saisies du nouveau mot de passe ne sont pas identiques.")
    String error_password_confirmation();

    @Message("Le nouveau mot de passe est le même que l'actuel.")
    String error_password_unchanged();

    // "Changer mon mot de passe" on /compte

    @Message("Changer mon mot de passe")
    String password_title();

    @Message("Mot de passe actuel")
    String password_current();

    @Message("Nouveau mot de passe")
    String password_new();

    @Message("Au moins {length} caractères, et pas un des mots de passe les plus courants. Toutes vos sessions "
            + "seront fermées : vous vous reconnecterez avec le nouveau.")
    String password_new_hint(int length);

    @Message("Nouveau mot de passe, une deuxième fois")
    String password_confirmation();

    @Message("Changer le mot de passe")
    String password_submit();

    @Message("Votre mot de passe est changé et vos sessions sont fermées : connectez-vous avec le nouveau.")
    String login_password_changed();

    @Message("Rôle inconnu : {role}")
    String error_unknown_role(String role);

    @Message("Un compte existe déjà avec l'identifiant « {login} ».")
    String error_login_taken(String login);
}
