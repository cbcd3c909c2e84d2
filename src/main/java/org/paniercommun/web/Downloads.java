package org.paniercommun.web;

import jakarta.ws.rs.core.Response;

/**
 * Responses of printable documents and exports: a PDF drawn by a printout of {@code org.paniercommun.print}, shown
 * in the browser; a CSV or .xlsx download.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A PDF shown in the browser, saved under {@code fileName}. */
    public static Response pdf(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    /** A CSV download. */
    public static Response csv(String csv, String fileName) {
        return Response.ok(csv, org.paniercommun.csv.CsvWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** An Excel (.xlsx) download of the same table as a CSV, see {@link org.paniercommun.csv.XlsxWriter}. */
    public static Response xlsx(org.paniercommun.csv.Table table, String fileName) {
        return Response.ok(org.paniercommun.csv.XlsxWriter.write(table), org.paniercommun.csv.XlsxWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
