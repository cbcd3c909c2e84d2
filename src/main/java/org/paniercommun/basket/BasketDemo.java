package org.paniercommun.basket;

import io.quarkus.arc.Arc;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.paniercommun.account.AccountService;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;
import org.paniercommun.basket.BasketSetupService.ShareCommand;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.household.Household;
import org.paniercommun.organisation.RelayPoint;

/**
 * Dev-mode demo of the solidarity baskets (after the other demo data): the referrer login {@code referent},
 * two funders, the 50/50 and 30/40/30 schemes, a small weekly and a large fortnightly basket from the demo
 * market gardener, eight referred and subscribed households and the next four weeks planned.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class BasketDemo {

    private static final Logger LOG = Logger.getLogger(BasketDemo.class);

    @Inject
    AccountService accounts;

    @Inject
    BasketSetupService setup;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryService deliveries;

    void load(@Observes @Priority(6) StartupEvent event) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            QuarkusTransaction.requiringNew().run(this::build);
        } catch (RuntimeException e) {
            LOG.warn("Basket demo data not loaded", e);
        } finally {
            context.terminate();
        }
    }

    void build() {
        if (UserAccount.findByLogin("referent").isEmpty()) {
            UserAccount referrer = accounts.create("referent", org.paniercommun.demo.DemoAccounts.PASSWORD,
                    "Référente du CCAS de Lens", List.of(Role.REFERRER));
            // The referrer works for the demo antenna (access/Scope): it refers households into its groups.
            UserAccount.getEntityManager().createNativeQuery("insert into account_antennas (user_account_id, antenna_id) "
                    + "select ?1, id from antennas").setParameter(1, referrer.id).executeUpdate();
        }
        if (BasketOffer.count() > 0) {
            return;
        }
        Producer gardener = Producer.<Producer>find("account.login", "producteur").firstResult();
        List<RelayPoint> points = RelayPoint.list("active = true order by id");
        List<Household> households = Household.list("erasedAt is null order by id");
        if (gardener == null || points.size() < 2 || households.size() < 8) {
            return;
        }
        var agglo = setup.createFunder(new BasketSetupService.FunderCommand("Communauté d'agglomération Lens-Liévin",
                null, 40_000L));
        var state = setup.createFunder(new BasketSetupService.FunderCommand("État (DGCS)", null, null));
        var fifty = setup.createScheme(new BasketSetupService.SchemeCommand("P.A.N.I.E.R.S. 50/50", List.of(
                new ShareCommand(null, 50), new ShareCommand(agglo.id(), 50))));
        var cocagne = setup.createScheme(new BasketSetupService.SchemeCommand("Cocagne 30/40/30", List.of(
                new ShareCommand(null, 30), new ShareCommand(state.id(), 40), new ShareCommand(agglo.id(), 30))));
        List<Long> relays = List.of(points.get(0).id, points.get(1).id);
        var small = setup.createOffer(new BasketSetupService.OfferCommand("Petit panier de légumes", BasketSize.PETIT,
                1000L, gardener.id, Frequency.WEEKLY, DayOfWeek.WEDNESDAY, "16 h 30 – 18 h", relays, MissedRule.HELD));
        var large = setup.createOffer(new BasketSetupService.OfferCommand("Grand panier de légumes", BasketSize.GRAND,
                2000L, gardener.id, Frequency.BIWEEKLY, DayOfWeek.WEDNESDAY, "16 h 30 – 18 h", relays,
                MissedRule.GIVEN_TO_OTHER));
        var referrer = new SubscriptionService.Viewer("referent", true, true);
        LocalDate start = LocalDate.now().minusDays(1);
        int n = 0;
        for (Household h : households) {
            if (h.relayPoint == null || !relays.contains(h.relayPoint.id)) {
                continue;
            }
            var referral = subscriptions.refer(new SubscriptionService.ReferralCommand(h.id, null, "CCAS de Lens",
                    "quotient familial ≤ 1 200 €", LocalDate.now().minusDays(10)), referrer);
            boolean isLarge = n % 3 == 2;
            subscriptions.subscribe(new SubscriptionService.SubscriptionCommand(referral.id(), isLarge ? large.id()
                    : small.id(), isLarge ? cocagne.id() : fifty.id(), h.relayPoint.id, start, null), referrer);
            if (++n == 8) {
                break;
            }
        }
        for (var offer : List.of(small, large)) {
            deliveries.generate(offer.id(), new DeliveryService.PlanCommand(start, start.plusWeeks(4), true));
        }
        deliveries.deliveries(small.id(), null, start, start.plusWeeks(1)).stream().findFirst().ifPresent(d ->
                deliveries.setContent(d.id(), new DeliveryService.ContentCommand(
                        "Poireaux, pommes de terre, carottes, une courge butternut, un bouquet de persil.",
                        "Velouté de butternut : faire revenir un poireau émincé, ajouter la courge et deux pommes de "
                                + "terre en dés, couvrir d'eau, cuire 25 minutes, mixer, servir avec le persil.")));
        LOG.infof("Basket demo: %d subscribed households", n);
    }
}
