package org.paniercommun.csv;

import java.util.List;
import org.paniercommun.kernel.AppMessages;
import org.paniercommun.kernel.Texts;

/** An import refused as a whole, with every bad line. Nothing was written. */
public class CsvImportException extends RuntimeException {

    private final List<CsvLineError> errors;

    public CsvImportException(List<CsvLineError> errors) {
        super(errors.size() == 1 ? Texts.of(AppMessages.class).error_import_one_line()
                : Texts.of(AppMessages.class).error_import_lines(errors.size()));
        this.errors = List.copyOf(errors);
    }

    public List<CsvLineError> errors() {
        return errors;
    }
}
