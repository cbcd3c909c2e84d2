package org.paniercommun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/** Periods take their words from the report bundle at the edge: inside Quarkus (French, no request). */
@QuarkusTest
class ReportTextsTest {

    @Inject
    ObjectMapper json;

    @Test
    void theApiStillSendsThePeriodsLabelAndNotItsCode() throws Exception {
        assertEquals("{\"from\":\"2026-02-01\",\"to\":\"2026-02-28\",\"label\":\"février 2026\"}",
                json.writeValueAsString(ReportPeriod.month(YearMonth.of(2026, 2))));
    }

    @Test
    void periodsReadInFrench() {
        assertEquals("février 2026", ReportTexts.label(ReportPeriod.month(YearMonth.of(2026, 2))));
        assertEquals("du dimanche 1er mars 2026 au mercredi 15 avril 2026",
                ReportTexts.label(ReportPeriod.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 15))));
    }

    @Test
    void refusalsAreWordedNextToTheirField() {
        ReportPeriod.Refused refused = new ReportPeriod.Refused(ReportPeriod.Refusal.TO_BEFORE_FROM);
        FieldError error = ReportTexts.explained(refused).errors().get(0);
        assertEquals("to", error.field());
        assertEquals("La date de fin doit suivre la date de début.", error.message());
    }
}
