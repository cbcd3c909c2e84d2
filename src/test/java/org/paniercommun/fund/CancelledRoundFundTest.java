package org.paniercommun.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paniercommun.Fixtures;
import org.paniercommun.household.Household;
import org.paniercommun.ordering.Order;
import org.paniercommun.ordering.OrderService;
import org.paniercommun.ordering.OrderService.LineCommand;
import org.paniercommun.round.RoundFixtures;
import org.paniercommun.round.RoundService;

/** A cancelled round gives the fund back what its orders drew, and takes back coupons that will never be paid. */
@QuarkusTest
class CancelledRoundFundTest {

    @Inject
    Fixtures fixtures;

    @Inject
    RoundFixtures roundFixtures;

    @Inject
    RoundService rounds;

    @Inject
    OrderService orders;

    @Inject
    FundService fund;

    @Test
    void cancellingARoundReleasesTheDrawsAndTheCouponsOfItsOrders() {
        RoundFixtures.Setup setup = roundFixtures.openRound(null);
        long antennaId = setup.place().antenna().id;
        fund.record(antennaId, new FundService.EntryCommand(EntryKind.GRANT, 10_000L, "Fondation", null, null), "test");
        long before = fund.balance(antennaId);
        long lentils = roundFixtures.offerId(setup, 0);
        Household drawing = fixtures.household(setup.place(), Fixtures.unique("Foyer aidé"), 1);
        Household giving = fixtures.household(setup.place(), Fixtures.unique("Foyer donateur"), 3);
        Order helped = orders.place(setup.round().id, drawing.id, List.of(new LineCommand(lentils, new BigDecimal("5"))),
                20, null, null, Instant.now());
        orders.place(setup.round().id, giving.id, List.of(new LineCommand(lentils, new BigDecimal("2"))), null, 3, null,
                Instant.now());
        assertTrue(helped.fundReductionCents > 0);
        assertEquals(before - helped.fundReductionCents + 300, fund.balance(antennaId));

        rounds.cancel(setup.round().id);

        assertEquals(before, fund.balance(antennaId), "the fund is back where it was");
        assertEquals(List.of(), fund.integrityProblems(), "the ledger still adds up to the balance");
        Order after = QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(helped.id));
        assertEquals(0, after.fundReductionCents);
    }
}
