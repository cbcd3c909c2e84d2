package org.paniercommun.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.paniercommun.csv.CsvImportException;
import org.paniercommun.csv.CsvLineError;
import org.paniercommun.csv.CsvTable;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.Table;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.household.HouseholdService.MembershipCommand;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Validation;
import org.paniercommun.web.FormReader;

/**
 * Households as a spreadsheet, for associations arriving from spreadsheets or Cagette.net. An import
 * checks every line first and writes all of them or none. A line with a {@code numero} updates that
 * household; a line without one creates a new household.
 */
@ApplicationScoped
class HouseholdCsv {

    static final List<String> COLUMNS = List.of("numero", "nom", "personnes", "email", "telephone", "groupe",
            "point_relais", "tarif", "adhesion_annee", "adhesion_type", "adhesion_montant", "adhesion_payee", "actif");

    @Inject
    HouseholdService households;

    @Inject
    OrganisationService organisation;

    @Inject
    Validation validation;

    public String export() {
        return CsvWriter.write(table());
    }

    /** The export as a table (CSV and .xlsx, same columns, the columns the import reads). */
    public Table table() {
        int year = Year.now().getValue();
        Map<Long, Membership> thisYear = new HashMap<>();
        Membership.<Membership>list("year", year).forEach(m -> thisYear.put(m.household.id, m));
        List<List<Object>> rows = new ArrayList<>();
        org.paniercommun.access.Scope.GroupFilter staff = org.paniercommun.access.Scope.staffFilterNow();
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        String inScope = "";
        if (staff != null) {
            inScope = " and " + staff.condition("h.group.antenna.id", "h.group.id");
            params.and("scopeAntennas", staff.antennaIds()).and("scopeGroups", staff.groupIds());
        }
        for (Household h : Household.<Household>find("from Household h join fetch h.group left join fetch h.relayPoint "
                + "where h.erasedAt is null" + inScope + " order by h.id", params).list()) {
            Membership m = thisYear.get(h.id);
            rows.add(java.util.Arrays.asList(h.id, h.displayName, h.peopleCount, nullToEmpty(h.email),
                    nullToEmpty(h.phone), h.group.name, h.relayPoint == null ? "" : h.relayPoint.name,
                    h.priceTier, m == null ? null : m.year,
                    m == null ? "" : m.kind.name().toLowerCase(Locale.ROOT),
                    m == null ? null : Table.euros(m.amountCents), m == null ? "" : yesNo(m.paid), yesNo(h.active)));
        }
        return new Table("Foyers", COLUMNS, rows);
    }

    private record ParsedLine(int line, Long id, HouseholdCommand household, MembershipCommand membership,
            boolean active) {
    }

    /** @return the number of households created or updated */
    @Transactional
    public int importCsv(InputStream input) {
        CsvTable table;
        try {
            table = CsvTable.parse(input);
        } catch (IOException | RuntimeException e) {
            throw new CsvImportException(List.of(new CsvLineError(1, "", messages().error_csv_unreadable(e.getMessage()))));
        }
        List<CsvLineError> errors = new ArrayList<>();
        for (String required : List.of("nom", "groupe", "tarif")) {
            if (!table.hasColumn(required)) {
                errors.add(new CsvLineError(1, required, messages().error_csv_column_missing()));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        Map<String, PurchasingGroup> groupsByName = new HashMap<>();
        organisation.groups(false).forEach(g -> groupsByName.put(g.name.toLowerCase(Locale.ROOT), g));
        Map<String, RelayPoint> pointsByGroupAndName = new HashMap<>();
        organisation.relayPoints(false).forEach(r -> pointsByGroupAndName.put(r.group.id + "/" + r.name.toLowerCase(Locale.ROOT), r));

        List<ParsedLine> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = errors.size();
            Long id = parseLong(table, row, "numero", errors);
            if (id != null && (Household.<Household>findByIdOptional(id).filter(h -> !h.erased()).isEmpty()
                    || !org.paniercommun.access.Scope.reachesNow(org.paniercommun.access.ObjectKind.HOUSEHOLD, id))) {
                errors.add(new CsvLineError(row.line(), "numero", messages().error_csv_unknown_household(id)));
            }
            PurchasingGroup group = null;
            Optional<String> groupName = table.cell(row, "groupe");
            if (groupName.isPresent()) {
                group = groupsByName.get(groupName.get().toLowerCase(Locale.ROOT));
                if (group == null) {
                    errors.add(new CsvLineError(row.line(), "groupe", messages().error_csv_unknown_group(groupName.get())));
                }
            }
            Long relayPointId = null;
            Optional<String> pointName = table.cell(row, "point_relais");
            if (pointName.isPresent() && group != null) {
                RelayPoint point = pointsByGroupAndName.get(group.id + "/" + pointName.get().toLowerCase(Locale.ROOT));
                if (point == null) {
                    errors.add(new CsvLineError(row.line(), "point_relais",
                            messages().error_csv_unknown_point(pointName.get())));
                } else {
                    relayPointId = point.id;
                }
            }
            Integer people = table.cell(row, "personnes").isEmpty() ? Integer.valueOf(1)
                    : parseInt(table, row, "personnes", errors);
            Integer tier = parseInt(table, row, "tarif", errors);
            HouseholdCommand command = new HouseholdCommand(table.cell(row, "nom").orElse(null), people,
                    table.cell(row, "email").orElse(null), table.cell(row, "telephone").orElse(null),
                    group == null ? null : group.id, relayPointId, tier);
            for (InvalidInputException.FieldError error : validation.errors(command)) {
                if (!(error.field().equals("groupId") && groupName.isPresent())) {
                    errors.add(new CsvLineError(row.line(), column(error.field()), error.message()));
                }
            }
            MembershipCommand membership = parseMembership(table, row, errors);
            Boolean active = parseYesNo(table, row, "actif", errors);
            if (errors.size() == before) {
                lines.add(new ParsedLine(row.line(), id, command, membership, active == null || active));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        for (ParsedLine line : lines) {
            try {
                Household household = line.id() == null ? households.register(line.household(), null)
                        : households.update(line.id(), line.household());
                household.active = line.active();
                if (line.membership() != null) {
                    households.setMembership(household.id, line.membership());
                }
            } catch (InvalidInputException e) {
                // Rolls the whole import back: nothing is written when one line fails.
                throw new CsvImportException(e.errors().stream()
                        .map(f -> new CsvLineError(line.line(), column(f.field()), f.message())).toList());
            }
        }
        return lines.size();
    }

    private MembershipCommand parseMembership(CsvTable table, CsvTable.Row row, List<CsvLineError> errors) {
        Optional<String> kindText = table.cell(row, "adhesion_type");
        if (kindText.isEmpty()) {
            return null;
        }
        MembershipKind kind = switch (kindText.get().toLowerCase(Locale.ROOT)) {
            case "quartier" -> MembershipKind.QUARTIER;
            case "solidaire" -> MembershipKind.SOLIDAIRE;
            default -> {
                errors.add(new CsvLineError(row.line(), "adhesion_type", messages().error_csv_membership_kind()));
                yield null;
            }
        };
        Integer year = table.cell(row, "adhesion_annee").isEmpty() ? Integer.valueOf(Year.now().getValue())
                : parseInt(table, row, "adhesion_annee", errors);
        Long amount = cell(table, row, "adhesion_montant", errors, (reader, text) -> reader.cents("adhesion_montant", text));
        if (kind == MembershipKind.SOLIDAIRE && amount != null && amount < MembershipKind.SOLIDAIRE.baseAmountCents) {
            errors.add(new CsvLineError(row.line(), "adhesion_montant", messages().error_solidarity_minimum()));
        }
        Boolean paid = parseYesNo(table, row, "adhesion_payee", errors);
        return kind == null || year == null ? null : new MembershipCommand(year, kind, amount, paid != null && paid);
    }

    private static String column(String field) {
        return switch (field) {
            case "displayName" -> "nom";
            case "peopleCount" -> "personnes";
            case "phone" -> "telephone";
            case "groupId" -> "groupe";
            case "relayPointId" -> "point_relais";
            case "priceTier" -> "tarif";
            case "amountCents" -> "adhesion_montant";
            default -> field;
        };
    }

    private static Integer parseInt(CsvTable table, CsvTable.Row row, String column, List<CsvLineError> errors) {
        return cell(table, row, column, errors, (reader, text) -> reader.read(column, text,
                typed -> Integer.valueOf(typed.replace(" ", "")), typed -> messages().error_csv_integer(typed)));
    }

    private static Long parseLong(CsvTable table, CsvTable.Row row, String column, List<CsvLineError> errors) {
        Integer value = parseInt(table, row, column, errors);
        return value == null ? null : value.longValue();
    }

    private static Boolean parseYesNo(CsvTable table, CsvTable.Row row, String column, List<CsvLineError> errors) {
        return cell(table, row, column, errors, (reader, text) -> reader.read(column, text,
                typed -> switch (typed.toLowerCase(Locale.ROOT)) {
                    case "oui", "o", "yes", "1", "vrai", "x" -> true;
                    case "non", "n", "no", "0", "faux" -> false;
                    default -> throw new IllegalArgumentException(typed);
                }, typed -> messages().error_csv_yes_no(typed)));
    }

    /**
     * A typed cell read by the one reader of typed values ({@link FormReader}): an empty cell is null, one that
     * cannot be read is an error of its line and column.
     */
    private static <T> T cell(CsvTable table, CsvTable.Row row, String column, List<CsvLineError> errors,
            BiFunction<FormReader, String, T> read) {
        FormReader reader = new FormReader();
        T value = read.apply(reader, table.cell(row, column).orElse(null));
        reader.errors().forEach(e -> errors.add(new CsvLineError(row.line(), e.field(), e.message())));
        return value;
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static HouseholdMessages messages() {
        return HouseholdService.messages();
    }
}
