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
class FundHealthCheck implements HealthCheck {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(FundHealthCheck.class);

    @Inject
    FundService fund;

    @Override
    @ActivateRequestContext
    public HealthCheckResponse call() {
        List<String> problems = fund.integrityProblems();
        // The health endpoints are public (load balancers read them): the count only; what is wrong goes to the log.
        problems.forEach(problem -> LOG.errorf("Caisse solidaire : %s", problem));
        return HealthCheckResponse.named("Caisse solidaire : registre cohérent").status(problems.isEmpty())
                .withData("problems", problems.size()).build();
    }
}
