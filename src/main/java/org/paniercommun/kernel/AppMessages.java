package org.paniercommun.kernel;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts shared by the layout and pages, in French (the default locale). Another language is added
 * with {@code src/main/resources/messages/msg_xx.properties}.
 */
@MessageBundle("msg")
public interface AppMessages {

    /** The page's language for browsers and screen readers ({@code <html lang>}): a translation gives its own. */
    @Message("fr")
    String html_lang();

    @Message("Panier Commun")
    String app_name();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Menu principal")
    String nav_label();

    /** The button that opens the menu on a phone (the menu stays open on a wider screen). */
    @Message("Menu")
    String nav_menu();

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

    @Message("La connexion a été refusée : la page avait expiré ou le formulaire ne venait pas de Panier Commun. "
            + "Saisissez à nouveau votre identifiant et votre mot de passe.")
    String login_refused();

    @Message("Vous avez quitté votre compte. À bientôt !")
    String login_logged_out();

    @Message("Trop de tentatives de connexion ont échoué. Pour protéger le compte, réessayez dans {wait}.")
    String login_wait(String wait);

    @Message("{count} {#if count >= 2}secondes{#else}seconde{/if}")
    String wait_seconds(long count);

    @Message("{count} {#if count >= 2}minutes{#else}minute{/if}")
    String wait_minutes(long count);

    @Message("Pas encore de compte ? Votre point relais peut vous inscrire, ou vous pouvez commander sur papier.")
    String login_no_account();

    @Message("Retour à l'accueil")
    String error_back_home();

    @Message("Code {status}")
    String error_code(int status);

    // Navigation of the layout

    @Message("Tournées")
    String nav_rounds();

    @Message("Organisation")
    String nav_organisation();

    @Message("Catalogue")
    String nav_catalogue();

    @Message("Paniers solidaires")
    String nav_baskets();

    @Message("Rapports")
    String nav_reports();

    @Message("Orientations")
    String nav_referrals();

    @Message("Caisse solidaire")
    String nav_fund();

    @Message("Bons papier")
    String nav_paper_entry();

    @Message("Foyers")
    String nav_households();

    @Message("Mes produits")
    String nav_own_products();

    @Message("Mes bons de commande")
    String nav_producer_orders();

    @Message("Mes relevés")
    String nav_producer_statements();

    @Message("Mes paniers")
    String nav_producer_baskets();

    @Message("Commander")
    String nav_order();

    @Message("Mon foyer")
    String nav_my_household();

    @Message("Mon panier")
    String nav_my_basket();

    @Message("S'inscrire")
    String nav_register();

    // Pager (tags/pager.html)

    @Message("Pages")
    String pager_label();

    @Message("← Précédente")
    String pager_previous();

    @Message("Suivante →")
    String pager_next();

    @Message("Page {page} sur {count}")
    String pager_position(int page, long count);

    /** The footer of every printed document (PDF): "Page 2 / 7". */
    @Message("Page {page} / {pages}")
    String print_page(int page, int pages);

    // Home page

    @Message("Ce qui vous attend")
    String home_next_heading();

    @Message("Commander")
    String home_order_action();

    @Message("Commandes jusqu'au {deadline}.")
    String home_order_until(String deadline);

    @Message("Commandes jusqu'au {deadline}. Votre commande est envoyée : {toPay} à payer au retrait.")
    String home_order_sent(String deadline, String toPay);

    @Message("Voir ma commande")
    String home_order_view();

    @Message("Modifier ma commande")
    String home_order_change();

    @Message("Reprendre ma dernière commande")
    String home_order_refill();

    @Message("Aucune tournée n'est ouverte pour votre groupement en ce moment.")
    String home_no_open_round();

    @Message("Tournées")
    String home_rounds_heading();

    @Message("Commandes jusqu'au {deadline}")
    String home_round_until(String deadline);

    @Message("Préparer et ouvrir")
    String home_round_prepare();

    @Message("Clore la tournée (date limite passée)")
    String home_round_close();

    @Message("Saisir les bons papier")
    String home_round_paper_entry();

    @Message("Bon de commande à imprimer : {group}")
    String home_round_order_form(String group);

    @Message("Décider les colis et valider la répartition")
    String home_round_closing();

    @Message("Bons de commande des producteurs")
    String home_round_purchase_orders();

    @Message("Listes d'émargement et de préparation")
    String home_round_lists();

    @Message("Jour de distribution")
    String home_round_distribution();

    @Message("Faire le bilan et régler les producteurs")
    String home_round_settle();

    @Message("Aucune tournée en cours pour vos groupements.")
    String home_no_round();

    @Message("Paniers solidaires à distribuer")
    String home_baskets_heading();

    @Message("{offer} à {relayPoint}")
    String home_basket_title(String offer, String relayPoint);

    @Message("{date}, {time}")
    String home_basket_when(String date, String time);

    @Message("Liste de retrait des paniers")
    String home_basket_pickup();

    @Message("Bien manger, ensemble, au juste prix")
    String home_heading();

    @Message("""
            Panier Commun organise les commandes groupées de produits bio et locaux des
                groupements d'achat de quartier et les paniers solidaires : chaque foyer paie selon sa situation,
                les producteurs sont payés au juste prix.""")
    String home_lead();

    @Message("Bienvenue ! Choisissez une rubrique dans le menu.")
    String home_logged_in();

    @Message("Commander")
    String home_order_title();

    @Message("""
            Une fois par mois, chaque foyer choisit ses produits en ligne ou sur un bon de commande papier
                  déposé au point relais.""")
    String home_order_text();

    @Message("Trois tarifs")
    String home_tiers_title();

    @Message("Chaque foyer choisit son tarif selon sa situation, sans justificatif.")
    String home_tiers_text();

    @Message("Caisse solidaire")
    String home_fund_title();

    @Message("Une cagnotte commune permet à qui en a besoin d'obtenir une réduction, en toute discrétion.")
    String home_fund_text();

    // Field errors of HTML forms (FormReader)

    @Message("Certaines informations sont à corriger : voir les messages en rouge.")
    String form_errors_summary();

    @Message("Nombre entier attendu (exemple : 3).")
    String form_integer_expected();

    @Message("Choix invalide.")
    String form_invalid_choice();

    @Message("Date invalide (exemple : 2026-12-15).")
    String form_invalid_date();

    // Amounts and quantities typed by people (Money.parse, Quantities.parse: forms, API and CSV imports)

    @Message("Montant manquant.")
    String form_amount_missing();

    @Message("« {typed} » n'est pas un montant (exemple : 12,50).")
    String form_not_an_amount(String typed);

    @Message("Un montant a au plus deux chiffres après la virgule.")
    String form_amount_decimals();

    @Message("Au plus {max}.")
    String form_amount_too_big(String max);

    @Message("Au plus {max}.")
    String form_quantity_too_big(String max);

    @Message("Quantité manquante.")
    String form_quantity_missing();

    @Message("« {typed} » n'est pas un nombre (exemple : 0,5).")
    String form_not_a_number(String typed);

    @Message("Au plus trois chiffres après la virgule.")
    String form_quantity_decimals();

    // Error titles and details (error page and problem+json), see ErrorMappers

    @Message("Données invalides")
    String error_invalid_data();

    @Message("Données invalides.")
    String error_invalid_data_detail();

    @Message("Import refusé")
    String error_import_refused();

    @Message("1 ligne est à corriger ; rien n'a été importé.")
    String error_import_one_line();

    @Message("{count} erreurs à corriger ; rien n'a été importé.")
    String error_import_lines(int count);

    @Message("{count} champs sont à corriger.")
    String error_fields_to_fix(int count);

    @Message("Action impossible")
    String error_conflict();

    @Message("Modifié entre-temps")
    String error_concurrent_title();

    @Message("Quelqu'un d'autre a modifié ces données pendant que vous les consultiez. Rechargez la page et recommencez.")
    String error_concurrent_detail();

    @Message("Le corps de la requête n'est pas un JSON valide.")
    String error_json_invalid();

    @Message("La valeur du champ « {field} » n'a pas le bon format.")
    String error_json_format(String field);

    @Message("Le champ « {field} » n'a pas le type attendu.")
    String error_json_type(String field);

    @Message("Ce texte contient un caractère invalide (caractère nul ou mal encodé) : retapez-le.")
    String error_forbidden_character();

    @Message("La demande est vide : envoyez ses données (un objet JSON).")
    String error_body_missing();

    @Message("Ce texte ne contient que des espaces ou des caractères invisibles : écrivez-le en lettres.")
    String error_invisible_text();

    @Message("Le champ « {field} » contient un caractère invalide (caractère nul ou mal encodé).")
    String error_json_forbidden_character(String field);

    @Message("Requête illisible")
    String error_unreadable();

    @Message("Accès refusé")
    String error_forbidden_title();

    @Message("Votre compte n'a pas le droit de faire cette action.")
    String error_forbidden_detail();

    @Message("Erreur interne")
    String error_internal_title();

    @Message("Une erreur inattendue s'est produite (référence {reference}). Réessayez ; si cela se reproduit, transmettez cette référence à la coordination.")
    String error_internal_detail(String reference);

    @Message("Service très sollicité")
    String error_busy_title();

    @Message("Le serveur est très sollicité en ce moment et n'a pas pu traiter votre demande. Réessayez dans quelques secondes.")
    String error_busy_detail();

    @Message("Formulaire refusé")
    String error_foreign_form_title();

    @Message("Le formulaire a expiré ou ne vient pas de Panier Commun. Rechargez la page et recommencez.")
    String error_foreign_form_detail();

    @Message("Connexion requise")
    String error_login_required();

    @Message("Identifiez-vous (session ou HTTP Basic) pour utiliser cette adresse.")
    String error_login_required_detail();

    @Message("Identifiants refusés")
    String error_credentials_refused();

    @Message("Trop de tentatives de connexion")
    String error_sign_in_wait();

    @Message("Trop de tentatives de connexion ont échoué pour cet identifiant ou depuis cette adresse. Réessayez dans {wait}.")
    String error_sign_in_wait_detail(String wait);

    @Message("Identifiant ou mot de passe incorrect.")
    String error_credentials_refused_detail();

    @Message("Requête invalide")
    String error_bad_request();

    @Message("Introuvable")
    String error_not_found();

    @Message("Méthode non permise")
    String error_method_not_allowed();

    @Message("Format non pris en charge")
    String error_unsupported_format();

    @Message("Erreur")
    String error_generic();

    @Message("Cette page ou cette ressource n'existe pas.")
    String error_not_found_detail();

    @Message("Cette adresse n'accepte pas cette méthode.")
    String error_method_not_allowed_detail();

    @Message("Le format demandé ou envoyé n'est pas pris en charge.")
    String error_unsupported_format_detail();

    @Message("La requête n'a pas pu être traitée.")
    String error_generic_detail();
}
