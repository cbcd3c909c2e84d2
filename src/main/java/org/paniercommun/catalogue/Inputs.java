package org.paniercommun.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.web.FormReader;

/**
 * Reads what people type in forms and spreadsheet cells ("12,50", "0,5", "oui") into typed values,
 * collecting a message per field (in the request's language) instead of failing, through the one reader of typed
 * values ({@link FormReader#read}). A blank text gives null: whether it is required is then said by the command's
 * validation.
 */
final class Inputs {

    /** The one reader of typed values ({@link FormReader#read}): blank is null, what cannot be read a field error. */
    private final FormReader reader = new FormReader();

    List<FieldError> errors() {
        return reader.errors();
    }

    boolean hasError(String field) {
        return errors().stream().anyMatch(e -> e.field().equals(field));
    }

    Long cents(String field, String text) {
        return reader.cents(field, text);
    }

    BigDecimal quantity(String field, String text) {
        return reader.quantity(field, text);
    }

    BigDecimal percent(String field, String text) {
        return reader.read(field, text,
                typed -> new BigDecimal(typed.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(',', '.')),
                typed -> messages().error_unknown_vat());
    }

    Integer integer(String field, String text) {
        return reader.read(field, text, typed -> Integer.valueOf(typed.replace(" ", "")),
                typed -> messages().error_not_integer(typed));
    }

    Long id(String field, String text) {
        return reader.id(field, text);
    }

    ProductCategory category(String field, String text) {
        return reader.read(field, text, typed -> ProductCategory.parse(typed).orElseThrow(),
                typed -> messages().error_category_expected(typed));
    }

    SaleUnit saleUnit(String field, String text) {
        return reader.read(field, text, typed -> SaleUnit.parse(typed).orElseThrow(),
                typed -> messages().error_unit_expected(typed));
    }

    /** oui/non as typed in a spreadsheet, or "on" from a checkbox; blank is no. */
    boolean yesNo(String field, String text) {
        Boolean yes = reader.read(field, text, typed -> switch (Labels.key(typed)) {
            case "oui", "o", "x", "vrai", "1", "true", "yes", "y", "on" -> true;
            case "non", "n", "faux", "0", "false", "no" -> false;
            default -> throw new IllegalArgumentException(typed);
        }, typed -> messages().error_yes_no(typed));
        return yes != null && yes;
    }

    static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    private static CatalogueMessages messages() {
        return CatalogueService.messages();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
