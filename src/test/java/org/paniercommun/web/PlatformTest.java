package org.paniercommun.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsOnARealPostgresqlWithEveryMigrationApplied() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet version = statement.executeQuery("select version()");
            version.next();
            assertTrue(version.getString(1).startsWith("PostgreSQL"), version.getString(1));

            ResultSet failed = statement.executeQuery(
                    "select count(*) from flyway_schema_history where not success");
            failed.next();
            assertEquals(0, failed.getInt(1), "no failed migration");

            ResultSet applied = statement.executeQuery(
                    "select count(*) from flyway_schema_history where version = '1' and success");
            applied.next();
            assertEquals(1, applied.getInt(1), "V1 applied by Flyway");
        }
    }

    @Test
    void readinessReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDocumentsTheApi() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/accounts"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/me"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void homePageIsPublicAndFrench() {
        given().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Se connecter"))
                .body(containsString("/css/app.css"));
        given().get("/css/app.css").then().statusCode(200).body(containsString("@media print"));
    }

    @Test
    void pagesAndStylesGoOutCompressedToBrowsersThatAcceptIt() {
        given().header("Accept-Encoding", "gzip").get("/").then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body(containsString("Se connecter"));
        given().header("Accept-Encoding", "gzip").get("/css/app.css").then().statusCode(200)
                .header("Content-Encoding", "gzip");
        // A client that does not say it accepts gzip gets the plain page.
        given().config(io.restassured.RestAssured.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/").then().statusCode(200)
                .header("Content-Encoding", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(),
                        equalTo("identity")))
                .body(containsString("Se connecter"));
    }

    @Test
    void unknownApiPathIsA404Problem() {
        given().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Introuvable"));
    }

    @Test
    void unknownPageIsAFrench404Page() {
        given().get("/nulle-part").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Introuvable"));
    }
}
