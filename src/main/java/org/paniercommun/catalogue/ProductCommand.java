package org.paniercommun.catalogue;

import org.paniercommun.access.InScope;
import org.paniercommun.access.ObjectKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is sent to create or change a product, from the JSON API, the form or a CSV line. Money in
 * cents, quantities in sale units (at most three decimals), VAT as a percentage (5.5, 10 or 20).
 */
public record ProductCommand(
        @NotNull(message = "{panier.catalogue.product.producer_id.required}") @InScope(ObjectKind.PRODUCER) Long producerId,
        @NotBlank(message = "{panier.catalogue.product.name.required}")
        @Size(max = 160, message = "{panier.catalogue.product.name.too_long}") String name,
        @Size(max = 2000, message = "{panier.catalogue.product.description.too_long}") String description,
        @NotNull(message = "{panier.catalogue.product.category.required}") ProductCategory category,
        @NotNull(message = "{panier.catalogue.product.sale_unit.required}") SaleUnit saleUnit,
        @NotNull(message = "{panier.catalogue.product.order_step.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{panier.catalogue.product.order_step.too_small}")
        @Digits(integer = 7, fraction = 3, message = "{panier.catalogue.product.order_step.digits}") BigDecimal orderStep,
        @NotNull(message = "{panier.catalogue.product.order_minimum.required}")
        @DecimalMin(value = "0", message = "{panier.catalogue.product.order_minimum.too_small}")
        @Digits(integer = 7, fraction = 3, message = "{panier.catalogue.product.order_minimum.digits}") BigDecimal orderMinimum,
        @NotNull(message = "{panier.catalogue.product.case_size.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{panier.catalogue.product.case_size.too_small}")
        @Digits(integer = 7, fraction = 3, message = "{panier.catalogue.product.case_size.digits}") BigDecimal caseSize,
        @NotNull(message = "{panier.catalogue.product.purchase_price_cents.required}")
        @PositiveOrZero(message = "{panier.catalogue.product.purchase_price_cents.negative}") Long purchasePriceCents,
        @PositiveOrZero(message = "{panier.catalogue.product.logistics_cents.negative}") Long logisticsCents,
        @NotNull(message = "{panier.catalogue.product.vat_rate.required}") BigDecimal vatRate,
        boolean organic,
        boolean local,
        boolean fairTrade,
        /** "Un prix pour tous": the cost price in every tier. */
        boolean onePriceForAll,
        @Size(max = 120, message = "{panier.catalogue.product.origin.too_long}") String origin,
        Set<@InScope(ObjectKind.GROUP) Long> groupIds,
        Long version) {

    /** The command that would leave a product as it is (used to spot unchanged CSV lines). */
    static ProductCommand of(Product p) {
        TreeSet<Long> groups = new TreeSet<>();
        p.groups.forEach(g -> groups.add(g.id));
        return new ProductCommand(p.producer.id, p.name, p.description, p.category, p.saleUnit, p.orderStep,
                p.orderMinimum, p.caseSize, p.purchasePriceCents, p.logisticsCents, p.vatRate.percent(),
                p.organic, p.local, p.fairTrade, p.onePriceForAll, p.origin, groups, null);
    }

    /** Same product data, whatever the scale of the numbers or the order of the groups. */
    boolean sameDataAs(ProductCommand other) {
        return normalized().equals(other.normalized());
    }

    ProductCommand normalized() {
        return new ProductCommand(producerId, trim(name), trim(description), category, saleUnit, scale(orderStep),
                scale(orderMinimum), scale(caseSize), purchasePriceCents, logisticsCents == null ? 0L : logisticsCents,
                vatRate == null ? null : VatRate.of(vatRate).map(VatRate::percent).orElse(vatRate), organic, local,
                fairTrade, onePriceForAll, trim(origin), groupIds == null ? new TreeSet<>() : new TreeSet<>(groupIds), null);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
