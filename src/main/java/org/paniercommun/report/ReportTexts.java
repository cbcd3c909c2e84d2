package org.paniercommun.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.qute.TemplateExtension;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.YearMonth;
import org.paniercommun.kernel.Dates;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/**
 * The words of a report's period, at the edge: {@link ReportPeriod} answers codes, and this words them in the
 * request's language for the page and the PDF ({@code {report.period.label}}), the API's JSON (its {@code label}) and
 * the 400 of a refused period.
 */
@Singleton
class ReportTexts implements ObjectMapperCustomizer {

    /** How the period reads ("février 2026", "année 2026", "du … au …"). */
    @TemplateExtension
    static String label(ReportPeriod period) {
        return switch (period.span()) {
            case MONTH -> Dates.month(YearMonth.from(period.from()));
            case YEAR -> messages().period_year(period.from().getYear());
            case CUSTOM -> messages().period_span(Dates.day(period.from()), Dates.day(period.to()));
        };
    }

    /** The refusal next to its field (a 400). */
    static InvalidInputException explained(ReportPeriod.Refused refused) {
        ReportMessages messages = messages();
        return new InvalidInputException(refused.refusal.field, switch (refused.refusal) {
            case FROM_MISSING -> messages.error_period_from();
            case TO_MISSING -> messages.error_period_to();
            case TO_BEFORE_FROM -> messages.error_period_order();
            case TOO_LONG -> messages.error_period_too_long(ReportPeriod.MAX_YEARS);
            case MONTH -> messages.error_period_month();
            case YEAR -> messages.error_period_year();
        });
    }

    /** The API sends a period as its dates and its label: {"from":"2026-02-01","to":"2026-02-28","label":"février 2026"}. */
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("report-period").addSerializer(ReportPeriod.class,
                new StdSerializer<>(ReportPeriod.class) {
                    @Override
                    public void serialize(ReportPeriod period, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        json.writeStartObject();
                        provider.defaultSerializeField("from", period.from(), json);
                        provider.defaultSerializeField("to", period.to(), json);
                        json.writeStringField("label", label(period));
                        json.writeEndObject();
                    }
                }));
    }

    private static ReportMessages messages() {
        return Texts.of(ReportMessages.class);
    }
}
