package org.paniercommun.report;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dates a report covers, both included: a month, a year, or any span chosen by the coordinator. Choosing them is
 * a plain rule that answers codes ({@link Span}, {@link Refusal}); the words come at the edge ({@link ReportTexts}:
 * the pages, the PDF, the API's JSON and its 400).
 */
public record ReportPeriod(LocalDate from, LocalDate to, Span span) {

    /** A longer span is almost always a typing mistake, and would make one report read every round ever made. */
    static final int MAX_YEARS = 5;

    /** What the period is: a calendar month, a calendar year, or dates chosen by the coordinator. */
    public enum Span {
        MONTH, YEAR, CUSTOM
    }

    /** Why a period is refused, and the field it shows next to. */
    public enum Refusal {
        FROM_MISSING("from"), TO_MISSING("to"), TO_BEFORE_FROM("to"), TOO_LONG("to"), MONTH("month"), YEAR("year");

        public final String field;

        Refusal(String field) {
            this.field = field;
        }
    }

    /** A period that cannot be reported on, by its code. */
    public static final class Refused extends RuntimeException {

        public final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), Span.MONTH);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Span.YEAR);
    }

    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new Refused(Refusal.FROM_MISSING);
        }
        if (to == null) {
            throw new Refused(Refusal.TO_MISSING);
        }
        if (to.isBefore(from)) {
            throw new Refused(Refusal.TO_BEFORE_FROM);
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new Refused(Refusal.TOO_LONG);
        }
        return new ReportPeriod(from, to, Span.CUSTOM);
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
                throw new Refused(Refusal.MONTH);
            }
        }
        if (year != null) {
            if (year < 2000 || year > 2100) {
                throw new Refused(Refusal.YEAR);
            }
            return year(year);
        }
        if (from != null || to != null) {
            return custom(from, to);
        }
        return month(YearMonth.from(today));
    }
}
