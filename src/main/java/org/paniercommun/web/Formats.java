package org.paniercommun.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.paniercommun.kernel.Dates;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;

/** Template helpers: {@code {product.costPriceCents.euros}}, {@code {line.quantity.qty}}, {@code {day.longDate}}. */
@TemplateExtension
public class Formats {

    /** "mardi 15 décembre 2026" ({@link Dates}, the one formatter of dates people read). */
    public static String longDate(LocalDate date) {
        return Dates.day(date);
    }

    /** "mercredi 2 décembre 2026 à 14 h 05", in French time. */
    static String moment(Instant instant) {
        return Dates.dayAndTime(instant);
    }

    /** "mercredi 2 décembre 2026 à 14 h 05". */
    static String moment(LocalDateTime dateTime) {
        return Dates.dayAndTime(dateTime);
    }

    /** "2026-12-12", for {@code <input type="date">} values only. */
    static String iso(LocalDate date) {
        return Dates.iso(date);
    }

    static String euros(long cents) {
        return Money.format(cents);
    }

    static String euros(Long cents) {
        return cents == null ? "" : Money.format(cents);
    }

    static String decimalEuros(Long cents) {
        return cents == null ? "" : Money.decimal(cents);
    }

    /** A share in percent: "12,5 %". */
    static String pct(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString().replace('.', ',') + " %";
    }

    static String qty(BigDecimal quantity) {
        return Quantities.format(quantity);
    }
}
