package org.paniercommun.household;

import org.paniercommun.access.InScope;
import org.paniercommun.access.ObjectKind;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paniercommun.account.AccountDeleted;
import org.paniercommun.account.AccountService;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Validation;

/** Registers households (by a coordinator, a volunteer or themselves), their memberships and their data rights. */
@ApplicationScoped
public class HouseholdService {

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    Event<AccountDeleted> accountDeleted;

    @Inject
    Validation validation;

    @Inject
    OrganisationService organisation;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    /** A membership above this is a typing mistake. */
    static final long MAX_MEMBERSHIP_CENTS = 100_000;

    public record HouseholdCommand(
            @NotBlank(message = "{panier.household.household.display_name.required}")
            @Size(max = 120, message = "{panier.household.household.display_name.too_long}") String displayName,
            @NotNull(message = "{panier.household.household.people_count.required}")
            @Min(value = 1, message = "{panier.household.household.people_count.too_small}")
            @Max(value = 30, message = "{panier.household.household.people_count.too_big}") Integer peopleCount,
            @Email(message = "{panier.household.household.email.invalid}")
            @Size(max = 254, message = "{panier.household.household.email.too_long}") String email,
            @Pattern(regexp = "^$|^[0-9 +().-]{6,40}$", message = "{panier.household.household.phone.invalid}") String phone,
            @NotNull(message = "{panier.household.household.group_id.required}") @InScope(ObjectKind.GROUP) Long groupId,
            @InScope(ObjectKind.RELAY_POINT) Long relayPointId,
            @NotNull(message = "{panier.household.household.price_tier.required}")
            @Min(value = 1, message = "{panier.household.household.price_tier.too_small}")
            @Max(value = 3, message = "{panier.household.household.price_tier.too_big}") Integer priceTier) {

        /** The same household with another tier (a volunteer's form keeps the tier it cannot see). */
        public HouseholdCommand withPriceTier(Integer tier) {
            return new HouseholdCommand(displayName, peopleCount, email, phone, groupId, relayPointId, tier);
        }
    }

    public record MembershipCommand(
            @NotNull(message = "{panier.household.membership.year.required}")
            @Min(value = 2000, message = "{panier.household.membership.year.too_small}")
            @Max(value = 2100, message = "{panier.household.membership.year.too_big}") Integer year,
            @NotNull(message = "{panier.household.membership.kind.required}") MembershipKind kind,
            Long amountCents,
            boolean paid) {
    }

    // ---- registration and profile ----

    @Transactional
    public Household register(HouseholdCommand command, MembershipCommand membership) {
        validation.check(command);
        Household household = new Household();
        apply(household, command);
        household.persist();
        if (membership != null) {
            setMembership(household.id, membership);
        }
        return household;
    }

    /** Self-registration: the household chooses a login and a password and gets the HOUSEHOLD role. */
    @Transactional
    public Household registerWithAccount(HouseholdCommand command, String login, String password) {
        List<FieldError> errors = new ArrayList<>(validation.errors(command));
        if (login == null || login.isBlank()) {
            errors.add(new FieldError("login", messages().error_login_required()));
        } else if (UserAccount.findByLogin(login).isPresent()) {
            errors.add(new FieldError("login", messages().error_login_taken()));
        }
        if (password == null || password.length() < 8) {
            errors.add(new FieldError("password", messages().error_password_too_short()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Household household = register(command, null);
        household.userAccount = accounts.create(login, password, command.displayName(), List.of(Role.HOUSEHOLD));
        return household;
    }

    /** Gives the household its login (accountadmin/HouseholdAccess: an invitation or a printed access code). */
    @Transactional
    public Household linkAccount(long id, UserAccount account) {
        Household household = household(id);
        requireNotErased(household);
        household.userAccount = account;
        return household;
    }

    @Transactional
    public Household update(long id, HouseholdCommand command) {
        validation.check(command);
        Household household = household(id);
        requireNotErased(household);
        apply(household, command);
        return household;
    }

    @Transactional
    public Household setActive(long id, boolean active) {
        Household household = household(id);
        requireNotErased(household);
        household.active = active;
        return household;
    }

    public Household household(long id) {
        return Household.<Household>find("from Household h join fetch h.group g join fetch g.antenna "
                + "left join fetch h.relayPoint left join fetch h.userAccount where h.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException(messages().error_household_not_found()));
    }

    /**
     * The household an order is placed for, with what placing it and its e-mail read (group, relay point), read-only:
     * the order's transaction never changes it, and its commit does not dirty-check it.
     */
    public Household forOrdering(long id) {
        return em.createQuery("from Household h join fetch h.group left join fetch h.relayPoint where h.id = :id",
                        Household.class)
                .setParameter("id", id).setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(messages().error_household_not_found()));
    }

    public Optional<Household> forLogin(String login) {
        return Household.<Household>find("from Household h join fetch h.group g join fetch g.antenna "
                + "left join fetch h.relayPoint join fetch h.userAccount a where a.login = ?1",
                UserAccount.normalizeLogin(login)).firstResultOptional();
    }

    /**
     * The id of the household of a HOUSEHOLD login, without loading the household and its group, antenna and relay
     * point: placing an order only needs the id, and loads the household itself in its transaction.
     */
    public long idOfLogin(String login) {
        return em.createQuery("select h.id from Household h join h.userAccount a where a.login = :login", Long.class)
                .setParameter("login", UserAccount.normalizeLogin(login)).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(messages().error_no_household_for_account()));
    }

    /** The household of a HOUSEHOLD login; 404 when no household is linked to it. */
    public Household ofLogin(String login) {
        return forLogin(login).orElseThrow(() -> new NotFoundException(messages().error_no_household_for_account()));
    }

    public PageResult<Household> search(String query, Long groupId, Long relayPointId, Integer tier,
            boolean includeInactive, int page, int size) {
        StringBuilder where = new StringBuilder("h.erasedAt is null");
        Parameters params = new Parameters();
        if (query != null && !query.isBlank()) {
            String q = query.trim().toLowerCase();
            where.append(" and (lower(h.displayName) like :q or lower(h.email) like :q or h.phone like :q"
                    + " or str(h.id) = :exact)");
            params.and("q", "%" + q + "%").and("exact", q);
        }
        if (groupId != null) {
            where.append(" and h.group.id = :groupId");
            params.and("groupId", groupId);
        }
        org.paniercommun.access.Scope.GroupFilter staff = org.paniercommun.access.Scope.staffFilterNow();
        if (staff != null) {
            where.append(" and ").append(staff.condition("h.group.antenna.id", "h.group.id"));
            params.and("scopeAntennas", staff.antennaIds()).and("scopeGroups", staff.groupIds());
        }
        if (relayPointId != null) {
            where.append(" and h.relayPoint.id = :relayPointId");
            params.and("relayPointId", relayPointId);
        }
        if (tier != null) {
            where.append(" and h.priceTier = :tier");
            params.and("tier", tier.shortValue());
        }
        if (!includeInactive) {
            where.append(" and h.active = true");
        }
        long total = Household.count("from Household h where " + where, params);
        List<Household> items = Household.<Household>find("from Household h join fetch h.group "
                + "left join fetch h.relayPoint where " + where + " order by lower(h.displayName), h.id", params)
                .page(Page.of(page - 1, size)).list();
        return new PageResult<>(items, page, size, total);
    }

    // ---- memberships ----

    /** Records (or corrects) the membership of a year: quartier 1 € by default, solidaire from 20 €. */
    @Transactional
    public Membership setMembership(long householdId, MembershipCommand command) {
        validation.check(command);
        long amount = command.amountCents() == null ? command.kind().baseAmountCents : command.amountCents();
        if (amount < 0) {
            throw new InvalidInputException("amountCents", messages().error_amount_negative());
        }
        if (amount > MAX_MEMBERSHIP_CENTS) {
            throw new InvalidInputException("amountCents", messages().error_membership_too_big());
        }
        if (command.kind() == MembershipKind.SOLIDAIRE && amount < MembershipKind.SOLIDAIRE.baseAmountCents) {
            throw new InvalidInputException("amountCents", messages().error_solidarity_minimum());
        }
        Household household = household(householdId);
        requireNotErased(household);
        Membership membership = Membership.<Membership>find("household.id = ?1 and year = ?2", householdId,
                command.year()).firstResultOptional().orElseGet(() -> {
                    Membership created = new Membership();
                    created.household = household;
                    created.year = command.year();
                    return created;
                });
        if (membership.roundId != null) {
            // Its round's books and cash count hold it: it is corrected there, not here.
            throw new InvalidInputException("membershipKind", messages().error_membership_held_by_round());
        }
        membership.kind = command.kind();
        membership.amountCents = amount;
        if (command.paid() && !membership.paid) {
            membership.paidOn = LocalDate.now();
        } else if (!command.paid()) {
            membership.paidOn = null;
        }
        membership.paid = command.paid();
        if (!membership.isPersistent()) {
            membership.persist();
        }
        return membership;
    }

    /**
     * A membership paid on a round's distribution day, with the order: it goes into that round's books. From 20 € it
     * is the solidarity membership, below it the neighbourhood one.
     *
     * @param paymentMethod the name of the {@code distribution.PaymentMethod} it was paid with
     */
    @Transactional
    public Membership collectMembership(long householdId, int year, long amountCents, long roundId, long relayPointId,
            String paymentMethod) {
        if (amountCents <= 0) {
            throw new InvalidInputException("membership", messages().error_membership_amount());
        }
        if (amountCents > MAX_MEMBERSHIP_CENTS) {
            throw new InvalidInputException("membership", messages().error_membership_too_big());
        }
        Household household = household(householdId);
        requireNotErased(household);
        Membership membership = membership(householdId, year).orElseGet(() -> {
            Membership created = new Membership();
            created.household = household;
            created.year = year;
            return created;
        });
        if (membership.paid) {
            throw new InvalidInputException("membership", messages().error_membership_already_paid(year));
        }
        membership.kind = amountCents >= MembershipKind.SOLIDAIRE.baseAmountCents ? MembershipKind.SOLIDAIRE
                : MembershipKind.QUARTIER;
        membership.amountCents = amountCents;
        membership.paid = true;
        membership.paidOn = LocalDate.now();
        membership.roundId = roundId;
        membership.relayPointId = relayPointId;
        membership.paymentMethod = paymentMethod;
        if (!membership.isPersistent()) {
            membership.persist();
        }
        return membership;
    }

    public Optional<Membership> membership(long householdId, int year) {
        return Membership.<Membership>find("household.id = ?1 and year = ?2", householdId, year).firstResultOptional();
    }

    public List<Membership> memberships(long householdId) {
        return Membership.list("household.id = ?1 order by year desc", householdId);
    }

    // ---- personal data ----

    public record HouseholdExport(long id, String displayName, int peopleCount, String email, String phone,
            String group, String relayPoint, int priceTier, String login, boolean active, Instant registeredAt,
            List<MembershipExport> memberships, List<OrderExport> orders, List<PaymentExport> payments,
            List<BasketExport> baskets) {
    }

    /**
     * An order as the household placed it. {@code goodsCents} and {@code fundReductionCents} are filled only in the
     * household's own export: who drew on the solidarity fund is never shown to staff, even through a data export,
     * and goods beside the payments would show it.
     */
    public record OrderExport(String round, Instant submittedAt, String status, int priceTier,
            @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Long goodsCents,
            int coupons, @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Long fundReductionCents) {
    }

    public record PaymentExport(String round, Instant recordedAt, String method, long amountCents) {
    }

    /** A referral to the solidarity baskets and its subscriptions (no document is ever stored). */
    public record BasketExport(String structure, String condition, LocalDate checkedOn, String offer,
            LocalDate startOn, LocalDate endOn, String status) {
    }

    public record MembershipExport(int year, String kind, long amountCents, boolean paid, LocalDate paidOn) {
    }

    /** Everything stored about a household, for its right of access; the export itself is logged. */
    @Transactional
    public HouseholdExport export(long id) {
        return export(id, false);
    }

    /** The household's own export, asked by itself: with its own fund reductions. */
    @Transactional
    public HouseholdExport exportOwn(String login) {
        Household h = Household.<Household>find("userAccount.login", login).firstResultOptional()
                .orElseThrow(() -> new NotFoundException(messages().error_no_household_linked()));
        return export(h.id, true);
    }

    private HouseholdExport export(long id, boolean withReductions) {
        Household h = household(id);
        audit.record("HOUSEHOLD_EXPORT", "household:" + id, withReductions ? "Export demandé par le foyer"
                : "Export des données personnelles");
        @SuppressWarnings("unchecked")
        List<Object[]> orders = em.createNativeQuery("""
                select r.name, o.submitted_at, o.status, o.price_tier, o.goods_cents,
                       o.coupon_count + o.pickup_coupons, o.fund_reduction_cents
                from orders o join rounds r on r.id = o.round_id where o.household_id = :h order by o.submitted_at""")
                .setParameter("h", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> payments = em.createNativeQuery("""
                select r.name, p.recorded_at, p.method, p.amount_cents
                from payments p join rounds r on r.id = p.round_id where p.household_id = :h order by p.recorded_at""")
                .setParameter("h", id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> baskets = em.createNativeQuery("""
                select r.structure, r.condition, r.checked_on, o.name, s.start_on, s.end_on, s.status
                from basket_referrals r left join basket_subscriptions s on s.referral_id = r.id
                left join basket_offers o on o.id = s.offer_id where r.household_id = :h order by r.checked_on, s.start_on""")
                .setParameter("h", id).getResultList();
        return new HouseholdExport(h.id, h.displayName, h.peopleCount, h.email, h.phone, h.group.name,
                h.relayPoint == null ? null : h.relayPoint.name, h.priceTier,
                h.userAccount == null ? null : h.userAccount.login, h.active, h.createdAt,
                memberships(id).stream().map(m -> new MembershipExport(m.year, m.kind.name(), m.amountCents, m.paid,
                        m.paidOn)).toList(),
                orders.stream().map(r -> new OrderExport((String) r[0], (Instant) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), withReductions ? ((Number) r[4]).longValue() : null,
                        ((Number) r[5]).intValue(),
                        withReductions ? ((Number) r[6]).longValue() : null)).toList(),
                payments.stream().map(r -> new PaymentExport((String) r[0], (Instant) r[1], (String) r[2],
                        ((Number) r[3]).longValue())).toList(),
                baskets.stream().map(r -> new BasketExport((String) r[0], (String) r[1], (LocalDate) r[2],
                        (String) r[3], (LocalDate) r[4], (LocalDate) r[5], (String) r[6])).toList());
    }

    /**
     * Right to erasure: personal fields are anonymised and the login deleted; amounts (memberships,
     * and later orders and payments) stay so that the books still balance.
     */
    @Transactional
    public Household erase(long id) {
        Household household = household(id);
        requireNotErased(household);
        household.displayName = "Foyer effacé n° " + household.id;
        household.email = null;
        household.phone = null;
        household.active = false;
        household.erasedAt = Instant.now();
        UserAccount account = household.userAccount;
        household.userAccount = null;
        if (account != null) {
            Household.flush();
            account.delete();
            // Its session cookie must stop working at once, not when the cached identity expires.
            accountDeleted.fire(new AccountDeleted(account.login));
        }
        audit.record("HOUSEHOLD_ERASE", "household:" + id, "Données personnelles effacées");
        return household;
    }

    private void apply(Household household, HouseholdCommand command) {
        PurchasingGroup group = organisation.group(command.groupId());
        RelayPoint relayPoint = null;
        if (command.relayPointId() != null) {
            relayPoint = organisation.relayPoint(command.relayPointId());
            if (!relayPoint.group.id.equals(group.id)) {
                throw new InvalidInputException("relayPointId", messages().error_point_other_group());
            }
        }
        household.group = group;
        household.relayPoint = relayPoint;
        household.displayName = command.displayName().trim();
        household.peopleCount = command.peopleCount();
        household.email = blankToNull(command.email());
        household.phone = blankToNull(command.phone());
        household.priceTier = command.priceTier().shortValue();
    }

    private static void requireNotErased(Household household) {
        if (household.erased()) {
            throw new NotFoundException(messages().error_household_not_found());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static HouseholdMessages messages() {
        return Texts.of(HouseholdMessages.class);
    }
}
