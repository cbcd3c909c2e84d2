package org.paniercommun.csv;

import java.util.List;

/** An import refused as a whole, with every bad line. Nothing was written. */
public class CsvImportException extends RuntimeException {

    private final List<CsvLineError> errors;

    public CsvImportException(List<CsvLineError> errors) {
        super(errors.size() == 1 ? "1 ligne est à corriger ; rien n'a été importé."
                : errors.size() + " erreurs à corriger ; rien n'a été importé.");
        this.errors = List.copyOf(errors);
    }

    public List<CsvLineError> errors() {
        return errors;
    }
}
