package org.paniercommun.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void dayReadsInFrenchLongForm() {
        assertEquals("samedi 12 décembre 2026", Dates.day(LocalDate.of(2026, 12, 12)));
        assertEquals("mardi 1er décembre 2026", Dates.day(LocalDate.of(2026, 12, 1)));
        assertEquals("", Dates.day(null));
    }

    @Test
    void dayAndTimeReadInFrenchLocalTime() {
        assertEquals("samedi 12 décembre 2026 à 18 h", Dates.dayAndTime(Instant.parse("2026-12-12T17:00:00Z")));
        assertEquals("lundi 1er juin 2026 à 9 h 05", Dates.dayAndTime(Instant.parse("2026-06-01T07:05:00Z")));
        assertEquals("samedi 12 décembre 2026 à 14 h 30", Dates.dayAndTime(LocalDateTime.of(2026, 12, 12, 14, 30)));
        assertEquals("", Dates.dayAndTime((Instant) null));
    }

    @Test
    void timeAndMonth() {
        assertEquals("18 h", Dates.time(LocalTime.of(18, 0)));
        assertEquals("9 h 05", Dates.time(LocalTime.of(9, 5)));
        assertEquals("décembre 2026", Dates.month(YearMonth.of(2026, 12)));
        assertEquals("dimanche", Dates.weekday(LocalDate.of(2026, 12, 6)));
    }

    @Test
    void isoOnlyForMachines() {
        assertEquals("2026-12-12", Dates.iso(LocalDate.of(2026, 12, 12)));
    }
}
