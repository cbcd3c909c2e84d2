package org.paniercommun.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;

/**
 * The account's reach is read at every request: at the size of a region (tens of thousands of households, most of them
 * without a login) PostgreSQL must still plan it as the one-row read it is. Its former plain joins were priced above
 * the JIT threshold there and compiled at every request (2.7 s each at the benchmark's ×10, issue 25).
 */
@QuarkusTest
class ReachPlanTest {

    private static final int HOUSEHOLDS = 20_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Test
    void theReachOfAnAccountIsPlannedAsOneRowWithTwentyThousandHouseholdsWithoutLogin() throws Exception {
        Fixtures.Place place = fixtures.place();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into households (id, group_id, relay_point_id, display_name, people_count, price_tier) "
                    + "select nextval('households_seq'), " + place.group().id + ", " + place.relayPoint().id
                    + ", 'Plan ' || i, 2, 1 from generate_series(1, " + HOUSEHOLDS + ") i");
            try {
                s.execute("analyze households");
                s.execute("analyze producers");
                s.execute("analyze user_accounts");
                double jitAboveCost;
                try (ResultSet rs = s.executeQuery("select current_setting('jit_above_cost')::float8")) {
                    rs.next();
                    jitAboveCost = rs.getDouble(1);
                }
                assertPlannedAsOneRow(c, Scope.REACH_QUERY.replace("?1", "?"), jitAboveCost,
                        "coordination-plan@example.org");
                // As the scope filter reads it for an order typed by staff: the reach with the round's and the
                // household's homes, in one statement.
                String withHomes = Scope.reachWithHomes(List.of(ObjectKind.ROUND, ObjectKind.HOUSEHOLD))
                        .replaceAll("\\?\\d", "?");
                assertPlannedAsOneRow(c, withHomes, jitAboveCost, "coordination-plan@example.org", 1L, 2L);
            } finally {
                s.executeUpdate("delete from households where group_id = " + place.group().id
                        + " and display_name like 'Plan %'");
                s.execute("analyze households");
            }
        }
    }

    private static void assertPlannedAsOneRow(Connection c, String query, double jitAboveCost, Object... parameters)
            throws Exception {
        JsonNode plan;
        try (PreparedStatement explain = c.prepareStatement("explain (format json) " + query)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                plan = new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
            }
        }
        double cost = plan.get("Total Cost").asDouble();
        double rows = plan.get("Plan Rows").asDouble();
        assertTrue(rows <= 1, "one account, one row expected; planned " + rows + ": " + plan);
        // Far below the JIT threshold, not merely under it: the estimate must not grow with the households.
        assertTrue(cost < jitAboveCost / 100, "planned cost " + cost + " (JIT above " + jitAboveCost + "): " + plan);
    }
}
