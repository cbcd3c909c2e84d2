package org.paniercommun.catalogue;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The producer's own account (/producteur/…): which producer is signed in, and its own documents. The pages of
 * purchase orders, statements and baskets in that account all start here.
 */
@ApplicationScoped
public class ProducerPortal {

    @Inject
    CatalogueService catalogue;

    @Inject
    SecurityIdentity identity;

    /** The producer of the signed-in account; empty when the account holds the role with no producer linked yet. */
    public Optional<ProducerView> producer() {
        return catalogue.producerOf(identity.getPrincipal().getName());
    }

    /** The id of the signed-in producer; refused (403) when the account has no producer linked. */
    public long producerId() {
        return catalogue.requireProducerOf(identity.getPrincipal().getName()).id();
    }

    /** The list page of the account: the producer's name and its documents (none without a producer). */
    public <T> Own<T> documents(LongFunction<List<T>> ofProducer) {
        return producer().map(p -> new Own<>(p.name(), ofProducer.apply(p.id()))).orElseGet(() -> new Own<>(null, List.of()));
    }

    /** A producer's name (null without a producer) and its documents. */
    public record Own<T>(String producerName, List<T> documents) {
    }
}
