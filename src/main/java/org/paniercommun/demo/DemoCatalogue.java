package org.paniercommun.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.paniercommun.account.UserAccount;
import org.paniercommun.catalogue.CatalogueService;
import org.paniercommun.catalogue.ProducerCommand;
import org.paniercommun.catalogue.ProductCategory;
import org.paniercommun.catalogue.ProductCommand;
import org.paniercommun.catalogue.SaleUnit;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.kernel.Money;

/**
 * Dev mode only: the producers and products of the demo antenna "VRAC Bassin minier", created through
 * {@link CatalogueService} like real data. Runs after the demo organisation (priority 2); does nothing
 * when the antenna is missing or already has producers.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class);

    static final String ANTENNA = "VRAC Bassin minier";

    @Inject
    CatalogueService catalogue;

    private final Map<Character, Long> groups = new HashMap<>();

    @ActivateRequestContext
    void load(@Observes @Priority(3) StartupEvent event) {
        Optional<Antenna> antenna = Antenna.find("name", ANTENNA).firstResultOptional();
        if (antenna.isEmpty()) {
            LOG.infof("Demo catalogue skipped: no antenna named %s", ANTENNA);
            return;
        }
        long antennaId = antenna.get().id;
        if (catalogue.searchProducers(null, antennaId, null, 1, 1).total() > 0) {
            return;
        }
        group(antennaId, 'L', "Lens");
        group(antennaId, 'V', "Liévin");
        group(antennaId, 'G', "Loos-en-Gohelle");

        long gardener = producer(antennaId, "Les Jardins du Marais de Souchez", "Thomas Delattre",
                "commandes@jardins-souchez.example", "06 12 34 56 01", "Souchez", 9, "Ecocert",
                "Maraîchage bio sur 4 ha, livre le mardi matin au hub de Lens. Légumes de saison uniquement.");
        product(gardener, "Pommes de terre Charlotte", ProductCategory.FRUITS_LEGUMES, SaleUnit.KG, "1", "0", "25",
                "1,20", "0,12", "BL", "Souchez (62)", "LVG", "Chair ferme, idéale vapeur et salade.");
        product(gardener, "Carottes", ProductCategory.FRUITS_LEGUMES, SaleUnit.KG, "0,5", "0", "10", "1,60", "0,12",
                "BL", "Souchez (62)", "LVG", "Carottes de plein champ, non lavées.");
        product(gardener, "Poireaux", ProductCategory.FRUITS_LEGUMES, SaleUnit.KG, "0,5", "0", "10", "2,40", "0,12",
                "BL", "Souchez (62)", "LV", null);
        product(gardener, "Oignons jaunes", ProductCategory.FRUITS_LEGUMES, SaleUnit.KG, "0,5", "0", "10", "1,80",
                "0,12", "BL", "Souchez (62)", "LVG", null);
        product(gardener, "Endives", ProductCategory.FRUITS_LEGUMES, SaleUnit.KG, "0,5", "0", "5", "3,20", "0,15",
                "BL", "Souchez (62)", "LG", "Chicons de pleine terre.");
        product(gardener, "Courge butternut", ProductCategory.FRUITS_LEGUMES, SaleUnit.PIECE, "1", "0", "10", "2,30",
                "0,15", "BL", "Souchez (62)", "VG", "Une courge d'environ 1 kg.");
        product(gardener, "Chou vert", ProductCategory.FRUITS_LEGUMES, SaleUnit.PIECE, "1", "0", "8", "1,80", "0,15",
                "BL", "Souchez (62)", "L", null);
        product(gardener, "Betteraves rouges crues", ProductCategory.FRUITS_LEGUMES, SaleUnit.KG, "0,5", "0", "10",
                "2,10", "0,12", "BL", "Souchez (62)", "LV", null);

        long mill = producer(antennaId, "Moulin de la Lys", "Corinne Vandamme", "moulin@moulin-lys.example",
                "03 28 00 00 02", "Merville", 38, "Ecocert", "Meunier paysan, blés de la Flandre intérieure.");
        product(mill, "Farine de blé T65", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "1,40",
                "0,10", "BL", "Flandre (59)", "LVG", "Farine pour pain et pâtisserie, sac de 25 kg servi en vrac.");
        product(mill, "Farine de blé T80", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "1,55",
                "0,10", "BL", "Flandre (59)", "LV", "Farine bise.");
        product(mill, "Farine de seigle T130", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "2,10",
                "0,10", "BL", "Flandre (59)", "G", null);
        product(mill, "Flocons d'avoine", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "10", "2,80",
                "0,12", "BL", "Flandre (59)", "LVG", null);

        long olive = producer(antennaId, "Cooperativa Olivarera San Isidro", "Lucía Moreno",
                "pedidos@olivarera-sanisidro.example", "+34 953 00 00 03", "Jaén (Espagne)", 1900, "CAAE",
                "Coopérative de 300 oléiculteurs. Palette groupée avec d'autres antennes VRAC, deux fois par an.");
        product(olive, "Huile d'olive vierge extra (bidon 5 L)", ProductCategory.LIQUIDES, SaleUnit.LITRE, "5", "5",
                "5", "9,80", "0,45", "BE", "Andalousie, Espagne", "LVG", "Variété picual, première pression à froid.");
        product(olive, "Huile d'olive vierge extra (bouteille 1 L)", ProductCategory.LIQUIDES, SaleUnit.PIECE, "1",
                "0", "12", "11,50", "0,50", "BE", "Andalousie, Espagne", "LV", null);
        product(olive, "Olives noires", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "5", "9,50", "0,40",
                "B", "Andalousie, Espagne", "L", null);

        long pasta = producer(antennaId, "Pastificio Cooperativo Valle del Sole", "Giuseppe Russo",
                "ordini@valledelsole.example", "+39 080 000 00 04", "Altamura (Italie)", 1950, "ICEA",
                "Pâtes au blé dur des Pouilles, séchage lent. Commande groupée par palette.");
        product(pasta, "Penne rigate", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "12", "3,10", "0,30",
                "B", "Pouilles, Italie", "LVG", null);
        product(pasta, "Spaghetti", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "12", "3,10", "0,30",
                "B", "Pouilles, Italie", "LVG", null);
        product(pasta, "Fusilli complets", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "12", "3,40",
                "0,30", "B", "Pouilles, Italie", "LV", null);
        product(pasta, "Coulis de tomates (bouteille 700 g)", ProductCategory.EPICERIE_SECHE, SaleUnit.PIECE, "1",
                "0", "12", "2,20", "0,20", "B", "Pouilles, Italie", "LVG", null);

        long wholesaler = producer(antennaId, "Échanges Équitables du Nord", "Karim Benali",
                "commandes@echanges-equitables.example", "03 20 00 00 05", "Lille", 36, "Ecocert",
                "Grossiste bio et équitable : café, chocolat, sucre, riz. Franco de port dès 300 €.");
        product(wholesaler, "Café arabica moulu (sachet 1 kg)", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "1", "0",
                "6", "12,00", "0,40", "BE", "Pérou", "LVG", "Coopérative de petits producteurs, torréfié à Lille.");
        product(wholesaler, "Café en grains (sachet 1 kg)", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "1", "0",
                "6", "12,80", "0,40", "BE", "Honduras", "L", null);
        product(wholesaler, "Chocolat noir 70 % (tablette 100 g)", ProductCategory.EPICERIE_SECHE, SaleUnit.PIECE,
                "1", "0", "20", "1,90", "0,05", "BE", "République dominicaine", "LVG", null);
        product(wholesaler, "Cacao en poudre", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "5", "9,50",
                "0,30", "BE", "Pérou", "V", null);
        product(wholesaler, "Sucre de canne complet", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25",
                "3,20", "0,15", "BE", "Paraguay", "LVG", null);
        product(wholesaler, "Riz basmati demi-complet", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "5",
                "3,60", "0,20", "BE", "Inde", "LVG", null);
        product(wholesaler, "Riz long de Camargue", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25",
                "2,90", "0,15", "B", "Camargue, France", "LG", null);

        long orchard = producer(antennaId, "Verger de la Gohelle", "Aline Lemaire", "verger.gohelle@example.org",
                "06 12 34 56 06", "Aix-Noulette", 11, null,
                "Vergers hautes tiges en conversion bio. Jus et cidre pressés à la ferme.");
        product(orchard, "Jus de pomme (bouteille 1 L)", ProductCategory.LIQUIDES, SaleUnit.PIECE, "1", "0", "6",
                "2,10", "0,10", "L", "Aix-Noulette (62)", "LVG", "Vendu par carton de 6 bouteilles consignées.");
        product(orchard, "Jus pomme-poire (bouteille 1 L)", ProductCategory.LIQUIDES, SaleUnit.PIECE, "1", "0", "6",
                "2,40", "0,10", "L", "Aix-Noulette (62)", "LV", null);
        product(orchard, "Cidre brut (bouteille 75 cl)", ProductCategory.LIQUIDES, SaleUnit.PIECE, "1", "0", "6",
                "3,50", "0,10", "L", "Aix-Noulette (62)", "G", null, "20");
        product(orchard, "Pommes Jonagold", ProductCategory.FRUITS_LEGUMES, SaleUnit.KG, "1", "0", "10", "1,90",
                "0,12", "L", "Aix-Noulette (62)", "LVG", null);
        product(orchard, "Vinaigre de cidre (bouteille 1 L)", ProductCategory.EPICERIE_SECHE, SaleUnit.PIECE, "1",
                "0", "6", "2,60", "0,10", "L", "Aix-Noulette (62)", "L", null);

        long soap = producer(antennaId, "Savonnerie de l'Artois", "Julie Caron", "contact@savonnerie-artois.example",
                "03 21 00 00 07", "Arras", 19, null, "Savons saponifiés à froid et lessives en bidon, consigne des bidons.");
        product(soap, "Lessive liquide (bidon 5 L)", ProductCategory.ENTRETIEN, SaleUnit.LITRE, "5", "5", "20",
                "2,40", "0,10", "L", "Arras (62)", "LVG", "Au savon de Marseille, parfum lavande.", "20");
        product(soap, "Liquide vaisselle (bidon 5 L)", ProductCategory.ENTRETIEN, SaleUnit.LITRE, "5", "5", "20",
                "2,90", "0,10", "L", "Arras (62)", "LV", null, "20");
        product(soap, "Vinaigre ménager", ProductCategory.ENTRETIEN, SaleUnit.LITRE, "1", "0", "10", "1,20", "0,08",
                "L", "Arras (62)", "LVG", "Servi en vrac : apportez votre bouteille.", "20");
        product(soap, "Savon surgras au miel", ProductCategory.HYGIENE, SaleUnit.PIECE, "1", "0", "10", "3,80",
                "0,05", "L", "Arras (62)", "LVG", null, "20");
        product(soap, "Shampoing solide", ProductCategory.HYGIENE, SaleUnit.PIECE, "1", "0", "10", "6,50", "0,05",
                "L", "Arras (62)", "V", null, "20");

        long eggs = producer(antennaId, "Élevage des Terrils", "Marc Lefebvre", "elevage.terrils@example.org",
                "06 12 34 56 08", "Grenay", 6, "Ecocert", "Poules pondeuses en plein air, 3 000 poules en deux bâtiments.");
        product(eggs, "Œufs bio (boîte de 6)", ProductCategory.FRAIS, SaleUnit.PIECE, "1", "0", "30", "2,10", "0,10",
                "BL", "Grenay (62)", "LVG", "Calibre moyen, pondus dans la semaine.");
        product(eggs, "Œufs bio (boîte de 12)", ProductCategory.FRAIS, SaleUnit.PIECE, "1", "0", "15", "4,00",
                "0,15", "BL", "Grenay (62)", "LV", null);

        long pulses = producer(antennaId, "Ferme des Hauts de Lorette", "Sophie Dubois", "ferme.lorette@example.org",
                "06 12 34 56 09", "Ablain-Saint-Nazaire", 13, "Ecocert",
                "Légumineuses et céréales bio, triées et ensachées à la ferme. Sacs de 25 kg.");
        product(pulses, "Lentilles vertes", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "3,40",
                "0,12", "BL", "Ablain-Saint-Nazaire (62)", "LVG", null);
        product(pulses, "Lentilles blondes", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "3,20",
                "0,12", "BL", "Ablain-Saint-Nazaire (62)", "LG", null);
        product(pulses, "Pois cassés", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "2,60", "0,12",
                "BL", "Ablain-Saint-Nazaire (62)", "LVG", null);
        product(pulses, "Pois chiches", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "3,30", "0,12",
                "BL", "Ablain-Saint-Nazaire (62)", "LV", null);
        product(pulses, "Haricots lingots", ProductCategory.EPICERIE_SECHE, SaleUnit.KG, "0,5", "0", "25", "5,20",
                "0,12", "BL", "Ablain-Saint-Nazaire (62)", "V", null);

        long dairy = producer(antennaId, "Laiterie du Mont Saint-Éloi", "Hélène Vasseur",
                "laiterie.msteloi@example.org", "06 12 34 56 10", "Mont-Saint-Éloi", 16, "Bureau Veritas",
                "Troupeau de 40 vaches laitières, transformation à la ferme.");
        product(dairy, "Lait entier (bouteille 1 L)", ProductCategory.FRAIS, SaleUnit.LITRE, "1", "0", "6", "1,15",
                "0,10", "BL", "Mont-Saint-Éloi (62)", "LVG", null);
        product(dairy, "Beurre doux (plaquette 250 g)", ProductCategory.FRAIS, SaleUnit.PIECE, "1", "0", "10", "2,80",
                "0,10", "BL", "Mont-Saint-Éloi (62)", "LV", null);
        product(dairy, "Yaourts nature (pack de 4)", ProductCategory.FRAIS, SaleUnit.PIECE, "1", "0", "12", "1,90",
                "0,10", "BL", "Mont-Saint-Éloi (62)", "LVG", null);

        UserAccount.findByLogin("producteur").ifPresent(account -> catalogue.linkAccount(gardener, account.login));
        LOG.infof("Demo catalogue loaded for %s", ANTENNA);
    }

    private void group(long antennaId, char code, String name) {
        PurchasingGroup.<PurchasingGroup>find("antenna.id = ?1 and name = ?2", antennaId, name).firstResultOptional()
                .ifPresent(g -> groups.put(code, g.id));
    }

    private long producer(long antennaId, String name, String contact, String email, String phone, String town,
            int distanceKm, String certifier, String notes) {
        return catalogue.createProducer(new ProducerCommand(antennaId, name, contact, email, phone, town, distanceKm,
                certifier != null, certifier, notes, null)).id();
    }

    private void product(long producerId, String name, ProductCategory category, SaleUnit unit, String step,
            String minimum, String caseSize, String purchase, String logistics, String labels, String origin,
            String groupCodes, String description) {
        product(producerId, name, category, unit, step, minimum, caseSize, purchase, logistics, labels, origin,
                groupCodes, description, "5.5");
    }

    /** labels: B = bio, L = local, E = équitable, U = un prix pour tous; groupCodes: L = Lens, V = Liévin, G = Loos-en-Gohelle. */
    private void product(long producerId, String name, ProductCategory category, SaleUnit unit, String step,
            String minimum, String caseSize, String purchase, String logistics, String labels, String origin,
            String groupCodes, String description, String vat) {
        Set<Long> groupIds = new HashSet<>();
        for (char code : groupCodes.toCharArray()) {
            if (groups.containsKey(code)) {
                groupIds.add(groups.get(code));
            }
        }
        catalogue.createProduct(new ProductCommand(producerId, name, description, category, unit, decimal(step),
                decimal(minimum), decimal(caseSize), Money.parse(purchase), Money.parse(logistics), new BigDecimal(vat),
                labels.contains("B"), labels.contains("L"), labels.contains("E"), labels.contains("U"), origin, groupIds, null));
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
