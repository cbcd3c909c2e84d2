package org.paniercommun.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInDelaysTest {

    private final SignInDelays delays = new SignInDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void noWaitUnderTheLimitThenThirtySecondsDoubledAndCappedAtFifteenMinutes() {
        assertEquals(Duration.ZERO, delays.waitAfter(0));
        assertEquals(Duration.ZERO, delays.waitAfter(4));
        assertEquals(Duration.ofSeconds(30), delays.waitAfter(5));
        assertEquals(Duration.ofSeconds(60), delays.waitAfter(6));
        assertEquals(Duration.ofSeconds(120), delays.waitAfter(7));
        assertEquals(Duration.ofSeconds(480), delays.waitAfter(9));
        assertEquals(Duration.ofMinutes(15), delays.waitAfter(10));
        assertEquals(Duration.ofMinutes(15), delays.waitAfter(1_000_000));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        Instant last = Instant.parse("2026-12-07T10:00:00Z");
        assertEquals(Instant.parse("2026-12-07T10:00:30Z"), delays.retryAt(5, last));
        assertEquals(Instant.MIN, delays.retryAt(3, last));
        assertEquals(Instant.MIN, delays.retryAt(0, null));
    }
}
