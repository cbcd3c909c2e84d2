package org.paniercommun.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;

/** Fresh antennas, groups, producers and products for each test, with unique names. */
@ApplicationScoped
public class CatalogueFixtures {

    @Inject
    CatalogueService catalogue;

    public record Place(long antennaId, Map<String, Long> groups) {
        public long group(String name) {
            return groups.get(name);
        }
    }

    @Transactional
    public Place antenna(String... groupNames) {
        Antenna antenna = new Antenna();
        antenna.name = "Antenne " + UUID.randomUUID();
        antenna.town = "Lens";
        antenna.persist();
        Map<String, Long> groups = new LinkedHashMap<>();
        for (String name : groupNames) {
            PurchasingGroup group = new PurchasingGroup();
            group.antenna = antenna;
            group.name = name;
            group.persist();
            groups.put(name, group.id);
        }
        return new Place(antenna.id, groups);
    }

    public ProducerView producer(long antennaId, String name) {
        return catalogue.createProducer(new ProducerCommand(antennaId, name, "Contact", "contact@ferme.test",
                "03 21 00 00 00", "Lens", 12, false, null, null, null));
    }

    public ProductView product(long producerId, String name, long purchaseCents, long logisticsCents,
            Set<Long> groupIds) {
        return catalogue.createProduct(new ProductCommand(producerId, name, "Description de " + name,
                ProductCategory.EPICERIE_SECHE, SaleUnit.KG, new BigDecimal("0.5"), new BigDecimal("1"),
                new BigDecimal("25"), purchaseCents, logisticsCents, new BigDecimal("5.5"), true, false, false, false,
                "France", groupIds, null));
    }

    /** Reads in a transaction of its own, so the test sees what the pages wrote (not a cached entity). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ProductView productNow(long id) {
        return catalogue.product(id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ProducerView producerNow(long id) {
        return catalogue.producer(id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.List<ProductView> productsOf(long producerId) {
        return catalogue.searchProducts(new ProductQuery(null, null, producerId, null, null, null, false), 1, 200)
                .items();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.List<ProducerView> producersNamed(String name, long antennaId) {
        return catalogue.searchProducers(name, antennaId, null, 1, 200).items();
    }
}
