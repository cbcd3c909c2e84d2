package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** French VAT rates that apply to what the groups buy: food 5,5 %, some drinks 10 %, the rest 20 %. */
public enum VatRate {
    REDUIT(new BigDecimal("5.5")),
    INTERMEDIAIRE(new BigDecimal("10")),
    NORMAL(new BigDecimal("20"));

    private final BigDecimal percent;

    VatRate(BigDecimal percent) {
        this.percent = percent;
    }

    public BigDecimal percent() {
        return percent;
    }

    /** "5,5 %" */
    public String label() {
        return percent.toPlainString().replace('.', ',') + "\u00a0%";
    }

    /** "5,5", "10", "20": the value typed in forms and CSV files. */
    public String decimal() {
        return percent.toPlainString().replace('.', ',');
    }

    public static Optional<VatRate> of(BigDecimal percent) {
        if (percent == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.percent.compareTo(percent) == 0).findFirst();
    }
}
