package org.paniercommun.round;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.TestAccounts;
import org.paniercommun.account.Role;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.kernel.Dates;
import org.paniercommun.web.VisibleText;

/** Dates on the round pages: long French form, slot weekdays from the date, a notice for an opening in the past. */
@QuarkusTest
class RoundPagesTest {

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    RoundService rounds;

    @Inject
    TestAccounts accounts;

    private String page(String coordinator, String url) {
        return given().auth().preemptive().basic(coordinator, TestAccounts.PASSWORD).get(url).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void aSlotTypedForAFridayOnASundayReadsSundayAndNoPageShowsAnIsoDate() {
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        long roundId = setup.round().id;
        LocalDate sunday = LocalDate.now().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        rounds.setSlots(roundId, List.of(new SlotCommand(setup.place().relayPoint().id, sunday, "vendredi 16 h – 18 h")));
        assertEquals("16 h – 18 h", rounds.slots(roundId).get(0).timeSlot, "the typed weekday is not stored");
        String coordinator = accounts.create(Role.COORDINATOR);

        String detail = page(coordinator, "/tournees/" + roundId);
        String label = Dates.day(sunday) + ", 16 h – 18 h";
        assertTrue(label.startsWith("dimanche "), label);
        assertTrue(VisibleText.of(detail).contains(label), "the slot reads " + label);
        assertFalse(VisibleText.of(detail).contains("vendredi"), "no Friday on a Sunday");
        assertEquals(List.of(), VisibleText.isoDates(detail));
        // The date input keeps ISO, for the browser.
        assertTrue(detail.contains("value=\"" + sunday + "\""));

        // The printed lists, once the round is closed.
        rounds.open(roundId, java.time.Instant.now());
        rounds.close(roundId, java.time.Instant.now());
        String lists = page(coordinator, "/tournees/" + roundId + "/listes");
        assertTrue(VisibleText.of(lists).contains(label), VisibleText.of(lists));
        assertEquals(List.of(), VisibleText.isoDates(lists));
        String roundsList = page(coordinator, "/tournees");
        assertEquals(List.of(), VisibleText.isoDates(roundsList));
    }

    @Test
    void aDraftRoundWhoseOpeningIsPastShowsANoticeThatDoesNotBlock() {
        // The fixture's round opens an hour ago and is still a draft.
        RoundFixtures.Setup setup = roundFixtures.draftRound(null);
        String coordinator = accounts.create(Role.COORDINATOR);
        String detail = page(coordinator, "/tournees/" + setup.round().id);
        assertTrue(detail.contains("id=\"ouverture-passee\""), "the notice is shown");
        assertTrue(VisibleText.of(detail).contains("est déjà passée"));
        rounds.open(setup.round().id, java.time.Instant.now());
        String open = page(coordinator, "/tournees/" + setup.round().id);
        assertFalse(open.contains("id=\"ouverture-passee\""), "an open round has no such notice");
    }
}
