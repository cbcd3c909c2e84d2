package org.paniercommun.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.web.SignInWaitException;
import org.paniercommun.kernel.Texts;
import org.paniercommun.web.Waits;

/** "Mon compte": who is logged in and with which roles, and changing one's own password. */
@Path("/compte")
@Authenticated
@Produces(MediaType.TEXT_HTML)
class AccountPages {

    @Inject
    SecurityIdentity identity;

    @Inject
    PasswordChanges passwords;

    @Inject
    AccountService accounts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(UserAccount account, List<String> roleLabels, String newPasswordHint,
                FormErrors errors);
    }

    @GET
    public TemplateInstance account() {
        return page(FormErrors.none());
    }

    /**
     * Changes the password (current one, new one twice). Every session of the account then ends, this one too: the
     * person is sent to the login page, which says to sign in with the new password.
     */
    @POST
    @Path("mot-de-passe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object changePassword(MultivaluedMap<String, String> form, @Context HttpServerRequest request) {
        return FormRoundTrip.submit(null, "currentPassword", () -> {
            try {
                passwords.change(identity.getPrincipal().getName(), form.getFirst("currentPassword"),
                        form.getFirst("newPassword"), java.util.Objects.requireNonNullElse(form.getFirst("confirmation"), ""));
            } catch (SignInWaitException e) {
                // Too many wrong passwords lately: said beside the current password, like a wrong one.
                throw new InvalidInputException("currentPassword",
                        Texts.of(org.paniercommun.kernel.AppMessages.class).login_wait(Waits.french(e.seconds())));
            }
            return Response.seeOther(URI.create("/login?motdepasse=1"))
                    .cookie(LoginPages.expiredSessionCookie(request.isSSL())).build();
        }, this::page);
    }

    private TemplateInstance page(FormErrors errors) {
        UserAccount account = accounts.find(identity.getPrincipal().getName());
        return Templates.account(account, account.roleList().stream().map(this::roleLabel).toList(),
                messages().password_new_hint(PasswordPolicy.minLength(account.roleList())), errors);
    }

    String roleLabel(String role) {
        return switch (role) {
            case Role.COORDINATOR -> messages().role_coordinator();
            case Role.VOLUNTEER -> messages().role_volunteer();
            case Role.PRODUCER -> messages().role_producer();
            case Role.HOUSEHOLD -> messages().role_household();
            case Role.REFERRER -> messages().role_referrer();
            default -> role;
        };
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static AccountMessages messages() {
        return Texts.of(AccountMessages.class);
    }
}
