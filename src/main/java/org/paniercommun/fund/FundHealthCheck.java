package org.paniercommun.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only if every fund's stored balance equals the sum of its ledger and no reduction exceeds its rate. */
@Readiness
@ApplicationScoped
public class FundHealthCheck implements HealthCheck {

    @Inject
    FundService fund;

    @Override
    @ActivateRequestContext
    public HealthCheckResponse call() {
        List<String> problems = fund.integrityProblems();
        return HealthCheckResponse.named("Caisse solidaire : registre cohérent").status(problems.isEmpty())
                .withData("problems", String.join(" ; ", problems)).build();
    }
}
