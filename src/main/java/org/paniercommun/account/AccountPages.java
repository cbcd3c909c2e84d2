package org.paniercommun.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.paniercommun.web.Texts;

/** "Mon compte": who is logged in and with which roles. */
@Path("/compte")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(UserAccount account, List<String> roleLabels);
    }

    @GET
    public TemplateInstance account() {
        UserAccount account = UserAccount.findByLogin(identity.getPrincipal().getName()).orElseThrow();
        return Templates.account(account, account.roleList().stream().map(this::roleLabel).toList());
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

    /** In the request's language (see web/Texts): this bean is made once, its texts are read per request. */
    private static AccountMessages messages() {
        return Texts.of(AccountMessages.class);
    }
}
