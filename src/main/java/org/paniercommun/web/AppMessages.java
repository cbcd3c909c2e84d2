package org.paniercommun.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts shared by the layout and pages, in French (the default locale). Another language is added
 * with {@code src/main/resources/messages/msg_xx.properties}.
 */
@MessageBundle("msg")
public interface AppMessages {

    @Message("Panier Commun")
    String app_name();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Menu principal")
    String nav_label();

    @Message("Accueil")
    String nav_home();

    @Message("Se connecter")
    String nav_login();

    @Message("Se déconnecter")
    String nav_logout();

    @Message("Connecté : {login}")
    String nav_logged_in_as(String login);

    @Message("Panier Commun — commandes groupées solidaires, logiciel libre.")
    String footer();

    @Message("Connexion")
    String login_title();

    @Message("E-mail ou identifiant")
    String login_username();

    @Message("Mot de passe")
    String login_password();

    @Message("Entrer")
    String login_submit();

    @Message("Identifiant ou mot de passe incorrect. Vérifiez et réessayez.")
    String login_error();

    @Message("Vous êtes déconnecté·e. À bientôt !")
    String login_logged_out();

    @Message("Pas encore de compte ? Votre point relais peut vous inscrire, ou vous pouvez commander sur papier.")
    String login_no_account();

    @Message("Retour à l'accueil")
    String error_back_home();
}
