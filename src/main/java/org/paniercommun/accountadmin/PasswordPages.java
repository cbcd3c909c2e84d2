package org.paniercommun.accountadmin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.paniercommun.accountadmin.Invitations.InvalidLinkException;
import org.paniercommun.accountadmin.Invitations.Opened;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.account.TokenKind;

/**
 * Public pages where people choose their password: from an invitation ({@code /invitation/{token}}), after
 * "mot de passe oublié" ({@code /mot-de-passe-oublie}, then {@code /mot-de-passe/{token}}), and a household's first
 * login with the card a volunteer printed ({@code /premiere-connexion}). A link that is not valid answers 410 with a
 * page saying what to do; the password is never shown again nor kept in the form.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PasswordPages {

    /** "Mot de passe oublié" answers no sooner than this, whether the address is known or not. */
    static final long FORGOT_ANSWER_MILLIS = 400;

    @Inject
    Invitations invitations;

    /** What a form shows again: typed values (never a password) and errors. */
    public record Form(Map<String, String> values, FormErrors errors) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        static Form empty() {
            return new Form(Map.of(), FormErrors.none());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitation(String token, Opened opened, Form form);

        static native TemplateInstance reset(String token, Opened opened, Form form);

        static native TemplateInstance invalid();

        static native TemplateInstance done(String login);

        static native TemplateInstance forgot(boolean sent, Form form);

        static native TemplateInstance first(Form form);
    }

    // ---- invitation ----

    @GET
    @Path("invitation/{token}")
    public Object invitation(@PathParam("token") String token) {
        return choose(token, TokenKind.INVITATION);
    }

    @POST
    @Path("invitation/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object acceptInvitation(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        return chosen(token, TokenKind.INVITATION, form);
    }

    // ---- mot de passe oublié ----

    @GET
    @Path("mot-de-passe-oublie")
    public TemplateInstance forgot(@QueryParam("envoye") String sent) {
        return Templates.forgot(sent != null, Form.empty());
    }

    @POST
    @Path("mot-de-passe-oublie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object askReset(MultivaluedMap<String, String> form) {
        long started = System.nanoTime();
        String address = new FormReader(form).text("email");
        if (address == null) {
            return Html.invalid(Templates.forgot(false, new Form(Map.of(),
                    FormErrors.of(new InvalidInputException("email", AccessService.messages().error_address_required())))));
        }
        invitations.forgot(address);
        // The same answer, at about the same time, whether an e-mail left or not.
        long left = FORGOT_ANSWER_MILLIS - (System.nanoTime() - started) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Response.seeOther(URI.create("/mot-de-passe-oublie?envoye=1")).build();
    }

    @GET
    @Path("mot-de-passe/{token}")
    public Object reset(@PathParam("token") String token) {
        return choose(token, TokenKind.PASSWORD_RESET);
    }

    @POST
    @Path("mot-de-passe/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object chooseAfterReset(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        return chosen(token, TokenKind.PASSWORD_RESET, form);
    }

    // ---- a household's first login ----

    @GET
    @Path("premiere-connexion")
    public TemplateInstance firstLogin() {
        return Templates.first(Form.empty());
    }

    @POST
    @Path("premiere-connexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object useCode(MultivaluedMap<String, String> form) {
        FormReader reader = new FormReader(form);
        Map<String, String> typed = Map.of("number", nonNull(reader.text("number")), "code", nonNull(reader.text("code")));
        return FormRoundTrip.submit(null, "code", () -> {
            Invitations.FirstLogin result = invitations.firstLogin(reader.text("number"), reader.text("code"),
                    form.getFirst("password"), form.getFirst("confirmation"));
            if (result.login() == null) {
                throw new InvalidInputException(result.errors());
            }
            return Html.page(Templates.done(result.login()));
        }, errors -> Templates.first(new Form(typed, errors)));
    }

    // ---- helpers ----

    private Object choose(String token, TokenKind kind) {
        try {
            return page(token, kind, FormErrors.none());
        } catch (InvalidLinkException e) {
            return gone();
        }
    }

    /** The link's page, shown again with errors; a link that is no longer valid meanwhile is gone (410). */
    private Object chosen(String token, TokenKind kind, MultivaluedMap<String, String> form) {
        try {
            return FormRoundTrip.submit(null, "password", () -> Html.page(Templates.done(
                    invitations.choosePassword(token, kind, form.getFirst("password"), form.getFirst("confirmation")))),
                    errors -> page(token, kind, errors));
        } catch (InvalidLinkException e) {
            return gone();
        }
    }

    private TemplateInstance page(String token, TokenKind kind, FormErrors errors) {
        Opened opened = invitations.opened(token, kind);
        Form form = new Form(Map.of(), errors);
        return kind == TokenKind.INVITATION ? Templates.invitation(token, opened, form)
                : Templates.reset(token, opened, form);
    }

    private static Response gone() {
        return Response.status(Response.Status.GONE).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.invalid()).build();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
