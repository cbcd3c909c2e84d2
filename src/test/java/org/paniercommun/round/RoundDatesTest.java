package org.paniercommun.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundDatesTest {

    @Test
    void deadlineReadsInFrenchLocalTime() {
        // 19:00 UTC in December = 20 h in Paris.
        assertEquals("jeudi 10 décembre 2026 à 20 h", RoundDates.dateTime(Instant.parse("2026-12-10T19:00:00Z")));
        // Summer time: 07:30 UTC = 9 h 30 in Paris.
        assertEquals("lundi 1er juin 2026 à 9 h 30", RoundDates.dateTime(Instant.parse("2026-06-01T07:30:00Z")));
    }

    @Test
    void slotJoinsTheDayAndTheTimeSlot() {
        RoundSlot slot = new RoundSlot();
        slot.distributionDate = LocalDate.of(2026, 12, 12);
        slot.timeSlot = "14 h – 17 h";
        assertEquals("samedi 12 décembre 2026, 14 h – 17 h", RoundDates.slot(slot));
        assertNull(RoundDates.slot(null));
    }

    @Test
    void slotTakesItsWeekdayFromTheDateNotFromTheTypedHours() {
        // 6 December 2026 is a Sunday; the relay point's opening hours said "vendredi".
        assertEquals("dimanche 6 décembre 2026, 16 h – 18 h",
                RoundDates.slot(LocalDate.of(2026, 12, 6), "vendredi 16 h – 18 h"));
        assertEquals("dimanche 6 décembre 2026, 10 h – 12 h",
                RoundDates.slot(LocalDate.of(2026, 12, 6), "Le samedi, 10 h – 12 h"));
        assertEquals("dimanche 6 décembre 2026", RoundDates.slot(LocalDate.of(2026, 12, 6), "mercredi"));
        assertEquals("dimanche 6 décembre 2026", RoundDates.slot(LocalDate.of(2026, 12, 6), null));
    }

    @Test
    void hoursKeepTextWithoutAWeekday() {
        assertEquals("14 h – 17 h", RoundDates.hours("14 h – 17 h"));
        assertEquals("16 h – 18 h", RoundDates.hours("vendredi 16 h – 18 h"));
        assertEquals("9 h 30 – 12 h", RoundDates.hours("Mardi : 9 h 30 – 12 h"));
        assertEquals("", RoundDates.hours(null));
    }
}
