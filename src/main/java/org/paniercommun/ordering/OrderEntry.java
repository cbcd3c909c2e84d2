package org.paniercommun.ordering;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.round.Round;
import org.paniercommun.round.RoundOffer;
import org.paniercommun.round.RoundService;
import org.paniercommun.round.RoundSlot;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.Html;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;
import org.paniercommun.kernel.Texts;

/**
 * The order form shared by households ordering on their phone and volunteers typing paper order forms:
 * same offer, same rules, same messages next to the fields.
 */
@ApplicationScoped
public class OrderEntry {

    /** Paper entry: leave the household's request to the fund as it is, unseen. */

    @Inject
    OrderService orders;

    @Inject
    RoundService rounds;

    @Inject
    HouseholdService households;

    @Inject
    org.paniercommun.ordering.HouseholdAccounts accounts;

    /**
     * A product of the form.
     *
     * @param caseSize the case, named ("un sac de 25 kg"), for products sold in cases larger than the order step: the household may state a
     *        tolerance to help fill a case
     * @param number the product's number on the printed order form (the same order: category, then name)
     * @param focus paper entry: the product the volunteer asked to jump to (autofocus when the page has no script)
     */
    public record Item(int number, boolean focus, long offerId, String name, String producer, String unit, String step, String minimum,
            long priceCents, String price, String quantity, String remaining, String error, String caseSize,
            String toleranceField, String tolerance, String toleranceError) {
    }

    public record Category(String label, List<Item> items) {
    }

    /** A choice of the solidarity-fund box: no reduction, or one of the antenna's rates. */
    public record FundChoice(String value, String label, boolean selected) {
    }

    public record OrderForm(long roundId, String roundName, String deadline, String household, String pickup,
            String action, String cancelAction, boolean hasOrder, String total, List<Category> categories,
            boolean paperEntry, List<FundChoice> fundChoices, String fundReduction, String amountToPay, String coupons,
            String carriedBalance, boolean hasCases, boolean tolerancesOpen, String jump, String jumpNotFound) {
    }

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance order(OrderForm form, FormErrors errors, String notice);

        public static native TemplateInstance cancelConfirm(String roundName, String household, String total,
                String action, String back);
    }

    // ---- shared ----

    Object submit(long roundId, Household household, MultivaluedMap<String, String> form, String enteredBy,
            String next, boolean paper) {
        OrderFormInput input = OrderFormInput.read(form, !paper);
        return send(roundId, input, () -> {
            Order placed = paper
                    ? orders.placeOnPaper(roundId, household.id, input.lines(), input.coupons(), enteredBy, Instant.now())
                    : orders.place(roundId, household.id, input.lines(), input.fundRate(), input.coupons(), null,
                            Instant.now());
            if (placed.fundMessage != null) {
                // The order is saved; say what the fund can do now, on the form itself.
                return Html.page(Templates.order(form(roundId, household, null, paper), FormErrors.none(),
                        placed.fundMessage));
            }
            return Response.seeOther(URI.create(next)).build();
        }, errors -> Templates.order(form(roundId, household, form, paper, errors), errors, null));
    }

    /**
     * The round trip of an order form, the household's and the paper one: what could not be read is shown with what
     * the offer refuses in the rest of the lines, the service's {@code lines[i]} errors go back to their product's
     * field, and a conflict (the round closed, a cap reached) is said on the form's {@code order} block.
     */
    Response send(long roundId, OrderFormInput input, Supplier<Response> action,
            Function<FormErrors, TemplateInstance> page) {
        return FormRoundTrip.submit(input.parseErrors(), () -> orders.lineErrors(roundId, input.lines()), "order",
                action, errors -> page.apply(input.onFields(errors)));
    }

    /**
     * The page that asks before cancelling (a plain link leads to it, so it works without JavaScript): what will
     * happen, the real cancel form, and a way back to the order. Without an order to cancel, back to the order.
     *
     * @param back the order form's address; the cancel form posts to {@code back + "/annuler"}
     */
    Object confirmCancel(long roundId, Household household, String back, boolean paper) {
        Round round = rounds.round(roundId);
        var order = orders.find(roundId, household.id).filter(o -> o.status == OrderStatus.SUBMITTED);
        if (order.isEmpty()) {
            return Response.seeOther(URI.create(back)).build();
        }
        // Staff read how many products, never an amount (it would tell the household's tier, issue 23).
        return Templates.cancelConfirm(round.name, household.displayName, paper
                ? messages().paper_products(order.get().lines.size()) : Money.format(order.get().totalCents),
                back + "/annuler", back);
    }

    Object cancel(long roundId, Household household, String next, boolean paper) {
        return FormRoundTrip.submit(null, "order", () -> {
            orders.cancel(roundId, household.id, Instant.now());
            return Response.seeOther(URI.create(next)).build();
        }, errors -> Templates.order(form(roundId, household, null, paper), errors, null));
    }

    OrderForm form(long roundId, Household household, MultivaluedMap<String, String> typed, boolean paper) {
        return form(roundId, household, typed, paper, FormErrors.none());
    }

    OrderForm form(long roundId, Household household, MultivaluedMap<String, String> typed, boolean paper,
            FormErrors errors) {
        return form(roundId, household, typed, paper, errors, null);
    }

    /**
     * The item a volunteer asked for: its number on the paper form, or the first product whose name contains the
     * text (accents and case ignored). Null when nothing matches or nothing was asked.
     */
    static Integer jumpTarget(List<Category> categories, String jump) {
        if (jump == null || jump.isBlank()) {
            return null;
        }
        String wanted = fold(jump.trim());
        List<Item> items = categories.stream().flatMap(c -> c.items().stream()).toList();
        if (wanted.matches("\\d{1,4}")) {
            int number = Integer.parseInt(wanted);
            return items.stream().anyMatch(i -> i.number() == number) ? number : null;
        }
        return items.stream().filter(i -> fold(i.name()).contains(wanted)).map(Item::number).findFirst().orElse(null);
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The order form: the round's offer by category at this household's tier, with typed or saved quantities. */
    OrderForm form(long roundId, Household household, MultivaluedMap<String, String> typed, boolean paper,
            FormErrors errors, String jump) {
        Round round = rounds.round(roundId);
        if (round.groups.stream().noneMatch(g -> g.id.equals(household.group.id))) {
            throw new NotFoundException(Texts.of(OrderingMessages.class).error_round_not_for_your_group());
        }
        TierPricing pricing = round.pricing();
        Map<Long, BigDecimal> saved = new HashMap<>();
        Map<Long, BigDecimal> savedTolerances = new HashMap<>();
        Order existing = orders.find(roundId, household.id).orElse(null);
        boolean hasOrder = existing != null && existing.status == OrderStatus.SUBMITTED;
        if (hasOrder) {
            existing.lines.forEach(l -> saved.put(l.offer.id, l.quantity));
            existing.lines.forEach(l -> savedTolerances.put(l.offer.id, l.tolerance));
        }
        Map<String, List<Item>> byCategory = new LinkedHashMap<>();
        List<RoundOffer> offers = new ArrayList<>(rounds.offers(roundId));
        offers.sort(java.util.Comparator.comparing((RoundOffer o) -> o.category().ordinal())
                .thenComparing(o -> o.productName(), String.CASE_INSENSITIVE_ORDER));
        int number = 0;
        boolean hasCases = false;
        boolean tolerancesOpen = false;
        for (RoundOffer offer : offers) {
            if (offer.product.groups.stream().noneMatch(g -> g.id.equals(household.group.id))) {
                continue;
            }
            number++;
            // Staff typing a paper form see no price: a price at this household's tier would tell its tier.
            long price = paper ? 0 : offer.priceFor(household.priceTier, pricing);
            String quantity = typed != null ? nullToEmpty(typed.getFirst("q-" + offer.id))
                    : saved.containsKey(offer.id) ? Quantities.format(saved.get(offer.id)) : "";
            String remaining = offer.capQuantity == null ? null
                    : Quantities.format(offer.capQuantity.subtract(offer.orderedQuantity).max(BigDecimal.ZERO)
                            .add(saved.getOrDefault(offer.id, BigDecimal.ZERO)));
            boolean inCases = offer.caseSize().compareTo(offer.orderStep()) > 0;
            BigDecimal savedTolerance = savedTolerances.get(offer.id);
            String tolerance = typed != null ? nullToEmpty(typed.getFirst("t-" + offer.id))
                    : savedTolerance != null && savedTolerance.signum() > 0 ? Quantities.format(savedTolerance) : "";
            byCategory.computeIfAbsent(offer.category().label(), k -> new ArrayList<>())
                    .add(new Item(number, false, offer.id, offer.productName(), offer.product.producer.name,
                            offer.saleUnit().label(), Quantities.format(offer.orderStep()),
                            Quantities.format(offer.orderMinimum()), price, Money.format(price), quantity,
                            remaining, errors.get("q-" + offer.id),
                            inCases ? org.paniercommun.catalogue.Amounts.caseText(offer.saleUnit(), offer.caseSize(), offer.orderStep()) : null, "t-" + offer.id, tolerance,
                            errors.get("t-" + offer.id)));
            hasCases |= inCases;
            tolerancesOpen |= inCases && (!tolerance.isBlank() || errors.get("t-" + offer.id) != null);
        }
        List<Category> categories = byCategory.entrySet().stream().map(e -> new Category(e.getKey(), e.getValue()))
                .toList();
        Integer target = paper ? jumpTarget(categories, jump) : null;
        if (target != null) {
            categories = categories.stream().map(c -> new Category(c.label(), c.items().stream()
                    .map(i -> i.number() != target ? i : new Item(i.number(), true, i.offerId(), i.name(), i.producer(),
                            i.unit(), i.step(), i.minimum(), i.priceCents(), i.price(), i.quantity(), i.remaining(),
                            i.error(), i.caseSize(), i.toleranceField(), i.tolerance(), i.toleranceError()))
                    .toList())).toList();
        }
        String pickup = rounds.slots(roundId).stream()
                .filter(s -> household.relayPoint != null && s.relayPoint.id.equals(household.relayPoint.id))
                .findFirst().map(this::describe)
                .orElse(household.relayPoint == null ? "" : household.relayPoint.name);
        String base = paper ? "/tournees/" + roundId + "/saisie/" + household.id : "/commandes/" + roundId;
        // Staff never see nor ask what a household wants from the fund: a paper form has no fund choice at all (the
        // household pays part with bons solidaires at the cash desk), and no money that could tell its tier.
        String currentRate = typed != null ? typed.getFirst("fundRate")
                : hasOrder && existing.fundRatePercent != null ? String.valueOf(existing.fundRatePercent) : "0";
        List<FundChoice> fundChoices = new ArrayList<>();
        if (!paper) {
            fundChoices.add(new FundChoice("0", messages().order_fund_none(), "0".equals(currentRate)));
        }
        for (int rate : paper ? List.<Integer>of() : round.antenna.fundRates()) {
            fundChoices.add(new FundChoice(String.valueOf(rate), messages().order_fund_rate(rate),
                    String.valueOf(rate).equals(currentRate)));
        }
        return new OrderForm(roundId, round.name, OrderService.when(round.deadline), household.displayName, pickup,
                base, base + "/annuler", hasOrder, paper ? null : hasOrder ? Money.format(existing.totalCents) : Money.format(0),
                categories, paper, fundChoices,
                !paper && hasOrder && existing.fundReductionCents > 0 ? Money.format(existing.fundReductionCents) : null,
                !paper && hasOrder ? Money.format(existing.amountToPayCents()) : null,
                typed != null ? nullToEmpty(typed.getFirst("coupons")) : hasOrder ? String.valueOf(existing.couponCount) : "0",
                paper ? null : carriedBalance(accounts.balancesBefore(List.of(household.id), roundId)
                        .getOrDefault(household.id, 0L)),
                hasCases, tolerancesOpen, jump == null ? "" : jump,
                paper && jump != null && !jump.isBlank() && target == null ? messages().paper_jump_none(jump.trim()) : null);
    }

    /** "Reste dû : 3,20 €" / "Avoir : 1,50 €" from earlier rounds, or null when the household is square. */
    String carriedBalance(long cents) {
        if (cents > 0) {
            return messages().common_balance_due(Money.format(cents));
        }
        if (cents < 0) {
            return messages().common_balance_credit(Money.format(-cents));
        }
        return null;
    }

    private String describe(RoundSlot slot) {
        return messages().order_pickup_slot(slot.relayPoint.name, org.paniercommun.kernel.Dates.day(slot.distributionDate),
                org.paniercommun.round.RoundDates.hours(slot.timeSlot));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** In the request's language (see kernel/Texts): this bean is made once, its texts are read per request. */
    private static OrderingMessages messages() {
        return Texts.of(OrderingMessages.class);
    }
}
