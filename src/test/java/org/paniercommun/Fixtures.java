package org.paniercommun;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.OrganisationService.AntennaCommand;
import org.paniercommun.organisation.OrganisationService.GroupCommand;
import org.paniercommun.organisation.OrganisationService.RelayPointCommand;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.RelayPoint;

/** Builds test data through the real services, with unique names so tests never collide. */
@ApplicationScoped
public class Fixtures {

    @Inject
    OrganisationService organisation;

    @Inject
    HouseholdService households;

    @Inject
    TestAccounts accounts;

    @Inject
    org.paniercommun.organisation.VolunteerGroups volunteerGroups;

    public record Place(Antenna antenna, PurchasingGroup group, RelayPoint relayPoint) {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Place place() {
        Antenna antenna = organisation.createAntenna(new AntennaCommand(unique("Antenne"), "Lens", null));
        PurchasingGroup group = organisation.createGroup(new GroupCommand(antenna.id, unique("Groupe"), "Lens", null));
        RelayPoint point = organisation.createRelayPoint(new RelayPointCommand(group.id, unique("Centre social"),
                "1 rue de la Mine, 62300 Lens", "mardi 14 h – 17 h", "accueil 03 21 00 00 00"));
        return new Place(antenna, group, point);
    }

    /** A volunteer login working for this place's group. */
    public String volunteerOf(Place place) {
        String login = accounts.create(org.paniercommun.account.Role.VOLUNTEER);
        long accountId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.paniercommun.account.UserAccount.findByLogin(login).orElseThrow().id);
        volunteerGroups.assign(accountId, java.util.List.of(place.group().id));
        return login;
    }

    public Household household(Place place, String name, int tier) {
        return households.register(new HouseholdCommand(name, 3, null, null, place.group().id, place.relayPoint().id,
                tier), null);
    }
}
