package org.paniercommun.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.paniercommun.web.InvalidInputException;

/** The dates a report covers, both included: a month, a year, or any span chosen by the coordinator. */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

    /** A longer span is almost always a typing mistake, and would make one report read every round ever made. */
    static final int MAX_YEARS = 5;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), MONTH.format(month));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "année " + year);
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "Indiquez la date de début.");
        }
        if (to == null) {
            throw new InvalidInputException("to", "Indiquez la date de fin.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "La date de fin doit suivre la date de début.");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("to", "Une période de " + MAX_YEARS + " ans au plus.");
        }
        return new ReportPeriod(from, to, "du " + DAY.format(from) + " au " + DAY.format(to));
    }

    /**
     * The period asked for: a month ("2026-11"), else a year, else the custom span; the current month when
     * nothing is given.
     */
    public static ReportPeriod of(String month, Integer year, LocalDate from, LocalDate to, LocalDate today) {
        if (month != null && !month.isBlank()) {
            try {
                return month(YearMonth.parse(month.trim()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("month", "Mois invalide (exemple : 2026-11).");
            }
        }
        if (year != null) {
            if (year < 2000 || year > 2100) {
                throw new InvalidInputException("year", "Année invalide (exemple : 2026).");
            }
            return year(year);
        }
        if (from != null || to != null) {
            return custom(from, to);
        }
        return month(YearMonth.from(today));
    }
}
