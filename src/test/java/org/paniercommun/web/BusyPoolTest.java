package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** When no database connection comes free in time, people get a French 503 that says to try again, not a 500. */
@QuarkusTest
class BusyPoolTest {

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void aRequestThatFindsNoFreeConnectionIsAskedToTryAgain() throws Exception {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                taken.add(pool.getConnection());
            }
            given().accept("application/json").get("/api/fund/1/public").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("title", equalTo("Service très sollicité"))
                    .body("detail", equalTo("Le serveur est très sollicité en ce moment et n'a pas pu traiter votre "
                            + "demande. Réessayez dans quelques secondes."));
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        // Connections free again: the database answers (antenna 1 exists or not, depending on the tests run before).
        given().accept("application/json").get("/api/fund/1/public").then().statusCode(anyOf(equalTo(200),
                equalTo(404)));
    }
}
