package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Money;
import org.paniercommun.kernel.Quantities;

/**
 * Reads what people type in forms and spreadsheet cells ("12,50", "0,5", "oui") into typed values,
 * collecting a message per field (in the request's language) instead of failing. A blank text gives null:
 * whether it is required is then said by the command's validation.
 */
final class Inputs {

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    Long cents(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return fail(field, e instanceof ArithmeticException ? messages().error_amount_too_large() : e.getMessage());
        }
    }

    BigDecimal quantity(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Quantities.parse(text);
        } catch (IllegalArgumentException e) {
            return fail(field, e.getMessage());
        }
    }

    BigDecimal percent(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return fail(field, messages().error_unknown_vat());
        }
    }

    Integer integer(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim().replace(" ", ""));
        } catch (NumberFormatException e) {
            return fail(field, messages().error_not_integer(text.trim()));
        }
    }

    Long id(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return fail(field, messages().error_invalid_choice());
        }
    }

    ProductCategory category(String field, String text) {
        if (blank(text)) {
            return null;
        }
        return ProductCategory.parse(text).orElseGet(() -> fail(field, messages().error_category_expected(text.trim())));
    }

    SaleUnit saleUnit(String field, String text) {
        if (blank(text)) {
            return null;
        }
        return SaleUnit.parse(text).orElseGet(
                () -> fail(field, messages().error_unit_expected(text.trim())));
    }

    /** oui/non as typed in a spreadsheet, or "on" from a checkbox; blank is no. */
    boolean yesNo(String field, String text) {
        if (blank(text)) {
            return false;
        }
        return switch (Labels.key(text)) {
            case "oui", "o", "x", "vrai", "1", "true", "yes", "y", "on" -> true;
            case "non", "n", "faux", "0", "false", "no" -> false;
            default -> {
                fail(field, messages().error_yes_no(text.trim()));
                yield false;
            }
        };
    }

    static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private <T> T fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }

    private static CatalogueMessages messages() {
        return CatalogueService.messages();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
