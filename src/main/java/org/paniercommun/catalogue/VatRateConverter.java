package org.paniercommun.catalogue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores a {@link VatRate} as its percentage, as the {@code vat_rate numeric(4,1)} column expects. */
@Converter
public class VatRateConverter implements AttributeConverter<VatRate, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(VatRate rate) {
        return rate == null ? null : rate.percent();
    }

    @Override
    public VatRate convertToEntityAttribute(BigDecimal percent) {
        return percent == null ? null
                : VatRate.of(percent).orElseThrow(() -> new IllegalStateException("Unknown VAT rate " + percent));
    }
}
