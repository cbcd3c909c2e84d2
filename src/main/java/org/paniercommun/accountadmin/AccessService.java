package org.paniercommun.accountadmin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.catalogue.Producer;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Texts;
import org.paniercommun.account.AccountChanged;
import org.paniercommun.account.AccountDeactivated;
import org.paniercommun.account.AccountMessages;
import org.paniercommun.account.AccountService;
import org.paniercommun.account.Role;
import org.paniercommun.account.Tokens;
import org.paniercommun.account.UserAccount;

/**
 * Coordinators manage accounts within their scope (V48): a network coordinator ({@code all_antennas}) every account;
 * another coordinator the accounts tied to one of its antennas (volunteers of its groups, its producers, referrers
 * and coordinators of its antennas, its households). Any other account is answered 404, as if it did not exist. A
 * coordinator's changes never touch the groups or antennas of an account outside its own antennas. Every change is
 * audited (never a password nor a token).
 */
@ApplicationScoped
class AccessService {

    static final int MAX_LOGIN = 254;
    static final int MAX_NAME = 120;
    static final int MAX_STRUCTURE = 160;

    @Inject
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Invitations invitations;

    @Inject
    Tokens tokens;

    @Inject
    VolunteerGroups volunteerGroups;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountDeactivated> deactivated;

    @Inject
    Event<AccountChanged> changed;

    /** Who may be managed by the coordinator {@code actorId}: every antenna, or these. */
    public record Scope(long actorId, boolean all, Set<Long> antennaIds) {
        public boolean covers(long antennaId) {
            return all || antennaIds.contains(antennaId);
        }
    }

    /** A new staff account; no password and {@code invite}: an invitation is e-mailed to the login. */
    public record StaffCommand(String login, String displayName, List<String> roles, List<Long> groupIds,
            Long producerId, List<Long> antennaIds, Boolean allAntennas, String structure, String password,
            boolean invite) {
    }

    /** A change; a null field stays as it is. Groups and antennas outside the coordinator's scope are kept. */
    public record ChangeCommand(String displayName, List<String> roles, List<Long> groupIds, Long producerId,
            List<Long> antennaIds, Boolean allAntennas, String structure) {
    }

    public enum Status {
        ACTIVE, INVITED, INVITATION_EXPIRED, NO_PASSWORD, INACTIVE
    }

    /** An account with what ties it to antennas, for the pages and the API. */
    public record Details(UserAccount account, Set<Long> groupIds, Set<Long> antennaIds, Long producerId,
            String producerName, Long householdId, Status status) {
    }

    // ---- scope ----

    @Transactional
    public Scope scopeOf(SecurityIdentity identity) {
        UserAccount actor = UserAccount.findByLogin(identity.getPrincipal().getName())
                .orElseThrow(() -> new NotFoundException(messages().error_account_not_found()));
        if (actor.allAntennas) {
            return new Scope(actor.id, true, Set.of());
        }
        return new Scope(actor.id, false, ids("select antenna_id from account_antennas where user_account_id = :a",
                actor.id));
    }

    /** Every antenna the account works for, through its groups, producer, household or own antennas. */
    @Transactional
    public Set<Long> antennasOf(long accountId) {
        return ids("""
                select antenna_id from account_antennas where user_account_id = :a
                union select g.antenna_id from volunteer_groups v join purchasing_groups g on g.id = v.group_id
                      where v.user_account_id = :a
                union select antenna_id from producers where user_account_id = :a
                union select g.antenna_id from households h join purchasing_groups g on g.id = h.group_id
                      where h.user_account_id = :a""", accountId);
    }

    /** The account, if the scope covers it; 404 otherwise. */
    @Transactional
    public UserAccount managed(Scope scope, long id) {
        UserAccount account = UserAccount.<UserAccount>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(messages().error_account_not_found()));
        if (scope.all()) {
            return account;
        }
        if (account.allAntennas || antennasOf(id).stream().noneMatch(scope::covers)) {
            throw new NotFoundException(messages().error_account_not_found());
        }
        return account;
    }

    // ---- reading ----

    @Transactional
    public PageResult<UserAccount> search(Scope scope, String role, String query, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        boolean byRole = role != null && Role.ALL.contains(role);
        if (byRole) {
            where.append(" and (',' || a.roles || ',') like :role");
        }
        boolean byText = query != null && !query.isBlank();
        if (byText) {
            where.append(" and (a.login like :q escape '\\' or lower(a.display_name) like :q escape '\\')");
        }
        if (!scope.all()) {
            where.append(" ").append("""
                     and not a.all_antennas and (
                       exists (select 1 from account_antennas x where x.user_account_id = a.id and x.antenna_id in (:ids))
                       or exists (select 1 from volunteer_groups v join purchasing_groups g on g.id = v.group_id
                                  where v.user_account_id = a.id and g.antenna_id in (:ids))
                       or exists (select 1 from producers p where p.user_account_id = a.id and p.antenna_id in (:ids))
                       or exists (select 1 from households h join purchasing_groups g on g.id = h.group_id
                                  where h.user_account_id = a.id and g.antenna_id in (:ids)))""");
        }
        var count = em.createNativeQuery("select count(*) from user_accounts a" + where);
        var select = em.createNativeQuery("select a.id from user_accounts a" + where
                + " order by lower(a.display_name), a.id limit :size offset :offset");
        for (var q : List.of(count, select)) {
            if (byRole) {
                q.setParameter("role", "%," + role + ",%");
            }
            if (byText) {
                q.setParameter("q", "%" + query.trim().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (!scope.all()) {
                q.setParameter("ids", scope.antennaIds().isEmpty() ? List.of(-1L) : scope.antennaIds());
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Number> ids = select.setParameter("size", size).setParameter("offset", (long) (page - 1) * size).getResultList();
        List<Long> longIds = ids.stream().map(Number::longValue).toList();
        List<UserAccount> found = longIds.isEmpty() ? List.of()
                : UserAccount.<UserAccount>list("id in ?1", longIds).stream()
                        .sorted(Comparator.comparing((UserAccount a) -> longIds.indexOf(a.id))).toList();
        return new PageResult<>(found, page, size, total);
    }

    @Transactional
    public Details details(Scope scope, long id) {
        return details(managed(scope, id));
    }

    Details details(UserAccount account) {
        Set<Long> groups = volunteerGroups.groupsOf(account.id);
        Set<Long> antennas = ids("select antenna_id from account_antennas where user_account_id = :a", account.id);
        Producer producer = Producer.<Producer>find("account.id", account.id).firstResult();
        List<?> household = em.createNativeQuery("select id from households where user_account_id = :a")
                .setParameter("a", account.id).getResultList();
        return new Details(account, groups, antennas, producer == null ? null : producer.id,
                producer == null ? null : producer.name,
                household.isEmpty() ? null : ((Number) household.get(0)).longValue(), status(account));
    }

    @Transactional
    public Status status(UserAccount account) {
        if (!account.active) {
            return Status.INACTIVE;
        }
        if (account.passwordSet) {
            return Status.ACTIVE;
        }
        if (tokens.invitationPending(account.id)) {
            return Status.INVITED;
        }
        return tokens.latestInvitationExpiry(account.id).isPresent() ? Status.INVITATION_EXPIRED : Status.NO_PASSWORD;
    }

    /** Groups a coordinator may give (of its antennas), by antenna then name. */
    @Transactional
    public List<PurchasingGroup> groupsInScope(Scope scope) {
        return PurchasingGroup.<PurchasingGroup>list("from PurchasingGroup g join fetch g.antenna order by g.antenna.name, g.name")
                .stream().filter(g -> scope.covers(g.antenna.id)).toList();
    }

    @Transactional
    public List<Antenna> antennasInScope(Scope scope) {
        return Antenna.<Antenna>list("order by name").stream().filter(a -> scope.covers(a.id)).toList();
    }

    /** Producers of the coordinator's antennas, for the producer choice. */
    @Transactional
    public List<Producer> producersInScope(Scope scope) {
        return Producer.<Producer>list("from Producer p join fetch p.antenna left join fetch p.account order by p.name")
                .stream().filter(p -> scope.covers(p.antenna.id)).toList();
    }

    // ---- writing ----

    @Transactional
    public UserAccount create(Scope scope, StaffCommand command) {
        List<FieldError> errors = new ArrayList<>();
        List<String> roles = roles(command.roles(), errors);
        String login = command.login() == null ? null : command.login().trim();
        if (login != null && login.length() > MAX_LOGIN) {
            errors.add(new FieldError("login", messages().error_too_long(MAX_LOGIN)));
        }
        if (command.invite()) {
            if (command.password() != null && !command.password().isEmpty()) {
                errors.add(new FieldError("password", messages().error_invite_with_password()));
            }
            if (login != null && !login.isEmpty() && !Invitations.looksLikeAnAddress(login)) {
                errors.add(new FieldError("login", messages().error_invite_needs_email()));
            }
        } else {
            try {
                accounts.checkPassword(command.password(), roles);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        checkText(command.displayName(), "displayName", MAX_NAME, errors);
        // Before V48 a coordinator made through the API coordinated everything: a network coordinator creating one
        // without antennas still makes a network coordinator.
        Boolean all = command.allAntennas();
        if (all == null && roles.contains(Role.COORDINATOR) && scope.all()
                && (command.antennaIds() == null || command.antennaIds().isEmpty())) {
            all = true;
        }
        Links links = links(scope, null, roles, command.groupIds(), command.producerId(), command.antennaIds(), all,
                command.structure(), errors);
        if (!scope.all() && links.groups.isEmpty() && links.producer == null && links.antennas.isEmpty()) {
            errors.add(new FieldError("antennaIds", messages().error_outside_scope()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = command.invite()
                ? accounts.createWithoutPassword(login, command.displayName(), roles)
                : accounts.create(login, command.password(), command.displayName(), roles);
        apply(scope, account, roles, links);
        audit.record("ACCOUNT_CREATE", "account:" + account.id, describe(account, links)
                + (command.invite() ? "; invitation envoyée" : "; mot de passe donné par la coordination"));
        if (command.invite()) {
            invitations.invite(account);
        }
        return account;
    }

    @Transactional
    public UserAccount change(Scope scope, long id, ChangeCommand command) {
        UserAccount account = managed(scope, id);
        List<FieldError> errors = new ArrayList<>();
        List<String> roles = command.roles() == null ? account.roleList() : roles(command.roles(), errors);
        if (id == scope.actorId() && !roles.contains(Role.COORDINATOR)) {
            errors.add(new FieldError("roles", messages().error_own_coordinator_role()));
        }
        checkText(command.displayName(), "displayName", MAX_NAME, errors);
        Details before = details(account);
        // What is not sent stays, as long as the roles keep it meaningful.
        Links links = links(scope, account, roles,
                command.groupIds() != null ? command.groupIds()
                        : roles.contains(Role.VOLUNTEER) ? List.copyOf(before.groupIds()) : List.of(),
                command.producerId() != null ? (command.producerId() == 0 ? null : command.producerId())
                        : roles.contains(Role.PRODUCER) ? before.producerId() : null,
                command.antennaIds() != null ? command.antennaIds()
                        : roles.contains(Role.COORDINATOR) || roles.contains(Role.REFERRER)
                                ? List.copyOf(before.antennaIds()) : List.of(),
                command.allAntennas(),
                command.structure() != null ? command.structure()
                        : roles.contains(Role.REFERRER) ? account.structure : null, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (command.displayName() != null && !command.displayName().isBlank()) {
            account.displayName = command.displayName().trim();
        }
        account.roles = String.join(",", roles);
        apply(scope, account, roles, links);
        audit.record("ACCOUNT_CHANGE", "account:" + account.id, describe(account, links));
        changed.fire(new AccountChanged(account.login));
        return account;
    }

    @Transactional
    public UserAccount deactivate(Scope scope, long id) {
        UserAccount account = managed(scope, id);
        if (id == scope.actorId()) {
            throw new ConflictException(messages().error_deactivate_self());
        }
        if (!scope.all() && !scope.antennaIds().containsAll(antennasOf(id))) {
            throw new ConflictException(messages().error_deactivate_outside_scope());
        }
        if (account.active) {
            account.active = false;
            accounts.endSessions(account.login); // every cookie made until now is refused, on every instance
            tokens.voidAll(account.id);
            deactivated.fire(new AccountDeactivated(account.login));
            audit.record("ACCOUNT_DEACTIVATE", "account:" + account.id, account.login);
        }
        return account;
    }

    @Transactional
    public String resendInvitation(Scope scope, long id) {
        UserAccount account = managed(scope, id);
        if (!account.active) {
            throw new ConflictException(messages().error_account_inactive());
        }
        if (account.passwordSet) {
            throw new ConflictException(messages().error_password_already_set());
        }
        String address = invitations.invite(account);
        audit.record("ACCOUNT_INVITATION", "account:" + account.id, "invitation renvoyée à " + address);
        return address;
    }

    // ---- helpers ----

    /** What ties the account to antennas once saved: the groups and antennas within scope, and the others kept. */
    private record Links(Set<Long> groups, Long producer, Set<Long> antennas, boolean allAntennas, String structure) {
    }

    private Links links(Scope scope, UserAccount existing, List<String> roles, List<Long> groupIds, Long producerId,
            List<Long> antennaIds, Boolean allAntennas, String structure, List<FieldError> errors) {
        Set<Long> groups = new TreeSet<>();
        Set<Long> existingGroups = existing == null ? Set.of() : volunteerGroups.groupsOf(existing.id);
        List<Long> requestedGroups = groupIds == null ? List.of() : groupIds;
        if (!requestedGroups.isEmpty() && !roles.contains(Role.VOLUNTEER)) {
            errors.add(new FieldError("groupIds", messages().error_groups_without_volunteer()));
        }
        for (Long groupId : new LinkedHashSet<>(requestedGroups)) {
            PurchasingGroup group = groupId == null ? null : PurchasingGroup.findById(groupId);
            if (group != null && scope.covers(group.antenna.id)) {
                groups.add(groupId);
            } else if (!existingGroups.contains(groupId)) { // another antenna's group of the account stays as it is
                errors.add(new FieldError("groupIds", messages().error_unknown_group(groupId == null ? 0 : groupId)));
            }
        }
        Long producer = null;
        if (producerId != null) {
            Producer p = Producer.findById(producerId);
            if (!roles.contains(Role.PRODUCER)) {
                errors.add(new FieldError("producerId", messages().error_producer_without_role()));
            } else if (p == null || !scope.covers(p.antenna.id)) {
                errors.add(new FieldError("producerId", messages().error_unknown_producer(producerId)));
            } else if (p.account != null && (existing == null || !p.account.id.equals(existing.id))) {
                errors.add(new FieldError("producerId", messages().error_producer_linked(p.account.login)));
            } else {
                producer = producerId;
            }
        }
        Set<Long> antennas = new TreeSet<>();
        Set<Long> existingAntennas = existing == null ? Set.of()
                : ids("select antenna_id from account_antennas where user_account_id = :a", existing.id);
        List<Long> requestedAntennas = antennaIds == null ? List.of() : antennaIds;
        if (!requestedAntennas.isEmpty() && !roles.contains(Role.COORDINATOR) && !roles.contains(Role.REFERRER)) {
            errors.add(new FieldError("antennaIds", messages().error_antennas_without_role()));
        }
        for (Long antennaId : new LinkedHashSet<>(requestedAntennas)) {
            if (antennaId != null && scope.covers(antennaId) && Antenna.findById(antennaId) != null) {
                antennas.add(antennaId);
            } else if (!existingAntennas.contains(antennaId)) {
                errors.add(new FieldError("antennaIds", messages().error_unknown_antenna(antennaId == null ? 0 : antennaId)));
            }
        }
        boolean wasAll = existing != null && existing.allAntennas;
        boolean all = allAntennas == null ? wasAll && roles.contains(Role.COORDINATOR) : allAntennas;
        if (all && !roles.contains(Role.COORDINATOR) || all != wasAll && !scope.all()) {
            // Only the network's coordination makes (or unmakes) a network coordinator.
            errors.add(new FieldError("allAntennas", messages().error_all_antennas_refused()));
        }
        if (roles.contains(Role.COORDINATOR) && !all && antennas.isEmpty()
                && (existing == null || outsideScope(scope, existing).isEmpty())) {
            errors.add(new FieldError("antennaIds", messages().error_coordinator_needs_antennas()));
        }
        String structureText = structure == null || structure.isBlank() ? null : structure.trim();
        if (structureText != null && !roles.contains(Role.REFERRER)) {
            errors.add(new FieldError("structure", messages().error_structure_without_referrer()));
        }
        checkText(structureText, "structure", MAX_STRUCTURE, errors);
        return new Links(groups, producer, antennas, all, structureText);
    }

    /** Antennas of the account's own list that the scope does not cover (kept as they are). */
    private Set<Long> outsideScope(Scope scope, UserAccount account) {
        return ids("select antenna_id from account_antennas where user_account_id = :a", account.id).stream()
                .filter(a -> !scope.covers(a)).collect(Collectors.toSet());
    }

    private void apply(Scope scope, UserAccount account, List<String> roles, Links links) {
        em.flush();
        account.allAntennas = links.allAntennas();
        account.structure = links.structure();
        // Groups: those outside the scope stay; those within are what was asked (none without the volunteer role).
        Set<Long> current = volunteerGroups.groupsOf(account.id);
        Set<Long> groups = new TreeSet<>(current.stream().filter(g -> !scope.covers(groupAntenna(g))).toList());
        if (roles.contains(Role.VOLUNTEER)) {
            groups.addAll(links.groups());
            volunteerGroups.assign(account.id, List.copyOf(groups));
        } else if (!current.isEmpty()) {
            em.createNativeQuery("delete from volunteer_groups where user_account_id = :a").setParameter("a", account.id)
                    .executeUpdate();
        }
        Set<Long> antennas = new TreeSet<>(outsideScope(scope, account));
        if (roles.contains(Role.COORDINATOR) || roles.contains(Role.REFERRER)) {
            antennas.addAll(links.antennas());
        } else {
            antennas.clear();
        }
        em.createNativeQuery("delete from account_antennas where user_account_id = :a").setParameter("a", account.id)
                .executeUpdate();
        for (Long antenna : antennas) {
            em.createNativeQuery("insert into account_antennas (user_account_id, antenna_id) values (:a, :antenna)")
                    .setParameter("a", account.id).setParameter("antenna", antenna).executeUpdate();
        }
        Producer linked = Producer.<Producer>find("account.id", account.id).firstResult();
        Producer wanted = links.producer() == null || !roles.contains(Role.PRODUCER) ? null : Producer.findById(links.producer());
        if (linked != null && (wanted == null || !linked.id.equals(wanted.id)) && scope.covers(linked.antenna.id)) {
            linked.account = null;
        }
        if (wanted != null) {
            wanted.account = account;
        }
        em.flush();
    }

    private long groupAntenna(long groupId) {
        PurchasingGroup group = PurchasingGroup.findById(groupId);
        return group == null ? -1 : group.antenna.id;
    }

    private static List<String> roles(List<String> requested, List<FieldError> errors) {
        List<String> roles = requested == null ? List.of()
                : requested.stream().filter(java.util.Objects::nonNull).map(String::trim).distinct().toList();
        if (roles.isEmpty()) {
            errors.add(new FieldError("roles", messages().error_roles_required()));
        }
        for (String role : roles) {
            if (!Role.ALL.contains(role)) {
                errors.add(new FieldError("roles", Texts.of(AccountMessages.class).error_unknown_role(role)));
            }
        }
        return roles.stream().filter(Role.ALL::contains).toList();
    }

    private static void checkText(String text, String field, int max, List<FieldError> errors) {
        if (text != null && text.trim().length() > max) {
            errors.add(new FieldError(field, messages().error_too_long(max)));
        }
    }

    private static String describe(UserAccount account, Links links) {
        return account.login + " ; rôles " + account.roles + " ; groupements " + links.groups() + " ; antennes "
                + (links.allAntennas() ? "toutes" : links.antennas()) + " ; producteur "
                + (links.producer() == null ? "aucun" : links.producer())
                + (links.structure() == null ? "" : " ; structure " + links.structure());
    }

    @SuppressWarnings("unchecked")
    private Set<Long> ids(String sql, long accountId) {
        return ((List<Number>) em.createNativeQuery(sql).setParameter("a", accountId).getResultList()).stream()
                .map(Number::longValue).collect(Collectors.toCollection(TreeSet::new));
    }

    static AccessMessages messages() {
        return Texts.of(AccessMessages.class);
    }

}
