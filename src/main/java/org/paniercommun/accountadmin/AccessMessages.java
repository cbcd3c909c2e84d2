package org.paniercommun.accountadmin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the account pages of coordinators ({@code /acces}), of invitations, household access codes and
 * "mot de passe oublié" (pages, e-mails and errors), in French (the default locale).
 */
@MessageBundle("access")
interface AccessMessages {

    // ---- list ----

    @Message("Accès et comptes")
    String list_title();

    @Message("Les comptes des bénévoles, producteurs, référents sociaux et coordinateurs de vos antennes. Les foyers reçoivent leur accès depuis leur fiche (Foyers).")
    String list_intro();

    @Message("Nouveau compte")
    String list_new();

    @Message("Rôle")
    String list_role();

    @Message("Tous les rôles")
    String list_all_roles();

    @Message("Chercher (nom ou identifiant)")
    String list_search();

    @Message("Chercher")
    String list_search_button();

    @Message("{count} compte(s)")
    String list_count(long count);

    @Message("Aucun compte ne correspond.")
    String list_none();

    @Message("Nom")
    String common_name();

    @Message("Identifiant")
    String common_login();

    @Message("Rôles")
    String common_roles();

    @Message("État")
    String common_status();

    @Message("Accès et comptes")
    String nav_access();

    // ---- statuses ----

    @Message("Actif")
    String status_active();

    @Message("Invitation en attente")
    String status_invited();

    @Message("Invitation expirée")
    String status_invitation_expired();

    @Message("Sans mot de passe")
    String status_no_password();

    @Message("Désactivé")
    String status_inactive();

    // ---- form ----

    @Message("Nouveau compte")
    String form_new_title();

    @Message("Une invitation part par courriel : la personne choisit elle-même son mot de passe (lien valable 7 jours).")
    String form_new_intro();

    @Message("Adresse e-mail (identifiant)")
    String form_login();

    @Message("Nom affiché")
    String form_display_name();

    @Message("Rôles")
    String form_roles();

    @Message("Groupements du bénévole")
    String form_groups();

    @Message("Un bénévole saisit les bons papier et tient les distributions de ces groupements.")
    String form_groups_hint();

    @Message("Producteur relié")
    String form_producer();

    @Message("Aucun")
    String form_producer_none();

    @Message("Structure du référent (CCAS, centre social…)")
    String form_structure();

    @Message("Antennes (coordination, référent social)")
    String form_antennas();

    @Message("Tout le réseau (coordination du réseau : toutes les antennes, présentes et futures)")
    String form_all_antennas();

    @Message("Inviter")
    String form_invite();

    @Message("Enregistrer")
    String form_save();

    @Message("Retour à la liste")
    String form_back();

    @Message("Renvoyer l'invitation")
    String detail_resend();

    @Message("La personne n'a pas encore choisi son mot de passe : une nouvelle invitation (7 jours) remplace l'ancienne.")
    String detail_resend_hint();

    @Message("Désactiver ce compte")
    String detail_deactivate();

    @Message("Le compte ne peut plus se connecter et ses sessions ouvertes prennent fin ; son historique est gardé.")
    String detail_deactivate_hint();

    @Message("Ce compte est désactivé : il ne peut plus se connecter.")
    String detail_inactive_notice();

    @Message("Invitation envoyée à {address}.")
    String notice_invited(String address);

    @Message("Enregistré.")
    String notice_saved();

    @Message("Compte désactivé.")
    String notice_deactivated();

    @Message("Gérer")
    String list_manage();

    // ---- errors ----

    @Message("Compte introuvable.")
    String error_account_not_found();

    @Message("Choisissez au moins un rôle.")
    String error_roles_required();

    @Message("Une invitation part par courriel : l'identifiant doit être une adresse e-mail.")
    String error_invite_needs_email();

    @Message("Avec une invitation, la personne choisit son mot de passe : n'en donnez pas.")
    String error_invite_with_password();

    @Message("Les groupements sont ceux d'un bénévole : cochez le rôle Bénévole.")
    String error_groups_without_volunteer();

    @Message("Groupement inconnu : {id}.")
    String error_unknown_group(long id);

    @Message("Le producteur relié est celui d'un compte Producteur : cochez le rôle Producteur.")
    String error_producer_without_role();

    @Message("Producteur inconnu : {id}.")
    String error_unknown_producer(long id);

    @Message("Ce producteur est déjà relié au compte « {login} ».")
    String error_producer_linked(String login);

    @Message("Les antennes sont celles d'un coordinateur ou d'un référent social.")
    String error_antennas_without_role();

    @Message("Antenne inconnue : {id}.")
    String error_unknown_antenna(long id);

    @Message("« Tout le réseau » est réservé aux coordinateurs, et seule la coordination du réseau peut le donner.")
    String error_all_antennas_refused();

    @Message("Choisissez les antennes de ce coordinateur (ou « tout le réseau »).")
    String error_coordinator_needs_antennas();

    @Message("La structure est celle d'un référent social : cochez le rôle Référent social.")
    String error_structure_without_referrer();

    @Message("Au plus {max} caractères.")
    String error_too_long(int max);

    @Message("Rattachez ce compte à au moins une de vos antennes (par un groupement, un producteur ou une antenne).")
    String error_outside_scope();

    @Message("Vous ne pouvez pas retirer votre propre rôle de coordination.")
    String error_own_coordinator_role();

    @Message("Vous ne pouvez pas désactiver votre propre compte.")
    String error_deactivate_self();

    @Message("Ce compte travaille aussi pour d'autres antennes : seule la coordination du réseau peut le désactiver.")
    String error_deactivate_outside_scope();

    @Message("Ce compte est désactivé.")
    String error_account_inactive();

    @Message("Ce compte a déjà choisi son mot de passe : en cas d'oubli, « Mot de passe oublié » sur la page de connexion.")
    String error_password_already_set();

    @Message("Ce compte n'a pas d'adresse e-mail : imprimez un code d'accès depuis la fiche du foyer.")
    String error_no_address();

    @Message("L'adresse {address} est déjà l'identifiant d'un autre compte : imprimez plutôt un code d'accès.")
    String error_address_taken(String address);

    @Message("Ce foyer n'a pas d'adresse e-mail : imprimez un code d'accès.")
    String error_household_without_email();

    @Message("Ce foyer est désactivé.")
    String error_household_inactive();

    @Message("Les deux mots de passe sont différents.")
    String error_confirmation();

    @Message("Indiquez le numéro du foyer (sur la carte).")
    String error_number();

    @Message("Numéro de foyer ou code incorrect, ou code plus valable (expiré, déjà utilisé ou trop d'essais) : demandez un nouveau code à un bénévole.")
    String error_code();

    @Message("Indiquez votre adresse e-mail.")
    String error_address_required();

    // ---- public pages ----

    @Message("Choisir mon mot de passe")
    String choose_title();

    @Message("Bienvenue {name}. Votre identifiant est {login}. Choisissez votre mot de passe (au moins 8 caractères).")
    String choose_intro(String name, String login);

    @Message("Nouveau mot de passe")
    String choose_password();

    @Message("Le même mot de passe, encore une fois")
    String choose_confirmation();

    @Message("Enregistrer mon mot de passe")
    String choose_submit();

    @Message("Ce lien n'est plus valable")
    String invalid_title();

    @Message("Il a déjà servi, il a expiré (une invitation dure 7 jours, un lien « mot de passe oublié » 1 heure) ou une nouvelle demande l'a remplacé. Demandez une nouvelle invitation à la coordination, ou un nouveau lien ci-dessous.")
    String invalid_text();

    @Message("Mot de passe oublié ?")
    String forgot_link();

    @Message("Première connexion avec un code d'accès")
    String first_login_link();

    @Message("Mot de passe oublié")
    String forgot_title();

    @Message("Indiquez l'adresse e-mail de votre compte : nous y envoyons un lien pour choisir un nouveau mot de passe, valable 1 heure.")
    String forgot_intro();

    @Message("Adresse e-mail")
    String forgot_address();

    @Message("Envoyer le lien")
    String forgot_submit();

    @Message("Si un compte correspond à cette adresse, un courriel vient de partir avec un lien valable 1 heure. Pensez à regarder dans les indésirables.")
    String forgot_sent();

    @Message("Sans adresse e-mail ? Un bénévole de votre groupement peut vous imprimer un code d'accès.")
    String forgot_no_email();

    @Message("Votre mot de passe est enregistré")
    String done_title();

    @Message("Votre identifiant : {login}. Gardez-le : il sert à chaque connexion.")
    String done_login(String login);

    @Message("Se connecter")
    String done_login_button();

    @Message("Première connexion")
    String first_title();

    @Message("Avec la carte qu'un bénévole vous a remise : le numéro du foyer et le code d'accès, puis le mot de passe de votre choix (au moins 8 caractères).")
    String first_intro();

    @Message("Numéro du foyer")
    String first_number();

    @Message("Code d'accès")
    String first_code();

    @Message("8 lettres et chiffres, comme sur la carte (le tiret n'est pas obligatoire).")
    String first_code_hint();

    // ---- household access ----

    @Message("Accès en ligne du foyer")
    String household_title();

    @Message("Foyer n° {number} : {name}")
    String household_heading(long number, String name);

    @Message("Ce foyer peut se connecter (identifiant {login}).")
    String household_has_login(String login);

    @Message("Ce foyer n'a pas encore de connexion.")
    String household_no_login();

    @Message("Une invitation ou un code d'accès attend d'être utilisé.")
    String household_pending();

    @Message("Ce compte est désactivé.")
    String household_account_inactive();

    @Message("Inviter par courriel")
    String household_invite();

    @Message("Un courriel part à {address} avec un lien valable 7 jours pour choisir un mot de passe.")
    String household_invite_hint(String address);

    @Message("Imprimer un code d'accès")
    String household_code();

    @Message("Pour un foyer sans adresse e-mail (ou qui a perdu son mot de passe) : une carte à remettre en main propre, avec un code valable 30 jours. Un nouveau code annule le précédent.")
    String household_code_hint();

    @Message("Accès en ligne (invitation, code d'accès)")
    String household_link();

    @Message("Retour à la fiche du foyer")
    String household_back();

    @Message("Carte d'accès en ligne")
    String card_title();

    @Message("Panier Commun : votre accès en ligne")
    String card_heading();

    @Message("Numéro du foyer")
    String card_number();

    @Message("Code d'accès")
    String card_code();

    @Message("Valable jusqu'au")
    String card_until();

    @Message("Identifiant de connexion")
    String card_login();

    @Message("1. Ouvrez {url}\n2. Tapez le numéro du foyer et le code d'accès, puis choisissez votre mot de passe.\n3. Ensuite, connectez-vous avec votre identifiant et votre mot de passe.")
    String card_steps(String url);

    @Message("Ce code ne sert qu'une fois. Ne le donnez à personne : personne ne vous le demandera.")
    String card_warning();

    @Message("Imprimer la carte")
    String card_print();

    @Message("Le code n'est affiché qu'ici : imprimez la carte ou recopiez-le avant de quitter la page.")
    String card_shown_once();

    // ---- e-mails ----

    @Message("Votre accès à Panier Commun")
    String mail_invitation_subject();

    @Message("Bonjour {name},")
    String mail_hello(String name);

    @Message("Un compte Panier Commun vient d'être ouvert pour vous (identifiant : {login}). Pour choisir votre mot de passe, ouvrez ce lien, valable jusqu'au {until} et utilisable une seule fois :")
    String mail_invitation_text(String login, String until);

    @Message("Choisir mon mot de passe")
    String mail_invitation_button();

    @Message("Votre nouveau mot de passe Panier Commun")
    String mail_reset_subject();

    @Message("Quelqu'un (sans doute vous) a demandé à changer le mot de passe du compte {login}. Ouvrez ce lien, valable 1 heure et utilisable une seule fois :")
    String mail_reset_text(String login);

    @Message("Si vous n'avez rien demandé, ignorez ce courriel : votre mot de passe reste le même.")
    String mail_reset_ignore();

    @Message("Choisir un nouveau mot de passe")
    String mail_reset_button();

    @Message("À bientôt,")
    String mail_bye();
}
