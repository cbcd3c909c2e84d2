package org.paniercommun.organisation;

import org.paniercommun.access.InScope;
import org.paniercommun.access.Scope;
import org.paniercommun.access.ObjectKind;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.paniercommun.pricing.TierPricing;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Validation;

/** Sets up antennas, their purchasing groups and the relay points of each group. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    Validation validation;

    public record AntennaCommand(
            @NotBlank(message = "{panier.organisation.name.required}") @Size(max = 120, message = "{panier.organisation.max120}") String name,
            @Size(max = 120, message = "{panier.organisation.max120}") String town,
            @Email(message = "{panier.organisation.email.invalid}") @Size(max = 254) String contactEmail) {
    }

    public record GroupCommand(
            @NotNull(message = "{panier.organisation.antenna.required}") @InScope(ObjectKind.ANTENNA) Long antennaId,
            @NotBlank(message = "{panier.organisation.name.required}") @Size(max = 120, message = "{panier.organisation.max120}") String name,
            @Size(max = 120, message = "{panier.organisation.max120}") String town,
            @Size(max = 1000, message = "{panier.organisation.max1000}") String description) {
    }

    public record RelayPointCommand(
            @NotNull(message = "{panier.organisation.group.required}") @InScope(ObjectKind.GROUP) Long groupId,
            @NotBlank(message = "{panier.organisation.name.required}") @Size(max = 120, message = "{panier.organisation.max120}") String name,
            @NotBlank(message = "{panier.organisation.address.required}") @Size(max = 300, message = "{panier.organisation.max300}") String address,
            @Size(max = 300, message = "{panier.organisation.max300}") String openingHours,
            @Size(max = 300, message = "{panier.organisation.max300}") String contact) {
    }

    // ---- antennas ----

    @Transactional
    public Antenna createAntenna(AntennaCommand command) {
        validation.check(command);
        requireUniqueAntennaName(command.name(), null);
        Antenna antenna = new Antenna();
        apply(antenna, command);
        antenna.persist();
        return antenna;
    }

    @Transactional
    public Antenna updateAntenna(long id, AntennaCommand command) {
        validation.check(command);
        Antenna antenna = antenna(id);
        requireUniqueAntennaName(command.name(), id);
        apply(antenna, command);
        return antenna;
    }

    @Transactional
    public Antenna setAntennaActive(long id, boolean active) {
        Antenna antenna = antenna(id);
        antenna.active = active;
        return antenna;
    }

    public Antenna antenna(long id) {
        return Antenna.<Antenna>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(Texts.of(OrganisationMessages.class).error_antenna_not_found()));
    }

    /** The antennas the request may see (all outside a request, or for a network coordinator). */
    public List<Antenna> antennas() {
        java.util.Set<Long> visible = Scope.orNone(Scope.visibleAntennasNow());
        return visible == null ? Antenna.listAll(Sort.by("name"))
                : Antenna.list("id in ?1", Sort.by("name"), visible);
    }

    /** Tier coefficients in percent of the cost price, and the rounding step of prices (1, 5 or 10 cents). */
    public record PricingCommand(
            @NotNull(message = "{panier.organisation.tier1.required}") @DecimalMin(value = "0", message = "{panier.organisation.coefficient.range}")
            @DecimalMax(value = "300", message = "{panier.organisation.coefficient.range}") @Digits(integer = 3, fraction = 2, message = "{panier.organisation.coefficient.digits}") BigDecimal tier1Percent,
            @NotNull(message = "{panier.organisation.tier2.required}") @DecimalMin(value = "0", message = "{panier.organisation.coefficient.range}")
            @DecimalMax(value = "300", message = "{panier.organisation.coefficient.range}") @Digits(integer = 3, fraction = 2, message = "{panier.organisation.coefficient.digits}") BigDecimal tier2Percent,
            @NotNull(message = "{panier.organisation.tier3.required}") @DecimalMin(value = "0", message = "{panier.organisation.coefficient.range}")
            @DecimalMax(value = "300", message = "{panier.organisation.coefficient.range}") @Digits(integer = 3, fraction = 2, message = "{panier.organisation.coefficient.digits}") BigDecimal tier3Percent,
            @NotNull(message = "{panier.organisation.priceStep.required}") Integer priceStepCents) {

        /**
         * Counts a coefficient's decimals as a person reads them: 50,000 has none, 92,50 one. Bean Validation's
         * {@code @Digits} counts a BigDecimal's scale, so without this a form parsed at scale 3 refused even 50.
         */
        public PricingCommand {
            tier1Percent = PricingCommand.significant(tier1Percent);
            tier2Percent = PricingCommand.significant(tier2Percent);
            tier3Percent = PricingCommand.significant(tier3Percent);
        }

        static BigDecimal significant(BigDecimal percent) {
            if (percent == null) {
                return null;
            }
            BigDecimal stripped = percent.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    /**
     * Changes the antenna's tier coefficients. Rounds already open keep the prices frozen when they opened;
     * the new settings apply to rounds opened from now on.
     */
    @Transactional
    public Antenna setPricing(long id, PricingCommand command) {
        validation.check(command);
        if (!TierPricing.ALLOWED_STEPS.contains(command.priceStepCents())) {
            throw new InvalidInputException("priceStepCents", Texts.of(OrganisationMessages.class).error_price_step());
        }
        Antenna antenna = antenna(id);
        antenna.tier1Percent = command.tier1Percent();
        antenna.tier2Percent = command.tier2Percent();
        antenna.tier3Percent = command.tier3Percent();
        antenna.priceStepCents = command.priceStepCents();
        return antenna;
    }

    // ---- purchasing groups ----

    @Transactional
    public PurchasingGroup createGroup(GroupCommand command) {
        validation.check(command);
        PurchasingGroup group = new PurchasingGroup();
        group.antenna = antenna(command.antennaId());
        requireUniqueGroupName(group.antenna.id, command.name(), null);
        apply(group, command);
        group.persist();
        return group;
    }

    @Transactional
    public PurchasingGroup updateGroup(long id, GroupCommand command) {
        validation.check(command);
        PurchasingGroup group = group(id);
        group.antenna = antenna(command.antennaId());
        requireUniqueGroupName(group.antenna.id, command.name(), id);
        apply(group, command);
        return group;
    }

    @Transactional
    public PurchasingGroup setGroupActive(long id, boolean active) {
        PurchasingGroup group = group(id);
        group.active = active;
        return group;
    }

    public PurchasingGroup group(long id) {
        return PurchasingGroup.<PurchasingGroup>find("from PurchasingGroup g join fetch g.antenna where g.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException(Texts.of(OrganisationMessages.class).error_group_not_found()));
    }

    /** Groups, optionally only active ones, with their antenna loaded. */
    public List<PurchasingGroup> groups(boolean activeOnly) {
        java.util.Set<Long> visible = Scope.orNone(Scope.visibleAntennasNow());
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (activeOnly) {
            where.append(" and g.active = true");
        }
        if (visible != null) {
            where.append(" and g.antenna.id in :visible");
            params.and("visible", visible);
        }
        return PurchasingGroup.<PurchasingGroup>find("from PurchasingGroup g join fetch g.antenna" + where
                + " order by g.antenna.name, g.name", params).list();
    }

    // ---- relay points ----

    @Transactional
    public RelayPoint createRelayPoint(RelayPointCommand command) {
        validation.check(command);
        RelayPoint point = new RelayPoint();
        apply(point, command);
        point.persist();
        return point;
    }

    @Transactional
    public RelayPoint updateRelayPoint(long id, RelayPointCommand command) {
        validation.check(command);
        RelayPoint point = relayPoint(id);
        apply(point, command);
        return point;
    }

    @Transactional
    public RelayPoint setRelayPointActive(long id, boolean active) {
        RelayPoint point = relayPoint(id);
        point.active = active;
        return point;
    }

    public RelayPoint relayPoint(long id) {
        return RelayPoint.<RelayPoint>find("from RelayPoint r join fetch r.group g join fetch g.antenna where r.id = ?1", id)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException(Texts.of(OrganisationMessages.class).error_relay_point_not_found()));
    }

    /** Relay points matching a search (name, address or group), paginated, with group loaded. */
    public PageResult<RelayPoint> searchRelayPoints(String query, Long groupId, boolean activeOnly, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query != null && !query.isBlank()) {
            where.append(" and (lower(r.name) like :q or lower(r.address) like :q or lower(g.name) like :q)");
            params.and("q", "%" + query.trim().toLowerCase() + "%");
        }
        if (groupId != null) {
            where.append(" and g.id = :groupId");
            params.and("groupId", groupId);
        }
        java.util.Set<Long> visible = Scope.orNone(Scope.visibleAntennasNow());
        if (visible != null) {
            where.append(" and g.antenna.id in :visible");
            params.and("visible", visible);
        }
        if (activeOnly) {
            where.append(" and r.active = true");
        }
        var found = RelayPoint.<RelayPoint>find("from RelayPoint r join fetch r.group g where " + where
                + " order by g.name, r.name", params);
        long total = RelayPoint.count("from RelayPoint r join r.group g where " + where, params);
        List<RelayPoint> items = found.page(Page.of(page - 1, size)).list();
        return new PageResult<>(items, page, size, total);
    }

    public List<RelayPoint> relayPoints(boolean activeOnly) {
        java.util.Set<Long> visible = Scope.orNone(Scope.visibleAntennasNow());
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (activeOnly) {
            where.append(" and r.active = true and g.active = true");
        }
        if (visible != null) {
            where.append(" and g.antenna.id in :visible");
            params.and("visible", visible);
        }
        return RelayPoint.<RelayPoint>find("from RelayPoint r join fetch r.group g" + where + " order by g.name, r.name",
                params).list();
    }

    private static void apply(Antenna antenna, AntennaCommand command) {
        antenna.name = command.name().trim();
        antenna.town = blankToNull(command.town());
        antenna.contactEmail = blankToNull(command.contactEmail());
    }

    private static void apply(PurchasingGroup group, GroupCommand command) {
        group.name = command.name().trim();
        group.town = blankToNull(command.town());
        group.description = blankToNull(command.description());
    }

    private void apply(RelayPoint point, RelayPointCommand command) {
        point.group = group(command.groupId());
        point.name = command.name().trim();
        point.address = command.address().trim();
        point.openingHours = blankToNull(command.openingHours());
        point.contact = blankToNull(command.contact());
    }

    private static void requireUniqueAntennaName(String name, Long exceptId) {
        long clashes = Antenna.count("lower(name) = ?1 and id <> ?2", name.trim().toLowerCase(),
                exceptId == null ? -1L : exceptId);
        if (clashes > 0) {
            throw new InvalidInputException("name", Texts.of(OrganisationMessages.class).error_antenna_name_taken());
        }
    }

    private static void requireUniqueGroupName(long antennaId, String name, Long exceptId) {
        long clashes = PurchasingGroup.count("antenna.id = ?1 and lower(name) = ?2 and id <> ?3", antennaId,
                name.trim().toLowerCase(), exceptId == null ? -1L : exceptId);
        if (clashes > 0) {
            throw new InvalidInputException("name", Texts.of(OrganisationMessages.class).error_group_name_taken());
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
