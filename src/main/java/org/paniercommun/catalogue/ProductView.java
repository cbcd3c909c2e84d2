package org.paniercommun.catalogue;

import org.paniercommun.kernel.Texts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A product as the API and pages show it; money in cents, with the cost price (purchase + logistics)
 * and the price of a whole case already computed.
 */
public record ProductView(long id, long antennaId, long producerId, String producerName, String name,
        String description, ProductCategory category, String categoryLabel, SaleUnit saleUnit, String saleUnitLabel,
        BigDecimal orderStep, BigDecimal orderMinimum, BigDecimal caseSize, long purchasePriceCents,
        long logisticsCents, long costPriceCents, long casePriceCents, BigDecimal vatRate, boolean organic,
        boolean local, boolean fairTrade, boolean onePriceForAll, String origin, List<GroupRef> groups, boolean active, long version) {

    public record GroupRef(long id, String name) {
    }

    static ProductView of(Product p) {
        long cost = p.costPriceCents();
        List<GroupRef> groups = p.groups.stream().map(g -> new GroupRef(g.id, g.name))
                .sorted(Comparator.comparing(GroupRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new ProductView(p.id, p.antenna.id, p.producer.id, p.producer.name, p.name, p.description, p.category,
                p.category.label(), p.saleUnit, p.saleUnit.label(), p.orderStep, p.orderMinimum, p.caseSize,
                p.purchasePriceCents, p.logisticsCents, cost, CostPrice.perCase(cost, p.caseSize), p.vatRate.percent(),
                p.organic, p.local, p.fairTrade, p.onePriceForAll, p.origin, groups, p.active, p.version);
    }

    /** "Bio · Local · Équitable" */
    public String labels() {
        StringBuilder out = new StringBuilder();
        if (organic) {
            out.append(messages().labels_organic());
        }
        if (local) {
            out.append(out.isEmpty() ? "" : " · ").append(messages().labels_local());
        }
        if (fairTrade) {
            out.append(out.isEmpty() ? "" : " · ").append(messages().labels_fair_trade());
        }
        return out.toString();
    }

    private static CatalogueMessages messages() {
        return Texts.of(CatalogueMessages.class);
    }

    public String groupNames() {
        return String.join(", ", groups.stream().map(GroupRef::name).toList());
    }
}
