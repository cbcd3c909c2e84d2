package org.paniercommun.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates of a round as people read them: "jeudi 10 décembre à 20 h", "samedi 12 décembre, 14 h – 17 h". */
public final class RoundDates {

    /** The antennas are in France; deadlines are shown in French local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.FRENCH);

    private RoundDates() {
    }

    /** "jeudi 10 décembre à 20 h", "lundi 1er mars à 9 h 30". */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZONE);
        String time = local.getMinute() == 0 ? local.getHour() + " h"
                : local.getHour() + " h " + String.format("%02d", local.getMinute());
        return day(local.toLocalDate()) + " à " + time;
    }

    /** "samedi 12 décembre", "mardi 1er décembre". */
    public static String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        String dayOfMonth = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return WEEKDAY.format(date) + " " + dayOfMonth + " " + MONTH.format(date);
    }

    /** "samedi 12 décembre, 14 h – 17 h", or null when the relay point has no slot in the round. */
    public static String slot(RoundSlot slot) {
        if (slot == null) {
            return null;
        }
        String day = day(slot.distributionDate);
        return slot.timeSlot == null || slot.timeSlot.isBlank() ? day : day + ", " + slot.timeSlot;
    }
}
