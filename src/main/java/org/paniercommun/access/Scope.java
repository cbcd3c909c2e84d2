package org.paniercommun.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paniercommun.account.Role;

/**
 * The scope of the request's account (issue 21): which antennas, groups, household and producer it may read and
 * change. {@link ScopeFilter} checks every object an address names; resources and services ask this bean for what a
 * body names (a household's new group, a round's antenna) and to filter their lists. Outside the scope the answer is
 * 404, the same as for an object that does not exist, so a request cannot learn what exists elsewhere.
 */
@RequestScoped
public class Scope {

    @Inject
    SecurityIdentity identity;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    private Reach reach;

    /**
     * The antennas the current request may see, for lists: null means all (no request, as at start-up or in a
     * scheduled job; an anonymous visitor of the public pages; a network coordinator).
     */
    public static Set<Long> visibleAntennasNow() {
        Scope scope = current();
        return scope == null ? null : scope.visibleAntennas();
    }

    /**
     * What the current request sees of households and of what belongs to a group, as staff: null means all; else the
     * antennas it coordinates and the groups it volunteers for ({@link GroupFilter}).
     */
    public static GroupFilter staffFilterNow() {
        Scope scope = current();
        if (scope == null) {
            return null;
        }
        Set<Long> antennas = scope.coordinatedAntennas();
        return antennas == null ? null : new GroupFilter(antennas, scope.volunteerGroups());
    }

    /** Antennas coordinated and groups volunteered for; a list shows a row when either holds it. */
    public record GroupFilter(Set<Long> antennas, Set<Long> groups) {
        /** An HQL condition on an antenna id and a group id expression, with parameters scopeAntennas and scopeGroups. */
        public String condition(String antennaExpression, String groupExpression) {
            return "(" + antennaExpression + " in :scopeAntennas or " + groupExpression + " in :scopeGroups)";
        }

        /** The ids, never empty (HQL refuses an empty list): -1 matches nothing. */
        public Set<Long> antennaIds() {
            return antennas.isEmpty() ? Set.of(-1L) : antennas;
        }

        public Set<Long> groupIds() {
            return groups.isEmpty() ? Set.of(-1L) : groups;
        }
    }

    /** Whether the current request reaches the object; true outside a request with an account. */
    public static boolean reachesNow(ObjectKind kind, long id) {
        Scope scope = current();
        return scope == null || scope.reaches(kind, id);
    }

    /** The request's scope when there is a request with an account, else null. */
    private static Scope current() {
        if (!io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return null;
        }
        Scope scope = io.quarkus.arc.Arc.container().instance(Scope.class).get();
        return scope.anonymous() ? null : scope;
    }

    /** An id filter for HQL: null stays null (all); an empty set becomes {-1} (none). */
    public static Set<Long> orNone(Set<Long> ids) {
        return ids == null || !ids.isEmpty() ? ids : Set.of(-1L);
    }

    /** The account's reach, read once per request. */
    public Reach reach() {
        if (reach == null) {
            reach = identity.isAnonymous() ? Reach.NONE : read(sql -> loadReach(sql, identity.getPrincipal().getName()));
        }
        return reach;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    /** Whether one of the account's roles reaches the object. */
    public boolean reaches(ObjectKind kind, long id) {
        return reaches(kind, id, identity.getRoles());
    }

    /**
     * The antennas the request may see anything of, in any of its roles; null means all (a network coordinator).
     */
    public Set<Long> visibleAntennas() {
        Reach r = reach();
        if (identity.hasRole(Role.COORDINATOR) && r.allAntennas()) {
            return null;
        }
        Set<Long> antennas = new LinkedHashSet<>();
        if (identity.hasRole(Role.COORDINATOR)) {
            antennas.addAll(r.coordinatedAntennas());
        }
        if (identity.hasRole(Role.VOLUNTEER)) {
            antennas.addAll(r.volunteerAntennas());
        }
        if (identity.hasRole(Role.HOUSEHOLD) && r.householdAntenna() != null) {
            antennas.add(r.householdAntenna());
        }
        if (identity.hasRole(Role.PRODUCER) && r.producerAntenna() != null) {
            antennas.add(r.producerAntenna());
        }
        if (identity.hasRole(Role.REFERRER)) {
            antennas.addAll(r.referrerAntennas());
        }
        return antennas;
    }

    /** The antennas the request coordinates; null means all. */
    public Set<Long> coordinatedAntennas() {
        Reach r = reach();
        if (!identity.hasRole(Role.COORDINATOR)) {
            return Set.of();
        }
        return r.allAntennas() ? null : r.coordinatedAntennas();
    }

    /** The purchasing groups the request acts for as a volunteer (a coordinator's antennas are apart). */
    public Set<Long> volunteerGroups() {
        return identity.hasRole(Role.VOLUNTEER) ? reach().volunteerGroups() : Set.of();
    }

    /** 404 unless one of the roles the request acts in reaches the object. */
    public void require(ObjectKind kind, long id, Collection<String> roles) {
        if (!reaches(kind, id, roles)) {
            throw new NotFoundException(kind.missing());
        }
    }

    /**
     * For an id a command names (not the address): refused as a field error, with the words used for an id that
     * does not exist. Nothing to check outside a request with an account.
     */
    public static void requireField(String field, ObjectKind kind, Long id) {
        if (id == null || !io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return;
        }
        Scope scope = io.quarkus.arc.Arc.container().instance(Scope.class).get();
        if (!scope.anonymous() && !scope.reaches(kind, id)) {
            throw new org.paniercommun.kernel.InvalidInputException(field, kind.missing());
        }
    }

    /** An object an address names. */
    public record Target(ObjectKind kind, long id) {
    }

    /**
     * 404 unless one of the roles reaches each target. When the reach is still to be read (the scope filter, before
     * anything else of the request), it is read with the targets' homes in one statement: one round trip and one
     * connection for the whole check instead of one per object (issue 25).
     */
    public void requireAll(List<Target> targets, Collection<String> roles) {
        if (reach != null || identity.isAnonymous() || targets.stream().anyMatch(t -> t.kind().homeQuery == null)) {
            reach();
            targets.forEach(t -> require(t.kind(), t.id(), roles));
            return;
        }
        Set<String> acting = acting(roles);
        read(sql -> {
            List<Object> rows = sql.list(reachWithHomes(targets.stream().map(Target::kind).toList()),
                    reachWithHomesParameters(identity.getPrincipal().getName(), targets));
            Object[] row = (Object[]) rows.get(0);
            reach = row[0] == null ? Reach.NONE : reach(row);
            for (int i = 0; i < targets.size(); i++) {
                int at = REACH_COLUMNS + i * HOME_COLUMNS;
                // Each home's columns start with "found" (true when the object exists), then its four ids.
                Optional<Home> home = row[at] == null ? Optional.empty() : Optional.of(home(row, at + 1));
                if (acting.isEmpty() || !reaches(sql, acting, home)) {
                    throw new NotFoundException(targets.get(i).kind().missing());
                }
            }
            return null;
        });
    }

    private Set<String> acting(Collection<String> roles) {
        Set<String> acting = new HashSet<>(roles);
        acting.retainAll(identity.getRoles());
        return acting;
    }

    private boolean reaches(Sql sql, Set<String> acting, Optional<Home> home) {
        Reach r = reach();
        return home.isPresent() && AccessRules.reaches(r, acting, home.get(),
                household -> referred(sql, r.accountId(), household));
    }

    public boolean reaches(ObjectKind kind, long id, Collection<String> roles) {
        Set<String> acting = acting(roles);
        if (acting.isEmpty()) {
            return false;
        }
        Reach r = reach();
        if (kind == ObjectKind.ACCOUNT) {
            return id == r.accountId() || (acting.contains(Role.COORDINATOR) && read(sql -> {
                Set<Long> antennas = accountAntennas(sql, id);
                return antennas != null && (r.allAntennas() || antennas.isEmpty()
                        || antennas.stream().anyMatch(r.coordinatedAntennas()::contains));
            }));
        }
        return read(sql -> reaches(sql, acting, home(sql, kind, id)));
    }

    /**
     * Runs a read in the request's transaction when there is one (one connection per request), else on a connection of
     * its own, by plain JDBC: the scope filter's one statement per request, without Hibernate working out the
     * columns' types of a native query at each execution (issue 25).
     */
    private <T> T read(Function<Sql, T> work) {
        if (QuarkusTransaction.isActive()) {
            return work.apply((query, parameters) -> {
                jakarta.persistence.Query jpa = em.createNativeQuery(query);
                for (int i = 0; i < parameters.length; i++) {
                    jpa.setParameter(i + 1, parameters[i]);
                }
                @SuppressWarnings("unchecked")
                List<Object> rows = jpa.getResultList();
                return rows;
            });
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.apply((query, parameters) -> jdbcList(connection, query, parameters));
        } catch (SQLException e) {
            throw new IllegalStateException("The scope of the request could not be read", e);
        }
    }

    /**
     * A native read with numbered parameters ({@code ?1}); each row as its one value or, with several columns, an
     * array, as Hibernate's native queries give them.
     */
    interface Sql {
        List<Object> list(String query, Object... parameters);
    }

    private static final Pattern NUMBERED_PARAMETER = Pattern.compile("\\?(\\d+)");

    private static List<Object> jdbcList(Connection connection, String query, Object... parameters) {
        List<Integer> order = new ArrayList<>();
        Matcher numbered = NUMBERED_PARAMETER.matcher(query);
        while (numbered.find()) {
            order.add(Integer.parseInt(numbered.group(1)));
        }
        try (PreparedStatement statement = connection.prepareStatement(numbered.replaceAll("?"))) {
            for (int i = 0; i < order.size(); i++) {
                statement.setObject(i + 1, parameters[order.get(i) - 1]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object> rows = new ArrayList<>();
                while (rs.next()) {
                    if (columns == 1) {
                        rows.add(rs.getObject(1));
                    } else {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The scope of the request could not be read", e);
        }
    }

    private static Optional<Home> home(Sql sql, ObjectKind kind, long id) {
        List<Object> rows = sql.list(kind.homeQuery.replace("= ?", "= ?1"), id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(home((Object[]) rows.get(0), 0));
    }

    /** The home read in four columns of a row from {@code at}: antenna, group, household, producer. */
    private static Home home(Object[] row, int at) {
        return new Home(asLong(row[at]), asLong(row[at + 1]), asLong(row[at + 2]), asLong(row[at + 3]));
    }

    /**
     * The antennas an account works in (coordinated or referred for, its groups', its household's, its producer's);
     * null when there is no such account. An account attached nowhere yet is any coordinator's to attach.
     */
    private static Set<Long> accountAntennas(Sql sql, long accountId) {
        List<Object> rows = sql.list("select array_to_string(array(select antenna_id from account_antennas"
                + " where user_account_id = a.id"
                + " union select g.antenna_id from volunteer_groups v join purchasing_groups g on g.id = v.group_id"
                + " where v.user_account_id = a.id"
                + " union select g.antenna_id from households h join purchasing_groups g on g.id = h.group_id"
                + " where h.user_account_id = a.id"
                + " union select p.antenna_id from producers p where p.user_account_id = a.id), ',')"
                + " from user_accounts a where a.id = ?1", accountId);
        return rows.isEmpty() ? null : ids(rows.get(0));
    }

    private static boolean referred(Sql sql, long accountId, long household) {
        return !sql.list("select 1 from basket_referrals where referrer_id = ?1 and household_id = ?2", accountId,
                household).isEmpty();
    }

    /**
     * Read at every request, so its plan matters at scale: the household and the producer are joined laterally with
     * {@code limit 1} (at most one of each per account). Plain left joins on {@code user_account_id}, a column nearly
     * always null (most households have no login), made PostgreSQL expect a row per household and producer (500,000 at
     * the benchmark's ×10), priced the three lists once per row above its JIT threshold, and compile the query at each
     * request: 2.7 s with 50,000 households, orders at a third of their pace with 20,000 (issue 25).
     */
    static final String REACH_QUERY = """
                select a.id, a.all_antennas,
                  array_to_string(array(select antenna_id from account_antennas where user_account_id = a.id), ','),
                  array_to_string(array(select group_id from volunteer_groups where user_account_id = a.id), ','),
                  array_to_string(array(select g.antenna_id from volunteer_groups v
                        join purchasing_groups g on g.id = v.group_id where v.user_account_id = a.id), ','),
                  h.id, h.group_id, h.antenna_id, p.id, p.antenna_id
                from user_accounts a
                left join lateral (select h.id, h.group_id, hg.antenna_id from households h
                      left join purchasing_groups hg on hg.id = h.group_id where h.user_account_id = a.id limit 1) h on true
                left join lateral (select p.id, p.antenna_id from producers p
                      where p.user_account_id = a.id limit 1) p on true
                where a.login = ?1 and a.active""";

    private static final int REACH_COLUMNS = 10;

    private static final int HOME_COLUMNS = 5;

    private static final Map<List<ObjectKind>, String> REACH_WITH_HOMES = new ConcurrentHashMap<>();

    /**
     * The reach and the homes of the objects an address names, in one row: the reach's columns (all null when the
     * account is gone), then for each object whether it exists and its home. Each part is planned as on its own (the
     * reach as {@link #REACH_QUERY}, each home by its primary key), joined to a one-row table.
     */
    static String reachWithHomes(List<ObjectKind> kinds) {
        return REACH_WITH_HOMES.computeIfAbsent(List.copyOf(kinds), k -> {
            StringBuilder columns = new StringBuilder("select r.*");
            StringBuilder from = new StringBuilder(" from (values (1)) one (x) left join (").append(REACH_QUERY)
                    .append(") r (account, all_antennas, antennas, volunteer_groups, volunteer_antennas, household, ")
                    .append("household_group, household_antenna, producer, producer_antenna) on true");
            for (int i = 0; i < k.size(); i++) {
                String query = k.get(i).homeQuery;
                columns.append(", o").append(i).append(".*");
                from.append(" left join (select true, ").append(query.substring("select ".length())
                        .replace("= ?", "= ?" + (i + 2))).append(") o").append(i).append(" (found").append(i)
                        .append(", antenna").append(i).append(", group").append(i).append(", household").append(i)
                        .append(", producer").append(i).append(") on true");
            }
            return columns.append(from).toString();
        });
    }

    static Object[] reachWithHomesParameters(String login, List<Target> targets) {
        Object[] parameters = new Object[targets.size() + 1];
        parameters[0] = login;
        for (int i = 0; i < targets.size(); i++) {
            parameters[i + 1] = targets.get(i).id();
        }
        return parameters;
    }

    private static Reach loadReach(Sql sql, String login) {
        List<Object> rows = sql.list(REACH_QUERY, login);
        return rows.isEmpty() ? Reach.NONE : reach((Object[]) rows.get(0));
    }

    private static Reach reach(Object[] row) {
        Set<Long> antennas = ids(row[2]);
        return new Reach(asLong(row[0]), Boolean.TRUE.equals(row[1]), antennas, ids(row[3]), ids(row[4]),
                asLong(row[5]), asLong(row[6]), asLong(row[7]), asLong(row[8]), asLong(row[9]), antennas);
    }

    /**
     * Ids written as text ("3,7"): an SQL array column would make Hibernate work out its type again at every request,
     * throwing and catching an exception each time (a tenth of the scope check's time in the benchmark of issue 25).
     */
    private static Set<Long> ids(Object text) {
        if (text == null || text.toString().isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : text.toString().split(",")) {
            ids.add(Long.parseLong(id));
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
