package org.paniercommun.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.logging.Logger;
import org.paniercommun.catalogue.Product;
import org.paniercommun.fund.EntryKind;
import org.paniercommun.fund.FundService;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundService.OfferCommand;
import org.paniercommun.round.RoundService.RoundCommand;
import org.paniercommun.round.RoundService.SlotCommand;
import org.paniercommun.web.InvalidInputException;

/**
 * Dev mode only: an open monthly round for the three groups with every active product (a few with a
 * limited supply) and orders from about two thirds of the households, placed through the real services.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoRound {

    private static final Logger LOG = Logger.getLogger(DemoRound.class);

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    OrganisationService organisation;

    @Inject
    FundService fund;

    @ActivateRequestContext
    void load(@Observes @Priority(5) StartupEvent event) {
        if (Round.count() > 0) {
            return;
        }
        Antenna antenna = Antenna.<Antenna>find("name", DemoOrganisation.ANTENNA).firstResultOptional().orElse(null);
        if (antenna == null) {
            return;
        }
        List<Long> groupIds = organisation.groups(true).stream().map(g -> g.id).toList();
        Instant now = Instant.now();
        Round round = rounds.create(new RoundCommand(antenna.id, "Commande du mois", now.minus(2, ChronoUnit.DAYS),
                now.plus(6, ChronoUnit.DAYS), groupIds));
        List<OfferCommand> offer = new ArrayList<>();
        List<Product> products = Product.list("antenna.id = ?1 and active = true order by name", antenna.id);
        for (int i = 0; i < products.size(); i++) {
            offer.add(new OfferCommand(products.get(i).id, i % 9 == 0 ? new BigDecimal("30") : null));
        }
        rounds.setOffer(round.id, offer);
        LocalDate distribution = LocalDate.now().plusDays(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        List<SlotCommand> slots = new ArrayList<>();
        for (RelayPoint point : organisation.relayPoints(true)) {
            slots.add(new SlotCommand(point.id, distribution, point.openingHours == null ? "14 h – 17 h" : point.openingHours));
        }
        rounds.setSlots(round.id, slots);
        rounds.open(round.id, now.minus(2, ChronoUnit.DAYS));

        fund.record(antenna.id, new FundService.EntryCommand(EntryKind.GRANT, 30_000L, "Fonds « Mieux manger pour tous »",
                null, null), "coordination");
        fund.record(antenna.id, new FundService.EntryCommand(EntryKind.COUPON, 4_700L, null, "Coupons vendus en novembre",
                null), "benevole");
        Random random = new Random(42);
        List<RoundOffer> offers = rounds.offers(round.id);
        int placed = 0;
        for (Household household : Household.<Household>list("active = true order by id")) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            PurchasingGroup group = household.group;
            List<LineCommand> lines = new ArrayList<>();
            for (RoundOffer o : offers) {
                if (o.product.groups.stream().anyMatch(g -> g.id.equals(group.id)) && random.nextInt(5) == 0) {
                    BigDecimal quantity = o.product.orderMinimum.max(o.product.orderStep)
                            .multiply(BigDecimal.valueOf(1 + random.nextInt(3)));
                    lines.add(new LineCommand(o.id, quantity));
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            try {
                Integer fundRate = random.nextInt(6) == 0 ? 10 * (1 + random.nextInt(3)) : null;
                orders.place(round.id, household.id, lines, fundRate, random.nextBoolean() ? "benevole" : null, now);
                placed++;
            } catch (InvalidInputException | org.paniercommun.web.ConflictException e) {
                LOG.debugf("Demo order of %s skipped: %s", household.displayName, e.getMessage());
            }
        }
        LOG.infof("Demo round \"%s\" open with %d orders", round.name, placed);
    }
}
