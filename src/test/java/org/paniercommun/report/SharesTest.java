package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.paniercommun.kernel.InvalidInputException;

/** Plain arithmetic, but periods take their words from the report bundle: run inside Quarkus (French, no request). */
@QuarkusTest
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
        assertEquals(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "février 2026"),
                ReportPeriod.of("2026-02", null, null, null, today));
        assertEquals(LocalDate.of(2025, 12, 31), ReportPeriod.of(null, 2025, null, null, today).to());
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 12)), ReportPeriod.of(null, null, null, null, today));
        assertEquals("du dimanche 1er mars 2026 au mercredi 15 avril 2026",
                ReportPeriod.of(null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15), today).label());
        assertThrows(InvalidInputException.class, () -> ReportPeriod.of("2026-13", null, null, null, today));
        assertThrows(InvalidInputException.class,
                () -> ReportPeriod.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertThrows(InvalidInputException.class,
                () -> ReportPeriod.custom(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 2)));
        assertThrows(InvalidInputException.class, () -> ReportPeriod.custom(null, LocalDate.of(2026, 1, 2)));
    }
}
