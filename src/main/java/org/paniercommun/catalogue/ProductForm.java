package org.paniercommun.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;

/**
 * The product form as typed: prices in euros with a comma ("12,50"), quantities like "0,5". Kept as text
 * so a refused form comes back exactly as it was sent. Errors use the command's field names.
 */
class ProductForm {

    @RestForm
    public String producerId;
    @RestForm
    public String name;
    @RestForm
    public String description;
    @RestForm
    public String category;
    @RestForm
    public String saleUnit;
    @RestForm
    public String orderStep;
    @RestForm
    public String orderMinimum;
    @RestForm
    public String caseSize;
    @RestForm
    public String purchasePrice;
    @RestForm
    public String logistics;
    @RestForm
    public String vatRate;
    @RestForm
    public String organic;
    @RestForm
    public String local;
    @RestForm
    public String fairTrade;
    @RestForm
    public String onePriceForAll;
    @RestForm
    public String origin;
    @RestForm
    public List<String> groupIds = new ArrayList<>();
    @RestForm
    public String version;

    static ProductForm empty() {
        ProductForm form = new ProductForm();
        form.orderStep = "1";
        form.orderMinimum = "0";
        form.caseSize = "1";
        form.logistics = "0,00";
        form.vatRate = "5,5";
        return form;
    }

    static ProductForm of(ProductView p) {
        ProductForm form = new ProductForm();
        form.producerId = String.valueOf(p.producerId());
        form.name = p.name();
        form.description = p.description();
        form.category = p.category().name();
        form.saleUnit = p.saleUnit().name();
        form.orderStep = Quantities.format(p.orderStep());
        form.orderMinimum = Quantities.format(p.orderMinimum());
        form.caseSize = Quantities.format(p.caseSize());
        form.purchasePrice = Money.decimal(p.purchasePriceCents());
        form.logistics = Money.decimal(p.logisticsCents());
        form.vatRate = VatRate.of(p.vatRate()).map(VatRate::decimal).orElse(null);
        form.organic = p.organic() ? "on" : null;
        form.local = p.local() ? "on" : null;
        form.fairTrade = p.fairTrade() ? "on" : null;
        form.onePriceForAll = p.onePriceForAll() ? "on" : null;
        form.origin = p.origin();
        form.groupIds = p.groups().stream().map(g -> String.valueOf(g.id())).toList();
        form.version = String.valueOf(p.version());
        return form;
    }

    public boolean isOrganic() {
        return organic != null;
    }

    public boolean isLocal() {
        return local != null;
    }

    public boolean isFairTrade() {
        return fairTrade != null;
    }

    public boolean isOnePriceForAll() {
        return onePriceForAll != null;
    }

    ProductCommand toCommand(Inputs in) {
        Set<Long> groups = new LinkedHashSet<>();
        for (String id : groupIds == null ? List.<String>of() : groupIds) {
            Long groupId = in.id("groupIds", id);
            if (groupId != null) {
                groups.add(groupId);
            }
        }
        return new ProductCommand(in.id("producerId", producerId), name, description,
                in.category("category", category), in.saleUnit("saleUnit", saleUnit),
                in.quantity("orderStep", orderStep), in.quantity("orderMinimum", orderMinimum),
                in.quantity("caseSize", caseSize), in.cents("purchasePriceCents", purchasePrice),
                Inputs.blank(logistics) ? Long.valueOf(0) : in.cents("logisticsCents", logistics),
                in.percent("vatRate", vatRate), in.yesNo("organic", organic), in.yesNo("local", local),
                in.yesNo("fairTrade", fairTrade), in.yesNo("onePriceForAll", onePriceForAll), origin, groups, in.id("version", version));
    }
}
