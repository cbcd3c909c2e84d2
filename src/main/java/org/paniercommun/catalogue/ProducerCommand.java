package org.paniercommun.catalogue;

import org.paniercommun.access.InScope;
import org.paniercommun.access.ObjectKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator sends to create or change a producer (JSON body, form, demo data). {@code version}
 * is the version that was read, for updates; null skips the concurrent-edit check.
 */
public record ProducerCommand(
        @NotNull(message = "{panier.catalogue.producer.antenna_id.required}") @InScope(ObjectKind.ANTENNA) Long antennaId,
        @NotBlank(message = "{panier.catalogue.producer.name.required}")
        @Size(max = 160, message = "{panier.catalogue.producer.name.too_long}") String name,
        @Size(max = 120, message = "{panier.catalogue.producer.contact_name.too_long}") String contactName,
        @Email(message = "{panier.catalogue.producer.email.invalid}")
        @Size(max = 254, message = "{panier.catalogue.producer.email.too_long}") String email,
        @Size(max = 40, message = "{panier.catalogue.producer.phone.too_long}") String phone,
        @Size(max = 120, message = "{panier.catalogue.producer.town.too_long}") String town,
        @PositiveOrZero(message = "{panier.catalogue.producer.distance_km.negative}") Integer distanceKm,
        boolean organicCertified,
        @Size(max = 120, message = "{panier.catalogue.producer.certifier.too_long}") String certifier,
        @Size(max = 2000, message = "{panier.catalogue.producer.notes.too_long}") String notes,
        Long version) {
}
