package org.paniercommun.catalogue;

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
        @NotNull(message = "Choisissez l'antenne.") Long antennaId,
        @NotBlank(message = "Le nom est obligatoire.")
        @Size(max = 160, message = "Le nom fait au plus 160 caractères.") String name,
        @Size(max = 120, message = "Le nom du contact fait au plus 120 caractères.") String contactName,
        @Email(message = "L'adresse e-mail n'est pas valide (exemple : contact@ferme.fr).")
        @Size(max = 254, message = "L'adresse e-mail fait au plus 254 caractères.") String email,
        @Size(max = 40, message = "Le téléphone fait au plus 40 caractères.") String phone,
        @Size(max = 120, message = "La commune fait au plus 120 caractères.") String town,
        @PositiveOrZero(message = "La distance ne peut pas être négative.") Integer distanceKm,
        boolean organicCertified,
        @Size(max = 120, message = "Le certificateur fait au plus 120 caractères.") String certifier,
        @Size(max = 2000, message = "Les notes font au plus 2000 caractères.") String notes,
        Long version) {
}
