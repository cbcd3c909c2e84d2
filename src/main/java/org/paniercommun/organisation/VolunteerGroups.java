package org.paniercommun.organisation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.paniercommun.access.Scope;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.Texts;

/**
 * Which purchasing groups each volunteer works for. Coordinators act for every group; a volunteer only
 * for the groups a coordinator gave them.
 */
@ApplicationScoped
public class VolunteerGroups {

    @Inject
    EntityManager em;

    @Inject
    OrganisationService organisation;

    @Transactional
    public Set<Long> assign(long accountId, List<Long> groupIds) {
        UserAccount account = UserAccount.<UserAccount>findByIdOptional(accountId)
                .orElseThrow(() -> new NotFoundException(Texts.of(OrganisationMessages.class).error_account_not_found()));
        if (!account.hasRole(Role.VOLUNTEER)) {
            throw new InvalidInputException("accountId", Texts.of(OrganisationMessages.class).error_not_a_volunteer());
        }
        groupIds.forEach(organisation::group);
        groupIds.forEach(id -> Scope.requireField("groupIds", org.paniercommun.access.ObjectKind.GROUP, id));
        em.createNativeQuery("delete from volunteer_groups where user_account_id = :account")
                .setParameter("account", accountId).executeUpdate();
        for (Long groupId : new TreeSet<>(groupIds)) {
            em.createNativeQuery("insert into volunteer_groups (user_account_id, group_id) values (:account, :group)")
                    .setParameter("account", accountId).setParameter("group", groupId).executeUpdate();
        }
        return groupsOf(accountId);
    }

    public Set<Long> groupsOf(long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select group_id from volunteer_groups where user_account_id = :account")
                .setParameter("account", accountId).getResultList();
        Set<Long> groups = new TreeSet<>();
        ids.forEach(id -> groups.add(id.longValue()));
        return groups;
    }

    /**
     * Groups the logged-in person may act for as staff: the groups of the antennas it coordinates and those it
     * volunteers for; null means all (a network coordinator).
     */
    public Set<Long> scopeOf(SecurityIdentity identity) {
        Scope.GroupFilter filter = Scope.staffFilterNow();
        if (filter == null) {
            return identity.hasRole(Role.COORDINATOR) ? null
                    : UserAccount.findByLogin(identity.getPrincipal().getName()).map(a -> groupsOf(a.id))
                            .orElse(Set.of());
        }
        Set<Long> groups = new TreeSet<>(filter.groups());
        if (!filter.antennas().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from purchasing_groups where antenna_id in (:antennas)")
                    .setParameter("antennas", filter.antennas()).getResultList();
            ids.forEach(id -> groups.add(id.longValue()));
        }
        return groups;
    }

    /** 404 unless the logged-in person is a coordinator of this group's antenna or a volunteer of this group. */
    public void requireMayActFor(SecurityIdentity identity, long groupId) {
        requireMayActFor(identity, () -> groupId);
    }

    /** As above, looking the group up only when the person is not a network coordinator. */
    public void requireMayActFor(SecurityIdentity identity, java.util.function.LongSupplier groupId) {
        Set<Long> scope = scopeOf(identity);
        if (scope != null && !scope.contains(groupId.getAsLong())) {
            throw new NotFoundException(Texts.of(org.paniercommun.access.ScopeMessages.class).missing_group());
        }
    }
}
