package org.paniercommun.mail;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.paniercommun.account.Role;

/**
 * Dev mode only: the e-mails the app would have sent, read from the outbox (in dev mode the mailer is a mock and
 * e-mails otherwise only reach the console log). For coordinators (demo login {@code coordination}), at
 * {@code /dev/courriels}.
 *
 * <p>The page exists only when {@code panier.dev-mails.enabled=true} at build time, which
 * {@code application.properties} sets for the dev profile only ({@code %dev.}): a production or test build has no such
 * endpoint at all (404), whatever the role.
 */
@Path("/dev/courriels")
@RolesAllowed(Role.COORDINATOR)
@IfBuildProperty(name = "panier.dev-mails.enabled", stringValue = "true")
public class DevMailPages {

    /** At most this many e-mails, the latest first. */
    static final int LIMIT = 200;

    @Inject
    EntityManager em;

    public record MailRow(Long id, String recipient, String subject, String textBody, Instant createdAt,
            Instant sentAt, int attempts, String lastError, String attachmentName) {

        public boolean sent() {
            return sentAt != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mails(List<MailRow> mails, int limit);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mails() {
        // A projection: the attachments' bytes stay in the database.
        List<MailRow> mails = em.createQuery("""
                select new org.paniercommun.mail.DevMailPages$MailRow(e.id, e.recipient, e.subject, e.textBody,
                    e.createdAt, e.sentAt, e.attempts, e.lastError, e.attachmentName)
                from OutboxEmail e order by e.id desc""", MailRow.class).setMaxResults(LIMIT).getResultList();
        return Templates.mails(mails, LIMIT);
    }
}
