package org.paniercommun.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.OrganisationService;
import org.paniercommun.organisation.OrganisationService.AntennaCommand;
import org.paniercommun.organisation.OrganisationService.GroupCommand;
import org.paniercommun.organisation.OrganisationService.RelayPointCommand;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.organisation.VolunteerGroups;
import org.paniercommun.account.UserAccount;

/**
 * Dev mode only: the antenna "VRAC Bassin minier" with its three purchasing groups and their relay
 * points, created through the same service as real data.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoOrganisation {

    public static final String ANTENNA = "VRAC Bassin minier";

    @Inject
    OrganisationService organisation;

    @Inject
    VolunteerGroups volunteers;

    @Transactional
    void load(@Observes @Priority(2) StartupEvent event) {
        if (Antenna.count("name", ANTENNA) > 0) {
            return;
        }
        Antenna antenna = organisation.createAntenna(new AntennaCommand(ANTENNA, "Lens", "contact@vrac-bassinminier.example"));
        PurchasingGroup lens = organisation.createGroup(new GroupCommand(antenna.id, "Lens", "Lens",
                "Cités 9 et 12, quartier de la Grande Résidence"));
        PurchasingGroup lievin = organisation.createGroup(new GroupCommand(antenna.id, "Liévin", "Liévin",
                "Quartiers Marichelles et Calonne"));
        PurchasingGroup loos = organisation.createGroup(new GroupCommand(antenna.id, "Loos-en-Gohelle", "Loos-en-Gohelle",
                "Cité 5 et centre-ville"));
        organisation.createRelayPoint(new RelayPointCommand(lens.id, "Centre social Alfred Lefebvre",
                "Rue Alfred Lefebvre, 62300 Lens", "mercredi 14 h – 17 h", "Accueil : 03 21 00 00 01"));
        organisation.createRelayPoint(new RelayPointCommand(lens.id, "Association Cité 12 Solidaire",
                "Place de la Cité 12, 62300 Lens", "vendredi 16 h – 18 h", "Samira, référente bénévole"));
        organisation.createRelayPoint(new RelayPointCommand(lievin.id, "Centre social Marichelles",
                "Rue des Marichelles, 62800 Liévin", "mardi 14 h – 17 h", "Accueil : 03 21 00 00 02"));
        organisation.createRelayPoint(new RelayPointCommand(lievin.id, "Place à vivres de Calonne",
                "Chalet place de Calonne, 62800 Liévin", "samedi 10 h – 12 h", "Jean-Marc, bénévole"));
        UserAccount.findByLogin("benevole").ifPresent(volunteer ->
                volunteers.assign(volunteer.id, java.util.List.of(lens.id, lievin.id, loos.id)));
        organisation.createRelayPoint(new RelayPointCommand(loos.id, "Salle de la médiathèque",
                "Rue de la Gare, 62750 Loos-en-Gohelle", "jeudi 15 h – 18 h", "Médiathèque : 03 21 00 00 03"));
    }
}
