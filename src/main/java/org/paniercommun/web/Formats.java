package org.paniercommun.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Template helpers: {@code {product.costPriceCents.euros}}, {@code {line.quantity.qty}}, {@code {day.longDate}}. */
@TemplateExtension
public class Formats {

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    /** "mardi 15 décembre 2026". */
    static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "2 décembre 2026 à 14h05", in French time. */
    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(ZONE));
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
