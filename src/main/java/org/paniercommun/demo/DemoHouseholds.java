package org.paniercommun.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.List;
import java.util.Random;
import org.paniercommun.account.UserAccount;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.household.HouseholdService.MembershipCommand;
import org.paniercommun.household.MembershipKind;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.RelayPoint;

/**
 * Dev mode only: 64 households spread over the relay points and the three tiers (about 45 % tier 1,
 * 35 % tier 2, 20 % tier 3), most without e-mail, as in real neighbourhoods. Seeded, so every dev start
 * looks the same.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoHouseholds {

    private static final List<String> NAMES = List.of("Benali", "Dupont", "Lefebvre", "Kaci", "Martin", "Nowak",
            "Diallo", "Leroy", "Bouchez", "Haddad", "Wiśniewski", "Petit", "Moreau", "Traoré", "Delattre", "Mansouri",
            "Lemaire", "Kowalski", "Caron", "Ndiaye", "Dubois", "Boulanger", "Ait Ali", "Fontaine", "Carpentier",
            "Rahmani", "Dumont", "Szymański", "Lambert", "Cissé", "Vasseur", "Bensaïd");

    @Inject
    HouseholdService households;

    @Inject
    OrganisationService organisation;

    @Transactional
    void load(@Observes @Priority(4) StartupEvent event) {
        if (Household.count() > 0) {
            return;
        }
        List<RelayPoint> points = organisation.relayPoints(true);
        if (points.isEmpty()) {
            return;
        }
        Random random = new Random(2026);
        int year = Year.now().getValue();
        for (int i = 0; i < 64; i++) {
            RelayPoint point = points.get(i % points.size());
            int draw = random.nextInt(100);
            int tier = draw < 45 ? 1 : draw < 80 ? 2 : 3;
            String name = i % 5 == 4 ? "Foyer n° " + (100 + i) : "Famille " + NAMES.get(i % NAMES.size())
                    + (i >= NAMES.size() ? " (" + point.group.name + ")" : "");
            String email = i % 3 == 0 ? "foyer" + i + "@exemple.org" : null;
            String phone = i % 2 == 0 ? String.format("06 %02d %02d %02d %02d", random.nextInt(100),
                    random.nextInt(100), random.nextInt(100), random.nextInt(100)) : null;
            MembershipCommand membership = tier == 3 && i % 2 == 0
                    ? new MembershipCommand(year, MembershipKind.SOLIDAIRE, 2000L + 500L * random.nextInt(3), true)
                    : new MembershipCommand(year, MembershipKind.QUARTIER, null, random.nextInt(10) < 8);
            Household household = households.register(new HouseholdCommand(name, 1 + random.nextInt(6), email, phone,
                    point.group.id, point.id, tier), membership);
            if (i == 0) {
                UserAccount.findByLogin("foyer").ifPresent(account -> household.userAccount = account);
            }
        }
    }
}
