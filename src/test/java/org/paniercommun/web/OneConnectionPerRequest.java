package org.paniercommun.web;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Fails any HTTP request that takes a second connection from the pool while it still holds one, in every
 * {@code @QuarkusTest}. Such a request deadlocks the pool under load: with as many of them in flight as there are
 * connections, each holds one and waits for another until the acquisition times out (found by the benchmark's
 * distribution day: volunteers' hand-outs waited 5 s and then failed). The usual cause is a read outside a
 * transaction (the request-scoped session keeps its connection until the request ends) followed by a call to a
 * {@code @Transactional} service, which takes another one.
 */
@ApplicationScoped
public class OneConnectionPerRequest implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(OneConnectionPerRequest.class);
    /** Who holds each connection taken from the pool (a connection may go back from another thread). */
    private static final Map<Object, Holder> HOLDERS = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The thread holding a connection, and where it took it. */
    private record Holder(Thread thread, Throwable takenAt) {
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        Thread me = Thread.currentThread();
        Object physical = physical(connection);
        Holder other;
        synchronized (HOLDERS) {
            other = HOLDERS.entrySet().stream().filter(e -> e.getValue().thread() == me && e.getKey() != physical)
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (other != null && inHttpRequest()) {
            String message = "This request takes a second database connection while it holds one: under load it "
                    + "deadlocks the pool. Read and write in one transaction.";
            IllegalStateException failure = new IllegalStateException(message);
            failure.addSuppressed(new IllegalStateException("the connection it holds was taken here",
                    other.takenAt()));
            LOG.error(message, failure);
            throw failure;
        }
        HOLDERS.put(physical, new Holder(me, new Throwable("taken")));
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        Object physical = physical(connection);
        HOLDERS.remove(physical);
    }

    /** The driver's connection: the pool hands out a new wrapper each time. */
    private static Object physical(Connection connection) {
        try {
            return connection.unwrap(org.postgresql.PGConnection.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inHttpRequest() {
        ManagedContext requests = Arc.container().requestContext();
        return requests.isActive() && Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() != null;
    }
}
