package org.paniercommun.basket;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The delivery dates of one subscription.
 *
 * <p>Rule: the first delivery is the offer's pickup weekday on or after the subscription's start; then every
 * 7 days (WEEKLY) or every 14 days (BIWEEKLY), counted from that first delivery, up to the end date included
 * (or the day before the subscription was stopped). A date inside a pause (both ends included) or on one of
 * the offer's closed dates (holiday closure) is skipped, not moved: a fortnightly basket skipped once comes
 * back two weeks later, on its usual rhythm.
 */
public final class BasketCalendar {

    private BasketCalendar() {
    }

    public record Pause(LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** The rhythm of every possible delivery, ignoring pauses and closures. */
    public static List<LocalDate> rhythm(LocalDate start, LocalDate end, Frequency frequency, DayOfWeek day) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = start.with(TemporalAdjusters.nextOrSame(day));
        while (!date.isAfter(end)) {
            dates.add(date);
            date = date.plusWeeks(frequency.weeks);
        }
        return dates;
    }

    /** The dates a basket is due, between {@code start} and {@code end} inclusive. */
    public static List<LocalDate> deliveries(LocalDate start, LocalDate end, Frequency frequency, DayOfWeek day,
            Collection<Pause> pauses, Set<LocalDate> closures) {
        return rhythm(start, end, frequency, day).stream()
                .filter(d -> !closures.contains(d))
                .filter(d -> pauses.stream().noneMatch(p -> p.covers(d)))
                .toList();
    }

    /** The dates of {@link #deliveries} that fall within {@code [from, to]}. */
    public static List<LocalDate> deliveriesBetween(LocalDate start, LocalDate end, Frequency frequency,
            DayOfWeek day, Collection<Pause> pauses, Set<LocalDate> closures, LocalDate from, LocalDate to) {
        return deliveries(start, end, frequency, day, pauses, closures).stream()
                .filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }
}
