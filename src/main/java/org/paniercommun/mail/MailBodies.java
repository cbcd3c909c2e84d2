package org.paniercommun.mail;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import java.util.function.Supplier;

/**
 * Renders an e-mail template pair ({@code mail/x.html} + {@code mail/x.txt}, one checked template with two
 * variants) into the HTML body and its plain-text alternative.
 */
public record MailBodies(String html, String text) {

    public static MailBodies render(Supplier<TemplateInstance> template) {
        String html = template.get().setAttribute(TemplateInstance.SELECTED_VARIANT,
                Variant.forContentType(Variant.TEXT_HTML)).render();
        String text = template.get().setAttribute(TemplateInstance.SELECTED_VARIANT,
                Variant.forContentType(Variant.TEXT_PLAIN)).render();
        return new MailBodies(html, text);
    }
}
