package org.paniercommun.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.paniercommun.journey.JourneyBrowser.fields;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.journey.JourneyBrowser.Person;
import org.paniercommun.mail.MailAssertions;
import org.paniercommun.mail.OutboxSender;

/**
 * Issue 21 lived through the pages: the coordinator invites a volunteer with her group on "Accès et comptes", the
 * volunteer chooses her password from the e-mail's link; she prints a household's access code and the household, on
 * a 360 px phone, sets its password on "Première connexion" and logs in; she forgets her password and chooses a new
 * one from the e-mailed link; the coordinator deactivates her, and her open session is refused. The place (antenna,
 * group, relay point) and the households are made by the fixtures: this journey is about accounts.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountJourneyTest {

    private static final String ADMIN = "admin@test.paniercommun.org";
    private static final String ADMIN_PASSWORD = "admin-secret-123";
    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+(/(invitation|mot-de-passe)/[A-Za-z0-9_-]+)");

    @TestHTTPResource("/")
    URL root;

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxSender sender;

    @Inject
    Fixtures fixtures;

    @Inject
    HouseholdService households;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String volunteerLogin = "nadia-" + tag + "@exemple.org";
    private final String volunteerName = "Nadia " + tag;
    private final String familyEmail = "famille-martin-" + tag + "@exemple.org";

    private Place place;
    private Household paperHousehold;
    private Household emailHousehold;
    private Person coordinator;
    private Person volunteer;
    private long volunteerId;
    private String volunteerPassword = "mon-mot-de-passe-benevole";

    @BeforeAll
    void browser() {
        assumeTrue(JourneyBrowser.available(), "Chromium is not installed at " + JourneyBrowser.CHROMIUM + ": journeys skipped");
        place = fixtures.place();
        paperHousehold = households.register(new HouseholdCommand("Foyer Carpentier " + tag, 3, null, "0601020304",
                place.group().id, place.relayPoint().id, 1), null);
        emailHousehold = households.register(new HouseholdCommand("Foyer Martin " + tag, 2, familyEmail, null,
                place.group().id, place.relayPoint().id, 2), null);
        coordinator = Person.atDesk("la coordinatrice", root.toString());
    }

    @AfterAll
    void summary() {
        if (coordinator != null) {
            coordinator.close();
            System.out.println("[journey] AccountJourneyTest: " + JourneyBrowser.summary());
        }
    }

    /** The link of the latest of {@code count} e-mails sent to this address. */
    private String link(String to, int count) {
        sender.sendDue();
        List<Mail> mails = MailAssertions.awaitMails(mailbox, to, count);
        Mail mail = mails.get(mails.size() - 1);
        Matcher link = LINK.matcher(mail.getText());
        assertTrue(link.find(), mail.getText());
        return link.group(1);
    }

    @Test
    @Order(1)
    void theCoordinatorInvitesAVolunteerWithHerGroup() {
        coordinator.logIn(ADMIN, ADMIN_PASSWORD).follow("Accès et comptes").follow("Nouveau compte")
                .fillByName("form[action='/acces/nouveau']", fields("login", volunteerLogin, "displayName", "Nadia"))
                .check("form[action='/acces/nouveau'] input[name=roles][value=VOLUNTEER]")
                .check("form[action='/acces/nouveau'] label:has-text('" + place.group().name + "') input[name=groupIds]")
                .pressButton("Inviter")
                .sees("Invitation envoyée à " + volunteerLogin, "Invitation en attente");
        volunteerId = coordinator.idAfter("/acces/");
        // Her name was typed short: corrected on her page.
        coordinator.fill("form[action='/acces/" + volunteerId + "'] [name=displayName]", volunteerName)
                .press("form[action='/acces/" + volunteerId + "'] button[type=submit]").sees("Enregistré.", volunteerName);
        assertTrue(coordinator.page.isChecked("form[action='/acces/" + volunteerId + "'] label:has-text('"
                + place.group().name + "') input[name=groupIds]"), "her group is kept");
        // The list finds her by role and name.
        coordinator.follow("Accès et comptes").fill("#role", "Bénévole").fill("#q", tag).pressButton("Chercher")
                .sees(volunteerName, volunteerLogin, "Invitation en attente");
        // She says the e-mail never came: the coordinator sends it again (the first link no longer works).
        String first = link(volunteerLogin, 1);
        coordinator.follow(volunteerName).pressButton("Renvoyer l'invitation").sees("Invitation envoyée à " + volunteerLogin);
        String second = link(volunteerLogin, 2);
        assertTrue(!first.equals(second));
        Mail mail = mailbox.getMailsSentTo(volunteerLogin).get(1);
        assertEquals("Votre accès à Panier Commun", mail.getSubject());
        assertTrue(mail.getText().contains("Bonjour " + volunteerName), mail.getText());
    }

    @Test
    @Order(2)
    void theVolunteerChoosesHerPasswordFromTheLinkAndLogsIn() {
        String link = link(volunteerLogin, 2);
        volunteer = Person.onPhone("la bénévole", root.toString());
        volunteer.open(link).sees(volunteerLogin)
                .fill("[name=password]", volunteerPassword).fill("[name=confirmation]", volunteerPassword)
                .pressButton("Enregistrer mon mot de passe")
                .sees("Votre identifiant : " + volunteerLogin);
        volunteer.logIn(volunteerLogin, volunteerPassword);
        volunteer.follow("Foyers").sees(paperHousehold.displayName);
        coordinator.open("/acces/" + volunteerId).sees("Actif");
    }

    @Test
    @Order(3)
    void theVolunteerPrintsAnAccessCodeAndTheHouseholdSetsItsPasswordOnAPhone() {
        volunteer.open("/foyers/" + paperHousehold.id).follow("Accès en ligne").sees("n'a pas encore de connexion")
                .pressButton("Imprimer un code d'accès").sees("Code d'accès", "Numéro du foyer", "/premiere-connexion");
        String code = volunteer.page.textContent("#access-code").trim();
        String login = volunteer.page.textContent("#access-login").trim();
        assertEquals("foyer-" + paperHousehold.id, login);
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code);
        // The Martins have an e-mail: invited by e-mail instead.
        volunteer.open("/foyers/" + emailHousehold.id).follow("Accès en ligne").pressButton("Inviter par courriel")
                .sees("Invitation envoyée à " + familyEmail);
        assertTrue(link(familyEmail, 1).startsWith("/invitation/"));

        Person household = Person.onPhone("le foyer Carpentier", root.toString());
        household.open("/login").follow("Première connexion")
                .fill("[name=number]", String.valueOf(paperHousehold.id)).fill("[name=code]", code)
                .fill("[name=password]", "notre-mot-de-passe").fill("[name=confirmation]", "notre-mot-de-passe")
                .pressButton("Enregistrer mon mot de passe")
                .sees("Votre identifiant : " + login);
        household.follow("Se connecter");
        household.logIn(login, "notre-mot-de-passe").follow("Mon foyer");
        assertEquals(paperHousehold.displayName, household.page.inputValue("[name=displayName]"));
        household.close();
        volunteer.open("/foyers/" + paperHousehold.id + "/acces").sees("peut se connecter (identifiant " + login + ")");
    }

    @Test
    @Order(4)
    void theVolunteerForgetsHerPasswordAndChoosesANewOneFromTheEmail() {
        Person forgetful = Person.atDesk("la bénévole, à l'ordinateur du centre social", root.toString());
        forgetful.open("/login").follow("Mot de passe oublié").fill("[name=email]", volunteerLogin)
                .pressButton("Envoyer le lien").sees("Si un compte correspond à cette adresse");
        String link = link(volunteerLogin, 3);
        assertTrue(link.startsWith("/mot-de-passe/"), link);
        volunteerPassword = "un-nouveau-mot-de-passe";
        forgetful.open(link).fill("[name=password]", volunteerPassword).fill("[name=confirmation]", volunteerPassword)
                .pressButton("Enregistrer mon mot de passe").sees("Votre identifiant : " + volunteerLogin);
        forgetful.logIn(volunteerLogin, volunteerPassword);
        forgetful.close();
    }

    @Test
    @Order(5)
    void theCoordinatorDeactivatesTheVolunteerWhoseOpenSessionIsRefused() {
        // Choosing a new password (step 4) ended her other sessions: on her phone she signs in again.
        volunteer.open("/saisie");
        assertEquals("/login", volunteer.path(), "the reset ended her session on the tablet");
        volunteer.logIn(volunteerLogin, volunteerPassword);
        volunteer.open("/saisie");
        assertEquals("/saisie", volunteer.path(), "her session is open");
        coordinator.open("/acces/" + volunteerId).pressButton("Désactiver ce compte")
                .sees("Compte désactivé", "Désactivé");
        volunteer.page.navigate(volunteer.url("/saisie"));
        assertEquals("/login", URI.create(volunteer.page.url()).getPath(), "her open session is refused");
        volunteer.fill("#j_username", volunteerLogin).fill("#j_password", volunteerPassword)
                .press("form[action='/j_security_check'] button[type=submit]");
        assertTrue(volunteer.page.url().contains("/login"), "she cannot log in again");
        volunteer.close();
    }

    /** Every form of the account, password and household-access templates was sent by this journey. */
    @Test
    @Order(99)
    void everyFormOfTheAccountPagesWasSent() throws Exception {
        FormCoverage.assertEverySent("AccountJourneyTest", FormCoverage.ACCOUNTS);
    }
}
