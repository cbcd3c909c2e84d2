package org.paniercommun;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. In dev mode the embedded PostgreSQL provides the database; the packaged app needs a
 * real one, and a start without it is refused here, before Quarkus boots, with a message that says
 * what to set instead of a stack trace about a datasource. So is a start without a session key (PANIER_SESSION_KEY,
 * see account/SessionKey).
 */
@QuarkusMain
public class PanierCommunMain {

    public static void main(String... args) {
        // The build's class-data-sharing step (quarkus.package.jar.appcds) runs this main without a database: it
        // only loads classes and stops before connecting.
        if (!Boolean.getBoolean("quarkus.appcds.generate") && !embeddedDatabaseAvailable()
                && isBlank(System.getenv("DB_URL"))
                && isBlank(System.getProperty("quarkus.datasource.jdbc.url"))
                && isBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))) {
            System.err.println("""
                    Panier Commun cannot start: no database is configured.
                    Set DB_URL (e.g. jdbc:postgresql://localhost:5432/paniercommun), DB_USER and DB_PASSWORD
                    to point at a PostgreSQL 14+ server, then start again.
                    Panier Commun ne peut pas démarrer : aucune base de données n'est configurée.
                    Définissez DB_URL, DB_USER et DB_PASSWORD (serveur PostgreSQL 14 ou plus récent).""");
            System.exit(2);
        }
        // Without a session key Quarkus would draw one and log it in clear: refuse instead (account/SessionKey).
        if (!Boolean.getBoolean("quarkus.appcds.generate") && !embeddedDatabaseAvailable()) {
            String key = firstSet(System.getProperty("quarkus.http.auth.session.encryption-key"),
                    System.getenv("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), System.getenv("PANIER_SESSION_KEY"));
            java.util.Optional<String> problem = org.paniercommun.account.SessionKey.problem(key);
            if (problem.isPresent()) {
                System.err.println(problem.get());
                System.exit(2);
            }
        }
        Quarkus.run(args);
    }

    /** The embedded PostgreSQL is on the classpath in dev mode and tests only (provided scope). */
    private static boolean embeddedDatabaseAvailable() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (!isBlank(value)) {
                return value;
            }
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
