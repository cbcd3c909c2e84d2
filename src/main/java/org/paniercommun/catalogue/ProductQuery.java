package org.paniercommun.catalogue;

/**
 * Search criteria for products; every one is optional. {@code onlyOrderable} keeps active products of
 * active producers (what households and volunteers see).
 */
record ProductQuery(String text, ProductCategory category, Long producerId, Long groupId, Long antennaId,
        Boolean active, boolean onlyOrderable) {

    public static ProductQuery all() {
        return new ProductQuery(null, null, null, null, null, null, false);
    }
}
