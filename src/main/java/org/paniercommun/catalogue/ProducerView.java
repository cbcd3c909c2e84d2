package org.paniercommun.catalogue;

/** A producer as the API and pages show it. */
public record ProducerView(long id, long antennaId, String antennaName, String name, String contactName,
        String email, String phone, String town, Integer distanceKm, boolean organicCertified, String certifier,
        String notes, String accountLogin, boolean active, long version) {

    static ProducerView of(Producer p) {
        return new ProducerView(p.id, p.antenna.id, p.antenna.name, p.name, p.contactName, p.email, p.phone, p.town,
                p.distanceKm, p.organicCertified, p.certifier, p.notes, p.account == null ? null : p.account.login,
                p.active, p.version);
    }
}
