package org.paniercommun.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Printable documents as PDF: the same Qute template as the A4 page, rendered from well-formed XHTML (inline SVG too). */
public final class Pdf {

    private Pdf() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer()); // inline <svg> charts (report/SvgBarChart)
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF response shown in the browser, saved under {@code fileName}. */
    public static Response response(String xhtml, String fileName) {
        return response(render(xhtml), fileName);
    }

    /** A PDF (drawn by a printout of {@code org.paniercommun.print}) shown in the browser, saved under {@code fileName}. */
    public static Response response(byte[] pdf, String fileName) {
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
