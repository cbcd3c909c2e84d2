package org.paniercommun.csv;

/** One problem in an imported file: the spreadsheet line, the column, and why, in French. */
public record CsvLineError(int line, String column, String reason) {
}
