package org.paniercommun.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.household.Household;
import org.paniercommun.mail.MailAssertions;
import org.paniercommun.mail.OutboxSender;
import org.paniercommun.round.RoundDates;
import org.paniercommun.round.RoundTestData;

@QuarkusTest
class RoundRemindersTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundTestData rounds;

    @Inject
    RoundReminders reminders;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    static String address(String who) {
        return who + "-" + UUID.randomUUID() + "@test.paniercommun.org";
    }

    // Far from the real clock, so the scheduled job (which uses the real time) never touches these rounds.
    final Instant deadline = Instant.now().plus(Duration.ofDays(200)).truncatedTo(ChronoUnit.HOURS);

    @Test
    void remindsOnceOnlyTheHouseholdsWithAnEmailThatHaveNotOrdered() {
        Place place = fixtures.place();
        long product = rounds.product(place, "Farine T65", 120, 30);
        long roundId = rounds.round(place, Fixtures.unique("Tournée de printemps"), true,
                deadline.minus(Duration.ofDays(10)), deadline, List.of(product));
        String ordered = address("a-commande");
        String notYet = address("pas-encore");
        Household orderedHousehold = rounds.household(place, "Famille Commande", 2, ordered);
        rounds.household(place, "Famille Oubli", 1, notYet);
        rounds.household(place, "Foyer sans e-mail", 1, null);
        rounds.order(roundId, orderedHousehold.id, Map.of(product, "1"));

        assertTrue(reminders.remindDue(deadline.minus(Duration.ofDays(3))).isEmpty(), "too early");
        assertTrue(rounds.outboxFor(notYet).isEmpty());

        Instant twoDaysBefore = deadline.minus(Duration.ofHours(47));
        assertTrue(reminders.remindDue(twoDaysBefore).contains(roundId));
        assertTrue(reminders.remindDue(twoDaysBefore.plusSeconds(600)).isEmpty(), "once per round");

        assertEquals(1, rounds.outboxFor(notYet).size());
        assertTrue(rounds.outboxFor(ordered).isEmpty(), "a household that ordered is not reminded");
        assertNotNull(rounds.roundNow(roundId).reminderSentAt);

        sender.sendDue();
        Mail mail = MailAssertions.awaitMails(mailbox, notYet, 1).get(0);
        assertTrue(mail.getSubject().startsWith("Rappel : commandez avant le "), mail.getSubject());
        assertTrue(mail.getText().contains(RoundDates.dateTime(deadline)), mail.getText());
        assertTrue(mail.getHtml().contains("Famille Oubli"), mail.getHtml());
    }

    @Test
    void twoInstancesRemindingAtOnceWriteTheRemindersOnce() {
        Place place = fixtures.place();
        long product = rounds.product(place, "Huile de colza", 400, 50);
        long roundId = rounds.round(place, Fixtures.unique("Tournée"), true, deadline.minus(Duration.ofDays(10)),
                deadline, List.of(product));
        String to = address("foyer");
        rounds.household(place, "Foyer 7", 3, to);
        Instant now = deadline.minus(Duration.ofHours(24));

        CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> reminders.remindDue(now));
        CompletableFuture<List<Long>> second = CompletableFuture.supplyAsync(() -> reminders.remindDue(now));
        long claims = first.join().stream().filter(id -> id == roundId).count()
                + second.join().stream().filter(id -> id == roundId).count();

        assertEquals(1, claims);
        assertEquals(1, rounds.outboxFor(to).size());
    }

    @Test
    void noReminderAfterTheDeadlineNorForARoundThatIsNotOpen() {
        Place place = fixtures.place();
        long product = rounds.product(place, "Sucre", 150, 20);
        long passed = rounds.round(place, Fixtures.unique("Passée"), true, deadline.minus(Duration.ofDays(10)),
                deadline, List.of(product));
        long draft = rounds.round(place, Fixtures.unique("Brouillon"), false, deadline.minus(Duration.ofDays(10)),
                deadline, List.of(product));
        String to = address("foyer");
        rounds.household(place, "Foyer 9", 1, to);

        List<Long> reminded = reminders.remindDue(deadline.plusSeconds(60));
        assertTrue(!reminded.contains(passed) && !reminded.contains(draft));
        reminded = reminders.remindDue(deadline.minus(Duration.ofHours(1)));
        assertTrue(reminded.contains(passed) && !reminded.contains(draft), "only the open one, before its deadline");
        assertNull(rounds.roundNow(draft).reminderSentAt);
    }
}
