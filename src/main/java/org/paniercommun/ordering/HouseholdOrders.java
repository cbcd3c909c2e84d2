package org.paniercommun.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paniercommun.catalogue.Amounts;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdMessages;
import org.paniercommun.household.PriceTier;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundDates;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.web.FormErrors;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/**
 * What a household reads on its phone when it orders: its order form (products it usually buys first, then the
 * categories, a search, quick amounts, the summary of its choice) and the confirmation of a sent order. Reads only:
 * the rules stay in {@link OrderService} (saving), {@link OrderTotals} (the figures shown before sending),
 * {@link QuickChoices} and {@link LastOrderRefill}.
 */
@ApplicationScoped
public class HouseholdOrders {

    /** Id of the section of the products the household usually buys (category chips jump to sections by id). */
    static final String HABITUAL = "habituels";

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    HouseholdAccounts accounts;

    @Inject
    EntityManager em;

    /** A one-tap amount: the value put in the field ("2", "0,5") and what the button says ("2 kg"). */
    public record Choice(String value, String label) {
    }

    /**
     * A product of the form.
     *
     * @param search the name and producer folded (no accents, lower case), for the search box
     * @param caseSize "un sac de 25 kg" for products the producer sells by whole cases bigger than the order step
     *        (a tolerance may help fill one); null otherwise
     * @param hidden left out by a search or "Voir ma sélection" sent without script: its quantity rides along hidden
     */
    public record Item(long offerId, String name, String producer, String search, String unit, String unitShown,
            String unitMany,
            long priceCents, String price, String step, String minimum, String max, String rule, String quantity,
            boolean chosen, String error, List<Choice> quick, String caseSize, String tolerance, String toleranceError,
            boolean hidden) {
    }

    public record Section(String id, String label, List<Item> items) {
        public boolean hasShown() {
            return items.stream().anyMatch(i -> !i.hidden());
        }
    }

    public record FundChoice(String value, String label, boolean selected) {
    }

    /** "tarif 1 / 2 / 3" told once, with the prices of one product of the round. */
    public record TierExample(String tierLabel, String product, String cost, String tier1, String tier2, String tier3,
            String unit) {
    }

    /** The summary bar: figures already formatted, and the raw ones the script starts from. */
    public record Summary(int products, String count, String total, String reduction, String coupons, String toPay,
            boolean fundAsked) {
    }

    public record OrderPage(long roundId, String roundName, String deadline, String pickup, String household,
            boolean hasOrder, List<Section> sections, String search, boolean selectionOnly, List<FundChoice> fundChoices,
            String coupons, Long fundCapCents, Summary summary, String carriedBalance, String notice,
            boolean refilled, String unavailable, String changed, String refillHref, TierExample tiers) {

        /** Whether a product is on the page (a search without the script may find none). */
        public boolean anyShown() {
            return sections.stream().anyMatch(Section::hasShown);
        }
    }

    /** A line of the confirmation (page and e-mail alike). */
    public record ConfirmedLine(String product, String quantity, String unitPrice, String amount) {
    }

    public record Confirmation(long roundId, String roundName, String household, List<ConfirmedLine> lines,
            Summary summary, String pickupPlace, String pickupAddress, String pickupWhen, String deadline,
            boolean canChange) {
    }

    /** How the form is asked for. */
    public record Request(Map<String, String> typed, FormErrors errors, String notice, boolean refill, String search,
            boolean selectionOnly) {
    }

    /**
     * The order form of a round for this household: with what it typed ({@code typed}, field name → value), else
     * with its saved order, else (when asked) filled from its last order.
     */
    public OrderPage form(long roundId, Household household, Request request) {
        Round round = rounds.round(roundId);
        if (round.groups.stream().noneMatch(g -> g.id.equals(household.group.id))) {
            throw new NotFoundException(messages().error_round_not_for_your_group());
        }
        FormErrors errors = request.errors() == null ? FormErrors.none() : request.errors();
        Map<String, String> typed = request.typed();
        TierPricing pricing = round.pricing();
        Order existing = orders.find(roundId, household.id).orElse(null);
        boolean hasOrder = existing != null && existing.status == OrderStatus.SUBMITTED;
        Map<Long, BigDecimal> saved = new HashMap<>();
        Map<Long, BigDecimal> savedTolerances = new HashMap<>();
        if (hasOrder) {
            existing.lines.forEach(l -> saved.put(l.offer.id, l.quantity));
            existing.lines.forEach(l -> savedTolerances.put(l.offer.id, l.tolerance));
        }
        List<RoundOffer> offers = new ArrayList<>(rounds.offers(roundId).stream()
                .filter(o -> o.product.groups.stream().anyMatch(g -> g.id.equals(household.group.id))).toList());
        offers.sort(Comparator.comparing((RoundOffer o) -> o.category().ordinal())
                .thenComparing(RoundOffer::productName, String.CASE_INSENSITIVE_ORDER));

        // "Reprendre ma dernière commande": only into an empty form, never over what was typed or saved.
        LastOrderRefill.Result refill = null;
        if (request.refill() && typed == null) {
            refill = refill(roundId, household, offers, saved);
        }
        Map<Long, Integer> habitual = habitualProducts(roundId, household.id);
        String search = request.search() == null ? "" : request.search().trim();
        String wanted = OrderEntry.fold(search);

        Map<String, List<Item>> byCategory = new LinkedHashMap<>();
        List<Item> usual = new ArrayList<>();
        List<OrderTotals.Line> lines = new ArrayList<>();
        for (RoundOffer offer : offers) {
            long price = offer.priceFor(household.priceTier, pricing);
            SaleUnit unit = offer.saleUnit();
            String quantity;
            if (typed != null) {
                quantity = nullToEmpty(typed.get("q-" + offer.id)).trim();
            } else if (refill != null && refill.quantities().containsKey(offer.id)) {
                quantity = Quantities.format(refill.quantities().get(offer.id));
            } else {
                quantity = saved.containsKey(offer.id) ? Quantities.format(saved.get(offer.id)) : "";
            }
            BigDecimal amount = parseOrZero(quantity);
            lines.add(new OrderTotals.Line(price, amount));
            BigDecimal left = offer.capQuantity == null ? null
                    : offer.capQuantity.subtract(offer.orderedQuantity).max(BigDecimal.ZERO)
                            .add(saved.getOrDefault(offer.id, BigDecimal.ZERO));
            boolean inCases = offer.caseSize() != null && offer.caseSize().compareTo(offer.orderStep()) > 0;
            BigDecimal savedTolerance = savedTolerances.get(offer.id);
            String tolerance = typed != null ? nullToEmpty(typed.get("t-" + offer.id)).trim()
                    : savedTolerance != null && savedTolerance.signum() > 0 ? Quantities.format(savedTolerance) : "";
            String name = offer.productName();
            String producer = offer.product.producer.name;
            String folded = OrderEntry.fold(name + " " + producer);
            boolean chosen = amount.signum() > 0;
            boolean hidden = request.selectionOnly() ? !chosen && errors.get("q-" + offer.id) == null
                    : !wanted.isEmpty() && !folded.contains(wanted);
            List<Choice> quick = QuickChoices.of(unit, offer.orderStep(), offer.orderMinimum(), left).stream()
                    .map(q -> new Choice(Quantities.format(q), Amounts.text(q, unit))).toList();
            String many = Amounts.text(BigDecimal.valueOf(2), unit).replaceFirst("^\\S+\\s", "");
            Item item = new Item(offer.id, name, producer, folded, unit.label(),
                    Amounts.plural(amount) ? many : unit.label(), many,
                    price, Money.format(price), Quantities.format(offer.orderStep()),
                    Quantities.format(offer.orderMinimum()), left == null ? null : Quantities.format(left),
                    rule(offer, left), quantity, chosen, errors.get("q-" + offer.id), quick,
                    inCases ? Amounts.caseText(unit, offer.caseSize(), offer.orderStep()) : null, tolerance,
                    errors.get("t-" + offer.id), hidden);
            if (habitual.containsKey(offer.product.id)) {
                usual.add(item);
            } else {
                byCategory.computeIfAbsent(offer.category().name() + "\u0000" + offer.category().label(),
                        k -> new ArrayList<>()).add(item);
            }
        }
        List<Section> sections = new ArrayList<>();
        if (!usual.isEmpty()) {
            // The products it orders most often first, then by name.
            Map<Long, Integer> byOffer = new HashMap<>();
            offers.forEach(o -> byOffer.put(o.id, habitual.getOrDefault(o.product.id, 0)));
            usual.sort(Comparator.comparing((Item i) -> -byOffer.get(i.offerId()))
                    .thenComparing(Item::name, String.CASE_INSENSITIVE_ORDER));
            sections.add(new Section(HABITUAL, messages().form_habitual(), usual));
        }
        byCategory.forEach((key, items) -> {
            String[] parts = key.split("\u0000", 2);
            sections.add(new Section("cat-" + parts[0].toLowerCase(java.util.Locale.ROOT).replace('_', '-'), parts[1],
                    items));
        });

        String currentRate = typed != null ? typed.get("fundRate")
                : hasOrder && existing.fundRatePercent != null ? String.valueOf(existing.fundRatePercent) : "0";
        Integer rate = round.antenna.fundRates().stream().filter(r -> String.valueOf(r).equals(currentRate))
                .findFirst().orElse(null);
        List<FundChoice> fundChoices = new ArrayList<>();
        fundChoices.add(new FundChoice("0", messages().order_fund_none(), rate == null));
        for (int r : round.antenna.fundRates()) {
            fundChoices.add(new FundChoice(String.valueOf(r), messages().order_fund_rate(r), rate != null && rate == r));
        }
        String coupons = typed != null ? nullToEmpty(typed.get("coupons")).trim()
                : hasOrder ? String.valueOf(existing.couponCount) : "0";
        int couponCount = parseCount(coupons);
        Summary summary = summary(OrderTotals.of(lines, rate, round.antenna.fundCapPerHouseholdCents, couponCount),
                rate != null);
        boolean canRefill = !hasOrder && typed == null && refill == null && lastOrderId(roundId, household.id) != null;
        return new OrderPage(roundId, round.name, OrderService.when(round.deadline), pickup(round, household).text(),
                household.displayName, hasOrder, sections, search, request.selectionOnly(), fundChoices, coupons,
                round.antenna.fundCapPerHouseholdCents, summary,
                carriedBalance(accounts.balancesBefore(List.of(household.id), roundId).getOrDefault(household.id, 0L)),
                request.notice(), refill != null, joined(refill == null ? List.of() : refill.unavailable()),
                joined(refill == null ? List.of() : refill.changed()),
                canRefill ? "/commandes/" + roundId + "?reprendre=1" : null, tiers(offers, household, pricing));
    }

    /** The confirmation of the household's saved order, or null when it has none in the round. */
    public Confirmation confirmation(long roundId, Household household) {
        Round round = rounds.round(roundId);
        Order order = orders.find(roundId, household.id).filter(o -> o.status == OrderStatus.SUBMITTED).orElse(null);
        if (order == null) {
            return null;
        }
        List<ConfirmedLine> lines = order.lines.stream()
                .sorted(Comparator.comparing((OrderLine l) -> l.offer.productName(), String.CASE_INSENSITIVE_ORDER))
                .map(l -> new ConfirmedLine(l.offer.productName(), Amounts.text(l.quantity, l.offer.saleUnit()),
                        Money.format(l.unitPriceCents) + " / " + l.offer.saleUnit().label(),
                        Money.format(l.amountCents)))
                .toList();
        Pickup pickup = pickup(round, household);
        return new Confirmation(roundId, round.name, household.displayName, lines,
                summary(OrderTotals.of(order), order.fundRatePercent != null), pickup.place(), pickup.address(),
                pickup.when(), OrderService.when(round.deadline), round.acceptsOrders(java.time.Instant.now()));
    }

    /** The summary bar's figures, formatted. */
    static Summary summary(OrderTotals totals, boolean fundAsked) {
        return new Summary(totals.products(), messages().form_count(totals.products()),
                Money.format(totals.goodsCents()),
                fundAsked || totals.fundReductionCents() > 0 ? Money.format(totals.fundReductionCents()) : null,
                totals.couponsCents() > 0 ? Money.format(totals.couponsCents()) : null,
                Money.format(totals.amountToPayCents()), fundAsked);
    }

    /**
     * Products this household ordered in other rounds (submitted orders), with the number of rounds it ordered each
     * in: "mes produits habituels".
     */
    Map<Long, Integer> habitualProducts(long roundId, long householdId) {
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("select f.product.id, count(distinct o.round.id) from OrderLine l join l.order o join l.offer f "
                + "where o.household.id = :household and o.round.id <> :round and o.status = :submitted "
                + "group by f.product.id", Object[].class)
                .setParameter("household", householdId).setParameter("round", roundId)
                .setParameter("submitted", OrderStatus.SUBMITTED).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** The household's latest submitted order in another round, the latest round first; null when none. */
    public Long lastOrderId(long roundId, long householdId) {
        return em.createQuery("select o.id from Order o join o.round r where o.household.id = :household "
                + "and r.id <> :round and o.status = :submitted and exists (select 1 from OrderLine l where l.order = o) "
                + "order by r.deadline desc, o.id desc", Long.class)
                .setParameter("household", householdId).setParameter("round", roundId)
                .setParameter("submitted", OrderStatus.SUBMITTED).setMaxResults(1).getResultList().stream()
                .findFirst().orElse(null);
    }

    private LastOrderRefill.Result refill(long roundId, Household household, List<RoundOffer> offers,
            Map<Long, BigDecimal> saved) {
        Long last = lastOrderId(roundId, household.id);
        if (last == null) {
            return new LastOrderRefill.Result(Map.of(), List.of(), List.of());
        }
        List<LastOrderRefill.PastLine> past = em.createQuery("select p.id, coalesce(f.productName, p.name), l.quantity "
                + "from OrderLine l join l.offer f join f.product p where l.order.id = :order order by l.id",
                Object[].class).setParameter("order", last).getResultList().stream()
                .map(row -> new LastOrderRefill.PastLine((Long) row[0], (String) row[1], (BigDecimal) row[2]))
                .toList();
        Map<Long, LastOrderRefill.Offered> offered = new HashMap<>();
        for (RoundOffer offer : offers) {
            BigDecimal left = offer.capQuantity == null ? null
                    : offer.capQuantity.subtract(offer.orderedQuantity).max(BigDecimal.ZERO)
                            .add(saved.getOrDefault(offer.id, BigDecimal.ZERO));
            offered.put(offer.product.id, new LastOrderRefill.Offered(offer.id, offer.orderStep(),
                    offer.orderMinimum(), left));
        }
        return LastOrderRefill.refill(past, offered);
    }

    /** "par 0,5 kg, minimum 1 kg, reste 12 kg": only what differs from the plain case (by 1, no minimum). */
    private static String rule(RoundOffer offer, BigDecimal left) {
        StringBuilder text = new StringBuilder();
        String unit = offer.saleUnit().label();
        if (offer.orderStep().compareTo(BigDecimal.ONE) != 0) {
            text.append(messages().order_step(Quantities.format(offer.orderStep()), unit));
        }
        if (offer.orderMinimum().compareTo(offer.orderStep()) > 0) {
            text.append(text.isEmpty() ? messages().form_minimum(Quantities.format(offer.orderMinimum()), unit)
                    : messages().order_minimum(Quantities.format(offer.orderMinimum()), unit));
        }
        if (left != null) {
            text.append(text.isEmpty() ? messages().form_left(Quantities.format(left), unit)
                    : messages().order_remaining(Quantities.format(left), unit));
        }
        return text.toString();
    }

    /** The tiers explained with the first product of the form (the cheapest to read: the first fruit or vegetable). */
    private TierExample tiers(List<RoundOffer> offers, Household household, TierPricing pricing) {
        RoundOffer example = offers.stream().filter(o -> !o.onePriceForAll).findFirst().orElse(null);
        if (example == null) {
            return null;
        }
        String label = Texts.of(HouseholdMessages.class).tier_label(PriceTier.of(household.priceTier));
        return new TierExample(label.substring(0, 1).toLowerCase(java.util.Locale.FRENCH) + label.substring(1),
                example.productName(), Money.format(example.costPrice()),
                Money.format(example.priceFor(1, pricing)), Money.format(example.priceFor(2, pricing)),
                Money.format(example.priceFor(3, pricing)), example.saleUnit().label());
    }

    private record Pickup(String place, String address, String when) {
        String text() {
            if (place == null) {
                return "";
            }
            return when == null ? place : place + ", " + when;
        }
    }

    private Pickup pickup(Round round, Household household) {
        if (household.relayPoint == null) {
            return new Pickup(null, null, null);
        }
        RoundSlot slot = rounds.slots(round.id).stream()
                .filter(s -> s.relayPoint.id.equals(household.relayPoint.id)).findFirst().orElse(null);
        return new Pickup(household.relayPoint.name, household.relayPoint.address, RoundDates.slot(slot));
    }

    private String carriedBalance(long cents) {
        if (cents > 0) {
            return messages().common_balance_due(Money.format(cents));
        }
        if (cents < 0) {
            return messages().common_balance_credit(Money.format(-cents));
        }
        return null;
    }

    /** A quantity as typed, for the figures before sending; what cannot be read counts as none (the send says why). */
    static BigDecimal parseOrZero(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal value = Quantities.parse(text);
            return value.signum() < 0 || value.compareTo(OrderService.MAX_LINE_QUANTITY) > 0 ? BigDecimal.ZERO : value;
        } catch (IllegalArgumentException e) {
            return BigDecimal.ZERO;
        }
    }

    static int parseCount(String text) {
        try {
            int count = Integer.parseInt(text == null ? "" : text.trim());
            return count < 0 || count > 10_000 ? 0 : count;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static OrderingMessages messages() {
        return Texts.of(OrderingMessages.class);
    }

    /** Field name → first value of a posted form. */
    static Map<String, String> firstValues(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(form.keySet());
        keys.forEach(k -> values.put(k, form.getFirst(k)));
        return values;
    }
}
