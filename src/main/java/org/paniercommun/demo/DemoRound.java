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
import org.paniercommun.kernel.InvalidInputException;

/**
 * Dev mode only: an open monthly round for the three groups with every active product (a few with a
 * limited supply) and orders from about two thirds of the households, placed through the real services.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoRound {

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
        int placed = placeOrders(round, new Random(42), now);
        LOG.infof("Demo round \"%s\" open with %d orders", round.name, placed);
        closedRound(antenna, groupIds, products, now);
    }

    /**
     * Last month's round, closed this morning and distributed today at every relay point: the coordinator can try
     * the case decisions and reception (/tournees/{id}/cloture), then volunteers the distribution screen.
     */
    private void closedRound(Antenna antenna, List<Long> groupIds, List<Product> products, Instant now) {
        Instant opened = now.minus(20, ChronoUnit.DAYS);
        Round round = rounds.create(new RoundCommand(antenna.id, "Commande du mois dernier", opened,
                now.minus(6, ChronoUnit.HOURS), groupIds));
        rounds.setOffer(round.id, products.stream().map(p -> new OfferCommand(p.id, null)).toList());
        List<SlotCommand> slots = new ArrayList<>();
        for (RelayPoint point : organisation.relayPoints(true)) {
            slots.add(new SlotCommand(point.id, LocalDate.now(), point.openingHours == null ? "14 h – 17 h"
                    : point.openingHours));
        }
        rounds.setSlots(round.id, slots);
        rounds.open(round.id, opened);
        int placed = placeOrders(round, new Random(7), opened.plus(3, ChronoUnit.DAYS));
        rounds.close(round.id, now.minus(6, ChronoUnit.HOURS));
        LOG.infof("Demo round \"%s\" closed with %d orders, to distribute today", round.name, placed);
    }

    private int placeOrders(Round round, Random random, Instant now) {
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
                    boolean inCases = o.product.caseSize.compareTo(o.product.orderStep) > 0;
                    BigDecimal tolerance = inCases && random.nextInt(4) == 0 ? o.product.orderStep
                            .multiply(BigDecimal.valueOf(1 + random.nextInt(2))).min(o.product.caseSize
                                    .subtract(o.product.orderStep)) : null;
                    lines.add(new LineCommand(o.id, quantity, tolerance));
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            try {
                Integer fundRate = random.nextInt(6) == 0 ? 10 * (1 + random.nextInt(3)) : null;
                orders.place(round.id, household.id, lines, fundRate, random.nextBoolean() ? "benevole" : null,
                        now.plusSeconds(placed * 60L));
                placed++;
            } catch (InvalidInputException | org.paniercommun.kernel.ConflictException e) {
                LOG.debugf("Demo order of %s skipped: %s", household.displayName, e.getMessage());
            }
        }
        return placed;
    }
}
