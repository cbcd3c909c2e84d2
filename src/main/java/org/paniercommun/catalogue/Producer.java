package org.paniercommun.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.paniercommun.account.UserAccount;
import org.paniercommun.organisation.Antenna;

/** Producteur / fournisseur of an antenna: a farm, a cooperative, a wholesaler. */
@Entity
@Table(name = "producers")
public class Producer extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "antenna_id")
    public Antenna antenna;

    public String name;

    @Column(name = "contact_name")
    public String contactName;

    /** Where purchase orders and statements are sent. */
    public String email;

    public String phone;

    public String town;

    /** Distance from the antenna's hub, in km (local-share reporting). */
    @Column(name = "distance_km")
    public Integer distanceKm;

    @Column(name = "organic_certified")
    public boolean organicCertified;

    public String certifier;

    public String notes;

    /** The producer's own login (role PRODUCER), if it has one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_account_id")
    public UserAccount account;

    public boolean active = true;

    @Version
    public long version;

    public static Optional<Producer> findByAccountLogin(String login) {
        // The antenna and account come in the same statement: a producer's own pages read them before calling a
        // transactional service, and a lazy load outside a transaction would keep its connection meanwhile.
        return find("from Producer p join fetch p.antenna join fetch p.account a where a.login = ?1",
                UserAccount.normalizeLogin(login)).firstResultOptional();
    }

    public static Optional<Producer> findByName(long antennaId, String name) {
        return find("antenna.id = ?1 and lower(name) = lower(?2)", antennaId, name.trim()).firstResultOptional();
    }
}
