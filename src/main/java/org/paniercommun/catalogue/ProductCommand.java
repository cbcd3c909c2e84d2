package org.paniercommun.catalogue;

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
        @NotNull(message = "Choisissez le producteur.") Long producerId,
        @NotBlank(message = "Le nom est obligatoire.")
        @Size(max = 160, message = "Le nom fait au plus 160 caractères.") String name,
        @Size(max = 2000, message = "La description fait au plus 2000 caractères.") String description,
        @NotNull(message = "Choisissez la catégorie.") ProductCategory category,
        @NotNull(message = "Choisissez l'unité de vente.") SaleUnit saleUnit,
        @NotNull(message = "Le pas de commande est obligatoire.")
        @DecimalMin(value = "0", inclusive = false, message = "Le pas de commande doit être supérieur à 0.")
        @Digits(integer = 7, fraction = 3, message = "Au plus 3 chiffres après la virgule.") BigDecimal orderStep,
        @NotNull(message = "Le minimum de commande est obligatoire (0 si aucun).")
        @DecimalMin(value = "0", message = "Le minimum de commande ne peut pas être négatif.")
        @Digits(integer = 7, fraction = 3, message = "Au plus 3 chiffres après la virgule.") BigDecimal orderMinimum,
        @NotNull(message = "La taille du colis est obligatoire.")
        @DecimalMin(value = "0", inclusive = false, message = "La taille du colis doit être supérieure à 0.")
        @Digits(integer = 7, fraction = 3, message = "Au plus 3 chiffres après la virgule.") BigDecimal caseSize,
        @NotNull(message = "Le prix d'achat est obligatoire.")
        @PositiveOrZero(message = "Le prix d'achat ne peut pas être négatif.") Long purchasePriceCents,
        @PositiveOrZero(message = "La part logistique ne peut pas être négative.") Long logisticsCents,
        @NotNull(message = "Choisissez le taux de TVA.") BigDecimal vatRate,
        boolean organic,
        boolean local,
        boolean fairTrade,
        /** "Un prix pour tous": the cost price in every tier. */
        boolean onePriceForAll,
        @Size(max = 120, message = "L'origine fait au plus 120 caractères.") String origin,
        Set<Long> groupIds,
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
