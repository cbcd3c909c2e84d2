package org.paniercommun.basket;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.paniercommun.account.Role;
import org.paniercommun.basket.DeliveryService.MyDelivery;
import org.paniercommun.basket.SubscriptionService.SubscriptionView;
import org.paniercommun.household.HouseholdService;

/** The household's basket (/mon-panier): its subscription, next baskets, what is in them and the recipe. */
@Path("/mon-panier")
@RolesAllowed(Role.HOUSEHOLD)
@Produces(MediaType.TEXT_HTML)
class BasketHouseholdPages {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryService deliveries;

    @Inject
    HouseholdService households;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myBasket(List<SubscriptionView> subscriptions, List<MyDelivery> deliveries);
    }

    @GET
    public TemplateInstance page() {
        String login = identity.getPrincipal().getName();
        var household = households.forLogin(login).orElse(null);
        return Templates.myBasket(subscriptions.ofHouseholdLogin(login), household == null ? List.of()
                : deliveries.ofHousehold(household.id, LocalDate.now().minusDays(7)));
    }
}
