package org.paniercommun.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paniercommun.catalogue.Amounts;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Texts;

/**
 * Builds the printable order form (bon de commande) of a round for one purchasing group: every offer of
 * the round whose product that group's "club produits" chose, by category, with the three tier prices
 * (frozen if the round is open, what they would be today otherwise). Loaded in two queries.
 */
@ApplicationScoped
class OrderForms {

    @Inject
    EntityManager em;

    public record OrderForm(long roundId, long groupId, String roundName, String antennaName, String groupName,
            String deadline, String status, boolean provisional, List<Section> sections, int maxFundRate) {
    }

    public record Section(String category, List<Line> lines) {
    }

    /**
     * @param number the product's number, which the volunteers' paper entry shows and jumps to
     * @param caseSize set, as on the paper-entry screen (ordering/OrderEntry), for a product sold in cases larger
     *        than its order step: the household may write how much more it accepts to help fill a case (tolerance)
     */
    public record Line(int number, String product, String producer, String unit, String step, String minimum, String tier1,
            String tier2, String tier3, String caseSize) {
    }

    @Transactional
    public OrderForm form(long roundId, long groupId) {
        Round round = em.createQuery("""
                select distinct r from Round r join fetch r.antenna left join fetch r.groups
                where r.id = :id""", Round.class)
                .setParameter("id", roundId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Texts.of(RoundMessages.class).error_round_unknown()));
        PurchasingGroup group = round.groups.stream().filter(g -> g.id == groupId).findFirst()
                .orElseThrow(() -> new NotFoundException(Texts.of(RoundMessages.class).error_group_not_in_round()));
        List<RoundOffer> offers = em.createQuery("""
                select o from RoundOffer o join fetch o.product p join fetch p.producer join p.groups g
                where o.round.id = :round and g.id = :group""", RoundOffer.class)
                .setParameter("round", roundId)
                .setParameter("group", groupId)
                .getResultList();
        TierPricing pricing = round.pricing();
        Map<String, List<Line>> byCategory = new LinkedHashMap<>();
        // The same order as the paper entry form (ordering/OrderEntry), so the numbers match.
        int[] number = { 0 };
        offers.stream()
                .sorted(Comparator.comparing((RoundOffer o) -> o.category())
                        .thenComparing(o -> o.productName(), String.CASE_INSENSITIVE_ORDER))
                .forEach(o -> byCategory.computeIfAbsent(o.category().label(), c -> new java.util.ArrayList<>())
                        .add(line(++number[0], o, pricing)));
        List<Section> sections = byCategory.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue()))
                .toList();
        return new OrderForm(round.id, group.id, round.name, round.antenna.name, group.name,
                RoundDates.dateTime(round.deadline), Texts.of(RoundMessages.class).round_status(round.status),
                round.status == RoundStatus.DRAFT, sections,
                round.antenna.fundRates().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    private static Line line(int number, RoundOffer offer, TierPricing pricing) {
        String unit = offer.saleUnit().label();
        BigDecimal minimum = offer.orderMinimum();
        boolean noMinimum = minimum == null || minimum.signum() == 0;
        boolean inCases = offer.caseSize() != null && offer.caseSize().compareTo(offer.orderStep()) > 0;
        return new Line(number, offer.productName(), offer.product.producer.name, unit,
                Amounts.text(offer.orderStep(), offer.saleUnit()),
                noMinimum ? "—" : Amounts.text(minimum, offer.saleUnit()),
                Money.format(offer.priceFor(1, pricing)), Money.format(offer.priceFor(2, pricing)),
                Money.format(offer.priceFor(3, pricing)), inCases ? Amounts.caseText(offer.saleUnit(), offer.caseSize(), offer.orderStep()) : null);
    }
}
