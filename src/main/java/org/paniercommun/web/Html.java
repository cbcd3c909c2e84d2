package org.paniercommun.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Responses of HTML pages that are not a plain 200. */
public final class Html {

    private Html() {
    }

    /** A page answered by a form's action itself (200), not a redirect. */
    public static Response page(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** A form shown again with its errors: 400, so scripts and tests can tell it was refused. */
    public static Response invalid(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** A form shown again because what it would change moved on meanwhile (or the money is not there): 409. */
    public static Response conflict(TemplateInstance page) {
        return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** After a form was saved: back to {@code path}, which shows {@code notice} (read from its {@code ok} parameter). */
    public static Response done(String path, String notice) {
        return Response.seeOther(java.net.URI.create(path + "?ok="
                + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8))).build();
    }
}
