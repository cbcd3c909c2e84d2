package org.paniercommun.closing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paniercommun.mail.MailBodies;
import org.paniercommun.mail.Outbox;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderLine;
import org.paniercommun.round.Round;
import org.paniercommun.kernel.Money;

/** Tells households whose quantities changed after the deadline (whole cases, producer shortages). */
@ApplicationScoped
class ClosingNotifications {

    @Inject
    Outbox outbox;

    @Inject
    ClosingMessages messages;

    @ConfigProperty(name = "panier.public-url")
    String publicUrl;

    /** One changed line: what was ordered and what the household will get. */
    public record ChangedLine(String product, String ordered, String allocated, boolean more) {
    }

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance quantitiesChanged(String householdName, String roundName,
                List<ChangedLine> lines, String toPay, String orderUrl);
    }

    /** Lines of an order whose allocated quantity differs from the ordered one. */
    public static List<ChangedLine> changedLines(Order order) {
        return order.lines.stream()
                .filter(l -> l.allocatedQuantity != null && l.allocatedQuantity.compareTo(l.quantity) != 0)
                .map(ClosingNotifications::changed).toList();
    }

    private static ChangedLine changed(OrderLine line) {
        var messages = org.paniercommun.kernel.Texts.inDefaultLocale(org.paniercommun.catalogue.CatalogueMessages.class);
        var unit = line.offer.saleUnit();
        return new ChangedLine(line.offer.productName(), org.paniercommun.catalogue.Amounts.text(messages, line.quantity, unit),
                org.paniercommun.catalogue.Amounts.text(messages, line.allocatedQuantity, unit), line.allocatedQuantity.compareTo(line.quantity) > 0);
    }

    /** Called in the transaction that confirms or changes the allocation. */
    void quantitiesChanged(List<Order> orders, Round round) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        for (Order order : orders) {
            var household = order.household;
            if (household.email == null || household.email.isBlank() || household.erasedAt != null) {
                continue;
            }
            List<ChangedLine> lines = changedLines(order);
            if (lines.isEmpty()) {
                continue;
            }
            MailBodies bodies = MailBodies.render(() -> Templates.quantitiesChanged(household.displayName, round.name,
                    lines, Money.format(order.amountToPayCents()), base + "/commandes/" + round.id));
            outbox.enqueue(household.email, messages.quantities_changed_subject(round.name),
                    bodies.html(), bodies.text());
        }
    }
}
