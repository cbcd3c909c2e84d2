package org.paniercommun.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paniercommun.basket.BasketCalendar.Pause;

/** Dates computed by hand on a 2027 calendar (1 January 2027 is a Friday). */
class BasketCalendarTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void weeklyFromTheFirstPickupDayOnOrAfterTheStart() {
        // Start Friday 1 January, pickup on Wednesdays: 6, 13, 20, 27 January, 3, 10, 17, 24 February.
        assertEquals(List.of(d("2027-01-06"), d("2027-01-13"), d("2027-01-20"), d("2027-01-27"), d("2027-02-03"),
                d("2027-02-10"), d("2027-02-17"), d("2027-02-24")), BasketCalendar.deliveries(d("2027-01-01"),
                        d("2027-03-01"), Frequency.WEEKLY, DayOfWeek.WEDNESDAY, List.of(), Set.of()));
    }

    @Test
    void aStartOnThePickupDayIsTheFirstDeliveryAndTheEndDayIsIncluded() {
        assertEquals(List.of(d("2027-01-06"), d("2027-01-20")), BasketCalendar.deliveries(d("2027-01-06"),
                d("2027-01-20"), Frequency.BIWEEKLY, DayOfWeek.WEDNESDAY, List.of(), Set.of()));
    }

    @Test
    void biweeklyWithAPauseAndAClosureSkipsWithoutShiftingTheRhythm() {
        // Every two weeks from 6 January: 6 Jan, 20 Jan, 3 Feb, 17 Feb (3 March is after the end).
        // Holidays paused 18–24 January (20 Jan skipped), the relay structure closed on 17 February.
        assertEquals(List.of(d("2027-01-06"), d("2027-02-03")), BasketCalendar.deliveries(d("2027-01-01"),
                d("2027-03-01"), Frequency.BIWEEKLY, DayOfWeek.WEDNESDAY,
                List.of(new Pause(d("2027-01-18"), d("2027-01-24"))), Set.of(d("2027-02-17"))));
    }

    @Test
    void weeklyWithPausesWhoseEndsAreIncluded() {
        // Mondays from 4 January to 1 February: 4, 11, 18, 25 Jan, 1 Feb. A pause from 11 to 18 January
        // (both included) removes two; closure on 1 February.
        assertEquals(List.of(d("2027-01-04"), d("2027-01-25")), BasketCalendar.deliveries(d("2027-01-04"),
                d("2027-02-01"), Frequency.WEEKLY, DayOfWeek.MONDAY,
                List.of(new Pause(d("2027-01-11"), d("2027-01-18"))), Set.of(d("2027-02-01"))));
    }

    @Test
    void aWindowKeepsTheSubscriptionsRhythm() {
        // Fortnightly from 6 January; asking for February only gives 3 and 17 February, not 10 and 24.
        assertEquals(List.of(d("2027-02-03"), d("2027-02-17")), BasketCalendar.deliveriesBetween(d("2027-01-01"),
                d("2029-01-01"), Frequency.BIWEEKLY, DayOfWeek.WEDNESDAY, List.of(), Set.of(), d("2027-02-01"),
                d("2027-02-28")));
    }
}
