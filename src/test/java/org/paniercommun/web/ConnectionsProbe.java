package org.paniercommun.web;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.Connection;
import java.sql.SQLException;

/** Test-only endpoint: a request that holds one or two pool connections at once (see OneConnectionPerRequestTest). */
@Path("/test-only/connections/{count}")
@PermitAll
public class ConnectionsProbe {

    @Inject
    AgroalDataSource pool;

    @GET
    public String hold(@PathParam("count") int count) throws SQLException {
        try (Connection first = pool.getConnection()) {
            if (count > 1) {
                try (Connection second = pool.getConnection()) {
                    return "2";
                } catch (RuntimeException | SQLException refused) {
                    return "refused: " + refused.getMessage();
                }
            }
            return "1";
        }
    }
}
