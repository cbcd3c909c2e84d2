package org.paniercommun.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paniercommun.Fixtures;
import org.paniercommun.Fixtures.Place;
import org.paniercommun.catalogue.CatalogueFixtures;
import org.paniercommun.catalogue.Product;
import org.paniercommun.catalogue.ProductView;
import org.paniercommun.household.Household;
import org.paniercommun.mail.OutboxEmail;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderLine;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.pricing.LineAmount;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.ordering.RoundNotifications;

/**
 * Rounds, offers and orders written straight through the entities, each in a transaction of its own, so a
 * test can set up any state (a deadline in two hours, an erased household) without going through the rules.
 */
@ApplicationScoped
public class RoundTestData {

    @Inject
    Fixtures fixtures;

    @Inject
    CatalogueFixtures catalogue;

    @Inject
    RoundNotifications notifications;

    public long product(Place place, String name, long purchaseCents, long logisticsCents) {
        return product(place, name, purchaseCents, logisticsCents, place.group().id);
    }

    public long product(Place place, String name, long purchaseCents, long logisticsCents, long groupId) {
        long producer = catalogue.producer(place.antenna().id, Fixtures.unique("Ferme")).id();
        ProductView product = catalogue.product(producer, name, purchaseCents, logisticsCents, Set.of(groupId));
        return product.id();
    }

    /** A round of the place's group offering the products; opened (prices frozen) when {@code open}. */
    @Transactional
    public long round(Place place, String name, boolean open, Instant opensAt, Instant deadline,
            List<Long> productIds) {
        Round round = new Round();
        round.antenna = Antenna.findById(place.antenna().id);
        round.name = name;
        round.opensAt = opensAt;
        round.deadline = deadline;
        round.groups.add(PurchasingGroup.findById(place.group().id));
        if (open) {
            round.open(opensAt);
        }
        round.persist();
        for (long productId : productIds) {
            RoundOffer offer = new RoundOffer();
            offer.round = round;
            offer.product = Product.findById(productId);
            if (open) {
                offer.freezePrices(round.pricing());
            }
            offer.persist();
        }
        return round.id;
    }

    @Transactional
    public void addGroup(long roundId, long groupId) {
        Round round = Round.findById(roundId);
        round.groups.add(PurchasingGroup.findById(groupId));
    }

    @Transactional
    public void slot(long roundId, long relayPointId, LocalDate date, String timeSlot) {
        RoundSlot slot = new RoundSlot();
        slot.round = Round.findById(roundId);
        slot.relayPoint = RelayPoint.findById(relayPointId);
        slot.distributionDate = date;
        slot.timeSlot = timeSlot;
        slot.persist();
    }

    public Household household(Place place, String name, int tier, String email) {
        Household household = fixtures.household(place, name, tier);
        if (email != null) {
            update(household.id, email, true, null);
        }
        return household;
    }

    @Transactional
    public void update(long householdId, String email, boolean active, Instant erasedAt) {
        Household household = Household.findById(householdId);
        household.email = email;
        household.active = active;
        household.erasedAt = erasedAt;
    }

    /** A submitted order at the household's tier, priced from the round's offer, lines by product id. */
    @Transactional
    public long order(long roundId, long householdId, Map<Long, String> quantities) {
        Round round = Round.findById(roundId);
        Household household = Household.findById(householdId);
        TierPricing pricing = round.pricing();
        Order order = new Order();
        order.round = round;
        order.household = household;
        order.priceTier = household.priceTier;
        order.submittedAt = Instant.now();
        order.updatedAt = order.submittedAt;
        for (Map.Entry<Long, String> entry : quantities.entrySet()) {
            RoundOffer offer = RoundOffer.find("round.id = ?1 and product.id = ?2", roundId, entry.getKey())
                    .singleResult();
            OrderLine line = new OrderLine();
            line.order = order;
            line.offer = offer;
            line.quantity = new BigDecimal(entry.getValue());
            line.unitPriceCents = offer.priceFor(order.priceTier, pricing);
            line.amountCents = LineAmount.of(line.unitPriceCents, line.quantity);
            order.lines.add(line);
            order.totalCents += line.amountCents;
        }
        order.refreshCostValue();
        order.persist();
        return order.id;
    }

    /** The household cancels its order (as the order service does, without the e-mail). */
    @Transactional
    public void cancelOrder(long roundId, long householdId) {
        Order order = Order.find("round.id = ?1 and household.id = ?2", roundId, householdId).singleResult();
        order.status = org.paniercommun.ordering.OrderStatus.CANCELLED;
    }

    /** What the round service does when it opens a round: notify in the same transaction. */
    @Transactional
    public void notifyOpened(long roundId) {
        notifications.roundOpened(Round.findById(roundId));
    }

    /** What the order service does when it saves an order: notify in the same transaction. */
    @Transactional
    public void notifyOrder(long orderId) {
        notifications.orderConfirmed(Order.findById(orderId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEmail> outboxFor(String recipient) {
        return OutboxEmail.list("recipient = ?1 order by id", recipient);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long outboxCount() {
        return OutboxEmail.count();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Round roundNow(long id) {
        return Round.findById(id);
    }
}
