package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.paniercommun.report.ReportPeriod.Refusal;
import org.paniercommun.report.ReportPeriod.Span;

/** Plain arithmetic and periods answering codes: no Quarkus (their words are checked in {@link ReportTextsTest}). */
class SharesTest {

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("27.8"), Shares.percent(4_500, 16_200));
        assertEquals(new BigDecimal("33.3"), Shares.percent(1, 3));
        assertEquals(new BigDecimal("66.7"), Shares.percent(2, 3));
        assertEquals(new BigDecimal("0.1"), Shares.percent(1, 1_000)); // 0,1 exactly
        assertEquals(new BigDecimal("0.1"), Shares.percent(5, 10_000)); // 0,05 → 0,1
        assertEquals(new BigDecimal("100.0"), Shares.percent(7, 7));
        assertEquals(new BigDecimal("0.0"), Shares.percent(5, 0));
    }

    @Test
    void averagesAreInWholeCentsRoundedHalfUp() {
        assertEquals(3_735, Shares.average(11_205, 3));
        assertEquals(2, Shares.average(5, 3)); // 1,67 → 2
        assertEquals(3, Shares.average(5, 2)); // 2,5 → 3
        assertEquals(0, Shares.average(100, 0));
    }

    @Test
    void periodsAreAMonthAYearOrAChosenSpan() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertEquals(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), Span.MONTH),
                ReportPeriod.of("2026-02", null, null, null, today));
        assertEquals(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Span.YEAR),
                ReportPeriod.of(null, 2025, null, null, today));
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 12)), ReportPeriod.of(null, null, null, null, today));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15), Span.CUSTOM),
                ReportPeriod.of(null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15), today));
    }

    @Test
    void periodsThatCannotBeReportedOnAreRefusedWithTheirCode() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertRefused(Refusal.MONTH, () -> ReportPeriod.of("2026-13", null, null, null, today));
        assertRefused(Refusal.YEAR, () -> ReportPeriod.of(null, 1999, null, null, today));
        assertRefused(Refusal.TO_BEFORE_FROM, () -> ReportPeriod.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertRefused(Refusal.TOO_LONG, () -> ReportPeriod.custom(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 2)));
        assertRefused(Refusal.FROM_MISSING, () -> ReportPeriod.custom(null, LocalDate.of(2026, 1, 2)));
        assertRefused(Refusal.TO_MISSING, () -> ReportPeriod.of(null, null, LocalDate.of(2026, 1, 2), null, today));
        assertEquals("to", Refusal.TOO_LONG.field);
    }

    private static void assertRefused(Refusal refusal, Runnable choice) {
        assertEquals(refusal, assertThrows(ReportPeriod.Refused.class, choice::run).refusal);
    }
}
