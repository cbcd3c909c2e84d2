package org.paniercommun.kernel;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one formatter of the dates people read (pages, PDFs, printed lists, CSV columns for people, e-mails):
 * "samedi 12 décembre 2026", "samedi 12 décembre 2026 à 18 h", "décembre 2026". ISO dates ("2026-12-12")
 * only where a machine reads them: form inputs ({@code type="date"}) and the CSV columns other programs import.
 */
public final class Dates {

    /** The antennas are in France: instants are shown in French local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter FIRST_OF_MONTH = DateTimeFormatter.ofPattern("EEEE d'er' MMMM yyyy",
            Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private Dates() {
    }

    /** "samedi 12 décembre 2026", "mardi 1er décembre 2026"; "" for no date. */
    public static String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        return (date.getDayOfMonth() == 1 ? FIRST_OF_MONTH : DAY).format(date);
    }

    /** "samedi 12 décembre 2026 à 18 h", in French local time; "" for no instant. */
    public static String dayAndTime(Instant instant) {
        return instant == null ? "" : dayAndTime(LocalDateTime.ofInstant(instant, ZONE));
    }

    /** "samedi 12 décembre 2026 à 9 h 05"; "" for no date. */
    public static String dayAndTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : day(dateTime.toLocalDate()) + " à " + time(dateTime.toLocalTime());
    }

    /** "18 h", "9 h 05": the hour alone when the minutes are zero, as the time slots read ("14 h – 17 h"). */
    public static String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        return time.getMinute() == 0 ? time.getHour() + " h" : time.getHour() + " h " + String.format("%02d", time.getMinute());
    }

    /** "décembre 2026". */
    public static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "samedi": the weekday of a date, never typed separately. */
    public static String weekday(LocalDate date) {
        return date == null ? "" : weekday(date.getDayOfWeek());
    }

    /** "samedi". */
    public static String weekday(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    /** "2026-12-12": for form inputs and the CSV columns read by programs, never for a person. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
