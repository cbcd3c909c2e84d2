package org.paniercommun.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.paniercommun.csv.CsvLineError;
import org.paniercommun.kernel.InvalidInputException;

/**
 * RFC 9457 problem details, the body of every JSON error. {@code violations} lists invalid fields,
 * {@code lines} the bad lines of a refused CSV import.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidInputException.FieldError> violations, List<CsvLineError> lines) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, List.of(), List.of());
    }
}
