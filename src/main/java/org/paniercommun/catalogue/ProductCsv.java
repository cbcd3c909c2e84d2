package org.paniercommun.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.csv.CsvImportException;
import org.paniercommun.csv.CsvLineError;
import org.paniercommun.csv.CsvTable;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.Table;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Texts;

/**
 * Products to and from spreadsheets (associations arriving with an Excel file or a Cagette.net export).
 * The import checks every line first and writes all of them or none; a line whose producer already has a
 * product of that name updates it, so export → edit → import works.
 */
@ApplicationScoped
class ProductCsv {

    static final String NAME = "nom";
    static final String DESCRIPTION = "description";
    static final String CATEGORY = "categorie";
    static final String PRODUCER = "producteur";
    static final String UNIT = "unite";
    static final String STEP = "pas";
    static final String MINIMUM = "minimum";
    static final String CASE = "colis";
    static final String PURCHASE = "prix_achat";
    static final String LOGISTICS = "logistique";
    static final String VAT = "tva";
    static final String ORGANIC = "bio";
    static final String LOCAL = "local";
    static final String FAIR_TRADE = "equitable";
    /** "Un prix pour tous": sold at cost price in every tier. */
    static final String ONE_PRICE = "prix_unique";
    static final String ORIGIN = "origine";
    static final String GROUPS = "groupes";
    static final String ACTIVE = "actif";

    static final List<String> HEADERS = List.of(NAME, DESCRIPTION, CATEGORY, PRODUCER, UNIT, STEP, MINIMUM, CASE,
            PURCHASE, LOGISTICS, VAT, ORGANIC, LOCAL, FAIR_TRADE, ONE_PRICE, ORIGIN, GROUPS, ACTIVE);
    static final List<String> REQUIRED = List.of(NAME, PRODUCER, CATEGORY, UNIT, STEP, PURCHASE, VAT);

    /** Which CSV column a command field comes from, to report validation errors where people look. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("description", DESCRIPTION), Map.entry("category", CATEGORY),
            Map.entry("producerId", PRODUCER), Map.entry("saleUnit", UNIT), Map.entry("orderStep", STEP),
            Map.entry("orderMinimum", MINIMUM), Map.entry("caseSize", CASE),
            Map.entry("purchasePriceCents", PURCHASE), Map.entry("logisticsCents", LOGISTICS),
            Map.entry("vatRate", VAT), Map.entry("origin", ORIGIN), Map.entry("groupIds", GROUPS));

    @Inject
    CatalogueService catalogue;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public record ImportReport(int created, int updated, int unchanged) {
        public int total() {
            return created + updated + unchanged;
        }
    }

    /** One checked line, ready to be written. */
    private record Planned(int line, Product existing, ProductCommand command, boolean active) {
    }

    public String export(Long antennaId) {
        return CsvWriter.write(table(antennaId));
    }

    /** The export as a table (CSV and .xlsx, same columns, the columns the import reads). */
    public Table table(Long antennaId) {
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        String where = antennaId == null ? " where 1 = 1" : " where p.antenna.id = :antennaId";
        if (visible != null) {
            where += " and p.antenna.id in :visible";
        }
        var query = em.createQuery("select p from Product p join fetch p.producer pr" + where
                + " order by lower(pr.name), lower(p.name), p.id", Product.class);
        if (antennaId != null) {
            query.setParameter("antennaId", antennaId);
        }
        if (visible != null) {
            query.setParameter("visible", visible);
        }
        List<List<Object>> rows = query.getResultList().stream().map(ProductCsv::row).toList();
        return new Table("Produits", HEADERS, rows);
    }

    private static List<Object> row(Product p) {
        String groups = String.join(", ", p.groups.stream().map(g -> g.name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
        CatalogueMessages french = Texts.inDefaultLocale(CatalogueMessages.class); // the file is read back in French
        return java.util.Arrays.asList(p.name, nullToEmpty(p.description), french.category(p.category), p.producer.name,
                french.sale_unit(p.saleUnit), p.orderStep, p.orderMinimum, p.caseSize,
                Table.euros(p.purchasePriceCents), Table.euros(p.logisticsCents), p.vatRate.decimal(),
                Inputs.yesNo(p.organic), Inputs.yesNo(p.local), Inputs.yesNo(p.fairTrade),
                Inputs.yesNo(p.onePriceForAll), nullToEmpty(p.origin), groups, Inputs.yesNo(p.active));
    }

    @Transactional
    public ImportReport importCsv(Long antennaId, InputStream input) {
        Antenna antenna = antennaId == null ? null : Antenna.findById(antennaId);
        if (antenna == null) {
            throw new InvalidInputException("antennaId", CatalogueService.messages().error_import_antenna_required());
        }
        CsvTable table;
        try {
            table = CsvTable.parse(input);
        } catch (IOException | RuntimeException e) {
            throw new CsvImportException(List.of(new CsvLineError(1, "", CatalogueService.messages().error_csv_unreadable())));
        }
        List<CsvLineError> errors = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!table.hasColumn(column)) {
                errors.add(new CsvLineError(1, column, CatalogueService.messages().error_csv_column_missing()));
            }
        }
        if (errors.isEmpty() && table.rows().isEmpty()) {
            errors.add(new CsvLineError(1, "", CatalogueService.messages().error_csv_no_product()));
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        Map<String, PurchasingGroup> groupsByName = new HashMap<>();
        PurchasingGroup.<PurchasingGroup>list("antenna.id", antennaId)
                .forEach(g -> groupsByName.put(Labels.key(g.name), g));
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> plan = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            plan(table, row, antenna, groupsByName, seen, errors).ifPresent(plan::add);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(CsvLineError::line));
            throw new CsvImportException(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Planned planned : plan) {
            if (planned.existing() == null) {
                ProductView product = catalogue.createProduct(planned.command());
                if (!planned.active()) {
                    catalogue.setProductActive(product.id(), false);
                }
                created++;
            } else {
                boolean changed = !planned.command().sameDataAs(ProductCommand.of(planned.existing()));
                if (changed) {
                    catalogue.updateProduct(planned.existing().id, planned.command());
                }
                if (planned.existing().active != planned.active()) {
                    catalogue.setProductActive(planned.existing().id, planned.active());
                    changed = true;
                }
                if (changed) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        ImportReport report = new ImportReport(created, updated, unchanged);
        audit.record("PRODUCTS_IMPORTED", "antenna:" + antennaId,
                created + " créés, " + updated + " modifiés, " + unchanged + " inchangés");
        return report;
    }

    private Optional<Planned> plan(CsvTable table, CsvTable.Row row, Antenna antenna,
            Map<String, PurchasingGroup> groupsByName, Map<String, Integer> seen, List<CsvLineError> errors) {
        Inputs in = new Inputs();
        String name = table.cell(row, NAME).orElse(null);
        Producer producer = null;
        Optional<String> producerName = table.cell(row, PRODUCER);
        if (producerName.isPresent()) {
            producer = Producer.findByName(antenna.id, producerName.get()).orElse(null);
            if (producer == null) {
                in.errors().add(new FieldError(PRODUCER,
                        CatalogueService.messages().error_csv_unknown_producer(producerName.get())));
            }
        }
        Product existing = producer == null || name == null ? null
                : Product.findByName(producer.id, name).orElse(null);
        if (producer != null && name != null) {
            String key = producer.id + "|" + name.trim().toLowerCase(Locale.ROOT);
            Integer firstLine = seen.putIfAbsent(key, row.line());
            if (firstLine != null) {
                in.errors().add(new FieldError(NAME, CatalogueService.messages().error_csv_duplicate_product(firstLine)));
            }
        }
        ProductCommand base = existing != null ? ProductCommand.of(existing) : new ProductCommand(null, null, null,
                null, null, null, BigDecimal.ZERO, null, null, 0L, null, false, false, false, false, null, Set.of(), null);
        Set<Long> groupIds = base.groupIds();
        if (table.hasColumn(GROUPS)) {
            groupIds = new TreeSet<>();
            for (String groupName : splitList(table.cell(row, GROUPS).orElse(""))) {
                PurchasingGroup group = groupsByName.get(Labels.key(groupName));
                if (group == null) {
                    in.errors().add(new FieldError(GROUPS,
                            CatalogueService.messages().error_csv_unknown_group(groupName)));
                } else {
                    groupIds.add(group.id);
                }
            }
        }
        BigDecimal step = table.hasColumn(STEP) ? in.quantity(STEP, cell(table, row, STEP)) : base.orderStep();
        ProductCommand command = new ProductCommand(
                producer == null ? null : producer.id,
                name,
                table.hasColumn(DESCRIPTION) ? cell(table, row, DESCRIPTION) : base.description(),
                in.category(CATEGORY, cell(table, row, CATEGORY)),
                in.saleUnit(UNIT, cell(table, row, UNIT)),
                step,
                table.hasColumn(MINIMUM) ? orDefault(in.quantity(MINIMUM, cell(table, row, MINIMUM)), BigDecimal.ZERO)
                        : base.orderMinimum(),
                table.hasColumn(CASE) ? orDefault(in.quantity(CASE, cell(table, row, CASE)), step) : base.caseSize(),
                in.cents(PURCHASE, cell(table, row, PURCHASE)),
                table.hasColumn(LOGISTICS) ? orDefault(in.cents(LOGISTICS, cell(table, row, LOGISTICS)), 0L)
                        : base.logisticsCents(),
                in.percent(VAT, cell(table, row, VAT)),
                table.hasColumn(ORGANIC) ? in.yesNo(ORGANIC, cell(table, row, ORGANIC)) : base.organic(),
                table.hasColumn(LOCAL) ? in.yesNo(LOCAL, cell(table, row, LOCAL)) : base.local(),
                table.hasColumn(FAIR_TRADE) ? in.yesNo(FAIR_TRADE, cell(table, row, FAIR_TRADE)) : base.fairTrade(),
                table.hasColumn(ONE_PRICE) ? in.yesNo(ONE_PRICE, cell(table, row, ONE_PRICE)) : base.onePriceForAll(),
                table.hasColumn(ORIGIN) ? cell(table, row, ORIGIN) : base.origin(),
                groupIds,
                null);
        boolean active = table.hasColumn(ACTIVE) && table.cell(row, ACTIVE).isPresent()
                ? in.yesNo(ACTIVE, cell(table, row, ACTIVE))
                : existing == null || existing.active;
        List<CsvLineError> lineErrors = new ArrayList<>();
        in.errors().forEach(e -> lineErrors.add(new CsvLineError(row.line(), e.field(), e.message())));
        for (FieldError error : catalogue.productErrors(command, existing)) {
            String column = COLUMN_OF_FIELD.getOrDefault(error.field(), error.field());
            if (!in.hasError(column)) {
                lineErrors.add(new CsvLineError(row.line(), column, error.message()));
            }
        }
        errors.addAll(lineErrors);
        return lineErrors.isEmpty() ? Optional.of(new Planned(row.line(), existing, command, active))
                : Optional.empty();
    }

    private static String cell(CsvTable table, CsvTable.Row row, String column) {
        return table.cell(row, column).orElse(null);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** "Lens, Liévin" or "Lens | Liévin". */
    static Set<String> splitList(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split("[,|]")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return names;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
