package org.paniercommun.round;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.paniercommun.kernel.Dates;

/**
 * Dates of a round as people read them, through the one formatter ({@link Dates}): "jeudi 10 décembre 2026 à 20 h",
 * "samedi 12 décembre 2026, 14 h – 17 h". A slot's weekday always comes from its date: a weekday typed in its
 * hours ("vendredi 16 h – 18 h", copied from a relay point's opening hours) is left out, so a Sunday never reads
 * "vendredi".
 */
public final class RoundDates {

    /** The antennas are in France; deadlines are shown in French local time. */
    public static final ZoneId ZONE = Dates.ZONE;

    private RoundDates() {
    }

    /** "jeudi 10 décembre 2026 à 20 h", "lundi 1er mars 2027 à 9 h 30". */
    public static String dateTime(Instant instant) {
        return Dates.dayAndTime(instant);
    }

    /** "samedi 12 décembre 2026", "mardi 1er décembre 2026". */
    public static String day(LocalDate date) {
        return Dates.day(date);
    }

    /** "samedi 12 décembre 2026, 14 h – 17 h", or null when the relay point has no slot in the round. */
    public static String slot(RoundSlot slot) {
        return slot == null ? null : slot(slot.distributionDate, slot.timeSlot);
    }

    /** "dimanche 6 décembre 2026, 16 h – 18 h" — the weekday from the date, whatever the hours say. */
    public static String slot(LocalDate date, String timeSlot) {
        String day = Dates.day(date);
        String hours = hours(timeSlot);
        if (hours.isEmpty()) {
            return day;
        }
        return day.isEmpty() ? hours : day + ", " + hours;
    }

    /**
     * The hours of a time slot without the weekdays typed in them: "vendredi 16 h – 18 h" → "16 h – 18 h",
     * "le samedi, 10 h – 12 h" → "10 h – 12 h". Weekdays elsewhere in the text stay (there are none in hours).
     */
    public static String hours(String timeSlot) {
        if (timeSlot == null) {
            return "";
        }
        String text = timeSlot.strip();
        boolean changed = true;
        while (changed && !text.isEmpty()) {
            changed = false;
            String lower = text.toLowerCase(Locale.FRENCH);
            for (String prefix : new String[] {"le ", "les "}) {
                if (lower.startsWith(prefix)) {
                    text = text.substring(prefix.length()).strip();
                    lower = text.toLowerCase(Locale.FRENCH);
                    changed = true;
                }
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                String name = Dates.weekday(day);
                if (lower.startsWith(name)) {
                    text = text.substring(name.length());
                    if (text.startsWith("s")) { // "samedis"
                        text = text.substring(1);
                    }
                    text = text.replaceFirst("^[\\s,:;–-]+", "");
                    changed = true;
                    break;
                }
            }
        }
        return text.strip();
    }
}
