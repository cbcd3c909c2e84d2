package org.paniercommun.ordering;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.Texts;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormReader;

/**
 * What an order form says, read one way for the household's order page ({@link OrderPages}) and the volunteers' paper
 * entry ({@link OrderEntry}): its lines ({@link FormReader#quantityLines}), the fund's rate when the form may ask for
 * it, the coupons, and what could not be read, each next to its field.
 */
record OrderFormInput(List<LineCommand> lines, List<Long> offerIds, Integer fundRate, Integer coupons,
        List<FieldError> parseErrors) {

    /** Reads the form; {@code withFund} is false on paper, where the fund is taken with coupons at the cash desk. */
    static OrderFormInput read(MultivaluedMap<String, String> form, boolean withFund) {
        List<LineCommand> lines = new ArrayList<>();
        List<Long> offerIds = new ArrayList<>();
        FormReader reader = new FormReader(form);
        for (FormReader.QuantityLine line : reader.quantityLines()) {
            lines.add(new LineCommand(line.offerId(), line.quantity(), line.tolerance()));
            offerIds.add(line.offerId());
        }
        List<FieldError> parseErrors = new ArrayList<>(reader.errors());
        OrderingMessages messages = Texts.of(OrderingMessages.class);
        Integer fundRate = null;
        String fundText = form.getFirst("fundRate");
        if (withFund && fundText != null && !fundText.isBlank() && !"0".equals(fundText)) {
            try {
                fundRate = Integer.valueOf(fundText.trim());
            } catch (NumberFormatException e) {
                parseErrors.add(new FieldError("fundRate", messages.order_fund_invalid()));
            }
        }
        Integer coupons = null;
        String couponText = form.getFirst("coupons");
        if (couponText != null && !couponText.isBlank()) {
            try {
                coupons = Integer.valueOf(couponText.trim());
            } catch (NumberFormatException e) {
                parseErrors.add(new FieldError("coupons", messages.order_coupons_invalid()));
            }
        }
        return new OrderFormInput(lines, offerIds, fundRate, coupons, parseErrors);
    }

    /** The service's "lines[i].quantity" back to the field of that offer, so that the message sits next to it. */
    FormErrors onFields(FormErrors errors) {
        return errors.renamed(field -> {
            if (field.startsWith("lines[")) {
                int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
                String prefix = field.endsWith(".tolerance") ? "t-" : "q-";
                return i < offerIds.size() ? prefix + offerIds.get(i) : field;
            }
            return field;
        });
    }
}
