package org.paniercommun.report;

import java.time.LocalDate;
import java.time.YearMonth;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/** The dates a report covers, both included: a month, a year, or any span chosen by the coordinator. */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

    /** A longer span is almost always a typing mistake, and would make one report read every round ever made. */
    static final int MAX_YEARS = 5;


    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), org.paniercommun.kernel.Dates.month(month));
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), messages().period_year(year));
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", messages().error_period_from());
        }
        if (to == null) {
            throw new InvalidInputException("to", messages().error_period_to());
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", messages().error_period_order());
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("to", messages().error_period_too_long(MAX_YEARS));
        }
        return new ReportPeriod(from, to, messages().period_span(org.paniercommun.kernel.Dates.day(from), org.paniercommun.kernel.Dates.day(to)));
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
                throw new InvalidInputException("month", messages().error_period_month());
            }
        }
        if (year != null) {
            if (year < 2000 || year > 2100) {
                throw new InvalidInputException("year", messages().error_period_year());
            }
            return year(year);
        }
        if (from != null || to != null) {
            return custom(from, to);
        }
        return month(YearMonth.from(today));
    }

    private static ReportMessages messages() {
        return Texts.of(ReportMessages.class);
    }
}
