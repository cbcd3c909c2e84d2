package org.paniercommun.catalogue;

import org.jboss.resteasy.reactive.RestForm;

/** The producer form as typed, kept as text so a refused form comes back exactly as it was sent. */
class ProducerForm {

    @RestForm
    public String antennaId;
    @RestForm
    public String name;
    @RestForm
    public String contactName;
    @RestForm
    public String email;
    @RestForm
    public String phone;
    @RestForm
    public String town;
    @RestForm
    public String distanceKm;
    @RestForm
    public String organicCertified;
    @RestForm
    public String certifier;
    @RestForm
    public String notes;
    @RestForm
    public String version;

    static ProducerForm of(ProducerView p) {
        ProducerForm form = new ProducerForm();
        form.antennaId = String.valueOf(p.antennaId());
        form.name = p.name();
        form.contactName = p.contactName();
        form.email = p.email();
        form.phone = p.phone();
        form.town = p.town();
        form.distanceKm = p.distanceKm() == null ? null : String.valueOf(p.distanceKm());
        form.organicCertified = p.organicCertified() ? "on" : null;
        form.certifier = p.certifier();
        form.notes = p.notes();
        form.version = String.valueOf(p.version());
        return form;
    }

    public boolean isOrganic() {
        return organicCertified != null;
    }

    ProducerCommand toCommand(Inputs in) {
        return new ProducerCommand(in.id("antennaId", antennaId), name, contactName, email, phone, town,
                in.integer("distanceKm", distanceKm), in.yesNo("organicCertified", organicCertified), certifier, notes,
                in.id("version", version));
    }
}
