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
        assertEquals("jeudi 10 décembre à 20 h", RoundDates.dateTime(Instant.parse("2026-12-10T19:00:00Z")));
        // Summer time: 07:30 UTC = 9 h 30 in Paris.
        assertEquals("lundi 1er juin à 9 h 30", RoundDates.dateTime(Instant.parse("2026-06-01T07:30:00Z")));
    }

    @Test
    void slotJoinsTheDayAndTheTimeSlot() {
        RoundSlot slot = new RoundSlot();
        slot.distributionDate = LocalDate.of(2026, 12, 12);
        slot.timeSlot = "14 h – 17 h";
        assertEquals("samedi 12 décembre, 14 h – 17 h", RoundDates.slot(slot));
        assertNull(RoundDates.slot(null));
    }
}
